"""Working a conversation: claim, assign, release, status, priority, tags, notes, canned replies.

Every action takes the signed-in :class:`Actor` and checks it, changes the conversation with a
*conditional* update (so two workstations acting at once cannot both win: the second is told
who did, in words), bumps ``conversation.version``, writes the assignment history where the
owner changes, records an audit event, and publishes exactly one change event — all in the
caller's transaction (``with factory() as s, s.begin(): claim(s, actor, cid)``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, and_, column, delete, func, insert, select, table, update
from sqlalchemy.orm import Session, object_session

from app.db import changes
from app.db.models import (
    Assignment,
    BrandAccount,
    Conversation,
    ConversationStatus,
    ConversationTag,
    Customer,
    Employee,
    EmployeeTeam,
    Note,
    Team,
    Workspace,
)
from app.db.types import utcnow
from app.identity import audit
from app.identity.access import (
    AccessDenied,
    Actor,
    Permission,
    can_read,
    load_actor,
    visible_conversations,
)
from app.inbox import customers, mentions
from app.inbox.customers import CustomerNoteView, LinkedProfile
from app.notify import notifications

PRIORITIES = {0: "normal", 1: "high", 2: "urgent"}
MAX_TAG = 60
MAX_NOTE = 200_000
_MENTION = re.compile(r"(?<![\w@])@([A-Za-z0-9_.\-]{1,63})")


class ConversationConflict(Exception):
    """Someone else changed the conversation first; the message says who, in words."""


class ClaimConflict(ConversationConflict):
    def __init__(self, holder: str, at: datetime | None) -> None:
        self.holder = holder
        self.at = at
        when = f" at {at.astimezone().strftime('%H:%M')}" if at else ""
        super().__init__(f"Already claimed by {holder}{when}.")


def storable(text: str) -> str:
    """What the database can hold of a text, nothing else changed (NUL, lone surrogates → U+FFFD)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    return text.replace("\x00", "\ufffd")


# -- loading and checks -------------------------------------------------------------------------


def _load(session: Session, actor: Actor, conversation_id: int) -> Conversation:
    conv = session.get(Conversation, conversation_id, populate_existing=True)
    if conv is None or not can_read(actor, conv):
        raise AccessDenied("This conversation does not exist or is outside your scope.")
    return conv


def can_work(actor: Actor, conv: Conversation) -> bool:
    """Reply-capable (or approving) people in scope may claim, set status, tag and so on."""
    scope = {"team_id": conv.team_id, "account_id": conv.brand_account_id}
    return can_read(actor, conv) and (
        actor.can(Permission.REPLY, **scope) or actor.can(Permission.APPROVE, **scope)
    )


def can_manage(actor: Actor, conv: Conversation) -> bool:
    """Team leads (approve permission for the team or account) may take from and give to others."""
    return actor.can(Permission.APPROVE, team_id=conv.team_id) or actor.can(
        Permission.APPROVE, account_id=conv.brand_account_id
    )


def _require_work(actor: Actor, conv: Conversation) -> None:
    if not can_work(actor, conv):
        raise AccessDenied("You may read this conversation but not work on it.")


def _name(session: Session, employee_id: int | None) -> str:
    if employee_id is None:
        return "nobody"
    emp = session.get(Employee, employee_id)
    return emp.display_name if emp else "a former colleague"


def _holder_since(session: Session, conversation_id: int, employee_id: int) -> datetime | None:
    return session.scalar(
        select(Assignment.at)
        .where(
            Assignment.conversation_id == conversation_id,
            Assignment.to_employee_id == employee_id,
        )
        .order_by(Assignment.at.desc(), Assignment.id.desc())
        .limit(1)
    )


def _conditional(
    session: Session,
    conversation_id: int,
    where: Iterable[Any],
    values: dict[str, Any],
    expected_version: int | None,
) -> int | None:
    """UPDATE … WHERE <condition>, bumping the version; the new version, or None if it lost."""
    conds = [Conversation.id == conversation_id, *where]
    if expected_version is not None:
        conds.append(Conversation.version == expected_version)
    new_version = session.scalar(
        update(Conversation)
        .where(and_(*conds))
        .values(**values, version=Conversation.version + 1, updated_at=utcnow())
        .returning(Conversation.version)
        .execution_options(synchronize_session=False)
    )
    if new_version is not None:
        session.expire_all()
    return new_version


