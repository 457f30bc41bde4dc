"""X (formerly Twitter) through the X API v2, acting as one brand account.

What it reads: the mentions timeline (``GET /2/users/:id/mentions``; replies to the brand are
mentions too) and direct-message events (``GET /2/dm_events``). What it writes: replies
(``POST /2/tweets`` with ``reply.in_reply_to_tweet_id``), DM replies
(``POST /2/dm_conversations/:id/messages``), posts and deletions.

Why a read budget: X bills reads per resource returned (a post, a user, a DM event) under
pay-per-use, so a console that polls every minute can spend real money on an idle account.
:class:`ReadBudget` caps reads per hour; once it is spent, reads raise
:class:`ReadBudgetExhausted` (a :class:`RateLimited`, so the account shows "rate limited until
HH:MM" and the sync waits) and :meth:`XConnector.budget_status` tells IT where it stands.

Limits this module cannot lift (from X's documentation):
- X has no idempotency key. :meth:`XConnector.find_sent` relies on a journal written before each
  send and then looks for the text among the account's own recent posts (X rewrites links to
  t.co, so links are compared as placeholders). Posting identical text twice is refused by X
  ("duplicate content"), which catches some double sends but not all.
- DM endpoints need the ``dm.read``/``dm.write`` scopes and DM access on the developer account;
  events older than 30 days are not returned. Set ``read_dms=False`` where DMs are unavailable.
- The mentions timeline returns at most the 800 most recent mentions. A first sync back-fills
  with ``start_time`` = the horizon (``backfill``, 7 days by default) and follows
  ``next_token`` page by page; the position is in the cursor, so an interrupted backfill
  resumes where it stopped, within the read budget. Later syncs use ``since_id``: post ids
  are Snowflakes, ordered by the network, so a post whose author's clock is behind still
  sorts where X put it. A first sync that finds nothing keeps its start time as the cursor.
- DM events have no ``since_id`` nor ``start_time``: they are read newest first back to the
  newest event already seen, or to the horizon on a first sync.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import requests

from accounts.base import (
    Amplifier,
    AmplifyTarget,
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
    RateLimited,
    RemoteAuthor,
    ReplyTarget,
    SendResult,
    estimate_total,
)
from accounts.http import HttpClient, RateControl, RetryPolicy, parse_time
from accounts.payload import Rejections, as_dict, as_list, guard, text
from accounts.sentlog import SentJournal, same_text
from accounts.x_text import X_MAX_WEIGHTED_LENGTH, x_weighted_length

__all__ = [
    "X_OAUTH",
    "ReadBudget",
    "ReadBudgetExhausted",
    "BudgetStatus",
    "XConnector",
    "XOAuthEndpoints",
    "x_weighted_length",
]

DEFAULT_BASE_URL = "https://api.x.com"
DM_MAX_LENGTH = 10_000
#: "Posts can have up to 4 photos, 1 animated GIF, or 1 video" (media upload best practices)
MAX_IMAGES = 4

_TWEET_FIELDS = "conversation_id,created_at,lang,in_reply_to_user_id,referenced_tweets,author_id"
_USER_FIELDS = "public_metrics,username,name"
_DM_FIELDS = "id,text,event_type,created_at,dm_conversation_id,sender_id,participant_ids"
_NUMERIC_ID = re.compile(r"/\d+(?=/|$)")


@dataclass(frozen=True, slots=True)
class XOAuthEndpoints:
    """X's OAuth 2.0 authorization-code-with-PKCE endpoints, for the OAuth helper.

    From docs.x.com ("OAuth 2.0 Authorization Code Flow with PKCE"): access tokens last two hours;
    a refresh token is issued only with ``offline.access``. ``dm.read``/``dm.write`` are needed
    for the DM endpoints, ``tweet.read``+``users.read`` for the mentions timeline.
    """

    authorize_url: str = "https://x.com/i/oauth2/authorize"
    token_url: str = "https://api.x.com/2/oauth2/token"
    revoke_url: str = "https://api.x.com/2/oauth2/revoke"
    scopes: tuple[str, ...] = (
        "tweet.read",
        "tweet.write",
        "users.read",
        "dm.read",
        "dm.write",
        "offline.access",
    )
    code_challenge_method: str = "S256"
    access_token_lifetime_s: int = 7200

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["scopes"] = list(self.scopes)
        return data


X_OAUTH = XOAuthEndpoints()


@dataclass(frozen=True, slots=True)
class BudgetStatus:
    """Where an account's hourly read budget stands, for the IT accounts list."""

    used: int
    limit: int
    resets_at: datetime

    @property
    def exhausted(self) -> bool:
        return self.used >= self.limit


