"""The Mastodon connector against a tiny loopback server serving documented error payloads.

mastodon-mock does not misbehave on demand, so these scripted answers (shapes from
docs.joinmastodon.org: ``{"error": ...}`` bodies, ``X-RateLimit-*`` headers with an ISO 8601
reset, ``Link`` headers) exercise the failure paths over real HTTP.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from accounts.base import AuthExpired, ItemKind, PermanentError, RateLimited
from accounts.http import HttpClient, RateControl, RetryPolicy
from accounts.mastodon import MastodonConnector

BRAND = {"id": "100", "acct": "brand", "username": "brand", "display_name": "Brand"}


def account(n: str, followers: object = 5) -> dict:
    return {"id": n, "acct": f"user{n}", "display_name": f"User {n}", "followers_count": followers}


def status(sid: str, author: str = "7", **kw: object) -> dict:
    base = {
        "id": sid,
        "created_at": "2026-03-01T10:00:00.000Z",
        "in_reply_to_id": None,
        "in_reply_to_account_id": None,
        "visibility": "public",
        "content": f"<p>@brand message {sid}</p>",
        "account": account(author),
        "mentions": [{"id": "100", "acct": "brand"}],
        "url": f"https://social.example/@user{author}/{sid}",
    }
    base.update(kw)
    return base


def mention(nid: str, st: dict) -> dict:
    return {
        "id": nid,
        "type": "mention",
        "created_at": st["created_at"],
        "account": st["account"],
        "status": st,
    }


@dataclass
class Reply:
    status: int
    body: object = None
    headers: dict[str, str] = field(default_factory=dict)
    #: raw bytes sent as-is (an event stream that ends = a dropped connection)
    raw: bytes | None = None


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]


class Scripted:
    """Answers per path, in order; the last answer of a path repeats."""

    def __init__(self) -> None:
        self.routes: dict[str, list[Reply]] = {}
        self.seen: list[Seen] = []
        self.base_url = ""

    def on(self, path: str, *replies: Reply) -> None:
        self.routes[path] = list(replies)

    def answer(self, path: str) -> Reply:
        queue = self.routes.get(path)
        if not queue:
            return Reply(404, {"error": "Record not found"})
        return queue.pop(0) if len(queue) > 1 else queue[0]

    def requests_to(self, path: str) -> list[Seen]:
        return [s for s in self.seen if s.path == path]


@pytest.fixture
def server() -> Iterator[Scripted]:
    script = Scripted()

    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            script.seen.append(
                Seen(self.command, parts.path, parse_qs(parts.query), dict(self.headers.items()))
            )
            reply = script.answer(parts.path)
            payload = b"" if reply.body is None else json.dumps(reply.body).encode()
            kind = "application/json; charset=utf-8"
            if reply.raw is not None:
                payload, kind = reply.raw, "text/event-stream"
            self.send_response(reply.status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(payload)))
            for k, v in reply.headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_DELETE = _serve

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    script.base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    yield script
    httpd.shutdown()
    httpd.server_close()


def make(server: Scripted, token: str = "tok-1", refresh=None) -> MastodonConnector:
    http = HttpClient(
        server.base_url,
        network="mastodon",
        token=lambda: token,
        refresh=refresh,
        rate_control=RateControl(),
        retry=RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05),
    )
    return MastodonConnector(server.base_url, lambda: token, refresh, account_id="100", http=http)


def test_401_refreshes_once_then_auth_expired(server: Scripted) -> None:
    server.on(
        "/api/v1/accounts/verify_credentials",
        Reply(401, {"error": "The access token is invalid"}),
    )
    tokens = iter(["old-secret-token", "new-secret-token"])
    current = {"t": next(tokens)}
    refreshes: list[int] = []

    def refresh() -> bool:
        refreshes.append(1)
        current["t"] = next(tokens)
        return True

    http = HttpClient(
        server.base_url,
        network="mastodon",
        token=lambda: current["t"],
        refresh=refresh,
        rate_control=RateControl(),
    )
    conn = MastodonConnector(server.base_url, lambda: current["t"], refresh, http=http)
    with pytest.raises(AuthExpired) as err:
        conn.profile()
    assert refreshes == [1]
    sent = [s.headers.get("Authorization") for s in server.seen]
    assert sent == ["Bearer old-secret-token", "Bearer new-secret-token"]
    assert "The access token is invalid" in str(err.value)
    assert "secret-token" not in str(err.value)


def test_429_with_ratelimit_reset_is_rate_limited_until_then(server: Scripted) -> None:
    reset = (datetime.now(UTC) + timedelta(minutes=4)).replace(microsecond=0)
    server.on(
        "/api/v1/notifications",
        Reply(
            429,
            {"error": "Too many requests"},
            {
                "X-RateLimit-Limit": "300",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": reset.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            },
        ),
    )
    conn = make(server)
    with pytest.raises(RateLimited) as err:
        conn.fetch_inbound("n:5")
    assert abs((err.value.until - reset).total_seconds()) < 1
    # the host stays blocked: the next call fails fast without touching the network
    before = len(server.seen)
    with pytest.raises(RateLimited):
        conn.fetch_inbound("n:5")
    assert len(server.seen) == before


def test_503_then_200_is_retried(server: Scripted) -> None:
    server.on(
        "/api/v1/accounts/verify_credentials",
        Reply(503, {"error": "Service Unavailable"}),
        Reply(200, BRAND),
    )
    profile = make(server).profile()
    assert profile.remote_id == "100" and profile.handle == "brand"
    assert len(server.requests_to("/api/v1/accounts/verify_credentials")) == 2


def test_422_is_permanent_with_the_servers_reason(server: Scripted) -> None:
    server.on("/api/v1/statuses", Reply(422, {"error": "Validation failed: Text can't be blank"}))
    with pytest.raises(PermanentError, match="Text can't be blank"):
        make(server).publish_post(" ", "k-1")
    assert server.requests_to("/api/v1/statuses")[0].headers.get("Idempotency-Key") == "k-1"


def test_malformed_notifications_are_rejected_and_the_rest_kept(server: Scripted) -> None:
    good1 = mention("11", status("201"))
    good2 = mention(
        "15", status("205", content="<p>second</p>", account=account("8", followers="many"))
    )
    no_status = {"id": "12", "type": "mention", "account": account("7")}
    bad_content = mention("13", status("203", content=42))
    bad_date = mention("14", status("204", created_at="yesterday"))
    no_acct = mention("16", status("206", account={"id": "9"}))
    favourite = {"id": "17", "type": "favourite", "account": account("7"), "status": status("207")}
    not_object = ["what"]
    page = [favourite, no_acct, good2, bad_date, bad_content, no_status, good1, not_object]
    # a short page is not the end (servers cap ``limit``): the empty page after it is
    server.on("/api/v1/notifications", Reply(200, page), Reply(200, []))

    got = make(server).fetch_inbound("n:10")

    assert [i.remote_id for i in got.items] == ["201", "205"]  # oldest first
    assert got.items[1].author.followers is None  # a wrong optional field is dropped, not fatal
    reasons = {r.remote_id: r.reason for r in got.rejected}
    assert reasons == {
        "12": "mastodon: mention notification has no status",
        "203": "mastodon: status.content is not text",
        "204": "mastodon: status.created_at is missing or not a date",
        "206": "mastodon: account has no acct",
        None: "mastodon: a notification is not an object",
    }
    assert got.cursor == "n:17"  # past the rejected and the ignored ones too
    assert not got.more


def test_forward_paging_follows_min_id_and_the_link_header(server: Scripted) -> None:
    page1 = [mention(str(n), status(str(200 + n))) for n in (13, 12, 11)]  # newest first
    page2 = [mention("14", status("214"))]
    server.on(
        "/api/v1/notifications",
        Reply(
            200,
            page1,
            {
                "Link": f'<{server.base_url}/api/v1/notifications?max_id=11>; rel="next", '
                f'<{server.base_url}/api/v1/notifications?min_id=13>; rel="prev"'
            },
        ),
        Reply(
            200,
            page2,
            {"Link": '<https://elsewhere.example/api/v1/notifications?min_id=999>; rel="prev"'},
        ),
        Reply(200, []),
    )
    got = make(server).fetch_inbound("n:10", limit=3)
    assert [i.remote_id for i in got.items] == ["211", "212", "213"]
    # while catching up the cursor also counts what was read, for the progress line
    assert got.more and got.cursor.startswith("n:13;c=3;t=")
    assert got.catching_up is not None and got.catching_up.fetched == 3
    first = server.requests_to("/api/v1/notifications")[0].query
    assert first["types[]"] == ["mention"] and first["min_id"] == ["10"] and first["limit"] == ["3"]

    # a Link header naming another host is ignored: the cursor comes from the ids
    got2 = make(server).fetch_inbound(got.cursor, limit=3)
    assert [i.remote_id for i in got2.items] == ["214"] and got2.cursor == "n:14"
    assert server.requests_to("/api/v1/notifications")[1].query["min_id"] == ["13"]


def test_kinds_reply_dm_and_thread_key_from_context(server: Scripted) -> None:
    reply = status("301", in_reply_to_id="250", in_reply_to_account_id="100")
    dm = status(
        "302",
        visibility="direct",
        mentions=[{"id": "100", "acct": "brand"}, {"id": "9", "acct": "friend@other.example"}],
    )
    server.on(
        "/api/v1/notifications",
        Reply(200, [mention("21", reply), mention("22", dm)]),
        Reply(200, []),
    )
    server.on(
        "/api/v1/statuses/301/context",
        Reply(200, {"ancestors": [status("240"), status("250")], "descendants": []}),
    )
    conn = make(server)
    got = conn.fetch_inbound("n:20")
    r, d = got.items
    assert r.kind is ItemKind.REPLY and r.thread_key == "240" and r.parent_remote_id == "250"
    assert d.kind is ItemKind.DM and d.thread_key == "302"
    assert d.refs["mentions"] == "friend@other.example"
    # a DM reply names every participant, so none of them loses sight of the thread
    from accounts.base import ReplyTarget

    target = ReplyTarget(
        d.remote_id, d.thread_key, d.kind, d.author.remote_id, d.author.handle, dict(d.refs)
    )
    conn._me_acct = "brand"
    assert conn.reply_prefix(target) == "@user7 @friend@other.example "


def test_stream_unavailable_falls_back_to_polling(server: Scripted) -> None:
    server.on(
        "/api/v2/instance",
        Reply(
            200, {"configuration": {"urls": {"streaming": server.base_url.replace("http", "ws")}}}
        ),
    )
    server.on(
        "/api/v1/streaming/user/notification", Reply(404, {"error": "Streaming is not enabled"})
    )
    server.on(
        "/api/v1/notifications",
        Reply(200, []),
        Reply(200, [mention("31", status("331"))]),
        Reply(200, []),
    )
    conn = make(server)
    stop = threading.Event()
    modes: list[str] = []
    seen = []
    for result in conn.stream_inbound("n:30", stop, poll_interval=0.01, on_mode=modes.append):
        seen += result.items
        assert result.cursor == "n:31"
        stop.set()
    assert [i.remote_id for i in seen] == ["331"]
    assert modes == ["poll"]
    assert len(server.requests_to("/api/v1/streaming/user/notification")) == 1


def test_stream_events_ring_the_bell_and_a_drop_falls_back_without_gaps(server: Scripted) -> None:
    server.on("/api/v2/instance", Reply(200, {"configuration": {"urls": {}}}))
    events = (
        b":connected\r\n\r\n"
        b'event: update\ndata: {"id": "1"}\n\n'  # home timeline noise: no fetch
        b":thump\n\n"
        b'event: notification\ndata: {"id": "41", "type": "mention"}\n\n'
        b'event: notification\ndata: {"id": "43", "type": "favourite"}\n\n'
    )
    server.on(
        "/api/v1/streaming/user/notification",
        Reply(200, raw=events),  # then the connection ends: a drop
        Reply(404, {"error": "Streaming is not enabled"}),
    )
    server.on(
        "/api/v1/notifications",
        Reply(200, []),  # catch-up right after connecting
        Reply(200, [mention("41", status("441"))]),  # rung by the mention event
        Reply(200, []),  # (nothing newer: the fetch ends on an empty page)
        Reply(200, [mention("42", status("442"))]),  # catch-up after the drop
        Reply(200, []),
    )
    conn = make(server)
    stop = threading.Event()
    modes: list[str] = []

    def on_mode(mode: str) -> None:
        modes.append(mode)
        if mode == "poll":  # the reconnect was refused: enough seen
            stop.set()

    results = list(conn.stream_inbound("n:40", stop, poll_interval=0.01, on_mode=on_mode))
    assert [[i.remote_id for i in r.items] for r in results] == [["441"], ["442"]]
    assert [r.cursor for r in results] == ["n:41", "n:42"]
    assert modes == ["stream", "poll"]
    # one fetch after connecting, one for the mention event (not for the update or the
    # favourite), then the catch-up after the drop continued from the streamed cursor
    queries = [s.query.get("min_id") for s in server.requests_to("/api/v1/notifications")]
    assert queries[:4] == [["40"], ["40"], ["41"], ["41"]]
