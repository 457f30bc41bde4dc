"""Bluesky connector against a local XRPC server serving crafted replies.

The real network is exercised in tests/integration/accounts/test_bluesky.py; here a loopback
http.server plays the PDS so the edge cases can be shaped exactly: malformed page items,
expired tokens, newest-first paging with items listed late, secrets in error paths.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from accounts.base import AuthExpired, ItemKind, PermanentError
from accounts.bluesky import (
    BlueskyConnector,
    build_facets,
    discover_oauth,
    grapheme_count,
    tid_for_key,
)
from accounts.http import RateControl, RetryPolicy

Route = Callable[["Handler", dict[str, list[str]], Any], tuple[int, Any]]

BRAND_DID = "did:plc:brand"
CUST_DID = "did:plc:customer"


def jwt(exp: float, tag: str) -> str:
    """A JWT-shaped token (unsigned: the fake PDS only compares strings)."""

    def b64(obj: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

    return f"{b64({'alg': 'HS256'})}.{b64({'exp': exp, 'tag': tag})}.c2ln"


class Handler(BaseHTTPRequestHandler):
    server: FakePds

    def log_message(self, *args: Any) -> None:
        pass

    def _serve(self, method: str) -> None:
        url = urlsplit(self.path)
        nsid = url.path.removeprefix("/xrpc/").lstrip("/")
        query = parse_qs(url.query)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body: Any = json.loads(raw) if raw else None
        except ValueError:
            body = raw  # an uploaded blob: kept as bytes
        self.server.calls.append((method, nsid, self.headers.get("Authorization"), query, body))
        route = self.server.routes.get(nsid)
        if route is None:
            status, payload = 501, {"error": "MethodNotImplemented", "message": nsid}
        else:
            status, payload = route(self, query, body)
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")


class FakePds(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes: dict[str, Route] = {}
        self.calls: list[tuple[str, str, str | None, dict[str, list[str]], Any]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def pds() -> Iterator[FakePds]:
    server = FakePds()
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def session(pds: FakePds, access: str | None = None, refresh: str | None = None) -> dict[str, str]:
    return {
        "did": BRAND_DID,
        "handle": "brand.test",
        "service": pds.url,
        "accessJwt": access or jwt(time.time() + 3600, "a1"),
        "refreshJwt": refresh or jwt(time.time() + 86400, "r1"),
    }


def connector(pds: FakePds, **kw: Any) -> BlueskyConnector:
    kw.setdefault("session", session(pds))
    return BlueskyConnector(
        pds.url,
        rate_control=RateControl(),
        retry=RetryPolicy(attempts=2, base_delay=0.01),
        timeout=(2.0, 5.0),
        **kw,
    )


def post_view(n: int, when: datetime, reason: str = "mention", **over: Any) -> dict[str, Any]:
    uri = f"at://{CUST_DID}/app.bsky.feed.post/3k{n:011d}"
    stamp = when.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    item: dict[str, Any] = {
        "uri": uri,
        "cid": f"bafy{n}",
        "author": {"did": CUST_DID, "handle": "customer.test", "displayName": "Cus"},
        "reason": reason,
        "record": {"$type": "app.bsky.feed.post", "text": f"post {n}", "createdAt": stamp},
        "isRead": False,
        "indexedAt": stamp,
    }
    item.update(over)
    return item


class NotificationList:
    """listNotifications over a list kept newest-first, paged with an offset cursor."""

    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []

    def add(self, item: dict[str, Any]) -> None:
        self.items.append(item)
        self.items.sort(key=lambda it: str(it.get("indexedAt", "")), reverse=True)

    def route(self, _h: Handler, query: dict[str, list[str]], _b: Any) -> tuple[int, Any]:
        limit = int(query.get("limit", ["50"])[0])
        start = int(query.get("cursor", ["0"])[0])
        page = self.items[start : start + limit]
        out: dict[str, Any] = {"notifications": page}
        if start + limit < len(self.items):
            out["cursor"] = str(start + limit)
        return 200, out


def drain(conn: BlueskyConnector, cursor: str | None, limit: int = 2) -> tuple[list[str], str]:
    """All pages of one sync: the uris delivered and the cursor to persist."""
    uris: list[str] = []
    for _ in range(50):
        res = conn.fetch_inbound(cursor, limit=limit)
        uris += [it.remote_id for it in res.items]
        assert res.cursor is not None
        cursor = res.cursor
        if not res.more:
            return uris, cursor
    raise AssertionError("fetch_inbound never finished its sweep")


# ------------------------------------------------------------------------ pure functions


def test_tid_for_key_is_a_valid_stable_tid() -> None:
    tid_re = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")
    keys = [f"outbox-{i}" for i in range(2000)]
    tids = [tid_for_key(k) for k in keys]
    assert all(tid_re.match(t) for t in tids)
    assert len(set(tids)) == len(tids)
    assert tid_for_key("outbox-7") == tids[7]


def test_graphemes_not_code_points() -> None:
    family = "👨\u200d👩\u200d👧"  # five code points, one grapheme
    assert len(family) == 5
    assert grapheme_count(family) == 1
    assert grapheme_count("e\u0301") == 1
    assert grapheme_count("🇫🇷🇩🇪") == 2


def test_facets_use_utf8_byte_offsets() -> None:
    text = "héllo 👋🏽 @brand.test see https://example.com/a_(b) now. @nobody.test."
    facets = build_facets(text, {"brand.test": "did:plc:brand"}.get)
    raw = text.encode("utf-8")
    got = [
        (raw[f["index"]["byteStart"] : f["index"]["byteEnd"]].decode(), f["features"][0])
        for f in facets
    ]
    assert got == [
        ("@brand.test", {"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:brand"}),
        (
            "https://example.com/a_(b)",
            {"$type": "app.bsky.richtext.facet#link", "uri": "https://example.com/a_(b)"},
        ),
    ]  # the unresolvable @nobody.test stays plain text; the sentence's "." is not in the link


def test_text_limit_counted_in_graphemes(pds: FakePds) -> None:
    conn = connector(pds)
    assert conn.max_text_length == 300
    conn.check_text("👍🏽" * 300)  # 600 code points, 300 graphemes: allowed
    with pytest.raises(PermanentError, match="301 characters"):
        conn.check_text("a" * 301)
    with pytest.raises(PermanentError, match="bytes"):
        conn.check_text("👨\u200d👩\u200d👧\u200d👦" * 200)  # 200 graphemes but 5000 bytes
    assert pds.calls == []


# ------------------------------------------------------------------------ inbound


def test_malformed_items_rejected_rest_kept(pds: FakePds) -> None:
    now = datetime.now(UTC)
    good = post_view(1, now)
    reply = post_view(
        2,
        now - timedelta(seconds=1),
        reason="reply",
        record={
            "$type": "app.bsky.feed.post",
            "text": "a reply",
            "createdAt": "2024-01-01T00:00:00Z",
            "reply": {
                "root": {"uri": f"at://{BRAND_DID}/app.bsky.feed.post/3root", "cid": "bafyroot"},
                "parent": {"uri": f"at://{BRAND_DID}/app.bsky.feed.post/3par", "cid": "bafypar"},
            },
        },
    )
    no_author = post_view(3, now - timedelta(seconds=2))
    del no_author["author"]
    bad_reply = post_view(4, now - timedelta(seconds=3))
    bad_reply["record"]["reply"] = {"root": {"uri": "nonsense"}, "parent": None}
    bad_time = post_view(5, now - timedelta(seconds=4), indexedAt="yesterday-ish")
    not_a_dict = "🙃"
    like = post_view(6, now - timedelta(seconds=5), reason="like")
    items = [good, reply, no_author, bad_reply, bad_time, not_a_dict, like]
    pds.routes["app.bsky.notification.listNotifications"] = lambda h, q, b: (
        200,
        {"notifications": items},
    )
    res = connector(pds).fetch_inbound(None)
    assert [it.remote_id for it in res.items] == [good["uri"], reply["uri"]]
    assert res.items[0].kind is ItemKind.MENTION
    assert res.items[0].thread_key == good["uri"]
    r = res.items[1]
    assert r.kind is ItemKind.REPLY
    assert r.thread_key == f"at://{BRAND_DID}/app.bsky.feed.post/3root"
    assert r.parent_remote_id == f"at://{BRAND_DID}/app.bsky.feed.post/3par"
    assert r.refs["root_cid"] == "bafyroot" and r.refs["cid"] == "bafy2"
    reasons = {rej.remote_id: rej.reason for rej in res.rejected}
    assert reasons == {
        no_author["uri"]: "bluesky: post has no author",
        bad_reply["uri"]: "bluesky: reply root lacks a uri and cid",
        bad_time["uri"]: "bluesky: notification has no valid indexedAt",
        None: "bluesky: item is not an object",
    }
    assert all(rej.excerpt for rej in res.rejected)
    # the query asked only for inbox reasons
    _, _, auth, query, _ = pds.calls[-1]
    assert sorted(query["reasons"]) == ["mention", "quote", "reply"]
    assert auth is not None and auth.startswith("Bearer ")
    # set aside once, not again on the next poll
    again = connector(pds).fetch_inbound(res.cursor)
    assert again.items == [] and again.rejected == []


def test_cursor_pages_back_and_resumes_without_gaps_or_duplicates(pds: FakePds) -> None:
    notifs = NotificationList()
    pds.routes["app.bsky.notification.listNotifications"] = notifs.route
    t0 = datetime.now(UTC) - timedelta(minutes=10)
    for n in range(5):
        notifs.add(post_view(n, t0 + timedelta(seconds=n)))
    seen, cursor = drain(connector(pds), None)
    assert len(seen) == 5 and len(set(seen)) == 5

    # new arrivals, one of them listed below the mark (author's clock behind), one at the
    # same timestamp as the newest seen
    notifs.add(post_view(10, t0 + timedelta(seconds=20)))
    notifs.add(post_view(11, t0 + timedelta(seconds=4)))
    notifs.add(post_view(12, t0 - timedelta(minutes=5)))
    notifs.add(post_view(13, t0 + timedelta(seconds=21)))
    fresh = connector(pds)  # a restart: only the persisted cursor carries over
    new, cursor = drain(fresh, cursor)
    assert sorted(new) == sorted(
        post_view(n, t0)["uri"] for n in (10, 11, 12, 13)
    )  # the late one is within the 30-minute overlap
    assert drain(connector(pds), cursor)[0] == []


def test_crash_mid_sweep_resumes_from_the_saved_page(pds: FakePds) -> None:
    notifs = NotificationList()
    pds.routes["app.bsky.notification.listNotifications"] = notifs.route
    t0 = datetime.now(UTC) - timedelta(minutes=1)
    for n in range(6):
        notifs.add(post_view(n, t0 + timedelta(seconds=n)))
    first = connector(pds).fetch_inbound(None, limit=2)
    assert first.more and len(first.items) == 2
    notifs.add(post_view(20, t0 + timedelta(seconds=30)))  # arrives while we page back
    rest, cursor = drain(connector(pds), first.cursor)
    assert len(rest) == 4
    later, _ = drain(connector(pds), cursor)
    assert later == [post_view(20, t0)["uri"]]


def test_first_sync_backfills_only_the_window(pds: FakePds) -> None:
    notifs = NotificationList()
    pds.routes["app.bsky.notification.listNotifications"] = notifs.route
    now = datetime.now(UTC)
    notifs.add(post_view(1, now - timedelta(days=1)))
    notifs.add(post_view(2, now - timedelta(days=30)))
    got, _ = drain(connector(pds, backfill=timedelta(days=7)), None)
    assert got == [post_view(1, now)["uri"]]


def test_an_item_listed_beyond_the_horizon_is_caught_by_the_history_sweep(
    pds: FakePds,
) -> None:
    """listNotifications sorts by min(indexedAt, createdAt): a post backdated by days when it
    is indexed is listed below the horizon, where neither the regular nor the late-item sweep
    reads. The history sweep reads down to the first sync's floor (not further: what lies
    there was before the account's time and was left out on purpose)."""
    notifs = NotificationList()
    pds.routes["app.bsky.notification.listNotifications"] = notifs.route
    now = datetime.now(UTC)
    notifs.add(post_view(1, now - timedelta(hours=1)))
    notifs.add(post_view(2, now - timedelta(days=9)))  # before the account's time
    conn = connector(pds, backfill=timedelta(days=7), late_sweep=timedelta(0))
    got, cursor = drain(conn, None)
    assert got == [post_view(1, now)["uri"]]
    # days later (the horizon is now a day back): a post created 3 days ago is indexed only now
    conn.backfill = timedelta(days=1)
    notifs.add(post_view(3, now - timedelta(days=3)))
    got, cursor = drain(conn, cursor)  # a late-item sweep, down to the horizon: not there
    assert post_view(3, now)["uri"] not in got
    conn.history_sweep = timedelta(0)  # the history sweep falls due
    got, cursor = drain(conn, cursor)
    assert post_view(3, now)["uri"] in got
    assert post_view(2, now)["uri"] not in got  # older than the first sync's floor