class ReadBudgetExhausted(RateLimited):
    """The hourly read budget IT set for this account is spent (no call was made)."""


class ReadBudget:
    """Reads allowed per clock hour (UTC), counted in the resources X bills for.

    A "read" is one resource returned: a post, a user object in ``includes`` or a DM event; a call
    that returns nothing still counts one, since it still uses the rate window. The check happens
    before each call, so the last call of an hour may overshoot the limit by at most one page.
    Share one instance between the connectors of an account to count them together.
    """

    def __init__(self, per_hour: int, clock: Callable[[], float] = time.time) -> None:
        if per_hour <= 0:
            raise ValueError("the read budget must allow at least one read per hour")
        self.per_hour = per_hour
        self._clock = clock
        self._lock = threading.Lock()
        self._window = self._window_start()
        self._used = 0

    def _window_start(self) -> float:
        now = self._clock()
        return now - (now % 3600)

    def _roll(self) -> None:
        start = self._window_start()
        if start != self._window:
            self._window, self._used = start, 0

    def remaining(self) -> int:
        with self._lock:
            self._roll()
            return max(self.per_hour - self._used, 0)

    def check(self, network: str = "X") -> None:
        status = self.status()
        if status.exhausted:
            raise ReadBudgetExhausted(
                f"{network}: this account's read budget of {status.limit} reads per hour is spent; "
                f"reading resumes at {status.resets_at:%H:%M} UTC",
                status.resets_at,
            )

    def spend(self, reads: int) -> None:
        with self._lock:
            self._roll()
            self._used += max(reads, 1)

    def status(self) -> BudgetStatus:
        with self._lock:
            self._roll()
            resets = datetime.fromtimestamp(self._window + 3600, UTC)
            return BudgetStatus(self._used, self.per_hour, resets)


@dataclass
class _Cursor:
    """The persisted position: since_ids plus a half-read page run, so no mention is skipped.

    ``mentions_after``/``dm_after`` hold the start time of a run that has no id to resume
    from (a backfill, or a first sync that found nothing); ``*_n`` count what a backfill
    read, for the progress line.
    """

    mentions_since: str | None = None
    mentions_next: str | None = None
    mentions_newest: str | None = None
    mentions_after: str | None = None
    dm_since: str | None = None
    dm_next: str | None = None
    dm_newest: str | None = None
    dm_after: str | None = None
    backfill_started: str | None = None
    backfill_n: int = 0
    backfill_oldest: str | None = None

    @classmethod
    def load(cls, raw: str | None) -> _Cursor:
        if not raw:
            return cls()
        try:
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise ValueError("not an object")
            return cls(
                **{
                    k: (int(v) if k == "backfill_n" else str(v))
                    for k, v in data.items()
                    if k in cls.__dataclass_fields__ and v is not None
                }
            )
        except (ValueError, TypeError):
            raise PermanentError("X: the stored sync position is unreadable") from None

    def dump(self) -> str:
        return json.dumps(
            {k: v for k, v in asdict(self).items() if v is not None and v != 0}, sort_keys=True
        )


def _snowflake(value: object) -> str | None:
    """An X id as it may go back into a request: ASCII digits only."""
    return (
        value
        if isinstance(value, str) and 0 < len(value) <= 25 and value.isascii() and value.isdigit()
        else None
    )


