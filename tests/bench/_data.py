"""A fast generator of a realistic shared inbox for the benchmarks.

--scale 1 is 1,000,000 messages in 200,000 conversations (5 per conversation, 50,000
customers, two brand accounts, three teams; most conversations resolved, the newest open; a
few tagged, some assigned, some past their SLA). Rows go in with the drivers' bulk paths —
``executemany`` on SQLite (one transaction), ``COPY`` on PostgreSQL — so the full size is built
in about a minute on two cores. SQLite datasets are cached by scale and schema head, and copied
for each run.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.db.migrate import head_revision
from app.db.models import BrandAccount, Employee, Team
from app.demo import ensure_demo_workspace
from app.session.console import Console

CACHE = Path(os.environ.get("SC_BENCH_CACHE", Path(tempfile.gettempdir()) / "sc-bench-cache"))
MESSAGES_PER_CONVERSATION = 5
#: bumped when the generator changes, so cached datasets are rebuilt
DATASET_VERSION = 2
WORDS = (
    "order parcel delivery refund broken late love great thanks help please account password "
    "login app crash update price discount shipping return exchange size colour warranty store "
    "support answer waiting still again week days ticket invoice payment card charged twice "
    "cancel subscription feature request bug screen battery charger cable box damaged missing "
    "colis livraison remboursement merci aide commande paquete pedido ayuda gracias bestellung "
    "lieferung danke hilfe 注文 配送 ありがとう 返金 طلب شكرا"
).split()
RARE = ["zephyr", "quokka", "marmalade", "tangerine", "obsidian", "kaleidoscope"]
NOW = datetime.now(UTC).replace(microsecond=0)


def _text(rng: random.Random, conv: int, k: int) -> str:
    n = 6 + int(rng.random() * 12)
    words = rng.choices(WORDS, k=n)
    if rng.random() < 0.002:
        words.insert(rng.randint(0, n), rng.choice(RARE))
    words.append(f"#{conv * 10 + k}")
    return " ".join(words)


@dataclass
class Dataset:
    url: str
    conversations: int
    messages: int
    seconds: float
    path: Path | None = None

    def open(self, **kw: Any) -> Console:
        return Console.open(self.url, **kw)


def _sqlite_ts(dt: datetime) -> str:
    """The text SQLAlchemy stores for a UTC time in SQLite (all times here are UTC already)."""
    return dt.replace(tzinfo=None).isoformat(" ", "microseconds")


def _rows(
    scale: float,
    accounts: list[int],
    teams: dict[str, int],
    people: list[int],
    ws: int,
    span_days: int = 180,
) -> tuple[list[tuple], Iterator[tuple], list[tuple], list[tuple], int, int]:
    rng = random.Random(5)
    n_conv = max(50, int(200_000 * scale))
    n_cust = max(10, n_conv // 4)
    customers = [
        (
            i,
            ws,
            "demo",
            f"cust-{i}",
            f"customer{i}",
            f"Customer {i}",
            rng.randint(0, 5000),
            False,
            "{}",
            NOW - timedelta(days=400),
        )
        for i in range(1, n_cust + 1)
    ]
    team_cycle = [teams["Customer Service"]] * 8 + [teams["Sales"], teams["PR"]]
    span = timedelta(days=span_days)
    convs = []
    for c in range(1, n_conv + 1):
        # conversation c is older the smaller c is: the newest are the last ids
        last = NOW - span * (1 - c / n_conv) - timedelta(seconds=rng.randint(0, 600))
        age_rank = (n_conv - c) / n_conv
        if age_rank < 0.05:
            status = "open"
        elif age_rank < 0.07:
            status = "pending"
        else:
            status = "resolved"
        assignee = rng.choice(people) if rng.random() < 0.3 else None
        due = last + timedelta(minutes=60) if status == "open" else None
        responded = None if status == "open" else last + timedelta(minutes=20)
        convs.append(
            (
                c,
                ws,
                accounts[c % len(accounts)],
                (c % n_cust) + 1,
                f"t{c}",
                "dm" if c % 5 == 0 else "mention",
                "",
                status,
                None,
                2 if rng.random() < 0.02 else (1 if rng.random() < 0.1 else 0),
                team_cycle[c % len(team_cycle)],
                assignee,
                None,
                round(rng.uniform(-1, 1), 2),
                "en",
                MESSAGES_PER_CONVERSATION,
                last,
                last,
                due,
                None,
                responded,
                None,
                last - timedelta(hours=2),
                last,
                1,
            )
        )

    def messages() -> Iterator[tuple]:
        mid = 0
        for conv in convs:
            c, acc, cust, last = conv[0], conv[2], conv[3], conv[16]
            for k in range(MESSAGES_PER_CONVERSATION):
                mid += 1
                at = last - timedelta(minutes=(MESSAGES_PER_CONVERSATION - 1 - k) * 7)
                inbound = k % 2 == 0
                yield (
                    mid,
                    c,
                    acc,
                    f"r{mid}",
                    "in" if inbound else "out",
                    conv[5] if inbound else "reply",
                    cust if inbound else None,
                    None,
                    _text(rng, c, k),
                    at,
                    at,
                    None,
                    None,
                    "en",
                    None,
                    None,
                    "{}",
                )

    tags = [(c[0], rng.choice(["refund", "bug", "vip"])) for c in convs if rng.random() < 0.05]
    return customers, messages(), convs, tags, n_conv, n_conv * MESSAGES_PER_CONVERSATION


CUSTOMER_COLS = "id, workspace_id, network, remote_id, handle, display_name, followers, vip, contact, first_seen_at"
CONV_COLS = (
    "id, workspace_id, brand_account_id, customer_id, thread_key, kind, snippet, status, "
    "snoozed_until, priority, team_id, assignee_id, intent, sentiment, language, message_count, "
    "last_message_at, last_inbound_at, first_response_due, next_response_due, first_responded_at, "
    "sla_breached_at, created_at, updated_at, version"
)
MSG_COLS = (
    "id, conversation_id, brand_account_id, remote_id, direction, kind, customer_id, employee_id, "
    "text, created_at, ingested_at, parent_remote_id, url, language, sentiment, intent, refs"
)


def _prepare(console: Console) -> tuple[list[int], dict[str, int], list[int], int]:
    with console.factory() as s, s.begin():
        ws = ensure_demo_workspace(s)
        accounts = [a.id for a in s.scalars(select(BrandAccount).order_by(BrandAccount.id))]
        teams = {t.name: t.id for t in s.scalars(select(Team))}
        people = [e.id for e in s.scalars(select(Employee).order_by(Employee.id))]
        return accounts, teams, people, ws.id


def _fill_sqlite(console: Console, scale: float, span_days: int = 180) -> tuple[int, int]:
    accounts, teams, people, ws = _prepare(console)
    customers, messages, convs, tags, n_conv, n_msg = _rows(
        scale, accounts, teams, people, ws, span_days
    )
    raw = console.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("PRAGMA synchronous=OFF")
        triggers = cur.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'message'"
        ).fetchall()
        cur.execute("BEGIN")
        # bulk load: the search index is rebuilt once at the end instead of row by row
        for name, _sql in triggers:
            cur.execute(f"DROP TRIGGER {name}")

        def q(cols: str) -> str:
            return ", ".join("?" for _ in cols.split(","))

        cur.executemany(
            f"INSERT INTO customer ({CUSTOMER_COLS}) VALUES ({q(CUSTOMER_COLS)})",
            [r[:9] + (_sqlite_ts(r[9]),) for r in customers],
        )
        conv_rows = []
        for r in convs:
            r = list(r)
            for i in (16, 17, 18, 20, 22, 23):
                if r[i] is not None:
                    r[i] = _sqlite_ts(r[i])
            conv_rows.append(r)
        cur.executemany(
            f"INSERT INTO conversation ({CONV_COLS}) VALUES ({q(CONV_COLS)})", conv_rows
        )
        batch: list[tuple] = []
        sql = f"INSERT INTO message ({MSG_COLS}) VALUES ({q(MSG_COLS)})"
        for m in messages:
            m = list(m)
            m[9] = m[10] = _sqlite_ts(m[9])
            batch.append(m)
            if len(batch) >= 20_000:
                cur.executemany(sql, batch)
                batch = []
        if batch:
            cur.executemany(sql, batch)
        cur.executemany("INSERT INTO conversation_tag (conversation_id, tag) VALUES (?, ?)", tags)
        cur.execute(
            "UPDATE conversation SET snippet = substr((SELECT text FROM message m WHERE "
            f"m.id = conversation.id * {MESSAGES_PER_CONVERSATION}), 1, 200)"
        )
        cur.execute("INSERT INTO message_fts(message_fts) VALUES ('rebuild')")
        # 'rebuild' leaves the whole index as one segment at level 0, where FTS5's automerge
        # would fold it into the next few small segments, rewriting it page by page during the
        # measured inserts; an index grown by years of ingest keeps its big segments at the
        # top levels, which is where 'optimize' puts it
        cur.execute("INSERT INTO message_fts(message_fts) VALUES ('optimize')")
        for _name, sql in triggers:
            cur.execute(sql)
        raw.commit()
        cur.execute("ANALYZE")
        cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    return n_conv, n_msg


def _fill_postgres(console: Console, scale: float, span_days: int = 180) -> tuple[int, int]:
    accounts, teams, people, ws = _prepare(console)
    customers, messages, convs, tags, n_conv, n_msg = _rows(
        scale, accounts, teams, people, ws, span_days
    )
    raw = console.engine.raw_connection()
    try:
        conn = raw.driver_connection
        with conn.cursor() as cur:
            # bulk load: the search index is built once at the end instead of row by row
            cur.execute("DROP INDEX ix_message_search")
            # the generator's rows are consistent by construction: skip per-row FK triggers
            cur.execute("SET session_replication_role = replica")
            with cur.copy(f"COPY customer ({CUSTOMER_COLS}) FROM STDIN") as cp:
                for r in customers:
                    cp.write_row(r)
            with cur.copy(f"COPY conversation ({CONV_COLS}) FROM STDIN") as cp:
                for r in convs:
                    cp.write_row(r)
            with cur.copy(f"COPY message ({MSG_COLS}) FROM STDIN") as cp:
                for m in messages:
                    cp.write_row(m)
            with cur.copy("COPY conversation_tag (conversation_id, tag) FROM STDIN") as cp:
                for t in tags:
                    cp.write_row(t)
            cur.execute(
                "UPDATE conversation c SET snippet = left(m.text, 200) FROM message m "
                f"WHERE m.conversation_id = c.id AND m.id = c.id * {MESSAGES_PER_CONVERSATION}"
            )
            cur.execute("SET session_replication_role = DEFAULT")
            cur.execute("SET maintenance_work_mem = '256MB'")
            cur.execute("CREATE INDEX ix_message_search ON message USING gin (search)")
            for table in ("customer", "conversation", "message"):
                cur.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
        conn.commit()
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE")
        conn.autocommit = False
    finally:
        raw.close()
    return n_conv, n_msg


def publish_whole(path: Path, data: bytes | Path) -> None:
    """Put ``data`` (bytes, or a file to copy) at ``path`` in one step: a benchmark running
    beside this one never reads half a file."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.part")
    if isinstance(data, Path):
        shutil.copyfile(data, tmp)
    else:
        tmp.write_bytes(data)
    tmp.replace(path)


