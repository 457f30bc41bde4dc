"""The registry's rules that need no network: what IT must type, what is missing, refusals."""

from __future__ import annotations

import pytest
from keyring.backends import fail

from accounts.base import PermanentError
from accounts.registry import AccountRef, Registry, _normalise_url
from accounts.token_store import KeyringUnavailable, TokenStore
from tests.support.memory_keyring import MemoryKeyring


def registry(config=None) -> Registry:
    return Registry(TokenStore(MemoryKeyring()), config=config or {})


def test_networks_say_what_they_need() -> None:
    r = registry()
    names = [s.name for s in r.networks()]
    assert names == ["mastodon", "bluesky", "x", "meta", "linkedin"]
    assert [f.name for f in r.spec("mastodon").fields] == ["instance"]
    bsky = r.spec("bluesky")
    # no app password: the browser sign-in (AT Protocol OAuth) where the server offers it
    assert [f.name for f in bsky.fields if f.required] == ["handle"]
    assert next(f for f in bsky.fields if f.name == "app_password").secret
    assert r.unavailable("mastodon") is None
    assert "client_id under [network.x]" in (r.unavailable("x") or "")
    assert registry({"x": {"client_id": "abc"}}).unavailable("x") is None


def test_required_fields_and_unknown_networks_are_refused_in_words() -> None:
    r = registry()
    with pytest.raises(ValueError, match="instance address"):
        r.begin("mastodon", {"instance": "  "})
    with pytest.raises(PermanentError, match="cannot connect 'myspace'"):
        r.begin("myspace", {})
    with pytest.raises(PermanentError, match="app registration"):
        r.begin("x", {})


def test_instance_addresses_are_normalised_and_https_only() -> None:
    assert _normalise_url("mastodon.social/", "instance") == "https://mastodon.social"
    assert _normalise_url("http://127.0.0.1:8080", "x") == "http://127.0.0.1:8080"
    with pytest.raises(ValueError, match="https"):
        _normalise_url("http://mastodon.example", "instance")


def test_no_keyring_refuses_before_anything_happens() -> None:
    r = Registry(TokenStore(fail.Keyring()))
    opened: list[str] = []
    attempt = r.begin("mastodon", {"instance": "mastodon.example"}, open_browser=opened.append)
    with pytest.raises(KeyringUnavailable):
        attempt.run()
    assert opened == []
    assert not r.has_token(AccountRef("mastodon:1", "mastodon"))


def test_built_connector_uses_the_keyring_token() -> None:
    from accounts.tokens import TokenSet

    store = TokenStore(MemoryKeyring())
    store.save("mastodon:a", TokenSet(access_token="tok", obtained_at=1.0))
    ref = AccountRef(
        "mastodon:a", "mastodon", "https://m.example", "42", "brand", {"oauth_client_id": "cid"}
    )
    conn = Registry(store).build(ref)
    try:
        assert conn.network == "mastodon"
        assert conn.http._token() == "tok"  # type: ignore[attr-defined]
    finally:
        conn.close()


def test_bluesky_session_is_rebuilt_from_the_row_and_the_keyring() -> None:
    from accounts.tokens import TokenSet

    store = TokenStore(MemoryKeyring())
    store.save(
        "bluesky:b",
        TokenSet(access_token="access-jwt", refresh_token="refresh-jwt", obtained_at=1.0),
    )
    r = Registry(store)
    assert r.unavailable("bluesky") is None
    ref = AccountRef("bluesky:b", "bluesky", "https://pds.example", "did:plc:abc", "brand.test")
    conn = r.build(ref)
    try:
        assert conn.network == "bluesky"
        assert conn.did == "did:plc:abc"  # type: ignore[attr-defined]
        assert conn._access_token() == "access-jwt"  # type: ignore[attr-defined]
    finally:
        conn.close()
    # a rotation is written back to the same keyring entry
    conn._on_session(  # type: ignore[attr-defined]
        {
            "did": "did:plc:abc",
            "handle": "brand.test",
            "service": "https://pds.example",
            "accessJwt": "a2",
            "refreshJwt": "r2",
        }
    )
    again = store.load("bluesky:b")
    assert again is not None and (again.access_token, again.refresh_token) == ("a2", "r2")
