"""What a watch may be (refused in words otherwise) and the schedule that keeps each network
within its documented read limit."""

from __future__ import annotations

import pytest

from app.listening import budget
from app.listening.spec import WatchRefused, normalise


@pytest.mark.parametrize(
    ("kind", "text", "stored"),
    [
        ("hashtag", "#AcmeKettle", "acmekettle"),
        ("hashtag", "  café_2024 ", "café_2024"),
        ("keyword", "Acme", "Acme"),
        ("phrase", "  acme    kettle\n", "acme kettle"),
    ],
)
def test_good_watches_are_normalised(kind: str, text: str, stored: str) -> None:
    assert normalise(kind, text, "mastodon").query == stored


@pytest.mark.parametrize(
    ("kind", "text", "network", "reason"),
    [
        ("hashtag", "   ", None, "is empty"),
        ("hashtag", "#", None, "only a #"),
        ("hashtag", "#acme kettle", None, "no spaces"),
        ("hashtag", "#acme-kettle", None, "letters, digits and underscores"),
        ("hashtag", "#2024", None, "digits only"),
        ("hashtag", "a" * 101, None, "too long"),
        ("keyword", "acme kettle", None, "one word"),
        ("keyword", "a", None, "one character"),
        ("keyword", "acme\u200bkettle", None, "invisible control characters"),
        ("phrase", "kettle", None, "at least two words"),
        ("phrase", '"acme kettle"', None, "quotation marks"),
        ("phrase", "?? !!", None, "no letters or digits"),
        ("keyword", "acme", "linkedin", "not available on linkedin"),
        ("mood", "acme", None, "Choose what to listen for"),
    ],
)
def test_bad_watches_are_refused_with_the_reason(
    kind: str, text: str, network: str | None, reason: str
) -> None:
    with pytest.raises(WatchRefused, match=reason):
        normalise(kind, text, network)


def test_the_label_is_how_people_read_it() -> None:
    assert normalise("hashtag", "#Acme", None).label == "#acme"
    assert normalise("phrase", "acme kettle", None).label == "“acme kettle”"


@pytest.mark.parametrize("network", ["mastodon", "bluesky", "x"])
@pytest.mark.parametrize("watches", [1, 5, 50])
def test_the_schedule_stays_within_the_listening_share(network: str, watches: int) -> None:
    lim = budget.limit_of(network)
    per_hour = watches * budget.planned_calls_per_hour(network, watches)
    assert per_hour <= lim.listening_per_hour + 1e-9
    assert budget.budget_share(network, per_hour) <= lim.share + 1e-9 <= 1.0
    # the account's pace: never two calls closer than its share allows, whatever the watches
    assert 3600 / budget.gap_s(network) <= lim.listening_per_hour + 1e-9


def test_documented_limits() -> None:
    assert budget.limit_of("mastodon").per_hour == 3600  # 300 / 5 min per account
    assert budget.limit_of("bluesky").per_hour == 36000  # 3,000 / 5 min per IP
    assert budget.limit_of("x").per_hour == 4  # Free: 1 / 15 min per user
    assert budget.interval_s("x", 1) == 1200  # three of the four calls an hour
    assert budget.limit_of("unknown") is budget.FALLBACK
