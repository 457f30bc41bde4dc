"""One workstation's connection to the shared database, and who is signed in on it.

Passed explicitly to whatever needs it (no global session, no god object): the UI keeps one,
tests make several to play several workstations against one database.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from app.config import describe_url
from app.db.engine import (
    WORKSTATION_POOL,
    IdleReleaser,
    make_engine,
    one_statement,
    release_when_idle,
    session_factory,
)
from app.db.migrate import MigrationResult, upgrade
from app.db.replica import ReadReplica, ReadSource
from app.identity.access import Actor


def _close_on_return(_dbapi_connection: object, record: ConnectionPoolEntry) -> None:
    record.invalidate()


@dataclass
class Console:
    engine: Engine
    factory: sessionmaker[Session]
    db_label: str
    actor: Actor | None = None  # type: ignore[assignment]
    #: identifies this workstation's changes in the feed, so a view can skip its own echo
    origin: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    migration: MigrationResult | None = None
    #: closes the work connection when idle (a workstation's console on PostgreSQL)
    idle_release: IdleReleaser | None = None
    #: lag-tolerant reads (reports, exports, search): a hot standby if one is configured
    replica: ReadReplica | None = None

    @classmethod
    def open(
        cls, url: str, *, migrate: bool = True, workstation: bool = False, **engine_kw: object
    ) -> Console:
        """``workstation``: a signed-in person's console on PostgreSQL keeps to the connection
        budget (one work connection, closed when idle; the change listener holds the other)."""
        if workstation and not url.startswith("sqlite"):
            engine_kw = {**WORKSTATION_POOL, **engine_kw}
        engine = make_engine(url, **engine_kw)  # type: ignore[arg-type]
        releaser = (
            release_when_idle(engine)
            if workstation and engine.dialect.name == "postgresql"
            else None
        )
        migration = upgrade(engine) if migrate else None
        return cls(
            engine,
            session_factory(engine),
            describe_url(url),
            migration=migration,
            idle_release=releaser,
        )

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.factory() as s:
            yield s

    @contextmanager
    def glance(self) -> Iterator[Session]:
        """A session for a read that needs no transaction (one round trip per statement on
        PostgreSQL): the refreshes every workstation makes when colleagues' changes arrive."""
        with one_statement(self.factory) as s:
            yield s

    @contextmanager
    def read_session(self) -> Iterator[tuple[Session, ReadSource]]:
        """For reports, exports and search: the replica when configured and up, else this
        console's own database; with where the figures came from."""
        if self.replica is None:
            with self.factory() as s:
                yield s, ReadSource(False)
            return
        with self.replica.session() as pair:
            yield pair

    def attach_replica(self, url: str | None) -> None:
        """Read from the hot standby at ``url`` (same credentials as this console's)."""
        if not url or self.backend != "postgresql":
            return
        engine = make_engine(url, **WORKSTATION_POOL)
        release_when_idle(engine)
        self.replica = ReadReplica(self.factory, engine)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        """Close every connection, including one a worker thread returns after this call.

        ``Engine.dispose`` closes the idle connections and starts a new pool; a query still
        running (a presence update sent as the window closes) would return its connection to
        the old pool, which keeps it open until garbage collection: a server backend left
        behind by every sign-out.
        """
        if self.idle_release is not None:
            self.idle_release.stop()
        if self.replica is not None:
            self.replica.close()
        old = self.engine.pool
        self.engine.dispose()
        event.listen(old, "checkin", _close_on_return)
