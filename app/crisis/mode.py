"""Crisis mode in one action: declared and ended in one transaction each, restored exactly.

Declaring (crisis control, a name and a reason) locks the workspace row the way a publishing
pause does, so when two PR leads declare at the same moment the second finds the first's crisis
and joins it: one crisis. In that transaction:

- publishing is paused (``app.publishing.pause``) unless it already was; what was paused stays
  paused afterwards, since the state before is kept in ``crisis.prior``;
- the workspace's ``crisis_mode`` is set: from then on every reply and post needs PR's approval
  (``app.publishing.approval_steps``), whatever the author's role normally allows, and what PR
  cleared is let through the crisis's own pause;
- crisis routing is on (``app.routing.engine.apply_crisis_routing``): conversations matching
  the crisis's keywords (and the alert's top words) are tagged and go to the PR team;
- approved holding statements are offered first in the composer (``statements``).

Ending restores the pause state and the settings from ``crisis.prior`` exactly; both are
audited with what changed. Ending a crisis someone already ended says who did, and when.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import Crisis, CrisisAlert, Employee, Team, Workspace
from app.db.types import utcnow
from app.identity import audit
from app.identity.access import AccessDenied, Actor, Permission
from app.notify import notifications
from app.publishing import pause

TOPIC = "crisis"
#: the label of the one step crisis mode puts on every reply and post (approval_steps.CRISIS_PLAN)
CRISIS_STEP_LABEL = "PR"


class CrisisError(ValueError):
    """A crisis action that cannot be done; the message says why, in words."""


@dataclass(frozen=True)
class CrisisView:
    id: int
    name: str
    reason: str
    status: str
    keywords: tuple[str, ...]
    declared_at: datetime
    declared_by: str
    ended_at: datetime | None
    ended_by: str | None
    alert_id: int | None
    team_id: int | None

    @property
    def active(self) -> bool:
        return self.status == "active"

    def banner(self) -> str:
        return (
            f"Crisis mode: {self.name}. Declared by {self.declared_by} at "
            f"{self.declared_at.astimezone():%H:%M}. Publishing is paused and every reply and "
            "post needs PR's approval."
        )


@dataclass(frozen=True)
class Declared:
    crisis: CrisisView
    #: someone declared it first (two leads at once): this call joined theirs
    joined: bool


def _name(session: Session, employee_id: int | None) -> str:
    if employee_id is None:
        return "someone"
    e = session.get(Employee, employee_id)
    return e.display_name if e else "a former colleague"


def view(session: Session, c: Crisis) -> CrisisView:
    return CrisisView(
        c.id,
        c.name,
        c.reason,
        c.status,
        tuple(c.keywords or ()),
        c.declared_at,
        _name(session, c.declared_by),
        c.ended_at,
        _name(session, c.ended_by) if c.ended_by else None,
        c.alert_id,
        c.team_id,
    )


def active_crisis(session: Session, workspace_id: int) -> CrisisView | None:
    c = session.scalar(
        select(Crisis)
        .where(Crisis.workspace_id == workspace_id, Crisis.status == "active")
        .order_by(Crisis.id.desc())
        .limit(1)
        .execution_options(populate_existing=True)
    )
    return view(session, c) if c is not None else None


def latest_crisis(session: Session, workspace_id: int) -> CrisisView | None:
    c = session.scalar(
        select(Crisis)
        .where(Crisis.workspace_id == workspace_id)
        .order_by(Crisis.id.desc())
        .limit(1)
        .execution_options(populate_existing=True)
    )
    return view(session, c) if c is not None else None


def _keywords(words: Sequence[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        w = " ".join(str(w).split()).strip().lower()
        if w and w not in out and any(ch.isalnum() for ch in w):
            out.append(w[:60])
    return out[:20]


def declare(
    session: Session,
    actor: Actor,
    *,
    name: str,
    reason: str,
    keywords: Sequence[str] = (),
    alert_id: int | None = None,
    origin: str | None = None,
) -> Declared:
    """Switch the workspace into crisis mode; the caller commits (one transaction)."""
    if not actor.can(Permission.CRISIS_CONTROL):
        raise AccessDenied("You do not have the permission to declare a crisis.")
    if not name.strip():
        raise CrisisError("Give the crisis a name: everyone will see it in the banner.")
    if not reason.strip():
        raise CrisisError("Give a reason: it goes to the audit trail and the post-mortem.")
    ws = pause.lock_workspace_for_pause(session, actor.workspace_id)
    if ws is None:
        raise CrisisError("This workspace no longer exists.")
    if ws.crisis_mode:
        current = active_crisis(session, ws.id)
        if current is not None:
            return Declared(current, joined=True)
    settings = dict(ws.settings or {})
    prior = {
        "publishing_paused": bool(ws.publishing_paused),
        "paused_reason": ws.paused_reason,
        "crisis_pause": settings.get(pause.CRISIS_PAUSE_KEY),
    }
    words = list(keywords)
    if alert_id is not None:
        alert = session.get(CrisisAlert, alert_id)
        if alert is not None and alert.workspace_id == ws.id:
            words += list(alert.top_terms or [])
    team_id = session.scalar(
        select(Team.id)
        .where(Team.workspace_id == ws.id, Team.department == "pr")
        .order_by(Team.id)
        .limit(1)
    )
    crisis = Crisis(
        workspace_id=ws.id,
        name=name.strip()[:200],
        reason=reason.strip(),
        keywords=_keywords(words),
        status="active",
        alert_id=alert_id,
        declared_by=actor.employee_id,
        declared_at=utcnow(),
        prior=prior,
        team_id=team_id,
    )
    session.add(crisis)
    if not ws.publishing_paused:
        pause.pause_publishing(session, actor, f"Crisis: {crisis.name}", origin=origin)
        ws = session.get(Workspace, ws.id)
        assert ws is not None
        settings = dict(ws.settings or {})
        settings[pause.CRISIS_PAUSE_KEY] = True
        ws.settings = settings
    ws.crisis_mode = True
    session.flush()
    audit.record(
        session,
        "crisis_declared",
        actor=actor,
        target_type="crisis",
        target_id=crisis.id,
        name=crisis.name,
        reason=crisis.reason,
        keywords=crisis.keywords,
        prior=prior,
        alert_id=alert_id,
    )
    _tell(session, ws.id, actor, f"{actor.display_name} declared a crisis: {crisis.name}.")
    changes.publish(session, "workspace", [ws.id], origin)
    changes.publish(session, TOPIC, [crisis.id], origin)
    return Declared(view(session, crisis), joined=False)


def end(
    session: Session,
    actor: Actor,
    *,
    reason: str,
    crisis_id: int | None = None,
    origin: str | None = None,
) -> CrisisView:
    """End the crisis and put every setting back as it was before it was declared."""
    if not actor.can(Permission.CRISIS_CONTROL):
        raise AccessDenied("You do not have the permission to end a crisis.")
    if not reason.strip():
        raise CrisisError("Give a reason for ending the crisis: it goes to the audit trail.")
    ws = pause.lock_workspace_for_pause(session, actor.workspace_id)
    if ws is None:
        raise CrisisError("This workspace no longer exists.")
    q = select(Crisis).where(Crisis.workspace_id == ws.id)
    q = q.where(Crisis.id == crisis_id) if crisis_id is not None else q.order_by(Crisis.id.desc())
    crisis = session.scalar(q.limit(1).execution_options(populate_existing=True))
    if crisis is None:
        raise CrisisError("There is no crisis to end.")
    if crisis.status != "active":
        who = _name(session, crisis.ended_by)
        when = f"{crisis.ended_at.astimezone():%H:%M}" if crisis.ended_at else "earlier"
        raise CrisisError(f"{who} already ended the crisis “{crisis.name}” at {when}.")
    prior = dict(crisis.prior or {})
    # the pause, exactly as it was (with its reason), through the pause's own service
    if prior.get("publishing_paused"):
        if not ws.publishing_paused or ws.paused_reason != prior.get("paused_reason"):
            pause.pause_publishing(
                session,
                actor,
                prior.get("paused_reason") or "paused before the crisis",
                origin=origin,
            )
            ws = session.get(Workspace, ws.id)
            assert ws is not None
            ws.paused_reason = prior.get("paused_reason")
    elif ws.publishing_paused:
        pause.resume_publishing(
            session,
            actor,
            origin=origin,
            reason=f"The crisis “{crisis.name}” ended: {reason.strip()}",
        )
        ws = session.get(Workspace, ws.id)
        assert ws is not None
    settings = dict(ws.settings or {})
    if prior.get("crisis_pause") is None:
        settings.pop(pause.CRISIS_PAUSE_KEY, None)
    else:
        settings[pause.CRISIS_PAUSE_KEY] = prior["crisis_pause"]
    ws.settings = settings
    ws.crisis_mode = False
    # what waits only for the crisis's PR step goes back to the ordinary approval
    released = _release_crisis_steps(session, ws.id)
    crisis.status = "ended"
    crisis.ended_by = actor.employee_id
    crisis.ended_at = utcnow()
    crisis.end_reason = reason.strip()
    session.flush()
    audit.record(
        session,
        "crisis_ended",
        actor=actor,
        target_type="crisis",
        target_id=crisis.id,
        name=crisis.name,
        reason=reason.strip(),
        restored=prior,
        released_from_pr=released,
    )
    _tell(session, ws.id, actor, f"{actor.display_name} ended the crisis “{crisis.name}”.")
    changes.publish(session, "workspace", [ws.id], origin)
    changes.publish(session, TOPIC, [crisis.id], origin)
    return view(session, crisis)


def _release_crisis_steps(session: Session, workspace_id: int) -> int:
    """Drop the unsigned "PR" steps the crisis put on replies and posts (statements keep their
    two steps); returns how many items that released."""
    from app.db.models import OutboxApprovalStep, OutboxItem

    t = OutboxApprovalStep
    ids = list(
        session.scalars(
            select(t.id)
            .join(OutboxItem, OutboxItem.id == t.outbox_item_id)
            .where(
                OutboxItem.workspace_id == workspace_id,
                OutboxItem.status == "awaiting_approval",
                t.label == CRISIS_STEP_LABEL,
                t.approved_at.is_(None),
            )
        )
    )
    if ids:
        session.execute(t.__table__.delete().where(t.__table__.c.id.in_(ids)))
    return len(ids)


def _tell(session: Session, workspace_id: int, actor: Actor, text: str) -> None:
    from app.crisis.alerts import crisis_people

    people = [e for e in crisis_people(session, workspace_id) if e != actor.employee_id]
    now = utcnow()
    notifications.insert_rows(
        session,
        [
            {"employee_id": e, "kind": "crisis", "conversation_id": None, "text": text, "at": now}
            for e in people
        ],
    )
