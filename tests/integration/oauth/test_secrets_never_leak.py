"""No token reaches a log line, an exception text or a repr, even with everything at DEBUG.

A full life of an account — connect, API calls, renewal ahead of expiry, renewal on a 401, a
refused renewal, disconnect — runs with the root logger and requests, urllib3, oauthlib and
requests-oauthlib at DEBUG; then every captured record, every exception text and repr, and the
process's stdout/stderr are scanned for every token that was issued or sent.
(``TokenRecorder.secrets`` is the set a database-dump scan can reuse.)
"""

from __future__ import annotations

import logging
import time

import pytest
from requests_oauthlib import OAuth2Session

from accounts.base import AuthExpired
from accounts.http import HttpClient
from accounts.oauth import AuthorizationFlow, OAuthEndpoints, OAuthError, TokenManager
from accounts.token_store import TokenStore
from tests.support.memory_keyring import MemoryKeyring
from tests.support.oidc import OidcProvider, ScriptedBrowser, TokenRecorder, callback_code
from tests.support.protected_api import ProtectedApi

DEBUG_LOGGERS = ("", "urllib3", "requests", "oauthlib", "requests_oauthlib", "accounts")


def test_no_token_in_logs_exceptions_or_reprs(
    oidc: OidcProvider,
    api: ProtectedApi,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    for name in DEBUG_LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    recorder = TokenRecorder()
    offset = [0.0]
    store = TokenStore(MemoryKeyring())
    manager = TokenManager(
        oidc.endpoints(), store, "oidc:leak-check", clock=lambda: time.time() + offset[0]
    )
    recorder.attach(manager.http)
    texts: list[str] = []

    browser = ScriptedBrowser()
    tokens = manager.connect(open_browser=browser)
    recorder.add_tokens(tokens.access_token, tokens.refresh_token)
    code = callback_code(browser.callback_url or "")
    texts += [repr(tokens), str(tokens), f"{tokens}", repr(manager.endpoints), repr(store)]

    client = HttpClient(api.url, network="oidc", token=manager.token, refresh=manager.refresh)
    client.get("/me")
    offset[0] = 7200  # renewal ahead of expiry
    client.get("/me")
    api.refused.add(manager.token())  # renewal on a 401
    client.get("/me")
    texts.append(repr(store.load("oidc:leak-check")))

    # a renewal the network refuses: its exception text must not quote the token either
    current = store.load("oidc:leak-check")
    assert current is not None and current.refresh_token
    oidc.revoke(current.refresh_token, hint="refresh_token")
    api.refused.add(current.access_token)
    with pytest.raises(AuthExpired) as err:
        client.get("/me")
    texts += [str(err.value), repr(err.value)]

    # and a failed code exchange (the code replayed) is reported without secrets
    flow = AuthorizationFlow(oidc.endpoints(), open_browser=lambda url: True)
    with pytest.raises(OAuthError, match="did not accept the sign-in") as exchange_err:
        flow._exchange(OAuth2Session("social-console", redirect_uri="http://127.0.0.1/x"), code)
    texts += [str(exchange_err.value), repr(exchange_err.value)]

    manager.disconnect()

    secrets = recorder.secrets
    assert tokens.access_token in secrets and tokens.refresh_token in secrets
    assert len(secrets) >= 6  # three renewals' worth of access and refresh tokens, and more
    out, errout = capfd.readouterr()
    records = caplog.records
    rendered = [r.getMessage() for r in records] + [caplog.text, out, errout] + texts
    assert any("POST /token" in line for line in rendered)  # the capture did see the traffic
    assert any(r.name.startswith("requests_oauthlib") for r in records)
    for secret in secrets:
        leaks = [line[:200] for line in rendered if secret in line]
        assert leaks == [], "a token reached the logs or an exception text"
    # the authorization code is a credential too; only the (simulated) browser's own urllib3
    # request line carries it, never our code
    ours = [r.getMessage() for r in records if not r.name.startswith("urllib3")]
    assert not [line for line in ours + texts if code in line]


def test_endpoints_repr_hides_the_client_secret() -> None:
    ep = OAuthEndpoints(
        authorize_url="https://example.org/auth",
        token_url="https://example.org/token",
        client_id="console",
        client_secret="s3cr3t-client-secret",
    )
    assert "s3cr3t" not in repr(ep)
