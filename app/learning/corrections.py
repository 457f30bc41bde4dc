"""Corrections: what an employee changed about a classification, kept as a label.

Three kinds of correction reach here: an intent or mood changed by hand (`correct`), a
conversation handed to another team (`record_reroute`, called by the inbox's hand-off), and a
complaint tag added (`record_tag`, called when tags change). Each becomes one
``classification_label`` row about the conversation's newest customer message — the text the
employee was looking at when they disagreed.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.classify import Intent
from app.db import changes
from app.db.models import ClassificationLabel, Conversation, Direction, Message, Team
from app.identity.access import AccessDenied, Actor, Permission, can_read

MOODS = {"positive": 0.6, "neutral": 0.0, "negative": -0.6}
#: a tag that says "this is a complaint" whatever the words were
COMPLAINT_TAGS = frozenset({"complaint", "complaints", "queja", "reclamation", "beschwerde"})
#: what a re-route to a department says about the message's intent (the shipped rules' map)
DEPARTMENT_INTENT = {
    "support": "complaint",
    "sales": "purchase_intent",
    "product": "feature_request",
    "rnd": "bug_report",
    "pr": "crisis_signal",
    "marketing": "praise",
}


def record(
    session: Session,
    *,
    workspace_id: int,
    message_id: int,
    field: str,
    value: str,
    previous: str | None = None,
    employee_id: int | None = None,
) -> int:
    """Store one label; returns its id."""
    if field not in ("intent", "sentiment", "team"):
        raise ValueError(f"Unknown label field {field!r}.")
    row = ClassificationLabel(
        workspace_id=workspace_id,
        message_id=message_id,
        field=field,
        value=value[:60],
        previous=(previous or None) and previous[:60],
        employee_id=employee_id,
    )
    session.add(row)
    session.flush()
    return row.id


def latest_inbound(session: Session, conversation_id: int) -> Message | None:
    """The newest customer message of a conversation: what a correction is about."""
    return session.scalar(
        select(Message)
        .where(
            Message.conversation_id == conversation_id,
            Message.direction == Direction.IN.value,
        )
        .order_by(Message.created_at.desc(), Message.id.desc())
        .limit(1)
    )


def _conversation(session: Session, actor: Actor, conversation_id: int) -> Conversation:
    conv = session.get(Conversation, conversation_id)
    if conv is None or not can_read(actor, conv):
        raise AccessDenied("This conversation does not exist or is outside your scope.")
    scope = {"team_id": conv.team_id, "account_id": conv.brand_account_id}
    if not (actor.can(Permission.REPLY, **scope) or actor.can(Permission.APPROVE, **scope)):
        raise AccessDenied("You may read this conversation but not work on it.")
    return conv


def correct(
    session: Session,
    actor: Actor,
    conversation_id: int,
    *,
    intent: str | None = None,
    mood: str | None = None,
    origin: str | None = None,
) -> int:
    """An employee sets the intent and/or mood of a conversation; returns labels stored.

    The conversation's summary changes at once (the inbox shows the employee's word); the
    label teaches the workspace's model for the next similar message.
    """
    if intent is not None and intent not in {i.value for i in Intent}:
        raise ValueError(f"Unknown intent {intent!r}.")
    if mood is not None and mood not in MOODS:
        raise ValueError("A mood is positive, neutral or negative.")
    conv = _conversation(session, actor, conversation_id)
    message = latest_inbound(session, conversation_id)
    if message is None:
        raise ValueError("This conversation has no customer message to correct.")
    stored = 0
    values: dict[str, object] = {}
    if intent is not None and intent != conv.intent:
        record(session, workspace_id=conv.workspace_id, message_id=message.id, field="intent",
               value=intent, previous=conv.intent, employee_id=actor.employee_id)  # fmt: skip
        values["intent"] = intent
        stored += 1
    if mood is not None:
        before = conv.sentiment
        previous = None if before is None else mood_of(before)
        if previous != mood:
            record(session, workspace_id=conv.workspace_id, message_id=message.id,
                   field="sentiment", value=mood, previous=previous,
                   employee_id=actor.employee_id)  # fmt: skip
            values["sentiment"] = MOODS[mood]
            stored += 1
    if values:
        session.execute(
            update(Conversation).where(Conversation.id == conversation_id).values(**values)
        )
        changes.publish(session, "conversation", [conversation_id], origin)
    return stored


def mood_of(score: float) -> str:
    """The mood a score shows as (VADER's ±0.05 cut-offs, as the classifier's labels)."""
    return "positive" if score >= 0.05 else "negative" if score <= -0.05 else "neutral"


def record_reroute(session: Session, actor: Actor, conv: Conversation, team: Team) -> None:
    """A hand-off to another team: a label "this belongs to `team`" on the newest message."""
    if conv.team_id == team.id:
        return
    message = latest_inbound(session, conv.id)
    if message is None:
        return
    record(session, workspace_id=conv.workspace_id, message_id=message.id, field="team",
           value=str(team.id), previous=None if conv.team_id is None else str(conv.team_id),
           employee_id=actor.employee_id)  # fmt: skip


def record_tag(session: Session, actor: Actor, conversation_id: int, tags: list[str]) -> None:
    """Tags just added: a complaint tag is the label "complaint" for the newest message."""
    if not COMPLAINT_TAGS.intersection(tags):
        return
    conv = session.get(Conversation, conversation_id)
    message = latest_inbound(session, conversation_id)
    if conv is None or message is None or message.intent == "complaint":
        return
    record(session, workspace_id=conv.workspace_id, message_id=message.id, field="intent",
           value="complaint", previous=message.intent, employee_id=actor.employee_id)  # fmt: skip
