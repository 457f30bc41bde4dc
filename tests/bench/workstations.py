"""Many workstations on one PostgreSQL: propagation, server CPU per change, connections; failover.

Each simulated workstation is what a signed-in window runs against the database: an employee's
own login with the workstation connection budget (one work connection, closed when idle), the
real :class:`~app.db.changes.ChangeListener` (LISTEN on the channels its read scope needs,
:func:`app.inbox.fanout.channels`; payload-carrying notifications), and on each batch the
window's own decision of what it touches (:func:`app.inbox.fanout.plan`, over its "My teams"
list's first page), its gathering of a burst into one read per ``fanout.GATHER_S``
(:class:`app.inbox.fanout.Gather`) and the inbox model's one scoped read of those rows
(``views.rows_in_view`` in ``one_statement``, under row-level security), on a worker thread of
its own. ``reads_per_change`` and ``rows_read_per_change`` count those reads over all
workstations. Workstations run as threads spread over ``PROCESSES`` processes ($WS_PROCS);
``WRITERS`` writers side by side make ``RATE`` changes a second on schedule (a conversation's
priority, as an agent's click would) for ``DURATION`` seconds, spread over three teams'
conversations (``achieved_changes_per_s`` says whether the schedule was kept).

Figures, keyed by the number of workstations: ``p95_ms``/``p99_ms`` from the writer's commit to
the workstation's scoped read done, over every (change, workstation whose team it is in) pair
(``delivered_ratio``: how many of those pairs arrived); ``server_cpu_ms_per_change`` (all server
processes' CPU over the run, from /proc, divided by the changes); ``connections`` (per
workstation, counted on the server); ``client_cpu_ms_per_change`` (the simulated workstations'
own CPU, which shares this machine with the server). Then ``failover_s``, ``lost``,
``duplicated`` from three headless workers and twenty accounts (tests/support/failover.py) with
the worker's default claim and sync intervals.
"""

from __future__ import annotations

import heapq
import multiprocessing as mp
import os
import random
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

SIZES = (10, 100, 300)
RATE = 50
DURATION = 60.0
PROCESSES = int(os.environ.get("WS_PROCS", "6"))
#: WS_READS=0 leaves out the scoped reads (all else runs): what the fan-out alone costs, to tell
#: the notifications' share of a size's figures from the reads'
READS = os.environ.get("WS_READS", "1") != "0"
#: writers making the changes side by side, as many agents' desks do: one writer alone fell
#: behind the schedule when each commit waited for a loaded machine (17.8 of 50 changes a second
#: at 300 workstations), so the load asked for was not the load made
WRITERS = 8


def _server_pids(postmaster: int) -> list[str]:
    """The cluster's postmaster and its children (other clusters on the machine are not ours)."""
    pids = [str(postmaster)]
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
                stat = f.read()
        except OSError:
            continue
        if int(stat[stat.rindex(")") + 2 :].split()[1]) == postmaster:
            pids.append(pid)
    return pids


def _postmaster(cluster: Any) -> int:
    return int((cluster.datadir / "postmaster.pid").read_text().split()[0])


def _cpu_ticks(postmaster: int) -> int:
    """User + system CPU of the cluster's server processes now alive (clock ticks)."""
    return _ticks_of([int(p) for p in _server_pids(postmaster)], name="postgres")


def _ticks_of(pids: list[int], name: str | None = None) -> int:
    """User + system CPU of these processes (all their threads), in clock ticks; with ``name``,
    only those whose command is that."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
                stat = f.read()
        except OSError:
            continue
        if name is not None and stat[stat.index("(") + 1 : stat.rindex(")")] != name:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        total += int(fields[11]) + int(fields[12])
    return total


def _server_anon_kb(postmaster: int) -> int:
    """Private (anonymous) memory of the cluster's server processes now alive, in kB."""
    total = 0
    for pid in _server_pids(postmaster):
        try:
            with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as f:
                status = f.read()
        except OSError:
            continue
        if "\nName:\tpostgres\n" not in "\n" + status:
            continue
        for line in status.splitlines():
            if line.startswith("RssAnon:"):
                total += int(line.split()[1])
    return total


