"""A whole agent shift, as issue 14's "Done when" lists it, on both backends, through the real
application (sign-in dialog, main window, composer, notification centre, canned replies):

sign in with Enter · a mention made while signed out is in the centre at sign-in · sort by SLA
· search by handle · take next · read · a canned reply created and used · reply without
approval · a limited role's reply waits and shows in the thread.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select, update

from app.db.models import Conversation, OutboxItem, Team
from app.demo import ensure_demo_workspace
from app.identity.auth import authenticate
from app.inbox import conversations as cs
from app.session.console import Console
from tests.support.inbox import actor, seed
from tests.support.qt import running_qasync_loop
from ui.app import ConsoleApp, GuiOptions
from ui.inbox.inbox_model import COLUMNS
from ui.main.main_window import MainWindow
from ui.publishing.composer import MANAGE
from ui.widgets.tasks import MessageBridge

WAIT = 20_000


def _shown(w: MainWindow) -> list[int]:
    return [w.model.conversation_id(i) for i in range(w.model.rowCount())]


def _header(qtbot, w: MainWindow, name: str) -> None:
    hh = w.table.horizontalHeader()
    col = COLUMNS.index(name)
    x = hh.sectionViewportPosition(col) + hh.sectionSize(col) // 2
    qtbot.mouseClick(hh.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, hh.height() // 2))


def _before_the_shift(db_url: str) -> dict[str, int]:
    """The queue Bob finds: a breached conversation, one due later, one from a customer he
    will search for, one in Sales for Sam; and Alice's note mentioning him while he was out."""
    console = Console.open(db_url)
    try:
        with console.factory() as s, s.begin():
            ensure_demo_workspace(s)
        names = ["plain", "breached", "due_later", "for_sam"]
        ids = dict(
            zip(
                names,
                seed(
                    console,
                    [
                        "my order never came",
                        "charged twice, please help",
                        "how do I change my address",
                        "quote for 40 units?",
                    ],
                ),
                strict=True,
            )
        )
        (ids["searched"],) = seed(
            console, ["the app crashes on start"], author="jo_smith", prefix="j"
        )
        now = datetime.now(UTC)
        with console.factory() as s, s.begin():
            for cid in ids.values():
                s.get(Conversation, cid).first_response_due = None
            s.get(Conversation, ids["breached"]).first_response_due = now - timedelta(minutes=30)
            s.get(Conversation, ids["due_later"]).first_response_due = now + timedelta(hours=3)
            sales = s.scalar(select(Team.id).where(Team.name == "Sales"))
            s.execute(
                update(Conversation).where(Conversation.id == ids["for_sam"]).values(team_id=sales)
            )
            alice = actor(console, "alice")
            cs.add_note(s, alice, ids["plain"], "@bob can you take this one after lunch?")
        return ids
    finally:
        console.close()


