"""Engines and sessions for both backends, and database errors turned into sentences.

SQLite gets WAL (readers never block the writer: the UI reads while sync writes), foreign keys
(off by default in SQLite) and a busy timeout so two threads of one workstation queue instead
of failing. PostgreSQL goes through psycopg 3.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 10_000


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
    cur.close()


def make_engine(url: str | URL, **kwargs: Any) -> Engine:
    """An engine for either backend; the SQLite file's folder is created if missing."""
    u = parse_url(url) if isinstance(url, str) else url
    if u.get_backend_name() == "sqlite":
        if u.database and u.database != ":memory:":
            Path(u.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(u, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    kwargs.setdefault("pool_size", 5)
    kwargs.setdefault("max_overflow", 10)
    connect_args = kwargs.pop("connect_args", {})
    connect_args.setdefault("connect_timeout", 10)
    connect_args.setdefault("application_name", "social-console")
    return create_engine(u, connect_args=connect_args, **kwargs)


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
