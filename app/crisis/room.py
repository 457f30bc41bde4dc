"""What the crisis room shows: the per-minute timeline, related conversations, the decisions.

Queries only; the room (ui/crisis) runs them off the UI thread. The timeline is read
incrementally: per-minute counts of the messages whose id is above the last one read, so during
a surge each refresh reads only what arrived since the previous one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from app.crisis.detector import NEGATIVE_AT, POSITIVE_AT
from app.crisis.mode import CrisisView
from app.db.models import (
    AuditEvent,
    BrandAccount,
    Conversation,
    ConversationTag,
    CrisisAlert,
    Customer,
    Direction,
    Employee,
    Message,
    Team,
)

CRISIS_TAG = "crisis"
#: the audit actions the decision log shows (the same list as migration 0011's policy)
DECISIONS = {
    "crisis_declared": "declared the crisis",
    "crisis_ended": "ended the crisis",
    "publishing_paused": "paused publishing",
    "publishing_resumed": "resumed publishing",
    "crisis_statement_drafted": "drafted a statement",
    "crisis_statement_approved": "approved a statement",
    "outbox_step_approved": "signed an approval step",
    "outbox_approved": "approved an item",
    "outbox_rejected": "sent an item back",
    "crisis_watch_saved": "changed a watch",
}
#: the first load of the timeline reads at most this many of the newest messages
FIRST_LOAD_ROWS = 300_000
#: the room lists at most this many related conversations (the newest)
RELATED_LIMIT = 500


@dataclass
class Timeline:
    """Per-minute counts keyed by the minute's start (aware UTC)."""

    last_id: int = 0
    minutes: dict[datetime, list[int]] = field(default_factory=dict)  # [n, negative, positive]

    def merge(self, other: Timeline) -> None:
        for m, (n, neg, pos) in other.minutes.items():
            cur = self.minutes.setdefault(m, [0, 0, 0])
            cur[0] += n
            cur[1] += neg
            cur[2] += pos
        self.last_id = max(self.last_id, other.last_id)


def _minute_expr(session: Session) -> object:
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(func.timezone("UTC", Message.created_at), "YYYY-MM-DD HH24:MI")
    return func.substr(Message.created_at, 1, 16)


