"""Three headless workers and twenty brand accounts on mastodon-mock: stop one, count what moved.

Used by the failover test (short claim rounds) and ``python -m tests.bench workstations``. A
worker is SIGKILLed (no clean-up: a machine that dies); the server drops its advisory locks with
its connection and the other workers claim its accounts at their next claim round. Every
customer mention posted before, during and after is then looked for: each must be stored once.
"""

from __future__ import annotations

import signal
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import func, select

from accounts.token_store import TokenStore
from app.db.locks import lock_holders
from app.db.models import Message
from app.session.console import Console
from tests.support.file_keyring import ENV, FileKeyring
from tests.support.mastodon_mock_server import ACCOUNTS, start_mastodon_mock
from tests.support.workers import Worker, seed_mastodon_accounts, wait_until


def _post(base: str, token: str, text: str) -> str:
    """A customer's mention, posted on the mock. The mock is one process answering every
    worker's polls too: on a machine that also runs the rest of the suite, a post waited
    behind them for more than 10 s once; the trial measures failover, not the mock."""
    r = requests.post(
        f"{base}/api/v1/statuses",
        json={"status": text},
        headers={"Authorization": f"Bearer {token}"},
        timeout=60,
    )
    r.raise_for_status()
    return str(r.json()["id"])


def failover_trial(
    pg_url: str,
    workdir: Path,
    *,
    accounts: int = 20,
    workers: int = 3,
    interval: float = 1.0,
    claim_every: float = 0.5,
    timeout: float = 120.0,
) -> dict[str, Any]:
    import os

    brands = {
        f"brand{i:02d}": f"brand{i:02d}-token-{uuid.uuid4().hex[:8]}" for i in range(accounts)
    }
    mock = start_mastodon_mock(workdir / "mock", streaming=False, extra_accounts=brands)
    keyring_file = workdir / "keyring.json"
    old_env = os.environ.get(ENV)
    os.environ[ENV] = str(keyring_file)
    store = TokenStore(FileKeyring())
    console = Console.open(pg_url)
    procs: list[Worker] = []
    posted: dict[int, list[str]] = {}
    try:
        ids = seed_mastodon_accounts(console, store, mock.base_url, brands)
        everyone = set(ids.values())
        by_id = {v: k for k, v in ids.items()}

        def holders() -> dict[int, str]:
            with console.session() as s:
                return {k: v for k, v in lock_holders(s).items() if k in everyone}

        def ingested(account_id: int, remote_id: str) -> bool:
            with console.session() as s:
                return (
                    s.scalar(
                        select(Message.id).where(
                            Message.brand_account_id == account_id, Message.remote_id == remote_id
                        )
                    )
                    is not None
                )

        def post_round(label: str, accounts_: set[int]) -> dict[int, str]:
            out = {}
            for aid in sorted(accounts_):
                rid = _post(mock.base_url, ACCOUNTS["customer"], f"@{by_id[aid]} {label}")
                posted.setdefault(aid, []).append(rid)
                out[aid] = rid
            return out

        for n in range(workers):
            procs.append(
                Worker(
                    f"w{n}",
                    pg_url,
                    workdir,
                    keyring_file,
                    interval=interval,
                    claim_every=claim_every,
                )
            )
        wait_until(
            lambda: set(holders()) == everyone, timeout, "the workers to claim every account"
        )
        before = post_round("before", everyone)
        wait_until(
            lambda: all(ingested(a, r) for a, r in before.items()), timeout, "the first mentions"
        )

        held = holders()
        per_worker = Counter(held.values())
        victim_name, victim_count = per_worker.most_common(1)[0]
        # a worker's lock connection is named after its host and process id
        victim = next(w for w in procs if victim_name.endswith(f":{w.proc.pid}"))
        moved = {a for a, h in held.items() if h == victim_name}
        t0 = time.monotonic()
        victim.proc.send_signal(signal.SIGKILL)
        victim.proc.wait(10)
        during = post_round("during", everyone)
        done_at: dict[int, float] = {}

        def all_moved() -> bool:
            now_held = holders()
            for a in moved:
                if (
                    a not in done_at
                    and now_held.get(a, victim_name) != victim_name
                    and ingested(a, during[a])
                ):
                    done_at[a] = time.monotonic() - t0
            return len(done_at) == len(moved)

        wait_until(all_moved, timeout, "the stopped worker's accounts to sync elsewhere")
        after = post_round("after", everyone)
        wait_until(
            lambda: all(ingested(a, r) for a, r in {**during, **after}.items()),
            timeout,
            "every mention after the failover",
        )
        with console.session() as s:
            rows = s.execute(
                select(Message.brand_account_id, Message.remote_id, func.count())
                .where(Message.brand_account_id.in_(everyone))
                .group_by(Message.brand_account_id, Message.remote_id)
            ).all()
        stored = {(a, r): n for a, r, n in rows}
        lost = sum(1 for a, rids in posted.items() for r in rids if (a, r) not in stored)
        duplicated = sum(n - 1 for n in stored.values() if n > 1)
        final = holders()
        return {
            "accounts": accounts,
            "workers": workers,
            "moved_accounts": len(moved),
            "victim_held": victim_count,
            "failover_s": round(max(done_at.values()), 2),
            "claim_every_s": claim_every,
            "interval_s": interval,
            "lost": lost,
            "duplicated": duplicated,
            "posted": sum(len(v) for v in posted.values()),
            "holders_after": len(set(final.values())),
            "victim_holds_after": sum(1 for h in final.values() if h == victim_name),
            "all_held_after": set(final) == everyone,
        }
    finally:
        for w in procs:
            w.stop()
        console.close()
        mock.stop()
        if old_env is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = old_env
