"""Rules on both backends: refusals in words, every condition and action, the cache, files."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from accounts.base import ItemKind, RemoteAuthor
from app.db.models import (
    AuditEvent,
    CannedReply,
    Conversation,
    ConversationTag,
    Customer,
    Notification,
    RoutingRule,
    Team,
)
from app.identity.access import AccessDenied
from app.routing import store
from app.routing.engine import RoutingEngine
from app.routing.spec import RuleError, RuleSpec
from tests.integration.routing.helpers import account_ids, actor_of, ingest, item, team_id


def rule(
    name: str, conds: list, actions: list, *, trigger: str = "new", match: str = "all"
) -> RuleSpec:
    c = (
        {"trigger": trigger, "match": match, "items": conds}
        if conds
        else {"trigger": trigger, "match": "always"}
    )
    return RuleSpec(name, c, {"items": actions})


def replace_rules(console, specs: list[RuleSpec]) -> None:
    ines = actor_of(console, "ines")
    with console.factory() as s, s.begin():
        store.import_rules(s, ines, store.export_document(specs), replace=True)


REFUSED = [
    (
        [{"type": "regex", "pattern": "refund(("}],
        [{"type": "tag", "tags": ["x"]}],
        "is not valid: missing ), unterminated subpattern",
    ),
    ([{"type": "sentiment", "below": -2}], [{"type": "tag", "tags": ["x"]}], "never below -2"),
    (
        [{"type": "sentiment", "above": 0.5, "below": 0.2}],
        [{"type": "tag", "tags": ["x"]}],
        "both above 0.5 and below 0.2",
    ),
    (
        [{"type": "intent", "in": ["complaint"]}],
        [{"type": "route", "team": "Legal"}],
        "no team called 'Legal'",
    ),
    ([{"type": "intent", "in": ["complaint"]}], [], "has no action"),
    ([], [{"type": "stop"}], "only stops"),
    ([{"type": "keywords", "any": []}], [{"type": "tag", "tags": ["x"]}], "the list is empty"),
    (
        [{"type": "intent", "in": ["gossip"]}],
        [{"type": "tag", "tags": ["x"]}],
        "'gossip' is not a known intent",
    ),
    (
        [{"type": "followers", "at_least": -5}],
        [{"type": "tag", "tags": ["x"]}],
        "cannot be negative",
    ),
    (
        [{"type": "account", "in": ["@nobody"]}],
        [{"type": "tag", "tags": ["x"]}],
        "no brand account @nobody",
    ),
    (
        [{"type": "intent", "in": ["praise"]}],
        [{"type": "assign", "employee": "ghost"}],
        "no active employee",
    ),
    (
        [{"type": "intent", "in": ["praise"]}],
        [{"type": "suggest_reply", "canned_reply": "Nope"}],
        "no canned reply",
    ),
]


def test_impossible_rules_are_refused_with_the_reason(demo_console) -> None:
    ines = actor_of(demo_console, "ines")
    with demo_console.factory() as s, s.begin():
        before = s.scalar(select(RoutingRule.id).order_by(RoutingRule.id.desc()).limit(1))
        for conds, actions, reason in REFUSED:
            with pytest.raises(RuleError) as err:
                store.save_rule(s, ines, rule("bad", conds, actions))
            assert reason in str(err.value), (reason, str(err.value))
        assert s.scalar(select(RoutingRule.id).order_by(RoutingRule.id.desc()).limit(1)) == before


def test_a_rule_with_no_condition_must_say_always(demo_console) -> None:
    ines = actor_of(demo_console, "ines")
    with demo_console.factory() as s, s.begin():
        with pytest.raises(RuleError, match="has no condition"):
            store.save_rule(
                s,
                ines,
                RuleSpec(
                    "x", {"match": "all", "items": []}, {"items": [{"type": "tag", "tags": ["a"]}]}
                ),
            )
        saved = store.save_rule(s, ines, rule("catch-all", [], [{"type": "tag", "tags": ["a"]}]))
        assert saved.id is not None


def test_only_routing_managers_edit_rules(demo_console) -> None:
    alice = actor_of(demo_console, "alice")
    with demo_console.factory() as s, s.begin():
        with pytest.raises(AccessDenied):
            store.list_rules(s, alice)
        with pytest.raises(AccessDenied):
            store.save_rule(s, alice, rule("x", [], [{"type": "tag", "tags": ["a"]}]))


def test_every_condition_and_action(demo_console) -> None:
    acme, help_ = account_ids(demo_console)
    with demo_console.factory() as s, s.begin():
        reply = CannedReply(workspace_id=1, title="Refund policy", body="Our refund policy …")
        s.add(reply)
        s.add(
            Customer(workspace_id=1, network="demo", remote_id="u-vip", handle="bigcorp", vip=True)
        )
        s.flush()
        reply_id = reply.id
    sales, product, pr, marketing = (
        team_id(demo_console, n) for n in ("Sales", "Product", "PR", "Marketing")
    )
    replace_rules(
        demo_console,
        [
            rule(
                "refund words",
                [{"type": "keywords", "any": ["Rückerstattung", "money back"]}],
                [
                    {"type": "tag", "tags": ["refund"]},
                    {"type": "suggest_reply", "canned_reply": "Refund policy"},
                ],
            ),
            rule(
                "order numbers",
                [{"type": "regex", "pattern": r"order\s*#\d{5}"}],
                [{"type": "tag", "tags": ["order"]}],
            ),
            rule(
                "very negative",
                [{"type": "sentiment", "below": -0.5}],
                [{"type": "priority", "value": "high"}],
            ),
            rule("french", [{"type": "language", "in": ["fr"]}], [{"type": "tag", "tags": ["fr"]}]),
            rule(
                "dms on help",
                [
                    {"type": "kind", "in": ["dm"]},
                    {"type": "account", "in": ["acme_help"]},
                    {"type": "network", "in": ["demo"]},
                ],
                [{"type": "route", "team": "Sales"}],
            ),
            rule(
                "influencers",
                [{"type": "followers", "at_least": 10000}],
                [{"type": "notify", "department": "pr"}, {"type": "tag", "tags": ["influencer"]}],
            ),
            rule(
                "vips",
                [{"type": "vip", "handles": ["@Famous"]}],
                [{"type": "assign", "employee": "pat"}, {"type": "route", "department": "product"}],
            ),
            rule(
                "night",
                [{"type": "business_hours", "inside": False}],
                [{"type": "tag", "tags": ["after-hours"]}],
            ),
            rule(
                "regulars",
                [{"type": "history", "at_least": 1}],
                [{"type": "tag", "tags": ["returning"]}],
            ),
            rule(
                "stopper",
                [{"type": "keywords", "any": ["stopword"]}],
                [{"type": "tag", "tags": ["stopped"]}, {"type": "stop"}],
            ),
            rule(
                "after the stopper",
                [{"type": "keywords", "any": ["stopword", "later"]}],
                [{"type": "route", "department": "marketing"}],
            ),
            rule(
                "any-message escalation",
                [{"type": "keywords", "any": ["fire"]}],
                [{"type": "route", "department": "pr"}],
                trigger="any",
            ),
            rule(
                "new only",
                [{"type": "keywords", "any": ["later"]}],
                [{"type": "tag", "tags": ["new-only"]}],
            ),
        ],
    )
    # the fixtures have one customer write many threads, each routed on its own
    from tests.support.inbox import keep_threads_apart

    keep_threads_apart(demo_console)
    # pat must be signed in and available to be assigned by a rule
    from app.routing import autoassign

    with demo_console.factory() as s, s.begin():
        autoassign.heartbeat(s, actor_of(demo_console, "pat").employee_id)
    # a Saturday night in Paris, and a Tuesday noon
    night = datetime(2026, 11, 28, 23, 30, tzinfo=UTC)
    noon = datetime(2026, 11, 24, 11, 0, tzinfo=UTC)
    regular = RemoteAuthor("u-reg", "regular", followers=3)
    items = {
        "refund": item("Ich will meine RÜCKERSTATTUNG jetzt", at=noon),
        "money": item("Just give me my MONEY   back please", at=noon),
        "order": item("Where is ORDER #12345?", at=noon),
        "angry": item("This is the worst, horrible, disgusting service ever. I hate it.", at=noon),
        "french": item("Bonjour, je voudrais savoir où est mon colis", at=noon),
        "influencer": item(
            "hello there", author=RemoteAuthor("u-inf", "star", followers=50_000), at=noon
        ),
        "vip": item("hello again", author=RemoteAuthor("u-vip", "bigcorp"), at=noon),
        "vip-handle": item("hi", author=RemoteAuthor("u-fam", "famous"), at=noon),
        "night": item("anyone there?", at=night),
        "regular-1": item("first time", author=regular, at=noon),
        "stop": item("stopword later", at=noon),
    }
    ingest(demo_console, acme, list(items.values()), RoutingEngine())
    dm = item("hello via DM", kind=ItemKind.DM, at=noon)
    ingest(demo_console, help_, [dm], RoutingEngine())
    later = item("second time", author=regular, at=noon)
    ingest(demo_console, acme, [later], RoutingEngine())
    # an existing thread: "any" rules run on its new messages, "new" rules do not
    fire = item("there is a fire later", thread=items["order"].thread_key, at=noon)
    ingest(demo_console, acme, [fire], RoutingEngine())

    def conv(it):  # noqa: ANN202
        with demo_console.session() as s:
            c = s.scalar(select(Conversation).where(Conversation.thread_key == it.thread_key))
            tags = set(
                s.scalars(
                    select(ConversationTag.tag).where(ConversationTag.conversation_id == c.id)
                )
            )
            return c, tags

    c, tags = conv(items["refund"])
    assert "refund" in tags and c.suggested_reply_id == reply_id
    assert "refund" in conv(items["money"])[1]
    assert "order" in conv(items["order"])[1]
    assert conv(items["angry"])[0].priority == 1
    assert "fr" in conv(items["french"])[1]
    assert "influencer" in conv(items["influencer"])[1]
    assert "influencer" not in conv(items["refund"])[1]
    for key in ("vip", "vip-handle"):
        c, _ = conv(items[key])
        assert c.team_id == product and c.assignee_id == actor_of(demo_console, "pat").employee_id
    assert "after-hours" in conv(items["night"])[1]
    assert "after-hours" not in conv(items["refund"])[1]
    assert "returning" not in conv(items["regular-1"])[1]
    assert "returning" in conv(later)[1]
    c, tags = conv(items["stop"])
    assert "stopped" in tags and c.team_id != marketing and "new-only" not in tags
    assert conv(dm)[0].team_id == sales
    c, tags = conv(fire)
    assert c.team_id == pr and "new-only" not in tags
    with demo_console.session() as s:
        priya = actor_of(demo_console, "priya").employee_id
        c_inf = conv(items["influencer"])[0]
        assert s.scalar(
            select(Notification.id).where(
                Notification.employee_id == priya, Notification.conversation_id == c_inf.id
            )
        )


def test_an_edit_on_another_workstation_reaches_a_running_engine(demo_console) -> None:
    acme = account_ids(demo_console)[0]
    engine = RoutingEngine()
    ingest(demo_console, acme, [item("Do you ship to Canada?")], engine)  # compiles and caches
    replace_rules(
        demo_console, [rule("all to sales", [], [{"type": "route", "department": "sales"}])]
    )
    it = item("Do you ship to Peru?")
    ingest(demo_console, acme, [it], engine)
    with demo_console.session() as s:
        assert s.scalar(
            select(Conversation.team_id).where(Conversation.thread_key == it.thread_key)
        ) == team_id(demo_console, "Sales")


def test_rules_export_and_import_as_files(demo_console, tmp_path) -> None:
    ines = actor_of(demo_console, "ines")
    with demo_console.session() as s:
        exported = store.export_rules(s, ines)
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(exported, ensure_ascii=False, indent=2), encoding="utf-8")
    assert len(exported["rules"]) == len(store.default_rules())
    # an invalid file is refused whole, with the reasons
    bad = dict(
        exported,
        rules=exported["rules"]
        + [
            rule(
                "broken", [{"type": "regex", "pattern": "("}], [{"type": "tag", "tags": ["x"]}]
            ).to_json()
        ],
    )
    with demo_console.factory() as s, s.begin():
        with pytest.raises(RuleError, match="Nothing was imported. Rule 7: .*not valid"):
            store.import_rules(s, ines, json.dumps(bad))
    with demo_console.factory() as s, s.begin():
        with pytest.raises(RuleError, match="not valid JSON"):
            store.import_rules(s, ines, "{nope")
    with demo_console.factory() as s, s.begin():
        store.import_rules(s, ines, path.read_text(encoding="utf-8"), replace=True)
    with demo_console.session() as s:
        again = store.export_rules(s, ines)
        assert again == exported
        assert s.scalar(select(AuditEvent.id).where(AuditEvent.action == "routing_rules_imported"))


def test_reorder_enable_and_delete(demo_console) -> None:
    ines = actor_of(demo_console, "ines")
    with demo_console.factory() as s, s.begin():
        specs = store.list_rules(s, ines)
        last = specs[-1]
        store.move_rule(s, ines, last.id, 0)
        store.set_enabled(s, ines, specs[0].id, False)
        store.delete_rule(s, ines, specs[1].id)
    with demo_console.session() as s:
        now = store.list_rules(s, ines)
    assert [r.id for r in now][:2] == [last.id, specs[0].id]
    assert [r.position for r in now] == list(range(len(specs) - 1))
    assert not now[1].enabled and specs[1].id not in {r.id for r in now}


def test_unknown_team_department_is_refused_and_team_lookup_is_by_name(demo_console) -> None:
    ines = actor_of(demo_console, "ines")
    with demo_console.factory() as s, s.begin():
        with pytest.raises(RuleError, match="'legal' is not a department"):
            store.save_rule(s, ines, rule("x", [], [{"type": "route", "department": "legal"}]))
        saved = store.save_rule(
            s, ines, rule("x", [], [{"type": "route", "team": "customer service"}])
        )
        assert saved.id
        assert s.scalar(select(Team.id).where(Team.name == "Customer Service"))
