"""Hand-off between teams with the app connected as the employee's own PostgreSQL login.

Row-level security lets an agent change only what stays in their scope, and a hand-off moves a
conversation out of it: these tests drive the services exactly as a workstation signed in on
PostgreSQL does, then sign in as the receiving team and look at what arrived.
"""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import select

from app.db.models import AuditEvent, Conversation
from app.identity.access import AccessDenied
from app.inbox import conversations as cs
from app.inbox import escalation
from app.inbox import views as inbox
from app.inbox.views import InboxFilter
from app.notify import notifications
from app.session.console import Console
from tests.support.handoff_desk import PASSWORD, Desk

pytestmark = pytest.mark.postgres


def _visible(console: Console, cid: int) -> bool:
    with console.session() as s:
        ids, _ = inbox.page_ids(s, console.actor, InboxFilter(), 1000)
    return cid in ids


def _notes_for(console: Console, cid: int) -> list[notifications.NotificationView]:
    with console.session() as s:
        return [n for n in notifications.unread(s, console.actor) if n.conversation_id == cid]


def test_agent_hands_off_to_sales_and_sales_reads_the_note_first(desk: Desk) -> None:
    cid = desk.conversation("Do you ship the AeroPhone to Canada? We need 200.")
    with desk.owner.session() as s:
        before = s.get(Conversation, cid).version
    with desk.signed_in("agent") as agent:
        assert _visible(agent, cid)
        with agent.session() as s:  # an agent has no see-contact-details permission
            assert cs.customer_panel(s, agent.actor, cid).contact == {}
        with agent.factory() as s, s.begin():
            result = escalation.handoff(
                s, agent.actor, cid, team_id=desk.teams["Sales"], note="Wants 200 units"
            )
        assert (result.team, result.visible, result.assignee_id) == ("Sales", False, None)
        assert result.version == before + 1
        # out of the sender's sight now, and said so in words when asked for
        assert not _visible(agent, cid)
        with agent.session() as s, pytest.raises(AccessDenied, match="outside your scope"):
            escalation.pinned_notes(s, agent.actor, cid)
    with desk.signed_in("seller") as seller:
        assert _visible(seller, cid)
        with seller.session() as s:
            pinned = escalation.pinned_notes(s, seller.actor, cid)
            history = cs.assignment_history(s, seller.actor, cid)
            # the whole pane loads: contact details come through the customer_contact view
            panel = cs.customer_panel(s, seller.actor, cid)
            assert panel.contact["phone"].startswith("+1-555-")
            conv = s.get(Conversation, cid)
            assert (conv.team_id, conv.assignee_id, conv.version) == (
                desk.teams["Sales"],
                None,
                before + 1,
            )
        assert pinned[0].id == result.note_id
        assert pinned[0].text == (
            "Handed over from Customer Service to Sales by Agent: Wants 200 units"
        )
        last = history[-1]
        assert (last.action, last.by, last.team, last.note) == (
            "handoff",
            "Agent",
            "Sales",
            "Wants 200 units",
        )
        told = _notes_for(seller, cid)
        assert [(n.kind, n.text) for n in told] == [
            ("handoff", "Agent handed a conversation to Sales: Wants 200 units")
        ]
    with desk.owner.session() as s:
        event = s.scalar(
            select(AuditEvent).where(
                AuditEvent.action == "conversation_handed_off", AuditEvent.target_id == str(cid)
            )
        )
        assert event.actor_id == desk.ids["agent"] and event.actor_name == desk.logins["agent"]
        assert event.detail["to_team"] == "Sales"