def _stale(session: Session, conversation_id: int) -> ConversationConflict:
    session.expire_all()
    conv = session.get(Conversation, conversation_id)
    who = _name(session, conv.assignee_id) if conv else "someone"
    return ConversationConflict(
        f"The conversation changed meanwhile (now held by {who}); look again and retry."
    )


def _history(
    session: Session,
    conv_id: int,
    actor: Actor,
    action: str,
    *,
    from_id: int | None,
    to_id: int | None,
    team_id: int | None = None,
    note: str | None = None,
) -> None:
    session.add(
        Assignment(
            conversation_id=conv_id,
            from_employee_id=from_id,
            to_employee_id=to_id,
            to_team_id=team_id,
            by_employee_id=actor.employee_id,
            action=action,
            note=note,
            at=utcnow(),
        )
    )


def _notify(
    session: Session, employee_ids: Iterable[int], kind: str, conversation_id: int, text: str
) -> None:
    rows = [
        {
            "employee_id": e,
            "kind": kind,
            "conversation_id": conversation_id,
            "text": storable(text)[:1000],
            "at": utcnow(),
        }
        for e in sorted(set(employee_ids))
    ]
    notifications.insert_rows(session, rows)


def _customer_label(session: Session, conv: Conversation) -> str:
    cust = session.get(Customer, conv.customer_id)
    return f"@{cust.handle}" if cust else "a customer"


# -- ownership ------------------------------------------------------------------------------------


def claim(
    session: Session,
    actor: Actor,
    conversation_id: int,
    *,
    expected_version: int | None = None,
    origin: str | None = None,
) -> int:
    """Take an unassigned conversation; exactly one of several racing claimers wins."""
    conv = _load(session, actor, conversation_id)
    _require_work(actor, conv)
    if conv.assignee_id == actor.employee_id:
        return conv.version
    version = _conditional(
        session,
        conversation_id,
        [Conversation.assignee_id.is_(None)],
        {"assignee_id": actor.employee_id},
        expected_version,
    )
    if version is None:
        session.expire_all()
        current = session.get(Conversation, conversation_id)
        holder = current.assignee_id if current else None
        if holder is None:
            raise _stale(session, conversation_id)
        raise ClaimConflict(_name(session, holder), _holder_since(session, conversation_id, holder))
    _history(session, conversation_id, actor, "claim", from_id=None, to_id=actor.employee_id)
    audit.record(
        session,
        "conversation_claimed",
        actor=actor,
        target_type="conversation",
        target_id=conversation_id,
    )
    changes.publish(session, "conversation", [conversation_id], origin)
    return version


