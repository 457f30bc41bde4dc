"""The report_* rollups: kept up to date from the change feed, so a dashboard reads facts.

Every service that changes a conversation (ingest, a reply sent, a status change, a hand-off,
tags) publishes a change event naming it. :func:`catch_up` reads the events after the last one
it folded in, derives those conversations' facts again from the raw tables and replaces their
rows — so the rollups equal what a full computation gives, whatever happened in between.
The sync thread calls it every few seconds; a workspace seen for the first time (or whose
reporting time zone changed) is rebuilt whole.

Feed ids are handed out when a transaction writes its change, not when it commits: one that
took id 7 can commit after id 8 was read. Reading "ids above the mark" alone would skip it for
ever. So the ids below the mark that were missing when it moved past them are kept as *gaps*
and read again on every round until they appear — or can no longer appear: on PostgreSQL once
every transaction that was running when the gap was seen has ended (the snapshot's xmin has
passed the xmax recorded then) and, on both backends, after :data:`GAP_MIN_AGE_S` (an id a
rolled-back transaction took never appears; on SQLite writers commit one at a time in id order,
so a gap there is such an id).

The daily rollups (report_day, report_day_time) are the per-conversation ones summed per local
day and dimensions: the days a catch-up touched are summed again in SQL, so they stay equal to
the per-conversation rows they come from.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    case,
    delete,
    func,
    insert,
    literal_column,
    select,
    text,
)
from sqlalchemy.orm import Session

from app.db.bulk import member_of
from app.db.models import (
    ChangeEvent,
    Conversation,
    ConversationTag,
    ReportConversation,
    ReportDay,
    ReportDayTag,
    ReportDayTime,
    ReportResolution,
    ReportResponse,
    ReportState,
    ReportVolume,
    Workspace,
)
from app.db.types import utcnow
from app.reports.facts import (
    ConversationFacts,
    _status_events,
    derive_all,
    load_histories,
    report_timezone,
)
from app.reports.timing import BUCKET_BOUNDS

log = logging.getLogger(__name__)

ROLLUP_TABLES = (ReportVolume, ReportResponse, ReportResolution, ReportConversation)
#: conversations re-derived per statement batch
CHUNK = 5000


@dataclass
class CatchUp:
    workspaces: int = 0
    conversations: int = 0
    rebuilt: bool = False
    #: SQLite's planner statistics of the rollup tables were made (keep_planner_stats)
    analyzed: bool = False


def _rows(facts: Sequence[ConversationFacts]) -> dict[type, list[dict[str, object]]]:
    out: dict[type, list[dict[str, object]]] = {t: [] for t in ROLLUP_TABLES}
    for f in facts:
        d = f.dims
        common = {
            "conversation_id": f.conversation_id,
            "workspace_id": d.workspace_id,
            "team_id": d.team_id,
            "brand_account_id": d.account_id,
            "network": d.network,
            "kind": d.kind,
            "intent": d.intent,
        }
        out[ReportConversation].append(
            {
                **common,
                "assignee_id": d.assignee_id,
                "opened_at": f.opened_at,
                "day": f.day,
                "handoffs": f.handoffs,
            }
        )
        for r in f.responses:
            out[ReportResponse].append(
                {
                    **common,
                    "which": r.which,
                    "asked_at": r.asked_at,
                    "day": r.day,
                    "answered_at": r.answered_at,
                    "seconds": r.seconds,
                    "employee_id": r.employee_id,
                    "due_at": r.due_at,
                }
            )
        for e in f.resolutions:
            out[ReportResolution].append(
                {
                    **common,
                    "opened_at": e.opened_at,
                    "opened_day": e.opened_day,
                    "resolved_at": e.resolved_at,
                    "day": e.day,
                    "seconds": e.seconds,
                    "resolved_by": e.resolved_by,
                }
            )
        for (day, direction), cell in f.volume.items():
            out[ReportVolume].append(
                {
                    **common,
                    "day": day,
                    "direction": direction,
                    "n": cell.n,
                    "sentiment_sum": cell.sentiment_sum,
                    "sentiment_n": cell.sentiment_n,
                    "positive": cell.positive,
                    "negative": cell.negative,
                }
            )
    return out


def _write(session: Session, facts: Sequence[ConversationFacts]) -> None:
    for table, rows in _rows(facts).items():
        if rows:
            session.execute(insert(table), rows)


def _days_of(session: Session, chunk: Sequence[int]) -> set[str]:
    """The local days these conversations' rollup rows count on (before they are replaced)."""
    days: set[str] = set()
    for table, column in (
        (ReportVolume, ReportVolume.day),
        (ReportResponse, ReportResponse.day),
        (ReportResolution, ReportResolution.day),
        (ReportResolution, ReportResolution.opened_day),
    ):
        days.update(
            d
            for d in session.scalars(
                select(column).distinct().where(member_of(session, table.conversation_id, chunk))
            )
            if d is not None
        )
    return days


