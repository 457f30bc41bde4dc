"""Auto-assignment within a team: round-robin or least-loaded among agents who are there.

An agent is *eligible* when their account is active, they set themselves available, and their
workstation has sent a heartbeat recently (:data:`ONLINE_WINDOW`; the app beats every
:data:`HEARTBEAT_SECONDS`). Each agent takes at most ``capacity`` open conversations.

Two ingests may assign at the same moment, and an agent may switch to "away" while one runs.
So the candidates are read with ``SELECT … FOR UPDATE`` (all teams of the batch in one statement,
in id order, so two batches never deadlock), and their load is counted after the locks are held:
a concurrent assignment has committed by then, and a concurrent change of availability waits
for this transaction (it updates the same row), so the agent we pick was available when we
committed. The conversation itself is taken with a conditional update, so a person who claims it
meanwhile keeps it. SQLite serialises writers, so there the same code is simply sequential.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, insert, literal_column, or_, select, text, update
from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import (
    Assignment,
    Availability,
    Conversation,
    ConversationStatus,
    Employee,
    EmployeeTeam,
    Team,
)
from app.db.types import utcnow
from app.identity import audit
from app.identity.access import AccessDenied, Actor, Permission
from app.notify import notifications

HEARTBEAT_SECONDS = 15
#: an agent whose workstation has not beaten for this long counts as signed out
ONLINE_WINDOW = timedelta(seconds=60)
#: statuses that count against an agent's capacity
LOAD_STATUSES = (ConversationStatus.OPEN.value, ConversationStatus.PENDING.value)


class AssignMode(enum.StrEnum):
    OFF = "off"
    ROUND_ROBIN = "round_robin"
    LEAST_LOADED = "least_loaded"

    @property
    def title(self) -> str:
        return {"off": "Off", "round_robin": "Round-robin", "least_loaded": "Least loaded"}[
            self.value
        ]


def _online(now: datetime) -> ColumnElement[bool]:
    return Employee.last_seen_at >= now - ONLINE_WINDOW


def _eligible(now: datetime) -> ColumnElement[bool]:
    return and_(
        Employee.active.is_(True),
        Employee.availability == Availability.AVAILABLE.value,
        _online(now),
    )


def is_eligible(session: Session, employee_id: int, now: datetime | None = None) -> bool:
    """Whether a person can take new work now: active, available, signed in."""
    now = now or utcnow()
    return (
        session.scalar(select(Employee.id).where(Employee.id == employee_id, _eligible(now)))
        is not None
    )


# -- the employee's own state -----------------------------------------------------------------


def heartbeat(session: Session, employee_id: int, now: datetime | None = None) -> None:
    """The workstation says its person is still signed in (no change event: too chatty)."""
    session.execute(
        update(Employee).where(Employee.id == employee_id).values(last_seen_at=now or utcnow())
    )


def sign_off(session: Session, employee_id: int) -> None:
    """Signed out: no new work goes to this person until they sign in again."""
    session.execute(update(Employee).where(Employee.id == employee_id).values(last_seen_at=None))


def set_availability(session: Session, actor: Actor, state: str) -> None:
    """Available, busy or away: chosen by the employee; only "available" receives new work."""
    try:
        value = Availability(state)
    except ValueError as exc:
        raise ValueError(f"{state!r} is not an availability (available, busy, away).") from exc
    # an UPDATE locks the row: if an auto-assignment holds it, we wait for it to commit
    session.execute(
        update(Employee).where(Employee.id == actor.employee_id).values(availability=value.value)
    )
    audit.record(
        session,
        "availability_set",
        actor=actor,
        target_type="employee",
        target_id=actor.employee_id,
        availability=value.value,
    )
    changes.publish(session, "employee", [actor.employee_id])


def availability_of(session: Session, employee_id: int) -> str:
    return str(session.scalar(select(Employee.availability).where(Employee.id == employee_id)))


def set_team_mode(session: Session, actor: Actor, team_id: int, mode: str) -> None:
    if not (actor.can(Permission.MANAGE_ROUTING) or actor.can(Permission.MANAGE_EMPLOYEES)):
        raise AccessDenied("You do not have the permission to change how a team assigns work.")
    value = AssignMode(mode)
    team = session.get(Team, team_id)
    if team is None or team.workspace_id != actor.workspace_id:
        raise ValueError("This team does not exist.")
    team.auto_assign = value.value
    audit.record(
        session, "team_auto_assign_set", actor=actor, target_type="team", target_id=team_id,
        mode=value.value,
    )  # fmt: skip
    changes.publish(session, "team", [team_id])


def _employee_login(session: Session) -> bool:
    """Signed in as an employee's own database login (not the owner, e.g. the IT command line)."""
    return (
        session.scalar(
            select(Employee.id).where(Employee.username == literal_column("session_user"))
        )
        is not None
    )


