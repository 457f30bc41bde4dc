"""The A/B verdict: known p-values, and the sentence a marketer reads."""

from __future__ import annotations

import math

import pytest

from app.performance.stats import compare, equal_exposure_p, two_proportion_p


def test_equal_exposure_exact_binomial() -> None:
    # 10 vs 0: P = 2 * (1/2)^10
    assert equal_exposure_p(10, 0) == pytest.approx(2 / 1024)
    assert equal_exposure_p(5, 5) == 1.0
    assert equal_exposure_p(0, 0) == 1.0
    # large counts stay finite (log space)
    assert 0 < equal_exposure_p(5200, 5000) < 0.1


def test_two_proportion_z() -> None:
    # 120/1000 vs 90/1000: z ≈ 2.19, p ≈ 0.0285
    assert two_proportion_p(120, 1000, 90, 1000) == pytest.approx(0.0285, abs=0.001)
    assert math.isclose(two_proportion_p(0, 10, 0, 10), 1.0)


def test_statements_in_words() -> None:
    sure = compare(60, 20)
    assert sure.statement.startswith("A got 60 engagements, B 20.")
    assert "very sure that A does better" in sure.statement
    close = compare(11, 9)
    assert close.statement.endswith("too close to call: A's lead could well be chance.")
    rate = compare(90, 120, a_shown=1000, b_shown=1000)
    assert "two-proportion" in rate.method and "fairly sure that B does better" in rate.statement
    assert compare(0, 0).statement == "Neither variant has any engagement yet."
    assert compare(4, 4).statement == "A got 4 engagements, B 4: no difference."
