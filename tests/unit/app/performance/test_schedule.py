"""The metrics schedule: young posts often, old ones rarely, X sparingly and for a week."""

from __future__ import annotations

from datetime import timedelta

from app.performance.metrics import interval_for

H = timedelta(hours=1)


def test_intervals_grow_with_age() -> None:
    assert interval_for(2 * H) == timedelta(minutes=15)
    assert interval_for(48 * H) == H
    assert interval_for(timedelta(days=20)) == 6 * H


def test_x_is_read_sparingly_and_not_after_a_week() -> None:
    assert interval_for(2 * H, "x") == H
    assert interval_for(48 * H, "x") == 6 * H
    assert interval_for(timedelta(days=8), "x") is None
