"""IT provisioning: people, teams, roles and scoped grants, in one place for the app and the CLI.

Every function takes a session and the acting :class:`Actor`, checks ``manage_employees``, changes
rows inside the caller's transaction, writes an audit event and publishes an ``employee`` change so
open workstations reload the people concerned. The caller commits (or rolls back on an error: a
rejected change leaves nothing behind).

On PostgreSQL an employee is also a database login role in the group ``sc_employee``; the
SECURITY DEFINER functions of migration 0003 create, enable, disable and re-password those roles,
so an IT admin signed in as themselves needs no CREATEROLE right. Passwords travel to the server
only as SCRAM verifiers computed here by libpq: never in clear, never in a log line.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Engine, column, event, func, literal_column, or_, select, table, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import (
    BrandAccount,
    Employee,
    EmployeeTeam,
    Role,
    RoleGrant,
    RolePermission,
    Team,
    Workspace,
)
from app.identity import audit
from app.identity.access import Actor, Grant, Permission, load_actor
from app.identity.auth import hash_password

log = logging.getLogger(__name__)
P = Permission


USERNAME_RE = re.compile(r"^[a-z][a-z0-9_.-]{1,62}$")
RESERVED_NAMES = frozenset({"postgres", "public", "none", "all", "current_user", "session_user"})
MIN_PASSWORD = 8
TOPIC = "employee"

#: the private columns, read through this view (PostgreSQL grants no privilege on the columns)
EMPLOYEE_PRIVATE = table(
    "employee_private",
    column("id"),
    column("email"),
    column("failed_logins"),
    column("locked_until"),
    column("last_seen_at"),
)


class IdentityError(Exception):
    """A provisioning request that cannot be done, in one sentence."""


class LastAdminError(IdentityError):
    """The change would leave the workspace without an active IT admin."""


class FieldErrors(IdentityError):
    """Every problem of one request at once, each keyed by the form field it is about, so a
    dialog can show each beside its field (the command line prints them all in one line)."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__(" ".join(self.problems.values()))


class ImportRejected(IdentityError):
    """A CSV with bad rows: nothing was applied; ``errors`` names every bad row."""

    def __init__(self, errors: Sequence[str]) -> None:
        self.errors = list(errors)
        super().__init__(
            f"Nothing was imported: {len(self.errors)} problem"
            f"{'s' if len(self.errors) != 1 else ''} in the file."
        )


# -- who is acting ------------------------------------------------------------------------------
def is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def system_actor(session: Session, label: str = "admin command line") -> Actor:
    """IT at the command line with the owner's rights: may manage, is no employee (id 0)."""
    ws = session.scalar(select(Workspace.id).order_by(Workspace.id).limit(1))
    if ws is None:
        raise IdentityError("The database holds no workspace yet; start the console once first.")
    grants = tuple(
        Grant(p) for p in (P.MANAGE_EMPLOYEES, P.MANAGE_ACCOUNTS, P.MANAGE_ROUTING, P.VIEW_REPORTS)
    )
    return Actor(0, label, label, ws, frozenset(), grants)


def session_employee_id(session: Session) -> int | None:
    """On PostgreSQL: the employee this connection signed in as (None for the owner)."""
    if not is_postgres(session):
        return None
    return session.scalar(
        select(Employee.id).where(Employee.username == literal_column("session_user"))
    )


def _record(
    session: Session,
    actor: Actor,
    action: str,
    target_type: str | None = None,
    target_id: object = None,
    **detail: object,
) -> None:
    if actor.employee_id > 0:
        audit.record(
            session, action, actor=actor, target_type=target_type, target_id=target_id, **detail
        )
    else:
        audit.record(
            session,
            action,
            workspace_id=actor.workspace_id,
            actor_name=actor.username,
            target_type=target_type,
            target_id=target_id,
            **detail,
        )


def _require(actor: Actor) -> None:
    actor.require(P.MANAGE_EMPLOYEES)


