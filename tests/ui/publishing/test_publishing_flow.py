"""Publishing as people use it: an agent's reply through approval to "sent", drafts that
survive, errors before queuing, and the pause banner everyone sees."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from sqlalchemy import select

from accounts.demo import DemoConnector
from app.db.models import BrandAccount, OutboxItem
from app.identity.auth import authenticate
from app.sync.publisher import Publisher
from app.sync.runner import SyncRunner
from tests.integration.publishing.conftest import require_agent_approval
from tests.support.qt import running_qasync_loop
from ui.main.main_window import MainWindow
from ui.publishing.approvals import ApprovalsPanel
from ui.widgets.tasks import MessageBridge


def _sign_in(console, user: str):
    with console.session() as s:
        return authenticate(s, user, "demo")


def _workstation(console, user: str):
    """A second workstation on the same database, signed in as ``user``."""
    return replace(console, actor=_sign_in(console, user), origin=f"ws-{user}")


def _connectors(console, network):
    with console.session() as s:
        return {a.id: DemoConnector(network, a.handle) for a in s.scalars(select(BrandAccount))}


def _alices_window(qtbot, console) -> MainWindow:
    """Alice's main window, shown, with her first conversation open in the composer."""
    console.actor = _sign_in(console, "alice")
    window = MainWindow(console, MessageBridge())
    qtbot.addWidget(window)
    window.show()
    _open_first_conversation(qtbot, window)
    return window


def _open_first_conversation(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=15_000)
    window.table.selectRow(0)
    composer = window.publishing.composer
    qtbot.waitUntil(lambda: composer.editor.isEnabled(), timeout=15_000)


def test_an_agents_reply_goes_through_approval_to_sent(
    qtbot, qapp, demo_console, demo_network
) -> None:
    conns = _connectors(demo_console, demo_network)
    demo_network.generate(6)
    SyncRunner(demo_console.factory, conns).run_once()
    require_agent_approval(demo_console)  # IT's policy here: agents' replies wait
    publisher = Publisher(demo_console.factory, conns, interval=0.2)
    with running_qasync_loop(qapp):
        window = _alices_window(qtbot, demo_console)
        composer = window.publishing.composer
        # a canned reply, rendered with the customer's name, then Alice's own words
        composer.canned_combo.setCurrentIndex(1)
        composer.canned_combo.activated.emit(1)
        assert "{customer_name}" not in composer.editor.toPlainText()
        composer.editor.clear()
        qtbot.keyClicks(composer.editor, "So sorry! A replacement ships today.")
        assert composer.count_label.text().startswith("40 / 500")  # signature " -AN" counted
        assert composer.preview.toPlainText() == "So sorry! A replacement ships today. -AN"
        qtbot.mouseClick(composer.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Awaiting approval" in composer.item_status.text(), timeout=15_000)
        assert composer.editor.toPlainText() == ""

        # Lena, at her own workstation, approves it in her approvals queue
        lena_console = _workstation(demo_console, "lena")
        approvals = ApprovalsPanel(lena_console)
        qtbot.addWidget(approvals)
        approvals.show()
        approvals.reload()
        qtbot.waitUntil(lambda: approvals.model.rowCount() == 1, timeout=15_000)
        approvals.table.selectRow(0)
        assert "So sorry! A replacement ships today. -AN" in approvals.detail.toPlainText()
        qtbot.mouseClick(approvals.approve_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: approvals.model.rowCount() == 0, timeout=15_000)
        assert "Approved" in approvals.message.text()
        qtbot.waitUntil(lambda: "Approved" in composer.item_status.text(), timeout=15_000)

        # the publisher (the machine holding the token) sends it through the demo network
        publisher.start()
        try:
            qtbot.waitUntil(lambda: "Sent" in composer.item_status.text(), timeout=20_000)
        finally:
            publisher.stop()
        assert composer.item_status.text() == "Your reply: Sent, approved by Lena Fischer"
        sent = [s for msgs in demo_network.sent.values() for s in msgs]
        assert [s.text for s in sent] == ["So sorry! A replacement ships today. -AN"]
        # the thread shows the brand's reply, with its author
        qtbot.waitUntil(
            lambda: "A replacement ships today" in window.conversation.thread.toPlainText(),
            timeout=15_000,
        )
        assert "Alice Novak" in window.conversation.thread.toPlainText()
        window.close()


def test_problems_are_shown_before_queuing_and_drafts_survive(
    qtbot, qapp, demo_console, demo_network, tmp_path
) -> None:
    conns = _connectors(demo_console, demo_network)
    demo_network.generate(4)
    SyncRunner(demo_console.factory, conns).run_once()
    demo_console.actor = _sign_in(demo_console, "alice")
    not_image = tmp_path / "scan.png"
    not_image.write_text("plain text")
    with running_qasync_loop(qapp):
        window = MainWindow(demo_console, MessageBridge())
        qtbot.addWidget(window)
        _open_first_conversation(qtbot, window)
        composer = window.publishing.composer
        composer.editor.setPlainText("x" * 520)
        assert "too many" in composer.count_label.text()
        qtbot.mouseClick(composer.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "too long" in composer.message.text(), timeout=5_000)
        assert "Nothing was queued" in composer.message.text()
        composer.pick_image = lambda _parent: (str(not_image), "a scan")
        qtbot.mouseClick(composer.attach_button, Qt.MouseButton.LeftButton)
        assert "not a PNG, JPEG, GIF or WebP" in composer.message.text()
        assert composer.attachments.count() == 0
        composer.editor.setPlainText("Half-written answer")
        # autosave: the draft reaches the database without any click
        qtbot.waitUntil(lambda: composer.draft_id is not None, timeout=10_000)

        def saved() -> str:
            with demo_console.session() as s:
                return s.get(OutboxItem, composer.draft_id).text

        qtbot.waitUntil(lambda: saved() == "Half-written answer", timeout=10_000)
        with demo_console.session() as s:
            assert s.scalar(select(OutboxItem.status)) == "draft"
        window.close()

        # the app "crashed"; a new window restores the draft in the same conversation
        again = MainWindow(demo_console, MessageBridge())
        qtbot.addWidget(again)
        _open_first_conversation(qtbot, again)
        qtbot.waitUntil(
            lambda: again.publishing.composer.editor.toPlainText() == "Half-written answer",
            timeout=10_000,
        )
        again.close()


def test_pause_all_publishing_shows_a_banner_to_everyone(qtbot, qapp, demo_console) -> None:
    demo_console.actor = _sign_in(demo_console, "alice")
    priya_console = _workstation(demo_console, "priya")
    with running_qasync_loop(qapp):
        alice_window = MainWindow(demo_console, MessageBridge())
        qtbot.addWidget(alice_window)
        alice_window.show()
        assert not alice_window.publishing.pause_all_action.isEnabled()  # agents cannot pause
        priya_window = MainWindow(priya_console, MessageBridge())
        qtbot.addWidget(priya_window)
        priya_window.show()
        assert priya_window.publishing.pause_all_action.isEnabled()
        priya_window.publishing.prompt_reason = lambda *_: "Holding statements only, crisis"
        priya_window.publishing.pause_all_action.trigger()
        banner = alice_window.publishing.banner
        qtbot.waitUntil(lambda: banner.isVisible(), timeout=15_000)
        assert banner.text() == "All publishing is paused: Holding statements only, crisis."
        priya_window.publishing.resume_action.trigger()
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=15_000)
        alice_window.close()
        priya_window.close()


