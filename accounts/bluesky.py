"""Bluesky (AT Protocol) connector: XRPC over plain HTTP, signed in with an app password.

Why no SDK: the PyPI ``atproto`` package is large, generated, and would bypass
:class:`~accounts.http.HttpClient` (per-host rate control, retries, typed errors). The handful of
XRPC calls a brand inbox needs are small JSON requests, so they go through HttpClient directly.

Sign-in and secrets
    ``com.atproto.server.createSession`` with the handle (or DID) and an *app password* gives an
    access JWT (short-lived) and a refresh JWT (rotating: every refreshSession returns a new one
    and the old one stops working). Both are secrets: they live in :class:`BlueskySession`, whose
    repr hides them; they never reach a log line or an exception text. The PDS answers an expired
    access token with ``400 ExpiredToken`` (not 401), so the HttpClient is told to treat that as an
    auth failure and to call :meth:`BlueskyConnector._refresh`, which merges concurrent refreshes
    into one (a replayed refresh JWT fails). If the refresh JWT is dead too, the connector signs in
    again with the app password when it was given one, else raises AuthExpired. The caller keeps
    the tokens in the OS keyring via :meth:`BlueskyConnector.export_session` and the
    ``on_session`` callback, which fires whenever the tokens rotate.

AT Protocol OAuth (not implemented here)
    The atproto OAuth profile is OAuth 2.1 with PAR (pushed authorization requests, required),
    PKCE S256 (required) and DPoP-bound tokens (required, with server nonces), and a client_id that
    is the https URL of a client-metadata JSON document (or, for development only, a loopback
    client ``http://localhost?redirect_uri=...``). The authorization server is found from the
    account: handle → DID → DID document → PDS → ``/.well-known/oauth-protected-resource`` →
    issuer metadata. It would plug in here as a second session kind: instead of the Bearer access
    JWT, every request carries ``Authorization: DPoP <token>`` plus a fresh ``DPoP`` proof JWT
    (signed per request with the session's ES256 key, which must be kept in the keyring with the
    tokens), and ``_refresh`` would use the token endpoint's refresh grant (also DPoP-bound)
    instead of refreshSession (HttpClient would need a per-request header hook for the DPoP
    proof and the ``use_dpop_nonce`` retry). :func:`discover_oauth` does the discovery half and
    tells whether a server offers the profile: the dev-env PDS used by the tests does (issuer
    ``http://localhost:<port>``, PAR required, S256, DPoP ES256; checked by a test), but signing
    in there goes through its browser UI, which a test would have to drive. App passwords remain
    fully supported by Bluesky and are what this connector uses.

What the API does not allow (see also the module's tests)
    * Direct messages are not part of the PDS/AppView API: they live in a separate service
      (``chat.bsky.*``, reached through the PDS with the ``atproto-proxy`` header to
      ``did:web:api.bsky.chat#bsky_chat``); the PDS treats every chat method as privileged, so
      they need an app password created with DM access; and the reference dev-env network has
      no chat service to test against. This connector ingests no DMs.
    * Notifications can only be listed newest-first, ordered by ``min(indexedAt, createdAt)``:
      a post whose author's clock is far behind can be listed below items we have already passed.
      The cursor therefore rereads an overlap window (default 30 min) and skips what it saw.
    * There is no server-side idempotency key. Exactly-once sending uses a record key derived
      from the idempotency key (see :func:`tid_for_key`): a repeated createRecord with the same
      key fails (the reference PDS answers 500, not a clear conflict) instead of duplicating, and
      :meth:`find_sent` reads the record back with getRecord. Sending checks find_sent first.
      The derived TID's timestamp is not the posting time (it lies in 2023), which only shows
      in listRecords order; feeds and threads sort by createdAt/indexedAt.
    * Posts are limited to 300 graphemes (and 3000 UTF-8 bytes); edits do not exist (delete and
      post again).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import regex
import requests

from accounts.base import (
    Amplifier,
    AmplifyTarget,
    AuthExpired,
    CatchUp,
    Connector,
    ConnectorError,
    FetchResult,
    Image,
    InboundItem,
    ItemKind,
    PermanentError,
    PostMetrics,
    Profile,
    RemoteAuthor,
    ReplyTarget,
    SendResult,
    TransientError,
    estimate_total,
)
from accounts.http import DEFAULT_TIMEOUT, HttpClient, RateControl, RetryPolicy, parse_time
from accounts.payload import Rejections, excerpt, guard
from accounts.tokens import TokenSet

log = logging.getLogger(__name__)

NETWORK = "bluesky"
POST_COLLECTION = "app.bsky.feed.post"
REPOST_COLLECTION = "app.bsky.feed.repost"
MAX_GRAPHEMES = 300
MAX_BYTES = 3000
#: app.bsky.embed.images: at most 4 images of at most 1,000,000 bytes each
MAX_IMAGES = 4
MAX_IMAGE_BYTES = 1_000_000
#: the notification reasons that belong in a brand's inbox
INBOX_REASONS = ("mention", "reply", "quote")
#: XRPC error names that mean "this access token is no good" (sent with status 400)
_TOKEN_ERRORS = {"ExpiredToken", "InvalidToken"}
_MAX_SEEN = 2000


# --------------------------------------------------------------------------- session


@dataclass(frozen=True, slots=True)
class BlueskySession:
    """A signed-in session: the account, its PDS and the two JWTs (secrets, hidden from repr)."""

    did: str
    handle: str
    service: str
    access_jwt: str = field(repr=False)
    refresh_jwt: str = field(repr=False)

    def to_dict(self) -> dict[str, str]:
        """For the OS keyring, never for the database or a log."""
        return {
            "did": self.did,
            "handle": self.handle,
            "service": self.service,
            "accessJwt": self.access_jwt,
            "refreshJwt": self.refresh_jwt,
        }

    def to_token_set(self) -> TokenSet:
        """The secret half, in the shape accounts.token_store keeps in the keyring.

        The DID, handle and PDS URL are not secret: they belong with the account's row.
        """
        exp = _jwt_expiry(self.access_jwt)
        return TokenSet(
            access_token=self.access_jwt,
            refresh_token=self.refresh_jwt,
            expires_at=exp.timestamp() if exp else None,
            scope=tuple(str(_jwt_claims(self.access_jwt).get("scope") or "").split()),
            obtained_at=time.time(),
        )

    @classmethod
    def from_token_set(
        cls, tokens: TokenSet, *, did: str, handle: str, service: str
    ) -> BlueskySession:
        if not tokens.refresh_token:
            raise AuthExpired("bluesky: the stored session has no refresh token; reconnect")
        return cls(
            did=did,
            handle=handle,
            service=service.rstrip("/"),
            access_jwt=tokens.access_token,
            refresh_jwt=tokens.refresh_token,
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, str]) -> BlueskySession:
        try:
            return cls(
                did=data["did"],
                handle=data.get("handle", ""),
                service=data["service"],
                access_jwt=data["accessJwt"],
                refresh_jwt=data["refreshJwt"],
            )
        except (KeyError, TypeError):
            raise AuthExpired(
                "bluesky: the stored session is incomplete; the account needs reconnecting"
            ) from None


def _jwt_claims(token: str) -> dict[str, Any]:
    """A JWT's payload, read without verifying (only to refresh early and to label scope)."""
    try:
        payload = token.split(".")[1]
        payload += "=" * (-len(payload) % 4)
        claims = json.loads(base64.urlsafe_b64decode(payload))
        return claims if isinstance(claims, dict) else {}
    except (IndexError, ValueError, TypeError):
        return {}


