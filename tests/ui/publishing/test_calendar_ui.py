"""The publishing calendar as a marketer uses it (both backends): a week of posts to two accounts
composed from calendar slots, one approval per set, the posts on the calendar, one dragged to
another day; the composer's variants, counts and previews; two-step approval in the dock."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from app.db.models import BrandAccount, OutboxItem
from app.identity.auth import authenticate
from app.publishing.text_limits import MAX_IMAGES
from tests.integration.publishing.conftest import actor_named, make_employee
from tests.support.qt import running_qasync_loop
from ui.publishing.approvals import ApprovalsPanel
from ui.publishing.calendar_grid import MONTH, Slot
from ui.publishing.calendar_window import CalendarWindow
from ui.publishing.multi_post import MultiPostDialog


def _as(console, user: str):
    with console.session() as s:
        return replace(console, actor=authenticate(s, user, "demo"), origin=f"ws-{user}")


def _add_bluesky_account(console) -> int:
    """A second network beside the demo ones, so each network's own count shows."""
    with console.factory() as s, s.begin():
        ws = s.scalar(select(BrandAccount.workspace_id).limit(1))
        acc = BrandAccount(
            workspace_id=ws,
            key=uuid.uuid4().hex,
            network="bluesky",
            handle="acme.bsky.social",
            display_name="Acme",
            remote_id=f"did:plc:{uuid.uuid4().hex[:12]}",
        )
        s.add(acc)
        s.flush()
        return acc.id


def _slot_point(grid, slot: Slot) -> QPoint:
    return grid._cell_rect(slot).center() + QPoint(0, 12)


def _compose_from_slot(qtbot, cal: CalendarWindow, slot: Slot, account_ids, text: str):
    grid = cal.grid
    cal.scroll.ensureVisible(0, grid._cell_rect(slot).center().y(), 0, 200)
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=_slot_point(grid, slot))
    assert grid.selected == slot
    assert cal.new_button.text().startswith(f"New post at {slot.start():%a %d %b}")
    qtbot.mouseClick(cal.new_button, Qt.MouseButton.LeftButton)
    dialog = cal.composer
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.account_list.count() > 0, timeout=15_000)
    assert dialog.when_box.isChecked()
    when = datetime.fromtimestamp(dialog.when.dateTime().toSecsSinceEpoch()).astimezone()
    assert when.replace(tzinfo=None) == slot.start()
    dialog.choose_accounts(account_ids)
    qtbot.keyClicks(dialog.editor, text)
    assert dialog.submit_button.isEnabled(), dialog.problems_label.text()
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "sent for approval" in dialog.message.text(), timeout=15_000)
    dialog.close()
    return dialog


def test_a_marketer_plans_a_week_from_the_calendar(qtbot, qapp, demo_console) -> None:
    bsky = _add_bluesky_account(demo_console)
    with demo_console.session() as s:
        acme = s.scalar(select(BrandAccount.id).where(BrandAccount.handle == "acme"))
    mia = _as(demo_console, "mia")
    next_monday = date.today() + timedelta(days=7 - date.today().weekday())
    with running_qasync_loop(qapp):
        cal = CalendarWindow(mia)
        qtbot.addWidget(cal)
        cal.resize(1366, 740)
        cal.show()
        qtbot.waitUntil(lambda: "0 posts this week" in cal.summary.text(), timeout=15_000)
        cal.go_to(next_monday)
        qtbot.waitUntil(lambda: "7 days with no posts" in cal.summary.text(), timeout=15_000)
        assert cal.empty.text().startswith("Nothing is planned here yet")
        # Monday to Friday at 10:00, each one composition to two accounts on two networks
        for n in range(5):
            slot = Slot(next_monday + timedelta(days=n), 10)
            text = f"Day {n + 1} of launch week: https://acme.example/launch/{n + 1}"
            dialog = _compose_from_slot(qtbot, cal, slot, [acme, bsky], text)
            assert "2 posts sent for approval as one set" in dialog.message.text()
        qtbot.waitUntil(lambda: len(cal.entries) == 10, timeout=15_000)
        assert "10 posts this week: 10 awaiting approval" in cal.summary.text()
        assert "2 days with no posts yet" in cal.summary.text()  # the weekend is a gap

        # Lena approves each set once, in her approvals dock
        lena = _as(demo_console, "lena")
        approvals = ApprovalsPanel(lena)
        qtbot.addWidget(approvals)
        approvals.show()
        approvals.reload()
        qtbot.waitUntil(lambda: approvals.model.rowCount() == 10, timeout=15_000)
        for left in (8, 6, 4, 2, 0):
            approvals.table.selectRow(0)
            assert approvals.approve_button.text() == "Approve all 2 posts of the set"
            assert "One of a set of 2 posts" in approvals.detail.toPlainText()
            qtbot.mouseClick(approvals.approve_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda n=left: approvals.model.rowCount() == n, timeout=15_000)

        # the calendar shows them scheduled; Monday's @acme post is dragged to Thursday
        cal.reload()
        qtbot.waitUntil(lambda: {e.status for e in cal.entries} == {"scheduled"}, timeout=15_000)
        grid = cal.grid
        monday_acme = next(
            e
            for e in cal.entries
            if e.account == "acme" and e.when.astimezone().date() == next_monday
        )
        chip = grid.chip_of(monday_acme.id)
        assert chip is not None
        start = chip.rect.center()
        thursday = grid._cell_rect(Slot(next_monday + timedelta(days=3), 10)).center()
        qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(grid, start + QPoint(20, 0))
        qtbot.mouseMove(grid, thursday)
        assert grid._drag is not None and grid._drag.id == monday_acme.id
        qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=thursday)
        qtbot.waitUntil(lambda: "moved to Thu" in cal.message.text(), timeout=15_000)
        assert "It stays approved." in cal.message.text()
        with demo_console.session() as s:
            item = s.get(OutboxItem, monday_acme.id)
            local = item.scheduled_at.astimezone()
            assert local.date() == next_monday + timedelta(days=3) and local.hour == 10
            assert item.status == "scheduled"
        qtbot.waitUntil(
            lambda: sum(1 for e in cal.entries if e.when.astimezone().date() == next_monday) == 1,
            timeout=15_000,
        )

        # the month view and the filters
        cal.set_mode(MONTH)
        qtbot.waitUntil(lambda: f"in {cal.grid.month:%B}" in cal.summary.text(), timeout=15_000)
        cal.load_filters()
        qtbot.waitUntil(lambda: cal.account_filter.count() == 4, timeout=15_000)
        cal.account_filter.setCurrentIndex(cal.account_filter.findData(bsky))
        qtbot.waitUntil(
            lambda: len(cal.entries) == 5 and {e.network for e in cal.entries} == {"bluesky"},
            timeout=15_000,
        )
        cal.close()


