"""The company's data repository: the worker's scheduled export adds only what is new."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from sqlalchemy import select

from accounts.demo import DemoConnector
from app.db.models import BrandAccount, Conversation, Message
from app.inbox import conversations as cs
from app.reports.datarepo import SCHEMA_VERSION, ExportError, ExportScheduler, export
from app.sync.runner import SyncRunner
from tests.integration.publishing.conftest import actor_named

ROOT = Path(__file__).resolve().parents[3]


def _ids(folder: Path, table: str, run: int) -> list[int]:
    ids: list[int] = []
    for f in sorted((folder / table).glob(f"run-{run:06d}-*.parquet")):
        ids += pq.read_table(f, columns=["id"]).column("id").to_pylist()
    return ids


def test_the_scheduled_export_runs_twice_and_the_second_adds_only_what_is_new(
    demo_console, demo_network, tmp_path
) -> None:
    console = demo_console
    with console.session() as s:
        accs = {a.id: a.handle for a in s.scalars(select(BrandAccount))}
    runner = SyncRunner(
        console.factory, {a: DemoConnector(demo_network, h) for a, h in accs.items()}
    )
    demo_network.generate(30)
    runner.run_once()
    repo = tmp_path / "repo"
    done: list[str] = []
    deadline = time.monotonic() + 60

    def scheduled(runs: int) -> None:
        """The worker's scheduler thread, left running for ``runs`` runs (0.2 s apart)."""
        scheduler = ExportScheduler(console.factory, repo, every=0.2, on_result=done.append)
        scheduler.start()
        try:
            while scheduler.runs < runs and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            scheduler.stop()
        assert scheduler.runs >= runs and scheduler.last_error is None

    scheduled(1)
    first = _ids(repo, "messages", 1)
    with console.session() as s:
        assert sorted(first) == sorted(s.scalars(select(Message.id)))
    # new messages arrive and one conversation is resolved (the worker restarts meanwhile)
    with console.factory() as s, s.begin():
        resolved = s.scalar(select(Conversation.id).order_by(Conversation.id).limit(1))
        cs.set_status(s, actor_named(s, "lena"), resolved, "resolved")
    demo_network.generate(10)
    runner.run_once()
    scheduled(3)  # the second run finds them, the next ones find nothing
    second = _ids(repo, "messages", 2)
    assert len(second) == 10 and not set(second) & set(first)
    with console.session() as s:
        assert sorted(first + second) == sorted(s.scalars(select(Message.id)))
    changed = _ids(repo, "conversations", 2)
    assert resolved in changed
    status = pq.read_table(next((repo / "conversations").glob("run-000002-*.parquet")))
    assert (
        dict(zip(status["id"].to_pylist(), status["status"].to_pylist(), strict=True))[resolved]
        == "resolved"
    )
    # the same part as CSV and JSON Lines, and the schema beside it
    part = next((repo / "messages").glob("run-000002-*.jsonl"))
    rows = [json.loads(line) for line in part.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in rows) == sorted(second)
    assert next((repo / "messages").glob("run-000002-*.csv")).exists()
    schema = json.loads((repo / "schema.json").read_text())
    assert schema["schema_version"] == SCHEMA_VERSION
    assert "text" in schema["tables"]["messages"]["columns"]
    assert "contact" not in schema["tables"]["customers"]["columns"]
    assert not list(repo.glob("*/run-000003-*"))  # runs with nothing new wrote nothing
    assert any("nothing new" in d for d in done)
    # and a run with nothing new takes well under a second
    with console.session() as s:
        t0 = time.perf_counter()
        again = export(s, repo)
        assert again.total == 0 and time.perf_counter() - t0 < 1.0


def test_a_folder_of_another_schema_version_is_refused_in_words(demo_console, tmp_path) -> None:
    (tmp_path / "_state.json").write_text(json.dumps({"schema_version": 99, "marks": {}}))
    with demo_console.session() as s, pytest.raises(ExportError, match="schema version 99"):
        export(s, tmp_path)


def test_the_worker_command_exports_on_each_run(tmp_path) -> None:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    # no demo network: it brings new messages on every run (timestamped when generated), so
    # what the second run exports would depend on it; the worker runs for the export alone
    cmd = [sys.executable, str(ROOT / "main.py"), "--db", db, "worker", "--once"]
    cmd += ["--export-dir", str(tmp_path / "repo")]
    outs = []
    for run in range(2):
        # customers write between the runs: the second run exports exactly what they wrote
        _customers_write(db, f"r{run}")
        p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
        assert p.returncode == 0, p.stderr
        outs.append(p.stdout)
    assert "worker: export:" in outs[0] and "messages" in outs[0]
    first, second = _ids(tmp_path / "repo", "messages", 1), _ids(tmp_path / "repo", "messages", 2)
    assert first and second and not set(first) & set(second)
    assert len(second) == 2  # exactly the two written since the first run


def _customers_write(db: str, prefix: str) -> None:
    from app.demo import ensure_demo_workspace
    from app.session.console import Console
    from tests.support.inbox import seed

    console = Console.open(db)
    try:
        with console.factory() as s, s.begin():
            ensure_demo_workspace(s)
        seed(console, ["Where is my order?", "Still waiting"], prefix=prefix)
    finally:
        console.close()