def _jwt_expiry(token: str) -> datetime | None:
    exp = _jwt_claims(token).get("exp")
    try:
        return datetime.fromtimestamp(float(exp), UTC) if exp is not None else None
    except (TypeError, ValueError, OverflowError):
        return None


# --------------------------------------------------------------------------- text


_GRAPHEME = regex.compile(r"\X")


def grapheme_count(text: str) -> int:
    """What a person sees as characters: Bluesky's 300 limit counts these, not code points."""
    return len(_GRAPHEME.findall(text))


def _byte_offset(text: str, index: int) -> int:
    """Facet offsets are UTF-8 byte offsets, as the richtext spec requires."""
    return len(text[:index].encode("utf-8"))


_MENTION_RE = re.compile(
    r"(?<![\w@/.])@((?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+"
    r"[a-zA-Z](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)"
)
_URL_RE = re.compile(r"(?<![\w/])https?://[^\s<>\"]+", re.IGNORECASE)
_TRAILING = ".,;:!?'\""


def _trim_url(url: str) -> str:
    """Drop trailing punctuation a sentence adds, and a closing paren the URL didn't open."""
    while url:
        if url[-1] in _TRAILING:
            url = url[:-1]
        elif url.endswith(")") and url.count(")") > url.count("("):
            url = url[:-1]
        else:
            break
    return url


@dataclass(frozen=True, slots=True)
class _Span:
    start: int  # code-point index
    end: int
    kind: str  # "mention" | "link"
    value: str  # handle or URL


def find_spans(text: str) -> list[_Span]:
    """Mentions and links in the text, by code-point index, non-overlapping, in order."""
    spans: list[_Span] = []
    for m in _URL_RE.finditer(text):
        url = _trim_url(m.group(0))
        if "." in url.split("://", 1)[1]:
            spans.append(_Span(m.start(), m.start() + len(url), "link", url))
    for m in _MENTION_RE.finditer(text):
        s, e = m.start(), m.end()
        if any(sp.start < e and s < sp.end for sp in spans):
            continue
        spans.append(_Span(s, e, "mention", m.group(1).lower()))
    spans.sort(key=lambda sp: sp.start)
    return spans


def build_facets(text: str, resolve: Callable[[str], str | None]) -> list[dict[str, Any]]:
    """Richtext facets for mentions (handle → DID via ``resolve``) and links.

    A handle that does not resolve stays plain text, as the official app does, rather than
    failing the post.
    """
    facets: list[dict[str, Any]] = []
    for sp in find_spans(text):
        if sp.kind == "mention":
            did = resolve(sp.value)
            if not did:
                continue
            feature: dict[str, str] = {"$type": "app.bsky.richtext.facet#mention", "did": did}
        else:
            feature = {"$type": "app.bsky.richtext.facet#link", "uri": sp.value}
        facets.append(
            {
                "index": {
                    "byteStart": _byte_offset(text, sp.start),
                    "byteEnd": _byte_offset(text, sp.end),
                },
                "features": [feature],
            }
        )
    return facets


# --------------------------------------------------------------------------- record keys

_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
#: deterministic TIDs carry a timestamp inside 2023 (µs since epoch): in the past, so they
#: never sort above real new records in listRecords, and valid for the post lexicon's "tid" key
_TID_WINDOW_START = 1_672_531_200_000_000
_TID_WINDOW_SPAN = 365 * 24 * 3600 * 1_000_000
_TID_RE = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")


def tid_for_key(idempotency_key: str) -> str:
    """A valid TID record key derived from the idempotency key, the same on every retry.

    app.bsky.feed.post declares ``"key": "tid"``, so the PDS rejects any other rkey. A TID is
    a 64-bit number (top bit 0, 53 bits of microseconds, 10 bits of clock id) written in
    base32-sortable; here both parts come from a hash of the key, so a retry after a crash
    addresses the same record: createRecord then fails instead of posting twice, and
    getRecord finds what the first attempt wrote.
    """
    digest = hashlib.sha256(f"social-console/{idempotency_key}".encode()).digest()
    h = int.from_bytes(digest[:8], "big")
    micros = _TID_WINDOW_START + (h >> 10) % _TID_WINDOW_SPAN
    n = (micros << 10) | (h & 0x3FF)
    chars = []
    for _ in range(13):
        chars.append(_TID_ALPHABET[n & 31])
        n >>= 5
    return "".join(reversed(chars))


def parse_at_uri(uri: str) -> tuple[str, str, str]:
    """``at://did/collection/rkey`` → its three parts; PermanentError for anything else."""
    if not isinstance(uri, str) or not uri.startswith("at://"):
        raise PermanentError(f"bluesky: not a record address: {uri[:100]!r}")
    parts = uri[5:].split("/")
    if len(parts) != 3 or not all(parts):
        raise PermanentError(f"bluesky: not a record address: {uri[:100]!r}")
    return parts[0], parts[1], parts[2]


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# --------------------------------------------------------------------------- cursor