def test_hot_lead_and_feedback_as_employee(desk: Desk) -> None:
    lead = desk.conversation("I want to buy 50 licences today")
    feedback = desk.conversation("Please add dark mode", status="resolved")
    with desk.signed_in("agent") as agent:
        with agent.factory() as s, s.begin():
            hot = escalation.hot_lead_to_sales(s, agent.actor, lead, "Ready to buy 50")
        with agent.factory() as s, s.begin():
            fb = escalation.feedback_to_product(s, agent.actor, feedback)
        assert not hot.visible and not fb.visible
        assert not _visible(agent, lead) and not _visible(agent, feedback)
    with desk.signed_in("seller") as seller:
        with seller.session() as s:
            conv = s.get(Conversation, lead)
            assert conv.priority == 1 and conv.team_id == desk.teams["Sales"]
            assert "hot-lead" in escalation.conversation_tags(s, lead)
            assert "Ready to buy 50" in escalation.pinned_notes(s, seller.actor, lead)[0].text
        assert [n.kind for n in _notes_for(seller, lead)] == ["handoff"]
        assert not _visible(seller, feedback)
    # Product has a lead: the lead hears of it, the other member does not
    with desk.signed_in("plead") as plead:
        with plead.session() as s:
            conv = s.get(Conversation, feedback)
            assert conv.status == "open"  # a resolved conversation reopens for its new team
            assert "feedback" in escalation.conversation_tags(s, feedback)
            assert escalation.pinned_notes(s, plead.actor, feedback)[0].text.endswith(
                "Product feedback from a customer."
            )
        assert [n.kind for n in _notes_for(plead, feedback)] == ["handoff"]
    with desk.signed_in("pm") as pm:
        assert _visible(pm, feedback)
        assert _notes_for(pm, feedback) == []


def test_assign_to_a_team_is_the_same_hand_off(desk: Desk) -> None:
    queue = desk.conversation("Question about an invoice")
    person = desk.conversation("Another question about pricing")
    with desk.signed_in("agent") as agent:
        with agent.session() as s:
            version = s.get(Conversation, queue).version
        with agent.factory() as s, s.begin():
            new_version = cs.assign(
                s, agent.actor, queue, team_id=desk.teams["Sales"], expected_version=version
            )
        assert new_version == version + 1
        assert not _visible(agent, queue)
        # to a person of the receiving team, in one go; someone outside it is refused
        with agent.factory() as s, s.begin(), pytest.raises(ValueError, match="not a member"):
            cs.assign(
                s,
                agent.actor,
                person,
                team_id=desk.teams["Sales"],
                employee_id=desk.ids["agent2"],
            )
        with agent.factory() as s, s.begin():
            cs.assign(
                s,
                agent.actor,
                person,
                team_id=desk.teams["Sales"],
                employee_id=desk.ids["seller"],
                note="Asked for the price list",
            )
        assert not _visible(agent, person)
    with desk.signed_in("seller") as seller:
        with seller.session() as s:
            assert s.get(Conversation, queue).assignee_id is None
            history = cs.assignment_history(s, seller.actor, queue)
            assert [(h.action, h.team) for h in history] == [("handoff", "Sales")]
            assert escalation.pinned_notes(s, seller.actor, queue)[0].text == (
                "Handed over from Customer Service to Sales by Agent."
            )
            conv = s.get(Conversation, person)
            assert conv.assignee_id == desk.ids["seller"]
            last = cs.assignment_history(s, seller.actor, person)[-1]
            assert (last.action, last.to) == ("handoff", "Seller")
        kinds = sorted(n.kind for n in _notes_for(seller, person))
        assert kinds == ["assignment", "handoff"]


