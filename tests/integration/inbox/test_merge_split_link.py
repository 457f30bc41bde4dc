"""Merge, split, one person across networks and notes about customers, on both backends."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from app.db.changes import latest_id
from app.db.models import (
    Assignment,
    AuditEvent,
    BrandAccount,
    ChangeEvent,
    Conversation,
    ConversationTag,
    Message,
    Note,
)
from app.identity.access import AccessDenied
from app.inbox import conversations as cs
from app.inbox import customers, merge
from app.sync.ingest import ingest_items
from tests.support.inbox import HOSTILE, actor, keep_threads_apart

T0 = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
ANA = RemoteAuthor("u-ana", "ana", "Ana Silva")


def item(rid, thread, *, who=ANA, minutes=0, parent=None, kind=ItemKind.MENTION):
    return InboundItem(
        remote_id=rid,
        kind=kind,
        author=who,
        text=f"text of {rid}",
        created_at=T0 + timedelta(minutes=minutes),
        thread_key=thread,
        parent_remote_id=parent,
    )


def ingest(console, items, account_id=None):
    with console.factory() as s, s.begin():
        acc = (
            s.get(BrandAccount, account_id)
            if account_id
            else s.scalars(select(BrandAccount).order_by(BrandAccount.id)).first()
        )
        return ingest_items(s, acc, items, default_team_id=acc.settings.get("default_team_id"))


def do(console, fn, *args, **kw):
    with console.factory() as s, s.begin():
        return fn(s, *args, **kw)


def everything(console, cids):
    """Every message, note and tag of these conversations (by remote id / text)."""
    with console.session() as s:
        msgs = set(s.scalars(select(Message.remote_id).where(Message.conversation_id.in_(cids))))
        notes = set(s.scalars(select(Note.text).where(Note.conversation_id.in_(cids))))
        tags = set(
            s.scalars(select(ConversationTag.tag).where(ConversationTag.conversation_id.in_(cids)))
        )
        return msgs, notes, tags


@pytest.fixture
def two_of_ana(demo_console):
    """Two conversations of Ana with the first brand account (threads kept apart to make them),
    claimed, tagged and noted by different people."""
    keep_threads_apart(demo_console)
    (a,) = ingest(
        demo_console,
        [
            item("a1", "ta"),
            item("a2", "ta", minutes=1, parent="a1"),
            item("a3", "ta", minutes=2, parent="a2"),
            item("a4", "ta", minutes=3, parent="a1"),
        ],
    ).new_conversation_ids
    (b,) = ingest(
        demo_console, [item("b1", "tb", minutes=4), item("b2", "tb", minutes=5, parent="b1")]
    ).new_conversation_ids
    keep_threads_apart(demo_console, False)
    alice, bob = actor(demo_console, "alice"), actor(demo_console, "bob")
    do(demo_console, cs.claim, alice, a)
    do(demo_console, cs.claim, bob, b)
    do(demo_console, cs.set_tags, alice, a, add=["refund", "late"])
    do(demo_console, cs.set_tags, bob, b, add=["refund", "angry"])
    do(demo_console, cs.add_note, alice, a, "note on a " + HOSTILE[0])
    do(demo_console, cs.add_note, bob, b, "note on b " + HOSTILE[1])
    do(demo_console, cs.set_priority, bob, b, 2)
    return a, b


def test_merge_keeps_every_message_note_tag_and_history(demo_console, two_of_ana) -> None:
    a, b = two_of_ana
    alice = actor(demo_console, "alice")
    before = everything(demo_console, [a, b])
    with demo_console.session() as s:
        feed = latest_id(s)
        history_before = s.scalar(
            select(func.count())
            .select_from(Assignment)
            .where(Assignment.conversation_id.in_([a, b]))
        )
        choices = merge.merge_choices(s, alice, a)
    assert [c.id for c in choices] == [b]
    result = do(demo_console, merge.merge, alice, b, a, origin="ws-1")
    assert (result.conversation_id, result.merged_id, result.messages, result.notes) == (a, b, 2, 1)
    assert everything(demo_console, [a]) == before
    with demo_console.session() as s:
        assert s.get(Conversation, b) is None
        conv = s.get(Conversation, a)
        # a keeps its holder, takes the higher priority and the newest message's summary
        assert (conv.assignee_id, conv.priority, conv.message_count) == (alice.employee_id, 2, 6)
        assert conv.snippet == "text of b2" and conv.status == "open"
        history = s.scalars(
            select(Assignment).where(Assignment.conversation_id == a).order_by(Assignment.id)
        ).all()
        assert len(history) == history_before + 1
        assert history[-1].action == "merge" and history[-1].by_employee_id == alice.employee_id
        assert {h.action for h in history} == {"claim", "merge"}
        assert (
            s.scalar(select(func.count()).where(AuditEvent.action == "conversations_merged")) == 1
        )
        events = s.scalars(select(ChangeEvent).where(ChangeEvent.id > feed)).all()
        assert [(e.topic, sorted(e.ids), e.origin) for e in events] == [
            ("conversation", sorted([a, b]), "ws-1")
        ]


def test_split_moves_a_message_and_its_later_replies(demo_console, two_of_ana) -> None:
    a, b = two_of_ana
    alice = actor(demo_console, "alice")
    before = everything(demo_console, [a, b])
    with demo_console.session() as s:
        a2 = s.scalar(select(Message.id).where(Message.remote_id == "a2"))
        a1 = s.scalar(select(Message.id).where(Message.remote_id == "a1"))
    result = do(demo_console, merge.split, alice, a, a2, origin="ws-1")
    new = result.new_conversation_id
    msgs, notes, tags = everything(demo_console, [new])
    assert msgs == {"a2", "a3"}  # a2 and the reply to it; a4 answers a1 and stays
    assert tags == {"refund", "late"} and notes == set()
    assert everything(demo_console, [a])[0] == {"a1", "a4"}
    # nothing lost, nothing doubled across the three conversations
    after = everything(demo_console, [a, b, new])
    assert after == before
    with demo_console.session() as s:
        old, fresh = s.get(Conversation, a), s.get(Conversation, new)
        assert (old.message_count, fresh.message_count) == (2, 2)
        assert fresh.snippet == "text of a3" and old.snippet == "text of a4"
        assert (fresh.assignee_id, fresh.team_id, fresh.customer_id) == (
            old.assignee_id,
            old.team_id,
            old.customer_id,
        )
        assert [
            h.action for h in s.scalars(select(Assignment).where(Assignment.conversation_id == new))
        ] == ["split"]
    # splitting the first message would take them all
    with pytest.raises(merge.MergeError, match="every message"):
        do(demo_console, merge.split, alice, a, a1)
    # and the split-off conversation merges back
    do(demo_console, merge.merge, alice, new, a)
    assert everything(demo_console, [a, b]) == before


def test_merge_and_split_refusals(demo_console, two_of_ana) -> None:
    a, b = two_of_ana
    sam = actor(demo_console, "sam")  # sales: cannot work Customer Service conversations
    with pytest.raises(AccessDenied):
        do(demo_console, merge.merge, sam, b, a)
    with demo_console.session() as s:
        a1 = s.scalar(select(Message.id).where(Message.remote_id == "a4"))
    with pytest.raises(AccessDenied):
        do(demo_console, merge.split, sam, a, a1)
    alice = actor(demo_console, "alice")
    (other,) = ingest(
        demo_console, [item("z1", "tz", who=RemoteAuthor("u-zed", "zed"))]
    ).new_conversation_ids
    with pytest.raises(merge.MergeError, match="same customer"):
        do(demo_console, merge.merge, alice, other, a)
    with pytest.raises(merge.MergeError, match="itself"):
        do(demo_console, merge.merge, alice, a, a)
    assert everything(demo_console, [a])[0] == {"a1", "a2", "a3", "a4"}


def test_link_shows_both_networks_history_and_notes_follow_the_person(demo_console) -> None:
    with demo_console.factory() as s, s.begin():
        first = s.scalars(select(BrandAccount).order_by(BrandAccount.id)).first()
        masto = BrandAccount(
            workspace_id=first.workspace_id,
            key=uuid.uuid4().hex,
            network="mastodon",
            handle="acme@social.example",
            remote_id="m-acme",
            settings=dict(first.settings),
        )
        s.add(masto)
        s.flush()
        masto_id = masto.id
    (on_demo,) = ingest(demo_console, [item("d1", "td")]).new_conversation_ids
    ana_masto = RemoteAuthor("109", "ana@mastodon.example", "Ana S.", avatar_url="https://x/a.png")
    (on_masto,) = ingest(
        demo_console, [item("m1", "tm", who=ana_masto, minutes=1)], masto_id
    ).new_conversation_ids
    alice, bob, sam = (actor(demo_console, n) for n in ("alice", "bob", "sam"))
    with demo_console.session() as s:
        demo_cust = s.get(Conversation, on_demo).customer_id
        masto_cust = s.get(Conversation, on_masto).customer_id
        panel = cs.customer_panel(s, alice, on_masto)
        assert panel.avatar_url == "https://x/a.png" and panel.linked == []
        assert [c.id for c in panel.conversations] == [on_masto]
        found = customers.link_candidates(s, alice, masto_cust, "ANA")
        assert [c.customer_id for c in found] == [demo_cust]
    with pytest.raises(AccessDenied):
        do(demo_console, customers.link, sam, masto_cust, demo_cust)
    assert do(demo_console, customers.link, alice, masto_cust, demo_cust) is True
    assert do(demo_console, customers.link, bob, demo_cust, masto_cust) is False  # already one
    hostile = HOSTILE[0] + " " + HOSTILE[1]
    note_id = do(demo_console, customers.add_note, alice, demo_cust, hostile)
    with demo_console.session() as s:
        panel = cs.customer_panel(s, bob, on_masto)
        assert [(p.network, p.handle) for p in panel.linked] == [("demo", "ana")]
        assert {c.id for c in panel.conversations} == {on_demo, on_masto}
        assert {c.customer for c in panel.conversations} == {
            "demo:ana",
            "mastodon:ana@mastodon.example",
        }
        assert [n.text for n in panel.notes] == [hostile] and panel.notes[0].author == "Alice Novak"
        assert panel.can_work
    do(demo_console, customers.edit_note, bob, note_id, "VIP: prefers DMs")
    with pytest.raises(ValueError, match="empty"):
        do(demo_console, customers.edit_note, bob, note_id, "   ")
    with demo_console.session() as s:
        (n,) = cs.customer_panel(s, alice, on_demo).notes
        assert (n.text, n.author, n.updated_by) == ("VIP: prefers DMs", "Alice Novak", "Bob Okafor")
        actions = s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
        for a in ("customers_linked", "customer_note_added", "customer_note_edited"):
            assert a in actions
    # sales cannot see these customers at all
    with demo_console.session() as s, pytest.raises(AccessDenied):
        cs.customer_panel(s, sam, on_demo)
    with pytest.raises(AccessDenied):
        do(demo_console, customers.add_note, sam, demo_cust, "hi")
    assert do(demo_console, customers.unlink, alice, masto_cust, demo_cust) == 1
    with demo_console.session() as s:
        panel = cs.customer_panel(s, alice, on_masto)
        assert panel.linked == [] and [c.id for c in panel.conversations] == [on_masto]
        assert panel.notes == []  # the note is about the other record
