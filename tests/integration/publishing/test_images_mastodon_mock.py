"""Images through the whole send path on mastodon-mock: outbox → publisher → Mastodon upload.

An employee attaches an image (a file on disk, with alt text) to a post and to a reply; the
item is queued and approved through the outbox services; the console's publisher reads the
file and the Mastodon connector uploads it (``POST /api/v2/media``) and names it in the status
(``media_ids``). The mock then shows the status with the image, its description and, for the
reply, the customer's status as ``in_reply_to_id``.

A crash mid-send (the process dies after uploading the image, before or after the status POST
reached the instance) leaves the item "sending"; the next publisher reconciles it and the
customer sees exactly one status, with its image, though the author's file is gone by then
(the image was stored with the item at submission). Both backends.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from accounts.http import HttpClient, RateControl
from accounts.mastodon import MastodonConnector
from app.db.models import Conversation, OutboxItem
from app.sync.publisher import Publisher
from tests.support.backlog import (
    MastodonUser,
    add_account,
    mastodon_post,
    mastodon_user,
    sync_until_done,
)
from tests.support.images import ALT, Died, png, queue_item
from tests.support.mastodon_mock_server import MastodonMock, start_mastodon_mock

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MastodonMock]:
    server = start_mastodon_mock(tmp_path_factory.mktemp("mastodon-mock"), streaming=False)
    yield server
    server.stop()


class _DyingHttp(HttpClient):
    """Dies once around the status POST: ``"before"`` it leaves (the image is uploaded, the
    status is not) or ``"after"`` the instance created it (the answer is lost)."""

    def __init__(self, *args: Any, die: str | None = None, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.die = die

    def post(self, path: str, *args: Any, **kw: Any) -> Any:
        if path == "/api/v1/statuses" and self.die == "before":
            self.die = None
            raise Died
        out = super().post(path, *args, **kw)
        if path == "/api/v1/statuses" and self.die == "after":
            self.die = None
            raise Died
        return out


def connector(
    mock: MastodonMock,
    brand: MastodonUser,
    journal: dict[str, str],
    die: str | None = None,
) -> MastodonConnector:
    http = _DyingHttp(
        mock.base_url,
        network="mastodon",
        token=lambda: brand.token,
        rate_control=RateControl(),
        die=die,
    )
    return MastodonConnector(
        mock.base_url, lambda: brand.token, http=http, account_id=brand.id, journal=journal
    )


def statuses_of(mock: MastodonMock, brand: MastodonUser) -> list[dict[str, Any]]:
    resp = requests.get(
        f"{mock.base_url}/api/v1/accounts/{brand.id}/statuses",
        params={"limit": "40"},
        headers={"Authorization": f"Bearer {brand.token}"},
        timeout=10,
    )
    resp.raise_for_status()
    return list(resp.json())


def test_a_post_and_a_reply_with_an_image_go_out_through_the_outbox(
    mock: MastodonMock, demo_console, tmp_path: Path
) -> None:
    brand = mastodon_user(mock.base_url)
    fan = mastodon_user(mock.base_url)
    aid = add_account(demo_console.factory, "mastodon", brand.username, brand.id)
    journal: dict[str, str] = {}
    conn = connector(mock, brand, journal)
    question = mastodon_post(mock.base_url, fan, f"@{brand.username} which colour is new?")
    sync_until_done(demo_console.factory, aid, conn)
    with demo_console.session() as s:
        conv_id = s.scalars(
            select(Conversation.id).where(Conversation.brand_account_id == aid)
        ).one()
    pic = png(6, 5, (200, 20, 20))
    image = tmp_path / "kettle.png"
    image.write_bytes(pic)

    post_id = queue_item(demo_console, aid, "post", "Our new kettle, in red", image)
    reply_id = queue_item(
        demo_console, aid, "reply", "This one, in red!", image, conversation_id=conv_id
    )
    pub = Publisher(demo_console.factory, {aid: conn})
    pub.run_once()

    with demo_console.session() as s:
        items = {
            i.id: i
            for i in s.scalars(select(OutboxItem).where(OutboxItem.id.in_([post_id, reply_id])))
        }
    assert {i.status for i in items.values()} == {"sent"}, [i.last_error for i in items.values()]
    on_mock = {st["id"]: st for st in statuses_of(mock, brand)}
    post = on_mock[items[post_id].remote_id]
    reply = on_mock[items[reply_id].remote_id]
    assert reply["in_reply_to_id"] == question["id"]
    for status in (post, reply):
        [media] = status["media_attachments"]
        assert media["type"] == "image" and media["description"] == ALT
        assert requests.get(media["url"], timeout=10).content == pic
    conn.close()


@pytest.mark.parametrize("die", ["before", "after"])
def test_a_crash_mid_send_keeps_the_image_and_posts_once(
    mock: MastodonMock, demo_console, tmp_path: Path, die: str
) -> None:
    brand = mastodon_user(mock.base_url)
    aid = add_account(demo_console.factory, "mastodon", brand.username, brand.id)
    image = tmp_path / "kettle.png"
    image.write_bytes(png(3, 3))
    item_id = queue_item(demo_console, aid, "post", f"Kettle day ({die})", image)
    image.unlink()  # stored with the item when submitted: the author's file may go
    journal: dict[str, str] = {}  # the sent log survives the crash (it is on disk in the app)

    dying = connector(mock, brand, journal, die=die)
    with pytest.raises(Died):
        Publisher(demo_console.factory, {aid: dying}).run_once()
    dying.close()
    with demo_console.session() as s:
        assert s.get(OutboxItem, item_id).status == "sending"
    expect_before = 1 if die == "after" else 0
    assert len(statuses_of(mock, brand)) == expect_before

    conn = connector(mock, brand, journal)
    restarted = Publisher(demo_console.factory, {aid: conn}, reconcile_after=0)
    restarted.run_once()
    with demo_console.session() as s:
        item = s.get(OutboxItem, item_id)
        assert item.status == "sent", item.last_error
        remote = item.remote_id
    [status] = statuses_of(mock, brand)
    assert status["id"] == remote
    [media] = status["media_attachments"]
    assert media["description"] == ALT
    conn.close()
