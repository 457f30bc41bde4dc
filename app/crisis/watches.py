"""Watches: what the detector looks at, as configured by PR (validated before it is stored)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.crisis.detector import WatchError, WatchSpec, validate
from app.db import changes
from app.db.models import BrandAccount, CrisisWatch
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
