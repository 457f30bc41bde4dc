"""The team teaches routing: a correction changes where the next similar message goes.

Real parts end to end, on SQLite and PostgreSQL: ingest with the shipped classifiers and the
default rules, an agent's correction stored as a label, the sync runner's background retrain,
the router asking the workspace's learned model (app/routing/engine.py's hook), the stored
reasons, and IT's switch.
"""

from __future__ import annotations

from sqlalchemy import select

from app.classify.reasons import reasons_for_message
from app.db.models import ClassificationLabel, Conversation, Message, Team
from app.identity import provisioning
from app.inbox import escalation
from app.learning import corrections, switch
from app.learning.model import retrain_due
from app.routing.engine import RoutingEngine
from tests.integration.routing.helpers import account_ids, actor_of, ingest, item, make_agent

ASKED = "Could your team fit the lamps in our 12 offices?"
SIMILAR = "Could your team fit the lamps in our 30 shops?"


def _routed(console, result) -> tuple[str, str, Message]:
    with console.session() as s:
        conv = s.get(Conversation, result.conversation_ids[0])
        team = s.get(Team, conv.team_id)
        msg = s.get(Message, result.new_message_ids[0])
        s.expunge(msg)
        return team.name, conv.intent, msg


def test_a_correction_changes_the_next_similar_messages_routing(demo_console) -> None:
    make_agent(demo_console, "Customer Service", "agent_cs")
    actor = actor_of(demo_console, "agent_cs")
    engine = RoutingEngine(auto_assign=False)
    account = account_ids(demo_console)[0]

    first = ingest(demo_console, account, [item(ASKED)], engine)
    assert _routed(demo_console, first)[:2] == ("Customer Service", "question")

    # the agent says what it really was: a lead for sales
    with demo_console.factory() as s, s.begin():
        assert corrections.correct(s, actor, first.conversation_ids[0], intent="purchase_intent")
    with demo_console.factory() as s, s.begin():
        workspace = s.get(Conversation, first.conversation_ids[0]).workspace_id
        assert retrain_due(s, force=True) == [workspace]

    after = ingest(demo_console, account, [item(SIMILAR)], engine)
    team, intent, message = _routed(demo_console, after)
    assert (team, intent) == ("Sales", "purchase_intent")
    learned = message.classification["learned"]
    assert learned["replaced"] == "question" and learned["labels"] == 1
    assert message.classification["intent"] == "question"  # the shipped verdict is kept
    with demo_console.session() as s:
        why = reasons_for_message(s, message.id)
    assert any("learned from the team's corrections" in line for line in why), why

    # an unrelated message is not pulled along
    other = ingest(demo_console, account, [item("Do you ship to Canada?")], engine)
    assert _routed(demo_console, other)[:2] == ("Customer Service", "question")

    # IT switches learning off: routing is the shipped classifier's again at once
    with demo_console.factory() as s, s.begin():
        switch.set_enabled(s, provisioning.system_actor(s, "test"), False)
    off = ingest(demo_console, account, [item(SIMILAR)], engine)
    assert _routed(demo_console, off)[:2] == ("Customer Service", "question")
    with demo_console.factory() as s, s.begin():
        assert retrain_due(s, force=True) == []  # nor trained while off


def test_a_hand_off_and_a_complaint_tag_are_kept_as_labels(demo_console) -> None:
    make_agent(demo_console, "Customer Service", "agent_cs2")
    actor = actor_of(demo_console, "agent_cs2")
    account = account_ids(demo_console)[0]
    result = ingest(demo_console, account, [item(ASKED)], RoutingEngine(auto_assign=False))
    cid = result.conversation_ids[0]
    with demo_console.factory() as s, s.begin():
        from app.inbox import conversations

        conversations.set_tags(s, actor, cid, add=["complaint"])
        escalation.handoff(s, actor, cid, department="sales", note="A lead for you")
    with demo_console.session() as s:
        labels = {
            (label.field, label.value, label.employee_id)
            for label in s.scalars(select(ClassificationLabel))
        }
        sales = s.scalar(select(Team.id).where(Team.name == "Sales"))
    assert ("intent", "complaint", actor.employee_id) in labels
    assert ("team", str(sales), actor.employee_id) in labels


def test_a_mood_correction_changes_the_next_similar_messages_mood(demo_console) -> None:
    make_agent(demo_console, "Marketing", "agent_mk")
    actor = actor_of(demo_console, "agent_mk")
    engine = RoutingEngine(auto_assign=False)
    account = account_ids(demo_console)[0]
    ironic = ingest(
        demo_console, account, [item("Sure, the lamp arrived a week late, lovely")], engine
    )
    assert _routed(demo_console, ironic)[:2] == ("Marketing", "praise")

    with demo_console.factory() as s, s.begin():
        cid = ironic.conversation_ids[0]
        assert corrections.correct(s, actor, cid, intent="complaint", mood="negative") == 2
        assert s.get(Conversation, cid).sentiment < 0  # the inbox shows the agent's word now
        retrain_due(s, force=True)

    again = ingest(
        demo_console, account, [item("Sure, the speaker arrived two weeks late, lovely")], engine
    )
    team, intent, message = _routed(demo_console, again)
    assert (team, intent) == ("Customer Service", "complaint")
    assert message.sentiment < 0
    assert message.classification["learned_mood"]["replaced"] == "positive"
    with demo_console.session() as s:
        why = reasons_for_message(s, message.id)
    assert any(line.startswith("Mood negative: learned from the team") for line in why), why


def test_the_sync_runner_retrains_in_the_background(demo_console) -> None:
    from app.db.models import LearnedModel
    from app.sync.runner import SyncRunner

    make_agent(demo_console, "Customer Service", "agent_bg")
    actor = actor_of(demo_console, "agent_bg")
    result = ingest(
        demo_console, account_ids(demo_console)[0], [item(ASKED)], RoutingEngine(auto_assign=False)
    )
    with demo_console.factory() as s, s.begin():
        corrections.correct(s, actor, result.conversation_ids[0], intent="purchase_intent")
    runner = SyncRunner(demo_console.factory, {}, route=RoutingEngine(auto_assign=False))
    runner.run_once()
    with demo_console.session() as s:
        model = s.scalars(select(LearnedModel)).one()
    assert model.labels == 1
    runner.run_once()  # nothing new: no retrain
    with demo_console.session() as s:
        assert s.scalars(select(LearnedModel)).one().trained_at == model.trained_at
