"""Which process syncs which brand account: one lock per account, held by one process at a time.

On PostgreSQL each process opens one dedicated connection and takes a session-level advisory
lock per account it syncs (``pg_try_advisory_lock``): the server holds the lock for as long as
that connection lives, so when a machine dies its locks vanish with its connection. With SQLite
there is one process, and the locks are local. The sync runners take the locks; the Accounts
view reads who holds them (:func:`lock_holders`): both build on this module, neither on the other.
"""

from __future__ import annotations

import logging
import os
import socket
from typing import Any, Protocol

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

#: the first key of the two-key advisory lock: "social console account sync"
LOCK_NAMESPACE = 0x5C0A
#: the first key of the token-renewal lock (the second is the hash of the account's key)
REFRESH_NAMESPACE = 0x5C0B
#: the first key of the publishing-pause gate (the second is the workspace id): see
#: app.publishing.pause.take_pause_gate
PAUSE_NAMESPACE = 0x5C0C
#: how long a renewal waits for another workstation's renewal of the same account
REFRESH_LOCK_TIMEOUT = "60s"
#: networks served by their own runner (the demo network lives inside the app)
LOCAL_NETWORKS = frozenset({"demo"})


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class AccountLocks(Protocol):
    def try_lock(self, account_id: int) -> bool: ...
    def unlock(self, account_id: int) -> None: ...
    def healthy(self) -> bool: ...
    def close(self) -> None: ...


class LocalLocks:
    """SQLite: one process serves the embedded database, so every lock is granted."""

    def __init__(self) -> None:
        self.held: set[int] = set()

    def try_lock(self, account_id: int) -> bool:
        self.held.add(account_id)
        return True

    def unlock(self, account_id: int) -> None:
        self.held.discard(account_id)

    def healthy(self) -> bool:
        return True

    def close(self) -> None:
        self.held.clear()


class PgAdvisoryLocks:
    """Session-level advisory locks on one dedicated connection (never a pooled one).

    A pooled connection would carry its locks back into the pool and hand them to whoever
    borrows it next; this one is ours alone, so "the connection lives" means "we are alive".
    """

    def __init__(self, engine: Engine, *, name: str | None = None) -> None:
        self.engine = engine
        self.name = name or worker_name()
        self.held: set[int] = set()
        self._conn: Any = None

    def _connect(self) -> Any:
        import psycopg

        url = self.engine.url
        return psycopg.connect(
            host=url.host,
            port=url.port,
            dbname=url.database,
            user=url.username,
            password=url.password,
            autocommit=True,
            connect_timeout=10,
            application_name=f"social-console sync {self.name}"[:63],
        )

    def _ensure(self) -> Any:
        if self._conn is None or self._conn.closed:
            self.held.clear()
            self._conn = self._connect()
        return self._conn

    def try_lock(self, account_id: int) -> bool:
        if account_id in self.held:
            return True
        row = (
            self._ensure()
            .execute("SELECT pg_try_advisory_lock(%s, %s)", (LOCK_NAMESPACE, account_id))
            .fetchone()
        )
        got = bool(row and row[0])
        if got:
            self.held.add(account_id)
        return got

    def unlock(self, account_id: int) -> None:
        if account_id not in self.held:
            return
        self.held.discard(account_id)
        try:
            self._ensure().execute(
                "SELECT pg_advisory_unlock(%s, %s)", (LOCK_NAMESPACE, account_id)
            )
        except Exception as exc:  # noqa: BLE001 - a dead connection released it already
            log.info("advisory unlock of account %s failed: %s", account_id, type(exc).__name__)

    def healthy(self) -> bool:
        """False when the lock connection is gone (and with it every lock we held)."""
        if self._conn is None:
            return not self.held
        try:
            self._conn.execute("SELECT 1")
            return True
        except Exception:  # noqa: BLE001 - any failure means the session and its locks are gone
            try:
                self._conn.close()
            except Exception:  # noqa: BLE001
                pass
            self._conn = None
            self.held.clear()
            return False

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:  # noqa: BLE001
                pass
        self._conn = None
        self.held.clear()


def make_locks(engine: Engine, name: str | None = None) -> AccountLocks:
    if engine.dialect.name == "postgresql":
        return PgAdvisoryLocks(engine, name=name)
    return LocalLocks()


def lock_holders(session: Session) -> dict[int, str]:
    """Account id → the application name of the worker that holds its sync lock (PostgreSQL)."""
    if session.get_bind().dialect.name != "postgresql":
        return {}
    rows = session.execute(
        text(
            "SELECT l.objid, a.application_name FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = :ns "
            "AND l.objsubid = 2 AND l.database = "
            "(SELECT oid FROM pg_database WHERE datname = current_database())"
        ),
        {"ns": LOCK_NAMESPACE},
    )
    out: dict[int, str] = {}
    for objid, app_name in rows:
        out[int(objid)] = str(app_name or "").removeprefix("social-console sync ")
    return out


def refresh_lock(engine: Engine) -> Any:
    """A lock across workstations around one account's token renewal (PostgreSQL only).

    A transaction-level advisory lock on a connection of its own, keyed by the account's
    keyring key: the second workstation to renew waits for the first, then reads what it
    can. (Two workstations never hold the same grant's tokens in one keyring, but the worker
    and the app of one machine do, and the lock is cheap.) None on SQLite: one process there,
    and the OS lock of accounts.refresh_lock covers it.
    """
    if engine.dialect.name != "postgresql":
        return None
    import contextlib

    @contextlib.contextmanager
    def hold(key: str) -> Any:
        with engine.connect() as conn, conn.begin():
            conn.execute(text(f"SET LOCAL lock_timeout = '{REFRESH_LOCK_TIMEOUT}'"))
            conn.execute(
                text("SELECT pg_advisory_xact_lock(:ns, hashtext(:key))"),
                {"ns": REFRESH_NAMESPACE, "key": key},
            )
            yield

    return hold
