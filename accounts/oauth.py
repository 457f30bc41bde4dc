"""OAuth 2.0 for a native app (RFC 8252, RFC 7636): how a brand account is connected once.

IT clicks "Connect account"; the system browser opens the network's sign-in page; the network
redirects to a listener on an ephemeral port of 127.0.0.1; the code is exchanged with PKCE
S256; the tokens go to the OS keyring (:mod:`accounts.token_store`) and nowhere else. From
then on a :class:`TokenManager` per account hands the bearer token to
:class:`accounts.http.HttpClient` and renews it:

* a token counts as expired a minute early, so a request never leaves with a token that dies
  on the way;
* a 401 triggers one refresh (``HttpClient(token=manager.token, refresh=manager.refresh)``);
* threads that need a refresh at the same moment share one refresh request: on servers that
  rotate refresh tokens a second request would replay a used refresh token, and a strict
  server (oidc-provider, and any following the OAuth 2.0 Security BCP) then revokes the whole
  grant;
* a rotated refresh token is written to the keyring at once, before the new access token is
  used, so a crash cannot leave the keyring holding a dead refresh token;
* a refresh that fails for good raises :class:`~accounts.base.AuthExpired` in words, and the
  account shows "needs reconnect";
* one renewal at a time per account across processes too (an OS file lock, and on PostgreSQL
  an advisory lock across workstations: :mod:`accounts.refresh_lock`); inside the lock the
  keyring is read again, so whoever comes second uses the first one's tokens;
* every message names the account by its handle (``name``), never by its keyring key.

A lost answer
    The renewal left, and its answer did not come back (a read timeout, a connection reset
    after sending). The server may or may not have rotated the refresh token; if it did, the
    new one is gone with the answer. What can be done depends on the server:

    * nothing was sent (connection refused, connect timeout, name resolution): a plain
      "try again later", nothing is lost;
    * otherwise the same refresh token is sent once more at once. A server that never got the
      first request, or that keeps the refresh token (LinkedIn: the refresh token is reused
      until its fixed end of life), or that tolerates a reuse within a grace period, answers
      normally and nothing is lost;
    * a server that rotates and detects reuse (oidc-provider, the OAuth 2.0 Security BCP,
      X's OAuth 2.0) refuses the old token and ends the grant. That grant was already out of
      our reach (its live refresh token was in the lost answer), so the retry costs nothing;
      the account turns to "needs reconnect" with a message that says what happened, naming
      the account. No protocol offers a way to recover the lost token.
    * Mastodon issues no refresh tokens (its tokens do not expire) and Meta's Page tokens do
      not expire: there is nothing to lose. Bluesky app-password sessions rotate their refresh
      JWT with each ``refreshSession``, but the reference PDS accepts a rotated refresh JWT
      again for two hours and answers with the same next token (the grace period of its
      ``rotateRefreshToken``): asking again after a lost answer is safe there. AT Protocol
      OAuth sessions renew through accounts/atproto_oauth.py under the same locks.

Secrets never reach a log line or an exception text: :class:`TokenSet` redacts its repr, our
messages quote only the server's error code and description, and requests-oauthlib's DEBUG
records (which print token responses and request bodies) have their arguments redacted.
"""

from __future__ import annotations

import hmac
import html
import http.server
import ipaddress
import logging
import secrets
import threading
import time
import webbrowser
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests
from oauthlib.oauth2 import OAuth2Error
from requests_oauthlib import OAuth2Session

from accounts.base import AuthExpired, ConnectorError, TransientError
from accounts.refresh_lock import FileRefreshLock, RefreshLock
from accounts.token_store import TokenStore, TokenStoreError
from accounts.tokens import EXPIRY_LEEWAY, TokenSet

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = (5.0, 30.0)
#: how long the loopback listener waits for the browser to come back
AUTHORIZATION_TIMEOUT = 300.0
CALLBACK_PATH = "/callback"

