"""Fan-out on a real database: what a change notification carries and what each desk reads.

The notification says which conversations changed and their (team, account, assignee, status)
before and after; each workstation asks app.inbox.fanout.plan whether to read. These tests
drive real writers (an agent's own login, through row-level security), the real trigger of
migration 0025, real NOTIFY and the real listener; the window-level proofs (reads counted in a
real MainWindow) are in tests/ui/main/test_fanout_window.py.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import select, update

from app.db import changes
from app.db.changes import Change, ChangeListener
from app.db.models import Conversation
from app.identity.access import load_actor
from app.inbox import escalation, fanout
from app.inbox.views import InboxFilter, View
from app.session.console import Console
from tests.support.handoff_desk import Desk, build_desk


@pytest.fixture
def desk(pg_cluster) -> Iterator[Desk]:
    d = build_desk(pg_cluster)
    yield d
    d.close()


class _Heard:
    """A workstation's listener: every change it hears, in order."""

    def __init__(self, console: Console) -> None:
        self.got: list[Change] = []
        self._lock = threading.Lock()
        self.listener = ChangeListener(console.engine, self._deliver, poll_interval=0.05)
        self.listener.start()
        assert self.listener.connected.wait(10)

    def _deliver(self, batch) -> None:
        with self._lock:
            self.got.extend(batch)

    def wait(self, n: int, timeout: float = 10.0) -> list[Change]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and len(self.got) < n:
            time.sleep(0.02)
        assert len(self.got) >= n, f"heard {len(self.got)} of {n} changes"
        return list(self.got)

    def stop(self) -> None:
        self.listener.stop()


def _actor(desk: Desk, who: str):
    with desk.owner.factory() as s:
        return load_actor(s, desk.ids[who])


@pytest.mark.postgres
def test_a_hand_off_by_an_agent_carries_both_teams_so_each_side_reads_only_what_it_must(
    desk: Desk,
) -> None:
    """The agent can no longer see the conversation she handed to Sales; its scope is still known.

    Before migration 0025 the writer could not read the row after the move, the scope was
    unknown and every workstation of every team read the change.
    """
    cid = desk.conversation("Can I get a quote for 30 seats?")
    heard = _Heard(desk.owner)
    try:
        with desk.signed_in("agent") as agent, agent.factory() as s, s.begin():
            escalation.handoff(s, agent.actor, cid, department="sales", note="A quote: sales")
        ch = next(c for c in heard.wait(1) if cid in c.ids and c.topic == "conversation")
    finally:
        heard.stop()
    cs, sales, acct = desk.teams["Customer Service"], desk.teams["Sales"], desk.account
    assert ch.scope == ((sales, acct, None, "open"),)
    assert {(t, a, st) for t, a, _e, st in ch.before} == {(cs, acct, "open")}, ch.before
    teams = InboxFilter(view=View.TEAMS)
    # the other agent of Customer Service: nothing to read in her list, but her counts drop
    colleague = fanout.plan(_actor(desk, "agent2"), teams, [ch])
    assert colleague.ids == () and colleague.recount
    # Sales: it arrives in their list
    assert fanout.plan(_actor(desk, "seller"), teams, [ch]).ids == (cid,)
    # Product: nothing at all
    product = fanout.plan(_actor(desk, "pm"), teams, [ch])
    assert product.ids == () and not product.recount


@pytest.mark.postgres
def test_a_change_in_place_carries_one_state_and_other_teams_skip_it(desk: Desk) -> None:
    cid = desk.conversation("Where is my parcel?")
    heard = _Heard(desk.owner)
    try:
        with desk.owner.factory() as s, s.begin():
            s.execute(update(Conversation).where(Conversation.id == cid).values(priority=2))
            changes.publish(s, "conversation", [cid], origin="test")
        (ch,) = heard.wait(1)
    finally:
        heard.stop()
    assert ch.scope == ((desk.teams["Customer Service"], desk.account, None, "open"),)
    teams = InboxFilter(view=View.TEAMS)
    assert fanout.plan(_actor(desk, "agent"), teams, [ch]).ids == (cid,)
    skipped = fanout.plan(_actor(desk, "seller"), teams, [ch])
    assert skipped.ids == () and not skipped.recount


@pytest.mark.postgres
def test_a_bulk_update_gives_up_noting_and_its_change_is_read_everywhere(desk: Desk) -> None:
    """Past the trigger's cap the scope is unknown, never partial: every desk reads."""
    cid = desk.conversation("Refund, please")
    heard = _Heard(desk.owner)
    try:
        with desk.owner.factory() as s, s.begin():
            for i in range(300):  # 600 notes of ~15 characters: past the cap
                status = ("pending", "open")[i % 2]
                s.execute(update(Conversation).where(Conversation.id == cid).values(status=status))
            assert s.execute(select(Conversation.status).where(Conversation.id == cid)).scalar()
            changes.publish(s, "conversation", [cid])
        (ch,) = heard.wait(1)
    finally:
        heard.stop()
    assert ch.scope == ()
    product = fanout.plan(_actor(desk, "pm"), InboxFilter(view=View.TEAMS), [ch])
    assert product.ids == (cid,) and product.recount


@pytest.mark.postgres
def test_an_oversized_change_is_read_from_the_feed_and_read_in_full(desk: Desk) -> None:
    """Too many ids for NOTIFY's 8,000 bytes: the listener reads the change, the desk reads all."""
    cid = desk.conversation("Broken zip")
    many = [cid, *range(10_000_000, 10_002_000)]
    heard = _Heard(desk.owner)
    try:
        with desk.owner.factory() as s, s.begin():
            ev = changes.publish(s, "conversation", many)
        (ch,) = heard.wait(1)
    finally:
        heard.stop()
    assert len(changes.encode(Change(ev, "conversation", tuple(many), None))) < 20  # the id only
    assert ch.id == ev and ch.ids == tuple(sorted(many)) and ch.scope == ()
    product = fanout.plan(_actor(desk, "pm"), InboxFilter(view=View.TEAMS), [ch])
    assert product.ids == tuple(sorted(many)) and product.recount


def test_sqlite_changes_have_no_scope_and_are_read(sqlite_url) -> None:
    """SQLite has no NOTIFY: its workstations read the feed table, and read every change."""
    from app.demo import ensure_demo_workspace
    from tests.support.inbox import actor, seed

    owner = Console.open(sqlite_url)
    with owner.factory() as s, s.begin():
        ensure_demo_workspace(s)
    (cid,) = seed(owner, ["Hello"])
    other = Console.open(sqlite_url, migrate=False)
    heard = _Heard(other)
    try:
        with owner.factory() as s, s.begin():
            s.execute(update(Conversation).where(Conversation.id == cid).values(priority=1))
            changes.publish(s, "conversation", [cid])
        ch = next(c for c in heard.wait(1) if cid in c.ids)
    finally:
        heard.stop()
        other.close()
    alice = actor(owner, "alice")
    owner.close()
    assert ch.scope == ()
    got = fanout.plan(alice, InboxFilter(view=View.MINE), [ch])
    assert got.ids == (cid,) and got.recount
