"""Merge two conversations of a customer into one, and split a message off into a new one.

Threading by reply chain and by customer (app.inbox.open_per_customer) is right most of the time;
these are the hand tools for the rest. Who may: whoever may *work* both conversations (reply or
approve where each lies) — the same rule on SQLite (checked here) and on PostgreSQL, where an
employee login cannot move messages itself and two checked functions (migration 0016) do it.

**Merge** moves everything of the source into the target — messages, internal notes, tags,
assignment history, outbox items, notifications — then deletes the emptied source. The target
keeps its team and holder (the source's fill in where the target has none), takes the higher
priority, stays open if either was, and gets a ``merge`` row in its history. Only conversations
of one customer with one brand account merge: a reply goes out through one account to one
person.

**Split** moves a message and its later replies — the messages below it in the reply chain
(``parent_remote_id``), the brand's answers included — into a new conversation with the same
team, holder and priority and a copy of the tags; both get a ``split`` row in their history.
Notes stay where they were written (they are about the conversation as it was). At least one
message must stay behind: splitting everything is no split.

Both write an audit event and one change event naming every conversation involved, so the
other workstations drop the merged row and show the new one.

Keep in step: a table that refers to ``conversation`` must be moved by a merge here *and* in
``sc_merge_conversations`` (migration 0016), or its rows go with the deleted source (cascade) or
lose their link (set null). On SQLite a deleted id can be given again (no AUTOINCREMENT): when
the merged source was the newest conversation, the next new one gets its id, so what the app
says in words names no ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import (
    Assignment,
    Conversation,
    ConversationStatus,
    ConversationTag,
    Direction,
    Message,
    Note,
    Notification,
    OutboxItem,
)
from app.db.types import utcnow
from app.identity import audit
from app.identity.access import AccessDenied, Actor
from app.inbox.conversations import can_work
from app.inbox.escalation import login_employee_id

SNIPPET_CHARS = 200


class MergeError(ValueError):
    """A merge or split that cannot happen; the message says why, in words."""


@dataclass(frozen=True)
class MergeResult:
    conversation_id: int
    merged_id: int
    messages: int
    notes: int
    tags: list[str]
    version: int


@dataclass(frozen=True)
class SplitResult:
    conversation_id: int
    new_conversation_id: int
    message_ids: list[int]


@dataclass(frozen=True)
class MergeChoice:
    """Another conversation of the same customer with the same account, as the dialog lists it."""

    id: int
    status: str
    kind: str
    snippet: str
    message_count: int
    last_message_at: datetime


def _lock(session: Session, actor: Actor, ids: Sequence[int]) -> dict[int, Conversation]:
    """The conversations, row-locked in id order (no deadlock between two merges), if workable."""
    session.execute(
        select(Conversation.id)
        .where(Conversation.id.in_(sorted(ids)))
        .order_by(Conversation.id)
        .with_for_update()
    )
    out: dict[int, Conversation] = {}
    for cid in ids:
        conv = session.get(Conversation, cid, populate_existing=True)
        if conv is None or not can_work(actor, conv):
            raise AccessDenied(
                "You may merge or split only conversations you may work on "
                f"(conversation {cid} is not one of them)."
            )
        out[cid] = conv
    return out


def _call(session: Session, sql: str, params: dict[str, object]) -> object:
    """A checked 0016 function on the employee's own connection; its refusals in words."""
    try:
        value = session.scalar(text(sql), params)
    except sa_exc.DBAPIError as exc:
        state = getattr(exc.orig, "sqlstate", None)
        if state == "42501":
            raise AccessDenied(
                "You may merge or split only conversations you may work on."
            ) from None
        if state == "22023":
            # the function's own words (a precondition the app has already checked)
            diag = getattr(exc.orig, "diag", None)
            raise MergeError(getattr(diag, "message_primary", None) or "Cannot merge.") from None
        raise
    session.expire_all()
    return value


def _fold(text_: str) -> str:
    return " ".join(text_.split())[:SNIPPET_CHARS]


def _resummarise(session: Session, cid: int) -> None:
    """The conversation's count, times and snippet from its messages (as the 0016 functions do)."""
    newest_in = session.scalar(
        select(Message.text)
        .where(Message.conversation_id == cid, Message.direction == Direction.IN.value)
        .order_by(Message.created_at.desc(), Message.id.desc())
        .limit(1)
    )
    values = {
        "message_count": select(func.count())
        .where(Message.conversation_id == cid)
        .scalar_subquery(),
        "last_message_at": func.coalesce(
            select(func.max(Message.created_at))
            .where(Message.conversation_id == cid)
            .scalar_subquery(),
            Conversation.last_message_at,
        ),
        "last_inbound_at": select(func.max(Message.created_at))
        .where(Message.conversation_id == cid, Message.direction == Direction.IN.value)
        .scalar_subquery(),
        "version": Conversation.version + 1,
        "updated_at": utcnow(),
    }
    if newest_in is not None:
        values["snippet"] = _fold(newest_in)
    session.execute(
        update(Conversation)
        .where(Conversation.id == cid)
        .values(**values)
        .execution_options(synchronize_session=False)
    )


