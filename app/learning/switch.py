"""The IT switch: whether a workspace's learned model is trained and used in routing."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import LearnedModel, Workspace
from app.identity import audit
from app.identity.access import AccessDenied, Actor, Permission

SETTING = "learning_enabled"


def enabled(session: Session, workspace_id: int) -> bool:
    """On unless IT switched it off: corrections only ever make routing follow the team."""
    ws = session.get(Workspace, workspace_id)
    if ws is None:
        return False
    return bool((ws.settings or {}).get(SETTING, True))


def set_enabled(session: Session, actor: Actor, on: bool) -> None:
    """Switch learning on or off for the actor's workspace (IT: manage employees or routing).

    Off drops the trained model at once, so routing stops using it on the next batch; the
    corrections stay, and switching on again retrains from all of them.
    """
    if not (
        actor.can_somewhere(Permission.MANAGE_EMPLOYEES)
        or actor.can_somewhere(Permission.MANAGE_ROUTING)
    ):
        raise AccessDenied("Switching learning from corrections needs IT or routing rights.")
    ws = session.get(Workspace, actor.workspace_id)
    if ws is None:
        raise ValueError(f"There is no workspace {actor.workspace_id}.")
    settings = dict(ws.settings or {})
    settings[SETTING] = bool(on)
    ws.settings = settings
    if not on:
        row = session.get(LearnedModel, ws.id)
        if row is not None:
            session.delete(row)
    session.flush()
    # IT at the command line is no employee (id 0): named, not linked
    who = {"actor": actor} if actor.employee_id > 0 else {"actor_name": actor.username}
    audit.record(
        session,
        "learning_switched",
        workspace_id=ws.id,
        target_type="workspace",
        target_id=ws.id,
        enabled=bool(on),
        **who,  # type: ignore[arg-type]
    )
    changes.publish(session, "workspace", [ws.id])
