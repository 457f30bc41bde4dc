"""What the composer fills in before a person writes: signatures and the values of templates.

Canned replies themselves (shared, per team, private) are app/inbox/canned.py.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.db.models import (
    BrandAccount,
    Conversation,
    Employee,
    Workspace,
)
from app.identity.access import Actor, can_read
from app.inbox import canned

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


#: the variables a canned reply may use (one list, kept with the canned replies)
TEMPLATE_VARIABLES = canned.VARIABLES


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
