"""Notifications written for a colleague from an employee's own PostgreSQL login.

Row-level security lets a person read back only their own notifications, so a write that asks
for the new row's id (what the ORM does for a single row) is refused: an SLA breach noticed on
one agent's workstation, for the colleague who holds the conversation, failed that way.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.db.models import Conversation, Notification
from app.inbox import sla
from tests.support.handoff_desk import Desk

pytestmark = pytest.mark.postgres


def test_an_sla_breach_seen_by_one_agent_notifies_the_colleague_who_holds_it(desk: Desk) -> None:
    past = datetime.now(UTC) - timedelta(minutes=5)
    cid = desk.conversation(
        "Still no answer about my refund",
        assignee_id=desk.ids["agent2"],
        first_response_due=past,
        last_inbound_at=past - timedelta(minutes=15),
    )
    with desk.signed_in("agent") as agent, agent.factory() as s, s.begin():
        breached = sla.sweep_breaches(s)
    assert cid in breached
    with desk.owner.session() as s:
        assert s.get(Conversation, cid).sla_breached_at is not None
        got = s.scalars(
            select(Notification).where(
                Notification.conversation_id == cid, Notification.kind == "sla_breach"
            )
        ).all()
    assert [n.employee_id for n in got] == [desk.ids["agent2"]]
    assert "overdue" in got[0].text
