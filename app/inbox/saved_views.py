"""Saved views: an employee's named inbox filters, kept in the shared database.

They follow the employee to any workstation. A filter is stored as plain data
(:meth:`InboxFilter.to_dict`), so a newer console's extra keys do not break an older one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import SavedView
from app.identity import audit
from app.identity.access import AccessDenied, Actor
from app.inbox.conversations import storable
from app.inbox.views import InboxFilter


@dataclass(frozen=True)
class Saved:
    id: int
    name: str
    filter: InboxFilter


def _name(name: str) -> str:
    clean = " ".join(storable(name).split())
    if not clean:
        raise ValueError("A saved view needs a name.")
    if len(clean) > 100:
        raise ValueError("A view name has at most 100 characters.")
    return clean


def list_views(session: Session, actor: Actor) -> list[Saved]:
    return [
        Saved(v.id, v.name, InboxFilter.from_dict(v.filters or {}))
        for v in session.scalars(
            select(SavedView)
            .where(SavedView.employee_id == actor.employee_id)
            .order_by(SavedView.name, SavedView.id)
        )
    ]


def save_view(session: Session, actor: Actor, name: str, flt: InboxFilter) -> Saved:
    """Create a view, or replace the filter of the actor's view of the same name."""
    clean = _name(name)
    row = session.scalar(
        select(SavedView).where(SavedView.employee_id == actor.employee_id, SavedView.name == clean)
    )
    if row is None:
        row = SavedView(employee_id=actor.employee_id, name=clean)
        session.add(row)
    row.filters = flt.to_dict()
    session.flush()
    audit.record(
        session, "saved_view_saved", actor=actor, target_type="saved_view", target_id=row.id
    )
    return Saved(row.id, row.name, flt)


def rename_view(session: Session, actor: Actor, view_id: int, name: str) -> None:
    row = _own(session, actor, view_id)
    row.name = _name(name)


def delete_view(session: Session, actor: Actor, view_id: int) -> None:
    session.delete(_own(session, actor, view_id))


def _own(session: Session, actor: Actor, view_id: int) -> SavedView:
    row = session.get(SavedView, view_id)
    if row is None or row.employee_id != actor.employee_id:
        raise AccessDenied("This saved view does not exist or is not yours.")
    return row
