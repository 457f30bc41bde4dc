"""Watches: added, paused and removed by marketing (``manage_listening``), with their figures.

A watch's figures are what the Listening view shows beside it: how much it heard (volume), the
mood of what it heard (mean sentiment and the negative share), and its read budget — the calls
it made in the last hour and the calls an hour the schedule plans for it, as a share of the
network's documented limit (app/listening/budget.py).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import BrandAccount, ListeningItem, ListeningPoll, ListeningWatch
from app.db.types import utcnow
from app.identity import audit
from app.identity.access import AccessDenied, Actor, Permission
from app.listening import budget
from app.listening.spec import NETWORKS, WatchQuery, WatchRefused, normalise

TOPIC = "listening"
#: at or below: a negative item (the classifier's own threshold, app/classify/sentiment.py)
NEGATIVE_AT = -0.05
POSITIVE_AT = 0.05
#: the window of the volume and mood figures
RECENT = timedelta(hours=24)
MAX_WATCHES_PER_ACCOUNT = 50


def may_manage(actor: Actor) -> bool:
    return actor.can_somewhere(Permission.MANAGE_LISTENING)


def _require(actor: Actor) -> None:
    if not may_manage(actor):
        raise AccessDenied("You do not have the permission to manage listening watches.")


@dataclass(frozen=True)
class AccountChoice:
    id: int
    network: str
    label: str


def listening_accounts(session: Session, workspace_id: int) -> list[AccountChoice]:
    """The brand accounts a watch can read through (networks with a search API)."""
    rows = session.scalars(
        select(BrandAccount)
        .where(
            BrandAccount.workspace_id == workspace_id,
            BrandAccount.network.in_(NETWORKS),
            BrandAccount.status != "disconnected",
        )
        .order_by(BrandAccount.network, BrandAccount.handle)
    )
    return [AccountChoice(a.id, a.network, f"{a.network.title()} · {a.handle}") for a in rows]


def label_of(w: ListeningWatch) -> str:
    return WatchQuery(w.kind, w.query).label


def add_watch(
    session: Session,
    actor: Actor,
    *,
    account_id: int,
    kind: str,
    text: str,
    origin: str | None = None,
) -> ListeningWatch:
    """A new watch, polled at once; a bad one is refused with the reason (WatchRefused)."""
    _require(actor)
    acc = session.get(BrandAccount, account_id)
    if acc is None or acc.workspace_id != actor.workspace_id:
        raise WatchRefused("Choose a brand account to listen through.")
    wq = normalise(kind, text, acc.network)
    same = session.scalar(
        select(ListeningWatch.id).where(
            ListeningWatch.brand_account_id == acc.id,
            ListeningWatch.kind == wq.kind,
            ListeningWatch.query == wq.query,
        )
    )
    if same is not None:
        raise WatchRefused(f"You already listen for {wq.label} through {acc.handle}.")
    n = session.scalar(select(func.count()).where(ListeningWatch.brand_account_id == acc.id))
    if (n or 0) >= MAX_WATCHES_PER_ACCOUNT:
        raise WatchRefused(
            f"{acc.handle} already has {MAX_WATCHES_PER_ACCOUNT} watches: its read budget "
            "is spread too thin for another. Remove one first."
        )
    w = ListeningWatch(
        workspace_id=actor.workspace_id,
        brand_account_id=acc.id,
        kind=wq.kind,
        query=wq.query,
        enabled=True,
        next_poll_at=utcnow(),
        created_by_id=actor.employee_id,
    )
    session.add(w)
    session.flush()
    audit.record(
        session,
        "listening_watch_added",
        actor=actor,
        target_type="listening_watch",
        target_id=w.id,
        watch=wq.label,
        account=acc.handle,
    )
    changes.publish(session, TOPIC, [w.id], origin)
    return w


def _own(session: Session, actor: Actor, watch_id: int) -> ListeningWatch:
    _require(actor)
    w = session.get(ListeningWatch, watch_id)
    if w is None or w.workspace_id != actor.workspace_id:
        raise WatchRefused("This watch no longer exists.")
    return w


def set_enabled(
    session: Session, actor: Actor, watch_id: int, enabled: bool, *, origin: str | None = None
) -> None:
    """Pause or resume a watch (a paused watch costs no calls and keeps what it heard)."""
    w = _own(session, actor, watch_id)
    w.enabled = enabled
    if enabled:
        w.next_poll_at = utcnow()
    audit.record(
        session,
        "listening_watch_resumed" if enabled else "listening_watch_paused",
        actor=actor,
        target_type="listening_watch",
        target_id=w.id,
        watch=label_of(w),
    )
    changes.publish(session, TOPIC, [w.id], origin)


def remove_watch(
    session: Session, actor: Actor, watch_id: int, *, origin: str | None = None
) -> None:
    """Remove a watch and what it heard (conversations made from it stay in the inbox)."""
    w = _own(session, actor, watch_id)
    label = label_of(w)
    session.delete(w)
    session.flush()
    audit.record(
        session,
        "listening_watch_removed",
        actor=actor,
        target_type="listening_watch",
        target_id=watch_id,
        watch=label,
    )
    changes.publish(session, TOPIC, [watch_id], origin)


@dataclass(frozen=True)
class WatchFigures:
    id: int
    label: str
    kind: str
    network: str
    account: str
    enabled: bool
    items_recent: int
    items_total: int
    #: mean sentiment of the last day's items (-1..1); None when nothing was heard
    mood: float | None
    negative_share: float | None
    calls_last_hour: int
    planned_per_hour: float
    #: planned calls an hour / the network's documented limit
    budget_share: float
    last_polled_at: datetime | None
    last_error: str | None


def mood_words(mood: float | None, negative_share: float | None) -> str:
    if mood is None:
        return "—"
    tone = "positive" if mood >= POSITIVE_AT else "negative" if mood <= NEGATIVE_AT else "neutral"
    neg = f", {round((negative_share or 0) * 100)} % negative" if negative_share is not None else ""
    return f"{tone} ({mood:+.2f}{neg})"


def budget_words(f: WatchFigures) -> str:
    """ "12 calls in the last hour · plan 15/h = 2 % of Mastodon's limit"."""
    lim = budget.limit_of(f.network)
    calls = "1 call" if f.calls_last_hour == 1 else f"{f.calls_last_hour} calls"
    pct = f.budget_share * 100
    share = f"{pct:.0f} %" if pct >= 1 else f"{pct:.1f} %"
    return (
        f"{calls} in the last hour · plan {f.planned_per_hour:.0f}/h = {share} "
        f"of {lim.network.title() if lim.network != 'x' else 'X'}'s limit"
    )


def watch_figures(
    session: Session, workspace_id: int, *, now: datetime | None = None
) -> list[WatchFigures]:
    now = now or utcnow()
    watches = list(
        session.execute(
            select(ListeningWatch, BrandAccount.network, BrandAccount.handle)
            .join(BrandAccount, BrandAccount.id == ListeningWatch.brand_account_id)
            .where(ListeningWatch.workspace_id == workspace_id)
            .order_by(ListeningWatch.id)
        ).all()
    )
    if not watches:
        return []
    ids = [w.id for w, _n, _h in watches]
    since = now - RECENT
    recent = case((ListeningItem.posted_at >= since, 1), else_=0)
    neg = case(
        ((ListeningItem.posted_at >= since) & (ListeningItem.sentiment <= NEGATIVE_AT), 1),
        else_=0,
    )
    moodsum = case((ListeningItem.posted_at >= since, ListeningItem.sentiment), else_=None)
    stats = {
        wid: (int(total or 0), int(rec or 0), int(negs or 0), m)
        for wid, total, rec, negs, m in session.execute(
            select(
                ListeningItem.watch_id,
                func.count(),
                func.sum(recent),
                func.sum(neg),
                func.avg(moodsum),
            )
            .where(ListeningItem.watch_id.in_(ids))
            .group_by(ListeningItem.watch_id)
        )
    }
    calls = dict(
        session.execute(
            select(ListeningPoll.watch_id, func.sum(ListeningPoll.calls))
            .where(ListeningPoll.watch_id.in_(ids), ListeningPoll.at >= now - timedelta(hours=1))
            .group_by(ListeningPoll.watch_id)
        ).all()
    )
    enabled_per_account: dict[int, int] = defaultdict(int)
    for w, _n, _h in watches:
        if w.enabled:
            enabled_per_account[w.brand_account_id] += 1
    out = []
    for w, network, handle in watches:
        total, rec, negs, m = stats.get(w.id, (0, 0, 0, None))
        planned = (
            budget.planned_calls_per_hour(network, enabled_per_account[w.brand_account_id])
            if w.enabled
            else 0.0
        )
        out.append(
            WatchFigures(
                id=w.id,
                label=label_of(w),
                kind=w.kind,
                network=network,
                account=handle,
                enabled=w.enabled,
                items_recent=rec,
                items_total=total,
                mood=float(m) if m is not None and rec else None,
                negative_share=negs / rec if rec else None,
                calls_last_hour=int(calls.get(w.id) or 0),
                planned_per_hour=planned,
                budget_share=budget.budget_share(network, planned),
                last_polled_at=w.last_polled_at,
                last_error=w.last_error,
            )
        )
    return out
