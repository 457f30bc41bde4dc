"""How sure a difference between two variants is, said in words.

Two tests, both exact enough for the counts a brand's posts get and needing no library:

- with impressions on both sides (X, LinkedIn), a **two-proportion z-test** of engagement rate
  (engagements / impressions);
- without them (Mastodon and Bluesky give none), the two posts are taken to have had the same
  chance to be seen — which is why an experiment pairs two accounts of like size or two time
  slots of one account — and the engagement **counts** are compared with the exact conditional
  test for two Poisson counts: given n = a + b engagements in all, a is Binomial(n, ½) when the
  variants do equally well.

The p-value becomes a sentence a marketer can act on ("fairly sure", "too close to call").
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Comparison:
    """The outcome of comparing variant A with variant B."""

    a: int
    b: int
    a_shown: int | None
    b_shown: int | None
    p_value: float | None
    method: str
    statement: str


def _normal_sf(z: float) -> float:
    return 0.5 * math.erfc(z / math.sqrt(2))


def two_proportion_p(a: int, n_a: int, b: int, n_b: int) -> float:
    """Two-sided p-value of a two-proportion z-test (pooled variance)."""
    if n_a <= 0 or n_b <= 0:
        raise ValueError("both variants need impressions")
    p = (a + b) / (n_a + n_b)
    if p in (0.0, 1.0):
        return 1.0
    se = math.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b))
    z = abs(a / n_a - b / n_b) / se
    return min(1.0, 2 * _normal_sf(z))


def equal_exposure_p(a: int, b: int) -> float:
    """Two-sided exact p-value that counts a and b come from equal rates (binomial, ½)."""
    n = a + b
    if n == 0:
        return 1.0
    k = min(a, b)
    # P(X <= k) for X ~ Binomial(n, 1/2), summed in log space (n may be thousands)
    logs = [
        math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) - n * math.log(2)
        for i in range(k + 1)
    ]
    peak = max(logs)
    tail = math.exp(peak) * sum(math.exp(v - peak) for v in logs)
    return min(1.0, 2 * tail)


def _verdict(p: float, leader: str) -> str:
    """How sure, as a clause a marketer can act on."""
    if p < 0.01:
        return f"very sure that {leader} does better"
    if p < 0.05:
        return f"fairly sure that {leader} does better"
    if p < 0.2:
        return f"{leader} leads, but it could still be chance: not sure yet"
    return f"too close to call: {leader}'s lead could well be chance"


def _one_in(p: float) -> str:
    if p <= 0:
        return "practically never"
    n = 1 / p
    if n >= 1000:
        return "less than once in 1,000 tries"
    return f"about once in {round(n):,} tries" if n >= 2 else "often"


def compare(
    a: int, b: int, *, a_shown: int | None = None, b_shown: int | None = None
) -> Comparison:
    """Compare engagements ``a`` and ``b`` (with impressions where known) in words."""
    if a + b == 0:
        return Comparison(
            a, b, a_shown, b_shown, None, "none", "Neither variant has any engagement yet."
        )
    if a_shown and b_shown:
        p = two_proportion_p(a, a_shown, b, b_shown)
        ra, rb = a / a_shown, b / b_shown
        leader = "A" if ra > rb else "B"
        method = "two-proportion test on engagement rate"
        what = f"A engaged {ra:.1%} of {a_shown:,} who saw it, B {rb:.1%} of {b_shown:,}"
        tie = ra == rb
    else:
        p = equal_exposure_p(a, b)
        leader = "A" if a > b else "B"
        method = "exact test on engagement counts (equal reach assumed)"
        what = f"A got {a:,} engagements, B {b:,}"
        tie = a == b
    if tie:
        return Comparison(a, b, a_shown, b_shown, p, method, f"{what}: no difference.")
    statement = (
        f"{what}. If both did equally well, a gap this big would happen {_one_in(p)} "
        f"(p = {p:.3f}): {_verdict(p, leader)}."
    )
    return Comparison(a, b, a_shown, b_shown, p, method, statement)