class _Clock:
    """One timer thread for a process's workstations, as each window's event loop runs its
    QTimers: a thread started per gathered read (``threading.Timer``) cost the simulation more
    than the read at 300 workstations, which the app does not pay. What falls due runs on a pool
    with a thread per workstation (the window's own worker thread), never on the clock: one
    thread reading for fifty workstations would queue their reads behind each other."""

    def __init__(self, workers: int) -> None:
        self._work = ThreadPoolExecutor(max_workers=max(1, workers))
        self._heap: list[tuple[float, int, Any]] = []
        self._cv = threading.Condition()
        self._n = 0
        threading.Thread(target=self._run, name="bench-clock", daemon=True).start()

    def call_later(self, delay: float, fn: Any) -> None:
        with self._cv:
            self._n += 1
            heapq.heappush(self._heap, (time.monotonic() + delay, self._n, fn))
            self._cv.notify()

    def _run(self) -> None:
        while True:
            with self._cv:
                while not self._heap or self._heap[0][0] > time.monotonic():
                    self._cv.wait(self._heap[0][0] - time.monotonic() if self._heap else None)
                _due, _n, fn = heapq.heappop(self._heap)
            self._work.submit(fn)


class _Desk:
    """One workstation's inbox as the window runs it: decide, gather, read, place.

    The decision and the gathering are the app's own (:func:`app.inbox.fanout.plan`,
    :class:`app.inbox.fanout.Gather`); a thread timer stands in for the model's QTimer.
    """

    def __init__(
        self,
        factory: Any,
        actor: Any,
        flt: Any,
        shown: set[int],
        samples: list[tuple[int, float]],
        reads: list[int],
        lock: threading.Lock,
        clock: _Clock,
    ) -> None:
        from app.inbox import fanout

        self.clock = clock
        self.factory, self.actor, self.flt, self.shown = factory, actor, flt, shown
        self.samples, self.reads, self.lock = samples, reads, lock
        self.gather = fanout.Gather()
        self.mine = threading.Lock()
        #: changes whose rows wait in the gather: they are shown when that read is done
        self.waiting: list[int] = []

    def deliver(self, batch: Any) -> None:
        from app.inbox import fanout

        with self.mine:
            plan = fanout.plan(self.actor, self.flt, batch, self.shown)
            if not plan.ids:
                done = time.time()
                with self.lock:
                    self.samples.extend((c.id, done) for c in batch)
                return
            self.waiting.extend(c.id for c in batch)
            wait = self.gather.add(plan.ids, time.monotonic())
        if wait is None:
            return
        if wait <= 0:
            self.read()
        else:
            self.clock.call_later(wait, self.read)

    def read(self) -> None:
        from app.db.engine import one_statement
        from app.inbox import views

        with self.mine:
            ids = self.gather.take(time.monotonic())
            changed, self.waiting = self.waiting, []
            rows: dict[int, Any] = {}
            if ids and READS:
                with one_statement(self.factory) as s:
                    rows = views.rows_in_view(s, self.actor, self.flt, ids)
                self.shown.difference_update(ids)
                self.shown.update(rows)
            done = time.time()
        with self.lock:
            self.samples.extend((cid, done) for cid in changed)
            if ids:
                self.reads[0] += 1
                self.reads[1] += len(rows)


def _workstations(urls: list[tuple[str, int]], ready: Any, stop: Any, out: Any) -> None:
    """A process hosting several workstations, each a thread with its own two connections."""
    from app.db.changes import ChangeListener
    from app.db.engine import WORKSTATION_POOL, make_engine, session_factory
    from app.identity.access import load_actor
    from app.inbox import fanout, views
    from app.inbox.views import InboxFilter, View

    samples: list[tuple[int, float]] = []
    #: scoped reads made and rows they returned, over all this process's workstations
    reads = [0, 0]
    lock = threading.Lock()
    clock = _Clock(len(urls))
    listeners = []
    engines = []
    for url, emp_id in urls:
        engine = make_engine(url, **WORKSTATION_POOL)
        factory = session_factory(engine)
        flt = InboxFilter(view=View.TEAMS)
        with factory() as s:
            actor = load_actor(s, emp_id)
            first_page, _next = views.page_rows(s, actor, flt)
        #: the rows the window's list holds (its first page, as the inbox model loads it)
        shown = {r.id for r in first_page}
        desk = _Desk(factory, actor, flt, shown, samples, reads, lock, clock)
        deliver = desk.deliver

        listener = ChangeListener(
            engine,
            deliver,
            channels=lambda a=actor: fanout.channels(a),
        )
        listener.start()
        listeners.append(listener)
        engines.append(engine)
    for listener in listeners:
        listener.connected.wait(60)
    ready.put(len(listeners))
    stop.wait()
    for listener in listeners:
        listener.stop(timeout=2)
    for engine in engines:
        engine.dispose()
    out.put((samples, reads))


