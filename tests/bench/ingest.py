"""Ingest into a full inbox: stored, threaded, deduplicated — against a raw batched insert.

Both run in one process on the same database (the benchmark dataset at --scale), side by side:
``ingest_items`` on batches of ``INGEST_BATCH`` items — what the sync runner stores per
transaction while a backlog keeps coming (dedupe against the stored rows and within the batch,
customers upserted, threads found or made, summaries, SLA timers, one change event per batch) —
then a plain driver ``executemany`` of the very same message rows (under new remote ids) into
the same table, in the same batch size, one transaction per batch.
Backend: SQLite; BENCH_BACKEND=postgres runs it on a throwaway cluster. BENCH_PAGE sets the
batch size of both sides (BENCH_PAGE=200: one network page per commit, as in a trickle).
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from app.db.bulk import driver_params
from app.db.models import BrandAccount, Message
from app.sync.ingest import ingest_items
from app.sync.runner import INGEST_BATCH
from tests.bench._data import WORDS, postgres_dataset, sqlite_dataset

RAW_INSERT = insert(Message.__table__)
PAGE = int(os.environ.get("BENCH_PAGE", str(INGEST_BATCH)))


def _items(n: int, seed: int = 3) -> list[InboundItem]:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    threads = max(1, n // 4)
    out = []
    for i in range(n):
        t = rng.randrange(threads)
        who = t % max(1, threads // 2)
        out.append(
            InboundItem(
                remote_id=f"bench-{seed}-{i}",
                kind=ItemKind.DM if t % 5 == 0 else ItemKind.MENTION,
                author=RemoteAuthor(f"bench-cust-{who}", f"bench{who}", f"Bench {who}", 10),
                text=" ".join(rng.choices(WORDS, k=12)),
                created_at=now - timedelta(seconds=n - i),
                thread_key=f"bench-thread-{seed}-{t}",
                url=f"https://demo.social/bench/{i}",
                language="en",
            )
        )
    # every tenth page repeats a few items from the previous one (networks resend)
    return out


def run(scale: float = 1.0) -> dict[str, object]:
    cluster = None
    workdir = Path(tempfile.mkdtemp(prefix="sc-bench-ingest-"))
    if os.environ.get("BENCH_BACKEND") == "postgres":
        from tests.support.pgcluster import start_cluster

        cluster = start_cluster()
        data = postgres_dataset(scale, cluster.url(cluster.create_database()))
    else:
        data = sqlite_dataset(scale, workdir)
    try:
        return _run(data, scale)
    finally:
        if cluster is not None:
            cluster.stop()


def _run(data, scale: float) -> dict[str, object]:
    console = data.open(migrate=False)
    n = max(2_000, int(50_000 * scale))
    items = _items(n)
    with console.session() as s:
        account = s.scalar(select(BrandAccount).order_by(BrandAccount.id))
        team = account.settings.get("default_team_id")
        account_id = account.id
    # stored, threaded, deduplicated (each page overlaps the previous by 10 items)
    stored = 0
    duplicates = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    for start in range(0, n, PAGE):
        page = items[max(0, start - 10) : start + PAGE]
        with console.factory() as s, s.begin():
            acc = s.get(BrandAccount, account_id)
            r = ingest_items(s, acc, page, default_team_id=team)
            stored += len(r.new_message_ids)
            duplicates += r.duplicates
    ingest_s = time.perf_counter() - t0
    # CPU time of this process: on SQLite all the work is in-process, so this figure holds on a
    # machine shared with other jobs, where the wall-clock one measures the neighbours too
    ingest_cpu_s = time.process_time() - c0
    assert stored == n, (stored, n)
    # the same rows, raw
    with console.session() as s:
        rows = [
            {
                "conversation_id": m.conversation_id,
                "brand_account_id": m.brand_account_id,
                "remote_id": m.remote_id + "-raw",
                "direction": m.direction,
                "kind": m.kind,
                "customer_id": m.customer_id,
                "text": m.text,
                "created_at": m.created_at,
                "ingested_at": m.ingested_at,
                "url": m.url,
                "language": m.language,
                "refs": {},
            }
            for m in s.scalars(select(Message).where(Message.remote_id.like("bench-%")))
        ]
    # converted for the driver beforehand: the raw side times the driver's executemany alone
    with console.engine.connect() as conn:
        batches = [
            driver_params(conn, RAW_INSERT, rows[start : start + PAGE])
            for start in range(0, len(rows), PAGE)
        ]
    t0 = time.perf_counter()
    with console.engine.connect() as conn:
        for sql, params in batches:
            with conn.begin():
                conn.exec_driver_sql(sql, params)
    raw_s = time.perf_counter() - t0
    console.close()
    msgs = n / ingest_s
    raw = len(rows) / raw_s
    return {
        "msgs_per_s": round(msgs),
        "msgs_per_cpu_s": round(n / ingest_cpu_s) if ingest_cpu_s > 0 else None,
        "raw_msgs_per_s": round(raw),
        "ratio": round(msgs / raw, 3),
        "messages": n,
        "duplicates_skipped": duplicates,
        "page": PAGE,
        "dataset_messages": data.messages,
        "backend": console.backend,
    }
