"""Canned replies: shared, per team and private, with the rights each scope needs."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import (
    CannedReply,
)
from app.identity import audit
from app.identity.access import (
    AccessDenied,
    Actor,
    Permission,
)
from app.inbox.conversations import storable

# -- canned replies -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Canned:
    id: int
    title: str
    body: str
    scope: str  # shared | team | private
    team_id: int | None


def _canned_scope(c: CannedReply) -> str:
    return "private" if c.owner_id is not None else ("team" if c.team_id is not None else "shared")


def _require_canned(actor: Actor, scope: str, team_id: int | None) -> None:
    if scope == "private":
        if not actor.can_somewhere(Permission.REPLY):
            raise AccessDenied("You do not have the permission to reply, so no canned replies.")
    elif scope == "team":
        if team_id is None:
            raise ValueError("A team canned reply needs a team.")
        if team_id not in actor.team_ids and not actor.can(Permission.APPROVE, team_id=team_id):
            raise AccessDenied("Only members of that team can edit its canned replies.")
    elif scope == "shared":
        if not (actor.can(Permission.APPROVE) or actor.can(Permission.MANAGE_ROUTING)):
            raise AccessDenied("Only team leads and IT can edit shared canned replies.")
    else:
        raise ValueError(f"Unknown scope {scope!r}: shared, team or private.")


def _check_text(title: str, body: str) -> tuple[str, str]:
    title = " ".join(storable(title).split())
    body = storable(body)
    if not title or not body.strip():
        raise ValueError("A canned reply needs a title and a text.")
    if len(title) > 200:
        raise ValueError("A title has at most 200 characters.")
    return title, body


def create_canned(
    session: Session,
    actor: Actor,
    *,
    title: str,
    body: str,
    scope: str = "private",
    team_id: int | None = None,
) -> Canned:
    _require_canned(actor, scope, team_id)
    title, body = _check_text(title, body)
    row = CannedReply(
        workspace_id=actor.workspace_id,
        team_id=team_id if scope == "team" else None,
        owner_id=actor.employee_id if scope == "private" else None,
        title=title,
        body=body,
    )
    session.add(row)
    session.flush()
    audit.record(
        session, "canned_reply_created", actor=actor, target_type="canned_reply", target_id=row.id
    )
    changes.publish(session, "canned_reply", [row.id])
    return Canned(row.id, row.title, row.body, scope, row.team_id)


def _own_canned(session: Session, actor: Actor, canned_id: int) -> CannedReply:
    row = session.get(CannedReply, canned_id)
    if (
        row is None
        or row.workspace_id != actor.workspace_id
        or (row.owner_id is not None and row.owner_id != actor.employee_id)
    ):
        raise AccessDenied("This canned reply does not exist or is not yours.")
    _require_canned(actor, _canned_scope(row), row.team_id)
    return row


def update_canned(
    session: Session, actor: Actor, canned_id: int, *, title: str, body: str
) -> Canned:
    row = _own_canned(session, actor, canned_id)
    row.title, row.body = _check_text(title, body)
    audit.record(
        session, "canned_reply_changed", actor=actor, target_type="canned_reply", target_id=row.id
    )
    changes.publish(session, "canned_reply", [row.id])
    return Canned(row.id, row.title, row.body, _canned_scope(row), row.team_id)


def delete_canned(session: Session, actor: Actor, canned_id: int) -> None:
    row = _own_canned(session, actor, canned_id)
    session.delete(row)
    audit.record(
        session,
        "canned_reply_deleted",
        actor=actor,
        target_type="canned_reply",
        target_id=canned_id,
    )
    changes.publish(session, "canned_reply", [canned_id])


def list_canned(
    session: Session, actor: Actor, *, query: str = "", team_id: int | None = None
) -> list[Canned]:
    """What the composer offers: shared, the actor's teams' (or one team's), and private ones."""
    teams = sorted(actor.team_ids | ({team_id} if team_id is not None else set()))
    q = select(CannedReply).where(
        CannedReply.workspace_id == actor.workspace_id,
        or_(
            and_(CannedReply.team_id.is_(None), CannedReply.owner_id.is_(None)),
            CannedReply.team_id.in_(teams or [-1]),
            CannedReply.owner_id == actor.employee_id,
        ),
    )
    words = query.strip()
    if words:
        pattern = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        q = q.where(
            or_(
                CannedReply.title.ilike(pattern, escape="\\"),
                CannedReply.body.ilike(pattern, escape="\\"),
            )
        )
    return [
        Canned(c.id, c.title, c.body, _canned_scope(c), c.team_id)
        for c in session.scalars(q.order_by(CannedReply.title, CannedReply.id))
    ]
