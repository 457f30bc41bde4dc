"""Unit tests of accounts/oauth.py: TokenSet, endpoints, the loopback listener, log redaction,
and the manager's behaviour when the token endpoint cannot be reached."""

from __future__ import annotations

import logging
import socket
import threading
import time

import pytest
import requests

from accounts.base import AuthExpired, TransientError
from accounts.oauth import (
    AuthorizationDenied,
    LoopbackRedirect,
    OAuthEndpoints,
    OAuthError,
    StateMismatch,
    TokenManager,
)
from accounts.token_store import TokenStore
from accounts.tokens import TokenSet
from tests.support.memory_keyring import MemoryKeyring

ACCESS = "access-SECRET-0123456789abcdef"
REFRESH = "refresh-SECRET-0123456789abcdef"


def _tokens(**kw: object) -> TokenSet:
    base: dict[str, object] = {
        "access_token": ACCESS,
        "refresh_token": REFRESH,
        "expires_at": 10_000.0,
        "scope": ("openid",),
        "obtained_at": 6_400.0,
    }
    base.update(kw)
    return TokenSet(**base)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- TokenSet


def test_repr_and_str_never_show_the_tokens() -> None:
    t = _tokens()
    for text in (repr(t), str(t), f"{t}", f"{t!r}", repr([t]), repr({"t": t})):
        assert ACCESS not in text and REFRESH not in text
        assert "<redacted>" in text
    assert "expires_at=10000.0" in repr(t)
    assert "refresh_token=None" in repr(_tokens(refresh_token=None))


def test_tokens_count_as_expired_sixty_seconds_early() -> None:
    t = _tokens()  # lives an hour
    assert not t.is_expired(now=10_000.0 - 61)
    assert t.is_expired(now=10_000.0 - 60)
    assert t.is_expired(now=10_000.0 + 5)


def test_a_token_without_expiry_is_left_to_the_401() -> None:
    assert not _tokens(expires_at=None).is_expired(now=1e12)


def test_a_short_lived_token_is_not_renewed_on_every_use() -> None:
    t = _tokens(obtained_at=1_000.0, expires_at=1_010.0)  # lives 10 s: margin 5 s, not 60
    assert not t.is_expired(now=1_004.0)
    assert t.is_expired(now=1_005.0)


def test_json_round_trip() -> None:
    t = _tokens()
    assert TokenSet.from_dict(t.to_dict()) == t


def test_from_response_keeps_the_refresh_token_of_a_server_that_does_not_rotate() -> None:
    new = TokenSet.from_response(
        {"access_token": "new", "expires_in": 60, "token_type": "bearer"},
        now=100.0,
        previous=_tokens(),
    )
    assert new.refresh_token == REFRESH
    assert new.expires_at == 160.0
    assert new.obtained_at == 100.0
    assert new.scope == ("openid",)


def test_from_response_reads_the_granted_scope() -> None:
    new = TokenSet.from_response(
        {"access_token": "a", "refresh_token": "r", "scope": "read write"},
        now=0.0,
        requested_scope=("read", "write", "follow"),
    )
    assert new.scope == ("read", "write")
    assert new.expires_at is None
    with pytest.raises(ValueError):
        TokenSet.from_response({"token_type": "bearer"}, now=0.0)


# --------------------------------------------------------------------------- endpoints


@pytest.mark.parametrize(
    "url",
    ["http://example.org/token", "ftp://example.org/token", "https:///token", "http://10.0.0.1/t"],
)
def test_endpoints_refuse_plain_http_except_to_this_computer(url: str) -> None:
    with pytest.raises(ValueError, match="https://"):
        OAuthEndpoints(authorize_url="https://example.org/a", token_url=url, client_id="c")


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]"])
def test_endpoints_accept_loopback_http(host: str) -> None:
    OAuthEndpoints(
        authorize_url=f"http://{host}:8080/a", token_url=f"http://{host}/t", client_id="c"
    )


def test_client_authentication_variants() -> None:
    public = OAuthEndpoints("https://e/a", "https://e/t", "cid")
    assert public.client_auth() == (None, {"client_id": "cid"})
    basic = OAuthEndpoints("https://e/a", "https://e/t", "cid", client_secret="s")
    auth, body = basic.client_auth()
    assert isinstance(auth, requests.auth.HTTPBasicAuth) and body == {}
    post = OAuthEndpoints(
        "https://e/a", "https://e/t", "cid", client_secret="s", secret_in_body=True
    )
    assert post.client_auth() == (None, {"client_id": "cid", "client_secret": "s"})


# --------------------------------------------------------------------------- loopback listener


@pytest.fixture
def listener():
    lb = LoopbackRedirect("expected-state-123")
    yield lb
    lb.close()


def test_listener_binds_an_ephemeral_loopback_port(listener: LoopbackRedirect) -> None:
    assert listener.redirect_uri == f"http://127.0.0.1:{listener.port}/callback"
    assert listener._server.server_address[0] == "127.0.0.1"
    other = LoopbackRedirect("s")
    try:
        assert other.port != listener.port
    finally:
        other.close()


