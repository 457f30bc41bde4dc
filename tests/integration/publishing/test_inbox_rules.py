"""Publishing applies the inbox's rules: the owner-only policy, and the SLA clock stops on send."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from app.db.models import BrandAccount, Conversation, Workspace
from app.identity.auth import authenticate
from app.publishing import outbox
from app.sync.ingest import ingest_items


def _conversation(console) -> int:
    with console.factory() as s, s.begin():
        acc = s.scalar(select(BrandAccount).order_by(BrandAccount.id))
        r = ingest_items(
            s,
            acc,
            [
                InboundItem(
                    "r1",
                    ItemKind.MENTION,
                    RemoteAuthor("c1", "cust"),
                    "help!",
                    datetime.now(UTC),
                    "t1",
                )
            ],
            default_team_id=acc.settings["default_team_id"],
        )
        return r.conversation_ids[0]


def test_owner_only_policy_applies_to_publishing(demo_console) -> None:
    cid = _conversation(demo_console)
    with demo_console.session() as s:
        alice = authenticate(s, "alice", "demo")
        conv = s.get(Conversation, cid)
        assert outbox.may_reply(alice, conv)
    with demo_console.factory() as s, s.begin():
        ws = s.scalar(select(Workspace))
        ws.settings = {**ws.settings, "owner_only_reply": True}
    with demo_console.session() as s:
        conv = s.get(Conversation, cid)
        assert not outbox.may_reply(alice, conv)  # unclaimed: claim it first


def test_a_sent_reply_stops_the_sla_clock(demo_console) -> None:
    cid = _conversation(demo_console)
    late = datetime.now(UTC) - timedelta(minutes=5)
    with demo_console.factory() as s, s.begin():
        conv = s.get(Conversation, cid)
        conv.next_response_due = late
        conv.sla_breached_at = late
    with demo_console.factory() as s, s.begin():
        outbox.on_outbound_reply(s, cid)
    with demo_console.session() as s:
        conv = s.get(Conversation, cid)
        assert conv.next_response_due is None and conv.sla_breached_at is None
        assert conv.first_responded_at is not None


def test_images_go_out_on_the_demo_network_and_too_many_are_refused_early(
    demo_console, demo_network, tmp_path
) -> None:
    import struct
    import zlib

    from accounts.demo import DemoConnector
    from app.publishing import text_limits
    from app.sync.publisher import Publisher

    def tiny_png() -> bytes:
        raw = b"\x00\x00\x00\x00"
        ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)

        def chunk(kind: bytes, data: bytes) -> bytes:
            return (
                struct.pack(">I", len(data))
                + kind
                + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
            )

        return (
            b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b"")
        )

    png = tmp_path / "logo.png"
    png.write_bytes(tiny_png())
    media = [{"path": str(png), "alt": "Our logo"}]
    assert text_limits.check_media("demo", media) == []
    assert text_limits.check_media("mastodon", media) == []
    # a LinkedIn comment holds one image: two are refused in words before anything is queued
    refused = text_limits.check_media("linkedin", media * 2, "reply")
    assert refused == ["At most 1 image can be attached to a reply on linkedin; there are 2."]

    with demo_console.session() as s:
        priya = authenticate(s, "priya", "demo")
        lena = authenticate(s, "lena", "demo")
        acc = s.scalar(select(BrandAccount).order_by(BrandAccount.id))
    with demo_console.factory() as s, s.begin():
        item = outbox.create_draft(
            s, priya, kind="post", account_id=acc.id, text="New logo!", media=media
        )
        outbox.submit(s, priya, item.id)
        outbox.approve(s, lena, item.id)
    pub = Publisher(demo_console.factory, {acc.id: DemoConnector(demo_network, acc.handle)})
    pub.run_once()
    sent = demo_network.sent[acc.handle]
    assert len(sent) == 1 and sent[0].media == [{"alt": "Our logo"}]
