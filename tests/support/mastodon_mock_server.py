"""Start PyPI's ``mastodon-mock`` as a real HTTP server on loopback, in a subprocess.

A subprocess rather than its in-process ``MockServer`` so the connector talks to it over a
real socket from outside, as it would to an instance, and so a hung server cannot take the
test process with it. ``serve --port 0`` falls back to port 3000, so we pick a free port and
retry on the rare race where someone else takes it first. With a streaming client connected
the server ignores SIGTERM: teardown escalates to SIGKILL after a short grace.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import requests

#: seed accounts and their bearer tokens (the mock's OAuth is a stub: tokens are seeded)
ACCOUNTS = {
    "brand": "brand-token-for-tests",
    "customer": "customer-token-for-tests",
    "other": "other-token-for-tests",
}


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _config(path: Path, *, streaming: bool, extra: dict[str, str] | None = None) -> None:
    lines = [
        "[database]",
        'path = ":memory:"',
        "",
        "[streaming]",
        f"enabled = {'true' if streaming else 'false'}",
        "heartbeat_seconds = 0.5",
        "",
    ]
    for name, token in {**ACCOUNTS, **(extra or {})}.items():
        lines += [
            "[[seed.accounts]]",
            f'username = "{name}"',
            f'display_name = "{name.title()}"',
            f'access_token = "{token}"',
            "",
        ]
    path.write_text("\n".join(lines), encoding="utf-8")


@dataclass
class MastodonMock:
    base_url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def stop(self, grace: float = 3.0) -> None:
        if self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(grace)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)


def start_mastodon_mock(
    workdir: Path,
    *,
    streaming: bool = True,
    timeout: float = 60.0,
    extra_accounts: dict[str, str] | None = None,
) -> MastodonMock:
    """Start the server and wait until it answers; raises with its log if it cannot.

    ``extra_accounts``: more seeded users (name → access token) beside :data:`ACCOUNTS`.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    config = workdir / "mastodon_mock.toml"
    _config(config, streaming=streaming, extra=extra_accounts)
    log_path = workdir / "mastodon_mock.log"
    last_error = ""
    for _attempt in range(3):
        port = _free_port()
        with open(log_path, "wb") as log:
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "mastodon_mock",
                    "serve",
                    "--config",
                    str(config),
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    "--log-level",
                    "warning",
                ],
                cwd=workdir,  # the mock also reads ./pyproject.toml: keep it out of ours
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )
        base = f"http://127.0.0.1:{port}"
        server = MastodonMock(base, proc, log_path)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if requests.get(f"{base}/api/v1/streaming/health", timeout=2).status_code == 200:
                    return server
            except requests.RequestException:
                pass
            time.sleep(0.05)
        server.stop()
        last_error = log_path.read_text(errors="replace")[-2000:]
        if "address already in use" not in last_error.lower():
            break
    raise RuntimeError(f"mastodon-mock did not start:\n{last_error}")