@dataclass
class _CursorState:
    """What fetch_inbound remembers between calls (serialised as the opaque cursor).

    listNotifications pages newest-first, so "everything since last time" means: page back from
    the newest until reaching what was already swept. ``hw`` is the newest timestamp of the last
    completed sweep; a sweep stops at ``hw - overlap`` and skips the notifications in ``seen``
    (short hashes of URIs, with their timestamps, kept for the overlap window), which catches
    items listed late below the mark without delivering anything twice. ``page``/``top`` hold a
    sweep that spans several calls (FetchResult.more), so a crash mid-sweep resumes there.
    """

    hw: str | None = None
    seen: dict[str, str] = field(default_factory=dict)
    page: str | None = None
    top: str | None = None
    floor: str | None = None
    #: when the last sweep down to the horizon (the late-item sweep) finished
    deep: str | None = None
    #: the first sync's floor (connection time minus the backfill): what lies below it was
    #: there before the account was connected and is not the inbox's, unless it came late
    origin: str | None = None
    #: when the last history sweep (below the horizon, down to ``origin``) finished
    hist: str | None = None
    #: the sweep in progress: when it began, items read, the oldest time reached
    start: str | None = None
    n: int = 0
    old: str | None = None

    def encode(self) -> str:
        body: dict[str, Any] = {"v": 1, "hw": self.hw, "seen": self.seen, "deep": self.deep}
        if self.origin is not None:
            body.update(origin=self.origin, hist=self.hist)
        if self.page is not None:
            body.update(
                page=self.page,
                top=self.top,
                floor=self.floor,
                start=self.start,
                n=self.n,
                old=self.old,
            )
        return json.dumps(body, separators=(",", ":"), sort_keys=True)

    @classmethod
    def decode(cls, cursor: str | None) -> _CursorState:
        if not cursor:
            return cls()
        try:
            body = json.loads(cursor)
            if not isinstance(body, dict) or body.get("v") != 1:
                raise ValueError("unknown cursor version")
            seen = body.get("seen") or {}
            if not isinstance(seen, dict):
                raise ValueError("bad seen set")
            return cls(
                hw=body.get("hw"),
                seen={str(k): str(v) for k, v in seen.items()},
                page=body.get("page"),
                top=body.get("top"),
                floor=body.get("floor"),
                deep=body.get("deep"),
                origin=body.get("origin"),
                hist=body.get("hist"),
                start=body.get("start"),
                n=int(body.get("n") or 0),
                old=body.get("old"),
            )
        except (ValueError, TypeError) as exc:
            raise PermanentError(f"bluesky: the stored sync cursor is unreadable ({exc})") from None


