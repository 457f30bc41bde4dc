"""A tiny protected API on loopback: bearer tokens checked by introspection at oidc-provider.

It plays the network's API for the OAuth tests: ``GET /me`` answers 200 with the token's
subject when the provider says the token is active, else 401 ``invalid_token`` as RFC 6750
prescribes. It counts what it saw and never logs a token.
"""

from __future__ import annotations

import http.server
import json
import threading
from typing import Any

from tests.support.oidc import OidcProvider


class ProtectedApi:
    def __init__(self, provider: OidcProvider) -> None:
        self.provider = provider
        self.hits = 0
        self.unauthorized = 0
        #: tokens this API refuses although the provider still calls them active (the network
        #: invalidating a token early, as after a password change or a key rotation)
        self.refused: set[str] = set()
        self._lock = threading.Lock()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                status, body = outer._handle(self.path, self.headers.get("Authorization", ""))
                data = json.dumps(body).encode()
                self.send_response(status)
                if status == 401:
                    self.send_header("WWW-Authenticate", 'Bearer error="invalid_token"')
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

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

    def _handle(self, path: str, authorization: str) -> tuple[int, dict[str, Any]]:
        with self._lock:
            self.hits += 1
        if path != "/me":
            return 404, {"error": "not_found"}
        scheme, _, token = authorization.partition(" ")
        bearer = scheme.lower() == "bearer" and bool(token) and token not in self.refused
        info = self.provider.introspect(token) if bearer else {}
        if not info.get("active"):
            with self._lock:
                self.unauthorized += 1
            return 401, {
                "error": "invalid_token",
                "error_description": "the access token is not active",
            }
        return 200, {"sub": info.get("sub"), "client_id": info.get("client_id")}

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
