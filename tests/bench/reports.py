"""Reports over 1,000,000 messages in 200,000 conversations over 90 days (at --scale 1).

On SQLite and PostgreSQL (BENCH_BACKEND=sqlite|postgres to run one), after the dataset is
built and the rollups made (both outside the measurements):

- ``first_paint_ms``: the dashboard's first view for the last 30 days, read from the daily
  rollups (build_first_view: volumes, breakdowns, SLA %, distributions, medians and p90) and
  painted offscreen, as the window paints it when it opens; ``complete_ms``: the complete report
  (per-day medians, team and agent tables, from the per-conversation rollups) read and painted,
  which the window fills in after the first paint; ``raw_ms``: the same report computed
  straight from the raw tables in the same run;
- ``filter_ms``: the slowest first view after a filter or range change (each painted too),
  with each one's time in ``filters`` and its complete report's in ``filters_complete``;
- ``catch_up_empty_ms`` and ``catch_up_1000_ms``: the sync thread's catch-up with nothing new,
  and with 1,000 conversations changed;
- ``export_msgs_per_s``: the first, full export to Parquet; ``export_second_run_s``: the next
  run with nothing new; ``export_all_formats_msgs_per_s``: Parquet + CSV + JSON Lines.

The dataset is the inbox benchmark's (tests/bench/_data.py) over 90 days, with what reports need
added once: resolutions in the audit trail, reply authors, inbound sentiment, intents, and
business hours on the Customer Service SLA policy.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from app.db.bulk import insert_rows
from app.db.models import (
    AuditEvent,
    ChangeEvent,
    Conversation,
    Employee,
    SlaPolicy,
    Team,
    Workspace,
)
from app.db.types import utcnow
from app.identity.access import load_actor
from app.reports import rollups
from app.reports.datarepo import export
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
from app.reports.scope import report_scope
from app.session.console import Console
from tests.bench._data import (
    CACHE,
    DATASET_VERSION,
    postgres_dataset,
    publish_whole,
    sqlite_dataset,
)

SPAN_DAYS = 90
REPEAT = 5
INTENTS = ("complaint", "question", "purchase", "praise", "feature_request")
HOURS = {"tz": "Europe/Paris", "days": [0, 1, 2, 3, 4], "start": "09:00", "end": "18:00"}


def _prepare(console: Console) -> float:
    """What the reports need that the inbox dataset lacks; then the rollups. Returns rebuild s."""
    with console.factory() as s, s.begin():
        ws = s.scalar(select(Conversation.workspace_id).limit(1))
        people = list(s.scalars(select(Employee.id).order_by(Employee.id)))
        cases = " ".join(f"WHEN {i} THEN {p}" for i, p in enumerate(people))
        s.execute(
            text(
                f"UPDATE message SET employee_id = CASE (id % {len(people)}) {cases} END "
                "WHERE direction = 'out'"
            )
        )
        s.execute(
            text(
                "UPDATE message SET sentiment = ((id * 37) % 200 - 100) / 100.0 "
                "WHERE direction = 'in'"
            )
        )
        cases = " ".join(f"WHEN {i} THEN '{n}'" for i, n in enumerate(INTENTS))
        s.execute(text(f"UPDATE conversation SET intent = CASE (id % 5) {cases} END"))
        for policy in s.scalars(select(SlaPolicy)):
            policy.business_hours = HOURS
        rows = [
            {
                "workspace_id": ws,
                "at": last + timedelta(minutes=30),
                "actor_id": people[cid % len(people)],
                "actor_name": "bench",
                "action": "conversation_status",
                "target_type": "conversation",
                "target_id": str(cid),
                "detail": {"status": "resolved", "before": "open"},
            }
            for cid, last in s.execute(
                select(Conversation.id, Conversation.last_message_at).where(
                    Conversation.status == "resolved"
                )
            )
        ]
        for i in range(0, len(rows), 50_000):
            insert_rows(s.connection(), AuditEvent.__table__, rows[i : i + 50_000])
    t0 = time.perf_counter()
    with console.factory() as s, s.begin():
        rollups.catch_up(s)
    return time.perf_counter() - t0


def _painter() -> Any:
    """The reports window's dashboard, painted offscreen into an image (None without Qt)."""
    from tests.bench._qt import qt_loop

    qt_loop()
    from ui.reports.dashboard import paint_offscreen

    return paint_offscreen


