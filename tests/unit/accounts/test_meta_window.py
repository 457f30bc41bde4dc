from datetime import UTC, datetime, timedelta

from accounts.meta import can_message

LAST = datetime(2024, 1, 15, 10, 45, tzinfo=UTC)


def test_window_open_until_24_hours_after_the_customers_last_message():
    assert can_message(LAST, LAST)
    assert can_message(LAST, LAST + timedelta(hours=23, minutes=59, seconds=59))
    assert not can_message(LAST, LAST + timedelta(hours=24))
    assert not can_message(LAST, LAST + timedelta(days=3))
