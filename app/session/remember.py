"""“Remember me”: the employee's password in the OS keyring, never on disk or in the database.

One entry per (database, user name) holds the password; one more per database names the person
to sign in automatically at the next start. A keyring that cannot keep a secret (keyring's
``fail`` or ``null`` backend, a plain-text file) is refused in words rather than trusted.
"""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

from accounts.token_store import unusable_reason

SERVICE = "social-console sign-in"


class RememberError(Exception):
    """The password could not be remembered (or forgotten); the text says why, without it."""


def _backend(backend: KeyringBackend | None) -> KeyringBackend:
    return backend if backend is not None else keyring.get_keyring()


def problem(backend: KeyringBackend | None = None) -> str | None:
    """Why this computer cannot remember a password, in words; None when it can."""
    reason = unusable_reason(_backend(backend))
    if reason is None:
        return None
    return f"This computer has no secure password store ({reason}); sign in each time instead."


def _user_key(db_key: str, username: str) -> str:
    return f"{db_key}|{username.strip().lower()}"


def _auto_key(db_key: str) -> str:
    return f"{db_key}|sign-in-automatically"


def remember(
    db_key: str, username: str, password: str, backend: KeyringBackend | None = None
) -> None:
    kr = _backend(backend)
    why = problem(kr)
    if why is not None:
        raise RememberError(why)
    try:
        kr.set_password(SERVICE, _user_key(db_key, username), password)
        kr.set_password(SERVICE, _auto_key(db_key), username.strip().lower())
    except KeyringError as exc:
        raise RememberError(
            f"The password store refused to keep the password ({type(exc).__name__})."
        ) from None


def remembered(db_key: str, backend: KeyringBackend | None = None) -> tuple[str, str] | None:
    """The (user name, password) to sign in with automatically, if someone chose it here."""
    kr = _backend(backend)
    if problem(kr) is not None:
        return None
    try:
        user = kr.get_password(SERVICE, _auto_key(db_key))
        if not user:
            return None
        pw = kr.get_password(SERVICE, _user_key(db_key, user))
    except KeyringError:
        return None
    return (user, pw) if pw else None


def forget(db_key: str, username: str, backend: KeyringBackend | None = None) -> None:
    """Drop the person's remembered password here (sign out, switch user, a failed reuse)."""
    kr = _backend(backend)
    if problem(kr) is not None:
        return
    for key in (_user_key(db_key, username),):
        try:
            kr.delete_password(SERVICE, key)
        except (PasswordDeleteError, KeyringError):
            pass
    try:
        if kr.get_password(SERVICE, _auto_key(db_key)) == username.strip().lower():
            kr.delete_password(SERVICE, _auto_key(db_key))
    except (PasswordDeleteError, KeyringError):
        pass
