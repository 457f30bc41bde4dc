"""Listening end to end (pytest-qt, mastodon-mock on loopback, both backends): a marketer opens
the Listening view from the main window, is told why a bad hashtag is refused, adds a hashtag
watch, sees what mastodon-mock's customers posted with its budget use and mood, and sends one
post to Sales — where it is a conversation in Sales' queue."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.db.models import Conversation, ListeningItem, Team
from app.db.types import utcnow
from app.identity.auth import authenticate
from app.inbox.views import InboxFilter, View, is_visible
from app.sync.enrich import classify_item
from app.sync.listening import ListeningPump
from app.sync.runner import SyncRunner
from tests.integration.crisis.conftest import actor
from tests.support.listening import Clock, connector, mastodon_brand, post
from tests.support.mastodon_mock_server import MastodonMock, start_mastodon_mock
from tests.support.qt import running_qasync_loop
from ui.listening.window import NO_WATCHES, NOTHING_HEARD, ListeningWindow
from ui.main.main_window import MainWindow
from ui.widgets.tasks import MessageBridge

WAIT = 20_000


@pytest.fixture(scope="module")
def mock(tmp_path_factory):
    server = start_mastodon_mock(tmp_path_factory.mktemp("listening-ui-mock"), streaming=False)
    yield server
    server.stop()


def _as(console, user: str):
    with console.session() as s:
        return replace(console, actor=authenticate(s, user, "demo"), origin=f"ws-{user}")


def _type(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_a_marketer_listens_to_a_hashtag_and_sends_a_post_to_sales(
    qtbot, qapp, qtmodeltester, demo_console, mock: MastodonMock
) -> None:
    c = demo_console
    tag = f"AcmeKettle{utcnow():%H%M%S%f}"
    acc = mastodon_brand(c, mock.base_url)
    clock = Clock()
    runner = SyncRunner(c.factory, {acc: connector(mock.base_url)}, enrich=classify_item)
    runner.listen = ListeningPump(clock=clock)
    mia, alice = _as(c, "mia"), _as(c, "alice")
    with running_qasync_loop(qapp):
        agent_window = MainWindow(alice, MessageBridge())
        qtbot.addWidget(agent_window)
        assert not agent_window.listening.menu.menuAction().isVisible()  # agents: no menu

        window = MainWindow(mia, MessageBridge())
        qtbot.addWidget(window)
        window.show()
        assert window.listening.menu.menuAction().isVisible()
        window.listening.open_action.trigger()
        view: ListeningWindow = window.listening.view
        qtbot.waitUntil(lambda: view.isVisible() and view.account_box.count() == 3, timeout=WAIT)
        assert view.watch_stack.currentWidget() is view.no_watches
        assert view.no_watches.text() == NO_WATCHES
        assert view.stream_stack.currentWidget() is view.nothing_heard
        assert view.nothing_heard.text() == NOTHING_HEARD
        assert view.watch_count.text().startswith("0 watches")
        view.account_box.setCurrentIndex(view.account_box.findText("Mastodon · brand"))
        assert view.account_box.currentData() == acc

        # a bad hashtag is refused, with the reason, and what was typed is kept
        view.kind_box.setCurrentIndex(view.kind_box.findData("hashtag"))
        _type(qtbot, view.query_edit, "acme kettle")
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "no spaces" in view.add_error.text(), timeout=WAIT)
        assert view.query_edit.text() == "acme kettle"

        _type(qtbot, view.query_edit, f"#{tag}")
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.add_error.text().startswith("Listening for #"), timeout=WAIT)
        qtbot.waitUntil(lambda: view.watch_model.rowCount() == 1, timeout=WAIT)
        assert view.watch_count.text().startswith("1 watch ·")

        # customers post on mastodon-mock; the sync round reads the watch
        praise = (
            f"Just bought the #{tag}, the best kettle ever! Want 20 for our office, who sells bulk?"
        )
        post(mock.base_url, praise)
        post(mock.base_url, f"My #{tag} <b>leaks</b> everywhere, awful", who="other")
        clock.advance(60)  # the pump's clock: the watch was added after it was made
        runner.run_once()
        qtbot.waitUntil(lambda: view.stream_model.rowCount() == 2, timeout=WAIT)
        qtmodeltester.check(view.stream_model, force_py=True)
        qtmodeltester.check(view.watch_model, force_py=True)
        assert view.stream_stack.currentWidget() is view.stream_table
        assert view.stream_count.text() == "2 items heard · all watches"
        qtbot.waitUntil(lambda: view.watch_model.rows[0].items_recent == 2, timeout=WAIT)
        budget = view.watch_model.data(view.watch_model.index(0, 4))
        assert (
            budget.startswith("1 call in the last hour · plan 60/h")
            and "Mastodon's limit" in budget
        )
        assert view.watch_model.data(view.watch_model.index(0, 2)) == "2"
        assert view.watch_model.data(view.watch_model.index(0, 5)).startswith("Read at")
        # customer text is plain text, tooltips included
        rows = view.stream_model.rows
        hostile = next(i for i, r in enumerate(rows) if "leaks" in r.text)
        assert "<b>leaks</b>" in rows[hostile].text
        tip = view.stream_model.data(
            view.stream_model.index(hostile, 3), Qt.ItemDataRole.ToolTipRole
        )
        assert "&lt;b&gt;leaks&lt;/b&gt;" in tip
        assert [view.stream_model.data(view.stream_model.index(i, 4)) for i in range(2)] != [
            "neutral",
            "neutral",
        ]

        # one action: send the praise (a lead) to Sales
        row = next(i for i, r in enumerate(rows) if r.text == praise)
        view.stream_table.selectRow(row)
        assert praise in view.detail.toPlainText()
        assert view.team_box.currentText() == "Sales"
        assert view.send_button.isEnabled()
        qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.send_status.text().startswith("Sent to Sales"), timeout=WAIT)
        clock.advance(5)
        runner.run_once()
        qtbot.waitUntil(
            lambda: any(r.status == "In the Sales queue" for r in view.stream_model.rows),
            timeout=WAIT,
        )
        qtbot.waitUntil(lambda: not view.send_button.isEnabled(), timeout=WAIT)

        conv_id = next(r.conversation_id for r in view.stream_model.rows if r.text == praise)

        # pausing costs no calls; removing asks first, then keeps the conversation
        view.watch_table.selectRow(0)
        qtbot.mouseClick(view.pause_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not view.watch_model.rows[0].enabled, timeout=WAIT)
        assert view.watch_model.data(view.watch_model.index(0, 5)) == "Paused"
        assert view.watch_model.data(view.watch_model.index(0, 4)) == "no calls while paused"
        qtbot.waitUntil(lambda: view.pause_button.text() == "Resume", timeout=WAIT)
        view.watch_table.selectRow(0)
        qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "and the 2 items it heard?" in view.add_error.text(), timeout=WAIT)
        assert view.remove_button.text() == "Remove now"
        assert view.watch_model.rowCount() == 1
        qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.watch_model.rowCount() == 0, timeout=WAIT)
        qtbot.waitUntil(lambda: view.stream_model.rowCount() == 0, timeout=WAIT)
        assert view.watch_stack.currentWidget() is view.no_watches
        view.close()

    sam = actor(c, "sam")
    with c.session() as s:
        assert s.scalar(select(ListeningItem.id)) is None  # removed with its watch
        conv = s.get(Conversation, conv_id)
        assert "best kettle ever" in conv.snippet
        assert conv.team_id == s.scalar(select(Team.id).where(Team.name == "Sales"))
        assert is_visible(s, sam, InboxFilter(view=View.TEAMS), conv.id)  # Sales' queue
