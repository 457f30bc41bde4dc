"""One conversation as a complaint file: the thread, notes, assignments and hand-offs, the
timings, and who wrote and who approved each reply — as a JSON document (the PDF is drawn from
the same document by ui/reports/conversation_pdf.py)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import (
    Assignment,
    BrandAccount,
    Conversation,
    ConversationTag,
    Customer,
    Employee,
    Message,
    Note,
    OutboxItem,
    ReportResolution,
    ReportResponse,
    Team,
)
from app.db.types import utcnow
from app.identity import audit
from app.identity.access import AccessDenied, Actor, Permission, can_read

FORMAT_VERSION = 1


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at else None


def export_conversation(session: Session, actor: Actor, conversation_id: int) -> dict[str, Any]:
    """The file for one conversation the actor may read (needs view reports); audited."""
    doc = conversation_file(session, actor, conversation_id)
    audit_export(session, actor, conversation_id)
    return doc


def audit_export(session: Session, actor: Actor, conversation_id: int) -> None:
    """The audit trail's record of an export (on the primary: a standby is read-only)."""
    audit.record(
        session,
        "conversation_exported",
        actor=actor,
        target_type="conversation",
        target_id=conversation_id,
    )


def conversation_file(session: Session, actor: Actor, conversation_id: int) -> dict[str, Any]:
    """The file's content, read only: it may come from a read replica (then audit_export on the
    primary)."""
    if not actor.can_somewhere(Permission.VIEW_REPORTS):
        raise AccessDenied("You do not have the permission to view reports.")
    conv = session.get(Conversation, conversation_id)
    if conv is None or not can_read(actor, conv):
        raise AccessDenied("This conversation is outside your scope.")
    people = dict(
        session.execute(
            select(Employee.id, Employee.display_name).where(
                Employee.workspace_id == conv.workspace_id
            )
        ).all()
    )
    teams = dict(
        session.execute(
            select(Team.id, Team.name).where(Team.workspace_id == conv.workspace_id)
        ).all()
    )
    account = session.get(BrandAccount, conv.brand_account_id)
    customer = session.get(Customer, conv.customer_id)

    def who(eid: int | None) -> str | None:
        return None if eid is None else people.get(eid, f"employee {eid}")

    outbox = {
        o.remote_id: o
        for o in session.scalars(
            select(OutboxItem).where(OutboxItem.conversation_id == conversation_id)
        )
        if o.remote_id
    }
    messages = []
    for m in session.scalars(
        select(Message)
        .where(Message.conversation_id == conversation_id)
        .order_by(Message.created_at, Message.id)
    ):
        item = outbox.get(m.remote_id) if m.remote_id else None
        messages.append(
            {
                "id": m.id,
                "at": _iso(m.created_at),
                "direction": m.direction,
                "author": (f"@{customer.handle}" if customer else "customer")
                if m.direction == "in"
                else who(m.employee_id) or f"@{account.handle if account else 'brand'}",
                "text": m.text,
                "url": m.url,
                "sentiment": m.sentiment,
                "intent": m.intent,
                "approved_by": who(item.approver_id) if item else None,
                "approved_at": _iso(item.approved_at) if item else None,
            }
        )
    assignments = [
        {
            "at": _iso(a.at),
            "action": a.action,
            "from": who(a.from_employee_id),
            "to": who(a.to_employee_id),
            "to_team": teams.get(a.to_team_id) if a.to_team_id else None,
            "by": who(a.by_employee_id),
            "note": a.note,
        }
        for a in session.scalars(
            select(Assignment)
            .where(Assignment.conversation_id == conversation_id)
            .order_by(Assignment.at, Assignment.id)
        )
    ]
    notes = [
        {"at": _iso(n.created_at), "author": who(n.author_id), "text": n.text, "pinned": n.pinned}
        for n in session.scalars(
            select(Note)
            .where(Note.conversation_id == conversation_id)
            .order_by(Note.created_at, Note.id)
        )
    ]
    replies = [
        {
            "id": o.id,
            "status": o.status,
            "text": o.text,
            "author": who(o.author_id),
            "approver": who(o.approver_id),
            "approved_at": _iso(o.approved_at),
            "review_comment": o.review_comment,
            "sent_at": _iso(o.sent_at),
            "created_at": _iso(o.created_at),
        }
        for o in session.scalars(
            select(OutboxItem)
            .where(OutboxItem.conversation_id == conversation_id)
            .order_by(OutboxItem.created_at, OutboxItem.id)
        )
    ]
    waits = [
        {
            "which": r.which,
            "customer_wrote_at": _iso(r.asked_at),
            "answered_at": _iso(r.answered_at),
            "business_seconds": r.seconds,
            "answered_by": who(r.employee_id),
            "due_at": _iso(r.due_at),
            "in_time": None
            if r.due_at is None or r.answered_at is None
            else r.answered_at <= r.due_at,
        }
        for r in session.scalars(
            select(ReportResponse)
            .where(ReportResponse.conversation_id == conversation_id)
            .order_by(ReportResponse.asked_at)
        )
    ]
    resolutions = [
        {
            "opened_at": _iso(r.opened_at),
            "resolved_at": _iso(r.resolved_at),
            "business_seconds": r.seconds,
            "resolved_by": who(r.resolved_by),
        }
        for r in session.scalars(
            select(ReportResolution)
            .where(ReportResolution.conversation_id == conversation_id)
            .order_by(ReportResolution.opened_at)
        )
    ]
    tags = list(
        session.scalars(
            select(ConversationTag.tag)
            .where(ConversationTag.conversation_id == conversation_id)
            .order_by(ConversationTag.tag)
        )
    )
    doc = {
        "format": "social-console/conversation",
        "format_version": FORMAT_VERSION,
        "exported_at": _iso(utcnow()),
        "exported_by": actor.display_name,
        "conversation": {
            "id": conv.id,
            "network": account.network if account else None,
            "brand_account": f"@{account.handle}" if account else None,
            "customer": f"@{customer.handle}" if customer else None,
            "customer_name": customer.display_name if customer else None,
            "kind": conv.kind,
            "status": conv.status,
            "team": teams.get(conv.team_id) if conv.team_id else None,
            "assignee": who(conv.assignee_id),
            "intent": conv.intent,
            "sentiment": conv.sentiment,
            "tags": tags,
            "created_at": _iso(conv.created_at),
            "last_message_at": _iso(conv.last_message_at),
        },
        "messages": messages,
        "notes": notes,
        "assignments": assignments,
        "handoffs": [a for a in assignments if a["action"] == "handoff"],
        "replies": replies,
        "timings": {"waits": waits, "resolutions": resolutions},
    }
    return doc


def to_json(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2)
