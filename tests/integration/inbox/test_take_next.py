"""Take next, both backends: the most urgent unassigned conversation of my queues, capacity and
availability respected, clear words when there is nothing to take; under row-level security as
an employee's own login; and no conversation ever given twice to racing agents."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from app.db.models import Assignment, Conversation, Employee
from app.identity import provisioning
from app.inbox import conversations as cs
from app.inbox.take_next import take_next
from tests.support.inbox import actor, seed


def _take(console, who):
    with console.factory() as s, s.begin():
        return take_next(s, who)


def _world(console) -> dict[str, int]:
    names = ["plain", "breached", "urgent", "due_later"]
    ids = dict(zip(names, seed(console, names), strict=True))
    now = datetime.now(UTC)
    with console.factory() as s, s.begin():
        for cid in ids.values():
            s.get(Conversation, cid).first_response_due = None
        s.get(Conversation, ids["breached"]).first_response_due = now - timedelta(minutes=9)
        s.get(Conversation, ids["due_later"]).first_response_due = now + timedelta(hours=2)
        s.get(Conversation, ids["urgent"]).priority = 2
    return ids


def test_takes_the_most_urgent_first_then_says_when_nothing_is_left(demo_console) -> None:
    ids = _world(demo_console)
    alice = actor(demo_console, "alice")
    order = [_take(demo_console, alice).conversation_id for _ in range(4)]
    assert order == [ids["breached"], ids["due_later"], ids["urgent"], ids["plain"]]
    last = _take(demo_console, alice)
    assert last.conversation_id is None and "Nothing to take" in last.message
    with demo_console.session() as s:
        held = s.scalars(
            select(Conversation.id).where(Conversation.assignee_id == alice.employee_id)
        ).all()
        took = s.scalar(select(func.count()).where(Assignment.action == "take_next"))
    assert sorted(held) == sorted(ids.values()) and took == 4


def test_capacity_and_availability_are_respected(demo_console) -> None:
    ids = _world(demo_console)
    alice = actor(demo_console, "alice")
    with demo_console.factory() as s, s.begin():
        s.execute(update(Employee).where(Employee.id == alice.employee_id).values(capacity=1))
    assert _take(demo_console, alice).conversation_id == ids["breached"]
    full = _take(demo_console, alice)
    assert full.conversation_id is None
    assert "You hold 1 conversation, your capacity is 1" in full.message
    with demo_console.factory() as s, s.begin():
        cs.set_status(s, alice, ids["breached"], "resolved")  # resolved no longer counts
        s.execute(
            update(Employee).where(Employee.id == alice.employee_id).values(availability="away")
        )
    away = _take(demo_console, alice)
    assert away.conversation_id is None and "set to Away" in away.message
    with demo_console.factory() as s, s.begin():
        s.execute(
            update(Employee)
            .where(Employee.id == alice.employee_id)
            .values(availability="available")
        )
    assert _take(demo_console, alice).conversation_id == ids["due_later"]


def test_people_without_a_team_queue_are_told(demo_console) -> None:
    _world(demo_console)
    ines = actor(demo_console, "ines")  # IT: no team queue to answer from
    got = _take(demo_console, ines)
    assert got.conversation_id is None and "no team" in got.message


@pytest.mark.postgres
def test_take_next_as_an_employee_login_under_row_level_security(pg_url) -> None:
    from app.demo import ensure_demo_workspace
    from app.session.console import Console
    from app.session.signin import sign_in_postgres

    owner = Console.open(pg_url)
    with owner.factory() as s, s.begin():
        ensure_demo_workspace(s)
    ids = _world(owner)
    logins = []
    with owner.factory() as s, s.begin():
        for k in range(2):
            who = f"tn{k}{uuid.uuid4().hex[:5]}"
            provisioning.add_employee(
                s,
                provisioning.system_actor(s),
                who,
                f"Taker {k}",
                teams=["Customer Service"],
                roles=["agent"],
                password="tn-password-1",
            )
            logins.append(who)
    consoles = [sign_in_postgres(pg_url, who, "tn-password-1", delay=0) for who in logins]
    try:
        got = [_take(c, c.actor).conversation_id for c in consoles]
        assert got == [ids["breached"], ids["due_later"]]
    finally:
        for c in consoles:
            c.close()
        owner.close()


def test_racing_agents_never_get_the_same_conversation(demo_console) -> None:
    seed(demo_console, [f"m{i}" for i in range(30)])
    names = ["alice", "bruno"]
    people = [actor(demo_console, n) for n in names if _exists(demo_console, n)]
    assert people, "the demo workspace has agents"
    with demo_console.factory() as s, s.begin():
        s.execute(update(Employee).values(capacity=100))
    got: list[int] = []
    lock = threading.Lock()
    barrier = threading.Barrier(6)

    def agent(k: int) -> None:
        who = people[k % len(people)]
        barrier.wait()
        for _ in range(10):
            for attempt in range(20):
                try:
                    r = _take(demo_console, who)
                    break
                except Exception as exc:  # SQLite: "database is locked" under a busy timeout
                    if "locked" not in str(exc) or attempt == 19:
                        raise
            if r.conversation_id is None:
                return
            with lock:
                got.append(r.conversation_id)

    threads = [threading.Thread(target=agent, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert len(got) == 30 and len(set(got)) == 30


def _exists(console, username: str) -> bool:
    with console.session() as s:
        return s.scalar(select(Employee.id).where(Employee.username == username)) is not None
