"""Presence: who is viewing or replying to which conversation, right now.

A workstation upserts its row every few seconds (:data:`HEARTBEAT_SECONDS`) while a
conversation is open; a row older than :data:`EXPIRY_SECONDS` no longer counts, so a crashed
workstation's presence fades on its own. A change event is published only when someone starts,
stops or switches between viewing and replying — not on every heartbeat — so the feed stays
quiet while the shown state stays right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import Conversation, Employee, Presence
from app.db.types import utcnow
from app.identity.access import AccessDenied, Actor, can_read

HEARTBEAT_SECONDS = 5
EXPIRY_SECONDS = 30
STATES = ("viewing", "replying")


@dataclass(frozen=True)
class Present:
    employee_id: int
    display_name: str
    initials: str
    state: str


def beat(
    session: Session,
    actor: Actor,
    conversation_id: int | None,
    state: str = "viewing",
    *,
    origin: str | None = None,
) -> bool:
    """Say where this actor is (None: nowhere). Returns True when others were told of a change."""
    if state not in STATES:
        raise ValueError(f"Presence is one of {', '.join(STATES)}.")
    now = utcnow()
    fresh_after = now - timedelta(seconds=EXPIRY_SECONDS)
    mine = session.execute(
        select(Presence.conversation_id, Presence.state, Presence.at).where(
            Presence.employee_id == actor.employee_id
        )
    ).all()
    touched: set[int] = set()
    kept = False
    gone: list[int] = []
    for cid, old_state, at in mine:
        if cid == conversation_id:
            if old_state != state or at < fresh_after:
                touched.add(cid)
            kept = True
        else:
            if at >= fresh_after:
                touched.add(cid)
            gone.append(cid)
    if gone:
        # set-based: the same employee's other workstation may have removed them already
        session.execute(
            delete(Presence).where(
                Presence.employee_id == actor.employee_id, Presence.conversation_id.in_(gone)
            )
        )
    if kept:
        session.execute(
            update(Presence)
            .where(
                Presence.employee_id == actor.employee_id,
                Presence.conversation_id == conversation_id,
            )
            .values(state=state, at=now)
        )
    if conversation_id is not None and not kept:
        conv = session.get(Conversation, conversation_id)
        if conv is None or not can_read(actor, conv):
            raise AccessDenied("This conversation does not exist or is outside your scope.")
        session.add(
            Presence(
                employee_id=actor.employee_id,
                conversation_id=conversation_id,
                state=state,
                at=now,
            )
        )
        touched.add(conversation_id)
    session.flush()
    if touched:
        changes.publish(session, "presence", sorted(touched), origin)
    return bool(touched)


def leave(session: Session, actor: Actor, *, origin: str | None = None) -> None:
    """Signing out or closing the window: gone from every conversation at once."""
    gone = list(
        session.scalars(
            delete(Presence)
            .where(Presence.employee_id == actor.employee_id)
            .returning(Presence.conversation_id)
        )
    )
    if gone:
        changes.publish(session, "presence", gone, origin)


def present(
    session: Session,
    conversation_ids: Sequence[int] | None,
    *,
    exclude_employee: int | None = None,
    now: datetime | None = None,
) -> dict[int, list[Present]]:
    """Who is at each conversation now (all fresh rows when ``conversation_ids`` is None)."""
    fresh_after = (now or utcnow()) - timedelta(seconds=EXPIRY_SECONDS)
    q = (
        select(Presence.conversation_id, Employee.id, Employee.display_name, Presence.state)
        .join(Employee, Employee.id == Presence.employee_id)
        .where(Presence.at >= fresh_after)
        .order_by(Presence.conversation_id, Employee.display_name)
    )
    if conversation_ids is not None:
        if not conversation_ids:
            return {}
        q = q.where(Presence.conversation_id.in_(list(conversation_ids)))
    if exclude_employee is not None:
        q = q.where(Presence.employee_id != exclude_employee)
    out: dict[int, list[Present]] = {}
    for cid, eid, name, state in session.execute(q):
        parts = [p for p in name.split() if p]
        initials = "".join(p[0] for p in parts[:2]).upper() or "?"
        out.setdefault(cid, []).append(Present(eid, name, initials, state))
    return out


def purge_expired(session: Session, *, now: datetime | None = None) -> int:
    """Delete long-dead rows (housekeeping; expired rows are ignored anyway)."""
    cutoff = (now or utcnow()) - timedelta(seconds=EXPIRY_SECONDS * 10)
    result = session.execute(delete(Presence).where(Presence.at < cutoff))
    return int(result.rowcount or 0)


def describe(people: Sequence[Present]) -> str:
    """ "Bob Okafor is replying · Priya Raman is viewing" (plain text)."""
    return " · ".join(f"{p.display_name} is {p.state}" for p in people)