def _fact_days(facts: Sequence[ConversationFacts]) -> set[str]:
    days: set[str] = set()
    for f in facts:
        days.update(day for day, _direction in f.volume)
        days.update(r.day for r in f.responses)
        days.update(e.day for e in f.resolutions if e.day is not None)
        days.update(e.opened_day for e in f.resolutions)
    return days


def _replace(session: Session, workspace_id: int, ids: Sequence[int], tz: ZoneInfo) -> int:
    """Derive these conversations again and put their rows in place of the old ones; then sum
    the days they counted on (before or after) into the daily rollups again."""
    done = 0
    days: set[str] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        days |= _days_of(session, chunk)
        for table in ROLLUP_TABLES:
            session.execute(delete(table).where(member_of(session, table.conversation_id, chunk)))
        histories = load_histories(
            session, workspace_id, member_of(session, Conversation.id, chunk), ids=chunk
        )
        facts = derive_all(session, workspace_id, histories, tz)
        days |= _fact_days(facts)
        _write(session, facts)
        done += len(chunk)
    if days:
        refresh_daily(session, workspace_id, days)
    return done


# -- the daily rollups: per-conversation rows summed per day and dimensions, in SQL ---------

_DIMS = ("team_id", "brand_account_id", "network", "kind", "intent")


def _bucket(seconds: ColumnElement[int], i: int, timed: ColumnElement[bool]) -> ColumnElement[int]:
    """1 when a timed value falls in distribution bucket ``i`` (timing.BUCKET_BOUNDS)."""
    lo = BUCKET_BOUNDS[i - 1] if i else None
    hi = BUCKET_BOUNDS[i] if i < len(BUCKET_BOUNDS) else None
    cond = timed
    if lo is not None:
        cond = cond & (seconds >= lo)
    if hi is not None:
        cond = cond & (seconds < hi)
    return case((cond, 1), else_=0)


def volume_by_day(where: Sequence[ColumnElement[bool]]):  # noqa: ANN201 - a Select
    """report_volume summed per day, direction and dimensions (the report_day rows)."""
    V = ReportVolume
    keys = [V.workspace_id, V.day, V.direction, *(getattr(V, d) for d in _DIMS)]
    return (
        select(
            *keys,
            func.sum(V.n),
            func.sum(V.sentiment_sum),
            func.sum(V.sentiment_n),
            func.sum(V.positive),
            func.sum(V.negative),
        )
        .where(*where)
        .group_by(*keys)
    )


def times_by_day(table: type, where: Sequence[ColumnElement[bool]]):  # noqa: ANN201 - a Select
    """Waits (report_response) or resolved stretches (report_resolution) summed per day, metric
    and dimensions: the report_day_time rows. A wait counts as timed when it was answered."""
    T = table
    dims = [getattr(T, d) for d in _DIMS]
    if T is ReportResponse:
        timed = T.answered_at.is_not(None) & T.seconds.is_not(None)
        metric = T.which
        due = T.answered_at.is_not(None) & T.due_at.is_not(None)
        sla_total = func.sum(case((due, 1), else_=0))
        sla_met = func.sum(case((due & (T.answered_at <= T.due_at), 1), else_=0))
        where = list(where)
        n = func.sum(case((timed, 1), else_=0))
    else:
        timed = T.seconds.is_not(None)
        metric = literal_column("'resolution'")
        sla_total = sla_met = func.sum(0)
        n = func.count()  # every stretch resolved that day (the backlog's "closed")
        where = [*where, T.day.is_not(None)]
    keys = [T.workspace_id, T.day, *([metric] if T is ReportResponse else []), *dims]
    return (
        select(
            T.workspace_id,
            T.day,
            metric,
            *dims,
            n,
            *(func.sum(_bucket(T.seconds, i, timed)) for i in range(len(BUCKET_BOUNDS) + 1)),
            sla_total,
            sla_met,
        )
        .where(*where)
        .group_by(*keys)
    )


def opened_by_day(where: Sequence[ColumnElement[bool]]):  # noqa: ANN201 - a Select
    """Stretches opened per day and dimensions (report_day_time rows of metric "opened")."""
    S = ReportResolution
    dims = [getattr(S, d) for d in _DIMS]
    zero = literal_column("0")
    return (
        select(
            S.workspace_id,
            S.opened_day,
            literal_column("'opened'"),
            *dims,
            func.count(),
            *([zero] * (len(BUCKET_BOUNDS) + 3)),
        )
        .where(*where)
        .group_by(S.workspace_id, S.opened_day, *dims)
    )


