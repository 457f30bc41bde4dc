"""A Facebook Page and its linked Instagram professional account, through Meta's Graph API.

One connector per Page, with a Page access token. What it reads: Messenger and Instagram
conversations (``GET /{page-id}/conversations?platform=messenger|instagram``), comments on the
Page's recent posts (``GET /{page-id}/feed`` with a ``comments`` field expansion) and on the
Instagram account's recent media (``GET /{ig-user-id}/media``). What it writes: comment replies
(``POST /{comment-id}/comments`` on Facebook, ``POST /{ig-comment-id}/replies`` on Instagram),
messages (``POST /{page-id}/messages`` with ``messaging_type=RESPONSE``), Page posts and
deletions.

Rules Meta imposes that this module enforces or reports (from Meta's documentation):
- The standard messaging window: a Page may answer a person for 24 hours after that person's
  last message. A reply outside it is refused here, before any call, with the time the window
  closed (Meta would refuse it anyway, error code 10). Message tags (e.g. HUMAN_AGENT, 7 days)
  need Meta's approval and are not used.
- Instagram conversations need the ``instagram_manage_messages`` permission and an app owned by
  a verified business; Messenger conversations need ``pages_messaging``. Advanced Access is
  needed for conversations with people who have no role on the app.
- Instagram allows replies to top-level comments only (a reply to a reply lands under the
  top-level comment), and no text-only posts: publishing goes to the Facebook Page.
- Graph errors arrive as ``{"error": {"code", "error_subcode", "message", "is_transient"}}``
  inside a 4xx: code 190 means the token is dead, 4/17/32/613 and 80001–80014 rate limits
  (``X-App-Usage`` / ``X-Business-Use-Case-Usage`` headers tell how long), 10 and 200–299
  missing permissions.
- Comments are read on the posts and media of the backfill horizon (paged with the
  ``after`` cursor, the newest 10 always, whatever their age), each post's comments paged
  too; Graph has no idempotency key (see :mod:`accounts.sentlog`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import requests

from accounts.base import (
    AuthExpired,
    Connector,
    ConnectorError,
    FetchResult,
    Image,
    InboundItem,
    ItemKind,
    PermanentError,
    Profile,
    RateLimited,
    RejectedItem,
    RemoteAuthor,
    ReplyTarget,
    SendResult,
    TransientError,
)
from accounts.http import HttpClient, RateControl, RetryPolicy, parse_time
from accounts.payload import Rejections, describe_failure, excerpt
from accounts.sentlog import SentJournal, same_text

DEFAULT_BASE_URL = "https://graph.facebook.com"
DEFAULT_API_VERSION = "v25.0"
MESSAGING_WINDOW = timedelta(hours=24)
MESSAGE_MAX_LENGTH = 2000  # Send API: "UTF-8 and less than 2000 characters"
RECENT_POSTS = 10
#: conversation pages read per sync and platform (25 conversations each)
MAX_CONVERSATION_PAGES = 20
#: pages of posts (or Instagram media) read per sync at most, back to the horizon
MAX_POST_PAGES = 20
#: posts per page (each carries its first 50 comments, so pages stay small)
POSTS_PAGE = 25
#: further pages of one post's comments read per sync at most (50 a page)
MAX_COMMENT_PAGES = 20
#: photos attached to one Page post by this console
MAX_PHOTOS = 10

_RATE_CODES = {4, 17, 32, 613} | set(range(80001, 80015))
_AUTH_CODES = {190, 102}
_TRANSIENT_CODES = {1, 2}
_DEFAULT_THROTTLE = timedelta(minutes=60)

_MESSAGE_FIELDS = "id,message,from,to,created_time"
_FB_COMMENT_FIELDS = "id,message,created_time,from,parent{id},permalink_url"
_IG_COMMENT_FIELDS = "id,text,timestamp,username,from,parent_id"


def can_message(last_customer_message_at: datetime, now: datetime | None = None) -> bool:
    """Whether the 24-hour standard messaging window is still open."""
    now = now or datetime.now(UTC)
    return now - last_customer_message_at < MESSAGING_WINDOW


def _usage_wait(headers: Mapping[str, str]) -> timedelta | None:
    """How long Meta says to wait, from X-Business-Use-Case-Usage (minutes per business)."""
    raw = headers.get("X-Business-Use-Case-Usage") or headers.get("x-business-use-case-usage")
    if not raw:
        return None
    try:
        usage = json.loads(raw)
    except ValueError:
        return None
    minutes = [
        entry.get("estimated_time_to_regain_access")
        for entries in (usage.values() if isinstance(usage, dict) else [])
        if isinstance(entries, list)
        for entry in entries
        if isinstance(entry, dict)
    ]
    waits = [m for m in minutes if isinstance(m, int | float)]
    return timedelta(minutes=max(waits)) if waits and max(waits) > 0 else None


def graph_error(resp: requests.Response) -> ConnectorError | None:
    """A Graph API error body as one of the connector errors, with Meta's message in it."""
    try:
        body = resp.json()
    except (ValueError, RecursionError):
        return None
    err = body.get("error") if isinstance(body, dict) else None
    if not isinstance(err, dict):
        return None
    code = err.get("code")
    sub = err.get("error_subcode")
    text = str(err.get("error_user_msg") or err.get("message") or "no reason given")[:200]
    if code in _AUTH_CODES or (err.get("type") == "OAuthException" and code is None):
        return AuthExpired(
            f"Meta: the Page's authorisation was refused ({text}); it needs reconnecting"
        )
    if code in _RATE_CODES:
        wait = _usage_wait(resp.headers)
        until = datetime.now(UTC) + (wait or _DEFAULT_THROTTLE)
        how = "as Meta asked" if wait else "Meta gave no wait time"
        return RateLimited(
            f"Meta: rate limited (code {code}: {text}); next call at {until:%H:%M} UTC ({how})",
            until,
        )
    if err.get("is_transient") is True or code in _TRANSIENT_CODES:
        return TransientError(f"Meta: a temporary failure ({text})")
    if code == 10 and sub == 2018278:
        return PermanentError(f"Meta: the 24-hour messaging window has closed ({text})")
    if code == 10 or (isinstance(code, int) and 200 <= code <= 299):
        return PermanentError(f"Meta: a permission is missing for this action ({text})")
    if code == 368:
        return PermanentError(f"Meta: the action was blocked as a policy matter ({text})")
    return PermanentError(f"Meta: refused (code {code}): {text}")


