"""Who may do what: permissions, the default roles, and the signed-in actor.

Every service call takes an :class:`Actor` and checks it; on PostgreSQL the database checks
again (grants and row-level security), so a modified client gets no further than this code.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, false, or_, select
from sqlalchemy.orm import Session

from app.db.models import Conversation, Employee, EmployeeTeam, Role, RoleGrant, RolePermission


class Permission(enum.StrEnum):
    READ_TEAM_INBOX = "read_team_inbox"
    READ_ALL = "read_all"
    REPLY = "reply"
    POST_AS_BRAND = "post_as_brand"
    APPROVE = "approve"
    SKIP_APPROVAL_REPLY = "skip_approval_reply"
    SKIP_APPROVAL_POST = "skip_approval_post"
    MANAGE_ROUTING = "manage_routing"
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_EMPLOYEES = "manage_employees"
    VIEW_REPORTS = "view_reports"
    CRISIS_CONTROL = "crisis_control"
    PAUSE_PUBLISHING = "pause_publishing"
    SEE_CONTACT_DETAILS = "see_contact_details"
    #: add, change and remove listening watches; send what they hear to a team (issue 16)
    MANAGE_LISTENING = "manage_listening"

    @property
    def title(self) -> str:
        return self.value.replace("_", " ").capitalize()


P = Permission

#: name → (description, permissions). Seeded in every workspace; IT may add custom roles.
DEFAULT_ROLES: dict[str, tuple[str, frozenset[Permission]]] = {
    # agents answer customers directly; the limited roles below (sales, product, marketing)
    # wait for a team lead's approval (app/identity/approval_policy.py sets it per role and team)
    "agent": (
        "Customer-service agent",
        frozenset({P.READ_TEAM_INBOX, P.REPLY, P.SKIP_APPROVAL_REPLY}),
    ),
    "team lead": (
        "Leads a team: approves, reassigns, reads reports",
        frozenset(
            {
                P.READ_TEAM_INBOX,
                P.REPLY,
                P.APPROVE,
                P.SKIP_APPROVAL_REPLY,
                P.VIEW_REPORTS,
                P.SEE_CONTACT_DETAILS,
            }
        ),
    ),
    "pr": (
        "Public relations: crisis room, statements, pause publishing",
        frozenset(
            {
                P.READ_ALL,
                P.REPLY,
                P.POST_AS_BRAND,
                P.SKIP_APPROVAL_REPLY,
                P.CRISIS_CONTROL,
                P.PAUSE_PUBLISHING,
                P.VIEW_REPORTS,
                P.MANAGE_LISTENING,
            }
        ),
    ),
    "sales": (
        "Sales: leads and purchase intent",
        frozenset({P.READ_TEAM_INBOX, P.REPLY, P.SEE_CONTACT_DETAILS}),
    ),
    "product": (
        "Product and R&D: feature requests and bugs",
        frozenset({P.READ_TEAM_INBOX, P.REPLY}),
    ),
    "marketing": (
        "Marketing: publishes as the brand",
        frozenset({P.READ_TEAM_INBOX, P.REPLY, P.POST_AS_BRAND, P.MANAGE_LISTENING}),
    ),
    "approver": (
        "Approves queued posts and replies",
        frozenset({P.READ_ALL, P.APPROVE, P.SKIP_APPROVAL_REPLY, P.SKIP_APPROVAL_POST}),
    ),
    "it admin": (
        "IT: employees, roles, brand accounts, audit trail",
        frozenset(
            {
                P.MANAGE_EMPLOYEES,
                P.MANAGE_ACCOUNTS,
                P.MANAGE_ROUTING,
                P.VIEW_REPORTS,
                P.PAUSE_PUBLISHING,
            }
        ),
    ),
}


class AccessDenied(Exception):
    """The actor lacks a permission; the message says which, in words."""


@dataclass(frozen=True)
class Grant:
    permission: Permission
    team_id: int | None = None
    account_id: int | None = None


@dataclass(frozen=True)
class Actor:
    """The signed-in employee as the services see them: identity, teams and grants."""

    employee_id: int
    username: str
    display_name: str
    workspace_id: int
    team_ids: frozenset[int] = frozenset()
    grants: tuple[Grant, ...] = field(default_factory=tuple)

    def can(
        self, permission: Permission, *, team_id: int | None = None, account_id: int | None = None
    ) -> bool:
        for g in self.grants:
            if g.permission != permission:
                continue
            if g.team_id is not None and g.team_id != team_id:
                continue
            if g.account_id is not None and g.account_id != account_id:
                continue
            return True
        return False

    def can_somewhere(self, permission: Permission) -> bool:
        return any(g.permission == permission for g in self.grants)

    def require(
        self, permission: Permission, *, team_id: int | None = None, account_id: int | None = None
    ) -> None:
        if not self.can(permission, team_id=team_id, account_id=account_id):
            raise AccessDenied(
                f"You do not have the permission to {permission.title.lower()} here."
            )

    @property
    def permissions(self) -> frozenset[Permission]:
        return frozenset(g.permission for g in self.grants)


def seed_roles(session: Session, workspace_id: int) -> dict[str, Role]:
    roles: dict[str, Role] = {}
    for name, (desc, perms) in DEFAULT_ROLES.items():
        role = Role(workspace_id=workspace_id, name=name, description=desc, builtin=True)
        role.permissions = [RolePermission(permission=p.value) for p in sorted(perms)]
        session.add(role)
        roles[name] = role
    session.flush()
    return roles


def load_actor(session: Session, employee_id: int) -> Actor:
    emp = session.get(Employee, employee_id)
    if emp is None or not emp.active:
        raise AccessDenied("This employee account is not active.")
    team_ids = frozenset(
        session.scalars(select(EmployeeTeam.team_id).where(EmployeeTeam.employee_id == emp.id))
    )
    rows = session.execute(
        select(RolePermission.permission, RoleGrant.team_id, RoleGrant.brand_account_id)
        .join(Role, Role.id == RoleGrant.role_id)
        .join(RolePermission, RolePermission.role_id == Role.id)
        .where(RoleGrant.employee_id == emp.id)
    ).all()
    grants = tuple(
        sorted(
            {Grant(Permission(p), t, a) for p, t, a in rows if p in Permission._value2member_map_},
            key=lambda g: (g.permission.value, g.team_id or 0, g.account_id or 0),
        )
    )
    return Actor(emp.id, emp.username, emp.display_name, emp.workspace_id, team_ids, grants)


@dataclass(frozen=True)
class ReadScope:
    """The areas of the inbox an actor may read: (team, account) pairs, ``None`` meaning any.

    The same rule is written in SQL in migration 0003 (``sc_read_scopes``), which PostgreSQL's
    row-level security applies; keep the two in step. A conversation is readable when it lies in
    one of the areas, or is assigned to the actor (who holds at least one permission).
    """

    areas: frozenset[tuple[int | None, int | None]]
    employee_id: int
    assigned: bool

    def covers(self, team_id: int | None, account_id: int | None) -> bool:
        return any(
            (t is None or t == team_id) and (a is None or a == account_id) for t, a in self.areas
        )


@functools.lru_cache(maxsize=256)
def read_scope(actor: Actor) -> ReadScope:
    """The actor's read scope (an Actor is immutable, so it is worked out once per actor: the
    fan-out asks for it on every change a workstation hears)."""
    areas: set[tuple[int | None, int | None]] = set()
    for g in actor.grants:
        if g.permission == P.READ_ALL:
            areas.add((g.team_id, g.account_id))
        elif g.permission == P.READ_TEAM_INBOX:
            if g.team_id is not None:
                areas.add((g.team_id, g.account_id))
            else:
                # an unscoped team-inbox grant means "the teams I belong to", not every team
                areas.update((t, g.account_id) for t in actor.team_ids)
    return ReadScope(frozenset(areas), actor.employee_id, bool(actor.grants))


def visible_conversations(actor: Actor) -> ColumnElement[bool]:
    """The WHERE clause for the conversations this actor may read (mirrored by RLS on PostgreSQL)."""
    scope = read_scope(actor)
    if (None, None) in scope.areas:
        return Conversation.workspace_id == actor.workspace_id
    teams = sorted(t for t, a in scope.areas if t is not None and a is None)
    accounts = sorted(a for t, a in scope.areas if t is None and a is not None)
    pairs = sorted((t, a) for t, a in scope.areas if t is not None and a is not None)
    clauses: list[ColumnElement[bool]] = []
    if teams:
        clauses.append(Conversation.team_id.in_(teams))
    if accounts:
        clauses.append(Conversation.brand_account_id.in_(accounts))
    clauses += [
        (Conversation.team_id == t) & (Conversation.brand_account_id == a) for t, a in pairs
    ]
    if scope.assigned:
        clauses.append(Conversation.assignee_id == actor.employee_id)
    if not clauses:
        return false()
    return (Conversation.workspace_id == actor.workspace_id) & or_(*clauses)


def can_read(actor: Actor, conv: Conversation) -> bool:
    if conv.workspace_id != actor.workspace_id:
        return False
    scope = read_scope(actor)
    if scope.assigned and conv.assignee_id == actor.employee_id:
        return True
    return scope.covers(conv.team_id, conv.brand_account_id)


def permission_names(perms: Iterable[Permission]) -> list[str]:
    return sorted(p.title for p in perms)