_LOOPBACK_NAMES = {"localhost"}


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _require_secure(url: str, what: str) -> None:
    """HTTPS only, except to this computer itself (local test servers, RFC 8252 loopback)."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and is_loopback(parts.hostname):
        return
    raise ValueError(f"the {what} must be an https:// address (or http:// on this computer)")


# --------------------------------------------------------------------------- configuration


@dataclass(frozen=True)
class OAuthEndpoints:
    """One network's OAuth configuration; each network module supplies its own.

    ``client_secret`` is for networks that insist on a confidential client even for desktop
    apps; it is sent with HTTP Basic unless ``secret_in_body``. ``issuer``, when set, is
    compared with the ``iss`` of the authorization response (RFC 9207, mix-up defence).
    """

    authorize_url: str
    token_url: str
    client_id: str
    revoke_url: str | None = None
    client_secret: str | None = field(default=None, repr=False)
    scopes: Sequence[str] = ()
    extra_auth_params: Mapping[str, str] = field(default_factory=dict, hash=False)
    issuer: str | None = None
    secret_in_body: bool = False
    #: the network's name in messages ("mastodon.social", "X")
    network: str = "the network"
    #: 0 for an ephemeral port (RFC 8252 §7.3); a fixed port only for networks that match
    #: the registered redirect URI port and all (X, or a Mastodon app registered once)
    loopback_port: int = 0

    def __post_init__(self) -> None:
        _require_secure(self.authorize_url, "authorization address")
        _require_secure(self.token_url, "token address")
        if self.revoke_url:
            _require_secure(self.revoke_url, "revocation address")
        if not self.client_id:
            raise ValueError("an OAuth client id is required")
        object.__setattr__(self, "scopes", tuple(self.scopes))

    def client_auth(self) -> tuple[requests.auth.AuthBase | None, dict[str, str]]:
        """How this client authenticates at the token and revocation endpoints."""
        if self.client_secret is None:
            return None, {"client_id": self.client_id}
        if self.secret_in_body:
            return None, {"client_id": self.client_id, "client_secret": self.client_secret}
        return requests.auth.HTTPBasicAuth(self.client_id, self.client_secret), {}


# --------------------------------------------------------------------------- errors


class OAuthError(ConnectorError):
    """Connecting an account failed; the message says why in words and holds no secret."""


class StateMismatch(OAuthError):
    """The browser came back with a ``state`` we did not issue, or one already used."""


class AuthorizationDenied(OAuthError):
    """The person (or the network) refused the authorization in the browser."""


class AuthorizationTimeout(OAuthError):
    """Nobody finished the sign-in in the browser in time."""


def _server_said(exc: OAuth2Error) -> str:
    """The server's error code and description; oauthlib's errors carry no token."""
    desc = (exc.description or "").strip()
    code = exc.error or "error"
    return f"{code}: {desc}" if desc and desc != code else code


# --------------------------------------------------------------------------- logging guard


_SAFE_DEBUG = frozenset(
    {
        "Request to fetch token completed with status %s.",
        "Request to refresh token completed with status %s.",
        "Invoking %d token response hooks.",
    }
)


class _RedactArguments(logging.Filter):
    """requests-oauthlib logs token responses, request bodies and headers at DEBUG.

    Those records keep their wording but lose their arguments, so an application running at
    DEBUG (or a person sending a log file to support) never ships a token.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg in _SAFE_DEBUG:
            return True
        if record.args:
            if isinstance(record.args, tuple) and isinstance(record.msg, str):
                record.args = tuple("<redacted>" for _ in record.args)
            elif isinstance(record.msg, str) and "%(" not in record.msg:
                # logging unwraps a lone dict argument ("Obtained token %s.", token)
                record.args = ("<redacted>",)
            else:
                record.msg = "requests-oauthlib message withheld (it may hold secrets)"
                record.args = ()
        return True


_REDACT = _RedactArguments()
for _name in (
    "requests_oauthlib",
    "requests_oauthlib.oauth2_session",
    "requests_oauthlib.oauth2_auth",
    "requests_oauthlib.oauth1_session",
    "requests_oauthlib.oauth1_auth",
):
    _logger = logging.getLogger(_name)
    if _REDACT not in _logger.filters:
        _logger.addFilter(_REDACT)


# --------------------------------------------------------------------------- loopback redirect


