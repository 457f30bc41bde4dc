"""Service-level agreements: which policy applies, when a reply is due, and breaches.

A policy belongs to an account, a team, or the whole workspace (neither set); the most
specific one wins (account, then team, then workspace). Due times count business minutes only
when the policy has business hours (``{"tz": "Europe/Paris", "days": [0, 1, 2, 3, 4],
"start": "09:00", "end": "17:00"}``, Monday = 0); with none, the clock runs all day.

Timers are set at ingest (the first customer message starts the first-response clock, a
customer message after a reply starts the next-response clock) and stopped by a reply
(:func:`on_outbound_reply`). :func:`sweep_breaches` marks each breach once — a conditional
update, so with many workstations sweeping, exactly one notifies.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import and_, bindparam, or_, select, update
from sqlalchemy.orm import Session

from app.db import changes
from app.db.bulk import member_of, pg_update_rows
from app.db.models import (
    Conversation,
    ConversationStatus,
    Customer,
    Employee,
    EmployeeTeam,
    SlaPolicy,
)
from app.db.types import utcnow
from app.identity import audit
from app.identity.access import Actor, Permission
from app.inbox.views import sla_due_expr
from app.notify import notifications

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BusinessHours:
    tz: ZoneInfo
    days: frozenset[int]
    start: time
    end: time

    @classmethod
    def parse(cls, data: dict[str, Any] | None) -> BusinessHours | None:
        """None means around the clock; a malformed setting is logged and treated as such."""
        if not data:
            return None
        try:
            tz = ZoneInfo(str(data.get("tz", "UTC")))
            days = frozenset(int(d) for d in data.get("days", range(5)))
            start = time.fromisoformat(str(data.get("start", "09:00")))
            end = time.fromisoformat(str(data.get("end", "17:00")))
        except (ValueError, TypeError, ZoneInfoNotFoundError) as exc:
            log.warning("business hours ignored: %s", exc)
            return None
        if not days or end <= start or not days <= set(range(7)):
            return None
        return cls(tz, days, start, end)


def add_business_minutes(start: datetime, minutes: int, hours: BusinessHours | None) -> datetime:
    """``start`` plus ``minutes`` of working time."""
    if hours is None:
        return start + timedelta(minutes=minutes)
    remaining = timedelta(minutes=minutes)
    local = start.astimezone(hours.tz)
    day = local.date()
    for _ in range(800):  # two years of days at most: a policy with open hours always ends
        if day.weekday() in hours.days:
            opens = datetime.combine(day, hours.start, hours.tz)
            closes = datetime.combine(day, hours.end, hours.tz)
            begin = max(local, opens)
            if begin < closes:
                if begin + remaining <= closes:
                    return (begin + remaining).astimezone(UTC)
                remaining -= closes - begin
        day += timedelta(days=1)
    return start + timedelta(minutes=minutes)


@dataclass(frozen=True)
class Policy:
    id: int
    team_id: int | None
    account_id: int | None
    first_minutes: int
    next_minutes: int
    hours: BusinessHours | None

    def specificity(self, account_id: int, team_id: int | None) -> int:
        """-1 if the policy does not apply; higher is more specific."""
        if self.account_id is not None and self.account_id != account_id:
            return -1
        if self.team_id is not None and self.team_id != team_id:
            return -1
        return (2 if self.account_id is not None else 0) + (1 if self.team_id is not None else 0)


def load_policies(session: Session, workspace_ids: Iterable[int]) -> dict[int, list[Policy]]:
    out: dict[int, list[Policy]] = {}
    for p in session.scalars(
        select(SlaPolicy).where(SlaPolicy.workspace_id.in_(sorted(set(workspace_ids))))
    ):
        out.setdefault(p.workspace_id, []).append(
            Policy(
                p.id,
                p.team_id,
                p.brand_account_id,
                p.first_response_minutes,
                p.next_response_minutes,
                BusinessHours.parse(p.business_hours),
            )
        )
    return out


def policy_for(policies: Sequence[Policy], account_id: int, team_id: int | None) -> Policy | None:
    best: tuple[int, int, Policy] | None = None
    for p in policies:
        score = p.specificity(account_id, team_id)
        if score >= 0 and (best is None or (score, -p.id) > best[:2]):
            best = (score, -p.id, p)
    return best[2] if best else None


def apply_on_inbound(session: Session, conversation_ids: Sequence[int]) -> int:
    """Start the timers that new customer messages start (inside the ingest transaction)."""
    if not conversation_ids:
        return 0
    # policies are few: look first, and skip the conversations when there are none
    if session.scalar(select(SlaPolicy.id).limit(1)) is None:
        return 0
    rows = session.execute(
        select(
            Conversation.id,
            Conversation.workspace_id,
            Conversation.brand_account_id,
            Conversation.team_id,
            Conversation.first_responded_at,
            Conversation.first_response_due,
            Conversation.next_response_due,
            Conversation.last_inbound_at,
        ).where(
            member_of(session, Conversation.id, list(conversation_ids)),
            Conversation.status == ConversationStatus.OPEN.value,
        )
    ).all()
    if not rows:
        return 0
    policies = load_policies(session, {r.workspace_id for r in rows})
    if not policies:
        return 0
    first: list[dict[str, Any]] = []
    nxt: list[dict[str, Any]] = []
    for r in rows:
        policy = policy_for(policies.get(r.workspace_id, ()), r.brand_account_id, r.team_id)
        if policy is None or r.last_inbound_at is None:
            continue
        if r.first_responded_at is None and r.first_response_due is None:
            due = add_business_minutes(r.last_inbound_at, policy.first_minutes, policy.hours)
            first.append({"cid": r.id, "due": due})
        elif r.first_responded_at is not None and r.next_response_due is None:
            due = add_business_minutes(r.last_inbound_at, policy.next_minutes, policy.hours)
            nxt.append({"cid": r.id, "due": due})
    conn = session.connection()
    for column, rows_ in (("first_response_due", first), ("next_response_due", nxt)):
        if not rows_:
            continue
        if conn.dialect.name == "postgresql":  # one set-based statement, not a round per row
            pg_update_rows(
                conn,
                f"UPDATE conversation AS c SET {column} = u.due",
                {"cid": "INTEGER", "due": "TIMESTAMPTZ"},
                rows_,
            )
        else:
            table = Conversation.__table__
            conn.execute(
                update(table)
                .where(table.c.id == bindparam("cid"))
                .values({column: bindparam("due")}),
                rows_,
            )
    return len(first) + len(nxt)


def on_outbound_reply(
    session: Session,
    conversation_id: int,
    *,
    at: datetime | None = None,
    publish: bool = False,
    origin: str | None = None,
) -> None:
    """A reply went out: stop the running timer (the publishing service calls this).

    Runs in the caller's transaction. The caller publishes its one change event for the
    conversation; pass ``publish=True`` only when it does not.
    """
    now = at or utcnow()
    conv = session.get(Conversation, conversation_id, with_for_update=False)
    if conv is None:
        return
    if conv.first_responded_at is None:
        conv.first_responded_at = now
    conv.next_response_due = None
    conv.sla_breached_at = None
    conv.version = Conversation.version + 1
    session.flush()
    if publish:
        changes.publish(session, "conversation", [conversation_id], origin)


def sweep_breaches(
    session: Session, *, now: datetime | None = None, origin: str | None = None, limit: int = 500
) -> list[int]:
    """Mark and notify conversations whose running timer has passed; returns their ids.

    The conditional update makes each breach notified once, however many workstations sweep.
    """
    now = now or utcnow()
    due = sla_due_expr()
    fresh = and_(
        Conversation.status == ConversationStatus.OPEN.value,
        due.is_not(None),
        due < now,
        or_(Conversation.sla_breached_at.is_(None), Conversation.sla_breached_at < due),
    )
    candidates = list(session.scalars(select(Conversation.id).where(fresh).limit(limit)))
    if not candidates:
        return []
    marked = session.execute(
        update(Conversation)
        .where(Conversation.id.in_(candidates), fresh)
        .values(sla_breached_at=now, version=Conversation.version + 1)
        .returning(
            Conversation.id,
            Conversation.workspace_id,
            Conversation.assignee_id,
            Conversation.team_id,
            Conversation.customer_id,
        )
        .execution_options(synchronize_session=False)
    ).all()
    if not marked:
        return []
    team_ids = {m.team_id for m in marked if m.assignee_id is None and m.team_id is not None}
    members: dict[int, list[int]] = {}
    if team_ids:
        for team_id, emp_id in session.execute(
            select(EmployeeTeam.team_id, EmployeeTeam.employee_id)
            .join(Employee, Employee.id == EmployeeTeam.employee_id)
            .where(EmployeeTeam.team_id.in_(sorted(team_ids)), Employee.active.is_(True))
        ):
            members.setdefault(team_id, []).append(emp_id)
    names = dict(
        session.execute(
            select(Customer.id, Customer.handle).where(
                Customer.id.in_(sorted({m.customer_id for m in marked}))
            )
        ).all()
    )
    rows = []
    for m in marked:
        who = [m.assignee_id] if m.assignee_id else members.get(m.team_id or -1, [])
        text = f"SLA breached: the reply to @{names.get(m.customer_id, '?')} is overdue."
        rows += [
            {
                "employee_id": e,
                "kind": "sla_breach",
                "conversation_id": m.id,
                "text": text,
                "at": now,
            }
            for e in who
        ]
        audit.record(
            session,
            "sla_breached",
            workspace_id=m.workspace_id,
            actor_name="sla",
            target_type="conversation",
            target_id=m.id,
        )
    if rows:
        notifications.insert_rows(session, rows)
    ids = [m.id for m in marked]
    changes.publish(session, "conversation", ids, origin)
    return ids


def set_policy(
    session: Session,
    actor: Actor,
    *,
    name: str,
    team_id: int | None = None,
    account_id: int | None = None,
    first_response_minutes: int = 60,
    next_response_minutes: int = 240,
    business_hours: dict[str, Any] | None = None,
) -> SlaPolicy:
    """Create or replace the policy for one scope (needs manage routing)."""
    actor.require(Permission.MANAGE_ROUTING)
    if first_response_minutes <= 0 or next_response_minutes <= 0:
        raise ValueError("Response times must be at least one minute.")
    if business_hours and BusinessHours.parse(business_hours) is None:
        raise ValueError("The business hours are not valid (time zone, days 0–6, start < end).")
    policy = session.scalar(
        select(SlaPolicy).where(
            SlaPolicy.workspace_id == actor.workspace_id,
            SlaPolicy.team_id.is_(None) if team_id is None else SlaPolicy.team_id == team_id,
            SlaPolicy.brand_account_id.is_(None)
            if account_id is None
            else SlaPolicy.brand_account_id == account_id,
        )
    )
    if policy is None:
        policy = SlaPolicy(
            workspace_id=actor.workspace_id, team_id=team_id, brand_account_id=account_id
        )
        session.add(policy)
    policy.name = name
    policy.first_response_minutes = first_response_minutes
    policy.next_response_minutes = next_response_minutes
    policy.business_hours = dict(business_hours or {})
    session.flush()
    audit.record(
        session, "sla_policy_set", actor=actor, target_type="sla_policy", target_id=policy.id
    )
    return policy
