"""Ingest end to end on both backends: dedupe, threading, history, hostile text, cursors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from accounts.base import FetchResult, InboundItem, ItemKind, RejectedItem, RemoteAuthor
from accounts.demo import DemoConnector
from app.db.models import BrandAccount, Conversation, Customer, Message, SyncRejection
from app.sync.ingest import ingest_items
from app.sync.runner import SyncRunner, sync_account_once

T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
ANA = RemoteAuthor("u-ana", "ana", "Ana Silva", followers=120)
BEN = RemoteAuthor("u-ben", "ben", "Ben Okafor", followers=7)


def item(
    rid: str,
    thread: str,
    text: str = "hello",
    *,
    author: RemoteAuthor = ANA,
    minutes: int = 0,
    kind: ItemKind = ItemKind.MENTION,
) -> InboundItem:
    return InboundItem(
        remote_id=rid,
        kind=kind,
        author=author,
        text=text,
        created_at=T0 + timedelta(minutes=minutes),
        thread_key=thread,
    )


def accounts(console) -> list[BrandAccount]:
    with console.session() as s:
        return list(s.scalars(select(BrandAccount).order_by(BrandAccount.id)))


def test_dedupe_threading_and_history(demo_console) -> None:
    acme, help_ = accounts(demo_console)
    with demo_console.factory() as s, s.begin():
        acc = s.get(BrandAccount, acme.id)
        r = ingest_items(
            s,
            acc,
            [
                item("1", "t1"),
                item("2", "t1", minutes=1),
                item("2", "t1"),
                # another customer's thread (one customer's new thread would join their open
                # conversation: tests/integration/inbox/test_one_open_per_customer.py)
                item("3", "t2", author=BEN, minutes=2),
            ],
        )
        assert len(r.new_message_ids) == 3 and r.duplicates == 1
        assert len(r.new_conversation_ids) == 2
    with demo_console.factory() as s, s.begin():
        acc = s.get(BrandAccount, acme.id)
        r = ingest_items(s, acc, [item("1", "t1"), item("4", "t1", "any update?", minutes=5)])
        assert r.duplicates == 1 and len(r.new_message_ids) == 1 and not r.new_conversation_ids
        # the same customer writes to the other brand account: same customer row
        acc2 = s.get(BrandAccount, help_.id)
        ingest_items(s, acc2, [item("1", "t9", "also here", minutes=6)])
    with demo_console.session() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 2
        conv = s.scalar(select(Conversation).where(Conversation.thread_key == "t1"))
        assert conv.message_count == 3 and conv.snippet == "any update?"
        assert conv.last_message_at == T0 + timedelta(minutes=5)
        history = s.scalars(
            select(Message.text)
            .where(Message.customer_id == conv.customer_id)
            .order_by(Message.created_at)
        ).all()
        assert history == ["hello", "hello", "any update?", "also here"]


def test_hostile_text_is_stored_exactly(demo_console) -> None:
    acme = accounts(demo_console)[0]
    texts = {
        "html": "<b>bold</b><script>alert(1)</script><img src=x onerror=alert(2)>",
        "rtl": "abc\u202edcba\u202c end",
        "zw": "zero\u200bwidth\u200d joiner \ufeff",
        "zwj": "family 👨\u200d👩\u200d👧\u200d👦 flag 🏳️\u200d🌈",
        "big": "x" * 100_000 + "END",
        "sql": "'; DROP TABLE message; --",
    }
    with demo_console.factory() as s, s.begin():
        acc = s.get(BrandAccount, acme.id)
        ingest_items(
            s,
            acc,
            [item(k, f"h-{k}", v) for k, v in texts.items()]
            + [item("nul", "h-nul", "a\x00b"), item("sur", "h-sur", "lone \ud800 surrogate")],
        )
    with demo_console.session() as s:
        stored = dict(s.execute(select(Message.remote_id, Message.text)).all())
    for k, v in texts.items():
        assert stored[k] == v
    assert stored["nul"] == "a\ufffdb"
    assert stored["sur"] == "lone \ufffd surrogate"


def test_rejected_items_are_kept_with_reason(demo_console) -> None:
    acme = accounts(demo_console)[0]
    with demo_console.factory() as s, s.begin():
        acc = s.get(BrandAccount, acme.id)
        ingest_items(
            s,
            acc,
            [item("ok", "t")],
            rejected=[RejectedItem("missing author", "bad-1", '{"id": "bad-1"}')],
        )
    with demo_console.session() as s:
        rej = s.scalar(select(SyncRejection))
        assert rej.reason == "missing author" and rej.remote_id == "bad-1"
        assert s.scalar(select(func.count()).select_from(Message)) == 1


def test_cursor_resumes_without_gaps_or_duplicates(demo_console, demo_network) -> None:
    acme = accounts(demo_console)[0]
    conn = DemoConnector(demo_network, acme.handle)
    demo_network.generate(300)
    out = sync_account_once(demo_console.factory, acme.id, conn, limit=50, batch=50)
    assert out.more and len(out.result.new_message_ids) == 50
    # a "restart": a new connector object, state only from the database cursor
    conn2 = DemoConnector(demo_network, acme.handle)
    total = 50
    while True:
        out = sync_account_once(demo_console.factory, acme.id, conn2, limit=50, batch=50)
        total += len(out.result.new_message_ids)
        if not out.more:
            break
    expected = sum(1 for b, _ in demo_network.items if b == acme.handle)
    assert total == expected
    with demo_console.session() as s:
        stored = s.scalar(
            select(func.count()).select_from(Message).where(Message.brand_account_id == acme.id)
        )
    assert stored == expected


def test_backlog_pages_go_into_one_transaction(demo_console, demo_network) -> None:
    """A backlog is fetched page after page and stored in one commit, with the last cursor."""
    acme = accounts(demo_console)[0]
    demo_network.generate(600)
    expected = sum(1 for b, _ in demo_network.items if b == acme.handle)
    assert expected > 160
    conn = DemoConnector(demo_network, acme.handle)
    fetches: list[str | None] = []
    original = conn.fetch_inbound

    def counting(cursor: str | None, limit: int = 100) -> FetchResult:
        fetches.append(cursor)
        return original(cursor, limit)

    conn.fetch_inbound = counting  # type: ignore[method-assign]
    out = sync_account_once(demo_console.factory, acme.id, conn, limit=40, batch=160)
    assert len(fetches) == 4 and out.more
    assert len(out.result.new_message_ids) == 160
    # the next call resumes from the stored cursor: nothing twice, nothing missed
    rest = 0
    while out.more:
        out = sync_account_once(demo_console.factory, acme.id, conn, limit=40, batch=160)
        rest += len(out.result.new_message_ids)
    assert 160 + rest == expected


def test_error_mid_backlog_keeps_the_pages_fetched_before_it(demo_console, demo_network) -> None:
    from accounts.base import RateLimited

    acme = accounts(demo_console)[0]
    demo_network.generate(400)
    conn = DemoConnector(demo_network, acme.handle)
    original = conn.fetch_inbound
    calls = 0

    def flaky(cursor: str | None, limit: int = 100) -> FetchResult:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise RateLimited("demo: too many requests", datetime.now(UTC) + timedelta(minutes=1))
        return original(cursor, limit)

    conn.fetch_inbound = flaky  # type: ignore[method-assign]
    out = sync_account_once(demo_console.factory, acme.id, conn, limit=30, batch=500)
    assert out.error and "too many" in out.error
    assert len(out.result.new_message_ids) == 60
    with demo_console.session() as s:
        a = s.get(BrandAccount, acme.id)
        assert a.status == "rate_limited"
        stored = s.scalar(
            select(func.count()).select_from(Message).where(Message.brand_account_id == acme.id)
        )
    assert stored == 60
    # the cursor stored with them is the one after page two: the next sync goes on from there
    with demo_console.session() as s:
        s.get(BrandAccount, acme.id).rate_limited_until = None
        s.commit()
    out = sync_account_once(demo_console.factory, acme.id, conn, limit=30, batch=30)
    assert len(out.result.new_message_ids) == 30 and out.result.duplicates == 0


def test_runner_survives_connector_errors(demo_console, demo_network) -> None:
    from accounts.base import AuthExpired

    acme, help_ = accounts(demo_console)

    class Broken(DemoConnector):
        def fetch_inbound(self, cursor: str | None, limit: int = 100) -> FetchResult:
            raise AuthExpired(
                "demo: the account's authorisation was refused; it needs reconnecting"
            )

    demo_network.generate(40)
    runner = SyncRunner(
        demo_console.factory,
        {
            acme.id: Broken(demo_network, acme.handle),
            help_.id: DemoConnector(demo_network, help_.handle),
        },
    )
    runner.run_once()
    with demo_console.session() as s:
        a = s.get(BrandAccount, acme.id)
        assert a.status == "needs_reconnect" and "reconnect" in a.status_reason
        assert (
            s.scalar(
                select(func.count())
                .select_from(Message)
                .where(Message.brand_account_id == help_.id)
            )
            > 0
        )
