"""X API v2 connector against documented payloads on a loopback server."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

import pytest

from accounts.base import (
    AuthExpired,
    ItemKind,
    PermanentError,
    RateLimited,
    ReplyTarget,
    TransientError,
)
from accounts.x import X_OAUTH, ReadBudget, ReadBudgetExhausted, XConnector
from tests.integration.networks.documented_api import Reply, payload

ME = "1326180756310331392"
TOKEN = "x-access-token-SECRET-1234"
MENTIONS = rf"/2/users/{ME}/mentions"


def make(server, rate_control, fast_retry, **kw) -> XConnector:
    kw.setdefault("token", lambda: TOKEN)
    kw.setdefault("user_id", ME)
    conn = XConnector(
        server.base_url, rate_control=rate_control, retry=fast_retry, sleep=lambda s: None, **kw
    )
    # the documented payloads are years old: a horizon that reaches them
    conn.backfill = timedelta(days=365 * 30)
    return conn


def test_oauth_endpoints_are_xs_documented_ones():
    cfg = X_OAUTH.as_dict()
    assert cfg["authorize_url"] == "https://x.com/i/oauth2/authorize"
    assert cfg["token_url"] == "https://api.x.com/2/oauth2/token"
    assert cfg["revoke_url"] == "https://api.x.com/2/oauth2/revoke"
    assert "offline.access" in cfg["scopes"] and "dm.read" in cfg["scopes"]
    assert cfg["code_challenge_method"] == "S256"


def test_first_fetch_normalises_mentions_replies_and_dms(server, rate_control, fast_retry):
    server.route("GET", MENTIONS, Reply(200, payload("x", "mentions_first")))
    server.route("GET", "/2/dm_events", Reply(200, payload("x", "dm_events")))
    conn = make(server, rate_control, fast_retry)

    result = conn.fetch_inbound(None)

    by_id = {i.remote_id: i for i in result.items}
    assert set(by_id) == {"1460323737035677698", "1460323737035677600", "1580705921830768647"}
    mention = by_id["1460323737035677698"]
    assert mention.kind is ItemKind.MENTION
    assert mention.thread_key == "1460323737035677698"
    assert mention.author.handle == "XDevelopers" and mention.author.followers == 570842
    assert mention.created_at == datetime(2024, 1, 15, 10, 30, tzinfo=UTC)
    assert mention.language == "en"
    assert mention.url == "https://x.com/XDevelopers/status/1460323737035677698"
    reply = by_id["1460323737035677600"]
    assert reply.kind is ItemKind.REPLY
    assert reply.thread_key == "1460300000000000000"  # the conversation, not the parent
    assert reply.parent_remote_id == "1460311111111111111"
    dm = by_id["1580705921830768647"]
    assert dm.kind is ItemKind.DM and dm.thread_key == "1326180756310331392-9876543210"
    assert dm.author.handle == "dana_c"
    assert result.rejected == []
    # the brand's own DM is not inbound
    assert "1580705921830768600" not in by_id

    (req,) = server.sent("GET", MENTIONS)
    assert req.headers["authorization"] == f"Bearer {TOKEN}"
    assert req.param("expansions") == "author_id,referenced_tweets.id"
    fields = set(req.param("tweet.fields").split(","))
    assert {
        "conversation_id",
        "created_at",
        "lang",
        "in_reply_to_user_id",
        "referenced_tweets",
    } <= fields
    assert "public_metrics" in req.param("user.fields").split(",")
    assert req.param("since_id") is None
    (dm_req,) = server.sent("GET", "/2/dm_events")
    assert dm_req.param("event_types") == "MessageCreate"
    assert "dm_conversation_id" in dm_req.param("dm_event.fields").split(",")
    assert json.loads(result.cursor) == {
        "dm_since": "1580705921830768647",
        "mentions_since": "1460323737035677698",
    }


def test_next_fetch_sends_since_id_pages_through_and_returns_only_new(
    server, rate_control, fast_retry
):
    server.route("GET", MENTIONS, Reply(200, payload("x", "mentions_first")))
    server.route("GET", "/2/dm_events", Reply(200, payload("x", "dm_events")))
    conn = make(server, rate_control, fast_retry)
    cursor = conn.fetch_inbound(None).cursor

    server.route(
        "GET",
        MENTIONS,
        Reply(200, payload("x", "mentions_new_page1")),
        Reply(200, payload("x", "mentions_new_page2")),
    )
    server.route(
        "GET",
        "/2/dm_events",
        Reply(200, payload("x", "dm_events_new")),
        Reply(500, payload("x", "error_service_unavailable")),  # must never be asked for
    )
    before = len(server.requests)
    result = conn.fetch_inbound(cursor)

    assert [i.remote_id for i in result.items] == [
        "1460400000000000009",
        "1460400000000000001",
        "1580799999999999999",
    ]
    page1, page2 = server.sent("GET", MENTIONS)[-2:]
    assert page1.param("since_id") == "1460323737035677698"
    assert page1.param("pagination_token") is None
    assert page2.param("since_id") == "1460323737035677698"
    assert page2.param("pagination_token") == "7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i"
    # the DM page reached a known event, so the connector stopped paging back
    assert len(server.requests) - before == 3
    assert json.loads(result.cursor) == {
        "dm_since": "1580799999999999999",
        "mentions_since": "1460400000000000009",
    }

    server.route("GET", MENTIONS, Reply(200, payload("x", "mentions_empty")))
    server.route("GET", "/2/dm_events", Reply(200, payload("x", "dm_events_new")))
    again = conn.fetch_inbound(result.cursor)
    assert again.items == []
    assert server.sent("GET", MENTIONS)[-1].param("since_id") == "1460400000000000009"


def test_malformed_mention_is_set_aside_and_the_rest_kept(server, rate_control, fast_retry):
    server.route("GET", MENTIONS, Reply(200, payload("x", "mentions_malformed")))
    conn = make(server, rate_control, fast_retry, read_dms=False)
    result = conn.fetch_inbound(None)
    assert [i.remote_id for i in result.items] == ["1460500000000000002"]
    (bad,) = result.rejected
    assert bad.remote_id == "1460500000000000001"
    assert "created_at" in bad.reason
    assert json.loads(result.cursor)["mentions_since"] == "1460500000000000002"


def test_reply_dm_reply_post_and_delete_send_the_documented_bodies(
    server, rate_control, fast_retry
):
    server.route("POST", "/2/tweets", Reply(201, payload("x", "create_tweet")))
    server.route(
        "POST",
        r"/2/dm_conversations/1326180756310331392-9876543210/messages",
        Reply(201, payload("x", "dm_send")),
    )
    server.route(
        "DELETE", r"/2/tweets/1445880548472328192", Reply(200, payload("x", "delete_tweet"))
    )
    conn = make(server, rate_control, fast_retry)

    sent = conn.send_reply(
        ReplyTarget("1460323737035677698", "1460323737035677698", ItemKind.MENTION),
        "@XDevelopers sorry to hear that, we have sent you a DM",
        "key-1",
    )
    assert sent.remote_id == "1445880548472328192"
    dm = conn.send_reply(
        ReplyTarget(
            "1580705921830768647",
            "1326180756310331392-9876543210",
            ItemKind.DM,
            refs={"dm_conversation_id": "1326180756310331392-9876543210"},
        ),
        "We're on it, Dana.",
        "key-2",
    )
    assert dm.remote_id == "1582103724607971332"
    post = conn.publish_post("Spring range is out", "key-3")
    conn.delete("1445880548472328192")

    reply_req, post_req = server.sent("POST", "/2/tweets")
    assert reply_req.json == {
        "text": "@XDevelopers sorry to hear that, we have sent you a DM",
        "reply": {"in_reply_to_tweet_id": "1460323737035677698"},
    }
    assert reply_req.headers["content-type"] == "application/json"
    assert post_req.json == {"text": "Spring range is out"}
    assert post.remote_id == "1445880548472328192"
    (dm_req,) = server.sent("POST", r"/2/dm_conversations/.*/messages")
    assert dm_req.json == {"text": "We're on it, Dana."}
    assert len(server.sent("DELETE", r"/2/tweets/\d+")) == 1
    # the journal answers find_sent without another request
    before = len(server.requests)
    assert conn.find_sent("key-1").remote_id == "1445880548472328192"
    assert conn.find_sent("never-sent") is None
    assert len(server.requests) == before


def test_too_long_reply_is_refused_before_the_network(server, rate_control, fast_retry):
    conn = make(server, rate_control, fast_retry)
    with pytest.raises(PermanentError, match="limit is 280"):
        conn.publish_post("界" * 141, "k")  # 141 CJK characters weigh 282
    assert server.requests == []


def test_find_sent_after_a_lost_reply_finds_the_post_with_its_link_rewritten(
    server, rate_control, fast_retry
):
    server.route("POST", "/2/tweets", Reply(503, payload("x", "error_service_unavailable")))
    server.route("GET", rf"/2/users/{ME}/tweets", Reply(200, payload("x", "user_tweets")))
    conn = make(server, rate_control, fast_retry)
    with pytest.raises(TransientError, match="503"):
        conn.publish_post("Our spring range is out: https://example.com/spring", "key-9")
    found = conn.find_sent("key-9")
    assert found is not None and found.remote_id == "1445880548472328199"
    (lookup,) = server.sent("GET", rf"/2/users/{ME}/tweets")
    assert lookup.param("start_time") is not None


def test_expired_token_refreshes_once_then_needs_reconnecting(server, rate_control, fast_retry):
    server.route("GET", MENTIONS, Reply(401, payload("x", "error_unauthorized")))
    refreshes: list[int] = []

    def refresh() -> bool:
        refreshes.append(1)
        return True

    conn = make(server, rate_control, fast_retry, refresh=refresh, read_dms=False)
    with pytest.raises(AuthExpired) as err:
        conn.fetch_inbound(None)
    assert refreshes == [1]
    assert len(server.sent("GET", MENTIONS)) == 2
    assert "needs reconnecting" in str(err.value)
    assert TOKEN not in str(err.value)


def test_429_with_xs_headers_becomes_rate_limited_until_reset(server, rate_control, fast_retry):
    reset = int(time.time()) + 900
    headers = {
        "x-rate-limit-limit": "180",
        "x-rate-limit-remaining": "0",
        "x-rate-limit-reset": str(reset),
    }
    server.route("GET", MENTIONS, Reply(429, payload("x", "error_too_many_requests"), headers))
    server.route("POST", "/2/tweets", Reply(201, payload("x", "create_tweet")))
    conn = make(server, rate_control, fast_retry, read_dms=False)
    with pytest.raises(RateLimited) as err:
        conn.fetch_inbound(None)
    assert err.value.until == datetime.fromtimestamp(reset, UTC)
    assert "rate limited until" in str(err.value)
    # the next read fails fast without asking X again ...
    with pytest.raises(RateLimited):
        conn.fetch_inbound(None)
    assert len(server.sent("GET", MENTIONS)) == 1
    # ... but X limits each endpoint separately: posting still works
    assert conn.publish_post("still here", "k").remote_id == "1445880548472328192"


def test_remaining_zero_on_a_success_blocks_that_endpoint_until_reset(
    server, rate_control, fast_retry
):
    headers = {
        "x-rate-limit-limit": "180",
        "x-rate-limit-remaining": "0",
        "x-rate-limit-reset": str(int(time.time()) + 600),
    }
    server.route("GET", MENTIONS, Reply(200, payload("x", "mentions_first"), headers))
    conn = make(server, rate_control, fast_retry, read_dms=False)
    assert len(conn.fetch_inbound(None).items) == 2
    with pytest.raises(RateLimited):
        conn.fetch_inbound(None)
    assert len(server.sent("GET", MENTIONS)) == 1


def test_server_error_is_retried_then_succeeds(server, rate_control, fast_retry):
    server.route(
        "GET",
        MENTIONS,
        Reply(503, payload("x", "error_service_unavailable")),
        Reply(200, payload("x", "mentions_first")),
    )
    conn = make(server, rate_control, fast_retry, read_dms=False)
    assert len(conn.fetch_inbound(None).items) == 2
    assert len(server.sent("GET", MENTIONS)) == 2


def test_forbidden_is_permanent_with_xs_words(server, rate_control, fast_retry):
    server.route("GET", "/2/dm_events", Reply(403, payload("x", "error_forbidden")))
    server.route("GET", MENTIONS, Reply(200, payload("x", "mentions_empty")))
    conn = make(server, rate_control, fast_retry)
    with pytest.raises(PermanentError, match="not permitted to perform this action"):
        conn.fetch_inbound(None)


def test_read_budget_is_enforced_and_reported(server, rate_control, fast_retry):
    now = [datetime(2024, 1, 15, 10, 20, tzinfo=UTC).timestamp()]
    budget = ReadBudget(5, clock=lambda: now[0])
    server.route("GET", MENTIONS, Reply(200, payload("x", "mentions_first")))
    conn = make(server, rate_control, fast_retry, read_budget=budget, read_dms=False)

    conn.fetch_inbound(None)  # 2 posts + 2 users + 1 referenced post = 5 reads
    status = conn.budget_status()
    assert (status.used, status.limit) == (5, 5) and status.exhausted
    assert status.resets_at == datetime(2024, 1, 15, 11, 0, tzinfo=UTC)

    with pytest.raises(ReadBudgetExhausted) as err:
        conn.fetch_inbound(None)
    assert isinstance(err.value, RateLimited)
    assert err.value.until == status.resets_at
    assert "5 reads per hour" in str(err.value) and "11:00 UTC" in str(err.value)
    assert len(server.sent("GET", MENTIONS)) == 1  # refused before calling X

    now[0] += 3600  # the next hour brings a fresh budget
    assert conn.budget_status().used == 0
    conn.fetch_inbound(None)
    assert len(server.sent("GET", MENTIONS)) == 2
    # the page size follows what is left of the budget
    assert server.sent("GET", MENTIONS)[-1].param("max_results") == "5"
