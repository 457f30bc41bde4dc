"""The publishing calendar's queries: posts in a time window, filtered by account and campaign.

The calendar shows *posts* (replies belong to their conversations), placed at the time they
went out (sent) or will go out (scheduled, approved for a time, awaiting approval for a time).
It reads only the columns it draws, in one query with the indexes of migration 0018, so a
month holding thousands of posts loads in milliseconds; it runs off the UI thread.

Moving a post is the outbox's own :func:`outbox.reschedule` (author or approver; an approved
post stays approved at its new time, one being sent or already sent cannot move), so the
calendar adds no rule of its own, only the words for why a post cannot be dragged.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.db.models import BrandAccount, Employee, OutboxItem
from app.identity.access import Actor, Permission
from app.publishing import outbox
from app.publishing.outbox import QUEUED, S
from app.publishing.queries import OutboxRow, _mark_held_and_steps

#: what the calendar shows: posts with a time, on their way or gone out
SHOWN = (S.AWAITING_APPROVAL, S.APPROVED, S.SCHEDULED, S.SENDING, S.SENT, S.FAILED)
#: what may be dragged to another time (the outbox's reschedule rule)
MOVABLE = (*QUEUED, S.AWAITING_APPROVAL)
MAX_ENTRIES = 20_000


@dataclass(frozen=True)
class CalendarEntry:
    id: int
    account_id: int
    account: str
    network: str
    status: str
    status_text: str
    text: str
    when: datetime
    campaign: str | None
    post_set: str | None
    author: str
    author_id: int | None
    #: ``when`` in the workstation's time zone and the one-line label the grid draws, made
    #: with the query (off the UI thread): a month of thousands of posts is laid out without
    #: a time-zone conversion per post on the UI thread
    local: datetime | None = None
    label: str = ""

    @property
    def movable(self) -> bool:
        return self.status in MOVABLE

    def why_fixed(self) -> str | None:
        """Why this post cannot be dragged, in words (None when it can)."""
        if self.status == S.SENT:
            return "This post was already sent; it stays where it went out."
        if self.status == S.SENDING:
            return "This post is being sent right now; it cannot move."
        if self.status == S.FAILED:
            return "This post failed; retry it from the Schedule before moving it."
        return None


def _visible(actor: Actor) -> bool:
    """Whether the actor sees everyone's posts (the Schedule's rule) or only their own."""
    return (
        actor.can_somewhere(Permission.APPROVE)
        or actor.can_somewhere(Permission.POST_AS_BRAND)
        or actor.can_somewhere(Permission.PAUSE_PUBLISHING)
    )


def entries(
    session: Session,
    actor: Actor,
    start: datetime,
    end: datetime,
    *,
    account_ids: Iterable[int] | None = None,
    campaign: str | None = None,
    limit: int = MAX_ENTRIES,
) -> list[CalendarEntry]:
    """Posts whose time falls in [start, end), soonest first."""
    sched_in = and_(
        OutboxItem.status != str(S.SENT),
        OutboxItem.scheduled_at >= start,
        OutboxItem.scheduled_at < end,
    )
    sent_in = and_(
        OutboxItem.status == str(S.SENT), OutboxItem.sent_at >= start, OutboxItem.sent_at < end
    )
    q = (
        select(
            OutboxItem.id,
            OutboxItem.brand_account_id,
            BrandAccount.handle,
            BrandAccount.network,
            OutboxItem.status,
            OutboxItem.text,
            OutboxItem.scheduled_at,
            OutboxItem.sent_at,
            OutboxItem.campaign,
            OutboxItem.post_set,
            Employee.display_name,
            OutboxItem.author_id,
            OutboxItem.updated_at,
            OutboxItem.last_error,
        )
        .join(BrandAccount, BrandAccount.id == OutboxItem.brand_account_id)
        .outerjoin(Employee, Employee.id == OutboxItem.author_id)
        .where(
            OutboxItem.workspace_id == actor.workspace_id,
            OutboxItem.kind == "post",
            OutboxItem.status.in_([str(s) for s in SHOWN]),
            or_(sched_in, sent_in),
        )
    )
    ids = list(account_ids) if account_ids is not None else None
    if ids is not None:
        q = q.where(OutboxItem.brand_account_id.in_(ids or [-1]))
    if campaign:
        q = q.where(OutboxItem.campaign == campaign)
    if not _visible(actor):
        q = q.where(OutboxItem.author_id == actor.employee_id)
    q = q.order_by(OutboxItem.scheduled_at, OutboxItem.id).limit(limit)
    rows = []
    for (
        iid,
        aid,
        handle,
        network,
        status,
        text,
        sched,
        sent,
        camp,
        pset,
        author,
        author_id,
        updated,
        error,
    ) in session.execute(q):
        rows.append(
            OutboxRow(
                id=iid,
                kind="post",
                status=status,
                account_id=aid,
                account=handle,
                network=network,
                text=text,
                media=[],
                author=author or "",
                author_id=author_id,
                approver="",
                conversation_id=None,
                customer="",
                scheduled_at=sched,
                sent_at=sent,
                updated_at=updated,
                review_comment=None,
                last_error=error,
                remote_url=None,
                campaign=camp,
                post_set=pset,
            )
        )
    # the same words as the Schedule: held by a pause, waiting for step 2 of 2, …
    _mark_held_and_steps(session, rows)
    out = []
    for r in rows:
        when = (r.sent_at if r.status == S.SENT else r.scheduled_at) or r.updated_at
        local = when.astimezone()
        out.append(
            CalendarEntry(
                id=r.id,
                account_id=r.account_id,
                account=r.account,
                network=r.network,
                status=r.status,
                status_text=r.status_text,
                text=r.text,
                when=when,
                campaign=r.campaign,
                post_set=r.post_set,
                author=r.author,
                author_id=r.author_id,
                local=local,
                label=f"{local:%H:%M} @{r.account} · {' '.join(r.text.split())[:200]}",
            )
        )
    out.sort(key=lambda e: (e.when, e.id))
    return out


def campaigns(session: Session, actor: Actor) -> list[str]:
    """The workspace's campaign names, for the filter and the composer's suggestions."""
    return sorted(
        c
        for c in session.scalars(
            select(OutboxItem.campaign)
            .where(OutboxItem.workspace_id == actor.workspace_id, OutboxItem.campaign.is_not(None))
            .distinct()
        )
        if c
    )


def move(
    session: Session,
    actor: Actor,
    item_id: int,
    when: datetime,
    *,
    origin: str | None = None,
) -> None:
    """Drag and drop: the outbox's reschedule, with its permission and state rules."""
    outbox.reschedule(session, actor, item_id, when, origin=origin)


def moved_time(original: datetime, day: date, hour: int | None = None) -> datetime:
    """The new local time of a post dropped on ``day`` (and on ``hour`` in the week view):
    the time of day it had is kept (the minutes, and the hour when dropped on a month day)."""
    local = original.astimezone()
    wall = time(local.hour if hour is None else hour, local.minute, local.second)
    # the wall-clock time on the new day, with that day's offset (a move across a change to
    # or from summer time keeps 10:30 at 10:30)
    return datetime.combine(day, wall).astimezone()


def empty_days(items: Sequence[CalendarEntry], first: date, days: int) -> list[date]:
    """The days in [first, first + days) with no post at all (local time): the gaps."""
    busy = {(e.local or e.when.astimezone()).date() for e in items}
    return [d for d in (first + timedelta(n) for n in range(days)) if d not in busy]
