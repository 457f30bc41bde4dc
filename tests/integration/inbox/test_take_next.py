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


def _already_working(session) -> None:
    """A statement before the take: a take inside a transaction that has done something joins
    it and is held until that transaction ends (a fresh session's take commits at once)."""
    session.connection().exec_driver_sql("SELECT 1")


def _exists(console, username: str) -> bool:
    with console.session() as s:
        return s.scalar(select(Employee.id).where(Employee.username == username)) is not None


def _logins(owner, teams: list[str], n: int) -> list[str]:
    """``n`` agent login roles in ``teams`` (row-level security applies to them)."""
    names = []
    with owner.factory() as s, s.begin():
        for k in range(n):
            who = f"tk{k}{uuid.uuid4().hex[:5]}"
            provisioning.add_employee(
                s,
                provisioning.system_actor(s),
                who,
                f"Taker {k}",
                teams=teams,
                roles=["agent"],
                password="tn-password-1",
            )
            names.append(who)
    return names


def _two_teams(owner) -> tuple[int, int]:
    """One open conversation in Customer Service (breached: the most urgent) and one in Sales."""
    from app.db.models import Team

    cs_id, sales_id = seed(owner, ["in cs", "in sales"])
    with owner.factory() as s, s.begin():
        teams = dict(s.execute(select(Team.name, Team.id)).all())
        for cid in (cs_id, sales_id):
            s.get(Conversation, cid).assignee_id = None
        s.get(Conversation, cs_id).team_id = teams["Customer Service"]
        s.get(Conversation, cs_id).first_response_due = datetime.now(UTC) - timedelta(hours=1)
        s.get(Conversation, sales_id).team_id = teams["Sales"]
        s.execute(
            update(Conversation)
            .where(Conversation.id.not_in([cs_id, sales_id]), Conversation.status == "open")
            .values(status="resolved")
        )
    return cs_id, sales_id


@pytest.mark.postgres
@pytest.mark.parametrize("as_login", [True, False], ids=["employee-login", "owner"])
def test_a_take_locks_one_conversation_so_a_colleague_is_never_told_the_queue_is_empty(
    pg_url, as_login: bool
) -> None:
    """The hole that left one of 20,000 conversations untaken in the benchmark: a take in two
    teams locked the head of both queues and kept the one it did not take until commit, so a
    colleague of the other team pressing Take next meanwhile heard "Nothing to take"."""
    from app.demo import ensure_demo_workspace
    from app.session.console import Console
    from app.session.signin import sign_in_postgres

    owner = Console.open(pg_url)
    with owner.factory() as s, s.begin():
        ensure_demo_workspace(s)
    cs_id, sales_id = _two_teams(owner)
    both, sales = _logins(owner, ["Customer Service", "Sales"], 1) + _logins(owner, ["Sales"], 1)
    consoles = [sign_in_postgres(pg_url, who, "tn-password-1", delay=0) for who in (both, sales)]
    first, second = consoles if as_login else (owner, owner)
    first_actor, second_actor = (c.actor for c in consoles)
    try:
        with first.factory() as s1, s1.begin():
            _already_working(s1)
            got = take_next(s1, first_actor)
            assert got.conversation_id == cs_id  # the breached one, and still uncommitted
            with second.factory() as s2, s2.begin():
                other = take_next(s2, second_actor)
            assert other.conversation_id == sales_id, other.message
        with first.factory() as s1, s1.begin():
            last = take_next(s1, first_actor)
        assert last.conversation_id is None and not last.retry and "Nothing to take" in last.message
    finally:
        for c in consoles:
            c.close()
        owner.close()


@pytest.mark.postgres
def test_a_queue_held_by_colleagues_is_busy_not_empty(pg_url) -> None:
    """While the last conversation is being taken by a colleague the answer says so (press again),
    and once it is committed the queue is empty."""
    from app.demo import ensure_demo_workspace
    from app.session.console import Console
    from app.session.signin import sign_in_postgres

    owner = Console.open(pg_url)
    with owner.factory() as s, s.begin():
        ensure_demo_workspace(s)
    cs_id, _sales_id = _two_teams(owner)
    consoles = [
        sign_in_postgres(pg_url, who, "tn-password-1", delay=0)
        for who in _logins(owner, ["Customer Service"], 2)
    ]
    a, b = consoles
    try:
        with a.factory() as s1, s1.begin():
            _already_working(s1)  # so the take is held until this block commits
            assert take_next(s1, a.actor, origin="ws-a").conversation_id == cs_id
            with b.factory() as s2, s2.begin():
                busy = take_next(s2, b.actor)
            assert busy.conversation_id is None and busy.retry
            assert "Colleagues are taking" in busy.message
        with b.factory() as s2, s2.begin():
            empty = take_next(s2, b.actor)
        assert empty.conversation_id is None and not empty.retry
        with owner.session() as s:
            history = s.execute(
                select(Assignment.to_employee_id, Assignment.action).where(
                    Assignment.conversation_id == cs_id
                )
            ).all()
            held = s.get(Conversation, cs_id)
            assert held is not None and held.assignee_id == a.actor.employee_id
        assert history == [(a.actor.employee_id, "take_next")]
    finally:
        for c in consoles:
            c.close()
        owner.close()


