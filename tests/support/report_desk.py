"""A small fixed history for checking every report metric by hand.

Europe/Paris, business hours Monday–Friday 09:00–17:00, a Customer Service SLA of 60 minutes
for the first reply and 120 for the next; the week of 26 March – 1 April 2026 crosses a
weekend and the change to summer time (Sunday 29 March, 02:00 → 03:00). Five conversations:

- C1 "weekend": asks Friday 16:30, answered Monday 09:20 (50 business minutes), resolved 10:00;
- C2 "reopened": asks Thursday 10:00, answered 10:10, resolved 11:00; writes again Tuesday
  14:00, answered 15:30, resolved 16:00;
- C3 "hand-off": asks Wednesday 09:00 in Customer Service, handed to Sales 09:05 (Sales has no
  SLA policy, so the clock runs all day), answered 18:30 by sales, still open;
- C4 "no reply": asks Tuesday 17:30, nobody has answered (due Wednesday 10:00);
- C5 another network and account: asks Monday 08:00, answered 09:45, resolved 12:00.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app.db.models import (
    Assignment,
    AuditEvent,
    BrandAccount,
    Conversation,
    ConversationTag,
    Customer,
    Message,
    SlaPolicy,
    Team,
    Workspace,
)
from app.identity import provisioning
from app.identity.access import seed_roles

PARIS = ZoneInfo("Europe/Paris")
PASSWORD = "correct-horse-battery"
#: "now" for the checks: Wednesday 1 April 2026, 20:00 in Paris
NOW = datetime(2026, 4, 1, 20, 0, tzinfo=PARIS).astimezone(UTC)
HOURS = {"tz": "Europe/Paris", "days": [0, 1, 2, 3, 4], "start": "09:00", "end": "17:00"}


def paris(day: int, hh: int, mm: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hh, mm, tzinfo=PARIS).astimezone(UTC)


@dataclass
class ReportDesk:
    workspace: int
    teams: dict[str, int] = field(default_factory=dict)
    accounts: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    logins: dict[str, str] = field(default_factory=dict)
    conv: dict[str, int] = field(default_factory=dict)


def build(s: Session, *, suffix: str | None = None) -> ReportDesk:
    sfx = suffix or uuid.uuid4().hex[:6]
    ws = Workspace(
        name="Reports",
        settings={"business_hours": {"timezone": "Europe/Paris"}},
    )
    s.add(ws)
    s.flush()
    d = ReportDesk(ws.id)
    seed_roles(s, ws.id)
    for name in ("Customer Service", "Sales"):
        s.add(Team(workspace_id=ws.id, name=name, department=name.split()[0].lower()))
    for handle, network in (("acme", "demo"), ("acme_masto", "mastodon")):
        s.add(
            BrandAccount(
                workspace_id=ws.id,
                key=uuid.uuid4().hex,
                network=network,
                handle=handle,
                remote_id=f"r-{handle}-{sfx}",
            )
        )
    s.flush()
    d.teams = {t.name: t.id for t in s.query(Team).filter(Team.workspace_id == ws.id)}
    d.accounts = {
        a.handle: a.id for a in s.query(BrandAccount).filter(BrandAccount.workspace_id == ws.id)
    }
    s.add(
        SlaPolicy(
            workspace_id=ws.id,
            name="Customer Service",
            team_id=d.teams["Customer Service"],
            first_response_minutes=60,
            next_response_minutes=120,
            business_hours=HOURS,
        )
    )
    it = provisioning.system_actor(s, "test setup")
    for short, name, team, role in (
        ("anna", "Anna Agent", "Customer Service", "agent"),
        ("ben", "Ben Agent", "Customer Service", "agent"),
        ("sven", "Sven Sales", "Sales", "sales"),
        ("lena", "Lena Lead", "Customer Service", "team lead"),
        ("mona", "Mona Manager", "", "pr"),
    ):
        login = f"{short}_{sfx}"
        emp = provisioning.add_employee(
            s,
            it,
            login,
            name,
            teams=[team] if team else [],
            roles=[role],
            password=PASSWORD,
        )
        d.people[short] = emp.id
        d.logins[short] = login
    cs, sales = d.teams["Customer Service"], d.teams["Sales"]
    acme, masto = d.accounts["acme"], d.accounts["acme_masto"]
    n = 0

    def conversation(key: str, account: int, team: int, kind: str, intent: str) -> int:
        cust = Customer(
            workspace_id=ws.id,
            network="demo" if account == acme else "mastodon",
            remote_id=f"{key}-{sfx}",
            handle=f"cust_{key}",
        )
        s.add(cust)
        s.flush()
        conv = Conversation(
            workspace_id=ws.id,
            brand_account_id=account,
            customer_id=cust.id,
            thread_key=key,
            kind=kind,
            team_id=team,
            intent=intent,
            status="open",
        )
        s.add(conv)
        s.flush()
        d.conv[key] = conv.id
        return conv.id

    def message(cid: int, account: int, at: datetime, *, out: str | None = None, mood=None) -> None:
        nonlocal n
        n += 1
        s.add(
            Message(
                conversation_id=cid,
                brand_account_id=account,
                remote_id=f"m{n}-{sfx}",
                direction="out" if out else "in",
                kind="reply" if out else "mention",
                employee_id=d.people[out] if out else None,
                text="…",
                created_at=at,
                sentiment=mood,
            )
        )

    def status(cid: int, at: datetime, value: str, who: str) -> None:
        s.add(
            AuditEvent(
                workspace_id=ws.id,
                at=at,
                actor_id=d.people[who],
                actor_name=who,
                action="conversation_status",
                target_type="conversation",
                target_id=str(cid),
                detail={"status": value, "before": "open"},
            )
        )

    c1 = conversation("C1", acme, cs, "mention", "complaint")
    message(c1, acme, paris(27, 16, 30), mood=-0.6)
    message(c1, acme, paris(30, 9, 20), out="anna")
    status(c1, paris(30, 10), "resolved", "anna")

    c2 = conversation("C2", acme, cs, "mention", "question")
    message(c2, acme, paris(26, 10), mood=0.7)
    message(c2, acme, paris(26, 10, 10), out="ben")
    status(c2, paris(26, 11), "resolved", "ben")
    message(c2, acme, paris(31, 14), mood=-0.3)
    message(c2, acme, paris(31, 15, 30), out="anna")
    status(c2, paris(31, 16), "resolved", "anna")

    c3 = conversation("C3", acme, sales, "mention", "purchase")
    message(c3, acme, paris(1, 9, month=4), mood=0.0)
    s.add(
        Assignment(
            conversation_id=c3,
            to_team_id=sales,
            by_employee_id=d.people["ben"],
            action="handoff",
            at=paris(1, 9, 5, month=4),
        )
    )
    message(c3, acme, paris(1, 18, 30, month=4), out="sven")

    c4 = conversation("C4", acme, cs, "mention", "complaint")
    message(c4, acme, paris(31, 17, 30), mood=-0.8)

    c5 = conversation("C5", masto, cs, "dm", "complaint")
    message(c5, masto, paris(30, 8), mood=0.55)
    message(c5, masto, paris(30, 9, 45), out="ben")
    status(c5, paris(30, 12), "resolved", "ben")

    for cid, tag in ((c1, "refund"), (c2, "refund"), (c5, "vip")):
        s.add(ConversationTag(conversation_id=cid, tag=tag))
    for key, st in (("C1", "resolved"), ("C2", "resolved"), ("C5", "resolved")):
        s.get(Conversation, d.conv[key]).status = st  # type: ignore[union-attr]
    s.flush()
    return d
