"""One token renewal at a time per brand account, across threads, processes and workstations.

A server that rotates refresh tokens and detects reuse (oidc-provider, the OAuth 2.0 Security
BCP, X) revokes the whole grant when a used refresh token is presented again. Two processes on
one computer (the app and ``main.py worker``), or two threads, that renew the same account at
the same moment would do exactly that. So a renewal holds, in this order:

1. the :class:`~accounts.oauth.TokenManager`'s own lock (threads of one process);
2. an OS lock (:class:`FileRefreshLock`): ``flock`` on POSIX, ``msvcrt.locking`` on Windows, on
   a file per account in the user's runtime directory; the OS releases it when the process
   dies, so a crash mid-renewal never blocks the account;
3. where the database is shared (PostgreSQL), a transaction-level advisory lock keyed by the
   account (see :func:`app.db.locks.refresh_lock`), passed in by the app layer: accounts/ knows
   no database.

Inside the locks the manager reads the keyring again before it asks the network: whoever held
the lock before may have renewed already, and its new tokens are in the keyring before it lets
go (the manager writes the keyring first, then releases).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

from accounts.base import TransientError

#: a callable that holds a lock for one account key while its ``with`` block runs
RefreshLock = Callable[[str], AbstractContextManager[None]]


def _default_dir() -> Path:
    import platformdirs

    base = platformdirs.user_cache_dir("social-console", ensure_exists=False)
    return Path(base) / "refresh-locks"


class FileRefreshLock:
    """An OS file lock per account key (the key's hash names the file: no secret in it)."""

    def __init__(self, directory: Path | None = None, *, timeout: float = 60.0) -> None:
        self.directory = directory
        self.timeout = timeout

    def path_for(self, key: str) -> Path:
        directory = self.directory or _default_dir()
        name = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
        return directory / f"{name}.lock"

    @contextlib.contextmanager
    def __call__(self, key: str) -> Iterator[None]:
        path = self.path_for(key)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            self._acquire(fd, key)
            try:
                yield
            finally:
                self._release(fd)
        finally:
            os.close(fd)

    def _acquire(self, fd: int, key: str) -> None:
        deadline = time.monotonic() + self.timeout
        while True:
            if _try_lock(fd):
                return
            if time.monotonic() >= deadline:
                raise TransientError(
                    "another program on this computer has been renewing this account's token "
                    f"for over {self.timeout:g} seconds; will try again"
                )
            time.sleep(0.02)

    @staticmethod
    def _release(fd: int) -> None:
        _unlock(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def chain(*locks: RefreshLock | None) -> RefreshLock:
    """Several locks held together, outermost first (the OS lock, then the database's)."""
    present = [lock for lock in locks if lock is not None]

    @contextlib.contextmanager
    def hold(key: str) -> Iterator[None]:
        with contextlib.ExitStack() as stack:
            for lock in present:
                stack.enter_context(lock(key))
            yield

    return hold


__all__ = ["FileRefreshLock", "RefreshLock", "chain"]
