"""The console as a person uses it: sign in, watch the inbox fill live, read a thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from accounts.demo import DemoConnector
from app.db.models import BrandAccount
from app.demo import DEMO_PASSWORD, demo_people
from app.identity.auth import authenticate
from app.sync.runner import SyncRunner
from tests.support.qt import running_qasync_loop
from ui.main.main_window import MainWindow
from ui.main.signin import SignInDialog
from ui.widgets.tasks import MessageBridge


def _authenticator(console):
    def auth(user: str, pw: str):
        with console.session() as s:
            return authenticate(s, user, pw)

    return auth


def test_sign_in_then_inbox_fills_live(qtbot, qapp, demo_console, demo_network) -> None:
    with running_qasync_loop(qapp):
        dialog = SignInDialog(
            _authenticator(demo_console), demo_console.db_label, demo_people(), DEMO_PASSWORD
        )
        qtbot.addWidget(dialog)
        dialog.show()
        # wrong password first: a clear message, no sign-in
        dialog.username.setText("alice")
        dialog.password.setText("wrong")
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "not right" in dialog.error.text(), timeout=10_000)
        assert dialog.actor is None
        # pick Alice from the demo list: signs in
        dialog.people.itemDoubleClicked.emit(dialog.people.item(1))
        qtbot.waitUntil(lambda: dialog.actor is not None, timeout=10_000)
        demo_console.actor = dialog.actor
        assert dialog.actor.username == "alice"

        window = MainWindow(demo_console, MessageBridge())
        qtbot.addWidget(window)
        window.show()
        assert window.model.rowCount() == 0
        with demo_console.session() as s:
            accs = {
                a.id: DemoConnector(demo_network, a.handle) for a in s.scalars(select(BrandAccount))
            }
        runner = SyncRunner(demo_console.factory, accs, interval=0.1)
        runner.start()
        try:
            demo_network.generate(25)
            qtbot.waitUntil(lambda: window.model.rowCount() >= 10, timeout=15_000)
            first = window.model.rowCount()
            demo_network.generate(40)
            qtbot.waitUntil(lambda: window.model.rowCount() > first, timeout=15_000)
        finally:
            runner.stop()
        # open the top conversation: the thread shows, as plain text
        window.table.selectRow(0)
        qtbot.waitUntil(lambda: window.conversation.thread.toPlainText() != "", timeout=10_000)
        assert "@" in window.conversation.header.text()
        assert "Alice Novak" in window.user_status.text()
        window.close()


def test_hostile_text_is_shown_as_plain_text(qtbot, qapp, demo_console) -> None:
    from datetime import UTC, datetime

    from accounts.base import InboundItem, ItemKind, RemoteAuthor
    from app.sync.ingest import ingest_items

    evil = "<b>not bold</b><script>alert(1)</script> \u202eRTL"
    with demo_console.factory() as s, s.begin():
        acc = s.scalar(select(BrandAccount).order_by(BrandAccount.id))
        ingest_items(
            s,
            acc,
            [
                InboundItem(
                    "e1",
                    ItemKind.MENTION,
                    RemoteAuthor("x", "<i>x</i>"),
                    evil,
                    datetime.now(UTC),
                    "e1",
                )
            ],
            default_team_id=acc.settings["default_team_id"],
        )
    with demo_console.session() as s:
        demo_console.actor = authenticate(s, "alice", "demo")
    with running_qasync_loop(qapp):
        window = MainWindow(demo_console, MessageBridge())
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
        window.table.selectRow(0)
        qtbot.waitUntil(lambda: evil in window.conversation.thread.toPlainText(), timeout=10_000)
        assert window.conversation.header.textFormat() == Qt.TextFormat.PlainText
        assert "<i>x</i>" in window.conversation.header.text()
        window.close()


def test_inbox_model_passes_the_model_tester(
    qtbot, qapp, qtmodeltester, demo_console, demo_network
) -> None:
    from ui.inbox.inbox_model import InboxModel

    with demo_console.session() as s:
        accs = {
            a.id: DemoConnector(demo_network, a.handle) for a in s.scalars(select(BrandAccount))
        }
        demo_console.actor = authenticate(s, "priya", "demo")
    # more than a page of conversations: one per thread (not one per customer)
    from tests.support.inbox import keep_threads_apart

    keep_threads_apart(demo_console)
    demo_network.generate(500)
    SyncRunner(demo_console.factory, accs).run_once()
    with running_qasync_loop(qapp):
        model = InboxModel(demo_console)
        model.fetchMore()
        qtbot.waitUntil(lambda: model.rowCount() == 200, timeout=10_000)
        assert model.canFetchMore()
        model.fetchMore()
        qtbot.waitUntil(lambda: model.rowCount() > 200, timeout=10_000)
        qtmodeltester.check(model, force_py=True)
        model.shutdown()


def test_selected_conversation_stays_open_when_it_moves(qtbot, qapp, demo_console) -> None:
    """A new message moves the open conversation to the top; the selection and pane follow."""
    from datetime import UTC, datetime, timedelta

    from accounts.base import InboundItem, ItemKind, RemoteAuthor
    from app.sync.ingest import ingest_items

    t0 = datetime.now(UTC) - timedelta(hours=1)
    with demo_console.factory() as s, s.begin():
        acc = s.scalar(select(BrandAccount).order_by(BrandAccount.id))
        team = acc.settings["default_team_id"]
        items = [
            InboundItem(
                f"m{i}",
                ItemKind.MENTION,
                RemoteAuthor(f"c{i}", f"cust{i}"),
                f"message {i}",
                t0 + timedelta(minutes=i),
                f"t{i}",
            )
            for i in range(5)
        ]
        ingest_items(s, acc, items, default_team_id=team)
    with demo_console.session() as s:
        demo_console.actor = authenticate(s, "alice", "demo")
    with running_qasync_loop(qapp):
        window = MainWindow(demo_console, MessageBridge())
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=10_000)
        window.table.selectRow(4)  # the oldest: "message 0"
        cid = window.model.conversation_id(4)
        qtbot.waitUntil(
            lambda: "message 0" in window.conversation.thread.toPlainText(), timeout=10_000
        )
        with demo_console.factory() as s, s.begin():
            acc = s.scalar(select(BrandAccount).order_by(BrandAccount.id))
            ingest_items(
                s,
                acc,
                [
                    InboundItem(
                        "m-new",
                        ItemKind.REPLY,
                        RemoteAuthor("c0", "cust0"),
                        "a follow-up",
                        datetime.now(UTC),
                        "t0",
                    )
                ],
            )
        qtbot.waitUntil(lambda: window.model.conversation_id(0) == cid, timeout=10_000)
        qtbot.waitUntil(
            lambda: "a follow-up" in window.conversation.thread.toPlainText(), timeout=10_000
        )
        selected = window.table.selectionModel().selectedRows()
        assert [i.row() for i in selected] == [0]
        assert window.model.rowCount() == 5
        window.close()
