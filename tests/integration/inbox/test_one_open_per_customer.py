"""One open conversation per customer and channel, on both backends (app.inbox.open_per_customer)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from app.db.models import AuditEvent, BrandAccount, Conversation, Message
from app.identity.access import AccessDenied
from app.inbox import conversations as cs
from app.inbox import open_per_customer
from app.sync.ingest import ingest_items
from tests.support.inbox import actor

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
ANA = RemoteAuthor("u-ana", "ana", "Ana Silva")
BEN = RemoteAuthor("u-ben", "ben", "Ben Okafor")


def item(
    rid: str, thread: str, *, who: RemoteAuthor = ANA, minutes: int = 0, kind=ItemKind.MENTION
):
    return InboundItem(
        remote_id=rid,
        kind=kind,
        author=who,
        text=f"text of {rid}",
        created_at=T0 + timedelta(minutes=minutes),
        thread_key=thread,
    )


def ingest(console, items, account_index: int = 0):
    with console.factory() as s, s.begin():
        acc = s.scalars(select(BrandAccount).order_by(BrandAccount.id)).all()[account_index]
        return ingest_items(s, acc, items, default_team_id=acc.settings.get("default_team_id"))


def conv_of(console, rid: str) -> Conversation:
    with console.session() as s:
        cid = s.scalar(select(Message.conversation_id).where(Message.remote_id == rid))
        conv = s.get(Conversation, cid)
        s.expunge(conv)
        return conv


def test_second_mention_joins_the_open_conversation_and_resolve_opens_a_new_one(
    demo_console,
) -> None:
    first = ingest(demo_console, [item("a1", "t1")])
    (a,) = first.new_conversation_ids
    # a new mention in another thread joins it; the summary follows the newest message
    second = ingest(demo_console, [item("a2", "t2", minutes=5)])
    assert second.new_conversation_ids == [] and second.conversation_ids == [a]
    conv = conv_of(demo_console, "a2")
    assert (conv.id, conv.message_count, conv.snippet) == (a, 2, "text of a2")
    assert conv.last_message_at == T0 + timedelta(minutes=5)
    # a DM is another channel, another customer another conversation
    dm = ingest(demo_console, [item("d1", "dm-1", minutes=6, kind=ItemKind.DM)])
    ben = ingest(demo_console, [item("b1", "t3", who=BEN, minutes=7)])
    assert len(dm.new_conversation_ids) == 1 and dm.new_conversation_ids != [a]
    assert len(ben.new_conversation_ids) == 1
    # the same customer writing to the other brand account: another conversation
    other = ingest(demo_console, [item("a3", "t4", minutes=8)], account_index=1)
    assert len(other.new_conversation_ids) == 1
    # pending counts as open: the new message joins and wakes it
    alice = actor(demo_console, "alice")
    with demo_console.factory() as s, s.begin():
        cs.set_status(s, alice, a, "pending")
    ingest(demo_console, [item("a4", "t5", minutes=9)])
    conv = conv_of(demo_console, "a4")
    assert (conv.id, conv.status, conv.message_count) == (a, "open", 3)
    # resolved: the next new mention opens a new conversation
    with demo_console.factory() as s, s.begin():
        cs.set_status(s, alice, a, "resolved")
    after = ingest(demo_console, [item("a5", "t6", minutes=10)])
    assert len(after.new_conversation_ids) == 1 and after.new_conversation_ids != [a]
    assert conv_of(demo_console, "a4").status == "resolved"
    # …and a reply in the resolved conversation's own thread still reopens it (reply chain first)
    ingest(demo_console, [item("a6", "t1", minutes=11)])
    assert conv_of(demo_console, "a6").id == a
    assert conv_of(demo_console, "a6").status == "open"


def test_new_threads_of_one_customer_in_one_batch_make_one_conversation(demo_console) -> None:
    cleo = RemoteAuthor("u-cleo", "cleo", "Cleo")
    r = ingest(
        demo_console,
        [
            item("c2", "ct2", who=cleo, minutes=2),
            item("c1", "ct1", who=cleo, minutes=1),
            item("c3", "ct1", who=cleo, minutes=3),
            item("c4", "cd1", who=cleo, minutes=4, kind=ItemKind.DM),
        ],
    )
    assert len(r.new_conversation_ids) == 2  # public and private
    public = conv_of(demo_console, "c1")
    assert conv_of(demo_console, "c2").id == public.id == conv_of(demo_console, "c3").id
    # named after the earliest thread, summarised over all three messages
    assert (public.thread_key, public.message_count, public.snippet) == ("ct1", 3, "text of c3")
    assert public.last_message_at == T0 + timedelta(minutes=3)
    assert conv_of(demo_console, "c4").kind == "dm"
    # a later batch with more new threads and an existing one: one statement per conversation
    ingest(
        demo_console,
        [item("c5", "ct9", who=cleo, minutes=5), item("c6", "ct2", who=cleo, minutes=6)],
    )
    public = conv_of(demo_console, "c6")
    assert (public.message_count, public.snippet) == (5, "text of c6")


def test_the_setting_switches_it_and_only_leads_or_it_may(demo_console) -> None:
    lena, alice = actor(demo_console, "lena"), actor(demo_console, "alice")
    with demo_console.factory() as s, s.begin(), pytest.raises(AccessDenied):
        open_per_customer.set_enabled(s, alice, False)
    with demo_console.session() as s:
        ws = lena.workspace_id
        assert open_per_customer.is_enabled(s, ws)  # the default
    with demo_console.factory() as s, s.begin():
        open_per_customer.set_enabled(s, lena, False)
    ingest(demo_console, [item("x1", "x1")])
    ingest(demo_console, [item("x2", "x2", minutes=1)])
    assert conv_of(demo_console, "x1").id != conv_of(demo_console, "x2").id
    with demo_console.factory() as s, s.begin():
        open_per_customer.set_enabled(s, lena, True)
    ingest(demo_console, [item("x3", "x3", minutes=2)])
    # the most recent open conversation takes it
    assert conv_of(demo_console, "x3").id == conv_of(demo_console, "x2").id
    with demo_console.session() as s:
        events = s.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "one_open_per_customer")
        ).all()
        assert [e["enabled"] for e in events] == [False, True]
        assert s.scalar(select(func.count()).select_from(Conversation)) == 2
