"""Take next: the most urgent unassigned conversation of the agent's queues, in one step.

Agents should not hunt through a list for what to do next, and two agents pressing the key at
the same moment must never get the same conversation. The order is the queues' "most urgent
first" (:func:`app.inbox.views.sort_terms`). Atomicity:

- PostgreSQL, as an employee login: one call of the checked function ``sc_take_next``
  (migrations 0022, 0024). It locks the agent's employee row first, so two workstations of one
  agent take one at a time and the capacity holds, then locks one conversation with
  ``FOR UPDATE SKIP LOCKED``, so concurrent agents each lock a different row instead of
  queueing behind the first. The call is the whole take, so when the session has sent nothing
  yet in its transaction (a button press: a fresh session) it runs as its own transaction, in
  one round trip, instead of BEGIN, the call and COMMIT in three: every round trip costs CPU on
  the workstation and on the server, and with fifty agents on two cores that CPU was the limit.
  The take is then committed when this returns, and the caller's commit has nothing left to
  send; inside a transaction that has already done something the call joins it, as before.
- PostgreSQL as the owner (the demo, tools) and SQLite: the same steps as statements here.
  On SQLite ``BEGIN IMMEDIATE`` takes the database's write lock before anything is read, so
  they run one transaction at a time.

Only one conversation is ever locked per take. Locking the head of every team's queue and
keeping one held the others until commit, and a colleague pressing Take next meanwhile was told
the queue was empty (and the benchmark's agent went home, leaving one conversation untaken).
When every candidate is momentarily locked by colleagues the answer says so
(:attr:`TakeResult.retry`), distinct from an empty queue.

The caller commits (but see above: an employee login's take from a fresh session commits
itself). Availability and capacity are those of auto-assignment (:mod:`app.routing.autoassign`):
only "available" agents receive work, up to their capacity of open and pending conversations.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal_column, select, union_all, update
from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import Assignment, Availability, Conversation, Customer, Employee
from app.db.types import utcnow
from app.identity import audit
from app.identity.access import Actor, Permission, visible_conversations
from app.inbox.escalation import login_employee_id
from app.inbox.views import sla_due_expr
from app.routing.autoassign import LOAD_STATUSES
from app.words import plural


@dataclass(frozen=True)
class TakeResult:
    """What the agent got: a conversation id, or None and the reason in words."""

    conversation_id: int | None
    message: str
    #: nothing taken only because colleagues hold the remaining candidates this instant
    retry: bool = False


def conversation_word(n: int) -> str:
    return plural(n, "conversation")


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


#: rows per team looked at first; the look deepens by DEEPER while colleagues hold them all
FIRST_DEPTH = 16
DEEPER = 8

NO_TEAM = "You are in no team whose queue you may answer from."
EMPTY = "Nothing to take: your team queues have no open unassigned conversation."
BUSY = (
    "Colleagues are taking the last conversations of your queues right now; press Take next again."
)
INACTIVE = "This account has been deactivated; ask IT."


def _urgent_order() -> list[ColumnElement[Any]]:
    """ "Most urgent first" for open rows: the index order of migration 0012."""
    return [
        sla_due_expr().asc().nulls_last(),
        Conversation.priority.desc(),
        Conversation.last_message_at.asc(),
        Conversation.id.asc(),
    ]


def _queue_head(actor: Actor, team_id: int, depth: int) -> Select[Any]:
    """The first ``depth`` open unassigned conversations of one team's queue, unlocked."""
    return (
        select(Conversation.id)
        .where(
            Conversation.team_id == team_id,
            Conversation.status == literal_column("'open'"),
            Conversation.assignee_id.is_(None),
            visible_conversations(actor),
        )
        .order_by(*_urgent_order())
        .limit(depth)
    )


def _pick(actor: Actor, teams: list[int], depth: int) -> Select[Any]:
    """The most urgent of the teams' queue heads that nobody has locked, locked (one row only).

    Each team's head comes off the partial index of migration 0012 in order without a sort; the
    few candidates are then ordered across teams and ``FOR UPDATE SKIP LOCKED`` locks the first
    one free. Locking one row per team instead would hold the heads not taken until commit.
    """
    heads = [_queue_head(actor, t, depth).subquery() for t in teams]
    candidates = union_all(*(select(h.c.id) for h in heads)).subquery()
    return (
        select(
            Conversation.id,
            select(Customer.handle)
            .where(Customer.id == Conversation.customer_id)
            .correlate(Conversation)
            .scalar_subquery(),
        )
        .where(
            Conversation.id.in_(select(candidates.c.id)),
            Conversation.status == literal_column("'open'"),
            Conversation.assignee_id.is_(None),
        )
        .order_by(*_urgent_order())
        .limit(1)
        # FOR NO KEY UPDATE (key_share): the take changes the assignee, never the key. FOR
        # UPDATE also conflicts with the key-share lock a foreign-key check holds while someone
        # opening the conversation writes its read mark or presence, and the take then stepped
        # over the most urgent conversation (migration 0027 does the same on the server)
        .with_for_update(skip_locked=True, key_share=True, of=Conversation)
    )


