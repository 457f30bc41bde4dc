"""Hand-off between departments with a pinned note, the one-action hand-offs, and the voice of
the customer feed with its CSV export."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import select

from app.db.models import Assignment, AuditEvent, ChangeEvent, Conversation, Notification
from app.identity.access import AccessDenied
from app.inbox import escalation
from app.inbox import views as inbox
from app.inbox.escalation import HandoffError
from app.inbox.views import InboxFilter
from app.routing.engine import RoutingEngine
from tests.integration.routing.helpers import (
    account_ids,
    actor_of,
    ingest,
    item,
    make_agent,
    team_id,
)


def test_handoff_moves_the_conversation_with_a_pinned_note(demo_console) -> None:
    make_agent(demo_console, "Sales", "sally")
    make_agent(demo_console, "Product", "peter")
    acme = account_ids(demo_console)[0]
    it = item("Do you ship the AeroPhone to Canada? We'd need 200 of them for our stores.")
    ingest(demo_console, acme, [it], RoutingEngine())
    with demo_console.session() as s:
        cid = s.scalar(select(Conversation.id).where(Conversation.thread_key == it.thread_key))
    alice, sally, peter = (actor_of(demo_console, n) for n in ("alice", "sally", "peter"))
    with demo_console.factory() as s, s.begin():
        with pytest.raises(AccessDenied):  # not in Sales' scope yet
            escalation.pinned_notes(s, sally, cid)
        with pytest.raises(HandoffError, match="why"):
            escalation.handoff(s, alice, cid, department="sales", note="   ")
    with demo_console.factory() as s, s.begin():
        result = escalation.hot_lead_to_sales(s, alice, cid, "Wants 200 units for their stores")
    assert result.team == "Sales"
    with demo_console.session() as s:
        conv = s.get(Conversation, cid)
        assert conv.team_id == team_id(demo_console, "Sales") and conv.priority == 1
        assert conv.assignee_id is None
        assert "hot-lead" in escalation.conversation_tags(s, cid)
        # the receiving team sees it, with the note first; the sender's team no longer does
        ids, _ = inbox.page_ids(s, sally, InboxFilter())
        assert cid in ids
        assert cid not in inbox.page_ids(s, alice, InboxFilter())[0]
        notes = escalation.pinned_notes(s, sally, cid)
        assert "Handed over from Customer Service to Sales by Alice Novak" in notes[0].text
        assert "200 units" in notes[0].text
        assert (
            s.scalar(
                select(Assignment.action)
                .where(Assignment.conversation_id == cid)
                .order_by(Assignment.id.desc())
            )
            == "handoff"
        )
        assert s.scalar(select(AuditEvent.id).where(AuditEvent.action == "conversation_handed_off"))
        assert s.scalar(
            select(ChangeEvent.id)
            .where(ChangeEvent.topic == "conversation")
            .order_by(ChangeEvent.id.desc())
        )
        sam = actor_of(demo_console, "sam").employee_id  # Sales' people hear of it
        assert s.scalar(
            select(Notification.id).where(
                Notification.kind == "handoff",
                Notification.employee_id.in_([sam, sally.employee_id]),
            )
        )
    with demo_console.factory() as s, s.begin():
        escalation.feedback_to_product(s, sally, cid)
    with demo_console.session() as s:
        assert s.get(Conversation, cid).team_id == team_id(demo_console, "Product")
        notes = escalation.pinned_notes(s, peter, cid)
        assert len(notes) == 2 and "Sales to Product" in notes[0].text
    with demo_console.factory() as s, s.begin():
        with pytest.raises(HandoffError, match="already with Product"):
            escalation.handoff(s, peter, cid, department="product", note="again")


def test_voice_of_the_customer_groups_by_topic_and_exports_csv(demo_console) -> None:
    acme = account_ids(demo_console)[0]
    texts = [
        "Please add dark mode to the AeroPhone app!",
        "Please add a dark mode to the TerraWatch app",
        "please add dark mode, my eyes hurt at night",
        "Would love if you let us export our data as CSV",
        "Please add CSV export for invoices",
        "The app crashes every time I open settings on Android 15",
        "Settings page crashes on my phone",
        '=HYPERLINK("http://evil") please add dark mode',
        # background: the product name appears everywhere, so it is no topic
        "My AeroPhone arrived broken. Really disappointed.",
        "Do you ship the AeroPhone to Canada?",
        "Loving my new AeroPhone, best purchase this year",
        "AeroPhone battery is swelling and smells like smoke",
    ]
    ingest(demo_console, acme, [item(t) for t in texts], RoutingEngine())
    pat = actor_of(demo_console, "pat")  # product
    with demo_console.session() as s:
        feed = escalation.voc_feed(s, pat, days=7)
        with pytest.raises(AccessDenied):
            escalation.voc_feed(s, actor_of(demo_console, "alice"), days=7)
    topics = {t.topic: t for t in feed.topics}
    assert feed.messages == 8
    assert topics["dark mode"].count == 4
    assert topics["dark mode"].by_intent == {"feature_request": 4}
    assert any("csv" in t for t in topics) and any(
        "crashes" in t or "settings" in t for t in topics
    )
    assert not any("aerophone" == t for t in topics)
    data = escalation.voc_csv(feed)
    rows = list(csv.reader(io.StringIO(data)))
    assert rows[0][:4] == ["topic", "messages", "feature_requests", "bug_reports"]
    dark = next(r for r in rows if r[0] == "dark mode")
    assert dark[1:4] == ["4", "4", "0"]
    # a customer's formula is written as text, never as a formula
    assert not any(cell.startswith("=") for row in rows for cell in row)
    assert any(cell.startswith("'=HYPERLINK") for row in rows for cell in row)
