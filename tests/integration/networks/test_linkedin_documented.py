"""LinkedIn organisation-page connector against documented Community Management payloads."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from accounts.base import AuthExpired, ItemKind, PermanentError, RateLimited, ReplyTarget
from accounts.linkedin import LinkedInConnector
from tests.integration.networks.documented_api import Reply, payload

ORG = "urn:li:organization:5515715"
POST = "urn:li:share:6844785523593134080"
TOP = "urn:li:comment:(urn:li:activity:6844785523593134081,6636064512343031808)"
TOKEN = "AQV-linkedin-token-SECRET"
VERSION = "202601"


def make(server, rate_control, fast_retry, **kw) -> LinkedInConnector:
    kw.setdefault("token", lambda: TOKEN)
    conn = LinkedInConnector(
        server.base_url,
        organization_id="5515715",
        version=VERSION,
        rate_control=rate_control,
        retry=fast_retry,
        sleep=lambda s: None,
        **kw,
    )
    # the documented payloads are years old: a horizon that reaches them
    conn.backfill = timedelta(days=365 * 30)
    return conn


def serve(server, comments="post_comments"):
    server.route("GET", "/rest/posts", Reply(200, payload("linkedin", "org_posts")))
    server.route(
        "GET", rf"/rest/socialActions/{POST}/comments", Reply(200, payload("linkedin", comments))
    )


def assert_versioned(req):
    assert req.headers["linkedin-version"] == VERSION
    assert req.headers["x-restli-protocol-version"] == "2.0.0"
    assert req.headers["authorization"] == f"Bearer {TOKEN}"


def test_fetch_normalises_comments_on_the_organisations_posts(server, rate_control, fast_retry):
    serve(server)
    result = make(server, rate_control, fast_retry).fetch_inbound(None)

    assert [i.text for i in result.items] == ["Is remote work possible?", "Great, applying now"]
    first, reply = result.items
    assert first.kind is ItemKind.COMMENT and first.remote_id == TOP
    assert first.thread_key == POST and first.parent_remote_id == POST
    assert first.author.remote_id == "urn:li:person:f4c0ZDc7cD"
    assert first.created_at == datetime(2024, 1, 15, 10, 3, 20, tzinfo=UTC)
    assert reply.kind is ItemKind.REPLY and reply.parent_remote_id == TOP
    assert reply.refs == {"object": "urn:li:activity:6844785523593134081", "top_comment": TOP}
    (bad,) = result.rejected
    assert "created time" in bad.reason and bad.remote_id.endswith("6636064512343031811)")

    (posts,) = server.sent("GET", "/rest/posts")
    assert_versioned(posts)
    assert posts.headers["x-restli-method"] == "FINDER"
    assert posts.param("q") == "author" and posts.param("author") == ORG
    (comments,) = server.sent("GET", r"/rest/socialActions/.*/comments")
    assert_versioned(comments)
    # Rest.li 2.0: the URN travels URL-encoded in the path
    assert (
        comments.raw_path == "/rest/socialActions/urn%3Ali%3Ashare%3A6844785523593134080/comments"
    )


def test_second_fetch_returns_only_new_comments(server, rate_control, fast_retry):
    serve(server)
    conn = make(server, rate_control, fast_retry)
    first = conn.fetch_inbound(None)
    # the cursor remembers what was delivered, not a time: a late comment is still new
    assert len(json.loads(first.cursor)["ids"]) == len(first.items)
    serve(server, comments="post_comments_new")
    second = conn.fetch_inbound(first.cursor)
    assert [i.text for i in second.items] == ["What is the salary range?"]
    assert conn.fetch_inbound(second.cursor).items == []


def test_reply_to_a_reply_goes_under_the_top_level_comment(server, rate_control, fast_retry):
    server.route(
        "POST",
        r"/rest/socialActions/.*/comments",
        Reply(201, payload("linkedin", "comment_created"), {"x-restli-id": "6636064512343031999"}),
    )
    conn = make(server, rate_control, fast_retry)
    target = ReplyTarget(
        "urn:li:comment:(urn:li:activity:6844785523593134081,6636064512343031810)",
        POST,
        ItemKind.REPLY,
        refs={"object": "urn:li:activity:6844785523593134081", "top_comment": TOP},
    )
    sent = conn.send_reply(target, "Yes, fully remote within Norway.", "k1")
    assert (
        sent.remote_id == "urn:li:comment:(urn:li:activity:6844785523593134081,6636064512343031999)"
    )
    (req,) = server.sent("POST", r"/rest/socialActions/.*/comments")
    assert_versioned(req)
    assert req.raw_path == (
        "/rest/socialActions/urn%3Ali%3Acomment%3A%28urn%3Ali%3Aactivity%3A"
        "6844785523593134081%2C6636064512343031808%29/comments"
    )
    assert req.json == {
        "actor": ORG,
        "object": "urn:li:activity:6844785523593134081",
        "message": {"text": "Yes, fully remote within Norway."},
        "parentComment": TOP,
    }


def test_post_returns_the_urn_from_x_restli_id_and_delete(server, rate_control, fast_retry):
    server.route(
        "POST", "/rest/posts", Reply(201, None, {"x-restli-id": "urn:li:share:6844785523593134099"})
    )
    server.route("DELETE", r"/rest/posts/.*", Reply(204))
    server.route("DELETE", r"/rest/socialActions/.*/comments/\d+", Reply(204))
    conn = make(server, rate_control, fast_retry)
    sent = conn.publish_post("We are hiring in Bergen too", "k2")
    assert sent.remote_id == "urn:li:share:6844785523593134099"
    (req,) = server.sent("POST", "/rest/posts")
    assert_versioned(req)
    assert req.json == {
        "author": ORG,
        "commentary": "We are hiring in Bergen too",
        "visibility": "PUBLIC",
        "distribution": {
            "feedDistribution": "MAIN_FEED",
            "targetEntities": [],
            "thirdPartyDistributionChannels": [],
        },
        "lifecycleState": "PUBLISHED",
        "isReshareDisabledByAuthor": False,
    }
    conn.delete(sent.remote_id)
    (gone,) = server.sent("DELETE", r"/rest/posts/.*")
    assert gone.raw_path == "/rest/posts/urn%3Ali%3Ashare%3A6844785523593134099"
    assert gone.headers["x-restli-method"] == "DELETE"
    conn.delete("urn:li:comment:(urn:li:activity:6844785523593134081,6636064512343031999)")
    (comment_gone,) = server.sent("DELETE", r"/rest/socialActions/.*")
    assert (
        comment_gone.path
        == "/rest/socialActions/urn:li:activity:6844785523593134081/comments/6636064512343031999"
    )
    assert comment_gone.param("actor") == ORG


def test_direct_messages_are_refused_in_words(server, rate_control, fast_retry):
    conn = make(server, rate_control, fast_retry)
    with pytest.raises(PermanentError, match="no messaging API for organisation pages"):
        conn.send_reply(ReplyTarget("x", "y", ItemKind.DM), "hello", "k3")
    assert server.requests == []


def test_invalid_token_needs_reconnecting(server, rate_control, fast_retry):
    server.route("GET", "/rest/posts", Reply(401, payload("linkedin", "error_unauthorized")))
    conn = make(server, rate_control, fast_retry)
    with pytest.raises(AuthExpired) as err:
        conn.fetch_inbound(None)
    assert "Invalid access token" in str(err.value) and TOKEN not in str(err.value)


def test_daily_throttle_waits_until_midnight_utc(server, rate_control, fast_retry):
    server.route("GET", "/rest/posts", Reply(429, payload("linkedin", "error_throttled")))
    with pytest.raises(RateLimited) as err:
        make(server, rate_control, fast_retry).fetch_inbound(None)
    until = err.value.until
    assert (until.hour, until.minute) == (0, 0) and until - datetime.now(UTC) <= timedelta(days=1)
    assert "daily limit" in str(err.value)


def test_missing_permission_is_permanent(server, rate_control, fast_retry):
    server.route(
        "POST",
        r"/rest/socialActions/.*/comments",
        Reply(403, payload("linkedin", "error_forbidden")),
    )
    conn = make(server, rate_control, fast_retry)
    with pytest.raises(PermanentError, match="ACCESS_DENIED: Not enough permissions"):
        conn.send_reply(ReplyTarget(TOP, POST, ItemKind.COMMENT), "hi", "k4")


def test_server_error_then_success(server, rate_control, fast_retry):
    serve(server)
    server.route(
        "GET",
        "/rest/posts",
        Reply(500, payload("linkedin", "error_server")),
        Reply(200, payload("linkedin", "org_posts")),
    )
    assert len(make(server, rate_control, fast_retry).fetch_inbound(None).items) == 2
    assert len(server.sent("GET", "/rest/posts")) == 2
