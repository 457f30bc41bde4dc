"""Return on investment, one page for executives: every figure with how it was computed.

- **Cost avoided**: complaints resolved on social in the period × what one contact would have
  cost on the phone or by e-mail (costs and the phone/e-mail split set by IT or a manager in
  the workspace settings, ``settings["roi"]``).
- **Leads**: conversations handed to a sales team in the period, and what sales marked them:
  won (with a value) or lost; the rest still open.
- **Response times against target**: the median first response against the SLA policy's
  target, and the share of replies in time (from the dashboard's own figures).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import (
    Assignment,
    Conversation,
    Customer,
    LeadOutcome,
    ReportConversation,
    ReportResolution,
    SlaPolicy,
    Team,
    Workspace,
)
from app.db.types import utcnow
from app.identity import audit
from app.identity.access import AccessDenied, Actor, Permission, can_read
from app.reports.metrics import Filters, Period, Report, _conditions, _workspace_tz
from app.reports.scope import ReportScope
from app.reports.timing import describe_seconds

DEFAULTS = {"currency": "EUR", "cost_phone": 6.0, "cost_email": 3.5, "phone_share": 0.6}
COMPLAINT = "complaint"


@dataclass(frozen=True)
class RoiSettings:
    currency: str
    cost_phone: float
    cost_email: float
    phone_share: float

    @property
    def cost_per_contact(self) -> float:
        return self.phone_share * self.cost_phone + (1 - self.phone_share) * self.cost_email

    @classmethod
    def of(cls, settings: dict[str, Any] | None) -> RoiSettings:
        raw = {**DEFAULTS, **((settings or {}).get("roi") or {})}
        try:
            return cls(
                str(raw["currency"])[:8] or "EUR",
                max(0.0, float(raw["cost_phone"])),
                max(0.0, float(raw["cost_email"])),
                min(1.0, max(0.0, float(raw["phone_share"]))),
            )
        except (TypeError, ValueError):
            return cls(**DEFAULTS)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Figure:
    title: str
    value: str
    how: str


@dataclass
class Lead:
    conversation_id: int
    customer: str
    handed_at: str
    outcome: str  # won | lost | open
    value: float | None


@dataclass
class RoiPage:
    period: Period
    settings: RoiSettings
    figures: list[Figure]
    #: week label → (complaints resolved, cost avoided)
    weekly: list[tuple[str, int, float]]
    leads: list[Lead] = field(default_factory=list)


def may_set_costs(actor: Actor) -> bool:
    return (
        actor.can(Permission.MANAGE_EMPLOYEES)
        or actor.can(Permission.MANAGE_ROUTING)
        or (actor.can(Permission.VIEW_REPORTS) and actor.can(Permission.READ_ALL))
    )


def set_costs(
    session: Session,
    actor: Actor,
    *,
    cost_phone: float,
    cost_email: float,
    phone_share: float,
    currency: str = "EUR",
) -> RoiSettings:
    """IT or a manager sets what a contact costs elsewhere (kept in the workspace settings)."""
    if not may_set_costs(actor):
        raise AccessDenied("Only IT or a manager can set the cost per contact.")
    if cost_phone < 0 or cost_email < 0:
        raise ValueError("A cost cannot be negative.")
    if not 0 <= phone_share <= 1:
        raise ValueError("The share of phone contacts is between 0 and 100 %.")
    ws = session.get(Workspace, actor.workspace_id)
    if ws is None:
        raise AccessDenied("This workspace cannot be found.")
    roi = {
        "currency": (currency.strip() or "EUR")[:8],
        "cost_phone": round(cost_phone, 2),
        "cost_email": round(cost_email, 2),
        "phone_share": round(phone_share, 4),
    }
    ws.settings = {**(ws.settings or {}), "roi": roi}
    audit.record(
        session, "roi_costs_set", actor=actor, target_type="workspace", target_id=ws.id, **roi
    )
    session.flush()
    return RoiSettings.of(ws.settings)


def mark_lead(
    session: Session, actor: Actor, conversation_id: int, outcome: str, value: float | None = None
) -> None:
    """Sales marks a lead won (with its value) or lost."""
    if outcome not in ("won", "lost"):
        raise ValueError("A lead is marked won or lost.")
    if value is not None and value < 0:
        raise ValueError("A lead's value cannot be negative.")
    conv = session.get(Conversation, conversation_id)
    if conv is None or not can_read(actor, conv):
        raise AccessDenied("This conversation is outside your scope.")
    sales = set(
        session.scalars(
            select(Team.id).where(
                Team.workspace_id == actor.workspace_id, Team.department == "sales"
            )
        )
    )
    if not (actor.team_ids & sales) and not actor.can(Permission.VIEW_REPORTS):
        raise AccessDenied("Only sales (or someone who reads the reports) marks leads.")
    row = session.get(LeadOutcome, conversation_id)
    if row is None:
        row = LeadOutcome(conversation_id=conversation_id, workspace_id=actor.workspace_id)
        session.add(row)
    row.outcome = outcome
    row.value = value if outcome == "won" else None
    row.marked_by = actor.employee_id
    row.marked_at = utcnow()
    audit.record(
        session,
        "lead_marked",
        actor=actor,
        target_type="conversation",
        target_id=conversation_id,
        outcome=outcome,
        value=row.value,
    )
    session.flush()


def _money(value: float, currency: str) -> str:
    return f"{value:,.2f} {currency}".replace(",", " ")


def build_roi(session: Session, scope: ReportScope, period: Period, report: Report) -> RoiPage:
    """The ROI page for a period; ``report`` is the dashboard's report of the same period."""
    ws = session.get(Workspace, scope.workspace_id)
    settings = RoiSettings.of(ws.settings if ws else None)
    tz = _workspace_tz(session, scope.workspace_id)
    d0, d1 = period.start.isoformat(), period.end.isoformat()
    S = ReportResolution
    resolved_days = session.execute(
        select(S.day, func.count())
        .where(*_conditions(S, scope, Filters()), S.intent == COMPLAINT, S.day.between(d0, d1))
        .group_by(S.day)
    ).all()
    per_day = dict(resolved_days)
    complaints = sum(per_day.values())
    cpc = settings.cost_per_contact
    weekly: list[tuple[str, int, float]] = []
    start = period.start
    while start <= period.end:
        end = min(period.end, start + timedelta(days=6))
        n = sum(v for d, v in per_day.items() if start.isoformat() <= d <= end.isoformat())
        weekly.append((f"{start:%d %b}", n, n * cpc))
        start = end + timedelta(days=1)
    # leads: conversations that reached a sales team in the period (a hand-off, or opened there)
    sales = set(
        session.scalars(
            select(Team.id).where(
                Team.workspace_id == scope.workspace_id, Team.department == "sales"
            )
        )
    )
    if scope.team_ids is not None:
        sales &= scope.team_ids
    lo, hi = period.bounds(tz)
    handed = dict(
        session.execute(
            select(Assignment.conversation_id, func.min(Assignment.at))
            .where(
                Assignment.action == "handoff",
                Assignment.to_team_id.in_(sorted(sales)),
                Assignment.at >= lo,
                Assignment.at < hi,
            )
            .group_by(Assignment.conversation_id)
        ).all()
    )
    opened = dict(
        session.execute(
            select(ReportConversation.conversation_id, ReportConversation.opened_at).where(
                ReportConversation.workspace_id == scope.workspace_id,
                ReportConversation.team_id.in_(sorted(sales)),
                ReportConversation.day.between(d0, d1),
            )
        ).all()
    )
    lead_at = {**opened, **handed}
    outcomes = {
        o.conversation_id: o
        for o in session.scalars(
            select(LeadOutcome).where(LeadOutcome.conversation_id.in_(sorted(lead_at)))
        )
    }
    customers = dict(
        session.execute(
            select(Conversation.id, Customer.handle)
            .join(Customer, Customer.id == Conversation.customer_id)
            .where(Conversation.id.in_(sorted(lead_at)))
        ).all()
    )
    leads = [
        Lead(
            cid,
            f"@{customers.get(cid, '?')}",
            at.astimezone(tz).strftime("%d %b %H:%M"),
            outcomes[cid].outcome if cid in outcomes else "open",
            outcomes[cid].value if cid in outcomes else None,
        )
        for cid, at in sorted(lead_at.items(), key=lambda kv: kv[1], reverse=True)
    ]
    won = [lead for lead in leads if lead.outcome == "won"]
    lost = [lead for lead in leads if lead.outcome == "lost"]
    won_value = sum(lead.value or 0 for lead in won)
    decided = len(won) + len(lost)
    target = session.scalar(
        select(func.min(SlaPolicy.first_response_minutes)).where(
            SlaPolicy.workspace_id == scope.workspace_id
        )
    )
    c = settings.currency
    figures = [
        Figure(
            "Complaints resolved on social",
            f"{complaints}",
            f"Conversations with the intent “complaint” resolved from {period.start:%d %b %Y} "
            f"to {period.end:%d %b %Y} "
            "(a reopened one that is resolved again counts again).",
        ),
        Figure(
            "Cost avoided",
            _money(complaints * cpc, c),
            f"{complaints} × {_money(cpc, c)} per contact, where a contact costs "
            f"{settings.phone_share:.0%} × {_money(settings.cost_phone, c)} by phone + "
            f"{1 - settings.phone_share:.0%} × {_money(settings.cost_email, c)} by e-mail "
            "(set by IT or a manager).",
        ),
        Figure(
            "Leads handed to sales",
            f"{len(leads)}",
            "Conversations handed off to a sales team in the period, or opened in one.",
        ),
        Figure(
            "Leads won",
            f"{len(won)} of {decided} decided" if decided else "none decided yet",
            f"As sales marked them: {len(won)} won, {len(lost)} lost, "
            f"{len(leads) - decided} still open"
            + (f"; {len(won) / decided:.0%} of decided leads won." if decided else "."),
        ),
        Figure(
            "Value won",
            _money(won_value, c),
            "The sum of the values sales entered on the leads they marked won.",
        ),
        Figure(
            "Median first response",
            describe_seconds(report.first.median),
            (f"Target {target} min (the strictest SLA policy); " if target else "No SLA target; ")
            + f"median of {report.first.count} first replies, in business hours where the "
            "policy has them.",
        ),
        Figure(
            "Replies in time",
            f"{report.sla_percent:.1f} %" if report.sla_percent is not None else "—",
            f"{report.sla_met} of {report.sla_total} waits under an SLA policy answered by "
            "their due time; unanswered ones count as missed once due.",
        ),
    ]
    return RoiPage(period, settings, figures, weekly, leads)


def today_in(session: Session, workspace_id: int) -> date:
    return utcnow().astimezone(_workspace_tz(session, workspace_id)).date()