def test_variants_counts_previews_and_problems_in_the_composer(
    qtbot, qapp, demo_console, tmp_path
) -> None:
    bsky = _add_bluesky_account(demo_console)
    with demo_console.session() as s:
        acme = s.scalar(select(BrandAccount.id).where(BrandAccount.handle == "acme"))
    mia = _as(demo_console, "mia")
    image = tmp_path / "launch.png"
    from PySide6.QtGui import QColor, QImage

    img = QImage(64, 48, QImage.Format.Format_RGB32)
    img.fill(QColor("#f97316"))
    img.save(str(image))
    with running_qasync_loop(qapp):
        dialog = MultiPostDialog(mia, pick_image=lambda _p: (str(image), "An orange square"))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.account_list.count() == 3, timeout=15_000)
        assert not dialog.submit_button.isEnabled()
        assert dialog.no_tabs.isVisible()
        dialog.choose_accounts([acme, bsky])
        assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
            "Bluesky",
            "Demo network",
        ]
        text = "<b>Launch</b> 👨‍👩‍👧 day! https://acme.example/a/very/long/path/for/the/launch"
        dialog.editor.setPlainText(text)
        bcard = dialog.tabs_by_network["bluesky"].cards[bsky]
        dcard = dialog.tabs_by_network["demo"].cards[acme]
        # each counted its network's way: graphemes (the family emoji is 1), signature included
        assert bcard.count.text() == "77 / 300 graphemes"
        assert dcard.count.text().endswith("/ 500 characters")
        # the preview: name, handle, the text literally, the link shown as a link
        assert bcard.name.text() == "Acme"
        assert bcard.handle.text() == "@acme.bsky.social · Bluesky"
        body = bcard.body.text()
        assert "&lt;b&gt;Launch&lt;/b&gt;" in body and "<b>" not in body
        assert '<a href="https://acme.example/a/very/long/path/for/the/launch"' in body
        assert ">acme.example/a/very/long/path…</a>" in body
        assert dialog.submit_button.text() == "Send 2 posts for approval"
        # a variant too long for Bluesky only: that tab says so, nothing can be sent
        dialog.tabs_by_network["bluesky"].variant.setPlainText("y" * 301)
        assert "@acme.bsky.social (bluesky): The text is" in dialog.problems_label.text()
        assert dialog.tabs.tabText(0) == "Bluesky ⚠"
        assert not dialog.submit_button.isEnabled()
        dialog.tabs_by_network["bluesky"].variant.setPlainText("Launch day on Bluesky")
        assert dialog.problems_label.text() == ""
        # an image: a thumbnail in each network's preview, and no problem (both networks take it)
        dialog._attach()
        assert dcard.findChild(type(dcard.body), "previewImage").pixmap().width() == 160
        assert bcard.findChild(type(bcard.body), "previewImage").pixmap().width() == 160
        assert dialog.problems_label.text() == ""
        # one image too many is refused in words, per account, before anything is queued
        for _ in range(MAX_IMAGES):
            dialog._attach()
        assert f"At most {MAX_IMAGES} images can be attached to a post on bluesky" in (
            dialog.problems_label.text()
        )
        assert not dialog.submit_button.isEnabled()
        dialog._remove_images()
        dialog.when_box.setChecked(True)
        dialog.when.setDateTime(dialog.when.dateTime().addDays(-3))
        dialog.submit()
        qtbot.waitUntil(lambda: "in the past" in dialog.message.text(), timeout=15_000)
        assert "Your text is kept." in dialog.message.text()
        assert dialog.editor.toPlainText() == text
        with demo_console.session() as s:
            assert s.scalar(select(OutboxItem.id)) is None
        dialog.close()


