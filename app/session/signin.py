"""Signing in on either backend, and what a failed attempt costs.

SQLite: the shared console checks the argon2id hash (:mod:`app.identity.auth`). PostgreSQL: the
console connects *as the employee* (their login role), so the server authenticates them —
password, LDAP or Kerberos, as IT set up pg_hba.conf — and row-level security applies to every
query they make. Either way a failure says only that the user name or password is not right, and
costs a fixed delay.
"""

from __future__ import annotations

import time

from sqlalchemy import exc as sa_exc
from sqlalchemy import update
from sqlalchemy.engine import URL, make_url

from app.db.engine import parse_url
from app.db.migrate import HEAD_REVISION, check_not_newer
from app.db.models import Employee
from app.db.types import utcnow
from app.identity import audit
from app.identity.access import AccessDenied, Actor, load_actor
from app.identity.auth import WRONG_CREDENTIALS, SignInError, authenticate
from app.identity.provisioning import session_employee_id
from app.session.console import Console

#: seconds a failed attempt waits before it answers (the server's auth_delay adds its own)
FAILED_DELAY = 1.0
DEACTIVATED = "This account has been deactivated; ask IT."
NEEDS_PASSWORD = (
    "The database server did not sign you in without a password (no Kerberos ticket, "
    "single sign-on or saved password for this login): type your password."
)
NOT_UPGRADED = (
    "The shared database has not been upgraded for this version of Social Console yet; "
    "ask IT to run “social-console migrate”."
)


def is_postgres_url(url: str) -> bool:
    return parse_url(url).get_backend_name() == "postgresql"


def employee_url(base_url: str, username: str, password: str) -> str:
    """The shared database's address with this employee's own credentials in it."""
    base = parse_url(base_url)
    # URL.set(password=None) keeps the base address's password: build the address anew, so an
    # empty password really is absent and libpq may authenticate the login its own way
    u = URL.create(
        base.drivername,
        username=username.strip().lower(),
        password=password or None,
        host=base.host,
        port=base.port,
        database=base.database,
        query=base.query,
    )
    return u.render_as_string(hide_password=False)


def login_refused(error: BaseException) -> str | None:
    """The sentence for a connection the server refused to authenticate, else None."""
    text = str(getattr(error, "orig", None) or error).lower()
    if "not permitted to log in" in text:
        return DEACTIVATED  # the server checks this only after the password was right
    if (
        "password authentication failed" in text
        or "authentication failed" in text
        or ("role" in text and "does not exist" in text)
        or "no password supplied" in text
        or "no pg_hba.conf entry" in text
    ):
        return WRONG_CREDENTIALS
    return None


def sign_in_postgres(
    base_url: str,
    username: str,
    password: str,
    *,
    delay: float = FAILED_DELAY,
    replica_url: str | None = None,
) -> Console:
    """A console connected as the employee, with their actor loaded; SignInError otherwise.

    ``replica_url``: a hot standby for reports, exports and search, reached with the same login.
    An empty password is left out of the address, so libpq may authenticate the login its own
    way where pg_hba.conf allows it: GSSAPI (Kerberos), peer, trust, or a .pgpass entry.
    """
    console = Console.open(
        employee_url(base_url, username, password), migrate=False, workstation=True
    )
    try:
        try:
            with console.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except (sa_exc.OperationalError, sa_exc.InterfaceError) as exc:
            sentence = login_refused(exc)
            if sentence is None:
                raise
            if not password and sentence == WRONG_CREDENTIALS:
                sentence = NEEDS_PASSWORD
            time.sleep(delay)
            raise SignInError(sentence) from None
        current = check_not_newer(console.engine)
        if current != HEAD_REVISION:
            raise SignInError(NOT_UPGRADED)
        with console.session() as s:
            emp_id = session_employee_id(s)
            if emp_id is None:
                time.sleep(delay)
                raise SignInError("This database login is not a Social Console employee; ask IT.")
            try:
                actor = load_actor(s, emp_id)
            except AccessDenied:
                time.sleep(delay)
                raise SignInError(DEACTIVATED) from None
            s.execute(update(Employee).where(Employee.id == emp_id).values(last_seen_at=utcnow()))
            audit.record(s, "sign_in", actor=actor, via="postgresql")
            s.commit()
    except BaseException:
        console.close()
        raise
    console.actor = actor
    console.attach_replica(employee_url(replica_url, username, password) if replica_url else None)
    return console


def sign_in_local(
    console: Console, username: str, password: str, *, delay: float = FAILED_DELAY
) -> Actor:
    """SQLite (and the owner's connection): argon2id and the lock-out, plus the delay."""
    with console.session() as s:
        try:
            return authenticate(s, username, password)
        except SignInError:
            time.sleep(delay)
            raise


def database_key(url: str) -> str:
    """Names the database (never a user or password): the keyring entry's scope."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return f"sqlite:{u.database or ''}"
    return f"postgresql:{u.host or 'local'}:{u.port or 5432}/{u.database or ''}"
