"""Thread context on X and Meta, against their documented payloads on a loopback server."""

from __future__ import annotations

from datetime import UTC, datetime

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from accounts.meta import MetaConnector
from accounts.x import XConnector
from tests.integration.networks.documented_api import Reply, payload

TOKEN = "documented-token"


def test_x_fetches_the_root_and_the_parent_of_a_reply(server, rate_control, fast_retry) -> None:
    server.route("GET", "/2/tweets", Reply(200, payload("x", "tweets_lookup")))
    conn = XConnector(
        server.base_url,
        token=lambda: TOKEN,
        user_id="2244994945",
        rate_control=rate_control,
        retry=fast_retry,
    )
    reply = InboundItem(
        remote_id="1460323737035677698",
        kind=ItemKind.REPLY,
        author=RemoteAuthor("99", "bea"),
        text="@XDevelopers mine broke",
        created_at=datetime(2024, 1, 15, 10, 30, tzinfo=UTC),
        thread_key="1460323737035677000",
        parent_remote_id="1460323737035677500",
    )
    ctx = conn.fetch_context(reply)
    assert [c.remote_id for c in ctx] == ["1460323737035677000", "1460323737035677500"]
    assert ctx[0].refs.get("by_brand") == "1" and "by_brand" not in ctx[1].refs
    assert all(c.thread_key == "1460323737035677000" for c in ctx)
    (req,) = server.sent("GET", "/2/tweets")
    assert req.param("ids") == "1460323737035677000,1460323737035677500"
    assert "author_id" in (req.param("expansions") or "")


def test_meta_fetches_the_page_post_and_the_comment_answered(
    server, rate_control, fast_retry
) -> None:
    page, v = "104505162061490", "v25.0"
    post_id = f"{page}_1289374650000001"
    server.route(
        "GET",
        rf"/{v}/{post_id}",
        Reply(
            200,
            {
                "id": post_id,
                "message": "Our new kettle",
                "created_time": "2024-01-15T09:00:00+0000",
            },
        ),
    )
    server.route(
        "GET",
        rf"/{v}/1289374650000001_900000000000001",
        Reply(
            200,
            {
                "id": "1289374650000001_900000000000001",
                "message": "Is it any good?",
                "created_time": "2024-01-15T09:30:00+0000",
                "from": {"id": "5550001", "name": "Ana"},
            },
        ),
    )
    conn = MetaConnector(
        server.base_url,
        page_id=page,
        token=lambda: TOKEN,
        api_version=v,
        rate_control=rate_control,
        retry=fast_retry,
        sleep=lambda s: None,
    )
    reply = InboundItem(
        remote_id="1289374650000001_900000000000002",
        kind=ItemKind.REPLY,
        author=RemoteAuthor("5550002", "Bea"),
        text="mine broke",
        created_at=datetime(2024, 1, 15, 10, 0, tzinfo=UTC),
        thread_key=post_id,
        parent_remote_id="1289374650000001_900000000000001",
        refs={"platform": "facebook", "post_id": post_id},
    )
    ctx = conn.fetch_context(reply)
    assert [c.remote_id for c in ctx] == [post_id, "1289374650000001_900000000000001"]
    assert ctx[0].refs.get("by_brand") == "1" and ctx[1].author.display_name == "Ana"
