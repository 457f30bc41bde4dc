"""Helpers for the crisis tests: people by name, a publisher on the demo network."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from accounts.demo import DemoConnector
from app.db.models import BrandAccount, Employee
from app.identity.access import Actor, load_actor
from app.sync.publisher import Publisher


def actor(console, username: str) -> Actor:
    with console.session() as s:
        return load_actor(s, s.scalar(select(Employee.id).where(Employee.username == username)))


def demo_accounts(console) -> list[tuple[int, str]]:
    with console.session() as s:
        return [
            (a.id, a.handle)
            for a in s.scalars(
                select(BrandAccount).where(BrandAccount.network == "demo").order_by(BrandAccount.id)
            )
        ]


@pytest.fixture
def publisher(demo_console, demo_network):
    conns = {aid: DemoConnector(demo_network, h) for aid, h in demo_accounts(demo_console)}
    return Publisher(demo_console.factory, conns, interval=0.1, sqlite_yield=0)