def test_unreadable_cursor_is_a_permanent_error(pds: FakePds) -> None:
    with pytest.raises(PermanentError, match="cursor"):
        connector(pds).fetch_inbound("not json")


# ------------------------------------------------------------------------ sessions


def test_expired_token_refreshes_once_and_rotates(pds: FakePds) -> None:
    old_access, old_refresh = jwt(time.time() + 3600, "a1"), jwt(time.time() + 86400, "r1")
    new_access, new_refresh = jwt(time.time() + 3600, "a2"), jwt(time.time() + 86400, "r2")
    refreshes: list[str | None] = []

    def profile(h: Handler, q: Any, b: Any) -> tuple[int, Any]:
        if h.headers["Authorization"] != f"Bearer {new_access}":
            return 400, {"error": "ExpiredToken", "message": "Token has expired"}
        return 200, {"did": BRAND_DID, "handle": "brand.test", "displayName": "Brand"}

    def refresh(h: Handler, q: Any, b: Any) -> tuple[int, Any]:
        refreshes.append(h.headers["Authorization"])
        if h.headers["Authorization"] != f"Bearer {old_refresh}":
            return 400, {"error": "ExpiredToken", "message": "Token has been revoked"}
        return 200, {
            "did": BRAND_DID,
            "handle": "brand.test",
            "accessJwt": new_access,
            "refreshJwt": new_refresh,
        }

    pds.routes["app.bsky.actor.getProfile"] = profile
    pds.routes["com.atproto.server.refreshSession"] = refresh
    stored: list[dict[str, str]] = []
    conn = connector(pds, session=session(pds, old_access, old_refresh), on_session=stored.append)
    # many threads hit the expired token at once: one refresh, all succeed
    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(conn.profile().display_name))
        for _ in range(6)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert results == ["Brand"] * 6
    assert refreshes == [f"Bearer {old_refresh}"]
    assert stored and stored[-1]["accessJwt"] == new_access
    assert stored[-1]["refreshJwt"] == new_refresh
    assert conn.export_session()["refreshJwt"] == new_refresh


