"""The customer as a person: records linked across networks, notes about them, their history.

A customer record is one account on one network. The same person often writes from several
(@ana on Mastodon, ana.bsky.social on Bluesky); an agent links the records, and the customer
panel then shows every linked handle and the conversations of all of them. Links are edges
(``customer_link``); a person is the connected set of records the actor may see. Walking only
through records the actor may see keeps the answer the same on SQLite (checked here) and on
PostgreSQL (where row-level security hides the edges and records outside one's scope anyway).

Who may see a customer: whoever may read one of their conversations. Who may link, unlink and
write notes about them: whoever may *work* one of their conversations (reply or approve there);
linking needs that on both records. Every change is audited and published on the change feed
(topic ``customer``, and ``conversation`` for their visible conversations, so open panels on
other workstations reload).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import Conversation, Customer, CustomerLink, CustomerNote, Employee
from app.db.types import utcnow
from app.identity import audit
from app.identity.access import AccessDenied, Actor, Permission, visible_conversations

MAX_NOTE = 20_000
#: how far a person's records are followed (a person with more linked records than this is rare
#: and the panel stays quick)
MAX_RECORDS = 50


def _storable(text: str) -> str:
    """What the database can hold of a text, nothing else changed (NUL, lone surrogates: U+FFFD).

    The same rule as ``conversations.storable``, which this module cannot import (that module
    imports this one for the customer panel)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    return text.replace("\x00", "\ufffd")


# -- who may see and work a customer -------------------------------------------------------------


def visible_customers(session: Session, actor: Actor, customer_ids: Iterable[int]) -> set[int]:
    """The customers among ``customer_ids`` of whom the actor may read a conversation."""
    ids = sorted(set(customer_ids))
    if not ids:
        return set()
    return set(
        session.scalars(
            select(Conversation.customer_id)
            .where(Conversation.customer_id.in_(ids), visible_conversations(actor))
            .distinct()
        )
    )


def workable_customers(session: Session, actor: Actor, customer_ids: Iterable[int]) -> set[int]:
    """The customers among ``customer_ids`` with a conversation the actor may work."""
    ids = sorted(set(customer_ids))
    if not ids:
        return set()
    rows = session.execute(
        select(Conversation.customer_id, Conversation.team_id, Conversation.brand_account_id)
        .where(Conversation.customer_id.in_(ids), visible_conversations(actor))
        .distinct()
    )
    out: set[int] = set()
    for cust, team, account in rows:
        if actor.can(Permission.REPLY, team_id=team, account_id=account) or actor.can(
            Permission.APPROVE, team_id=team, account_id=account
        ):
            out.add(cust)
    return out


def _require_visible(session: Session, actor: Actor, customer_id: int) -> Customer:
    cust = session.get(Customer, customer_id)
    if (
        cust is None
        or cust.workspace_id != actor.workspace_id
        or customer_id not in visible_customers(session, actor, [customer_id])
    ):
        raise AccessDenied("This customer does not exist or is outside your scope.")
    return cust


def _require_workable(session: Session, actor: Actor, customer_id: int) -> Customer:
    cust = _require_visible(session, actor, customer_id)
    if customer_id not in workable_customers(session, actor, [customer_id]):
        raise AccessDenied(f"You may see @{cust.handle} but not work on their conversations.")
    return cust


def _publish(
    session: Session, actor: Actor, customer_ids: Sequence[int], origin: str | None
) -> None:
    changes.publish(session, "customer", customer_ids, origin)
    convs = list(
        session.scalars(
            select(Conversation.id)
            .where(Conversation.customer_id.in_(sorted(customer_ids)), visible_conversations(actor))
            .order_by(Conversation.last_message_at.desc())
            .limit(500)
        )
    )
    if convs:
        changes.publish(session, "conversation", convs, origin)


# -- one person, several records -----------------------------------------------------------------


def person_of(session: Session, actor: Actor, customer_id: int) -> list[int]:
    """The customer's records that are one person (itself first), as far as the actor may see."""
    person = [customer_id]
    seen = {customer_id}
    frontier = [customer_id]
    while frontier and len(person) < MAX_RECORDS:
        rows = session.execute(
            select(CustomerLink.customer_id, CustomerLink.linked_customer_id).where(
                or_(
                    CustomerLink.customer_id.in_(frontier),
                    CustomerLink.linked_customer_id.in_(frontier),
                )
            )
        ).all()
        found = {c for pair in rows for c in pair} - seen
        found = visible_customers(session, actor, found)
        frontier = sorted(found)[: MAX_RECORDS - len(person)]
        seen.update(frontier)
        person.extend(frontier)
    return person


@dataclass(frozen=True)
class LinkedProfile:
    customer_id: int
    network: str
    handle: str
    display_name: str
    avatar_url: str | None


def profiles(session: Session, customer_ids: Sequence[int]) -> list[LinkedProfile]:
    rows = {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(customer_ids)))}
    return [
        LinkedProfile(c.id, c.network, c.handle, c.display_name, c.avatar_url)
        for c in (rows.get(i) for i in customer_ids)
        if c is not None
    ]


