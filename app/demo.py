"""The demo workspace: the people and brand accounts a trial of the console starts with."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import (
    BrandAccount,
    CannedReply,
    Employee,
    EmployeeTeam,
    RoleGrant,
    SlaPolicy,
    Team,
    Workspace,
)
from app.identity import audit
from app.identity.access import seed_roles
from app.identity.auth import hash_password

DEMO_PASSWORD = "demo"
DEMO_BRANDS = ("acme", "acme_help")

TEAMS = (
    ("Customer Service", "support"),
    ("PR", "pr"),
    ("Sales", "sales"),
    ("Product", "product"),
    ("Marketing", "marketing"),
    ("IT", "it"),
)

# username, display name, team, role, what they do
PEOPLE = (
    ("ines", "Inès Moreau", "IT", "it admin", "IT admin"),
    ("alice", "Alice Novak", "Customer Service", "agent", "support agent"),
    ("bob", "Bob Okafor", "Customer Service", "agent", "support agent"),
    ("priya", "Priya Raman", "PR", "pr", "PR lead"),
    ("sam", "Sam Lopez", "Sales", "sales", "sales rep"),
    ("pat", "Pat Berg", "Product", "product", "product manager"),
    ("lena", "Lena Fischer", "Customer Service", "team lead", "team lead (approves)"),
    ("mia", "Mia Costa", "Marketing", "marketing", "marketer (posts need approval)"),
)

CANNED = (
    (
        "Apology, ask for order number",
        "Hi {customer_name}, we're sorry about this. Could you send us your order number "
        "in a direct message? We'll sort it out today.",
    ),
    ("Thanks for the praise", "Thank you {customer_name}, that made our day!"),
    (
        "Passed to the team",
        "Thanks {customer_name}, I've passed this to our product team.",
    ),
)


@dataclass(frozen=True)
class DemoPerson:
    username: str
    display_name: str
    job: str


def demo_people() -> list[DemoPerson]:
    return [DemoPerson(u, n, job) for u, n, _t, _r, job in PEOPLE]


def ensure_demo_workspace(session: Session) -> Workspace:
    """Create the demo workspace once; an existing one (any workspace) is left as it is."""
    ws = session.scalar(select(Workspace).order_by(Workspace.id).limit(1))
    if ws is not None:
        return ws
    ws = Workspace(
        name="Acme (demo)",
        # replies are signed with the agent's initials (the team policy of the demo)
        settings={"demo": True, "signature": {"format": "-{initials}"}},
    )
    session.add(ws)
    session.flush()
    roles = seed_roles(session, ws.id)
    teams = {}
    for name, dept in TEAMS:
        t = Team(workspace_id=ws.id, name=name, department=dept)
        session.add(t)
        teams[name] = t
    session.flush()
    pw = hash_password(DEMO_PASSWORD)
    for username, name, team, role, _job in PEOPLE:
        e = Employee(
            workspace_id=ws.id,
            username=username,
            display_name=name,
            password_hash=pw,
            email=f"{username}@acme.example",
        )
        session.add(e)
        session.flush()
        session.add(EmployeeTeam(employee_id=e.id, team_id=teams[team].id))
        session.add(RoleGrant(employee_id=e.id, role_id=roles[role].id))
    for handle in DEMO_BRANDS:
        session.add(
            BrandAccount(
                workspace_id=ws.id,
                key=uuid.uuid4().hex,
                network="demo",
                handle=handle,
                display_name=f"Acme ({handle})",
                remote_id=f"demo-brand-{handle}",
                settings={"default_team_id": teams["Customer Service"].id},
            )
        )
    # routing: the default rules and business hours (auto-assignment is switched on per team
    # in the routing editor)
    ws.settings = {
        **ws.settings,
        "business_hours": {
            "timezone": "Europe/Paris",
            "days": ["mon", "tue", "wed", "thu", "fri"],
            "start": "09:00",
            "end": "18:00",
        },
    }
    session.flush()
    from app.routing.store import seed_default_rules  # the rules engine: only when seeding

    seed_default_rules(session, ws.id)
    # SLA timers in the list from the first minute: customer service answers within 15 minutes
    session.add(
        SlaPolicy(
            workspace_id=ws.id,
            name="Customer Service",
            team_id=teams["Customer Service"].id,
            first_response_minutes=15,
            next_response_minutes=60,
            business_hours={},
        )
    )
    for title, body in CANNED:
        session.add(CannedReply(workspace_id=ws.id, title=title, body=body))
    audit.record(
        session,
        "workspace_created",
        workspace_id=ws.id,
        actor_name="demo setup",
        target_type="workspace",
        target_id=ws.id,
    )
    session.flush()
    return ws
