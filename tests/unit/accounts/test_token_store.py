"""The keyring token store: refusal without a secure backend, and the in-memory test backend."""

from __future__ import annotations

import json

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.compat import properties

from accounts.base import ConnectorError
from accounts.token_store import (
    SERVICE,
    KeyringUnavailable,
    TokenStore,
    TokenStoreError,
    account_key,
    describe_backend,
    unusable_reason,
)
from accounts.tokens import TokenSet
from tests.support.memory_keyring import MemoryKeyring

TOKENS = TokenSet(
    access_token="unit-access-token-value",
    refresh_token="unit-refresh-token-value",
    expires_at=2_000_000_000.0,
    scope=("openid",),
    obtained_at=1_999_996_400.0,
)


class _EmptyChain(chainer.ChainerBackend):
    """A chain that found nothing usable (keyring's own fallback when no backend is viable)."""

    backends: list[KeyringBackend] = []


class _NotHere(KeyringBackend):
    """A backend that keyring deems not viable in this session."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805
        raise RuntimeError("no D-Bus session")

    def get_password(self, service: str, username: str) -> str | None:
        raise AssertionError("must not be used")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("must not be used")

    def delete_password(self, service: str, username: str) -> None:
        raise AssertionError("must not be used")


class _Plaintext(MemoryKeyring):
    pass


_Plaintext.__module__ = "keyrings.alt.file"
_Plaintext.__qualname__ = "PlaintextKeyring"


@pytest.mark.parametrize(
    ("backend", "reason"),
    [
        (fail.Keyring(), "keyring found no backend it can use"),
        (null.Keyring(), "discards everything"),
        (_EmptyChain(), "keyring found no backend it can use"),
        (_NotHere(), "is not available in this session: no D-Bus session"),
        (_Plaintext(), "keeps secrets in plain text"),
    ],
    ids=["fail", "null", "empty-chain", "not-viable", "plaintext"],
)
def test_no_usable_backend_refuses_to_store(backend: KeyringBackend, reason: str) -> None:
    store = TokenStore(backend)

    for call in (
        lambda: store.save("x:1", TOKENS),
        lambda: store.load("x:1"),
        lambda: store.delete("x:1"),
        store.check,
    ):
        with pytest.raises(KeyringUnavailable) as err:
            call()
        text = str(err.value)
        assert text.startswith("No secure keyring is available on this computer (")
        assert reason in text
        assert "the account was not connected" in text
        assert isinstance(err.value, ConnectorError)
    assert describe_backend(backend).startswith("No secure keyring: ")
    assert reason in describe_backend(backend)


def test_null_keyring_never_receives_a_token() -> None:
    class Spy(null.Keyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError("a token was handed to the null keyring")

    with pytest.raises(KeyringUnavailable):
        TokenStore(Spy()).save("x:1", TOKENS)


def test_a_chain_is_judged_by_where_writes_land() -> None:
    class Chain(chainer.ChainerBackend):
        backends = [MemoryKeyring(), fail.Keyring()]

    assert unusable_reason(Chain()) is None
    assert describe_backend(Chain()).startswith("Brand account tokens are kept in ")
    assert "MemoryKeyring" in describe_backend(Chain())


def test_round_trip_one_json_entry_per_account() -> None:
    backend = MemoryKeyring()
    store = TokenStore(backend)
    key = account_key("mastodon", "1234")
    assert key == "mastodon:1234"

    store.save(key, TOKENS)
    store.save(account_key("x", "1234"), TOKENS)

    assert set(backend.entries) == {(SERVICE, "mastodon:1234"), (SERVICE, "x:1234")}
    value = json.loads(backend.entries[(SERVICE, key)])
    assert value["access_token"] == TOKENS.access_token
    assert store.load(key) == TOKENS
    assert store.delete(key) is True
    assert store.load(key) is None
    assert store.delete(key) is False


def test_account_key_rejects_ambiguous_networks() -> None:
    with pytest.raises(ValueError):
        account_key("a:b", "1")
    with pytest.raises(ValueError):
        account_key("", "1")


def test_a_locked_keyring_says_so_without_the_token() -> None:
    backend = MemoryKeyring()
    backend.locked = True
    store = TokenStore(backend)
    store.names["x:1"] = "@acme"  # the account's handle: messages never name the keyring key
    with pytest.raises(TokenStoreError) as err:
        store.save("x:1", TOKENS)
    text = str(err.value)
    assert "could not store the account's token for @acme" in text and "x:1" not in text
    assert "unlock the keyring" in text
    assert TOKENS.access_token not in text and TOKENS.refresh_token not in text  # type: ignore[operator]


def test_a_foreign_entry_is_reported_without_quoting_it() -> None:
    backend = MemoryKeyring()
    backend.entries[(SERVICE, "x:1")] = "not-json-but-maybe-a-secret"
    with pytest.raises(TokenStoreError) as err:
        TokenStore(backend).load("x:1")
    assert "not a token this program wrote" in str(err.value)
    assert "maybe-a-secret" not in str(err.value)
    assert err.value.__cause__ is None and err.value.__suppress_context__


def test_the_default_backend_in_tests_is_refused() -> None:
    """tests/conftest.py pins keyring to fail.Keyring: the machine's keyring is never touched."""
    store = TokenStore()
    with pytest.raises(KeyringUnavailable):
        store.check()
