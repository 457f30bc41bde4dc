"""Connecting an account against oidc-provider: PKCE S256 through the loopback redirect."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests
from keyring.backends import fail

from accounts.oauth import (
    AuthorizationDenied,
    AuthorizationFlow,
    AuthorizationTimeout,
    StateMismatch,
    TokenManager,
)
from accounts.token_store import SERVICE, KeyringUnavailable, TokenStore
from tests.support.memory_keyring import MemoryKeyring
from tests.support.oidc import OidcProvider, ScriptedBrowser, TokenRecorder, with_state


def test_full_pkce_flow_through_the_loopback_redirect(
    oidc: OidcProvider,
    manager: TokenManager,
    keyring_backend: MemoryKeyring,
    account_key: str,
    recorder: TokenRecorder,
) -> None:
    browser = ScriptedBrowser(login="brand-it")
    mark = oidc.mark()

    tokens = manager.connect(open_browser=browser)

    # what went to the browser: PKCE S256, a long random state, a loopback redirect
    (url,) = browser.opened
    query = dict(parse_qsl(urlsplit(url).query))
    assert query["code_challenge_method"] == "S256"
    assert len(query["code_challenge"]) == 43  # base64url of SHA-256
    assert len(query["state"]) >= 43
    redirect = urlsplit(query["redirect_uri"])
    assert (redirect.scheme, redirect.hostname, redirect.path) == ("http", "127.0.0.1", "/callback")
    assert redirect.port and redirect.port > 0
    # the browser came back to our listener, which answered in words
    (landing,) = browser.callback_responses
    assert landing.status_code == 200
    assert "You can close this tab" in landing.text
    # the code verifier went with the exchange, and the server accepted it
    oidc.wait_for(
        lambda evs: {"event": "grant.success", "grant_type": "authorization_code"} in evs[mark:]
    )
    assert recorder.token_requests == 1

    # the tokens work at the server and are in the keyring, and only there
    info = oidc.introspect(tokens.access_token)
    assert info["active"] is True
    assert info["sub"] == "brand-it"
    assert info["client_id"] == "social-console"
    assert tokens.refresh_token
    assert tokens.scope == ("openid",)
    stored = json.loads(keyring_backend.entries[(SERVICE, account_key)])
    assert stored["access_token"] == tokens.access_token
    assert stored["refresh_token"] == tokens.refresh_token
    assert manager.token() == tokens.access_token


def test_two_connections_use_different_ports_states_and_verifiers(oidc: OidcProvider) -> None:
    seen = []
    for _ in range(2):
        browser = ScriptedBrowser()
        AuthorizationFlow(oidc.endpoints(), open_browser=browser).run()
        seen.append(dict(parse_qsl(urlsplit(browser.opened[0]).query)))
    assert seen[0]["state"] != seen[1]["state"]
    assert seen[0]["code_challenge"] != seen[1]["code_challenge"]
    assert seen[0]["redirect_uri"] != seen[1]["redirect_uri"]


def test_a_wrong_state_is_refused_and_nothing_is_connected(
    oidc: OidcProvider, manager: TokenManager, keyring_backend: MemoryKeyring
) -> None:
    browser = ScriptedBrowser(tamper=lambda url: with_state(url, "forged-state-value"))
    mark = oidc.mark()

    with pytest.raises(StateMismatch) as err:
        manager.connect(open_browser=browser, timeout=30)

    assert "does not match" in str(err.value)
    assert "nothing was connected" in str(err.value)
    (landing,) = browser.callback_responses
    assert landing.status_code == 400
    assert "refused" in landing.text
    # the code was never exchanged, and nothing was stored
    assert not oidc.events_since(mark, "grant.success")
    assert keyring_backend.entries == {}
    assert not manager.connected


def test_a_replayed_response_is_refused(
    oidc: OidcProvider, manager: TokenManager, recorder: TokenRecorder
) -> None:
    browser = ScriptedBrowser(replay=True)

    tokens = manager.connect(open_browser=browser)

    first, second = browser.callback_responses
    assert first.status_code == 200
    assert second.status_code == 400
    assert "already used" in second.text
    # one exchange only: the replay did not reach the token endpoint
    assert recorder.token_requests == 1
    assert oidc.introspect(tokens.access_token)["active"] is True
    # and after the flow the listener is gone: the redirect cannot be replayed at all
    assert browser.callback_url is not None
    with pytest.raises(requests.ConnectionError):
        requests.get(browser.callback_url, timeout=5)


def test_a_sign_in_aborted_in_the_browser_says_so(
    oidc: OidcProvider, manager: TokenManager, keyring_backend: MemoryKeyring
) -> None:
    with pytest.raises(AuthorizationDenied) as err:
        manager.connect(open_browser=ScriptedBrowser(abort=True), timeout=30)
    assert "access_denied" in str(err.value)
    assert keyring_backend.entries == {}


def test_nobody_signing_in_times_out_in_words(oidc: OidcProvider) -> None:
    flow = AuthorizationFlow(oidc.endpoints(), open_browser=lambda url: True, timeout=0.3)
    with pytest.raises(AuthorizationTimeout, match="within 0.3 seconds; nothing was connected"):
        flow.run()


def test_no_keyring_refuses_before_the_browser_opens(oidc: OidcProvider) -> None:
    opened: list[str] = []
    manager = TokenManager(oidc.endpoints(), TokenStore(fail.Keyring()), "oidc:nowhere")

    with pytest.raises(KeyringUnavailable, match="the account was not connected"):
        manager.connect(open_browser=opened.append)

    assert opened == []


def test_a_keyring_that_refuses_the_write_leaves_no_live_grant(
    oidc: OidcProvider, keyring_backend: MemoryKeyring, recorder: TokenRecorder
) -> None:
    """Tokens we cannot keep are revoked at once rather than left alive at the network."""
    store = TokenStore(keyring_backend)
    manager = TokenManager(oidc.endpoints(), store, "oidc:locked")
    recorder.attach(manager.http)
    issued: list[str] = []

    class LockingFlow(AuthorizationFlow):
        def run(self):  # type: ignore[no-untyped-def]
            tokens = super().run()
            issued.append(tokens.access_token)
            keyring_backend.locked = True  # the keyring locks while the person signs in
            return tokens

    with pytest.raises(Exception, match="unlock the keyring"):
        manager.connect(flow=LockingFlow(oidc.endpoints(), open_browser=ScriptedBrowser()))

    assert oidc.introspect(issued[0])["active"] is False