# -- after-commit work (ending a deactivated person's database sessions) ----------------------
_PENDING = "identity_after_commit"


@event.listens_for(Session, "after_commit")
def _run_after_commit(session: Session) -> None:
    for fn in session.info.pop(_PENDING, []):
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - the change is committed; report, go on
            log.warning("after-commit step failed: %s", type(exc).__name__)


@event.listens_for(Session, "after_rollback")
def _drop_after_commit(session: Session) -> None:
    session.info.pop(_PENDING, None)


def _after_commit(session: Session, fn: Callable[[], None]) -> None:
    session.info.setdefault(_PENDING, []).append(fn)


def _engine_of(session: Session) -> Engine:
    bind = session.get_bind()
    return bind if isinstance(bind, Engine) else bind.engine


def _end_sessions(engine: Engine, username: str) -> None:
    with engine.connect() as conn:
        conn.execute(text("SELECT sc_login_end_sessions(:u)"), {"u": username})
        conn.commit()


# -- lookups ------------------------------------------------------------------------------------
def _employee(session: Session, actor: Actor, username: str) -> Employee:
    emp = session.scalar(
        select(Employee).where(
            func.lower(Employee.username) == username.strip().lower(),
            Employee.workspace_id == actor.workspace_id,
        )
    )
    if emp is None:
        raise IdentityError(f"There is no employee named “{username.strip()}”.")
    return emp


def _team(session: Session, actor: Actor, name: str) -> Team:
    team = session.scalar(
        select(Team).where(
            func.lower(Team.name) == name.strip().lower(), Team.workspace_id == actor.workspace_id
        )
    )
    if team is None:
        raise IdentityError(f"There is no team named “{name.strip()}”.")
    return team


def _role(session: Session, actor: Actor, name: str) -> Role:
    role = session.scalar(
        select(Role).where(
            func.lower(Role.name) == name.strip().lower(), Role.workspace_id == actor.workspace_id
        )
    )
    if role is None:
        raise IdentityError(f"There is no role named “{name.strip()}”.")
    return role


def _account(session: Session, actor: Actor, name: str) -> BrandAccount:
    wanted = name.strip().lstrip("@").lower()
    acc = session.scalar(
        select(BrandAccount).where(
            BrandAccount.workspace_id == actor.workspace_id,
            or_(func.lower(BrandAccount.handle) == wanted, BrandAccount.key == name.strip()),
        )
    )
    if acc is None:
        raise IdentityError(f"There is no brand account “{name.strip()}”.")
    return acc


def _permission(name: str) -> Permission:
    key = name.strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return Permission(key)
    except ValueError:
        raise IdentityError(f"There is no permission named “{name.strip()}”.") from None


def check_username(username: str) -> str:
    name = username.strip().lower()
    if not USERNAME_RE.match(name):
        raise IdentityError(
            f"“{username.strip()}” is not a valid user name: use 2–63 lower-case letters, digits, "
            "“.”, “-” or “_”, starting with a letter."
        )
    if name in RESERVED_NAMES or name.startswith(("pg_", "sc_")):
        raise IdentityError(f"“{name}” is reserved; choose another user name.")
    return name


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise IdentityError(f"A password needs at least {MIN_PASSWORD} characters.")


def _check_email(email: str | None) -> str | None:
    if email is None or not email.strip():
        return None
    e = email.strip()
    if "@" not in e or " " in e or len(e) > 320:
        raise IdentityError(f"“{e}” is not an e-mail address.")
    return e


# -- the last IT admin --------------------------------------------------------------------------
def active_admin_ids(session: Session, workspace_id: int) -> set[int]:
    """Active employees holding manage_employees unscoped: the people who can run IT."""
    return set(
        session.scalars(
            select(Employee.id)
            .join(RoleGrant, RoleGrant.employee_id == Employee.id)
            .join(RolePermission, RolePermission.role_id == RoleGrant.role_id)
            .where(
                Employee.workspace_id == workspace_id,
                Employee.active.is_(True),
                RolePermission.permission == P.MANAGE_EMPLOYEES.value,
                RoleGrant.team_id.is_(None),
                RoleGrant.brand_account_id.is_(None),
            )
        )
    )


