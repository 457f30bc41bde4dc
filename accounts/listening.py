"""Listening reads: what the networks say about a hashtag, keyword or phrase (issue 16).

These are separate functions over the connectors' HTTP clients rather than new connector
methods, so the connectors' inbox code is untouched. Each call is one API request (one unit of
the read budget the scheduler in app/listening/budget.py plans with) and returns a
:class:`SearchPage`: the items newer than the cursor, the new cursor, and what could not be
read. A network error (429, timeout, refusal) propagates as a :class:`ConnectorError` and the
caller keeps its cursor; a malformed item becomes a rejection and costs only itself.

API facts used, from each network's documentation:

- Mastodon (docs.joinmastodon.org methods/timelines, methods/search):
  ``GET /api/v1/timelines/tag/:hashtag`` with ``min_id`` (results immediately newer than it)
  and ``limit`` (max 40); ``GET /api/v2/search`` with ``q``, ``type=statuses``, ``min_id`` and
  ``limit`` (max 40) for keywords and phrases (full-text search of statuses needs the
  instance's search to be set up; it may then only search posts the account can see).
- Bluesky (lexicon app.bsky.feed.searchPosts): ``q`` (Lucene-like; a phrase in double quotes,
  a hashtag as ``#tag``), ``sort=latest``, ``since`` (posts at or after a datetime),
  ``limit`` 1..100, answered with ``posts`` (postView) and maybe ``cursor``.
- X (docs.x.com, GET /2/tweets/search/recent): ``query`` (up to 512 characters; a phrase in
  double quotes, a hashtag as ``#tag``; ``-is:retweet`` drops reposts), ``since_id``,
  ``max_results`` 10..100, ``expansions=author_id``. Each returned post is a billed read: the
  connector's own :class:`~accounts.x.ReadBudget` counts them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from accounts.base import InboundItem, ItemKind, RejectedItem, RemoteAuthor
from accounts.http import HttpClient, parse_time
from accounts.payload import Rejections, as_list, guard

KINDS = ("hashtag", "keyword", "phrase")
MASTODON_PAGE = 40
BLUESKY_PAGE = 50
X_PAGE = 50
_NUMERIC = re.compile(r"\d{1,30}")


@dataclass
class SearchPage:
    """One listening read: new items (oldest first), where to start next time, its cost."""

    items: list[InboundItem] = field(default_factory=list)
    cursor: str | None = None
    calls: int = 1
    rejected: list[RejectedItem] = field(default_factory=list)
    #: the page was full: more is waiting beyond it (read again as soon as the budget allows)
    more: bool = False


def search_query(kind: str, query: str) -> str:
    """The networks' shared search syntax: ``#tag``, a bare keyword, or a "quoted phrase"."""
    if kind == "hashtag":
        return f"#{query}"
    if kind == "phrase":
        return f'"{query}"'
    return query


# ---------------------------------------------------------------------------------- Mastodon


def _mastodon_item(status: Any) -> InboundItem:
    """A heard status: the connector's own parser, then its own conversation (the brand answers
    the post itself, so the thread is the status, never a context call) and always a mention."""
    from accounts.mastodon import status_item

    if not isinstance(status, dict):
        raise ValueError("the status is not an object")
    sid = status.get("id")
    if isinstance(sid, str) and len(sid) > 64:
        raise ValueError("the status id is too long")
    return replace(status_item(status, None), kind=ItemKind.MENTION)


def _id_key(value: str) -> tuple[int, str]:
    return (len(value), value)


