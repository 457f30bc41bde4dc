"""A canned reply created in the manager and used from the composer's picker (both backends):
variables filled in, an unknown variable refused before saving, search, the rights per scope."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from sqlalchemy import select

from accounts.demo import DemoConnector
from app.db.models import BrandAccount, OutboxItem
from app.identity.auth import authenticate
from app.sync.runner import SyncRunner
from tests.support.qt import running_qasync_loop
from ui.main.main_window import MainWindow
from ui.publishing.canned_manager import CannedManager
from ui.publishing.composer import MANAGE
from ui.widgets.tasks import MessageBridge

WAIT = 15_000


def _as(console, user: str):
    with console.session() as s:
        return replace(console, actor=authenticate(s, user, "demo"), origin=f"ws-{user}")


def test_a_canned_reply_created_in_the_manager_and_used(
    qtbot, qapp, demo_console, demo_network, tmp_path
) -> None:
    with demo_console.session() as s:
        conns = {
            a.id: DemoConnector(demo_network, a.handle) for a in s.scalars(select(BrandAccount))
        }
    demo_network.generate(3)
    SyncRunner(demo_console.factory, conns).run_once()
    alice = _as(demo_console, "alice")
    with running_qasync_loop(qapp):
        window = MainWindow(alice, MessageBridge(), pending_dir=tmp_path / "alice")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
        window.table.selectRow(0)
        composer = window.publishing.composer
        qtbot.waitUntil(lambda: composer.editor.isEnabled(), timeout=WAIT)
        qtbot.waitUntil(lambda: composer.canned_combo.count() > 2, timeout=WAIT)

        # the picker's last entry opens the manager
        last = composer.canned_combo.count() - 1
        assert composer.canned_combo.itemData(last) == MANAGE
        composer.canned_combo.activated.emit(last)
        manager = window.publishing.canned_manager
        assert isinstance(manager, CannedManager) and manager.isVisible()
        qtbot.waitUntil(lambda: manager.loads >= 1, timeout=WAIT)
        assert manager.count.text() == "3 canned replies you can use."
        # an agent may write private and team replies; shared ones are the leads'
        scopes = [manager.scope.itemData(i) for i in range(manager.scope.count())]
        assert scopes == ["private", "team"]
        # a shared demo reply is read-only for her, and says why
        manager.list.setCurrentIndex(manager.model.index(0))
        assert not manager.save_button.isEnabled()
        assert "team leads and IT" in manager.message.text()

        manager.new_button.click()
        manager.title.setText("Refund timing")
        manager.body.setPlainText("Hi {customer_name}, {agent_nme} here: refunds take 3 days.")
        manager.save_button.click()
        qtbot.waitUntil(lambda: "Nothing was saved" in manager.message.text(), timeout=WAIT)
        assert "Unknown variable {agent_nme}" in manager.message.text()
        manager.body.setPlainText("Hi {customer_name}, {agent_name} here: refunds take 3 days.")
        manager.save_button.click()
        qtbot.waitUntil(lambda: manager.message.text() == "Saved “Refund timing”.", timeout=WAIT)
        manager.search.setText("refunds take")
        qtbot.waitUntil(
            lambda: manager.count.text() == "1 canned reply matches “refunds take”.", timeout=WAIT
        )
        manager.search.setText("nothing like this")
        qtbot.waitUntil(
            lambda: manager.count.text() == "No canned reply matches “nothing like this”.",
            timeout=WAIT,
        )
        manager.close()

        # the composer's picker has it (the change feed told it), and fills the variables in
        def index_of() -> int:
            for i in range(composer.canned_combo.count()):
                if composer.canned_combo.itemText(i) == "Refund timing (private)":
                    return i
            return -1

        qtbot.waitUntil(lambda: index_of() > 0, timeout=WAIT)
        composer.canned_combo.activated.emit(index_of())
        text = composer.editor.toPlainText()
        assert text.startswith("Hi ") and "Alice Novak here: refunds take 3 days." in text
        assert "{" not in text
        qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: composer.message.text() == "Queued to send.", timeout=WAIT)
        with demo_console.session() as s:
            sent = s.scalar(select(OutboxItem.text))
            assert "Alice Novak here: refunds take 3 days." in sent
        window.close()