def _ensure_an_admin_remains(session: Session, actor: Actor, who: str) -> None:
    session.flush()
    if not active_admin_ids(session, actor.workspace_id):
        raise LastAdminError(
            f"{who} is the last active IT admin; make someone else an IT admin first."
        )


# -- passwords and logins -----------------------------------------------------------------------
def _scram_verifier(session: Session, username: str, password: str) -> str:
    """libpq's PQencryptPasswordConn: the server gets a verifier, never the password."""
    raw = session.connection().connection.dbapi_connection
    pgconn = raw.pgconn  # type: ignore[union-attr]
    return bytes(
        pgconn.encrypt_password(password.encode(), username.encode(), b"scram-sha-256")
    ).decode()


def _login_call(session: Session, sql: str, params: dict[str, object]) -> None:
    try:
        with session.begin_nested():
            session.execute(text(sql), params)
    except sa_exc.DBAPIError as exc:
        diag = getattr(getattr(exc, "orig", None), "diag", None)
        message = getattr(diag, "message_primary", None) or "the database refused the change"
        raise IdentityError(f"The database login could not be changed: {message}.") from None


def _set_password(session: Session, emp: Employee, password: str) -> None:
    check_password(password)
    if is_postgres(session):
        verifier = _scram_verifier(session, emp.username, password)
        # creates the login if the person has none yet (made before logins existed)
        _login_call(
            session,
            "SELECT sc_login_provision(:u, :v, :l)",
            {"u": emp.username, "v": verifier, "l": emp.active},
        )
    else:
        emp.password_hash = hash_password(password)
    emp.failed_logins = 0
    emp.locked_until = None


# -- people -------------------------------------------------------------------------------------
def check_new_employee(
    session: Session,
    actor: Actor,
    username: str,
    display_name: str,
    *,
    email: str | None = None,
    teams: Iterable[str] = (),
    roles: Iterable[str] = (),
    password: str | None = None,
) -> dict[str, str]:
    """Everything wrong with a new person, all at once, keyed by field (username, display_name,
    email, team, role, password); empty when add_employee would accept them. Reads only."""
    problems: dict[str, str] = {}
    try:
        name: str | None = check_username(username)
    except IdentityError as exc:
        problems["username"] = str(exc) if username.strip() else "Give a user name to sign in with."
        name = None
    if name and session.scalar(select(Employee.id).where(func.lower(Employee.username) == name)):
        problems["username"] = f"The user name “{name}” is taken."
    if not display_name.strip():
        problems["display_name"] = "Give the employee's name as people should see it."
    try:
        _check_email(email)
    except IdentityError as exc:
        problems["email"] = str(exc)
    for key, names, lookup in (("team", teams, _team), ("role", roles, _role)):
        for n in names:
            if n.strip():
                try:
                    lookup(session, actor, n)
                except IdentityError as exc:
                    problems[key] = str(exc)
    if password is not None:
        try:
            check_password(password)
        except IdentityError as exc:
            problems["password"] = str(exc)
    return problems