def mastodon_search(http: HttpClient, kind: str, query: str, cursor: str | None) -> SearchPage:
    """One page of statuses newer than ``cursor`` (a status id) for a watch on Mastodon."""
    params: dict[str, Any] = {"limit": MASTODON_PAGE}
    if cursor:
        params["min_id"] = cursor
    if kind == "hashtag":
        body = http.get(f"/api/v1/timelines/tag/{quote(query, safe='')}", params=params)
        raw_list = body
    else:
        params.update(q=search_query(kind, query), type="statuses", resolve="false")
        body = http.get("/api/v2/search", params=params)
        raw_list = body.get("statuses") if isinstance(body, dict) else body
    rejections = Rejections("Mastodon")
    statuses = as_list(raw_list, "the listening reply", rejections)
    if not isinstance(raw_list, list):
        rejections.add("the reply was not a list of statuses", None, body)
    page = SearchPage(more=bool(cursor) and len(statuses) >= MASTODON_PAGE)
    newest = cursor
    for raw in statuses:
        item = guard(rejections, raw, _mastodon_item, raw)
        if item is None:
            continue
        if cursor and _id_key(item.remote_id) <= _id_key(cursor):
            continue  # a server that ignores min_id (or search) repeats what we have
        page.items.append(item)
        if newest is None or _id_key(item.remote_id) > _id_key(newest):
            newest = item.remote_id
    page.items.sort(key=lambda it: _id_key(it.remote_id))
    page.cursor = newest
    page.rejected = rejections.result()
    return page


# ----------------------------------------------------------------------------------- Bluesky


def bluesky_search(
    http: HttpClient,
    kind: str,
    query: str,
    cursor: str | None,
    post_item: Any,
) -> SearchPage:
    """Posts at or after ``cursor`` (an ISO time) for a watch on Bluesky.

    ``post_item`` is the connector's own postView parser (``BlueskyConnector._post_item``), so
    a heard post carries the same references (uri, cid, root) a reply needs.
    """
    params: dict[str, Any] = {
        "q": search_query(kind, query),
        "sort": "latest",
        "limit": BLUESKY_PAGE,
    }
    if cursor:
        params["since"] = cursor
    body = http.get("/xrpc/app.bsky.feed.searchPosts", params=params)
    rejections = Rejections("Bluesky")
    posts = body.get("posts") if isinstance(body, dict) else None
    if not isinstance(posts, list):
        rejections.add("the reply has no list of posts", None, body)
        posts = []
    page = SearchPage()
    since = parse_time(cursor) if cursor else None
    newest = since
    for raw in posts:
        item = guard(rejections, raw, post_item, raw, ItemKind.MENTION)
        if item is None:
            continue
        if since is not None and item.created_at < since:
            continue
        page.items.append(item)
        if newest is None or item.created_at > newest:
            newest = item.created_at
    page.items.sort(key=lambda it: it.created_at)
    # ``since`` is inclusive: the newest post comes again next time and is dropped as a duplicate
    page.cursor = newest.astimezone(UTC).isoformat().replace("+00:00", "Z") if newest else cursor
    page.rejected = rejections.result()
    return page


# ------------------------------------------------------------------------------------------ X


def x_search(connector: Any, kind: str, query: str, cursor: str | None) -> SearchPage:
    """Recent posts newer than ``cursor`` (a post id) for a watch on X, within its read budget.

    ``connector`` is an :class:`~accounts.x.XConnector`: its ``_read`` checks and spends the
    account's read budget and its ``_tweet_item`` parses a post as the inbox does.
    """
    from accounts.x import _index

    q = f"{search_query(kind, query)} -is:retweet"
    params: dict[str, Any] = {
        "query": q,
        "max_results": X_PAGE,
        "expansions": "author_id",
        "tweet.fields": "conversation_id,created_at,lang,referenced_tweets,author_id",
        "user.fields": "public_metrics,username,name",
    }
    if cursor and _NUMERIC.fullmatch(cursor):
        params["since_id"] = cursor
    else:
        # the first read looks back an hour, not the whole week recent search allows
        start = datetime.now(UTC) - timedelta(hours=1)
        params["start_time"] = start.strftime("%Y-%m-%dT%H:%M:%SZ")
    body = connector._read("/2/tweets/search/recent", params)
    rejections = Rejections("X")
    users: Mapping[str, Mapping[str, Any]] = _index(body, "users")
    page = SearchPage()
    for raw in as_list(body.get("data"), "the search data", rejections):
        item = guard(rejections, raw, connector._tweet_item, raw, users, "")
        if item is not None:
            page.items.append(item)
    meta = body.get("meta") if isinstance(body.get("meta"), dict) else {}
    newest = meta.get("newest_id")
    page.items.sort(key=lambda it: _id_key(it.remote_id))
    if isinstance(newest, str) and _NUMERIC.fullmatch(newest):
        page.cursor = newest
    elif page.items:
        page.cursor = page.items[-1].remote_id
    else:
        page.cursor = cursor
    page.rejected = rejections.result()
    return page


