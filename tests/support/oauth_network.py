"""A small social network on loopback whose API accepts oidc-provider's tokens.

It stands in for a network's API in tests that need the real OAuth server (oidc-provider) and
a real sync: bearer tokens are checked by introspection at the provider, ``GET /me`` names the
brand, ``GET /inbound?after=N`` pages the items the test posted, ``POST /reply`` records a
reply. :class:`LoopbackSpec` plugs it into :class:`accounts.registry.Registry` like any
network, so the registry's own OAuth connect, token renewal and revocation paths are what run.
"""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from accounts.base import (
    Connector,
    FetchResult,
    InboundItem,
    ItemKind,
    Profile,
    RemoteAuthor,
    ReplyTarget,
    SendResult,
)
from accounts.http import HttpClient, RateControl
from accounts.oauth import OAuthEndpoints
from accounts.registry import AccountRef, NetworkSpec, Prepared
from accounts.token_store import TokenStore
from tests.support.oidc import OidcProvider


class LoopbackNetwork:
    def __init__(self, provider: OidcProvider) -> None:
        self.provider = provider
        self.items: list[dict[str, Any]] = []
        self.replies: list[dict[str, Any]] = []
        self.refused: set[str] = set()
        self.unauthorized = 0
        self._lock = threading.Lock()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _send(self, status: int, body: object) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                if status == 401:
                    self.send_header("WWW-Authenticate", 'Bearer error="invalid_token"')
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:  # noqa: N802
                self._send(*outer._handle("GET", self.path, self.headers, b""))

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                self._send(*outer._handle("POST", self.path, self.headers, body))

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                return

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def post(self, author: str, text: str, *, thread: str | None = None) -> str:
        with self._lock:
            rid = str(len(self.items) + 1)
            self.items.append(
                {
                    "id": rid,
                    "author": author,
                    "text": text,
                    "thread": thread or rid,
                    "at": datetime.now(UTC).isoformat(),
                }
            )
            return rid

    def _handle(
        self, method: str, path: str, headers: Mapping[str, str], body: bytes
    ) -> tuple[int, object]:
        scheme, _, token = (headers.get("Authorization") or "").partition(" ")
        ok = scheme.lower() == "bearer" and bool(token) and token not in self.refused
        info = self.provider.introspect(token) if ok else {}
        if not info.get("active"):
            with self._lock:
                self.unauthorized += 1
            return 401, {"error": "invalid_token", "error_description": "token not active"}
        parts = urlsplit(path)
        query = dict(parse_qsl(parts.query))
        if method == "GET" and parts.path == "/me":
            return 200, {"id": f"brand-{info.get('sub')}", "handle": str(info.get("sub"))}
        if method == "GET" and parts.path == "/inbound":
            after = int(query.get("after") or 0)
            with self._lock:
                page = [i for i in self.items if int(i["id"]) > after][:50]
            return 200, {"items": page}
        if method == "POST" and parts.path == "/reply":
            data = json.loads(body or b"{}")
            with self._lock:
                rid = f"r{len(self.replies) + 1}"
                self.replies.append({"id": rid, **data})
            return 200, {"id": rid}
        return 404, {"error": "not_found"}

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


class LoopbackConnector(Connector):
    network = "loopback"

    def __init__(
        self, base_url: str, token: Callable[[], str | None], refresh: Callable[[], bool] | None
    ) -> None:
        self.http = HttpClient(
            base_url, network="loopback", token=token, refresh=refresh, rate_control=RateControl()
        )

    def profile(self) -> Profile:
        me = self.http.get("/me")
        return Profile(me["id"], me["handle"], "Loopback brand")

    def fetch_inbound(self, cursor: str | None, limit: int = 100) -> FetchResult:
        body = self.http.get("/inbound", params={"after": cursor or "0"})
        items = [
            InboundItem(
                remote_id=i["id"],
                kind=ItemKind.MENTION if i["thread"] == i["id"] else ItemKind.REPLY,
                author=RemoteAuthor(f"user-{i['author']}", i["author"]),
                text=i["text"],
                created_at=datetime.fromisoformat(i["at"]),
                thread_key=i["thread"],
                parent_remote_id=None if i["thread"] == i["id"] else i["thread"],
            )
            for i in body["items"]
        ]
        return FetchResult(items, items[-1].remote_id if items else cursor)

    def fetch_thread(self, thread_key: str) -> Sequence[InboundItem]:
        return []

    def send_reply(self, target: ReplyTarget, text: str, idempotency_key: str) -> SendResult:
        body = self.http.post("/reply", json_body={"to": target.remote_id, "text": text})
        return SendResult(body["id"])

    def publish_post(self, text: str, idempotency_key: str) -> SendResult:
        raise NotImplementedError

    def find_sent(self, idempotency_key: str) -> SendResult | None:
        return None

    def close(self) -> None:
        self.http.close()


class LoopbackSpec(NetworkSpec):
    """The loopback network as a registry entry: OAuth at oidc-provider, API on loopback."""

    name = "loopback"
    title = "Loopback network"
    fields = ()
    notes = "A network on this computer, for tests."

    def __init__(self, provider: OidcProvider, network: LoopbackNetwork) -> None:
        self.provider = provider
        self.api = network

    def _endpoints(self) -> OAuthEndpoints:
        return self.provider.endpoints(network="loopback")

    def prepare(
        self, values: Mapping[str, str], config: Mapping[str, str], store: TokenStore
    ) -> Prepared:
        return Prepared(self._endpoints(), self.api.url)

    def endpoints_for(
        self, ref: AccountRef, config: Mapping[str, str], store: TokenStore
    ) -> OAuthEndpoints:
        return self._endpoints()

    def make_connector(
        self,
        ref: AccountRef,
        token: Callable[[], str | None],
        refresh: Callable[[], bool] | None,
    ) -> Connector:
        assert ref.base_url
        return LoopbackConnector(ref.base_url, token, refresh)
