"""Helpers for the routing tests: department agents, inbound items, ingest with the router."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from app.db.models import BrandAccount, Employee, EmployeeTeam, Role, RoleGrant, Team
from app.identity.access import Actor, load_actor
from app.identity.auth import hash_password
from app.routing.engine import RoutingEngine
from app.sync.enrich import classify_item
from app.sync.ingest import IngestResult, ingest_items

_ids = itertools.count(1)
T0 = datetime.now(UTC) - timedelta(hours=2)
_PW = None


def team_id(console, name: str) -> int:
    with console.session() as s:
        return s.scalar(select(Team.id).where(Team.name == name))


def make_agent(
    console, team: str, username: str, *, role: str = "agent", capacity: int = 10
) -> int:
    """An employee of ``team`` with a team-inbox role (sees that team's queue only)."""
    global _PW
    _PW = _PW or hash_password("password")
    with console.factory() as s, s.begin():
        t = s.scalar(select(Team).where(Team.name == team))
        r = s.scalar(select(Role).where(Role.name == role))
        e = Employee(
            workspace_id=t.workspace_id,
            username=username,
            display_name=username.title(),
            password_hash=_PW,
            capacity=capacity,
        )
        s.add(e)
        s.flush()
        s.add(EmployeeTeam(employee_id=e.id, team_id=t.id))
        s.add(RoleGrant(employee_id=e.id, role_id=r.id))
        return e.id


def actor_of(console, username: str) -> Actor:
    with console.session() as s:
        emp = s.scalar(select(Employee).where(Employee.username == username))
        return load_actor(s, emp.id)


def account_ids(console) -> list[int]:
    with console.session() as s:
        return list(s.scalars(select(BrandAccount.id).order_by(BrandAccount.id)))


def item(
    text: str,
    *,
    thread: str | None = None,
    author: RemoteAuthor | None = None,
    kind: ItemKind = ItemKind.MENTION,
    at: datetime | None = None,
    rid: str | None = None,
) -> InboundItem:
    n = next(_ids)
    rid = rid or f"r{n}"
    return InboundItem(
        remote_id=rid,
        kind=kind,
        author=author or RemoteAuthor(f"u{n}", f"user{n}", f"User {n}", followers=10),
        text=text,
        created_at=at or (T0 + timedelta(seconds=n)),
        thread_key=thread or rid,
    )


def ingest(
    console, account_id: int, items: Sequence[InboundItem], engine: RoutingEngine | None
) -> IngestResult:
    with console.factory() as s, s.begin():
        acc = s.get(BrandAccount, account_id)
        return ingest_items(
            s,
            acc,
            items,
            enrich=classify_item,
            route=engine,
            default_team_id=acc.settings.get("default_team_id"),
        )