def _analyze(conninfo: str) -> None:
    """Planner statistics for the fresh dataset, as autovacuum keeps them on a database in use.

    Without them the server's planner took the just-built tables for a row each and checked
    every read's customer and message rows against the whole workspace's conversations (a
    hashed subplan): 430 µs of server CPU per read where an analysed database spends 300.
    Autovacuum would analyse the tables at some minute of the run; the figures are then of
    one plan, the steady state's, throughout.
    """
    import psycopg

    with psycopg.connect(conninfo, autocommit=True) as c:
        c.execute("ANALYZE")


def _count_connections(conninfo: str, dbname: str) -> int:
    import psycopg

    with psycopg.connect(conninfo, autocommit=True) as c:
        row = c.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid() "
            "AND usename <> 'postgres'",
            (dbname,),
        ).fetchone()
    return int(row[0]) if row else 0


def _one_size(
    cluster: Any, desk: Any, conv_ids: list[int], teams: list[str], size: int, duration: float
) -> dict:
    from sqlalchemy import update

    from app.db import changes
    from app.db.models import Conversation
    from app.session.console import Console
    from app.session.signin import employee_url
    from tests.support.handoff_desk import PASSWORD, PEOPLE

    people = list(PEOPLE)
    base = cluster.url(desk.dbname)
    urls = [
        (
            employee_url(base, desk.logins[people[i % len(people)]], PASSWORD),
            desk.ids[people[i % len(people)]],
        )
        for i in range(size)
    ]
    ctx = mp.get_context("spawn")
    ready, out, stop = ctx.Queue(), ctx.Queue(), ctx.Event()
    pm = _postmaster(cluster)
    anon0 = _server_anon_kb(pm)
    nproc = min(PROCESSES, size)
    procs = [
        ctx.Process(target=_workstations, args=(urls[i::nproc], ready, stop, out), daemon=True)
        for i in range(nproc)
    ]
    for p in procs:
        p.start()
    started = sum(ready.get(timeout=300) for _ in procs)
    assert started == size
    writer = Console.open(
        base,
        migrate=False,
        pool_size=WRITERS,
        max_overflow=0,
        connect_args={"application_name": "bench-writer"},
    )
    commits: dict[int, float] = {}
    #: workstations per team: a change must reach each one whose scope (its team) it is in
    seats: dict[str, int] = {}
    for i in range(size):
        team = PEOPLE[people[i % len(people)]][0]
        seats[team] = seats.get(team, 0) + 1
    team_of = dict(zip(conv_ids, teams, strict=True))
    rng = random.Random(size)
    time.sleep(1.0)
    conns = _count_connections(cluster.conninfo(desk.dbname), desk.dbname)
    anon1 = _server_anon_kb(pm)
    cpu0 = _cpu_ticks(pm)
    client0 = _ticks_of([p.pid for p in procs if p.pid is not None])
    n = int(RATE * duration)
    targets = [rng.choice(conv_ids) for _ in range(n)]
    expected = sum(seats.get(team_of[cid], 0) for cid in targets)
    turn = iter(range(n))
    turn_lock = threading.Lock()

    def write() -> None:
        """One agent's desk of several: takes the next change due and makes it on time."""
        while True:
            with turn_lock:
                i = next(turn, None)
            if i is None:
                return
            pause = t_start + i / RATE - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            with writer.factory() as s, s.begin():
                s.execute(
                    update(Conversation).where(Conversation.id == targets[i]).values(priority=i % 3)
                )
                ev = changes.publish(s, "conversation", [targets[i]], origin="bench")
            commits[ev] = time.time()

    t_start = time.monotonic()
    desks = [threading.Thread(target=write, name=f"bench-writer-{k}") for k in range(WRITERS)]
    for t in desks:
        t.start()
    for t in desks:
        t.join()
    writing_s = time.monotonic() - t_start
    time.sleep(2.0)  # let the last batches arrive
    cpu1 = _cpu_ticks(pm)
    client1 = _ticks_of([p.pid for p in procs if p.pid is not None])
    stop.set()
    samples: list[tuple[int, float]] = []
    reads, rows_read = 0, 0
    for _ in procs:
        got, (r, rr) = out.get(timeout=120)
        samples += got
        reads += r
        rows_read += rr
    for p in procs:
        p.join(30)
    writer.close()
    lat = sorted((done - commits[cid]) * 1000 for cid, done in samples if cid in commits)
    tick_ms = 1000 / os.sysconf("SC_CLK_TCK")

    def pct(q: float) -> float:
        return round(lat[min(len(lat) - 1, int(q * len(lat)))], 1) if lat else float("nan")

    return {
        "p50": pct(0.50),
        "p95": pct(0.95),
        "p99": pct(0.99),
        "delivered": len(lat),
        "expected": expected,
        "cpu_ms_per_change": round((cpu1 - cpu0) * tick_ms / n, 2),
        "client_cpu_ms_per_change": round((client1 - client0) * tick_ms / n, 2),
        "reads_per_change": round(reads / n, 2),
        "achieved_changes_per_s": round(n / writing_s, 1),
        "rows_read_per_change": round(rows_read / n, 2),
        "connections_per_ws": round(conns / size, 2),
        "server_mb_per_connection": round((anon1 - anon0) / 1024 / max(1, conns), 2),
    }


