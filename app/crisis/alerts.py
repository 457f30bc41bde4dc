"""Alerts: a spike in words, to everyone with crisis rights, once per cooldown.

The alert row, the notifications and the change event are written in the ingest transaction
that saw the spike, so an alert exists exactly when the messages behind it do, and every
workstation hears of it through the change feed within a second (the banner and the tray).
The cooldown is a conditional update of the watch's ``last_alert_at``: when two sync workers
see the same spike, one alert is raised.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from app.crisis.detector import Evidence, describe
from app.db import changes
from app.db.models import (
    CrisisAlert,
    CrisisWatch,
    Employee,
    EmployeeTeam,
    Role,
    RoleGrant,
    RolePermission,
    Team,
)
from app.notify import notifications

TOPIC = "crisis"
KIND = "crisis_alert"


def crisis_people(session: Session, workspace_id: int) -> list[int]:
    """Active employees holding crisis control anywhere in the workspace."""
    q = (
        select(RoleGrant.employee_id)
        .join(Role, Role.id == RoleGrant.role_id)
        .join(RolePermission, RolePermission.role_id == Role.id)
        .join(Employee, Employee.id == RoleGrant.employee_id)
        .where(
            RolePermission.permission == "crisis_control",
            Employee.workspace_id == workspace_id,
            Employee.active.is_(True),
        )
        .distinct()
    )
    return sorted(session.scalars(q))


def marketing_people(session: Session, workspace_id: int) -> list[int]:
    """Praise surges are marketing's: the active members of marketing teams."""
    q = (
        select(EmployeeTeam.employee_id)
        .join(Team, Team.id == EmployeeTeam.team_id)
        .join(Employee, Employee.id == EmployeeTeam.employee_id)
        .where(
            Team.workspace_id == workspace_id,
            Team.department == "marketing",
            Employee.active.is_(True),
        )
        .distinct()
    )
    return sorted(session.scalars(q))


def _dt(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


def raise_alert(session: Session, ev: Evidence, *, origin: str | None = None) -> CrisisAlert | None:
    """Store and announce an alert; ``None`` when the watch's cooldown holds it."""
    at = _dt(ev.at)
    watch = session.get(CrisisWatch, ev.watch_id)
    if watch is None:
        return None
    cutoff = at - timedelta(minutes=watch.cooldown_minutes)
    won = session.execute(
        update(CrisisWatch)
        .where(
            CrisisWatch.id == ev.watch_id,
            or_(CrisisWatch.last_alert_at.is_(None), CrisisWatch.last_alert_at <= cutoff),
        )
        .values(last_alert_at=at)
        .execution_options(synchronize_session=False)
    ).rowcount
    if won != 1:
        return None
    text = describe(ev)
    alert = CrisisAlert(
        workspace_id=ev.workspace_id,
        watch_id=ev.watch_id,
        at=at,
        window_start=_dt(ev.window_start),
        kind=ev.kind,
        count=ev.count,
        expected=round(ev.expected, 2),
        negative_share=round(ev.negative_share, 3),
        positive_share=round(ev.positive_share, 3),
        top_terms=list(ev.top_terms),
        text=text,
    )
    session.add(alert)
    session.flush()
    people = set(crisis_people(session, ev.workspace_id))
    if ev.kind == "positive":
        people.update(marketing_people(session, ev.workspace_id))
    now = datetime.now(UTC)
    notifications.insert_rows(
        session,
        [
            {"employee_id": e, "kind": KIND, "conversation_id": None, "text": text, "at": now}
            for e in sorted(people)
        ],
    )
    changes.publish(session, TOPIC, [alert.id], origin)
    return alert


@dataclass(frozen=True)
class AlertView:
    id: int
    at: datetime
    kind: str
    text: str
    top_terms: tuple[str, ...]
    count: int
    expected: float


def recent_alerts(
    session: Session, workspace_id: int, *, since: datetime | None = None, limit: int = 20
) -> list[AlertView]:
    q = select(CrisisAlert).where(CrisisAlert.workspace_id == workspace_id)
    if since is not None:
        q = q.where(CrisisAlert.at >= since)
    rows = session.scalars(q.order_by(CrisisAlert.id.desc()).limit(limit))
    return [
        AlertView(a.id, a.at, a.kind, a.text, tuple(a.top_terms or ()), a.count, a.expected)
        for a in rows
    ]


def get_alert(session: Session, alert_id: int) -> AlertView | None:
    a = session.get(CrisisAlert, alert_id)
    if a is None:
        return None
    return AlertView(a.id, a.at, a.kind, a.text, tuple(a.top_terms or ()), a.count, a.expected)
