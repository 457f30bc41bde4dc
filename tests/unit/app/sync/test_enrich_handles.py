"""The classifier hook reads what a mention says, not whom it is addressed to."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from app.sync.enrich import classify_item, without_leading_handles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@brand Could your team fit the lamps?", "Could your team fit the lamps?"),
        ("@brand@mastodon.social @bob: hi there", "hi there"),
        ("  @a, @b  Could you", "Could you"),
        ("@brand", "@brand"),  # nothing else: kept whole
        ("hello @brand, refund please", "hello @brand, refund please"),  # only the lead
    ],
)
def test_leading_handles_are_left_out(text: str, expected: str) -> None:
    assert without_leading_handles(text) == expected


def test_a_mention_is_classified_like_its_sentence() -> None:
    def item(text: str) -> InboundItem:
        return InboundItem(
            "r1", ItemKind.MENTION, RemoteAuthor("u", "u"), text, datetime.now(UTC), "t1"
        )

    bare = classify_item(item("Could your team fit the lamps in our 12 offices?"))
    addressed = classify_item(item("@brand Could your team fit the lamps in our 12 offices?"))
    assert bare.intent == addressed.intent == "question"
