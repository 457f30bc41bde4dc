"""A keyring backend in a JSON file, for tests that run workers as separate processes only.

Two worker processes play two machines that both hold a brand account's token; they share this
file (``SC_TEST_KEYRING_FILE``) the way two machines would each hold a copy. Never chosen by
keyring on its own and never used outside tests: it keeps secrets in plain text.
"""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

ENV = "SC_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - keyring's classproperty
        return 0.5

    @property
    def path(self) -> Path:
        return Path(os.environ[ENV])

    def _update(self, change) -> object:
        self.path.touch(exist_ok=True)
        with open(self.path, "r+", encoding="utf-8") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            text = fh.read()
            data = json.loads(text) if text.strip() else {}
            result = change(data)
            fh.seek(0)
            fh.truncate()
            fh.write(json.dumps(data))
            return result

    def get_password(self, service: str, username: str) -> str | None:
        return self._update(lambda d: d.get(f"{service}\n{username}"))  # type: ignore[return-value]

    def set_password(self, service: str, username: str, password: str) -> None:
        self._update(lambda d: d.__setitem__(f"{service}\n{username}", password))

    def delete_password(self, service: str, username: str) -> None:
        if self._update(lambda d: d.pop(f"{service}\n{username}", None)) is None:
            raise PasswordDeleteError("no such entry")