#: CPU time of this process beside each wall-clock figure: on a shared machine the wall clock
#: mostly measures the queue for a core; on SQLite (in-process) the CPU time is the work itself
CPU: dict[str, float] = {}


def _timed(fn: Any, repeat: int = REPEAT, name: str | None = None) -> tuple[float, Any]:
    times, cpu, out = [], [], None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        out = fn()
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    if name:
        CPU[name] = round(statistics.median(cpu), 1)
    return statistics.median(times), out


def _measure(console: Console, n_messages: int, workdir: Path) -> dict[str, Any]:
    paint = _painter()
    with console.factory() as s, s.begin():
        # the sync thread's first round, as in any running console: on SQLite it also gives
        # the planner the rollup tables' statistics if a dataset cached before had none
        rollups.catch_up(s)
    with console.session() as s:
        lead = s.scalar(select(Employee.id).where(Employee.username == "priya"))
        scope = report_scope(load_actor(s, lead))  # PR: every team
        tz = report_timezone(s.scalar(select(Workspace.settings).limit(1)))
        teams = {t.name: t.id for t in s.scalars(select(Team))}
    today = utcnow().astimezone(tz).date()
    base = Period.last_days(30, today)

    def dashboard(period: Period, filters: Filters = Filters(), build: Any = None) -> Any:  # noqa: B008
        with console.session() as s:
            report = (build or build_first_view)(s, scope, period, filters)
        paint(report)
        return report

    dashboard(base)  # warm up: connections, statement caches, fonts
    dashboard(base, build=build_report)
    first_paint_ms, first = _timed(lambda: dashboard(base), name="first_paint")
    complete_ms, report = _timed(lambda: dashboard(base, build=build_report), name="complete")
    with console.session() as s:
        raw_ms, raw = _timed(lambda: build_report_raw(s, scope, base), repeat=2, name="raw")
    assert raw.total_in == report.total_in and raw.first == report.first, "rollups ≠ raw"
    assert comparable(first) == comparable(first_view_of(report)), "first view ≠ report"
    changes = {
        "team Customer Service": (base, Filters(team_ids=frozenset({teams["Customer Service"]}))),
        "network demo": (base, Filters(networks=frozenset({"demo"}))),
        "kind dm": (base, Filters(kinds=frozenset({"dm"}))),
        "intent complaint": (base, Filters(intents=frozenset({"complaint"}))),
        "tag refund": (base, Filters(tags=frozenset({"refund"}))),
        "last 7 days": (Period.last_days(7, today), Filters()),
        "last 90 days": (Period.last_days(90, today), Filters()),
        "previous 30 days": (base.previous(), Filters()),
    }
    filters, filters_complete = {}, {}
    for name, (period, flt) in changes.items():
        filters[name], _ = _timed(
            lambda p=period, f=flt: dashboard(p, f), repeat=3, name=f"filter {name}"
        )
        filters_complete[name], _ = _timed(
            lambda p=period, f=flt: dashboard(p, f, build_report), repeat=1
        )
    with console.factory() as s, s.begin():
        t0 = time.perf_counter()
        rollups.catch_up(s)
        empty_ms = (time.perf_counter() - t0) * 1000
    with console.factory() as s, s.begin():
        ids = list(s.scalars(select(Conversation.id).order_by(Conversation.id.desc()).limit(1000)))
        s.add(ChangeEvent(topic="conversation", ids=ids))
    with console.factory() as s, s.begin():
        t0 = time.perf_counter()
        done = rollups.catch_up(s)
        catch_up_ms = (time.perf_counter() - t0) * 1000
    assert done.conversations == len(ids)
    repo = workdir / "repo-parquet"
    with console.session() as s:
        t0, c0 = time.perf_counter(), time.process_time()
        first = export(s, repo, formats=("parquet",))
        export_s = time.perf_counter() - t0
        export_cpu_s = time.process_time() - c0
        t0 = time.perf_counter()
        second = export(s, repo, formats=("parquet",))
        second_s = time.perf_counter() - t0
    assert first.rows["messages"] == n_messages and second.total == 0
    with console.session() as s:
        t0 = time.perf_counter()
        export(s, workdir / "repo-all")
        all_s = time.perf_counter() - t0
    shutil.rmtree(workdir / "repo-parquet", ignore_errors=True)
    shutil.rmtree(workdir / "repo-all", ignore_errors=True)
    return {
        "first_paint_ms": round(first_paint_ms, 1),
        "complete_ms": round(complete_ms, 1),
        "raw_ms": round(raw_ms, 1),
        "filter_ms": round(max(filters.values()), 1),
        "filters": {k: round(v, 1) for k, v in filters.items()},
        "filters_complete": {k: round(v, 1) for k, v in filters_complete.items()},
        "catch_up_empty_ms": round(empty_ms, 1),
        "catch_up_1000_ms": round(catch_up_ms, 1),
        "export_msgs_per_s": round(n_messages / export_s),
        "export_second_run_s": round(second_s, 3),
        "export_all_formats_msgs_per_s": round(n_messages / all_s),
        "messages_in_30_days": report.total_in + report.total_out,
        "cpu_ms": {
            "first_paint": CPU["first_paint"],
            "complete": CPU["complete"],
            "raw": CPU["raw"],
            "filter_max": max(v for k, v in CPU.items() if k.startswith("filter ")),
        },
        "export_msgs_per_cpu_s": round(n_messages / export_cpu_s),
    }


