"""The Bluesky connector against the real reference network (@atproto/dev-env) on loopback.

A brand account and a customer account live on a real PDS with a real AppView; the customer
writes through the same connector class (as any Bluesky client would write), the brand's
console reads notifications, threads and answers. ``network.process()`` waits until the AppView
has indexed what the PDS wrote, so nothing here sleeps.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import pytest
import requests

from accounts.base import AuthExpired, InboundItem, ItemKind, ReplyTarget
from accounts.bluesky import (
    POST_COLLECTION,
    BlueskyConnector,
    BlueskySession,
    discover_oauth,
    tid_for_key,
)
from accounts.http import RateControl
from accounts.token_store import TokenStore, account_key
from tests.support.atproto import AtprotoNetwork, DevAccount
from tests.support.memory_keyring import MemoryKeyring

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def connect(net: AtprotoNetwork, account: DevAccount, **kw: Any) -> BlueskyConnector:
    """The console's connector for an account, signed in with a fresh app password."""
    kw.setdefault("identifier", account.handle)
    kw.setdefault("app_password", account.app_password())
    return BlueskyConnector(
        net.pds, web_url="https://bsky.example", rate_control=RateControl(), **kw
    )


def target(item: InboundItem) -> ReplyTarget:
    """What the console stores of an inbound item and hands back for a reply."""
    return ReplyTarget(
        remote_id=item.remote_id,
        thread_key=item.thread_key,
        kind=item.kind,
        author_remote_id=item.author.remote_id,
        author_handle=item.author.handle,
        refs=dict(item.refs),
    )


def sync(conn: BlueskyConnector, cursor: str | None) -> tuple[list[InboundItem], str]:
    items: list[InboundItem] = []
    while True:
        res = conn.fetch_inbound(cursor)
        assert not res.rejected, res.rejected
        items.extend(res.items)
        assert res.cursor is not None
        cursor = res.cursor
        if not res.more:
            return items, cursor


def get_thread(account: DevAccount, uri: str) -> dict[str, Any]:
    return account.xrpc("GET", "app.bsky.feed.getPostThread", params={"uri": uri})["thread"]


