"""What the Posts view shows: sent posts with their latest counts, a post's history, and the
experiments with their verdicts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import BrandAccount, Employee, Experiment, OutboxItem, OutboxStatus, PostMetric
from app.identity import audit
from app.identity.access import AccessDenied, Actor, Permission
from app.performance import stats
from app.performance.metrics import MEASURED_KINDS


class PerformanceError(Exception):
    """Something the person asked for that cannot be done, in words."""


@dataclass(frozen=True)
class PostRow:
    id: int
    kind: str
    account: str
    network: str
    text: str
    author: str
    sent_at: datetime | None
    url: str | None
    likes: int | None
    reposts: int | None
    replies: int | None
    impressions: int | None
    measured_at: datetime | None

    @property
    def engagement(self) -> int | None:
        if self.likes is None:
            return None
        return (self.likes or 0) + (self.reposts or 0) + (self.replies or 0)


@dataclass(frozen=True)
class Reading:
    at: datetime
    likes: int
    reposts: int
    replies: int
    impressions: int | None


@dataclass(frozen=True)
class ExperimentRow:
    id: int
    name: str
    a: PostRow
    b: PostRow
    verdict: stats.Comparison


def _visible(actor: Actor):  # type: ignore[no-untyped-def]
    """Posts of accounts the actor may post from or approve for, or their own."""
    return OutboxItem.workspace_id == actor.workspace_id


def _may_see(actor: Actor, item: OutboxItem) -> bool:
    return item.workspace_id == actor.workspace_id and (
        item.author_id == actor.employee_id
        or actor.can(Permission.POST_AS_BRAND, account_id=item.brand_account_id)
        or actor.can(Permission.APPROVE, account_id=item.brand_account_id)
        or actor.can(Permission.VIEW_REPORTS)
    )


def posts(session: Session, actor: Actor, limit: int = 500) -> list[PostRow]:
    """Sent posts, newest first, each with its latest reading (None before the first)."""
    last = (
        select(PostMetric.outbox_item_id, func.max(PostMetric.id).label("mid"))
        .group_by(PostMetric.outbox_item_id)
        .subquery()
    )
    rows = session.execute(
        select(
            OutboxItem, BrandAccount.handle, BrandAccount.network, Employee.display_name, PostMetric
        )
        .join(BrandAccount, BrandAccount.id == OutboxItem.brand_account_id)
        .outerjoin(Employee, Employee.id == OutboxItem.author_id)
        .outerjoin(last, last.c.outbox_item_id == OutboxItem.id)
        .outerjoin(PostMetric, PostMetric.id == last.c.mid)
        .where(
            _visible(actor),
            OutboxItem.status == OutboxStatus.SENT,
            OutboxItem.kind.in_(MEASURED_KINDS),
        )
        .order_by(OutboxItem.sent_at.desc(), OutboxItem.id.desc())
        .limit(limit)
    ).all()
    return [_row(*r) for r in rows if _may_see(actor, r[0])]


def _row(
    item: OutboxItem, handle: str, network: str, author: str | None, m: PostMetric | None
) -> PostRow:
    return PostRow(
        id=item.id,
        kind=item.kind,
        account=handle,
        network=network,
        text=item.text,
        author=author or "",
        sent_at=item.sent_at,
        url=item.remote_url,
        likes=m.likes if m else None,
        reposts=m.reposts if m else None,
        replies=m.replies if m else None,
        impressions=m.impressions if m else None,
        measured_at=m.fetched_at if m else None,
    )


def history(session: Session, actor: Actor, item_id: int) -> list[Reading]:
    item = session.get(OutboxItem, item_id)
    if item is None or not _may_see(actor, item):
        raise AccessDenied("This post is outside your scope.")
    rows = session.scalars(
        select(PostMetric)
        .where(PostMetric.outbox_item_id == item_id)
        .order_by(PostMetric.fetched_at, PostMetric.id)
    )
    return [Reading(m.fetched_at, m.likes, m.reposts, m.replies, m.impressions) for m in rows]


def _post_row(session: Session, item_id: int) -> PostRow:
    last = session.scalar(
        select(PostMetric)
        .where(PostMetric.outbox_item_id == item_id)
        .order_by(PostMetric.fetched_at.desc(), PostMetric.id.desc())
        .limit(1)
    )
    item = session.get(OutboxItem, item_id)
    assert item is not None
    acc = session.get(BrandAccount, item.brand_account_id)
    author = session.get(Employee, item.author_id) if item.author_id else None
    assert acc is not None
    return _row(item, acc.handle, acc.network, author.display_name if author else None, last)


def create_experiment(
    session: Session,
    actor: Actor,
    name: str,
    item_a_id: int,
    item_b_id: int,
    origin: str | None = None,
) -> int:
    """Pair two posts as variants A and B (two accounts, or two time slots of one)."""
    if not name.strip():
        raise PerformanceError("Give the experiment a name, e.g. “Launch wording”.")
    if item_a_id == item_b_id:
        raise PerformanceError("Choose two different posts: one for A, one for B.")
    items = [session.get(OutboxItem, i) for i in (item_a_id, item_b_id)]
    for it in items:
        if it is None or it.kind not in MEASURED_KINDS:
            raise PerformanceError("Both variants must be posts of the brand's.")
        if not actor.can(Permission.POST_AS_BRAND, account_id=it.brand_account_id):
            raise AccessDenied("You may only compare posts from accounts you post from.")
    exp = Experiment(
        workspace_id=actor.workspace_id,
        name=name.strip()[:200],
        item_a_id=item_a_id,
        item_b_id=item_b_id,
        created_by_id=actor.employee_id,
    )
    session.add(exp)
    session.flush()
    audit.record(
        session,
        "experiment_created",
        actor=actor,
        target_type="experiment",
        target_id=exp.id,
        a=item_a_id,
        b=item_b_id,
    )
    changes.publish(session, "experiment", [exp.id], origin)
    return exp.id


def experiments(session: Session, actor: Actor) -> list[ExperimentRow]:
    out = []
    for exp in session.scalars(
        select(Experiment)
        .where(Experiment.workspace_id == actor.workspace_id)
        .order_by(Experiment.created_at.desc(), Experiment.id.desc())
    ):
        a, b = _post_row(session, exp.item_a_id), _post_row(session, exp.item_b_id)
        verdict = stats.compare(
            a.engagement or 0,
            b.engagement or 0,
            a_shown=a.impressions,
            b_shown=b.impressions,
        )
        out.append(ExperimentRow(exp.id, exp.name, a, b, verdict))
    return out
