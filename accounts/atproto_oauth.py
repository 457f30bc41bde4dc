"""AT Protocol OAuth for Bluesky: PAR, PKCE S256 and DPoP-bound tokens, for a native app.

The atproto profile of OAuth 2.1 (atproto.com/specs/oauth), step by step as done here:

1. Discovery: the account's PDS → ``/.well-known/oauth-protected-resource`` → its
   authorization server → ``/.well-known/oauth-authorization-server`` (RFC 9728, RFC 8414;
   :func:`accounts.bluesky.discover_oauth`). The profile requires PAR, PKCE S256 and DPoP ES256.
2. The client: a desktop app without a web site is a *loopback client*: its ``client_id`` is
   ``http://localhost`` with its ``redirect_uri`` (on ``127.0.0.1``, any port) and ``scope`` in
   the query, and it has no secret. The sign-in comes back to our loopback listener
   (:class:`accounts.oauth.LoopbackRedirect`), with ``state`` checked and ``iss`` compared.
3. PAR (RFC 9126): the authorization request is pushed to the server first, with a DPoP proof;
   the browser then opens the authorization endpoint with only ``client_id`` and the
   ``request_uri`` the server gave.
4. DPoP (RFC 9449): a fresh ES256 key per session. Every token request and every call to the
   PDS carries a proof JWT signed with it (``htm``, ``htu``, ``iat``, ``jti``, the server's
   ``nonce``, and for the PDS ``ath`` = hash of the access token); tokens are bound to the key,
   so a stolen access token is useless without it. Servers hand out nonces and refuse a proof
   without the current one (``use_dpop_nonce``): the request is repeated once with it.
5. The token response's ``sub`` is the account's DID; it is checked to be served by the same
   authorization server (so one server cannot issue tokens for another's accounts).
6. Renewal: ``grant_type=refresh_token`` with a proof; refresh tokens rotate. One renewal at a
   time per account (the same locks as :class:`accounts.oauth.TokenManager`), and the new
   tokens reach the keyring before they are used.

The session's secrets (tokens and the DPoP private key) go to the keyring only: the token set
under the account's key, the DPoP key and the server's addresses under ``key + "#dpop"``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import secrets
import threading
import time
import uuid
import webbrowser
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import requests
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from accounts.base import AuthExpired, TransientError
from accounts.bluesky import OAuthServerInfo, _pds_endpoint, discover_oauth
from accounts.oauth import AUTHORIZATION_TIMEOUT, LoopbackRedirect, OAuthError
from accounts.refresh_lock import FileRefreshLock, RefreshLock
from accounts.token_store import TokenStore, TokenStoreError
from accounts.tokens import EXPIRY_LEEWAY, TokenSet

log = logging.getLogger(__name__)

SCOPE = "atproto transition:generic"
DPOP_SUFFIX = "#dpop"
_TIMEOUT = (5.0, 30.0)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


# --------------------------------------------------------------------------- DPoP


class DpopKey:
    """An ES256 key for DPoP proofs; its private half is a secret (keyring only, no repr)."""

    def __init__(self, key: ec.EllipticCurvePrivateKey | None = None) -> None:
        self._key = key or ec.generate_private_key(ec.SECP256R1())

    def __repr__(self) -> str:
        return "DpopKey(<private>)"

    def public_jwk(self) -> dict[str, str]:
        nums = self._key.public_key().public_numbers()
        return {
            "kty": "EC",
            "crv": "P-256",
            "x": _b64(nums.x.to_bytes(32, "big")),
            "y": _b64(nums.y.to_bytes(32, "big")),
        }

    def private_jwk(self) -> dict[str, str]:
        d = self._key.private_numbers().private_value.to_bytes(32, "big")
        return {**self.public_jwk(), "d": _b64(d)}

    @classmethod
    def from_jwk(cls, jwk: Mapping[str, str]) -> DpopKey:
        if jwk.get("kty") != "EC" or jwk.get("crv") != "P-256" or "d" not in jwk:
            raise ValueError("not a P-256 private key")
        d = int.from_bytes(_unb64(jwk["d"]), "big")
        return cls(ec.derive_private_key(d, ec.SECP256R1()))

    def proof(
        self, method: str, url: str, *, nonce: str | None = None, access_token: str | None = None
    ) -> str:
        """A DPoP proof JWT for one request (RFC 9449 §4.2)."""
        parts = urlsplit(url)
        htu = f"{parts.scheme}://{parts.netloc}{parts.path}"  # no query, no fragment
        header = {"typ": "dpop+jwt", "alg": "ES256", "jwk": self.public_jwk()}
        payload: dict[str, Any] = {
            "jti": uuid.uuid4().hex,
            "htm": method.upper(),
            "htu": htu,
            "iat": int(time.time()),
        }
        if nonce:
            payload["nonce"] = nonce
        if access_token:
            payload["ath"] = _b64(hashlib.sha256(access_token.encode()).digest())
        signing_input = (
            _b64(json.dumps(header, separators=(",", ":")).encode())
            + "."
            + _b64(json.dumps(payload, separators=(",", ":")).encode())
        )
        der = self._key.sign(signing_input.encode(), ec.ECDSA(hashes.SHA256()))
        r, s = decode_dss_signature(der)
        return signing_input + "." + _b64(r.to_bytes(32, "big") + s.to_bytes(32, "big"))


def _wants_nonce(resp: requests.Response) -> bool:
    """The server refused a proof without its current nonce (400 at the auth server, 401 at a
    resource server with ``WWW-Authenticate: DPoP error="use_dpop_nonce"``)."""
    if resp.status_code not in (400, 401):
        return False
    if "use_dpop_nonce" in resp.headers.get("WWW-Authenticate", ""):
        return True
    try:
        body = resp.json()
    except (ValueError, RecursionError):
        return False
    return isinstance(body, dict) and body.get("error") == "use_dpop_nonce"


# --------------------------------------------------------------------------- the session


@dataclass
class AtprotoOAuthSession:
    """What the keyring keeps of one OAuth sign-in, besides the token set."""

    did: str
    handle: str
    pds: str
    issuer: str
    token_endpoint: str
    client_id: str
    dpop: DpopKey = field(repr=False)
    revocation_endpoint: str | None = None

    def dump(self) -> str:
        return json.dumps(
            {
                "v": 1,
                "did": self.did,
                "handle": self.handle,
                "pds": self.pds,
                "issuer": self.issuer,
                "token_endpoint": self.token_endpoint,
                "revocation_endpoint": self.revocation_endpoint,
                "client_id": self.client_id,
                "dpop": self.dpop.private_jwk(),
            }
        )

    @classmethod
    def load(cls, text: str) -> AtprotoOAuthSession:
        try:
            data = json.loads(text)
            return cls(
                did=data["did"],
                handle=data.get("handle", ""),
                pds=data["pds"],
                issuer=data["issuer"],
                token_endpoint=data["token_endpoint"],
                revocation_endpoint=data.get("revocation_endpoint"),
                client_id=data["client_id"],
                dpop=DpopKey.from_jwk(data["dpop"]),
            )
        except (ValueError, KeyError, TypeError):
            raise AuthExpired(
                "bluesky: the stored sign-in is incomplete; the account needs reconnecting"
            ) from None


def loopback_client_id(redirect_uri: str, scope: str = SCOPE) -> str:
    """The client id of a native app without a web site (atproto "localhost" clients)."""
    return "http://localhost?" + urlencode(
        {"redirect_uri": redirect_uri, "scope": scope}, quote_via=quote
    )


class _NonceJar:
    """The latest DPoP nonce each server gave (by origin)."""

    def __init__(self) -> None:
        self._by_origin: dict[str, str] = {}
        self._lock = threading.Lock()

    @staticmethod
    def origin(url: str) -> str:
        p = urlsplit(url)
        return f"{p.scheme}://{p.netloc}"

    def get(self, url: str) -> str | None:
        with self._lock:
            return self._by_origin.get(self.origin(url))

    def learn(self, url: str, resp: requests.Response) -> None:
        nonce = resp.headers.get("DPoP-Nonce")
        if nonce:
            with self._lock:
                self._by_origin[self.origin(url)] = nonce


def _token_request(
    http: requests.Session,
    url: str,
    form: dict[str, str],
    dpop: DpopKey,
    nonces: _NonceJar,
    what: str,
) -> dict[str, Any]:
    """POST a form to the authorization server with a DPoP proof, once more with its nonce."""
    for attempt in range(2):
        proof = dpop.proof("POST", url, nonce=nonces.get(url))
        try:
            resp = http.post(url, data=form, headers={"DPoP": proof}, timeout=_TIMEOUT)
        except (requests.Timeout, requests.ConnectionError) as exc:
            raise TransientError(
                f"bluesky: could not reach {urlsplit(url).netloc} to {what} ({type(exc).__name__})"
            ) from None
        nonces.learn(url, resp)
        if attempt == 0 and _wants_nonce(resp):
            continue
        break
    try:
        body = resp.json()
    except (ValueError, RecursionError):
        body = None
    if resp.status_code >= 500:
        raise TransientError(f"bluesky: the sign-in server failed to {what} ({resp.status_code})")
    if resp.status_code != 200 and resp.status_code != 201 or not isinstance(body, dict):
        said = ""
        if isinstance(body, dict):
            said = f"{body.get('error', '')}: {body.get('error_description', '')}".strip(": ")
        raise OAuthError(
            f"bluesky: the sign-in server refused to {what} ({said or resp.status_code})"
        )
    return body


# --------------------------------------------------------------------------- the flow


class AtprotoAuthorization:
    """One "Connect with Bluesky" attempt: PAR, browser, code, DPoP-bound tokens."""

    def __init__(
        self,
        pds: str,
        *,
        handle: str | None = None,
        open_browser: Callable[[str], object] = webbrowser.open,
        timeout: float = AUTHORIZATION_TIMEOUT,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.pds = pds.rstrip("/")
        self.handle = handle
        self._open_browser = open_browser
        self._timeout = timeout
        self._clock = clock
        self.nonces = _NonceJar()

    def run(self) -> tuple[AtprotoOAuthSession, TokenSet]:
        info = discover_oauth(self.pds)
        if info is None or not info.atproto_profile:
            raise OAuthError(
                "This Bluesky server does not offer sign-in with OAuth; connect the account "
                "with an app password instead."
            )
        state = secrets.token_urlsafe(32)
        verifier = secrets.token_urlsafe(64)
        challenge = _b64(hashlib.sha256(verifier.encode()).digest())
        dpop = DpopKey()
        listener = LoopbackRedirect(state)
        http = requests.Session()
        http.headers["User-Agent"] = "SocialConsole/0.1"
        try:
            client_id = loopback_client_id(listener.redirect_uri)
            form = {
                "client_id": client_id,
                "response_type": "code",
                "redirect_uri": listener.redirect_uri,
                "scope": SCOPE,
                "state": state,
                "code_challenge": challenge,
                "code_challenge_method": "S256",
            }
            if self.handle:
                form["login_hint"] = self.handle
            par = _token_request(
                http, info.par_endpoint, form, dpop, self.nonces, "accept the sign-in request"
            )
            request_uri = par.get("request_uri")
            if not isinstance(request_uri, str):
                raise OAuthError("bluesky: the sign-in server gave no request address")
            url = f"{info.authorization_endpoint}?" + urlencode(
                {"client_id": client_id, "request_uri": request_uri}
            )
            if self._open_browser(url) is False:
                raise OAuthError(
                    "No web browser could be opened on this computer, so the account could not "
                    "be connected here."
                )
            code = listener.wait(self._timeout)
            if listener.issuer is not None and listener.issuer.rstrip("/") != info.issuer:
                raise OAuthError(
                    f"The sign-in response came from {listener.issuer!r}, not {info.issuer!r}; "
                    "it was refused and nothing was connected."
                )
            now = self._clock()
            token = _token_request(
                http,
                info.token_endpoint,
                {
                    "grant_type": "authorization_code",
                    "code": code,
                    "redirect_uri": listener.redirect_uri,
                    "code_verifier": verifier,
                    "client_id": client_id,
                },
                dpop,
                self.nonces,
                "finish the sign-in",
            )
        finally:
            listener.close()
            http.close()
        session = self._session_for(token, info, client_id, dpop)
        if str(token.get("token_type", "")).lower() != "dpop":
            raise OAuthError("bluesky: the sign-in server issued a token not bound to our key")
        return session, TokenSet.from_response(token, now=now, requested_scope=SCOPE.split())

    def _session_for(
        self, token: Mapping[str, Any], info: OAuthServerInfo, client_id: str, dpop: DpopKey
    ) -> AtprotoOAuthSession:
        """Check that ``sub`` is an account this server may sign in for, and where it lives."""
        did = token.get("sub")
        if not isinstance(did, str) or not did.startswith("did:"):
            raise OAuthError("bluesky: the sign-in did not say which account it is for")
        try:
            repo = requests.get(
                f"{self.pds}/xrpc/com.atproto.repo.describeRepo",
                params={"repo": did},
                timeout=_TIMEOUT,
            ).json()
        except (requests.RequestException, ValueError):
            raise OAuthError("bluesky: the signed-in account could not be looked up") from None
        pds = _pds_endpoint(repo.get("didDoc") if isinstance(repo, dict) else None)
        served = discover_oauth(pds) if pds else None
        if served is None or served.issuer != info.issuer:
            raise OAuthError(
                "bluesky: the sign-in server answered for an account it does not serve; "
                "nothing was connected."
            )
        handle = repo.get("handle") if isinstance(repo.get("handle"), str) else ""
        return AtprotoOAuthSession(
            did=did,
            handle=handle,
            pds=pds.rstrip("/"),
            issuer=info.issuer,
            token_endpoint=info.token_endpoint,
            revocation_endpoint=info.revocation_endpoint,
            client_id=client_id,
            dpop=dpop,
        )


# --------------------------------------------------------------------------- using the tokens


class AtprotoOAuthTokens:
    """The tokens of one OAuth-connected Bluesky account, for :class:`accounts.http.HttpClient`.

    ``headers`` gives each request its ``Authorization: DPoP`` and proof; ``retry`` says when a
    refused request should go again (a new nonce); ``refresh`` renews under the locks.
    """

    def __init__(
        self,
        store: TokenStore,
        key: str,
        session: AtprotoOAuthSession,
        *,
        clock: Callable[[], float] = time.time,
        refresh_lock: RefreshLock | None = None,
        name: str | None = None,
    ) -> None:
        self.store = store
        self.key = key
        self.session = session
        self.name = name or session.handle or "the account"
        self._clock = clock
        self._lock = threading.RLock()
        self._refresh_lock = refresh_lock or FileRefreshLock()
        self._tokens: TokenSet | None = None
        self.nonces = _NonceJar()
        self.refreshes = 0

    @classmethod
    def connect(
        cls, store: TokenStore, key: str, flow: AtprotoAuthorization, **kw: Any
    ) -> AtprotoOAuthTokens:
        """Run the sign-in and keep what it gave in the keyring (and nowhere else)."""
        store.check()
        session, tokens = flow.run()
        store.save_secret(key + DPOP_SUFFIX, session.dump())
        store.save(key, tokens)
        made = cls(store, key, session, **kw)
        made.nonces = flow.nonces
        made._tokens = tokens
        return made

    @classmethod
    def load(cls, store: TokenStore, key: str, **kw: Any) -> AtprotoOAuthTokens:
        raw = store.load_secret(key + DPOP_SUFFIX)
        if raw is None:
            raise AuthExpired("bluesky: no sign-in on this computer; connect the account again")
        return cls(store, key, AtprotoOAuthSession.load(raw), **kw)

    # -- the HttpClient hooks -----------------------------------------------------------

    def current(self) -> TokenSet:
        with self._lock:
            stored = self.store.load(self.key)
            if stored is not None and (
                self._tokens is None or stored.obtained_at > self._tokens.obtained_at
            ):
                self._tokens = stored
            if self._tokens is None:
                raise AuthExpired(f"bluesky: {self.name} is not connected on this computer")
            if self._tokens.is_expired(self._clock(), EXPIRY_LEEWAY):
                self._renew(self._tokens.access_token)
            assert self._tokens is not None
            return self._tokens

    def headers(self, method: str, url: str) -> dict[str, str]:
        tokens = self.current()
        proof = self.session.dpop.proof(
            method, url, nonce=self.nonces.get(url), access_token=tokens.access_token
        )
        return {"Authorization": f"DPoP {tokens.access_token}", "DPoP": proof}

    def retry(self, url: str, resp: requests.Response) -> bool:
        """Learn the server's nonce; True when the request must go again with it."""
        self.nonces.learn(url, resp)
        return _wants_nonce(resp)

    def refresh(self) -> bool:
        with self._lock:
            stale = self._tokens.access_token if self._tokens else None
            self._renew(stale)
        return True

    # -- renewal --------------------------------------------------------------------------

    def _renew(self, stale_access: str | None) -> None:
        with self._lock, self._refresh_lock(self.key):
            stored = self.store.load(self.key)
            if stored is not None and stored.access_token != stale_access:
                if not stored.is_expired(self._clock(), EXPIRY_LEEWAY):
                    self._tokens = stored  # renewed meanwhile by another process
                    return
            current = stored or self._tokens
            if current is None or not current.refresh_token:
                raise AuthExpired(
                    f"bluesky: the sign-in of {self.name} has expired; reconnect the account"
                )
            http = requests.Session()
            try:
                now = self._clock()
                body = _token_request(
                    http,
                    self.session.token_endpoint,
                    {
                        "grant_type": "refresh_token",
                        "refresh_token": current.refresh_token,
                        "client_id": self.session.client_id,
                    },
                    self.session.dpop,
                    self.nonces,
                    f"renew the sign-in of {self.name}",
                )
            except OAuthError as exc:
                raise AuthExpired(f"{exc}; reconnect {self.name}") from None
            finally:
                http.close()
            new = TokenSet.from_response(body, now=now, previous=current)
            try:
                self.store.save(self.key, new)  # the keyring first
            except TokenStoreError:
                self._tokens = None
                raise
            self._tokens = new
            self.refreshes += 1
            log.info("renewed the Bluesky sign-in of %s", self.name)


__all__ = [
    "SCOPE",
    "AtprotoAuthorization",
    "AtprotoOAuthSession",
    "AtprotoOAuthTokens",
    "DpopKey",
    "loopback_client_id",
]
