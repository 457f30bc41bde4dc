"""AT Protocol OAuth (PAR, PKCE, DPoP) against the reference PDS's authorization server.

The console pushes its authorization request (PAR) with a DPoP proof, the browser signs in
on the PDS's own page (scripted: tests/support/atproto_browser.py) and comes back to the
console's loopback listener; the code is exchanged with the PKCE verifier for DPoP-bound
tokens. The connector then reads and posts with ``Authorization: DPoP`` and a fresh proof per
request, answering the servers' nonce challenges; renewals rotate the refresh token.
"""

from __future__ import annotations

import time

import pytest
import requests

from accounts.atproto_oauth import DPOP_SUFFIX, AtprotoAuthorization, AtprotoOAuthTokens
from accounts.bluesky import BlueskyConnector
from accounts.http import RateControl
from accounts.oauth import AuthorizationDenied
from accounts.token_store import TokenStore
from tests.support.atproto import AtprotoNetwork
from tests.support.atproto_browser import AtprotoSignInBrowser
from tests.support.memory_keyring import MemoryKeyring

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_sign_in_with_oauth_then_read_post_and_renew(atproto_network: AtprotoNetwork) -> None:
    net = atproto_network
    brand = net.create_account("boauth")
    keyring = MemoryKeyring()
    store = TokenStore(keyring)
    key = "bluesky:oauth-1"
    browser = AtprotoSignInBrowser(brand.handle, brand.password)
    offset = [0.0]
    tokens = AtprotoOAuthTokens.connect(
        store,
        key,
        AtprotoAuthorization(net.pds, handle=brand.handle, open_browser=browser, timeout=60),
        clock=lambda: time.time() + offset[0],
    )
    assert tokens.session.did == brand.did
    assert browser.landed is not None and "code=" in browser.landed and "iss=" in browser.landed
    first = store.load(key)
    assert first is not None and first.refresh_token
    # the DPoP private key is in the keyring with the session, never elsewhere
    assert '"d"' in (keyring.get_password("social-console", key + DPOP_SUFFIX) or "")

    conn = BlueskyConnector(net.pds, oauth=tokens, rate_control=RateControl())
    assert conn.profile().handle == brand.handle
    sent = conn.publish_post("Hello from the console, signed in with OAuth", "oauth-1")
    net.process()
    [view] = brand.xrpc("GET", "app.bsky.feed.getPosts", params={"uris": sent.remote_id})["posts"]
    assert view["record"]["text"].startswith("Hello from the console")

    # the access token alone is useless: a DPoP-bound token without a proof is refused
    bare = requests.get(
        f"{net.pds}/xrpc/app.bsky.actor.getProfile",
        params={"actor": brand.did},
        headers={"Authorization": f"Bearer {first.access_token}"},
        timeout=10,
    )
    assert bare.status_code in (400, 401)

    # later: the token has expired, it is renewed (rotating), and the keyring has the new one
    offset[0] = 3 * 3600
    assert conn.profile().handle == brand.handle
    renewed = store.load(key)
    assert renewed is not None and tokens.refreshes == 1
    assert renewed.refresh_token != first.refresh_token
    assert renewed.access_token != first.access_token
    conn.close()

    # a restart: everything comes back from the keyring alone
    again = AtprotoOAuthTokens.load(store, key)
    conn2 = BlueskyConnector(net.pds, oauth=again, rate_control=RateControl())
    assert conn2.profile().handle == brand.handle
    conn2.close()


def test_a_refused_sign_in_connects_nothing(atproto_network: AtprotoNetwork) -> None:
    net = atproto_network
    brand = net.create_account("bdeny")
    store = TokenStore(MemoryKeyring())
    browser = AtprotoSignInBrowser(brand.handle, brand.password, consent=False)
    with pytest.raises(AuthorizationDenied) as caught:
        AtprotoOAuthTokens.connect(
            store,
            "bluesky:denied",
            AtprotoAuthorization(net.pds, handle=brand.handle, open_browser=browser, timeout=60),
        )
    assert "access_denied" in str(caught.value)
    assert store.load("bluesky:denied") is None


def test_it_connects_bluesky_in_the_browser_when_no_app_password_is_given(
    atproto_network: AtprotoNetwork,
) -> None:
    from accounts.registry import AccountRef, Registry

    net = atproto_network
    brand = net.create_account("breg")
    keyring = MemoryKeyring()
    registry = Registry(TokenStore(keyring))
    attempt = registry.begin(
        "bluesky",
        {"handle": brand.handle, "service": net.pds, "app_password": ""},
        open_browser=AtprotoSignInBrowser(brand.handle, brand.password),
        timeout=60,
    )
    connected = attempt.run()
    assert connected.settings == {"sign_in": "oauth"}
    assert connected.profile.remote_id == brand.did
    assert "signed in with OAuth" in connected.message
    ref = AccountRef(
        connected.key,
        "bluesky",
        connected.base_url,
        connected.profile.remote_id,
        connected.profile.handle,
        connected.settings,
    )
    conn = registry.build(ref)
    assert conn.profile().handle == brand.handle
    conn.close()
    registry.disconnect(ref)
    assert not any(connected.key in user for _service, user in keyring.entries)
