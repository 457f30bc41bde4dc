"""Guardrails and amplifying from an employee's own PostgreSQL login (migration 0019's grants
and policies): an agent reads the rules that bind them and is refused with the reason; they
cannot write rules, not even around the app; they may suggest amplifying a praise, which
waits for approval; metrics are the worker's to write."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from app.db.models import GuardrailRule, OutboxItem, PostMetric
from app.identity.access import AccessDenied, load_actor
from app.identity.provisioning import system_actor
from app.publishing import amplify, guardrails, outbox
from app.publishing.errors import PublishingError
from tests.support.handoff_desk import Desk

pytestmark = pytest.mark.postgres


def test_an_agent_is_held_to_the_rules_and_cannot_change_them(desk: Desk) -> None:
    with desk.owner.factory() as s, s.begin():
        guardrails.add_rule(
            s,
            system_actor(s, "test"),
            kind="banned",
            text="guarantee",
            reason="we never promise outcomes (legal)",
            role="agent",
        )
        guardrails.add_rule(
            s, system_actor(s, "test"), kind="guideline", text="Be warm.", team="Sales"
        )
    cid = desk.conversation("Thank you, you were wonderful!", intent="praise")
    with desk.signed_in("agent") as agent:
        me = None
        with agent.factory() as s, s.begin():
            me = load_actor(s, desk.ids["agent"])
            seen = guardrails.applicable(s, me.employee_id, desk.teams["Customer Service"])
            assert [r.text for r in seen] == ["guarantee"]  # not Sales' guideline
            item = outbox.create_draft(
                s, me, kind="reply", conversation_id=cid, text="We guarantee it!"
            )
            item_id = item.id
        with agent.factory() as s, s.begin():
            with pytest.raises(PublishingError, match="we never promise outcomes"):
                outbox.submit(s, me, item_id)
        with agent.factory() as s, s.begin():
            with pytest.raises(AccessDenied):
                guardrails.add_rule(s, me, kind="banned", text="sorry")
        with pytest.raises(DBAPIError):  # around the app: the policy refuses it
            with agent.factory() as s, s.begin():
                s.add(
                    GuardrailRule(workspace_id=desk.workspace, kind="banned", text="x", reason="")
                )
        with agent.factory() as s, s.begin():
            boost = amplify.draft(s, me, cid, "boost")
            assert boost.status == "awaiting_approval"
            boost_id = boost.id
        with pytest.raises(DBAPIError):  # an employee cannot insert it already approved
            with agent.factory() as s, s.begin():
                s.add(
                    OutboxItem(
                        workspace_id=desk.workspace,
                        brand_account_id=desk.account,
                        conversation_id=cid,
                        kind="boost",
                        text="",
                        status="approved",
                        author_id=me.employee_id,
                        idempotency_key="k-approved",
                    )
                )
        with pytest.raises(DBAPIError):  # metrics are the worker's
            with agent.factory() as s, s.begin():
                s.add(PostMetric(workspace_id=desk.workspace, outbox_item_id=boost_id, likes=1))
        with agent.session() as s:
            assert s.scalar(select(OutboxItem.kind).where(OutboxItem.id == boost_id)) == "boost"
