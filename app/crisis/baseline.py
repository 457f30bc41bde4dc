"""The seasonal baseline and the tail test behind every spike alert.

Method
------
*Expected rate.* Message counts follow a daily rhythm (quiet nights, busy mornings) and a weekly
one (weekends differ). The baseline is multiplicative: the expected number of messages per
minute at time *t* is ``level × day_shape[hour of day] × week_shape[day of week]``, where the
hourly shape is interpolated linearly between hour centres so that the morning ramp is a slope,
not a staircase. The shapes are learned from hourly counts of the last 28 days (at least one
day is needed; with less, the mean rate of what was seen so far is used and the test is
stricter). Hours during which an alert was running are left out, so a surge does not teach the
baseline that surges are normal.

*Overdispersion.* Real traffic varies more than a Poisson process: days are busier or quieter
as a whole, and messages come in small bursts. From the history we estimate a negative-binomial
dispersion ``1/r`` by the method of moments on hourly counts, ``Var = μ + μ²/r``, so the test
below widens its tail with the history's own noise.

*Tail test.* For a window of *w* minutes the expected count ``μ`` is the sum of the rates over
the window. A window with ``k`` messages is a spike when all of:

- ``P(X ≥ k) < α`` under the negative binomial with mean ``μ`` and dispersion ``r``
  (``α`` = 1e-3 sensitive, 1e-5 balanced, 1e-7 strict);
- ``k ≥ ratio × μ`` (1.5, 2 and 3), so a statistically certain but small rise in a very busy
  stream does not wake PR;
- ``k ≥ min_count`` (5, 10, 20), so two messages in an empty hour are not a crisis.

Three windows are tested at once: the last minute (for a fast, steep surge: alerts within
seconds of its start), the watch's own window, and the last hour (for a slow build; its ratio
threshold is a quarter nearer to 1, 1.75× when balanced, since an hour of evidence is stronger,
and it needs twice the minimum count). Each is tested every 10
seconds, so a short window is tested far more often than an hour is long: ``α`` is scaled by
``window / 1 h`` (the false-alarm rate per hour is then the same for every window), and windows
of 10 minutes or less use a dispersion of at least 0.04 (messages come in small bursts that
hourly counts average away), the hour at least 0.02 (whole days are busier or quieter).

*Sentiment.* The share of negative (or positive) messages in the window is compared with the
baseline share by a one-sided binomial z-test (``z > 4`` balanced) and must also exceed the
usual share by 20 points; with ``z > 2.5`` this labels a volume alert negative or positive (the
spike itself is already proven), and with the sensitivity's own ``z`` it raises a "turning
negative" alert even without a rise in volume.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

SENSITIVITY: dict[str, dict[str, float]] = {
    "sensitive": {"alpha": 1e-3, "ratio": 1.5, "min_count": 5, "z": 3.0},
    "balanced": {"alpha": 1e-5, "ratio": 2.0, "min_count": 10, "z": 4.0},
    "strict": {"alpha": 1e-7, "ratio": 3.0, "min_count": 20, "z": 5.0},
}
SENSITIVITIES = tuple(SENSITIVITY)
HISTORY_DAYS = 28


def hour_key(ts: float) -> int:
    """Hours since the epoch: the unit of the history."""
    return int(ts // 3600)


@dataclass
class SeasonalBaseline:
    """Hourly history → expected messages per minute at any time, and the dispersion."""

    #: hours since epoch → count (hours with an alert are not kept)
    hours: dict[int, float]
    #: seconds to add to UTC to get the workspace's local time (for day/week shapes)
    utc_offset_s: float = 0.0

    def __post_init__(self) -> None:
        self.refit()

    # ---------------------------------------------------------------------------- fitting
    def refit(self) -> None:
        hours = self.hours
        if len(hours) > HISTORY_DAYS * 24:
            for h in sorted(hours)[: len(hours) - HISTORY_DAYS * 24]:
                del hours[h]
        self.n_hours = len(hours)
        total = sum(hours.values())
        self.level = total / (60.0 * self.n_hours) if self.n_hours else 0.0
        by_hod = [[0.0, 0] for _ in range(24)]
        by_dow = [[0.0, 0] for _ in range(7)]
        for h, c in hours.items():
            hod, dow = self._local(h)
            by_hod[hod][0] += c
            by_hod[hod][1] += 1
            by_dow[dow][0] += c
            by_dow[dow][1] += 1
        mean_hour = total / self.n_hours if self.n_hours else 0.0
        self.day_shape = [(s / n) / mean_hour if n and mean_hour > 0 else 1.0 for s, n in by_hod]
        # the week shape is what is left after the day shape: mean of count / day-shape
        resid = [[0.0, 0] for _ in range(7)]
        for h, c in hours.items():
            hod, dow = self._local(h)
            d = self.day_shape[hod]
            if d > 0 and mean_hour > 0:
                resid[dow][0] += c / (d * mean_hour)
                resid[dow][1] += 1
        self.week_shape = [s / n if n else 1.0 for s, n in resid]
        self.dispersion = self._fit_dispersion()

    def _fit_dispersion(self) -> float:
        """1/r by the method of moments on hourly counts (0: Poisson)."""
        num = den = 0.0
        for h, c in self.hours.items():
            mu = self.rate_at(h * 3600 + 1800) * 60
            num += (c - mu) ** 2 - mu
            den += mu * mu
        if den <= 0:
            return 0.0
        return max(0.0, min(num / den, 2.0))

    def _local(self, hour: int) -> tuple[int, int]:
        ts = hour * 3600 + self.utc_offset_s
        d = datetime.fromtimestamp(ts, UTC)
        return d.hour, d.weekday()

    # ------------------------------------------------------------------------- expectation
    @property
    def mature(self) -> bool:
        """A day of history: the shapes mean something."""
        return self.n_hours >= 24

    def rate_at(self, ts: float) -> float:
        """Expected messages per minute at ``ts`` (seconds since the epoch)."""
        if not self.n_hours:
            return 0.0
        local = ts + self.utc_offset_s
        d = datetime.fromtimestamp(local, UTC)
        # linear interpolation of the hour shape between hour centres
        pos = d.hour + d.minute / 60 + d.second / 3600 - 0.5
        lo = math.floor(pos)
        frac = pos - lo
        shape = self.day_shape[lo % 24] * (1 - frac) + self.day_shape[(lo + 1) % 24] * frac
        return self.level * shape * self.week_shape[d.weekday()]

    def expected(self, start: float, end: float) -> float:
        """Expected messages between two instants (sum of the rate, a step per minute)."""
        if end <= start:
            return 0.0
        total = 0.0
        t = start
        while t < end:
            step = min(60.0, end - t)
            total += self.rate_at(t + step / 2) * step / 60.0
            t += step
        return total

    def add_hour(self, hour: int, count: float) -> None:
        self.hours[hour] = count


def nb_sf(k: int, mu: float, inv_r: float) -> float:
    """P(X ≥ k) for a negative binomial with mean ``mu`` and dispersion ``inv_r`` (=1/r);
    Poisson when ``inv_r`` is 0. Summed upward from ``k`` in log space (no cancellation)."""
    if k <= 0:
        return 1.0
    if mu <= 0:
        return 0.0
    if inv_r <= 1e-9:
        logp = -mu + k * math.log(mu) - math.lgamma(k + 1)
        ratio_at = lambda j: mu / (j + 1)  # noqa: E731
    else:
        r = 1.0 / inv_r
        p = mu / (r + mu)  # success probability of the "failure count" form
        logp = (
            math.lgamma(k + r)
            - math.lgamma(r)
            - math.lgamma(k + 1)
            + r * math.log(1 - p)
            + k * math.log(p)
        )
        ratio_at = lambda j: (j + r) / (j + 1) * p  # noqa: E731
    if logp < -745:
        return 0.0
    term = math.exp(logp)
    total = term
    j = k
    for _ in range(100_000):
        q = ratio_at(j)
        term *= q
        total += term
        j += 1
        if term < total * 1e-12 and q < 1:
            break
    return min(1.0, total)


def is_spike(
    count: int, mu: float, inv_r: float, sensitivity: str, *, ratio_scale: float = 1.0
) -> bool:
    s = SENSITIVITY[sensitivity]
    ratio = 1 + (s["ratio"] - 1) * ratio_scale
    if count < s["min_count"] or count < ratio * mu:
        return False
    return nb_sf(count, max(mu, 0.5), inv_r) < s["alpha"]


def threshold(
    mu: float,
    inv_r: float,
    sensitivity: str,
    *,
    ratio_scale: float = 1.0,
    alpha_scale: float = 1.0,
) -> int:
    """The smallest count that :func:`is_spike` accepts (so the hot path compares integers).

    Cached on the mean rounded to 1 % (the thresholds move slowly with the daily rhythm)."""
    q = round(math.log(max(mu, 1e-3)) * 100)
    return _threshold(q, round(inv_r, 3), sensitivity, ratio_scale, alpha_scale)


@functools.lru_cache(maxsize=65536)
def _threshold(
    q: int, inv_r: float, sensitivity: str, ratio_scale: float, alpha_scale: float
) -> int:
    mu = math.exp(q / 100)
    s = SENSITIVITY[sensitivity]
    alpha = s["alpha"] * alpha_scale
    ratio = 1 + (s["ratio"] - 1) * ratio_scale
    k = max(int(s["min_count"]), math.ceil(ratio * mu))
    # grow geometrically, then bisect
    hi = k
    while nb_sf(hi, max(mu, 0.5), inv_r) >= alpha:
        hi = hi * 2 + 1
        if hi > 10_000_000:
            return hi
    lo = k
    while lo < hi:
        mid = (lo + hi) // 2
        if nb_sf(mid, max(mu, 0.5), inv_r) < alpha:
            hi = mid
        else:
            lo = mid + 1
    return lo


#: z enough to call a volume spike negative or positive (the spike itself is already proven)
LABEL_Z = 2.5


def share_shift(
    hits: int, n: int, p0: float, sensitivity: str, *, z_min: float | None = None
) -> bool:
    """One-sided binomial z-test: is the share ``hits/n`` clearly above the usual ``p0``?"""
    if n < SENSITIVITY[sensitivity]["min_count"]:
        return False
    p0 = min(max(p0, 0.02), 0.98)
    share = hits / n
    if share < p0 + 0.2:
        return False
    z = (hits - n * p0 - 0.5) / math.sqrt(n * p0 * (1 - p0))
    return z > (SENSITIVITY[sensitivity]["z"] if z_min is None else z_min)


def hourly(counts: Iterable[tuple[float, float]]) -> dict[int, float]:
    """(timestamp, count) pairs → counts per hour key."""
    out: dict[int, float] = {}
    for ts, c in counts:
        h = hour_key(ts)
        out[h] = out.get(h, 0.0) + c
    return out
