"""The change feed: how a change on one workstation reaches every other one.

Writers call :func:`publish` inside their transaction: one ``change_event`` row and, on
PostgreSQL, one ``pg_notify`` whose payload is the change itself — its id, topic, the ids it
touched and its origin, a few dozen bytes (a transaction that notifies takes a global lock at
commit, so we notify once per transaction). Readers run a :class:`ChangeListener` thread:
LISTEN on PostgreSQL, ``PRAGMA data_version`` polling on SQLite.

On PostgreSQL a listening workstation therefore reads nothing to learn what changed: with three
hundred workstations, one change used to cost the server three hundred reads of the feed table
before any view was refreshed. Notifications that have arrived together are delivered as one
batch (and, with ``coalesce_s``, those within that long of each other; by default the listener
does not wait, because a wake-up per change cost each workstation a third of its listening CPU,
and the window gathers its reads anyway: app.inbox.fanout.Gather). A payload too large for NOTIFY
carries only the id, and the row is read.

A conversation change also carries the scope of what it touched — team, brand account, assignee
and status after the change, and the states it left (migration 0025's trigger notes them) — so
a workstation whose views the change cannot touch reads nothing at all (app.inbox.fanout). Ids
and team ids only, never customer text; the scope decides whether to read, and row-level
security still decides what the read returns.

A described conversation change is sent on channels named by that scope too — one for all
scopes, one per team, one per assignee (before and after) — and a workstation LISTENs to the
general channel plus those its read scope needs (app.inbox.fanout.channels): PostgreSQL still
wakes every listening backend at each commit, but only a workstation that can see the change
receives it. With three hundred workstations that was most of their work: every one decoded and
judged every change in the company, 15,000 notifications a second at 50 changes a second.

The feed table is still read in id order on (re)connect, so nothing is missed across a gap; and
since NOTIFY is delivered in commit order, a transaction that took an earlier id but committed
later is not skipped the way reading "ids above the last one seen" alone would skip it.
"""

from __future__ import annotations

import json
import logging
import selectors
import threading
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from app.db.models import ChangeEvent, Conversation

log = logging.getLogger(__name__)
CHANNEL = "sc_changes"
#: every described conversation change is also sent here (a listener that reads every scope)
ALL_SCOPES = "sc_changes_all"
#: what a listener hears to receive every change exactly once
EVERYTHING = frozenset({CHANNEL, ALL_SCOPES})
#: NOTIFY payloads must stay under 8,000 bytes; a change with more ids is sent as its id alone
MAX_PAYLOAD = 7_000
#: a conversation change touching at most this many conversations carries their scope
SCOPED_IDS = 100
#: the transaction-local setting where migration 0025's trigger notes scope moves
MOVES_SETTING = "sc.scope_moves"

#: one scope state of a changed conversation: (team, brand account, assignee, status); a
#: status of None means unknown (a notification from a writer that did not send it)
Scope = tuple[int | None, int | None, int | None, str | None]


@dataclass(frozen=True, slots=True)
class Change:
    """A small record of what changed: the topic and the ids, never content."""

    id: int
    topic: str
    ids: tuple[int, ...]
    origin: str | None
    #: for conversation changes sent by NOTIFY: the (team, brand account, assignee, status) of
    #: each changed conversation after the change, so a workstation can tell without a query
    #: whether the change can touch its views; empty when unknown (read from the table, or the
    #: writer could not tell), which means "maybe"
    scope: tuple[Scope, ...] = ()
    #: the states those conversations left (team, account, assignee or status changed): where
    #: they no longer are, counts drop; empty when nothing moved (or the scope is unknown)
    before: tuple[Scope, ...] = ()


def publish(session: Session, topic: str, ids: Iterable[int], origin: str | None = None) -> int:
    """Record a change in the caller's transaction (and NOTIFY at its commit); its feed id."""
    id_list = sorted({int(i) for i in ids})
    event = ChangeEvent(topic=topic, ids=id_list, origin=origin)
    session.add(event)
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        scope: tuple[Scope, ...] = ()
        before: tuple[Scope, ...] = ()
        if topic == "conversation" and 0 < len(id_list) <= SCOPED_IDS:
            scope, before = _scope_of(session, id_list)
        change = Change(event.id, topic, tuple(id_list), origin, scope, before)
        payload = encode(change)
        session.execute(
            text("SELECT pg_notify(c, :p) FROM unnest(CAST(:cs AS text[])) AS c"),
            {"cs": channels_of(change, payload), "p": payload},
        )
    return event.id


