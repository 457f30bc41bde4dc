"""A conversation's history → the facts every report metric counts.

The history is read from the raw tables: messages (in and out, with their authors), the
status changes the audit trail records (resolved, reopened), and hand-offs. From it:

- **responses**: a customer wait starts at a customer message when nobody is waiting already
  and ends at the brand's next reply. The conversation's first wait is its *first response*;
  every later one a *next response*. A wait that ends because the conversation was resolved
  without a reply is no wait for a reply and is dropped. Times are business seconds under the
  SLA policy that applies (around the clock when it has no business hours); the policy's target
  gives the due time.
- **resolutions**: a stretch opens at a customer message (or a reopening) while the
  conversation is not open already and closes when it is resolved. A reopened conversation has
  two stretches, each with its own resolution time.
- **volume**: messages per local day and direction, with inbound sentiment.

The same code derives the facts for the rollups and for the raw computation they are checked
against, so the check is about keeping the rollups current, and the correctness test about
the rules themselves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from app.classify.sentiment import label
from app.db.models import Assignment, AuditEvent, BrandAccount, Conversation, Message
from app.db.types import utcnow
from app.inbox.sla import Policy, add_business_minutes, load_policies, policy_for
from app.reports.timing import business_seconds

# order of simultaneous events: the customer speaks, the brand answers, then the status moves
_ORDER = {"in": 0, "out": 1, "handoff": 2, "status": 3}


@dataclass(frozen=True, slots=True)
class Event:
    at: datetime
    kind: str  # in | out | status | handoff
    employee_id: int | None = None
    status: str | None = None
    sentiment: float | None = None


@dataclass(frozen=True, slots=True)
class Dims:
    """What a conversation is filtered and grouped by (as it is now)."""

    workspace_id: int
    team_id: int | None
    account_id: int
    network: str
    kind: str
    intent: str | None
    assignee_id: int | None


@dataclass(slots=True)
class ResponseFact:
    which: str  # first | next
    asked_at: datetime
    day: str
    answered_at: datetime | None = None
    seconds: int | None = None
    employee_id: int | None = None
    due_at: datetime | None = None


@dataclass(slots=True)
class ResolutionFact:
    opened_at: datetime
    opened_day: str
    resolved_at: datetime | None = None
    day: str | None = None
    seconds: int | None = None
    resolved_by: int | None = None


@dataclass(slots=True)
class VolumeCell:
    n: int = 0
    sentiment_sum: float = 0.0
    sentiment_n: int = 0
    positive: int = 0
    negative: int = 0


@dataclass
class ConversationFacts:
    conversation_id: int
    dims: Dims
    opened_at: datetime
    day: str
    handoffs: int
    responses: list[ResponseFact] = field(default_factory=list)
    resolutions: list[ResolutionFact] = field(default_factory=list)
    volume: dict[tuple[str, str], VolumeCell] = field(default_factory=dict)


def local_day(at: datetime, tz: ZoneInfo) -> str:
    return at.astimezone(tz).date().isoformat()


def derive(
    conversation_id: int,
    dims: Dims,
    events: Iterable[Event],
    policy: Policy | None,
    tz: ZoneInfo,
) -> ConversationFacts | None:
    """The facts of one conversation; None when it has no message yet."""
    ordered = sorted(events, key=lambda e: (e.at, _ORDER[e.kind]))
    messages = [e for e in ordered if e.kind in ("in", "out")]
    if not messages:
        return None
    hours = policy.hours if policy else None
    facts = ConversationFacts(
        conversation_id,
        dims,
        messages[0].at,
        local_day(messages[0].at, tz),
        sum(1 for e in ordered if e.kind == "handoff"),
    )
    waiting: ResponseFact | None = None
    episode: ResolutionFact | None = None
    replied = False
    for e in ordered:
        if e.kind == "in":
            if episode is None:
                episode = ResolutionFact(e.at, local_day(e.at, tz))
            if waiting is None:
                which = "next" if replied else "first"
                due = None
                if policy is not None:
                    minutes = policy.next_minutes if replied else policy.first_minutes
                    due = add_business_minutes(e.at, minutes, hours)
                waiting = ResponseFact(which, e.at, local_day(e.at, tz), due_at=due)
                facts.responses.append(waiting)
            cell = facts.volume.setdefault((local_day(e.at, tz), "in"), VolumeCell())
            cell.n += 1
            if e.sentiment is not None:
                cell.sentiment_sum += e.sentiment
                cell.sentiment_n += 1
                mood = label(e.sentiment)
                cell.positive += mood == "positive"
                cell.negative += mood == "negative"
        elif e.kind == "out":
            if waiting is not None:
                waiting.answered_at = e.at
                waiting.seconds = business_seconds(waiting.asked_at, e.at, hours)
                waiting.employee_id = e.employee_id
                waiting = None
            replied = True
            facts.volume.setdefault((local_day(e.at, tz), "out"), VolumeCell()).n += 1
        elif e.kind == "status":
            if e.status == "resolved":
                if waiting is not None:  # resolved without a reply: nobody waits any more
                    facts.responses.remove(waiting)
                    waiting = None
                if episode is not None:
                    episode.resolved_at = e.at
                    episode.day = local_day(e.at, tz)
                    episode.seconds = business_seconds(episode.opened_at, e.at, hours)
                    episode.resolved_by = e.employee_id
                    facts.resolutions.append(episode)
                    episode = None
            elif e.status == "open" and episode is None and e.at >= facts.opened_at:
                episode = ResolutionFact(e.at, local_day(e.at, tz))
    if episode is not None:
        facts.resolutions.append(episode)
    return facts


# -- reading histories from the raw tables ---------------------------------------------------


def _status_events(
    session: Session, workspace_id: int, ids: Sequence[int] | None
) -> dict[int, list[Event]]:
    """Status changes from the audit trail (the one record of when a conversation was resolved)."""
    q = select(AuditEvent.target_id, AuditEvent.at, AuditEvent.actor_id, AuditEvent.detail).where(
        AuditEvent.workspace_id == workspace_id,
        AuditEvent.action == "conversation_status",
        AuditEvent.target_type == "conversation",
    )
    if ids is not None:
        from app.db.bulk import member_of

        q = q.where(member_of(session, AuditEvent.target_id, [str(i) for i in ids]))
    out: dict[int, list[Event]] = defaultdict(list)
    for target, at, actor, detail in session.execute(q):
        try:
            cid = int(target)
        except (TypeError, ValueError):
            continue
        status = (detail or {}).get("status")
        if isinstance(status, str):
            out[cid].append(Event(at, "status", actor, status))
    return out


def load_histories(
    session: Session,
    workspace_id: int,
    where: ColumnElement[bool],
    *,
    ids: Sequence[int] | None = None,
    statuses: dict[int, list[Event]] | None = None,
) -> list[tuple[int, Dims, list[Event]]]:
    """Dimensions and events of the conversations ``where`` selects (a clause on Conversation)."""
    convs = session.execute(
        select(
            Conversation.id,
            Conversation.team_id,
            Conversation.brand_account_id,
            BrandAccount.network,
            Conversation.kind,
            Conversation.intent,
            Conversation.assignee_id,
        )
        .join(BrandAccount, BrandAccount.id == Conversation.brand_account_id)
        .where(Conversation.workspace_id == workspace_id, where)
    ).all()
    if not convs:
        return []
    events: dict[int, list[Event]] = defaultdict(list)
    msg_where = Message.conversation_id.in_(
        select(Conversation.id).where(Conversation.workspace_id == workspace_id, where)
    )
    for cid, direction, at, emp, sentiment in session.execute(
        select(
            Message.conversation_id,
            Message.direction,
            Message.created_at,
            Message.employee_id,
            Message.sentiment,
        ).where(msg_where)
    ):
        events[cid].append(Event(at, "in" if direction == "in" else "out", emp, None, sentiment))
    for cid, at, by in session.execute(
        select(Assignment.conversation_id, Assignment.at, Assignment.by_employee_id).where(
            and_(
                Assignment.action == "handoff",
                Assignment.conversation_id.in_(
                    select(Conversation.id).where(Conversation.workspace_id == workspace_id, where)
                ),
            )
        )
    ):
        events[cid].append(Event(at, "handoff", by))
    if statuses is None:
        statuses = _status_events(session, workspace_id, ids)
    out = []
    for cid, team, account, network, kind, intent, assignee in convs:
        dims = Dims(workspace_id, team, account, network, kind, intent, assignee)
        out.append((cid, dims, events.get(cid, []) + statuses.get(cid, [])))
    return out


def derive_all(
    session: Session,
    workspace_id: int,
    histories: Sequence[tuple[int, Dims, list[Event]]],
    tz: ZoneInfo,
) -> list[ConversationFacts]:
    policies = load_policies(session, [workspace_id]).get(workspace_id, [])
    out = []
    for cid, dims, events in histories:
        facts = derive(cid, dims, events, policy_for(policies, dims.account_id, dims.team_id), tz)
        if facts is not None:
            out.append(facts)
    return out


def report_timezone(settings: dict[str, Any] | None) -> ZoneInfo:
    """The workspace's reporting time zone: days start at local midnight there."""
    settings = settings if isinstance(settings, dict) else {}
    for name in (
        (settings.get("reports") or {}).get("timezone"),
        (settings.get("business_hours") or {}).get("timezone"),
        (settings.get("business_hours") or {}).get("tz"),
    ):
        if isinstance(name, str):
            try:
                return ZoneInfo(name)
            except (ValueError, KeyError):
                continue
    return ZoneInfo("UTC")


def now() -> datetime:
    return utcnow()
