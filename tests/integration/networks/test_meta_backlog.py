"""Meta backfill: the Page's posts and the Instagram media are paged back to the horizon, and a
post's comments beyond the first 50 are paged too (Graph's ``after`` cursors), against the
documented response shapes on loopback. Before, only the newest 10 posts and their first 50
comments were read, so a busy week's backlog was lost beyond them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from accounts.meta import MetaConnector
from tests.integration.networks.documented_api import Recorded, Reply

V = "v25.0"
PAGE = "104505162061490"
IG = "17841405822304914"
TOKEN = "documented-token"


def _iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S+0000")


def _paged(items: list, rec: Recorded, size: int, base: str) -> dict:
    """Graph's cursor paging: ``after`` is an opaque cursor (here the offset), ``next`` set
    while more remain."""
    start = int(rec.param("after") or 0)
    page = items[start : start + size]
    body: dict = {"data": page}
    if start + size < len(items):
        after = str(start + size)
        body["paging"] = {
            "cursors": {"before": str(start), "after": after},
            "next": f"{base}?after={after}",
        }
    return body


def test_posts_and_comments_are_paged_back_to_the_horizon(server, rate_control, fast_retry):
    now = datetime(2026, 3, 2, 12, tzinfo=UTC)

    def post(i: int, age: timedelta) -> dict:
        return {"id": f"{PAGE}_{5000 + i}", "message": f"post {i}", "created_time": _iso(now - age)}

    posts = [post(i, timedelta(hours=2 * i)) for i in range(60)]  # five days of posts
    posts += [post(60 + i, timedelta(days=9, hours=i)) for i in range(100)]  # older ones

    born = {
        i: datetime.strptime(p["created_time"], "%Y-%m-%dT%H:%M:%S%z") for i, p in enumerate(posts)
    }

    def comment(p: int, k: int) -> dict:
        return {
            "id": f"{5000 + p}_{k}",
            "message": f"comment {k} on post {p}",
            "created_time": _iso(born[p] + timedelta(minutes=k + 1)),
            "from": {"id": f"9{p:03d}{k:03d}", "name": f"Fan {p}-{k}"},
        }

    # the newest post has 120 comments: three pages of 50
    comments = {p: [comment(p, k) for k in range(120 if p == 0 else 2)] for p in range(160)}

    def feed(rec: Recorded) -> Reply:
        size = int(rec.param("limit") or 25)
        body = _paged(posts, rec, size, f"/{V}/{PAGE}/feed")
        for p in body["data"]:
            n = int(p["id"].rsplit("_", 1)[-1]) - 5000
            first = _paged(comments[n], rec_like({}), 50, f"/{V}/{p['id']}/comments")
            p["comments"] = first
        return Reply(200, body)

    def more_comments(rec: Recorded) -> Reply:
        post_id = rec.path.split("/")[2]
        n = int(post_id.rsplit("_", 1)[-1]) - 5000
        return Reply(200, _paged(comments[n], rec, 50, f"/{V}/{post_id}/comments"))

    server.route("GET", rf"/{V}/{PAGE}/feed", feed)
    server.route("GET", rf"/{V}/{PAGE}_\d+/comments", more_comments)
    server.route("GET", rf"/{V}/{PAGE}/conversations", Reply(200, {"data": []}))
    conn = MetaConnector(
        server.base_url,
        page_id=PAGE,
        token=lambda: TOKEN,
        api_version=V,
        rate_control=rate_control,
        retry=fast_retry,
        sleep=lambda s: None,
        clock=lambda: now,
    )
    conn.backfill = timedelta(days=7)
    result = conn.fetch_inbound(None)
    got = {i.text for i in result.items}
    expected = {c["message"] for p in range(60) for c in comments[p]}
    assert got == expected  # every comment within the horizon, the 120 on post 0 included
    assert list(result.rejected) == []
    feed_pages = server.sent("GET", rf"/{V}/{PAGE}/feed")
    assert [r.param("after") for r in feed_pages] == [None, "25", "50"]  # page 3 passed it
    more = server.sent("GET", rf"/{V}/{PAGE}_5000/comments")
    assert [r.param("after") for r in more] == ["50", "100"]
    assert all(r.param("filter") == "stream" for r in more)
    # the next sync delivers nothing twice
    assert conn.fetch_inbound(result.cursor).items == []


def rec_like(params: dict) -> Recorded:
    return Recorded("GET", "/", "/", {k: [v] for k, v in params.items()}, {}, b"")


def test_instagram_media_are_paged_back_to_the_horizon(server, rate_control, fast_retry):
    now = datetime(2026, 3, 2, 12, tzinfo=UTC)
    media = [
        {
            "id": f"1789{i:011d}",
            "caption": f"photo {i}",
            "timestamp": _iso(now - timedelta(hours=3 * i)),
        }
        for i in range(40)  # five days of photos
    ]
    media += [
        {"id": f"1788{i:011d}", "caption": "old", "timestamp": _iso(now - timedelta(days=10 + i))}
        for i in range(40)
    ]
    for i, m in enumerate(media):
        when = (
            now - timedelta(hours=3 * i) + timedelta(minutes=1)
            if i < 40
            else now - timedelta(days=20)
        )
        m["comments"] = {
            "data": [
                {
                    "id": f"1787{i:011d}",
                    "text": f"comment on photo {i}",
                    "timestamp": _iso(when),
                    "from": {"id": f"1784{i:011d}", "username": f"fan{i}"},
                }
            ]
        }

    def media_page(rec: Recorded) -> Reply:
        return Reply(200, _paged(media, rec, int(rec.param("limit") or 25), f"/{V}/{IG}/media"))

    server.route("GET", rf"/{V}/{IG}/media", media_page)
    server.route("GET", rf"/{V}/{PAGE}/feed", Reply(200, {"data": []}))
    conn = MetaConnector(
        server.base_url,
        page_id=PAGE,
        ig_user_id=IG,
        token=lambda: TOKEN,
        api_version=V,
        read_messenger=False,
        read_instagram_messages=False,
        rate_control=rate_control,
        retry=fast_retry,
        sleep=lambda s: None,
        clock=lambda: now,
    )
    conn.backfill = timedelta(days=7)
    got = {i.text for i in conn.fetch_inbound(None).items}
    assert got == {f"comment on photo {i}" for i in range(40)}
    pages = server.sent("GET", rf"/{V}/{IG}/media")
    assert [r.param("after") for r in pages] == [None, "25"]  # the second page passed the horizon
