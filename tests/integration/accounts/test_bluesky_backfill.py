"""Bluesky backfill, horizon, late items and thread context on the reference network (dev-env).

Customers write through the PDS (``applyWrites``, as their own app would, with the mention
facet that makes a notification); the console's own sync round reads them into the database.
``network.process()`` waits until the AppView has indexed what the PDS wrote.

Late items: listNotifications sorts by ``min(indexedAt, createdAt)``, so a post whose author's
clock is two hours behind is listed below what the console already swept. The regular sweep
(back to the last sweep minus 30 minutes) cannot see it; the late-item sweep down to the
horizon, every ``late_sweep``, does.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from accounts.bluesky import BlueskyConnector
from accounts.http import RateControl
from app.db.models import BrandAccount, Conversation, Direction, Message, SyncProgress
from app.sync.runner import sync_account_once
from tests.support.atproto import AtprotoNetwork, DevAccount
from tests.support.backlog import (
    _now_iso,
    add_account,
    apply_writes,
    mention_record,
    stored,
    sync_until_done,
)
from tests.support.inbox import keep_threads_apart

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def connect(net: AtprotoNetwork, account: DevAccount, **kw: Any) -> BlueskyConnector:
    return BlueskyConnector(
        net.pds,
        identifier=account.handle,
        app_password=account.app_password(),
        rate_control=RateControl(),
        **kw,
    )


def write(account: DevAccount, records: list[dict[str, Any]]) -> list[dict[str, str]]:
    return apply_writes(account.network.pds, account.access_jwt, account.did, records)


def threads(
    customer: DevAccount, brand: DevAccount, n: int, replies: int, **record: Any
) -> list[dict[str, str]]:
    """``n`` root posts mentioning the brand, each with ``replies`` replies mentioning it too."""
    roots = write(
        customer,
        [mention_record(f"order {i} is late", brand.handle, brand.did, **record) for i in range(n)],
    )
    customer.network.process()  # a reply indexed before its root gets no notification
    if replies:
        reps = []
        for r in roots:
            ref = {"uri": r["uri"], "cid": r["cid"]}
            reps += [
                mention_record(
                    f"still waiting {k}",
                    brand.handle,
                    brand.did,
                    reply={"root": ref, "parent": ref},
                )
                for k in range(replies)
            ]
        write(customer, reps)
        customer.network.process()
    return roots


def test_a_new_account_backfills_to_the_horizon_threaded_with_progress(
    atproto_network: AtprotoNetwork, demo_console
) -> None:
    keep_threads_apart(demo_console)  # threading by reply chain is what is checked
    net = atproto_network
    brand, cust = net.create_account("bbf"), net.create_account("cbf")
    # ten days ago by the author's clock: older than the default 7-day horizon
    old = write(
        cust,
        [
            mention_record(
                "an old complaint", brand.handle, brand.did, createdAt=_now_iso(-timedelta(days=10))
            )
        ],
    )
    threads(cust, brand, n=30, replies=2)
    aid = add_account(demo_console.factory, "bluesky", brand.handle, brand.did, base_url=net.pds)
    conn = connect(net, brand)
    progress = []
    while True:
        out = sync_account_once(demo_console.factory, aid, conn, limit=20, batch=20)
        assert out.error is None, out.error
        with demo_console.session() as s:
            row = s.get(SyncProgress, aid)
            if row is not None:
                progress.append((row.fetched, row.about, row.finished_at is not None))
        if not out.more:
            break
    got = stored(demo_console.factory, aid)
    assert (got.messages, got.distinct, got.conversations) == (90, 90, 30)
    assert sorted(set(got.per_conversation.values())) == [3]
    assert progress and progress[0][2] is False and progress[-1][2] is True
    with demo_console.session() as s:
        assert s.scalar(select(Message.id).where(Message.remote_id == old[0]["uri"])) is None
    # a longer horizon, set per account, reaches it
    with demo_console.factory() as s, s.begin():
        acc = s.get(BrandAccount, aid)
        acc.settings = {**acc.settings, "backfill_days": 30}
        acc.cursor = None
    sync_until_done(demo_console.factory, aid, conn, limit=50)
    with demo_console.session() as s:
        assert s.scalar(select(Message.id).where(Message.remote_id == old[0]["uri"])) is not None
    assert stored(demo_console.factory, aid).distinct == 91
    conn.close()


def test_an_empty_first_sync_keeps_a_cursor_and_a_late_item_is_still_caught(
    atproto_network: AtprotoNetwork, demo_console
) -> None:
    net = atproto_network
    brand, cust = net.create_account("ble"), net.create_account("cle")
    aid = add_account(demo_console.factory, "bluesky", brand.handle, brand.did, base_url=net.pds)
    conn = connect(net, brand)
    sync_until_done(demo_console.factory, aid, conn)
    with demo_console.session() as s:
        cursor = s.get(BrandAccount, aid).cursor
    assert cursor is not None and '"hw":"' in cursor  # not a first connection next time
    # a burst after the empty first sync, all of it kept
    threads(cust, brand, n=40, replies=2)
    sync_until_done(demo_console.factory, aid, conn, limit=50)
    assert stored(demo_console.factory, aid).messages == 120
    # a post whose author's clock is two hours behind: listed below what was swept
    [late] = write(
        cust,
        [
            mention_record(
                "my clock is wrong",
                brand.handle,
                brand.did,
                createdAt=_now_iso(-timedelta(hours=2)),
            )
        ],
    )
    net.process()
    sync_until_done(demo_console.factory, aid, conn)
    with demo_console.session() as s:
        found = s.scalar(select(Message.id).where(Message.remote_id == late["uri"]))
    assert found is None  # the regular sweep stops 30 minutes below the last one: not there
    conn.late_sweep = timedelta(0)  # the late-item sweep is due (every 15 minutes by default)
    sync_until_done(demo_console.factory, aid, conn)
    got = stored(demo_console.factory, aid)
    assert (got.messages, got.distinct) == (121, 121)  # caught, and nothing twice
    conn.close()


def test_a_reply_to_an_earlier_post_brings_the_thread_root_as_context(
    atproto_network: AtprotoNetwork, demo_console
) -> None:
    keep_threads_apart(demo_console)  # threading by reply chain is what is checked
    net = atproto_network
    brand, ana, bea = (
        net.create_account("btc"),
        net.create_account("atc"),
        net.create_account("btc"),
    )
    [launch] = write(
        brand,
        [{"$type": "app.bsky.feed.post", "text": "Our new kettle", "createdAt": _now_iso()}],
    )
    [question] = write(
        ana,
        [
            {
                "$type": "app.bsky.feed.post",
                "text": "Is the kettle any good?",
                "createdAt": _now_iso(),
            }
        ],
    )
    net.process()
    aid = add_account(demo_console.factory, "bluesky", brand.handle, brand.did, base_url=net.pds)
    conn = connect(net, brand)
    sync_until_done(demo_console.factory, aid, conn)
    lref = {"uri": launch["uri"], "cid": launch["cid"]}
    qref = {"uri": question["uri"], "cid": question["cid"]}
    [leak] = write(
        bea,
        [
            {
                "$type": "app.bsky.feed.post",
                "text": "it leaks!",
                "createdAt": _now_iso(),
                "reply": {"root": lref, "parent": lref},
            }
        ],
    )
    [broke] = write(
        bea,
        [
            mention_record(
                "mine broke", brand.handle, brand.did, reply={"root": qref, "parent": qref}
            )
        ],
    )
    net.process()
    sync_until_done(demo_console.factory, aid, conn)
    with demo_console.session() as s:
        msgs = {
            m.remote_id: m
            for m in s.scalars(select(Message).where(Message.brand_account_id == aid))
        }
        assert set(msgs) == {launch["uri"], question["uri"], leak["uri"], broke["uri"]}
        assert msgs[launch["uri"]].refs.get("context") == "1"
        assert msgs[launch["uri"]].direction == Direction.OUT
        assert msgs[question["uri"]].refs.get("context") == "1"
        assert msgs[question["uri"]].direction == Direction.IN
        c1 = s.get(Conversation, msgs[leak["uri"]].conversation_id)
        assert c1.thread_key == launch["uri"] and msgs[launch["uri"]].conversation_id == c1.id
        assert c1.snippet == "it leaks!"
        c2 = s.get(Conversation, msgs[broke["uri"]].conversation_id)
        assert c2.thread_key == question["uri"] and msgs[question["uri"]].conversation_id == c2.id
    conn.close()


def test_a_post_with_images_on_the_reference_network(atproto_network: AtprotoNetwork) -> None:
    import requests

    from accounts.base import Image, PermanentError
    from tests.support.images import png

    net = atproto_network
    brand = net.create_account("bimg")
    conn = connect(net, brand)
    pics = [png(3, 3, (255, 0, 0)), png(6, 2, (0, 0, 255))]
    sent = conn.publish_post(
        "Two colours",
        "img-1",
        images=[
            Image(pics[0], "image/png", alt="a red square"),
            Image(pics[1], "image/png", alt="a blue strip"),
        ],
    )
    net.process()
    record = brand.xrpc(
        "GET",
        "com.atproto.repo.getRecord",
        params={
            "repo": brand.did,
            "collection": "app.bsky.feed.post",
            "rkey": sent.remote_id.rsplit("/", 1)[-1],
        },
    )["value"]
    embed = record["embed"]
    assert embed["$type"] == "app.bsky.embed.images"
    assert [i["alt"] for i in embed["images"]] == ["a red square", "a blue strip"]
    for img, pic in zip(embed["images"], pics, strict=True):
        cid = img["image"]["ref"]["$link"]
        blob = requests.get(
            f"{net.pds}/xrpc/com.atproto.sync.getBlob",
            params={"did": brand.did, "cid": cid},
            timeout=10,
        )
        assert blob.status_code == 200 and blob.content == pic
    # the AppView shows the images on the post
    [view] = brand.xrpc("GET", "app.bsky.feed.getPosts", params={"uris": sent.remote_id})["posts"]
    assert [i["alt"] for i in view["embed"]["images"]] == ["a red square", "a blue strip"]
    # more than the network takes is refused in words before anything is uploaded
    with pytest.raises(PermanentError, match="at most 4 images"):
        conn.publish_post("too many", "img-2", images=[Image(pics[0], "image/png")] * 5)
    conn.close()
