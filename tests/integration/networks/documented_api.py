"""A loopback HTTP server that answers with the payloads the networks document.

X, Meta and LinkedIn offer no sandbox a test can start, so the tests serve the request and
response shapes copied from each network's own documentation (JSON files under ``payloads/``)
from a real HTTP server on 127.0.0.1, and the connectors talk to it over real sockets. The
server records every request so a test can check the method, path, headers and body the
connector sent against what the documentation specifies.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

PAYLOADS = Path(__file__).parent / "payloads"


def payload(network: str, name: str) -> Any:
    """A documented payload, parsed; each test gets a fresh copy it may alter."""
    return json.loads((PAYLOADS / network / f"{name}.json").read_text(encoding="utf-8"))


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Recorded:
    method: str
    path: str  # decoded
    raw_path: str  # as sent, percent-encoding kept
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body) if self.body else None

    def param(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None


Responder = Callable[[Recorded], Reply]


class DocumentedServer:
    """Routes (method + path regex) answered by a queue of replies; the last one repeats."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._routes: list[tuple[str, re.Pattern[str], list[Reply | Responder]]] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                rec = Recorded(
                    method=self.command,
                    path=unquote(parts.path),
                    raw_path=parts.path,
                    query=parse_qs(parts.query, keep_blank_values=True),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=body,
                )
                reply = server._answer(rec)
                data = b""
                if isinstance(reply.body, bytes):
                    data = reply.body
                elif isinstance(reply.body, str):
                    data = reply.body.encode()
                elif reply.body is not None:
                    data = json.dumps(reply.body).encode()
                self.send_response(reply.status)
                if reply.body is not None and "content-type" not in {
                    k.lower() for k in reply.headers
                }:
                    self.send_header("Content-Type", "application/json; charset=UTF-8")
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_DELETE = do_PUT = _serve

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> DocumentedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=10)

    def route(self, method: str, path: str, *replies: Reply | Responder) -> None:
        """Answer ``method path`` (a regex over the decoded path) with ``replies`` in order."""
        with self._lock:
            self._routes.insert(0, (method, re.compile(path), list(replies)))

    def _answer(self, rec: Recorded) -> Reply:
        with self._lock:
            self.requests.append(rec)
            for method, pattern, replies in self._routes:
                if method == rec.method and pattern.fullmatch(rec.path):
                    reply = replies.pop(0) if len(replies) > 1 else replies[0]
                    break
            else:
                return Reply(404, {"error": f"no documented route for {rec.method} {rec.path}"})
        return reply(rec) if callable(reply) else reply

    def sent(self, method: str, path: str) -> list[Recorded]:
        pattern = re.compile(path)
        with self._lock:
            return [r for r in self.requests if r.method == method and pattern.fullmatch(r.path)]
