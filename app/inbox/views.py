"""Reading the shared inbox: pages of conversation ids, rows for those ids, and threads.

The inbox model holds ids only and asks for rows when they are displayed, so a view over a
million conversations costs a page of ids. Every query goes through the actor's scope
(:func:`app.identity.access.visible_conversations`); on PostgreSQL, row-level security applies
the same rule again.

Order is the server's: a page is a keyset page in the chosen :class:`SortKey` (clicking a header
re-queries; it never sorts only what happens to be loaded). Queues default to "most urgent
first" — the running SLA timer (breached first), then priority, then the longest waiting — so a
breached conversation is at the top of My queue, not under the newest chatter.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    any_,
    bindparam,
    case,
    func,
    literal,
    literal_column,
    or_,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session, aliased

from app.classify.reasons import intent_cues
from app.db.models import (
    Assignment,
    BrandAccount,
    Conversation,
    ConversationRead,
    ConversationStatus,
    ConversationTag,
    Customer,
    Employee,
    Message,
    Team,
)
from app.db.types import UTCDateTime, utcnow
from app.identity.access import AccessDenied, Actor, can_read, visible_conversations
from app.inbox import search

#: an SLA timer with less than this left shows as "due soon"
DUE_SOON = timedelta(minutes=30)
#: sentiment buckets for the filter (scores run from -1 to 1)
SENTIMENT_BANDS = {"negative": (None, -0.25), "neutral": (-0.25, 0.25), "positive": (0.25, None)}
SLA_STATES = ("breached", "due_soon", "on_track", "none")
#: unread counts stop here ("999+"): counting a million rows would cost more than it tells
UNREAD_CAP = 999


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


class SortKey(enum.StrEnum):
    """Orders a list can be in; each has a natural direction (reversed by ``sort_reverse``)."""

    URGENT = "urgent"  # SLA due (breached first), then priority, then the longest waiting
    ACTIVITY = "activity"  # newest activity first
    PRIORITY = "priority"  # urgent, high, normal
    CUSTOMER = "customer"  # by name, A to Z
    STATUS = "status"  # open, pending, resolved, snoozed

    @property
    def title(self) -> str:
        return {
            "urgent": "most urgent first",
            "activity": "newest first",
            "priority": "highest priority first",
            "customer": "customer A–Z",
            "status": "by status",
        }[self.value]


#: the built-in queues: work to do, so the most urgent is on top
QUEUE_VIEWS = frozenset({View.MINE, View.TEAMS, View.UNASSIGNED})


def default_sort(view: View) -> SortKey:
    return SortKey.URGENT if view in QUEUE_VIEWS else SortKey.ACTIVITY


@dataclass(frozen=True)
class InboxFilter:
    view: View = View.ALL
    statuses: tuple[str, ...] = ()
    network: str | None = None
    account_id: int | None = None
    kind: str | None = None
    #: exact priority (0 normal, 1 high, 2 urgent)
    priority: int | None = None
    #: "negative", "neutral" or "positive"
    sentiment: str | None = None
    tag: str | None = None
    #: one of SLA_STATES
    sla: str | None = None
    #: full-text search over the messages, and the customer's name and handle
    search: str = ""
    #: a SortKey value; "" is the view's default (see :func:`default_sort`)
    sort: str = ""
    sort_reverse: bool = False

    @property
    def sort_key(self) -> SortKey:
        if self.sort in SortKey._value2member_map_:
            return SortKey(self.sort)
        return default_sort(self.view)

    def to_dict(self) -> dict[str, Any]:
        """The filter as plain data, for a saved view (unknown keys are ignored on load)."""
        out: dict[str, Any] = {"view": self.view.value, "statuses": list(self.statuses)}
        for key in ("network", "account_id", "kind", "priority", "sentiment", "tag", "sla"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.search:
            out["search"] = self.search
        if self.sort:
            out["sort"] = self.sort
        if self.sort_reverse:
            out["sort_reverse"] = True
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> InboxFilter:
        view = data.get("view", View.ALL.value)
        return cls(
            view=View(view) if view in View._value2member_map_ else View.ALL,
            statuses=tuple(str(x) for x in data.get("statuses", ()) or ()),
            network=data.get("network"),
            account_id=data.get("account_id"),
            kind=data.get("kind"),
            priority=data.get("priority"),
            sentiment=data.get("sentiment"),
            tag=data.get("tag"),
            sla=data.get("sla"),
            search=str(data.get("search", "") or ""),
            sort=str(data.get("sort", "") or ""),
            sort_reverse=bool(data.get("sort_reverse", False)),
        )


@dataclass(frozen=True)
class PageKey:
    """Keyset position: the sort values of the last row of the previous page (its id last)."""

    values: tuple[Any, ...]

    @property
    def id(self) -> int:
        return int(self.values[-1])


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
    sla_due: datetime | None = None
    unread: bool = False
    #: why it sits where it does: the routing rule of its last routing (from the history)
    routed_by: str = ""
    #: the classifier's cues on the latest customer message (its stored classification)
    cues: tuple[str, ...] = ()


def sla_due_expr() -> ColumnElement[Any]:
    """The running SLA timer: first response until there is one, then the next response."""
    return case(
        (Conversation.first_responded_at.is_(None), Conversation.first_response_due),
        else_=Conversation.next_response_due,
    )


def sla_state_clause(state: str, now: datetime) -> ColumnElement[bool]:
    due = sla_due_expr()
    timed = and_(Conversation.status == ConversationStatus.OPEN.value, due.is_not(None))
    if state == "breached":
        return and_(timed, due < now)
    if state == "due_soon":
        return and_(timed, due >= now, due < now + DUE_SOON)
    if state == "on_track":
        return and_(timed, due >= now + DUE_SOON)
    if state == "none":
        return or_(Conversation.status != ConversationStatus.OPEN.value, due.is_(None))
    raise ValueError(f"Unknown SLA state {state!r}.")


class _Desc:
    """Reverses the order of one value inside an ascending sort key (strings included)."""

    __slots__ = ("v",)

    def __init__(self, v: Any) -> None:
        self.v = v

    def __lt__(self, other: _Desc) -> bool:
        return bool(other.v < self.v)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Desc) and self.v == other.v

    def __hash__(self) -> int:
        return hash(self.v)


def row_sort_key(row: InboxRow, flt: InboxFilter) -> tuple[Any, ...]:
    """The same order as :func:`sort_terms`, computed from a row (to place live changes)."""
    key = flt.sort_key
    timed = row.status == ConversationStatus.OPEN.value and row.sla_due is not None
    values: list[tuple[Any, bool]]
    if key == SortKey.URGENT:
        values = [
            (0 if timed else 1, True),
            ((row.sla_due if timed and row.sla_due else _NO_DUE).timestamp(), True),
            (row.priority, False),
            (row.last_message_at.timestamp(), True),
            (row.id, True),
        ]
    elif key == SortKey.PRIORITY:
        values = [(row.priority, False), (row.last_message_at.timestamp(), False), (row.id, False)]
    elif key == SortKey.CUSTOMER:
        values = [((row.customer or row.customer_handle).lower(), True), (row.id, True)]
    elif key == SortKey.STATUS:
        values = [(row.status, True), (row.last_message_at.timestamp(), False), (row.id, False)]
    else:
        values = [(row.last_message_at.timestamp(), False), (row.id, False)]
    out: list[Any] = []
    for v, asc in values:
        if flt.sort_reverse:
            asc = not asc
        if asc:
            out.append(v)
        elif isinstance(v, int | float):
            out.append(-v)
        else:
            out.append(_Desc(v))
    return tuple(out)


def sla_state(row: InboxRow, now: datetime | None = None) -> str:
    if row.status != ConversationStatus.OPEN.value or row.sla_due is None:
        return "none"
    now = now or utcnow()
    if row.sla_due < now:
        return "breached"
    return "due_soon" if row.sla_due < now + DUE_SOON else "on_track"


def _scoped(
    actor: Actor, flt: InboxFilter, rare_search: bool = False
) -> Select[tuple[int, datetime]]:
    """The view's query (``rare_search``: the search's words match few messages)."""
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
    if flt.priority is not None:
        q = q.where(Conversation.priority == int(flt.priority))
    if flt.sentiment:
        if flt.sentiment not in SENTIMENT_BANDS:
            raise ValueError(f"Unknown sentiment {flt.sentiment!r}.")
        lo, hi = SENTIMENT_BANDS[flt.sentiment]
        if lo is not None:
            q = q.where(Conversation.sentiment >= lo)
        if hi is not None:
            q = q.where(Conversation.sentiment < hi)
    if flt.tag:
        q = q.where(
            Conversation.id.in_(
                select(ConversationTag.conversation_id).where(
                    ConversationTag.tag == flt.tag.strip().lower()
                )
            )
        )
    if flt.sla:
        q = q.where(sla_state_clause(flt.sla, utcnow()))
    if flt.search.strip():
        matching = search.conversation_filter(flt.search, rare_search)
        who = search.customer_filter(flt.search)
        either = [c for c in (matching, who) if c is not None]
        if either:
            q = q.where(or_(*either))
    return q


#: stands in for "no running timer" so the SLA sort key is never NULL (NULLs sort differently
#: on SQLite and PostgreSQL, and a keyset needs one total order)
_NO_DUE = datetime(9999, 12, 31, tzinfo=UTC)


def _timed() -> ColumnElement[bool]:
    return and_(Conversation.status == ConversationStatus.OPEN.value, sla_due_expr().is_not(None))


def _customer_name() -> ColumnElement[Any]:
    who = aliased(Customer, name="sort_customer")
    return (
        select(func.lower(func.coalesce(func.nullif(who.display_name, ""), who.handle)))
        .where(who.id == Conversation.customer_id)
        .correlate(Conversation)
        .scalar_subquery()
    )


#: (expression, ascending) per sort key, the conversation id last as the tie-breaker
def sort_terms(flt: InboxFilter) -> list[tuple[ColumnElement[Any], bool]]:
    key = flt.sort_key
    terms: list[tuple[ColumnElement[Any], bool]]
    if key == SortKey.URGENT:
        terms = [
            (case((_timed(), 0), else_=1), True),
            (case((_timed(), sla_due_expr()), else_=literal(_NO_DUE, UTCDateTime())), True),
            (Conversation.priority, False),
            (Conversation.last_message_at, True),
            (Conversation.id, True),
        ]
    elif key == SortKey.PRIORITY:
        terms = [
            (Conversation.priority, False),
            (Conversation.last_message_at, False),
            (Conversation.id, False),
        ]
    elif key == SortKey.CUSTOMER:
        terms = [(_customer_name(), True), (Conversation.id, True)]
    elif key == SortKey.STATUS:
        terms = [
            (Conversation.status, True),
            (Conversation.last_message_at, False),
            (Conversation.id, False),
        ]
    else:
        terms = [(Conversation.last_message_at, False), (Conversation.id, False)]
    if flt.sort_reverse:
        terms = [(e, not asc) for e, asc in terms]
    return terms


def _keyset(
    q: Select[Any], terms: Sequence[tuple[ColumnElement[Any], bool]], after: PageKey | None
) -> Select[Any]:
    """Rows after ``after`` in the order of ``terms``: (a > x) or (a = x and b > y) or …"""
    if after is None:
        return q
    ors = []
    for i, (expr, asc) in enumerate(terms):
        same = [e == v for (e, _a), v in zip(terms[:i], after.values, strict=False)]
        value = after.values[i]
        ors.append(and_(*same, expr > value if asc else expr < value))
    return q.where(or_(*ors))


def _order(
    session: Session, rare: bool, terms: Sequence[tuple[ColumnElement[Any], bool]] | None = None
) -> tuple[Any, ...]:
    if terms is None:
        terms = sort_terms(InboxFilter())
    if (
        rare
        and session.get_bind().dialect.name == "sqlite"
        and terms[0][0] is Conversation.last_message_at
    ):
        # few matches: look them up and sort them; "+" keeps SQLite from walking the whole
        # activity index instead (which it may prefer, not knowing the matches are few)
        first = literal_column("+conversation.last_message_at")
        lead = first.asc() if terms[0][1] else first.desc()
        return (lead, *(e.asc() if a else e.desc() for e, a in terms[1:]))
    return tuple(e.asc() if a else e.desc() for e, a in terms)


def _sorted_page(
    session: Session,
    q: Select[Any],
    flt: InboxFilter,
    rare: bool,
    limit: int,
    after: PageKey | None,
) -> tuple[list[Any], PageKey | None]:
    """Run ``q`` as one keyset page; the sort values ride along as the last columns."""
    terms = sort_terms(flt)
    q = _keyset(q, terms, after).add_columns(*(e for e, _a in terms))
    rows = session.execute(q.order_by(*_order(session, rare, terms)).limit(limit)).all()
    n = len(terms)
    nxt = PageKey(tuple(rows[-1][-n:])) if len(rows) == limit else None
    return rows, nxt


def page_ids(
    session: Session, actor: Actor, flt: InboxFilter, limit: int = 200, after: PageKey | None = None
) -> tuple[list[int], PageKey | None]:
    """One page of conversation ids in the filter's order, and the key of the next page."""
    rare = bool(flt.search.strip()) and search.is_rare(session, flt.search)
    rows, nxt = _sorted_page(session, _scoped(actor, flt, rare), flt, rare, limit, after)
    return [r[0] for r in rows], nxt


