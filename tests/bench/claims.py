"""50 agents claiming from one queue at once (PostgreSQL): no conversation held twice.

Every claimer is a thread with its own database session, looping: look at the top of the
unassigned queue (the newest 20, as an agent's screen shows), pick one, claim it. Losers are
told who won and move on. Afterwards the assignment history is checked: a conversation
claimed twice, or two claimers both told they won the same one, is a double assignment.
"""

from __future__ import annotations

import random
import threading
import time

from sqlalchemy import func, select

from app.db.models import Assignment, Conversation, Employee, EmployeeTeam, Role, RoleGrant
from app.identity.access import load_actor
from app.inbox import conversations as cs
from app.session.console import Console
from tests.bench._data import postgres_dataset

CLAIMERS = 50


def _agents(console: Console, n: int) -> list[int]:
    """n support agents on the Customer Service team (made for the benchmark)."""
    with console.factory() as s, s.begin():
        alice = s.scalar(select(Employee).where(Employee.username == "alice"))
        team_id = s.scalar(select(EmployeeTeam.team_id).where(EmployeeTeam.employee_id == alice.id))
        role_id = s.scalar(select(Role.id).where(Role.name == "agent"))
        ids = []
        for i in range(n):
            e = Employee(
                workspace_id=alice.workspace_id,
                username=f"agent{i}",
                display_name=f"Agent {i}",
            )
            s.add(e)
            s.flush()
            s.add(EmployeeTeam(employee_id=e.id, team_id=team_id))
            s.add(RoleGrant(employee_id=e.id, role_id=role_id))
            ids.append(e.id)
        return ids


def run(scale: float = 1.0) -> dict[str, object]:
    from tests.support.pgcluster import start_cluster

    cluster = start_cluster()
    try:
        data = postgres_dataset(scale, cluster.url(cluster.create_database()))
        return _run(data, scale)
    finally:
        cluster.stop()


def _run(data, scale: float) -> dict[str, object]:
    console = Console.open(data.url, migrate=False, pool_size=CLAIMERS + 5, max_overflow=5)
    agent_ids = _agents(console, CLAIMERS)
    with console.session() as s:
        actors = [load_actor(s, i) for i in agent_ids]
        team_id = next(iter(actors[0].team_ids))
        queue = s.scalar(
            select(func.count()).where(
                Conversation.team_id == team_id,
                Conversation.assignee_id.is_(None),
                Conversation.status == "open",
            )
        )
    target = min(queue, max(200, int(3000 * scale)))
    wins: list[list[int]] = [[] for _ in actors]
    conflicts = [0]
    lock = threading.Lock()
    done = threading.Event()
    barrier = threading.Barrier(len(actors))

    def claimer(k: int) -> None:
        rng = random.Random(k)
        actor = actors[k]
        barrier.wait()
        while not done.is_set():
            with console.session() as s:
                top = list(
                    s.scalars(
                        select(Conversation.id)
                        .where(
                            Conversation.team_id == team_id,
                            Conversation.assignee_id.is_(None),
                            Conversation.status == "open",
                        )
                        .order_by(Conversation.last_message_at.desc())
                        .limit(20)
                    )
                )
            if not top:
                return
            cid = rng.choice(top)
            try:
                with console.factory() as s, s.begin():
                    cs.claim(s, actor, cid)
                wins[k].append(cid)
                with lock:
                    if sum(len(w) for w in wins) >= target:
                        done.set()
            except cs.ClaimConflict:
                with lock:
                    conflicts[0] += 1

    threads = [threading.Thread(target=claimer, args=(k,)) for k in range(len(actors))]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(600)
    elapsed = time.perf_counter() - t0
    claimed = [c for w in wins for c in w]
    told_twice = len(claimed) - len(set(claimed))
    with console.session() as s:
        history_twice = s.scalar(
            select(func.count()).select_from(
                select(Assignment.conversation_id)
                .where(Assignment.action == "claim")
                .group_by(Assignment.conversation_id)
                .having(func.count() > 1)
                .subquery()
            )
        )
        held = dict(
            s.execute(
                select(Conversation.id, Conversation.assignee_id).where(
                    Conversation.id.in_(claimed or [-1])
                )
            ).all()
        )
    owner = {c: actors[k].employee_id for k, w in enumerate(wins) for c in w}
    wrong_holder = sum(1 for c, e in owner.items() if held.get(c) != e)
    console.close()
    return {
        "double_assignments": int(told_twice + history_twice + wrong_holder),
        "claims_per_s": round(len(claimed) / elapsed, 1),
        "claims": len(claimed),
        "conflicts_told": conflicts[0],
        "claimers": len(actors),
        "seconds": round(elapsed, 2),
        "dataset_messages": data.messages,
    }