def test_a_row_picked_while_the_queue_reloads_stays_picked(
    qtbot, qapp, demo_console, demo_network
) -> None:
    """A colleague's change reloads the approvals queue at any moment. The approver who picks a
    row while that load runs keeps it, and Approve stays enabled under her click (the reload
    used to restore the selection from before it started, which was none)."""
    import threading

    conns = _connectors(demo_console, demo_network)
    demo_network.generate(6)
    SyncRunner(demo_console.factory, conns).run_once()
    require_agent_approval(demo_console)
    with running_qasync_loop(qapp):
        window = _alices_window(qtbot, demo_console)
        composer = window.publishing.composer
        qtbot.keyClicks(composer.editor, "On its way.")
        qtbot.mouseClick(composer.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Awaiting approval" in composer.item_status.text(), timeout=15_000)
        approvals = ApprovalsPanel(_workstation(demo_console, "lena"))
        qtbot.addWidget(approvals)
        approvals.show()
        approvals.reload()
        qtbot.waitUntil(lambda: approvals.model.rowCount() == 1, timeout=15_000)
        approvals.table.clearSelection()
        qtbot.waitUntil(lambda: not approvals.approve_button.isEnabled(), timeout=15_000)
        gate = threading.Event()
        load = approvals._load
        loads: list[int] = []

        def slow_load():  # noqa: ANN202 - the worker thread's load, held until she has picked
            gate.wait(10)
            loads.append(1)
            return load()

        approvals._load = slow_load  # type: ignore[method-assign]
        approvals.reload()  # in flight
        qtbot.wait(100)
        approvals.table.selectRow(0)  # she picks the row meanwhile
        assert approvals.approve_button.isEnabled()
        gate.set()
        qtbot.waitUntil(lambda: loads == [1], timeout=15_000)
        qtbot.wait(200)  # the reload has set its rows
        assert approvals.selected_row() is not None
        assert approvals.approve_button.isEnabled()
        window.close()
