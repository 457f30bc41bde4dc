"""Renewals against oidc-provider (rotation and reuse detection on) across processes, and lost answers.

* Two processes on one computer (the app and the worker) renewing the same account at the
  same moment: with the OS lock one asks the provider, the other reads the rotated tokens
  from the keyring; the grant survives. (Without it the second presents a used refresh token
  and the provider revokes the whole grant.)
* A renewal whose answer is lost: when the provider never got the request, asking once more
  succeeds; when it did (and rotated), the old token is refused and the grant is over, and the
  account's message says so naming the account's handle, never its keyring key.
* Renewed tokens are in the keyring before anything uses them.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from accounts.base import AuthExpired, TransientError
from accounts.oauth import TokenManager
from accounts.token_store import TokenStore
from tests.support.file_keyring import ENV as KEYRING_FILE_ENV
from tests.support.file_keyring import FileKeyring
from tests.support.memory_keyring import MemoryKeyring
from tests.support.oidc import OidcProvider, ScriptedBrowser

LATER = 2 * 3600.0  # past the provider's one-hour access tokens
ROOT = Path(__file__).resolve().parents[3]

_CHILD = r"""
import json, os, sys, time
from accounts.oauth import OAuthEndpoints, TokenManager
from accounts.refresh_lock import FileRefreshLock
from accounts.token_store import TokenStore
from tests.support.file_keyring import FileKeyring
cfg = json.loads(sys.argv[1])
ep = OAuthEndpoints(**cfg["endpoints"])
lock = FileRefreshLock(__import__("pathlib").Path(cfg["lock_dir"])) if cfg["lock"] else (
    lambda key: __import__("contextlib").nullcontext())
m = TokenManager(ep, TokenStore(FileKeyring()), cfg["key"], name="@brand",
                 clock=lambda: time.time() + cfg["later"], refresh_lock=lock)
while time.time() < cfg["start_at"]:
    time.sleep(0.001)
try:
    print(json.dumps({"access": m.token()}))
except Exception as exc:
    print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
"""


def _endpoints_dict(oidc: OidcProvider, **overrides: object) -> dict[str, object]:
    ep = oidc.endpoints(**overrides)
    return {
        "authorize_url": ep.authorize_url,
        "token_url": ep.token_url,
        "revoke_url": ep.revoke_url,
        "client_id": ep.client_id,
        "scopes": list(ep.scopes),
        "issuer": ep.issuer,
        "network": ep.network,
    }


def _race(oidc: OidcProvider, tmp_path: Path, key: str, *, lock: bool) -> list[dict[str, str]]:
    cfg = {
        "endpoints": _endpoints_dict(oidc),
        "key": key,
        "later": LATER,
        "start_at": time.time() + 2.0,
        "lock": lock,
        "lock_dir": str(tmp_path / "locks"),
    }
    env = dict(os.environ, OAUTHLIB_INSECURE_TRANSPORT="1", PYTHONPATH=str(ROOT))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _CHILD, json.dumps(cfg)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=60)
        assert p.returncode == 0, stderr[-2000:]
        out.append(json.loads(stdout.strip().splitlines()[-1]))
    return out


@pytest.fixture
def shared_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> TokenStore:
    monkeypatch.setenv(KEYRING_FILE_ENV, str(tmp_path / "keyring.json"))
    return TokenStore(FileKeyring())


def test_two_processes_renewing_at_once_make_one_request_and_keep_the_grant(
    oidc: OidcProvider, shared_keyring: TokenStore, tmp_path: Path
) -> None:
    key = "oidc:race-locked"
    TokenManager(oidc.endpoints(), shared_keyring, key).connect(open_browser=ScriptedBrowser())
    mark = oidc.mark()
    results = _race(oidc, tmp_path, key, lock=True)
    assert all("access" in r for r in results), results
    assert results[0]["access"] == results[1]["access"]  # the second used the first's tokens
    oidc.wait_for(lambda evs: len(evs) > mark)
    assert oidc.refreshes_since(mark) == 1
    stored = shared_keyring.load(key)
    assert stored is not None and stored.access_token == results[0]["access"]
    assert oidc.introspect(stored.access_token)["active"] is True


def test_without_the_lock_the_same_race_loses_the_grant(
    oidc: OidcProvider, shared_keyring: TokenStore, tmp_path: Path
) -> None:
    """What the lock prevents, shown on the same provider (so the first test can fail)."""
    key = "oidc:race-unlocked"
    TokenManager(oidc.endpoints(), shared_keyring, key).connect(open_browser=ScriptedBrowser())
    results = _race(oidc, tmp_path, key, lock=False)
    errors = [r["error"] for r in results if "error" in r]
    stored = shared_keyring.load(key)
    assert stored is not None
    # both asked with one refresh token: one was refused, and the provider ended the grant
    assert errors and "@brand" in errors[0] and key not in errors[0]
    assert oidc.introspect(stored.access_token)["active"] is False


class _LossyProxy:
    """A loopback proxy to the provider that loses the next exchange: either the request (it
    never reaches the provider) or the answer (the provider acts on it; we never hear)."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.mode: str | None = None
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            mode, self.mode = self.mode, None
            threading.Thread(target=self._serve, args=(client, mode), daemon=True).start()

    def _serve(self, client: socket.socket, mode: str | None) -> None:
        upstream = socket.create_connection(self.target)
        if mode == "request":
            client.recv(65536)
            client.close()
            upstream.close()
            return

        def pump(src: socket.socket, dst: socket.socket, drop: bool) -> None:
            try:
                while data := src.recv(65536):
                    if drop:
                        client.close()  # the answer came: lose it
                        return
                    dst.sendall(data)
            except OSError:
                pass
            finally:
                for s in (src, dst):
                    try:
                        s.close()
                    except OSError:
                        pass

        threading.Thread(target=pump, args=(client, upstream, False), daemon=True).start()
        pump(upstream, client, mode == "answer")

    def url(self, url: str) -> str:
        parts = urlsplit(url)
        return urlunsplit(parts._replace(netloc=f"127.0.0.1:{self.port}"))

    def close(self) -> None:
        self.server.close()


