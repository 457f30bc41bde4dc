"""Kill the publisher process at every step of its send path; count what was lost or doubled.

Used by the crash test (small) and ``python -m tests.bench publish_crash`` (full size). Each
run of the child publisher either SIGKILLs itself at the Nth passage through one step of the
send path (the steps are taken in turn) or is SIGKILLed from outside at an arbitrary moment;
runs continue until the outbox is empty.

The outside kill is timed by progress, not by the clock: it lands once the run has posted 1 to
``max_n`` more items, wherever the process then is. A clock-timed kill (0.3–1.5 s) let a run on a
fast, quiet machine drain the whole outbox before it fired, so the steps after it in the rotation
never got their kill and the test failed although nothing was lost or doubled. Then every item must be on the network exactly once and
recorded as sent with the network's id.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from app.db.models import BrandAccount, Employee, OutboxItem, OutboxStatus
from app.db.types import utcnow
from app.demo import ensure_demo_workspace
from app.session.console import Console
from app.sync.publisher import STEPS, CrashPoints
from tests.support.loopback_network import LoopbackNetwork

ROOT = Path(__file__).resolve().parents[2]


def seed_outbox(db_url: str, items: int) -> list[str]:
    """A workspace with one loopback account and ``items`` approved posts; their keys."""
    console = Console.open(db_url)
    keys = [uuid.uuid4().hex for _ in range(items)]
    with console.factory() as s, s.begin():
        ws = ensure_demo_workspace(s)
        acc = BrandAccount(
            workspace_id=ws.id,
            key=uuid.uuid4().hex,
            network="loopback",
            handle="brand",
            remote_id="loopback-brand",
        )
        s.add(acc)
        s.flush()
        author = s.scalar(select(Employee.id).where(Employee.username == "priya"))
        approver = s.scalar(select(Employee.id).where(Employee.username == "ines"))
        now = utcnow()
        s.execute(
            insert(OutboxItem),
            [
                {
                    "workspace_id": ws.id,
                    "brand_account_id": acc.id,
                    "kind": "post",
                    "text": f"post number {i}",
                    "media": [],
                    "status": OutboxStatus.APPROVED,
                    "author_id": author,
                    "approver_id": approver,
                    "approved_at": now,
                    "idempotency_key": k,
                    "attempts": 0,
                    "created_at": now,
                    "updated_at": now,
                }
                for i, k in enumerate(keys)
            ],
        )
    console.close()
    return keys


def _spawn(db_url: str, server: str, crash: str | None) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env.pop(CrashPoints.ENV, None)
    if crash:
        env[CrashPoints.ENV] = crash
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.publisher_child", "--db", db_url, "--server", server],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _kill_at_progress(proc: subprocess.Popen[bytes], net: LoopbackNetwork, posts: int) -> None:
    """SIGKILL ``proc`` as soon as the network holds ``posts`` posts (unless it ends first)."""
    deadline = time.monotonic() + 60.0
    while proc.poll() is None and time.monotonic() < deadline:
        if net.stats()["posts"] >= posts:
            proc.send_signal(signal.SIGKILL)
            return
        time.sleep(0.001)


def crash_trial(
    db_url: str,
    items: int,
    *,
    honour_keys: bool,
    seed: int = 1,
    max_n: int = 4,
    external_every: int = 4,
    parallel: int = 1,
    time_limit: float = 600.0,
    kill_rounds: int | None = None,
) -> dict[str, Any]:
    """``kill_rounds``: stop killing after that many turns through every step (a clean run then
    sends the rest), so a small test stays short; None kills until the outbox is empty."""
    rng = random.Random(seed)
    keys = seed_outbox(db_url, items)
    net = LoopbackNetwork(honour_keys=honour_keys)
    server = net.start()
    console = Console.open(db_url, migrate=False)
    started = time.monotonic()
    kills = self_kills = external_kills = runs = 0
    kills_by_step = dict.fromkeys(STEPS, 0)
    errors: list[str] = []

    def pending() -> int:
        with console.session() as s:
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(OutboxItem)
                    .where(
                        OutboxItem.status.in_(
                            [OutboxStatus.APPROVED, OutboxStatus.SCHEDULED, OutboxStatus.SENDING]
                        )
                    )
                )
                or 0
            )

    try:
        step_i = 0
        while pending() and time.monotonic() - started < time_limit:
            if kill_rounds is not None and step_i >= kill_rounds * len(STEPS):
                break
            procs = []
            for _ in range(parallel):
                runs += 1
                if runs % external_every == 0:
                    posts_so_far = net.stats()["posts"]
                    procs.append(
                        (_spawn(db_url, server, None), None, posts_so_far + rng.randint(1, max_n))
                    )
                else:
                    step = STEPS[step_i % len(STEPS)]
                    step_i += 1
                    procs.append(
                        (_spawn(db_url, server, f"{step}:{rng.randint(1, max_n)}"), step, None)
                    )
            for proc, step, kill_at_posts in procs:
                if kill_at_posts is not None:
                    _kill_at_progress(proc, net, kill_at_posts)
                try:
                    _out, err = proc.communicate(timeout=120)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    _out, err = proc.communicate()
                    errors.append("a publisher run hung and was stopped")
                if proc.returncode == -signal.SIGKILL:
                    kills += 1
                    if step is None:
                        external_kills += 1
                    else:
                        self_kills += 1
                        kills_by_step[step] += 1
                elif proc.returncode != 0:
                    errors.append(err.decode(errors="replace")[-2000:])
        # a last clean run makes sure nothing is left behind
        proc = _spawn(db_url, server, None)
        _out, err = proc.communicate(timeout=120)
        if proc.returncode != 0:
            errors.append(err.decode(errors="replace")[-2000:])
        stats = net.stats()
        posts = {p["key"]: p["id"] for p in net.posts}
    finally:
        net.stop()
    with console.session() as s:
        rows = {
            r[0]: (r[1], r[2])
            for r in s.execute(
                select(OutboxItem.idempotency_key, OutboxItem.status, OutboxItem.remote_id)
            )
        }
    console.close()
    by_key = stats["by_key"]
    duplicated = sum(n - 1 for n in by_key.values() if n > 1)
    stray = sum(n for k, n in by_key.items() if k not in rows)
    lost = sum(1 for k in keys if by_key.get(k, 0) == 0 or rows[k][0] != OutboxStatus.SENT)
    mismatched = sum(
        1
        for k in keys
        if by_key.get(k) == 1 and rows[k][0] == OutboxStatus.SENT and rows[k][1] != posts[k]
    )
    return {
        "items": items,
        "lost": lost,
        "duplicated": duplicated + stray,
        "mismatched": mismatched,
        "kills": kills,
        "self_kills": self_kills,
        "external_kills": external_kills,
        "kills_by_step": kills_by_step,
        "runs": runs + 1,
        "honour_keys": honour_keys,
        "parallel": parallel,
        "seconds": round(time.monotonic() - started, 1),
        "errors": errors[:3],
    }
