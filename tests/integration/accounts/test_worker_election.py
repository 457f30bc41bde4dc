"""One worker per brand account across machines: PostgreSQL advisory locks, and failover.

Two ``main.py worker`` processes play two always-on machines that both hold the tokens of two
Mastodon brand accounts (a shared test keyring file stands in for each machine's keyring). Each
account is synced by exactly one of them — the holder of its advisory lock, as pg_locks shows —
and when that process is killed (SIGKILL: no clean-up, as when a machine dies) the server drops
its locks with its connection and the other worker takes the accounts over at its next claim
round and keeps ingesting. PostgreSQL only: with SQLite there is a single process.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from accounts.token_store import TokenStore
from app.db.locks import lock_holders
from app.db.models import Message
from app.session.console import Console
from tests.support.file_keyring import ENV, FileKeyring
from tests.support.mastodon_mock_server import ACCOUNTS, MastodonMock, start_mastodon_mock
from tests.support.workers import Worker, seed_mastodon_accounts, wait_until

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MastodonMock]:
    server = start_mastodon_mock(tmp_path_factory.mktemp("mastodon-mock-e"), streaming=False)
    yield server
    server.stop()


def post_as(mock: MastodonMock, who: str, text: str) -> str:
    resp = requests.post(
        f"{mock.base_url}/api/v1/statuses",
        json={"status": text},
        headers={"Authorization": f"Bearer {ACCOUNTS[who]}"},
        timeout=10,
    )
    resp.raise_for_status()
    return str(resp.json()["id"])


def test_each_account_one_worker_and_failover(
    mock: MastodonMock, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring_file = tmp_path / "keyring.json"
    monkeypatch.setenv(ENV, str(keyring_file))
    store = TokenStore(FileKeyring())
    console = Console.open(pg_url)
    workers: list[Worker] = []
    try:
        ids = seed_mastodon_accounts(
            console, store, mock.base_url, {n: ACCOUNTS[n] for n in ("brand", "other")}
        )
        both = set(ids.values())

        a = Worker("a", pg_url, tmp_path, keyring_file)
        workers.append(a)
        wait_until(lambda: a.claimed() == both, 60, "worker a to claim both accounts")
        b = Worker("b", pg_url, tmp_path, keyring_file)
        workers.append(b)
        wait_until(lambda: any("worker: syncing" in x for x in b.drain()), 60, "worker b to run")
        time.sleep(1.5)  # three of b's claim rounds: it must take nothing while a is alive

        def holders() -> dict[int, str]:
            with console.session() as s:
                return {k: v for k, v in lock_holders(s).items() if k in both}

        held = holders()
        assert set(held) == both and len(set(held.values())) == 1, held
        assert b.claimed() == set()
        first = post_as(mock, "customer", "@brand are you there?")

        def ingested(remote_id: str) -> bool:
            with console.session() as s:
                return (
                    s.scalar(select(Message.id).where(Message.remote_id == remote_id)) is not None
                )

        wait_until(lambda: ingested(first), 30, "worker a to ingest the mention")

        # machine a dies without a word
        a.proc.send_signal(signal.SIGKILL)
        a.proc.wait(10)
        wait_until(lambda: b.claimed() == both, 30, "worker b to take over both accounts")
        after = holders()
        assert set(after) == both and len(set(after.values())) == 1
        assert set(after.values()) != set(held.values())
        second = post_as(mock, "customer", "@other hello from a customer")
        wait_until(lambda: ingested(second), 30, "worker b to ingest for the other account")
        with console.session() as s:
            rows = s.scalars(
                select(Message.remote_id).where(Message.remote_id.in_([first, second]))
            )
            assert sorted(rows) == sorted([first, second])  # each exactly once

        b.stop()
        assert b.proc.returncode == 0, b.drain()
        assert holders() == {}  # a clean stop releases the locks
    finally:
        for w in workers:
            w.stop()
        console.close()
