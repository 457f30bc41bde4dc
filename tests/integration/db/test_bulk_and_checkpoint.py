"""The ingest hot path's driver-level executemany and the SQLite WAL checkpointer."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import DateTime, bindparam, insert, select, text, update
from sqlalchemy.dialects import sqlite

from app.db.bulk import execute_many
from app.db.engine import SQLITE_WRITER_CHECKPOINT_PAGES, checkpointer_of, make_engine
from app.db.models import BrandAccount, Conversation, Message
from app.db.types import UTCDateTime
from app.demo import ensure_demo_workspace
from app.session.console import Console

INSERT = insert(Message.__table__)
BUMP = (
    update(Conversation.__table__)
    .where(Conversation.__table__.c.id == bindparam("cid"))
    .values(
        snippet=bindparam("snip"),
        updated_at=bindparam("at"),
        version=Conversation.__table__.c.version + 1,
    )
)


def _fresh(db_url: str) -> tuple[Console, int, int, int]:
    console = Console.open(db_url)
    with console.session() as s:
        ensure_demo_workspace(s)
        s.commit()
        acc = s.scalar(select(BrandAccount).order_by(BrandAccount.id))
        conv = Conversation(
            workspace_id=acc.workspace_id,
            brand_account_id=acc.id,
            customer_id=_customer(s, acc),
            thread_key="t-bulk",
            kind="mention",
            snippet="",
            status="open",
            priority=0,
            message_count=0,
            last_message_at=datetime.now(UTC),
            created_at=datetime.now(UTC),
            updated_at=datetime.now(UTC),
            version=1,
        )
        s.add(conv)
        s.commit()
        return console, acc.id, conv.id, conv.customer_id


def _customer(s, acc: BrandAccount) -> int:
    from app.db.models import Customer

    c = Customer(
        workspace_id=acc.workspace_id,
        network=acc.network,
        remote_id="bulk-cust",
        handle="bulk",
        display_name="Bulk",
        vip=False,
        contact={},
        first_seen_at=datetime.now(UTC),
    )
    s.add(c)
    s.flush()
    return c.id


def test_execute_many_stores_what_the_orm_would(db_url: str) -> None:
    console, account_id, conv_id, cust_id = _fresh(db_url)
    try:
        paris = timezone(timedelta(hours=1))
        when = datetime(2026, 3, 4, 5, 6, 7, 890123, tzinfo=paris)
        rows = [
            {
                "conversation_id": conv_id,
                "brand_account_id": account_id,
                "remote_id": f"bulk-{i}",
                "direction": "in",
                "kind": "mention",
                "customer_id": cust_id,
                "text": "‮hostile\x00" if i == 0 else f"message {i}",
                "created_at": when + timedelta(seconds=i),
                "ingested_at": when,
                "url": None,
                "language": "en",
                "refs": {"k": [i, "ü"]},
            }
            for i in range(3)
        ]
        rows[0]["text"] = "‮hostile <b>x</b> 👩‍👩‍👧"
        with console.engine.begin() as conn:
            execute_many(conn, INSERT, rows)
            execute_many(conn, BUMP, [{"cid": conv_id, "snip": "one", "at": when}])
            execute_many(conn, BUMP, [{"cid": conv_id, "snip": "two", "at": when}])
        with console.session() as s:
            got = s.scalars(
                select(Message).where(Message.remote_id.like("bulk-%")).order_by(Message.id)
            ).all()
            assert [m.remote_id for m in got] == ["bulk-0", "bulk-1", "bulk-2"]
            assert got[0].text == rows[0]["text"]
            assert got[1].created_at == when + timedelta(seconds=1)
            assert got[1].created_at.tzinfo is not None
            assert got[2].refs == {"k": [2, "ü"]}
            # the stored times compare with bound times as before (same text form on SQLite)
            later = s.scalars(
                select(Message.remote_id).where(
                    Message.created_at > when + timedelta(milliseconds=500)
                )
            ).all()
            assert sorted(later) == ["bulk-1", "bulk-2"]
            conv = s.get(Conversation, conv_id)
            assert conv.snippet == "two" and conv.version == 3
    finally:
        console.close()


def test_execute_many_refuses_rows_without_a_needed_value(sqlite_url: str) -> None:
    console, account_id, conv_id, _ = _fresh(sqlite_url)
    try:
        with console.engine.begin() as conn, pytest.raises(ValueError, match="cid"):
            execute_many(conn, BUMP, [{"snip": "x", "at": datetime.now(UTC)}])
    finally:
        console.close()


def test_execute_many_refuses_to_skip_a_python_side_default(sqlite_url: str) -> None:
    """SQLAlchemy computes onupdate values per execution; here the caller must give them."""
    stmt = update(Conversation.__table__).values(snippet=bindparam("snip"))
    console, *_ = _fresh(sqlite_url)
    try:
        with console.engine.begin() as conn, pytest.raises(ValueError, match="updated_at"):
            execute_many(conn, stmt, [{"snip": "x"}])
    finally:
        console.close()


def test_sqlite_datetime_text_is_unchanged() -> None:
    """Stored values written before the fast path must sort and match the new ones."""
    d = sqlite.dialect()
    theirs = DateTime().dialect_impl(d).bind_processor(d)
    ours = UTCDateTime().dialect_impl(d).bind_processor(d)
    for v in (
        datetime(2026, 1, 1, tzinfo=UTC),
        datetime(999, 3, 4, 5, 6, 7, 8, tzinfo=UTC),
        datetime(2026, 5, 6, 7, 8, 9, 123456, tzinfo=timezone(timedelta(hours=-7))),
    ):
        assert ours(v) == theirs(v.astimezone(UTC).replace(tzinfo=None))
    with pytest.raises(ValueError, match="naive"):
        ours(datetime(2026, 1, 1))


def test_checkpointer_folds_the_wal_back_off_the_writer(tmp_path) -> None:
    path = tmp_path / "cp.db"
    engine = make_engine(f"sqlite:///{path}")
    cp = checkpointer_of(engine)
    assert cp is not None and cp.running
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x TEXT)"))
    for _ in range(20):
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (:x)"), [{"x": "y" * 500}] * 50)
    deadline = time.monotonic() + 10
    while cp.checkpoints == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert cp.checkpoints > 0
    # writers checkpoint themselves only far later, as a safety net
    with engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
        assert pages == SQLITE_WRITER_CHECKPOINT_PAGES > 1000
    engine.dispose()
    deadline = time.monotonic() + 5
    while cp.running and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not cp.running


def test_memory_databases_have_no_checkpointer() -> None:
    engine = make_engine("sqlite://")
    assert checkpointer_of(engine) is None
    engine.dispose()