def test_customer_thread_ingested_into_one_conversation_and_answered(
    atproto_network: AtprotoNetwork, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    net = atproto_network
    brand_acct, cust_acct = net.create_account("brand"), net.create_account("cust")
    # the console keeps the brand's session in the keyring, rewritten whenever it rotates
    store, key = TokenStore(MemoryKeyring()), account_key("bluesky", "brand-1")
    seen_tokens: list[str] = []

    def keep(session: dict[str, str]) -> None:
        seen_tokens.extend((session["accessJwt"], session["refreshJwt"]))
        store.save(key, BlueskySession.from_dict(session).to_token_set())

    brand = connect(net, brand_acct, on_session=keep)
    customer = connect(net, cust_acct)
    assert brand.profile().handle == brand_acct.handle
    items, cursor = sync(brand, None)
    assert items == []

    # 1. the customer complains, mentioning the brand
    first = customer.publish_post(f"@{brand_acct.handle} my order #1042 never arrived 😠", "c-1")
    net.process()
    items, cursor = sync(brand, cursor)
    assert [it.remote_id for it in items] == [first.remote_id]
    mention = items[0]
    assert mention.kind is ItemKind.MENTION
    assert mention.thread_key == first.remote_id
    assert mention.author.remote_id == cust_acct.did
    assert mention.author.handle == cust_acct.handle
    assert "#1042" in mention.text

    # 2. a restart: a fresh connector with the keyring's session and the saved cursor sees
    # nothing old ...
    saved_cursor = cursor
    brand.close()
    tokens = store.load(key)
    assert tokens is not None
    session = BlueskySession.from_token_set(
        tokens, did=brand_acct.did, handle=brand_acct.handle, service=net.pds
    )
    brand = BlueskyConnector(net.pds, session=session, on_session=keep, rate_control=RateControl())
    items, cursor = sync(brand, saved_cursor)
    assert items == []

    # ... and then only the new item: the customer follows up in the thread, mentioning the
    # brand again (it arrives as reason=mention with record.reply set)
    follow_up = customer.send_reply(
        target(mention), f"@{brand_acct.handle} hello?? still nothing", "c-2"
    )
    net.process()
    items, cursor = sync(brand, cursor)
    assert [it.remote_id for it in items] == [follow_up.remote_id]
    nudge = items[0]
    assert nudge.kind is ItemKind.REPLY
    assert nudge.refs["reason"] == "mention"
    assert nudge.thread_key == mention.thread_key
    assert nudge.parent_remote_id == first.remote_id

    # 3. the brand answers in the thread
    answer = brand.send_reply(
        target(nudge), "So sorry! We're on it, a new parcel ships today.", "b-1"
    )
    net.process()
    thread = get_thread(brand_acct, first.remote_id)
    assert thread["post"]["uri"] == first.remote_id
    (reply_node,) = thread["replies"]
    assert reply_node["post"]["uri"] == follow_up.remote_id
    (answer_node,) = reply_node["replies"]
    assert answer_node["post"]["uri"] == answer.remote_id
    assert answer_node["post"]["author"]["did"] == brand_acct.did
    record = answer_node["post"]["record"]
    assert record["reply"]["root"] == {"uri": first.remote_id, "cid": thread["post"]["cid"]}
    assert record["reply"]["parent"] == {
        "uri": follow_up.remote_id,
        "cid": reply_node["post"]["cid"],
    }

    # 4. the customer answers the brand's reply: a "reply" notification, same conversation
    thanks = customer.send_reply(
        ReplyTarget(answer.remote_id, first.remote_id, ItemKind.REPLY), "ok, thanks", "c-3"
    )
    net.process()
    items, cursor = sync(brand, cursor)
    assert [it.remote_id for it in items] == [thanks.remote_id]
    assert items[0].kind is ItemKind.REPLY and items[0].refs["reason"] == "reply"
    assert items[0].thread_key == first.remote_id
    assert items[0].parent_remote_id == answer.remote_id
    assert sync(brand, cursor)[0] == []

    # the whole conversation, as the console shows it
    convo = brand.fetch_thread(first.remote_id)
    assert [it.remote_id for it in convo] == [
        first.remote_id,
        follow_up.remote_id,
        answer.remote_id,
        thanks.remote_id,
    ]
    assert {it.thread_key for it in convo} == {first.remote_id}
    assert convo[2].author.remote_id == brand_acct.did
    # no token in any log line, nor in the cursor the database will hold
    assert seen_tokens
    for secret in seen_tokens:
        assert secret not in caplog.text
        assert secret not in cursor
    brand.close()
    customer.close()


def test_post_facets_at_utf8_byte_offsets(atproto_network: AtprotoNetwork) -> None:
    net = atproto_network
    brand_acct, cust_acct = net.create_account("brand"), net.create_account("cust")
    brand = connect(net, brand_acct)
    customer = connect(net, cust_acct)
    url = "https://example.com/sale?q=été"
    text = f"Ünïcödé 🎉👨‍👩‍👧 thanks @{cust_acct.handle}! Details: {url}."
    sent = brand.publish_post(text, "post-facets")
    net.process()
    view = brand_acct.xrpc("GET", "app.bsky.feed.getPosts", params={"uris": sent.remote_id})
    record = view["posts"][0]["record"]
    assert record["text"] == text
    raw = text.encode("utf-8")
    spans = [
        (raw[f["index"]["byteStart"] : f["index"]["byteEnd"]].decode("utf-8"), f["features"][0])
        for f in record["facets"]
    ]
    assert spans == [
        (
            f"@{cust_acct.handle}",
            {"$type": "app.bsky.richtext.facet#mention", "did": cust_acct.did},
        ),
        (url, {"$type": "app.bsky.richtext.facet#link", "uri": url}),
    ]
    # the AppView understood the mention: the customer was notified
    items, _ = sync(customer, None)
    assert [it.remote_id for it in items] == [sent.remote_id]
    assert items[0].kind is ItemKind.MENTION


def test_exactly_once_after_a_crash_and_delete(atproto_network: AtprotoNetwork) -> None:
    net = atproto_network
    brand_acct = net.create_account("brand")
    brand = connect(net, brand_acct)
    assert brand.find_sent("launch-post") is None
    sent = brand.publish_post("We launch today 🚀", "launch-post")
    # the publisher "crashed" before recording the result: a new process, same keyring session
    session = brand.export_session()
    brand.close()
    again = BlueskyConnector(net.pds, session=session, rate_control=RateControl())
    found = again.find_sent("launch-post")
    assert found is not None and found.remote_id == sent.remote_id
    assert found.remote_id.endswith("/" + tid_for_key("launch-post"))
    retry = again.publish_post("We launch today 🚀", "launch-post")
    assert retry.remote_id == sent.remote_id

    def posts() -> list[str]:
        listing = brand_acct.xrpc(
            "GET",
            "com.atproto.repo.listRecords",
            params={"repo": brand_acct.did, "collection": POST_COLLECTION},
        )
        return [r["uri"] for r in listing["records"]]

    assert posts() == [sent.remote_id]

    # a lost reply: createRecord went through but the client never saw the answer
    ghost = tid_for_key("reply-lost")
    brand_acct.xrpc(
        "POST",
        "com.atproto.repo.createRecord",
        json={
            "repo": brand_acct.did,
            "collection": POST_COLLECTION,
            "rkey": ghost,
            "record": {"$type": POST_COLLECTION, "text": "hi", "createdAt": "2026-01-01T00:00:00Z"},
        },
    )
    assert again.publish_post("hi", "reply-lost").remote_id.endswith("/" + ghost)
    assert len(posts()) == 2

    again.delete(sent.remote_id)
    again.delete(sent.remote_id)  # already gone: still fine
    assert again.find_sent("launch-post") is None
    net.process()
    assert again.fetch_thread(sent.remote_id) == []
    assert posts() == [f"at://{brand_acct.did}/{POST_COLLECTION}/{ghost}"]


def test_invalid_or_revoked_session(atproto_network: AtprotoNetwork) -> None:
    net = atproto_network
    brand_acct = net.create_account("brand")
    app_password = brand_acct.app_password()
    first = BlueskyConnector(
        net.pds, identifier=brand_acct.handle, app_password=app_password, rate_control=RateControl()
    )
    good = first.export_session()

    # an access token the server no longer accepts: refreshed with the refresh token
    rotated: list[dict[str, str]] = []
    stale = dict(good, accessJwt=good["accessJwt"][:-4] + "AAAA")
    conn = BlueskyConnector(
        net.pds, session=stale, on_session=rotated.append, rate_control=RateControl()
    )
    assert conn.profile().remote_id == brand_acct.did
    assert len(rotated) == 1
    assert rotated[0]["refreshJwt"] != good["refreshJwt"]
    assert rotated[0]["accessJwt"] != stale["accessJwt"]

    # the session is revoked on the server (signed out elsewhere / IT revoked it)
    resp = requests.post(
        f"{net.pds}/xrpc/com.atproto.server.deleteSession",
        headers={"Authorization": f"Bearer {rotated[0]['refreshJwt']}"},
        timeout=30,
    )
    assert resp.status_code == 200
    dead = dict(rotated[0], accessJwt="not-a-token")
    with pytest.raises(AuthExpired) as info:
        BlueskyConnector(net.pds, session=dead, rate_control=RateControl()).profile()
    assert rotated[0]["refreshJwt"] not in str(info.value)

    # with the app password at hand, the connector signs in again instead
    relogin = BlueskyConnector(
        net.pds,
        session=dead,
        identifier=brand_acct.handle,
        app_password=app_password,
        rate_control=RateControl(),
    )
    assert relogin.profile().remote_id == brand_acct.did

    # the app password itself revoked: nothing works any more, in words
    brand_acct.xrpc(
        "POST",
        "com.atproto.server.revokeAppPassword",
        json={"name": _app_password_name(brand_acct)},
    )
    with pytest.raises(AuthExpired, match="sign-in"):
        BlueskyConnector(
            net.pds,
            identifier=brand_acct.handle,
            app_password=app_password,
            rate_control=RateControl(),
        ).profile()


def _app_password_name(account: DevAccount) -> str:
    names = account.xrpc("GET", "com.atproto.server.listAppPasswords")["passwords"]
    assert len(names) == 1
    return str(names[0]["name"])


def test_quote_of_a_brand_post_is_an_inbox_mention(atproto_network: AtprotoNetwork) -> None:
    net = atproto_network
    brand_acct, cust_acct = net.create_account("brand"), net.create_account("cust")
    brand = connect(net, brand_acct)
    announcement = brand.publish_post("New prices from Monday.", "announce")
    net.process()
    _, cursor = sync(brand, None)
    original = brand_acct.xrpc(
        "GET", "app.bsky.feed.getPosts", params={"uris": announcement.remote_id}
    )
    quote = cust_acct.xrpc(
        "POST",
        "com.atproto.repo.createRecord",
        json={
            "repo": cust_acct.did,
            "collection": POST_COLLECTION,
            "record": {
                "$type": POST_COLLECTION,
                "text": "Outrageous.",
                "createdAt": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
                "embed": {
                    "$type": "app.bsky.embed.record",
                    "record": {"uri": announcement.remote_id, "cid": original["posts"][0]["cid"]},
                },
            },
        },
    )
    net.process()
    items, _ = sync(brand, cursor)
    assert [it.remote_id for it in items] == [quote["uri"]]
    assert items[0].kind is ItemKind.MENTION
    assert items[0].refs["reason"] == "quote"
    assert items[0].refs["reason_subject"] == announcement.remote_id
    assert items[0].thread_key == quote["uri"]


def test_oauth_discovery_finds_the_atproto_profile(atproto_network: AtprotoNetwork) -> None:
    info = discover_oauth(atproto_network.pds)
    assert info is not None
    assert info.issuer == atproto_network.pds
    assert info.atproto_profile
    assert info.par_endpoint.startswith(info.issuer)