@pytest.mark.postgres
def test_the_server_take_says_capacity_and_availability_in_words(pg_url) -> None:
    """``sc_take_next`` refuses as the application does: away, full (with the count in words),
    and the audit event and change event of a take are written by it."""
    from app.db.models import AuditEvent, ChangeEvent
    from app.demo import ensure_demo_workspace
    from app.session.console import Console
    from app.session.signin import sign_in_postgres

    owner = Console.open(pg_url)
    with owner.factory() as s, s.begin():
        ensure_demo_workspace(s)
    cs_id, _sales_id = _two_teams(owner)
    (who,) = _logins(owner, ["Customer Service"], 1)
    with owner.factory() as s, s.begin():
        s.execute(update(Employee).where(Employee.username == who).values(capacity=0))
    agent = sign_in_postgres(pg_url, who, "tn-password-1", delay=0)
    try:
        full = _take(agent, agent.actor)
        assert full.conversation_id is None
        assert "You hold 0 conversations, your capacity is 0" in full.message
        with owner.factory() as s, s.begin():
            s.execute(
                update(Employee)
                .where(Employee.username == who)
                .values(capacity=5, availability="away")
            )
        away = _take(agent, agent.actor)
        assert away.conversation_id is None and "set to Away" in away.message
        with owner.factory() as s, s.begin():
            s.execute(
                update(Employee).where(Employee.username == who).values(availability="available")
            )
        with agent.factory() as s, s.begin():
            got = take_next(s, agent.actor, origin="ws-7")
        assert got.conversation_id == cs_id and got.message.startswith("You took the conversation")
        with owner.session() as s:
            event = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
            change = s.scalars(select(ChangeEvent).order_by(ChangeEvent.id.desc())).first()
        assert event is not None and event.action == "conversation_claimed"
        assert (event.actor_name, event.target_id, event.detail) == (
            who,
            str(cs_id),
            {"via": "take_next"},
        )
        assert change is not None and (change.topic, change.ids, change.origin) == (
            "conversation",
            [cs_id],
            "ws-7",
        )
    finally:
        agent.close()
        owner.close()


def _urgent_queue(owner, n: int) -> list[int]:
    """``n`` open unassigned conversations in Customer Service, most urgent first (each due a
    minute after the one before), and nothing else open."""
    from app.db.models import Team

    ids = seed(owner, [f"queued {i}" for i in range(n)])
    due = datetime.now(UTC) - timedelta(hours=2)
    with owner.factory() as s, s.begin():
        cs = s.scalar(select(Team.id).where(Team.name == "Customer Service"))
        s.execute(
            update(Conversation)
            .where(Conversation.id.not_in(ids), Conversation.status == "open")
            .values(status="resolved")
        )
        for k, cid in enumerate(ids):
            conv = s.get(Conversation, cid)
            conv.team_id, conv.assignee_id, conv.priority = cs, None, 0
            conv.first_responded_at = None
            conv.first_response_due = due + timedelta(minutes=k)
    return ids


def _frontend_messages(trace_file) -> list[str]:
    """libpq's trace of what the client sent: message type and text, one per message."""
    sent = []
    for line in trace_file.read_text().splitlines():
        parts = line.split("\t")
        if len(parts) > 3 and parts[1] == "F":
            sent.append(" ".join(parts[3:]))
    return sent