# ------------------------------------------------------------------------------ demo network

DEMO_POSTS = (
    ("en", "Anyone tried {q}? Thinking about getting one."),
    ("en", "Honestly {q} is the best thing I bought this year. Love it!"),
    ("en", "{q} broke after two days. Really disappointed, want my money back."),
    ("en", "We need about 30 of {q} for our office — who sells in bulk? Any discount?"),
    ("en", "Saw an ad for {q} on the train. Looks nice, price seems high."),
    ("en", "Would be great if {q} came in other colours too."),
    ("de", "Hat jemand Erfahrung mit {q}? Lohnt sich das?"),
    ("fr", "Je viens de recevoir {q}, super qualité, merci !"),
)


def demo_search(connector: Any, kind: str, query: str, cursor: str | None) -> SearchPage:
    """The built-in demo network: a few public posts about the watched words on each read.

    The demo has no public timeline to search, so it writes one: 0 to 3 posts per read from a
    stream seeded by the watch and the demo run, so a newcomer sees the view fill as it would.
    """
    import random
    import zlib

    net = connector.net
    run, _, n_text = (cursor or "").partition(":")
    n = int(n_text) if run == net.run_id and n_text.isdigit() else 0
    rng = random.Random(f"{net.run_id}:{kind}:{query}:{n}")
    shown = search_query(kind, query).strip('"')
    page = SearchPage()
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        lang, template = rng.choice(DEMO_POSTS)
        i = n + len(page.items)
        remote = f"{net.run_id}-heard-{zlib.crc32(f'{kind}:{query}'.encode()):08x}-{i}"
        handle = f"{rng.choice(('sam', 'lee', 'noa', 'kim', 'ari', 'jo'))}{rng.randint(1, 999)}"
        page.items.append(
            InboundItem(
                remote_id=remote,
                kind=ItemKind.MENTION,
                author=RemoteAuthor(f"demo-public-{handle}", handle, handle.title()),
                text=template.format(q=shown),
                created_at=datetime.now(UTC),
                thread_key=remote,
                url=f"https://demo.social/{handle}/{remote}",
                language=lang,
            )
        )
    page.cursor = f"{net.run_id}:{n + len(page.items)}"
    return page


def listen(connector: Any, kind: str, query: str, cursor: str | None) -> SearchPage:
    """One listening read through whichever connector the watch's account has."""
    if kind not in KINDS:
        raise ValueError(f"unknown watch kind {kind!r}")
    network = getattr(connector, "network", "")
    if network == "mastodon":
        return mastodon_search(connector.http, kind, query, cursor)
    if network == "bluesky":
        return bluesky_search(connector._http, kind, query, cursor, connector._post_item)
    if network == "x":
        return x_search(connector, kind, query, cursor)
    if network == "demo":
        return demo_search(connector, kind, query, cursor)
    if hasattr(connector, "listen"):
        return connector.listen(kind, query, cursor)  # a stand-in network in tests
    raise NotImplementedError(f"listening is not available on {network or 'this network'}")


__all__ = [
    "KINDS",
    "SearchPage",
    "bluesky_search",
    "demo_search",
    "listen",
    "mastodon_search",
    "search_query",
    "x_search",
]
