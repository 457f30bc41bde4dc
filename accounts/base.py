"""The connector interface every network implements, and the normalised types it speaks.

The core (app/) only ever sees these types, never a network's JSON: that is what lets one
ingest pipeline, one publisher and one inbox serve Mastodon, Bluesky, X, Meta, LinkedIn and
the demo network alike. Connectors are synchronous (they block on HTTP); callers run them off
the UI thread (a worker thread or ``asyncio.to_thread``).
"""

from __future__ import annotations

import abc
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

#: how far back a first sync (or a catch-up without a usable cursor) reads, unless the account
#: says otherwise (``settings["backfill_days"]``)
DEFAULT_BACKFILL = timedelta(days=7)


class ItemKind(enum.StrEnum):
    """What an inbound item is, in the words an agent uses."""

    MENTION = "mention"
    REPLY = "reply"
    COMMENT = "comment"
    DM = "dm"
    POST = "post"


@dataclass(frozen=True, slots=True)
class RemoteAuthor:
    """A person (or account) on a network, as the network identifies them."""

    remote_id: str
    handle: str
    display_name: str = ""
    followers: int | None = None
    #: the picture the network shows for them (http(s) address), where the network gives one
    avatar_url: str | None = None


@dataclass(frozen=True, slots=True)
class InboundItem:
    """One message that reached a brand account: a mention, reply, comment or DM.

    ``thread_key`` groups items into one conversation: the root post's id for public threads,
    the channel id for direct messages. ``parent_remote_id`` is what the item answers, so a
    reply from the brand can reference it correctly (Bluesky needs both root and parent).
    """

    remote_id: str
    kind: ItemKind
    author: RemoteAuthor
    text: str
    created_at: datetime
    thread_key: str
    parent_remote_id: str | None = None
    url: str | None = None
    language: str | None = None
    #: network-specific references a reply needs (e.g. Bluesky's cid); never secrets
    refs: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RejectedItem:
    """An item of a page that could not be understood: kept aside with the reason in words."""

    reason: str
    remote_id: str | None = None
    excerpt: str = ""


