"""Brand tokens in the OS keyring, and nowhere else.

One keyring entry per brand account: service ``social-console``, username a stable account key
(``f"{network}:{account_uuid}"``), value the JSON of a :class:`~accounts.oauth.TokenSet`. The
database only ever holds the account key, so a database dump reveals nothing.

When this computer has no usable keyring (no D-Bus session on Linux, a locked or missing
Secret Service, keyring's ``fail``/``null`` backends, or a plaintext file backend) the store
refuses with :class:`KeyringUnavailable` and says so in words: a brand account is then not
connected at all, rather than connected with its token written somewhere readable.
"""

from __future__ import annotations

import json
import logging
import threading
from typing import Any

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from accounts.base import ConnectorError
from accounts.tokens import TokenSet

log = logging.getLogger(__name__)

SERVICE = "social-console"

#: backends that "work" but keep secrets in a readable file, or drop them: refused outright
_INSECURE_BACKENDS = {
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.Windows.RegistryKeyring",
    "keyrings.alt.multi.MultipartKeyringWrapper",
}

_FRIENDLY_NAMES = {
    "keyring.backends.SecretService.Keyring": "the Secret Service (GNOME Keyring, KWallet 6 or KeePassXC)",
    "keyring.backends.kwallet.DBusKeyring": "KDE Wallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KDE Wallet 4",
    "keyring.backends.libsecret.Keyring": "the Secret Service through libsecret",
    "keyring.backends.macOS.Keyring": "the macOS Keychain",
    "keyring.backends.Windows.WinVaultKeyring": "the Windows Credential Locker",
    "keyring.backends.fail.Keyring": "no keyring at all (keyring found no backend)",
    "keyring.backends.null.Keyring": "a null keyring that discards everything",
    "keyring.backends.chainer.ChainerBackend": "a chain of keyrings",
}


class TokenStoreError(ConnectorError):
    """The keyring refused a read or write; the text says what to do and holds no secret."""


class KeyringUnavailable(TokenStoreError):
    """No secure keyring on this computer: accounts cannot be connected here."""


def account_key(network: str, account_uuid: object) -> str:
    """The keyring username for one brand account; stable across renames of the account."""
    if not network or ":" in network:
        raise ValueError("network must be a non-empty name without ':'")
    return f"{network}:{account_uuid}"


