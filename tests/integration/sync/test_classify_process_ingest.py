"""The worker's path: pages fetched, handed to the classifier process as they come, stored with
the labels and reasons classifying here would have given (both backends)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from accounts.base import InboundItem
from accounts.demo import DemoConnector
from app.db.models import BrandAccount, Message
from app.sync.classify_process import ClassifierProcess
from app.sync.enrich import classify_item
from app.sync.runner import sync_account_once


@pytest.fixture(scope="module")
def child() -> Iterator[ClassifierProcess]:
    process = ClassifierProcess()
    process.start()
    yield process
    process.close()


def test_backlog_is_classified_in_the_child_and_stored_as_here(
    demo_console, demo_network, child: ClassifierProcess
) -> None:
    with demo_console.session() as s:
        acme = s.scalars(select(BrandAccount).order_by(BrandAccount.id)).first()
        assert acme is not None
        acme_id, handle = acme.id, acme.handle
    demo_network.generate(400)
    sent: list[int] = []
    prefetch = child.prefetch

    def counting(items: list[InboundItem]) -> None:
        sent.append(len(items))
        prefetch(items)

    child.prefetch = counting  # type: ignore[method-assign]
    try:
        before = child.child_cpu_seconds()
        out = sync_account_once(
            demo_console.factory,
            acme_id,
            DemoConnector(demo_network, handle),
            limit=40,
            batch=200,
            enrich=child,
        )
    finally:
        del child.prefetch
    assert out.error is None and len(out.result.new_message_ids) == 200
    assert sent == [40] * 5  # every page went to the child as it was fetched
    assert child.child_cpu_seconds() > before and child.in_use
    expected = {it.remote_id: classify_item(it) for b, it in demo_network.items if b == handle}
    with demo_console.session() as s:
        rows = s.execute(
            select(
                Message.remote_id,
                Message.language,
                Message.sentiment,
                Message.intent,
                Message.classification,
            ).where(Message.brand_account_id == acme_id)
        ).all()
    assert len(rows) == 200
    for rid, language, sentiment, intent, why in rows:
        e = expected[rid]
        assert (language, sentiment, intent, why) == (
            e.language,
            e.sentiment,
            e.intent,
            e.classification,
        ), rid


_HOLDER = """
import sys
from app.sync.classify_process import ClassifierProcess

if __name__ == "__main__":
    process = ClassifierProcess()
    process.start()
    process.child_cpu_seconds()  # the child is up and warm
    print(*[p.pid for p in process._executor._processes.values()], flush=True)
    sys.stdin.read()  # until killed
"""


def test_the_child_leaves_when_the_worker_is_killed(tmp_path) -> None:
    """A worker killed outright (SIGKILL, the OOM killer) must not leave its classifier
    waiting for pages forever."""
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    script = tmp_path / "holder.py"
    script.write_text(_HOLDER)
    root = Path(__file__).resolve().parents[3]
    holder = subprocess.Popen(
        [sys.executable, str(script)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        assert holder.stdout is not None
        pids = [int(p) for p in holder.stdout.readline().split()]
        assert len(pids) == 1
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=10)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and Path(f"/proc/{pids[0]}").exists():
            time.sleep(0.1)
        alive = Path(f"/proc/{pids[0]}").exists()
        if alive:
            os.kill(pids[0], signal.SIGKILL)
        assert not alive, "the classifier child outlived its worker"
    finally:
        if holder.poll() is None:
            holder.kill()
