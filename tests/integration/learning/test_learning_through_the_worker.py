"""The team teaches routing, end to end through the worker: a customer's mention on a real
Mastodon API (mastodon-mock on loopback) is pulled by the worker's account runner, classified
and routed; an agent corrects the intent; the same runner retrains the workspace's model in
the background; the customer's next similar mention, pulled by the runner, goes where the agent
said. Both backends.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests
from sqlalchemy import select

from accounts.registry import Registry
from accounts.token_store import TokenStore
from app.db.models import Conversation, LearnedModel, Message, Team
from app.learning import corrections
from app.routing.engine import RoutingEngine
from app.sync.account_sync import AccountSyncRunner
from app.sync.enrich import classify_item
from tests.integration.routing.helpers import actor_of, make_agent
from tests.support.inbox import keep_threads_apart
from tests.support.mastodon_mock_server import ACCOUNTS, MastodonMock, start_mastodon_mock
from tests.support.memory_keyring import MemoryKeyring
from tests.support.workers import seed_mastodon_accounts

ASKED = "@brand Could your team fit the lamps in our 12 offices?"
SIMILAR = "@brand Could your team fit the lamps in our 30 shops?"
UNRELATED = "@brand Do you ship to Canada?"


@pytest.fixture
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MastodonMock]:
    # one instance per backend: the other run's mentions would be this workspace's background
    server = start_mastodon_mock(tmp_path_factory.mktemp("mastodon-mock-learn"), streaming=False)
    yield server
    server.stop()


def _mention(mock: MastodonMock, text: str, who: str = "customer") -> str:
    resp = requests.post(
        f"{mock.base_url}/api/v1/statuses",
        json={"status": text},
        headers={"Authorization": f"Bearer {ACCOUNTS[who]}"},
        timeout=10,
    )
    resp.raise_for_status()
    return str(resp.json()["id"])


def _where(console, remote_id: str) -> tuple[str, str | None, dict]:
    """(team, intent, stored evidence) of the conversation the mention went to."""
    with console.session() as s:
        msg = s.scalar(select(Message).where(Message.remote_id == remote_id))
        assert msg is not None, "the worker did not pull the mention"
        conv = s.get(Conversation, msg.conversation_id)
        return s.get(Team, conv.team_id).name, conv.intent, dict(msg.classification or {})


def test_a_correction_reroutes_the_next_similar_mention_through_the_worker(
    mock: MastodonMock, demo_console
) -> None:
    console = demo_console
    keyring = MemoryKeyring()
    store = TokenStore(keyring)
    seed_mastodon_accounts(console, store, mock.base_url, {"brand": ACCOUNTS["brand"]})
    # each mention its own conversation: joined to the customer's open one, a mention is no
    # new conversation and the rules for new ones (where teams are chosen) do not run
    keep_threads_apart(console)
    make_agent(console, "Customer Service", "agent_worker")
    agent = actor_of(console, "agent_worker")
    runner = AccountSyncRunner(
        console.factory, console.engine, Registry(store), interval=0.1, claim_interval=0
    )
    runner.enrich, runner.route = classify_item, RoutingEngine(auto_assign=False)
    try:
        runner.run_once()  # the first sync takes whatever the instance held already
        first = _mention(mock, ASKED)
        runner.run_once()
        team, intent, _ = _where(console, first)
        assert (team, intent) == ("Customer Service", "question")

        with console.session() as s:
            cid = s.scalar(select(Message.conversation_id).where(Message.remote_id == first))
        with console.factory() as s, s.begin():
            assert corrections.correct(s, agent, cid, intent="purchase_intent") == 1
        runner.run_once()  # nothing new to pull: the runner retrains in the background
        with console.session() as s:
            assert s.scalars(select(LearnedModel.labels)).one() == 1

        similar = _mention(mock, SIMILAR, "other")  # another customer, the same kind of ask
        other = _mention(mock, UNRELATED)
        runner.run_once()
        team, intent, evidence = _where(console, similar)
        assert (team, intent) == ("Sales", "purchase_intent")
        assert evidence["intent"] == "question"  # the shipped verdict is kept beside
        assert evidence["learned"]["replaced"] == "question"
        assert _where(console, other)[:2] == ("Customer Service", "question")
    finally:
        runner.stop()