def test_listener_on_a_fixed_port_that_is_taken_says_so(listener: LoopbackRedirect) -> None:
    with pytest.raises(OAuthError, match=f"Could not listen on 127.0.0.1 port {listener.port}"):
        LoopbackRedirect("s", port=listener.port)


def test_listener_accepts_the_state_once(listener: LoopbackRedirect) -> None:
    url = f"{listener.redirect_uri}?code=the-code&state=expected-state-123"
    assert (
        requests.get(f"http://127.0.0.1:{listener.port}/favicon.ico", timeout=5).status_code == 404
    )
    first = requests.get(url, timeout=5)
    again = requests.get(url, timeout=5)
    assert first.status_code == 200
    assert again.status_code == 400 and "already used" in again.text
    assert listener.wait(1) == "the-code"


def test_listener_refuses_a_wrong_state_and_ends_the_attempt(listener: LoopbackRedirect) -> None:
    resp = requests.get(f"{listener.redirect_uri}?code=c&state=guess", timeout=5)
    assert resp.status_code == 400
    # the right state coming later does not revive the attempt
    requests.get(f"{listener.redirect_uri}?code=c&state=expected-state-123", timeout=5)
    with pytest.raises(StateMismatch, match="does not belong to this connection attempt"):
        listener.wait(1)


def test_listener_refuses_a_missing_state(listener: LoopbackRedirect) -> None:
    requests.get(f"{listener.redirect_uri}?code=c", timeout=5)
    with pytest.raises(StateMismatch):
        listener.wait(1)


def test_listener_reports_a_refusal_in_words(listener: LoopbackRedirect) -> None:
    requests.get(
        f"{listener.redirect_uri}?error=access_denied&error_description=The+user+said+no"
        "&state=expected-state-123",
        timeout=5,
    )
    with pytest.raises(AuthorizationDenied, match="access_denied: The user said no"):
        listener.wait(1)


def test_listener_can_be_cancelled_from_another_thread(listener: LoopbackRedirect) -> None:
    threading.Timer(0.1, listener.cancel).start()
    with pytest.raises(OAuthError, match="cancelled"):
        listener.wait(10)


# --------------------------------------------------------------------------- log redaction


def test_requests_oauthlib_debug_records_lose_their_arguments(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="requests_oauthlib")
    lg = logging.getLogger("requests_oauthlib.oauth2_session")
    lg.debug("Obtained token %s.", {"access_token": ACCESS})
    lg.debug("Prepared refresh token request body %s", f"refresh_token={REFRESH}")
    lg.debug("Request to refresh token completed with status %s.", 200)
    lg.debug("Passing through key word arguments %s.", {"a": ACCESS})
    assert ACCESS not in caplog.text and REFRESH not in caplog.text
    assert "Obtained token <redacted>." in caplog.text
    assert "completed with status 200." in caplog.text


# --------------------------------------------------------------------------- manager


def _closed_port_url() -> tuple[socket.socket, str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))  # bound, never listening: connections are refused
    return sock, f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_an_unreachable_token_endpoint_is_transient_and_keeps_the_token(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    sock, base = _closed_port_url()
    with sock:
        store = TokenStore(MemoryKeyring())
        store.save("x:1", _tokens(expires_at=time.time() - 1, obtained_at=time.time() - 3601))
        ep = OAuthEndpoints(f"{base}/auth", f"{base}/token", "cid", network="Example")
        manager = TokenManager(ep, store, "x:1", timeout=(2.0, 2.0))

        with pytest.raises(TransientError, match="could not reach .* to renew the token") as err:
            manager.token()

    assert ACCESS not in str(err.value) and REFRESH not in str(err.value)
    stored = store.load("x:1")
    assert stored is not None and stored.refresh_token == REFRESH  # kept for the next attempt


def test_a_token_endpoint_in_trouble_is_transient(monkeypatch: pytest.MonkeyPatch) -> None:
    import http.server

    class Busy(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *a: object) -> None:
            return

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Busy)
    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    ).start()
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        store = TokenStore(MemoryKeyring())
        store.save("x:1", _tokens(expires_at=time.time() - 1, obtained_at=time.time() - 3601))
        manager = TokenManager(OAuthEndpoints(f"{base}/a", f"{base}/t", "cid"), store, "x:1")
        with pytest.raises(TransientError, match=r"not answering properly \(503\)"):
            manager.token()
    finally:
        server.shutdown()
        server.server_close()


def test_an_expired_token_without_refresh_token_needs_reconnecting() -> None:
    store = TokenStore(MemoryKeyring())
    store.save("x:1", _tokens(refresh_token=None, expires_at=1.0, obtained_at=0.5))
    manager = TokenManager(OAuthEndpoints("https://e/a", "https://e/t", "cid"), store, "x:1")
    with pytest.raises(AuthExpired, match="gave no way to renew it; reconnect"):
        manager.token()


def test_no_token_means_not_connected() -> None:
    manager = TokenManager(
        OAuthEndpoints("https://e/a", "https://e/t", "cid"), TokenStore(MemoryKeyring()), "x:1"
    )
    assert manager.connected is False
    with pytest.raises(AuthExpired, match="not connected on this computer"):
        manager.token()