def tags_by_day(where: Sequence[ColumnElement[bool]]):  # noqa: ANN201 - a Select
    """report_volume per day, direction, tag (of the conversation now) and dimensions."""
    V = ReportVolume
    keys = [
        V.workspace_id,
        V.day,
        V.direction,
        ConversationTag.tag,
        *(getattr(V, d) for d in _DIMS),
    ]
    return (
        select(*keys, func.sum(V.n))
        .join(ConversationTag, ConversationTag.conversation_id == V.conversation_id)
        .where(*where)
        .group_by(*keys)
    )


_TAG_COLS = ["workspace_id", "day", "direction", "tag", *_DIMS, "n"]
_DAY_COLS = ["workspace_id", "day", "direction", *_DIMS]
_DAY_COLS += ["n", "sentiment_sum", "sentiment_n", "positive", "negative"]
_TIME_COLS = ["workspace_id", "day", "metric", *_DIMS, "n", "b0", "b1", "b2", "b3", "b4"]
_TIME_COLS += ["sla_total", "sla_met"]


def refresh_daily(session: Session, workspace_id: int, days: set[str] | None = None) -> None:
    """Sum these days (every day when None) into report_day and report_day_time again."""

    def on(table: type, day: str = "day") -> list[ColumnElement[bool]]:
        c = [table.workspace_id == workspace_id]  # type: ignore[attr-defined]
        if days is not None:
            c.append(member_of(session, getattr(table, day), sorted(days)))
        return c

    for table in (ReportDay, ReportDayTime, ReportDayTag):
        session.execute(delete(table).where(*on(table)))
    session.execute(insert(ReportDay).from_select(_DAY_COLS, volume_by_day(on(ReportVolume))))
    session.execute(insert(ReportDayTag).from_select(_TAG_COLS, tags_by_day(on(ReportVolume))))
    for source in (ReportResponse, ReportResolution):
        session.execute(
            insert(ReportDayTime).from_select(_TIME_COLS, times_by_day(source, on(source)))
        )
    session.execute(
        insert(ReportDayTime).from_select(
            _TIME_COLS, opened_by_day(on(ReportResolution, "opened_day"))
        )
    )


def rebuild(session: Session, workspace_id: int, tz: ZoneInfo) -> int:
    """Every conversation of the workspace again, in id ranges (memory stays bounded)."""
    for table in ROLLUP_TABLES:
        session.execute(delete(table).where(table.workspace_id == workspace_id))
    statuses = _status_events(session, workspace_id, None)
    lo, hi = session.execute(
        select(func.min(Conversation.id), func.max(Conversation.id)).where(
            Conversation.workspace_id == workspace_id
        )
    ).one()
    if lo is None:
        refresh_daily(session, workspace_id)
        return 0
    done = 0
    step = CHUNK * 4
    for start in range(lo, hi + 1, step):
        where = Conversation.id.between(start, start + step - 1)
        histories = load_histories(session, workspace_id, where, statuses=statuses)
        _write(session, derive_all(session, workspace_id, histories, tz))
        done += len(histories)
    refresh_daily(session, workspace_id)
    return done


#: a gap younger than this is kept even when no transaction that could fill it is running
GAP_MIN_AGE_S = 30.0
#: at most this many gaps are remembered (a burst of rolled-back ids must not grow it for ever)
MAX_GAPS = 10_000
#: after a rebuild, ids this far below the newest are checked for gaps
REBUILD_GAP_WINDOW = 1000


@dataclass(frozen=True)
class _Horizon:
    """When this round reads: the clock, and on PostgreSQL the transaction horizon — every
    transaction below ``xmin`` has ended; every one that exists now is below ``xmax``."""

    at: float
    xmin: int | None = None
    xmax: int | None = None


def _horizon(session: Session) -> _Horizon:
    if session.get_bind().dialect.name != "postgresql":
        return _Horizon(time.time())
    xmin, xmax = session.execute(
        text(
            "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint, "
            "pg_snapshot_xmax(pg_current_snapshot())::text::bigint"
        )
    ).one()
    return _Horizon(time.time(), int(xmin), int(xmax))


def _settled(gap: Sequence[object], now: _Horizon) -> bool:
    """A gap that can no longer be filled: old enough, and every transaction that was running
    when it was seen (PostgreSQL) has ended since."""
    _id, seen_at, seen_xmax = gap
    if now.at - float(seen_at) < GAP_MIN_AGE_S:  # type: ignore[arg-type]
        return False
    return now.xmin is None or seen_xmax is None or now.xmin >= int(seen_xmax)  # type: ignore[call-overload]


