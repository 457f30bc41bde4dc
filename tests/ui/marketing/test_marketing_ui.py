"""Issue 16 as people use it, with real widgets (offscreen) against mastodon-mock:

- a marketer amplifies a praise conversation: "Amplify…" → boost → an approver approves in
  the approvals queue → the publisher sends → the boost arrives on mastodon-mock, once;
- an agent's reply is blocked by a banned phrase, with the reason, before anything is queued;
- a sent post shows its metrics from mastodon-mock in the Posts window.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from accounts.demo import DemoConnector
from app.db.models import BrandAccount, OutboxItem
from app.db.types import utcnow
from app.identity.auth import authenticate
from app.performance import metrics
from app.publishing import guardrails, outbox
from app.sync.runner import SyncRunner
from tests.integration.publishing.conftest import actor_named
from tests.support.marketing import World, api, make_world
from tests.support.mastodon_mock_server import MastodonMock, start_mastodon_mock
from tests.support.qt import running_qasync_loop
from ui.main.main_window import MainWindow
from ui.publishing.approvals import ApprovalsPanel
from ui.widgets.tasks import MessageBridge


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MastodonMock]:
    server = start_mastodon_mock(tmp_path_factory.mktemp("mastodon-mock-ui"), streaming=False)
    yield server
    server.stop()


@pytest.fixture
def world(mock: MastodonMock, demo_console) -> Iterator[World]:
    w = make_world(demo_console, mock)
    yield w
    w.stop()


def _sign_in(console, user: str):
    with console.session() as s:
        return authenticate(s, user, "demo")


def test_a_marketer_amplifies_praise_through_approval(qtbot, qapp, world: World) -> None:
    console = world.console
    cid, status_id = world.praise()
    console.actor = _sign_in(console, "mia")
    with running_qasync_loop(qapp):
        window = MainWindow(console, MessageBridge())
        qtbot.addWidget(window)
        window.show()
        window.open_conversation(cid)
        pane = window.conversation
        qtbot.waitUntil(lambda: pane.amplify_button.isVisible(), timeout=15_000)
        qtbot.mouseClick(pane.amplify_button, Qt.MouseButton.LeftButton)
        dialog = window.marketing.amplify_dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.loaded, timeout=15_000)
        assert "best service ever" in dialog.praise.toPlainText()
        assert dialog.boost.text() == "Boost it as @brand" and dialog.boost.isChecked()
        qtbot.mouseClick(dialog.send, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "waiting for approval" in dialog.message.text(), timeout=15_000)
        # nothing leaves before the approver says yes
        assert world.publisher.run_once() == []

        lena = replace(console, actor=_sign_in(console, "lena"), origin="ws-lena")
        approvals = ApprovalsPanel(lena)
        qtbot.addWidget(approvals)
        approvals.show()
        approvals.reload()
        qtbot.waitUntil(lambda: approvals.model.rowCount() == 1, timeout=15_000)
        approvals.table.selectRow(0)
        detail = approvals.detail.toPlainText()
        assert detail.startswith("boost by Mia Costa from @brand")
        assert (
            "Boosts Customer: @brand I love this shop" in detail and "best service ever" in detail
        )
        qtbot.mouseClick(approvals.approve_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: approvals.model.rowCount() == 0, timeout=15_000)
        [sent] = world.publisher.run_once()
        assert sent.status == "sent"
        assert world.publisher.run_once() == []
        assert (
            api(world.mock, "customer", "GET", f"/api/v1/statuses/{status_id}")["reblogs_count"]
            == 1
        )
        window.close()


def test_an_agents_reply_is_blocked_by_a_banned_phrase_with_the_reason(
    qtbot, qapp, demo_console, demo_network
) -> None:
    with demo_console.session() as s:
        conns = {
            a.id: DemoConnector(demo_network, a.handle) for a in s.scalars(select(BrandAccount))
        }
    demo_network.generate(4)
    SyncRunner(demo_console.factory, conns).run_once()
    with demo_console.factory() as s, s.begin():
        guardrails.add_rule(
            s,
            actor_named(s, "ines"),
            kind="banned",
            text="guarantee",
            role="agent",
            reason="legal: we never promise outcomes",
        )
        guardrails.add_rule(
            s, actor_named(s, "ines"), kind="guideline", text="Be warm; never argue.", role="agent"
        )
    demo_console.actor = _sign_in(demo_console, "alice")
    with running_qasync_loop(qapp):
        window = MainWindow(demo_console, MessageBridge())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=15_000)
        window.table.selectRow(0)
        composer = window.publishing.composer
        qtbot.waitUntil(lambda: composer.editor.isEnabled(), timeout=15_000)
        qtbot.waitUntil(lambda: composer.guidelines.isVisible(), timeout=15_000)
        assert composer.guidelines.text() == "Guidelines: Be warm; never argue."
        qtbot.keyClicks(composer.editor, "We guarantee a refund by Friday.")
        assert composer.guard_label.isVisible()
        assert composer.guard_label.text() == (
            "Blocked: “guarantee” is not allowed (legal: we never promise outcomes)."
        )
        qtbot.mouseClick(composer.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "not allowed" in composer.message.text(), timeout=15_000)
        assert "“guarantee” is not allowed (legal: we never promise outcomes)" in (
            composer.message.text()
        )
        assert "Nothing was queued; your text is kept." in composer.message.text()
        assert composer.editor.toPlainText() == "We guarantee a refund by Friday."
        with demo_console.session() as s:
            queued = s.scalars(
                select(OutboxItem).where(OutboxItem.status != "draft", OutboxItem.kind == "reply")
            ).all()
        assert queued == []
        # reworded, it goes
        composer.editor.setPlainText("We will do our best to refund you by Friday.")
        assert not composer.guard_label.isVisible()
        qtbot.mouseClick(composer.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Queued" in composer.message.text(), timeout=15_000)
        window.close()


def test_a_sent_post_shows_its_metrics_from_mastodon(qtbot, qapp, world: World) -> None:
    console = world.console
    with console.factory() as s, s.begin():
        mia = actor_named(s, "mia")
        item = outbox.create_draft(
            s, mia, kind="post", account_id=world.account_id, text="Spring sale today"
        )
        outbox.submit(s, mia, item.id)
        outbox.approve(s, actor_named(s, "lena"), item.id)
    [sent] = world.publisher.run_once()
    api(world.mock, "customer", "POST", f"/api/v1/statuses/{sent.detail}/favourite")
    api(world.mock, "other", "POST", f"/api/v1/statuses/{sent.detail}/favourite")
    api(world.mock, "customer", "POST", f"/api/v1/statuses/{sent.detail}/reblog")
    assert world.runner.fetch_metrics(force=True) == 1
    console.actor = _sign_in(console, "mia")
    with running_qasync_loop(qapp):
        window = MainWindow(console, MessageBridge())
        qtbot.addWidget(window)
        window.show()
        window.marketing.posts_action.trigger()
        posts = window.marketing.posts_window
        assert posts is not None
        qtbot.waitUntil(lambda: posts.loads >= 1, timeout=15_000)
        assert posts.summary.text() == "1 sent post · 1 measured · 0 experiments"
        m = posts.model
        row = [m.data(m.index(0, c)) for c in range(m.columnCount())]
        assert row[1:] == ["@brand (mastodon)", "post", "Spring sale today -MC", "2", "1", "0", "—"]
        posts.table.selectRow(0)
        qtbot.waitUntil(lambda: "1 reading" in posts.trend_title.text(), timeout=15_000)
        assert posts.trend.readings[-1].likes == 2
        # a later reading by the worker reaches the open window through the change feed
        api(world.mock, "brand", "POST", f"/api/v1/statuses/{sent.detail}/favourite")
        later = utcnow() + timedelta(minutes=16)
        assert metrics.fetch_due(console.factory, world.runner.connectors, now=later).readings == 1
        qtbot.waitUntil(lambda: m.data(m.index(0, 4)) == "3", timeout=20_000)
        window.close()