def test_dead_refresh_token_is_auth_expired_without_secrets(
    pds: FakePds, caplog: pytest.LogCaptureFixture
) -> None:
    access, refresh = jwt(time.time() + 3600, "a1"), jwt(time.time() + 86400, "r1")
    pds.routes["app.bsky.actor.getProfile"] = lambda h, q, b: (
        400,
        {"error": "InvalidToken", "message": "Token could not be verified"},
    )
    pds.routes["com.atproto.server.refreshSession"] = lambda h, q, b: (
        400,
        {"error": "ExpiredToken", "message": "Token has been revoked"},
    )
    conn = connector(pds, session=session(pds, access, refresh))
    caplog.set_level(logging.DEBUG)
    with pytest.raises(AuthExpired) as info:
        conn.profile()
    assert "reconnecting" in str(info.value)
    for secret in (access, refresh):
        assert secret not in str(info.value)
        assert secret not in caplog.text
        assert secret not in repr(conn)
        assert secret not in repr(conn._session)


def test_app_password_signs_in_again_when_refresh_dies(pds: FakePds) -> None:
    fresh = jwt(time.time() + 3600, "a9")
    pds.routes["com.atproto.server.refreshSession"] = lambda h, q, b: (
        401,
        {"error": "AuthenticationRequired", "message": "Invalid token"},
    )
    logins: list[Any] = []

    def create_session(h: Handler, q: Any, b: Any) -> tuple[int, Any]:
        logins.append(b)
        return 200, {
            "did": BRAND_DID,
            "handle": "brand.test",
            "accessJwt": fresh,
            "refreshJwt": jwt(time.time() + 86400, "r9"),
            "active": True,
        }

    pds.routes["com.atproto.server.createSession"] = create_session
    pds.routes["app.bsky.actor.getProfile"] = lambda h, q, b: (
        (200, {"did": BRAND_DID, "handle": "brand.test"})
        if h.headers["Authorization"] == f"Bearer {fresh}"
        else (400, {"error": "ExpiredToken", "message": "Token has expired"})
    )
    conn = connector(pds, identifier="brand.test", app_password="abcd-efgh-ijkl-mnop")
    assert conn.profile().handle == "brand.test"
    assert logins == [{"identifier": "brand.test", "password": "abcd-efgh-ijkl-mnop"}]