def sqlite_dataset(scale: float, workdir: Path, span_days: int = 180) -> Dataset:
    """A private copy of the cached SQLite dataset for this scale (built once)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    span = "" if span_days == 180 else f"-{span_days}d"
    cached = CACHE / f"inbox-{head_revision()}-{DATASET_VERSION}-{scale:g}{span}.db"
    meta = cached.with_suffix(".json")
    t0 = time.perf_counter()
    if not cached.exists() or not meta.exists():
        # benchmarks may build the same dataset at once (the suite runs them side by side):
        # each builds its own file and moves it in whole, the meta first, so a reader finds
        # either nothing or a complete pair
        tmp = cached.with_suffix(f".building-{os.getpid()}")
        tmp.unlink(missing_ok=True)
        console = Console.open(f"sqlite:///{tmp}")
        n_conv, n_msg = _fill_sqlite(console, scale, span_days)
        console.close()
        publish_whole(meta, json.dumps({"conversations": n_conv, "messages": n_msg}).encode())
        tmp.replace(cached)
    info = json.loads(meta.read_text())
    target = workdir / "bench.db"
    shutil.copyfile(cached, target)
    return Dataset(
        f"sqlite:///{target}",
        info["conversations"],
        info["messages"],
        time.perf_counter() - t0,
        target,
    )


def postgres_dataset(scale: float, url: str, span_days: int = 180) -> Dataset:
    t0 = time.perf_counter()
    console = Console.open(url)
    n_conv, n_msg = _fill_postgres(console, scale, span_days)
    console.close()
    return Dataset(url, n_conv, n_msg, time.perf_counter() - t0)
