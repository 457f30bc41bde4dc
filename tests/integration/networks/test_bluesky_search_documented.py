"""Bluesky post search for listening (app.bsky.feed.searchPosts) against the lexicon's shapes on
a loopback server: the query syntax, ``sort=latest``, the ``since`` cursor, a post the parser
cannot read costing only itself, and an error surfacing as an error (the pump's one lost poll).

The same read runs against the reference network in
tests/integration/accounts/test_bluesky_listening.py when @atproto/dev-env is installed."""

from __future__ import annotations

import pytest

from accounts.base import ConnectorError
from accounts.bluesky import BlueskyConnector, BlueskySession
from accounts.listening import listen
from tests.integration.networks.documented_api import Reply

SEARCH = r"/xrpc/app\.bsky\.feed\.searchPosts"
DID = "did:plc:ewvi7nxzyoun6zhxrhs64oiz"


def _post(rkey: str, text: str, at: str) -> dict:
    """An app.bsky.feed.defs#postView as the lexicon describes it."""
    return {
        "uri": f"at://{DID}/app.bsky.feed.post/{rkey}",
        "cid": "bafyreib2rxk3rybk3aobmv5cjuql3bm2twh4jo5uxgf5mrdpbcjoecxumq",
        "author": {"did": DID, "handle": "ana.bsky.social", "displayName": "Ana"},
        "record": {"$type": "app.bsky.feed.post", "text": text, "createdAt": at},
        "indexedAt": at,
        "replyCount": 0,
        "repostCount": 0,
        "likeCount": 1,
    }


def make(server, rate_control, fast_retry) -> BlueskyConnector:
    session = BlueskySession(DID, "brand.test", server.base_url, "a.b.c", "d.e.f")
    return BlueskyConnector(
        server.base_url, session=session, rate_control=rate_control, retry=fast_retry
    )


def test_search_posts_reads_newest_first_into_a_forward_cursor(server, rate_control, fast_retry):
    body = {
        "posts": [
            _post("3kbbb", "second #acmekettle post", "2024-05-02T10:00:00.000Z"),
            _post("3kaaa", "first #acmekettle post", "2024-05-02T09:00:00.000Z"),
            {"uri": "not an at uri", "record": {}},
        ],
        "cursor": "25",
    }
    server.route("GET", SEARCH, Reply(200, body))
    conn = make(server, rate_control, fast_retry)
    page = listen(conn, "hashtag", "acmekettle", None)
    (req,) = server.requests
    assert req.param("q") == "#acmekettle" and req.param("sort") == "latest"
    assert req.param("since") is None
    assert [i.text for i in page.items] == ["first #acmekettle post", "second #acmekettle post"]
    assert page.items[0].refs["cid"] and page.items[0].author.handle == "ana.bsky.social"
    assert page.cursor == "2024-05-02T10:00:00Z" and len(page.rejected) == 1

    listen(conn, "phrase", "acme kettle", page.cursor)
    req = server.requests[-1]
    assert req.param("q") == '"acme kettle"' and req.param("since") == "2024-05-02T10:00:00Z"


def test_an_error_reply_is_an_error_not_an_empty_page(server, rate_control, fast_retry):
    server.route("GET", SEARCH, Reply(400, {"error": "BadQueryString", "message": "bad query"}))
    with pytest.raises(ConnectorError):
        listen(make(server, rate_control, fast_retry), "keyword", "acme", None)
