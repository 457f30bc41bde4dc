"""@-completion of colleagues and teams in notes and the composer; "@nobody" is flagged before
anything is sent, and a team mention notifies its members (both backends)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from accounts.demo import DemoConnector
from app.db.models import BrandAccount, Conversation, Employee, Notification, OutboxItem
from app.identity.auth import authenticate
from app.inbox import conversations as cs
from app.inbox.mentions import Mentionable
from app.sync.runner import SyncRunner
from tests.support.qt import running_qasync_loop
from ui.inbox.conversation_actions import NoteDialog
from ui.main.main_window import MainWindow
from ui.widgets.tasks import MessageBridge

WAIT = 15_000
NAMES = [
    Mentionable("alice", "Alice Novak", "person"),
    Mentionable("bob", "Bob Okafor", "person"),
    Mentionable("customer-service", "Customer Service", "team"),
]


# the completion list is a popup: the offscreen platform cannot raise it or grab the keyboard
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_the_note_completes_names_and_flags_unknown_ones(qtbot) -> None:
    dialog = NoteDialog(None, NAMES)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editor.setFocus()
    qtbot.waitUntil(dialog.editor.hasFocus, timeout=WAIT)
    qtbot.keyClicks(dialog.editor, "Please check @cust")
    completer = dialog.completer.completer
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "@customer-service — team Customer Service"
    dialog.completer.insert(completer.currentCompletion())
    assert dialog.text() == "Please check @customer-service "
    qtbot.keyClicks(dialog.editor, "and @nobody")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.warning.text().startswith("Nobody here is called @nobody")
    dialog.ok_button.click()  # a second press adds it as written
    assert dialog.result() == NoteDialog.DialogCode.Accepted


def test_a_team_mention_notifies_its_members_and_unknown_names_are_reported(
    demo_console, demo_network
) -> None:
    with demo_console.session() as s:
        conns = {
            a.id: DemoConnector(demo_network, a.handle) for a in s.scalars(select(BrandAccount))
        }
    demo_network.generate(2)
    SyncRunner(demo_console.factory, conns).run_once()
    with demo_console.session() as s:
        alice = authenticate(s, "alice", "demo")
    with demo_console.factory() as s, s.begin():
        cid = s.scalar(select(Conversation.id).order_by(Conversation.id).limit(1))
        result = cs.add_note(s, alice, cid, "@customer-service and @nobody: refund?")
    assert result.unknown == ["nobody"]
    assert sorted(result.notified) == ["Bob Okafor", "Lena Fischer"]
    with demo_console.session() as s:
        told = s.scalars(
            select(Employee.username)
            .join(Notification, Notification.employee_id == Employee.id)
            .where(Notification.kind == "mention")
            .order_by(Employee.username)
        ).all()
        assert told == ["bob", "lena"]


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_the_composer_flags_nobody_before_sending(
    qtbot, qapp, demo_console, demo_network, tmp_path
) -> None:
    with demo_console.session() as s:
        conns = {
            a.id: DemoConnector(demo_network, a.handle) for a in s.scalars(select(BrandAccount))
        }
    demo_network.generate(2)
    SyncRunner(demo_console.factory, conns).run_once()
    with demo_console.session() as s:
        alice = replace(demo_console, actor=authenticate(s, "alice", "demo"), origin="ws-a")
    with running_qasync_loop(qapp):
        window = MainWindow(alice, MessageBridge(), pending_dir=tmp_path / "a")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
        window.table.selectRow(0)
        composer = window.publishing.composer
        qtbot.waitUntil(lambda: composer.editor.isEnabled(), timeout=WAIT)
        qtbot.waitUntil(lambda: "bob" in composer.mention_completer.known, timeout=WAIT)
        customer = composer.ctx.values["customer_handle"]
        assert customer.lstrip("@").lower() in composer.mention_completer.known
        composer.editor.setPlainText(f"{customer} thanks! @nobody will call you.")
        qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(
            lambda: composer.message.text().startswith("Nobody here is called @nobody"),
            timeout=WAIT,
        )
        with demo_console.session() as s:
            assert (
                s.scalar(
                    select(func.count()).select_from(OutboxItem).where(OutboxItem.status != "draft")
                )
                == 0
            )
        composer.editor.setPlainText(f"{customer} thanks! We will call you.")
        qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: composer.message.text() == "Queued to send.", timeout=WAIT)
        window.close()
