"""Issue 16 on the reference Bluesky network (@atproto/dev-env): a customer's praise is synced
into a praise conversation, reposted and quoted through approval and the publisher exactly
once, and a sent post's likes, reposts and replies are read back by the metrics hook.
"""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from accounts.base import AmplifyTarget
from accounts.bluesky import BlueskyConnector
from accounts.http import RateControl
from app.db.models import BrandAccount, Conversation, Message, OutboxItem, PostMetric, Team
from app.performance import metrics
from app.publishing import amplify, outbox
from app.routing.engine import RoutingEngine
from app.sync.enrich import classify_item
from app.sync.publisher import Publisher
from app.sync.runner import sync_account_once
from tests.integration.publishing.conftest import actor_named
from tests.support.atproto import AtprotoNetwork, DevAccount

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def connect(net: AtprotoNetwork, account: DevAccount) -> BlueskyConnector:
    return BlueskyConnector(
        net.pds,
        identifier=account.handle,
        app_password=account.app_password(),
        web_url="https://bsky.example",
        rate_control=RateControl(),
    )


def post_view(account: DevAccount, uri: str) -> dict:
    return account.xrpc("GET", "app.bsky.feed.getPosts", params={"uris": uri})["posts"][0]


def test_praise_reposted_and_quoted_once_and_metrics_read(
    atproto_network: AtprotoNetwork, demo_console
) -> None:
    net, console = atproto_network, demo_console
    brand_acct, cust_acct = net.create_account("brand"), net.create_account("fan")
    brand, customer = connect(net, brand_acct), connect(net, cust_acct)
    with console.factory() as s, s.begin():
        team = s.scalar(select(Team.id).where(Team.department == "support"))
        ws = s.scalar(select(Team.workspace_id).where(Team.id == team))
        acc = BrandAccount(
            workspace_id=ws,
            key=f"bluesky:{uuid.uuid4().hex}",
            network="bluesky",
            handle=brand_acct.handle,
            remote_id=brand_acct.did,
            base_url=net.pds,
            settings={"default_team_id": team},
        )
        s.add(acc)
        s.flush()
        aid = acc.id
    route = RoutingEngine()
    sync_account_once(console.factory, aid, brand, enrich=classify_item, route=route)

    praise = customer.publish_post(
        f"@{brand_acct.handle} I love this shop, best service ever! Thank you", "fan-1"
    )
    net.process()
    out = sync_account_once(console.factory, aid, brand, enrich=classify_item, route=route)
    assert out.error is None, out.error
    with console.session() as s:
        msg = s.scalar(select(Message).where(Message.remote_id == praise.remote_id))
        assert msg is not None
        conv = s.get(Conversation, msg.conversation_id)
        assert conv is not None and conv.intent == "praise"
        cid = conv.id
    with console.factory() as s, s.begin():
        mia = actor_named(s, "mia")
        assert amplify.offer(s, mia, cid).boost_word == "Repost"
        boost_id = amplify.draft(s, mia, cid, "boost").id
        quote_id = amplify.draft(s, mia, cid, "quote", "This made our week, thank you!").id
    publisher = Publisher(console.factory, {aid: brand}, sqlite_yield=0)
    assert publisher.run_once() == []  # waits for approval
    with console.factory() as s, s.begin():
        lena = actor_named(s, "lena")
        outbox.approve(s, lena, boost_id)
        outbox.approve(s, lena, quote_id)
    assert sorted(o.status for o in publisher.run_once()) == ["sent", "sent"]
    assert publisher.run_once() == []
    # a resend with the same key (a crash after the PDS wrote it) finds the record
    with console.session() as s:
        boost = s.get(OutboxItem, boost_id)
        assert boost is not None
        again = brand.boost(AmplifyTarget(praise.remote_id), boost.idempotency_key)
        assert again.remote_id == boost.remote_id
    net.process()
    view = post_view(cust_acct, praise.remote_id)
    assert view["repostCount"] == 1
    assert view.get("quoteCount") == 1

    # a post of the brand's, sent through the outbox, and its metrics from the AppView
    with console.factory() as s, s.begin():
        mia = actor_named(s, "mia")
        item = outbox.create_draft(s, mia, kind="post", account_id=aid, text="Spring sale today")
        outbox.submit(s, mia, item.id)
        outbox.approve(s, actor_named(s, "lena"), item.id)
        item_id = item.id
    [sent] = publisher.run_once()
    assert sent.status == "sent"
    net.process()
    target = post_view(cust_acct, sent.detail)
    subject = {"uri": target["uri"], "cid": target["cid"]}
    now = "2026-01-01T00:00:00.000Z"
    for collection in ("app.bsky.feed.like", "app.bsky.feed.repost"):
        cust_acct.xrpc(
            "POST",
            "com.atproto.repo.createRecord",
            json={
                "repo": cust_acct.did,
                "collection": collection,
                "record": {"$type": collection, "subject": subject, "createdAt": now},
            },
        )
    cust_acct.xrpc(
        "POST",
        "com.atproto.repo.createRecord",
        json={
            "repo": cust_acct.did,
            "collection": "app.bsky.feed.post",
            "record": {
                "$type": "app.bsky.feed.post",
                "text": "see you there",
                "createdAt": now,
                "reply": {"root": subject, "parent": subject},
            },
        },
    )
    net.process()
    report = metrics.fetch_due(console.factory, {aid: brand})
    assert report.problems == [] and report.calls == 1
    with console.session() as s:
        m = s.scalar(select(PostMetric).where(PostMetric.outbox_item_id == item_id))
        assert m is not None and (m.likes, m.reposts, m.replies) == (1, 1, 1)