def _x_time(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _id_gt(a: str, b: str | None) -> bool:
    """Snowflake ids compare as numbers; as strings "10" < "9"."""
    return b is None or (len(a), a) > (len(b), b)


def _x_error(resp: requests.Response) -> ConnectorError | None:
    """X's problem-details body in words; 401/429/5xx keep the shared handling."""
    if resp.status_code in (401, 429) or resp.status_code >= 500:
        return None
    try:
        body = resp.json()
    except (ValueError, RecursionError):
        return None
    if not isinstance(body, dict):
        return None
    detail = body.get("detail") or body.get("title")
    errors = body.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        detail = errors[0].get("message") or errors[0].get("detail") or detail
    if not isinstance(detail, str) or not detail:
        return None
    if resp.status_code == 403:
        return PermanentError(f"X refused the request (403 Forbidden): {detail[:200]}")
    return PermanentError(f"X refused the request ({resp.status_code}): {detail[:200]}")


def _x_rate_scope(method: str, url: str) -> str:
    """X limits each endpoint per user: one bucket per method and path shape."""
    parts = urlsplit(url)
    return f"{parts.netloc} {method} {_NUMERIC_ID.sub('/:id', parts.path)}"


class XConnector(Connector, Amplifier):
    """One brand account on X."""

    network = "x"
    #: uploads images with posts and replies (see publish_post / send_reply)
    supports_media = True

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        token: Callable[[], str | None],
        refresh: Callable[[], bool] | None = None,
        user_id: str | None = None,
        read_budget: ReadBudget | None = None,
        reads_per_hour: int = 600,
        read_dms: bool = True,
        sent_journal: MutableMapping[str, str] | None = None,
        rate_control: RateControl | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.http = HttpClient(
            base_url,
            network="X",
            token=token,
            refresh=refresh,
            rate_control=rate_control,
            retry=retry,
            sleep=sleep,
            error_hook=_x_error,
            rate_scope=_x_rate_scope,
        )
        self.user_id = user_id
        self.budget = read_budget or ReadBudget(reads_per_hour)
        self.read_dms = read_dms
        self.journal = SentJournal(sent_journal)

    # -- reads -----------------------------------------------------------------------------

    def budget_status(self) -> BudgetStatus:
        return self.budget.status()

    def _read(self, path: str, params: Mapping[str, Any]) -> dict[str, Any]:
        self.budget.check()
        body = self.http.get(path, params=dict(params))
        if not isinstance(body, dict):
            raise ConnectorError("X: the server's reply was not a JSON object")
        includes = body.get("includes") if isinstance(body.get("includes"), dict) else {}
        reads = 0
        for part in (body.get("data"), includes.get("users"), includes.get("tweets")):
            if isinstance(part, list):
                reads += len(part)
            elif isinstance(part, dict):
                reads += 1
        self.budget.spend(reads)
        return body

    def _me(self) -> str:
        if self.user_id is None:
            self.user_id = self.profile().remote_id
        return self.user_id

    def profile(self) -> Profile:
        body = self._read("/2/users/me", {"user.fields": "username,name"})
        data = body.get("data")
        if not isinstance(data, dict) or not data.get("id") or not data.get("username"):
            raise PermanentError("X: the account lookup returned no user")
        self.user_id = str(data["id"])
        return Profile(self.user_id, str(data["username"]), str(data.get("name", "")))

    def _page_size(self, limit: int, lo: int) -> int:
        # each post may bring its author along, so half of what is left is what a page may use
        return max(lo, min(100, limit, self.budget.remaining() // 2 or 1))

    def fetch_inbound(self, cursor: str | None, limit: int = 100) -> FetchResult:
        pos = _Cursor.load(cursor)
        me = self._me()
        items: list[InboundItem] = []
        rejections = Rejections("X")
        now = datetime.now(UTC)
        if cursor is None:
            pos.backfill_started = _x_time(now)
        more = self._fetch_mentions(pos, me, limit, items, rejections, now)
        if self.read_dms:
            more = (
                self._fetch_dms(pos, me, max(limit - len(items), 1), items, rejections, now) or more
            )
        progress: CatchUp | None = None
        if pos.backfill_started is not None:
            pos.backfill_n += len(items)
            for it in items:
                if pos.backfill_oldest is None or it.created_at < parse_time(pos.backfill_oldest):
                    pos.backfill_oldest = it.created_at.isoformat()
            started = parse_time(pos.backfill_started)
            if more:
                oldest = parse_time(pos.backfill_oldest) if pos.backfill_oldest else None
                about = estimate_total(pos.backfill_n, started, started - self.backfill, oldest)
                progress = CatchUp(pos.backfill_n, about)
            else:
                progress = CatchUp(pos.backfill_n, pos.backfill_n)
                pos.backfill_started = pos.backfill_oldest = None
                pos.backfill_n = 0
        return FetchResult(items, pos.dump(), rejections.result(), more, catching_up=progress)

    def _fetch_mentions(
        self,
        pos: _Cursor,
        me: str,
        limit: int,
        items: list[InboundItem],
        rejections: Rejections,
        now: datetime,
    ) -> bool:
        if pos.mentions_since is None and pos.mentions_after is None:
            # a first sync: back to the horizon, by time (the run keeps it until it ends)
            pos.mentions_after = _x_time(now - self.backfill)
        got = 0
        while got < limit:
            params: dict[str, Any] = {
                "max_results": self._page_size(limit - got, 5),
                "expansions": "author_id,referenced_tweets.id",
                "tweet.fields": _TWEET_FIELDS,
                "user.fields": _USER_FIELDS,
            }
            if pos.mentions_since:
                params["since_id"] = pos.mentions_since
            elif pos.mentions_after:
                params["start_time"] = pos.mentions_after
            if pos.mentions_next:
                params["pagination_token"] = pos.mentions_next
            body = self._read(f"/2/users/{me}/mentions", params)
            meta = as_dict(body.get("meta"))
            newest = _snowflake(meta.get("newest_id"))
            if pos.mentions_newest is None and newest:
                pos.mentions_newest = newest
            users = _index(body, "users")
            for raw in as_list(body.get("data"), "the mentions data", rejections):
                item = guard(rejections, raw, self._tweet_item, raw, users, me)
                if item is not None:
                    items.append(item)
                    got += 1
            next_token = meta.get("next_token")
            if isinstance(next_token, str) and 0 < len(next_token) < 200:
                pos.mentions_next = next_token
                if got >= limit or self.budget.remaining() == 0:
                    return True  # resume this run of pages next time, since_id unchanged
                continue
            # the run is complete: everything up to newest_id has been seen
            if pos.mentions_newest:
                pos.mentions_since = pos.mentions_newest
                pos.mentions_after = None
            elif pos.mentions_since is None:
                pos.mentions_after = _x_time(now)  # nothing yet: the next run starts here
            pos.mentions_next = pos.mentions_newest = None
            return False
        return True

    def _tweet_item(
        self, raw: Any, users: Mapping[str, Mapping[str, Any]], me: str
    ) -> InboundItem | None:
        if not isinstance(raw, dict):
            raise ValueError("the post is not an object")
        for key in ("id", "text", "author_id", "created_at", "conversation_id"):
            if not isinstance(raw.get(key), str) or not raw[key]:
                raise ValueError(f"the post has no {key}")
        if _snowflake(raw["id"]) is None:
            raise ValueError("the post id is not an X id")
        if raw["author_id"] == me:
            return None  # the brand's own post, not something to answer
        created = parse_time(raw["created_at"])
        parent = None
        for ref in as_list(raw.get("referenced_tweets"), "referenced_tweets"):
            if isinstance(ref, dict) and ref.get("type") == "replied_to":
                parent = _snowflake(ref.get("id"))
        author = _author(raw["author_id"], users)
        return InboundItem(
            remote_id=raw["id"],
            kind=ItemKind.REPLY if parent else ItemKind.MENTION,
            author=author,
            text=raw["text"],
            created_at=created,
            thread_key=raw["conversation_id"],
            parent_remote_id=parent,
            url=f"https://x.com/{author.handle}/status/{raw['id']}",
            language=raw.get("lang") if isinstance(raw.get("lang"), str) else None,
            refs={"conversation_id": raw["conversation_id"]},
        )

    def _fetch_dms(
        self,
        pos: _Cursor,
        me: str,
        limit: int,
        items: list[InboundItem],
        rejections: Rejections,
        now: datetime,
    ) -> bool:
        # dm_events has no since_id: it lists newest first, so page back until a known event
        # (or, on a first sync, the horizon) shows up; an interrupted run resumes from its
        # pagination token, the mark unchanged
        if pos.dm_since is None and pos.dm_after is None:
            pos.dm_after = _x_time(now - self.backfill)
        after = parse_time(pos.dm_after) if pos.dm_since is None and pos.dm_after else None
        got = 0
        while True:
            params: dict[str, Any] = {
                "event_types": "MessageCreate",
                "dm_event.fields": _DM_FIELDS,
                "expansions": "sender_id",
                "user.fields": _USER_FIELDS,
                "max_results": self._page_size(limit - got, 1),
            }
            if pos.dm_next:
                params["pagination_token"] = pos.dm_next
            body = self._read("/2/dm_events", params)
            users = _index(body, "users")
            reached_known = False
            for raw in as_list(body.get("data"), "the DM events data", rejections):
                rid = _snowflake(raw.get("id")) if isinstance(raw, dict) else None
                if rid is not None:
                    if not _id_gt(rid, pos.dm_since):
                        reached_known = True
                        break
                    if after is not None:
                        try:
                            if parse_time(raw.get("created_at")) < after:
                                reached_known = True
                                break
                        except (ValueError, TypeError):
                            pass
                    if pos.dm_newest is None or _id_gt(rid, pos.dm_newest):
                        pos.dm_newest = rid
                item = guard(rejections, raw, self._dm_item, raw, users, me)
                if item is not None:
                    items.append(item)
                    got += 1
            meta = as_dict(body.get("meta"))
            token = meta.get("next_token")
            if isinstance(token, str) and 0 < len(token) < 200 and not reached_known:
                pos.dm_next = token
                if got >= limit or self.budget.remaining() == 0:
                    return True
                continue
            if pos.dm_newest:
                pos.dm_since = pos.dm_newest
                pos.dm_after = None
            elif pos.dm_since is None:
                pos.dm_after = _x_time(now)
            pos.dm_next = pos.dm_newest = None
            return False

    def _dm_item(
        self, raw: Any, users: Mapping[str, Mapping[str, Any]], me: str
    ) -> InboundItem | None:
        if not isinstance(raw, dict):
            raise ValueError("the DM event is not an object")
        if raw.get("event_type") not in (None, "MessageCreate"):
            return None
        for key in ("id", "sender_id", "created_at", "dm_conversation_id"):
            if not isinstance(raw.get(key), str) or not raw[key]:
                raise ValueError(f"the DM event has no {key}")
        if raw["sender_id"] == me:
            return None
        text = raw.get("text")
        if not isinstance(text, str):
            raise ValueError("the DM event has no text")
        return InboundItem(
            remote_id=raw["id"],
            kind=ItemKind.DM,
            author=_author(raw["sender_id"], users),
            text=text,
            created_at=parse_time(raw["created_at"]),
            thread_key=raw["dm_conversation_id"],
            refs={"dm_conversation_id": raw["dm_conversation_id"]},
        )

    def fetch_thread(self, thread_key: str) -> Sequence[InboundItem]:
        rejections = Rejections("X")
        if "-" in thread_key:  # one-to-one DM conversation ids are "<user>-<user>"
            body = self._read(
                f"/2/dm_conversations/{thread_key}/dm_events",
                {"dm_event.fields": _DM_FIELDS, "expansions": "sender_id", "max_results": 100},
            )
            users = _index(body, "users")
            found = [
                guard(rejections, raw, self._dm_item, raw, users, "")
                for raw in as_list(body.get("data"), "the DM events data", rejections)
            ]
        else:
            body = self._read(
                "/2/tweets/search/recent",
                {
                    "query": f"conversation_id:{thread_key}",
                    "expansions": "author_id,referenced_tweets.id",
                    "tweet.fields": _TWEET_FIELDS,
                    "user.fields": _USER_FIELDS,
                    "max_results": 100,
                },
            )
            users = _index(body, "users")
            found = [
                guard(rejections, raw, self._tweet_item, raw, users, "")
                for raw in as_list(body.get("data"), "the posts data", rejections)
            ]
        return sorted((i for i in found if i is not None), key=lambda i: i.created_at)

    def fetch_context(self, item: InboundItem) -> Sequence[InboundItem]:
        """The conversation's root and the post ``item`` answers (``GET /2/tweets?ids=``),
        root first; X leaves out what the brand may not see."""
        if item.kind == ItemKind.DM:
            return []
        ids = [i for i in (item.thread_key, item.parent_remote_id) if _snowflake(i)]
        ids = list(dict.fromkeys(i for i in ids if i != item.remote_id))
        if not ids:
            return []
        body = self._read(
            "/2/tweets",
            {
                "ids": ",".join(ids),
                "expansions": "author_id",
                "tweet.fields": _TWEET_FIELDS,
                "user.fields": _USER_FIELDS,
            },
        )
        users = _index(body, "users")
        rejections = Rejections("X")
        out: list[InboundItem] = []
        for raw in as_list(body.get("data"), "the posts data", rejections):
            ctx = guard(rejections, raw, self._tweet_item, raw, users, "")
            if ctx is None:
                continue
            refs = dict(ctx.refs)
            if ctx.author.remote_id == self.user_id:
                refs["by_brand"] = "1"
            out.append(replace(ctx, thread_key=item.thread_key, refs=refs))
        out.sort(key=lambda i: (len(i.remote_id), i.remote_id))
        return out

    # -- writes ----------------------------------------------------------------------------

    def send_reply(
        self,
        target: ReplyTarget,
        text: str,
        idempotency_key: str,
        *,
        images: Sequence[Image] = (),
    ) -> SendResult:
        """A reply (``reply.in_reply_to_tweet_id``, images as on a post) or a direct message
        (text only here: a DM attachment goes through a different upload category)."""
        if target.kind == ItemKind.DM:
            if images:
                raise PermanentError(
                    "X: this console sends direct messages as text only; remove the images"
                )
            if not text or len(text) > DM_MAX_LENGTH:
                raise PermanentError(
                    f"X: a direct message must have 1 to {DM_MAX_LENGTH:,} characters"
                )
            conversation = target.refs.get("dm_conversation_id") or target.thread_key
            entry = self.journal.begin(idempotency_key, "dm", text, conversation)
            body = self.http.post(
                f"/2/dm_conversations/{conversation}/messages", json_body={"text": text}
            )
            data = _data(body, "dm_event_id")
            self.journal.finish(idempotency_key, entry, data["dm_event_id"])
            return SendResult(data["dm_event_id"], created_at=entry.started_at)
        _check_length(text)
        if len(images) > MAX_IMAGES:
            raise PermanentError(f"X: a post takes at most {MAX_IMAGES} images")
        reply_body: dict[str, Any] = {
            "text": text,
            "reply": {"in_reply_to_tweet_id": target.remote_id},
        }
        if images:
            reply_body["media"] = {"media_ids": [self.upload_image(img) for img in images]}
        entry = self.journal.begin(idempotency_key, "reply", text, target.remote_id)
        body = self.http.post("/2/tweets", json_body=reply_body)
        return self._sent(idempotency_key, entry, body)

    def publish_post(
        self, text: str, idempotency_key: str, *, images: Sequence[Image] = ()
    ) -> SendResult:
        """A post, with up to four images (``POST /2/media/upload`` each, alt text through
        ``POST /2/media/metadata``, then ``media.media_ids`` on the post)."""
        _check_length(text)
        if len(images) > MAX_IMAGES:
            raise PermanentError(f"X: a post takes at most {MAX_IMAGES} images")
        body_out: dict[str, Any] = {"text": text}
        if images:
            body_out["media"] = {"media_ids": [self.upload_image(img) for img in images]}
        entry = self.journal.begin(idempotency_key, "post", text)
        body = self.http.post("/2/tweets", json_body=body_out)
        return self._sent(idempotency_key, entry, body)

    def upload_image(self, image: Image) -> str:
        """Upload one image (multipart ``media`` + ``media_category=tweet_image``); its id."""
        body = self.http.post(
            "/2/media/upload",
            files={"media": (image.filename, image.data, image.mime_type)},
            data={"media_category": "tweet_image"},
        )
        data = body.get("data") if isinstance(body, dict) else None
        media_id = data.get("id") if isinstance(data, dict) else None
        if not isinstance(media_id, str) or not media_id:
            raise PermanentError("X: the reply to the image upload had no media id")
        state = as_dict(data.get("processing_info")).get("state")
        if state == "failed":
            raise PermanentError("X: the image was refused after upload (processing failed)")
        if image.alt:
            self.http.post(
                "/2/media/metadata",
                json_body={"id": media_id, "metadata": {"alt_text": {"text": image.alt[:1000]}}},
            )
        return media_id

    def _sent(self, key: str, entry: Any, body: Any) -> SendResult:
        data = _data(body, "id")
        self.journal.finish(key, entry, data["id"])
        return SendResult(
            data["id"], url=f"https://x.com/i/web/status/{data['id']}", created_at=entry.started_at
        )

    # -------------------------------------------------- amplifying and metrics (issue 16)

    def boost(self, target: AmplifyTarget, idempotency_key: str) -> SendResult:
        """A repost: ``POST /2/users/:id/retweets`` with ``tweet_id``; X answers
        ``{"data": {"retweeted": true}}`` without the repost's own id, so the result names the
        customer's post. Reposting twice leaves one repost."""
        me = self._me()
        body = self.http.post(f"/2/users/{me}/retweets", json_body={"tweet_id": target.remote_id})
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, dict) or data.get("retweeted") is not True:
            raise PermanentError("X: the repost was not confirmed (X did not say it reposted)")
        return SendResult(
            target.remote_id, url=target.url or f"https://x.com/i/web/status/{target.remote_id}"
        )

    def quote(self, target: AmplifyTarget, text: str, idempotency_key: str) -> SendResult:
        """A quote post: ``POST /2/tweets`` with ``quote_tweet_id``."""
        _check_length(text)
        entry = self.journal.begin(idempotency_key, "post", text)
        body = self.http.post(
            "/2/tweets", json_body={"text": text, "quote_tweet_id": target.remote_id}
        )
        return self._sent(idempotency_key, entry, body)

    metrics_batch = 100  # GET /2/tweets takes up to 100 ids

    def post_metrics(self, remote_ids: Sequence[str]) -> list[PostMetrics]:
        """``GET /2/tweets?ids=…&tweet.fields=public_metrics``: like, retweet, reply, quote
        and impression counts; spends the read budget like every other read."""
        ids = list(remote_ids)[: self.metrics_batch]
        if not ids:
            return []
        body = self._read("/2/tweets", {"ids": ",".join(ids), "tweet.fields": "public_metrics"})
        out: list[PostMetrics] = []
        for t in body.get("data") or []:
            if not isinstance(t, dict) or not isinstance(t.get("id"), str):
                continue
            out.append(
                PostMetrics.read(
                    t["id"],
                    as_dict(t.get("public_metrics")),
                    likes="like_count",
                    reposts="retweet_count",
                    replies="reply_count",
                    quotes="quote_count",
                    impressions="impression_count",
                )
            )
        return out

    def delete(self, remote_id: str) -> None:
        body = self.http.delete(f"/2/tweets/{remote_id}")
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, dict) or data.get("deleted") is not True:
            raise PermanentError("X: the post was not deleted (X did not confirm the deletion)")

    def find_sent(self, idempotency_key: str) -> SendResult | None:
        """What X shows of a send that may or may not have gone out (see the module notes)."""
        entry = self.journal.get(idempotency_key)
        if entry is None:
            return None
        if entry.remote_id:
            return SendResult(entry.remote_id, created_at=entry.started_at)
        me = self._me()
        since = entry.started_at - timedelta(minutes=1)
        if entry.kind == "dm":
            body = self._read(
                f"/2/dm_conversations/{entry.target}/dm_events",
                {"dm_event.fields": _DM_FIELDS, "max_results": 50},
            )
            for raw in body.get("data") or []:
                if (
                    isinstance(raw, dict)
                    and raw.get("sender_id") == me
                    and same_text(entry.text, str(raw.get("text", "")))
                    and _after(raw.get("created_at"), since)
                ):
                    self.journal.finish(idempotency_key, entry, str(raw["id"]))
                    return SendResult(str(raw["id"]))
            return None
        body = self._read(
            f"/2/users/{me}/tweets",
            {
                "max_results": 100,
                "start_time": since.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "tweet.fields": "created_at,referenced_tweets",
            },
        )
        for raw in body.get("data") or []:
            if not isinstance(raw, dict) or not same_text(entry.text, str(raw.get("text", ""))):
                continue
            if entry.kind == "reply":
                parents = [
                    r.get("id")
                    for r in raw.get("referenced_tweets") or []
                    if isinstance(r, dict) and r.get("type") == "replied_to"
                ]
                if entry.target not in parents:
                    continue
            self.journal.finish(idempotency_key, entry, str(raw["id"]))
            return SendResult(str(raw["id"]), url=f"https://x.com/i/web/status/{raw['id']}")
        return None

    def close(self) -> None:
        self.http.close()


def _check_length(text: str) -> None:
    length = x_weighted_length(text)
    if length == 0:
        raise PermanentError("X: a post cannot be empty")
    if length > X_MAX_WEIGHTED_LENGTH:
        raise PermanentError(
            f"X: the text counts {length} characters as X weighs them "
            f"(links 23, emoji and CJK 2); the limit is {X_MAX_WEIGHTED_LENGTH}"
        )


def _data(body: Any, key: str) -> dict[str, str]:
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, dict) or not isinstance(data.get(key), str):
        raise PermanentError(f"X: the reply to our request had no {key}; the send is unconfirmed")
    return data


def _index(body: Mapping[str, Any], kind: str) -> dict[str, Mapping[str, Any]]:
    includes = body.get("includes")
    if not isinstance(includes, dict) or not isinstance(includes.get(kind), list):
        return {}
    return {
        u["id"]: u for u in includes[kind] if isinstance(u, dict) and isinstance(u.get("id"), str)
    }


def _author(user_id: str, users: Mapping[str, Mapping[str, Any]]) -> RemoteAuthor:
    user = users.get(user_id, {})
    metrics = user.get("public_metrics")
    followers = metrics.get("followers_count") if isinstance(metrics, dict) else None
    return RemoteAuthor(
        remote_id=user_id,
        handle=text(user.get("username")) or user_id,
        display_name=text(user.get("name")),
        followers=followers
        if isinstance(followers, int) and not isinstance(followers, bool)
        else None,
    )


def _after(value: Any, since: datetime) -> bool:
    try:
        return parse_time(value) >= since
    except ValueError:
        return False
