"""The new inbox widgets as a person uses them: filters, search, saved views, unread counts,
keyboard triage, the shortcuts sheet, the customer panel, SLA timers — and hostile text shown
exactly, as plain text, everywhere."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from app.db.models import BrandAccount, Conversation
from app.demo import ensure_demo_workspace
from app.inbox import conversations as cs
from app.inbox import sla
from app.session.console import Console
from app.sync.ingest import ingest_items
from tests.support.inbox import HOSTILE, actor, seed
from tests.support.qt import running_qasync_loop
from ui.inbox.inbox_model import COLUMNS, brush
from ui.main.main_window import MainWindow
from ui.main.shortcuts import SHORTCUTS
from ui.widgets.tasks import MessageBridge

WAIT = 10_000


@pytest.fixture
def console(sqlite_url):
    c = Console.open(sqlite_url)
    with c.factory() as s, s.begin():
        ensure_demo_workspace(s)
    c.actor = actor(c, "alice")
    yield c
    c.close()


def _window(qtbot, console, tmp_path) -> MainWindow:
    w = MainWindow(console, MessageBridge(), pending_dir=tmp_path / "pending")
    qtbot.addWidget(w)
    w.show()
    return w


def _do(console, fn, *args, **kw):
    with console.factory() as s, s.begin():
        return fn(s, *args, **kw)


def test_hostile_text_everywhere_is_plain(qtbot, qapp, console, tmp_path) -> None:
    evil_name = "<img src=x onerror=alert(1)> \u202eEvil"
    with console.factory() as s, s.begin():
        acc = s.scalar(select(BrandAccount).order_by(BrandAccount.id))
        ingest_items(
            s,
            acc,
            [
                InboundItem(
                    f"h{i}",
                    ItemKind.MENTION,
                    RemoteAuthor("evil", "evil\u200b<b>", evil_name),
                    text,
                    datetime.now(UTC) - timedelta(minutes=10 - i),
                    "hostile-thread",
                )
                for i, text in enumerate(HOSTILE)
            ],
            default_team_id=acc.settings["default_team_id"],
        )
        cid = s.scalar(select(Conversation.id))
    alice = console.actor
    for text in HOSTILE[:3]:
        _do(console, cs.add_note, alice, cid, text)
    _do(
        console,
        cs.set_tags,
        alice,
        cid,
        add=["<script>x</script>", "👨\u200d👩\u200d👧"],
    )
    with running_qasync_loop(qapp):
        w = _window(qtbot, console, tmp_path)
        qtbot.waitUntil(lambda: w.model.rowCount() == 1, timeout=WAIT)
        w.table.selectRow(0)
        pane = w.conversation
        qtbot.waitUntil(lambda: pane.snapshot is not None, timeout=WAIT)
        thread = pane.thread.toPlainText()
        for text in HOSTILE:
            assert cs.storable(text) in thread  # messages, and the notes among them
        assert thread.count("Internal note — Alice Novak") == 3
        assert evil_name in pane.customer.name.text()
        assert "<script>x</script>" in pane.actions.tags_label.text()
        assert "👨\u200d👩\u200d👧" in pane.actions.tags_label.text()
        history = pane.customer.history.item(0).text()
        assert "\ufffd" in history or "<b>bold?</b>" in history or "x" in history
        for label in pane.findChildren(QLabel) + [w.banner, w.count_label]:
            if label.text():
                assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
        # typing hostile text into the search box searches for it, it is not interpreted
        w.filter_bar.search.setText("<script>alert")
        w.filter_bar.search.returnPressed.emit()
        qtbot.waitUntil(lambda: w.model.rowCount() == 1 and not w.model.loading, timeout=WAIT)
        w.filter_bar.search.setText('"unterminated NEAR(')
        w.filter_bar.search.returnPressed.emit()
        qtbot.waitUntil(lambda: w.model.rowCount() == 0 and not w.model.loading, timeout=WAIT)
        w.close()


def test_filters_search_saved_views_and_unread_counts(
    qtbot, qapp, console, tmp_path, monkeypatch
) -> None:
    ids = seed(console, ["parcel lost", "love it", "refund now", "parcel late"])
    alice = console.actor
    _do(console, cs.set_priority, alice, ids[2], 2)
    _do(console, cs.set_tags, alice, ids[3], add=["vip"])
    with running_qasync_loop(qapp):
        w = _window(qtbot, console, tmp_path)
        qtbot.waitUntil(lambda: w.model.rowCount() == 4, timeout=WAIT)
        qtbot.waitUntil(
            lambda: w.views.item(3).text() == "All I can see\n4 open · 4 unread", timeout=WAIT
        )
        assert w.views.item(0).text() == "My queue\nnothing open"
        # search (debounced typing)
        qtbot.keyClicks(w.filter_bar.search, "parcel")
        qtbot.waitUntil(lambda: w.model.rowCount() == 2, timeout=WAIT)
        assert {w.model.conversation_id(i) for i in range(2)} == {ids[0], ids[3]}
        # plus a tag
        w.filter_bar.tag.setCurrentText("vip")
        qtbot.waitUntil(lambda: w.model.rowCount() == 1, timeout=WAIT)
        # save it as a view
        monkeypatch.setattr(
            "ui.main.main_window.QInputDialog.getText", lambda *a, **k: ("VIP parcels", True)
        )
        w.filter_bar.save_button.click()
        qtbot.waitUntil(lambda: w.views.count() == 5, timeout=WAIT)
        assert w.views.item(4).text().startswith("★ VIP parcels")
        # clear, then pick the saved view: the filter comes back
        w.filter_bar.clear_button = w.filter_bar.reset_button
        w.filter_bar.reset_button.click()
        qtbot.waitUntil(lambda: w.model.rowCount() == 4, timeout=WAIT)
        w.views.setCurrentRow(4)
        qtbot.waitUntil(lambda: w.model.rowCount() == 1, timeout=WAIT)
        assert w.filter_bar.search.text() == "parcel"
        # priority filter from the bar
        w.views.setCurrentRow(3)
        w.filter_bar.reset_button.click()
        w.filter_bar.priority.setCurrentIndex(3)  # urgent
        qtbot.waitUntil(lambda: w.model.rowCount() == 1, timeout=WAIT)
        assert w.model.conversation_id(0) == ids[2]
        # reading one lowers the unread count
        w.filter_bar.reset_button.click()
        qtbot.waitUntil(lambda: w.model.rowCount() == 4, timeout=WAIT)
        w.table.selectRow(0)
        qtbot.waitUntil(
            lambda: w.views.item(3).text() == "All I can see\n4 open · 3 unread", timeout=WAIT
        )
        w.close()


def test_keyboard_triage_and_shortcuts_sheet(qtbot, qapp, console, tmp_path) -> None:
    ids = seed(console, ["one", "two", "three"])
    with running_qasync_loop(qapp):
        w = _window(qtbot, console, tmp_path)
        qtbot.waitUntil(lambda: w.model.rowCount() == 3, timeout=WAIT)
        w.table.setFocus()
        w.table.selectRow(0)
        qtbot.keyClick(w.table, Qt.Key.Key_J)
        assert w.table.currentIndex().row() == 1
        qtbot.keyClick(w.table, Qt.Key.Key_J)
        assert w.table.currentIndex().row() == 2
        qtbot.keyClick(w.table, Qt.Key.Key_K)
        qtbot.keyClick(w.table, Qt.Key.Key_K)
        assert w.table.currentIndex().row() == 0
        qtbot.waitUntil(lambda: w.conversation.snapshot is not None, timeout=WAIT)
        qtbot.keyClick(w.table, Qt.Key.Key_C)  # claim
        qtbot.waitUntil(lambda: w.model.row_data(ids[2]).assignee == "Alice Novak", timeout=WAIT)
        qtbot.keyClick(w.table, Qt.Key.Key_P)  # pending customer
        qtbot.waitUntil(lambda: w.model.row_data(ids[2]).status == "pending", timeout=WAIT)
        qtbot.keyClick(w.table, Qt.Key.Key_R)  # reply: colleagues see "replying"
        bob = actor(console, "bob")
        from app.identity import presence

        def replying() -> bool:
            with console.session() as s:
                here = presence.present(s, [ids[2]], exclude_employee=bob.employee_id)
            return [p.state for p in here.get(ids[2], [])] == ["replying"]

        qtbot.waitUntil(replying, timeout=WAIT)
        # typing a shortcut letter into the search box types it
        qtbot.keyClick(w.table, Qt.Key.Key_Slash)
        assert w.filter_bar.search.hasFocus()
        qtbot.keyClicks(w.filter_bar.search, "c")
        assert w.filter_bar.search.text() == "c"
        # Help → Keyboard shortcuts lists every binding
        w.findChild(type(w.shortcut_actions["claim"]), "shortcutsAction").trigger()
        sheet = w.shortcuts_dialog
        assert sheet.table.rowCount() == len(SHORTCUTS)
        titles = [sheet.table.item(i, 1).text() for i in range(sheet.table.rowCount())]
        assert "Claim the conversation" in titles and "Search" in titles
        sheet.close()
        w.close()


def test_sla_timer_column_and_breach_notification(qtbot, qapp, console, tmp_path) -> None:
    ines = actor(console, "ines")
    _do(console, sla.set_policy, ines, name="Support", first_response_minutes=15)
    (late,) = seed(console, ["waiting"], start=datetime.now(UTC) - timedelta(minutes=30))
    (fresh,) = seed(console, ["new"], start=datetime.now(UTC), prefix="n")
    with running_qasync_loop(qapp):
        w = _window(qtbot, console, tmp_path)
        qtbot.waitUntil(lambda: w.model.rowCount() == 2, timeout=WAIT)
        col = COLUMNS.index("SLA")
        late_row, fresh_row = w.model.row_of(late), w.model.row_of(fresh)
        assert w.model.data(w.model.index(late_row, col)).startswith("late ")
        assert w.model.data(w.model.index(fresh_row, col)).endswith("left")
        assert w.model.data(w.model.index(late_row, col), Qt.ItemDataRole.ForegroundRole) is brush(
            "error"
        )
        qtbot.waitUntil(lambda: w.notifier.last_id is not None, timeout=WAIT)
        w._sweep()
        qtbot.waitUntil(lambda: any(n.kind == "sla_breach" for n in w.notifier.shown), timeout=WAIT)
        # it waits in the notification centre (no longer a status-bar flash)
        qtbot.waitUntil(
            lambda: any(
                "overdue" in e.text for g in w.notifications.centre.groups for e in g.entries
            ),
            timeout=WAIT,
        )
        assert w.notifications.badge.text() == "Notifications: 1 unread"
        # the customer panel lists the customer's conversations; choosing one opens it
        w.open_conversation(fresh)
        qtbot.waitUntil(lambda: w.conversation.conversation_id == fresh, timeout=WAIT)
        w.close()


def test_start_up_objects_are_frozen_out_of_the_collector_while_the_window_is_open(
    qtbot, qapp, console, tmp_path
) -> None:
    """The in-process stall came from full collections walking start-up's objects."""
    import gc

    gc.unfreeze()
    seed(console, ["one", "two", "three"])
    with running_qasync_loop(qapp):
        w = _window(qtbot, console, tmp_path)
        qtbot.waitUntil(lambda: w.model.rowCount() > 0 and not w.model.loading, timeout=WAIT)
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=WAIT)
        w.close()
        assert gc.get_freeze_count() == 0  # closed: what it froze is collectable again


