"""The change feed delivers other workstations' changes, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from accounts.demo import DemoConnector
from app.db import changes
from app.db.changes import ChangeListener
from app.db.models import BrandAccount
from app.session.console import Console
from app.sync.runner import sync_account_once


def test_listener_sees_another_connections_commit(demo_console, demo_network, db_url) -> None:
    got: list = []
    arrived = threading.Event()

    def deliver(batch) -> None:
        got.extend(batch)
        arrived.set()

    other = Console.open(db_url)  # a second workstation on the same database
    listener = ChangeListener(other.engine, deliver, poll_interval=0.05)
    listener.start()
    try:
        assert listener.connected.wait(10)
        with demo_console.session() as s:
            acme = s.scalar(select(BrandAccount).order_by(BrandAccount.id))
        demo_network.generate(10)
        out = sync_account_once(
            demo_console.factory, acme.id, DemoConnector(demo_network, acme.handle)
        )
        assert arrived.wait(10), "no change delivered"
        ids = {i for ch in got if ch.topic == "conversation" for i in ch.ids}
        assert set(out.result.conversation_ids) <= ids
    finally:
        listener.stop()
        other.close()


def _listening(url: str, **kw):
    got: list = []
    lock = threading.Lock()

    def deliver(batch) -> None:
        with lock:
            got.append(list(batch))

    console = Console.open(url, migrate=False)
    listener = ChangeListener(console.engine, deliver, poll_interval=0.05, **kw)
    listener.start()
    assert listener.connected.wait(10)
    return console, listener, got


def _wait_for(got: list, n: int, timeout: float = 10.0) -> list:
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        flat = [c for b in got for c in b]
        if len(flat) >= n:
            return flat
        time.sleep(0.02)
    return [c for b in got for c in b]


@pytest.mark.postgres
def test_a_burst_arrives_in_few_batches_with_its_ids_and_no_read(pg_url) -> None:
    """Twenty commits in a burst: each change once, carried by NOTIFY, coalesced."""
    owner = Console.open(pg_url)
    console, listener, got = _listening(pg_url, coalesce_s=0.2)
    try:
        for i in range(20):
            with owner.factory() as s, s.begin():
                changes.publish(s, "conversation", [i, i + 100], origin="ws-1")
        flat = _wait_for(got, 20)
        assert sorted(c.ids for c in flat) == sorted((i, i + 100) for i in range(20))
        assert {c.origin for c in flat} == {"ws-1"}
        assert len(got) <= 5, [len(b) for b in got]  # coalesced, not one batch per change
    finally:
        listener.stop()
        console.close()
        owner.close()


@pytest.mark.postgres
def test_a_change_that_commits_after_a_later_id_is_not_skipped(pg_url) -> None:
    """Transaction A takes the earlier id but commits after B: both are delivered."""
    owner = Console.open(pg_url)
    console, listener, got = _listening(pg_url, coalesce_s=0.0)
    try:
        first = owner.factory()
        first.begin()
        changes.publish(first, "conversation", [1])  # takes the lower id, not committed yet
        with owner.factory() as s, s.begin():
            changes.publish(s, "conversation", [2])
        assert [c.ids for c in _wait_for(got, 1)] == [(2,)]
        first.commit()
        first.close()
        assert sorted(c.ids for c in _wait_for(got, 2)) == [(1,), (2,)]
    finally:
        listener.stop()
        console.close()
        owner.close()


@pytest.mark.postgres
def test_a_change_too_large_for_notify_is_read_from_the_feed(pg_url) -> None:
    owner = Console.open(pg_url)
    console, listener, got = _listening(pg_url)
    try:
        many = list(range(5_000))
        assert len(changes.encode(changes.Change(1, "conversation", tuple(many), None))) < 20
        with owner.factory() as s, s.begin():
            changes.publish(s, "conversation", many)
        flat = _wait_for(got, 1)
        assert len(flat) == 1 and flat[0].ids == tuple(many)
    finally:
        listener.stop()
        console.close()
        owner.close()


def test_payloads_round_trip_and_garbage_is_refused() -> None:
    ch = changes.Change(42, "conversation", (1, 2, 3), "abc")
    assert changes.decode(changes.encode(ch)) == ch
    assert changes.decode("17") == 17
    with pytest.raises(ValueError):
        changes.decode("{not json")


@pytest.mark.postgres
def test_a_conversation_change_carries_its_scope_and_a_workstation_skips_what_it_cannot_see(
    pg_url,
) -> None:
    """An agent of Customer Service hears a Sales conversation change and does not read it."""
    from app.demo import ensure_demo_workspace
    from app.identity.access import Actor, load_actor
    from app.inbox.fanout import plan
    from app.inbox.views import InboxFilter

    every = InboxFilter()  # "All I can see"

    def concerns(actor: Actor, ch: changes.Change, shown: set[int] | None = None) -> bool:
        p = plan(actor, every, [ch], shown or set())
        return bool(p.ids) or p.recount

    from tests.support.inbox import seed

    owner = Console.open(pg_url)
    with owner.factory() as s, s.begin():
        ensure_demo_workspace(s)
    conv_ids = seed(owner, [f"Question {i}" for i in range(3)])
    with owner.factory() as s:
        from app.db.models import Conversation, Employee, Team

        convs = {
            c.id: c for c in s.scalars(select(Conversation).where(Conversation.id.in_(conv_ids)))
        }
        sales = s.scalar(select(Team.id).where(Team.department == "sales"))
        support = s.scalar(select(Team.id).where(Team.department == "support"))
        alice = s.scalar(select(Employee.id).where(Employee.username == "alice"))
        agent: Actor = load_actor(s, alice)
    assert support in agent.team_ids and sales not in agent.team_ids
    target = conv_ids[0]
    console, listener, got = _listening(pg_url, coalesce_s=0.0)
    try:
        with owner.factory() as s, s.begin():
            s.get(Conversation, target).team_id = sales
            s.get(Conversation, target).assignee_id = None
            changes.publish(s, "conversation", [target])
        (ch,) = _wait_for(got, 1)
        assert ch.scope == ((sales, convs[target].brand_account_id, None, "open"),)
        # the state it left (migration 0025's trigger): a Customer Service conversation
        assert {(t, a) for t, a, _e, _s in ch.before} == {(support, convs[target].brand_account_id)}
        assert concerns(agent, ch)  # it left her team: her counts drop
        with owner.factory() as s, s.begin():
            s.get(Conversation, target).priority = 2
            changes.publish(s, "conversation", [target])
        flat = _wait_for(got, 2)
        assert flat[1].scope == ch.scope and flat[1].before == ()
        assert not concerns(agent, flat[1])  # another team's, not on screen: skipped
        assert concerns(agent, flat[1], shown={target})  # on screen: read, it may leave
        with owner.factory() as s, s.begin():
            s.get(Conversation, target).assignee_id = alice
            changes.publish(s, "conversation", [target])
        flat = _wait_for(got, 3)
        assert concerns(agent, flat[2])  # assigned to her: read
        # a change without scope (read from the feed table) is always read
        assert concerns(agent, changes.Change(1, "conversation", (target,), None))
    finally:
        listener.stop()
        console.close()
        owner.close()


@pytest.mark.postgres
def test_a_workstation_hears_only_its_scopes_changes_and_a_hand_off_reaches_both_teams(
    pg_url,
) -> None:
    """Channels by scope, end to end: a Sales listener does not receive a Customer Service
    change; a hand-off from Customer Service to Sales reaches both; other topics reach all; a
    listener whose scope grows hears, from the feed table, what its new channel carried."""
    from app.db.models import Conversation, Team
    from app.demo import ensure_demo_workspace
    from tests.support.inbox import seed

    owner = Console.open(pg_url)
    with owner.factory() as s, s.begin():
        ensure_demo_workspace(s)
    cid, other = seed(owner, ["Refund please", "Where is my order"])
    with owner.factory() as s:
        sales = s.scalar(select(Team.id).where(Team.department == "sales"))
        support = s.scalar(select(Team.id).where(Team.department == "support"))
    with owner.factory() as s, s.begin():
        for c in (cid, other):
            s.get(Conversation, c).team_id = support
            s.get(Conversation, c).assignee_id = None
    scope = {"sales": {changes.team_channel(sales)}}
    c1, to_sales, sales_got = _listening(pg_url, channels=lambda: scope["sales"])
    c2, to_support, support_got = _listening(
        pg_url, channels=lambda: {changes.team_channel(support)}
    )
    c3, to_all, all_got = _listening(pg_url)

    def touch(conv: int, **values: object) -> int:
        with owner.factory() as s, s.begin():
            row = s.get(Conversation, conv)
            for k, v in values.items():
                setattr(row, k, v)
            return changes.publish(s, "conversation", [conv])

    try:
        first = touch(cid, priority=2)  # Customer Service only
        assert [c.id for c in _wait_for(support_got, 1)] == [first]
        assert [c.id for c in _wait_for(all_got, 1)] == [first]
        handoff = touch(cid, team_id=sales)  # leaves Customer Service for Sales
        assert handoff in [c.id for c in _wait_for(sales_got, 1)]
        assert handoff in [c.id for c in _wait_for(support_got, 2)]
        with owner.factory() as s, s.begin():
            general = changes.publish(s, "presence", [1])
        for got, n in ((sales_got, 2), (support_got, 3), (all_got, 3)):
            assert general in [c.id for c in _wait_for(got, n)]
        # each listener heard each change once; Sales never heard the first
        assert [c.id for b in sales_got for c in b] == [handoff, general]
        assert [c.id for b in all_got for c in b] == [first, handoff, general]
        # IT gives the Sales desk Customer Service too: a change made before its LISTEN (on a
        # channel it did not hear yet) comes from the feed table, and later ones by NOTIFY
        missed = touch(other, priority=1)
        scope["sales"] = {changes.team_channel(sales), changes.team_channel(support)}
        heard = [c.id for c in _wait_for(sales_got, 3)]
        assert missed in heard, heard
        later = touch(other, priority=0)
        assert later in [c.id for c in _wait_for(sales_got, 4)]
    finally:
        for listener in (to_sales, to_support, to_all):
            listener.stop()
        for console in (c1, c2, c3, owner):
            console.close()