def add_employee(
    session: Session,
    actor: Actor,
    username: str,
    display_name: str,
    *,
    email: str | None = None,
    teams: Iterable[str] = (),
    roles: Iterable[str] = (),
    password: str | None = None,
    origin: str | None = None,
) -> Employee:
    """A new person; on PostgreSQL also their login role (adopted if IT's directory made it)."""
    _require(actor)
    teams, roles = list(teams), list(roles)
    problems = check_new_employee(
        session,
        actor,
        username,
        display_name,
        email=email,
        teams=teams,
        roles=roles,
        password=password,
    )
    if problems:
        raise FieldErrors(problems)
    name = check_username(username)
    shown = display_name.strip()
    mail = _check_email(email)
    team_rows = [_team(session, actor, t) for t in teams if t.strip()]
    role_rows = [_role(session, actor, r) for r in roles if r.strip()]
    emp = Employee(workspace_id=actor.workspace_id, username=name, display_name=shown, email=mail)
    session.add(emp)
    session.flush()
    for t in {t.id: t for t in team_rows}.values():
        session.add(EmployeeTeam(employee_id=emp.id, team_id=t.id))
    for r in {r.id: r for r in role_rows}.values():
        session.add(RoleGrant(employee_id=emp.id, role_id=r.id))
    if is_postgres(session):
        verifier = _scram_verifier(session, name, password) if password else None
        _login_call(session, "SELECT sc_login_provision(:u, :v, true)", {"u": name, "v": verifier})
    elif password:
        emp.password_hash = hash_password(password)
    _record(
        session,
        actor,
        "employee_added",
        "employee",
        emp.id,
        username=name,
        teams=sorted(t.name for t in team_rows),
        roles=sorted(r.name for r in role_rows),
        password_set=bool(password),
    )
    changes.publish(session, TOPIC, [emp.id], origin)
    return emp


def deactivate(
    session: Session, actor: Actor, username: str, *, origin: str | None = None
) -> Employee:
    """Signs the person out everywhere within seconds; their history stays."""
    _require(actor)
    emp = _employee(session, actor, username)
    if not emp.active:
        raise IdentityError(f"{emp.username} is already deactivated.")
    emp.active = False
    _ensure_an_admin_remains(session, actor, emp.username)
    if is_postgres(session):
        _login_call(session, "SELECT sc_login_enable(:u, false)", {"u": emp.username})
        engine, login = _engine_of(session), emp.username
        _after_commit(session, lambda: _end_sessions(engine, login))
    _record(session, actor, "employee_deactivated", "employee", emp.id, username=emp.username)
    changes.publish(session, TOPIC, [emp.id], origin)
    return emp


def reactivate(
    session: Session, actor: Actor, username: str, *, origin: str | None = None
) -> Employee:
    _require(actor)
    emp = _employee(session, actor, username)
    if emp.active:
        raise IdentityError(f"{emp.username} is already active.")
    emp.active = True
    emp.failed_logins = 0
    emp.locked_until = None
    if is_postgres(session):
        _login_call(session, "SELECT sc_login_enable(:u, true)", {"u": emp.username})
    _record(session, actor, "employee_reactivated", "employee", emp.id, username=emp.username)
    changes.publish(session, TOPIC, [emp.id], origin)
    return emp


def reset_password(
    session: Session, actor: Actor, username: str, password: str, *, origin: str | None = None
) -> Employee:
    _require(actor)
    emp = _employee(session, actor, username)
    _set_password(session, emp, password)
    _record(session, actor, "password_reset", "employee", emp.id, username=emp.username)
    return emp


def edit_employee(
    session: Session,
    actor: Actor,
    username: str,
    *,
    display_name: str | None = None,
    email: str | None = None,
    origin: str | None = None,
) -> Employee:
    _require(actor)
    emp = _employee(session, actor, username)
    changed: dict[str, object] = {}
    if display_name is not None and display_name.strip() != emp.display_name:
        if not display_name.strip():
            raise IdentityError("Give the employee's name as people should see it.")
        emp.display_name = display_name.strip()
        changed["display_name"] = emp.display_name
    if email is not None:
        emp.email = _check_email(email)
        changed["email"] = "changed"
    if changed:
        _record(session, actor, "employee_edited", "employee", emp.id, **changed)
        changes.publish(session, TOPIC, [emp.id], origin)
    return emp


