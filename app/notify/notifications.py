"""Notifications for one employee: assignments, @mentions and SLA breaches.

Rows are written by the services in the transaction that caused them; a workstation reads the
new ones for its signed-in employee after each change batch (the change feed carries ids only,
so nobody learns of another person's notifications from it) and shows them in the tray.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import BrandAccount, Employee, Notification, Role, RoleGrant, RolePermission
from app.db.types import utcnow
from app.identity.access import Actor, Permission


@dataclass(frozen=True)
class NotificationView:
    id: int
    kind: str
    conversation_id: int | None
    text: str
    at: datetime
    read: bool


def newer_than(
    session: Session, actor: Actor, after_id: int, limit: int = 50
) -> list[NotificationView]:
    rows = session.scalars(
        select(Notification)
        .where(Notification.employee_id == actor.employee_id, Notification.id > after_id)
        .order_by(Notification.id)
        .limit(limit)
    )
    return [
        NotificationView(n.id, n.kind, n.conversation_id, n.text, n.at, n.read_at is not None)
        for n in rows
    ]


def latest_id(session: Session, actor: Actor) -> int:
    return int(
        session.scalar(
            select(func.coalesce(func.max(Notification.id), 0)).where(
                Notification.employee_id == actor.employee_id
            )
        )
        or 0
    )


def unread(session: Session, actor: Actor, limit: int = 100) -> list[NotificationView]:
    rows = session.scalars(
        select(Notification)
        .where(Notification.employee_id == actor.employee_id, Notification.read_at.is_(None))
        .order_by(Notification.id.desc())
        .limit(limit)
    )
    return [NotificationView(n.id, n.kind, n.conversation_id, n.text, n.at, False) for n in rows]


def mark_read(session: Session, actor: Actor, ids: list[int] | None = None) -> int:
    q = update(Notification).where(
        Notification.employee_id == actor.employee_id, Notification.read_at.is_(None)
    )
    if ids is not None:
        q = q.where(Notification.id.in_(ids))
    return int(session.execute(q.values(read_at=utcnow())).rowcount or 0)


def insert_rows(session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    """Write notifications for other people, whatever their number.

    One row through the ORM becomes ``INSERT … RETURNING id``, and on PostgreSQL row-level
    security lets the writer read back only their own notifications: an agent's workstation
    telling a single colleague of an SLA breach was refused. An inline insert returns nothing.
    """
    if rows:
        session.execute(insert(Notification.__table__).inline(), list(rows))


# -- brand accounts ------------------------------------------------------------------------------


def account_admin_ids(session: Session, workspace_id: int, account_id: int) -> list[int]:
    """Active employees who may manage this account (workspace-wide or for this account)."""
    q = (
        select(RoleGrant.employee_id)
        .join(Role, Role.id == RoleGrant.role_id)
        .join(RolePermission, RolePermission.role_id == Role.id)
        .join(Employee, Employee.id == RoleGrant.employee_id)
        .where(
            RolePermission.permission == Permission.MANAGE_ACCOUNTS.value,
            Employee.workspace_id == workspace_id,
            Employee.active.is_(True),
            (RoleGrant.brand_account_id.is_(None)) | (RoleGrant.brand_account_id == account_id),
            RoleGrant.team_id.is_(None),
        )
        .distinct()
    )
    return sorted(session.scalars(q))


def notify_admins(session: Session, account: BrandAccount, text: str) -> int:
    """A notification row for each IT admin of the account, in the caller's transaction."""
    ids = account_admin_ids(session, account.workspace_id, account.id)
    for employee_id in ids:
        session.add(
            Notification(employee_id=employee_id, kind="account_needs_reconnect", text=text)
        )
    if ids:
        session.flush()
        changes.publish(session, "notification", ids)
    return len(ids)