def may_set_capacity(session: Session, actor: Actor, employee_id: int) -> bool:
    """IT sets anyone's capacity; a team lead (approve for a team) that team's members'."""
    if actor.can(Permission.MANAGE_ROUTING) or actor.can(Permission.MANAGE_EMPLOYEES):
        return True
    teams = session.scalars(
        select(EmployeeTeam.team_id).where(EmployeeTeam.employee_id == employee_id)
    )
    scoped = {g.team_id for g in actor.grants if g.permission == Permission.APPROVE}
    # a lead of one of the agent's teams: approves there, and is in it (or leads it by name)
    return any(
        actor.can(Permission.APPROVE, team_id=t) and (t in actor.team_ids or t in scoped)
        for t in teams
    )


@dataclass(frozen=True)
class CapacityRow:
    employee_id: int
    username: str
    name: str
    teams: str
    capacity: int
    load: int


def capacities(session: Session, actor: Actor) -> list[CapacityRow]:
    """The agents whose capacity this actor may set, with their open load (a lead's screen)."""
    people = session.execute(
        select(Employee.id, Employee.username, Employee.display_name, Employee.capacity)
        .where(Employee.workspace_id == actor.workspace_id, Employee.active.is_(True))
        .order_by(Employee.display_name)
    ).all()
    team_names = dict(session.execute(select(Team.id, Team.name)).all())
    teams_of: dict[int, list[str]] = defaultdict(list)
    for emp_id, team_id in session.execute(select(EmployeeTeam.employee_id, EmployeeTeam.team_id)):
        teams_of[emp_id].append(team_names.get(team_id, "?"))
    loads = dict(
        session.execute(
            select(Conversation.assignee_id, func.count())
            .where(Conversation.status.in_(LOAD_STATUSES), Conversation.assignee_id.is_not(None))
            .group_by(Conversation.assignee_id)
        ).all()
    )
    return [
        CapacityRow(i, u, n, ", ".join(sorted(teams_of.get(i, []))), c, int(loads.get(i, 0)))
        for i, u, n, c in people
        if may_set_capacity(session, actor, i)
    ]


def set_capacity(session: Session, actor: Actor, employee_id: int, capacity: int) -> None:
    """How many open conversations auto-assignment gives this agent at most."""
    if capacity < 0 or capacity > 1000:
        raise ValueError("A capacity runs from 0 to 1000 open conversations.")
    if not may_set_capacity(session, actor, employee_id):
        raise AccessDenied("Only a lead of their team or IT can change an agent's capacity.")
    if session.get_bind().dialect.name == "postgresql" and _employee_login(session):
        # the checked function: a lead's login holds no right on the employee row itself
        session.execute(text("SELECT sc_set_capacity(:p, :c)"), {"p": employee_id, "c": capacity})
    else:
        session.execute(
            update(Employee).where(Employee.id == employee_id).values(capacity=capacity)
        )
    who: dict[str, Any] = (
        {"actor": actor}
        if actor.employee_id > 0
        else {"workspace_id": actor.workspace_id, "actor_name": actor.username}
    )
    audit.record(
        session, "capacity_set", target_type="employee", target_id=employee_id,
        capacity=capacity, **who,
    )  # fmt: skip
    changes.publish(session, "employee", [employee_id])


