"""Renewing tokens against oidc-provider, which rotates refresh tokens and punishes replays."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from accounts.base import AuthExpired
from accounts.http import HttpClient
from accounts.oauth import TokenManager
from accounts.token_store import TokenStore
from tests.support.memory_keyring import MemoryKeyring
from tests.support.oidc import OidcProvider, ScriptedBrowser, TokenRecorder
from tests.support.protected_api import ProtectedApi

LATER = 2 * 3600.0  # past the provider's one-hour access tokens


def _clock(offset: list[float]) -> Callable[[], float]:
    return lambda: time.time() + offset[0]


def _assert_never_replayed(recorder: TokenRecorder) -> None:
    sent = recorder.sent_refresh_tokens
    assert len(sent) == len(set(sent)), "a refresh token was presented twice"


def test_refresh_rotates_and_the_new_token_is_stored_at_once(
    oidc: OidcProvider,
    store: TokenStore,
    account_key: str,
    recorder: TokenRecorder,
    keyring_backend: MemoryKeyring,
) -> None:
    offset = [0.0]
    manager = TokenManager(oidc.endpoints(), store, account_key, clock=_clock(offset))
    recorder.attach(manager.http)
    first = manager.connect(open_browser=ScriptedBrowser())
    assert manager.token() == first.access_token  # fresh: no refresh
    assert recorder.sent_refresh_tokens == []

    offset[0] = LATER
    second_access = manager.token()

    second = store.load(account_key)
    assert second is not None
    assert second_access == second.access_token != first.access_token
    assert second.refresh_token and second.refresh_token != first.refresh_token  # rotated
    assert recorder.sent_refresh_tokens == [first.refresh_token]
    assert oidc.introspect(second.access_token)["active"] is True

    # and the rotated one works in its turn; the used one is never presented again
    offset[0] = 2 * LATER
    third_access = manager.token()
    third = store.load(account_key)
    assert third is not None and third.access_token == third_access
    assert recorder.sent_refresh_tokens == [first.refresh_token, second.refresh_token]
    assert oidc.introspect(third_access)["active"] is True
    _assert_never_replayed(recorder)


def test_tokens_count_as_expired_a_minute_early(
    oidc: OidcProvider, store: TokenStore, account_key: str, recorder: TokenRecorder
) -> None:
    offset = [0.0]
    manager = TokenManager(oidc.endpoints(), store, account_key, clock=_clock(offset))
    recorder.attach(manager.http)
    tokens = manager.connect(open_browser=ScriptedBrowser())
    assert tokens.expires_at is not None
    remaining = tokens.expires_at - time.time()

    offset[0] = remaining - 61  # 61 s before expiry: still used as is
    assert manager.token() == tokens.access_token
    offset[0] = remaining - 59  # 59 s before expiry: renewed first
    assert manager.token() != tokens.access_token
    assert recorder.sent_refresh_tokens == [tokens.refresh_token]


def test_replaying_a_used_refresh_token_kills_the_grant_on_this_server(
    oidc: OidcProvider, store: TokenStore, account_key: str, recorder: TokenRecorder
) -> None:
    """Why the manager must never replay: one replay and the account is disconnected."""
    offset = [0.0]
    manager = TokenManager(oidc.endpoints(), store, account_key, clock=_clock(offset))
    recorder.attach(manager.http)
    old = manager.connect(open_browser=ScriptedBrowser())
    offset[0] = LATER
    manager.token()
    current = store.load(account_key)
    assert current is not None and current.refresh_token
    mark = oidc.mark()

    replay = oidc.raw_refresh(old.refresh_token or "")  # by hand, outside our code

    assert replay.status_code == 400
    assert replay.json()["error"] == "invalid_grant"
    oidc.wait_for(lambda evs: {"event": "grant.revoked"} in evs[mark:])
    # the whole grant is gone: the current access token and refresh token are dead too
    assert oidc.introspect(current.access_token)["active"] is False
    offset[0] = 2 * LATER
    with pytest.raises(AuthExpired) as err:
        manager.token()
    text = str(err.value)
    assert "has expired or was withdrawn" in text
    assert "invalid_grant" in text
    assert "reconnect the account" in text
    _assert_never_replayed(recorder)


def test_eight_threads_needing_a_refresh_make_exactly_one_request(
    oidc: OidcProvider, store: TokenStore, account_key: str, recorder: TokenRecorder
) -> None:
    offset = [0.0]
    manager = TokenManager(oidc.endpoints(), store, account_key, clock=_clock(offset))
    recorder.attach(manager.http)
    old = manager.connect(open_browser=ScriptedBrowser())

    # hold the refresh answer back a moment so every thread is in the race while it is out
    in_flight = threading.Event()

    def slow(resp, *args, **kwargs):  # type: ignore[no-untyped-def]
        in_flight.set()
        time.sleep(0.3)

    manager.http.hooks["response"].insert(0, slow)
    offset[0] = LATER
    start = threading.Barrier(8)
    results: list[str] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            start.wait(timeout=10)
            results.append(manager.token())
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    mark = oidc.mark()
    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)

    assert errors == []
    assert in_flight.is_set()
    assert len(results) == 8
    assert len(set(results)) == 1 and results[0] != old.access_token
    assert recorder.sent_refresh_tokens == [old.refresh_token]  # one request, client side
    time.sleep(0.2)  # give a (wrong) second grant event the chance to show up
    assert oidc.refreshes_since(mark) == 1  # and one at the server
    assert oidc.introspect(results[0])["active"] is True


def test_a_401_triggers_one_refresh_through_http_client(
    oidc: OidcProvider,
    api: ProtectedApi,
    manager: TokenManager,
    recorder: TokenRecorder,
) -> None:
    tokens = manager.connect(open_browser=ScriptedBrowser())
    client = HttpClient(api.url, network="oidc", token=manager.token, refresh=manager.refresh)
    assert client.get("/me")["sub"] == "brand-it"
    assert recorder.sent_refresh_tokens == []

    # the network stops accepting the access token before its time (but keeps the grant;
    # oidc-provider's revocation endpoint would end the whole grant)
    api.refused.add(tokens.access_token)
    mark = oidc.mark()

    assert client.get("/me")["sub"] == "brand-it"

    assert api.unauthorized == 1
    assert recorder.sent_refresh_tokens == [tokens.refresh_token]
    oidc.wait_for(lambda evs: len(evs) > mark)
    assert oidc.refreshes_since(mark) == 1
    assert manager.token() != tokens.access_token


def test_concurrent_401s_share_one_refresh(
    oidc: OidcProvider,
    api: ProtectedApi,
    manager: TokenManager,
    recorder: TokenRecorder,
) -> None:
    tokens = manager.connect(open_browser=ScriptedBrowser())
    clients = [
        HttpClient(api.url, network="oidc", token=manager.token, refresh=manager.refresh)
        for _ in range(8)
    ]
    for c in clients:  # every client has used the token that is about to die
        c.get("/me")
    api.refused.add(tokens.access_token)
    start = threading.Barrier(8)
    results: list[str] = []

    def worker(client: HttpClient) -> None:
        start.wait(timeout=10)
        results.append(client.get("/me")["sub"])

    threads = [threading.Thread(target=worker, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)

    assert results == ["brand-it"] * 8
    assert recorder.sent_refresh_tokens == [tokens.refresh_token]
    _assert_never_replayed(recorder)


def test_a_second_manager_of_the_same_account_never_replays(
    oidc: OidcProvider,
    store: TokenStore,
    account_key: str,
    recorder: TokenRecorder,
) -> None:
    """Two holders of one account (the app and the worker): the keyring is the truth."""
    offset = [0.0]
    first = TokenManager(oidc.endpoints(), store, account_key, clock=_clock(offset))
    recorder.attach(first.http)
    first.connect(open_browser=ScriptedBrowser())
    second = TokenManager(oidc.endpoints(), store, account_key, clock=_clock(offset))
    recorder.attach(second.http)
    assert second.token() == first.token()  # both now hold the same tokens in memory

    offset[0] = LATER
    renewed = first.token()  # the first renews and stores the rotated token
    assert second.token() == renewed  # the second picks it up from the keyring, no request
    assert len(recorder.sent_refresh_tokens) == 1

    offset[0] = 2 * LATER
    second.token()  # the second renews with the rotated token, not its stale copy
    first.token()
    assert len(recorder.sent_refresh_tokens) == 2
    _assert_never_replayed(recorder)
    latest = store.load(account_key)
    assert latest is not None and oidc.introspect(latest.access_token)["active"] is True


def test_real_expiry_is_renewed_before_use_and_after_a_401(
    oidc_factory: Callable[..., OidcProvider],
    keyring_backend: MemoryKeyring,
    recorder: TokenRecorder,
) -> None:
    """With a 2-second access token: renewed ahead of expiry, or on the server's 401."""
    short = oidc_factory(access_token_ttl=2)
    api = ProtectedApi(short)
    try:
        # a manager whose clock runs true renews before the server would refuse
        ahead = TokenManager(short.endpoints(), TokenStore(keyring_backend), "oidc:ahead")
        recorder.attach(ahead.http)
        t1 = ahead.connect(open_browser=ScriptedBrowser())
        client = HttpClient(api.url, network="oidc", token=ahead.token, refresh=ahead.refresh)
        assert client.get("/me")["sub"] == "brand-it"
        assert t1.expires_at is not None
        while time.time() < t1.expires_at - 1.0:  # the early margin of a 2 s token is 1 s
            time.sleep(0.05)
        assert client.get("/me")["sub"] == "brand-it"
        assert api.unauthorized == 0
        assert recorder.sent_refresh_tokens == [t1.refresh_token]

        # a manager whose clock falls behind sees the server's 401 first, and renews then
        offset = [0.0]
        lagging = TokenManager(
            short.endpoints(), TokenStore(keyring_backend), "oidc:lagging", clock=_clock(offset)
        )
        recorder.attach(lagging.http)
        t2 = lagging.connect(open_browser=ScriptedBrowser())
        offset[0] = -600.0
        client = HttpClient(api.url, network="oidc", token=lagging.token, refresh=lagging.refresh)
        while short.introspect(t2.access_token)["active"]:
            time.sleep(0.1)
        assert client.get("/me")["sub"] == "brand-it"
        assert api.unauthorized == 1
        assert recorder.sent_refresh_tokens[-1] == t2.refresh_token
        _assert_never_replayed(recorder)
    finally:
        api.close()


def test_a_revoked_grant_turns_into_auth_expired_through_http_client(
    oidc: OidcProvider, api: ProtectedApi, manager: TokenManager
) -> None:
    tokens = manager.connect(open_browser=ScriptedBrowser())
    oidc.revoke(tokens.refresh_token or "", hint="refresh_token")  # withdrawn at the network
    client = HttpClient(api.url, network="oidc", token=manager.token, refresh=manager.refresh)

    with pytest.raises(AuthExpired, match="reconnect the account"):
        client.get("/me")
