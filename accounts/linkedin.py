"""A LinkedIn organisation page through the versioned Community Management API (``/rest``).

What it reads: comments (and replies to comments) on the organisation's recent posts —
``GET /rest/posts?q=author`` to list the posts, then
``GET /rest/socialActions/{post urn}/comments`` per post. What it writes: replies
(``POST /rest/socialActions/{comment urn}/comments`` with ``parentComment``), posts
(``POST /rest/posts``) and deletions. Every call carries ``LinkedIn-Version: YYYYMM`` and
``X-Restli-Protocol-Version: 2.0.0``; URNs in paths are URL-encoded as Rest.li 2.0 requires.

What LinkedIn does not allow (from its documentation):
- No direct messages for organisation pages: the Messages API is restricted to approved
  partners and sends member-to-member messages only. :meth:`send_reply` refuses DMs in words.
- Comments nest one level: a reply to a reply is attached to the top-level comment.
- Daily rate limits per application and per member, reset at midnight UTC, with no headers to
  say how much is left; a 429 naming a DAY limit waits until midnight UTC.
- Reading needs ``r_organization_social``, writing ``w_organization_social``, and the member who
  connected the page must hold an admin role on it. No idempotency key: see
  :mod:`accounts.sentlog`.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, MutableMapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlsplit

import requests

from accounts.base import (
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
)
from accounts.http import HttpClient, RateControl, RetryPolicy
from accounts.payload import Rejections, describe_failure
from accounts.sentlog import SentJournal, same_text

DEFAULT_BASE_URL = "https://api.linkedin.com"
DEFAULT_VERSION = "202601"
#: the newest posts always read for comments, however old (a comment can come years later)
RECENT_POSTS = 10
#: posts per page of ``GET /rest/posts`` (the finder's documented maximum is 100)
POSTS_PAGE = 50
#: pages of posts read per sync at most: 1,000 posts, within the daily application limit
MAX_POST_PAGES = 20
#: comment ids remembered, so the reread window delivers each comment once
_SEEN_IDS = 2000
#: a multi-image post takes 2 to 20 images (Multi-Image API)
MAX_IMAGES = 20
#: a comment takes one image (Comments API ``content``)
MAX_COMMENT_IMAGES = 1
COMMENT_MAX_LENGTH = 1250
_COMMENT_URN = re.compile(r"urn:li:comment:\((urn:li:[a-zA-Z]+:[^,]+),([^)]+)\)")


def _enc(urn: str) -> str:
    return quote(urn, safe="")


def _next_midnight() -> datetime:
    now = datetime.now(UTC)
    return (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)


def linkedin_error(resp: requests.Response) -> ConnectorError | None:
    """LinkedIn's ``{"status", "serviceErrorCode", "message"}`` body in words."""
    if resp.status_code == 401 or resp.status_code >= 500:
        return None
    try:
        body = resp.json()
    except (ValueError, RecursionError):
        body = {}
    message = str(body.get("message") or resp.reason or "") if isinstance(body, dict) else ""
    code = body.get("code") if isinstance(body, dict) else None
    if resp.status_code == 429:
        if "DAY" in message.upper():
            until = _next_midnight()
            return RateLimited(
                f"LinkedIn: the daily limit is reached ({message[:200]}); it resets at "
                f"{until:%H:%M} UTC",
                until,
            )
        return None  # infrastructure protection: the shared short backoff applies
    if resp.status_code == 403:
        return PermanentError(
            f"LinkedIn refused the request ({code or 403}: {message[:200]}); the connection needs "
            "the organisation social permissions and an admin role on the page"
        )
    return PermanentError(f"LinkedIn refused the request ({resp.status_code}): {message[:200]}")