@pytest.fixture
def lossy(oidc: OidcProvider):
    parts = urlsplit(oidc.metadata["token_endpoint"])
    proxy = _LossyProxy((parts.hostname or "127.0.0.1", parts.port or 80))
    yield proxy
    proxy.close()


def _manager(
    oidc: OidcProvider, lossy: _LossyProxy, store: TokenStore, key: str, offset: list[float]
):
    ep = oidc.endpoints(token_url=lossy.url(oidc.metadata["token_endpoint"]))
    return TokenManager(
        ep,
        store,
        key,
        name="@brand.example",
        clock=lambda: time.time() + offset[0],
        timeout=(2.0, 5.0),
    )


def test_a_lost_request_is_asked_once_more_and_nothing_is_lost(
    oidc: OidcProvider, lossy: _LossyProxy
) -> None:
    store, key, offset = TokenStore(MemoryKeyring()), "oidc:lost-request", [0.0]
    manager = _manager(oidc, lossy, store, key, offset)
    first = manager.connect(open_browser=ScriptedBrowser())
    offset[0] = LATER
    lossy.mode = "request"
    renewed = manager.token()
    assert renewed != first.access_token
    assert oidc.introspect(renewed)["active"] is True


def test_a_lost_answer_on_a_rotating_server_is_reported_with_the_accounts_name(
    oidc: OidcProvider, lossy: _LossyProxy
) -> None:
    store, key, offset = TokenStore(MemoryKeyring()), "oidc:lost-answer", [0.0]
    manager = _manager(oidc, lossy, store, key, offset)
    first = manager.connect(open_browser=ScriptedBrowser())
    offset[0] = LATER
    mark = oidc.mark()
    lossy.mode = "answer"
    with pytest.raises(AuthExpired) as caught:
        manager.token()
    text = str(caught.value)
    assert "@brand.example" in text and key not in text
    assert "lost" in text and "Reconnect @brand.example" in text
    oidc.wait_for(lambda evs: oidc.refreshes_since(mark) >= 1)
    # the provider did rotate (the lost answer held the live token), then saw the old one again
    assert oidc.introspect(first.access_token)["active"] is False


class _FlakyKeyring(MemoryKeyring):
    def __init__(self) -> None:
        super().__init__()
        self.fail = False

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.fail:
            raise RuntimeError("the keyring is locked")
        super().set_password(service, username, password)


def test_renewed_tokens_go_to_the_keyring_before_anything_uses_them(oidc: OidcProvider) -> None:
    keyring = _FlakyKeyring()
    store, key, offset = TokenStore(keyring), "oidc:keyring-first", [0.0]
    manager = TokenManager(
        oidc.endpoints(), store, key, name="@brand", clock=lambda: time.time() + offset[0]
    )
    first = manager.connect(open_browser=ScriptedBrowser())
    offset[0] = LATER
    keyring.fail = True
    mark = oidc.mark()
    with pytest.raises(Exception) as caught:
        manager.token()
    assert "@brand" in str(caught.value) and key not in str(caught.value)
    with pytest.raises(TransientError):
        manager.token()  # the renewed tokens are held back until the keyring has them
    keyring.fail = False
    renewed = manager.token()
    stored = store.load(key)
    assert stored is not None and stored.access_token == renewed != first.access_token
    oidc.wait_for(lambda evs: oidc.refreshes_since(mark) >= 1)
    assert oidc.refreshes_since(mark) == 1  # no second renewal: the spent token was not replayed
    assert oidc.introspect(renewed)["active"] is True


@pytest.mark.postgres
def test_the_database_lock_alone_serialises_renewals_of_one_account(
    oidc: OidcProvider, pg_url: str
) -> None:
    """Workstations share the database: its advisory lock holds one renewal at a time."""
    from sqlalchemy import create_engine

    from app.db.locks import refresh_lock

    engine = create_engine(pg_url)
    lock = refresh_lock(engine)
    assert lock is not None
    store, key, offset = TokenStore(MemoryKeyring()), "oidc:db-lock", [0.0]
    managers = [
        TokenManager(
            oidc.endpoints(),
            store,
            key,
            name="@brand",
            clock=lambda: time.time() + offset[0],
            refresh_lock=lock,
        )
        for _ in range(4)
    ]
    managers[0].connect(open_browser=ScriptedBrowser())
    for m in managers[1:]:
        m.token()  # each holds the same tokens in memory
    offset[0] = LATER
    mark = oidc.mark()
    results: list[str] = []
    start = threading.Barrier(len(managers))

    def renew(m: TokenManager) -> None:
        start.wait()
        results.append(m.token())

    threads = [threading.Thread(target=renew, args=(m,)) for m in managers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(set(results)) == 1 and len(results) == 4
    oidc.wait_for(lambda evs: oidc.refreshes_since(mark) >= 1)
    assert oidc.refreshes_since(mark) == 1
    assert oidc.introspect(results[0])["active"] is True
    engine.dispose()
