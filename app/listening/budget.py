"""Each network's documented read limit, and a poll schedule that stays within it.

A watch reads through its brand account, so every watch of an account shares that account's
limit with the inbox sync. The schedule gives listening a share of the limit and spreads it over
the account's enabled watches: a watch polls every ``interval_s(network, watches)`` seconds,
never more often than the network's default. One poll is one API call.

The limits, and where they come from:

- Mastodon: 300 requests per 5 minutes per account for ``/api/*`` (docs.joinmastodon.org,
  api/rate-limits; instances may set their own): 3,600 an hour. The inbox sync polls
  notifications on the same account, so listening takes a quarter.
- Bluesky: 3,000 requests per 5 minutes per IP address for the API in general
  (docs.bsky.app, advanced-guides/rate-limits): 36,000 an hour. A workstation also syncs
  other accounts from the same address, so listening takes a tenth.
- X: ``GET /2/tweets/search/recent`` on the Free plan: 1 request per 15 minutes per user
  (docs.x.com, x-api/fundamentals/rate-limits, "Free Limit"): 4 an hour. The endpoint has its
  own bucket, separate from the mentions timeline the inbox reads; listening takes three of the
  four calls (one stays free for a person searching by hand with the same app). Every
  returned post also counts against the account's read budget (accounts/x.py).
- demo: the built-in demo network has no limit; it is given Mastodon's so the demo behaves
  like a real account.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NetworkLimit:
    network: str
    #: documented calls per window, and the window in seconds
    calls: int
    window_s: int
    #: the part of the limit listening may use (the rest is the inbox's)
    share: float
    #: the fastest a single watch polls when it has the share to itself
    min_interval_s: int
    source: str

    @property
    def per_hour(self) -> float:
        return self.calls * 3600 / self.window_s

    @property
    def listening_per_hour(self) -> float:
        return self.per_hour * self.share


LIMITS: dict[str, NetworkLimit] = {
    "mastodon": NetworkLimit(
        "mastodon", 300, 300, 0.25, 60, "docs.joinmastodon.org/api/rate-limits"
    ),
    "bluesky": NetworkLimit(
        "bluesky", 3000, 300, 0.10, 60, "docs.bsky.app/docs/advanced-guides/rate-limits"
    ),
    "x": NetworkLimit("x", 1, 900, 0.75, 900, "docs.x.com/x-api/fundamentals/rate-limits (Free)"),
    "demo": NetworkLimit("demo", 300, 300, 0.25, 30, "the demo network (Mastodon's limit)"),
}
#: networks whose limit is not known: polled like X, the strictest
FALLBACK = LIMITS["x"]


def limit_of(network: str) -> NetworkLimit:
    return LIMITS.get(network, FALLBACK)


def interval_s(network: str, watches: int) -> float:
    """Seconds between two polls of one watch when its account has ``watches`` enabled."""
    lim = limit_of(network)
    spread = max(watches, 1) * 3600 / lim.listening_per_hour
    return max(float(lim.min_interval_s), spread)


def gap_s(network: str) -> float:
    """The least time between two listening calls on one account, whichever watches make them:
    the schedule's floor, so a burst (new watches, a full page to read on) never exceeds the
    share in any hour."""
    return 3600 / limit_of(network).listening_per_hour


def planned_calls_per_hour(network: str, watches: int) -> float:
    """What one watch costs an hour under the schedule."""
    return 3600 / interval_s(network, watches)


def budget_share(network: str, calls_per_hour: float) -> float:
    """Calls an hour as a share of the network's documented limit (1.0 = all of it)."""
    return calls_per_hour / limit_of(network).per_hour
