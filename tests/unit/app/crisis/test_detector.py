"""The spike detector on synthetic traffic: quiet days stay quiet, surges alert in seconds."""

from __future__ import annotations

import pytest

from app.crisis.baseline import nb_sf, threshold
from app.crisis.detector import (
    Detector,
    Observation,
    WatchError,
    WatchSpec,
    compile_keyword,
    describe,
)
from tests.bench._crisis_traffic import DAY, T0, Surge, stream


def _run(det: Detector, obs) -> list:
    out = []
    batch = []
    for ob in obs:
        batch.append(ob)
        if len(batch) == 100:
            out += det.observe(batch)
            batch = []
    return out + det.observe(batch)


def test_negative_binomial_tail_matches_poisson_without_dispersion() -> None:
    # P(X >= 3 | Poisson 1) = 1 - e^-1 (1 + 1 + 1/2)
    import math

    assert nb_sf(3, 1.0, 0.0) == pytest.approx(1 - math.exp(-1) * 2.5, rel=1e-9)
    # dispersion widens the tail
    assert nb_sf(30, 10.0, 0.2) > nb_sf(30, 10.0, 0.0)
    assert threshold(10.0, 0.0, "strict") > threshold(10.0, 0.0, "sensitive")


@pytest.mark.parametrize(
    ("keyword", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("/(unclosed/", "not a valid regular expression"),
        ("/.*/", "matches every message"),
        ("!!!", "no letters"),
        ("//", "empty"),
    ],
)
def test_bad_keywords_are_refused_with_the_reason(keyword: str, reason: str) -> None:
    with pytest.raises(WatchError, match=reason):
        compile_keyword(keyword)


def test_keywords_match_whole_words_and_patterns_are_case_insensitive() -> None:
    kw = compile_keyword("charger")
    assert kw is not None and kw.search("My CHARGER burned") and not kw.search("supercharger")
    pat = compile_keyword("/re-?call/")
    assert pat is not None and pat.search("RECALL now")


def test_quiet_weeks_raise_nothing_and_a_steep_surge_alerts_within_a_minute() -> None:
    det = Detector([WatchSpec(1, 1, "All mentions")])
    quiet = _run(det, stream(9, level=6.0, seed=3))
    assert [e for e in quiet if e.at >= T0 + DAY] == []
    start = T0 + 9 * DAY + 10 * 3600
    later = _run(
        det,
        stream(
            0.5,
            level=6.0,
            seed=4,
            start=T0 + 9 * DAY,
            surges=(Surge(start, 30, 10, 10, "negative", 0.8),),
        ),
    )
    hits = [e for e in later if e.at >= start]
    assert hits, "the surge raised no alert"
    first = hits[0]
    assert first.at - start <= 60
    text = describe(first)
    assert "usual for a" in text and "% negative" in text and "top words:" in text
    # the cooldown holds the storm: one alert per 30 minutes of surge at most (per window size)
    assert len([e for e in hits if e.at < start + 1800]) <= 3
    assert det.state(1).suppressed > 0


def test_a_praise_surge_is_a_positive_alert() -> None:
    det = Detector([WatchSpec(1, 1, "All mentions")])
    _run(det, stream(8, level=6.0, seed=8))
    start = T0 + 8 * DAY + 11 * 3600
    later = _run(
        det,
        stream(
            0.6,
            level=6.0,
            seed=9,
            start=T0 + 8 * DAY,
            surges=(Surge(start, 20, 5, 5, "positive", 0.85),),
        ),
    )
    kinds = [e.kind for e in later if e.at >= start]
    assert "positive" in kinds


def test_without_history_the_detector_waits_then_compares_with_what_it_saw() -> None:
    det = Detector([WatchSpec(1, 1, "All mentions", cooldown_minutes=5)])
    t = 1_800_000_000.0
    steady = [Observation(t + i, "where is my order", 0.0, None, 1) for i in range(0, 600)]
    assert det.observe(steady) == []  # ten minutes at one a second: nothing
    surge = [
        Observation(t + 600 + i / 10, "the charger burned my desk, recall it", -0.8, None, 1)
        for i in range(300)
    ]
    found = det.observe(surge)
    assert found and found[0].kind == "negative"
    assert found[0].at - (t + 600) < 30


def test_a_changed_slice_relearns_and_a_changed_judgement_keeps_what_was_learned() -> None:
    """Editing a watch's keyword counts a different slice: its old baseline would lie."""
    from dataclasses import replace

    det = Detector()
    spec = WatchSpec(1, 1, "Charger", keyword="charger")
    assert det.add(spec) is True  # new: learn from history
    det.fit(1, {100: 40.0, 101: 42.0})
    learned = det.watches[1].baseline
    assert det.add(replace(spec, sensitivity="strict", cooldown_minutes=5)) is False
    assert det.watches[1].baseline is learned
    for changed in (
        replace(spec, keyword="battery"),
        replace(spec, account_id=7),
        replace(spec, intent="complaint"),
        replace(spec, sentiment="negative"),
    ):
        det.add(spec)
        det.fit(1, {100: 40.0})
        assert det.add(changed) is True
        assert det.watches[1].baseline is not learned
