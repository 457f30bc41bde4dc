"""An in-memory keyring backend for tests: a real KeyringBackend, unlike null.Keyring.

It behaves like a working OS keyring (stores, returns, deletes, raises PasswordDeleteError for
a missing entry), so the token store is exercised through keyring's own interface. ``locked``
makes it refuse like a locked Secret Service collection.
"""

from __future__ import annotations

import threading

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import KeyringLocked, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Secrets in a dict; one instance per test. Never chosen by keyring on its own."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - keyring's classproperty
        # usable when given explicitly; keyring's automatic choice is pinned by
        # PYTHON_KEYRING_BACKEND in tests/conftest.py
        return 0.5

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.locked = False
        self.writes = 0
        self._lock = threading.Lock()

    def _check(self) -> None:
        if self.locked:
            raise KeyringLocked("the test keyring is locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        with self._lock:
            return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        with self._lock:
            self.entries[(service, username)] = password
            self.writes += 1

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        with self._lock:
            if self.entries.pop((service, username), None) is None:
                raise PasswordDeleteError("no such entry")
