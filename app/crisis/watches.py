"""Watches: what the detector looks at, as configured by PR (validated before it is stored)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.crisis.detector import WatchError, WatchSpec, validate
from app.db import changes
from app.db.models import BrandAccount, CrisisAlert, CrisisWatch
from app.identity import audit
from app.identity.access import AccessDenied, Actor, Permission

DEFAULT_NAME = "All mentions"


def spec_of(w: CrisisWatch) -> WatchSpec:
    return WatchSpec(
        id=w.id,
        workspace_id=w.workspace_id,
        name=w.name,
        account_id=w.brand_account_id,
        keyword=w.keyword,
        intent=w.intent,
        sentiment=w.sentiment,
        window_minutes=w.window_minutes,
        sensitivity=w.sensitivity,
        cooldown_minutes=w.cooldown_minutes,
    )


def list_watches(
    session: Session, workspace_id: int, *, enabled_only: bool = False
) -> list[CrisisWatch]:
    q = select(CrisisWatch).where(CrisisWatch.workspace_id == workspace_id)
    if enabled_only:
        q = q.where(CrisisWatch.enabled.is_(True))
    return list(session.scalars(q.order_by(CrisisWatch.id)))


def ensure_default_watch(session: Session, workspace_id: int) -> None:
    """Every workspace watches all its mentions until PR says otherwise."""
    if session.scalar(select(CrisisWatch.id).where(CrisisWatch.workspace_id == workspace_id)):
        return
    session.add(
        CrisisWatch(
            workspace_id=workspace_id,
            name=DEFAULT_NAME,
            sentiment="any",
            window_minutes=10,
            sensitivity="balanced",
            cooldown_minutes=30,
            enabled=True,
        )
    )
    session.flush()


def save_watch(
    session: Session,
    actor: Actor,
    *,
    name: str,
    keyword: str | None = None,
    account_id: int | None = None,
    intent: str | None = None,
    sentiment: str = "any",
    window_minutes: int = 10,
    sensitivity: str = "balanced",
    cooldown_minutes: int = 30,
    watch_id: int | None = None,
    origin: str | None = None,
) -> CrisisWatch:
    """Create or change a watch; a bad keyword or setting is refused with the reason."""
    if not actor.can(Permission.CRISIS_CONTROL):
        raise AccessDenied("You do not have the permission to change what the crisis alerts watch.")
    if keyword is not None and not keyword.strip() and keyword != "":
        keyword = ""  # whitespace only: refused below as empty
    spec = WatchSpec(
        id=watch_id or 0,
        workspace_id=actor.workspace_id,
        name=name,
        account_id=account_id,
        keyword=keyword,
        intent=intent or None,
        sentiment=sentiment,
        window_minutes=int(window_minutes),
        sensitivity=sensitivity,
        cooldown_minutes=int(cooldown_minutes),
    )
    validate(spec)  # raises WatchError with the reason
    if account_id is not None:
        acc = session.get(BrandAccount, account_id)
        if acc is None or acc.workspace_id != actor.workspace_id:
            raise WatchError("This brand account does not exist.")
    w = session.get(CrisisWatch, watch_id) if watch_id else None
    if watch_id and (w is None or w.workspace_id != actor.workspace_id):
        raise WatchError("This watch no longer exists.")
    if w is None:
        w = CrisisWatch(workspace_id=actor.workspace_id, enabled=True)
        session.add(w)
    w.name = name.strip()
    w.keyword = keyword.strip() if keyword else None
    w.brand_account_id = account_id
    w.intent = intent or None
    w.sentiment = sentiment
    w.window_minutes = int(window_minutes)
    w.sensitivity = sensitivity
    w.cooldown_minutes = int(cooldown_minutes)
    session.flush()
    audit.record(
        session,
        "crisis_watch_saved",
        actor=actor,
        target_type="crisis_watch",
        target_id=w.id,
        name=w.name,
        keyword=w.keyword,
        sensitivity=w.sensitivity,
    )
    changes.publish(session, "crisis_watch", [w.id], origin)
    return w


@dataclass(frozen=True)
class WatchRow:
    """A watch as the list of watches shows it, with its newest alert and account in words."""

    id: int
    name: str
    keyword: str | None
    account_id: int | None
    account: str  # "All accounts" or the handle
    intent: str | None
    sentiment: str
    window_minutes: int
    sensitivity: str
    cooldown_minutes: int
    enabled: bool
    last_alert_at: datetime | None
    alerts: int

    @property
    def counts(self) -> str:
        """What the watch counts, in words ("negative messages about “charger” on @acme")."""
        what = {"any": "messages", "negative": "negative messages", "positive": "positive messages"}
        words = [what.get(self.sentiment, "messages")]
        if self.intent:
            words.append(f"with the topic {self.intent.replace('_', ' ')}")
        if self.keyword:
            words.append(f"matching “{self.keyword}”")
        words.append("on all accounts" if self.account_id is None else f"on {self.account}")
        return " ".join(words)


def account_choices(session: Session, workspace_id: int) -> list[tuple[int, str]]:
    """The brand accounts a watch may be narrowed to, as (id, handle), by handle."""
    q = (
        select(BrandAccount.id, BrandAccount.handle)
        .where(BrandAccount.workspace_id == workspace_id)
        .order_by(BrandAccount.handle)
    )
    return [(i, h) for i, h in session.execute(q)]


def watch_rows(session: Session, workspace_id: int) -> list[WatchRow]:
    """Every watch of the workspace, enabled or not, for the list PR manages."""
    alerts = (
        select(CrisisAlert.watch_id, func.count().label("n"))
        .where(CrisisAlert.workspace_id == workspace_id)
        .group_by(CrisisAlert.watch_id)
        .subquery()
    )
    q = (
        select(CrisisWatch, BrandAccount.handle, func.coalesce(alerts.c.n, 0))
        .outerjoin(BrandAccount, BrandAccount.id == CrisisWatch.brand_account_id)
        .outerjoin(alerts, alerts.c.watch_id == CrisisWatch.id)
        .where(CrisisWatch.workspace_id == workspace_id)
        .order_by(func.lower(CrisisWatch.name), CrisisWatch.id)
    )
    return [
        WatchRow(
            id=w.id,
            name=w.name,
            keyword=w.keyword,
            account_id=w.brand_account_id,
            account=handle or "All accounts",
            intent=w.intent,
            sentiment=w.sentiment,
            window_minutes=w.window_minutes,
            sensitivity=w.sensitivity,
            cooldown_minutes=w.cooldown_minutes,
            enabled=w.enabled,
            last_alert_at=w.last_alert_at,
            alerts=int(n),
        )
        for w, handle, n in session.execute(q)
    ]


def _own_watch(session: Session, actor: Actor, watch_id: int) -> CrisisWatch:
    if not actor.can(Permission.CRISIS_CONTROL):
        raise AccessDenied("You do not have the permission to change what the crisis alerts watch.")
    w = session.get(CrisisWatch, watch_id, with_for_update=True)
    if w is None or w.workspace_id != actor.workspace_id:
        raise WatchError("This watch no longer exists; a colleague may have deleted it.")
    return w


def set_enabled(
    session: Session, actor: Actor, watch_id: int, enabled: bool, *, origin: str | None = None
) -> CrisisWatch:
    """Pause or resume a watch; a paused watch keeps its settings and its alerts."""
    w = _own_watch(session, actor, watch_id)
    if w.enabled == enabled:
        return w
    w.enabled = enabled
    session.flush()
    audit.record(
        session,
        "crisis_watch_enabled" if enabled else "crisis_watch_disabled",
        actor=actor,
        target_type="crisis_watch",
        target_id=w.id,
        name=w.name,
    )
    changes.publish(session, "crisis_watch", [w.id], origin)
    return w


def delete_watch(
    session: Session, actor: Actor, watch_id: int, *, origin: str | None = None
) -> str:
    """Delete a watch; its past alerts stay (the room and post-mortems still show them).

    The last watch cannot be deleted: with none at all the detector would fall back to watching
    every mention, the opposite of what the person meant; pausing it says that plainly.
    """
    w = _own_watch(session, actor, watch_id)
    others = session.scalar(
        select(func.count())
        .select_from(CrisisWatch)
        .where(CrisisWatch.workspace_id == actor.workspace_id, CrisisWatch.id != w.id)
    )
    if not others:
        raise WatchError(
            "This is the only watch. Pause it instead, or add another watch before deleting it."
        )
    name = w.name
    session.delete(w)
    session.flush()
    audit.record(
        session,
        "crisis_watch_deleted",
        actor=actor,
        target_type="crisis_watch",
        target_id=watch_id,
        name=name,
    )
    changes.publish(session, "crisis_watch", [watch_id], origin)
    return name
