"""Who replies and posts without an approver: per role, tightened per team.

Two layers, both visible in the admin panel and the command line:

- **per role**: a role whose permissions include ``skip_approval_reply`` / ``skip_approval_post``
  sends without approval (agents reply directly by default; sales, product and marketing, the
  limited roles, wait for a team lead). This is the permission model the services and
  PostgreSQL's outbox guard already check, so turning it on or off is a role edit.
- **per team**: a team may require approval for every reply (or post) made in its
  conversations, whatever the author's role — a new team, a sensitive queue. Those who may
  approve in that team are exempt (they would approve their own work anyway). Stored in the
  workspace settings (``approval_required``), read by :func:`needs_approval`.

The owner-only reply rule (``owner_only_reply``) is a workspace setting of the inbox
(app/inbox/conversations.py); it is read here so the policy is shown in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import Role, RolePermission, Team, Workspace
from app.identity import provisioning
from app.identity.access import AccessDenied, Actor, Permission
from app.identity.provisioning import IdentityError

KINDS = ("reply", "post")
SETTING = "approval_required"


def skip_permission(kind: str) -> Permission:
    if kind not in KINDS:
        raise IdentityError(f"“{kind}” is neither reply nor post.")
    return Permission.SKIP_APPROVAL_REPLY if kind == "reply" else Permission.SKIP_APPROVAL_POST


@dataclass(frozen=True)
class RolePolicy:
    role: str
    builtin: bool
    #: the role may write this kind at all (reply / post as brand)
    may_reply: bool
    may_post: bool
    #: it goes out without an approver
    reply_direct: bool
    post_direct: bool

    def describe(self, kind: str) -> str:
        may = self.may_reply if kind == "reply" else self.may_post
        direct = self.reply_direct if kind == "reply" else self.post_direct
        if not may:
            return "— (cannot reply)" if kind == "reply" else "— (cannot post as the brand)"
        return "without approval" if direct else "needs approval"


@dataclass(frozen=True)
class TeamPolicy:
    team_id: int
    team: str
    reply_required: bool
    post_required: bool


@dataclass(frozen=True)
class ApprovalPolicy:
    roles: list[RolePolicy]
    teams: list[TeamPolicy]
    owner_only_reply: bool


def _settings(session: Session, workspace_id: int) -> dict[str, Any]:
    ws = session.get(Workspace, workspace_id)
    return dict(ws.settings or {}) if ws else {}


def _required_teams(settings: dict[str, Any], kind: str) -> set[int]:
    raw = (settings.get(SETTING) or {}).get(kind) or []
    return {int(t) for t in raw if isinstance(t, int) or (isinstance(t, str) and t.isdigit())}


def read_policy(session: Session, actor: Actor) -> ApprovalPolicy:
    """The whole policy, as the admin panel and ``admin approval`` show it."""
    settings = _settings(session, actor.workspace_id)
    roles = []
    for r in session.scalars(
        select(Role)
        .where(Role.workspace_id == actor.workspace_id)
        .order_by(Role.builtin.desc(), Role.name)
    ):
        perms = {p.permission for p in r.permissions}
        roles.append(
            RolePolicy(
                r.name,
                r.builtin,
                Permission.REPLY.value in perms,
                Permission.POST_AS_BRAND.value in perms,
                Permission.SKIP_APPROVAL_REPLY.value in perms,
                Permission.SKIP_APPROVAL_POST.value in perms,
            )
        )
    reply_teams, post_teams = _required_teams(settings, "reply"), _required_teams(settings, "post")
    teams = [
        TeamPolicy(t.id, t.name, t.id in reply_teams, t.id in post_teams)
        for t in session.scalars(
            select(Team).where(Team.workspace_id == actor.workspace_id).order_by(Team.name)
        )
    ]
    return ApprovalPolicy(roles, teams, bool(settings.get("owner_only_reply")))


def set_role_approval(
    session: Session,
    actor: Actor,
    role_name: str,
    kind: str,
    *,
    required: bool,
    origin: str | None = None,
) -> RolePolicy:
    """Whether a role's replies (or posts) wait for an approver; default roles included.

    Changing it is a permission change: IT's (manage employees), audited, and every holder's
    workstation reloads their rights through the change feed.
    """
    actor.require(Permission.MANAGE_EMPLOYEES)
    perm = skip_permission(kind).value
    role = provisioning._role(session, actor, role_name)
    have = {rp.permission for rp in role.permissions}
    if required and perm in have:
        role.permissions = [rp for rp in role.permissions if rp.permission != perm]
    elif not required and perm not in have:
        role.permissions = [*role.permissions, RolePermission(permission=perm)]
    session.flush()
    provisioning._record(
        session,
        actor,
        "approval_policy_role",
        "role",
        role.id,
        role=role.name,
        kind=kind,
        approval="required" if required else "not required",
    )
    changes.publish(session, provisioning.TOPIC, provisioning._holders(session, role.id), origin)
    return next(p for p in read_policy(session, actor).roles if p.role == role.name)


def set_team_approval(
    session: Session,
    actor: Actor,
    team_name: str,
    kind: str,
    *,
    required: bool,
    origin: str | None = None,
) -> TeamPolicy:
    """Require approval for every reply (or post) in a team's conversations, or stop requiring it.

    A workspace setting, so it needs the right PostgreSQL gives for workspace settings
    (manage routing: IT and whoever runs the routing).
    """
    if not actor.can(Permission.MANAGE_ROUTING):
        raise AccessDenied("Only IT or whoever manages routing can change a team's approval rule.")
    skip_permission(kind)
    team = provisioning._team(session, actor, team_name)
    ws = session.get(Workspace, actor.workspace_id)
    assert ws is not None
    settings = dict(ws.settings or {})
    block = dict(settings.get(SETTING) or {})
    ids = _required_teams(settings, kind)
    ids = ids | {team.id} if required else ids - {team.id}
    block[kind] = sorted(ids)
    ws.settings = {**settings, SETTING: block}
    provisioning._record(
        session,
        actor,
        "approval_policy_team",
        "team",
        team.id,
        team=team.name,
        kind=kind,
        approval="required for everyone" if required else "as the author's role says",
    )
    changes.publish(session, "workspace", [ws.id], origin)
    session.flush()
    return next(t for t in read_policy(session, actor).teams if t.team_id == team.id)


def team_requires_approval(
    session: Session, workspace_id: int, team_id: int | None, kind: str
) -> bool:
    if team_id is None:
        return False
    return team_id in _required_teams(_settings(session, workspace_id), kind)


def needs_approval(
    session: Session, actor: Actor, kind: str, account_id: int, team_id: int | None
) -> bool:
    """Whether this actor's reply or post waits for an approver (the submit-time rule)."""
    if team_requires_approval(session, actor.workspace_id, team_id, kind) and not actor.can(
        Permission.APPROVE, account_id=account_id, team_id=team_id
    ):
        return True
    return not actor.can(skip_permission(kind), account_id=account_id, team_id=team_id)
