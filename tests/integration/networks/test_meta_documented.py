"""Facebook Page + Instagram connector against documented Graph API payloads on loopback."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from accounts.base import AuthExpired, ItemKind, PermanentError, RateLimited, ReplyTarget
from accounts.meta import MetaConnector
from tests.integration.networks.documented_api import Reply, payload

PAGE = "104505162061490"
IG = "17841405555664060"
V = "v25.0"
TOKEN = "EAAGm0PX4ZCpsBA-page-token-SECRET"
NOW = datetime(2024, 1, 15, 12, 0, tzinfo=UTC)


def make(server, rate_control, fast_retry, clock=lambda: NOW, **kw) -> MetaConnector:
    kw.setdefault("token", lambda: TOKEN)
    return MetaConnector(
        server.base_url,
        page_id=PAGE,
        ig_user_id=IG,
        api_version=V,
        rate_control=rate_control,
        retry=fast_retry,
        sleep=lambda s: None,
        clock=clock,
        **kw,
    )


def serve_inbox(server, messenger="conversations_messenger"):
    def conversations(req):
        name = messenger if req.param("platform") == "messenger" else "conversations_instagram"
        return Reply(200, payload("meta", name))

    server.route("GET", rf"/{V}/{PAGE}/conversations", conversations)
    server.route("GET", rf"/{V}/{PAGE}/feed", Reply(200, payload("meta", "page_feed_comments")))
    server.route("GET", rf"/{V}/{IG}/media", Reply(200, payload("meta", "ig_media_comments")))


def test_fetch_normalises_messages_and_comments_from_both_platforms(
    server, rate_control, fast_retry
):
    serve_inbox(server)
    result = make(server, rate_control, fast_retry).fetch_inbound(None)

    by_id = {i.remote_id: i for i in result.items}
    messenger = by_id[
        "m_Zy7dpaJFhnAaNuVlP7U1Hgx2ptYl0rDnSmUDe3JpPBLa1ZhWXzWyPnHd6sO3i6QPt2Y8Tc1NF8T0a7K9Z3fQ2w"
    ]
    assert messenger.kind is ItemKind.DM and messenger.thread_key == "t_10223927405882893"
    assert messenger.author.remote_id == "7654321098765432"
    assert messenger.author.display_name == "Jane Doe"
    assert messenger.refs["platform"] == "messenger"
    assert messenger.refs["last_customer_message_at"] == "2024-01-15T10:45:00+00:00"
    ig_dm = next(
        i for i in result.items if i.refs.get("platform") == "instagram" and i.kind is ItemKind.DM
    )
    assert ig_dm.author.handle == "nordic.shopper" and ig_dm.text == "Do you ship to Norway?"
    fb = by_id["1289374650000001_900000000000001"]
    assert fb.kind is ItemKind.COMMENT and fb.thread_key == "104505162061490_1289374650000001"
    assert fb.parent_remote_id == "104505162061490_1289374650000001"
    fb_reply = by_id["1289374650000001_900000000000004"]
    assert fb_reply.kind is ItemKind.REPLY
    assert fb_reply.parent_remote_id == "1289374650000001_900000000000001"
    ig_comment = by_id["17870913679156914"]
    assert ig_comment.kind is ItemKind.COMMENT and ig_comment.thread_key == "17895695668004550"
    ig_reply = by_id["17873440459141021"]
    assert ig_reply.kind is ItemKind.REPLY and ig_reply.refs["top_comment"] == "17870913679156914"
    # the Page's own message and comment are not inbound
    assert "1289374650000001_900000000000002" not in by_id
    assert all(i.author.remote_id != PAGE for i in result.items)
    # a comment without text is set aside with the reason, the rest of the page is kept
    (bad,) = result.rejected
    assert bad.remote_id == "1289374650000001_900000000000003" and "message" in bad.reason
    assert len(result.items) == 6

    platforms = sorted(
        r.param("platform") for r in server.sent("GET", rf"/{V}/{PAGE}/conversations")
    )
    assert platforms == ["instagram", "messenger"]
    conv = server.sent("GET", rf"/{V}/{PAGE}/conversations")[0]
    assert "messages" in conv.param("fields") and "created_time" in conv.param("fields")
    assert conv.headers["authorization"] == f"Bearer {TOKEN}"
    assert "access_token" not in conv.query  # never in a URL that could reach a log
    feed = server.sent("GET", rf"/{V}/{PAGE}/feed")[0]
    assert feed.param("fields").startswith("id,message,created_time,comments")
    assert "comments" in server.sent("GET", rf"/{V}/{IG}/media")[0].param("fields")


def test_second_fetch_returns_only_what_is_new(server, rate_control, fast_retry):
    serve_inbox(server)
    conn = make(server, rate_control, fast_retry)
    first = conn.fetch_inbound(None)
    marks = json.loads(first.cursor)
    assert marks["messenger"]["at"] == "2024-01-15T10:45:00+00:00"

    serve_inbox(server, messenger="conversations_messenger_new")
    second = conn.fetch_inbound(first.cursor)
    assert [i.text for i in second.items] == ["Any update?"]
    third = conn.fetch_inbound(second.cursor)
    assert third.items == []


def test_message_reply_inside_the_window_sends_the_documented_body(
    server, rate_control, fast_retry
):
    server.route("POST", rf"/{V}/{PAGE}/messages", Reply(200, payload("meta", "send_message")))
    conn = make(server, rate_control, fast_retry)
    target = ReplyTarget(
        "m_Zy7",
        "t_10223927405882893",
        ItemKind.DM,
        author_remote_id="7654321098765432",
        refs={
            "platform": "messenger",
            "recipient_id": "7654321098765432",
            "last_customer_message_at": "2024-01-15T10:45:00+00:00",
        },
    )
    sent = conn.send_reply(target, "It ships tomorrow.", "k1")
    assert sent.remote_id.startswith("m_AG5Hz2Uq7tuwNEh")
    (req,) = server.sent("POST", rf"/{V}/{PAGE}/messages")
    assert req.json == {
        "recipient": {"id": "7654321098765432"},
        "messaging_type": "RESPONSE",
        "message": {"text": "It ships tomorrow."},
    }
    assert req.headers["authorization"] == f"Bearer {TOKEN}"


def test_message_reply_outside_the_24_hour_window_is_refused_before_the_api(
    server, rate_control, fast_retry
):
    server.route("POST", rf"/{V}/{PAGE}/messages", Reply(200, payload("meta", "send_message")))
    later = NOW + timedelta(days=1)  # 25h15m after the customer's message
    conn = make(server, rate_control, fast_retry, clock=lambda: later)
    target = ReplyTarget(
        "m_Zy7",
        "t_10223927405882893",
        ItemKind.DM,
        refs={
            "recipient_id": "7654321098765432",
            "last_customer_message_at": "2024-01-15T10:45:00+00:00",
        },
    )
    with pytest.raises(PermanentError) as err:
        conn.send_reply(target, "Sorry for the wait", "k2")
    assert "24-hour messaging window closed at 2024-01-16 10:45 UTC" in str(err.value)
    assert "nothing was sent" in str(err.value)
    assert server.requests == []


def test_window_is_checked_from_the_conversation_when_the_item_did_not_carry_it(
    server, rate_control, fast_retry
):
    server.route(
        "GET",
        rf"/{V}/t_10223927405882893",
        Reply(
            200,
            {
                "messages": payload("meta", "conversations_messenger")["data"][0]["messages"],
                "id": "t_10223927405882893",
            },
        ),
    )
    conn = make(server, rate_control, fast_retry, clock=lambda: NOW + timedelta(days=2))
    target = ReplyTarget(
        "m_Zy7", "t_10223927405882893", ItemKind.DM, author_remote_id="7654321098765432"
    )
    with pytest.raises(PermanentError, match="window closed"):
        conn.send_reply(target, "Hello again", "k3")
    assert server.sent("POST", r".*") == []


def test_comment_replies_use_each_platforms_endpoint(server, rate_control, fast_retry):
    server.route(
        "POST",
        rf"/{V}/1289374650000001_900000000000001/comments",
        Reply(200, payload("meta", "comment_created")),
    )
    server.route(
        "POST", rf"/{V}/17870913679156914/replies", Reply(200, payload("meta", "ig_reply_created"))
    )
    conn = make(server, rate_control, fast_retry)
    fb = conn.send_reply(
        ReplyTarget(
            "1289374650000001_900000000000001",
            "104505162061490_1289374650000001",
            ItemKind.COMMENT,
            refs={"platform": "facebook"},
        ),
        "Thanks Sam!",
        "k4",
    )
    assert fb.remote_id == "1289374650000001_900000000000009"
    (fb_req,) = server.sent("POST", rf"/{V}/.*/comments")
    assert fb_req.json == {"message": "Thanks Sam!"}
    # a reply to an Instagram reply goes to the top-level comment, as Instagram requires
    ig = conn.send_reply(
        ReplyTarget(
            "17873440459141021",
            "17895695668004550",
            ItemKind.REPLY,
            refs={"platform": "instagram", "top_comment": "17870913679156914"},
        ),
        "Green and blue!",
        "k5",
    )
    assert ig.remote_id == "17873440459141099"
    (ig_req,) = server.sent("POST", rf"/{V}/.*/replies")
    assert ig_req.param("message") == "Green and blue!"


def test_post_and_delete(server, rate_control, fast_retry):
    server.route("POST", rf"/{V}/{PAGE}/feed", Reply(200, payload("meta", "post_created")))
    server.route(
        "DELETE",
        rf"/{V}/104505162061490_1289374650000077",
        Reply(200, payload("meta", "delete_success")),
    )
    conn = make(server, rate_control, fast_retry)
    post = conn.publish_post("Closed on Monday for stocktaking", "k6")
    assert post.remote_id == "104505162061490_1289374650000077"
    assert server.sent("POST", rf"/{V}/{PAGE}/feed")[0].json == {
        "message": "Closed on Monday for stocktaking"
    }
    conn.delete(post.remote_id)
    assert conn.find_sent("k6").remote_id == post.remote_id


def test_expired_token_code_190_needs_reconnecting(server, rate_control, fast_retry):
    server.route(
        "GET", rf"/{V}/{PAGE}/conversations", Reply(400, payload("meta", "error_token_expired"))
    )
    calls: list[int] = []
    conn = make(server, rate_control, fast_retry, refresh=lambda: calls.append(1) or False)
    with pytest.raises(AuthExpired) as err:
        conn.fetch_inbound(None)
    assert calls == [1]
    assert "Session has expired" in str(err.value) and "reconnecting" in str(err.value)
    assert TOKEN not in str(err.value)


def test_page_rate_limit_uses_metas_usage_header(server, rate_control, fast_retry):
    usage = {
        PAGE: [
            {
                "type": "pages",
                "call_count": 100,
                "total_cputime": 25,
                "total_time": 25,
                "estimated_time_to_regain_access": 19,
            }
        ]
    }
    server.route(
        "GET",
        rf"/{V}/{PAGE}/conversations",
        Reply(
            400,
            payload("meta", "error_page_rate_limit"),
            {"X-Business-Use-Case-Usage": json.dumps(usage)},
        ),
    )
    conn = make(server, rate_control, fast_retry)
    before = datetime.now(UTC)
    with pytest.raises(RateLimited) as err:
        conn.fetch_inbound(None)
    wait = err.value.until - before
    assert timedelta(minutes=18) < wait < timedelta(minutes=20)
    assert "too many calls to this Page" in str(err.value)
    # the Page stays throttled without asking again
    with pytest.raises(RateLimited):
        conn.fetch_inbound(None)
    assert len(server.requests) == 1


def test_app_rate_limit_code_4(server, rate_control, fast_retry):
    server.route(
        "GET",
        rf"/{V}/{PAGE}/conversations",
        Reply(
            403,
            payload("meta", "error_app_rate_limit"),
            {"X-App-Usage": '{"call_count":100,"total_time":25,"total_cputime":25}'},
        ),
    )
    with pytest.raises(RateLimited, match="code 4: .*Application request limit reached"):
        make(server, rate_control, fast_retry).fetch_inbound(None)


def test_transient_error_is_retried_then_succeeds(server, rate_control, fast_retry):
    serve_inbox(server)
    server.route(
        "GET",
        rf"/{V}/{PAGE}/feed",
        Reply(500, payload("meta", "error_transient")),
        Reply(200, payload("meta", "page_feed_comments")),
    )
    result = make(server, rate_control, fast_retry).fetch_inbound(None)
    assert len(result.items) == 6
    assert len(server.sent("GET", rf"/{V}/{PAGE}/feed")) == 2


def test_missing_permission_is_permanent_with_metas_message(server, rate_control, fast_retry):
    server.route("POST", rf"/{V}/{PAGE}/messages", Reply(403, payload("meta", "error_permission")))
    conn = make(server, rate_control, fast_retry)
    target = ReplyTarget(
        "m",
        "t_1",
        ItemKind.DM,
        refs={
            "recipient_id": "7654321098765432",
            "last_customer_message_at": "2024-01-15T11:00:00+00:00",
        },
    )
    with pytest.raises(PermanentError, match="permission is missing.*pages_messaging"):
        conn.send_reply(target, "hi", "k7")