@dataclass(frozen=True, slots=True)
class CatchUp:
    """How far a backfill or catch-up has come: shown as "Catching up: 1,240 of about 3,000".

    ``fetched`` counts the items read since the catch-up began (across calls: connectors keep
    the count in their cursor, so it survives a restart); ``about`` is the connector's estimate
    of the total, or None when the network gives nothing to estimate from.
    """

    fetched: int
    about: int | None = None


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A page of inbound items; ``cursor`` is opaque and persisted to resume without gaps.

    ``catching_up`` is set while the connector is paging through a backlog (a first sync, or
    a sync after a gap); ``context`` holds items fetched only so a conversation starts from its
    root (a reply's earlier posts): they are stored, but they are not new work.
    """

    items: Sequence[InboundItem]
    cursor: str | None
    rejected: Sequence[RejectedItem] = ()
    more: bool = False
    catching_up: CatchUp | None = None
    context: Sequence[InboundItem] = ()


def estimate_total(
    fetched: int, start: datetime, horizon: datetime, oldest: datetime | None
) -> int | None:
    """Items between ``start`` and ``horizon``, extrapolated from those read so far.

    Paging back from ``start``, the items read so far cover ``start - oldest``; the backlog
    reaches back to ``horizon``. Assuming a steady rate, the whole holds about
    ``fetched × (start - horizon) / (start - oldest)`` items (never fewer than read already).
    """
    if oldest is None or fetched <= 0:
        return None
    covered = (start - oldest).total_seconds()
    span = (start - horizon).total_seconds()
    if span <= 0:
        return fetched
    if covered < min(60.0, span):
        return None  # a minute of items says nothing yet about a week of them
    return max(fetched, round(fetched * max(1.0, span / covered)))


@dataclass(frozen=True, slots=True)
class Image:
    """An image to publish with a post: its bytes, media type and the description read aloud
    by screen readers (every network here takes one; give it)."""

    data: bytes = field(repr=False)
    mime_type: str
    alt: str = ""
    filename: str = "image"

    def __post_init__(self) -> None:
        if not self.mime_type.startswith("image/"):
            raise ValueError(f"{self.mime_type!r} is not an image type")
        if not self.data:
            raise ValueError("the image is empty")


@dataclass(frozen=True, slots=True)
class SendResult:
    """What the network says about something the brand sent."""

    remote_id: str
    url: str | None = None
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Profile:
    """The brand account itself, as the network shows it."""

    remote_id: str
    handle: str
    display_name: str = ""


@dataclass(frozen=True, slots=True)
class ReplyTarget:
    """Everything a connector needs to answer an item, taken from the stored message."""

    remote_id: str
    thread_key: str
    kind: ItemKind
    author_remote_id: str = ""
    author_handle: str = ""
    refs: dict[str, str] = field(default_factory=dict)


class ConnectorError(Exception):
    """Base of the errors a connector raises; the message is for a person and holds no secret."""

    #: the HTTP status and the network's error name, where the error came from a reply, so a
    #: connector can tell "not found" from other refusals without parsing the message
    status: int | None = None
    code: str | None = None


class AuthExpired(ConnectorError):
    """The token was revoked or cannot be refreshed: the account needs reconnecting."""


class RateLimited(ConnectorError):
    """The network asked us to wait; ``until`` is when the next call may go."""

    def __init__(self, message: str, until: datetime) -> None:
        super().__init__(message)
        self.until = until


class TransientError(ConnectorError):
    """A timeout, 5xx or dropped connection: the same call may succeed later."""


class PermanentError(ConnectorError):
    """The network refused the request for good (too long, deleted parent, forbidden)."""


class Connector(abc.ABC):
    """One brand account on one network.

    ``idempotency_key`` lets the publisher send exactly once: a connector that can find what
    it already sent (by a marker the network keeps, or by its own record) implements
    :meth:`find_sent`, which the publisher calls after a crash before any retry.
    """

    network: str = ""
    #: whether send_reply/publish_post take ``images=`` (the publisher refuses, in words, an
    #: item with images for a connector that cannot upload them rather than drop the images)
    supports_media: bool = False
    #: how far back a first sync reads; the sync runner sets it from the account's settings
    backfill: timedelta = DEFAULT_BACKFILL
    #: the longest text a post or reply may have, in this network's own unit (see text_length)
    max_text_length: int | None = None

    def text_length(self, text: str) -> int:
        """Length as the network counts it (code points here; Bluesky counts graphemes)."""
        return len(text)

    @abc.abstractmethod
    def profile(self) -> Profile: ...

    @abc.abstractmethod
    def fetch_inbound(self, cursor: str | None, limit: int = 100) -> FetchResult: ...

    @abc.abstractmethod
    def fetch_thread(self, thread_key: str) -> Sequence[InboundItem]: ...

    def fetch_context(self, item: InboundItem) -> Sequence[InboundItem]:
        """The earlier posts of ``item``'s thread (its root and the chain to its parent), for a
        reply whose parent the console has not stored; empty where the network offers no way.

        Items returned are context, not new work: the caller marks them so. Connectors mark
        the brand's own posts with ``refs["by_brand"] = "1"``.
        """
        return ()

    @abc.abstractmethod
    def send_reply(self, target: ReplyTarget, text: str, idempotency_key: str) -> SendResult:
        """Answer ``target``; a connector with ``supports_media`` also takes ``images=``."""

    @abc.abstractmethod
    def publish_post(self, text: str, idempotency_key: str) -> SendResult:
        """A new post; a connector with ``supports_media`` also takes ``images=``."""

    @abc.abstractmethod
    def find_sent(self, idempotency_key: str) -> SendResult | None: ...

    def delete(self, remote_id: str) -> None:
        raise PermanentError(f"{self.network or 'this network'} does not allow deleting here")

    def close(self) -> None:  # noqa: B027 - optional hook, a no-op by default
        """Release sockets; connectors hold a requests.Session at most."""


# -- amplifying and post performance (issue 16): optional, one method each ----------------------


@dataclass(frozen=True, slots=True)
class AmplifyTarget:
    """A customer's post the brand reposts or quotes, taken from the stored message."""

    remote_id: str
    url: str | None = None
    #: network-specific references (Bluesky's uri and cid); never secrets
    refs: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PostMetrics:
    """The public counts a network gives for one post; None where it gives no such figure."""

    remote_id: str
    likes: int = 0
    reposts: int = 0
    replies: int = 0
    quotes: int | None = None
    impressions: int | None = None

    @classmethod
    def read(
        cls,
        remote_id: str,
        counts: Mapping[str, Any],
        *,
        likes: str,
        reposts: str,
        replies: str,
        quotes: str,
        impressions: str | None = None,
    ) -> PostMetrics:
        """One post's counts from a network's reply, under that network's key names.

        A count that is missing, negative or not a whole number is no figure: 0 for the counts
        every network gives, None for quotes and impressions (which some do not give at all).
        """

        def count(key: str | None) -> int | None:
            v = counts.get(key) if key else None
            return v if isinstance(v, int) and not isinstance(v, bool) and v >= 0 else None

        return cls(
            remote_id=remote_id,
            likes=count(likes) or 0,
            reposts=count(reposts) or 0,
            replies=count(replies) or 0,
            quotes=count(quotes),
            impressions=count(impressions),
        )


class Amplifier(abc.ABC):
    """What a connector offers for amplifying praise and reading a sent post's metrics.

    Connectors mix it in where their network allows; the publisher and the metrics fetch ask
    ``isinstance(conn, Amplifier)`` and say in words when a network cannot.
    """

    #: how many posts one metrics call reads (the fetch spends its read budget in calls)
    metrics_batch: int = 1

    @abc.abstractmethod
    def boost(self, target: AmplifyTarget, idempotency_key: str) -> SendResult:
        """Repost / reblog / retweet ``target`` as the brand; doing it twice changes nothing."""

    @abc.abstractmethod
    def quote(self, target: AmplifyTarget, text: str, idempotency_key: str) -> SendResult:
        """A post by the brand that quotes ``target``."""

    @abc.abstractmethod
    def post_metrics(self, remote_ids: Sequence[str]) -> list[PostMetrics]:
        """Current counts of the brand's posts (at most ``metrics_batch`` ids a call); posts
        the network no longer has are left out."""
