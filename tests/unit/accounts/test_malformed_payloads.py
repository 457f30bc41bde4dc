"""A malformed item becomes a rejection with its reason; it never costs the page.

The fuzzer (tests/support/payload_fuzz.py, the same one the ``fuzz`` benchmark runs at 10,000
cases per connector) feeds every real connector pages of good items with one mutated item
among them, through the connector's own HttpClient.
"""

from __future__ import annotations

import pytest

from accounts.base import RejectedItem
from accounts.payload import MAX_REJECTIONS_PER_PAGE, Rejections, as_list, excerpt, guard
from tests.support.payload_fuzz import BIG, SCENARIOS, CannedSession, fuzz


@pytest.mark.parametrize("network", sorted(SCENARIOS))
def test_mutated_items_never_escape_nor_cost_their_neighbours(network: str) -> None:
    stats = fuzz(network, 400, seed=7)
    assert stats.unhandled == 0, stats.examples
    assert stats.good_items_lost == 0
    assert stats.max_rejections <= MAX_REJECTIONS_PER_PAGE + 1


@pytest.mark.parametrize("network", sorted(SCENARIOS))
def test_a_megabyte_string_where_the_list_belongs_is_one_rejection_at_most(network: str) -> None:
    sc = SCENARIOS[network]
    import random

    rng = random.Random(1)
    good = [sc.good(rng, k) for k in range(3)]
    base = sc.serve(good, rng)

    def route(method, path, params):  # type: ignore[no-untyped-def]
        status, body = base(method, path, params)
        if status != 200:
            return status, body
        if isinstance(body, list):
            return 200, BIG
        return 200, {k: (BIG if isinstance(v, list) else v) for k, v in body.items()}

    conn = sc.build(CannedSession(route))
    try:
        result = conn.fetch_inbound(None)
    except Exception as exc:  # a page that is not a page may be refused, in words
        from accounts.base import ConnectorError

        assert isinstance(exc, ConnectorError), exc
        assert len(str(exc)) < 400
        return
    finally:
        conn.close()
    assert len(result.rejected) <= 2
    assert all(len(r.excerpt) <= 400 for r in result.rejected)


def test_rejections_beyond_the_cap_are_summarised_in_one_line() -> None:
    rej = Rejections("X", cap=3)
    for n in range(1_000):
        rej.add("the post has no id" if n % 2 else "the post has no text", str(n), {"n": n})
    out = rej.result()
    assert len(out) == 4
    assert out[-1].remote_id is None
    assert "997 more items" in out[-1].reason and "the post has no" in out[-1].reason


def test_guard_turns_any_surprise_into_a_reason_but_lets_network_errors_through() -> None:
    from accounts.base import TransientError

    rej = Rejections("bluesky")

    def boom(raw: object) -> None:
        raise TypeError("'NoneType' object is not subscriptable")

    assert guard(rej, {"uri": "at://x"}, boom, {"uri": "at://x"}) is None
    [r] = rej.result()
    assert r == RejectedItem(
        reason="bluesky: the item has an unexpected shape (TypeError)",
        remote_id="at://x",
        excerpt='{"uri": "at://x"}',
    )

    def offline(raw: object) -> None:
        raise TransientError("bluesky: no answer")

    with pytest.raises(TransientError):
        guard(rej, {}, offline, {})


def test_as_list_never_iterates_a_string_and_excerpts_stay_short() -> None:
    rej = Rejections("meta")
    assert as_list(BIG, "the data", rej) == []
    assert len(rej) == 1
    deep: object = []
    for _ in range(5000):
        deep = [deep]
    assert len(excerpt(deep)) <= 300
    assert len(excerpt({"t": BIG})) <= 300


def test_post_counts_that_are_not_whole_non_negative_numbers_are_no_figure() -> None:
    """A metrics reply with a negative, fractional, textual or boolean count does not put a
    made-up number in the report: 0 for the counts every network gives, None for the others."""
    from accounts.base import PostMetrics

    keys = {"likes": "l", "reposts": "r", "replies": "c", "quotes": "q", "impressions": "i"}
    good = PostMetrics.read("1", {"l": 3, "r": 0, "c": 2, "q": 1, "i": 900}, **keys)
    assert (good.likes, good.reposts, good.replies, good.quotes, good.impressions) == (
        3,
        0,
        2,
        1,
        900,
    )
    bad = PostMetrics.read("2", {"l": -1, "r": "7", "c": 2.5, "q": True}, **keys)
    assert (bad.likes, bad.reposts, bad.replies, bad.quotes, bad.impressions) == (
        0,
        0,
        0,
        None,
        None,
    )
    none = PostMetrics.read("3", {}, likes="l", reposts="r", replies="c", quotes="q")
    assert none.impressions is None and none.quotes is None