def test_a_whole_agent_shift(qtbot, qapp, db_url, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SOCIAL_CONSOLE_HOME", str(tmp_path / "home"))
    ids = _before_the_shift(db_url)
    urgent_first = [ids["breached"], ids["due_later"]]
    with running_qasync_loop(qapp):
        app = ConsoleApp(qapp, GuiOptions(db_url=db_url, demo=True, demo_rate=0.0))
        app._task = asyncio.ensure_future(app.start())  # type: ignore[attr-defined]
        try:
            # -- sign in with Enter: name, Tab, password, Enter --------------------------
            qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible(), timeout=WAIT)
            dialog = app.dialog
            assert dialog is not None
            qtbot.keyClicks(dialog.focusWidget(), "bob")
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
            qtbot.keyClicks(dialog.focusWidget(), "demo")
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: app.window is not None, timeout=WAIT)
            w = app.window
            assert w is not None and app.console is not None
            assert app.console.actor.username == "bob"
            w.resize(1366, 768)

            # -- the mention made while he was out waits in the centre -------------------
            note = w.notifications
            qtbot.waitUntil(lambda: note.centre.loads >= 1, timeout=WAIT)
            titles = [
                note.centre.model.item(i, 0).text() for i in range(note.centre.model.rowCount())
            ]
            assert any(t.startswith("Alice Novak mentioned you in a note on ") for t in titles)
            assert "unread" in note.badge.text() and "none" not in note.badge.text()

            # -- sort by SLA (All I can see opens newest first) -------------------------
            w.views.setCurrentRow(3)
            qtbot.waitUntil(lambda: len(_shown(w)) == 4 and not w.model.loading, timeout=WAIT)
            assert _shown(w)[0] == ids["searched"]  # the newest
            _header(qtbot, w, "SLA")
            qtbot.waitUntil(lambda: _shown(w)[:2] == urgent_first, timeout=WAIT)
            assert w.table.horizontalHeader().sortIndicatorSection() == COLUMNS.index("SLA")

            # -- search by handle ------------------------------------------------------
            qtbot.keyClicks(w.filter_bar.search, "@jo_smith")
            qtbot.waitUntil(lambda: _shown(w) == [ids["searched"]], timeout=WAIT)
            assert w.count_label.text() == "1 conversation"
            w.filter_bar.search.clear()
            qtbot.waitUntil(lambda: len(_shown(w)) == 4, timeout=WAIT)

            # -- take next (T): the breached one, assigned to him, opened ---------------
            w.table.setFocus()
            qtbot.keyClick(w.table, Qt.Key.Key_T)
            qtbot.waitUntil(lambda: w.conversation.conversation_id == ids["breached"], timeout=WAIT)
            with app.console.session() as s:
                held = s.get(Conversation, ids["breached"])
                assert held is not None and held.assignee_id == app.console.actor.employee_id

            # -- read --------------------------------------------------------------------
            thread = w.conversation.thread
            qtbot.waitUntil(
                lambda: "charged twice, please help" in thread.toPlainText(), timeout=WAIT
            )

            # -- a canned reply created in the manager, used from the picker ---------------
            composer = w.publishing.composer
            qtbot.waitUntil(lambda: composer.editor.isEnabled(), timeout=WAIT)
            qtbot.waitUntil(lambda: composer.canned_combo.count() > 1, timeout=WAIT)
            composer.canned_combo.activated.emit(composer.canned_combo.count() - 1)
            assert composer.canned_combo.itemData(composer.canned_combo.count() - 1) == MANAGE
            manager = w.publishing.canned_manager
            assert manager is not None and manager.isVisible()
            qtbot.waitUntil(lambda: manager.loads >= 1, timeout=WAIT)
            manager.new_button.click()
            manager.title.setText("Double charge")
            manager.body.setPlainText(
                "Hi {customer_name}, {agent_name} here: the refund is on its way."
            )
            manager.save_button.click()
            qtbot.waitUntil(
                lambda: manager.message.text() == "Saved “Double charge”.", timeout=WAIT
            )
            manager.close()

            def canned_index() -> int:
                for i in range(composer.canned_combo.count()):
                    if composer.canned_combo.itemText(i) == "Double charge (private)":
                        return i
                return -1

            qtbot.waitUntil(lambda: canned_index() > 0, timeout=WAIT)
            composer.canned_combo.activated.emit(canned_index())
            text = composer.editor.toPlainText()
            assert "Bob Okafor here: the refund is on its way." in text and "{" not in text

            # -- reply without approval: Ctrl+Enter ---------------------------------------
            qtbot.waitUntil(lambda: composer.submit_button.text() == "Send", timeout=WAIT)
            qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            qtbot.waitUntil(lambda: composer.message.text() == "Queued to send.", timeout=WAIT)
            with app.console.session() as s:
                mine = s.scalar(
                    select(OutboxItem).where(OutboxItem.conversation_id == ids["breached"])
                )
                assert mine is not None and mine.status in ("approved", "sending", "sent")
                assert mine.approver_id == mine.author_id  # nobody else had to approve it
                assert "Bob Okafor here: the refund is on its way." in mine.text

            # -- a limited role's reply waits, and shows in the thread, marked ------------
            with app.console.session() as s:
                sam_actor = authenticate(s, "sam", "demo")
            sam = MainWindow(
                replace(app.console, actor=sam_actor, origin="ws-sam"),
                MessageBridge(),
                pending_dir=tmp_path / "sam",
            )
            qtbot.addWidget(sam)
            sam.resize(1366, 768)
            sam.show()
            qtbot.waitUntil(lambda: sam.model.rowCount() > 0, timeout=WAIT)
            sam.open_conversation(ids["for_sam"])
            sam_composer = sam.publishing.composer
            qtbot.waitUntil(lambda: sam_composer.editor.isEnabled(), timeout=WAIT)
            qtbot.waitUntil(
                lambda: sam_composer.submit_button.text() == "Submit for approval", timeout=WAIT
            )
            qtbot.keyClicks(sam_composer.editor, "A quote is on its way.")
            qtbot.mouseClick(sam_composer.submit_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(
                lambda: sam_composer.message.text() == "Submitted for approval.", timeout=WAIT
            )
            qtbot.waitUntil(
                lambda: (
                    "[Not sent yet: waiting for approval]" in sam.conversation.thread.toPlainText()
                ),
                timeout=WAIT,
            )
            with app.console.session() as s:
                waiting = s.scalar(
                    select(OutboxItem).where(OutboxItem.conversation_id == ids["for_sam"])
                )
                assert waiting is not None and waiting.status == "awaiting_approval"
            sam.close()
        finally:
            app.shutdown()
