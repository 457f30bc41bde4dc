"""The progress line and the per-account horizon, in words and days."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.channels.brand_accounts import catching_up_words
from app.db.models import BrandAccount, SyncProgress
from app.sync.catchup import horizon_of


def _row(fetched: int, about: int | None, done: bool = False) -> SyncProgress:
    now = datetime.now(UTC)
    return SyncProgress(
        brand_account_id=1,
        fetched=fetched,
        about=about,
        started_at=now,
        updated_at=now,
        finished_at=now if done else None,
    )


def test_the_progress_line() -> None:
    assert catching_up_words(_row(1240, 3000)) == "Catching up: 1,240 of about 3,000"
    assert catching_up_words(_row(1, None)) == "Catching up: 1 item so far"
    assert catching_up_words(_row(2, 2)) == "Catching up: 2 items so far"
    assert catching_up_words(_row(3000, 3000, done=True)) == ""
    assert catching_up_words(None) == ""


def test_the_horizon_is_set_per_account_and_nonsense_is_ignored() -> None:
    def acc(settings: dict) -> BrandAccount:
        return BrandAccount(settings=settings)

    assert horizon_of(acc({})) == timedelta(days=7)
    assert horizon_of(acc({"backfill_days": 30})) == timedelta(days=30)
    assert horizon_of(acc({"backfill_days": "2.5"})) == timedelta(days=2.5)
    for bad in (0, -1, "a lot", None, 10_000, [3]):
        assert horizon_of(acc({"backfill_days": bad})) == timedelta(days=7)