# -- teams --------------------------------------------------------------------------------------
def create_team(session: Session, actor: Actor, name: str, department: str = "support") -> Team:
    _require(actor)
    shown = name.strip()
    if not shown or len(shown) > 100:
        raise IdentityError("A team needs a name of 1–100 characters.")
    exists = session.scalar(
        select(Team.id).where(
            func.lower(Team.name) == shown.lower(), Team.workspace_id == actor.workspace_id
        )
    )
    if exists:
        raise IdentityError(f"There is already a team named “{shown}”.")
    team = Team(
        workspace_id=actor.workspace_id, name=shown, department=department.strip() or "support"
    )
    session.add(team)
    session.flush()
    _record(session, actor, "team_created", "team", team.id, name=shown)
    return team


def add_to_team(
    session: Session, actor: Actor, username: str, team: str, *, origin: str | None = None
) -> None:
    _require(actor)
    emp, t = _employee(session, actor, username), _team(session, actor, team)
    if session.get(EmployeeTeam, (emp.id, t.id)) is not None:
        raise IdentityError(f"{emp.username} is already in the team {t.name}.")
    session.add(EmployeeTeam(employee_id=emp.id, team_id=t.id))
    _record(session, actor, "team_member_added", "employee", emp.id, team=t.name)
    changes.publish(session, TOPIC, [emp.id], origin)


def remove_from_team(
    session: Session, actor: Actor, username: str, team: str, *, origin: str | None = None
) -> None:
    _require(actor)
    emp, t = _employee(session, actor, username), _team(session, actor, team)
    link = session.get(EmployeeTeam, (emp.id, t.id))
    if link is None:
        raise IdentityError(f"{emp.username} is not in the team {t.name}.")
    session.delete(link)
    _record(session, actor, "team_member_removed", "employee", emp.id, team=t.name)
    changes.publish(session, TOPIC, [emp.id], origin)


# -- roles and grants ---------------------------------------------------------------------------
def _holders(session: Session, role_id: int) -> list[int]:
    return list(
        session.scalars(
            select(RoleGrant.employee_id).where(RoleGrant.role_id == role_id).distinct()
        )
    )


def create_role(
    session: Session,
    actor: Actor,
    name: str,
    permissions: Iterable[str],
    description: str = "",
) -> Role:
    _require(actor)
    shown = name.strip()
    if not shown or len(shown) > 100:
        raise IdentityError("A role needs a name of 1–100 characters.")
    perms = sorted({_permission(p) for p in permissions})
    exists = session.scalar(
        select(Role.id).where(
            func.lower(Role.name) == shown.lower(), Role.workspace_id == actor.workspace_id
        )
    )
    if exists:
        raise IdentityError(f"There is already a role named “{shown}”.")
    role = Role(workspace_id=actor.workspace_id, name=shown, description=description.strip())
    role.permissions = [RolePermission(permission=p.value) for p in perms]
    session.add(role)
    session.flush()
    _record(
        session,
        actor,
        "role_created",
        "role",
        role.id,
        name=shown,
        permissions=[p.value for p in perms],
    )
    return role


def edit_role(
    session: Session,
    actor: Actor,
    name: str,
    *,
    permissions: Iterable[str] | None = None,
    new_name: str | None = None,
    description: str | None = None,
    origin: str | None = None,
) -> Role:
    """Custom roles only: the default roles stay as DEFAULT_ROLES defines them."""
    _require(actor)
    role = _role(session, actor, name)
    if role.builtin:
        raise IdentityError(
            f"The default role “{role.name}” cannot be changed; create a custom role instead."
        )
    detail: dict[str, object] = {}
    if new_name is not None and new_name.strip() and new_name.strip() != role.name:
        clash = session.scalar(
            select(Role.id).where(
                func.lower(Role.name) == new_name.strip().lower(),
                Role.workspace_id == actor.workspace_id,
                Role.id != role.id,
            )
        )
        if clash:
            raise IdentityError(f"There is already a role named “{new_name.strip()}”.")
        detail["renamed"] = [role.name, new_name.strip()]
        role.name = new_name.strip()
    if description is not None:
        role.description = description.strip()
    if permissions is not None:
        wanted = {_permission(p).value for p in permissions}
        have = {rp.permission for rp in role.permissions}
        role.permissions = [rp for rp in role.permissions if rp.permission in wanted] + [
            RolePermission(permission=p) for p in sorted(wanted - have)
        ]
        detail["added"] = sorted(wanted - have)
        detail["removed"] = sorted(have - wanted)
        if P.MANAGE_EMPLOYEES.value in have - wanted:
            _ensure_an_admin_remains(session, actor, "The role’s last holder")
    _record(session, actor, "role_edited", "role", role.id, name=role.name, **detail)
    changes.publish(session, TOPIC, _holders(session, role.id), origin)
    return role


