"""Reads that may lag a little — reports, exports, search — from a PostgreSQL hot standby.

When the company outgrows one database server, the answer is PostgreSQL's own streaming
replication: IT names a hot standby in the configuration (``[database] replica_url``), and the
heavy reads go there so they never slow the agents' work on the primary. Employees connect to
the standby as themselves, exactly as to the primary: physical replication copies the login
roles, grants and row-level-security policies, so a person sees the same scope on both.

Every read says where it came from and how fresh it is (:class:`ReadSource`): "as of 3 s ago"
beside the figures, or "from the primary: the replica cannot be reached". A standby that cannot
be reached, or is not a standby at all, is skipped for :data:`RETRY_AFTER_S` and the primary
serves meanwhile; nothing fails because the replica is down.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine, exc, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

#: after a failure, the primary serves the reads for this long before the replica is tried again
RETRY_AFTER_S = 30.0

_LAG_SQL = text(
    "SELECT pg_is_in_recovery(), "
    "pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn(), "
    "extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp())"
)


@dataclass(frozen=True)
class ReadSource:
    """Where a read came from, in words a person can put beside the figures."""

    replica: bool
    lag_s: float | None = None
    reason: str = ""

    def describe(self) -> str:
        if not self.replica:
            return f"From the primary database: {self.reason}" if self.reason else "Live data"
        if self.lag_s is None or self.lag_s < 1:
            return "From the replica, up to date"
        return f"From the replica, as of {_ago(self.lag_s)} ago"


def _ago(seconds: float) -> str:
    s = int(round(seconds))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min"
    return f"{s // 3600} h {s % 3600 // 60} min"


def with_login_of(replica_url: str, primary: URL) -> str:
    """The replica's address with the primary's login when it names none (the headless worker
    reads the standby as the same role it writes the primary as)."""
    url = make_url(replica_url)
    if url.username:
        return replica_url
    return url.set(username=primary.username, password=primary.password).render_as_string(
        hide_password=False
    )


class ReadReplica:
    """Sessions for lag-tolerant reads: the standby when it answers, else the primary."""

    def __init__(
        self,
        primary: sessionmaker[Session],
        replica: Engine | None,
        *,
        retry_after: float = RETRY_AFTER_S,
    ) -> None:
        self.primary = primary
        self.engine = replica
        self.factory = sessionmaker(replica, expire_on_commit=False) if replica else None
        self.retry_after = retry_after
        self._down_until = 0.0
        self._down_reason = ""
        self._lock = threading.Lock()

    @property
    def configured(self) -> bool:
        return self.factory is not None

    @contextmanager
    def session(self) -> Iterator[tuple[Session, ReadSource]]:
        """A read-only session and where it reads from; the caller reads, nothing is written."""
        source, session = self._open()
        try:
            yield session, source
        finally:
            session.close()

    def _open(self) -> tuple[ReadSource, Session]:
        if self.factory is None:
            return ReadSource(False), self.primary()
        with self._lock:
            down = time.monotonic() < self._down_until
            reason = self._down_reason
        if not down:
            session = self.factory()
            try:
                in_recovery, caught_up, lag = session.execute(_LAG_SQL).one()
                if not in_recovery:
                    raise _NotAStandby()
                lag_s = 0.0 if caught_up else (float(lag) if lag is not None else None)
                return ReadSource(True, lag_s), session
            except (_NotAStandby, exc.OperationalError, exc.InterfaceError, exc.DBAPIError) as e:
                session.close()
                reason = self._mark_down(e)
        return ReadSource(False, reason=reason), self.primary()

    def _mark_down(self, error: BaseException) -> str:
        if isinstance(error, _NotAStandby):
            reason = "the replica named in the configuration is not a standby server"
        else:
            reason = "the replica cannot be reached"
        log.warning("read replica unavailable (%s); reading from the primary", type(error).__name__)
        with self._lock:
            self._down_until = time.monotonic() + self.retry_after
            self._down_reason = reason
        return reason

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()


class _NotAStandby(Exception):
    pass
