"""The publishing pause, for the whole workspace or one account.

A pause locks the workspace row the same way the publisher does while it sends, so once a pause
has committed not one more item goes out.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.db import changes
from app.db.locks import PAUSE_NAMESPACE
from app.db.models import (
    BrandAccount,
    Workspace,
)
from app.identity import audit
from app.identity.access import AccessDenied, Actor, Permission
from app.publishing.errors import PublishingError

# ------------------------------------------------------------------------------------ pause


@dataclass(frozen=True)
class PauseState:
    workspace_paused: bool
    workspace_reason: str | None
    #: (account id, handle, network, reason)
    accounts: tuple[tuple[int, str, str, str | None], ...] = ()

    @property
    def any(self) -> bool:
        return self.workspace_paused or bool(self.accounts)

    def banner(self) -> str:
        parts = []
        if self.workspace_paused:
            parts.append(f"All publishing is paused: {self.workspace_reason or 'no reason given'}.")
        for _id, handle, network, reason in self.accounts:
            parts.append(
                f"Publishing from @{handle} ({network}) is paused: {reason or 'no reason given'}."
            )
        return " ".join(parts)


def take_pause_gate(session: Session, workspace_ids: list[int], *, exclusive: bool) -> None:
    """PostgreSQL: the gate a pause and the sends queue at, in arrival order.

    The row lock alone is not fair: a sharer that finds the workspace row locked only by other
    sharers takes its share at once, ahead of a pause already waiting. Two publishers whose
    sends overlap then hold the row without a gap, and the pause waits for the queue to run dry
    (161 s once in a test). Advisory locks are the server's queued locks: a share asked for
    after a waiting exclusive request waits behind it. Taken in its own statement before the
    row is read, so the read's snapshot is taken after the wait, and in id order, so two
    transactions never wait on each other crosswise. Released at commit. No-op on SQLite."""
    if session.get_bind().dialect.name != "postgresql":
        return
    fn = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
    for ws_id in sorted(set(workspace_ids)):
        session.execute(text(f"SELECT {fn}(:ns, :ws)"), {"ns": PAUSE_NAMESPACE, "ws": int(ws_id)})


def lock_workspace_for_pause(session: Session, workspace_id: int) -> Workspace | None:
    """Take the lock the publisher's sends hold in shared mode: a pause waits for the sends in
    flight, and no send starts until it commits. PostgreSQL: the pause gate, then
    ``FOR NO KEY UPDATE`` (does not block foreign-key checks); SQLite: the write lock of
    ``BEGIN IMMEDIATE`` (our caller's transaction must not have written yet)."""
    if session.get_bind().dialect.name == "postgresql":
        take_pause_gate(session, [workspace_id], exclusive=True)
        return session.scalar(
            select(Workspace).where(Workspace.id == workspace_id).with_for_update(key_share=True)
        )
    begin_immediate(session)
    return session.get(Workspace, workspace_id, populate_existing=True)


def begin_immediate(session: Session) -> None:
    """On SQLite, take the database's write lock now (``BEGIN IMMEDIATE``), so the checks that
    follow cannot be invalidated by another writer before we commit. No-op elsewhere."""
    if session.get_bind().dialect.name != "sqlite":
        return
    conn = session.connection()
    if not conn.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def pause_publishing(
    session: Session,
    actor: Actor,
    reason: str,
    *,
    account_id: int | None = None,
    origin: str | None = None,
) -> PauseState:
    """Pause the workspace (or one account). When this commits, the publisher sends nothing more."""
    if not reason.strip():
        raise PublishingError("Give a reason: everyone sees it while publishing is paused.")
    if not actor.can(Permission.PAUSE_PUBLISHING, account_id=account_id):
        raise AccessDenied("You do not have the permission to pause publishing.")
    ws = lock_workspace_for_pause(session, actor.workspace_id)
    assert ws is not None
    if account_id is None:
        ws.publishing_paused = True
        ws.paused_reason = reason.strip()
        changes.publish(session, "workspace", [ws.id], origin)
    else:
        acc = session.get(BrandAccount, account_id, populate_existing=True)
        if acc is None or acc.workspace_id != ws.id:
            raise PublishingError("This brand account does not exist.")
        acc.publishing_paused = True
        acc.paused_reason = reason.strip()
        changes.publish(session, "account", [acc.id], origin)
    audit.record(
        session,
        "publishing_paused",
        actor=actor,
        target_type="brand_account" if account_id else "workspace",
        target_id=account_id or ws.id,
        reason=reason.strip(),
    )
    session.flush()
    return pause_state(session, ws.id)


def resume_publishing(
    session: Session,
    actor: Actor,
    *,
    account_id: int | None = None,
    origin: str | None = None,
    reason: str | None = None,
) -> PauseState:
    """Resume; the reason (the UI asks for one, with a confirmation) goes to the audit trail."""
    if not actor.can(Permission.PAUSE_PUBLISHING, account_id=account_id):
        raise AccessDenied("You do not have the permission to resume publishing.")
    ws = lock_workspace_for_pause(session, actor.workspace_id)
    assert ws is not None
    if account_id is None:
        ws.publishing_paused = False
        ws.paused_reason = None
        changes.publish(session, "workspace", [ws.id], origin)
    else:
        acc = session.get(BrandAccount, account_id, populate_existing=True)
        if acc is None or acc.workspace_id != ws.id:
            raise PublishingError("This brand account does not exist.")
        acc.publishing_paused = False
        acc.paused_reason = None
        changes.publish(session, "account", [acc.id], origin)
    audit.record(
        session,
        "publishing_resumed",
        actor=actor,
        target_type="brand_account" if account_id else "workspace",
        target_id=account_id or ws.id,
        reason=(reason or "").strip() or None,
    )
    session.flush()
    return pause_state(session, ws.id)


def pause_state(session: Session, workspace_id: int) -> PauseState:
    ws = session.get(Workspace, workspace_id, populate_existing=True)
    accs = session.execute(
        select(
            BrandAccount.id, BrandAccount.handle, BrandAccount.network, BrandAccount.paused_reason
        )
        .where(BrandAccount.workspace_id == workspace_id, BrandAccount.publishing_paused.is_(True))
        .order_by(BrandAccount.id)
    ).all()
    return PauseState(
        bool(ws and ws.publishing_paused),
        ws.paused_reason if ws else None,
        tuple((a[0], a[1], a[2], a[3]) for a in accs),
    )


#: the workspace setting a crisis writes when the pause is its own (publishing was running)
CRISIS_PAUSE_KEY = "crisis_pause"


def crisis_only(session: Session, workspace_ids: list[int]) -> set[int]:
    """Paused workspaces whose pause is the crisis's own: items PR cleared may still go out.

    A pause someone made before the crisis holds everything, PR's statements included."""
    if not workspace_ids:
        return set()
    rows = session.execute(
        select(Workspace.id, Workspace.settings, Workspace.crisis_mode).where(
            Workspace.id.in_(workspace_ids)
        )
    )
    return {i for i, st, crisis in rows if crisis and (st or {}).get(CRISIS_PAUSE_KEY)}
