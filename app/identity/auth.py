"""Signing in with a local account (embedded mode): argon2id hashes and throttling.

The answer to a failed attempt never says which part was wrong, and repeated failures lock the
account for a while, so guessing costs time. On PostgreSQL the server itself authenticates
the employee's login role (see the identity services); this module covers SQLite.
"""

from __future__ import annotations

import functools
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Employee
from app.db.types import utcnow
from app.identity import audit
from app.identity.access import Actor, load_actor

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


@functools.cache
def _dummy_hash() -> str:
    """A valid hash, checked when the user does not exist so that timing is equal.

    Made on first use, not at import: hashing costs ~0.1 s that a start-up should not pay.
    """
    return _hasher.hash("no such user: this hash only spends time")


MAX_FAILURES = 5
LOCK_SECONDS = 60
WRONG_CREDENTIALS = "The user name or password is not right."


class SignInError(Exception):
    """Why signing in failed, in words that do not reveal which part was wrong."""


def hash_password(password: str) -> str:
    if len(password) < 4:
        raise ValueError("A password needs at least 4 characters.")
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def authenticate(session: Session, username: str, password: str) -> Actor:
    """Check the password and return the actor; records success and failure in the audit trail."""
    name = username.strip().lower()
    emp = session.scalar(select(Employee).where(func.lower(Employee.username) == name))
    now = utcnow()
    if emp is None or emp.password_hash is None:
        verify_password(_dummy_hash(), password)
        audit.record(session, "sign_in_failed", actor_name=name[:200], reason="unknown user")
        session.commit()
        raise SignInError(WRONG_CREDENTIALS)
    if emp.locked_until is not None and emp.locked_until > now:
        audit.record(
            session,
            "sign_in_failed",
            workspace_id=emp.workspace_id,
            actor_name=emp.username,
            reason="locked",
        )
        session.commit()
        wait = int((emp.locked_until - now).total_seconds()) + 1
        raise SignInError(f"Too many failed attempts; try again in {wait} seconds.")
    if not verify_password(emp.password_hash, password):
        emp.failed_logins += 1
        if emp.failed_logins >= MAX_FAILURES:
            emp.locked_until = now + timedelta(seconds=LOCK_SECONDS)
            emp.failed_logins = 0
        audit.record(
            session,
            "sign_in_failed",
            workspace_id=emp.workspace_id,
            actor_name=emp.username,
            reason="wrong password",
        )
        session.commit()
        raise SignInError(WRONG_CREDENTIALS)
    if not emp.active:
        audit.record(
            session,
            "sign_in_failed",
            workspace_id=emp.workspace_id,
            actor_name=emp.username,
            reason="deactivated",
        )
        session.commit()
        raise SignInError("This account has been deactivated; ask IT.")
    if _hasher.check_needs_rehash(emp.password_hash):
        emp.password_hash = _hasher.hash(password)
    emp.failed_logins = 0
    emp.locked_until = None
    emp.last_seen_at = now
    actor = load_actor(session, emp.id)
    audit.record(session, "sign_in", actor=actor)
    session.commit()
    return actor