def test_wrong_app_password_is_auth_expired_without_the_password(pds: FakePds) -> None:
    pds.routes["com.atproto.server.createSession"] = lambda h, q, b: (
        401,
        {"error": "AuthenticationRequired", "message": "Invalid identifier or password"},
    )
    conn = BlueskyConnector(
        pds.url,
        identifier="brand.test",
        app_password="wrong-pass-word-xyz1",
        rate_control=RateControl(),
    )
    with pytest.raises(AuthExpired) as info:
        conn.sign_in()
    assert "wrong-pass-word-xyz1" not in str(info.value)
    assert "wrong-pass-word-xyz1" not in repr(conn)


def test_access_token_refreshed_a_minute_before_expiry(pds: FakePds) -> None:
    soon = jwt(time.time() + 30, "a1")
    later = jwt(time.time() + 3600, "a2")
    pds.routes["com.atproto.server.refreshSession"] = lambda h, q, b: (
        200,
        {
            "did": BRAND_DID,
            "handle": "brand.test",
            "accessJwt": later,
            "refreshJwt": jwt(time.time() + 86400, "r2"),
        },
    )
    pds.routes["app.bsky.actor.getProfile"] = lambda h, q, b: (
        200,
        {"did": BRAND_DID, "handle": "brand.test"},
    )
    conn = connector(pds, session=session(pds, access=soon))
    conn.profile()
    assert [c[1] for c in pds.calls] == [
        "com.atproto.server.refreshSession",
        "app.bsky.actor.getProfile",
    ]
    assert pds.calls[-1][2] == f"Bearer {later}"