def team_channel(team_id: int) -> str:
    return f"sc_changes_t{int(team_id)}"


def assignee_channel(employee_id: int) -> str:
    return f"sc_changes_e{int(employee_id)}"


def channels_of(change: Change, payload: str) -> list[str]:
    """Where a change is sent: a described conversation change to the scopes it was and is in.

    Anything else (another topic, an unknown scope, a payload that had to shrink to its id) goes
    to the general channel every listener hears; a described change goes to ``ALL_SCOPES``, to
    its teams' and its assignees' channels, before and after, so whoever saw it where it was
    hears that it left.
    """
    if change.topic != "conversation" or not change.scope or payload.isdigit():
        return [CHANNEL]
    out = {ALL_SCOPES}
    for team, _account, assignee, _status in change.scope + change.before:
        if team is not None:
            out.add(team_channel(team))
        if assignee is not None:
            out.add(assignee_channel(assignee))
    return sorted(out)


def _scope_of(session: Session, id_list: list[int]) -> tuple[tuple[Scope, ...], tuple[Scope, ...]]:
    """The changed conversations' states now, and those they left; ((), ()) if unknown.

    The states left come from migration 0025's trigger (its notes alternate OLD, NEW); the
    states now from the rows, or from the trigger's NEW for a row the writer may no longer read.
    """
    notes = session.execute(
        text("SELECT current_setting(:k, true), set_config(:k, '', true)"), {"k": MOVES_SETTING}
    ).scalar()
    if notes == "*":  # a bulk update: the trigger gave up noting
        return (), ()
    wanted = set(id_list)
    now: dict[int, Scope] = {}
    left: set[Scope] = set()
    for n, entry in enumerate(e for e in (notes or "").split(";") if e):
        cid, team, account, assignee, status = entry.split(",")
        if int(cid) in wanted:
            state = (_int(team), _int(account), _int(assignee), status or None)
            if n % 2 == 0:
                left.add(state)
            else:
                now[int(cid)] = state  # the last NEW of the row wins
    rows = session.execute(
        select(
            Conversation.id,
            Conversation.team_id,
            Conversation.brand_account_id,
            Conversation.assignee_id,
            Conversation.status,
        ).where(Conversation.id.in_(id_list))
    ).all()
    for r in rows:
        now[r[0]] = (r[1], r[2], r[3], str(r[4]) if r[4] is not None else None)
    # a conversation the writer can no longer see (row-level security) and whose move the trigger
    # did not note leaves the scope unknown rather than partial: a workstation must not skip it
    if set(now) != wanted:
        return (), ()
    after = set(now.values())
    return tuple(sorted(after, key=repr)), tuple(sorted(left - after, key=repr))


def _arrived(conn: Any) -> list[str]:
    """The payloads of the notifications that have reached the socket, without waiting.

    libpq's own calls (consume input, then take each notification), where psycopg's
    ``notifies()`` generator cost a listening workstation three times as much CPU per
    notification; with hundreds of workstations each hearing every change of its teams, that was
    what the simulated workstations spent most of their time on. A closed connection raises
    here (psycopg's OperationalError) and the listener reconnects.
    """
    pgconn = conn.pgconn
    pgconn.consume_input()
    out: list[str] = []
    while (n := pgconn.notifies()) is not None:
        out.append(n.extra.decode("utf-8", "replace"))
    return out


def _identifier(channel: str) -> str:
    """A channel name as we make them; anything else is refused rather than quoted into SQL."""
    if not channel or not all(ch.isascii() and (ch.isalnum() or ch == "_") for ch in channel):
        raise ValueError("a change channel's name is letters, digits and underscores")
    return channel


def _int(value: str) -> int | None:
    return int(value) if value else None


def encode(change: Change) -> str:
    """The NOTIFY payload: the whole change when it fits, else its id (read from the table)."""
    body: dict[str, object] = {
        "i": change.id,
        "t": change.topic,
        "d": list(change.ids),
        "o": change.origin,
    }
    if change.scope:
        body["s"] = [list(s) for s in change.scope]
    if change.before:
        body["b"] = [list(s) for s in change.before]
    doc = json.dumps(body, separators=(",", ":"))
    return doc if len(doc) <= MAX_PAYLOAD else str(change.id)


