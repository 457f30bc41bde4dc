"""The inbox with 1,000,000 messages in 200,000 conversations (at --scale 1).

Measures, through the real lazy model on a qasync loop (queries in worker threads, rows
inserted on the UI thread): the first page shown, against the raw SQL of that same page run
directly on the driver; a filter or search change; each further page; and the resident memory.
Backend: SQLite (the embedded default); BENCH_BACKEND=postgres runs it on a throwaway cluster.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy.dialects import postgresql, sqlite

from app.identity.access import load_actor
from app.inbox import views as inbox
from app.inbox.views import InboxFilter, View
from tests.bench._data import Dataset, postgres_dataset, sqlite_dataset
from tests.bench._qt import finish, pct, qt_loop, rss_mb, until

REPEAT = 7
FILTERS = (
    ("status open", InboxFilter(statuses=("open",))),
    ("unassigned", InboxFilter(view=View.UNASSIGNED, statuses=("open", "pending"))),
    ("mine", InboxFilter(view=View.MINE, statuses=())),
    ("tag", InboxFilter(tag="refund")),
    ("priority urgent", InboxFilter(priority=2, statuses=())),
    ("negative", InboxFilter(sentiment="negative", statuses=("open",))),
    ("sla breached", InboxFilter(sla="breached")),
    ("dm", InboxFilter(kind="dm")),
    ("search common", InboxFilter(search="refund", statuses=())),
    ("search two words", InboxFilter(search="parcel damaged", statuses=())),
    ("search rare", InboxFilter(search="quokka", statuses=())),
    ("search prefix", InboxFilter(search="subscr", statuses=("open",))),
)
BASE = InboxFilter(view=View.ALL, statuses=("open", "pending"))
#: a queue: most urgent first (SLA due, priority, age), the order an agent's queue opens in
QUEUE = InboxFilter(view=View.TEAMS, statuses=("open", "pending"))


def _dataset(scale: float, workdir: Path) -> tuple[Dataset, object]:
    if os.environ.get("BENCH_BACKEND") == "postgres":
        from tests.support.pgcluster import start_cluster

        cluster = start_cluster()
        return postgres_dataset(scale, cluster.url(cluster.create_database())), cluster
    return sqlite_dataset(scale, workdir), None


def _raw_page_ms(console, actor, flt: InboxFilter) -> float:
    """The page's statement, compiled once with its values, run straight on the DBAPI cursor."""
    dialect = sqlite.dialect() if console.backend == "sqlite" else postgresql.psycopg.dialect()
    with console.session() as s:
        rows, _ = inbox.page_rows(s, actor, flt, 200)
        stmt = inbox.page_statement(s, actor, flt, 200)
    sql = str(stmt.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    times = []
    raw = console.engine.raw_connection()
    try:
        cur = raw.cursor()
        for _ in range(REPEAT):
            t0 = time.perf_counter()
            cur.execute(sql)
            got = [r[0] for r in cur.fetchall()]
            times.append((time.perf_counter() - t0) * 1000)
    finally:
        raw.close()
    assert got == [r.id for r in rows]
    return statistics.median(times)


def run(scale: float = 1.0) -> dict[str, object]:
    workdir = Path(tempfile.mkdtemp(prefix="sc-bench-inbox-"))
    data, cluster = _dataset(scale, workdir)
    try:
        return _run(data)
    finally:
        if cluster is not None:
            cluster.stop()  # type: ignore[attr-defined]


def _run(data: Dataset) -> dict[str, object]:
    from ui.inbox.inbox_model import InboxModel

    app, loop = qt_loop()
    console = data.open(migrate=False)
    with console.session() as s:
        console.actor = load_actor(s, 2)  # Alice: team queue + her own, the OR-shaped scope
    actor = console.actor
    raw_ms = _raw_page_ms(console, actor, BASE)
    raw_queue_ms = _raw_page_ms(console, actor, QUEUE)
    model = InboxModel(console, BASE)

    async def main() -> dict[str, object]:
        # warm up (connection pool, statement caches), then time repeated first pages
        model.reload()
        await until(lambda: model.rowCount() > 0 and not model.loading, model.loading_changed)
        first = []
        for _ in range(REPEAT):
            done = model.loads_done
            t0 = time.perf_counter()
            model.reload()
            await until(
                lambda done=done: model.loads_done > done and model.rowCount() > 0,
                model.loading_changed,
            )
            first.append((time.perf_counter() - t0) * 1000)
        queue = []
        model.set_filter(QUEUE)
        await until(lambda: model.rowCount() > 0 and not model.loading, model.loading_changed)
        for _ in range(REPEAT):
            done = model.loads_done
            t0 = time.perf_counter()
            model.reload()
            await until(
                lambda done=done: model.loads_done > done and model.rowCount() > 0,
                model.loading_changed,
            )
            queue.append((time.perf_counter() - t0) * 1000)
        filt: dict[str, float] = {}
        for name, flt in FILTERS:
            runs = []
            for _ in range(3):
                done = model.loads_done
                t0 = time.perf_counter()
                model.set_filter(flt)
                await until(lambda done=done: model.loads_done > done, model.loading_changed)
                runs.append((time.perf_counter() - t0) * 1000)
            filt[name] = statistics.median(runs)
        model.set_filter(InboxFilter(view=View.ALL, statuses=()))
        await until(lambda: model.rowCount() > 0 and not model.loading, model.loading_changed)
        pages = []
        for _ in range(20):
            if not model.canFetchMore():
                break
            done = model.loads_done
            t0 = time.perf_counter()
            model.fetchMore()
            await until(lambda done=done: model.loads_done > done, model.loading_changed)
            pages.append((time.perf_counter() - t0) * 1000)
        return {
            "first_page_ms": round(statistics.median(first), 1),
            "raw_first_page_ms": round(raw_ms, 1),
            "first_page_target_ms": round(2 * raw_ms + 30, 1),
            "queue_first_page_ms": round(statistics.median(queue), 1),
            "raw_queue_first_page_ms": round(raw_queue_ms, 1),
            "queue_first_page_target_ms": round(2 * raw_queue_ms + 30, 1),
            "filter_ms": round(max(filt.values()), 1),
            "filter_median_ms": round(statistics.median(filt.values()), 1),
            "filters_ms": {k: round(v, 1) for k, v in filt.items()},
            "next_page_ms": round(pct(pages, 95), 1) if pages else None,
            "next_pages_ms": [round(p, 1) for p in pages],
            "rss_mb": round(rss_mb(), 1),
            "conversations": data.conversations,
            "messages": data.messages,
            "backend": console.backend,
            "dataset_s": round(data.seconds, 1),
        }

    try:
        return loop.run_until_complete(main())
    finally:
        model.shutdown()
        console.close()
        finish(loop)
