"""One open conversation per customer and channel: the workspace setting and the lookup ingest uses.

Threading by reply chain alone gave one customer a new conversation for every new mention
(one held 50, two of them with the same agent). With this setting on (the default), a new
message from a customer who already has an open conversation with the same brand account on
the same *channel* joins that conversation instead of opening another.

A **channel** is how the customer reached the brand account: ``private`` for direct messages
(what only the brand reads) and ``public`` for everything said in the open — mentions, replies
in a public thread and comments on the brand's posts. A DM and a public mention of one customer
stay apart because the answer goes back the way the question came (a public reply to a private
question would leak it). "Open" means not resolved: open, pending (waiting for the customer)
and snoozed conversations all take the new message, which wakes them.

Reply chains still come first: a message in a thread that already has a conversation goes
there, as before (and reopens it when it was resolved). Only a message that would have opened
a new conversation looks for the customer's open one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import changes
from app.db.bulk import member_of
from app.db.models import Conversation, ConversationStatus, Workspace
from app.identity import audit
from app.identity.access import AccessDenied, Actor, Permission

SETTING = "one_open_per_customer"
DEFAULT = True
PRIVATE = "private"
PUBLIC = "public"


def channel_of(kind: str) -> str:
    """The channel of a message or conversation kind (see the module docstring)."""
    return PRIVATE if kind == "dm" else PUBLIC


def one_open_per_customer(settings: dict[str, Any] | None) -> bool:
    return bool((settings or {}).get(SETTING, DEFAULT))


def is_enabled(session: Session, workspace_id: int) -> bool:
    ws = session.get(Workspace, workspace_id)
    return one_open_per_customer(ws.settings if ws else None)


def set_enabled(
    session: Session, actor: Actor, enabled: bool, *, origin: str | None = None
) -> None:
    """Switch the rule for the whole workspace (team leads and IT, as for the reply policy)."""
    if not (
        actor.can(Permission.MANAGE_ROUTING)
        or actor.can(Permission.APPROVE)
        or actor.can(Permission.MANAGE_EMPLOYEES)
    ):
        raise AccessDenied("Only a team lead or IT can change how conversations are threaded.")
    ws = session.get(Workspace, actor.workspace_id)
    assert ws is not None
    ws.settings = {**(ws.settings or {}), SETTING: bool(enabled)}
    # IT's command line acts as no employee (id 0): its name is recorded instead
    audit.record(
        session,
        "one_open_per_customer",
        actor=actor if actor.employee_id > 0 else None,
        workspace_id=actor.workspace_id,
        actor_name=actor.username,
        target_type="workspace",
        target_id=ws.id,
        enabled=bool(enabled),
    )
    changes.publish(session, "workspace", [ws.id], origin)


def open_conversations(
    session: Session, account_id: int, customer_ids: Sequence[int]
) -> dict[tuple[int, str], int]:
    """(customer, channel) → the customer's most recent open conversation with the account.

    One statement for the whole batch, whatever its size (served by the customer index).
    """
    if not customer_ids:
        return {}
    out: dict[tuple[int, str], int] = {}
    rows = session.execute(
        select(Conversation.customer_id, Conversation.kind, Conversation.id)
        .where(
            Conversation.brand_account_id == account_id,
            member_of(session, Conversation.customer_id, sorted(set(customer_ids))),
            Conversation.status != ConversationStatus.RESOLVED.value,
        )
        .order_by(Conversation.last_message_at.desc(), Conversation.id.desc())
    )
    for customer_id, kind, cid in rows:
        out.setdefault((customer_id, channel_of(kind)), cid)
    return out