#: ids remembered per source, so a re-read window delivers each item once
_SEEN_PER_SOURCE = 2000


@dataclass
class _Mark:
    """What one source has delivered: the newest time seen, and the ids seen lately.

    Comments and messages carry no order the Graph API lets us resume from (no since-id), and
    their ``created_time`` is the author's: a comment that arrives late can be older than
    what was already seen. So an item is new when its id was not delivered before, whatever
    its time, as long as it is within the horizon (``floor``); the recent window is reread
    every sync and the ids in ``ids`` (the latest few thousand) keep it from being delivered
    twice; ingest deduplicates on the id anyway.
    """

    at: str | None = None
    ids: list[str] = field(default_factory=list)
    floor: datetime | None = None

    def is_new(self, created: datetime, rid: str) -> bool:
        if self.floor is not None and created < self.floor:
            return False
        return rid not in self.ids

    def advance(self, created: datetime, rid: str) -> None:
        if self.at is None or created > datetime.fromisoformat(self.at):
            self.at = created.isoformat()
        if rid not in self.ids:
            self.ids.append(rid)
            del self.ids[:-_SEEN_PER_SOURCE]


_SOURCES = ("messenger", "instagram", "facebook_comments", "instagram_comments")


class MetaConnector(Connector):
    """One Facebook Page (and optionally its Instagram professional account)."""

    network = "meta"
    #: uploads images with posts and replies (see publish_post / send_reply)
    supports_media = True

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        page_id: str,
        token: Callable[[], str | None],
        refresh: Callable[[], bool] | None = None,
        ig_user_id: str | None = None,
        api_version: str = DEFAULT_API_VERSION,
        read_messenger: bool = True,
        read_instagram_messages: bool = True,
        sent_journal: MutableMapping[str, str] | None = None,
        rate_control: RateControl | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.page_id = page_id
        self.ig_user_id = ig_user_id
        self.version = api_version.strip("/")
        # Page tokens are limited per Page: keep one Page's throttling from stopping the others
        self.http = HttpClient(
            base_url,
            network="Meta",
            token=token,
            refresh=refresh,
            rate_control=rate_control,
            retry=retry,
            sleep=sleep,
            error_hook=graph_error,
            rate_scope=lambda method, url: f"graph page {page_id}",
        )
        self.platforms = [
            p
            for p, on in (
                ("messenger", read_messenger),
                ("instagram", read_instagram_messages and ig_user_id is not None),
            )
            if on
        ]
        self.journal = SentJournal(sent_journal)
        self._clock = clock
        self._own_ids = {page_id} | ({ig_user_id} if ig_user_id else set())

    def _path(self, node: str, edge: str = "") -> str:
        return f"/{self.version}/{node}" + (f"/{edge}" if edge else "")

    # -- reads -----------------------------------------------------------------------------

    def profile(self) -> Profile:
        body = self.http.get(self._path(self.page_id), params={"fields": "id,name,username"})
        if not isinstance(body, dict) or not body.get("id"):
            raise PermanentError("Meta: the Page lookup returned nothing")
        return Profile(
            str(body["id"]), str(body.get("username") or body["id"]), body.get("name", "")
        )

    def fetch_inbound(self, cursor: str | None, limit: int = 100) -> FetchResult:
        """New messages and comments: the recent window is reread, ids already delivered are
        skipped (see :class:`_Mark`), so a late item is delivered whatever its timestamp."""
        marks = self._load(cursor)
        items: list[InboundItem] = []
        rejected = Rejections("Meta")
        for platform in self.platforms:
            self._conversations(platform, marks[platform], items, rejected)
        self._fb_comments(marks["facebook_comments"], items, rejected)
        if self.ig_user_id:
            self._ig_comments(marks["instagram_comments"], items, rejected)
        items.sort(key=lambda i: i.created_at)
        dumped = {k: {"at": m.at, "ids": m.ids} for k, m in marks.items() if m.at or m.ids}
        dumped.setdefault("v", {"at": None, "ids": []})  # a cursor even after an empty sync
        return FetchResult(items, json.dumps(dumped, sort_keys=True), rejected.result())

    def _load(self, cursor: str | None) -> dict[str, _Mark]:
        floor = self._clock() - self.backfill
        marks = {s: _Mark(floor=floor) for s in _SOURCES}
        if cursor:
            try:
                for key, value in json.loads(cursor).items():
                    if key in marks:
                        ids = [str(i) for i in value.get("ids", [])]
                        marks[key] = _Mark(value.get("at"), ids, floor)
            except (ValueError, AttributeError, TypeError):
                raise PermanentError("Meta: the stored sync position is unreadable") from None
        return marks

    def _take(
        self,
        mark: _Mark,
        new_mark: _Mark,
        item: InboundItem | None,
        items: list[InboundItem],
    ) -> None:
        if item is not None and mark.is_new(item.created_at, item.remote_id):
            items.append(item)
            new_mark.advance(item.created_at, item.remote_id)

    def _conversations(
        self, platform: str, mark: _Mark, items: list[InboundItem], rejected: Rejections
    ) -> None:
        # newest conversations first; stop paging once a whole page predates the mark (on a
        # first sync: the horizon), at most MAX_CONVERSATION_PAGES pages a sync
        new_mark = _Mark(mark.at, list(mark.ids), mark.floor)
        after: str | None = None
        threshold = datetime.fromisoformat(mark.at) if mark.at else mark.floor
        for _ in range(MAX_CONVERSATION_PAGES):
            params = {
                "platform": platform,
                "fields": f"id,updated_time,messages.limit(20){{{_MESSAGE_FIELDS}}}",
                "limit": 25,
            }
            if after:
                params["after"] = after
            body = self.http.get(self._path(self.page_id, "conversations"), params=params)
            data = body.get("data") if isinstance(body, dict) else None
            if not isinstance(data, list):
                raise PermanentError("Meta: the conversations reply had no data list")
            page_is_old = bool(data)
            for conv in data:
                if not isinstance(conv, dict) or not conv.get("id"):
                    rejected.append(_rejected("a conversation without an id", None, conv))
                    continue
                try:
                    updated = parse_time(conv.get("updated_time"))
                    if threshold is None or updated >= threshold:
                        page_is_old = False
                except ValueError:
                    page_is_old = False
                for raw in _nested(conv, "messages"):
                    item = self._message_item(platform, str(conv["id"]), raw, rejected)
                    if item is not None:
                        self._take(mark, new_mark, item, items)
            after = _after_cursor(body)
            if not after or page_is_old:
                break
        mark.at, mark.ids = new_mark.at, new_mark.ids

    def _message_item(
        self, platform: str, conversation: str, raw: Any, rejected: Rejections
    ) -> InboundItem | None:
        rid = raw.get("id") if isinstance(raw, dict) else None
        try:
            if not isinstance(raw, dict) or not isinstance(rid, str) or not rid:
                raise ValueError("the message has no id")
            sender = raw.get("from")
            if not isinstance(sender, dict) or not sender.get("id"):
                raise ValueError("the message has no sender")
            if str(sender["id"]) in self._own_ids:
                return None
            created = parse_time(raw.get("created_time"))
            text = raw.get("message")
            if not isinstance(text, str):
                raise ValueError("the message has no text")
            handle = sender.get("username") or sender.get("name") or sender["id"]
            return InboundItem(
                remote_id=rid,
                kind=ItemKind.DM,
                author=RemoteAuthor(str(sender["id"]), str(handle), str(sender.get("name", ""))),
                text=text,
                created_at=created,
                thread_key=conversation,
                refs={
                    "platform": platform,
                    "recipient_id": str(sender["id"]),
                    "last_customer_message_at": created.isoformat(),
                },
            )
        except ConnectorError:
            raise
        except Exception as exc:  # noqa: BLE001 - one bad item must never cost the page
            rejected.append(_rejected(describe_failure(exc), rid, raw))
            return None

    def _fb_comments(self, mark: _Mark, items: list[InboundItem], rejected: Rejections) -> None:
        new_mark = _Mark(mark.at, list(mark.ids), mark.floor)
        fields = (
            f"id,message,created_time,comments.filter(stream).limit(50){{{_FB_COMMENT_FIELDS}}}"
        )
        for post in self._posts_to_horizon("feed", fields, "created_time", mark.floor, rejected):
            post_id = post["id"]
            comments = [*_nested(post, "comments")]
            comments += self._more_comments(
                post_id, post, _FB_COMMENT_FIELDS, rejected, stream=True
            )
            for raw in comments:
                item = self._fb_comment_item(post_id, raw, rejected)
                if item is not None:
                    self._take(mark, new_mark, item, items)
        mark.at, mark.ids = new_mark.at, new_mark.ids

    def _posts_to_horizon(
        self,
        edge: str,
        fields: str,
        time_field: str,
        floor: datetime | None,
        rejected: Rejections,
    ) -> list[dict[str, Any]]:
        """The Page's posts (``feed``) or the Instagram account's ``media``, newest first, page
        after page (``after`` cursor) until a page reaches past the horizon once the newest
        ``RECENT_POSTS`` are in (an old post can still get comments)."""
        node = self.page_id if edge == "feed" else str(self.ig_user_id)
        found: list[dict[str, Any]] = []
        after: str | None = None
        for _ in range(MAX_POST_PAGES):
            params = {"fields": fields, "limit": POSTS_PAGE}
            if after:
                params["after"] = after
            body = self.http.get(self._path(node, edge), params=params)
            oldest: datetime | None = None
            for post in _data_list(body, edge):
                if not isinstance(post, dict) or not isinstance(post.get("id"), str):
                    what = "a post" if edge == "feed" else "a media object"
                    rejected.append(_rejected(f"{what} without an id", None, post))
                    continue
                found.append(post)
                try:
                    when = parse_time(post.get(time_field))
                except (ValueError, TypeError, OverflowError):
                    continue
                oldest = when if oldest is None or when < oldest else oldest
            after = _after_cursor(body)
            if not after:
                break
            if len(found) >= RECENT_POSTS and (floor is None or oldest is None or oldest < floor):
                break
        return found

    def _more_comments(
        self,
        node_id: str,
        node: dict[str, Any],
        fields: str,
        rejected: Rejections,
        *,
        stream: bool = False,
    ) -> list[Any]:
        """The pages of a post's comments after the first (the field expansion gives 50):
        ``GET /{post-id}/comments?after=``. A page that cannot be read is a rejection in
        words; what was read stays."""
        out: list[Any] = []
        after = _after_cursor(node.get("comments"))
        for _ in range(MAX_COMMENT_PAGES):
            if not after:
                break
            params = {"fields": fields, "limit": 50, "after": after}
            if stream:
                params["filter"] = "stream"  # Facebook: replies to comments too
            try:
                body = self.http.get(self._path(node_id, "comments"), params=params)
                page = _data_list(body, "comments")
            except PermanentError as exc:
                rejected.append(_rejected(f"more comments could not be read ({exc})", node_id, {}))
                break
            out.extend(page)
            after = _after_cursor(body)
        return out

    def _fb_comment_item(self, post_id: str, raw: Any, rejected: Rejections) -> InboundItem | None:
        rid = raw.get("id") if isinstance(raw, dict) else None
        try:
            if not isinstance(raw, dict) or not isinstance(rid, str) or not rid:
                raise ValueError("the comment has no id")
            created = parse_time(raw.get("created_time"))
            text = raw.get("message")
            if not isinstance(text, str):
                raise ValueError("the comment has no message")
            sender = raw.get("from") if isinstance(raw.get("from"), dict) else {}
            if str(sender.get("id")) in self._own_ids:
                return None
            parent = (
                raw.get("parent", {}).get("id") if isinstance(raw.get("parent"), dict) else None
            )
            return InboundItem(
                remote_id=rid,
                kind=ItemKind.REPLY if parent else ItemKind.COMMENT,
                # without pages_read_user_content Meta leaves "from" out: the author is unknown
                author=RemoteAuthor(
                    str(sender.get("id", "")),
                    str(sender.get("name", "")),
                    str(sender.get("name", "")),
                ),
                text=text,
                created_at=created,
                thread_key=post_id,
                parent_remote_id=parent or post_id,
                url=raw.get("permalink_url") if isinstance(raw.get("permalink_url"), str) else None,
                refs={"platform": "facebook", "post_id": post_id},
            )
        except ConnectorError:
            raise
        except Exception as exc:  # noqa: BLE001 - one bad item must never cost the page
            rejected.append(_rejected(describe_failure(exc), rid, raw))
            return None

    def _ig_comments(self, mark: _Mark, items: list[InboundItem], rejected: Rejections) -> None:
        new_mark = _Mark(mark.at, list(mark.ids), mark.floor)
        replies = f"{_IG_COMMENT_FIELDS},replies{{{_IG_COMMENT_FIELDS}}}"
        fields = f"id,caption,permalink,timestamp,comments.limit(50){{{replies}}}"
        for media in self._posts_to_horizon("media", fields, "timestamp", mark.floor, rejected):
            media_id = media["id"]
            comments = [*_nested(media, "comments")]
            comments += self._more_comments(media_id, media, replies, rejected)
            for raw in comments:
                for one in [raw, *(_nested(raw, "replies") if isinstance(raw, dict) else [])]:
                    item = self._ig_comment_item(media_id, one, rejected)
                    if item is not None:
                        self._take(mark, new_mark, item, items)
        mark.at, mark.ids = new_mark.at, new_mark.ids

    def _ig_comment_item(self, media_id: str, raw: Any, rejected: Rejections) -> InboundItem | None:
        rid = raw.get("id") if isinstance(raw, dict) else None
        try:
            if not isinstance(raw, dict) or not isinstance(rid, str) or not rid:
                raise ValueError("the comment has no id")
            created = parse_time(raw.get("timestamp"))
            text = raw.get("text")
            if not isinstance(text, str):
                raise ValueError("the comment has no text")
            sender = raw.get("from") if isinstance(raw.get("from"), dict) else {}
            username = str(sender.get("username") or raw.get("username") or "")
            if str(sender.get("id")) in self._own_ids:
                return None
            parent = raw.get("parent_id") if isinstance(raw.get("parent_id"), str) else None
            return InboundItem(
                remote_id=rid,
                kind=ItemKind.REPLY if parent else ItemKind.COMMENT,
                author=RemoteAuthor(str(sender.get("id", "")), username, username),
                text=text,
                created_at=created,
                thread_key=media_id,
                parent_remote_id=parent or media_id,
                refs={"platform": "instagram", "media_id": media_id, "top_comment": parent or rid},
            )
        except ConnectorError:
            raise
        except Exception as exc:  # noqa: BLE001 - one bad item must never cost the page
            rejected.append(_rejected(describe_failure(exc), rid, raw))
            return None

    def fetch_thread(self, thread_key: str) -> Sequence[InboundItem]:
        """A conversation's messages, or a post's comments (by the shape of the id)."""
        rejected: Rejections = []
        found: list[InboundItem | None]
        if thread_key.startswith("t_") or not thread_key.replace("_", "").isdigit():
            body = self.http.get(
                self._path(thread_key),
                params={"fields": f"messages.limit(20){{{_MESSAGE_FIELDS}}}"},
            )
            platform = "messenger" if thread_key.startswith("t_") else "instagram"
            found = [
                self._message_item(platform, thread_key, raw, rejected)
                for raw in _nested(body, "messages")
            ]
        elif "_" in thread_key:
            body = self.http.get(
                self._path(thread_key, "comments"),
                params={"fields": _FB_COMMENT_FIELDS, "filter": "stream"},
            )
            found = [
                self._fb_comment_item(thread_key, raw, rejected)
                for raw in _data_list(body, "comments")
            ]
        else:
            body = self.http.get(
                self._path(thread_key, "comments"), params={"fields": _IG_COMMENT_FIELDS}
            )
            found = [
                self._ig_comment_item(thread_key, raw, rejected)
                for raw in _data_list(body, "comments")
            ]
        return sorted((i for i in found if i is not None), key=lambda i: i.created_at)

    def fetch_context(self, item: InboundItem) -> Sequence[InboundItem]:
        """For a reply to a comment: the comment it answers (``GET /{comment-id}``); for a
        Facebook comment, also the Page's post itself (by the brand). DMs need none."""
        platform = item.refs.get("platform")
        if item.kind == ItemKind.DM or platform not in ("facebook", "instagram"):
            return []
        rejected = Rejections("Meta")
        out: list[InboundItem] = []
        parent = item.parent_remote_id
        if platform == "facebook":
            post = self.http.get(
                self._path(item.thread_key), params={"fields": "id,message,created_time"}
            )
            try:
                out.append(
                    InboundItem(
                        remote_id=_id(post, "id"),
                        kind=ItemKind.POST,
                        author=RemoteAuthor(self.page_id, self.page_id),
                        text=post.get("message") if isinstance(post.get("message"), str) else "",
                        created_at=parse_time(post.get("created_time")),
                        thread_key=item.thread_key,
                        refs={"platform": "facebook", "post_id": item.thread_key, "by_brand": "1"},
                    )
                )
            except (ConnectorError, ValueError):
                pass  # a post without a readable time is not worth a rejection: context only
            if parent and parent != item.thread_key:
                raw = self.http.get(self._path(parent), params={"fields": _FB_COMMENT_FIELDS})
                found = self._fb_comment_item(item.thread_key, raw, rejected)
                if found is not None:
                    out.append(found)
        elif parent and parent != item.thread_key:
            raw = self.http.get(self._path(parent), params={"fields": _IG_COMMENT_FIELDS})
            found = self._ig_comment_item(item.thread_key, raw, rejected)
            if found is not None:
                out.append(found)
        return out

    # -- writes ----------------------------------------------------------------------------

    def last_customer_message_at(self, conversation_id: str, customer_id: str) -> datetime | None:
        body = self.http.get(
            self._path(conversation_id),
            params={"fields": "messages.limit(20){id,from,created_time}"},
        )
        times = []
        for raw in _nested(body, "messages"):
            sender = raw.get("from") if isinstance(raw, dict) else None
            if isinstance(sender, dict) and str(sender.get("id")) == customer_id:
                try:
                    times.append(parse_time(raw.get("created_time")))
                except ValueError:
                    continue
        return max(times) if times else None

    def send_reply(
        self,
        target: ReplyTarget,
        text: str,
        idempotency_key: str,
        *,
        images: Sequence[Image] = (),
    ) -> SendResult:
        """A comment reply (Facebook: one photo, uploaded unpublished and named by
        ``attachment_id``; Instagram comment replies take text only) or a Messenger message."""
        if not text.strip():
            raise PermanentError("Meta: a reply cannot be empty")
        platform = target.refs.get("platform", "facebook")
        if images and (target.kind == ItemKind.DM or platform == "instagram"):
            raise PermanentError(
                "Meta: this console answers direct messages and Instagram comments with text "
                "only; remove the images"
            )
        if len(images) > 1:
            raise PermanentError("Meta: a Facebook comment takes one photo at most")
        if target.kind == ItemKind.DM:
            return self._send_message(target, text, idempotency_key)
        if platform == "instagram":
            # Instagram nests one level only: answer the top-level comment
            parent = target.refs.get("top_comment") or target.remote_id
            entry = self.journal.begin(idempotency_key, "ig_reply", text, parent)
            body = self.http.post(self._path(parent, "replies"), params={"message": text})
        else:
            comment: dict[str, Any] = {"message": text}
            if images:
                comment["attachment_id"] = self.upload_image(images[0])
            entry = self.journal.begin(idempotency_key, "fb_reply", text, target.remote_id)
            body = self.http.post(self._path(target.remote_id, "comments"), json_body=comment)
        rid = _id(body, "id")
        self.journal.finish(idempotency_key, entry, rid)
        return SendResult(rid, created_at=entry.started_at)

    def _send_message(self, target: ReplyTarget, text: str, key: str) -> SendResult:
        if len(text) >= MESSAGE_MAX_LENGTH:
            raise PermanentError(f"Meta: a message must be under {MESSAGE_MAX_LENGTH} characters")
        recipient = target.refs.get("recipient_id") or target.author_remote_id
        if not recipient:
            raise PermanentError("Meta: the customer to message is unknown for this conversation")
        raw_last = target.refs.get("last_customer_message_at")
        last = (
            parse_time(raw_last)
            if raw_last
            else self.last_customer_message_at(target.thread_key, recipient)
        )
        now = self._clock()
        if last is None:
            raise PermanentError(
                "Meta: the customer's last message could not be found, so the 24-hour "
                "messaging window cannot be checked; nothing was sent"
            )
        if not can_message(last, now):
            closed = last + MESSAGING_WINDOW
            raise PermanentError(
                f"Meta: the 24-hour messaging window closed at {closed:%Y-%m-%d %H:%M} UTC "
                f"(the customer last wrote at {last:%Y-%m-%d %H:%M} UTC). Meta only allows a "
                "reply within 24 hours of the customer's last message; nothing was sent. "
                "Answer publicly or wait for the customer to write again."
            )
        entry = self.journal.begin(key, "message", text, target.thread_key)
        body = self.http.post(
            self._path(self.page_id, "messages"),
            json_body={
                "recipient": {"id": recipient},
                "messaging_type": "RESPONSE",
                "message": {"text": text},
            },
        )
        rid = _id(body, "message_id")
        self.journal.finish(key, entry, rid)
        return SendResult(rid, created_at=entry.started_at)

    def publish_post(
        self, text: str, idempotency_key: str, *, images: Sequence[Image] = ()
    ) -> SendResult:
        """A Page post, with photos: each is uploaded unpublished (``POST /{page}/photos``
        with ``published=false``), then the post attaches them (``attached_media``)."""
        if not text.strip():
            raise PermanentError("Meta: a post cannot be empty")
        if len(images) > MAX_PHOTOS:
            raise PermanentError(f"Meta: a post takes at most {MAX_PHOTOS} photos here")
        payload: dict[str, Any] = {"message": text}
        if images:
            payload["attached_media"] = [{"media_fbid": self.upload_image(img)} for img in images]
        entry = self.journal.begin(idempotency_key, "post", text)
        body = self.http.post(self._path(self.page_id, "feed"), json_body=payload)
        rid = _id(body, "id")
        self.journal.finish(idempotency_key, entry, rid)
        return SendResult(rid, created_at=entry.started_at)

    def upload_image(self, image: Image) -> str:
        """One unpublished Page photo (multipart ``source``), its id for ``attached_media``."""
        form = {"published": "false"}
        if image.alt:
            form["alt_text_custom"] = image.alt
        body = self.http.post(
            self._path(self.page_id, "photos"),
            files={"source": (image.filename, image.data, image.mime_type)},
            data=form,
        )
        return _id(body, "id")

    def delete(self, remote_id: str) -> None:
        body = self.http.delete(self._path(remote_id))
        if not isinstance(body, dict) or body.get("success") is not True:
            raise PermanentError("Meta: the deletion was not confirmed")

    def find_sent(self, idempotency_key: str) -> SendResult | None:
        """Journal first; for a lost Page post, the Page's posts since the attempt."""
        entry = self.journal.get(idempotency_key)
        if entry is None:
            return None
        if entry.remote_id:
            return SendResult(entry.remote_id, created_at=entry.started_at)
        if entry.kind == "post":
            since = int((entry.started_at - timedelta(minutes=1)).timestamp())
            body = self.http.get(
                self._path(self.page_id, "posts"),
                params={"fields": "id,message,created_time", "since": since},
            )
            for post in _data_list(body, "posts"):
                if isinstance(post, dict) and same_text(entry.text, str(post.get("message", ""))):
                    self.journal.finish(idempotency_key, entry, str(post["id"]))
                    return SendResult(str(post["id"]))
        elif entry.kind in ("fb_reply", "ig_reply"):
            fields = _FB_COMMENT_FIELDS if entry.kind == "fb_reply" else _IG_COMMENT_FIELDS
            edge = "comments" if entry.kind == "fb_reply" else "replies"
            body = self.http.get(self._path(entry.target, edge), params={"fields": fields})
            for raw in _data_list(body, edge):
                if not isinstance(raw, dict):
                    continue
                sender = raw.get("from") if isinstance(raw.get("from"), dict) else {}
                said = str(raw.get("message") or raw.get("text") or "")
                if str(sender.get("id")) in self._own_ids and same_text(entry.text, said):
                    self.journal.finish(idempotency_key, entry, str(raw["id"]))
                    return SendResult(str(raw["id"]))
        elif entry.kind == "message":
            body = self.http.get(
                self._path(entry.target),
                params={"fields": f"messages.limit(20){{{_MESSAGE_FIELDS}}}"},
            )
            for raw in _nested(body, "messages"):
                sender = raw.get("from") if isinstance(raw, dict) else None
                if (
                    isinstance(sender, dict)
                    and str(sender.get("id")) in self._own_ids
                    and same_text(entry.text, str(raw.get("message", "")))
                ):
                    self.journal.finish(idempotency_key, entry, str(raw["id"]))
                    return SendResult(str(raw["id"]))
        return None

    def close(self) -> None:
        self.http.close()


def _after_cursor(body: Any) -> str | None:
    paging = body.get("paging") if isinstance(body, dict) else None
    if not isinstance(paging, dict) or not paging.get("next"):
        return None
    cursors = paging.get("cursors")
    after = cursors.get("after") if isinstance(cursors, dict) else None
    return after if isinstance(after, str) and after else None


def _data_list(body: Any, what: str) -> list[Any]:
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, list):
        raise PermanentError(f"Meta: the {what} reply had no data list")
    return data


def _nested(node: Any, edge: str) -> list[Any]:
    inner = node.get(edge) if isinstance(node, dict) else None
    data = inner.get("data") if isinstance(inner, dict) else None
    return data if isinstance(data, list) else []


def _id(body: Any, key: str) -> str:
    value = body.get(key) if isinstance(body, dict) else None
    if not isinstance(value, str) or not value:
        raise PermanentError(
            f"Meta: the reply to our request had no {key}; the send is unconfirmed"
        )
    return value


def _rejected(reason: str, rid: Any, raw: Any) -> RejectedItem:
    return RejectedItem(
        reason=f"Meta: {reason}",
        remote_id=rid if isinstance(rid, str) and len(rid) <= 300 else None,
        excerpt=excerpt(raw),
    )