@dataclass(frozen=True)
class _Outcome:
    code: str | None = None
    error: OAuthError | None = None


_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Social Console</title></head><body style="font-family:sans-serif;margin:3em">
<h1>{title}</h1><p>{text}</p></body></html>"""


class LoopbackRedirect:
    """A one-shot listener for the authorization response on 127.0.0.1 (RFC 8252 §7.3).

    It binds an ephemeral port on the loopback interface only, accepts exactly one response
    carrying the ``state`` it was given, and refuses every other: a wrong state ends the
    attempt (it may be a forged response), a repeated one is told it was already used.
    """

    def __init__(self, expected_state: str, *, path: str = CALLBACK_PATH, port: int = 0) -> None:
        self._expected = expected_state
        self._path = path
        self._used = False
        self._outcome: _Outcome | None = None
        self._iss: str | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            server_version = "SocialConsole"
            sys_version = ""

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                status, title, text = outer._handle(self.path)
                body = _PAGE.format(title=html.escape(title), text=html.escape(text)).encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.send_header("Referrer-Policy", "no-referrer")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                # the default writes the request line, with the code, to stderr
                return

        try:
            self._server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
        except OSError as exc:
            raise OAuthError(
                f"Could not listen on 127.0.0.1 port {port} for the browser's answer "
                f"({exc.strerror}); close the program using that port and try again."
            ) from None
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="oauth-loopback",
            daemon=True,
        )
        self._thread.start()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}{self._path}"

    def _finish(self, outcome: _Outcome) -> None:
        if self._outcome is None:
            self._outcome = outcome
            self._done.set()

    def _handle(self, raw_path: str) -> tuple[int, str, str]:
        parts = urlsplit(raw_path)
        if parts.path != self._path:
            return 404, "Not found", "This address is not part of the sign-in."
        query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        state = query.get("state", "")
        with self._lock:
            matches = bool(state) and hmac.compare_digest(
                state.encode("utf-8", "replace"), self._expected.encode()
            )
            if matches and self._used:
                return (
                    400,
                    "Already used",
                    "This sign-in response was already used. If the account is not connected, "
                    "start again from Social Console.",
                )
            if not matches:
                self._finish(
                    _Outcome(
                        error=StateMismatch(
                            "The browser returned a sign-in response that does not belong to this "
                            "connection attempt (its state does not match), so it was refused and "
                            "nothing was connected. Start again from Social Console."
                        )
                    )
                )
                return (
                    400,
                    "Sign-in refused",
                    "This sign-in response does not match the request Social Console made, so it "
                    "was refused. Start again from Social Console.",
                )
            self._used = True
            if "error" in query:
                code = query.get("error") or "error"
                desc = query.get("error_description", "")
                said = f"{code}: {desc}" if desc else code
                self._finish(
                    _Outcome(
                        error=AuthorizationDenied(
                            f"The sign-in was not completed ({said}); nothing was connected."
                        )
                    )
                )
                return 200, "Not connected", f"The sign-in was not completed ({said})."
            if not query.get("code"):
                self._finish(
                    _Outcome(
                        error=OAuthError(
                            "The network's sign-in response carried no authorization code; "
                            "nothing was connected."
                        )
                    )
                )
                return 400, "Sign-in incomplete", "The response carried no authorization code."
            self._iss = query.get("iss")
            self._finish(_Outcome(code=query["code"]))
            return (
                200,
                "Signed in",
                "Social Console received the sign-in. You can close this tab and return to "
                "the console.",
            )

    @property
    def issuer(self) -> str | None:
        """The ``iss`` of the accepted response (RFC 9207), if the server sent one."""
        return self._iss

    def wait(self, timeout: float) -> str:
        """The authorization code, or the refusal as an OAuthError."""
        if not self._done.wait(timeout):
            span = f"{timeout:g} seconds" if timeout < 120 else f"{timeout / 60:.0f} minutes"
            raise AuthorizationTimeout(
                f"Nobody completed the sign-in in the browser within {span}; nothing was connected."
            )
        assert self._outcome is not None
        if self._outcome.error is not None:
            raise self._outcome.error
        assert self._outcome.code is not None
        return self._outcome.code

    def cancel(self) -> None:
        self._finish(_Outcome(error=OAuthError("The connection was cancelled.")))

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


# --------------------------------------------------------------------------- the flow


def _new_session(endpoints: OAuthEndpoints, **kw: Any) -> OAuth2Session:
    session = OAuth2Session(endpoints.client_id, **kw)
    session.headers["User-Agent"] = "SocialConsole/0.1"
    session.register_compliance_hook("access_token_response", _check_token_status)
    session.register_compliance_hook("refresh_token_response", _check_token_status)
    return session


def _check_token_status(resp: requests.Response) -> requests.Response:
    """A 5xx or 429 from the token endpoint is a bad moment, not a refused grant."""
    if resp.status_code >= 500 or resp.status_code == 429:
        host = urlsplit(resp.url).netloc
        raise TransientError(
            f"the sign-in server {host} is not answering properly ({resp.status_code}); "
            "try again shortly"
        )
    return resp


def _fetch(call: Callable[[], Any]) -> dict[str, Any]:
    """Run a token request; a changed scope is information, not an error."""
    try:
        return dict(call())
    except Warning as w:  # oauthlib raises Warning (holding the token) when scope changed
        token = getattr(w, "token", None)
        if token is None:
            raise
        return dict(token)


class AuthorizationFlow:
    """One attempt to connect an account: browser out, code back, tokens exchanged.

    ``open_browser`` opens a URL in the system browser (``webbrowser.open``); tests pass a
    callable that follows the URL with an HTTP client instead. ``cancel()`` may be called from
    another thread (the UI's Cancel button) while :meth:`run` waits.
    """

    def __init__(
        self,
        endpoints: OAuthEndpoints,
        *,
        open_browser: Callable[[str], object] = webbrowser.open,
        timeout: float = AUTHORIZATION_TIMEOUT,
        http_timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        clock: Callable[[], float] = time.time,
        response_hooks: Sequence[Callable[..., Any]] = (),
    ) -> None:
        self.endpoints = endpoints
        self._response_hooks = list(response_hooks)
        self._open_browser = open_browser
        self._timeout = timeout
        self._http_timeout = http_timeout
        self._clock = clock
        self._listener: LoopbackRedirect | None = None
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True
        if self._listener is not None:
            self._listener.cancel()

    def run(self) -> TokenSet:
        ep = self.endpoints
        state = secrets.token_urlsafe(32)
        listener = LoopbackRedirect(state, port=ep.loopback_port)
        self._listener = listener
        try:
            if self._cancelled:
                listener.cancel()
            session = _new_session(
                ep, redirect_uri=listener.redirect_uri, scope=list(ep.scopes) or None, pkce="S256"
            )
            session.hooks["response"].extend(self._response_hooks)
            url, _ = session.authorization_url(
                ep.authorize_url, state=state, **ep.extra_auth_params
            )
            log.info("opening the browser to connect an account on %s", ep.network)
            if self._open_browser(url) is False:
                raise OAuthError(
                    "No web browser could be opened on this computer, so the account could not "
                    "be connected here. Connect it from a computer with a desktop session."
                )
            code = listener.wait(self._timeout)
            if ep.issuer and listener.issuer is not None and listener.issuer != ep.issuer:
                raise OAuthError(
                    f"The sign-in response came from {listener.issuer!r}, not from {ep.issuer!r}; "
                    "it was refused and nothing was connected."
                )
            return self._exchange(session, code)
        finally:
            listener.close()
            self._listener = None

    def _exchange(self, session: OAuth2Session, code: str) -> TokenSet:
        ep = self.endpoints
        auth, body = ep.client_auth()
        now = self._clock()
        try:
            token = _fetch(
                lambda: session.fetch_token(
                    ep.token_url,
                    code=code,
                    auth=auth,
                    include_client_id="client_id" in body,
                    client_secret=body.get("client_secret"),
                    timeout=self._http_timeout,
                )
            )
        except OAuth2Error as exc:
            raise OAuthError(
                f"{ep.network} did not accept the sign-in ({_server_said(exc)}); "
                "nothing was connected."
            ) from None
        except (requests.Timeout, requests.ConnectionError) as exc:
            raise OAuthError(
                f"Could not reach {urlsplit(ep.token_url).netloc} to finish the sign-in "
                f"({type(exc).__name__}); nothing was connected."
            ) from None
        except TransientError as exc:
            raise OAuthError(f"{exc}; nothing was connected.") from None
        finally:
            session.token = {}
            session.close()
        try:
            return TokenSet.from_response(token, now=now, requested_scope=ep.scopes)
        except ValueError as exc:
            raise OAuthError(f"{ep.network} answered the sign-in oddly ({exc}).") from None


def authorize(
    endpoints: OAuthEndpoints,
    *,
    open_browser: Callable[[str], object] = webbrowser.open,
    timeout: float = AUTHORIZATION_TIMEOUT,
) -> TokenSet:
    """Connect an account interactively; blocks until the browser comes back (run off the UI)."""
    return AuthorizationFlow(endpoints, open_browser=open_browser, timeout=timeout).run()


# --------------------------------------------------------------------------- token manager


class _AnswerLost(Exception):
    """The renewal request left, and its answer did not come back (timeout, reset)."""


def _never_sent(exc: BaseException) -> bool:
    """A connection that was never made: the request cannot have reached the server."""
    seen: set[int] = set()
    node: BaseException | None = exc
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        name = type(node).__name__
        if name in ("NewConnectionError", "ConnectTimeoutError", "NameResolutionError"):
            return True
        if isinstance(node, ConnectionRefusedError):
            return True
        nxt = node.args[0] if node.args and isinstance(node.args[0], BaseException) else None
        node = getattr(node, "reason", None) or nxt or node.__cause__ or node.__context__
    return False


@dataclass(frozen=True)
class Disconnected:
    """What disconnecting did: ``revoked`` is False when the network could not be told."""

    revoked: bool
    message: str


class TokenManager:
    """The tokens of one brand account: handed out, renewed, stored, revoked.

    ``token`` and ``refresh`` plug into :class:`accounts.http.HttpClient`. All renewals go
    through one lock; a thread that arrives while another renews waits and then uses the
    other's result, so N threads needing a refresh make one request.
    """

    def __init__(
        self,
        endpoints: OAuthEndpoints,
        store: TokenStore,
        key: str,
        *,
        leeway: float = EXPIRY_LEEWAY,
        clock: Callable[[], float] = time.time,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        name: str | None = None,
        refresh_lock: RefreshLock | None = None,
    ) -> None:
        self.endpoints = endpoints
        self.store = store
        self.key = key
        #: how messages name the account: its handle, never the keyring key
        self.name = name or "the account"
        if name:
            store.names[key] = name
        #: held around every renewal, across processes (and workstations, when given one)
        self.refresh_lock: RefreshLock = refresh_lock or FileRefreshLock()
        #: tokens renewed but not yet in the keyring: never handed out until they are
        self._unsaved: TokenSet | None = None
        self.leeway = leeway
        self._clock = clock
        self._timeout = timeout
        self._lock = threading.RLock()
        self._tokens: TokenSet | None = None
        self._local = threading.local()
        #: the session for refresh and revocation requests; its response hooks also see the
        #: code exchange of :meth:`connect` (tests count and record token traffic with them)
        self.http: OAuth2Session = _new_session(endpoints)

    # -- connecting ---------------------------------------------------------------------

    def connect(
        self,
        *,
        open_browser: Callable[[str], object] = webbrowser.open,
        timeout: float = AUTHORIZATION_TIMEOUT,
        flow: AuthorizationFlow | None = None,
    ) -> TokenSet:
        """Authorize in the browser and keep the tokens; refuses early if no keyring exists."""
        self.store.check()  # before the browser opens: no keyring, no connection
        flow = flow or AuthorizationFlow(
            self.endpoints,
            open_browser=open_browser,
            timeout=timeout,
            clock=self._clock,
            response_hooks=self.http.hooks["response"],
        )
        tokens = flow.run()
        with self._lock:
            try:
                self.store.save(self.key, tokens)
            except TokenStoreError:
                # tokens we cannot keep must not stay alive at the network either
                self._revoke(tokens)
                raise
            self._tokens = tokens
        log.info("connected %s", self.name)
        return tokens

    @property
    def connected(self) -> bool:
        return self._current(required=False) is not None

    # -- the HttpClient hooks -----------------------------------------------------------

    def token(self) -> str:
        """The access token to send now, renewed first when it is (nearly) expired."""
        tokens = self._current()
        if tokens.is_expired(self._clock(), self.leeway):
            tokens = self._refresh(stale_access=tokens.access_token, reason="expiry")
        self._local.last_access = tokens.access_token
        return tokens.access_token

    def refresh(self) -> bool:
        """Called on a 401: renew unless another thread already replaced the refused token."""
        stale = getattr(self._local, "last_access", None)
        self._refresh(stale_access=stale, reason="401")
        return True

    # -- renewal ------------------------------------------------------------------------

    def _flush_unsaved(self) -> None:
        """Renewed tokens the keyring refused earlier go there first, before any use."""
        if self._unsaved is None:
            return
        try:
            self.store.save(self.key, self._unsaved)
        except TokenStoreError as exc:
            raise TransientError(
                f"{self.endpoints.network}: the renewed token of {self.name} could not be "
                f"stored in the keyring ({exc}); it is kept in memory and not used until it is"
            ) from None
        self._tokens, self._unsaved = self._unsaved, None

    def _current(self, required: bool = True) -> TokenSet:
        with self._lock:
            self._flush_unsaved()
            if self._tokens is None:
                self._tokens = self.store.load(self.key)
            if self._tokens is None and required:
                raise AuthExpired(
                    f"{self.endpoints.network}: {self.name} is not connected on this "
                    "computer (no token in the keyring); connect it again."
                )
            return self._tokens  # type: ignore[return-value]

    def _latest(self) -> TokenSet:
        """The newest copy of the tokens, memory or keyring (another process may have renewed)."""
        try:
            stored = self.store.load(self.key)
        except TokenStoreError as exc:
            log.warning("could not read the keyring before renewing %s: %s", self.name, exc)
            stored = None
        mine = self._tokens
        if stored is not None and (mine is None or stored.obtained_at > mine.obtained_at):
            self._tokens = stored
        return self._current()

    def _renewed_meanwhile(self, current: TokenSet, stale_access: str | None, reason: str) -> bool:
        """Did someone else renew since the caller saw ``stale_access``?"""
        if stale_access is None or current.access_token == stale_access:
            return False
        return not current.is_expired(self._clock(), self.leeway) or reason == "401"

    def _refresh(self, *, stale_access: str | None, reason: str) -> TokenSet:
        with self._lock:
            self._flush_unsaved()
            current = self._latest()
            if self._renewed_meanwhile(current, stale_access, reason):
                return current  # another thread renewed while we waited for the lock
            with self.refresh_lock(self.key):
                # another process (or workstation) may have renewed while we waited: its
                # tokens are in the keyring before it releases the lock
                current = self._latest()
                if self._renewed_meanwhile(current, stale_access, reason):
                    return current
                if not current.refresh_token:
                    raise AuthExpired(
                        f"{self.endpoints.network}: the access for {self.name} has expired and "
                        "the network gave no way to renew it; reconnect the account."
                    )
                new = self._request_refresh(current)
                # the keyring first: nothing uses the new tokens before they are kept
                try:
                    self.store.save(self.key, new)
                except TokenStoreError:
                    self._unsaved = new  # the old refresh token is spent: keep these
                    raise
                self._tokens = new
            log.info("renewed the token of %s (%s)", self.name, reason)
            return new

    def _request_refresh(self, current: TokenSet) -> TokenSet:
        """One renewal; an answer lost on its way back is asked once more (see the module
        docstring, "A lost answer"), then reported in words naming the account."""
        try:
            return self._refresh_once(current)
        except _AnswerLost:
            log.info("the answer to %s's renewal was lost; asking once more", self.name)
        try:
            return self._refresh_once(current)
        except _AnswerLost as lost:
            raise TransientError(
                f"{self.endpoints.network}: the answer to the token renewal of {self.name} was "
                f"lost twice ({lost}); will try again"
            ) from None
        except AuthExpired as exc:
            raise AuthExpired(
                f"{self.endpoints.network}: the answer to the token renewal of {self.name} was "
                "lost on its way back, and the network had already replaced the token: it "
                "refuses the old one now "
                f"({exc.server_said}). Reconnect {self.name}."
            ) from None

    def _refresh_once(self, current: TokenSet) -> TokenSet:
        ep = self.endpoints
        auth, body = ep.client_auth()
        now = self._clock()
        assert current.refresh_token is not None
        try:
            token = _fetch(
                lambda: self.http.refresh_token(
                    ep.token_url,
                    refresh_token=current.refresh_token,
                    auth=auth,
                    timeout=self._timeout,
                    **body,
                )
            )
        except OAuth2Error as exc:
            expired = AuthExpired(
                f"{ep.network}: the connection of {self.name} has expired or was withdrawn "
                f"(the server said {_server_said(exc)}); reconnect the account."
            )
            expired.server_said = _server_said(exc)  # type: ignore[attr-defined]
            raise expired from None
        except (requests.ConnectTimeout, requests.exceptions.SSLError) as exc:
            raise TransientError(
                f"{ep.network}: could not reach {urlsplit(ep.token_url).netloc} to renew the "
                f"token of {self.name} ({type(exc).__name__}); will try again"
            ) from None
        except (requests.Timeout, requests.ConnectionError) as exc:
            if _never_sent(exc):
                raise TransientError(
                    f"{ep.network}: could not reach {urlsplit(ep.token_url).netloc} to renew "
                    f"the token of {self.name} ({type(exc).__name__}); will try again"
                ) from None
            raise _AnswerLost(type(exc).__name__) from None
        finally:
            self.http.token = {}
        try:
            return TokenSet.from_response(
                token, now=now, requested_scope=ep.scopes, previous=current
            )
        except ValueError as exc:
            raise TransientError(
                f"{ep.network}: the token renewal for {self.name} was answered oddly ({exc})"
            ) from None

    # -- disconnecting --------------------------------------------------------------------

    def _revoke(self, tokens: TokenSet) -> tuple[bool, str]:
        """RFC 7009: the refresh token first (it ends the grant), then the access token."""
        ep = self.endpoints
        if not ep.revoke_url:
            return False, f"{ep.network} offers no way to revoke a token"
        auth, body = ep.client_auth()
        pairs = [(tokens.refresh_token, "refresh_token"), (tokens.access_token, "access_token")]
        for value, hint in pairs:
            if not value:
                continue
            try:
                resp = self.http.post(
                    ep.revoke_url,
                    data={"token": value, "token_type_hint": hint, **body},
                    auth=auth,
                    timeout=self._timeout,
                    withhold_token=True,
                )
            except (requests.Timeout, requests.ConnectionError) as exc:
                return (
                    False,
                    f"could not reach {urlsplit(ep.revoke_url).netloc} ({type(exc).__name__})",
                )
            # 200 also for a token that was already invalid (RFC 7009 §2.2)
            if resp.status_code != 200:
                return False, f"{ep.network} answered {resp.status_code} to the revocation"
        return True, "revoked at the network"

    def disconnect(self) -> Disconnected:
        """Revoke at the network, then delete the keyring entry (even if revocation failed)."""
        with self._lock:
            try:
                tokens = self._latest()
            except AuthExpired:
                tokens = None
            if tokens is not None:
                revoked, detail = self._revoke(tokens)
            else:
                revoked, detail = False, "there was no token on this computer"
            self.store.delete(self.key)
            self._tokens = None
        if revoked:
            message = (
                f"Disconnected {self.name}: the token was revoked and removed from the keyring."
            )
        else:
            message = (
                f"Disconnected {self.name} on this computer and removed the token from the keyring, "
                f"but the network was not told ({detail}); withdraw the app's access in the "
                "network's own settings as well."
            )
        log.info("%s", message)
        return Disconnected(revoked=revoked, message=message)

    def close(self) -> None:
        self.http.close()
