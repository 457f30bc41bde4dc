"""Guardrail matching: whole words, hostile patterns refused with a reason, disclaimers and
link rules — on plain rule objects, no database."""

from __future__ import annotations

import time

import pytest

from app.publishing.guardrails import (
    GuardrailError,
    RuleView,
    compile_phrase,
    evaluate,
    parse_domains,
)


def rule(kind: str, text: str, action: str = "block", reason: str = "") -> RuleView:
    return RuleView(1, kind, text, action, reason, None, None)


def test_banned_phrase_matches_whole_words_in_any_case() -> None:
    r = [rule("banned", "guarantee", reason="legal: we never promise outcomes")]
    v = evaluate(r, "We GUARANTEE delivery", add_disclaimers=True)
    assert not v.ok
    assert v.blocks == ("“GUARANTEE” is not allowed (legal: we never promise outcomes).",)
    assert evaluate(r, "our guaranteed-free offer", add_disclaimers=True).ok  # not the word
    assert evaluate(r, "guarantees", add_disclaimers=True).ok
    multi = [rule("banned", "full   refund")]
    assert not evaluate(multi, "a full\nrefund today", add_disclaimers=True).ok


def test_warn_does_not_block() -> None:
    v = evaluate([rule("banned", "cheap", "warn", "off-brand")], "so cheap!", add_disclaimers=True)
    assert v.ok and v.warnings == ("Careful: “cheap” (off-brand).",)


def test_phrase_is_literal_not_a_pattern() -> None:
    p = compile_phrase("a.b (c)")
    assert p.search("x a.b (c) y") and not p.search("axb c")


@pytest.mark.parametrize(
    ("pattern", "why"),
    [
        ("re:(a+)+$", "repeats a group that itself repeats"),
        ("re:(a|aa)*b", "repeats a choice"),
        ("re:(x*)*", "repeats a group"),
        ("re:(a)\\1", "back-reference"),
        ("re:[unclosed", "not a valid regular expression"),
        ("re:a*", "matches an empty text"),
        ("re:" + "a" * 300, "at most 200"),
    ],
)
def test_hostile_patterns_are_refused_with_a_reason(pattern: str, why: str) -> None:
    with pytest.raises(GuardrailError, match=why):
        compile_phrase(pattern)


def test_a_safe_pattern_is_accepted_and_fast_on_a_crafted_post() -> None:
    p = compile_phrase("re:refund(s|ed)?")
    assert p.search("Refunded today")
    started = time.monotonic()
    evaluate([rule("banned", "re:refund(s|ed)?")], "a" * 20_000 + "!", add_disclaimers=True)
    assert time.monotonic() - started < 0.5


def test_disclaimer_added_once_or_missing_blocks_at_send() -> None:
    r = [rule("disclaimer", "Ad: paid partnership")]
    v = evaluate(r, "New lamps are in!", add_disclaimers=True)
    assert v.text == "New lamps are in!\nAd: paid partnership"
    assert v.disclaimers_added == ("Ad: paid partnership",)
    assert evaluate(r, v.text, add_disclaimers=True).text == v.text  # not twice
    held = evaluate(r, "New lamps are in!", add_disclaimers=False)
    assert held.blocks == ("The required disclaimer “Ad: paid partnership” is missing.",)


def test_link_rules_allow_listed_domains_and_their_subdomains() -> None:
    r = [rule("links", "acme.example, help.acme.example", reason="our sites only")]
    assert evaluate(r, "See https://shop.acme.example/lamps.", add_disclaimers=True).ok
    v = evaluate(r, "See https://acme.example.evil.test/x or www.other.test", add_disclaimers=True)
    assert len(v.blocks) == 2 and "acme.example.evil.test" in v.blocks[0]
    assert "our sites only" in v.blocks[0]


def test_domains_are_checked_when_saved() -> None:
    assert parse_domains("https://www.Acme.example/path, shop.acme.example") == [
        "acme.example",
        "shop.acme.example",
    ]
    with pytest.raises(GuardrailError, match="not a domain"):
        parse_domains("not a domain")


def test_guidelines_are_collected() -> None:
    v = evaluate([rule("guideline", "Be warm; never argue.")], "hi", add_disclaimers=True)
    assert v.guidelines == ("Be warm; never argue.",) and v.ok