def test_an_agent_cannot_hand_off_what_they_cannot_see(desk: Desk) -> None:
    theirs = desk.conversation("Sales question", team="Sales")
    mine = desk.conversation("A support question")
    with desk.signed_in("agent") as agent:
        for call in (
            lambda s: escalation.handoff(
                s, agent.actor, theirs, team_id=desk.teams["Product"], note="take it"
            ),
            lambda s: escalation.hot_lead_to_sales(s, agent.actor, theirs),
            lambda s: cs.assign(s, agent.actor, theirs, team_id=desk.teams["Product"]),
        ):
            with agent.factory() as s, s.begin():
                with pytest.raises(AccessDenied, match="outside your scope"):
                    call(s)
        # handed off once, it cannot be handed off again by the same person
        with agent.factory() as s, s.begin():
            escalation.hot_lead_to_sales(s, agent.actor, mine)
        with agent.factory() as s, s.begin():
            with pytest.raises(AccessDenied, match="outside your scope"):
                escalation.feedback_to_product(s, agent.actor, mine)
    # the database refuses the same, whatever the client: a raw call on the agent's login
    with psycopg.connect(
        desk.cluster.conninfo(desk.dbname, user=desk.logins["agent"], password=PASSWORD),
        autocommit=True,
    ) as conn:
        with pytest.raises(errors.InsufficientPrivilege, match="outside your scope"):
            conn.execute("SELECT sc_hand_off(%s, %s)", (theirs, desk.teams["Product"]))
        other = desk.conversation("Yet another question")
        with pytest.raises(errors.InsufficientPrivilege, match="not in the receiving team"):
            conn.execute(
                "SELECT sc_hand_off(%s, %s, NULL, %s)",
                (other, desk.teams["Sales"], desk.ids["agent2"]),
            )
    with desk.owner.session() as s:
        assert s.get(Conversation, theirs).team_id == desk.teams["Sales"]
        assert s.get(Conversation, other).team_id == desk.teams["Customer Service"]


def test_the_function_migration_goes_down_and_up(pg_cluster) -> None:
    """0009 replaces sc_hand_off; its downgrade puts back 0003's function, and up again."""
    from alembic import command

    from app.db.migrate import alembic_config

    dbname = pg_cluster.create_database("handoff_mig")
    console = Console.open(pg_cluster.url(dbname))

    def signatures() -> set[str]:
        with console.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT pg_get_function_identity_arguments(oid) || ' -> ' "
                "|| pg_get_function_result(oid) FROM pg_proc WHERE proname = 'sc_hand_off'"
            ).all()
        return {r[0] for r in rows}

    try:
        new = (
            "conv integer, to_team integer, note text, to_employee integer, notify text -> integer"
        )
        old = "conv integer, to_team integer, note text -> void"
        assert signatures() == {new}
        cfg = alembic_config(console.engine)
        command.downgrade(cfg, "0008")
        assert signatures() == {old}
        command.upgrade(cfg, "head")
        assert signatures() == {new}
    finally:
        console.close()
        pg_cluster.drop_database(dbname)


def test_a_hand_off_into_an_auto_assigning_team_reaches_an_agent_who_is_there(
    desk: Desk,
) -> None:
    """An agent's login cannot see Sales' workload; the sync worker's sweep assigns it."""
    from app.db.models import Employee, Team
    from app.routing import autoassign
    from app.sync.runner import SyncRunner

    sales = desk.teams["Sales"]
    with desk.owner.factory() as s, s.begin():
        s.get(Team, sales).auto_assign = "round_robin"
        seller = s.get(Employee, desk.ids["seller"])
        seller.availability = "away"
        autoassign.heartbeat(s, seller.id)
    cid = desk.conversation("We want 300 licences, who do I talk to?")
    try:
        with desk.signed_in("agent") as agent, agent.factory() as s, s.begin():
            escalation.hot_lead_to_sales(s, agent.actor, cid, note="300 licences")
        worker = SyncRunner(desk.owner.factory, {})
        assert worker.sweep_waiting(force=True) == 0  # the only seller is away: it waits
        with desk.owner.session() as s:
            assert s.get(Conversation, cid).assignee_id is None
        with desk.owner.factory() as s, s.begin():
            s.get(Employee, desk.ids["seller"]).availability = "available"
            autoassign.heartbeat(s, desk.ids["seller"])
        assert worker.sweep_waiting(force=True) >= 1
        with desk.owner.session() as s:
            conv = s.get(Conversation, cid)
            assert (conv.team_id, conv.assignee_id) == (sales, desk.ids["seller"])
        with desk.signed_in("seller") as seller_app:
            kinds = {n.kind for n in _notes_for(seller_app, cid)}
            assert "assigned" in kinds
    finally:
        with desk.owner.factory() as s, s.begin():
            s.get(Team, sales).auto_assign = "off"