def decode(payload: str) -> Change | int:
    """A change, or the bare id of one whose payload did not fit (or came from an older writer)."""
    if payload.isdigit():
        return int(payload)
    doc = json.loads(payload)
    scope = tuple(_state(s) for s in doc.get("s") or ())
    before = tuple(_state(s) for s in doc.get("b") or ()) if scope else ()
    return Change(
        int(doc["i"]), str(doc["t"]), tuple(int(i) for i in doc["d"]), doc.get("o"), scope, before
    )


def _state(raw: Sequence[object]) -> Scope:
    """One scope state; an older writer's (team, account, assignee) has no status: unknown."""
    ints = [None if v is None else int(str(v)) for v in raw[:3]]
    if len(ints) != 3:
        raise ValueError("a scope state has three or four values")
    status = raw[3] if len(raw) > 3 else None
    return (ints[0], ints[1], ints[2], None if status is None else str(status))


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
        coalesce_s: float = 0.0,
        channels: Callable[[], Collection[str]] | None = None,
    ) -> None:
        self.engine = engine
        #: the channels to hear (asked again as the loop turns: a person's scope can change);
        #: by default every change once, on the general channel and the all-scopes one
        self.channels = channels or (lambda: EVERYTHING)
        self.deliver = deliver
        self.poll_interval = poll_interval
        self.coalesce_s = coalesce_s
        #: ids delivered recently (a change can come both by NOTIFY and by a catch-up read)
        self._seen: dict[int, None] = {}
        #: batches delivered and changes in them: what coalescing saved is visible in tests
        self.batches = 0
        self.delivered = 0
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
            self._emit(batch)

    def _emit(self, batch: Sequence[Change]) -> None:
        fresh = [c for c in batch if c.id not in self._seen]
        for c in fresh:
            self._seen[c.id] = None
        while len(self._seen) > 10_000:
            del self._seen[next(iter(self._seen))]
        if batch:
            self._last = max(self.last_id, max(c.id for c in batch))
        if fresh:
            self.batches += 1
            self.delivered += len(fresh)
            self.deliver(sorted(fresh, key=lambda c: c.id))

    def _collect(self, payloads: Sequence[str]) -> None:
        """Changes carried by notifications; the few sent as a bare id are read from the table."""
        changes: list[Change] = []
        missing: list[int] = []
        for p in payloads:
            try:
                got = decode(p)
            except (ValueError, KeyError, TypeError):
                log.warning("change feed: an unreadable notification was skipped")
                continue
            if isinstance(got, int):
                missing.append(got)
            else:
                changes.append(got)
        if missing:
            with Session(self.engine) as s:
                rows = s.scalars(select(ChangeEvent).where(ChangeEvent.id.in_(missing)))
                changes += [
                    Change(r.id, r.topic, tuple(int(i) for i in r.ids), r.origin) for r in rows
                ]
        self._emit(changes)

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

    def _listen(self, conn: Any, listening: set[str]) -> None:
        """LISTEN to the channels wanted now, UNLISTEN those no longer wanted."""
        want = {str(c) for c in self.channels()} | {CHANNEL}
        added = want - listening
        for channel in sorted(added):
            conn.execute(f'LISTEN "{_identifier(channel)}"')
        for channel in sorted(listening - want):
            conn.execute(f'UNLISTEN "{_identifier(channel)}"')
        grew = bool(listening) and bool(added)
        listening.clear()
        listening.update(want)
        if grew:
            # the scope grew (IT gave a team): what its channels carried before this LISTEN
            # is read from the feed table, so nothing between the grant and now is missed
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
            listening: set[str] = set()
            self._listen(conn, listening)
            self.connected.set()
            self._drain()
            with selectors.DefaultSelector() as ready:
                ready.register(conn.fileno(), selectors.EVENT_READ)
                while not self._stop.is_set():
                    self._listen(conn, listening)
                    # wait for a notification (a second at most, so stop() is heard), then keep
                    # gathering for coalesce_s: a burst becomes one batch and one read of views
                    if not ready.select(max(self.poll_interval, 0.05) * 5):
                        continue
                    payloads = _arrived(conn)
                    if not payloads:
                        continue
                    deadline = time.monotonic() + self.coalesce_s
                    while (left := deadline - time.monotonic()) > 0 and ready.select(left):
                        payloads += _arrived(conn)
                    self._collect(payloads)
        finally:
            conn.close()
