"""Helpers for the publishing tests: employees with a given role, a conversation to answer."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from app.db.models import (
    BrandAccount,
    Conversation,
    Employee,
    EmployeeTeam,
    Role,
    RoleGrant,
    Team,
)
from app.identity.access import Actor, load_actor
from app.sync.ingest import ingest_items


def make_employee(
    s: Session,
    username: str,
    role: str,
    *,
    team: str = "Customer Service",
    account_id: int | None = None,
    display_name: str | None = None,
) -> Actor:
    ws_id = s.scalar(select(Team.workspace_id).where(Team.name == team))
    emp = Employee(
        workspace_id=ws_id, username=username, display_name=display_name or username.title()
    )
    s.add(emp)
    s.flush()
    team_id = s.scalar(select(Team.id).where(Team.name == team))
    s.add(EmployeeTeam(employee_id=emp.id, team_id=team_id))
    role_id = s.scalar(select(Role.id).where(Role.name == role))
    s.add(RoleGrant(employee_id=emp.id, role_id=role_id, brand_account_id=account_id))
    s.flush()
    return load_actor(s, emp.id)


def require_agent_approval(console) -> None:
    """IT makes agents' replies wait for approval (the default: agents reply directly), so a
    test can follow an agent's reply through the approval queue."""
    from app.identity import approval_policy
    from app.identity.provisioning import system_actor

    with console.factory() as s, s.begin():
        approval_policy.set_role_approval(s, system_actor(s), "agent", "reply", required=True)


def actor_named(s: Session, username: str) -> Actor:
    return load_actor(s, s.scalar(select(Employee.id).where(Employee.username == username)))


def accounts(s: Session) -> list[BrandAccount]:
    return list(s.scalars(select(BrandAccount).order_by(BrandAccount.id)))


def add_conversation(s: Session, account: BrandAccount, text: str = "my order is late") -> int:
    """One inbound mention in the account's default team; returns the conversation id."""
    rid = uuid.uuid4().hex[:10]
    ingest_items(
        s,
        account,
        [
            InboundItem(
                rid,
                ItemKind.MENTION,
                RemoteAuthor(f"cust-{rid}", f"cust{rid}", "Dana Customer"),
                text,
                datetime.now(UTC),
                rid,
            )
        ],
        default_team_id=account.settings.get("default_team_id"),
    )
    s.flush()
    return s.scalar(select(Conversation.id).where(Conversation.thread_key == rid))


@pytest.fixture
def loopback():
    from tests.support.loopback_network import LoopbackNetwork

    net = LoopbackNetwork(honour_keys=False)
    net.start()
    yield net
    net.stop()


def bulk_approved_posts(console, n: int, *, account_index: int = 0) -> list[int]:
    """``n`` posts by Priya approved by Lena, inserted in one statement (fast setup for races)."""
    from sqlalchemy import insert

    from app.db.models import OutboxItem
    from app.db.types import utcnow

    with console.factory() as s, s.begin():
        acc = accounts(s)[account_index]
        priya, lena = actor_named(s, "priya"), actor_named(s, "lena")
        now = utcnow()
        keys = [uuid.uuid4().hex for _ in range(n)]
        s.execute(
            insert(OutboxItem),
            [
                {
                    "workspace_id": acc.workspace_id,
                    "brand_account_id": acc.id,
                    "kind": "post",
                    "text": f"post {i}",
                    "media": [],
                    "status": "approved",
                    "author_id": priya.employee_id,
                    "approver_id": lena.employee_id,
                    "approved_at": now,
                    "idempotency_key": k,
                    "attempts": 0,
                    "created_at": now,
                    "updated_at": now,
                }
                for i, k in enumerate(keys)
            ],
        )
        return list(s.scalars(select(OutboxItem.id).where(OutboxItem.idempotency_key.in_(keys))))
