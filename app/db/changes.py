"""The change feed: how a change on one workstation reaches every other one.

Writers call :func:`publish` inside their transaction: one ``change_event`` row and, on
PostgreSQL, one ``pg_notify`` carrying only that row's id (a transaction that notifies takes a
global lock at commit, so we notify once per transaction with a tiny payload). Readers run a
:class:`ChangeListener` thread: LISTEN on PostgreSQL, ``PRAGMA data_version`` polling on SQLite;
either way they then read the new rows in id order, so nothing is missed if a wake-up is.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from app.db.models import ChangeEvent

log = logging.getLogger(__name__)
CHANNEL = "sc_changes"


@dataclass(frozen=True, slots=True)
class Change:
    """A small record of what changed: the topic and the ids, never content."""

    id: int
    topic: str
    ids: tuple[int, ...]
    origin: str | None


def publish(session: Session, topic: str, ids: Iterable[int], origin: str | None = None) -> None:
    id_list = sorted({int(i) for i in ids})
    event = ChangeEvent(topic=topic, ids=id_list, origin=origin)
    session.add(event)
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": str(event.id)})


def latest_id(session: Session) -> int:
    return int(session.scalar(select(func.coalesce(func.max(ChangeEvent.id), 0))) or 0)


def changes_since(session: Session, after_id: int, limit: int = 1000) -> list[Change]:
    rows = session.scalars(
        select(ChangeEvent).where(ChangeEvent.id > after_id).order_by(ChangeEvent.id).limit(limit)
    )
    return [Change(r.id, r.topic, tuple(int(i) for i in r.ids), r.origin) for r in rows]


class ChangeListener:
    """A thread that calls ``deliver`` with each batch of new changes, in commit order.

    ``deliver`` runs on the listener's thread: a Qt caller turns it into a queued signal.
    """

    def __init__(
        self,
        engine: Engine,
        deliver: Callable[[Sequence[Change]], None],
        *,
        poll_interval: float = 0.2,
        start_after: int | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.engine = engine
        self.deliver = deliver
        self.poll_interval = poll_interval
        self.on_error = on_error
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last = start_after
        self.connected = threading.Event()

    def start(self) -> None:
        if self._last is None:
            with Session(self.engine) as s:
                self._last = latest_id(s)
        self._thread = threading.Thread(target=self._run, name="change-listener", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def last_id(self) -> int:
        return self._last or 0

    def _drain(self) -> None:
        while True:
            with Session(self.engine) as s:
                batch = changes_since(s, self.last_id)
            if not batch:
                return
            self._last = batch[-1].id
            self.deliver(batch)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                if self.engine.dialect.name == "postgresql":
                    self._run_postgres()
                else:
                    self._run_sqlite()
            except Exception as exc:  # noqa: BLE001 - reported, then we reconnect
                self.connected.clear()
                log.warning("change feed interrupted: %s", type(exc).__name__)
                if self.on_error is not None:
                    self.on_error(exc)
                self._stop.wait(1.0)

    def _run_sqlite(self) -> None:
        with self.engine.connect() as conn:
            version = conn.exec_driver_sql("PRAGMA data_version").scalar()
            self.connected.set()
            self._drain()
            while not self._stop.wait(self.poll_interval):
                now = conn.exec_driver_sql("PRAGMA data_version").scalar()
                if now != version:
                    version = now
                    self._drain()

    def _run_postgres(self) -> None:
        import psycopg

        url = self.engine.url
        conn = psycopg.connect(
            host=url.host,
            port=url.port,
            dbname=url.database,
            user=url.username,
            password=url.password,
            autocommit=True,
            connect_timeout=10,
            application_name="social-console-listener",
        )
        try:
            conn.execute(f"LISTEN {CHANNEL}")
            self.connected.set()
            self._drain()
            while not self._stop.is_set():
                # wake on a notification, or after a second at most: a notification missed
                # during a reconnect cannot hide a change for long, since we read by id
                for _n in conn.notifies(timeout=max(self.poll_interval, 0.05) * 5, stop_after=1):
                    pass
                self._drain()
        finally:
            conn.close()
