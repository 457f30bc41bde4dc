"""The list's order is the server's: most urgent first in the queues, every header's order
paged by keyset without gaps or repeats, and search by the customer's handle or name."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.db.models import Conversation
from app.inbox import views as inbox
from app.inbox.views import InboxFilter, SortKey, View
from tests.support.inbox import actor, seed


def _ids(console, who, flt: InboxFilter, limit: int = 100) -> list[int]:
    with console.session() as s:
        return inbox.page_ids(s, who, flt, limit)[0]


def _all_pages(console, who, flt: InboxFilter, size: int) -> list[int]:
    out: list[int] = []
    key = None
    with console.session() as s:
        while True:
            rows, key = inbox.page_rows(s, who, flt, size, key)
            out.extend(r.id for r in rows)
            if key is None:
                return out


def _urgent_world(console) -> dict[str, int]:
    """Six open conversations of Customer Service: two breached, one due soon, one urgent..."""
    names = ["newest", "breached_old", "breached_new", "due_soon", "urgent_no_sla", "plain"]
    ids = dict(zip(names, seed(console, names), strict=True))
    now = datetime.now(UTC)
    with console.factory() as s, s.begin():
        for cid in ids.values():
            conv = s.get(Conversation, cid)
            conv.first_response_due = None
            conv.next_response_due = None
        s.get(Conversation, ids["breached_old"]).first_response_due = now - timedelta(hours=3)
        s.get(Conversation, ids["breached_new"]).first_response_due = now - timedelta(minutes=5)
        s.get(Conversation, ids["due_soon"]).first_response_due = now + timedelta(minutes=10)
        s.get(Conversation, ids["urgent_no_sla"]).priority = 2
    return ids


def test_queues_are_most_urgent_first_and_all_is_newest_first(demo_console) -> None:
    ids = _urgent_world(demo_console)
    alice = actor(demo_console, "alice")
    expected = [
        ids["breached_old"],
        ids["breached_new"],
        ids["due_soon"],
        ids["urgent_no_sla"],
        ids["newest"],  # the oldest of the rest waits longest
        ids["plain"],
    ]
    assert _ids(demo_console, alice, InboxFilter(view=View.UNASSIGNED)) == expected
    assert _ids(demo_console, alice, InboxFilter(view=View.TEAMS)) == expected
    newest_first = sorted(ids.values(), reverse=True)
    assert _ids(demo_console, alice, InboxFilter(view=View.ALL)) == newest_first
    # the header's other direction is the exact reverse
    rev = InboxFilter(view=View.UNASSIGNED, sort=SortKey.URGENT.value, sort_reverse=True)
    assert _ids(demo_console, alice, rev) == expected[::-1]


@pytest.mark.parametrize("key", list(SortKey))
@pytest.mark.parametrize("reverse", [False, True])
def test_every_order_pages_without_gaps_or_repeats(demo_console, key, reverse) -> None:
    ids = seed(demo_console, [f"m{i}" for i in range(23)])
    now = datetime.now(UTC)
    with demo_console.factory() as s, s.begin():
        for n, cid in enumerate(ids):
            conv = s.get(Conversation, cid)
            conv.priority = n % 3
            conv.first_response_due = now + timedelta(minutes=(n * 7) % 11 - 5) if n % 4 else None
            if n % 5 == 0:
                conv.status = "pending"
    alice = actor(demo_console, "alice")
    flt = InboxFilter(view=View.TEAMS, sort=key.value, sort_reverse=reverse)
    whole = _ids(demo_console, alice, flt)
    assert sorted(whole) == sorted(ids)
    assert _all_pages(demo_console, alice, flt, 4) == whole
    # the model places live changes with the same order computed from the rows
    with demo_console.session() as s:
        rows = inbox.rows_for(s, alice, whole)
    assert sorted(whole, key=lambda i: inbox.row_sort_key(rows[i], flt)) == whole


def test_search_finds_the_customer_by_handle_and_name(demo_console) -> None:
    a, b = seed(demo_console, ["where is my parcel", "love it"], author="jo_smith")
    (c,) = seed(demo_console, ["nothing to see"], author="kim_100%", prefix="k")
    alice = actor(demo_console, "alice")
    assert _ids(demo_console, alice, InboxFilter(search="@jo_smith1")) == [b]
    assert sorted(_ids(demo_console, alice, InboxFilter(search="jo_smith"))) == [a, b]
    assert _ids(demo_console, alice, InboxFilter(search="Jo_Smith0")) == [a]  # display name
    assert _ids(demo_console, alice, InboxFilter(search="parcel")) == [a]  # text still works
    assert _ids(demo_console, alice, InboxFilter(search="100%")) == [c]  # % is just text
    assert _ids(demo_console, alice, InboxFilter(search="_100")) == [c]
    assert _ids(demo_console, alice, InboxFilter(search="kim_9")) == []
