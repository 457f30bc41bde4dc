"""Who replies without approval (per role, per team), the owner-only rule at submission, and
the approver's warning — on both backends, and on PostgreSQL as the employees' own logins."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from app.db.models import Conversation, OutboxItem, Team
from app.identity import approval_policy
from app.identity.access import AccessDenied
from app.identity.provisioning import system_actor
from app.inbox import conversations as cs
from app.publishing import outbox, queries
from tests.integration.publishing.conftest import accounts, actor_named, add_conversation


def _reply(console, actor, cid: int, text: str = "We are on it.") -> OutboxItem:
    with console.factory() as s, s.begin():
        conv = s.get(Conversation, cid)
        item = outbox.create_draft(
            s, actor, kind="reply", account_id=conv.brand_account_id, conversation_id=cid, text=text
        )
        return outbox.submit(s, actor, item.id)


def _team(console, name: str) -> int:
    with console.session() as s:
        return s.scalar(select(Team.id).where(Team.name == name))


def _conversation(console, team: str = "Customer Service") -> int:
    with console.factory() as s, s.begin():
        cid = add_conversation(s, accounts(s)[0])
        s.execute(
            update(Conversation)
            .where(Conversation.id == cid)
            .values(team_id=s.scalar(select(Team.id).where(Team.name == team)))
        )
    return cid


def test_agents_reply_directly_and_limited_roles_wait(demo_console) -> None:
    support, sales = _conversation(demo_console), _conversation(demo_console, "Sales")
    with demo_console.session() as s:
        alice, sam = actor_named(s, "alice"), actor_named(s, "sam")
    assert _reply(demo_console, alice, support).status == "approved"
    waiting = _reply(demo_console, sam, sales, "A quote is on its way.")
    assert waiting.status == "awaiting_approval"
    with demo_console.session() as s:
        policy = approval_policy.read_policy(s, alice)
        by_role = {r.role: r for r in policy.roles}
        assert by_role["agent"].describe("reply") == "without approval"
        assert by_role["sales"].describe("reply") == "needs approval"
        assert by_role["marketing"].describe("post") == "needs approval"
        # the waiting reply is in the thread's list, marked as waiting
        pending = queries.pending_replies(s, sam, sales)
        assert [(p.text, p.mark) for p in pending] == [
            ("A quote is on its way. -SL", "waiting for approval")
        ]


def test_a_held_reply_says_so_in_the_thread(demo_console) -> None:
    from app.publishing import pause

    cid = _conversation(demo_console)
    with demo_console.session() as s:
        alice, priya = actor_named(s, "alice"), actor_named(s, "priya")
    _reply(demo_console, alice, cid, "Refund sent.")
    with demo_console.factory() as s, s.begin():
        pause.pause_publishing(s, priya, "product recall statement pending")
    with demo_console.session() as s:
        [held] = queries.pending_replies(s, alice, cid)
        assert held.mark == "held: publishing is paused (product recall statement pending)"


def test_a_role_and_a_team_can_require_approval(demo_console) -> None:
    cid = _conversation(demo_console)
    with demo_console.factory() as s, s.begin():
        alice = actor_named(s, "alice")
        with pytest.raises(AccessDenied):
            approval_policy.set_role_approval(s, alice, "agent", "reply", required=True)
    with demo_console.factory() as s, s.begin():
        ines = actor_named(s, "ines")
        approval_policy.set_team_approval(s, ines, "Customer Service", "reply", required=True)
    with demo_console.session() as s:
        alice, lena = actor_named(s, "alice"), actor_named(s, "lena")
    assert _reply(demo_console, alice, cid).status == "awaiting_approval"
    # the team's approvers are exempt: they would approve it themselves
    assert _reply(demo_console, lena, _conversation(demo_console)).status == "approved"
    with demo_console.factory() as s, s.begin():
        ines = actor_named(s, "ines")
        approval_policy.set_team_approval(s, ines, "Customer Service", "reply", required=False)
        approval_policy.set_role_approval(s, ines, "agent", "reply", required=True)
    with demo_console.session() as s:
        alice = actor_named(s, "alice")
    assert _reply(demo_console, alice, _conversation(demo_console)).status == "awaiting_approval"


def test_owner_only_refuses_a_colleagues_reply_with_the_reason(demo_console) -> None:
    cid = _conversation(demo_console)
    with demo_console.factory() as s, s.begin():
        alice, bob = actor_named(s, "alice"), actor_named(s, "bob")
        cs.claim(s, alice, cid)
        with pytest.raises(AccessDenied, match="Only IT"):
            cs.set_owner_only_reply(s, actor_named(s, "lena"), True)
    with demo_console.factory() as s, s.begin():
        cs.set_owner_only_reply(s, system_actor(s), True)  # IT at the command line
    with pytest.raises(AccessDenied, match="Only Alice Novak, who owns this conversation"):
        _reply(demo_console, bob, cid)
    assert _reply(demo_console, alice, cid).status == "approved"
    with demo_console.factory() as s, s.begin():
        cs.set_owner_only_reply(s, system_actor(s), False)


def test_the_approver_is_warned_when_the_author_does_not_hold_it(demo_console) -> None:
    cid = _conversation(demo_console, "Sales")
    with demo_console.factory() as s, s.begin():
        sam = actor_named(s, "sam")
        lena = actor_named(s, "lena")
        priya = actor_named(s, "priya")  # PR reads everything and took it over
        cs.claim(s, priya, cid)
    _reply(demo_console, sam, cid)
    with demo_console.session() as s:
        rows = queries.approval_queue(s, lena)
        assert rows and rows[0].extra["holder_warning"] == (
            "Sam Lopez does not hold this conversation: Priya Raman does."
        )


@pytest.fixture
def desk(pg_cluster):
    """Three teams whose people are real login roles (tests/support/handoff_desk.py)."""
    from tests.support.handoff_desk import build_desk

    d = build_desk(pg_cluster)
    yield d
    d.close()


@pytest.mark.postgres
def test_employee_logins_capacity_canned_and_the_outbox_guard(desk) -> None:
    """The database agrees with the services for the employees' own logins."""
    from app.inbox import canned
    from app.routing import autoassign

    with desk.signed_in("plead") as lead:
        me = lead.actor
        with lead.factory() as s, s.begin():
            autoassign.set_capacity(s, me, desk.ids["pm"], 3)
            canned.create_canned(
                s, me, title="Thanks", body="Thanks {customer_name}!", scope="shared"
            )
        with lead.factory() as s, s.begin(), pytest.raises(AccessDenied):
            autoassign.set_capacity(s, me, desk.ids["agent"], 3)  # not their team
    with desk.owner.session() as s:
        from app.db.models import Employee

        assert s.get(Employee, desk.ids["pm"]).capacity == 3
        assert s.get(Employee, desk.ids["agent"]).capacity != 3
    # an agent's reply goes out directly as their own login; a team's rule makes it wait, and
    # the database's outbox guard refuses a modified client that tries to skip it
    cid = desk.conversation("where is my parcel?")
    with desk.signed_in("agent") as agent:
        assert _reply(agent, agent.actor, cid).status == "approved"
        with desk.owner.factory() as s, s.begin():
            approval_policy.set_team_approval(
                s, system_actor(s), "Customer Service", "reply", required=True
            )
        waiting = _reply(agent, agent.actor, cid, "Second answer.")
        assert waiting.status == "awaiting_approval"
        with agent.factory() as s, s.begin(), pytest.raises(Exception, match="needs approval"):
            s.execute(
                update(OutboxItem).where(OutboxItem.id == waiting.id).values(status="approved")
            )
        with desk.owner.factory() as s, s.begin():
            approval_policy.set_team_approval(
                s, system_actor(s), "Customer Service", "reply", required=False
            )
