"""What the composer fills in before a person writes: signatures, templates and canned replies."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.db.models import (
    BrandAccount,
    CannedReply,
    Conversation,
    Employee,
    Workspace,
)
from app.identity.access import AccessDenied, Actor, can_read
from app.publishing.errors import PublishingError

# ------------------------------------------------------------------------------- signature


def signature_format(session: Session, employee: Employee) -> str:
    """The signature policy for this author: the first of their teams with a policy, else the
    workspace's. ``workspace.settings["signature"]`` is ``{"format": "-{initials}",
    "teams": {"<team id>": "" | "^{initials}"}}``; an empty string switches it off."""
    ws = session.get(Workspace, employee.workspace_id)
    policy = (ws.settings or {}).get("signature") if ws else None
    if not isinstance(policy, dict):
        return ""
    teams = policy.get("teams") or {}
    for t in sorted(employee.teams, key=lambda t: t.id):
        if str(t.id) in teams:
            return str(teams[str(t.id)] or "")
    return str(policy.get("format") or "")


def render_signature(fmt: str, employee: Employee) -> str:
    if not fmt:
        return ""
    return _render(
        fmt,
        {
            "initials": employee.initials,
            "agent_initials": employee.initials,
            "agent_name": employee.display_name,
            "first_name": (employee.display_name.split() or [employee.username])[0],
        },
    )


def with_signature(text: str, signature: str) -> str:
    """The text as it will be sent; a signature already there is not added twice."""
    body = text.rstrip()
    if not signature or body.endswith(signature):
        return body
    return f"{body} {signature}"


# ------------------------------------------------------------------------------- templates


class _Keep(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _render(body: str, values: dict[str, str]) -> str:
    try:
        return body.format_map(_Keep(values))
    except (ValueError, IndexError):
        # a stray brace in a template: substitute the names we know, literally
        out = body
        for k, v in values.items():
            out = out.replace("{" + k + "}", v)
        return out


TEMPLATE_VARIABLES = (
    "customer_name",
    "customer_handle",
    "agent_name",
    "agent_initials",
    "brand",
)


def template_values(
    session: Session,
    actor: Actor,
    *,
    conversation_id: int | None = None,
    account_id: int | None = None,
) -> dict[str, str]:
    emp = session.get(Employee, actor.employee_id)
    values = {
        "agent_name": actor.display_name,
        "agent_initials": emp.initials if emp else actor.username[:2].upper(),
        "customer_name": "",
        "customer_handle": "",
        "brand": "",
    }
    if conversation_id is not None:
        conv = session.get(Conversation, conversation_id)
        if conv is not None and can_read(actor, conv):
            values["customer_name"] = conv.customer.display_name or conv.customer.handle
            values["customer_handle"] = "@" + conv.customer.handle
            values["brand"] = conv.brand_account.display_name or conv.brand_account.handle
    elif account_id is not None:
        acc = session.get(BrandAccount, account_id)
        if acc is not None:
            values["brand"] = acc.display_name or acc.handle
    return values


def render_template(body: str, values: dict[str, str]) -> str:
    return _render(body, values)


@dataclass(frozen=True)
class CannedRow:
    id: int
    title: str
    body: str
    scope: str  # shared | team | mine


def canned_replies(session: Session, actor: Actor) -> list[CannedRow]:
    """Shared ones, those of the actor's teams, and the actor's own."""
    q = (
        select(CannedReply)
        .where(
            CannedReply.workspace_id == actor.workspace_id,
            or_(
                (CannedReply.team_id.is_(None) & CannedReply.owner_id.is_(None)),
                CannedReply.team_id.in_(sorted(actor.team_ids) or [-1]),
                CannedReply.owner_id == actor.employee_id,
            ),
        )
        .order_by(CannedReply.title, CannedReply.id)
    )
    out = []
    for c in session.scalars(q):
        scope = "mine" if c.owner_id else ("team" if c.team_id else "shared")
        out.append(CannedRow(c.id, c.title, c.body, scope))
    return out


def add_canned_reply(
    session: Session,
    actor: Actor,
    title: str,
    body: str,
    *,
    team_id: int | None = None,
    private: bool = False,
) -> CannedReply:
    if not title.strip() or not body.strip():
        raise PublishingError("A canned reply needs a title and a text.")
    if team_id is not None and team_id not in actor.team_ids:
        raise AccessDenied("You can add canned replies only for your own teams.")
    row = CannedReply(
        workspace_id=actor.workspace_id,
        team_id=team_id,
        owner_id=actor.employee_id if private else None,
        title=title.strip(),
        body=body,
    )
    session.add(row)
    session.flush()
    return row
