"""The notification centre: what an employee was told, kept until they read it, grouped.

Notifications are rows (app/notify/notifications.py) written in the transaction that caused
them, so a mention made while the person was signed out is waiting at their next sign-in. The
centre reads them with the conversation they are about and decides two things:

- **what concerns me** (the default view): everything addressed to me, except SLA breaches of
  conversations that are no longer mine to act on — a breach concerns me while I hold the
  conversation, or while it waits unassigned in one of my teams. A colleague's breach that
  reached me because it was unassigned at the time (and has since been claimed) is shown only
  under "All".
- **grouping**: breaches, assignments, hand-offs and routing notices of one team become one line
  ("12 SLA breaches in Customer Service"), expandable; mentions and replies sent back stay one
  line each, since each is a person talking to me.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, and_, func, not_, or_, select, true
from sqlalchemy.orm import Session

from app.db.models import Conversation, Notification, Team
from app.identity.access import Actor
from app.notify import notifications

#: kinds shown one line per team however many there are (the rest: one line each)
GROUPED = ("sla_breach", "assignment", "assigned", "handoff", "routing")
#: how each grouped kind is counted in words: (one, many)
NOUNS: dict[str, tuple[str, str]] = {
    "sla_breach": ("SLA breach", "SLA breaches"),
    "assignment": ("assignment", "assignments"),
    "assigned": ("assignment", "assignments"),
    "handoff": ("hand-off", "hand-offs"),
    "routing": ("routing notice", "routing notices"),
}
TITLES = {
    "assignment": "Assigned to you",
    "assigned": "Assigned to you",
    "mention": "Mention",
    "sla_breach": "SLA breach",
    "handoff": "Hand-off",
    "outbox_rejected": "Sent back",
    "outbox_edited": "Edited by an approver",
    "account_needs_reconnect": "Account needs reconnecting",
    "routing": "Routing",
    "routing_rule_disabled": "Routing rule disabled",
}


@dataclass(frozen=True)
class Entry:
    id: int
    kind: str
    conversation_id: int | None
    text: str
    at: datetime
    read: bool
    team: str | None
    concerns_me: bool

    @property
    def title(self) -> str:
        return TITLES.get(self.kind, self.kind.replace("_", " ").capitalize())


@dataclass
class Group:
    """One line of the centre: a single notification, or several of one kind and team."""

    kind: str
    team: str | None
    entries: list[Entry] = field(default_factory=list)

    @property
    def unread(self) -> int:
        return sum(1 for e in self.entries if not e.read)

    @property
    def latest(self) -> datetime:
        return max(e.at for e in self.entries)

    @property
    def ids(self) -> list[int]:
        return [e.id for e in self.entries]

    @property
    def title(self) -> str:
        if len(self.entries) == 1:
            return self.entries[0].text
        one, many = NOUNS.get(self.kind, (self.kind, self.kind + "s"))
        n = len(self.entries)
        where = f" in {self.team}" if self.team else ""
        return f"{n} {one if n == 1 else many}{where}"


def _concerns(actor: Actor) -> ColumnElement[bool]:
    """Addressed to me and still mine to act on (see the module's docstring)."""
    mine = Conversation.assignee_id == actor.employee_id
    waiting_in_my_team = and_(
        Conversation.assignee_id.is_(None),
        Conversation.team_id.in_(sorted(actor.team_ids) or [-1]),
    )
    return or_(Notification.kind != "sla_breach", mine, waiting_in_my_team)


def entries(
    session: Session, actor: Actor, *, everything: bool = False, limit: int = 500
) -> list[Entry]:
    """The newest notifications of this employee (only what concerns them, unless everything)."""
    concerns = _concerns(actor)
    q = (
        select(Notification, Team.name, concerns)
        .outerjoin(Conversation, Conversation.id == Notification.conversation_id)
        .outerjoin(Team, Team.id == Conversation.team_id)
        .where(Notification.employee_id == actor.employee_id)
        .order_by(Notification.id.desc())
        .limit(limit)
    )
    if not everything:
        q = q.where(concerns)
    return [
        Entry(
            n.id,
            n.kind,
            n.conversation_id,
            n.text,
            n.at,
            n.read_at is not None,
            team,
            bool(c),
        )
        for n, team, c in session.execute(q)
    ]


def unread_count(session: Session, actor: Actor, *, everything: bool = False) -> int:
    """The badge: unread notifications that concern me (or all of them)."""
    q = (
        select(func.count())
        .select_from(Notification)
        .outerjoin(Conversation, Conversation.id == Notification.conversation_id)
        .where(Notification.employee_id == actor.employee_id, Notification.read_at.is_(None))
        .where(true() if everything else _concerns(actor))
    )
    return int(session.scalar(q) or 0)


def hidden_unread(session: Session, actor: Actor) -> int:
    """Unread notifications the default view leaves out (said under the list, not hidden)."""
    q = (
        select(func.count())
        .select_from(Notification)
        .outerjoin(Conversation, Conversation.id == Notification.conversation_id)
        .where(
            Notification.employee_id == actor.employee_id,
            Notification.read_at.is_(None),
            not_(_concerns(actor)),
        )
    )
    return int(session.scalar(q) or 0)


def group(items: Iterable[Entry]) -> list[Group]:
    """One line per mention; one per (kind, team) for the kinds in GROUPED; newest first."""
    groups: list[Group] = []
    by_key: dict[tuple[str, str | None], Group] = {}
    for e in items:
        if e.kind in GROUPED:
            key = ("assignment" if e.kind == "assigned" else e.kind, e.team)
            g = by_key.get(key)
            if g is None:
                g = by_key[key] = Group(key[0], e.team)
                groups.append(g)
            g.entries.append(e)
        else:
            groups.append(Group(e.kind, e.team, [e]))
    groups.sort(key=lambda g: g.latest, reverse=True)
    return groups


def mark_read(session: Session, actor: Actor, ids: Sequence[int] | None = None) -> int:
    """Mark these (or all) of my notifications read; returns how many changed."""
    return notifications.mark_read(session, actor, list(ids) if ids is not None else None)
