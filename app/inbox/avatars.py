"""Customer pictures: fetched on demand, cached on this workstation's disk under a size cap.

Ingest stores only the address the network gave (``customer.avatar_url``); the picture is
fetched when someone opens the customer, in a worker thread, and kept in the user's cache
directory so the next opening costs no request. The cache is bounded: past ``max_bytes`` the
least recently used pictures go. A failed address is remembered for a while so a broken picture
does not cost a request per click.

The address comes from the network, and on federated networks (Mastodon) from the customer's
own server, so it is not trusted: only http(s); only public addresses (a picture hosted on
127.0.0.1 or the office LAN is refused, so a hostile profile cannot make workstations probe
their own network; tests on loopback switch this off); no cookies or credentials; a size limit
while downloading; and the bytes must be a PNG, JPEG, GIF or WebP picture, or they are dropped.
"""

from __future__ import annotations

import contextlib
import hashlib
import ipaddress
import logging
import os
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import requests

log = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 1_000_000
DEFAULT_CACHE_BYTES = 20_000_000
FAILURE_TTL_S = 600.0
TIMEOUT = (3.0, 10.0)
_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")


def is_picture(data: bytes) -> bool:
    if data.startswith(_MAGIC):
        return True
    return len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP"


def initials(display_name: str, handle: str) -> str:
    """Up to two letters for the placeholder picture: from the name, else from the handle."""
    firsts = [next((ch for ch in w if ch.isalnum()), "") for w in display_name.split()]
    letters = "".join(ch for ch in firsts if ch)[:2]
    if not letters:
        letters = "".join(ch for ch in handle.lstrip("@") if ch.isalnum())[:2]
    return letters.upper() or "?"


def _public_host(host: str) -> bool:
    """Whether every address the host resolves to is a public one."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except OSError:
        return False
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if not addr.is_global or addr.is_multicast:
            return False
    return bool(infos)


class AvatarCache:
    """A directory of pictures keyed by the hash of their address; safe to share across threads."""

    def __init__(
        self,
        directory: Path,
        *,
        max_bytes: int = DEFAULT_CACHE_BYTES,
        http: requests.Session | None = None,
        allow_private: bool = False,
    ) -> None:
        self.directory = directory
        self.max_bytes = max_bytes
        self.allow_private = allow_private
        self._http = http or requests.Session()
        self._http.trust_env = False  # no proxy credentials or netrc for customer addresses
        self._failed: dict[str, float] = {}
        self._lock = threading.Lock()

    def _path(self, url: str) -> Path:
        return self.directory / (hashlib.sha256(url.encode("utf-8")).hexdigest() + ".img")

    def cached(self, url: str) -> bytes | None:
        """The picture if it is on disk already (no network)."""
        path = self._path(url)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: evicted last
        return data

    def get(self, url: str | None) -> bytes | None:
        """The picture for ``url``, from disk or fetched; None when there is none to show.

        Blocking (network): call it from a worker thread.
        """
        if not url:
            return None
        data = self.cached(url)
        if data is not None:
            return data
        with self._lock:
            failed_at = self._failed.get(url)
        if failed_at is not None and time.monotonic() - failed_at < FAILURE_TTL_S:
            return None
        data = self._fetch(url)
        if data is None:
            with self._lock:
                self._failed[url] = time.monotonic()
            return None
        self._store(url, data)
        return data

    def _fetch(self, url: str) -> bytes | None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return None
        if not self.allow_private and not _public_host(parts.hostname):
            log.info("avatar refused: %s is not a public address", parts.hostname)
            return None
        try:
            with self._http.get(
                url, timeout=TIMEOUT, stream=True, allow_redirects=False
            ) as response:
                if response.status_code != 200:
                    return None
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_content(64 * 1024):
                    size += len(chunk)
                    if size > MAX_IMAGE_BYTES:
                        return None
                    chunks.append(chunk)
        except requests.RequestException as exc:
            log.info("avatar not fetched from %s: %s", parts.hostname, type(exc).__name__)
            return None
        data = b"".join(chunks)
        return data if is_picture(data) else None

    def _store(self, url: str, data: bytes) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            path = self._path(url)
            tmp = path.with_suffix(f".{threading.get_ident()}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)
        except OSError as exc:
            log.info("avatar not cached: %s", exc)
            return
        self._evict()

    def _evict(self) -> None:
        """Least recently used pictures go until the cache is under its cap."""
        with self._lock:
            try:
                files = [
                    (p.stat().st_mtime, p.stat().st_size, p) for p in self.directory.glob("*.img")
                ]
            except OSError:
                return
            total = sum(size for _t, size, _p in files)
            for _t, size, path in sorted(files):
                if total <= self.max_bytes:
                    break
                with contextlib.suppress(OSError):
                    path.unlink()
                    total -= size

    def usage(self) -> int:
        return sum(p.stat().st_size for p in self.directory.glob("*.img"))
