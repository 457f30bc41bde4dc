"""A small workspace on the test cluster for hand-off tests, its people as real login roles.

Login roles are cluster-wide, so every name carries a random suffix.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select

from app.db.models import BrandAccount, Conversation, Customer, Message, Team, Workspace
from app.identity import provisioning
from app.identity.access import seed_roles
from app.session.console import Console
from app.session.signin import sign_in_postgres

PASSWORD = "handoff-test-password"

TEAMS = (("Customer Service", "support"), ("Sales", "sales"), ("Product", "product"))
#: short name → (team, role). Sales has no lead (all its members hear of a hand-off); Product
#: has one (only the lead does).
PEOPLE = {
    "agent": ("Customer Service", "agent"),
    "agent2": ("Customer Service", "agent"),
    "seller": ("Sales", "sales"),
    "pm": ("Product", "product"),
    "plead": ("Product", "team lead"),
}


@dataclass
class Desk:
    owner: Console
    cluster: object
    dbname: str
    sfx: str
    logins: dict[str, str] = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)
    teams: dict[str, int] = field(default_factory=dict)
    account: int = 0
    workspace: int = 0

    def close(self) -> None:
        self.owner.close()
        self.cluster.drop_database(self.dbname)

    @contextmanager
    def signed_in(self, who: str) -> Iterator[Console]:
        console = sign_in_postgres(
            self.cluster.url(self.dbname), self.logins[who], PASSWORD, delay=0
        )
        try:
            yield console
        finally:
            console.close()

    def conversation(self, text: str, *, team: str = "Customer Service", **kw: object) -> int:
        """A customer's conversation in ``team``'s queue, written as the owner (ingest does)."""
        n = uuid.uuid4().hex[:8]
        with self.owner.factory() as s, s.begin():
            cust = Customer(
                workspace_id=self.workspace,
                network="demo",
                remote_id=f"c-{n}",
                handle=f"cust_{n}",
                display_name=f"Customer {n}",
                contact={"phone": f"+1-555-{n}"},
            )
            s.add(cust)
            s.flush()
            conv = Conversation(
                workspace_id=self.workspace,
                brand_account_id=self.account,
                customer_id=cust.id,
                thread_key=f"t-{n}",
                kind="mention",
                team_id=self.teams[team],
                last_message_at=datetime.now(UTC),
                **kw,
            )
            s.add(conv)
            s.flush()
            s.add(
                Message(
                    conversation_id=conv.id,
                    brand_account_id=self.account,
                    remote_id=f"m-{n}",
                    direction="in",
                    kind="mention",
                    customer_id=cust.id,
                    text=text,
                    created_at=datetime.now(UTC),
                )
            )
            return conv.id


def build_desk(pg_cluster) -> Desk:
    """A fresh database: three teams, their people as real login roles, one brand account."""
    dbname = pg_cluster.create_database("handoff")
    owner = Console.open(pg_cluster.url(dbname))
    d = Desk(owner, pg_cluster, dbname, uuid.uuid4().hex[:6])
    with owner.factory() as s, s.begin():
        ws = Workspace(name="Handoff")
        s.add(ws)
        s.flush()
        d.workspace = ws.id
        seed_roles(s, ws.id)
        for name, dept in TEAMS:
            s.add(Team(workspace_id=ws.id, name=name, department=dept))
        acc = BrandAccount(
            workspace_id=ws.id,
            key=uuid.uuid4().hex,
            network="demo",
            handle="acme",
            remote_id=f"r-acme-{d.sfx}",
        )
        s.add(acc)
        s.flush()
        d.account = acc.id
        d.teams = {t.name: t.id for t in s.scalars(select(Team))}
        it = provisioning.system_actor(s, "test setup")
        for short, (team, role) in PEOPLE.items():
            login = f"{short}_{d.sfx}"
            emp = provisioning.add_employee(
                s, it, login, short.title(), teams=[team], roles=[role], password=PASSWORD
            )
            d.logins[short] = login
            d.ids[short] = emp.id
    return d