def _seen_key(uri: str) -> str:
    return hashlib.sha256(uri.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _iso(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


# --------------------------------------------------------------------------- normalising


class _Malformed(ValueError):
    """An item that cannot be understood; the message is the reason shown to a person."""


def _str(obj: Mapping[str, Any], key: str, what: str) -> str:
    val = obj.get(key)
    if not isinstance(val, str) or not val:
        raise _Malformed(f"{what} has no {key}")
    return val


def _strong_ref(obj: object, what: str) -> tuple[str, str]:
    if not isinstance(obj, dict):
        raise _Malformed(f"{what} is not a record reference")
    uri, cid = obj.get("uri"), obj.get("cid")
    if (
        not isinstance(uri, str)
        or not uri.startswith("at://")
        or not isinstance(cid, str)
        or not cid
    ):
        raise _Malformed(f"{what} lacks a uri and cid")
    return uri, cid


def _excerpt(obj: object) -> str:
    return excerpt(obj)


# --------------------------------------------------------------------------- connector


class BlueskyConnector(Connector, Amplifier):
    """One brand account on Bluesky (or any AT Protocol PDS with a Bluesky AppView behind it).

    Give either ``session`` (tokens exported earlier, from the keyring) or ``identifier`` and
    ``app_password`` (or both: the password is then the fallback when the refresh token dies).
    All calls go to the account's PDS, which proxies app.bsky.* to the AppView.
    """

    network = NETWORK
    #: uploads images with posts and replies (see publish_post / send_reply)
    supports_media = True
    max_text_length = MAX_GRAPHEMES

    def __init__(
        self,
        service: str,
        *,
        identifier: str | None = None,
        app_password: str | None = None,
        session: BlueskySession | Mapping[str, str] | None = None,
        oauth: Any = None,
        on_session: Callable[[dict[str, str]], None] | None = None,
        reload_session: Callable[[], BlueskySession | None] | None = None,
        refresh_lock: Callable[[str], Any] | None = None,
        overlap: timedelta = timedelta(minutes=30),
        backfill: timedelta = timedelta(days=7),
        late_sweep: timedelta = timedelta(minutes=15),
        history: timedelta = timedelta(days=30),
        history_sweep: timedelta = timedelta(hours=6),
        web_url: str = "https://bsky.app",
        rate_control: RateControl | None = None,
        retry: RetryPolicy | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        http_session: requests.Session | None = None,
    ) -> None:
        self._identifier = identifier
        self._password = app_password
        self._session: BlueskySession | None = (
            session
            if isinstance(session, BlueskySession) or session is None
            else BlueskySession.from_dict(session)
        )
        #: the keyring's copy of the session and the lock around renewals: another process
        #: (the app and the worker) may have rotated the refresh JWT already
        self._reload_session = reload_session
        self._refresh_lock = refresh_lock
        #: AT Protocol OAuth (accounts.atproto_oauth.AtprotoOAuthTokens): DPoP-bound tokens
        #: instead of an app-password session
        self._oauth = oauth
        if oauth is not None:
            o = oauth.session
            self._session = BlueskySession(
                did=o.did, handle=o.handle, service=o.pds, access_jwt="", refresh_jwt=""
            )
        if self._session is None and not (identifier and app_password):
            raise ValueError(
                "BlueskyConnector needs a stored session or an identifier and app password"
            )
        self._on_session = on_session
        self.overlap = overlap
        self.backfill = backfill
        self.late_sweep = late_sweep
        #: how far below the horizon the history sweep reads (an item backdated by more than
        #: this beyond its indexing is listed where no sweep goes), and how often it runs
        self.history = history
        self.history_sweep = history_sweep
        self.web_url = web_url.rstrip("/")
        self._lock = threading.Lock()
        self._sent = threading.local()
        self._handles: dict[str, str | None] = {}
        base = self._session.service if self._session else service
        self._http = HttpClient(
            base,
            network=NETWORK,
            token=self._access_token,
            refresh=self._refresh,
            rate_control=rate_control,
            retry=retry,
            timeout=timeout,
            session=http_session,
            error_hook=_xrpc_error,
            auth_headers=oauth.headers if oauth is not None else None,
            again=oauth.retry if oauth is not None else None,
        )

    def __repr__(self) -> str:
        who = self._session.handle if self._session else self._identifier
        return f"BlueskyConnector({who!r} at {self._http.base_url})"

    # ------------------------------------------------------------------ session handling

    @property
    def did(self) -> str:
        return self._ensure_session().did

    def export_session(self) -> dict[str, str]:
        """The current tokens, for the OS keyring; signs in first if there is no session yet."""
        return self._ensure_session().to_dict()

    def sign_in(self) -> Profile:
        """createSession with the app password (again, if a session exists) and return who we are."""
        if not (self._identifier and self._password):
            raise AuthExpired(
                "bluesky: no app password to sign in with; the account needs reconnecting"
            )
        with self._lock:
            self._create_session()
        return self.profile()

    def _ensure_session(self) -> BlueskySession:
        if self._session is None:
            with self._lock:
                if self._session is None:
                    self._create_session()
        assert self._session is not None
        return self._session

    def _access_token(self) -> str | None:
        sess = self._ensure_session()
        exp = _jwt_expiry(sess.access_jwt)
        if exp is not None and exp - timedelta(seconds=60) <= datetime.now(UTC):
            # treated as expired a minute early: one refresh now instead of a failed call
            self._sent.token = sess.access_jwt
            self._refresh()
            sess = self._ensure_session()
        self._sent.token = sess.access_jwt
        return sess.access_jwt

    def _set_session(self, data: Mapping[str, Any], service: str | None = None) -> None:
        try:
            did = data["did"]
            access, refresh = data["accessJwt"], data["refreshJwt"]
            if not all(isinstance(v, str) and v for v in (did, access, refresh)):
                raise KeyError
        except (KeyError, TypeError):
            raise AuthExpired("bluesky: the server's session reply was incomplete") from None
        pds = _pds_endpoint(data.get("didDoc")) or service or self._http.base_url
        self._session = BlueskySession(
            did=did,
            handle=str(data.get("handle") or ""),
            service=pds.rstrip("/"),
            access_jwt=access,
            refresh_jwt=refresh,
        )
        self._http.base_url = self._session.service
        if self._on_session is not None:
            self._on_session(self._session.to_dict())

    def _create_session(self) -> None:
        """Caller holds self._lock."""
        if not (self._identifier and self._password):
            raise AuthExpired("bluesky: the session has expired and no app password is available")
        try:
            data = self._http.post(
                "/xrpc/com.atproto.server.createSession",
                json_body={"identifier": self._identifier, "password": self._password},
                authenticated=False,
            )
        except (AuthExpired, PermanentError) as exc:
            if exc.status in (400, 401):
                raise AuthExpired(
                    f"bluesky: sign-in as {self._identifier} was refused ({exc.code or exc.status}); "
                    "check the app password"
                ) from None
            raise
        if not isinstance(data, dict):
            raise AuthExpired("bluesky: the server's sign-in reply was not understood")
        if data.get("active") is False:
            raise AuthExpired(
                f"bluesky: the account is not active ({data.get('status') or 'deactivated'})"
            )
        self._set_session(data)

    def _refresh(self) -> bool:
        """Called by HttpClient on an auth failure: refreshSession once, merged across threads."""
        if self._oauth is not None:
            return bool(self._oauth.refresh())
        failed = getattr(self._sent, "token", None)
        with self._lock:
            if self._refresh_lock is None or self._session is None:
                return self._refresh_locked(failed)
            with self._refresh_lock(self._session.did):
                if self._reload_session is not None:
                    stored = self._reload_session()
                    if stored is not None and stored.access_jwt not in (
                        failed,
                        self._session.access_jwt,
                    ):
                        self._session = stored  # rotated by another process meanwhile
                        return True
                return self._refresh_locked(failed)

    def _refresh_locked(self, failed: str | None) -> bool:
        """refreshSession; the caller holds the locks."""
        sess = self._session
        if sess is None:
            self._create_session()
            return True
        if failed is not None and sess.access_jwt != failed:
            return True  # another thread refreshed while we waited
        try:
            data = self._http.post(
                "/xrpc/com.atproto.server.refreshSession",
                headers={"Authorization": f"Bearer {sess.refresh_jwt}"},
                authenticated=False,
            )
        except (AuthExpired, PermanentError) as exc:
            log.info("bluesky: session refresh refused (%s)", exc.code or exc.status)
            if self._identifier and self._password:
                self._create_session()
                return True
            return False
        if not isinstance(data, dict):
            return False
        self._set_session(data, service=sess.service)
        return True

    # ------------------------------------------------------------------ reading

    def profile(self) -> Profile:
        sess = self._ensure_session()
        data = self._http.get("/xrpc/app.bsky.actor.getProfile", params={"actor": sess.did})
        if not isinstance(data, dict):
            raise PermanentError("bluesky: the profile reply was not understood")
        return Profile(
            remote_id=str(data.get("did") or sess.did),
            handle=str(data.get("handle") or sess.handle),
            display_name=str(data.get("displayName") or ""),
        )

    def fetch_inbound(self, cursor: str | None, limit: int = 100) -> FetchResult:
        """One page of new mentions, replies and quotes; call again while ``more`` is True.

        listNotifications is the network's only order, and it sorts by
        ``min(indexedAt, createdAt)``: a post whose author's clock is behind, or that was
        indexed late, is listed *below* notifications already swept. So two kinds of sweep:

        * the regular sweep pages back to the last sweep's newest time minus ``overlap``;
        * every ``late_sweep`` a sweep goes down to the horizon (``backfill``, 7 days by
          default) and delivers whatever it has not seen: a late item is picked up within
          that interval. What it delivers twice costs nothing: ingest deduplicates on the
          post's URI.
        * an item whose ``createdAt`` lies beyond the horizon when it is indexed (a backdated
          post, an author's clock days behind) is listed below every sweep so far. The AppView
          offers no order by indexing time (``seenAt`` is refused, ``isRead`` compares the same
          sort time), so every ``history_sweep`` a history sweep reads below the horizon, down
          to the first sync's floor (``origin``: older items were there before the account
          was connected and were left out on purpose) but no further than ``history``.

        A first sync is such a sweep to the horizon (the backfill), with its progress in
        ``catching_up``; an empty first sync still leaves a cursor (its start time), so the
        next burst is not taken for a first connection.
        """
        st = _CursorState.decode(cursor)
        now = datetime.now(UTC)
        if st.page is None or st.floor is None:
            st.page = None
            st.top = None
            st.n = 0
            st.old = None
            st.start = _iso(now)
            deep_due = st.deep is None or now - parse_time(st.deep) >= self.late_sweep
            hist_due = st.origin is not None and (
                st.hist is None or now - parse_time(st.hist) >= self.history_sweep
            )
            if st.hw is not None and not deep_due:
                floor = parse_time(st.hw) - self.overlap
            elif st.hw is not None and st.origin is not None and hist_due:
                floor = min(now - self.backfill, max(parse_time(st.origin), now - self.history))
            else:
                floor = now - self.backfill
            st.floor = _iso(floor)
        floor = parse_time(st.floor)
        params: list[tuple[str, Any]] = [("limit", max(1, min(100, limit)))]
        params += [("reasons", r) for r in INBOX_REASONS]
        if st.page is not None:
            params.append(("cursor", st.page))
        data = self._http.get("/xrpc/app.bsky.notification.listNotifications", params=params)
        if not isinstance(data, dict) or not isinstance(data.get("notifications"), list):
            raise PermanentError("bluesky: the notifications reply was not understood")
        notifs: list[Any] = data["notifications"]
        raw_cursor = data.get("cursor")
        next_page = raw_cursor if isinstance(raw_cursor, str) and len(raw_cursor) < 500 else None

        items: list[InboundItem] = []
        rejections = Rejections(NETWORK)
        reached_floor = False
        top = parse_time(st.top) if st.top else None
        oldest = parse_time(st.old) if st.old else None
        # only what the next regular sweep rereads needs remembering; below that, a deep
        # sweep's repeats are dropped by ingest's deduplication
        keep_from = (parse_time(st.hw) if st.hw else now) - self.overlap
        for raw in notifs:
            uri = raw.get("uri") if isinstance(raw, dict) else None
            # an item without a uri is remembered by its content, so it is set aside once
            key = _seen_key(uri if isinstance(uri, str) else excerpt(raw))
            try:
                when = parse_time(raw.get("indexedAt")) if isinstance(raw, dict) else None
            except (ValueError, TypeError, OverflowError):
                when = None
            if when is not None:
                if when < floor:
                    # the list is in order, so the sweep ends with this page; an item out of
                    # order (a malformed time) must not hide the good ones after it
                    reached_floor = True
                    continue
                top = when if top is None or when > top else top
                oldest = when if oldest is None or when < oldest else oldest
            if key in st.seen:
                continue
            st.n += 1
            item = guard(rejections, raw, self._inbox_item, raw, when)
            if item is not None:
                items.append(item)
            if when is None or when >= keep_from:
                st.seen[key] = _iso(when or now)

        done = reached_floor or not next_page or not notifs
        progress: CatchUp | None = None
        if done:
            if top is not None and (st.hw is None or top > parse_time(st.hw)):
                st.hw = _iso(top)
            elif st.hw is None:
                # nothing there at all: the sweep's start is where the next one stops
                st.hw = st.start
            started = parse_time(st.start) if st.start else now
            if floor <= started - self.backfill + timedelta(seconds=1) or st.deep is None:
                st.deep = st.start
            if st.origin is None and floor <= started - self.backfill + timedelta(seconds=1):
                st.origin = _iso(floor)  # the first sweep to the horizon: where history begins
                st.hist = st.start
            elif floor < started - self.backfill - timedelta(seconds=1):
                st.hist = st.start
            if st.n and st.page is not None:
                progress = CatchUp(st.n, st.n)
            st.page = st.top = st.floor = st.start = st.old = None
            st.n = 0
            self._prune(st)
        else:
            st.page = next_page
            st.top = _iso(top) if top is not None else None
            st.old = _iso(oldest) if oldest is not None else None
            start = parse_time(st.start) if st.start else now
            progress = CatchUp(st.n, estimate_total(st.n, start, floor, oldest))
        return FetchResult(
            items=items,
            cursor=st.encode(),
            rejected=rejections.result(),
            more=not done,
            catching_up=progress,
        )

    def _inbox_item(self, raw: object, when: datetime | None) -> InboundItem | None:
        if not isinstance(raw, dict):
            raise _Malformed("item is not an object")
        if when is None:
            raise _Malformed("notification has no valid indexedAt")
        if raw.get("reason") not in INBOX_REASONS:
            return None  # not for the inbox (the server ignored the reasons filter)
        return self._notification_item(raw)

    def _prune(self, st: _CursorState) -> None:
        if st.hw is None:
            return
        keep_from = _iso(parse_time(st.hw) - self.overlap)
        kept = sorted(((v, k) for k, v in st.seen.items() if v >= keep_from), reverse=True)
        st.seen = {k: v for v, k in kept[:_MAX_SEEN]}

    def _notification_item(self, raw: Mapping[str, Any]) -> InboundItem:
        item = self._post_item(raw, kind=None)
        reason = raw.get("reason")
        refs = dict(item.refs)
        refs["reason"] = str(reason)
        subject = raw.get("reasonSubject")
        if isinstance(subject, str):
            refs["reason_subject"] = subject
        if reason == "reply" or item.parent_remote_id is not None:
            kind = ItemKind.REPLY
        else:
            kind = ItemKind.MENTION
        return InboundItem(
            remote_id=item.remote_id,
            kind=kind,
            author=item.author,
            text=item.text,
            created_at=item.created_at,
            thread_key=item.thread_key,
            parent_remote_id=item.parent_remote_id,
            url=item.url,
            language=item.language,
            refs=refs,
        )

    def _post_item(self, raw: Mapping[str, Any], kind: ItemKind | None) -> InboundItem:
        """A post (from a notification or a thread view) as an InboundItem, or _Malformed."""
        if not isinstance(raw, Mapping):
            raise _Malformed("item is not an object")
        uri = _str(raw, "uri", "post")
        if not uri.startswith("at://"):
            raise _Malformed("post uri is not an at:// address")
        cid = _str(raw, "cid", "post")
        author = raw.get("author")
        if not isinstance(author, dict):
            raise _Malformed("post has no author")
        did = _str(author, "did", "author")
        if not did.startswith("did:"):
            raise _Malformed("author did is not a DID")
        handle = author.get("handle") if isinstance(author.get("handle"), str) else did
        record = raw.get("record")
        if not isinstance(record, dict):
            raise _Malformed("post has no record")
        if record.get("$type", POST_COLLECTION) != POST_COLLECTION:
            raise _Malformed(f"record is a {str(record.get('$type'))[:60]}, not a post")
        text = record.get("text")
        if not isinstance(text, str):
            raise _Malformed("post has no text")
        try:
            created = parse_time(record.get("createdAt"))
        except ValueError:
            try:
                created = parse_time(raw.get("indexedAt"))
            except ValueError:
                raise _Malformed("post has no valid createdAt") from None
        refs = {"uri": uri, "cid": cid}
        reply = record.get("reply")
        parent_uri: str | None = None
        if reply is not None:
            if not isinstance(reply, dict):
                raise _Malformed("post reply is not an object")
            root_uri, root_cid = _strong_ref(reply.get("root"), "reply root")
            parent_uri, parent_cid = _strong_ref(reply.get("parent"), "reply parent")
            refs.update(
                root_uri=root_uri, root_cid=root_cid, parent_uri=parent_uri, parent_cid=parent_cid
            )
        else:
            refs.update(root_uri=uri, root_cid=cid)
        langs = record.get("langs")
        language = (
            langs[0] if isinstance(langs, list) and langs and isinstance(langs[0], str) else None
        )
        display = author.get("displayName")
        followers = author.get("followersCount")
        avatar = author.get("avatar")  # app.bsky.actor.defs#profileViewBasic: a CDN address
        return InboundItem(
            remote_id=uri,
            kind=kind or (ItemKind.REPLY if parent_uri else ItemKind.POST),
            author=RemoteAuthor(
                remote_id=did,
                handle=handle,
                display_name=display if isinstance(display, str) else "",
                followers=followers if isinstance(followers, int) else None,
                avatar_url=avatar if isinstance(avatar, str) else None,
            ),
            text=text,
            created_at=created,
            thread_key=refs["root_uri"],
            parent_remote_id=parent_uri,
            url=self._web_url(uri, handle),
            language=language,
            refs=refs,
        )

    def _web_url(self, uri: str, handle: str) -> str | None:
        try:
            _did, collection, rkey = parse_at_uri(uri)
        except PermanentError:
            return None
        if collection != POST_COLLECTION:
            return None
        who = handle if handle and handle != "handle.invalid" else _did
        return f"{self.web_url}/profile/{quote(who)}/post/{quote(rkey)}"

    def fetch_thread(self, thread_key: str) -> Sequence[InboundItem]:
        """The whole public thread under the root post ``thread_key``, oldest first."""
        try:
            data = self._http.get(
                "/xrpc/app.bsky.feed.getPostThread",
                params={"uri": thread_key, "depth": 1000, "parentHeight": 0},
            )
        except PermanentError as exc:
            if exc.code == "NotFound":
                return []
            raise
        if not isinstance(data, dict):
            raise PermanentError("bluesky: the thread reply was not understood")
        items: list[InboundItem] = []
        for node in _walk_thread(data.get("thread")):
            try:
                items.append(self._post_item(node, kind=None))
            except _Malformed as exc:
                log.warning("bluesky: thread post set aside: %s", exc)
        items.sort(key=lambda it: it.created_at)
        return items

    def fetch_context(self, item: InboundItem) -> Sequence[InboundItem]:
        """The posts above ``item`` (root first), from ``app.bsky.feed.getPostThread`` with
        ``depth=0`` and the parents up to the root; blocked or deleted ones are left out."""
        try:
            data = self._http.get(
                "/xrpc/app.bsky.feed.getPostThread",
                params={"uri": item.remote_id, "depth": 0, "parentHeight": 80},
            )
        except PermanentError as exc:
            if exc.code == "NotFound":
                return []
            raise
        node = data.get("thread") if isinstance(data, dict) else None
        chain: list[InboundItem] = []
        me = self._session.did if self._session else None
        depth = 0
        node = node.get("parent") if isinstance(node, dict) else None
        while isinstance(node, dict) and depth < 100:
            depth += 1
            post = node.get("post")
            if isinstance(post, dict):
                try:
                    ctx = self._post_item(post, kind=None)
                except Exception as exc:  # noqa: BLE001 - context is a courtesy
                    log.info("bluesky: a context post was left out: %s", exc)
                else:
                    refs = dict(ctx.refs)
                    if me is not None and ctx.author.remote_id == me:
                        refs["by_brand"] = "1"
                    chain.append(
                        InboundItem(
                            remote_id=ctx.remote_id,
                            kind=ctx.kind,
                            author=ctx.author,
                            text=ctx.text,
                            created_at=ctx.created_at,
                            thread_key=item.thread_key,
                            parent_remote_id=ctx.parent_remote_id,
                            url=ctx.url,
                            language=ctx.language,
                            refs=refs,
                        )
                    )
            node = node.get("parent")
        chain.reverse()
        return chain

    # ------------------------------------------------------------------ writing

    def text_length(self, text: str) -> int:
        return grapheme_count(text)

    def check_text(self, text: str) -> None:
        """PermanentError, in words, if the network would refuse this text."""
        if not text.strip():
            raise PermanentError("bluesky: a post needs some text")
        n = grapheme_count(text)
        if n > MAX_GRAPHEMES:
            raise PermanentError(
                f"bluesky: the text is {n} characters long; the limit is {MAX_GRAPHEMES}"
            )
        size = len(text.encode("utf-8"))
        if size > MAX_BYTES:
            raise PermanentError(
                f"bluesky: the text is {size} bytes long; the limit is {MAX_BYTES}"
            )

    def resolve_handle(self, handle: str) -> str | None:
        """Handle → DID, or None if it does not resolve (cached for this connector's life)."""
        handle = handle.lower()
        if handle not in self._handles:
            try:
                data = self._http.get(
                    "/xrpc/com.atproto.identity.resolveHandle", params={"handle": handle}
                )
                did = data.get("did") if isinstance(data, dict) else None
                self._handles[handle] = (
                    did if isinstance(did, str) and did.startswith("did:") else None
                )
            except PermanentError:
                self._handles[handle] = None
        return self._handles[handle]

    def publish_post(
        self, text: str, idempotency_key: str, *, images: Sequence[Image] = ()
    ) -> SendResult:
        """A post, with up to four images: each goes up with ``com.atproto.repo.uploadBlob``
        and the post embeds them (``app.bsky.embed.images``, each with its alt text)."""
        embed = self._images_embed(images) if images else None
        return self._create_post(text, idempotency_key, reply=None, embed=embed)

    def upload_image(self, image: Image) -> dict[str, Any]:
        """The blob reference of one uploaded image (the PDS keeps it once a record uses it)."""
        if len(image.data) > MAX_IMAGE_BYTES:
            raise PermanentError(
                f"bluesky: the image is {len(image.data):,} bytes; the limit is {MAX_IMAGE_BYTES:,}"
            )
        data = self._http.post(
            "/xrpc/com.atproto.repo.uploadBlob",
            data=image.data,
            headers={"Content-Type": image.mime_type},
        )
        blob = data.get("blob") if isinstance(data, dict) else None
        if not isinstance(blob, dict) or blob.get("$type") != "blob":
            raise PermanentError("bluesky: the server's reply to the upload has no blob")
        return blob

    def _images_embed(self, images: Sequence[Image]) -> dict[str, Any]:
        if len(images) > MAX_IMAGES:
            raise PermanentError(f"bluesky: a post takes at most {MAX_IMAGES} images")
        return {
            "$type": "app.bsky.embed.images",
            "images": [{"image": self.upload_image(img), "alt": img.alt} for img in images],
        }

    def send_reply(
        self,
        target: ReplyTarget,
        text: str,
        idempotency_key: str,
        *,
        images: Sequence[Image] = (),
    ) -> SendResult:
        """A reply naming its root and parent (strong refs), with images embedded as a post's."""
        parent_uri = target.refs.get("uri") or target.remote_id
        parent_cid = target.refs.get("cid")
        root_uri = target.refs.get("root_uri")
        root_cid = target.refs.get("root_cid")
        if not parent_cid or not root_uri or not root_cid:
            # refs missing (an item stored by an older version): ask the AppView
            view = self._get_post(parent_uri)
            parent_cid = view["cid"]
            record = view.get("record") if isinstance(view.get("record"), dict) else {}
            reply = record.get("reply") if isinstance(record, dict) else None
            try:
                root_uri, root_cid = (
                    _strong_ref(reply.get("root"), "reply root")
                    if isinstance(reply, dict)
                    else (parent_uri, parent_cid)
                )
            except _Malformed as exc:
                raise PermanentError(f"bluesky: cannot reply: {exc}") from None
        reply_ref = {
            "root": {"uri": root_uri, "cid": root_cid},
            "parent": {"uri": parent_uri, "cid": parent_cid},
        }
        embed = self._images_embed(images) if images else None
        return self._create_post(text, idempotency_key, reply=reply_ref, embed=embed)

    def _get_post(self, uri: str) -> dict[str, Any]:
        data = self._http.get("/xrpc/app.bsky.feed.getPosts", params=[("uris", uri)])
        posts = data.get("posts") if isinstance(data, dict) else None
        if not posts or not isinstance(posts[0], dict) or not isinstance(posts[0].get("cid"), str):
            raise PermanentError("bluesky: the post being answered no longer exists")
        return posts[0]

    def _create_post(
        self,
        text: str,
        idempotency_key: str,
        reply: dict[str, Any] | None,
        embed: dict[str, Any] | None = None,
    ) -> SendResult:
        self.check_text(text)
        sess = self._ensure_session()
        # a record under this key means an earlier attempt got through: report it, don't resend
        # (createRecord on an existing key fails with a 500 rather than a clear conflict)
        existing = self.find_sent(idempotency_key)
        if existing is not None:
            return existing
        rkey = tid_for_key(idempotency_key)
        record: dict[str, Any] = {"$type": POST_COLLECTION, "text": text, "createdAt": _now_iso()}
        facets = build_facets(text, self.resolve_handle)
        if facets:
            record["facets"] = facets
        if reply is not None:
            record["reply"] = reply
        if embed is not None:
            record["embed"] = embed
        try:
            data = self._http.post(
                "/xrpc/com.atproto.repo.createRecord",
                json_body={
                    "repo": sess.did,
                    "collection": POST_COLLECTION,
                    "rkey": rkey,
                    "validate": True,
                    "record": record,
                },
            )
        except (PermanentError, TransientError):
            # e.g. the reply was lost and HttpClient's resend hit the record the first one wrote
            existing = self.find_sent(idempotency_key)
            if existing is not None:
                return existing
            raise
        if not isinstance(data, dict) or not isinstance(data.get("uri"), str):
            raise PermanentError("bluesky: the server's reply to the post was not understood")
        return SendResult(
            remote_id=data["uri"],
            url=self._web_url(data["uri"], sess.handle),
            created_at=parse_time(record["createdAt"]),
        )

    def find_sent(self, idempotency_key: str) -> SendResult | None:
        sess = self._ensure_session()
        try:
            data = self._http.get(
                "/xrpc/com.atproto.repo.getRecord",
                params={
                    "repo": sess.did,
                    "collection": POST_COLLECTION,
                    "rkey": tid_for_key(idempotency_key),
                },
            )
        except PermanentError as exc:
            if exc.code == "RecordNotFound":
                return None
            raise
        if not isinstance(data, dict) or not isinstance(data.get("uri"), str):
            raise PermanentError("bluesky: the server's record reply was not understood")
        value = data.get("value") if isinstance(data.get("value"), dict) else {}
        try:
            created: datetime | None = parse_time(value.get("createdAt"))
        except ValueError:
            created = None
        return SendResult(
            remote_id=data["uri"], url=self._web_url(data["uri"], sess.handle), created_at=created
        )

    def delete(self, remote_id: str) -> None:
        """Delete one of the brand's own records; deleting what is already gone succeeds."""
        sess = self._ensure_session()
        did, collection, rkey = parse_at_uri(remote_id)
        if did != sess.did:
            raise PermanentError("bluesky: only the brand's own posts can be deleted")
        self._http.post(
            "/xrpc/com.atproto.repo.deleteRecord",
            json_body={"repo": sess.did, "collection": collection, "rkey": rkey},
        )

    # -------------------------------------------------- amplifying and metrics (issue 16)

    def _subject(self, target: AmplifyTarget) -> dict[str, str]:
        """The strong reference (uri and cid) a repost or quote needs; asked of the AppView
        when the stored message lacks the cid."""
        uri = target.refs.get("uri") or target.remote_id
        cid = target.refs.get("cid")
        if not cid:
            cid = self._get_post(uri)["cid"]
        return {"uri": uri, "cid": cid}

    def boost(self, target: AmplifyTarget, idempotency_key: str) -> SendResult:
        """An ``app.bsky.feed.repost`` record under a key-derived rkey: a retry finds the record
        the first attempt wrote instead of reposting twice."""
        sess = self._ensure_session()
        rkey = tid_for_key(idempotency_key)
        existing = self._get_own_record(REPOST_COLLECTION, rkey)
        if existing is not None:
            return existing
        record = {
            "$type": REPOST_COLLECTION,
            "subject": self._subject(target),
            "createdAt": _now_iso(),
        }
        try:
            data = self._http.post(
                "/xrpc/com.atproto.repo.createRecord",
                json_body={
                    "repo": sess.did,
                    "collection": REPOST_COLLECTION,
                    "rkey": rkey,
                    "validate": True,
                    "record": record,
                },
            )
        except (PermanentError, TransientError):
            existing = self._get_own_record(REPOST_COLLECTION, rkey)
            if existing is not None:
                return existing
            raise
        if not isinstance(data, dict) or not isinstance(data.get("uri"), str):
            raise PermanentError("bluesky: the server's reply to the repost was not understood")
        return SendResult(
            remote_id=data["uri"],
            url=target.url or self._web_url(record["subject"]["uri"], sess.handle),
            created_at=parse_time(record["createdAt"]),
        )

    def _get_own_record(self, collection: str, rkey: str) -> SendResult | None:
        sess = self._ensure_session()
        try:
            data = self._http.get(
                "/xrpc/com.atproto.repo.getRecord",
                params={"repo": sess.did, "collection": collection, "rkey": rkey},
            )
        except PermanentError as exc:
            if exc.code == "RecordNotFound":
                return None
            raise
        if not isinstance(data, dict) or not isinstance(data.get("uri"), str):
            raise PermanentError("bluesky: the server's record reply was not understood")
        return SendResult(remote_id=data["uri"], url=None)

    def quote(self, target: AmplifyTarget, text: str, idempotency_key: str) -> SendResult:
        """A post embedding the customer's (``app.bsky.embed.record``)."""
        embed = {"$type": "app.bsky.embed.record", "record": self._subject(target)}
        return self._create_post(text, idempotency_key, reply=None, embed=embed)

    metrics_batch = 25  # app.bsky.feed.getPosts takes at most 25 uris

    def post_metrics(self, remote_ids: Sequence[str]) -> list[PostMetrics]:
        """``app.bsky.feed.getPosts``: likeCount, repostCount, replyCount, quoteCount (the
        AppView gives no impressions)."""
        uris = list(remote_ids)[: self.metrics_batch]
        if not uris:
            return []
        data = self._http.get("/xrpc/app.bsky.feed.getPosts", params=[("uris", u) for u in uris])
        posts = data.get("posts") if isinstance(data, dict) else None
        if not isinstance(posts, list):
            raise PermanentError("bluesky: the getPosts reply was not understood")
        out: list[PostMetrics] = []
        for p in posts:
            if not isinstance(p, dict) or not isinstance(p.get("uri"), str):
                continue

            out.append(
                PostMetrics.read(
                    p["uri"],
                    p,
                    likes="likeCount",
                    reposts="repostCount",
                    replies="replyCount",
                    quotes="quoteCount",
                )
            )
        return out

    def close(self) -> None:
        self._http.close()


def _xrpc_error(resp: requests.Response) -> ConnectorError | None:
    """Typed errors from XRPC's ``{"error": Name, "message": ...}`` bodies.

    The PDS answers an expired or unverifiable access token with 400 ExpiredToken/InvalidToken
    (not 401), so those become AuthExpired, which HttpClient answers with one refresh. Other
    refusals keep the error name in ``code`` (RecordNotFound, NotFound, InvalidSwap...) so
    callers can tell "not there" from "refused". 429 and 5xx keep the default handling.
    """
    status = resp.status_code
    if status == 429 or status >= 500:
        return None
    try:
        body = resp.json()
    except (ValueError, RecursionError):
        body = None
    name = body.get("error") if isinstance(body, dict) else None
    name = name[:100] if isinstance(name, str) else None
    message = body.get("message") if isinstance(body, dict) else None
    words = message[:200] if isinstance(message, str) and message else (name or resp.reason or "")
    err: ConnectorError
    if status == 401 or name in _TOKEN_ERRORS:
        err = AuthExpired(f"{NETWORK}: the session was refused ({words}); it needs reconnecting")
    else:
        err = PermanentError(f"{NETWORK}: refused ({status}): {words}")
    err.status = status
    err.code = name
    return err


@dataclass(frozen=True, slots=True)
class OAuthServerInfo:
    """What a PDS's authorization server offers, for deciding between OAuth and an app password."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    par_endpoint: str
    revocation_endpoint: str | None
    #: PAR required, PKCE S256, DPoP with ES256: the atproto OAuth profile can be used
    atproto_profile: bool


def discover_oauth(pds: str, http: HttpClient | None = None) -> OAuthServerInfo | None:
    """Follow the PDS to its authorization server (RFC 9728 then RFC 8414 metadata).

    None when the server offers no OAuth (older or third-party PDSes): the console then signs
    in with an app password. This is the discovery half of atproto OAuth; the flow itself
    (PAR + PKCE + DPoP) is not implemented, see the module docstring.
    """
    client = http or HttpClient(pds, network=NETWORK)
    try:
        resource = client.get(
            f"{pds.rstrip('/')}/.well-known/oauth-protected-resource", authenticated=False
        )
        servers = resource.get("authorization_servers") if isinstance(resource, dict) else None
        if not isinstance(servers, list) or not servers or not isinstance(servers[0], str):
            return None
        issuer = servers[0].rstrip("/")
        meta = client.get(f"{issuer}/.well-known/oauth-authorization-server", authenticated=False)
    except PermanentError:
        return None
    finally:
        if http is None:
            client.close()
    if not isinstance(meta, dict) or meta.get("issuer", "").rstrip("/") != issuer:
        return None
    try:
        endpoints = {
            k: meta[k]
            for k in (
                "authorization_endpoint",
                "token_endpoint",
                "pushed_authorization_request_endpoint",
            )
        }
    except KeyError:
        return None
    profile = (
        meta.get("require_pushed_authorization_requests") is True
        and "S256" in (meta.get("code_challenge_methods_supported") or [])
        and "ES256" in (meta.get("dpop_signing_alg_values_supported") or [])
        and "atproto" in (meta.get("scopes_supported") or [])
    )
    return OAuthServerInfo(
        issuer=issuer,
        authorization_endpoint=endpoints["authorization_endpoint"],
        token_endpoint=endpoints["token_endpoint"],
        par_endpoint=endpoints["pushed_authorization_request_endpoint"],
        revocation_endpoint=meta.get("revocation_endpoint"),
        atproto_profile=profile,
    )


def _pds_endpoint(did_doc: object) -> str | None:
    """The PDS a DID document names (service id ``#atproto_pds``), where its repo lives."""
    if not isinstance(did_doc, dict):
        return None
    for svc in did_doc.get("service") or []:
        if (
            isinstance(svc, dict)
            and str(svc.get("id", "")).endswith("#atproto_pds")
            and isinstance(svc.get("serviceEndpoint"), str)
        ):
            return svc["serviceEndpoint"]
    return None


def _walk_thread(node: object, depth: int = 0) -> Iterator[Mapping[str, Any]]:
    """Post views of a threadViewPost tree; not-found and blocked posts are skipped."""
    if not isinstance(node, dict) or depth > 1000:
        return
    if (
        node.get("$type", "app.bsky.feed.defs#threadViewPost")
        != "app.bsky.feed.defs#threadViewPost"
    ):
        return
    post = node.get("post")
    if isinstance(post, dict):
        yield post
    for child in node.get("replies") or []:
        yield from _walk_thread(child, depth + 1)