def assign(
    session: Session,
    actor: Actor,
    conversation_id: int,
    *,
    employee_id: int | None = None,
    team_id: int | None = None,
    note: str | None = None,
    expected_version: int | None = None,
    origin: str | None = None,
) -> int:
    """Give the conversation to a person, to a team (hand-off: the team's queue), or both.

    A change of team is a hand-off and goes the one way a conversation leaves a team
    (:func:`app.inbox.escalation.move_to_team`): on PostgreSQL an agent cannot move it out
    of their own scope with a plain update.
    """
    if employee_id is None and team_id is None:
        raise ValueError("Choose a person or a team to assign to.")
    if team_id is not None:
        from app.inbox import escalation

        conv = escalation.lock_conversation(session, actor, conversation_id)
    else:
        conv = _load(session, actor, conversation_id)
    _require_work(actor, conv)
    current = conv.assignee_id
    if current not in (None, actor.employee_id) and not can_manage(actor, conv):
        raise AccessDenied(
            f"{_name(session, current)} holds this conversation; only a team lead can reassign it."
        )
    values: dict[str, Any] = {}
    target: Employee | None = None
    if employee_id is not None:
        target = session.get(Employee, employee_id)
        if target is None or target.workspace_id != actor.workspace_id or not target.active:
            raise ValueError("That colleague cannot be assigned (unknown or deactivated).")
        values["assignee_id"] = employee_id
    if team_id is not None:
        team = session.get(Team, team_id)
        if team is None or team.workspace_id != actor.workspace_id:
            raise ValueError("That team does not exist.")
        if team_id != conv.team_id:
            return _move_to_team(
                session, actor, conv, team, employee_id, note, expected_version, origin
            )
        values["team_id"] = team_id
        if employee_id is None:
            values["assignee_id"] = None
    if all(getattr(conv, k) == v for k, v in values.items()):
        return conv.version
    cond = (
        Conversation.assignee_id.is_(None)
        if current is None
        else Conversation.assignee_id == current
    )
    version = _conditional(session, conversation_id, [cond], values, expected_version)
    if version is None:
        raise _stale(session, conversation_id)
    new_owner = values.get("assignee_id", current)
    action = "assign" if current is None else ("handoff" if team_id is not None else "reassign")
    clean_note = storable(note)[:2000] if note else None
    _history(
        session,
        conversation_id,
        actor,
        action,
        from_id=current,
        to_id=new_owner,
        team_id=team_id,
        note=clean_note,
    )
    if new_owner is not None and new_owner != actor.employee_id:
        _notify(
            session,
            [new_owner],
            "assignment",
            conversation_id,
            f"{actor.display_name} assigned you the conversation with "
            f"{_customer_label(session, conv)}.",
        )
    audit.record(
        session,
        "conversation_assigned",
        actor=actor,
        target_type="conversation",
        target_id=conversation_id,
        from_employee=current,
        to_employee=new_owner,
        to_team=team_id,
    )
    changes.publish(session, "conversation", [conversation_id], origin)
    return version


def _move_to_team(
    session: Session,
    actor: Actor,
    conv: Conversation,
    team: Team,
    employee_id: int | None,
    note: str | None,
    expected_version: int | None,
    origin: str | None,
) -> int:
    """ "Assign…" to another team (and maybe a person in it): a hand-off; the new version."""
    from app.inbox import escalation

    if expected_version is not None and conv.version != expected_version:
        raise _stale(session, conv.id)
    if employee_id is not None and employee_id != actor.employee_id:
        member = session.scalar(
            select(EmployeeTeam.employee_id).where(
                EmployeeTeam.employee_id == employee_id, EmployeeTeam.team_id == team.id
            )
        )
        if member is None:
            raise ValueError(f"{_name(session, employee_id)} is not a member of {team.name}.")
    clean_note = storable(note).strip()[:2000] if note and note.strip() else None
    # the customer is out of the sender's sight once the conversation has moved
    label = _customer_label(session, conv)
    result = escalation.move_to_team(
        session,
        actor,
        conv,
        team,
        note=clean_note,
        to_employee=employee_id,
        kind="assign",
        origin=origin,
    )
    if employee_id is not None and employee_id != actor.employee_id:
        _notify(
            session,
            [employee_id],
            "assignment",
            result.conversation_id,
            f"{actor.display_name} assigned you the conversation with {label}.",
        )
    return result.version


def release(
    session: Session,
    actor: Actor,
    conversation_id: int,
    *,
    expected_version: int | None = None,
    origin: str | None = None,
) -> int:
    """Give a conversation back to its team's queue."""
    conv = _load(session, actor, conversation_id)
    current = conv.assignee_id
    if current is None:
        return conv.version
    if current != actor.employee_id and not can_manage(actor, conv):
        raise AccessDenied(
            f"{_name(session, current)} holds this conversation; only they or a team lead can "
            "release it."
        )
    version = _conditional(
        session,
        conversation_id,
        [Conversation.assignee_id == current],
        {"assignee_id": None},
        expected_version,
    )
    if version is None:
        raise _stale(session, conversation_id)
    _history(session, conversation_id, actor, "release", from_id=current, to_id=None)
    audit.record(
        session,
        "conversation_released",
        actor=actor,
        target_type="conversation",
        target_id=conversation_id,
    )
    changes.publish(session, "conversation", [conversation_id], origin)
    return version


# -- status, priority, tags -----------------------------------------------------------------------


