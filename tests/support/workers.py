"""Headless ``main.py worker`` processes for the election and failover tests and the bench.

Each plays an always-on machine holding the brand accounts' tokens (a shared test keyring file
stands in for each machine's keyring); what it claims and releases is read from its output.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import requests
from sqlalchemy import select

from accounts.token_store import TokenStore, account_key
from accounts.tokens import TokenSet
from app.db.models import BrandAccount, Team
from app.demo import ensure_demo_workspace
from app.session.console import Console
from tests.support.file_keyring import ENV

ROOT = Path(__file__).resolve().parents[2]


class Worker:
    def __init__(
        self,
        name: str,
        db_url: str,
        tmp: Path,
        keyring_file: Path,
        *,
        interval: float = 0.2,
        claim_every: float = 0.5,
    ) -> None:
        self.name = name
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        env = {
            **os.environ,
            "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.FileKeyring",
            ENV: str(keyring_file),
            "SOCIAL_CONSOLE_HOME": str(tmp / f"home-{name}"),
            "PYTHONPATH": str(ROOT),
        }
        self.proc = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "--db",
                db_url,
                "--no-demo",
                "worker",
                "--interval",
                str(interval),
                "--claim-every",
                str(claim_every),
            ],
            cwd=tmp,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip())

    def drain(self) -> list[str]:
        while True:
            try:
                self.seen.append(self.lines.get_nowait())
            except queue.Empty:
                return self.seen

    def claimed(self) -> set[int]:
        held: set[int] = set()
        for line in self.drain():
            parts = line.split()
            if len(parts) >= 4 and parts[:2] == ["worker:", "account"]:
                aid = int(parts[2])
                if parts[3] == "claimed":
                    held.add(aid)
                else:
                    held.discard(aid)
        return held

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


def wait_until(check: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def seed_mastodon_accounts(
    console: Console, store: TokenStore, base_url: str, tokens: dict[str, str]
) -> dict[str, int]:
    """Brand accounts on mastodon-mock, one per (handle → token), their tokens in ``store``.

    The mock's OAuth is a stub, so its seeded tokens go into the keyring directly, as a
    connection through the browser would have put them. Returns handle → account id.
    """
    ids: dict[str, int] = {}
    with console.factory() as s, s.begin():
        ws = ensure_demo_workspace(s)
        team = s.scalar(select(Team.id).where(Team.department == "support"))
        for name, token in tokens.items():
            me = requests.get(
                f"{base_url}/api/v1/accounts/verify_credentials",
                headers={"Authorization": f"Bearer {token}"},
                timeout=10,
            ).json()
            key = account_key("mastodon", uuid.uuid4().hex)
            store.save(key, TokenSet(access_token=token, obtained_at=time.time()))
            acc = BrandAccount(
                workspace_id=ws.id,
                key=key,
                network="mastodon",
                handle=name,
                remote_id=str(me["id"]),
                base_url=base_url,
                settings={"oauth_client_id": "seeded", "default_team_id": team},
            )
            s.add(acc)
            s.flush()
            ids[name] = acc.id
    return ids
