"""Canned replies: shared, per team and private, with the rights each scope needs.

The one API for them: the composer's picker lists them (``list_canned``), the manager screen
creates, edits and deletes them, routing rules propose them. Their text may use the variables
in :data:`VARIABLES` (``{customer_name}``, ``{agent_name}`` …), filled in by the composer
(app/publishing/composing.py); an unknown one is refused when saved, not sent as braces.

Who may write which: a private reply, its owner (anyone who may reply); a team's, its members
and those who approve for that team; a shared one, team leads (approve) and IT (manage
routing). PostgreSQL applies the same rule (migration 0013).
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import (
    CannedReply,
    Team,
)
from app.identity import audit
from app.identity.access import (
    AccessDenied,
    Actor,
    Permission,
)
from app.inbox.conversations import storable

# -- canned replies -------------------------------------------------------------------------------


#: the variables a canned reply may use, with what each becomes
VARIABLES = (
    "customer_name",
    "customer_handle",
    "agent_name",
    "agent_initials",
    "brand",
)
VARIABLE_HELP = {
    "customer_name": "the customer's name (or handle)",
    "customer_handle": "the customer's @handle",
    "agent_name": "your name",
    "agent_initials": "your initials",
    "brand": "the brand account's name",
}
SCOPES = ("private", "team", "shared")


@dataclass(frozen=True)
class Canned:
    id: int
    title: str
    body: str
    scope: str  # shared | team | private
    team_id: int | None
    #: the team's name for a team reply ("" otherwise)
    team: str = ""
    #: whether this actor may edit or delete it
    editable: bool = False


def unknown_variables(body: str) -> list[str]:
    """Names in braces that are not variables (``{costumer_name}``): refused when saved."""
    out: list[str] = []
    try:
        fields = [f for _lit, f, _spec, _conv in string.Formatter().parse(body) if f is not None]
    except ValueError:
        return ["a lone “{” or “}” (write it twice to keep it)"]
    for f in fields:
        name = f.split(".")[0].split("[")[0]
        if name not in VARIABLES and name not in out:
            out.append(name or "{}")
    return out


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
    unknown = unknown_variables(body)
    if unknown:
        raise ValueError(
            "Unknown variable"
            + ("s " if len(unknown) > 1 else " ")
            + ", ".join(u if u.startswith("a lone") else "{" + u + "}" for u in unknown)
            + ". You can use: "
            + ", ".join("{" + v + "}" for v in VARIABLES)
            + "."
        )
    return title, body


def _may_edit(actor: Actor, row: CannedReply) -> bool:
    if row.owner_id is not None and row.owner_id != actor.employee_id:
        return False
    try:
        _require_canned(actor, _canned_scope(row), row.team_id)
    except (AccessDenied, ValueError):
        return False
    return True


def _view(actor: Actor, row: CannedReply, teams: dict[int, str]) -> Canned:
    return Canned(
        row.id,
        row.title,
        row.body,
        _canned_scope(row),
        row.team_id,
        teams.get(row.team_id or -1, ""),
        _may_edit(actor, row),
    )


def _team_names(session: Session, actor: Actor) -> dict[int, str]:
    return dict(
        session.execute(
            select(Team.id, Team.name).where(Team.workspace_id == actor.workspace_id)
        ).all()
    )


def writable_teams(session: Session, actor: Actor) -> list[tuple[int, str]]:
    """The teams whose canned replies this actor may write (members, and their approvers)."""
    return [
        (tid, name)
        for tid, name in sorted(_team_names(session, actor).items(), key=lambda t: t[1])
        if tid in actor.team_ids or actor.can(Permission.APPROVE, team_id=tid)
    ]


def writable_scopes(session: Session, actor: Actor) -> list[str]:
    """The scopes this actor may create in (the manager's choice)."""
    out = []
    for scope in SCOPES:
        if scope == "team":
            if writable_teams(session, actor):
                out.append(scope)
            continue
        try:
            _require_canned(actor, scope, None)
        except (AccessDenied, ValueError):
            continue
        out.append(scope)
    return out


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
    return _view(actor, row, _team_names(session, actor))


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
    return _view(actor, row, _team_names(session, actor))


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
    names = _team_names(session, actor)
    return [
        _view(actor, c, names)
        for c in session.scalars(q.order_by(CannedReply.title, CannedReply.id))
    ]
