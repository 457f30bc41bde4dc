"""The generated rule code means exactly what the plain predicates mean (no database)."""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, datetime, timedelta

from app.routing.compiler import CompiledRule, Facts, compile_rules
from tests.bench.routing import catalog, rules

TEXTS = (
    "Refund for ORDER #12345 please!!",
    "dark mode on iOS 17 would be great",
    "Ich will eine Rückerstattung für die Lieferung",
    "mail me at ana@example.com or +33 6 12 34 56 78",
    "the screen is broken and the charger smells like smoke",
    "hola, precio para 40 units?",
    "just saying hi 👋",
)
INTENTS = ("complaint", "question", "purchase_intent", "praise", "urgent_safety", "other")


def _facts(rng: random.Random, i: int) -> Facts:
    return Facts(
        conversation_id=i,
        message_id=i,
        text=rng.choice(TEXTS),
        intent=rng.choice(INTENTS),
        sentiment=rng.choice([None, -0.9, -0.5, 0.0, 0.7]),
        language=rng.choice(["en", "de", "es", "fr"]),
        network="demo",
        account_id=rng.choice([1, 2]),
        kind=rng.choice(["mention", "dm", "comment"]),
        followers=rng.choice([None, 5, 500, 50_000]),
        vip=rng.random() < 0.1,
        handle=rng.choice(["famous", "nobody"]),
        created_at=datetime(2026, 11, 23, tzinfo=UTC) + timedelta(hours=rng.randrange(168)),
        is_new=rng.random() < 0.6,
        history=rng.randrange(4),
    )


def test_generated_code_agrees_with_the_predicates_and_the_careful_path() -> None:
    ruleset = compile_rules(catalog(), rules(200))
    plain = [dataclasses.replace(r, match=None, source=None) for r in ruleset.rules]
    rng = random.Random(3)
    checked = 0
    for i in range(1500):
        f = ruleset.prepare(_facts(rng, i))
        for fast, slow in zip(ruleset.rules, plain, strict=True):
            assert fast.fast(f) == slow.matches(f), (fast.name, f)
        fast_ids = [r.name for r in ruleset.decide(i, [f]).fired]
        careful = [r.name for r in ruleset._decide_carefully(i, [f]).fired]
        assert fast_ids == careful
        checked += len(fast_ids)
    assert checked > 1500  # the rules do fire


def test_values_from_rules_never_become_code() -> None:
    """A keyword or pattern that looks like Python stays data."""
    from app.routing.spec import RuleSpec

    evil = "__import__('os').system('false')"
    spec = RuleSpec(
        "evil",
        {"trigger": "any", "match": "any", "items": [
            {"type": "keywords", "any": [evil]},
            {"type": "regex", "pattern": r"\)\s*or\s*True\s*#"},
            {"type": "vip", "handles": ["x') or True or ('"]},
        ]},
        {"items": [{"type": "tag", "tags": ["x"]}]},
    )  # fmt: skip
    ruleset = compile_rules(catalog(), [spec])
    f = ruleset.prepare(_facts(random.Random(1), 1))
    f.text, f.vip, f.handle = "hello", False, "someone"
    f = ruleset.prepare(f)
    assert ruleset.decide(1, [f]).fired == []
    f.text = f"please {evil} now"
    f.rx = None
    assert [r.name for r in ruleset.decide(1, [ruleset.prepare(f)]).fired] == ["evil"]


def test_a_raising_condition_is_reported_not_raised() -> None:
    ruleset = compile_rules(catalog(), rules(20))
    good = ruleset.rules[0]

    def boom(_f: Facts) -> bool:
        raise RuntimeError("bad data")

    bad = CompiledRule(99, -1, "bad", "any", "all", (boom,), good.actions, False)
    ruleset.rules.insert(0, bad)
    ruleset._always = (bad, *ruleset._always)
    ruleset._cache.clear()
    ruleset._runners.clear()
    d = ruleset.decide(1, [ruleset.prepare(_facts(random.Random(2), 1))])
    assert [(r.name, why) for r, why in d.errors] == [("bad", "RuntimeError: bad data")]