def set_status(
    session: Session,
    actor: Actor,
    conversation_id: int,
    status: str,
    *,
    snoozed_until: datetime | None = None,
    expected_version: int | None = None,
    origin: str | None = None,
) -> int:
    """Open, pending (waiting for the customer), snoozed until a time, or resolved."""
    try:
        new = ConversationStatus(status)
    except ValueError:
        raise ValueError(f"Unknown status {status!r}.") from None
    if new == ConversationStatus.SNOOZED:
        if snoozed_until is None or snoozed_until <= utcnow():
            raise ValueError("Snooze needs a time in the future.")
    else:
        snoozed_until = None
    conv = _load(session, actor, conversation_id)
    _require_work(actor, conv)
    if conv.status == new.value and conv.snoozed_until == snoozed_until:
        return conv.version
    version = _conditional(
        session,
        conversation_id,
        [],
        {"status": new.value, "snoozed_until": snoozed_until},
        expected_version,
    )
    if version is None:
        raise _stale(session, conversation_id)
    audit.record(
        session,
        "conversation_status",
        actor=actor,
        target_type="conversation",
        target_id=conversation_id,
        status=new.value,
        before=conv.status,
    )
    changes.publish(session, "conversation", [conversation_id], origin)
    return version


def set_priority(
    session: Session,
    actor: Actor,
    conversation_id: int,
    priority: int,
    *,
    expected_version: int | None = None,
    origin: str | None = None,
) -> int:
    if priority not in PRIORITIES:
        raise ValueError("Priority is 0 (normal), 1 (high) or 2 (urgent).")
    conv = _load(session, actor, conversation_id)
    _require_work(actor, conv)
    if conv.priority == priority:
        return conv.version
    version = _conditional(session, conversation_id, [], {"priority": priority}, expected_version)
    if version is None:
        raise _stale(session, conversation_id)
    audit.record(
        session,
        "conversation_priority",
        actor=actor,
        target_type="conversation",
        target_id=conversation_id,
        priority=priority,
    )
    changes.publish(session, "conversation", [conversation_id], origin)
    return version


def normalise_tag(tag: str) -> str:
    clean = " ".join(storable(tag).split()).lower()
    if not clean:
        raise ValueError("A tag cannot be empty.")
    if len(clean) > MAX_TAG:
        raise ValueError(f"A tag has at most {MAX_TAG} characters.")
    return clean


def tags_of(session: Session, conversation_id: int) -> list[str]:
    return list(
        session.scalars(
            select(ConversationTag.tag)
            .where(ConversationTag.conversation_id == conversation_id)
            .order_by(ConversationTag.tag)
        )
    )


def set_tags(
    session: Session,
    actor: Actor,
    conversation_id: int,
    *,
    add: Sequence[str] = (),
    remove: Sequence[str] = (),
    origin: str | None = None,
) -> list[str]:
    """Add and remove tags in one change; returns the tags now on the conversation."""
    conv = _load(session, actor, conversation_id)
    _require_work(actor, conv)
    to_add = {normalise_tag(t) for t in add}
    to_remove = {normalise_tag(t) for t in remove} - to_add
    have = set(tags_of(session, conversation_id))
    new = sorted(to_add - have)
    gone = sorted(to_remove & have)
    if not new and not gone:
        return sorted(have)
    if new:
        session.execute(
            insert(ConversationTag), [{"conversation_id": conversation_id, "tag": t} for t in new]
        )
        from app.learning import corrections  # a complaint tag teaches the learned model

        corrections.record_tag(session, actor, conversation_id, new)
    if gone:
        session.execute(
            delete(ConversationTag).where(
                ConversationTag.conversation_id == conversation_id, ConversationTag.tag.in_(gone)
            )
        )
    _conditional(session, conversation_id, [], {}, None)
    audit.record(
        session,
        "conversation_tags",
        actor=actor,
        target_type="conversation",
        target_id=conversation_id,
        added=new,
        removed=gone,
    )
    changes.publish(session, "conversation", [conversation_id], origin)
    return sorted((have | set(new)) - set(gone))


def known_tags(session: Session, actor: Actor, limit: int = 200) -> list[str]:
    """Tags in use in the workspace, most used first (for the filter bar and tag editor)."""
    return list(
        session.scalars(
            select(ConversationTag.tag)
            .join(Conversation, Conversation.id == ConversationTag.conversation_id)
            .where(Conversation.workspace_id == actor.workspace_id)
            .group_by(ConversationTag.tag)
            .order_by(func.count().desc(), ConversationTag.tag)
            .limit(limit)
        )
    )


