"""LinkedIn: thread context and a backlog of posts, against documented payloads on loopback.

- Context: a comment's post is read (``GET /rest/posts/{urn}``) and becomes the thread's root
  (the organisation's own post is marked as the brand's); a reply's top-level comment is read
  with the Comments API's "get a comment" (``GET /rest/socialActions/{target}/comments/{id}``).
- Backlog: the posts finder pages (``start``/``count``) back to the horizon, so comments on
  the 60th post of a busy week are read, not only those on the newest ten.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from accounts.linkedin import LinkedInConnector
from tests.integration.networks.documented_api import Recorded, Reply, payload

TOKEN = "documented-token"
ORG = "urn:li:organization:5515715"
POST = "urn:li:share:6844785523593134080"
ACTIVITY = "urn:li:activity:6844785523593134081"
TOP = f"urn:li:comment:({ACTIVITY},6636064512343031808)"


def make(server, rate_control, fast_retry) -> LinkedInConnector:
    return LinkedInConnector(
        server.base_url,
        organization_id="5515715",
        token=lambda: TOKEN,
        rate_control=rate_control,
        retry=fast_retry,
        sleep=lambda s: None,
    )


def test_a_reply_brings_its_post_as_the_root_and_the_comment_it_answers(
    server, rate_control, fast_retry
) -> None:
    [post] = payload("linkedin", "org_posts")["elements"]  # a post, as GET /rest/posts/{urn}
    [top] = [
        c for c in payload("linkedin", "post_comments")["elements"] if c.get("commentUrn") == TOP
    ]
    server.route("GET", f"/rest/posts/{POST}", Reply(200, post))
    server.route(
        "GET", f"/rest/socialActions/{ACTIVITY}/comments/6636064512343031808", Reply(200, top)
    )
    reply = InboundItem(
        remote_id=f"urn:li:comment:({ACTIVITY},6636064512343031999)",
        kind=ItemKind.REPLY,
        author=RemoteAuthor("urn:li:person:zz", "zz"),
        text="Same question here",
        created_at=datetime(2024, 1, 15, 11, tzinfo=UTC),
        thread_key=POST,
        parent_remote_id=TOP,
        refs={"object": ACTIVITY, "top_comment": TOP},
    )
    ctx = make(server, rate_control, fast_retry).fetch_context(reply)
    assert [c.remote_id for c in ctx] == [POST, TOP]
    root, parent = ctx
    assert root.kind is ItemKind.POST and root.text == "We are hiring engineers in Oslo"
    assert root.refs.get("by_brand") == "1" and root.thread_key == POST
    assert parent.text == "Is remote work possible?" and "by_brand" not in parent.refs
    assert parent.thread_key == POST
    (get_post,) = server.sent("GET", r"/rest/posts/.*")
    assert get_post.raw_path == "/rest/posts/urn%3Ali%3Ashare%3A6844785523593134080"
    assert get_post.headers["linkedin-version"]


def test_a_post_that_cannot_be_read_gives_no_context_and_no_error(
    server, rate_control, fast_retry
) -> None:
    server.route("GET", r"/rest/posts/.*", Reply(403, payload("linkedin", "error_forbidden")))
    top_comment = InboundItem(
        remote_id=TOP,
        kind=ItemKind.COMMENT,
        author=RemoteAuthor("urn:li:person:f4c0ZDc7cD", "f4c0ZDc7cD"),
        text="Is remote work possible?",
        created_at=datetime(2024, 1, 15, 10, tzinfo=UTC),
        thread_key=POST,
        parent_remote_id=POST,
    )
    assert make(server, rate_control, fast_retry).fetch_context(top_comment) == []


def test_backfill_pages_through_posts_to_the_horizon(server, rate_control, fast_retry) -> None:
    now = datetime.now(UTC)

    def post(i: int, age: timedelta) -> dict:
        ms = int((now - age).timestamp() * 1000)
        return {
            "id": f"urn:li:share:{7000 + i}",
            "author": ORG,
            "createdAt": ms,
            "lastModifiedAt": ms,
        }

    # 120 posts over five days, then older ones: three pages of 50 reach past the horizon
    posts = [post(i, timedelta(hours=i)) for i in range(120)]
    posts += [post(120 + i, timedelta(days=8, hours=i)) for i in range(200)]

    def posts_page(rec: Recorded) -> Reply:
        start, count = int(rec.param("start") or 0), int(rec.param("count") or 10)
        page = posts[start : start + count]
        return Reply(
            200, {"elements": page, "paging": {"start": start, "count": count, "total": len(posts)}}
        )

    def comments(rec: Recorded) -> Reply:
        urn = rec.path.split("/")[3]
        n = int(urn.rsplit(":", 1)[-1]) - 7000
        ms = posts[n]["createdAt"] + 5 * 60_000  # five minutes after its post
        cid = f"urn:li:comment:({urn},{9000 + n})"
        element = {
            "actor": f"urn:li:person:p{n}",
            "commentUrn": cid,
            "created": {"actor": f"urn:li:person:p{n}", "time": ms},
            "message": {"text": f"question on post {n}"},
            "object": urn,
        }
        return Reply(200, {"elements": [element], "paging": {"start": 0, "count": 50, "total": 1}})

    server.route("GET", "/rest/posts", posts_page)
    server.route("GET", r"/rest/socialActions/.*/comments", comments)
    conn = make(server, rate_control, fast_retry)
    conn.backfill = timedelta(days=7)
    result = conn.fetch_inbound(None)
    texts = {i.text for i in result.items}
    assert texts == {f"question on post {n}" for n in range(120)}  # all within the horizon
    pages = server.sent("GET", "/rest/posts")
    assert [p.param("start") for p in pages] == ["0", "50", "100"]  # stopped past the horizon
    # the newest ten posts are read whatever their age (a late comment on an old post)
    assert len(server.sent("GET", r"/rest/socialActions/.*/comments")) == 150
