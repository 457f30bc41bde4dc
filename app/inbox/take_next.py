"""Take next: the most urgent unassigned conversation of the agent's queues, in one step.

Agents should not hunt through a list for what to do next, and two agents pressing the key at
the same moment must never get the same conversation. The order is the queues' "most urgent
first" (:func:`app.inbox.views.sort_terms`). Atomicity:

- PostgreSQL: the agent's own employee row is updated first (it is their heartbeat too), which
  locks it, so two workstations of one agent take one at a time and the capacity holds; the
  candidate is then read with ``FOR UPDATE SKIP LOCKED``, so concurrent agents each lock a
  different row instead of queueing behind the first, and the conditional update that follows
  cannot lose.
- SQLite: ``BEGIN IMMEDIATE`` takes the database's write lock before anything is read, so the
  same statements run one transaction at a time.

The caller commits. Availability and capacity are those of auto-assignment
(:mod:`app.routing.autoassign`): only "available" agents receive work, up to their capacity of
open and pending conversations.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, case, func, literal, literal_column, select, update
from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import Assignment, Availability, Conversation, Customer, Employee
from app.db.types import UTCDateTime, utcnow
from app.identity import audit
from app.identity.access import Actor, Permission, visible_conversations
from app.inbox.views import _NO_DUE, sla_due_expr
from app.routing.autoassign import LOAD_STATUSES

#: a row skipped by SKIP LOCKED or taken between the read and the update: look again
ATTEMPTS = 3


@dataclass(frozen=True)
class TakeResult:
    """What the agent got: a conversation id, or None and the reason in words."""

    conversation_id: int | None
    message: str


def conversation_word(n: int) -> str:
    return f"{n} conversation" if n == 1 else f"{n} conversations"


def workable_teams(actor: Actor) -> list[int]:
    """The teams whose queue this person may take from (their teams where they may reply)."""
    return sorted(
        t
        for t in actor.team_ids
        if actor.can(Permission.REPLY, team_id=t) or actor.can(Permission.APPROVE, team_id=t)
    )


def _begin_immediate(session: Session) -> None:
    """SQLite: take the write lock now, before the first read (no-op on PostgreSQL)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    conn = session.connection()
    if not conn.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _pick(actor: Actor, team_id: int) -> Select[Any]:
    """The first open unassigned conversation of one team's queue that nobody has locked.

    The order is "most urgent first" (:func:`app.inbox.views.sort_terms`) written for rows
    that are open, where it reduces to the running timer with none last, then priority, then
    age: the partial index of migration 0012 hands the rows out in it, so PostgreSQL stops at
    the first row it can lock (``FOR UPDATE SKIP LOCKED``) instead of sorting the queue.
    """
    due = sla_due_expr()
    return (
        select(
            Conversation.id,
            case((due.is_(None), 1), else_=0),
            func.coalesce(due, literal(_NO_DUE, UTCDateTime())),
            -Conversation.priority,
            Conversation.last_message_at,
            Conversation.id,
            select(Customer.handle)
            .where(Customer.id == Conversation.customer_id)
            .correlate(Conversation)
            .scalar_subquery(),
        )
        .where(
            Conversation.team_id == team_id,
            Conversation.status == literal_column("'open'"),
            Conversation.assignee_id.is_(None),
            visible_conversations(actor),
        )
        .order_by(
            due.asc().nulls_last(),
            Conversation.priority.desc(),
            Conversation.last_message_at.asc(),
            Conversation.id.asc(),
        )
        .limit(1)
        .with_for_update(skip_locked=True, of=Conversation)
    )


def take_next(
    session: Session, actor: Actor, *, origin: str | None = None, now: datetime | None = None
) -> TakeResult:
    now = now or utcnow()
    teams = workable_teams(actor)
    if not teams:
        return TakeResult(None, "You are in no team whose queue you may answer from.")
    _begin_immediate(session)
    me = session.execute(
        update(Employee)
        .where(Employee.id == actor.employee_id)
        .values(last_seen_at=now)
        .returning(Employee.active, Employee.availability, Employee.capacity)
        .execution_options(synchronize_session=False)
    ).first()
    if me is None or not me.active:
        return TakeResult(None, "This account has been deactivated; ask IT.")
    if me.availability != Availability.AVAILABLE.value:
        return TakeResult(
            None,
            f"You are set to {str(me.availability).title()}: set yourself Available "
            "to take conversations.",
        )
    load = int(
        session.scalar(
            select(func.count()).where(
                Conversation.assignee_id == actor.employee_id,
                Conversation.status.in_(LOAD_STATUSES),
            )
        )
        or 0
    )
    if load >= me.capacity:
        return TakeResult(
            None,
            f"You hold {conversation_word(load)}, your capacity is {me.capacity}: resolve or "
            "hand one off first, or ask your team lead to raise it.",
        )
    picks = [_pick(actor, team) for team in teams]
    for _ in range(ATTEMPTS):
        found = [c for c in (session.execute(p).first() for p in picks) if c is not None]
        best = min(found, key=lambda r: tuple(r[1:6])) if found else None
        cid, handle = (best[0], best[6]) if best is not None else (None, "")
        if cid is None:
            return TakeResult(
                None, "Nothing to take: your team queues have no open unassigned conversation."
            )
        taken = session.execute(
            update(Conversation)
            .where(Conversation.id == cid, Conversation.assignee_id.is_(None))
            .values(assignee_id=actor.employee_id, version=Conversation.version + 1, updated_at=now)
            .execution_options(synchronize_session=False)
        ).rowcount
        if taken:
            break
    else:
        return TakeResult(None, "Colleagues took the conversations first; press Take next again.")
    session.add(
        Assignment(
            conversation_id=cid,
            from_employee_id=None,
            to_employee_id=actor.employee_id,
            by_employee_id=actor.employee_id,
            action="take_next",
            note="Took the next conversation",
            at=now,
        )
    )
    audit.record(
        session,
        "conversation_claimed",
        actor=actor,
        target_type="conversation",
        target_id=cid,
        via="take_next",
    )
    changes.publish(session, "conversation", [cid], origin)
    return TakeResult(cid, f"You took the conversation with @{handle}.")
