"""One post, several accounts: a composition with a text variant per network, approved as one.

A set is one outbox post per brand account, sharing a ``post_set`` key (and a campaign, a
time and, if asked, a two-step approval plan). Nothing new publishes it: each item goes through
the outbox's own submission and approval rules and the publisher sends each exactly once with
its own idempotency key. What the set adds is that the author writes once and the approver
decides once: :func:`approve_set` signs every waiting item of the set in one transaction, so the
accounts never disagree about what was approved.

Checks before anything is queued run over every variant first (all or nothing): a composition
with one variant too long for X queues none of its posts. The checks are a tuple of functions
(:data:`DEFAULT_CHECKS`) so a further rule (e.g. guardrails) is one more entry, not a rewrite.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import BrandAccount, OutboxItem, OutboxStatus
from app.db.types import utcnow
from app.identity import audit
from app.identity.access import AccessDenied, Actor, Permission
from app.publishing import approval_steps, outbox
from app.publishing.errors import PublishingError

S = OutboxStatus
CAMPAIGN_MAX = 100


@dataclass(frozen=True)
class Variant:
    """What goes to one account: its text (the network's variant) and the shared images."""

    account_id: int
    text: str
    media: tuple[dict[str, str], ...] = ()


@dataclass(frozen=True)
class Composition:
    variants: tuple[Variant, ...]
    scheduled_at: datetime | None = None
    campaign: str | None = None
    two_step: bool = False


@dataclass(frozen=True)
class SetResult:
    key: str
    item_ids: tuple[int, ...]
    #: per item: its status after submission ("awaiting_approval", "scheduled", …)
    statuses: tuple[str, ...] = field(default_factory=tuple)

    @property
    def awaiting(self) -> int:
        return sum(1 for s in self.statuses if s == S.AWAITING_APPROVAL)


#: (session, actor, variant) → problems in words; each names its account
SubmitCheck = Callable[[Session, Actor, Variant], list[str]]


def network_check(session: Session, actor: Actor, variant: Variant) -> list[str]:
    """The variant counted its network's way (signature included), its images and account."""
    acc = session.get(BrandAccount, variant.account_id)
    if acc is None or acc.workspace_id != actor.workspace_id:
        return ["One of the chosen brand accounts no longer exists."]
    if not actor.can(Permission.POST_AS_BRAND, account_id=acc.id):
        return [f"@{acc.handle}: you do not have the permission to post from this account."]
    result = outbox.check(
        session, actor, account_id=acc.id, kind="post", text=variant.text, media=variant.media
    )
    return [f"@{acc.handle} ({acc.network}): {p}" for p in result.problems]


#: the checks every composition passes before any of its posts is queued
DEFAULT_CHECKS: tuple[SubmitCheck, ...] = (network_check,)


def clean_campaign(campaign: str | None) -> str | None:
    name = " ".join((campaign or "").split())
    if len(name) > CAMPAIGN_MAX:
        raise PublishingError(f"A campaign name has at most {CAMPAIGN_MAX} characters.")
    return name or None


def problems(
    session: Session,
    actor: Actor,
    composition: Composition,
    checks: Sequence[SubmitCheck] = DEFAULT_CHECKS,
) -> list[str]:
    """Everything wrong with the composition, in words; empty when it may be queued."""
    out: list[str] = []
    if not composition.variants:
        out.append("Choose at least one brand account to post from.")
    ids = [v.account_id for v in composition.variants]
    if len(set(ids)) != len(ids):
        out.append("An account is chosen twice; each account gets one post.")
    when = composition.scheduled_at
    if when is not None and when <= utcnow():
        out.append("The scheduled time is in the past; choose a later time.")
    for v in composition.variants:
        for check in checks:
            out.extend(check(session, actor, v))
    return out


def compose(
    session: Session,
    actor: Actor,
    composition: Composition,
    *,
    checks: Sequence[SubmitCheck] = DEFAULT_CHECKS,
    origin: str | None = None,
) -> SetResult:
    """Queue one post per account as one set (in the caller's transaction: all or none)."""
    found = problems(session, actor, composition, checks)
    if found:
        raise PublishingError(" ".join(found))
    campaign = clean_campaign(composition.campaign)
    key = uuid.uuid4().hex
    ids: list[int] = []
    for v in composition.variants:
        item = outbox.create_draft(
            session,
            actor,
            kind="post",
            account_id=v.account_id,
            text=v.text,
            media=list(v.media),
            scheduled_at=composition.scheduled_at,
            origin=origin,
        )
        item.campaign = campaign
        item.post_set = key
        session.flush()
        if composition.two_step:
            approval_steps.plan(session, item.id, approval_steps.TWO_STEP_POST_PLAN)
        outbox.submit(session, actor, item.id, origin=origin)
        ids.append(item.id)
    statuses = tuple(session.scalars(select(OutboxItem.status).where(OutboxItem.id.in_(ids))).all())
    audit.record(
        session,
        "post_set_submitted",
        actor=actor,
        target_type="post_set",
        target_id=key,
        items=ids,
        campaign=campaign,
        two_step=composition.two_step,
        scheduled_at=composition.scheduled_at.isoformat() if composition.scheduled_at else None,
    )
    return SetResult(key, tuple(ids), statuses)


def items_of(session: Session, actor: Actor, key: str) -> list[OutboxItem]:
    return list(
        session.scalars(
            select(OutboxItem)
            .where(OutboxItem.post_set == key, OutboxItem.workspace_id == actor.workspace_id)
            .order_by(OutboxItem.id)
            .execution_options(populate_existing=True)
        )
    )


def approve_set(
    session: Session, actor: Actor, key: str, *, origin: str | None = None
) -> list[int]:
    """Approve (or sign the next step of) every waiting item of the set, in one transaction.

    If the approver may not approve one of them, none is approved: the set stays whole.
    Returns the ids approved or signed.
    """
    waiting = [i for i in items_of(session, actor, key) if i.status == S.AWAITING_APPROVAL]
    if not waiting:
        raise PublishingError("Nothing in this set is waiting for approval any more.")
    for item in waiting:
        try:
            outbox.approve(session, actor, item.id, origin=origin)
        except AccessDenied as exc:
            handle = session.scalar(
                select(BrandAccount.handle).where(BrandAccount.id == item.brand_account_id)
            )
            raise AccessDenied(f"@{handle}: {exc} Nothing in the set was approved.") from exc
    audit.record(
        session,
        "post_set_approved",
        actor=actor,
        target_type="post_set",
        target_id=key,
        items=[i.id for i in waiting],
    )
    return [i.id for i in waiting]


def reject_set(
    session: Session, actor: Actor, key: str, comment: str, *, origin: str | None = None
) -> list[int]:
    """Send every waiting item of the set back to its author with one comment."""
    waiting = [i for i in items_of(session, actor, key) if i.status == S.AWAITING_APPROVAL]
    if not waiting:
        raise PublishingError("Nothing in this set is waiting for approval any more.")
    for item in waiting:
        outbox.reject(session, actor, item.id, comment, origin=origin)
    changes.publish(session, "outbox", [i.id for i in waiting], origin)
    return [i.id for i in waiting]


def set_sizes(session: Session, keys: Sequence[str]) -> Mapping[str, int]:
    """How many items each set holds (the approvals dock says "approve all 3")."""
    if not keys:
        return {}
    rows = session.execute(
        select(OutboxItem.post_set, OutboxItem.id).where(OutboxItem.post_set.in_(list(keys)))
    ).all()
    out: dict[str, int] = {}
    for k, _id in rows:
        out[k] = out.get(k, 0) + 1
    return out
