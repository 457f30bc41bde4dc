"""Backfill, cursors, thread context and whole names, on mastodon-mock, through the sync round.

A brand account is "newly connected" (its row has no cursor) while customers' threads wait on
the instance; the console's own ``sync_account_once`` (what the worker runs) reads them into
the database. Each test has its own brand user on the mock (``/api/v1/_mock/dev_user``), so
tests do not see each other's notifications. Both backends.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from accounts.base import FetchResult, TransientError
from accounts.http import HttpClient, RateControl
from accounts.mastodon import MastodonConnector
from app.channels.brand_accounts import list_accounts
from app.db.models import Conversation, Customer, Direction, Message, SyncProgress
from app.sync.runner import sync_account_once
from tests.integration.accounts.conftest import actor
from tests.support.backlog import (
    MastodonUser,
    add_account,
    mastodon_backlog,
    mastodon_post,
    mastodon_user,
    stored,
    sync_until_done,
)
from tests.support.inbox import keep_threads_apart
from tests.support.mastodon_mock_server import MastodonMock, start_mastodon_mock

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MastodonMock]:
    server = start_mastodon_mock(tmp_path_factory.mktemp("mastodon-mock"), streaming=False)
    yield server
    server.stop()


def connector(mock: MastodonMock, brand: MastodonUser, cls: type = MastodonConnector, **kw):
    http = HttpClient(
        mock.base_url, network="mastodon", token=lambda: brand.token, rate_control=RateControl()
    )
    return cls(mock.base_url, lambda: brand.token, http=http, account_id=brand.id, **kw)


def test_a_new_account_reads_its_whole_backlog_once_threaded_with_progress(
    mock: MastodonMock, demo_console
) -> None:
    brand = mastodon_user(mock.base_url)
    assert mastodon_backlog(mock.base_url, brand, threads=30, per_thread=4) == 120
    aid = add_account(demo_console.factory, "mastodon", brand.username, brand.id)
    conn = connector(mock, brand)
    progress: list[tuple[int, int | None, bool]] = []

    def watch(_out: object) -> None:
        with demo_console.session() as s:
            row = s.get(SyncProgress, aid)
            if row is not None:
                progress.append((row.fetched, row.about, row.finished_at is not None))

    # small batches, as when the backlog is larger than one transaction
    outcomes = []
    while True:
        out = sync_account_once(demo_console.factory, aid, conn, limit=40, batch=40)
        assert out.error is None, out.error
        outcomes.append(out)
        watch(out)
        if not out.more:
            break
    assert len(outcomes) >= 3  # the backlog did not fit one page: it was paged back
    got = stored(demo_console.factory, aid)
    assert (got.messages, got.distinct, got.conversations) == (120, 120, 30)
    assert sorted(set(got.per_conversation.values())) == [4]
    # progress was visible while it ran, and says done at the end
    assert progress[0][2] is False and 0 < progress[0][0] < 120
    assert progress[-1] == (120, 120, True)
    # the cursor is now the forward one: the next sync reads nothing old again
    again = sync_account_once(demo_console.factory, aid, conn)
    assert again.result is not None and again.result.new_message_ids == []
    conn.close()


def test_progress_shows_in_the_accounts_list_while_catching_up(
    mock: MastodonMock, demo_console
) -> None:
    brand = mastodon_user(mock.base_url)
    mastodon_backlog(mock.base_url, brand, threads=20, per_thread=5)
    aid = add_account(demo_console.factory, "mastodon", brand.username, brand.id)
    conn = connector(mock, brand)
    out = sync_account_once(demo_console.factory, aid, conn, limit=30, batch=30)
    assert out.more
    it = actor(demo_console, "ines")
    with demo_console.session() as s:
        [row] = [r for r in list_accounts(s, it) if r.id == aid]
    # a backlog written within seconds gives nothing to extrapolate a week from: "so far"
    assert row.catching_up == "Catching up: 30 items so far"
    sync_until_done(demo_console.factory, aid, conn)
    with demo_console.session() as s:
        [row] = [r for r in list_accounts(s, it) if r.id == aid]
    assert row.catching_up == ""
    conn.close()


def test_an_empty_first_sync_keeps_a_cursor_so_the_next_burst_is_kept_whole(
    mock: MastodonMock, demo_console
) -> None:
    brand = mastodon_user(mock.base_url)
    aid = add_account(demo_console.factory, "mastodon", brand.username, brand.id)
    conn = connector(mock, brand)
    sync_until_done(demo_console.factory, aid, conn)
    with demo_console.session() as s:
        from app.db.models import BrandAccount

        cursor = s.get(BrandAccount, aid).cursor
    assert cursor is not None and cursor.startswith("n:")
    # a burst larger than any one page, after the empty first sync
    assert mastodon_backlog(mock.base_url, brand, threads=50, per_thread=4) == 200
    seen: list[tuple[int, bool]] = []

    def watch(_out: object) -> None:
        with demo_console.session() as s:
            row = s.get(SyncProgress, aid)
            if row is not None:
                seen.append((row.fetched, row.finished_at is not None))

    sync_until_done(demo_console.factory, aid, conn, limit=80, batch=80, on_round=watch)
    got = stored(demo_console.factory, aid)
    assert (got.messages, got.distinct, got.conversations) == (200, 200, 50)
    # the catch-up after the gap showed its progress, and ended
    assert seen[0] == (80, False) and seen[-1] == (200, True)
    conn.close()


class _Crashing(MastodonConnector):
    """Fails (as a dropped connection would) on the n-th page it is asked for."""

    fail_on = 3

    def __init__(self, *a, **kw) -> None:
        super().__init__(*a, **kw)
        self.calls = 0

    def fetch_inbound(self, cursor: str | None, limit: int = 100) -> FetchResult:
        self.calls += 1
        if self.calls == self.fail_on:
            raise TransientError("mastodon: no answer (the connection was dropped)")
        return super().fetch_inbound(cursor, limit)


def test_an_interrupted_backfill_resumes_with_no_gap_and_no_duplicate(
    mock: MastodonMock, demo_console
) -> None:
    brand = mastodon_user(mock.base_url)
    mastodon_backlog(mock.base_url, brand, threads=25, per_thread=4)
    aid = add_account(demo_console.factory, "mastodon", brand.username, brand.id)
    crashing = connector(mock, brand, _Crashing)
    outs = []
    for _ in range(5):
        out = sync_account_once(demo_console.factory, aid, crashing, limit=20, batch=20)
        outs.append(out)
        if out.error:
            break
    assert outs[-1].error is not None and "dropped" in outs[-1].error
    partial = stored(demo_console.factory, aid).messages
    assert 0 < partial < 100
    crashing.close()
    # a new process: a fresh connector, only the database's cursor to go on
    fresh = connector(mock, brand)
    sync_until_done(demo_console.factory, aid, fresh, limit=20)
    got = stored(demo_console.factory, aid)
    assert (got.messages, got.distinct, got.conversations) == (100, 100, 25)
    fresh.close()


def test_a_reply_to_an_earlier_post_brings_the_thread_from_its_root_as_context(
    mock: MastodonMock, demo_console
) -> None:
    keep_threads_apart(demo_console)  # threading by reply chain is what is checked
    brand = mastodon_user(mock.base_url)
    ana = mastodon_user(mock.base_url)
    bea = mastodon_user(mock.base_url)
    # written before the account was connected, or elsewhere: the console never stored them
    launch = mastodon_post(mock.base_url, brand, "Our new kettle is out today")
    aid = add_account(demo_console.factory, "mastodon", brand.username, brand.id)
    conn = connector(mock, brand)
    sync_until_done(demo_console.factory, aid, conn)
    # a customer's post that does not mention the brand, and a reply to it that does
    question = mastodon_post(mock.base_url, ana, "Does anyone know if the kettle is any good?")
    reply = mastodon_post(
        mock.base_url,
        bea,
        f"@{ana.username} @{brand.username} mine broke after a week",
        in_reply_to_id=question["id"],
    )
    # and a reply to the brand's own post
    complaint = mastodon_post(
        mock.base_url, bea, f"@{brand.username} it leaks!", in_reply_to_id=launch["id"]
    )
    sync_until_done(demo_console.factory, aid, conn)
    with demo_console.session() as s:
        msgs = {
            m.remote_id: m
            for m in s.scalars(select(Message).where(Message.brand_account_id == aid))
        }
        assert set(msgs) == {question["id"], reply["id"], launch["id"], complaint["id"]}
        root_q, root_l = msgs[question["id"]], msgs[launch["id"]]
        assert root_q.refs.get("context") == "1" and root_q.direction == Direction.IN
        assert root_l.refs.get("context") == "1" and root_l.direction == Direction.OUT
        assert root_l.customer_id is None
        assert msgs[reply["id"]].refs.get("context") is None
        # each conversation starts from its root, and the root is not the new work
        conv = s.get(Conversation, msgs[reply["id"]].conversation_id)
        assert conv.thread_key == question["id"]
        assert root_q.conversation_id == conv.id
        assert conv.message_count == 2
        assert "broke after a week" in conv.snippet
        cust = s.get(Customer, conv.customer_id)
        assert cust.handle == bea.username
        conv2 = s.get(Conversation, msgs[complaint["id"]].conversation_id)
        assert conv2.thread_key == launch["id"] and root_l.conversation_id == conv2.id
        first = s.scalars(
            select(Message).where(Message.conversation_id == conv2.id).order_by(Message.created_at)
        ).first()
        assert first.remote_id == launch["id"]
    conn.close()


def test_long_and_hostile_names_are_stored_whole(mock: MastodonMock, demo_console) -> None:
    brand = mastodon_user(mock.base_url)
    name = "Ｃｕｓｔｏｍｅｒ 👩‍👩‍👧 \u202egnol\u202c " + "très long nom " * 40
    assert len(name) > 500
    fan = mastodon_user(mock.base_url, display_name=name)
    aid = add_account(demo_console.factory, "mastodon", brand.username, brand.id)
    conn = connector(mock, brand)
    sync_until_done(demo_console.factory, aid, conn)
    mastodon_post(mock.base_url, fan, f"@{brand.username} hello")
    sync_until_done(demo_console.factory, aid, conn)
    with demo_console.session() as s:
        msg = s.scalars(select(Message).where(Message.brand_account_id == aid)).one()
        cust = s.get(Customer, msg.customer_id)
        assert cust.display_name == name.strip()
    conn.close()


def test_a_post_with_images_on_mastodon_mock(mock: MastodonMock) -> None:
    import requests

    from accounts.base import Image
    from tests.support.images import png

    brand = mastodon_user(mock.base_url)
    conn = connector(mock, brand)
    pic = png(5, 4)
    sent = conn.publish_post(
        "Our new kettle, in red",
        "img-1",
        images=[Image(pic, "image/png", alt="A red kettle on a table", filename="kettle.png")],
    )
    status = requests.get(
        f"{mock.base_url}/api/v1/statuses/{sent.remote_id}",
        headers={"Authorization": f"Bearer {brand.token}"},
        timeout=10,
    ).json()
    [media] = status["media_attachments"]
    assert media["type"] == "image" and media["description"] == "A red kettle on a table"
    assert requests.get(media["url"], timeout=10).content == pic
    conn.close()
