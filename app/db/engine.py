"""Engines and sessions for both backends, and database errors turned into sentences.

SQLite gets WAL (readers never block the writer: the UI reads while sync writes), foreign keys
(off by default in SQLite) and a busy timeout so two threads of one workstation queue instead
of failing. PostgreSQL goes through psycopg 3.

WAL checkpoints (copying the log back into the database file, with an fsync) are taken off the
writers: by default SQLite makes whichever commit crosses 1,000 log pages do it, and with a
large inbox that commit pays for every index page the last pages touched — a quarter of
ingest time. A checkpointer thread per engine does it instead, on its own connection, while
writers keep committing; a much larger automatic threshold remains as a safety net should the
thread ever fall behind.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 10_000
#: a signed-in workstation on PostgreSQL holds at most one connection for its work (the change
#: listener holds the other): queries queue for it, which costs milliseconds, while a pool of five
#: per workstation would cost the server 1,500 backends for 300 workstations
WORKSTATION_POOL: dict[str, Any] = {"pool_size": 1, "max_overflow": 0, "pool_timeout": 60}
#: the work connection is closed after this long unused, and opened again when needed
WORKSTATION_IDLE_RELEASE_S = 30.0
#: a pooled PostgreSQL connection unused this long is tested before it is handed out
PING_AFTER_IDLE_S = 2.0
#: pages of WAL after which a committing writer checkpoints itself (the checkpointer's safety net)
SQLITE_WRITER_CHECKPOINT_PAGES = 16_000
#: how often the checkpointer folds the WAL back (seconds)
SQLITE_CHECKPOINT_INTERVAL_S = 0.5

log = logging.getLogger(__name__)


class DatabaseError(Exception):
    """A database problem stated in one sentence a person can act on."""


def parse_url(url: str) -> URL:
    try:
        u = make_url(url)
    except exc.ArgumentError:
        raise DatabaseError(
            "The database address is not valid; use sqlite:///PATH or "
            "postgresql+psycopg://USER@HOST:PORT/DATABASE."
        ) from None
    backend = u.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise DatabaseError(
            f"Databases of type '{backend}' are not supported; use SQLite or PostgreSQL."
        )
    if backend == "postgresql" and u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    return u


def _sqlite_on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA wal_autocheckpoint={SQLITE_WRITER_CHECKPOINT_PAGES}")
    cur.close()


class WalCheckpointer:
    """Passive WAL checkpoints on a thread of their own, so commits stay short.

    PASSIVE never waits for readers or writers: it copies what it can and tries again on the
    next tick. The thread holds its own connection (SQLite connections are not shared) and
    releases the GIL inside SQLite, so a UI thread in the same process does not feel it.
    """

    def __init__(self, path: str, interval: float = SQLITE_CHECKPOINT_INTERVAL_S) -> None:
        self._path = path
        self._interval = interval
        self._stop = threading.Event()
        self.checkpoints = 0
        self._thread = threading.Thread(target=self._run, name="sqlite-checkpointer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        try:
            while not self._stop.wait(self._interval):
                try:
                    if conn is None:
                        conn = sqlite3.connect(self._path, timeout=1.0, check_same_thread=False)
                    busy, frames, done = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                    if frames > 0:
                        self.checkpoints += 1
                except sqlite3.Error as e:  # the file moved, was locked or is gone: try later
                    log.debug("WAL checkpoint skipped: %s", e)
                    if conn is not None:
                        conn.close()
                        conn = None
        finally:
            if conn is not None:
                conn.close()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()


_checkpointers: weakref.WeakKeyDictionary[Engine, WalCheckpointer] = weakref.WeakKeyDictionary()


def checkpointer_of(engine: Engine) -> WalCheckpointer | None:
    return _checkpointers.get(engine)


def _start_checkpointer(engine: Engine, path: str) -> None:
    cp = WalCheckpointer(path)
    _checkpointers[engine] = cp
    # dispose() ends the engine's life in this program (Console.close); the thread goes with it,
    # and so it does if the engine is simply dropped
    event.listen(engine, "engine_disposed", lambda _e: cp.stop())
    weakref.finalize(engine, cp.stop)


def make_engine(url: str | URL, **kwargs: Any) -> Engine:
    """An engine for either backend; the SQLite file's folder is created if missing."""
    u = parse_url(url) if isinstance(url, str) else url
    if u.get_backend_name() == "sqlite":
        if u.database and u.database != ":memory:":
            Path(u.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(u, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        if u.database and u.database != ":memory:" and not u.database.startswith("file:"):
            _start_checkpointer(engine, u.database)
        return engine
    ping_after = kwargs.pop("ping_after_idle_s", PING_AFTER_IDLE_S)
    ping_every_checkout = kwargs.setdefault("pool_pre_ping", False)
    kwargs.setdefault("pool_size", 5)
    kwargs.setdefault("max_overflow", 10)
    connect_args = kwargs.pop("connect_args", {})
    connect_args.setdefault("connect_timeout", 10)
    connect_args.setdefault("application_name", "social-console")
    engine = create_engine(u, connect_args=connect_args, **kwargs)
    if not ping_every_checkout:
        _ping_when_idle(engine, ping_after)
    return engine


def _ping_when_idle(engine: Engine, idle_s: float) -> None:
    """Test a pooled connection on checkout only when it has rested ``idle_s`` seconds.

    SQLAlchemy's ``pool_pre_ping`` sends a statement before *every* checkout: a workstation
    reading a busy feed paid a round trip, and the server a statement, for each read, on
    connections it had used milliseconds before. A connection that rested (the server may have
    restarted, a firewall may have dropped it) is still tested, and one that fails the test is
    replaced before the caller sees it, as the pre-ping did; one that dies in use fails that
    query, which callers handle as any dropped connection.
    """

    @event.listens_for(engine.pool, "checkin")
    def _rested_from(_dbapi: Any, record: Any) -> None:
        record.info["sc_used"] = time.monotonic()

    @event.listens_for(engine.pool, "checkout")
    def _test_if_rested(dbapi: Any, record: Any, _proxy: Any) -> None:
        used = record.info.get("sc_used")
        if used is None or time.monotonic() - used < idle_s:
            return  # fresh from connect, or used a moment ago
        try:
            engine.dialect.do_ping(dbapi)
        except Exception as error:  # noqa: BLE001 - any failure: the pool connects afresh
            record.info.pop("sc_used", None)
            raise exc.DisconnectionError("the pooled connection no longer answers") from error


@contextlib.contextmanager
def one_statement(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session for reads that need no transaction of their own, such as a view's refresh.

    On PostgreSQL it runs in autocommit: each statement is one round trip, where a session
    sends BEGIN, the statement and ROLLBACK. Every workstation refreshes its list on every
    burst of colleagues' changes, so with hundreds of them those two extra statements were a
    third of the server's work per read. Only for reads: several statements in it do not see
    one snapshot.
    """
    with factory() as session:
        if session.get_bind().dialect.name == "postgresql":
            session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        yield session


class IdleReleaser:
    """Closes an engine's pooled connections once none has been used for ``idle_s`` seconds.

    SQLAlchemy's pool keeps a returned connection open for ever; a workstation that sits idle
    all lunch would hold a server backend all lunch. The pool's entries stay in the pool with
    their server connection closed, and reconnect on their next checkout (the same path a
    connection invalidated by a dropped network takes), so the pool's own count of connections
    is never touched and no waiter can be stranded.
    """

    def __init__(self, engine: Engine, idle_s: float) -> None:
        self.engine = engine
        self.idle_s = idle_s
        self.released = 0
        self._last_used = time.monotonic()
        self._stop = threading.Event()
        event.listen(engine.pool, "checkin", self._used)
        event.listen(engine.pool, "checkout", self._used)
        self._thread = threading.Thread(target=self._run, name="db-idle-release", daemon=True)
        self._thread.start()
        event.listen(engine, "engine_disposed", lambda _e: self.stop())

    def _used(self, *_args: object) -> None:
        self._last_used = time.monotonic()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        while not self._stop.wait(min(self.idle_s / 2, 5.0)):
            if time.monotonic() - self._last_used >= self.idle_s:
                self.release()

    def release(self) -> int:
        """Close the server connections of the pool's idle entries; how many were open."""
        pool = self.engine.pool
        queue = getattr(pool, "_pool", None)  # QueuePool's idle entries (no public accessor)
        if queue is None or pool.checkedout():
            return 0
        taken = []
        closed = 0
        try:
            while True:
                try:
                    entry = queue.get(False)
                except Exception:  # noqa: BLE001 - queue.Empty from SQLAlchemy's own queue
                    break
                taken.append(entry)
                if entry.dbapi_connection is not None:
                    entry.close()
                    closed += 1
        finally:
            for entry in taken:
                queue.put(entry, False)
        self.released += closed
        return closed


def release_when_idle(engine: Engine, idle_s: float = WORKSTATION_IDLE_RELEASE_S) -> IdleReleaser:
    return IdleReleaser(engine, idle_s)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextlib.contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A unit of work: commit on success, roll back on any error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def explain(error: BaseException, where: str = "") -> str:
    """One sentence for a database failure, with no password and no SQL in it."""
    target = f" ({where})" if where else ""
    if isinstance(error, DatabaseError):
        return str(error)
    if isinstance(error, exc.NoSuchModuleError | ModuleNotFoundError):
        return f"The database driver for this address is not installed{target}."
    if isinstance(error, exc.OperationalError | exc.InterfaceError):
        orig = getattr(error, "orig", None)
        text = str(orig or error).lower()
        if "password authentication failed" in text or "authentication failed" in text:
            return f"The database refused the user name or password{target}."
        if "does not exist" in text and "database" in text:
            return f"The database named in the address does not exist on the server{target}."
        if "does not exist" in text and "role" in text:
            return f"The database server does not know this user{target}."
        if (
            "connection refused" in text
            or "could not connect" in text
            or "timeout" in text
            or "name or service not known" in text
            or "failed to resolve" in text
            or "no route" in text
        ):
            return f"The database server cannot be reached{target}; check the address and that the server is running."
        if "unable to open database file" in text:
            return f"The database file cannot be opened{target}; check the folder exists and is writable."
        if "database is locked" in text:
            return f"The database file is busy (another program holds it){target}; try again."
        if (
            "server closed the connection" in text
            or "terminating connection" in text
            or "connection is closed" in text
            or "consuming input failed" in text
        ):
            return f"The connection to the database was lost{target}; it will be retried."
        if "permission denied" in text:
            return f"The database refused this action: permission denied{target}."
        return f"The database could not be used{target}: {type(orig or error).__name__}."
    if isinstance(error, exc.DatabaseError | exc.DBAPIError):
        orig = getattr(error, "orig", None)
        text = str(orig or error).lower()
        if "permission denied" in text or "row-level security" in text:
            return f"The database refused this action: permission denied{target}."
        if "file is not a database" in text:
            return f"The file is not a Social Console database{target}."
        return f"The database refused the operation{target}: {type(orig or error).__name__}."
    return f"Unexpected database error{target}: {type(error).__name__}."