# -- notes ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NoteView:
    id: int
    author: str
    text: str
    created_at: datetime
    mentions: tuple[str, ...] = ()


@dataclass
class NoteResult:
    note_id: int
    notified: list[str] = field(default_factory=list)
    #: mentioned colleagues who cannot see this conversation (not notified; the UI says so)
    not_notified: list[str] = field(default_factory=list)
    #: @names that are no colleague and no team (the UI flags them before sending, too)
    unknown: list[str] = field(default_factory=list)


def mentioned_usernames(text: str) -> list[str]:
    out: list[str] = []
    for m in _MENTION.finditer(text):
        name = m.group(1).rstrip(".-").lower()
        if name and name not in out:
            out.append(name)
    return out


def add_note(
    session: Session, actor: Actor, conversation_id: int, text: str, *, origin: str | None = None
) -> NoteResult:
    """An internal note; each @username mentioned (who can see the conversation) is notified."""
    conv = _load(session, actor, conversation_id)
    body = storable(text)
    if not body.strip():
        raise ValueError("A note cannot be empty.")
    if len(body) > MAX_NOTE:
        raise ValueError(f"A note has at most {MAX_NOTE:,} characters.")
    names = mentioned_usernames(body)
    people: list[Employee] = []
    unknown: list[str] = []
    if names:
        people = list(
            session.scalars(
                select(Employee).where(
                    Employee.workspace_id == actor.workspace_id,
                    func.lower(Employee.username).in_(names),
                    Employee.active.is_(True),
                )
            )
        )
        # @customer-service: the team's active members
        found = {p.username.lower() for p in people}
        teams = {
            mentions.team_handle(t.name): t.id
            for t in session.scalars(select(Team).where(Team.workspace_id == actor.workspace_id))
        }
        team_ids = [teams[n] for n in names if n in teams and n not in found]
        if team_ids:
            seen = {p.id for p in people}
            for member in session.scalars(
                select(Employee)
                .join(EmployeeTeam, EmployeeTeam.employee_id == Employee.id)
                .where(EmployeeTeam.team_id.in_(team_ids), Employee.active.is_(True))
                .order_by(Employee.id)
            ):
                if member.id not in seen:
                    seen.add(member.id)
                    people.append(member)
        unknown = [n for n in names if n not in found and n not in teams]
    note = Note(
        conversation_id=conversation_id,
        author_id=actor.employee_id,
        text=body,
        mentions=[p.username for p in people],
        created_at=utcnow(),
    )
    session.add(note)
    session.flush()
    result = NoteResult(note.id, unknown=unknown)
    reachable: list[int] = []
    for p in people:
        if p.id == actor.employee_id:
            continue
        try:
            other = load_actor(session, p.id)
        except AccessDenied:
            continue
        if can_read(other, conv):
            reachable.append(p.id)
            result.notified.append(p.display_name)
        else:
            result.not_notified.append(p.display_name)
    _notify(
        session,
        reachable,
        "mention",
        conversation_id,
        f"{actor.display_name} mentioned you in a note on {_customer_label(session, conv)}: "
        + " ".join(body.split())[:200],
    )
    _conditional(session, conversation_id, [], {}, None)
    audit.record(
        session,
        "note_added",
        actor=actor,
        target_type="conversation",
        target_id=conversation_id,
        note_id=note.id,
        mentions=note.mentions,
    )
    changes.publish(session, "conversation", [conversation_id], origin)
    return result


def notes(session: Session, actor: Actor, conversation_id: int) -> list[NoteView]:
    _load(session, actor, conversation_id)
    rows = session.execute(
        select(Note, Employee.display_name)
        .outerjoin(Employee, Employee.id == Note.author_id)
        .where(Note.conversation_id == conversation_id)
        .order_by(Note.created_at, Note.id)
    ).all()
    return [
        NoteView(n.id, name or "a former colleague", n.text, n.created_at, tuple(n.mentions or ()))
        for n, name in rows
    ]


# -- history, people, customer --------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    action: str
    by: str
    to: str
    team: str
    note: str | None


