"""The audit trail: one append-only row per change of consequence.

Callers record inside the same transaction as the change, so an audit row exists exactly when
the change does. Details are small and never hold a secret.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.db.models import AuditEvent
from app.identity.access import Actor


def record(
    session: Session,
    action: str,
    *,
    actor: Actor | None = None,
    workspace_id: int | None = None,
    actor_name: str | None = None,
    target_type: str | None = None,
    target_id: object = None,
    **detail: Any,
) -> AuditEvent:
    event = AuditEvent(
        workspace_id=actor.workspace_id if actor else workspace_id,
        actor_id=actor.employee_id if actor else None,
        actor_name=actor_name
        if actor_name is not None
        else (actor.username if actor else "system"),
        action=action,
        target_type=target_type,
        target_id=None if target_id is None else str(target_id),
        detail=detail,
    )
    session.add(event)
    return event