def link(
    session: Session, actor: Actor, customer_id: int, other_id: int, *, origin: str | None = None
) -> bool:
    """Say two records are one person; False if they already were (nothing written)."""
    if customer_id == other_id:
        raise ValueError("A customer record cannot be linked to itself.")
    a = _require_workable(session, actor, customer_id)
    b = _require_workable(session, actor, other_id)
    if other_id in person_of(session, actor, customer_id):
        return False
    lo, hi = sorted((customer_id, other_id))
    session.execute(
        insert(CustomerLink),
        [
            {
                "workspace_id": actor.workspace_id,
                "customer_id": lo,
                "linked_customer_id": hi,
                "linked_by_id": actor.employee_id,
                "linked_at": utcnow(),
            }
        ],
    )
    audit.record(
        session,
        "customers_linked",
        actor=actor,
        target_type="customer",
        target_id=customer_id,
        other=other_id,
        handles=[f"{a.network}:{a.handle}", f"{b.network}:{b.handle}"],
    )
    _publish(session, actor, [customer_id, other_id], origin)
    return True


def unlink(
    session: Session, actor: Actor, customer_id: int, other_id: int, *, origin: str | None = None
) -> int:
    """Take ``other_id`` out of ``customer_id``'s person: the direct link between the two goes;
    how many links were removed (0 when they were linked only through a third record)."""
    _require_workable(session, actor, customer_id)
    _require_workable(session, actor, other_id)
    lo, hi = sorted((customer_id, other_id))
    gone = session.execute(
        delete(CustomerLink).where(
            CustomerLink.customer_id == lo, CustomerLink.linked_customer_id == hi
        )
    ).rowcount
    if gone:
        audit.record(
            session,
            "customers_unlinked",
            actor=actor,
            target_type="customer",
            target_id=customer_id,
            other=other_id,
        )
        _publish(session, actor, [customer_id, other_id], origin)
    return int(gone or 0)


@dataclass(frozen=True)
class CustomerChoice:
    customer_id: int
    network: str
    handle: str
    display_name: str


def link_candidates(
    session: Session, actor: Actor, customer_id: int, query: str, limit: int = 30
) -> list[CustomerChoice]:
    """Other customer records the actor may work, by handle or name, not already this person."""
    _require_visible(session, actor, customer_id)
    text = " ".join(query.split()).lower()
    if not text:
        return []
    like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    already = set(person_of(session, actor, customer_id))
    rows = session.scalars(
        select(Customer)
        .where(
            Customer.workspace_id == actor.workspace_id,
            or_(
                func.lower(Customer.handle).like(like, escape="\\"),
                func.lower(Customer.display_name).like(like, escape="\\"),
            ),
            Customer.id.in_(select(Conversation.customer_id).where(visible_conversations(actor))),
        )
        .order_by(Customer.handle)
        .limit(limit + len(already))
    ).all()
    ok = workable_customers(session, actor, [c.id for c in rows])
    return [
        CustomerChoice(c.id, c.network, c.handle, c.display_name)
        for c in rows
        if c.id not in already and c.id in ok
    ][:limit]


# -- notes about the customer --------------------------------------------------------------------


@dataclass(frozen=True)
class CustomerNoteView:
    id: int
    customer_id: int
    author: str
    text: str
    created_at: datetime
    updated_at: datetime | None
    updated_by: str | None


def _clean_note(text: str) -> str:
    body = _storable(text).strip()
    if not body:
        raise ValueError("A note about the customer cannot be empty.")
    if len(body) > MAX_NOTE:
        raise ValueError(f"A note about the customer has at most {MAX_NOTE:,} characters.")
    return body


def add_note(
    session: Session, actor: Actor, customer_id: int, text: str, *, origin: str | None = None
) -> int:
    body = _clean_note(text)
    _require_workable(session, actor, customer_id)
    note_id = session.scalar(
        insert(CustomerNote)
        .values(
            workspace_id=actor.workspace_id,
            customer_id=customer_id,
            author_id=actor.employee_id,
            text=body,
            created_at=utcnow(),
        )
        .returning(CustomerNote.id)
    )
    assert note_id is not None
    audit.record(
        session,
        "customer_note_added",
        actor=actor,
        target_type="customer",
        target_id=customer_id,
        note_id=note_id,
    )
    _publish(session, actor, [customer_id], origin)
    return int(note_id)


def edit_note(
    session: Session, actor: Actor, note_id: int, text: str, *, origin: str | None = None
) -> None:
    """Any colleague who may work the customer may correct a note; who did is kept."""
    body = _clean_note(text)
    note = session.get(CustomerNote, note_id)
    if note is None or note.workspace_id != actor.workspace_id:
        raise AccessDenied("This note does not exist or is outside your scope.")
    _require_workable(session, actor, note.customer_id)
    customer_id = note.customer_id
    before = len(note.text)
    session.execute(
        update(CustomerNote)
        .where(CustomerNote.id == note_id)
        .values(text=body, updated_at=utcnow(), updated_by_id=actor.employee_id)
        .execution_options(synchronize_session=False)
    )
    session.expire_all()
    audit.record(
        session,
        "customer_note_edited",
        actor=actor,
        target_type="customer",
        target_id=customer_id,
        note_id=note_id,
        chars_before=before,
        chars_after=len(body),
    )
    _publish(session, actor, [customer_id], origin)


def notes_about(session: Session, customer_ids: Sequence[int]) -> list[CustomerNoteView]:
    """Notes about these records, newest first (the caller has checked who may see them)."""
    if not customer_ids:
        return []
    names = dict(session.execute(select(Employee.id, Employee.display_name)).all())
    rows = session.scalars(
        select(CustomerNote)
        .where(CustomerNote.customer_id.in_(sorted(customer_ids)))
        .order_by(CustomerNote.created_at.desc(), CustomerNote.id.desc())
    )
    return [
        CustomerNoteView(
            n.id,
            n.customer_id,
            names.get(n.author_id or -1, "a former colleague"),
            n.text,
            n.created_at,
            n.updated_at,
            names.get(n.updated_by_id or -1) if n.updated_by_id else None,
        )
        for n in rows
    ]