def assignment_history(session: Session, actor: Actor, conversation_id: int) -> list[HistoryEntry]:
    _load(session, actor, conversation_id)
    rows = session.scalars(
        select(Assignment)
        .where(Assignment.conversation_id == conversation_id)
        .order_by(Assignment.at, Assignment.id)
    ).all()
    names = dict(session.execute(select(Employee.id, Employee.display_name)).all())
    teams = dict(session.execute(select(Team.id, Team.name)).all())
    return [
        HistoryEntry(
            a.at,
            a.action,
            names.get(a.by_employee_id or -1, "system"),
            names.get(a.to_employee_id or -1, ""),
            teams.get(a.to_team_id or -1, ""),
            a.note,
        )
        for a in rows
    ]


@dataclass(frozen=True)
class Colleague:
    id: int
    username: str
    display_name: str
    team_ids: tuple[int, ...]


@dataclass(frozen=True)
class TeamChoice:
    id: int
    name: str


def assignees(session: Session, actor: Actor) -> tuple[list[Colleague], list[TeamChoice]]:
    """Who and which teams an actor can pick in "Assign…" (active colleagues, all teams)."""
    teams_of: dict[int, list[int]] = {}
    for emp_id, team_id in session.execute(select(EmployeeTeam.employee_id, EmployeeTeam.team_id)):
        teams_of.setdefault(emp_id, []).append(team_id)
    people = [
        Colleague(e.id, e.username, e.display_name, tuple(sorted(teams_of.get(e.id, []))))
        for e in session.scalars(
            select(Employee)
            .where(Employee.workspace_id == actor.workspace_id, Employee.active.is_(True))
            .order_by(Employee.display_name)
        )
    ]
    teams = [
        TeamChoice(t.id, t.name)
        for t in session.scalars(
            select(Team).where(Team.workspace_id == actor.workspace_id).order_by(Team.name)
        )
    ]
    return people, teams


@dataclass(frozen=True)
class PastConversation:
    id: int
    network: str
    account: str
    status: str
    snippet: str
    last_message_at: datetime
    message_count: int
    #: whose record it is (handle on network): the person's linked records show too
    customer: str = ""


@dataclass(frozen=True)
class CustomerPanel:
    customer_id: int
    network: str
    handle: str
    display_name: str
    followers: int | None
    vip: bool
    first_seen_at: datetime
    #: only for those allowed to see contact details; otherwise empty
    contact: dict[str, Any]
    conversations: list[PastConversation]
    tags: list[str]
    avatar_url: str | None = None
    #: the person's other records, on this or other networks (linked by hand)
    linked: list[LinkedProfile] = field(default_factory=list)
    #: what colleagues wrote about the person, newest first
    notes: list[CustomerNoteView] = field(default_factory=list)
    #: whether the actor may write notes and link records (works one of their conversations)
    can_work: bool = False
    #: how many conversations of the person the actor may see (``conversations`` holds the newest)
    conversation_total: int = 0


_CUSTOMER_CONTACT = table("customer_contact", column("id"), column("contact", JSON()))


def _contact(session: Session, customer_id: int) -> dict[str, Any]:
    """Contact details through the ``customer_contact`` view (migration 0003): on PostgreSQL
    an employee login has no privilege on the column itself, and the view applies the
    see-contact-details rule for the conversations they can read."""
    value = session.scalar(
        select(_CUSTOMER_CONTACT.c.contact).where(_CUSTOMER_CONTACT.c.id == customer_id)
    )
    return dict(value or {})


