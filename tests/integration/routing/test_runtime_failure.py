"""A rule that fails while running is switched off with a notice; ingest never stops."""

from __future__ import annotations

from sqlalchemy import delete, func, select

from app.db import changes
from app.db.models import AuditEvent, Conversation, Message, Notification, RoutingRule, Team
from app.routing import compiler, store
from app.routing.compiler import CompiledRule
from app.routing.engine import RoutingEngine
from app.routing.spec import RuleSpec
from tests.integration.routing.helpers import account_ids, actor_of, ingest, item


def _legal_rule(console) -> int:
    ines = actor_of(console, "ines")
    with console.factory() as s, s.begin():
        s.add(Team(workspace_id=ines.workspace_id, name="Legal", department="pr"))
        s.flush()
        spec = RuleSpec(
            "Lawyers to Legal",
            {"trigger": "new", "match": "always"},
            {
                "items": [
                    {"type": "route", "team": "Legal"},
                    {"type": "tag", "tags": ["legal"]},
                    {"type": "stop"},
                ]
            },
        )
        return store.save_rule(s, ines, spec, position=0).id


def _notice(console, rule_id: int) -> tuple[RoutingRule, list[str], list[str]]:
    with console.session() as s:
        rule = s.get(RoutingRule, rule_id)
        audits = list(
            s.scalars(
                select(AuditEvent.action).where(
                    AuditEvent.target_type == "routing_rule", AuditEvent.target_id == str(rule_id)
                )
            )
        )
        ines = actor_of(console, "ines").employee_id
        notes = list(
            s.scalars(
                select(Notification.text).where(
                    Notification.employee_id == ines, Notification.kind == "routing_rule_disabled"
                )
            )
        )
    return rule, audits, notes


def test_a_rule_failing_at_write_is_switched_off_and_ingest_goes_on(demo_console) -> None:
    acme = account_ids(demo_console)[0]
    rule_id = _legal_rule(demo_console)
    engine = RoutingEngine()
    ingest(demo_console, acme, [item("Do you ship to Canada?")], engine)  # compiled and cached
    # the team goes away behind the engine's back (no change event): the cached rule now
    # points at nothing and its write fails
    with demo_console.factory() as s, s.begin():
        s.execute(delete(Team).where(Team.name == "Legal"))
    it = item("My order arrived broken and nobody answers my emails. Really disappointed.")
    result = ingest(demo_console, acme, [it], engine)
    assert len(result.new_message_ids) == 1
    rule, audits, notes = _notice(demo_console, rule_id)
    assert not rule.enabled and "Switched off automatically" in rule.disabled_reason
    assert "IntegrityError" in rule.disabled_reason
    assert "routing_rule_disabled" in audits
    assert notes and "Lawyers to Legal" in notes[0]
    with demo_console.session() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 2
    # the next message is routed by the remaining rules
    lead = item("Looking to buy 50 AeroPhones for our office, who do I talk to?")
    ingest(demo_console, acme, [lead], engine)
    with demo_console.session() as s:
        team = s.scalar(
            select(Team.name)
            .join(Conversation, Conversation.team_id == Team.id)
            .where(Conversation.thread_key == lead.thread_key)
        )
    assert team == "Sales"


def test_a_stored_rule_that_no_longer_compiles_is_switched_off(demo_console) -> None:
    acme = account_ids(demo_console)[0]
    rule_id = _legal_rule(demo_console)
    with demo_console.factory() as s, s.begin():
        s.execute(delete(Team).where(Team.name == "Legal"))
        changes.publish(s, "team", [0])
    lead = item("Looking to buy 50 AeroPhones for our office, who do I talk to?")
    ingest(demo_console, acme, [lead], RoutingEngine())
    rule, audits, notes = _notice(demo_console, rule_id)
    assert not rule.enabled and "no team called 'Legal'" in rule.disabled_reason
    assert audits == ["routing_rule_created", "routing_rule_disabled"] and len(notes) == 1


def test_a_condition_that_throws_is_switched_off(demo_console) -> None:
    """Whatever a predicate raises (here a stand-in for a bug) is caught per rule."""
    acme = account_ids(demo_console)[0]
    rule_id = _legal_rule(demo_console)
    engine = RoutingEngine()
    with demo_console.session() as s:
        ruleset = engine.ruleset(s, 1)

    def explode(_facts) -> bool:  # noqa: ANN001
        raise ZeroDivisionError("division by zero")

    bad = next(r for r in ruleset.rules if r.id == rule_id)
    ruleset.rules[ruleset.rules.index(bad)] = CompiledRule(
        bad.id, bad.position, bad.name, "new", "all", (explode,), bad.actions, True
    )
    fresh = compiler.RuleSet(ruleset.catalog, ruleset.rules, {}, ruleset.keywords)
    engine._cache[1] = (engine._cache[1][0], fresh)
    lead = item("Looking to buy 50 AeroPhones for our office, who do I talk to?")
    ingest(demo_console, acme, [lead], engine)
    rule, audits, notes = _notice(demo_console, rule_id)
    assert not rule.enabled and "ZeroDivisionError: division by zero" in rule.disabled_reason
    assert notes
    with demo_console.session() as s:  # the other rules still ran
        team = s.scalar(
            select(Team.name)
            .join(Conversation, Conversation.team_id == Team.id)
            .where(Conversation.thread_key == lead.thread_key)
        )
    assert team == "Sales"
