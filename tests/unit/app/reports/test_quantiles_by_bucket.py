"""Median and p90 looked for within their distribution bucket equal the ones over all values
(issue 13: the 90-day first view sorted half of all its times to find the median)."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, insert, select

from app.reports.metrics import _quantiles
from app.reports.timing import BUCKET_BOUNDS, median, p90


def _bucket(seconds: int) -> int:
    return sum(seconds >= bound for bound in BUCKET_BOUNDS)


def _spreads() -> list[list[int]]:
    rng = random.Random(13)
    bounds = [0, *BUCKET_BOUNDS]
    out = [
        [5],
        [899, 900],  # an even count whose two middle values lie in two buckets
        [0] * 7 + [90_000] * 3,
        [b for b in bounds for _ in range(3)] + [b - 1 for b in bounds[1:]],  # on each edge
        [rng.choice(bounds) + rng.randrange(0, 3) for _ in range(101)],
        [int(rng.expovariate(1 / 3000)) for _ in range(1000)],
        [int(rng.expovariate(1 / 40_000)) for _ in range(999)],
    ]
    return out


@pytest.mark.parametrize("values", _spreads())
def test_the_bucketed_ranks_equal_the_plain_ones(values: list[int]) -> None:
    engine = create_engine("sqlite://")
    meta = MetaData()
    t = Table("t", meta, Column("id", Integer, primary_key=True), Column("seconds", Integer))
    meta.create_all(engine)
    buckets = [0] * (1 + len(BUCKET_BOUNDS))
    for v in values:
        buckets[_bucket(v)] += 1
    with engine.begin() as conn:
        conn.execute(insert(t), [{"seconds": v} for v in values])
        query = select(t.c.seconds)
        plain = _quantiles(conn, query, len(values))
        bucketed = _quantiles(conn, query, len(values), buckets)
    ordered = sorted(values)
    expected = (median(ordered), p90(ordered))
    assert plain == bucketed == expected


def test_counts_that_do_not_add_up_fall_back_to_all_values() -> None:
    engine = create_engine("sqlite://")
    meta = MetaData()
    t = Table("t", meta, Column("id", Integer, primary_key=True), Column("seconds", Integer))
    meta.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(t), [{"seconds": v} for v in (10, 20, 5000)])
        assert _quantiles(conn, select(t.c.seconds), 3, [3, 0, 0, 0, 1]) == (20.0, 5000.0)
