"""The Mastodon connector against mastodon-mock, a stateful Mastodon API server on loopback.

The scenario of issue 4: a customer mentions the brand and replies in the thread; the brand
ingests both into one conversation and replies in the thread. Plus DMs, posts, deletes,
idempotency and streaming. One server for the module (it starts in about 2 s); each test
first reads the brand's inbound up to "now", so tests do not see each other's items.
"""

from __future__ import annotations

import queue
import threading
import time
import uuid
from collections.abc import Iterator

import pytest
import requests

from accounts.base import (
    AuthExpired,
    FetchResult,
    InboundItem,
    ItemKind,
    PermanentError,
    ReplyTarget,
    TransientError,
)
from accounts.http import HttpClient, RateControl
from accounts.mastodon import MastodonConnector, register_app
from tests.support.mastodon_mock_server import ACCOUNTS, MastodonMock, start_mastodon_mock


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MastodonMock]:
    server = start_mastodon_mock(tmp_path_factory.mktemp("mastodon-mock"))
    yield server
    server.stop()


def connector(mock: MastodonMock, who: str, **kw) -> MastodonConnector:
    token = ACCOUNTS[who]
    http = HttpClient(
        mock.base_url, network="mastodon", token=lambda: token, rate_control=RateControl()
    )
    return MastodonConnector(mock.base_url, lambda: token, http=http, **kw)