def _new_gaps(present: Sequence[int], after: int, upto: int, now: _Horizon) -> list[list[object]]:
    """Ids in (after, upto] that were not read: taken by transactions not committed yet."""
    seen = set(present)
    out: list[list[object]] = []
    for i in range(after + 1, upto + 1):
        if i not in seen:
            out.append([i, now.at, now.xmax])
            if len(out) >= MAX_GAPS:
                break
    return out


def catch_up(session: Session, *, limit: int = 20_000) -> CatchUp:
    """Fold the change feed into the rollups (the caller commits). Cheap when nothing is new."""
    result = CatchUp()
    now = _horizon(session)
    newest = int(session.scalar(select(func.coalesce(func.max(ChangeEvent.id), 0))) or 0)
    for ws_id, settings in session.execute(select(Workspace.id, Workspace.settings)).all():
        tz = report_timezone(settings)
        state = session.get(ReportState, ws_id, with_for_update=True)
        if state is None or state.timezone != tz.key:
            if state is None:
                state = ReportState(workspace_id=ws_id, change_id=0, timezone=tz.key, gaps=[])
                session.add(state)
            result.conversations += rebuild(session, ws_id, tz)
            result.rebuilt = True
            state.timezone = tz.key
            state.change_id = newest
            # what a transaction not committed yet will write was not in the rebuild either
            low = max(0, newest - REBUILD_GAP_WINDOW)
            present = session.scalars(
                select(ChangeEvent.id).where(ChangeEvent.id > low, ChangeEvent.id <= newest)
            ).all()
            state.gaps = _new_gaps(present, low, newest, now)
            state.updated_at = utcnow()
            result.workspaces += 1
            continue
        gaps = {int(g[0]): g for g in state.gaps or ()}
        if state.change_id >= newest and not gaps:
            continue
        ids: set[int] = set()
        rows = session.execute(
            select(ChangeEvent.id, ChangeEvent.topic, ChangeEvent.ids)
            .where(ChangeEvent.id > state.change_id)
            .order_by(ChangeEvent.id)
            .limit(limit)
        ).all()
        if gaps:  # the late commits: ids below the mark that have appeared since
            rows += session.execute(
                select(ChangeEvent.id, ChangeEvent.topic, ChangeEvent.ids).where(
                    member_of(session, ChangeEvent.id, sorted(gaps))
                )
            ).all()
        last = state.change_id
        for event_id, topic, event_ids in rows:
            if topic == "conversation":
                ids.update(int(i) for i in event_ids or ())
            gaps.pop(int(event_id), None)
            last = max(last, int(event_id))
        fresh = [r[0] for r in rows if r[0] > state.change_id]
        for gap in _new_gaps(fresh, state.change_id, last, now):
            gaps[int(gap[0])] = gap  # type: ignore[call-overload]
        settled = [i for i, g in gaps.items() if _settled(g, now)]
        for i in settled:
            del gaps[i]
        if settled:
            log.info("report catch-up: %d feed ids never committed", len(settled))
        mine = sorted(
            session.scalars(
                select(Conversation.id).where(
                    member_of(session, Conversation.id, sorted(ids)),
                    Conversation.workspace_id == ws_id,
                )
            )
        )
        result.conversations += _replace(session, ws_id, mine, tz)
        state.change_id = last
        state.gaps = sorted(gaps.values())[-MAX_GAPS:]
        state.updated_at = utcnow()
        result.workspaces += 1
    session.flush()
    result.analyzed = keep_planner_stats(session, rebuilt=result.rebuilt)
    return result


def keep_planner_stats(session: Session, *, rebuilt: bool = False) -> bool:
    """SQLite only: give its query planner the rollup tables' statistics (``ANALYZE``) after a
    rebuild, or once when they have rows but no statistics yet. Returns whether it analysed.

    Without them SQLite guesses that ``workspace_id = ? AND day BETWEEN ? AND ?`` matches a
    handful of rows, so a tag filter (``conversation_id IN (tagged conversations)``) scanned
    every row of the period instead of reading the tagged conversations' few rows by index:
    the slowest filter change (250 ms CPU at a million messages, 90 ms with statistics).
    PostgreSQL's autovacuum keeps its own statistics. The check costs two small queries.
    """
    if session.get_bind().dialect.name != "sqlite":
        return False
    conn = session.connection()
    names = [t.__tablename__ for t in ROLLUP_TABLES]
    if not rebuilt:
        has_stats = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
        ).first()
        known = (
            {r[0] for r in conn.exec_driver_sql("SELECT DISTINCT tbl FROM sqlite_stat1")}
            if has_stats
            else set()
        )
        names = [
            n
            for n in names
            if n not in known and conn.exec_driver_sql(f"SELECT 1 FROM {n} LIMIT 1").first()
        ]
    for name in names:
        conn.exec_driver_sql(f"ANALYZE {name}")
    return bool(names)