# ------------------------------------------------------------------------ writing


def test_send_reply_uses_root_and_parent_refs(pds: FakePds) -> None:
    created: list[Any] = []
    pds.routes["com.atproto.repo.getRecord"] = lambda h, q, b: (
        400,
        {"error": "RecordNotFound", "message": "Could not locate record"},
    )

    def create(h: Handler, q: Any, b: Any) -> tuple[int, Any]:
        created.append(b)
        return 200, {"uri": f"at://{BRAND_DID}/app.bsky.feed.post/{b['rkey']}", "cid": "bafyme"}

    pds.routes["com.atproto.repo.createRecord"] = create
    from accounts.base import ReplyTarget

    target = ReplyTarget(
        remote_id="at://c/app.bsky.feed.post/p",
        thread_key="at://c/app.bsky.feed.post/r",
        kind=ItemKind.REPLY,
        refs={
            "uri": "at://c/app.bsky.feed.post/p",
            "cid": "bafyp",
            "root_uri": "at://c/app.bsky.feed.post/r",
            "root_cid": "bafyr",
        },
    )
    res = connector(pds).send_reply(target, "Thanks, looking into it", "key-1")
    body = created[0]
    assert body["rkey"] == tid_for_key("key-1")
    assert body["repo"] == BRAND_DID and body["collection"] == "app.bsky.feed.post"
    assert body["record"]["reply"] == {
        "root": {"uri": "at://c/app.bsky.feed.post/r", "cid": "bafyr"},
        "parent": {"uri": "at://c/app.bsky.feed.post/p", "cid": "bafyp"},
    }
    assert res.remote_id.endswith(tid_for_key("key-1"))