def is_visible(session: Session, actor: Actor, flt: InboxFilter, conversation_id: int) -> bool:
    """Whether a conversation belongs in this view now (for live updates of an open view)."""
    q = _scoped(actor, flt).where(Conversation.id == conversation_id)
    return session.execute(q).first() is not None


def _with_display(q: Select[Any], actor: Actor) -> Select[Any]:
    """Add the display columns (and their joins) to a query over conversations."""
    assignee = aliased(Employee)
    return (
        q.add_columns(
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
            Conversation.message_count,
            sla_due_expr(),
            Conversation.last_inbound_at,
            ConversationRead.read_at,
            _routed_by(),
            _latest_cues(),
        )
        .join(BrandAccount, BrandAccount.id == Conversation.brand_account_id)
        .join(Customer, Customer.id == Conversation.customer_id)
        .outerjoin(Team, Team.id == Conversation.team_id)
        .outerjoin(assignee, assignee.id == Conversation.assignee_id)
        .outerjoin(
            ConversationRead,
            and_(
                ConversationRead.conversation_id == Conversation.id,
                ConversationRead.employee_id == actor.employee_id,
            ),
        )
    )


def _routed_by() -> ColumnElement[Any]:
    """The note of the conversation's last routing ("Routing rule: Refunds"), if any."""
    return (
        select(Assignment.note)
        .correlate(Conversation)
        .where(
            Assignment.conversation_id == Conversation.id,
            Assignment.action.in_(("route", "assign", "auto")),
        )
        .order_by(Assignment.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _latest_cues() -> ColumnElement[Any]:
    """The stored classification of the latest customer message (its evidence: the cues)."""
    return (
        select(Message.classification)
        .correlate(Conversation)
        .where(Message.conversation_id == Conversation.id, Message.direction == "in")
        .order_by(Message.created_at.desc(), Message.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _row(r: Any) -> InboxRow:
    # columns: id, last_message_at, then those of _with_display in order
    return InboxRow(
        id=r[0],
        network=r[2],
        account=r[3],
        customer=r[4] or r[5],
        customer_handle=r[5],
        snippet=r[6],
        team=r[7] or "",
        assignee=r[8] or "",
        assignee_id=r[9],
        status=r[10],
        kind=r[11],
        priority=r[12],
        sentiment=r[13],
        intent=r[14],
        last_message_at=r[1],
        message_count=r[15],
        sla_due=r[16],
        unread=r[17] is not None and (r[18] is None or r[18] < r[17]),
        routed_by=r[19] or "",
        cues=intent_cues(r[20]),
    )


def rows_for(session: Session, actor: Actor, ids: Sequence[int]) -> dict[int, InboxRow]:
    """The display rows for the given ids that the actor may see (others are left out)."""
    if not ids:
        return {}
    q = _with_display(select(Conversation.id, Conversation.last_message_at), actor).where(
        Conversation.id.in_(list(ids)), visible_conversations(actor)
    )
    return {r[0]: _row(r) for r in session.execute(q)}


def page_rows(
    session: Session, actor: Actor, flt: InboxFilter, limit: int = 200, after: PageKey | None = None
) -> tuple[list[InboxRow], PageKey | None]:
    """One page of display rows in one statement (what the inbox list asks for as it scrolls)."""
    rare = bool(flt.search.strip()) and search.is_rare(session, flt.search)
    rows = session.execute(page_statement(session, actor, flt, limit, after, rare)).all()
    n = len(sort_terms(flt))
    nxt = PageKey(tuple(rows[-1][-n:])) if len(rows) == limit else None
    return [_row(r) for r in rows], nxt


def page_statement(
    session: Session,
    actor: Actor,
    flt: InboxFilter,
    limit: int = 200,
    after: PageKey | None = None,
    rare: bool = False,
) -> Select[Any]:
    """The statement of one page of display rows, its sort values as the last columns.

    Newest first walks an index and dresses only the rows it returns. Any other order (most
    urgent first, customer, priority) has to sort the whole view: then the narrow rows (id and
    sort values) are sorted and cut to the page first, and only the page's rows are joined to
    their display columns — never a sort of wide rows whose every subquery ran for the whole
    view.
    """
    terms = sort_terms(flt)
    order = _order(session, rare, terms)
    values = [e for e, _a in terms]
    if flt.sort_key == SortKey.ACTIVITY:
        q = _with_display(_keyset(_scoped(actor, flt, rare), terms, after), actor)
        return q.add_columns(*values).order_by(*order).limit(limit)
    page = (
        _keyset(_scoped(actor, flt, rare), terms, after)
        .with_only_columns(Conversation.id)
        .order_by(*order)
        .limit(limit)
        .correlate(None)
    )
    q = _with_display(select(Conversation.id, Conversation.last_message_at), actor).where(
        Conversation.id.in_(page.scalar_subquery())
    )
    return q.add_columns(*values).order_by(*order)


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


def rows_in_view(
    session: Session, actor: Actor, flt: InboxFilter, ids: Sequence[int]
) -> dict[int, InboxRow]:
    """Of the given ids, the display rows of those that belong in the view now.

    One statement: a changed row is read where it is decided whether it belongs (it was two,
    the positions and then the rows, a round trip and a row-level security pass each, on every
    workstation for every change it hears).
    """
    if not ids:
        return {}
    postgres = session.get_bind().dialect.name == "postgresql"
    q = _in_view_statement(actor, flt, postgres)
    # columns only, no ORM entities: the session's connection runs it without the ORM's
    # per-statement machinery (a third of a workstation's CPU per refresh)
    rows = session.connection().execute(q, {"ids": [int(i) for i in ids]})
    return {r[0]: _row(r) for r in rows}


def _in_view_statement(actor: Actor, flt: InboxFilter, postgres: bool) -> Select[Any]:
    """The refresh statement for one view, built once and reused with new ids.

    Every workstation runs it on each burst of changes it hears. Building it anew cost about as
    much Python as the read itself; and on PostgreSQL the ids go in one array parameter
    (``= ANY``), so the text is the same whatever their number and psycopg prepares it on the
    server after a few uses, where an ``IN`` list of a different length each time was parsed
    and planned again on every read. A filter on the SLA state is built each time: it holds the
    time of building.
    """
    if flt.sla:
        return _build_in_view(actor, flt, postgres)
    return _kept_in_view(actor, flt, postgres)


def _build_in_view(actor: Actor, flt: InboxFilter, postgres: bool) -> Select[Any]:
    ids = bindparam("ids", type_=ARRAY(Integer)) if postgres else bindparam("ids", expanding=True)
    where = Conversation.id == any_(ids) if postgres else Conversation.id.in_(ids)
    return _with_display(_scoped(actor, flt).where(where), actor)


#: the statements built, per (actor, filter, backend): Actor and InboxFilter are immutable
_kept_in_view = functools.lru_cache(maxsize=64)(_build_in_view)


def unread_clause(actor: Actor) -> ColumnElement[bool]:
    """Conversations with a customer message newer than this employee last read them."""
    read = (
        select(ConversationRead.read_at)
        .where(
            ConversationRead.conversation_id == Conversation.id,
            ConversationRead.employee_id == actor.employee_id,
        )
        .scalar_subquery()
    )
    return and_(
        Conversation.last_inbound_at.is_not(None),
        or_(read.is_(None), read < Conversation.last_inbound_at),
    )


def unread_count(session: Session, actor: Actor, flt: InboxFilter, cap: int = UNREAD_CAP) -> int:
    """Open, unread conversations in a view, counted up to ``cap`` (shown as "999+")."""
    q = (
        _scoped(actor, flt)
        .where(Conversation.status == ConversationStatus.OPEN.value, unread_clause(actor))
        .limit(cap + 1)
        .subquery()
    )
    return int(session.scalar(select(func.count()).select_from(q)) or 0)


def unread_counts(
    session: Session, actor: Actor, filters: dict[str, InboxFilter]
) -> dict[str, int]:
    return {key: unread_count(session, actor, flt) for key, flt in filters.items()}


def open_count(session: Session, actor: Actor, flt: InboxFilter, cap: int = UNREAD_CAP) -> int:
    """Open conversations in a view, counted up to ``cap`` (the sidebar's total)."""
    q = (
        _scoped(actor, flt)
        .where(Conversation.status == ConversationStatus.OPEN.value)
        .limit(cap + 1)
        .subquery()
    )
    return int(session.scalar(select(func.count()).select_from(q)) or 0)


def view_counts(
    session: Session, actor: Actor, filters: dict[str, InboxFilter]
) -> dict[str, tuple[int, int]]:
    """Per view: (open, of which unread), each counted up to UNREAD_CAP."""
    return {
        key: (open_count(session, actor, flt), unread_count(session, actor, flt))
        for key, flt in filters.items()
    }


def mark_read(session: Session, actor: Actor, conversation_id: int) -> None:
    """Record that the employee has read the conversation up to now (the caller commits)."""
    now = utcnow()
    row = session.get(ConversationRead, (actor.employee_id, conversation_id))
    if row is None:
        session.add(
            ConversationRead(
                employee_id=actor.employee_id, conversation_id=conversation_id, read_at=now
            )
        )
    else:
        row.read_at = now
