"""The day's average sentiment must not depend on the order its scores were summed in: the
dashboard's first view sums them in SQL over the rollups, the complete report in Python over the
raw rows, and the two are checked equal (they differed one run in several)."""

from __future__ import annotations

import random

from app.reports.metrics import _mean_sentiment


def test_the_average_is_the_same_whichever_order_the_scores_were_added_in() -> None:
    rng = random.Random(7)
    differed = 0
    for _ in range(5_000):
        # scores as stored: four decimals (the demo's and the generator's have two)
        scores = [round(rng.uniform(-1, 1), rng.choice((2, 4))) for _ in range(rng.randint(1, 300))]
        n = len(scores)
        forward, backward, shuffled = sum(scores), sum(reversed(scores)), 0.0
        for x in rng.sample(scores, n):
            shuffled += x
        differed += round(forward / n, 4) != round(backward / n, 4)
        assert _mean_sentiment(forward, n) == _mean_sentiment(backward, n)
        assert _mean_sentiment(forward, n) == _mean_sentiment(shuffled, n)
    assert differed  # the plain rounding does differ on such data: the test can fail
    assert _mean_sentiment(0.0, 0) is None
    assert _mean_sentiment(1.23, 200) == 0.0062  # a half-way average: one answer, always
