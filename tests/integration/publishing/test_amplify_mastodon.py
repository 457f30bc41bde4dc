"""Issue 16 on mastodon-mock, through the console's own parts: a customer's praise is synced
into a praise conversation, amplified (boost and quote) through approval and the publisher,
exactly once; a guardrail set after submit holds a reply; a sent post's metrics are read by
the sync worker's hook. Both backends.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from app.db.models import Conversation, OutboxItem, OutboxStatus, PostMetric
from app.performance import posts
from app.publishing import amplify, guardrails, outbox
from app.publishing.errors import PublishingError
from tests.integration.publishing.conftest import actor_named
from tests.support.marketing import api, make_world
from tests.support.mastodon_mock_server import MastodonMock, start_mastodon_mock


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MastodonMock]:
    server = start_mastodon_mock(tmp_path_factory.mktemp("mastodon-mock-amp"), streaming=False)
    yield server
    server.stop()


@pytest.fixture
def world(mock: MastodonMock, demo_console) -> Iterator[tuple]:
    w = make_world(demo_console, mock)
    yield w.console, w, w.publisher, w.account_id
    w.stop()


def test_praise_is_boosted_and_quoted_once_through_approval(world, mock: MastodonMock) -> None:
    console, w, publisher, _aid = world
    cid, status_id = w.praise()
    with console.factory() as s, s.begin():
        mia = actor_named(s, "mia")  # marketing
        offer = amplify.offer(s, mia, cid)
        assert offer.refusal is None and offer.is_praise and "best service" in offer.text
        boost_id = amplify.draft(s, mia, cid, "boost").id
        quote_id = amplify.draft(s, mia, cid, "quote", "Thank you! This made our week.").id
    with console.factory() as s, s.begin():
        with pytest.raises(PublishingError, match="already on its way"):
            amplify.draft(s, actor_named(s, "mia"), cid, "boost")
    # nothing goes out before an approver says yes
    assert publisher.run_once() == []
    assert api(mock, "customer", "GET", f"/api/v1/statuses/{status_id}")["reblogs_count"] == 0
    with console.factory() as s, s.begin():
        lena = actor_named(s, "lena")
        outbox.approve(s, lena, boost_id)
        outbox.approve(s, lena, quote_id)
    outcomes = publisher.run_once()
    assert sorted(o.status for o in outcomes) == ["sent", "sent"], outcomes
    assert publisher.run_once() == []  # exactly once
    original = api(mock, "customer", "GET", f"/api/v1/statuses/{status_id}")
    assert original["reblogs_count"] == 1
    boosters = api(mock, "customer", "GET", f"/api/v1/statuses/{status_id}/reblogged_by")
    assert [a["username"] for a in boosters] == ["brand"]
    quotes = api(mock, "customer", "GET", f"/api/v1/statuses/{status_id}/quotes")
    assert len(quotes) == 1 and "made our week" in quotes[0]["content"]
    with console.session() as s:
        boost = s.get(OutboxItem, boost_id)
        assert boost is not None and boost.status == OutboxStatus.SENT and boost.remote_id
    # a resend of the same boost (a crash after the network answered) does not boost twice
    conn = w.runner.connectors[_aid]
    from accounts.base import AmplifyTarget

    conn.boost(AmplifyTarget(status_id), "again")
    assert api(mock, "customer", "GET", f"/api/v1/statuses/{status_id}")["reblogs_count"] == 1


def test_rule_set_after_submit_holds_the_reply(world, mock: MastodonMock) -> None:
    console, w, publisher, aid = world
    cid, _ = w.praise()
    before = len(api(mock, "brand", "GET", "/api/v1/timelines/home"))
    with console.factory() as s, s.begin():
        conv = s.get(Conversation, cid)
        assert conv is not None
        author = actor_named(s, "mia")
        item = outbox.create_draft(
            s, author, kind="post", account_id=aid, text="We guarantee delivery tomorrow!"
        )
        outbox.submit(s, author, item.id)
        item_id = item.id
        guardrails.add_rule(
            s,
            actor_named(s, "ines"),  # IT manages the workspace's rules
            kind="banned",
            text="guarantee",
            reason="we never promise outcomes (legal)",
            role="marketing",
        )
        outbox.approve(s, actor_named(s, "lena"), item_id)
    [outcome] = publisher.run_once()
    assert outcome.status == "held"
    with console.session() as s:
        item = s.get(OutboxItem, item_id)
        assert item is not None and item.status == OutboxStatus.REJECTED
        assert "“guarantee” is not allowed (we never promise outcomes (legal))" in (
            item.review_comment or ""
        )
    assert len(api(mock, "brand", "GET", "/api/v1/timelines/home")) == before
    # and at submit, the same rule refuses it with the reason, keeping the text
    with console.factory() as s, s.begin():
        author = actor_named(s, "mia")
        with pytest.raises(PublishingError, match="we never promise outcomes"):
            outbox.submit(s, author, item_id)


def test_sent_post_metrics_from_mastodon(world, mock: MastodonMock) -> None:
    console, w, publisher, aid = world
    with console.factory() as s, s.begin():
        mia = actor_named(s, "mia")
        item = outbox.create_draft(s, mia, kind="post", account_id=aid, text="Spring sale today")
        outbox.submit(s, mia, item.id)
        outbox.approve(s, actor_named(s, "lena"), item.id)
        item_id = item.id
    [sent] = publisher.run_once()
    assert sent.status == "sent"
    remote = sent.detail
    api(mock, "customer", "POST", f"/api/v1/statuses/{remote}/favourite")
    api(mock, "other", "POST", f"/api/v1/statuses/{remote}/favourite")
    api(mock, "customer", "POST", f"/api/v1/statuses/{remote}/reblog")
    api(
        mock, "other", "POST", "/api/v1/statuses", json={"status": "nice", "in_reply_to_id": remote}
    )
    assert w.runner.fetch_metrics(force=True) >= 1
    with console.session() as s:
        m = s.scalar(select(PostMetric).where(PostMetric.outbox_item_id == item_id))
        assert m is not None and (m.likes, m.reposts, m.replies) == (2, 1, 1)
        assert m.impressions is None  # Mastodon gives none: never guessed
        rows = posts.posts(s, actor_named(s, "mia"))
        row = next(r for r in rows if r.id == item_id)
        assert row.engagement == 4
    # fresh readings are not read again within the schedule
    assert w.runner.fetch_metrics(force=True) == 0
