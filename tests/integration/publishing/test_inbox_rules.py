"""Publishing applies the inbox's rules: the owner-only policy, and the SLA clock stops on send."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from app.db.models import BrandAccount, Conversation, Workspace
from app.services import publishing
from app.services.auth import authenticate
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
        assert publishing.may_reply(alice, conv)
    with demo_console.factory() as s, s.begin():
        ws = s.scalar(select(Workspace))
        ws.settings = {**ws.settings, "owner_only_reply": True}
    with demo_console.session() as s:
        conv = s.get(Conversation, cid)
        assert not publishing.may_reply(alice, conv)  # unclaimed: claim it first


def test_a_sent_reply_stops_the_sla_clock(demo_console) -> None:
    cid = _conversation(demo_console)
    late = datetime.now(UTC) - timedelta(minutes=5)
    with demo_console.factory() as s, s.begin():
        conv = s.get(Conversation, cid)
        conv.next_response_due = late
        conv.sla_breached_at = late
    with demo_console.factory() as s, s.begin():
        publishing.on_outbound_reply(s, cid)
    with demo_console.session() as s:
        conv = s.get(Conversation, cid)
        assert conv.next_response_due is None and conv.sla_breached_at is None
        assert conv.first_responded_at is not None
