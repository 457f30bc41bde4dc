"""50 agents pressing Take next at once (PostgreSQL): nobody gets a conversation twice.

Each take is one call of the checked function ``sc_take_next`` (migrations 0022, 0024), sent as
its own transaction in one round trip after the pool's liveness check. An agent stops
when told the queue is empty; "colleagues are taking the last ones" (every candidate locked this
instant) means press again, as a person would. ``left_unassigned`` counts the benchmark's queue
only, so a conversation nobody took shows there.

Each agent is an employee login role of their own (row-level security applies, as on a real
workstation) with their own connection, in a worker process of a few agents each (Python's
global interpreter lock would otherwise measure itself, not the database). They loop on
:func:`app.inbox.take_next.take_next` until the shared queue is empty. Afterwards the history
and the conversations are checked: a conversation taken twice, or held by someone other than
the agent who was told they got it, is a double assignment. Steady state: the clock runs from
when every agent is connected and waiting at the barrier to when the queue is empty.

On a shared machine the takes a second say more about the neighbours than about the code, so
the CPU each take costs over the same span is reported too: ``client_cpu_us_per_take`` (the
agents' processes) and ``server_cpu_us_per_take`` (the server processes serving their
connections, read from /proc; the cluster is local). With the clients and the server on the
same two cores, their sum bounds the rate: 2 cores / (client + server) per take.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import time
import uuid
from typing import Any

from sqlalchemy import func, select, update

from app.db.models import Assignment, Conversation, Employee, Team
from app.identity import provisioning
from app.session.console import Console
from tests.bench._data import postgres_dataset

AGENTS = 50
PROCESSES = 10
PASSWORD = "bench-agent-pw"


def _agents(console: Console, n: int) -> list[str]:
    """n agents of Customer Service, each a login role, available and with room to take."""
    tag = uuid.uuid4().hex[:4]
    names = []
    with console.factory() as s, s.begin():
        it = provisioning.system_actor(s)
        for i in range(n):
            who = f"take{tag}{i}"
            provisioning.add_employee(
                s,
                it,
                who,
                f"Agent {i}",
                teams=["Customer Service"],
                roles=["agent"],
                password=PASSWORD,
            )
            names.append(who)
        s.execute(
            update(Employee)
            .where(Employee.username.in_(names))
            .values(capacity=1000, availability="available")
        )
    return names


def _queue(console: Console, size: int) -> list[int]:
    """``size`` open unassigned conversations in Customer Service (the rest taken out)."""
    with console.factory() as s, s.begin():
        team = s.scalar(select(Team.id).where(Team.name == "Customer Service"))
        s.execute(
            update(Conversation)
            .where(Conversation.team_id == team, Conversation.status == "open")
            .values(status="resolved")
        )
        ids = s.scalars(
            select(Conversation.id)
            .where(Conversation.team_id == team)
            .order_by(Conversation.last_message_at.desc())
            .limit(size)
        ).all()
        s.execute(
            update(Conversation)
            .where(Conversation.id.in_(ids))
            .values(status="open", assignee_id=None)
        )
    return list(ids)


def _backend_cpu(pids: list[int]) -> float | None:
    """CPU seconds the server processes serving ``pids`` have used (a local server only)."""
    total = 0.0
    try:
        for pid in pids:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None
    return total


def _worker(url: str, names: list[str], barrier: Any, out: Any) -> None:
    import threading

    from app.inbox.take_next import take_next
    from app.session.signin import sign_in_postgres

    consoles = [sign_in_postgres(url, who, PASSWORD, delay=0) for who in names]
    backends = []
    for c in consoles:  # each console's one work connection (the workstation pool)
        with c.engine.connect() as conn:
            backends.append(int(conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()))
    results: dict[str, list[int]] = {who: [] for who in names}
    errors: list[str] = []

    def agent(console: Console) -> None:
        actor = console.actor
        assert actor is not None
        mine = results[actor.username]
        while True:
            try:
                with console.factory() as s, s.begin():
                    got = take_next(s, actor)
            except Exception as exc:  # noqa: BLE001 - counted, reported
                errors.append(type(exc).__name__ + ": " + str(exc)[:200])
                if len(errors) > 20:
                    return
                continue
            if got.conversation_id is None:
                if got.retry:  # colleagues hold the last candidates this instant: press again
                    continue
                return
            mine.append(got.conversation_id)

    threads = [threading.Thread(target=agent, args=(c,)) for c in consoles]
    barrier.wait()
    cpu0, server0 = time.process_time(), _backend_cpu(backends)
    for t in threads:
        t.start()
    for t in threads:
        t.join(600)
    end = time.perf_counter()
    cpu1, server1 = time.process_time(), _backend_cpu(backends)
    server = None if server0 is None or server1 is None else server1 - server0
    out.put((results, errors, end, cpu1 - cpu0, server))
    for c in consoles:
        c.close()


def run(scale: float = 1.0) -> dict[str, object]:
    from tests.support.pgcluster import start_cluster

    cluster = start_cluster()
    try:
        data = postgres_dataset(scale, cluster.url(cluster.create_database()))
        return _run(data, scale)
    finally:
        cluster.stop()


def _run(data, scale: float) -> dict[str, object]:
    console = Console.open(data.url, migrate=False)
    names = _agents(console, AGENTS)
    queue_ids = _queue(console, max(300, int(20_000 * scale)))
    queue = len(queue_ids)
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(PROCESSES + 1)
    out = ctx.Queue()
    groups = [names[k::PROCESSES] for k in range(PROCESSES)]
    procs = [ctx.Process(target=_worker, args=(data.url, g, barrier, out)) for g in groups]
    for p in procs:
        p.start()
    barrier.wait(timeout=300)  # every agent signed in and connected
    t0 = time.perf_counter()
    results: dict[str, list[int]] = {}
    errors: list[str] = []
    ends = []
    client_cpu = 0.0
    server_cpu: float | None = 0.0
    for _ in procs:
        r, e, end, cpu, server = out.get(timeout=900)
        results.update(r)
        errors += e
        ends.append(end)
        client_cpu += cpu
        server_cpu = None if server is None or server_cpu is None else server_cpu + server
    for p in procs:
        p.join(60)
    elapsed = max(ends) - t0
    taken = [c for got in results.values() for c in got]
    with console.session() as s:
        ids = {n: s.scalar(select(Employee.id).where(Employee.username == n)) for n in names}
        history_twice = s.scalar(
            select(func.count()).select_from(
                select(Assignment.conversation_id)
                .where(Assignment.action == "take_next")
                .group_by(Assignment.conversation_id)
                .having(func.count() > 1)
                .subquery()
            )
        )
        held = dict(
            s.execute(
                select(Conversation.id, Conversation.assignee_id).where(
                    Conversation.id.in_(taken or [-1])
                )
            ).all()
        )
        # of the benchmark's queue only (the other teams' open conversations are not theirs)
        left = s.scalar(
            select(func.count()).where(
                Conversation.id.in_(queue_ids),
                Conversation.status == "open",
                Conversation.assignee_id.is_(None),
            )
        )
    wrong_holder = sum(1 for who, got in results.items() for c in got if held.get(c) != ids[who])
    console.close()
    return {
        "double_assignments": int(len(taken) - len(set(taken)) + history_twice + wrong_holder),
        "takes_per_s": round(len(taken) / elapsed, 1),
        "takes": len(taken),
        "queue": queue,
        "left_unassigned": int(left or 0),
        "agents": AGENTS,
        "processes": PROCESSES,
        "errors": len(errors),
        "first_errors": errors[:3],
        "seconds": round(elapsed, 2),
        # steady state, per conversation taken: the agents' processes, and the server
        # processes serving their connections (None when the server's processes are not
        # readable here)
        "client_cpu_us_per_take": round(client_cpu / max(len(taken), 1) * 1e6),
        "server_cpu_us_per_take": (
            None if server_cpu is None else round(server_cpu / max(len(taken), 1) * 1e6)
        ),
        "dataset_messages": data.messages,
    }