def test_a_reply_with_an_image_uploads_the_blob_and_embeds_it_beside_the_refs(
    pds: FakePds,
) -> None:
    from accounts.base import Image, ReplyTarget
    from tests.support.images import png

    pic = png(2, 2)
    blob = {"$type": "blob", "ref": {"$link": "bafkblob"}, "mimeType": "image/png", "size": 9}
    uploads: list[Any] = []
    created: list[Any] = []
    pds.routes["com.atproto.repo.getRecord"] = lambda h, q, b: (
        400,
        {"error": "RecordNotFound", "message": "Could not locate record"},
    )

    def upload(h: Handler, q: Any, b: Any) -> tuple[int, Any]:
        uploads.append((h.headers.get("Content-Type"), b))
        return 200, {"blob": blob}

    def create(h: Handler, q: Any, b: Any) -> tuple[int, Any]:
        created.append(b)
        return 200, {"uri": f"at://{BRAND_DID}/app.bsky.feed.post/{b['rkey']}", "cid": "bafyme"}

    pds.routes["com.atproto.repo.uploadBlob"] = upload
    pds.routes["com.atproto.repo.createRecord"] = create
    target = ReplyTarget(
        remote_id="at://c/app.bsky.feed.post/p",
        thread_key="at://c/app.bsky.feed.post/p",
        kind=ItemKind.MENTION,
        refs={
            "uri": "at://c/app.bsky.feed.post/p",
            "cid": "bafyp",
            "root_uri": "at://c/app.bsky.feed.post/p",
            "root_cid": "bafyp",
        },
    )
    connector(pds).send_reply(
        target, "This one", "key-img", images=[Image(pic, "image/png", alt="A red kettle")]
    )
    assert uploads == [("image/png", pic)]
    record = created[0]["record"]
    assert record["embed"] == {
        "$type": "app.bsky.embed.images",
        "images": [{"image": blob, "alt": "A red kettle"}],
    }
    assert record["reply"]["parent"] == {"uri": "at://c/app.bsky.feed.post/p", "cid": "bafyp"}


def test_delete_refuses_someone_elses_post(pds: FakePds) -> None:
    with pytest.raises(PermanentError, match="own posts"):
        connector(pds).delete(f"at://{CUST_DID}/app.bsky.feed.post/3abc")
    assert pds.calls == []


def test_no_oauth_on_the_server_means_app_passwords(pds: FakePds) -> None:
    assert discover_oauth(pds.url) is None  # 501 from the fake: no metadata
    pds.routes[".well-known/oauth-protected-resource"] = lambda h, q, b: (
        200,
        {"authorization_servers": [pds.url]},
    )
    pds.routes[".well-known/oauth-authorization-server"] = lambda h, q, b: (
        200,
        {
            "issuer": pds.url,
            "authorization_endpoint": f"{pds.url}/oauth/authorize",
            "token_endpoint": f"{pds.url}/oauth/token",
            "pushed_authorization_request_endpoint": f"{pds.url}/oauth/par",
            "code_challenge_methods_supported": ["S256"],
            "dpop_signing_alg_values_supported": ["ES256"],
            "scopes_supported": ["atproto"],
            "require_pushed_authorization_requests": False,
        },
    )
    info = discover_oauth(pds.url)
    assert info is not None and not info.atproto_profile  # PAR not required: not the profile


def test_the_author_s_avatar_address_comes_along(pds: FakePds) -> None:
    """profileViewBasic.avatar is stored at ingest; the workstation fetches the picture later."""
    notifs = NotificationList()
    pds.routes["app.bsky.notification.listNotifications"] = notifs.route
    t0 = datetime.now(UTC) - timedelta(minutes=1)
    with_avatar = post_view(1, t0)
    with_avatar["author"] = {
        **with_avatar["author"],
        "avatar": "https://cdn.bsky.app/img/avatar/plain/did:plc:x/bafkrei@jpeg",
    }
    notifs.add(with_avatar)
    notifs.add(
        post_view(
            2, t0 + timedelta(seconds=1), author={"did": CUST_DID, "handle": "c.test", "avatar": 7}
        )
    )
    items = connector(pds).fetch_inbound(None, limit=10).items
    avatars = {it.remote_id: it.author.avatar_url for it in items}
    assert avatars[with_avatar["uri"]] == (
        "https://cdn.bsky.app/img/avatar/plain/did:plc:x/bafkrei@jpeg"
    )
    assert avatars[post_view(2, t0)["uri"]] is None  # not a string: no avatar, not an error
