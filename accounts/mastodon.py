"""Mastodon (any instance) as a connector: mentions, replies and DMs in; replies and posts out.

API facts used here, from docs.joinmastodon.org (methods/notifications, statuses, apps,
conversations, streaming, instance; api/rate-limits):

- ``GET /api/v1/notifications``: ``types[]``, ``exclude_types[]``, ``max_id``, ``since_id``,
  ``min_id`` ("results immediately newer than this ID ... paginates forward"), ``limit``
  (default 40, max 80 since 4.1). Pages come newest first, with a ``Link`` header whose
  ``rel="prev"`` carries ``min_id`` = the newest id of the page.
- Direct messages are statuses with ``visibility: direct``; they reach exactly the accounts
  they mention, so every DM the brand can see arrives as a ``mention`` notification. We read
  DMs from the notifications (one cursor, no gaps) instead of ``/api/v1/conversations``, whose
  entries are re-sorted by their *last* status and so cannot serve as a gap-free cursor.
  Mastodon 4.3+ may file private mentions from strangers under notification *requests*
  (the account's notification policy); ``include_filtered=true`` asks for them too and is
  ignored by servers that do not know it.
- ``POST /api/v1/statuses`` honours ``Idempotency-Key``; keys are kept "for up to 1 hour".
- ``GET /api/v1/statuses/:id/context`` → ``ancestors`` (root first) and ``descendants``.
- ``GET /api/v2/instance`` → ``configuration.statuses.max_characters`` and
  ``characters_reserved_per_url``; ``configuration.urls.streaming`` names the streaming host.
- Streaming: ``GET /api/v1/streaming/user/notification`` (server-sent events, ``event:`` and
  ``data:`` lines, ``:`` heartbeat comments).
- Rate limits: ``X-RateLimit-Limit/Remaining/Reset`` (reset is an ISO 8601 time; 300 calls
  per 5 minutes per account for ``/api/*``): accounts/http handles them.
- Errors are ``{"error": "..."}`` with 401, 404, 422, 429...

Thread rule (``thread_key``): the id of the root status of the reply chain, i.e. the first
of ``ancestors`` in the status context, or the status itself when it replies to nothing. For
a reply whose parent is not known yet the connector asks the context once and caches the
answer (statuses we sent are cached at send time); if the parent cannot be read (deleted,
or not visible to the brand) the parent id — ``in_reply_to_id`` — stands in for the root.
DMs follow the same rule: a direct thread is a reply chain too.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs, urlsplit

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
    RejectedItem,
    RemoteAuthor,
    ReplyTarget,
    SendResult,
    TransientError,
    estimate_total,
)
from accounts.http import HttpClient, parse_json, parse_time, retry_after
from accounts.payload import Rejections, describe_failure, excerpt

log = logging.getLogger(__name__)

NETWORK = "mastodon"
#: documented maximum of ``limit`` on GET /api/v1/notifications (Mastodon 4.1+)
NOTIFICATIONS_PAGE_MAX = 80
#: documented lifetime of an Idempotency-Key on POST /api/v1/statuses
IDEMPOTENCY_WINDOW = 3600.0
_CURSOR_PREFIX = "n:"
_ID_RE = re.compile(r"[0-9A-Za-z_-]{1,64}")
_VISIBILITIES = {"public", "unlisted", "private", "direct"}
_URL_RE = re.compile(r"https?://[^\s<>\"]+", re.IGNORECASE)
_MENTION_RE = re.compile(r"(?<![\w@])@[\w.-]+(?:@[\w.-]+)?", re.UNICODE)


# --------------------------------------------------------------------------------- HTML → text


class _TextExtractor(HTMLParser):
    """Mastodon content is sanitised HTML: paragraphs, line breaks, links, a few inline tags.

    We keep the words and the line structure and drop every tag, so the text can be shown and
    quoted as plain text and is never rendered as rich text later. Invisible spans (the
    ``https://`` and the tail of a shortened link) are kept so links come out whole.
    """

    _BLOCK = {"p", "div", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"}
    _SKIP = {"script", "style", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def _newlines(self, n: int) -> None:
        if not self.parts:
            return
        tail = "".join(self.parts[-3:])
        have = len(tail) - len(tail.rstrip("\n"))
        if have < n:
            self.parts.append("\n" * (n - have))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self._newlines(1)
            self.parts.append("- ")
        elif tag in self._BLOCK:
            self._newlines(2)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCK or tag == "li":
            self._newlines(2 if tag in self._BLOCK else 1)

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Plain text of a Mastodon ``content`` field: tags stripped, entities decoded once."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n").strip()


# ----------------------------------------------------------------------------- small helpers


def _id_key(value: str) -> tuple[int, str]:
    """Order ids the way the server does: Mastodon's are numeric strings, some servers that
    speak its API use ULIDs; both sort correctly by (length, text)."""
    return (len(value), value)


def _max_id(a: str | None, b: str | None) -> str | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if _id_key(a) >= _id_key(b) else b


_BACKFILL_PREFIX = "b:"


def _iso_z(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


@dataclass
class _Backfill:
    """A backfill in progress: where it is (``max_id``), where it stops (``horizon``), and the
    forward cursor it hands over to when done (``top``: the newest id when it began)."""

    horizon: str
    started: str
    top: str | None = None
    max_id: str | None = None
    fetched: int = 0
    oldest: str | None = None

    def encode(self) -> str:
        return _BACKFILL_PREFIX + json.dumps(
            {k: v for k, v in asdict(self).items() if v is not None}, sort_keys=True
        )

    @classmethod
    def decode(cls, cursor: str | None, backfill: timedelta) -> _Backfill:
        if cursor is None:
            now = datetime.now(UTC)
            return cls(horizon=_iso_z(now - backfill), started=_iso_z(now))
        try:
            data = json.loads(cursor[len(_BACKFILL_PREFIX) :])
            bf = cls(**{k: data[k] for k in data if k in cls.__dataclass_fields__})
            parse_time(bf.horizon)
            parse_time(bf.started)
            return bf
        except (ValueError, TypeError, KeyError):
            raise PermanentError("mastodon: the stored backfill position is unreadable") from None


#: what Mastodon takes per status (``configuration.statuses.max_media_attachments``)
MAX_IMAGES = 4


def _checked_images(images: Sequence[Image]) -> Sequence[Image]:
    if len(images) > MAX_IMAGES:
        raise PermanentError(f"mastodon: a post takes at most {MAX_IMAGES} images")
    return images


def encode_cursor(notification_id: str | None) -> str | None:
    return None if notification_id is None else f"{_CURSOR_PREFIX}{notification_id}"


def decode_cursor(cursor: str | None) -> str | None:
    if not cursor:
        return None
    if cursor.startswith(_CURSOR_PREFIX) and len(cursor) > len(_CURSOR_PREFIX):
        return cursor[len(_CURSOR_PREFIX) :].split(";", 1)[0]
    raise PermanentError("mastodon: the stored sync cursor is not one this connector wrote")


def _catch_up_of(cursor: str | None) -> tuple[int, str | None]:
    """A forward catch-up in progress: items read so far and the time of the first one
    (``n:<id>;c=<count>;t=<time>``, written only while ``more`` is true)."""
    count, first = 0, None
    for part in (cursor or "").split(";")[1:]:
        name, _, value = part.partition("=")
        if name == "c" and value.isdigit():
            count = int(value)
        elif name == "t" and value:
            first = value
    return count, first


def _fingerprint(text: str) -> str:
    """What survives Mastodon's rendering of our text: words without mentions or spacing.

    Remote mentions are shown shortened (``@user``), so they are left out of the comparison.
    """
    bare = _MENTION_RE.sub("", text)
    bare = " ".join(bare.split())
    return hashlib.sha256(bare.encode("utf-8")).hexdigest()[:32]


class _Malformed(ValueError):
    """An item we cannot understand; the message is the reason shown to a person."""


def _req_str(obj: Mapping[str, Any], key: str, what: str) -> str:
    val = obj.get(key)
    if not isinstance(val, str) or not val:
        raise _Malformed(f"{what} has no {key}" if val is None else f"{what}.{key} is not text")
    return val


def _opt_str(obj: Mapping[str, Any], key: str, what: str) -> str | None:
    val = obj.get(key)
    if val is None:
        return None
    if not isinstance(val, str):
        raise _Malformed(f"{what}.{key} is not text")
    return val or None


def _excerpt(obj: object) -> str:
    return excerpt(obj)


def status_item(
    status: Mapping[str, Any], me: str | None, *, notification_id: str | None = None
) -> InboundItem:
    """A Mastodon status as an item, its thread key the status itself.

    One parser for every place a status arrives (the brand's timelines and notifications, and
    listening's searches), so a malformed status is refused with the same words everywhere. The
    connector then puts the item in its thread (which may cost a context call); listening keeps
    the status as its own conversation. ``me`` is None where the brand is not a party.
    """
    sid = _req_str(status, "id", "status")
    content = status.get("content")
    if not isinstance(content, str):
        raise _Malformed(
            "status has no content" if content is None else "status.content is not text"
        )
    try:
        created = parse_time(status.get("created_at"))
    except ValueError:
        raise _Malformed("status.created_at is missing or not a date") from None
    account = status.get("account")
    if not isinstance(account, dict):
        raise _Malformed("status has no account")
    author_id = _req_str(account, "id", "account")
    acct = _req_str(account, "acct", "account")
    visibility = status.get("visibility", "public")
    if not isinstance(visibility, str):
        raise _Malformed("status.visibility is not text")
    parent = _opt_str(status, "in_reply_to_id", "status")
    parent_author = _opt_str(status, "in_reply_to_account_id", "status")
    followers = account.get("followers_count")
    display = account.get("display_name")
    # avatar_static: a still picture even when the account's avatar is animated
    avatar = account.get("avatar_static") or account.get("avatar")
    mentions_raw = status.get("mentions") or []
    if not isinstance(mentions_raw, list):
        raise _Malformed("status.mentions is not a list")
    mentioned = [
        (m.get("id"), m.get("acct"))
        for m in mentions_raw
        if isinstance(m, dict) and isinstance(m.get("acct"), str)
    ]

    if visibility == "direct":
        kind = ItemKind.DM
    elif author_id == me:
        kind = ItemKind.POST
    elif parent is not None and parent_author == me:
        kind = ItemKind.REPLY
    elif any(mid == me for mid, _ in mentioned) or notification_id is not None:
        kind = ItemKind.MENTION
    elif parent is not None:
        kind = ItemKind.REPLY
    else:
        kind = ItemKind.POST

    refs: dict[str, str] = {"visibility": visibility, "author_acct": acct}
    if notification_id is not None:
        refs["notification_id"] = notification_id
    others = [a for mid, a in mentioned if mid != me and a != acct]
    if others:
        refs["mentions"] = " ".join(others)
    spoiler = status.get("spoiler_text")
    if isinstance(spoiler, str) and spoiler:
        refs["spoiler_text"] = spoiler[:500]
    url = status.get("url") if isinstance(status.get("url"), str) else None
    language = status.get("language") if isinstance(status.get("language"), str) else None

    return InboundItem(
        remote_id=sid,
        kind=kind,
        author=RemoteAuthor(
            remote_id=author_id,
            handle=acct,
            display_name=display if isinstance(display, str) else "",
            followers=followers
            if isinstance(followers, int) and not isinstance(followers, bool)
            else None,
            avatar_url=avatar if isinstance(avatar, str) else None,
        ),
        text=html_to_text(content),
        created_at=created,
        thread_key=sid,
        parent_remote_id=parent,
        url=url,
        language=language,
        refs=refs,
    )


# ----------------------------------------------------------------------------------- types


@dataclass(frozen=True, slots=True)
class AppRegistration:
    """An OAuth client registered on an instance; the secret is for the keyring, not a log."""

    client_id: str
    client_secret: str = field(repr=False)
    redirect_uris: tuple[str, ...] = ()
    scopes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StatusLimits:
    """What the composer needs to count: each URL counts as ``characters_reserved_per_url``."""

    max_characters: int
    characters_reserved_per_url: int = 23

    def count(self, text: str) -> int:
        """Characters Mastodon counts for ``text`` (code points; URLs at their fixed weight)."""
        urls = _URL_RE.findall(text)
        return len(_URL_RE.sub("", text)) + len(urls) * self.characters_reserved_per_url


def register_app(
    base_url: str,
    *,
    client_name: str,
    redirect_uris: Sequence[str],
    scopes: str = "read write",
    website: str | None = None,
    http: HttpClient | None = None,
) -> AppRegistration:
    """Register the console as an OAuth app on an instance (``POST /api/v1/apps``).

    Nothing is stored here: the caller keeps the client id and secret (in the keyring) for
    the authorization-code flow, which accounts/oauth runs.
    """
    client = http or HttpClient(base_url, network=NETWORK)
    body: dict[str, Any] = {
        "client_name": client_name,
        "redirect_uris": list(redirect_uris),
        "scopes": scopes,
    }
    if website:
        body["website"] = website
    try:
        data = client.post("/api/v1/apps", json_body=body, authenticated=False)
    finally:
        if http is None:
            client.close()
    if not isinstance(data, dict):
        raise PermanentError("mastodon: the app registration reply was not an object")
    client_id, secret = data.get("client_id"), data.get("client_secret")
    if not isinstance(client_id, str) or not isinstance(secret, str) or not client_id:
        raise PermanentError("mastodon: the app registration reply has no client credentials")
    uris = data.get("redirect_uris")
    if not isinstance(uris, list):
        single = data.get("redirect_uri")
        uris = single.split("\n") if isinstance(single, str) else list(redirect_uris)
    got_scopes = data.get("scopes")
    scope_list = got_scopes if isinstance(got_scopes, list) else scopes.split()
    return AppRegistration(
        client_id=client_id,
        client_secret=secret,
        redirect_uris=tuple(str(u) for u in uris),
        scopes=tuple(str(s) for s in scope_list),
    )


# ------------------------------------------------------------------------------- connector


class MastodonConnector(Connector, Amplifier):
    """One brand account on one Mastodon instance.

    ``journal`` is where send attempts are remembered for :meth:`find_sent` (key →
    ``pending|<epoch>|<fingerprint>`` before the POST, ``sent|<id>|<url>`` after). It holds no
    secret. Pass a persistent mapping (the outbox's own storage) so reconciliation works
    after a crash; the default is in memory.
    """

    network = NETWORK
    #: uploads images with posts and replies (see publish_post / send_reply)
    supports_media = True

    def __init__(
        self,
        base_url: str,
        token: Callable[[], str | None],
        refresh: Callable[[], bool] | None = None,
        *,
        account_id: str | None = None,
        http: HttpClient | None = None,
        journal: MutableMapping[str, str] | None = None,
        include_filtered: bool = True,
        root_cache_size: int = 10_000,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        self._refresh = refresh
        self.http = http or HttpClient(self.base_url, network=NETWORK, token=token, refresh=refresh)
        self._me_id = account_id
        self._me_acct: str | None = None
        self.journal: MutableMapping[str, str] = journal if journal is not None else {}
        self.include_filtered = include_filtered
        self._roots: OrderedDict[str, str] = OrderedDict()
        self._root_cache_size = root_cache_size
        self._roots_lock = threading.Lock()
        self._context: OrderedDict[str, list[Any]] = OrderedDict()
        self._limits: StatusLimits | None = None

    # ------------------------------------------------------------------ identity and limits

    def profile(self) -> Profile:
        data = self.http.get("/api/v1/accounts/verify_credentials")
        if not isinstance(data, dict):
            raise PermanentError("mastodon: verify_credentials did not return an account")
        try:
            remote_id = _req_str(data, "id", "account")
            acct = _req_str(data, "acct", "account")
        except _Malformed as exc:
            raise PermanentError(f"mastodon: unexpected account shape ({exc})") from None
        self._me_id, self._me_acct = remote_id, acct
        name = data.get("display_name")
        return Profile(
            remote_id=remote_id, handle=acct, display_name=name if isinstance(name, str) else ""
        )

    def _me(self) -> str:
        if self._me_id is None:
            self.profile()
        assert self._me_id is not None
        return self._me_id

    def status_limits(self) -> StatusLimits:
        """The instance's status length rules (cached; instances rarely change them)."""
        if self._limits is not None:
            return self._limits
        limits = StatusLimits(max_characters=500)
        try:
            data = self.http.get("/api/v2/instance", authenticated=False)
            statuses = data["configuration"]["statuses"]
        except (PermanentError, KeyError, TypeError):
            try:  # servers before 4.0 have no v2 instance; 3.4+ put the same block in v1
                data = self.http.get("/api/v1/instance", authenticated=False)
                statuses = (data.get("configuration") or {}).get("statuses") or {}
                if not statuses and isinstance(data.get("max_toot_chars"), int):
                    statuses = {"max_characters": data["max_toot_chars"]}
            except (PermanentError, AttributeError, TypeError):
                statuses = {}
        if isinstance(statuses, dict):
            mc = statuses.get("max_characters")
            per_url = statuses.get("characters_reserved_per_url")
            limits = StatusLimits(
                max_characters=mc if isinstance(mc, int) and mc > 0 else 500,
                characters_reserved_per_url=per_url if isinstance(per_url, int) else 23,
            )
        self._limits = limits
        return limits

    def max_characters(self) -> int:
        return self.status_limits().max_characters

    # ------------------------------------------------------------------------------ inbound

    def fetch_inbound(self, cursor: str | None, limit: int = 100) -> FetchResult:
        """Mentions and DMs the brand has not seen, by the server's own notification order.

        Notification ids grow in the order the *server* received things, whatever time the
        status itself claims, so an item whose author's clock is behind, or that federated
        late, still gets an id above our cursor: paging forward with ``min_id`` from the
        cursor misses nothing, and no timestamp window is needed.

        Without a cursor (a newly connected account) the backlog is read first: newest page
        first, then back with ``max_id`` until the horizon (``self.backfill``) or the end of
        the list, ``limit`` items per call. The backfill's position lives in the cursor
        (``b:{json}``), so an interrupted backfill resumes where it stopped; when it is done
        the cursor becomes the forward one (``n:<id>``) at the newest id seen when it began,
        or ``n:0`` when the account had no notification at all: a cursor exists from the
        first sync on, so the next burst is never taken for a first connection.
        """
        if cursor is None or cursor.startswith(_BACKFILL_PREFIX):
            return self._backfill(_Backfill.decode(cursor, self.backfill), limit)
        return self._forward(decode_cursor(cursor), limit, cursor)

    def _notifications(
        self, *, limit: int, min_id: str | None = None, max_id: str | None = None
    ) -> tuple[list[Any], str | None]:
        """One page of mention notifications, and the server's forward cursor for it."""
        params: list[tuple[str, str]] = [("types[]", "mention"), ("limit", str(limit))]
        if self.include_filtered:
            params.append(("include_filtered", "true"))
        if min_id is not None:
            params.append(("min_id", min_id))
        if max_id is not None:
            params.append(("max_id", max_id))
        resp = self.http.get("/api/v1/notifications", params=params, expect_json=False)
        page = parse_json(resp, NETWORK)
        if not isinstance(page, list):
            raise PermanentError("mastodon: the notifications page was not a list")
        return page, self._link_min_id(resp)

    def _parse_page(
        self, page: list[Any], me: str, rejections: Rejections
    ) -> tuple[list[tuple[str, InboundItem]], str | None, str | None, datetime | None]:
        """Items of a page (with their notification ids), its newest and oldest ids, and the
        oldest notification time; bad items go to ``rejections``."""
        newest: str | None = None
        oldest: str | None = None
        oldest_at: datetime | None = None
        parsed: list[tuple[str, InboundItem]] = []
        for raw in page:
            nid, outcome = self._parse_notification(raw, me)
            if nid is not None:
                newest = _max_id(newest, nid)
                oldest = nid if oldest is None or _id_key(nid) < _id_key(oldest) else oldest
                try:
                    at = parse_time(raw.get("created_at"))
                except ValueError:
                    at = None
                if at is not None and (oldest_at is None or at < oldest_at):
                    oldest_at = at
            if isinstance(outcome, InboundItem):
                parsed.append((nid or "", outcome))
            elif isinstance(outcome, RejectedItem):
                rejections.extend([outcome])
        parsed.sort(key=lambda pair: _id_key(pair[0]))
        return parsed, newest, oldest, oldest_at

    def _forward(self, since: str | None, limit: int, cursor: str | None = None) -> FetchResult:
        me = self._me()
        page_size = max(1, min(NOTIFICATIONS_PAGE_MAX, limit))
        items: list[InboundItem] = []
        rejections = Rejections(NETWORK)
        newest = since
        more = False
        while True:
            page, link_newest = self._notifications(limit=page_size, min_id=newest)
            parsed, page_newest, _, _ = self._parse_page(page, me, rejections)
            items.extend(item for _, item in parsed)
            page_newest = _max_id(link_newest, page_newest)
            if not page or page_newest is None:
                break
            newest = _max_id(newest, page_newest)
            # a short page is not the end: servers cap ``limit`` at their own maximum (40 on
            # many); only an empty page says nothing newer is left
            if len(items) + len(rejections) >= limit:
                more = True
                break
        out_cursor = encode_cursor(newest)
        progress: CatchUp | None = None
        count, first = _catch_up_of(cursor)
        if more or count:
            # after a gap: more than one page was waiting; say how far the catch-up has come
            count += len(items)
            times = [it.created_at for it in items]
            first_at = parse_time(first) if first else (min(times) if times else None)
            about = None
            if times and first_at is not None:
                now = datetime.now(UTC)
                try:
                    about = estimate_total(count, now, first_at, now - (max(times) - first_at))
                except OverflowError:  # an item dated centuries off: no estimate, only the count
                    about = None
            progress = CatchUp(count, about if more else count)
            if more and out_cursor is not None and first_at is not None:
                out_cursor += f";c={count};t={_iso_z(first_at)}"
        return FetchResult(
            items=items,
            cursor=out_cursor,
            rejected=rejections.result(),
            more=more,
            catching_up=progress,
        )

    def _backfill(self, bf: _Backfill, limit: int) -> FetchResult:
        me = self._me()
        page_size = max(1, min(NOTIFICATIONS_PAGE_MAX, limit))
        items: list[InboundItem] = []
        rejections = Rejections(NETWORK)
        done = False
        while True:
            page, link_newest = self._notifications(limit=page_size, max_id=bf.max_id)
            parsed, page_newest, page_oldest, oldest_at = self._parse_page(page, me, rejections)
            if bf.top is None:
                bf.top = _max_id(link_newest, page_newest) or "0"
            horizon = parse_time(bf.horizon)
            for _nid, item in parsed:
                items.append(item)
            bf.fetched += len(parsed)
            if oldest_at is not None:
                bf.oldest = _iso_z(oldest_at)
            if not page or page_oldest is None:
                done = True
                break
            bf.max_id = page_oldest
            if oldest_at is not None and oldest_at < horizon:
                done = True  # the rest of the list predates the horizon
                break
            if len(items) + len(rejections) >= limit:
                break
        if done:
            cursor = encode_cursor(bf.top or "0")
            progress = CatchUp(bf.fetched, bf.fetched)
        else:
            cursor = bf.encode()
            oldest = parse_time(bf.oldest) if bf.oldest else None
            progress = CatchUp(
                bf.fetched,
                estimate_total(bf.fetched, parse_time(bf.started), parse_time(bf.horizon), oldest),
            )
        return FetchResult(
            items=items,
            cursor=cursor,
            rejected=rejections.result(),
            more=not done,
            catching_up=progress,
        )

    def _link_min_id(self, resp: requests.Response) -> str | None:
        """The forward cursor the server proposes in ``Link: <...min_id=X>; rel="prev"``.

        Only trusted when it points at our own instance; its ids are what we follow, never
        its URL, so a bad header cannot send our token elsewhere.
        """
        prev = resp.links.get("prev") if resp.headers.get("Link") else None
        if not prev or "url" not in prev:
            return None
        parts = urlsplit(prev["url"])
        ours = urlsplit(self.base_url)
        if parts.netloc and parts.netloc != ours.netloc:
            return None
        values = parse_qs(parts.query).get("min_id")
        return values[0] if values and values[0] else None

    def _parse_notification(
        self, raw: object, me: str
    ) -> tuple[str | None, InboundItem | RejectedItem | None]:
        nid = raw.get("id") if isinstance(raw, dict) else None
        # an id goes into the next request's URL: only the shape ids really have
        nid = nid if isinstance(nid, str) and _ID_RE.fullmatch(nid) else None
        try:
            if not isinstance(raw, dict):
                raise _Malformed("a notification is not an object")
            if nid is None:
                raise _Malformed("notification has no id")
            if raw.get("type") != "mention":
                return nid, None  # a server that ignores types[]: not ours to ingest
            status = raw.get("status")
            if not isinstance(status, dict):
                raise _Malformed("mention notification has no status")
            item = self._status_item(status, me, notification_id=nid)
        except ConnectorError:
            raise
        except Exception as exc:  # noqa: BLE001 - one bad item must never cost the page
            status = raw.get("status") if isinstance(raw, dict) else None
            sid = status.get("id") if isinstance(status, dict) else None
            if not isinstance(sid, str) or len(sid) > 300:
                sid = None
            return nid, RejectedItem(
                reason=f"mastodon: {describe_failure(exc)}",
                remote_id=sid if isinstance(sid, str) else nid,
                excerpt=_excerpt(raw),
            )
        return nid, item

    def _status_item(
        self, status: Mapping[str, Any], me: str, *, notification_id: str | None = None
    ) -> InboundItem:
        item = status_item(status, me, notification_id=notification_id)
        return replace(item, thread_key=self._root_of(item.remote_id, item.parent_remote_id))

    # ------------------------------------------------------------------------ thread roots

    def _remember_root(self, status_id: str, root: str) -> None:
        with self._roots_lock:
            self._roots[status_id] = root
            self._roots.move_to_end(status_id)
            while len(self._roots) > self._root_cache_size:
                self._roots.popitem(last=False)

    def _known_root(self, status_id: str) -> str | None:
        with self._roots_lock:
            return self._roots.get(status_id)

    def _root_of(self, status_id: str, parent: str | None) -> str:
        """The thread rule from the module docstring; one context call per unknown parent."""
        if parent is None:
            self._remember_root(status_id, status_id)
            return status_id
        known = self._known_root(status_id) or self._known_root(parent)
        if known is not None:
            self._remember_root(status_id, known)
            return known
        try:
            ctx = self.http.get(f"/api/v1/statuses/{status_id}/context")
        except PermanentError:
            root = parent  # the chain above is deleted or hidden from the brand
        else:
            ancestors = ctx.get("ancestors") if isinstance(ctx, dict) else None
            if isinstance(ancestors, list):
                self._stash_context(status_id, ancestors)
            else:
                ancestors = None
            chain = [
                a["id"]
                for a in (ancestors or [])
                if isinstance(a, dict) and isinstance(a.get("id"), str)
            ]
            root = chain[0] if chain else parent
            for ancestor in chain:
                self._remember_root(ancestor, root)
        self._remember_root(status_id, root)
        return root

    def _stash_context(self, status_id: str, ancestors: list[Any]) -> None:
        """Keep what a context call returned until the sync asks for it (one call, not two)."""
        with self._roots_lock:
            self._context[status_id] = ancestors
            while len(self._context) > 200:
                self._context.popitem(last=False)

    def fetch_context(self, item: InboundItem) -> Sequence[InboundItem]:
        """The ancestors of ``item`` (``GET /api/v1/statuses/:id/context``, root first).

        Statuses the brand cannot see (deleted, private) are simply not in the answer; a
        status that cannot be read is left out: context is a courtesy, never a rejection.
        """
        with self._roots_lock:
            ancestors = self._context.pop(item.remote_id, None)
        if ancestors is None:
            try:
                ctx = self.http.get(f"/api/v1/statuses/{item.remote_id}/context")
            except PermanentError:
                return []
            raw = ctx.get("ancestors") if isinstance(ctx, dict) else None
            ancestors = raw if isinstance(raw, list) else []
        me = self._me()
        out: list[InboundItem] = []
        for a in ancestors:
            try:
                ctx_item = self._status_item(a, me)
            except ConnectorError:
                raise
            except Exception as exc:  # noqa: BLE001 - context is a courtesy
                log.info("mastodon: a context status was left out: %s", describe_failure(exc))
                continue
            refs = dict(ctx_item.refs)
            if ctx_item.author.remote_id == me:
                refs["by_brand"] = "1"
            out.append(replace(ctx_item, thread_key=item.thread_key, refs=refs))
        return out

    def fetch_thread(self, thread_key: str) -> Sequence[InboundItem]:
        """The whole thread around ``thread_key``, oldest first.

        Statuses the brand cannot understand are left out (and logged without content):
        a thread view is context, not ingest, so nothing is lost by skipping them.
        """
        me = self._me()
        root = self.http.get(f"/api/v1/statuses/{thread_key}")
        ctx = self.http.get(f"/api/v1/statuses/{thread_key}/context")
        if not isinstance(root, dict) or not isinstance(ctx, dict):
            raise PermanentError("mastodon: the thread reply had an unexpected shape")
        ancestors = ctx.get("ancestors") if isinstance(ctx.get("ancestors"), list) else []
        descendants = ctx.get("descendants") if isinstance(ctx.get("descendants"), list) else []
        statuses = [*ancestors, root, *descendants]
        first = ancestors[0] if ancestors and isinstance(ancestors[0], dict) else root
        key = first.get("id") if isinstance(first.get("id"), str) else thread_key
        for s in statuses:
            if isinstance(s, dict) and isinstance(s.get("id"), str):
                self._remember_root(s["id"], key)
        out: list[InboundItem] = []
        for s in statuses:
            if not isinstance(s, dict):
                continue
            try:
                out.append(self._status_item(s, me))
            except _Malformed as exc:
                log.warning("mastodon: skipped a status in thread %s: %s", thread_key, exc)
        out.sort(key=lambda it: (it.created_at, _id_key(it.remote_id)))
        return out

    # ----------------------------------------------------------------------------- outbound

    def reply_prefix(self, target: ReplyTarget) -> str:
        """The mentions a reply must start with; the composer counts them against the limit.

        Mastodon notifies (and, for a DM, shows the status to) only the accounts named in
        the text, so a reply names its author, and a DM reply every other participant too.
        """
        accts: list[str] = []
        author = target.author_handle or target.refs.get("author_acct", "")
        if author:
            accts.append(author)
        if target.kind == ItemKind.DM or target.refs.get("visibility") == "direct":
            accts.extend(a for a in target.refs.get("mentions", "").split() if a)
        own = self._me_acct
        seen: set[str] = set()
        words: list[str] = []
        for acct in accts:
            acct = acct.lstrip("@")
            low = acct.lower()
            if not acct or low in seen or (own and low == own.lower()):
                continue
            seen.add(low)
            words.append(f"@{acct}")
        return (" ".join(words) + " ") if words else ""

    def _with_mentions(self, target: ReplyTarget, text: str) -> str:
        prefix = self.reply_prefix(target)
        missing = [
            w
            for w in prefix.split()
            if not re.search(rf"(?<![\w@]){re.escape(w)}(?![\w@.-])", text, re.IGNORECASE)
        ]
        return (" ".join(missing) + " " + text) if missing else text

    def send_reply(
        self,
        target: ReplyTarget,
        text: str,
        idempotency_key: str,
        *,
        images: Sequence[Image] = (),
    ) -> SendResult:
        """Reply in the thread with the original's visibility (a DM stays a DM); images go up
        first (``POST /api/v2/media``) and the reply names them (``media_ids``)."""
        if self._me_acct is None:
            self.profile()
        visibility = target.refs.get("visibility", "public")
        if target.kind == ItemKind.DM:
            visibility = "direct"
        if visibility not in _VISIBILITIES:
            visibility = "public"
        body: dict[str, Any] = {
            "status": self._with_mentions(target, text),
            "in_reply_to_id": target.remote_id,
            "visibility": visibility,
        }
        if images:
            body["media_ids"] = [self.upload_image(img) for img in _checked_images(images)]
        result = self._post_status(body, idempotency_key)
        self._remember_root(result.remote_id, target.thread_key or target.remote_id)
        return result

    def publish_post(
        self,
        text: str,
        idempotency_key: str,
        *,
        visibility: str = "public",
        images: Sequence[Image] = (),
    ) -> SendResult:
        """A post, with up to four images (``POST /api/v2/media`` each, then ``media_ids``)."""
        if visibility not in _VISIBILITIES:
            raise PermanentError(f"mastodon: unknown visibility {visibility!r}")
        body: dict[str, Any] = {"status": text, "visibility": visibility}
        if images:
            body["media_ids"] = [self.upload_image(img) for img in _checked_images(images)]
        result = self._post_status(body, idempotency_key)
        self._remember_root(result.remote_id, result.remote_id)
        return result

    def upload_image(self, image: Image, *, wait: float = 30.0) -> str:
        """Upload one image; its media id once the server has processed it.

        ``POST /api/v2/media`` answers 200 when the file is ready and 202 while it is still
        being processed (its ``url`` is null): a status naming unprocessed media is refused,
        so we poll ``GET /api/v1/media/:id`` until the url is there.
        """
        data = self.http.post(
            "/api/v2/media",
            files={"file": (image.filename, image.data, image.mime_type)},
            data={"description": image.alt} if image.alt else None,
        )
        if not isinstance(data, dict) or not isinstance(data.get("id"), str):
            raise PermanentError("mastodon: the server's reply to the upload has no media id")
        media_id = data["id"]
        deadline = time.monotonic() + wait
        while not data.get("url"):
            if time.monotonic() >= deadline:
                raise TransientError("mastodon: the server is still processing the image")
            time.sleep(0.5)
            data = self.http.get(f"/api/v1/media/{media_id}")
            if not isinstance(data, dict):
                raise PermanentError("mastodon: the media reply was not understood")
        return media_id

    def _post_status(self, body: dict[str, Any], idempotency_key: str) -> SendResult:
        self.journal[idempotency_key] = f"pending|{int(time.time())}|{_fingerprint(body['status'])}"
        data = self.http.post(
            "/api/v1/statuses", json_body=body, headers={"Idempotency-Key": idempotency_key}
        )
        result = self._send_result(data)
        self.journal[idempotency_key] = f"sent|{result.remote_id}|{result.url or ''}"
        return result

    @staticmethod
    def _send_result(data: object) -> SendResult:
        if not isinstance(data, dict) or not isinstance(data.get("id"), str):
            raise PermanentError("mastodon: the server's reply to our post has no status id")
        url = data.get("url") if isinstance(data.get("url"), str) else None
        try:
            created: datetime | None = parse_time(data.get("created_at"))
        except ValueError:
            created = None
        return SendResult(remote_id=data["id"], url=url, created_at=created)

    def find_sent(self, idempotency_key: str) -> SendResult | None:
        """Was this key sent already? Decided from the journal, then from our own statuses.

        - ``sent`` in the journal: yes, that status.
        - ``pending`` (we crashed between the POST and its answer): Mastodon keeps the key
          for up to an hour, so within that window a retry with the same key cannot create
          a second status; but the retry is the publisher's to make, so we still look. We
          read the brand's own recent statuses created since the attempt and compare the
          text's fingerprint (words without mentions). Found → recorded as sent.
        - nothing in the journal: not sent by this journal's owner → None.
        """
        entry = self.journal.get(idempotency_key)
        if not entry:
            return None
        state, _, rest = entry.partition("|")
        if state == "sent":
            remote_id, _, url = rest.partition("|")
            return SendResult(remote_id=remote_id, url=url or None)
        if state != "pending":
            return None
        started_s, _, fingerprint = rest.partition("|")
        try:
            started = float(started_s)
        except ValueError:
            return None
        found = self._find_own_status(fingerprint, since=started - 120)
        if found is not None:
            self.journal[idempotency_key] = f"sent|{found.remote_id}|{found.url or ''}"
        return found

    def _find_own_status(self, fingerprint: str, since: float, pages: int = 5) -> SendResult | None:
        me = self._me()
        max_id: str | None = None
        for _ in range(pages):
            params: dict[str, str] = {"limit": "40", "exclude_reblogs": "true"}
            if max_id:
                params["max_id"] = max_id
            page = self.http.get(f"/api/v1/accounts/{me}/statuses", params=params)
            if not isinstance(page, list) or not page:
                return None
            older_than_attempt = False
            for s in page:
                if not isinstance(s, dict) or not isinstance(s.get("id"), str):
                    continue
                max_id = s["id"]
                try:
                    created = parse_time(s.get("created_at")).timestamp()
                except ValueError:
                    continue
                if created < since:
                    older_than_attempt = True
                    continue
                content = s.get("content")
                if isinstance(content, str) and _fingerprint(html_to_text(content)) == fingerprint:
                    return self._send_result(s)
            if older_than_attempt:
                return None
        return None

    def delete(self, remote_id: str) -> None:
        """Delete one of the brand's statuses (Mastodon refuses others' with 404/403)."""
        self.http.delete(f"/api/v1/statuses/{remote_id}")
        with self._roots_lock:
            self._roots.pop(remote_id, None)

    # -------------------------------------------------- amplifying and metrics (issue 16)

    def boost(self, target: AmplifyTarget, idempotency_key: str) -> SendResult:
        """``POST /api/v1/statuses/:id/reblog``: Mastodon answers a second boost of the same
        status with the existing reblog, so a retry after a crash cannot boost twice."""
        data = self.http.post(f"/api/v1/statuses/{target.remote_id}/reblog")
        result = self._send_result(data)
        original = data.get("reblog") if isinstance(data, dict) else None
        url = original.get("url") if isinstance(original, dict) else None
        self.journal[idempotency_key] = f"sent|{result.remote_id}|{url or result.url or ''}"
        return SendResult(result.remote_id, url or result.url, result.created_at)

    def quote(self, target: AmplifyTarget, text: str, idempotency_key: str) -> SendResult:
        """A status with ``quoted_status_id`` (Mastodon 4.5+); servers refuse it in words when
        the author's quote policy does not allow the brand to quote."""
        body = {"status": text, "visibility": "public", "quoted_status_id": target.remote_id}
        result = self._post_status(body, idempotency_key)
        self._remember_root(result.remote_id, result.remote_id)
        return result

    metrics_batch = 40

    def post_metrics(self, remote_ids: Sequence[str]) -> list[PostMetrics]:
        """``GET /api/v1/statuses?id[]=`` (4.3+): favourites, reblogs, replies and quotes
        counts; Mastodon gives no impressions."""
        ids = list(remote_ids)[: self.metrics_batch]
        if not ids:
            return []
        data = self.http.get("/api/v1/statuses", params=[("id[]", i) for i in ids])
        if not isinstance(data, list):
            raise PermanentError("mastodon: the statuses reply was not a list")
        out: list[PostMetrics] = []
        for s in data:
            if not isinstance(s, dict) or not isinstance(s.get("id"), str):
                continue

            out.append(
                PostMetrics.read(
                    s["id"],
                    s,
                    likes="favourites_count",
                    reposts="reblogs_count",
                    replies="replies_count",
                    quotes="quotes_count",
                )
            )
        return out

    def close(self) -> None:
        self.http.close()

    # ---------------------------------------------------------------------------- streaming

    def stream_inbound(
        self,
        cursor: str | None,
        stop: threading.Event,
        *,
        poll_interval: float = 60.0,
        stream_retry: float = 300.0,
        read_timeout: float = 90.0,
        limit: int = 100,
        on_mode: Callable[[str], None] | None = None,
    ) -> Iterator[FetchResult]:
        """Yield new inbound items as they come, until ``stop`` is set.

        The user stream is a doorbell, the REST fetch is the source of truth: every
        ``notification`` event triggers :meth:`fetch_inbound` from the current cursor, so
        streamed items carry the same cursor semantics (no gaps, no duplicates) as polled
        ones, and a catch-up fetch right after each (re)connect covers what arrived while
        the stream was down. When the stream is unavailable (disabled, refused, dropped) we
        poll every ``poll_interval`` seconds and try the stream again after ``stream_retry``.

        ``on_mode`` hears ``"stream"`` once the stream is connected and caught up, and
        ``"poll"`` when falling back, so the account list can say which one is in use.
        Each yielded result carries the cursor to persist once its items are stored.
        Setting ``stop`` ends the iteration promptly: it closes the open stream's socket.
        AuthExpired, RateLimited and TransientError (the instance itself unreachable)
        propagate, so the caller marks the account and restarts the iterator from its stored
        cursor later, exactly as after a failed poll.
        """
        state = {"cursor": cursor}

        def drain() -> Iterator[FetchResult]:
            while not stop.is_set():
                result = self.fetch_inbound(state["cursor"], limit=limit)
                changed = result.cursor != state["cursor"]
                state["cursor"] = result.cursor or state["cursor"]
                if result.items or result.rejected or changed:
                    yield result
                if not result.more:
                    return

        next_stream_try = 0.0
        while not stop.is_set():
            if time.monotonic() >= next_stream_try:
                resp = self._open_stream(read_timeout)
                if resp is not None:
                    try:
                        yield from drain()
                        if on_mode is not None:
                            on_mode("stream")
                        yield from self._read_stream(resp, stop, drain)
                    finally:
                        resp.close()
                    if stop.is_set():
                        return
                    # dropped: reconnect at once, but not in a tight loop
                    next_stream_try = time.monotonic() + min(5.0, poll_interval)
                else:
                    next_stream_try = time.monotonic() + stream_retry
                    if on_mode is not None:
                        on_mode("poll")
            yield from drain()
            stop.wait(min(poll_interval, max(0.0, next_stream_try - time.monotonic())) or 0.01)

    def streaming_url(self) -> str:
        """Where the instance serves its streaming API (it may be another host)."""
        try:
            data = self.http.get("/api/v2/instance", authenticated=False)
            url = data["configuration"]["urls"]["streaming"]
        except (ConnectorError, KeyError, TypeError):
            url = None
        if not isinstance(url, str) or not url:
            return self.base_url
        parts = urlsplit(url)
        scheme = {"wss": "https", "ws": "http"}.get(parts.scheme, parts.scheme)
        if scheme not in ("http", "https") or not parts.netloc:
            return self.base_url
        return f"{scheme}://{parts.netloc}{parts.path.rstrip('/')}"

    def _open_stream(self, read_timeout: float) -> requests.Response | None:
        """Connect to the notification stream; None when streaming is not available."""
        url = f"{self.streaming_url()}/api/v1/streaming/user/notification"
        for attempt in range(2):
            headers = {"Accept": "text/event-stream"}
            tok = self._token()
            if tok:
                headers["Authorization"] = f"Bearer {tok}"
            try:
                resp = self.http.session.get(
                    url, headers=headers, stream=True, timeout=(self.http.timeout[0], read_timeout)
                )
            except requests.RequestException as exc:
                log.info("mastodon: streaming unavailable (%s); polling", type(exc).__name__)
                return None
            if resp.status_code == 200 and resp.headers.get("Content-Type", "").startswith(
                "text/event-stream"
            ):
                return resp
            resp.close()
            if resp.status_code == 401:
                if attempt == 0 and self._refresh is not None and self._refresh():
                    continue
                raise AuthExpired(
                    "mastodon: the account's authorisation was refused by the streaming API; "
                    "it needs reconnecting"
                )
            if resp.status_code == 429:
                until = retry_after(resp.headers)
                if until is not None:
                    self.http.rate_control.block(urlsplit(url).netloc, until)
            log.info("mastodon: streaming answered %s; polling instead", resp.status_code)
            return None
        return None

    def _read_stream(
        self,
        resp: requests.Response,
        stop: threading.Event,
        drain: Callable[[], Iterator[FetchResult]],
    ) -> Iterator[FetchResult]:
        done = threading.Event()

        def abort_on_stop() -> None:
            while not done.is_set():
                if stop.wait(0.2):
                    _abort_response(resp)
                    return

        watcher = threading.Thread(target=abort_on_stop, name="mastodon-stream-stop", daemon=True)
        watcher.start()
        event, data = "", []
        try:
            for line in _sse_lines(resp):
                if stop.is_set():
                    return
                if line.startswith(":"):
                    continue  # heartbeat / comment
                if line:
                    name, _, value = line.partition(":")
                    value = value[1:] if value.startswith(" ") else value
                    if name == "event":
                        event = value
                    elif name == "data":
                        data.append(value)
                    continue
                if event == "notification" and _is_mention_event("\n".join(data)):
                    yield from drain()
                event, data = "", []
        except (requests.RequestException, OSError, AttributeError, ValueError) as exc:
            if not stop.is_set():
                log.info("mastodon: stream dropped (%s); catching up", type(exc).__name__)
        finally:
            done.set()


def _sse_lines(resp: requests.Response) -> Iterator[str]:
    """Lines of an event stream as they arrive (LF or CRLF), without waiting for a buffer.

    Read one byte at a time: a bigger read would block until that many bytes came, and an
    event stream is mostly idle. Events are small and rare, so the cost does not matter.
    """
    buf = bytearray()
    for chunk in resp.iter_content(chunk_size=1):
        buf += chunk
        while True:
            nl = buf.find(b"\n")
            if nl < 0:
                break
            line = bytes(buf[:nl]).rstrip(b"\r")
            del buf[: nl + 1]
            yield line.decode("utf-8", "replace")


def _is_mention_event(payload: str) -> bool:
    """A notification event worth a fetch; unparsable payloads ring the bell too."""
    try:
        data = json.loads(payload)
    except ValueError:
        return True
    return not isinstance(data, dict) or data.get("type") in (None, "mention")


def _abort_response(resp: requests.Response) -> None:
    """Unblock a thread reading the stream: shut the socket down, then close."""
    try:
        conn = getattr(resp.raw, "connection", None) or getattr(resp.raw, "_connection", None)
        sock = getattr(conn, "sock", None)
        if sock is not None:
            sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        resp.close()
    except Exception:  # noqa: BLE001 - best effort while another thread reads
        pass


__all__ = [
    "AppRegistration",
    "MastodonConnector",
    "StatusLimits",
    "decode_cursor",
    "encode_cursor",
    "html_to_text",
    "register_app",
]