def delete_role(session: Session, actor: Actor, name: str, *, origin: str | None = None) -> None:
    _require(actor)
    role = _role(session, actor, name)
    if role.builtin:
        raise IdentityError(f"The default role “{role.name}” cannot be deleted.")
    holders = _holders(session, role.id)
    session.delete(role)
    _ensure_an_admin_remains(session, actor, "The role’s last holder")
    _record(session, actor, "role_deleted", "role", role.id, name=role.name)
    changes.publish(session, TOPIC, holders, origin)


def _scope_words(team: Team | None, account: BrandAccount | None) -> str:
    parts = []
    if team is not None:
        parts.append(f"team {team.name}")
    if account is not None:
        parts.append(f"account @{account.handle}")
    return " for " + " and ".join(parts) if parts else ""


def grant_role(
    session: Session,
    actor: Actor,
    username: str,
    role: str,
    *,
    team: str | None = None,
    account: str | None = None,
    origin: str | None = None,
) -> RoleGrant:
    """Give a role everywhere, or only for one team and/or one brand account."""
    _require(actor)
    emp, r = _employee(session, actor, username), _role(session, actor, role)
    t = _team(session, actor, team) if team else None
    a = _account(session, actor, account) if account else None
    dup = session.scalar(
        select(RoleGrant.id).where(
            RoleGrant.employee_id == emp.id,
            RoleGrant.role_id == r.id,
            RoleGrant.team_id.is_(None) if t is None else RoleGrant.team_id == t.id,
            RoleGrant.brand_account_id.is_(None)
            if a is None
            else RoleGrant.brand_account_id == a.id,
        )
    )
    if dup:
        raise IdentityError(f"{emp.username} already has the role {r.name}{_scope_words(t, a)}.")
    g = RoleGrant(
        employee_id=emp.id,
        role_id=r.id,
        team_id=t.id if t else None,
        brand_account_id=a.id if a else None,
    )
    session.add(g)
    session.flush()
    _record(
        session,
        actor,
        "role_granted",
        "employee",
        emp.id,
        role=r.name,
        team=t.name if t else None,
        account=a.handle if a else None,
    )
    changes.publish(session, TOPIC, [emp.id], origin)
    return g


def revoke_role(
    session: Session,
    actor: Actor,
    username: str,
    role: str,
    *,
    team: str | None = None,
    account: str | None = None,
    origin: str | None = None,
) -> None:
    _require(actor)
    emp, r = _employee(session, actor, username), _role(session, actor, role)
    t = _team(session, actor, team) if team else None
    a = _account(session, actor, account) if account else None
    g = session.scalar(
        select(RoleGrant).where(
            RoleGrant.employee_id == emp.id,
            RoleGrant.role_id == r.id,
            RoleGrant.team_id.is_(None) if t is None else RoleGrant.team_id == t.id,
            RoleGrant.brand_account_id.is_(None)
            if a is None
            else RoleGrant.brand_account_id == a.id,
        )
    )
    if g is None:
        raise IdentityError(f"{emp.username} does not have the role {r.name}{_scope_words(t, a)}.")
    session.delete(g)
    _ensure_an_admin_remains(session, actor, emp.username)
    _record(
        session,
        actor,
        "role_revoked",
        "employee",
        emp.id,
        role=r.name,
        team=t.name if t else None,
        account=a.handle if a else None,
    )
    changes.publish(session, TOPIC, [emp.id], origin)


