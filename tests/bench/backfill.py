"""Backfill: 10,000 items waiting on a newly connected account, on mastodon-mock and dev-env.

For each network, ``2,500 × scale`` customer threads of four posts each (a root mentioning the
brand and three replies in the thread that mention it too) are written through the peer's own
API before the brand account is connected. Then the console's sync round (``sync_account_once``,
what the worker runs, on a fresh SQLite database) reads the backlog until it has caught up.
Figures per network: ``stored`` (messages that are not context), ``expected``, ``distinct``
(stored exactly once when it equals ``stored``), ``threaded`` (every conversation holds its
four posts), ``conversations``, ``items_per_s`` (steady state: the sync only, not the writing),
and ``seconds``. Top level: the same keys summed, and the slower rate.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PER_THREAD = 4


def _console(path: Path) -> Any:
    from app.demo import ensure_demo_workspace
    from app.session.console import Console
    from tests.support.inbox import keep_threads_apart

    console = Console.open(f"sqlite:///{path}")
    with console.factory() as s, s.begin():
        ensure_demo_workspace(s)
    # threading by reply chain is what the figure checks: one conversation per thread, not one
    # open conversation per customer (the workspace default, app.inbox.open_per_customer)
    keep_threads_apart(console)
    return console


def _figures(console: Any, aid: int, expected: int, threads: int, seconds: float) -> dict[str, Any]:
    from tests.support.backlog import stored

    got = stored(console.factory, aid)
    return {
        "stored": got.messages,
        "expected": expected,
        "distinct": got.distinct - got.context,
        "context": got.context,
        "conversations": got.conversations,
        "threaded": got.conversations == threads
        and all(n == PER_THREAD for n in got.per_conversation.values()),
        "items_per_s": round(got.messages / seconds, 1) if seconds else None,
        "seconds": round(seconds, 2),
    }


def _mastodon(threads: int, work: Path) -> dict[str, Any]:
    from accounts.http import HttpClient, RateControl
    from accounts.mastodon import MastodonConnector
    from tests.support.backlog import add_account, mastodon_backlog, mastodon_user, sync_until_done
    from tests.support.mastodon_mock_server import start_mastodon_mock

    mock = start_mastodon_mock(work / "mastodon-mock", streaming=False)
    try:
        brand = mastodon_user(mock.base_url)
        t0 = time.perf_counter()
        expected = mastodon_backlog(mock.base_url, brand, threads, PER_THREAD)
        write_s = time.perf_counter() - t0
        console = _console(work / "mastodon.db")
        aid = add_account(console.factory, "mastodon", brand.username, brand.id)
        http = HttpClient(
            mock.base_url, network="mastodon", token=lambda: brand.token, rate_control=RateControl()
        )
        conn = MastodonConnector(mock.base_url, lambda: brand.token, http=http, account_id=brand.id)
        t0 = time.perf_counter()
        sync_until_done(console.factory, aid, conn)
        seconds = time.perf_counter() - t0
        conn.close()
        out = _figures(console, aid, expected, threads, seconds)
        out["write_seconds"] = round(write_s, 2)
        console.close()
        return out
    finally:
        mock.stop()


def _atproto(threads: int, work: Path) -> dict[str, Any]:
    from accounts.bluesky import BlueskyConnector
    from accounts.http import RateControl
    from tests.support.atproto import start_network
    from tests.support.backlog import add_account, apply_writes, mention_record, sync_until_done
    from tests.support.pgcluster import start_cluster

    cluster = start_cluster()
    net = start_network(cluster)
    try:
        brand = net.create_account("brand")
        customers = [net.create_account("cust") for _ in range(min(10, threads))]
        t0 = time.perf_counter()
        roots: list[tuple[Any, dict[str, str]]] = []
        for i, cust in enumerate(customers):
            mine = range(i, threads, len(customers))
            written = apply_writes(
                net.pds,
                cust.access_jwt,
                cust.did,
                [mention_record(f"order {n} is late", brand.handle, brand.did) for n in mine],
            )
            roots += [(cust, r) for r in written]
        net.process(timeout=1800)  # a reply indexed before its root would get no notification
        by_customer: dict[str, list[dict[str, Any]]] = {}
        for cust, r in roots:
            ref = {"uri": r["uri"], "cid": r["cid"]}
            by_customer.setdefault(cust.did, []).extend(
                mention_record(
                    f"still waiting {k}",
                    brand.handle,
                    brand.did,
                    reply={"root": ref, "parent": ref},
                )
                for k in range(PER_THREAD - 1)
            )
        for cust in customers:
            apply_writes(net.pds, cust.access_jwt, cust.did, by_customer.get(cust.did, []))
        net.process(timeout=1800)
        write_s = time.perf_counter() - t0
        expected = threads * PER_THREAD
        console = _console(work / "atproto.db")
        aid = add_account(console.factory, "bluesky", brand.handle, brand.did, base_url=net.pds)
        conn = BlueskyConnector(
            net.pds,
            identifier=brand.handle,
            app_password=brand.app_password(),
            rate_control=RateControl(),
        )
        t0 = time.perf_counter()
        sync_until_done(console.factory, aid, conn)
        seconds = time.perf_counter() - t0
        conn.close()
        out = _figures(console, aid, expected, threads, seconds)
        out["write_seconds"] = round(write_s, 2)
        console.close()
        return out
    finally:
        net.stop()
        cluster.stop()


def run(scale: float) -> dict[str, Any]:
    """Both networks; ``BACKFILL_NETWORKS=mastodon`` (or ``bluesky``) runs one of them."""
    threads = max(5, int(2_500 * scale))
    wanted = os.environ.get("BACKFILL_NETWORKS", "mastodon,bluesky").split(",")
    runners = {"mastodon": _mastodon, "bluesky": _atproto}
    per: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as d:
        work = Path(d)
        for name in wanted:
            per[name] = runners[name](threads, work)
            # each network's figures as soon as they exist, in case the next one fails
            print(json.dumps({name: per[name]}), file=sys.stderr, flush=True)
    return {
        "stored": sum(p["stored"] for p in per.values()),
        "expected": sum(p["expected"] for p in per.values()),
        "distinct": sum(p["distinct"] for p in per.values()),
        "threaded": all(p["threaded"] for p in per.values()),
        "items_per_s": min(p["items_per_s"] or 0 for p in per.values()),
        "per_network": per,
    }