def timeline(session: Session, workspace_id: int, since: datetime, after_id: int = 0) -> Timeline:
    accounts = list(
        session.scalars(select(BrandAccount.id).where(BrandAccount.workspace_id == workspace_id))
    )
    out = Timeline(last_id=after_id)
    if not accounts:
        return out
    top = int(session.scalar(select(func.coalesce(func.max(Message.id), 0))) or 0)
    if top <= after_id:
        return out
    lo = max(after_id, top - FIRST_LOAD_ROWS)
    minute = _minute_expr(session)
    q = (
        select(
            minute,
            func.count(),
            func.sum(case((Message.sentiment <= NEGATIVE_AT, 1), else_=0)),
            func.sum(case((Message.sentiment >= POSITIVE_AT, 1), else_=0)),
        )
        .where(
            Message.id > lo,
            Message.id <= top,
            Message.direction == Direction.IN.value,
            Message.brand_account_id.in_(accounts),
            Message.created_at >= since,
        )
        .group_by(minute)
    )
    for key, n, neg, pos in session.execute(q):
        try:
            m = datetime.strptime(str(key)[:16], "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
        except ValueError:
            continue
        out.minutes[m] = [int(n), int(neg or 0), int(pos or 0)]
    out.last_id = top
    return out


@dataclass(frozen=True)
class Marker:
    at: datetime
    kind: str  # alert | decision
    text: str


def markers(session: Session, workspace_id: int, since: datetime) -> list[Marker]:
    out = [
        Marker(a.at, "alert", a.text)
        for a in session.scalars(
            select(CrisisAlert)
            .where(CrisisAlert.workspace_id == workspace_id, CrisisAlert.at >= since)
            .order_by(CrisisAlert.at)
        )
    ]
    out += [
        Marker(d.at, "decision", f"{d.who} {d.what}")
        for d in decision_log(session, workspace_id, since)
    ]
    return sorted(out, key=lambda m: m.at)


@dataclass(frozen=True)
class Decision:
    at: datetime
    who: str
    what: str
    detail: str


def _detail(action: str, d: dict) -> str:
    for key in ("name", "title", "reason", "step", "comment"):
        if d.get(key):
            return str(d[key])
    return ""


def decision_log(session: Session, workspace_id: int, since: datetime) -> list[Decision]:
    """Who did what, when, from the audit trail (PostgreSQL lets PR read just these actions)."""
    rows = session.execute(
        select(
            AuditEvent.at,
            AuditEvent.actor_name,
            AuditEvent.action,
            AuditEvent.detail,
            Employee.display_name,
        )
        .outerjoin(Employee, Employee.id == AuditEvent.actor_id)
        .where(
            AuditEvent.workspace_id == workspace_id,
            AuditEvent.at >= since,
            AuditEvent.action.in_(list(DECISIONS)),
        )
        .order_by(AuditEvent.at, AuditEvent.id)
        .limit(2000)
    ).all()
    return [
        Decision(at, name or actor or "system", DECISIONS[action], _detail(action, detail or {}))
        for at, actor, action, detail, name in rows
    ]


@dataclass(frozen=True)
class RelatedRow:
    conversation_id: int
    phrase: str
    customer: str
    snippet: str
    team: str
    assignee: str
    status: str
    last_message_at: datetime


def _fold(text: str) -> str:
    return text.casefold()


def related(session: Session, crisis: CrisisView, limit: int = RELATED_LIMIT) -> list[RelatedRow]:
    """Conversations crisis routing marked, newest first, each with the crisis phrase it has."""
    assignee = aliased(Employee)
    rows = session.execute(
        select(
            Conversation.id,
            Conversation.snippet,
            Conversation.status,
            Conversation.last_message_at,
            Customer.handle,
            Team.name,
            assignee.display_name,
        )
        .join(ConversationTag, ConversationTag.conversation_id == Conversation.id)
        .join(Customer, Customer.id == Conversation.customer_id)
        .outerjoin(Team, Team.id == Conversation.team_id)
        .outerjoin(assignee, assignee.id == Conversation.assignee_id)
        .where(
            ConversationTag.tag == CRISIS_TAG,
            Conversation.last_message_at >= crisis.declared_at - timedelta(hours=2),
        )
        .order_by(Conversation.last_message_at.desc())
        .limit(limit)
    ).all()
    patterns = [
        (k, re.compile(r"(?<!\w)" + re.escape(_fold(k)) + r"(?!\w)")) for k in crisis.keywords
    ]
    found = [[k for k, p in patterns if p.search(_fold(r[1] or ""))] for r in rows]
    # each conversation goes under its most specific phrase: the one fewest others share
    # (everyone says "charger"; "melted" and "recall" tell the threads apart)
    freq: dict[str, int] = {}
    for ks in found:
        for k in ks:
            freq[k] = freq.get(k, 0) + 1
    order = list(crisis.keywords)
    out = []
    for (cid, snippet, status, last, handle, team, who), ks in zip(rows, found, strict=True):
        phrase = min(ks, key=lambda k: (freq[k], order.index(k))) if ks else "other"
        out.append(
            RelatedRow(
                cid,
                phrase,
                f"@{handle}",
                snippet or "",
                team or "—",
                who or "nobody yet",
                status,
                last,
            )
        )
    return out


def grouped(rows: Sequence[RelatedRow]) -> list[tuple[str, list[RelatedRow]]]:
    """Groups by phrase, the largest first."""
    groups: dict[str, list[RelatedRow]] = {}
    for r in rows:
        groups.setdefault(r.phrase, []).append(r)
    return sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