# -- bulk import --------------------------------------------------------------------------------
CSV_COLUMNS = ("username", "display_name", "email", "teams", "roles", "password")


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _split(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split(";") if p.strip()]


def import_csv(
    session: Session, actor: Actor, data: str, *, origin: str | None = None
) -> ImportReport:
    """All or nothing: every row is checked first; one bad row and nothing is applied."""
    _require(actor)
    reader = csv.DictReader(io.StringIO(data.lstrip("\ufeff")))
    headers = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in ("username", "display_name") if c not in headers]
    if missing:
        raise ImportRejected([f"The file has no column {', '.join(missing)} (first line)."])
    unknown = [h for h in headers if h not in CSV_COLUMNS]
    if unknown:
        raise ImportRejected([f"Unknown column {', '.join(unknown)} (first line)."])
    reader.fieldnames = headers
    teams = {
        n.lower()
        for n in session.scalars(select(Team.name).where(Team.workspace_id == actor.workspace_id))
    }
    roles = {
        n.lower()
        for n in session.scalars(select(Role.name).where(Role.workspace_id == actor.workspace_id))
    }
    taken = {n.lower() for n in session.scalars(select(Employee.username))}
    errors: list[str] = []
    seen: dict[str, int] = {}
    planned: list[dict[str, object]] = []
    report = ImportReport()
    for line, row in enumerate(reader, start=2):
        user = (row.get("username") or "").strip()
        where = f"Line {line}" + (f" ({user})" if user else "")
        problems: list[str] = []
        try:
            name = check_username(user)
        except IdentityError as exc:
            problems.append(str(exc) if user else "the user name is empty.")
            name = user.lower()
        if name in taken:
            problems.append(f"the user name “{name}” is taken.")
        elif name in seen:
            problems.append(f"the user name “{name}” is also on line {seen[name]}.")
        seen.setdefault(name, line)
        if not (row.get("display_name") or "").strip():
            problems.append("the display name is empty.")
        try:
            _check_email(row.get("email"))
        except IdentityError as exc:
            problems.append(str(exc))
        problems += [
            f"there is no team named “{t}”."
            for t in _split(row.get("teams"))
            if t.lower() not in teams
        ]
        problems += [
            f"there is no role named “{r}”."
            for r in _split(row.get("roles"))
            if r.lower() not in roles
        ]
        password = row.get("password") or None
        if password is not None and len(password) < MIN_PASSWORD:
            problems.append(f"the password is shorter than {MIN_PASSWORD} characters.")
        if None in row:  # more cells than columns
            problems.append("the line has more cells than the header.")
        errors += [f"{where}: {p[0].lower() + p[1:] if p else p}" for p in problems]
        if not problems:
            planned.append(
                {
                    "username": name,
                    "display_name": (row.get("display_name") or "").strip(),
                    "email": row.get("email"),
                    "teams": _split(row.get("teams")),
                    "roles": _split(row.get("roles")),
                    "password": password,
                }
            )
    if not planned and not errors:
        errors.append("The file holds no employees.")
    if errors:
        raise ImportRejected(errors)
    for p in planned:
        emp = add_employee(session, actor, origin=origin, **p)  # type: ignore[arg-type]
        report.added.append(emp.username)
        if not p["password"] and not is_postgres(session):
            report.notes.append(f"{emp.username} has no password yet: set one with reset-password.")
    _record(session, actor, "employees_imported", None, None, count=len(report.added))
    return report


# -- the person themselves ----------------------------------------------------------------------
def reload_actor(session: Session, actor: Actor) -> Actor:
    """The actor as the database says now; AccessDenied if they were deactivated."""
    return load_actor(session, actor.employee_id)
