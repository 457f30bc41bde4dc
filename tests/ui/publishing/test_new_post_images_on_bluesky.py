"""The New post dialog on a real network's account: an image too large for Bluesky is refused
in words before anything is queued; a valid one, with its alt text, is queued with the post."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.db.models import OutboxItem
from app.identity.auth import authenticate
from tests.support.backlog import add_account
from tests.support.images import png
from tests.support.qt import running_qasync_loop
from ui.publishing.composer import NewPostDialog


def test_too_large_refused_valid_image_queued_with_the_post(
    qtbot, qapp, demo_console, tmp_path
) -> None:
    aid = add_account(demo_console.factory, "bluesky", "kettles.example", "did:plc:kettles")
    with demo_console.session() as s:
        demo_console.actor = authenticate(s, "priya", "demo")
    big = tmp_path / "poster.png"
    big.write_bytes(png(2, 2)[:16] + b"\0" * 1_200_000)  # a PNG's head, 1.2 MB
    good = tmp_path / "kettle.png"
    good.write_bytes(png(6, 4))
    picks = iter([(str(big), "A poster"), (str(good), "A red kettle on a table")])
    with running_qasync_loop(qapp):
        dialog = NewPostDialog(demo_console, pick_image=lambda _parent: next(picks))
        qtbot.addWidget(dialog)
        dialog.show()
        composer = dialog.composer
        combo = composer.account_combo
        qtbot.waitUntil(lambda: combo.findData(aid) >= 0, timeout=15_000)
        combo.setCurrentIndex(combo.findData(aid))
        qtbot.waitUntil(lambda: composer.ctx.network == "bluesky", timeout=15_000)
        qtbot.mouseClick(composer.attach_button, Qt.MouseButton.LeftButton)
        assert composer.message.text() == (
            "poster.png is 1.2 MB; bluesky accepts images up to 1 MB. The image was not attached."
        )
        assert composer.attachments.count() == 0
        qtbot.mouseClick(composer.attach_button, Qt.MouseButton.LeftButton)
        assert composer.message.text() == ""
        assert composer.attachments.count() == 1
        assert composer.attachments.item(0).text() == "kettle.png — A red kettle on a table"
        qtbot.keyClicks(composer.editor, "Our new kettle, in red")
        qtbot.mouseClick(composer.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: composer.last_item_id is not None, timeout=15_000)
        with demo_console.session() as s:
            item = s.scalars(select(OutboxItem).where(OutboxItem.brand_account_id == aid)).one()
            assert item.status in ("approved", "awaiting_approval")
            assert item.media == [{"path": str(good), "alt": "A red kettle on a table"}]
        dialog.close()