def _deepest(session: Session, actor: Actor, teams: list[int], depth: int) -> tuple[int, int]:
    """How many candidates the look saw in all, and in the fullest team's queue."""
    counts = [
        int(
            session.scalar(
                select(func.count()).select_from(_queue_head(actor, t, depth).subquery())
            )
            or 0
        )
        for t in teams
    ]
    return sum(counts), max(counts)


def take_next(
    session: Session, actor: Actor, *, origin: str | None = None, now: datetime | None = None
) -> TakeResult:
    now = now or utcnow()
    teams = workable_teams(actor)
    if not teams:
        return TakeResult(None, NO_TEAM)
    if login_employee_id(session) is not None:
        return _take_on_server(session, origin)
    _begin_immediate(session)
    me = session.execute(
        update(Employee)
        .where(Employee.id == actor.employee_id)
        .values(last_seen_at=now)
        .returning(Employee.active, Employee.availability, Employee.capacity)
        .execution_options(synchronize_session=False)
    ).first()
    if me is None or not me.active:
        return TakeResult(None, INACTIVE)
    if me.availability != Availability.AVAILABLE.value:
        return TakeResult(None, _unavailable(str(me.availability)))
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
        return TakeResult(None, _full(load, int(me.capacity)))
    depth = FIRST_DEPTH
    while True:
        got = session.execute(_pick(actor, teams, depth)).first()
        if got is not None:
            break
        seen, deepest = _deepest(session, actor, teams, depth)
        if deepest < depth:
            return TakeResult(None, EMPTY) if seen == 0 else TakeResult(None, BUSY, retry=True)
        depth *= DEEPER
    cid, handle = int(got[0]), str(got[1] or "")
    session.execute(
        update(Conversation)
        .where(Conversation.id == cid)
        .values(assignee_id=actor.employee_id, version=Conversation.version + 1, updated_at=now)
        .execution_options(synchronize_session=False)
    )
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
    return _taken(cid, handle)


#: the whole take on the server (psycopg's own placeholder: the statement goes as it is written)
_SERVER_TAKE = (
    "SELECT outcome, conversation_id, handle, held, capacity, availability "
    "FROM sc_take_next(CAST(%(origin)s AS text))"
)


def _take_on_server(session: Session, origin: str | None) -> TakeResult:
    """An employee login: ``sc_take_next`` (migrations 0022, 0024) does the whole take in one call.

    Sent through SQLAlchemy's connection (not the driver's) so that a failure is worded and a
    dropped connection leaves the pool as any other would.
    """
    from psycopg.pq import TransactionStatus  # only PostgreSQL reaches here

    conn = session.connection()
    driver: Any = conn.connection.driver_connection  # psycopg's Connection
    own_transaction = (
        driver is not None
        and not driver.autocommit
        and driver.info.transaction_status == TransactionStatus.IDLE
    )
    if own_transaction:
        # nothing sent in this transaction yet: the call alone, committed by the server
        driver.autocommit = True
    try:
        row = conn.exec_driver_sql(_SERVER_TAKE, {"origin": origin}).one()
    finally:
        if own_transaction and not driver.closed:
            driver.autocommit = False
    if row.outcome == "taken":
        return _taken(int(row.conversation_id), str(row.handle or ""))
    if row.outcome == "unavailable":
        return TakeResult(None, _unavailable(str(row.availability)))
    if row.outcome == "full":
        return TakeResult(None, _full(int(row.held), int(row.capacity)))
    if row.outcome == "busy":
        return TakeResult(None, BUSY, retry=True)
    if row.outcome == "no_teams":
        return TakeResult(None, NO_TEAM)
    if row.outcome == "inactive":
        return TakeResult(None, INACTIVE)
    return TakeResult(None, EMPTY)


def _taken(cid: int, handle: str) -> TakeResult:
    who = f"@{handle}" if handle else "a customer"
    return TakeResult(cid, f"You took the conversation with {who}.")


def _unavailable(availability: str) -> str:
    return f"You are set to {availability.title()}: set yourself Available to take conversations."


def _full(load: int, capacity: int) -> str:
    return (
        f"You hold {conversation_word(load)}, your capacity is {capacity}: resolve or "
        "hand one off first, or ask your team lead to raise it."
    )
