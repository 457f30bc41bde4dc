"""The data-repository export writes every value exactly as stored — hostile text, empty
strings beside NULLs, exact floats, UTC times, JSON of any shape — on both backends, and reads
a batch of rows without the cycle collector walking them (the export's speed: issue 13)."""

from __future__ import annotations

import gc
import json
import math
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import func, select, update

from app.db.bulk import insert_rows
from app.db.models import AuditEvent, Conversation, Customer, Message, ReportVolume
from app.reports import rollups
from app.reports.datarepo import export
from tests.support.inbox import HOSTILE, seed

AWKWARD = (
    'quotes "inside", commas, and a trailing comma,',
    "line one\nline two\r\nline three\r",
    '"',
    " leading and trailing spaces ",
    "tab\there; semicolon; 'single'",
    "NULL",
    "\\N",
)


def _table(folder: Path, name: str) -> pa.Table:
    return pa.concat_tables([pq.read_table(p) for p in sorted((folder / name).glob("*.parquet"))])


def _by_id(data: pa.Table) -> dict[int, dict[str, Any]]:
    return {row["id"]: row for row in data.to_pylist()}


def test_every_value_comes_out_exactly_as_stored(demo_console, tmp_path) -> None:
    console = demo_console
    convs = seed(console, [*HOSTILE, *AWKWARD])
    with console.factory() as s, s.begin():
        ws = s.scalar(select(Conversation.workspace_id).limit(1))
        ids = list(s.scalars(select(Message.id).order_by(Message.id)))
        # floats that a 15-digit text form would round; an empty string beside NULLs
        s.execute(update(Message).where(Message.id == ids[0]).values(sentiment=1 / 3, url=""))
        s.execute(update(Message).where(Message.id == ids[1]).values(sentiment=-2.5e-300))
        s.execute(update(Message).where(Message.id == ids[2]).values(intent="", language=None))
        s.execute(update(Conversation).where(Conversation.id == convs[0]).values(sentiment=0.1))
        s.execute(update(Customer).values(vip=True).where(Customer.id == Customer.id))
        details: list[Any] = [
            {"z": 1, "a": 'é "quoted"\n', "nested": {"list": [1.5, None, True]}},
            5,  # a bare number: SQLite's JSON column keeps it as an integer, not text
            "just a string",
            [],
        ]
        for d in details:
            s.add(AuditEvent(workspace_id=ws, actor_name="it", action="test.detail", detail=d))
    with console.factory() as s, s.begin():
        rollups.catch_up(s)  # what the daily metrics are read from
    repo = tmp_path / "repo"
    assert gc.isenabled()
    with console.session() as s:
        result = export(s, repo, formats=("parquet",))
        # the connection reads text as text again (SQLite's was read as bytes meanwhile)
        assert isinstance(s.scalar(select(Message.text).limit(1)), str)
    assert gc.isenabled()  # the collector is back on after the export
    assert result.rows["messages"] == len(HOSTILE) + len(AWKWARD)

    with console.session() as s:
        messages = _by_id(_table(repo, "messages"))
        for m in s.scalars(select(Message)):
            out = messages[m.id]
            assert out["text"] == m.text and out["url"] == m.url, m.id
            assert out["intent"] == m.intent and out["language"] == m.language
            assert out["sentiment"] == m.sentiment  # bit for bit, not to 15 digits
            assert out["created_at"] == m.created_at and out["created_at"].tzinfo is not None
            assert out["ingested_at"] == m.ingested_at
            assert out["remote_id"] == m.remote_id and out["customer_id"] == m.customer_id
        assert messages[ids[0]]["url"] == "" and messages[ids[1]]["url"] is None
        conversations = _by_id(_table(repo, "conversations"))
        for c in s.scalars(select(Conversation)):
            out = conversations[c.id]
            assert (out["status"], out["sentiment"], out["updated_at"], out["team_id"]) == (
                c.status,
                c.sentiment,
                c.updated_at,
                c.team_id,
            )
        customers = _by_id(_table(repo, "customers"))
        assert customers and all(row["vip"] is True for row in customers.values())
        audit = _by_id(_table(repo, "audit_events"))
        for e in s.scalars(select(AuditEvent)):
            assert json.loads(audit[e.id]["detail"]) == e.detail, e.id
            assert audit[e.id]["at"] == e.at
    exported = [json.loads(r["detail"]) for r in audit.values() if r["action"] == "test.detail"]
    assert exported == details
    # the daily metrics (read from report_day) are report_volume's per-conversation rows summed
    with console.session() as s:
        V = ReportVolume
        keys = (V.day, V.team_id, V.brand_account_id, V.network, V.direction)
        sums = {
            tuple(r[:5]): r[5:]
            for r in s.execute(
                select(
                    *keys, func.sum(V.n), func.sum(V.sentiment_sum), func.sum(V.sentiment_n)
                ).group_by(*keys)
            )
        }
    metrics = _table(repo, "metrics_daily").to_pylist()
    assert metrics and len(metrics) == len(sums)
    for m in metrics:
        n, sentiment_sum, sentiment_n = sums[
            (m["day"], m["team_id"], m["brand_account_id"], m["network"], m["direction"])
        ]
        assert (m["messages"], m["sentiment_n"]) == (n, sentiment_n)
        assert math.isclose(m["sentiment_sum"], sentiment_sum, rel_tol=1e-12, abs_tol=1e-12)


def test_a_batch_is_read_without_the_cycle_collector_walking_it(demo_console, tmp_path) -> None:
    """20,000 rows held as driver tuples used to set off a collection every 700 allocations,
    each walking the tuples and the rest of the heap (a fifth of the export's time)."""
    console = demo_console
    (conv,) = seed(console, ["the first message"])
    with console.factory() as s, s.begin():
        c = s.get(Conversation, conv)
        assert c is not None
        t0 = datetime(2026, 11, 1, tzinfo=UTC)
        rows = [
            {
                "conversation_id": c.id,
                "brand_account_id": c.brand_account_id,
                "remote_id": f"bulk-{i}",
                "direction": "in",
                "kind": "mention",
                "customer_id": c.customer_id,
                "text": f"message number {i}, with a comma",
                "created_at": t0 + timedelta(seconds=i),
                "ingested_at": t0 + timedelta(seconds=i),
                "sentiment": (i % 200 - 100) / 100,
                "refs": {},
            }
            for i in range(20_000)
        ]
        insert_rows(s.connection(), Message.__table__, rows)
    gc.collect()
    before = gc.get_stats()[0]["collections"]
    with console.session() as s:
        result = export(s, tmp_path / "repo", formats=("parquet",))
    collections = gc.get_stats()[0]["collections"] - before
    assert result.rows["messages"] == 20_001
    assert collections < 10, f"{collections} collections while exporting 20,001 messages"
    assert gc.isenabled()
    out = _table(tmp_path / "repo", "messages")
    assert out.num_rows == 20_001 and out.column("text")[-1].as_py().endswith("with a comma")
