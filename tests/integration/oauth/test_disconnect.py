"""Disconnecting: RFC 7009 revocation at the network, then the keyring entry is deleted."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest
from keyring.backends import SecretService

from accounts.base import AuthExpired
from accounts.oauth import TokenManager
from accounts.token_store import SERVICE, TokenStore
from tests.support.memory_keyring import MemoryKeyring
from tests.support.oidc import OidcProvider, ScriptedBrowser
from tests.support.secret_service import SecretServiceSession


@pytest.fixture(params=["memory", "secret-service"])
def any_store(request: pytest.FixtureRequest) -> Iterator[TokenStore]:
    """The in-memory test keyring and the real Secret Service (gnome-keyring on D-Bus)."""
    if request.param == "memory":
        yield TokenStore(MemoryKeyring())
        return
    session: SecretServiceSession = request.getfixturevalue("secret_service")
    with session.activated():
        yield TokenStore(SecretService.Keyring())


def test_disconnect_revokes_and_deletes_the_entry(
    oidc: OidcProvider, any_store: TokenStore, account_key: str
) -> None:
    manager = TokenManager(oidc.endpoints(), any_store, account_key)
    tokens = manager.connect(open_browser=ScriptedBrowser())
    assert any_store.backend.get_password(SERVICE, account_key) is not None
    mark = oidc.mark()

    result = manager.disconnect()

    assert result.revoked is True
    assert "revoked and removed from the keyring" in result.message
    oidc.wait_for(lambda evs: {"event": "grant.revoked"} in evs[mark:])
    assert oidc.introspect(tokens.access_token)["active"] is False
    assert oidc.raw_refresh(tokens.refresh_token or "").status_code == 400
    assert any_store.backend.get_password(SERVICE, account_key) is None
    assert any_store.load(account_key) is None
    with pytest.raises(AuthExpired, match="not connected on this computer"):
        manager.token()


def test_tokens_survive_a_restart_in_the_real_secret_service(
    oidc: OidcProvider, secret_service: SecretServiceSession, account_key: str
) -> None:
    """A new process (a new manager and backend object) finds the account's tokens and renews."""
    with secret_service.activated():
        first = TokenManager(oidc.endpoints(), TokenStore(SecretService.Keyring()), account_key)
        tokens = first.connect(open_browser=ScriptedBrowser())
        first.close()

        later = TokenManager(
            oidc.endpoints(),
            TokenStore(SecretService.Keyring()),
            account_key,
            clock=lambda: time.time() + 7200,
        )
        renewed = later.token()
        assert renewed != tokens.access_token
        assert oidc.introspect(renewed)["active"] is True
        assert later.disconnect().revoked


def test_disconnect_when_the_network_cannot_be_reached_still_forgets_the_token(
    oidc: OidcProvider, account_key: str
) -> None:
    backend = MemoryKeyring()
    store = TokenStore(backend)
    manager = TokenManager(oidc.endpoints(), store, account_key)
    manager.connect(open_browser=ScriptedBrowser())
    with socket.socket() as closed:  # bound but not listening: connections are refused
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
        unreachable = TokenManager(
            oidc.endpoints(revoke_url=f"http://127.0.0.1:{port}/token/revocation"),
            store,
            account_key,
        )
        result = unreachable.disconnect()

    assert result.revoked is False
    assert "the network was not told" in result.message
    assert "network's own settings" in result.message
    assert backend.entries == {}