def _qualname(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _backend_name(backend: KeyringBackend) -> str:
    name = _qualname(backend)
    if name in _FRIENDLY_NAMES:
        return _FRIENDLY_NAMES[name]
    try:
        return str(backend.name)
    except Exception:  # noqa: BLE001 - a name is cosmetic; never fail describing a backend
        return name


def _priority(backend: KeyringBackend) -> tuple[float | None, str]:
    """keyring's own viability test: ``priority`` raises, with the reason, when it cannot work."""
    try:
        return float(backend.priority), ""
    except Exception as exc:  # noqa: BLE001 - keyring signals "not viable" with any exception
        return None, str(exc)[:200]


def _write_target(backend: KeyringBackend) -> KeyringBackend | None:
    """The backend a write really lands in (a chain writes to its first member)."""
    if isinstance(backend, chainer.ChainerBackend):
        members = list(backend.backends)
        return members[0] if members else None
    return backend


def unusable_reason(backend: KeyringBackend) -> str | None:
    """Why this backend must not hold brand tokens, in words; None when it is fine."""
    target = _write_target(backend)
    if target is None:
        return "keyring found no backend it can use"
    if isinstance(target, fail.Keyring):
        return "keyring found no backend it can use"
    if isinstance(target, null.Keyring):
        return "the configured keyring discards everything stored in it"
    if _qualname(target) in _INSECURE_BACKENDS:
        return f"the configured keyring ({_backend_name(target)}) keeps secrets in plain text"
    priority, why = _priority(target)
    if priority is None:
        detail = f": {why}" if why else ""
        return f"{_backend_name(target)} is not available in this session{detail}"
    if priority <= 0:
        return f"{_backend_name(target)} is not a usable keyring"
    return None


def describe_backend(backend: KeyringBackend | None = None) -> str:
    """The active keyring in words, for the accounts screen and the admin command line."""
    backend = backend if backend is not None else keyring.get_keyring()
    reason = unusable_reason(backend)
    if reason is not None:
        return f"No secure keyring: {reason}. Brand accounts cannot be connected on this computer."
    target = _write_target(backend) or backend
    return f"Brand account tokens are kept in {_backend_name(target)}."


_ADVICE = (
    "On Linux, sign in to a desktop session with GNOME Keyring or KDE Wallet unlocked "
    "(a headless machine needs a D-Bus session with an unlocked gnome-keyring-daemon); on "
    "Windows and macOS the system keyring is used."
)


class TokenStore:
    """One keyring entry per brand account, holding that account's TokenSet as JSON.

    The backend is passed in (tests use an in-memory one and the real Secret Service); by
    default keyring's choice for this computer. Every call checks the backend first, so a
    misconfigured machine fails with a message in words instead of losing a rotated token.
    """

    def __init__(self, backend: KeyringBackend | None = None, *, service: str = SERVICE) -> None:
        self._backend = backend
        self.service = service
        # one writer at a time per process: keyring backends are not all thread-safe
        self._lock = threading.Lock()
        #: how messages name an entry's account (its handle): never the keyring key itself
        self.names: dict[str, str] = {}

    def name_for(self, key: str) -> str:
        return self.names.get(key) or "the account"

    @property
    def backend(self) -> KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def describe(self) -> str:
        return describe_backend(self.backend)

    def check(self) -> KeyringBackend:
        """The backend, or KeyringUnavailable saying why this computer cannot hold tokens."""
        backend = self.backend
        reason = unusable_reason(backend)
        if reason is not None:
            raise KeyringUnavailable(
                f"No secure keyring is available on this computer ({reason}); "
                f"the account was not connected. {_ADVICE}"
            )
        return backend

    def save(self, key: str, tokens: TokenSet) -> None:
        backend = self.check()
        value = json.dumps(tokens.to_dict(), separators=(",", ":"))
        with self._lock:
            try:
                backend.set_password(self.service, key, value)
            except Exception as exc:  # noqa: BLE001 - backends raise D-Bus, OS and keyring errors
                raise self._failure("store the account's token", key, exc) from None

    def load(self, key: str) -> TokenSet | None:
        backend = self.check()
        with self._lock:
            try:
                value = backend.get_password(self.service, key)
            except Exception as exc:  # noqa: BLE001 - backends raise D-Bus, OS and keyring errors
                raise self._failure("read the account's token", key, exc) from None
        if value is None:
            return None
        try:
            data: Any = json.loads(value)
            return TokenSet.from_dict(data)
        except (ValueError, TypeError, KeyError):
            # the text of the entry is a secret: say what is wrong, never quote it
            raise TokenStoreError(
                f"The keyring entry for {self.name_for(key)} is not a token this program wrote; "
                "reconnect the account to replace it."
            ) from None

    def save_secret(self, key: str, value: str) -> None:
        """A secret that is not a token set (an app's client secret), in its own entry."""
        backend = self.check()
        with self._lock:
            try:
                backend.set_password(self.service, key, value)
            except Exception as exc:  # noqa: BLE001 - backends raise D-Bus, OS and keyring errors
                raise self._failure("store a secret", key, exc) from None

    def load_secret(self, key: str) -> str | None:
        """The entry's text as stored by :meth:`save_secret` (or by IT with ``keyring set``)."""
        backend = self.check()
        with self._lock:
            try:
                return backend.get_password(self.service, key)
            except Exception as exc:  # noqa: BLE001 - backends raise D-Bus, OS and keyring errors
                raise self._failure("read a secret", key, exc) from None

    def has(self, key: str) -> bool:
        """Whether this computer's keyring holds the entry (without parsing it)."""
        return self.load_secret(key) is not None

    def delete(self, key: str) -> bool:
        """Remove the account's entry; False when there was none."""
        backend = self.check()
        with self._lock:
            try:
                backend.delete_password(self.service, key)
            except keyring.errors.PasswordDeleteError:
                return False
            except Exception as exc:  # noqa: BLE001 - backends raise D-Bus, OS and keyring errors
                raise self._failure("delete the account's token", key, exc) from None
        return True

    def _failure(self, what: str, key: str, exc: Exception) -> TokenStoreError:
        # only keyring's own "no backend" messages are quoted; anything else by type alone, as
        # an unknown backend's message could quote what it was given
        log.warning("keyring could not %s for %s: %s", what, self.name_for(key), type(exc).__name__)
        if isinstance(exc, keyring.errors.NoKeyringError | keyring.errors.InitError):
            return KeyringUnavailable(
                f"No secure keyring is available on this computer ({exc}); "
                f"the account was not connected. {_ADVICE}"
            )
        locked = isinstance(exc, keyring.errors.KeyringLocked)
        hint = "unlock the keyring and try again" if locked else "check the keyring and try again"
        return TokenStoreError(
            f"The keyring ({_backend_name(self.backend)}) could not {what}"
            f"{' for ' + self.names[key] if self.names.get(key) else ''}: "
            f"{type(exc).__name__}; {hint}."
        )
