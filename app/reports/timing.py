"""Durations in business time, and the statistics every time metric reports.

Medians are the middle value (the mean of the two middle values for an even count), p90 the
nearest-rank 90th percentile (the smallest value with at least 90 % of the values at or
below it): both are what a person checking by hand with a sorted list gets.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.inbox.sla import BusinessHours

#: the distribution's upper bounds in seconds (exclusive); the last bucket is "24 h or more"
BUCKET_BOUNDS = (15 * 60, 60 * 60, 4 * 3600, 24 * 3600)
BUCKET_LABELS = ("under 15 min", "15 min – 1 h", "1 h – 4 h", "4 h – 24 h", "24 h or more")


def business_seconds(start: datetime, end: datetime, hours: BusinessHours | None) -> int:
    """Whole seconds of working time between two instants (all of it when there are no hours).

    Each working day's opening and closing are local wall-clock times, so a day on which the
    clocks change still opens at 09:00 local: its working time is the same length.
    """
    if end <= start:
        return 0
    if hours is None:
        return int((end - start).total_seconds())
    total = timedelta(0)
    local_start = start.astimezone(hours.tz)
    local_end = end.astimezone(hours.tz)
    day = local_start.date()
    last = local_end.date()
    while day <= last:
        if day.weekday() in hours.days:
            opens = datetime.combine(day, hours.start, hours.tz)
            closes = datetime.combine(day, hours.end, hours.tz)
            begin = max(opens, local_start)
            finish = min(closes, local_end)
            if finish > begin:
                total += finish - begin
        day += timedelta(days=1)
    return int(total.total_seconds())


def bucket_of(seconds: int) -> int:
    for i, bound in enumerate(BUCKET_BOUNDS):
        if seconds < bound:
            return i
    return len(BUCKET_BOUNDS)


def median(sorted_values: Sequence[float]) -> float | None:
    n = len(sorted_values)
    if n == 0:
        return None
    mid = n // 2
    if n % 2:
        return float(sorted_values[mid])
    return (sorted_values[mid - 1] + sorted_values[mid]) / 2


def p90(sorted_values: Sequence[float]) -> float | None:
    n = len(sorted_values)
    if n == 0:
        return None
    return float(sorted_values[max(0, math.ceil(0.9 * n) - 1)])


@dataclass(frozen=True)
class TimeStats:
    """Median, p90 and the distribution of one time metric, in business seconds."""

    count: int
    median: float | None
    p90: float | None
    buckets: tuple[int, ...]

    @classmethod
    def of(cls, values: Sequence[int]) -> TimeStats:
        ordered = sorted(values)
        # on the sorted values each bucket is a slice: five binary searches, not a loop
        edges = [0, *(bisect_left(ordered, b) for b in BUCKET_BOUNDS), len(ordered)]
        buckets = tuple(edges[i + 1] - edges[i] for i in range(len(edges) - 1))
        return cls(len(ordered), median(ordered), p90(ordered), buckets)


def describe_seconds(seconds: float | None) -> str:
    """A duration as a person reads it: "—", "45 s", "12 min", "3 h 05 min", "2 d 4 h"."""
    if seconds is None:
        return "—"
    s = int(round(seconds))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min"
    if s < 86400:
        return f"{s // 3600} h {s % 3600 // 60:02d} min"
    return f"{s // 86400} d {s % 86400 // 3600} h"
