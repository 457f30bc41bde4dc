"""Synthetic traffic for the crisis bench: daily and weekly rhythm, day-to-day noise, bursts.

Per minute the expected count is ``level × day curve × weekday factor × that day's mood`` (the
mood is log-normal, σ = 0.12, so some days are busier as a whole) and the count drawn is
negative-binomial (gamma-mixed Poisson, shape 25) around it; each message gets a time inside its
minute, a sentiment and words from a shared vocabulary. Surges are added on top.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from app.crisis.detector import Observation

#: 00:00 on Monday 2 November 2026 (UTC)
T0 = datetime(2026, 11, 2, tzinfo=UTC).timestamp()
DAY = 86400.0

# relative volume by hour: quiet night, morning ramp, lunch and evening peaks
DAY_CURVE = (
    0.15, 0.1, 0.08, 0.08, 0.1, 0.2, 0.4, 0.7, 1.1, 1.4, 1.5, 1.5,
    1.6, 1.5, 1.4, 1.35, 1.3, 1.3, 1.4, 1.6, 1.5, 1.1, 0.6, 0.3,
)  # fmt: skip
WEEK = (1.0, 1.05, 1.05, 1.0, 0.95, 0.7, 0.6)

NEUTRAL = (
    "do you ship the {p} to canada",
    "what is the warranty on the {p}",
    "is the {p} available in black",
    "where is my order, tracking has not moved",
    "how do i reset the {p}",
)
NEGATIVE = (
    "my order arrived broken and nobody answers",
    "three weeks waiting for a refund, unacceptable",
    "the {p} stopped working after two days",
)
POSITIVE = (
    "loving my new {p}, best purchase this year",
    "support fixed my issue in five minutes, great service",
)
CRISIS = (
    "the bolt charger overheated and burned my desk, is there a recall",
    "recall the charger now, it burns, my kid got hurt",
    "charger melted overnight, fire risk, why no recall yet",
    "burn marks from the bolt charger, this is dangerous",
)
PRAISE = (
    "the new aerophone launch ad is brilliant, amazing campaign",
    "obsessed with the aerophone launch video, brilliant work",
    "that launch event was amazing, well done",
)
PRODUCTS = ("aerophone", "bolt charger", "nimbus headphones", "terrawatch")


@dataclass(frozen=True)
class Surge:
    start: float
    minutes: int
    factor_from: float
    factor_to: float
    kind: str  # negative | positive
    share: float  # share of the surge's extra messages that are of its kind


def base_rate(ts: float, level: float, mood: dict[int, float]) -> float:
    d = datetime.fromtimestamp(ts, UTC)
    pos = d.hour + d.minute / 60 - 0.5
    lo = math.floor(pos)
    frac = pos - lo
    curve = DAY_CURVE[lo % 24] * (1 - frac) + DAY_CURVE[(lo + 1) % 24] * frac
    return level * curve * WEEK[d.weekday()] * mood.get(int((ts - T0) // DAY), 1.0)


def stream(
    days: float, *, level: float, surges: tuple[Surge, ...] = (), seed: int = 5, start: float = T0
) -> Iterator[Observation]:
    """Observations in time order, minute by minute."""
    rng = random.Random(seed)
    mood = {d: math.exp(rng.gauss(0, 0.12)) for d in range(int(days) + 2)}
    minutes = int(days * 1440)
    for m in range(minutes):
        t = start + m * 60
        mu = base_rate(t, level, mood)
        extra_mu = 0.0
        surge: Surge | None = None
        for s in surges:
            if s.start <= t < s.start + s.minutes * 60:
                frac = (t - s.start) / (s.minutes * 60)
                factor = s.factor_from + (s.factor_to - s.factor_from) * frac
                extra_mu += mu * (factor - 1)
                surge = s
        n = _nb(rng, mu)
        extra = _poisson(rng, extra_mu) if extra_mu > 0 else 0
        batch = []
        for _ in range(n):
            batch.append((t + rng.random() * 60, _ordinary(rng)))
        for _ in range(extra):
            assert surge is not None
            batch.append((t + rng.random() * 60, _surge_message(rng, surge)))
        batch.sort(key=lambda x: x[0])
        for at, (text, sentiment) in batch:
            yield Observation(at, text, sentiment, None, 1)


def _ordinary(rng: random.Random) -> tuple[str, float]:
    r = rng.random()
    if r < 0.18:
        return rng.choice(NEGATIVE).format(p=rng.choice(PRODUCTS)), -0.6
    if r < 0.38:
        return rng.choice(POSITIVE).format(p=rng.choice(PRODUCTS)), 0.8
    return rng.choice(NEUTRAL).format(p=rng.choice(PRODUCTS)), 0.0


def _surge_message(rng: random.Random, s: Surge) -> tuple[str, float]:
    if rng.random() < s.share:
        if s.kind == "negative":
            return rng.choice(CRISIS), -0.8
        return rng.choice(PRAISE), 0.85
    return _ordinary(rng)


def _poisson(rng: random.Random, mu: float) -> int:
    if mu <= 0:
        return 0
    if mu > 50:
        return max(0, round(rng.gauss(mu, math.sqrt(mu))))
    limit, k, p = math.exp(-mu), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def _nb(rng: random.Random, mu: float, shape: float = 25.0) -> int:
    return _poisson(rng, rng.gammavariate(shape, mu / shape)) if mu > 0 else 0
