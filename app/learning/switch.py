"""The IT switch: whether a workspace's learned model is trained and used in routing."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import Workspace

SETTING = "learning_enabled"


def enabled(session: Session, workspace_id: int) -> bool:
    """On unless IT switched it off: corrections only ever make routing follow the team."""
    ws = session.get(Workspace, workspace_id)
    if ws is None:
        return False
    return bool((ws.settings or {}).get(SETTING, True))


def set_enabled(session: Session, workspace_id: int, on: bool) -> None:
    """Switch learning on or off for a workspace (the admin command line calls this)."""
    ws = session.get(Workspace, workspace_id)
    if ws is None:
        raise ValueError(f"There is no workspace {workspace_id}.")
    settings = dict(ws.settings or {})
    settings[SETTING] = bool(on)
    ws.settings = settings
    session.flush()
    changes.publish(session, "workspace", [workspace_id])