# -- assigning ----------------------------------------------------------------------------------


@dataclass
class _Agent:
    id: int
    capacity: int
    load: int


def _lock_candidates(
    session: Session, team_ids: Sequence[int], now: datetime
) -> dict[int, list[_Agent]]:
    """Eligible agents of these teams, row-locked in id order; their current load."""
    rows = session.execute(
        select(Employee.id, Employee.capacity, EmployeeTeam.team_id)
        .join(EmployeeTeam, EmployeeTeam.employee_id == Employee.id)
        .where(EmployeeTeam.team_id.in_(list(team_ids)), _eligible(now))
        .order_by(Employee.id, EmployeeTeam.team_id)
        .with_for_update(of=Employee)
    ).all()
    ids = sorted({r[0] for r in rows})
    loads: dict[int, int] = {}
    if ids:
        loads = dict(
            session.execute(
                select(Conversation.assignee_id, func.count())
                .where(
                    Conversation.assignee_id.in_(ids),
                    Conversation.status.in_(LOAD_STATUSES),
                )
                .group_by(Conversation.assignee_id)
            ).all()
        )
    agents = {i: _Agent(i, 0, loads.get(i, 0)) for i in ids}
    out: dict[int, list[_Agent]] = defaultdict(list)
    for emp_id, capacity, team_id in rows:
        agents[emp_id].capacity = capacity
        out[team_id].append(agents[emp_id])  # the same object: load is shared across teams
    return out


def _last_auto(session: Session, team_id: int) -> int | None:
    return session.scalar(
        select(Assignment.to_employee_id)
        .where(Assignment.to_team_id == team_id, Assignment.action == "auto")
        .order_by(Assignment.id.desc())
        .limit(1)
    )


def _choose(agents: list[_Agent], mode: str, last: int | None) -> _Agent | None:
    free = [a for a in agents if a.load < a.capacity]
    if not free:
        return None
    if mode == AssignMode.ROUND_ROBIN:
        free.sort(key=lambda a: a.id)
        for a in free:
            if last is None or a.id > last:
                return a
        return free[0]
    return min(free, key=lambda a: (a.load, a.id))


def _unattended(holder: Any, now: datetime) -> ColumnElement[bool]:
    """Nobody present holds it: unassigned, or its holder left (inactive, away, signed out)."""
    return or_(
        Conversation.assignee_id.is_(None),
        holder.c.active.is_(False),
        holder.c.availability == Availability.AWAY.value,
        holder.c.last_seen_at.is_(None),
        holder.c.last_seen_at < now - ONLINE_WINDOW,
    )


def assign_waiting(session: Session, *, now: datetime | None = None, limit: int = 500) -> int:
    """The sweep: give waiting conversations of auto-assigning teams to agents who are there.

    Ingest assigns as messages arrive; this catches what arrived while nobody was available,
    what a hand-off moved into the team (an agent's own login cannot see the receiving team's
    workload), and what someone left behind by going away. Oldest first, ``limit`` at a time.
    Returns how many were assigned.
    """
    now = now or utcnow()
    holder = Employee.__table__.alias("holder")
    rows = session.execute(
        select(Conversation.workspace_id, Conversation.id)
        .join(Team, Team.id == Conversation.team_id)
        .outerjoin(holder, holder.c.id == Conversation.assignee_id)
        .where(
            Conversation.status == ConversationStatus.OPEN.value,
            Team.auto_assign != AssignMode.OFF.value,
            _unattended(holder, now),
        )
        .order_by(Conversation.last_message_at)
        .limit(limit)
    ).all()
    by_workspace: dict[int, list[int]] = {}
    for ws, cid in rows:
        by_workspace.setdefault(ws, []).append(cid)
    assigned: list[int] = []
    for ws, ids in by_workspace.items():
        assigned.extend(assign_batch(session, ws, ids, now=now))
    if assigned:  # the new owners' windows (and everyone's lists) learn of it at once
        changes.publish(session, "conversation", assigned)
    return len(assigned)