def test_two_step_approval_shows_its_step_in_the_dock(qtbot, qapp, demo_console) -> None:
    with demo_console.factory() as s, s.begin():
        make_employee(s, "lex", "approver", team="Marketing", display_name="Lex Legal")
    with demo_console.session() as s:
        acme = s.scalar(select(BrandAccount.id).where(BrandAccount.handle == "acme"))
    mia = _as(demo_console, "mia")
    with running_qasync_loop(qapp):
        dialog = MultiPostDialog(mia, when=datetime.now().astimezone() + timedelta(days=2))
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.account_list.count() == 2, timeout=15_000)
        dialog.choose_accounts([acme])
        dialog.editor.setPlainText("Our new product, checked by legal.")
        dialog.two_step.setChecked(True)
        dialog.submit()
        qtbot.waitUntil(lambda: "(team lead, then legal)" in dialog.message.text(), timeout=15_000)
        lena = ApprovalsPanel(_as(demo_console, "lena"))
        qtbot.addWidget(lena)
        lena.reload()
        qtbot.waitUntil(lambda: lena.model.rowCount() == 1, timeout=15_000)
        status_col = lena.model.columns.index("Status")
        assert (
            lena.model.index(0, status_col).data() == "Awaiting approval: Team lead (step 1 of 2)"
        )
        lena.table.selectRow(0)
        qtbot.mouseClick(lena.approve_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: lena.model.rowCount() == 0, timeout=15_000)
        with demo_console.session() as s:
            lex_console = replace(demo_console, actor=actor_named(s, "lex"), origin="ws-lex")
        lex = ApprovalsPanel(lex_console)
        qtbot.addWidget(lex)
        lex.reload()
        qtbot.waitUntil(lambda: lex.model.rowCount() == 1, timeout=15_000)
        assert lex.model.index(0, status_col).data() == "Awaiting approval: Legal (step 2 of 2)"
        lex.table.selectRow(0)
        assert "Awaiting approval: Legal (step 2 of 2)" in lex.detail.toPlainText()
        qtbot.mouseClick(lex.approve_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: lex.model.rowCount() == 0, timeout=15_000)
    with demo_console.session() as s:
        assert s.scalar(select(OutboxItem.status)) == "scheduled"


def test_the_menu_opens_the_calendar_and_a_sent_post_stays_put(qtbot, qapp, demo_console) -> None:
    from PySide6.QtGui import QAction

    from app.db.types import utcnow
    from ui.main.main_window import MainWindow
    from ui.widgets.tasks import MessageBridge

    mia = _as(demo_console, "mia")
    with demo_console.factory() as s, s.begin():
        acme = s.scalar(select(BrandAccount).where(BrandAccount.handle == "acme"))
        sent_at = utcnow() - timedelta(minutes=5)
        s.add(
            OutboxItem(
                workspace_id=acme.workspace_id,
                brand_account_id=acme.id,
                kind="post",
                text="Already out there",
                media=[],
                status="sent",
                author_id=mia.actor.employee_id,
                scheduled_at=sent_at,
                sent_at=sent_at,
                idempotency_key=uuid.uuid4().hex,
            )
        )
    with running_qasync_loop(qapp):
        window = MainWindow(mia, MessageBridge())
        qtbot.addWidget(window)
        action = window.findChild(QAction, "calendarAction")
        assert action is not None and action.isEnabled()
        action.trigger()
        cal = window.publishing.calendar
        assert cal is not None and cal.isVisible()
        cal.go_to(sent_at.astimezone().date())
        qtbot.waitUntil(lambda: len(cal.entries) == 1, timeout=15_000)
        chip = cal.grid.chip_of(cal.entries[0].id)
        if chip is None:  # laid out where the hours scroll: bring it into view
            cal.set_mode(MONTH)
            qtbot.waitUntil(lambda: cal.grid.chip_of(cal.entries[0].id) is not None, timeout=15_000)
            chip = cal.grid.chip_of(cal.entries[0].id)
        start = chip.rect.center()
        qtbot.mousePress(cal.grid, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(cal.grid, start + QPoint(40, 30))
        qtbot.mouseRelease(cal.grid, Qt.MouseButton.LeftButton, pos=start + QPoint(40, 30))
        assert cal.message.text() == "This post was already sent; it stays where it went out."
        assert "1 post" in cal.summary.text() and "1 sent" in cal.summary.text()
        window.close()