class LinkedInConnector(Connector):
    """One LinkedIn organisation page."""

    network = "linkedin"
    #: uploads images with posts and replies (see publish_post / send_reply)
    supports_media = True

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        organization_id: str,
        token: Callable[[], str | None],
        refresh: Callable[[], bool] | None = None,
        version: str = DEFAULT_VERSION,
        sent_journal: MutableMapping[str, str] | None = None,
        rate_control: RateControl | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.org_id = organization_id.rsplit(":", 1)[-1]
        self.org_urn = f"urn:li:organization:{self.org_id}"
        self.version = version
        self.http = HttpClient(
            base_url,
            network="LinkedIn",
            token=token,
            refresh=refresh,
            rate_control=rate_control,
            retry=retry,
            sleep=sleep,
            error_hook=linkedin_error,
        )
        self.journal = SentJournal(sent_journal)

    def _headers(self, method: str | None = None) -> dict[str, str]:
        headers = {"LinkedIn-Version": self.version, "X-Restli-Protocol-Version": "2.0.0"}
        if method:
            headers["X-RestLi-Method"] = method
        return headers

    # -- reads -----------------------------------------------------------------------------

    def profile(self) -> Profile:
        body = self.http.get(f"/rest/organizations/{self.org_id}", headers=self._headers())
        if not isinstance(body, dict) or "id" not in body:
            raise PermanentError("LinkedIn: the organisation lookup returned nothing")
        return Profile(
            self.org_urn,
            str(body.get("vanityName") or self.org_id),
            str(body.get("localizedName", "")),
        )

    def _recent_posts(self, floor: datetime | None = None) -> list[str]:
        """The organisation's posts whose comments are read: the newest ``RECENT_POSTS``
        whatever their age, then page after page (``start``/``count``) back to ``floor``, the
        horizon, so a backlog of posts is read whole rather than only its newest ten."""
        ids: list[str] = []
        start = 0
        for _ in range(MAX_POST_PAGES):
            body = self.http.get(
                "/rest/posts",
                params={
                    "q": "author",
                    "author": self.org_urn,
                    "count": POSTS_PAGE,
                    "start": start,
                    "sortBy": "LAST_MODIFIED",
                },
                headers=self._headers("FINDER"),
            )
            elements = body.get("elements") if isinstance(body, dict) else None
            if not isinstance(elements, list):
                raise PermanentError("LinkedIn: the posts reply had no elements")
            oldest: int | None = None
            for p in elements:
                if not isinstance(p, dict):
                    continue
                if isinstance(p.get("id"), str) and p["id"].startswith("urn:li:"):
                    if p["id"] not in ids:
                        ids.append(p["id"])
                stamp = p.get("lastModifiedAt", p.get("createdAt"))
                if isinstance(stamp, int) and not isinstance(stamp, bool):
                    oldest = stamp if oldest is None else min(oldest, stamp)
            start += len(elements)
            paging = body.get("paging") if isinstance(body.get("paging"), dict) else {}
            total = paging.get("total")
            if len(elements) < POSTS_PAGE or (isinstance(total, int) and start >= total):
                break  # a short page is the last one
            if len(ids) >= RECENT_POSTS and (
                floor is None
                or oldest is None
                or datetime.fromtimestamp(oldest / 1000, UTC) < floor
            ):
                break  # past the horizon (or no time to tell): the newest posts are enough
        return ids

    def _comments(self, post_urn: str) -> list[Any]:
        found: list[Any] = []
        start = 0
        for _ in range(40):  # at most 2,000 comments a post per sync, whatever "total" says
            body = self.http.get(
                f"/rest/socialActions/{_enc(post_urn)}/comments",
                params={"start": start, "count": 50},
                headers=self._headers(),
            )
            elements = body.get("elements") if isinstance(body, dict) else None
            if not isinstance(elements, list):
                raise PermanentError("LinkedIn: the comments reply had no elements")
            found.extend(elements)
            paging = body.get("paging") if isinstance(body.get("paging"), dict) else {}
            total = paging.get("total")
            start += len(elements)
            if not elements or not isinstance(total, int) or start >= total:
                return found
        return found

    def fetch_inbound(self, cursor: str | None, limit: int = 100) -> FetchResult:
        """Comments on the organisation's recent posts that were not delivered before.

        LinkedIn offers no since-cursor on comments, and ``created.time`` is not an order we
        can resume from (a comment can be listed late), so the recent posts' comments are
        reread and the ids delivered lately (``ids``, the latest few thousand) are skipped;
        ingest deduplicates on the comment URN anyway. Only the horizon (``backfill``) is a
        time: comments older than that are not backfilled.
        """
        try:
            mark = json.loads(cursor) if cursor else {}
            seen = [str(i) for i in mark.get("ids", [])]
        except (ValueError, AttributeError, TypeError):
            raise PermanentError("LinkedIn: the stored sync position is unreadable") from None
        floor = datetime.now(UTC) - self.backfill
        known = set(seen)
        items: list[InboundItem] = []
        rejected = Rejections("LinkedIn")
        for post in self._recent_posts(floor):
            for raw in self._comments(post):
                item = self._item(post, raw, rejected)
                if item is None or item.remote_id in known or item.created_at < floor:
                    continue
                known.add(item.remote_id)
                items.append(item)
        items.sort(key=lambda i: i.created_at)
        seen.extend(i.remote_id for i in items)
        new_cursor = json.dumps({"v": 2, "ids": seen[-_SEEN_IDS:]})
        return FetchResult(items, new_cursor, rejected.result())

    def _item(
        self, post_urn: str, raw: Any, rejected: Rejections, *, keep_own: bool = False
    ) -> InboundItem | None:
        urn = (raw.get("commentUrn") or raw.get("$URN")) if isinstance(raw, dict) else None
        try:
            if not isinstance(urn, str) or not _COMMENT_URN.fullmatch(urn):
                raise ValueError("the comment has no valid commentUrn")
            actor = raw.get("actor")
            if not isinstance(actor, str) or not actor.startswith("urn:li:"):
                raise ValueError("the comment has no actor")
            if actor == self.org_urn and not keep_own:
                return None
            created = raw.get("created")
            ms = created.get("time") if isinstance(created, dict) else None
            if not isinstance(ms, int):
                raise ValueError("the comment has no created time")
            message = raw.get("message")
            text = message.get("text") if isinstance(message, dict) else None
            if not isinstance(text, str):
                raise ValueError("the comment has no message text")
            parent = raw.get("parentComment") if isinstance(raw.get("parentComment"), str) else None
            obj = raw.get("object") if isinstance(raw.get("object"), str) else post_urn
            return InboundItem(
                remote_id=urn,
                kind=ItemKind.REPLY if parent else ItemKind.COMMENT,
                # names need the member's profile, which an organisation token cannot read
                author=RemoteAuthor(actor, actor.rsplit(":", 1)[-1]),
                text=text,
                created_at=datetime.fromtimestamp(ms / 1000, UTC),
                thread_key=post_urn,
                parent_remote_id=parent or post_urn,
                url=f"https://www.linkedin.com/feed/update/{post_urn}",
                refs={"object": obj, "top_comment": parent or urn}
                | ({"by_brand": "1"} if actor == self.org_urn else {}),
            )
        except ConnectorError:
            raise
        except Exception as exc:  # noqa: BLE001 - one bad item must never cost the page
            rejected.add(describe_failure(exc), urn if isinstance(urn, str) else None, raw)
            return None

    def fetch_context(self, item: InboundItem) -> Sequence[InboundItem]:
        """The post a comment was made on (``GET /rest/posts/{urn}``), stored as the
        conversation's root, and for a reply the top-level comment it answers
        (``GET /rest/socialActions/{post}/comments/{id}``). A post that cannot be read (a
        member's post the organisation token may not see) gives no context, not an error."""
        if item.kind == ItemKind.DM:
            return []
        out: list[InboundItem] = []
        post = self._post_item(item.thread_key)
        if post is not None:
            out.append(post)
        parent = item.parent_remote_id
        match = _COMMENT_URN.fullmatch(parent or "")
        if parent and match and parent != item.remote_id:
            rejected = Rejections("LinkedIn")
            try:
                raw = self.http.get(
                    f"/rest/socialActions/{_enc(match.group(1))}/comments/{_enc(match.group(2))}",
                    headers=self._headers(),
                )
            except PermanentError:
                raw = None  # deleted or hidden: the reply is stored without it
            if raw is not None:
                found = self._item(item.thread_key, raw, rejected, keep_own=True)
                if found is not None:
                    out.append(found)
        return out

    def _post_item(self, post_urn: str) -> InboundItem | None:
        if not post_urn.startswith("urn:li:"):
            return None
        try:
            body = self.http.get(f"/rest/posts/{_enc(post_urn)}", headers=self._headers())
        except PermanentError:
            return None
        if not isinstance(body, dict):
            return None
        author = body.get("author")
        stamp = body.get("publishedAt", body.get("createdAt"))
        if not isinstance(author, str) or not isinstance(stamp, int) or isinstance(stamp, bool):
            return None
        try:
            created = datetime.fromtimestamp(stamp / 1000, UTC)
        except (OverflowError, OSError, ValueError):
            return None
        text = body.get("commentary") if isinstance(body.get("commentary"), str) else ""
        refs = {"object": post_urn}
        if author == self.org_urn:
            refs["by_brand"] = "1"
        return InboundItem(
            remote_id=post_urn,
            kind=ItemKind.POST,
            author=RemoteAuthor(author, author.rsplit(":", 1)[-1]),
            text=text,
            created_at=created,
            thread_key=post_urn,
            url=f"https://www.linkedin.com/feed/update/{post_urn}",
            refs=refs,
        )

    def fetch_thread(self, thread_key: str) -> Sequence[InboundItem]:
        rejected: list[RejectedItem] = []
        found = [self._item(thread_key, raw, rejected) for raw in self._comments(thread_key)]
        return sorted((i for i in found if i is not None), key=lambda i: i.created_at)

    # -- writes ----------------------------------------------------------------------------

    def send_reply(
        self,
        target: ReplyTarget,
        text: str,
        idempotency_key: str,
        *,
        images: Sequence[Image] = (),
    ) -> SendResult:
        """A comment in the thread; one image at most (Comments API ``content`` with an
        ``entity.image`` URN from the Images API)."""
        if target.kind == ItemKind.DM:
            raise PermanentError(
                "LinkedIn offers no messaging API for organisation pages; "
                "answer the comment publicly instead"
            )
        if len(images) > MAX_COMMENT_IMAGES:
            raise PermanentError("LinkedIn: a comment takes one image at most")
        if not text.strip() or len(text) > COMMENT_MAX_LENGTH:
            raise PermanentError(
                f"LinkedIn: a comment must have 1 to {COMMENT_MAX_LENGTH} characters"
            )
        top = target.refs.get("top_comment") or target.remote_id
        match = _COMMENT_URN.fullmatch(top)
        obj = target.refs.get("object") or (match.group(1) if match else target.thread_key)
        comment: dict[str, Any] = {
            "actor": self.org_urn,
            "object": obj,
            "message": {"text": text},
            "parentComment": top,
        }
        if images:
            comment["content"] = [{"entity": {"image": self.upload_image(images[0])}}]
        entry = self.journal.begin(idempotency_key, "comment", text, obj)
        resp = self.http.post(
            f"/rest/socialActions/{_enc(top)}/comments",
            json_body=comment,
            headers=self._headers(),
            expect_json=False,
        )
        rid = _created_id(resp, "commentUrn")
        self.journal.finish(idempotency_key, entry, rid)
        return SendResult(rid, created_at=entry.started_at)

    def publish_post(
        self, text: str, idempotency_key: str, *, images: Sequence[Image] = ()
    ) -> SendResult:
        """A post, with images through the Images API: ``initializeUpload`` gives an upload
        URL and an image URN, the bytes go there with PUT, and the post names the URN
        (``content.media`` for one image, ``content.multiImage`` for two to twenty)."""
        if not text.strip():
            raise PermanentError("LinkedIn: a post cannot be empty")
        if len(images) > MAX_IMAGES:
            raise PermanentError(f"LinkedIn: a post takes at most {MAX_IMAGES} images")
        post: dict[str, Any] = {
            "author": self.org_urn,
            "commentary": text,
            "visibility": "PUBLIC",
            "distribution": {
                "feedDistribution": "MAIN_FEED",
                "targetEntities": [],
                "thirdPartyDistributionChannels": [],
            },
            "lifecycleState": "PUBLISHED",
            "isReshareDisabledByAuthor": False,
        }
        if images:
            refs = [{"id": self.upload_image(img), "altText": img.alt} for img in images]
            post["content"] = (
                {"media": refs[0]} if len(refs) == 1 else {"multiImage": {"images": refs}}
            )
        entry = self.journal.begin(idempotency_key, "post", text)
        resp = self.http.post(
            "/rest/posts",
            json_body=post,
            headers=self._headers(),
            expect_json=False,
        )
        rid = _created_id(resp, "id")
        self.journal.finish(idempotency_key, entry, rid)
        return SendResult(
            rid, url=f"https://www.linkedin.com/feed/update/{rid}", created_at=entry.started_at
        )

    def upload_image(self, image: Image) -> str:
        """``POST /rest/images?action=initializeUpload`` then PUT the bytes; the image URN."""
        body = self.http.post(
            "/rest/images",
            params={"action": "initializeUpload"},
            json_body={"initializeUploadRequest": {"owner": self.org_urn}},
            headers=self._headers(),
        )
        value = body.get("value") if isinstance(body, dict) else None
        url = value.get("uploadUrl") if isinstance(value, dict) else None
        urn = value.get("image") if isinstance(value, dict) else None
        if (
            not isinstance(url, str)
            or not isinstance(urn, str)
            or not urn.startswith("urn:li:image:")
        ):
            raise PermanentError("LinkedIn: the image upload was not set up (no upload URL)")
        # the PUT carries our token: only to LinkedIn itself (or the API host we were given)
        parts = urlsplit(url)
        ours = urlsplit(self.http.base_url)
        linkedin = parts.scheme == "https" and (
            parts.hostname == "linkedin.com" or (parts.hostname or "").endswith(".linkedin.com")
        )
        if not linkedin and parts.netloc != ours.netloc:
            raise PermanentError("LinkedIn: the upload URL is not a LinkedIn address; not sent")
        self.http.request(
            "PUT",
            url,
            data=image.data,
            headers={"Content-Type": "application/octet-stream"},
            expect_json=False,
        )
        return urn

    def delete(self, remote_id: str) -> None:
        match = _COMMENT_URN.fullmatch(remote_id)
        if match:
            self.http.delete(
                f"/rest/socialActions/{_enc(match.group(1))}/comments/{match.group(2)}",
                params={"actor": self.org_urn},
                headers=self._headers(),
                expect_json=False,
            )
            return
        self.http.delete(
            f"/rest/posts/{_enc(remote_id)}", headers=self._headers("DELETE"), expect_json=False
        )

    def find_sent(self, idempotency_key: str) -> SendResult | None:
        entry = self.journal.get(idempotency_key)
        if entry is None:
            return None
        if entry.remote_id:
            return SendResult(entry.remote_id, created_at=entry.started_at)
        if entry.kind == "comment":
            for raw in self._comments(entry.target):
                if (
                    isinstance(raw, dict)
                    and raw.get("actor") == self.org_urn
                    and same_text(entry.text, str((raw.get("message") or {}).get("text", "")))
                ):
                    rid = str(raw.get("commentUrn") or raw.get("$URN"))
                    self.journal.finish(idempotency_key, entry, rid)
                    return SendResult(rid)
            return None
        body = self.http.get(
            "/rest/posts",
            params={"q": "author", "author": self.org_urn, "count": 20, "sortBy": "CREATED"},
            headers=self._headers("FINDER"),
        )
        for post in body.get("elements", []) if isinstance(body, dict) else []:
            if isinstance(post, dict) and same_text(entry.text, str(post.get("commentary", ""))):
                self.journal.finish(idempotency_key, entry, str(post["id"]))
                return SendResult(str(post["id"]))
        return None

    def close(self) -> None:
        self.http.close()


def _created_id(resp: requests.Response, key: str) -> str:
    """LinkedIn names a created entity in ``x-restli-id`` (and, for comments, in the body)."""
    header = resp.headers.get("x-restli-id")
    try:
        body = resp.json() if resp.content else {}
    except (ValueError, RecursionError):
        body = {}
    value = body.get(key) if isinstance(body, dict) else None
    if isinstance(value, str) and value:
        return value
    if header:
        return header
    raise PermanentError(
        "LinkedIn: the reply to our request named nothing created; the send is unconfirmed"
    )