def post_as(mock: MastodonMock, who: str, text: str, **fields: str) -> dict:
    """What a customer's own Mastodon app does: a plain POST /api/v1/statuses."""
    resp = requests.post(
        f"{mock.base_url}/api/v1/statuses",
        json={"status": text, **fields},
        headers={"Authorization": f"Bearer {ACCOUNTS[who]}"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()


def get_status(mock: MastodonMock, who: str, status_id: str) -> requests.Response:
    return requests.get(
        f"{mock.base_url}/api/v1/statuses/{status_id}",
        headers={"Authorization": f"Bearer {ACCOUNTS[who]}"},
        timeout=10,
    )


def caught_up(conn: MastodonConnector) -> str | None:
    """The cursor at 'now': drains whatever earlier tests left in the inbox."""
    result = conn.fetch_inbound(None)
    cursor = result.cursor
    while True:
        result = conn.fetch_inbound(cursor) if cursor else result
        cursor = result.cursor or cursor
        if not result.more:
            return cursor


def key() -> str:
    return uuid.uuid4().hex


def target_of(item: InboundItem) -> ReplyTarget:
    return ReplyTarget(
        remote_id=item.remote_id,
        thread_key=item.thread_key,
        kind=item.kind,
        author_remote_id=item.author.remote_id,
        author_handle=item.author.handle,
        refs=dict(item.refs),
    )


def test_customer_thread_is_one_conversation_and_brand_replies_in_it(mock: MastodonMock) -> None:
    brand = connector(mock, "brand")
    cursor = caught_up(brand)

    root = post_as(mock, "customer", "@brand my order #42 is late & I'm <not> happy\nplease help")
    follow_up = post_as(mock, "customer", "@brand any news?", in_reply_to_id=root["id"])

    got = brand.fetch_inbound(cursor)
    assert [i.remote_id for i in got.items] == [root["id"], follow_up["id"]]  # oldest first
    first, second = got.items
    assert first.kind is ItemKind.MENTION and second.kind is ItemKind.MENTION
    assert first.thread_key == second.thread_key == root["id"]
    assert second.parent_remote_id == root["id"]
    assert first.text == "@brand my order #42 is late & I'm <not> happy\nplease help"
    assert first.author.handle == "customer"
    assert first.author.followers == 0
    # the account's picture address comes along, for the customer panel to fetch later
    assert (first.author.avatar_url or "").startswith(("http://", "https://"))
    assert got.rejected == []

    # the cursor persists: nothing new, then only the new mention
    again = brand.fetch_inbound(got.cursor)
    assert again.items == [] and again.cursor == got.cursor
    newer = post_as(mock, "customer", "@brand hello again")
    only_new = brand.fetch_inbound(again.cursor)
    assert [i.remote_id for i in only_new.items] == [newer["id"]]

    # the brand replies to the follow-up, in the thread, naming the customer
    sent = brand.send_reply(target_of(second), "Sorry! It ships today.", key())
    thread = brand.fetch_thread(first.thread_key)
    by_id = {i.remote_id: i for i in thread}
    assert list(by_id) == [root["id"], follow_up["id"], sent.remote_id]
    ours = by_id[sent.remote_id]
    assert ours.parent_remote_id == follow_up["id"]
    assert ours.kind is ItemKind.POST
    assert ours.text == "@customer Sorry! It ships today."
    assert ours.thread_key == root["id"]

    # the customer answers the brand; a connector that never saw the thread (fresh cache,
    # e.g. after a restart) still files it under the root, via the status context
    answer = post_as(mock, "customer", "@brand thanks!", in_reply_to_id=sent.remote_id)
    fresh = connector(mock, "brand")
    reply = fresh.fetch_inbound(only_new.cursor)
    assert [i.remote_id for i in reply.items] == [answer["id"]]
    assert reply.items[0].kind is ItemKind.REPLY
    assert reply.items[0].thread_key == root["id"]

    # and the customer sees the brand's reply as a reply to them
    customer = connector(mock, "customer")
    seen = customer.fetch_inbound(None)
    assert any(i.remote_id == sent.remote_id and i.kind is ItemKind.REPLY for i in seen.items)


def test_paging_forward_without_gaps(mock: MastodonMock) -> None:
    brand = connector(mock, "brand")
    cursor = caught_up(brand)
    posted = [post_as(mock, "customer", f"@brand number {n}")["id"] for n in range(7)]
    seen: list[str] = []
    for _ in range(10):
        page = brand.fetch_inbound(cursor, limit=3)
        seen += [i.remote_id for i in page.items]
        cursor = page.cursor
        if not page.more:
            break
    assert seen == posted


def test_direct_message_round_trip(mock: MastodonMock) -> None:
    brand = connector(mock, "brand")
    cursor = caught_up(brand)
    dm = post_as(mock, "customer", "@brand my address is 1 Main St", visibility="direct")

    got = brand.fetch_inbound(cursor)
    assert [i.remote_id for i in got.items] == [dm["id"]]
    item = got.items[0]
    assert item.kind is ItemKind.DM
    assert item.refs["visibility"] == "direct"
    assert item.thread_key == dm["id"]

    sent = brand.send_reply(target_of(item), "Thanks, noted.", key())
    status = get_status(mock, "brand", sent.remote_id).json()
    assert status["visibility"] == "direct"
    assert status["in_reply_to_id"] == dm["id"]

    customer = connector(mock, "customer")
    theirs = [i for i in customer.fetch_inbound(None).items if i.remote_id == sent.remote_id]
    assert len(theirs) == 1 and theirs[0].kind is ItemKind.DM
    assert theirs[0].thread_key == dm["id"]
    assert theirs[0].text == "@customer Thanks, noted."

    # the customer's own conversations list shows the DM thread (the API DMs live in)
    convs = requests.get(
        f"{mock.base_url}/api/v1/conversations",
        headers={"Authorization": f"Bearer {ACCOUNTS['customer']}"},
        timeout=10,
    ).json()
    assert any(c["last_status"]["id"] == sent.remote_id for c in convs)


def test_publish_idempotency_and_delete(mock: MastodonMock) -> None:
    brand = connector(mock, "brand")
    k = key()
    first = brand.publish_post("Spring sale starts Monday https://example.com/sale", k)
    again = brand.publish_post("Spring sale starts Monday https://example.com/sale", k)
    assert again.remote_id == first.remote_id  # Idempotency-Key honoured by the server
    assert brand.find_sent(k) == first.__class__(remote_id=first.remote_id, url=first.url)
    assert brand.find_sent(key()) is None

    assert get_status(mock, "brand", first.remote_id).status_code == 200
    brand.delete(first.remote_id)
    assert get_status(mock, "brand", first.remote_id).status_code == 404

    # someone else's status cannot be deleted by the brand
    theirs = post_as(mock, "customer", "mine, not yours")
    with pytest.raises(PermanentError):
        brand.delete(theirs["id"])


class _LostAnswer(HttpClient):
    """The POST reaches the server, then the connection drops before the answer."""

    def post(self, path: str, **kw):  # type: ignore[override]
        super().post(path, **kw)
        raise TransientError("mastodon: no answer from the server (ConnectionError)")


def test_find_sent_after_a_crash_mid_send(mock: MastodonMock) -> None:
    token = ACCOUNTS["brand"]
    journal: dict[str, str] = {}  # stands for the outbox's persistent storage
    lossy = MastodonConnector(
        mock.base_url,
        lambda: token,
        journal=journal,
        http=_LostAnswer(mock.base_url, network="mastodon", token=lambda: token),
    )
    k = key()
    with pytest.raises(TransientError):
        lossy.publish_post("Our statement on today's outage", k)
    assert journal[k].startswith("pending|")

    restarted = connector(mock, "brand", journal=journal)
    found = restarted.find_sent(k)
    assert found is not None
    assert (
        get_status(mock, "brand", found.remote_id)
        .json()["content"]
        .startswith("<p>Our statement on today")
    )
    assert journal[k] == f"sent|{found.remote_id}|{found.url or ''}"


def test_limits_and_too_long(mock: MastodonMock) -> None:
    brand = connector(mock, "brand")
    assert brand.max_characters() == 500
    limits = brand.status_limits()
    assert limits.count("see https://example.com/a/very/long/path/indeed") == 4 + 23
    with pytest.raises(PermanentError, match="too long"):
        brand.publish_post("x" * 501, key())


def test_profile_and_app_registration(mock: MastodonMock) -> None:
    me = connector(mock, "brand").profile()
    assert me.handle == "brand" and me.display_name == "Brand"
    app = register_app(
        mock.base_url,
        client_name="Social Console",
        redirect_uris=["http://127.0.0.1/callback"],
        scopes="read write",
    )
    assert app.client_id and app.client_secret
    assert app.redirect_uris == ("http://127.0.0.1/callback",)
    assert app.client_secret not in repr(app)


def test_unknown_token_is_auth_expired_after_one_refresh(mock: MastodonMock) -> None:
    calls: list[int] = []

    def refresh() -> bool:
        calls.append(1)
        return False

    conn = MastodonConnector(
        mock.base_url,
        lambda: "revoked-token",
        refresh,
        http=HttpClient(
            mock.base_url, network="mastodon", token=lambda: "revoked-token", refresh=refresh
        ),
    )
    with pytest.raises(AuthExpired) as err:
        conn.profile()
    assert calls == [1]
    assert "revoked-token" not in str(err.value)


def test_streaming_delivers_mentions_and_stops_promptly(mock: MastodonMock) -> None:
    brand = connector(mock, "brand")
    cursor = caught_up(brand)
    stop = threading.Event()
    live = threading.Event()
    modes: list[str] = []
    out: queue.Queue[FetchResult | BaseException] = queue.Queue()

    def on_mode(mode: str) -> None:
        modes.append(mode)
        if mode == "stream":
            live.set()

    def consume() -> None:
        try:
            # polling every 60 s: what arrives within the wait below came by the stream
            for result in brand.stream_inbound(cursor, stop, poll_interval=60.0, on_mode=on_mode):
                out.put(result)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            out.put(exc)

    worker = threading.Thread(target=consume, daemon=True)
    worker.start()
    assert live.wait(20), "the stream never connected"
    posted = post_as(mock, "customer", "@brand streamed hello")
    started = time.monotonic()
    deadline = started + 20
    got: list[InboundItem] = []
    while time.monotonic() < deadline and not got:
        try:
            result = out.get(timeout=0.5)
        except queue.Empty:
            continue
        if isinstance(result, BaseException):
            raise result
        got += result.items
    latency = time.monotonic() - started
    assert [i.remote_id for i in got] == [posted["id"]]
    assert latency < 10, latency
    assert modes == ["stream"]

    t0 = time.monotonic()
    stop.set()
    worker.join(10)
    assert not worker.is_alive()
    assert time.monotonic() - t0 < 5
