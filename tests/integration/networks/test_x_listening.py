"""X recent search for listening (GET /2/tweets/search/recent) against the documented shapes on
a loopback server: the query syntax, since_id from the cursor, the read budget, a bad post
costing only itself, and a 429 surfacing as RateLimited (the pump's one lost poll)."""

from __future__ import annotations

import pytest

from accounts.base import RateLimited
from accounts.listening import listen
from accounts.x import XConnector
from tests.integration.networks.documented_api import Reply, payload

SEARCH = r"/2/tweets/search/recent"


def make(server, rate_control, fast_retry) -> XConnector:
    return XConnector(
        server.base_url,
        token=lambda: "x-token-SECRET",
        user_id="1326180756310331392",
        rate_control=rate_control,
        retry=fast_retry,
        sleep=lambda s: None,
    )


def test_a_hashtag_watch_reads_recent_search(server, rate_control, fast_retry):
    server.route("GET", SEARCH, Reply(200, payload("x", "search_recent")))
    conn = make(server, rate_control, fast_retry)
    page = listen(conn, "hashtag", "acmekettle", None)
    (req,) = server.requests
    assert req.param("query") == "#acmekettle -is:retweet"
    assert req.param("since_id") is None and req.param("start_time")  # first read: last hour
    assert req.param("expansions") == "author_id"
    assert 10 <= int(req.param("max_results")) <= 100
    assert [i.remote_id for i in page.items] == ["1460323737035677750", "1460323737035677799"]
    assert page.items[1].author.handle == "XDevelopers"
    assert page.cursor == "1460323737035677799" and len(page.rejected) == 1
    assert conn.budget_status().used == 5  # three posts and two users returned: billed reads

    listen(conn, "phrase", "acme kettle", page.cursor)
    req = server.requests[-1]
    assert req.param("query") == '"acme kettle" -is:retweet'
    assert req.param("since_id") == "1460323737035677799"


def test_a_429_is_rate_limited_not_an_empty_page(server, rate_control, fast_retry):
    server.route(
        "GET",
        SEARCH,
        Reply(429, payload("x", "error_too_many_requests"), {"x-rate-limit-reset": "9999999999"}),
    )
    conn = make(server, rate_control, fast_retry)
    with pytest.raises(RateLimited):
        listen(conn, "keyword", "acme", "1460323737035677799")