def customer_panel(
    session: Session, actor: Actor, conversation_id: int, limit: int = 50
) -> CustomerPanel:
    """The customer of a conversation as a person: their records linked across networks, notes
    about them, and the conversations of all those records with any brand account."""
    conv = _load(session, actor, conversation_id)
    cust = session.get(Customer, conv.customer_id)
    assert cust is not None
    person = customers.person_of(session, actor, cust.id)
    rows = session.execute(
        select(
            Conversation.id,
            BrandAccount.network,
            BrandAccount.handle,
            Conversation.status,
            Conversation.snippet,
            Conversation.last_message_at,
            Conversation.message_count,
            Customer.network + ":" + Customer.handle,
        )
        .join(BrandAccount, BrandAccount.id == Conversation.brand_account_id)
        .join(Customer, Customer.id == Conversation.customer_id)
        .where(Conversation.customer_id.in_(person), visible_conversations(actor))
        .order_by(Conversation.last_message_at.desc(), Conversation.id.desc())
        .limit(limit)
    ).all()
    total = len(rows)
    if total == limit:  # more than shown: say how many there are
        total = int(
            session.scalar(
                select(func.count())
                .select_from(Conversation)
                .where(Conversation.customer_id.in_(person), visible_conversations(actor))
            )
            or 0
        )
    return CustomerPanel(
        customer_id=cust.id,
        network=cust.network,
        handle=cust.handle,
        display_name=cust.display_name,
        followers=cust.followers,
        vip=cust.vip,
        first_seen_at=cust.first_seen_at,
        contact=_contact(session, cust.id)
        if actor.can_somewhere(Permission.SEE_CONTACT_DETAILS)
        else {},
        conversations=[PastConversation(*r) for r in rows],
        tags=tags_of(session, conversation_id),
        avatar_url=cust.avatar_url,
        linked=customers.profiles(session, person[1:]),
        notes=customers.notes_about(session, person),
        can_work=bool(customers.workable_customers(session, actor, [cust.id])),
        conversation_total=total,
    )


# -- the owner policy -----------------------------------------------------------------------------


def reply_refusal(actor: Actor, conversation: Conversation) -> str | None:
    """Why the actor may not reply to this conversation, in words; None if they may."""
    if not can_read(actor, conversation):
        return "This conversation is outside your scope."
    if not actor.can(
        Permission.REPLY, team_id=conversation.team_id, account_id=conversation.brand_account_id
    ):
        return "You do not have the permission to reply here."
    session = object_session(conversation)
    settings: dict[str, Any] = {}
    if session is not None:
        ws = session.get(Workspace, conversation.workspace_id)
        settings = dict(ws.settings or {}) if ws else {}
    if settings.get("owner_only_reply") and conversation.assignee_id != actor.employee_id:
        if conversation.assignee_id is None:
            return "Only the owner may reply in this workspace: claim the conversation first."
        holder = _name(session, conversation.assignee_id) if session else "its owner"
        return f"Only {holder}, who owns this conversation, may reply (workspace policy)."
    return None


def may_reply(actor: Actor, conversation: Conversation) -> bool:
    """The publishing check: scope, the reply permission, and the workspace owner policy."""
    return reply_refusal(actor, conversation) is None


def set_owner_only_reply(
    session: Session, actor: Actor, enabled: bool, *, origin: str | None = None
) -> None:
    """Turn the owner-only rule on or off (admin panel, ``admin reply-policy``).

    A workspace setting: PostgreSQL lets those who manage routing change it (IT), so the
    service asks the same; a team lead asks IT.
    """
    if not actor.can(Permission.MANAGE_ROUTING):
        raise AccessDenied("Only IT (manage routing) can change who may reply.")
    ws = session.get(Workspace, actor.workspace_id)
    assert ws is not None
    ws.settings = {**(ws.settings or {}), "owner_only_reply": bool(enabled)}
    if actor.employee_id > 0:
        audit.record(session, "owner_only_reply", actor=actor, enabled=bool(enabled))
    else:  # the command line with the owner's rights
        audit.record(
            session,
            "owner_only_reply",
            workspace_id=actor.workspace_id,
            actor_name=actor.username,
            enabled=bool(enabled),
        )
    changes.publish(session, "workspace", [ws.id], origin)


# -- snoozes --------------------------------------------------------------------------------------


def wake_snoozed(
    session: Session, *, now: datetime | None = None, origin: str | None = None
) -> list[int]:
    """Reopen conversations whose snooze has run out (any workstation may run this)."""
    now = now or utcnow()
    ids = list(
        session.scalars(
            update(Conversation)
            .where(
                Conversation.status == ConversationStatus.SNOOZED.value,
                Conversation.snoozed_until <= now,
            )
            .values(
                status=ConversationStatus.OPEN.value,
                snoozed_until=None,
                version=Conversation.version + 1,
            )
            .returning(Conversation.id)
            .execution_options(synchronize_session=False)
        )
    )
    if ids:
        changes.publish(session, "conversation", ids, origin)
    return ids
