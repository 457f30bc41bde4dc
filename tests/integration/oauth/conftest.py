"""Fixtures for the OAuth tests: oidc-provider on loopback, a protected API, keyrings.

Plain http to the loopback provider needs OAUTHLIB_INSECURE_TRANSPORT=1; it is set here, for
these tests only, never by the library.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import pytest

from accounts.oauth import TokenManager
from accounts.token_store import TokenStore
from tests.support.memory_keyring import MemoryKeyring
from tests.support.oidc import OidcProvider, TokenRecorder, start_provider
from tests.support.protected_api import ProtectedApi
from tests.support.secret_service import SecretServiceSession, start_secret_service

_accounts = itertools.count(1)


@pytest.fixture(autouse=True)
def _insecure_loopback_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")


@pytest.fixture(scope="session")
def oidc() -> Iterator[OidcProvider]:
    """One provider for the session; each test connects its own account (its own grant)."""
    provider = start_provider()
    yield provider
    provider.stop()


@pytest.fixture
def oidc_factory() -> Iterator[Callable[..., OidcProvider]]:
    """Extra providers with other settings (a short access-token lifetime)."""
    started: list[OidcProvider] = []

    def make(**kw: int) -> OidcProvider:
        provider = start_provider(**kw)
        started.append(provider)
        return provider

    yield make
    for provider in started:
        provider.stop()


@pytest.fixture
def api(oidc: OidcProvider) -> Iterator[ProtectedApi]:
    server = ProtectedApi(oidc)
    yield server
    server.close()


@pytest.fixture
def keyring_backend() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def store(keyring_backend: MemoryKeyring) -> TokenStore:
    return TokenStore(keyring_backend)


@pytest.fixture
def account_key() -> str:
    return f"oidc:test-account-{next(_accounts)}"


@pytest.fixture
def recorder() -> TokenRecorder:
    return TokenRecorder()


@pytest.fixture
def manager(
    oidc: OidcProvider, store: TokenStore, account_key: str, recorder: TokenRecorder
) -> Iterator[TokenManager]:
    m = TokenManager(oidc.endpoints(), store, account_key)
    recorder.attach(m.http)
    yield m
    m.close()


@pytest.fixture(scope="session")
def secret_service() -> Iterator[SecretServiceSession]:
    session = start_secret_service()
    yield session
    session.stop()