@pytest.mark.postgres
def test_a_take_from_a_fresh_session_is_one_statement_committed_by_the_server(
    pg_url, tmp_path
) -> None:
    """The Take next button's session has done nothing else: the take goes as one statement in
    its own transaction (no BEGIN, no COMMIT: three round trips were two of them), and it is
    committed when take_next returns. A take inside a running transaction still joins it."""
    from app.demo import ensure_demo_workspace
    from app.session.console import Console
    from app.session.signin import sign_in_postgres

    owner = Console.open(pg_url)
    with owner.factory() as s, s.begin():
        ensure_demo_workspace(s)
    ids = _urgent_queue(owner, 3)
    (who,) = _logins(owner, ["Customer Service"], 1)
    agent = sign_in_postgres(pg_url, who, "tn-password-1", delay=0)
    try:
        assert _take(agent, agent.actor).conversation_id == ids[0]
        trace = tmp_path / "libpq.trace"
        raw = agent.engine.raw_connection()
        pgconn = raw.driver_connection.pgconn
        raw.close()
        with trace.open("w") as f:
            pgconn.trace(f.fileno())
            try:
                with agent.factory() as s, s.begin():
                    got = take_next(s, agent.actor)
                    with owner.session() as other:  # already committed, seen from elsewhere
                        holder = other.scalar(
                            select(Conversation.assignee_id).where(Conversation.id == ids[1])
                        )
            finally:
                pgconn.untrace()
        assert got.conversation_id == ids[1] and holder == agent.actor.employee_id
        sent = _frontend_messages(trace)
        # a round trip ends with a simple Query or an extended-protocol Sync; the pool's
        # liveness check (the empty statement ";") is one of them
        trips = [m for m in sent if m.split(" ")[0] in ("Query", "Sync")]
        pings = [m for m in sent if m.split(" ")[0] == "Query" and m.endswith('";"')]
        assert not any("BEGIN" in m or "COMMIT" in m for m in sent), sent
        assert len(trips) - len(pings) == 1 and any("sc_take_next" in m for m in sent), sent

        with agent.factory() as s:  # inside a running transaction: held, and undone with it
            s.begin()
            _already_working(s)
            assert take_next(s, agent.actor).conversation_id == ids[2]
            s.rollback()
        with owner.session() as other:
            assert other.get(Conversation, ids[2]).assignee_id is None
    finally:
        agent.close()
        owner.close()


@pytest.mark.postgres
def test_a_take_steps_over_the_rows_colleagues_hold_without_rereading_the_queue(pg_url) -> None:
    """Fifty agents on one queue hold its first rows mid-take nearly all the time. The take
    walks the queue in order past the held rows to the first free one, reading each row once:
    0022 read the first 16, found them all held, counted them and read 128 more (rows read per
    take rose with every colleague)."""
    from app.demo import ensure_demo_workspace
    from app.session.console import Console
    from app.session.signin import sign_in_postgres

    owner = Console.open(pg_url)
    with owner.factory() as s, s.begin():
        ensure_demo_workspace(s)
    ids = _urgent_queue(owner, 40)
    (who,) = _logins(owner, ["Customer Service"], 1)
    agent = sign_in_postgres(pg_url, who, "tn-password-1", delay=0)
    held = 20
    try:
        with owner.factory() as colleagues, colleagues.begin():
            locked = colleagues.scalars(
                select(Conversation.id).where(Conversation.id.in_(ids[:held])).with_for_update()
            ).all()
            assert len(locked) == held  # the queue's head, held by colleagues mid-take
            with agent.factory() as s, s.begin():
                _already_working(s)  # to read this transaction's own counters afterwards
                got = take_next(s, agent.actor)
                fetched = (
                    s.connection()
                    .exec_driver_sql(
                        "SELECT idx_tup_fetch FROM pg_stat_xact_user_tables "
                        "WHERE relname = 'conversation'"
                    )
                    .scalar_one()
                )
        assert got.conversation_id == ids[held], got.message
        # the held rows and the one taken, plus the few the take itself looks up
        assert fetched <= held + 10, fetched
    finally:
        agent.close()
        owner.close()


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_conversation_someone_is_reading_is_still_taken_first(demo_console) -> None:
    """Opening a conversation writes rows that refer to it (read mark, presence); PostgreSQL's
    foreign-key check holds it FOR KEY SHARE meanwhile. The take stepped over it then (FOR
    UPDATE SKIP LOCKED) and handed out a less urgent one; it locks FOR NO KEY UPDATE now."""
    from sqlalchemy import text

    ids = _world(demo_console)
    alice = actor(demo_console, "alice")
    with demo_console.engine.connect() as reader:
        reader.execute(
            text("SELECT 1 FROM conversation WHERE id = :i FOR KEY SHARE"), {"i": ids["breached"]}
        )
        assert _take(demo_console, alice).conversation_id == ids["breached"]
        reader.rollback()
