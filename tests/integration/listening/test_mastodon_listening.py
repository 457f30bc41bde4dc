"""Listening on mastodon-mock over real loopback HTTP, on SQLite and PostgreSQL: a marketer's
hashtag watch hears posts, feeds the crisis detector, survives a 429 and a malformed reply, and
an item sent to Sales becomes a conversation in Sales' queue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from app.crisis.observer import CrisisObserver
from app.db.models import Conversation, ListeningItem, ListeningPoll, ListeningWatch, Team
from app.db.types import utcnow
from app.identity.access import AccessDenied
from app.inbox.views import InboxFilter, View, is_visible
from app.listening import stream, watches
from app.listening.spec import WatchRefused
from app.sync.enrich import classify_item
from app.sync.listening import ListeningPump
from app.sync.runner import SyncRunner
from tests.integration.crisis.conftest import actor
from tests.support.listening import Clock, connector, fault, mastodon_brand, post
from tests.support.mastodon_mock_server import MastodonMock, start_mastodon_mock


@pytest.fixture(scope="module")
def mock(tmp_path_factory):
    server = start_mastodon_mock(tmp_path_factory.mktemp("listening-mock"), streaming=False)
    yield server
    server.stop()


def _due(console, watch_id: int) -> None:
    with console.factory() as s, s.begin():
        s.execute(
            update(ListeningWatch).where(ListeningWatch.id == watch_id).values(next_poll_at=None)
        )


def _watch(console, watch_id: int) -> ListeningWatch:
    with console.session() as s:
        w = s.get(ListeningWatch, watch_id)
        s.expunge(w)
        return w


def test_a_hashtag_watch_hears_feeds_alerts_and_goes_to_sales(demo_console, mock: MastodonMock):
    c = demo_console
    tag = f"acme{utcnow():%H%M%S%f}"
    acc = mastodon_brand(c, mock.base_url)
    mia, alice, sam = actor(c, "mia"), actor(c, "alice"), actor(c, "sam")
    with c.factory() as s, s.begin():
        with pytest.raises(AccessDenied):  # agents do not manage listening
            watches.add_watch(s, alice, account_id=acc, kind="hashtag", text=tag)
    with c.factory() as s, s.begin():
        wid = watches.add_watch(s, mia, account_id=acc, kind="hashtag", text=f"#{tag}").id
    first = post(mock.base_url, f"Loving the new #{tag} kettle, best purchase this year!")
    post(mock.base_url, f"Is the #{tag} kettle any good? Thinking of buying ten for the office")
    post(mock.base_url, "an unrelated post about the weather")

    runner = SyncRunner(c.factory, {acc: connector(mock.base_url)}, enrich=classify_item)
    obs = CrisisObserver(warm_up=False)
    runner.observe = obs
    clock = Clock()
    pump = ListeningPump(clock=clock)
    runner.listen = pump
    runner.run_once()
    assert pump.total.heard == 2 and pump.total.polls == 1
    assert obs.observed == 2  # the crisis detector counted what the watch heard

    with c.session() as s:
        rows = stream.stream_page(s, mia.workspace_id, wid)
        (fig,) = watches.watch_figures(s, mia.workspace_id)
    assert [r.text.split()[0] for r in rows] == ["Is", "Loving"]  # newest first
    assert all(r.network == "mastodon" and r.watch == f"#{tag}" for r in rows)
    assert fig.items_recent == 2 and fig.calls_last_hour == 1
    assert fig.mood is not None and fig.mood > 0
    assert 0 < fig.budget_share <= 0.25
    assert "1 call in the last hour" in watches.budget_words(fig)

    # not due yet: the schedule keeps within the budget
    runner.run_once()
    assert pump.total.polls == 1
    # due again a minute later (Mastodon's default): only what is new
    post(mock.base_url, f"#{tag} arrived broken, very disappointed")
    clock.advance(61)
    runner.run_once()
    assert pump.total.heard == 3 and pump.total.polls == 2

    # sending the praise to Sales: a conversation in Sales' queue, where Sam sees it
    with c.session() as s:
        sales = s.scalar(select(Team.id).where(Team.name == "Sales"))
        item_id = s.scalar(select(ListeningItem.id).where(ListeningItem.remote_id == first))
    with c.factory() as s, s.begin():
        said = stream.request_promotion(s, mia, item_id, sales)
    assert said.startswith("Sent to Sales")
    clock.advance(5)
    runner.run_once()
    assert pump.total.filed == 1
    with c.session() as s:
        it = s.get(ListeningItem, item_id)
        conv = s.get(Conversation, it.conversation_id)
        assert conv.team_id == sales and conv.brand_account_id == acc
        assert "best purchase" in conv.snippet
        assert is_visible(s, sam, InboxFilter(view=View.TEAMS), conv.id)
        assert stream.stream_page(s, mia.workspace_id, wid)[-1].status == "In the Sales queue"
    with c.factory() as s, s.begin(), pytest.raises(WatchRefused, match="already a conversation"):
        stream.request_promotion(s, mia, item_id, sales)


def test_a_429_or_a_malformed_reply_costs_one_poll(demo_console, mock: MastodonMock):
    c = demo_console
    tag = f"kettle{utcnow():%H%M%S%f}"
    acc = mastodon_brand(c, mock.base_url)
    mia = actor(c, "mia")
    with c.factory() as s, s.begin():
        wid = watches.add_watch(s, mia, account_id=acc, kind="hashtag", text=tag).id
    post(mock.base_url, f"first #{tag}")
    clock = Clock()
    pump = ListeningPump(clock=clock)
    pump.run(c.factory, {acc: connector(mock.base_url)})
    cursor = _watch(c, wid).cursor
    assert cursor is not None

    post(mock.base_url, f"second #{tag}")
    path = f"/api/v1/timelines/tag/{tag}"
    fault(mock.base_url, path, {"type": "ratelimit", "headers": {"Retry-After": "600"}})
    clock.advance(61)
    before = datetime.fromtimestamp(clock.now, UTC)
    out = pump.run(c.factory, {acc: connector(mock.base_url)})
    w = _watch(c, wid)
    assert out.failed == 1 and out.heard == 0
    assert w.enabled and w.cursor == cursor
    assert "rate limited until" in (w.last_error or "")
    assert w.next_poll_at >= before + timedelta(seconds=480)  # after the network's reset

    fault(mock.base_url, path, {"type": "malformed"})
    _due(c, wid)
    clock.advance(5)
    out = pump.run(c.factory, {acc: connector(mock.base_url)})
    w = _watch(c, wid)
    assert out.failed == 1 and w.enabled and w.cursor == cursor
    assert "not readable JSON" in (w.last_error or "")

    _due(c, wid)
    clock.advance(5)
    out = pump.run(c.factory, {acc: connector(mock.base_url)})
    w = _watch(c, wid)
    assert out.heard == 1 and w.last_error is None and w.cursor != cursor
    with c.session() as s:
        polls = s.scalars(
            select(ListeningPoll.error)
            .where(ListeningPoll.watch_id == wid)
            .order_by(ListeningPoll.id)
        ).all()
    assert [p is None for p in polls] == [True, False, False, True]


def test_bad_watches_are_refused_with_the_reason(demo_console, mock: MastodonMock):
    c = demo_console
    acc = mastodon_brand(c, mock.base_url)
    mia = actor(c, "mia")
    cases = [
        ("hashtag", "", "empty"),
        ("hashtag", "#", "only a #"),
        ("hashtag", "two words", "no spaces"),
        ("hashtag", "no-dash", "letters, digits and underscores"),
        ("keyword", "two words", "one word"),
        ("phrase", "single", "at least two words"),
        ("phrase", "!!! ???", "no letters or digits"),
        ("keyword", "x" * 300, "too long"),
    ]
    for kind, text, reason in cases:
        with c.factory() as s, s.begin(), pytest.raises(WatchRefused, match=reason):
            watches.add_watch(s, mia, account_id=acc, kind=kind, text=text)
    with c.factory() as s, s.begin():
        watches.add_watch(s, mia, account_id=acc, kind="phrase", text="  acme   kettle ")
    with c.factory() as s, s.begin(), pytest.raises(WatchRefused, match="already listen"):
        watches.add_watch(s, mia, account_id=acc, kind="phrase", text="acme kettle")
