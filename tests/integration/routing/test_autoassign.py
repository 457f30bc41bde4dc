"""Auto-assignment never picks an agent who is not there: away, busy, signed out, deactivated,
or full — sequentially on both backends, and under concurrent ingests on PostgreSQL."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from sqlalchemy import func, select, text, update

from app.db.models import Assignment, AuditEvent, Conversation, Employee, Notification
from app.demo import ensure_demo_workspace
from app.routing import autoassign
from app.routing.engine import RoutingEngine
from app.session.console import Console
from tests.integration.routing.helpers import (
    account_ids,
    actor_of,
    ingest,
    item,
    make_agent,
    team_id,
)

QUESTION = "Do you ship the AeroPhone to Canada?"


def _setup_team(console, mode: str, capacities: dict[str, int]) -> dict[str, int]:
    """Customer Service with these agents (plus demo alice and bob, signed out)."""
    ids = {
        name: make_agent(console, "Customer Service", name, capacity=cap)
        for name, cap in capacities.items()
    }
    with console.factory() as s, s.begin():
        s.execute(
            update(Employee)
            .where(Employee.username.in_(["alice", "bob"]))
            .values(last_seen_at=None)
        )
        ines = actor_of(console, "ines")
        autoassign.set_team_mode(s, ines, team_id(console, "Customer Service"), mode)
    return ids


def _sign_in(console, *names: str) -> None:
    with console.factory() as s, s.begin():
        for n in names:
            autoassign.heartbeat(s, actor_of(console, n).employee_id)


def _assignees(console, threads: list[str]) -> list[int | None]:
    with console.session() as s:
        by_thread = dict(
            s.execute(
                select(Conversation.thread_key, Conversation.assignee_id).where(
                    Conversation.thread_key.in_(threads)
                )
            ).all()
        )
    return [by_thread[t] for t in threads]


def test_least_loaded_never_picks_an_unavailable_agent(demo_console) -> None:
    ids = _setup_team(
        demo_console,
        "least_loaded",
        {"ann": 10, "ben": 2, "cat": 10, "dan": 10, "eve": 10, "fay": 10},
    )
    _sign_in(demo_console, "ann", "ben", "cat", "dan", "fay")  # eve never signs in
    with demo_console.factory() as s, s.begin():
        autoassign.set_availability(s, actor_of(demo_console, "cat"), "away")
        autoassign.set_availability(s, actor_of(demo_console, "dan"), "busy")
        s.execute(update(Employee).where(Employee.id == ids["fay"]).values(active=False))
    acme = account_ids(demo_console)[0]
    items = [item(QUESTION) for _ in range(8)]
    ingest(demo_console, acme, items, RoutingEngine())
    got = _assignees(demo_console, [i.thread_key for i in items])
    counts = Counter(got)
    # ben has room for 2; everything else goes to ann; nobody else ever
    assert counts == {ids["ann"]: 6, ids["ben"]: 2}
    # least loaded alternates while both have room
    assert got[:4] == [ids["ann"], ids["ben"], ids["ann"], ids["ben"]]
    with demo_console.session() as s:
        assert s.scalar(select(func.count()).where(Assignment.action == "auto")) == 8
        assert s.scalar(select(func.count()).where(Notification.kind == "assigned")) == 8
        assert s.scalar(select(func.count()).where(AuditEvent.action == "availability_set")) == 2
    # when nobody is available the conversations wait in the queue, unassigned
    with demo_console.factory() as s, s.begin():
        autoassign.set_availability(s, actor_of(demo_console, "ann"), "away")
    more = [item(QUESTION) for _ in range(2)]
    ingest(demo_console, acme, more, RoutingEngine())
    assert _assignees(demo_console, [i.thread_key for i in more]) == [None, None]


def test_round_robin_takes_turns(demo_console) -> None:
    ids = _setup_team(demo_console, "round_robin", {"ann": 10, "ben": 10, "cat": 10})
    _sign_in(demo_console, "ann", "ben", "cat")
    acme = account_ids(demo_console)[0]
    first = [item(QUESTION) for _ in range(4)]
    ingest(demo_console, acme, first, RoutingEngine())
    second = [item(QUESTION) for _ in range(2)]
    ingest(demo_console, acme, second, RoutingEngine())  # the turn carries across batches
    got = _assignees(demo_console, [i.thread_key for i in first + second])
    a, b, c = ids["ann"], ids["ben"], ids["cat"]
    assert got == [a, b, c, a, b, c]


@pytest.mark.parametrize("leaves", ["away", "signed out", "deactivated"])
def test_a_reopened_conversation_goes_to_someone_who_is_there(demo_console, leaves: str) -> None:
    ids = _setup_team(demo_console, "least_loaded", {"ann": 10, "ben": 10})
    _sign_in(demo_console, "ann")
    acme = account_ids(demo_console)[0]
    first = item(QUESTION)
    ingest(demo_console, acme, [first], RoutingEngine())
    assert _assignees(demo_console, [first.thread_key]) == [ids["ann"]]
    with demo_console.factory() as s, s.begin():
        s.execute(
            update(Conversation)
            .where(Conversation.thread_key == first.thread_key)
            .values(status="resolved")
        )
        if leaves == "away":
            autoassign.set_availability(s, actor_of(demo_console, "ann"), "away")
        elif leaves == "signed out":
            autoassign.sign_off(s, ids["ann"])
        else:
            s.execute(update(Employee).where(Employee.id == ids["ann"]).values(active=False))
    _sign_in(demo_console, "ben")
    follow = item("Any update on this?", thread=first.thread_key, author=first.author)
    ingest(demo_console, acme, [follow], RoutingEngine())
    with demo_console.session() as s:
        conv = s.scalar(select(Conversation).where(Conversation.thread_key == first.thread_key))
        assert conv.status == "open" and conv.assignee_id == ids["ben"]
        note = s.scalar(select(Assignment.note).order_by(Assignment.id.desc()).limit(1))
        assert "someone who left" in note


def test_busy_agents_keep_what_they_hold(demo_console) -> None:
    ids = _setup_team(demo_console, "least_loaded", {"ann": 10, "ben": 10})
    _sign_in(demo_console, "ann", "ben")
    acme = account_ids(demo_console)[0]
    first = item(QUESTION)
    ingest(demo_console, acme, [first], RoutingEngine())
    held_by = _assignees(demo_console, [first.thread_key])[0]
    name = "ann" if held_by == ids["ann"] else "ben"
    with demo_console.factory() as s, s.begin():
        autoassign.set_availability(s, actor_of(demo_console, name), "busy")
    ingest(
        demo_console,
        acme,
        [item("Any update?", thread=first.thread_key, author=first.author)],
        RoutingEngine(),
    )
    assert _assignees(demo_console, [first.thread_key]) == [held_by]


def test_an_unknown_availability_is_refused(demo_console) -> None:
    with demo_console.factory() as s, s.begin():
        with pytest.raises(ValueError, match="not an availability"):
            autoassign.set_availability(s, actor_of(demo_console, "alice"), "asleep")


# -- PostgreSQL: concurrent ingests and availability changes --------------------------------


@pytest.fixture
def pg_console(pg_url: str):
    console = Console.open(pg_url)
    with console.factory() as s, s.begin():
        ensure_demo_workspace(s)
    yield console
    console.close()


def _lock_waiters(console) -> int:
    with console.engine.connect() as c:
        return int(
            c.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE wait_event_type = 'Lock' AND datname = current_database()"
                )
            ).scalar()
        )


def test_an_agent_going_away_during_an_ingest_is_never_picked(pg_console, qtbot) -> None:
    """The availability change and the assignment serialise on the agent's row: whichever
    commits first, the assignment goes to someone available at commit time."""
    ids = _setup_team(pg_console, "least_loaded", {"ann": 10, "ben": 10})
    _sign_in(pg_console, "ann", "ben")
    acme = account_ids(pg_console)[0]
    # ann goes away in a transaction that has not committed yet
    s1 = pg_console.factory()
    s1.begin()
    autoassign.set_availability(s1, actor_of(pg_console, "ann"), "away")
    done: list[object] = []
    it = item(QUESTION)

    def run() -> None:
        try:
            ingest(pg_console, acme, [it], RoutingEngine())
            done.append("ok")
        except Exception as exc:  # noqa: BLE001
            done.append(exc)

    t = threading.Thread(target=run)
    t.start()
    try:
        # the ingest waits on ann's row lock instead of picking her from a stale read
        qtbot.waitUntil(lambda: _lock_waiters(pg_console) >= 1, timeout=20_000)
        assert not done
    finally:
        s1.commit()
        s1.close()
    t.join(30)
    assert done == ["ok"]
    assert _assignees(pg_console, [it.thread_key]) == [ids["ben"]]


def test_concurrent_ingests_respect_capacity_and_availability(pg_console) -> None:
    ids = _setup_team(pg_console, "least_loaded", {"ann": 4, "ben": 4, "cat": 4})
    _sign_in(pg_console, "ann", "ben", "cat")
    with pg_console.factory() as s, s.begin():
        autoassign.set_availability(s, actor_of(pg_console, "cat"), "away")
    acme, help_ = account_ids(pg_console)
    barrier = threading.Barrier(3)
    errors: list[BaseException] = []
    batches = {
        acme: [item(QUESTION) for _ in range(12)],
        help_: [item(QUESTION) for _ in range(12)],
    }

    def ingest_one(account: int) -> None:
        try:
            barrier.wait(10)
            ingest(pg_console, account, batches[account], RoutingEngine())
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    def flap() -> None:  # ben goes away and comes back while the ingests run
        try:
            barrier.wait(10)
            for state in ("away", "available", "away"):
                with pg_console.factory() as s, s.begin():
                    autoassign.set_availability(s, actor_of(pg_console, "ben"), state)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=ingest_one, args=(a,)) for a in batches] + [
        threading.Thread(target=flap)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    with pg_console.session() as s:
        load = dict(
            s.execute(
                select(Conversation.assignee_id, func.count())
                .where(Conversation.assignee_id.is_not(None))
                .group_by(Conversation.assignee_id)
            ).all()
        )
    assert ids["cat"] not in load
    assert load.get(ids["ann"], 0) <= 4 and load.get(ids["ben"], 0) <= 4
    assert load.get(ids["ann"], 0) == 4  # ann was there throughout: filled to capacity
