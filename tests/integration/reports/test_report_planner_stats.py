"""SQLite's planner knows the rollup tables (issue 13: the slowest filter change was a tag):
after the catch-up, a tag filter reads the tagged conversations' rows by index instead of
every row of the period; the figures stay those of the raw computation."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from sqlalchemy import event, select, text

from app.db.models import Workspace
from app.db.types import utcnow
from app.reports import rollups
from app.reports.facts import report_timezone
from app.reports.metrics import (
    Filters,
    Period,
    build_first_view,
    build_report,
    build_report_raw,
    comparable,
    first_view_of,
)
from app.reports.scope import ReportScope
from app.session.console import Console
from tests.bench._data import _fill_sqlite
from tests.bench.reports import _prepare as prepare_reports

ROLLUPS = {"report_volume", "report_response", "report_resolution", "report_conversation"}


@contextmanager
def _statements(console: Console) -> Iterator[list[tuple[str, object]]]:
    seen: list[tuple[str, object]] = []

    def keep(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        seen.append((statement, parameters))

    event.listen(console.engine, "before_cursor_execute", keep)
    try:
        yield seen
    finally:
        event.remove(console.engine, "before_cursor_execute", keep)


def _tag_plans(console: Console, scope: ReportScope, period: Period) -> list[str]:
    """How SQLite reads each rollup table in the tag-filtered first view's statements."""
    with console.session() as s, _statements(console) as seen:
        build_first_view(s, scope, period, Filters(tags=frozenset({"refund"})))
    plans = []
    with console.session() as s:
        conn = s.connection()
        for statement, params in seen:
            if "conversation_tag" not in statement:
                continue
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
            plans += [r[-1] for r in rows if any(f" {t} " in f"{r[-1]} " for t in ROLLUPS)]
    # the waits still unanswered have their own small partial index, whatever the filter
    return [p for p in plans if "ix_report_response_waiting" not in p]


def _period(console: Console) -> tuple[ReportScope, Period]:
    with console.session() as s:
        ws = s.scalar(select(Workspace).limit(1))
        assert ws is not None
        scope, tz = ReportScope(ws.id, None), report_timezone(ws.settings)
    today = utcnow().astimezone(tz).date()
    return scope, Period(today - timedelta(days=29), today)


def test_after_the_catch_up_a_tag_filter_reads_the_tagged_rows_by_index(sqlite_url) -> None:
    # the reports benchmark's data at a small size: 10,000 conversations over 90 days, 1.6%
    # tagged "refund", resolutions in the audit trail; what SQLite chooses depends on such a
    # spread, not on a dozen rows
    console = Console.open(sqlite_url)
    try:
        _fill_sqlite(console, 0.05, span_days=90)
        # adds what reports need, then the first catch-up: a rebuild, then ANALYZE
        prepare_reports(console)
        scope, period = _period(console)
        refund = Filters(tags=frozenset({"refund"}))
        plans = _tag_plans(console, scope, period)
        assert plans and all("conversation_id=?" in p for p in plans), plans
        with console.session() as s:
            known = {r[0] for r in s.execute(text("SELECT tbl FROM sqlite_stat1"))}
            raw = build_report_raw(s, scope, period, refund)
            full = build_report(s, scope, period, refund)
            first = build_first_view(s, scope, period, refund)
        assert ROLLUPS <= known
        # the same figures as the complete report and as the raw tables give
        assert first.total_in and comparable(first) == comparable(first_view_of(full))
        assert comparable(first) == comparable(first_view_of(raw))
        # the control: without the statistics SQLite scans the period by day, as it did
        with console.factory() as s, s.begin():
            s.execute(text("DELETE FROM sqlite_stat1 WHERE tbl LIKE 'report_%'"))
            s.execute(text("ANALYZE sqlite_schema"))  # reload what the planner knows
        console.engine.dispose()
        assert any("conversation_id=?" not in p for p in _tag_plans(console, scope, period))
        # a later catch-up notices they are missing and makes them again, once
        with console.factory() as s, s.begin():
            assert rollups.catch_up(s).analyzed
        with console.factory() as s, s.begin():
            assert not rollups.catch_up(s).analyzed
        console.engine.dispose()
        assert all("conversation_id=?" in p for p in _tag_plans(console, scope, period))
    finally:
        console.close()


def test_postgresql_keeps_its_own_statistics(pg_url) -> None:
    console = Console.open(pg_url)
    try:
        with console.factory() as s, s.begin():
            assert rollups.keep_planner_stats(s, rebuilt=True) is False
    finally:
        console.close()
