"""Hand-off from the main window of an agent signed in as their own PostgreSQL login.

The conversation leaves the agent's scope with the hand-off: the window closes it with a
sentence and drops its inbox row instead of showing an error; the receiving team's window shows
the pinned note.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.session.console import Console
from tests.support.handoff_desk import Desk, build_desk
from tests.support.qt import running_qasync_loop
from ui.main.main_window import MainWindow
from ui.widgets.tasks import MessageBridge

pytestmark = pytest.mark.postgres


@pytest.fixture
def desk(pg_cluster) -> Iterator[Desk]:
    d = build_desk(pg_cluster)
    yield d
    d.close()


def _window(qtbot, console: Console, tmp_path, name: str) -> MainWindow:
    window = MainWindow(console, MessageBridge(), pending_dir=tmp_path / name)
    qtbot.addWidget(window)
    window.show()
    return window


def _open(qtbot, window: MainWindow, cid: int) -> None:
    qtbot.waitUntil(lambda: window.model.row_of(cid) is not None, timeout=15_000)
    window.table.selectRow(window.model.row_of(cid))
    pane = window.conversation
    qtbot.waitUntil(
        lambda: pane.snapshot is not None and pane.snapshot.view.conversation_id == cid,
        timeout=15_000,
    )


def _team_action(window: MainWindow, team: str):
    for menu_action in window.conversation.actions.assign_menu.actions():
        menu = menu_action.menu()
        if menu is not None and menu_action.text() == "Hand off to a team":
            return next(a for a in menu.actions() if a.text() == team)
    return None


def test_agent_hands_off_in_the_window_and_sales_reads_the_note(
    qtbot, qapp, desk: Desk, tmp_path
) -> None:
    dialog_cid = desk.conversation("We want 200 AeroPhones for our stores")
    menu_cid = desk.conversation("Can I get a quote for 30 seats?")
    with desk.signed_in("agent") as agent, running_qasync_loop(qapp):
        window = _window(qtbot, agent, tmp_path, "agent")
        _open(qtbot, window, dialog_cid)
        bar = window.conversation.handoff
        said: list[str] = []
        bar.handed_off.connect(said.append)
        qtbot.waitUntil(lambda: bar.move_button.isEnabled(), timeout=10_000)
        qtbot.mouseClick(bar.move_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: getattr(bar, "dialog", None) is not None, timeout=10_000)
        dialog = bar.dialog
        qtbot.waitUntil(dialog.isVisible, timeout=10_000)
        dialog.team.setCurrentIndex(dialog.team.findData(desk.teams["Sales"]))
        dialog.note.setPlainText("Wants 200 units for their stores")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        pane = window.conversation
        qtbot.waitUntil(lambda: pane.header.text() == "Handed off to Sales.", timeout=15_000)
        qtbot.waitUntil(lambda: window.model.row_of(dialog_cid) is None, timeout=15_000)
        assert said == ["Handed over to Sales."]
        assert pane.conversation_id is None and pane.thread.toPlainText() == ""
        assert not bar.move_button.isEnabled() and not pane.actions.isEnabled()
        # the same through "Assign…" → "Hand off to a team" → Sales (the action queue)
        _open(qtbot, window, menu_cid)
        qtbot.waitUntil(lambda: _team_action(window, "Sales") is not None, timeout=15_000)
        _team_action(window, "Sales").trigger()
        qtbot.waitUntil(lambda: pane.header.text() == "Handed off to Sales.", timeout=15_000)
        qtbot.waitUntil(lambda: window.model.row_of(menu_cid) is None, timeout=15_000)
        assert pane.conversation_id is None and window.last_refusal == ""
        window.close()
    with desk.signed_in("seller") as seller, running_qasync_loop(qapp):
        window = _window(qtbot, seller, tmp_path, "seller")
        _open(qtbot, window, dialog_cid)
        pinned = window.conversation.handoff.pinned
        qtbot.waitUntil(lambda: "Wants 200 units" in pinned.text(), timeout=15_000)
        assert "Handed over from Customer Service to Sales by Agent" in pinned.text()
        _open(qtbot, window, menu_cid)
        qtbot.waitUntil(
            lambda: "to Sales by Agent." in window.conversation.handoff.pinned.text(),
            timeout=15_000,
        )
        window.close()
