"""Reading the shared inbox: pages of conversation ids, rows for those ids, and threads.

The inbox model holds ids only and asks for rows when they are displayed, so a view over a
million conversations costs a page of ids. Every query goes through the actor's scope
(:func:`app.services.access.visible_conversations`); on PostgreSQL, row-level security applies
the same rule again.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session, aliased

from app.db.models import (
    BrandAccount,
    Conversation,
    Customer,
    Employee,
    Message,
    Team,
)
from app.services.access import AccessDenied, Actor, can_read, visible_conversations


class View(enum.StrEnum):
    MINE = "mine"
    TEAMS = "teams"
    UNASSIGNED = "unassigned"
    ALL = "all"

    @property
    def title(self) -> str:
        return {
            "mine": "My queue",
            "teams": "My teams",
            "unassigned": "Unassigned",
            "all": "All I can see",
        }[self.value]


@dataclass(frozen=True)
class InboxFilter:
    view: View = View.ALL
    statuses: tuple[str, ...] = ()
    network: str | None = None
    account_id: int | None = None
    kind: str | None = None


@dataclass(frozen=True)
class PageKey:
    """Keyset position: the last row of the previous page (newest first)."""

    last_message_at: datetime
    id: int


@dataclass(frozen=True)
class InboxRow:
    id: int
    network: str
    account: str
    customer: str
    customer_handle: str
    snippet: str
    team: str
    assignee: str
    assignee_id: int | None
    status: str
    kind: str
    priority: int
    sentiment: float | None
    intent: str | None
    last_message_at: datetime
    message_count: int


def _scoped(actor: Actor, flt: InboxFilter) -> Select[tuple[int, datetime]]:
    q = select(Conversation.id, Conversation.last_message_at).where(visible_conversations(actor))
    if flt.view == View.MINE:
        q = q.where(Conversation.assignee_id == actor.employee_id)
    elif flt.view == View.TEAMS:
        q = q.where(Conversation.team_id.in_(sorted(actor.team_ids) or [-1]))
    elif flt.view == View.UNASSIGNED:
        q = q.where(Conversation.assignee_id.is_(None))
    if flt.statuses:
        q = q.where(Conversation.status.in_(flt.statuses))
    if flt.account_id is not None:
        q = q.where(Conversation.brand_account_id == flt.account_id)
    if flt.network:
        q = q.where(
            Conversation.brand_account_id.in_(
                select(BrandAccount.id).where(BrandAccount.network == flt.network)
            )
        )
    if flt.kind:
        q = q.where(Conversation.kind == flt.kind)
    return q


def page_ids(
    session: Session, actor: Actor, flt: InboxFilter, limit: int = 200, after: PageKey | None = None
) -> tuple[list[int], PageKey | None]:
    """One page of conversation ids, newest activity first, and the key of the next page."""
    q = _scoped(actor, flt)
    if after is not None:
        q = q.where(
            or_(
                Conversation.last_message_at < after.last_message_at,
                and_(
                    Conversation.last_message_at == after.last_message_at,
                    Conversation.id < after.id,
                ),
            )
        )
    q = q.order_by(Conversation.last_message_at.desc(), Conversation.id.desc()).limit(limit)
    rows = session.execute(q).all()
    ids = [r[0] for r in rows]
    nxt = PageKey(rows[-1][1], rows[-1][0]) if len(rows) == limit else None
    return ids, nxt


def is_visible(session: Session, actor: Actor, flt: InboxFilter, conversation_id: int) -> bool:
    """Whether a conversation belongs in this view now (for live updates of an open view)."""
    q = _scoped(actor, flt).where(Conversation.id == conversation_id)
    return session.execute(q).first() is not None


def rows_for(session: Session, actor: Actor, ids: Sequence[int]) -> dict[int, InboxRow]:
    """The display rows for the given ids that the actor may see (others are left out)."""
    if not ids:
        return {}
    assignee = aliased(Employee)
    q = (
        select(
            Conversation.id,
            BrandAccount.network,
            BrandAccount.handle,
            Customer.display_name,
            Customer.handle,
            Conversation.snippet,
            Team.name,
            assignee.display_name,
            Conversation.assignee_id,
            Conversation.status,
            Conversation.kind,
            Conversation.priority,
            Conversation.sentiment,
            Conversation.intent,
            Conversation.last_message_at,
            Conversation.message_count,
        )
        .join(BrandAccount, BrandAccount.id == Conversation.brand_account_id)
        .join(Customer, Customer.id == Conversation.customer_id)
        .outerjoin(Team, Team.id == Conversation.team_id)
        .outerjoin(assignee, assignee.id == Conversation.assignee_id)
        .where(Conversation.id.in_(list(ids)), visible_conversations(actor))
    )
    out: dict[int, InboxRow] = {}
    for r in session.execute(q):
        out[r[0]] = InboxRow(
            id=r[0],
            network=r[1],
            account=r[2],
            customer=r[3] or r[4],
            customer_handle=r[4],
            snippet=r[5],
            team=r[6] or "",
            assignee=r[7] or "",
            assignee_id=r[8],
            status=r[9],
            kind=r[10],
            priority=r[11],
            sentiment=r[12],
            intent=r[13],
            last_message_at=r[14],
            message_count=r[15],
        )
    return out


@dataclass(frozen=True)
class ThreadMessage:
    id: int
    direction: str
    kind: str
    author: str
    text: str
    created_at: datetime
    url: str | None


@dataclass(frozen=True)
class ThreadView:
    conversation_id: int
    network: str
    account: str
    customer: str
    customer_handle: str
    status: str
    team: str
    assignee: str
    messages: list[ThreadMessage] = field(default_factory=list)


def thread(session: Session, actor: Actor, conversation_id: int, limit: int = 500) -> ThreadView:
    conv = session.get(Conversation, conversation_id)
    if conv is None or not can_read(actor, conv):
        raise AccessDenied("This conversation does not exist or is outside your scope.")
    employee = aliased(Employee)
    msgs = session.execute(
        select(Message, Customer.display_name, Customer.handle, employee.display_name)
        .outerjoin(Customer, Customer.id == Message.customer_id)
        .outerjoin(employee, employee.id == Message.employee_id)
        .where(Message.conversation_id == conversation_id)
        .order_by(Message.created_at, Message.id)
        .limit(limit)
    ).all()
    team = session.get(Team, conv.team_id) if conv.team_id else None
    assignee = session.get(Employee, conv.assignee_id) if conv.assignee_id else None
    out = ThreadView(
        conversation_id=conv.id,
        network=conv.brand_account.network,
        account=conv.brand_account.handle,
        customer=conv.customer.display_name or conv.customer.handle,
        customer_handle=conv.customer.handle,
        status=conv.status,
        team=team.name if team else "",
        assignee=assignee.display_name if assignee else "",
    )
    for m, cname, chandle, ename in msgs:
        if m.direction == "in":
            author = f"{cname or chandle} (@{chandle})" if chandle else (cname or "customer")
        else:
            author = (
                f"{conv.brand_account.handle} — {ename}" if ename else conv.brand_account.handle
            )
        out.messages.append(
            ThreadMessage(m.id, m.direction, m.kind, author, m.text, m.created_at, m.url)
        )
    return out


def visible_positions(
    session: Session, actor: Actor, flt: InboxFilter, ids: Sequence[int]
) -> dict[int, datetime]:
    """Of the given ids, those that belong in the view now, with their sort key."""
    if not ids:
        return {}
    q = _scoped(actor, flt).where(Conversation.id.in_(list(ids)))
    return {r[0]: r[1] for r in session.execute(q)}