def merge_choices(session: Session, actor: Actor, conversation_id: int) -> list[MergeChoice]:
    """What the shown conversation can be merged with: the customer's others with that account."""
    conv = session.get(Conversation, conversation_id)
    if conv is None or not can_work(actor, conv):
        raise AccessDenied("This conversation does not exist or is outside your scope.")
    rows = session.scalars(
        select(Conversation)
        .where(
            Conversation.customer_id == conv.customer_id,
            Conversation.brand_account_id == conv.brand_account_id,
            Conversation.id != conv.id,
        )
        .order_by(Conversation.last_message_at.desc(), Conversation.id.desc())
        .limit(200)
    ).all()
    return [
        MergeChoice(c.id, c.status, c.kind, c.snippet, c.message_count, c.last_message_at)
        for c in rows
        if can_work(actor, c)
    ]


def merge(
    session: Session,
    actor: Actor,
    source_id: int,
    into_id: int,
    *,
    origin: str | None = None,
) -> MergeResult:
    """Move everything of ``source_id`` into ``into_id`` and delete the emptied source."""
    if source_id == into_id:
        raise MergeError("A conversation cannot be merged with itself.")
    convs = _lock(session, actor, [source_id, into_id])
    src, dst = convs[source_id], convs[into_id]
    if src.customer_id != dst.customer_id or src.brand_account_id != dst.brand_account_id:
        raise MergeError(
            "Only conversations of the same customer with the same brand account can be merged."
        )
    messages = session.scalar(
        select(func.count()).select_from(Message).where(Message.conversation_id == source_id)
    )
    notes = session.scalar(
        select(func.count()).select_from(Note).where(Note.conversation_id == source_id)
    )
    tags = sorted(
        set(
            session.scalars(
                select(ConversationTag.tag).where(
                    ConversationTag.conversation_id.in_([source_id, into_id])
                )
            )
        )
    )
    note = f"Merged conversation {source_id} ({messages} messages) into this one"
    if login_employee_id(session) is not None:
        version = _call(
            session,
            "SELECT sc_merge_conversations(CAST(:src AS integer), CAST(:dst AS integer), "
            "CAST(:note AS text))",
            {"src": source_id, "dst": into_id, "note": note},
        )
    else:
        version = _merge_plain(session, actor, src, dst, note)
    audit.record(
        session,
        "conversations_merged",
        actor=actor,
        target_type="conversation",
        target_id=into_id,
        merged=source_id,
        messages=messages,
        notes=notes,
    )
    changes.publish(session, "conversation", [source_id, into_id], origin)
    return MergeResult(into_id, source_id, int(messages or 0), int(notes or 0), tags, int(version))


