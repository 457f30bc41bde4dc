"""A small workspace on a real PostgreSQL database, its people provisioned as login roles.

Login roles are cluster-wide, so every name carries a random suffix: several test databases
share the one test cluster.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from sqlalchemy import select

from app.db.models import (
    BrandAccount,
    Conversation,
    Customer,
    Message,
    Note,
    Team,
    Workspace,
)
from app.identity import provisioning
from app.identity.access import seed_roles
from app.session.console import Console
from tests.support.handoff_desk import Desk, build_desk

PASSWORD = "correct-horse-battery"


@dataclass
class World:
    console: Console
    dbname: str
    cluster: object
    sfx: str
    people: dict[str, str] = field(default_factory=dict)  # short name -> login
    conv: dict[str, int] = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)  # short name -> employee id
    customers: dict[str, int] = field(default_factory=dict)

    def login(self, who: str) -> str:
        return self.people[who]

    def connect(self, who: str, password: str = PASSWORD) -> psycopg.Connection:
        return psycopg.connect(
            self.cluster.conninfo(self.dbname, user=self.people[who], password=password),
            autocommit=True,
            connect_timeout=10,
        )

    def url(self, who: str | None = None, password: str = PASSWORD) -> str:
        if who is None:
            return self.cluster.url(self.dbname)
        return self.cluster.url(self.dbname, user=self.people[who], password=password)


def build_world(cluster, dbname: str) -> World:
    console = Console.open(cluster.url(dbname))
    w = World(console, dbname, cluster, uuid.uuid4().hex[:6])
    now = datetime.now(UTC)
    with console.factory() as s, s.begin():
        ws = Workspace(name="Test")
        s.add(ws)
        s.flush()
        seed_roles(s, ws.id)
        for name in ("Support", "Sales", "IT"):
            s.add(Team(workspace_id=ws.id, name=name))
        for handle in ("acme", "acme_eu"):
            s.add(
                BrandAccount(
                    workspace_id=ws.id,
                    key=uuid.uuid4().hex,
                    network="demo",
                    handle=handle,
                    remote_id=f"r-{handle}-{w.sfx}",
                )
            )
        s.flush()
        it = provisioning.system_actor(s, "test setup")
        people = {
            "admin": ("IT", "it admin"),
            "agent": ("Support", "agent"),
            "agent2": ("Support", "agent"),
            "lead": ("Support", "team lead"),
            "sales": ("Sales", "sales"),
            "pr": ("", "pr"),
            "eu": ("", ""),
            "nobody": ("Support", ""),
        }
        for short, (team, role) in people.items():
            login = f"{short}_{w.sfx}"
            emp = provisioning.add_employee(
                s,
                it,
                login,
                short.title(),
                email=f"{short}@example.com",
                teams=[team] if team else [],
                roles=[role] if role else [],
                password=PASSWORD,
            )
            w.people[short] = login
            w.ids[short] = emp.id
        # read everything, but only of one brand account
        provisioning.grant_role(s, it, w.people["eu"], "pr", account="acme_eu")
        teams = {t.name: t.id for t in s.scalars(select(Team))}
        accs = {a.handle: a.id for a in s.scalars(select(BrandAccount))}
        layout = {
            "support": ("Support", "acme", None),
            "sales": ("Sales", "acme", None),
            "sales_eu": ("Sales", "acme_eu", None),
            "assigned": ("Sales", "acme", "agent"),
            "orphan": (None, "acme", None),
            "support_eu": ("Support", "acme_eu", None),
        }
        for i, (key, (team, acc, assignee)) in enumerate(layout.items()):
            cust = Customer(
                workspace_id=ws.id,
                network="demo",
                remote_id=f"cust-{key}-{w.sfx}",
                handle=f"cust_{key}",
                contact={"phone": f"+1-555-{i:04d}"},
            )
            s.add(cust)
            s.flush()
            c = Conversation(
                workspace_id=ws.id,
                brand_account_id=accs[acc],
                customer_id=cust.id,
                thread_key=f"t-{key}",
                kind="mention",
                team_id=teams[team] if team else None,
                assignee_id=w.ids[assignee] if assignee else None,
                last_message_at=now - timedelta(minutes=i),
            )
            s.add(c)
            s.flush()
            s.add(
                Message(
                    conversation_id=c.id,
                    brand_account_id=accs[acc],
                    remote_id=f"m-{key}",
                    direction="in",
                    kind="mention",
                    customer_id=cust.id,
                    text=f"message in {key}",
                    created_at=now,
                )
            )
            s.add(Note(conversation_id=c.id, author_id=w.ids["admin"], text=f"note on {key}"))
            w.conv[key] = c.id
            w.customers[key] = cust.id
    return w


@pytest.fixture(scope="module")
def world(pg_cluster) -> Iterator[World]:
    dbname = pg_cluster.create_database("rls")
    w = build_world(pg_cluster, dbname)
    yield w
    w.console.close()
    pg_cluster.drop_database(dbname)


@pytest.fixture(scope="module")
def desk(pg_cluster) -> Iterator[Desk]:
    """Three teams whose people are real login roles (tests/support/handoff_desk.py)."""
    d = build_desk(pg_cluster)
    yield d
    d.close()
