"""Reading who is who: people, roles, grants, effective permissions, the matrix and the audit trail.

Every call checks ``manage_employees``; the audit trail can be exported as CSV (cells that a
spreadsheet would run as formulas are neutralised).
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.models import (
    AuditEvent,
    BrandAccount,
    Employee,
    EmployeeTeam,
    Role,
    RoleGrant,
    RolePermission,
    Team,
)
from app.identity.access import Actor, Grant, Permission, load_actor
from app.identity.provisioning import EMPLOYEE_PRIVATE, _employee, _require

log = logging.getLogger(__name__)
P = Permission


# -- reading: people, roles, permissions, the matrix --------------------------------------------
@dataclass(frozen=True)
class EmployeeRow:
    id: int
    username: str
    display_name: str
    email: str
    active: bool
    teams: tuple[str, ...]
    roles: tuple[str, ...]
    locked: bool


@dataclass(frozen=True)
class GrantRow:
    id: int
    username: str
    role: str
    team: str
    account: str


@dataclass(frozen=True)
class RoleRow:
    id: int
    name: str
    description: str
    builtin: bool
    permissions: tuple[str, ...]
    holders: int


@dataclass(frozen=True)
class PermissionLine:
    permission: Permission
    scope: str  # "everywhere", "team Sales", "account @acme", "my teams" …
    role: str


def list_employees(session: Session, actor: Actor) -> list[EmployeeRow]:
    _require(actor)
    emps = session.scalars(
        select(Employee)
        .where(Employee.workspace_id == actor.workspace_id)
        .order_by(Employee.username)
    ).all()
    private = {r.id: r for r in session.execute(select(EMPLOYEE_PRIVATE)).all()}
    grants = _grant_rows(session, actor)
    roles: dict[str, list[str]] = {}
    for g in grants:
        scope = ", ".join(x for x in (g.team, g.account) if x)
        roles.setdefault(g.username, []).append(f"{g.role} ({scope})" if scope else g.role)
    from app.db.types import utcnow

    now = utcnow()
    out = []
    for e in emps:
        p = private.get(e.id)
        locked = bool(p is not None and p.locked_until is not None and _aware(p.locked_until) > now)
        out.append(
            EmployeeRow(
                e.id,
                e.username,
                e.display_name,
                (p.email or "") if p is not None else "",
                e.active,
                tuple(sorted(t.name for t in e.teams)),
                tuple(sorted(roles.get(e.username, []))),
                locked,
            )
        )
    return out


def _aware(value: datetime | str) -> datetime:
    from datetime import UTC

    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _grant_rows(session: Session, actor: Actor) -> list[GrantRow]:
    rows = session.execute(
        select(RoleGrant.id, Employee.username, Role.name, Team.name, BrandAccount.handle)
        .join(Employee, Employee.id == RoleGrant.employee_id)
        .join(Role, Role.id == RoleGrant.role_id)
        .outerjoin(Team, Team.id == RoleGrant.team_id)
        .outerjoin(BrandAccount, BrandAccount.id == RoleGrant.brand_account_id)
        .where(Employee.workspace_id == actor.workspace_id)
        .order_by(Employee.username, Role.name, RoleGrant.id)
    ).all()
    return [GrantRow(i, u, r, t or "", f"@{a}" if a else "") for i, u, r, t, a in rows]


def list_grants(session: Session, actor: Actor, *, accounts_only: bool = False) -> list[GrantRow]:
    _require(actor)
    rows = _grant_rows(session, actor)
    return [g for g in rows if g.account] if accounts_only else rows


def list_roles(session: Session, actor: Actor) -> list[RoleRow]:
    _require(actor)
    counts = dict(
        session.execute(
            select(RoleGrant.role_id, func.count(func.distinct(RoleGrant.employee_id))).group_by(
                RoleGrant.role_id
            )
        ).all()
    )
    roles = session.scalars(
        select(Role)
        .where(Role.workspace_id == actor.workspace_id)
        .order_by(Role.builtin.desc(), Role.name)
    ).all()
    return [
        RoleRow(
            r.id,
            r.name,
            r.description,
            r.builtin,
            tuple(sorted(p.permission for p in r.permissions)),
            int(counts.get(r.id, 0)),
        )
        for r in roles
    ]


def list_teams(session: Session, actor: Actor) -> list[tuple[str, str, int]]:
    _require(actor)
    rows = session.execute(
        select(Team.name, Team.department, func.count(EmployeeTeam.employee_id))
        .outerjoin(EmployeeTeam, EmployeeTeam.team_id == Team.id)
        .where(Team.workspace_id == actor.workspace_id)
        .group_by(Team.id, Team.name, Team.department)
        .order_by(Team.name)
    ).all()
    return [(n, d, int(c)) for n, d, c in rows]


def list_accounts(session: Session, actor: Actor) -> list[str]:
    _require(actor)
    return [
        f"@{h}"
        for h in session.scalars(
            select(BrandAccount.handle)
            .where(BrandAccount.workspace_id == actor.workspace_id)
            .order_by(BrandAccount.handle)
        )
    ]


def _scope_text(
    g: Grant, teams: dict[int, str], accounts: dict[int, str], member_of: Sequence[str]
) -> str:
    parts = []
    if g.team_id is not None:
        parts.append(f"team {teams.get(g.team_id, g.team_id)}")
    elif g.permission == P.READ_TEAM_INBOX:
        parts.append("own teams: " + (", ".join(member_of) or "none"))
    if g.account_id is not None:
        parts.append(f"account @{accounts.get(g.account_id, g.account_id)}")
    return "; ".join(parts) or "everywhere"


def effective_permissions(session: Session, actor: Actor, username: str) -> list[PermissionLine]:
    """What a person may do, where, and through which role (IT, or the person themselves)."""
    emp = _employee(session, actor, username)
    if emp.id != actor.employee_id:
        _require(actor)
    teams = dict(session.execute(select(Team.id, Team.name)).all())
    accounts = dict(session.execute(select(BrandAccount.id, BrandAccount.handle)).all())
    member_of = sorted(t.name for t in emp.teams)
    rows = session.execute(
        select(RolePermission.permission, RoleGrant.team_id, RoleGrant.brand_account_id, Role.name)
        .join(Role, Role.id == RoleGrant.role_id)
        .join(RolePermission, RolePermission.role_id == Role.id)
        .where(RoleGrant.employee_id == emp.id)
    ).all()
    out = {
        PermissionLine(
            Permission(p), _scope_text(Grant(Permission(p), t, a), teams, accounts, member_of), r
        )
        for p, t, a, r in rows
        if p in Permission._value2member_map_
    }
    if not emp.active:
        return []
    return sorted(
        out, key=lambda line: (list(Permission).index(line.permission), line.scope, line.role)
    )


@dataclass(frozen=True)
class Matrix:
    """Who can do what: one row per active person, one column per permission."""

    permissions: tuple[Permission, ...]
    rows: tuple[tuple[str, str, tuple[str, ...]], ...]  # username, display name, cells


def who_can_do_what(session: Session, actor: Actor) -> Matrix:
    _require(actor)
    teams = dict(session.execute(select(Team.id, Team.name)).all())
    accounts = dict(session.execute(select(BrandAccount.id, BrandAccount.handle)).all())
    perms = tuple(Permission)
    rows = []
    for e in session.scalars(
        select(Employee)
        .where(Employee.workspace_id == actor.workspace_id, Employee.active.is_(True))
        .order_by(Employee.username)
    ):
        a = load_actor(session, e.id)
        member_of = sorted(teams.get(t, str(t)) for t in a.team_ids)
        cells = []
        for p in perms:
            scopes = sorted(
                {_scope_text(g, teams, accounts, member_of) for g in a.grants if g.permission == p}
            )
            cells.append("everywhere" if "everywhere" in scopes else "; ".join(scopes))
        rows.append((e.username, e.display_name, tuple(cells)))
    return Matrix(perms, tuple(rows))


# -- the audit trail ----------------------------------------------------------------------------
@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    target: str
    detail: str


def audit_events(
    session: Session,
    actor: Actor,
    *,
    action: str | None = None,
    person: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    contains: str | None = None,
    limit: int = 1000,
) -> list[AuditRow]:
    """Newest first, filtered; IT only."""
    _require(actor)
    q = select(AuditEvent).where(
        or_(AuditEvent.workspace_id == actor.workspace_id, AuditEvent.workspace_id.is_(None))
    )
    if action:
        q = q.where(AuditEvent.action == action)
    if person:
        q = q.where(func.lower(AuditEvent.actor_name).contains(person.strip().lower()))
    if since is not None:
        q = q.where(AuditEvent.at >= since)
    if until is not None:
        q = q.where(AuditEvent.at < until)
    rows = session.scalars(q.order_by(AuditEvent.id.desc()).limit(limit * 4 if contains else limit))
    out = []
    for ev in rows:
        detail = ", ".join(
            f"{k}={v}" for k, v in sorted((ev.detail or {}).items()) if v not in (None, [], "")
        )
        target = f"{ev.target_type} {ev.target_id}" if ev.target_type else ""
        row = AuditRow(ev.id, ev.at, ev.actor_name, ev.action, target, detail)
        if (
            contains
            and contains.lower()
            not in f"{row.actor} {row.action} {row.target} {row.detail}".lower()
        ):
            continue
        out.append(row)
        if len(out) >= limit:
            break
    return out


def audit_actions(session: Session, actor: Actor) -> list[str]:
    _require(actor)
    return list(
        session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.workspace_id == actor.workspace_id)
            .distinct()
            .order_by(AuditEvent.action)
        )
    )


def audit_csv(rows: Iterable[AuditRow]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "at", "actor", "action", "target", "detail"])
    for r in rows:
        w.writerow([r.id, r.at.isoformat(), r.actor, r.action, r.target, _csv_safe(r.detail)])
    return buf.getvalue()


def _csv_safe(value: str) -> str:
    """A cell a spreadsheet will not run as a formula (user names and details come from users)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value
