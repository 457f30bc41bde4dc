"""Images through the whole send path on the reference Bluesky network (@atproto/dev-env).

A customer asks the brand a question; the console syncs it; an employee's reply with an image
(a file with alt text) is queued and approved through the outbox; the publisher reads the file
and the Bluesky connector uploads it (``com.atproto.repo.uploadBlob``) and embeds it in the
reply (``app.bsky.embed.images`` beside ``reply.root``/``reply.parent``). A crash after the
PDS wrote the record (the answer lost) is reconciled by the next publisher: the record key is
derived from the idempotency key, so there is exactly one reply, with its image.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from accounts.bluesky import BlueskyConnector
from accounts.http import RateControl
from app.db.models import Conversation, OutboxItem
from app.sync.publisher import Publisher
from tests.support.atproto import AtprotoNetwork, DevAccount
from tests.support.backlog import add_account, apply_writes, mention_record, sync_until_done
from tests.support.images import ALT, Died, png, queue_item

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def connect(net: AtprotoNetwork, account: DevAccount) -> BlueskyConnector:
    return BlueskyConnector(
        net.pds,
        identifier=account.handle,
        app_password=account.app_password(),
        rate_control=RateControl(),
    )


def die_after_create_record(conn: BlueskyConnector) -> None:
    """The next createRecord reaches the PDS, then the process dies before reading the answer."""
    real_post = conn._http.post

    def post(path: str, *args: Any, **kw: Any) -> Any:
        out = real_post(path, *args, **kw)
        if path.endswith("com.atproto.repo.createRecord"):
            conn._http.post = real_post  # type: ignore[method-assign]
            raise Died
        return out

    conn._http.post = post  # type: ignore[method-assign]


def brand_posts(net: AtprotoNetwork, brand: DevAccount) -> list[dict[str, Any]]:
    out = brand.xrpc(
        "GET",
        "com.atproto.repo.listRecords",
        params={"repo": brand.did, "collection": "app.bsky.feed.post", "limit": "100"},
    )
    return list(out["records"])


def test_a_reply_with_an_image_goes_out_once_even_after_a_crash(
    atproto_network: AtprotoNetwork, demo_console, tmp_path: Path
) -> None:
    net = atproto_network
    brand, customer = net.create_account("bri"), net.create_account("cri")
    [question] = apply_writes(
        net.pds,
        customer.access_jwt,
        customer.did,
        [mention_record("which colour is new?", brand.handle, brand.did)],
    )
    net.process()
    aid = add_account(demo_console.factory, "bluesky", brand.handle, brand.did, base_url=net.pds)
    conn = connect(net, brand)
    sync_until_done(demo_console.factory, aid, conn)
    with demo_console.session() as s:
        conv_id = s.scalars(
            select(Conversation.id).where(Conversation.brand_account_id == aid)
        ).one()
    pic = png(6, 5, (200, 20, 20))
    image = tmp_path / "kettle.png"
    image.write_bytes(pic)
    item_id = queue_item(
        demo_console, aid, "reply", "This one, in red!", image, conversation_id=conv_id
    )

    die_after_create_record(conn)
    with pytest.raises(Died):
        Publisher(demo_console.factory, {aid: conn}).run_once()
    with demo_console.session() as s:
        assert s.get(OutboxItem, item_id).status == "sending"
    Publisher(demo_console.factory, {aid: conn}, reconcile_after=0).run_once()
    with demo_console.session() as s:
        item = s.get(OutboxItem, item_id)
        assert item.status == "sent", item.last_error
        remote = item.remote_id

    [record] = brand_posts(net, brand)
    assert record["uri"] == remote
    value = record["value"]
    assert value["reply"]["parent"]["uri"] == question["uri"]
    assert value["reply"]["root"]["uri"] == question["uri"]
    embed = value["embed"]
    assert embed["$type"] == "app.bsky.embed.images"
    [img] = embed["images"]
    assert img["alt"] == ALT
    blob = requests.get(
        f"{net.pds}/xrpc/com.atproto.sync.getBlob",
        params={"did": brand.did, "cid": img["image"]["ref"]["$link"]},
        timeout=10,
    )
    assert blob.status_code == 200 and blob.content == pic
    conn.close()