def run(scale: float = 1.0) -> dict[str, Any]:
    from tests.support.failover import failover_trial
    from tests.support.handoff_desk import build_desk
    from tests.support.pgcluster import start_cluster

    sizes = [max(2, int(s * scale)) if scale < 1 else s for s in SIZES]
    duration = max(2.0, DURATION * scale)
    cluster = start_cluster(max_connections=max(200, 2 * max(sizes) + 100))
    result: dict[str, Any] = {
        "sizes": sizes,
        "changes_per_s": RATE,
        "duration_s": duration,
        "p50_ms": {},
        "p95_ms": {},
        "p99_ms": {},
        "server_cpu_ms_per_change": {},
        "client_cpu_ms_per_change": {},
        "connections": {},
        "server_mb_per_connection": {},
        "delivered_ratio": {},
        "reads_per_change": {},
        "rows_read_per_change": {},
        "achieved_changes_per_s": {},
    }
    if not READS:
        result["reads"] = "left out (WS_READS=0): the fan-out alone"
    try:
        desk = build_desk(cluster)
        teams = [
            ("Customer Service", "Sales", "Product")[i % 3]
            for i in range(max(30, int(300 * min(1.0, scale))))
        ]
        conv_ids = [desk.conversation(f"Question {i}", team=t) for i, t in enumerate(teams)]
        _analyze(cluster.conninfo(desk.dbname))
        for size in sizes:
            r = _one_size(cluster, desk, conv_ids, teams, size, duration)
            key = str(size)
            result["p50_ms"][key] = r["p50"]
            result["p95_ms"][key] = r["p95"]
            result["p99_ms"][key] = r["p99"]
            result["server_cpu_ms_per_change"][key] = r["cpu_ms_per_change"]
            result["client_cpu_ms_per_change"][key] = r["client_cpu_ms_per_change"]
            result["connections"][key] = r["connections_per_ws"]
            result["server_mb_per_connection"][key] = r["server_mb_per_connection"]
            result["delivered_ratio"][key] = round(r["delivered"] / r["expected"], 4)
            result["reads_per_change"][key] = r["reads_per_change"]
            result["rows_read_per_change"][key] = r["rows_read_per_change"]
            # a loaded machine writes slower than RATE; reads per change then look higher
            result["achieved_changes_per_s"][key] = r["achieved_changes_per_s"]
        desk.close()
        if os.environ.get("BENCH_SKIP_FAILOVER"):  # the suite runs failover as its own test
            return result
        with tempfile.TemporaryDirectory() as d:
            fast = scale < 1
            f = failover_trial(
                cluster.url(cluster.create_database("failover")),
                Path(d),
                accounts=20 if not fast else 6,
                workers=3,
                interval=0.5 if fast else 5.0,
                claim_every=0.5 if fast else 15.0,
                timeout=300.0,
            )
        result.update(
            failover_s=f["failover_s"],
            lost=f["lost"],
            duplicated=f["duplicated"],
            failover_accounts=f["accounts"],
            failover_moved=f["moved_accounts"],
            failover_claim_every_s=f["claim_every_s"],
            failover_interval_s=f["interval_s"],
        )
    finally:
        cluster.stop()
    return result
