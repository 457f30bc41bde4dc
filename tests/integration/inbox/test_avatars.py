"""Customer pictures over real HTTP on loopback: fetched once, cached under a cap, checked."""

from __future__ import annotations

import threading
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from app.inbox.avatars import AvatarCache, initials, is_picture


def png(width: int = 4) -> bytes:
    """A real (tiny, grey) PNG of ``width`` × 1 pixels."""
    import struct

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = b"\x00" + b"\x80" * width
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, 1, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


class Peer:
    def __init__(self) -> None:
        self.hits: dict[str, int] = {}
        self.routes: dict[str, tuple[int, bytes]] = {}
        peer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                peer.hits[self.path] = peer.hits.get(self.path, 0) + 1
                status, body = peer.routes.get(self.path, (404, b"not found"))
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def peer() -> Iterator[Peer]:
    p = Peer()
    yield p
    p.close()


def test_fetched_once_then_from_disk(peer: Peer, tmp_path: Path) -> None:
    peer.routes["/ana.png"] = (200, png())
    cache = AvatarCache(tmp_path / "avatars", allow_private=True)
    first = cache.get(peer.url("/ana.png"))
    assert first == png() and is_picture(first)
    # a second cache on the same directory (the next start) needs no request
    again = AvatarCache(tmp_path / "avatars", allow_private=True).get(peer.url("/ana.png"))
    assert again == first and peer.hits["/ana.png"] == 1


def test_bad_answers_give_no_picture_and_are_not_asked_again(peer: Peer, tmp_path: Path) -> None:
    peer.routes["/page.html"] = (200, b"<html><script>alert(1)</script></html>")
    peer.routes["/huge.png"] = (200, png()[:8] + b"\x00" * 1_100_000)
    peer.routes["/moved.png"] = (302, b"")
    cache = AvatarCache(tmp_path, allow_private=True)
    for path in ("/page.html", "/huge.png", "/missing.png", "/moved.png"):
        assert cache.get(peer.url(path)) is None
        assert cache.get(peer.url(path)) is None
        assert peer.hits.get(path) == 1, path
    assert cache.get("file:///etc/passwd") is None and cache.get("") is None
    assert list(tmp_path.glob("*.img")) == []


def test_private_addresses_are_refused_by_default(peer: Peer, tmp_path: Path) -> None:
    peer.routes["/ana.png"] = (200, png())
    assert AvatarCache(tmp_path).get(peer.url("/ana.png")) is None
    assert "/ana.png" not in peer.hits


def test_the_cache_stays_under_its_cap_dropping_the_least_recently_used(
    peer: Peer, tmp_path: Path
) -> None:
    pictures = {f"/p{i}.png": png(400 + i) for i in range(6)}
    peer.routes.update({k: (200, v) for k, v in pictures.items()})
    size = max(len(v) for v in pictures.values())
    cache = AvatarCache(tmp_path, max_bytes=3 * size, allow_private=True)
    import os
    import time

    for i, path in enumerate(pictures):
        assert cache.get(peer.url(path)) == pictures[path]
        # distinct use times, one per picture in fetch order (setting every file to one time
        # left the order to the tie-break on size and hashed name, which changes with the
        # peer's port: it failed now and then), and p0 used again after every fetch: it stays
        f = cache._path(peer.url(path))
        os.utime(f, (time.time() - 100 + i, time.time() - 100 + i))
        cache.cached(peer.url("/p0.png"))
    assert cache.usage() <= 3 * size
    assert cache.cached(peer.url("/p0.png")) == pictures["/p0.png"]
    assert cache.cached(peer.url("/p5.png")) == pictures["/p5.png"]
    assert cache.cached(peer.url("/p1.png")) is None


def test_initials_for_the_placeholder() -> None:
    assert initials("Ana Silva", "ana") == "AS"
    assert initials("", "@ben_okafor") == "BE"
    # the first letter or digit of each word: markup and direction overrides are skipped
    assert initials("<b>x</b> \u202eevil", "h") == "BE"
    assert initials("", "@@@") == "?"