def _merge_plain(
    session: Session, actor: Actor, src: Conversation, dst: Conversation, note: str
) -> int:
    """The owner's connection and SQLite: the statements of ``sc_merge_conversations``."""
    sid, did = src.id, dst.id
    for table in (Message, Note, Assignment, OutboxItem, Notification):
        session.execute(
            update(table)
            .where(table.conversation_id == sid)
            .values(conversation_id=did)
            .execution_options(synchronize_session=False)
        )
    have = set(
        session.scalars(select(ConversationTag.tag).where(ConversationTag.conversation_id == did))
    )
    moved = [
        {"conversation_id": did, "tag": t}
        for t in session.scalars(
            select(ConversationTag.tag).where(ConversationTag.conversation_id == sid)
        )
        if t not in have
    ]
    if moved:
        session.execute(insert(ConversationTag), moved)
    either_open = ConversationStatus.OPEN.value in (src.status, dst.status)

    def least(a: object, b: object) -> object:
        return a if b is None else b if a is None else min(a, b)  # type: ignore[type-var]

    values = {
        "status": ConversationStatus.OPEN.value if either_open else dst.status,
        "snoozed_until": None if either_open else dst.snoozed_until,
        "priority": max(src.priority or 0, dst.priority or 0),
        "team_id": dst.team_id if dst.team_id is not None else src.team_id,
        "assignee_id": dst.assignee_id if dst.assignee_id is not None else src.assignee_id,
        "intent": dst.intent or src.intent,
        "first_response_due": least(dst.first_response_due, src.first_response_due),
        "next_response_due": least(dst.next_response_due, src.next_response_due),
        "first_responded_at": least(dst.first_responded_at, src.first_responded_at),
        "created_at": least(dst.created_at, src.created_at),
    }
    from_holder = src.assignee_id
    session.execute(
        update(Conversation)
        .where(Conversation.id == did)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    session.execute(delete(Conversation).where(Conversation.id == sid))
    session.expire_all()
    _resummarise(session, did)
    session.add(
        Assignment(
            conversation_id=did,
            from_employee_id=from_holder,
            to_employee_id=values["assignee_id"],
            to_team_id=values["team_id"],
            by_employee_id=actor.employee_id,
            action="merge",
            note=note,
            at=utcnow(),
        )
    )
    session.flush()
    return int(session.scalar(select(Conversation.version).where(Conversation.id == did)) or 0)


def split_set(session: Session, conversation_id: int, message_id: int) -> list[int]:
    """The message and its later replies in the conversation (by reply chain), in order."""
    rows = session.execute(
        select(Message.id, Message.remote_id, Message.parent_remote_id, Message.created_at)
        .where(Message.conversation_id == conversation_id)
        .order_by(Message.created_at, Message.id)
    ).all()
    by_id = {r.id: r for r in rows}
    if message_id not in by_id:
        raise MergeError("That message is not in this conversation.")
    start = by_id[message_id]
    chosen = {message_id}
    remotes = {start.remote_id} if start.remote_id else set()
    for r in rows:  # in time order, so a reply follows what it answers
        if r.id in chosen or r.created_at < start.created_at:
            continue
        if r.parent_remote_id is not None and r.parent_remote_id in remotes:
            chosen.add(r.id)
            if r.remote_id:
                remotes.add(r.remote_id)
    return [r.id for r in rows if r.id in chosen]


def split(
    session: Session,
    actor: Actor,
    conversation_id: int,
    message_id: int,
    *,
    origin: str | None = None,
) -> SplitResult:
    """Move a message and its later replies off into a new conversation."""
    conv = _lock(session, actor, [conversation_id])[conversation_id]
    ids = split_set(session, conversation_id, message_id)
    total = session.scalar(
        select(func.count()).select_from(Message).where(Message.conversation_id == conversation_id)
    )
    if len(ids) >= int(total or 0):
        raise MergeError(
            "Splitting this message would take every message of the conversation: "
            "choose a later one."
        )
    first = session.get(Message, ids[0])
    assert first is not None
    kind = "dm" if first.kind == "dm" else ("mention" if first.kind == "reply" else first.kind)
    thread = f"split:{first.remote_id or first.id}"[:300]
    note = f"Split off from conversation {conversation_id} ({len(ids)} messages)"
    if login_employee_id(session) is not None:
        new_id = _call(
            session,
            "SELECT sc_split_conversation(CAST(:conv AS integer), CAST(:msgs AS integer[]), "
            "CAST(:thread AS text), CAST(:kind AS text), CAST(:note AS text))",
            {"conv": conversation_id, "msgs": ids, "thread": thread, "kind": kind, "note": note},
        )
    else:
        new_id = _split_plain(session, actor, conv, ids, first, thread, kind, note)
    assert new_id is not None
    audit.record(
        session,
        "conversation_split",
        actor=actor,
        target_type="conversation",
        target_id=conversation_id,
        new_conversation=int(new_id),
        messages=ids,
    )
    changes.publish(session, "conversation", [conversation_id, int(new_id)], origin)
    return SplitResult(conversation_id, int(new_id), ids)


def _split_plain(
    session: Session,
    actor: Actor,
    conv: Conversation,
    ids: list[int],
    first: Message,
    thread: str,
    kind: str,
    note: str,
) -> int:
    """The owner's connection and SQLite: the statements of ``sc_split_conversation``."""
    now = utcnow()
    new = Conversation(
        workspace_id=conv.workspace_id,
        brand_account_id=conv.brand_account_id,
        customer_id=first.customer_id or conv.customer_id,
        thread_key=thread,
        kind=kind,
        snippet="",
        status=ConversationStatus.OPEN.value,
        priority=conv.priority,
        team_id=conv.team_id,
        assignee_id=conv.assignee_id,
        intent=conv.intent,
        sentiment=conv.sentiment,
        language=conv.language,
        message_count=0,
        last_message_at=conv.last_message_at,
        created_at=now,
        updated_at=now,
        version=1,
    )
    session.add(new)
    session.flush()
    new_id = new.id
    session.execute(
        update(Message)
        .where(Message.conversation_id == conv.id, Message.id.in_(ids))
        .values(conversation_id=new_id)
        .execution_options(synchronize_session=False)
    )
    tags = list(
        session.scalars(
            select(ConversationTag.tag).where(ConversationTag.conversation_id == conv.id)
        )
    )
    if tags:
        session.execute(
            insert(ConversationTag), [{"conversation_id": new_id, "tag": t} for t in tags]
        )
    _resummarise(session, conv.id)
    _resummarise(session, new_id)
    for cid, from_id in ((new_id, None), (conv.id, conv.assignee_id)):
        session.add(
            Assignment(
                conversation_id=cid,
                from_employee_id=from_id,
                to_employee_id=conv.assignee_id,
                to_team_id=conv.team_id,
                by_employee_id=actor.employee_id,
                action="split",
                note=note,
                at=now,
            )
        )
    session.flush()
    session.expire_all()
    return int(new_id)
