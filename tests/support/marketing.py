"""Issue 16's test world on mastodon-mock: a brand account synced by the real sync runner
(classifier and routing as the worker runs them), a publisher, and a customer's praise."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import requests
from sqlalchemy import select

from accounts.registry import Registry
from accounts.token_store import TokenStore
from app.db.models import Conversation, Message
from app.routing.engine import RoutingEngine
from app.session.console import Console
from app.sync.account_sync import AccountSyncRunner
from app.sync.enrich import classify_item
from app.sync.publisher import Publisher
from tests.support.mastodon_mock_server import ACCOUNTS, MastodonMock
from tests.support.memory_keyring import MemoryKeyring
from tests.support.workers import seed_mastodon_accounts


def api(mock: MastodonMock, who: str, method: str, path: str, **kw: Any) -> Any:
    """A call to the mock as one of its seeded users (the customer, another fan, the brand)."""
    resp = requests.request(
        method,
        f"{mock.base_url}{path}",
        headers={"Authorization": f"Bearer {ACCOUNTS[who]}"},
        timeout=10,
        **kw,
    )
    resp.raise_for_status()
    return resp.json()


@dataclass
class World:
    console: Console
    mock: MastodonMock
    runner: AccountSyncRunner
    publisher: Publisher
    account_id: int

    def praise(
        self, words: str = "I love this shop, best service ever! Thank you"
    ) -> tuple[int, str]:
        """The customer praises the brand; synced; returns (conversation id, status id)."""
        status = api(
            self.mock,
            "customer",
            "POST",
            "/api/v1/statuses",
            json={"status": f"@brand {words} {uuid.uuid4().hex[:6]}"},
        )
        self.runner.run_once()
        with self.console.session() as s:
            msg = s.scalar(select(Message).where(Message.remote_id == status["id"]))
            assert msg is not None
            conv = s.get(Conversation, msg.conversation_id)
            assert conv is not None and conv.intent == "praise", conv and conv.intent
            return conv.id, status["id"]

    def stop(self) -> None:
        self.runner.stop()


def make_world(console: Console, mock: MastodonMock) -> World:
    registry = Registry(TokenStore(MemoryKeyring()))
    ids = seed_mastodon_accounts(
        console, registry.store, mock.base_url, {"brand": ACCOUNTS["brand"]}
    )
    runner = AccountSyncRunner(
        console.factory, console.engine, registry, interval=0.1, claim_interval=0
    )
    runner.enrich, runner.route = classify_item, RoutingEngine()  # as main.py's worker does
    runner.run_once()  # the first sync: whatever the mock held before
    publisher = Publisher(console.factory, runner.connectors, sqlite_yield=0)
    return World(console, mock, runner, publisher, ids["brand"])
