"""A small social network on loopback HTTP, for the publisher's crash and failure tests.

It keeps every post with the client's idempotency key beside it and lets the owner list its
posts by that key, as a network's "my recent posts" endpoint would. Two modes:

- ``honour_keys=True``: a repeated ``Idempotency-Key`` returns the first post (Mastodon keeps
  keys for an hour);
- ``honour_keys=False``: every POST creates a post, so only the publisher's
  ``find_sent`` stands between a crash and a duplicate.

Failures can be injected (``fail_next`` 503s, ``expire_auth`` 401s, ``refuse_next`` 422s) and
``delay`` slows each POST, to widen race windows.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

import requests

from accounts.base import (
    AuthExpired,
    Connector,
    FetchResult,
    Image,
    InboundItem,
    PermanentError,
    Profile,
    ReplyTarget,
    SendResult,
    TransientError,
)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a publisher killed mid-request resets its connection: expected here


class LoopbackNetwork:
    """The server side: posts, keys and injected failures, shared with the test process."""

    def __init__(self, *, honour_keys: bool = True, delay: float = 0.0) -> None:
        self.honour_keys = honour_keys
        self.delay = delay
        self.lock = threading.Lock()
        self.posts: list[dict[str, Any]] = []
        self.fail_next = 0
        self.refuse_next = 0
        self.expire_auth = False
        self.calls: list[tuple[float, str]] = []  # (monotonic time, key) of every POST received
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- server
    def start(self) -> str:
        net = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # no 40 ms delayed-ACK stall per response

            def log_message(self, *_a: object) -> None:
                pass

            def _json(self, code: int, body: object) -> None:
                data = json.dumps(body).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                url = urlparse(self.path)
                q = parse_qs(url.query)
                if url.path == "/statuses":
                    key = q.get("key", [""])[0]
                    with net.lock:
                        found = [p for p in net.posts if p["key"] == key]
                    self._json(200, {"statuses": found})
                elif url.path == "/stats":
                    self._json(200, net.stats())
                else:
                    self._json(404, {"error": "not found"})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                key = self.headers.get("Idempotency-Key", "")
                with net.lock:
                    net.calls.append((time.monotonic(), key))
                    if net.expire_auth:
                        self._json(401, {"error": "The access token was revoked"})
                        return
                    if net.fail_next > 0:
                        net.fail_next -= 1
                        self._json(503, {"error": "try again later"})
                        return
                    if net.refuse_next > 0:
                        net.refuse_next -= 1
                        self._json(422, {"error": "Validation failed: Text is too long"})
                        return
                if net.delay:
                    time.sleep(net.delay)
                with net.lock:
                    if net.honour_keys and key:
                        for p in net.posts:
                            if p["key"] == key:
                                self._json(200, p)
                                return
                    pid = uuid.uuid4().hex[:12]
                    post = {
                        "id": pid,
                        "key": key,
                        "text": body.get("text", ""),
                        "in_reply_to": body.get("in_reply_to"),
                        "media": body.get("media", []),
                        "url": f"http://loopback.example/p/{pid}",
                        "created_at": datetime.now(UTC).isoformat(),
                    }
                    net.posts.append(post)
                self._json(200, post)

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self.url

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def stats(self) -> dict[str, Any]:
        with self.lock:
            by_key: dict[str, int] = {}
            for p in self.posts:
                by_key[p["key"]] = by_key.get(p["key"], 0) + 1
            return {"posts": len(self.posts), "by_key": by_key}


class LoopbackConnector(Connector):
    """The client side: what a real connector does, over real HTTP, with typed errors."""

    network = "loopback"
    supports_media = True

    def __init__(self, base_url: str, timeout: float = 10.0, connect_delay: float = 0.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        #: time spent before the request reaches the server (DNS, TLS…), to widen race windows
        self.connect_delay = connect_delay
        self.http = requests.Session()

    def profile(self) -> Profile:
        return Profile("loopback-brand", "brand")

    def fetch_inbound(self, cursor: str | None, limit: int = 100) -> FetchResult:
        return FetchResult(items=[], cursor=cursor)

    def fetch_thread(self, thread_key: str) -> Sequence[InboundItem]:
        return []

    def _post(self, body: dict[str, Any], key: str) -> SendResult:
        if self.connect_delay:
            time.sleep(self.connect_delay)
        try:
            resp = self.http.post(
                f"{self.base_url}/statuses",
                json=body,
                headers={"Idempotency-Key": key},
                timeout=self.timeout,
            )
        except requests.RequestException as exc:
            raise TransientError(f"loopback: {type(exc).__name__}") from None
        if resp.status_code == 401:
            raise AuthExpired("loopback: the access token was revoked")
        if resp.status_code >= 500:
            raise TransientError(f"loopback: server error {resp.status_code}")
        if resp.status_code >= 400:
            raise PermanentError(f"loopback refused the post: {resp.json().get('error')}")
        data = resp.json()
        return SendResult(data["id"], data.get("url"), datetime.fromisoformat(data["created_at"]))

    def send_reply(
        self,
        target: ReplyTarget,
        text: str,
        idempotency_key: str,
        *,
        images: Sequence[Image] = (),
    ) -> SendResult:
        return self._post(
            {"text": text, "in_reply_to": target.remote_id, "media": _describe(images)},
            idempotency_key,
        )

    def publish_post(
        self, text: str, idempotency_key: str, *, images: Sequence[Image] = ()
    ) -> SendResult:
        return self._post({"text": text, "media": _describe(images)}, idempotency_key)

    def find_sent(self, idempotency_key: str) -> SendResult | None:
        try:
            resp = self.http.get(
                f"{self.base_url}/statuses", params={"key": idempotency_key}, timeout=self.timeout
            )
        except requests.RequestException as exc:
            raise TransientError(f"loopback: {type(exc).__name__}") from None
        if resp.status_code >= 400:
            raise TransientError(f"loopback: lookup failed ({resp.status_code})")
        found = resp.json()["statuses"]
        if not found:
            return None
        p = found[0]
        return SendResult(p["id"], p.get("url"), datetime.fromisoformat(p["created_at"]))

    def close(self) -> None:
        self.http.close()


def _describe(images: Sequence[Image]) -> list[dict[str, Any]]:
    return [{"alt": img.alt, "size": len(img.data)} for img in images]