def _sqlite(scale: float, workdir: Path) -> dict[str, Any]:
    from app.db.migrate import head_revision

    cached = CACHE / f"reports-{head_revision()}-{DATASET_VERSION}-{scale:g}.db"
    rebuild_s = None
    if not cached.exists():
        data = sqlite_dataset(scale, workdir, span_days=SPAN_DAYS)
        console = data.open(migrate=False)
        rebuild_s = _prepare(console)
        with console.engine.connect() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        console.close()
        publish_whole(cached, data.path)  # type: ignore[arg-type]
    target = workdir / "reports.db"
    shutil.copyfile(cached, target)
    console = Console.open(f"sqlite:///{target}", migrate=False)
    try:
        with console.session() as s:
            n = s.scalar(text("SELECT count(*) FROM message"))
        out = _measure(console, int(n), workdir)
    finally:
        console.close()
    if rebuild_s is not None:
        out["rollup_rebuild_s"] = round(rebuild_s, 1)
    return out


def _postgres(scale: float, workdir: Path) -> dict[str, Any]:
    from tests.support.pgcluster import start_cluster

    cluster = start_cluster()
    try:
        data = postgres_dataset(scale, cluster.url(cluster.create_database()), SPAN_DAYS)
        console = data.open(migrate=False)
        try:
            rebuild_s = _prepare(console)
            with console.engine.connect() as c:
                c.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")
            out = _measure(console, data.messages, workdir)
        finally:
            console.close()
        out["rollup_rebuild_s"] = round(rebuild_s, 1)
        return out
    finally:
        cluster.stop()


def run(scale: float = 1.0) -> dict[str, object]:
    workdir = Path(tempfile.mkdtemp(prefix="sc-bench-reports-"))
    which = os.environ.get("BENCH_BACKEND", "sqlite,postgres")
    out: dict[str, object] = {"span_days": SPAN_DAYS}
    try:
        if "sqlite" in which:
            out["sqlite"] = _sqlite(scale, workdir)
        if "postgres" in which:
            out["postgres"] = _postgres(scale, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return out