def assign_batch(
    session: Session,
    workspace_id: int,
    conversation_ids: Sequence[int],
    *,
    now: datetime | None = None,
) -> dict[int, int]:
    """Give each open conversation of an auto-assigning team, that nobody present holds, to an
    eligible agent of its team. Returns conversation id → employee id for those assigned.

    "Nobody present" means unassigned, or held by someone who left: signed out, away, or
    deactivated. That is how a reopened conversation reaches an agent who is there.
    """
    if not conversation_ids:
        return {}
    now = now or utcnow()
    holder = Employee.__table__.alias("holder")
    rows = session.execute(
        select(Conversation.id, Conversation.team_id, Conversation.assignee_id, Team.auto_assign)
        .join(Team, Team.id == Conversation.team_id)
        .outerjoin(holder, holder.c.id == Conversation.assignee_id)
        .where(
            Conversation.id.in_(list(conversation_ids)),
            Conversation.workspace_id == workspace_id,
            Conversation.status == ConversationStatus.OPEN.value,
            Team.auto_assign != AssignMode.OFF.value,
            _unattended(holder, now),
        )
        .order_by(Conversation.id)
    ).all()
    if not rows:
        return {}
    teams = sorted({r[1] for r in rows})
    candidates = _lock_candidates(session, teams, now)
    last = {t: _last_auto(session, t) for t in teams}
    assigned: dict[int, int] = {}
    history = []
    notes = []
    for cid, team_id, old, mode in rows:
        agent = _choose(candidates.get(team_id, []), mode, last[team_id])
        if agent is None:
            continue
        done = session.execute(
            update(Conversation)
            .where(
                Conversation.id == cid,
                Conversation.team_id == team_id,
                Conversation.assignee_id.is_not_distinct_from(old),
            )
            .values(assignee_id=agent.id, version=Conversation.version + 1, updated_at=now)
        ).rowcount
        if not done:
            continue  # claimed or moved meanwhile: theirs
        agent.load += 1
        last[team_id] = agent.id
        assigned[cid] = agent.id
        why = AssignMode(mode).title.lower()
        history.append(
            {
                "conversation_id": cid,
                "from_employee_id": old,
                "to_employee_id": agent.id,
                "to_team_id": team_id,
                "action": "auto",
                "note": f"Auto-assigned ({why})" + (" from someone who left" if old else ""),
                "at": now,
            }
        )
        notes.append(
            {
                "employee_id": agent.id,
                "kind": "assigned",
                "conversation_id": cid,
                "text": "A conversation was assigned to you automatically.",
                "at": now,
            }
        )
        audit.record(
            session,
            "conversation_assigned",
            workspace_id=workspace_id,
            actor_name="auto-assignment",
            target_type="conversation",
            target_id=cid,
            to_employee_id=agent.id,
            from_employee_id=old,
            mode=mode,
        )
    if history:
        session.execute(insert(Assignment), history)
        notifications.insert_rows(session, notes)
    return assigned


def team_load(
    session: Session, team_id: int, now: datetime | None = None
) -> list[dict[str, object]]:
    """The team's agents with their state and open load (for the routing editor's team page)."""
    now = now or utcnow()
    rows = session.execute(
        select(
            Employee.id,
            Employee.display_name,
            Employee.availability,
            Employee.capacity,
            Employee.last_seen_at,
        )
        .join(EmployeeTeam, EmployeeTeam.employee_id == Employee.id)
        .where(EmployeeTeam.team_id == team_id, Employee.active.is_(True))
        .order_by(Employee.display_name)
    ).all()
    loads = dict(
        session.execute(
            select(Conversation.assignee_id, func.count())
            .where(
                Conversation.assignee_id.in_([r[0] for r in rows] or [-1]),
                Conversation.status.in_(LOAD_STATUSES),
            )
            .group_by(Conversation.assignee_id)
        ).all()
    )
    return [
        {
            "id": r[0],
            "name": r[1],
            "availability": r[2],
            "capacity": r[3],
            "online": r[4] is not None and r[4] >= now - ONLINE_WINDOW,
            "load": loads.get(r[0], 0),
        }
        for r in rows
    ]