def test_a_saved_view_keeps_its_sort_order(qtbot, qapp, console, tmp_path, monkeypatch) -> None:
    """The order shown when a view is saved (column and direction) comes back with it, after
    another view with another order was shown in between."""
    from PySide6.QtCore import QPoint

    from app.inbox.saved_views import list_views
    from app.inbox.views import SortKey, View

    ids = seed(console, ["first", "second", "third"])  # oldest first
    monkeypatch.setattr(
        "ui.main.main_window.QInputDialog.getText", lambda *a, **k: ("Oldest first", True)
    )
    with running_qasync_loop(qapp):
        w = _window(qtbot, console, tmp_path)
        w.views.setCurrentRow(3)  # All I can see: newest first
        qtbot.waitUntil(lambda: w.model.rowCount() == 3 and not w.model.loading, timeout=WAIT)
        shown = lambda: [w.model.conversation_id(i) for i in range(w.model.rowCount())]  # noqa: E731
        assert shown() == ids[::-1]
        hh = w.table.horizontalHeader()
        age = COLUMNS.index("Age")
        x = hh.sectionViewportPosition(age) + hh.sectionSize(age) // 2
        qtbot.mouseClick(hh.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, hh.height() // 2))
        qtbot.waitUntil(lambda: shown() == ids and not w.model.loading, timeout=WAIT)
        w.filter_bar.save_button.click()
        qtbot.waitUntil(lambda: w.views.count() == 5, timeout=WAIT)
        with console.session() as s:
            (view,) = list_views(s, console.actor)
        assert (view.filter.sort, view.filter.sort_reverse) == (SortKey.ACTIVITY.value, True)
        # another view, in its own order; then the saved one: oldest first again
        w.views.setCurrentRow(2)
        qtbot.waitUntil(lambda: w.model.filter.view == View.UNASSIGNED, timeout=WAIT)
        assert w.model.filter.sort_key == SortKey.URGENT
        w.views.setCurrentRow(4)
        qtbot.waitUntil(lambda: shown() == ids and not w.model.loading, timeout=WAIT)
        assert w.model.filter.sort_key == SortKey.ACTIVITY and w.model.filter.sort_reverse
        assert hh.sortIndicatorSection() == age
        assert hh.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        w.close()


def _model_recording_reads(console) -> tuple[Any, list[float]]:
    """Alice's inbox model whose reads are recorded (when each would start), not run."""
    from app.identity.auth import authenticate
    from ui.inbox.inbox_model import InboxModel

    with console.session() as s:
        console.actor = authenticate(s, "alice", "demo")
    model = InboxModel(console)
    reads: list[float] = []

    def spawn(coro) -> None:
        reads.append(time.monotonic())
        coro.close()

    model._spawn = spawn  # type: ignore[method-assign]
    return model, reads


def test_a_colleagues_change_after_a_quiet_spell_is_read_at_once_and_a_burst_is_gathered(
    qtbot, qapp, demo_console
) -> None:
    """One read per GATHER_MS at most under a busy feed, but no wait for a lone change."""
    from ui.inbox import inbox_model

    model, reads = _model_recording_reads(demo_console)
    model.apply_changes([1])
    # a lone change: read within the call, no timer (a bound in milliseconds measured the
    # machine's load: 50 ms failed once beside another suite)
    assert len(reads) == 1
    model.apply_changes([2])
    model.apply_changes([3])
    assert len(reads) == 1  # the burst waits for the window
    qtbot.waitUntil(lambda: len(reads) == 2, timeout=2_000)
    assert reads[1] - reads[0] >= inbox_model.GATHER_MS / 1000 - 0.01
    assert model._gathering.pending == set()  # 2 and 3 went in that one read
    model.shutdown()


def test_a_busy_feed_never_reads_twice_inside_the_window(qtbot, qapp, demo_console) -> None:
    """Under a feed that never pauses, the gap between two reads is never under GATHER_MS.

    Qt's default coarse timer may fire up to 5 % early to share a wake-up with other timers:
    on a loaded machine the model read again 190 ms after its last read.
    """
    from ui.inbox import inbox_model

    model, reads = _model_recording_reads(demo_console)
    window = inbox_model.GATHER_MS / 1000
    for n in range(12):
        model.apply_changes([n + 1])  # a change lands in every window: a read per window
        qtbot.waitUntil(lambda n=n: len(reads) == n + 1, timeout=2_000)
    gaps = [round(b - a, 4) for a, b in zip(reads, reads[1:], strict=False)]
    assert min(gaps) >= window - 0.002, gaps
    model.shutdown()
