"""Views, filters, search, SLA timers, presence, unread counts and saved views, both backends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from accounts.base import ItemKind
from app.db.models import Conversation, Notification
from app.identity import presence
from app.identity.access import AccessDenied
from app.inbox import conversations as cs
from app.inbox import saved_views, sla
from app.inbox import views as inbox
from app.inbox.views import InboxFilter, View
from app.notify import notifications
from tests.support.inbox import HOSTILE, actor, seed


def _ids(console, who, flt: InboxFilter) -> list[int]:
    with console.session() as s:
        return inbox.page_ids(s, who, flt, 100)[0]


def _do(console, fn, *args, **kw):
    with console.factory() as s, s.begin():
        return fn(s, *args, **kw)


def test_filters_and_views(demo_console) -> None:
    a, b, c = seed(demo_console, ["one", "two", "three"])
    (d,) = seed(demo_console, ["dm"], account_index=1, kind=ItemKind.DM, prefix="d")
    alice, priya = actor(demo_console, "alice"), actor(demo_console, "priya")
    _do(demo_console, cs.claim, alice, a)
    _do(demo_console, cs.set_priority, alice, b, 2)
    _do(demo_console, cs.set_tags, alice, c, add=["refund"])
    _do(demo_console, cs.set_status, alice, c, "resolved")
    with demo_console.factory() as s, s.begin():
        s.get(Conversation, b).sentiment = -0.8
        s.get(Conversation, c).sentiment = 0.9
    assert _ids(demo_console, alice, InboxFilter()) == [d, c, b, a]
    assert _ids(demo_console, alice, InboxFilter(view=View.MINE, sort="activity")) == [a]
    assert _ids(demo_console, alice, InboxFilter(view=View.UNASSIGNED, sort="activity")) == [
        d,
        c,
        b,
    ]
    assert _ids(demo_console, alice, InboxFilter(view=View.TEAMS, sort="activity")) == [d, c, b, a]
    assert _ids(demo_console, alice, InboxFilter(priority=2)) == [b]
    assert _ids(demo_console, alice, InboxFilter(tag="Refund")) == [c]
    assert _ids(demo_console, alice, InboxFilter(statuses=("open",))) == [d, b, a]
    assert _ids(demo_console, alice, InboxFilter(sentiment="negative")) == [b]
    assert _ids(demo_console, alice, InboxFilter(sentiment="positive")) == [c]
    assert _ids(demo_console, alice, InboxFilter(kind="dm")) == [d]
    with demo_console.session() as s:
        acc1 = s.get(Conversation, d).brand_account_id
    assert _ids(demo_console, alice, InboxFilter(account_id=acc1)) == [d]
    assert _ids(demo_console, alice, InboxFilter(network="demo")) == [d, c, b, a]
    assert _ids(demo_console, alice, InboxFilter(network="mastodon")) == []
    # PR reads all, but "my teams" is the PR queue: empty
    assert _ids(demo_console, priya, InboxFilter(view=View.TEAMS)) == []
    with pytest.raises(ValueError):
        _ids(demo_console, alice, InboxFilter(sentiment="angry"))


def test_page_rows_match_ids_and_rows(demo_console) -> None:
    seed(demo_console, [f"m{i}" for i in range(7)])
    alice = actor(demo_console, "alice")
    flt = InboxFilter()
    with demo_console.session() as s:
        ids, nxt = inbox.page_ids(s, alice, flt, 3)
        rows, nxt2 = inbox.page_rows(s, alice, flt, 3)
        assert [r.id for r in rows] == ids and nxt == nxt2
        assert {r.id: r for r in rows} == inbox.rows_for(s, alice, ids)
        more, _ = inbox.page_rows(s, alice, flt, 3, nxt)
        assert [r.id for r in more] == inbox.page_ids(s, alice, flt, 3, nxt)[0]


@pytest.mark.parametrize("shape", ["few", "many"])
def test_search_finds_conversations_in_any_language(demo_console, monkeypatch, shape) -> None:
    from app.inbox import search

    # "many": every word counts as common, so the row-by-row query shape is used
    monkeypatch.setattr(search, "FEW", 5000 if shape == "few" else 0)
    texts = [
        "My parcel never arrived",
        "Mon colis est arrivé cassé",
        "荷物が 届きません",
        "Where is my PARCEL? order #123",
        'quotes " and NEAR( and * -minus "unterminated',
    ]
    ids = seed(demo_console, texts)
    alice = actor(demo_console, "alice")

    def found(q: str) -> set[int]:
        return set(_ids(demo_console, alice, InboxFilter(search=q)))

    assert found("parcel") == {ids[0], ids[3]}
    assert found("parc") == {ids[0], ids[3]}  # prefix
    assert found("parcel order") == {ids[3]}  # every word
    assert found("colis") == {ids[1]}
    assert found("届きません") == {ids[2]}
    assert found('NEAR( "unterminated') == {ids[4]}
    assert found("123") == {ids[3]}
    assert found("zzzz") == set()
    assert found("  ") == set(ids)  # no words: no search
    # search combines with the other filters and the scope
    _do(demo_console, cs.set_status, alice, ids[3], "resolved")
    assert set(_ids(demo_console, alice, InboxFilter(search="parcel", statuses=("open",)))) == {
        ids[0]
    }
    assert _ids(demo_console, actor(demo_console, "sam"), InboxFilter(search="parcel")) == []


def test_hostile_text_is_searchable_and_listed(demo_console) -> None:
    ids = seed(demo_console, list(HOSTILE))
    alice = actor(demo_console, "alice")
    assert _ids(demo_console, alice, InboxFilter(search="script alert")) == [ids[0]]
    assert _ids(demo_console, alice, InboxFilter(search="override")) == [ids[1]]
    with demo_console.session() as s:
        rows = inbox.rows_for(s, alice, ids)
    assert rows[ids[0]].snippet == HOSTILE[0]


def test_sla_timers_breach_and_reply(demo_console) -> None:
    from sqlalchemy import delete

    from app.db.models import SlaPolicy

    with demo_console.factory() as s, s.begin():
        s.execute(delete(SlaPolicy))  # only the policy this test sets (the demo seeds one)
    alice, ines = actor(demo_console, "alice"), actor(demo_console, "ines")
    with pytest.raises(AccessDenied):
        _do(demo_console, sla.set_policy, alice, name="x")
    _do(demo_console, sla.set_policy, ines, name="Default", first_response_minutes=30)
    now = datetime.now(UTC)
    (old,) = seed(demo_console, ["old"], start=now - timedelta(minutes=45))
    (new,) = seed(demo_console, ["new"], start=now - timedelta(minutes=10), prefix="n")
    with demo_console.session() as s:
        o, n = s.get(Conversation, old), s.get(Conversation, new)
        assert o.first_response_due == o.last_inbound_at + timedelta(minutes=30)
        assert n.next_response_due is None
    assert _ids(demo_console, alice, InboxFilter(sla="breached")) == [old]
    assert _ids(demo_console, alice, InboxFilter(sla="due_soon")) == [new]
    # one sweep notifies; the next finds nothing new
    breached = _do(demo_console, sla.sweep_breaches)
    assert breached == [old]
    assert _do(demo_console, sla.sweep_breaches) == []
    with demo_console.session() as s:
        notes = s.scalars(select(Notification).where(Notification.kind == "sla_breach")).all()
        # unassigned: the team (every member of Customer Service) hears of it
        from app.db.models import EmployeeTeam

        team = s.get(Conversation, old).team_id
        members = s.scalars(select(EmployeeTeam.employee_id).where(EmployeeTeam.team_id == team))
        assert sorted(n.employee_id for n in notes) == sorted(members)
        assert len(notes) >= 2 and "overdue" in notes[0].text
        rows = inbox.rows_for(s, alice, [old, new])
        assert inbox.sla_state(rows[old]) == "breached"
        assert inbox.sla_state(rows[new]) == "due_soon"
    # the reply stops the clock; the next customer message starts the next-response clock
    _do(demo_console, sla.on_outbound_reply, old, publish=True)
    assert _ids(demo_console, alice, InboxFilter(sla="breached")) == []
    seed(demo_console, ["more"], start=datetime.now(UTC), round_=1)
    with demo_console.session() as s:
        o = s.get(Conversation, old)
        assert o.first_responded_at is not None
        assert o.next_response_due == o.last_inbound_at + timedelta(minutes=240)


def test_business_hours_and_most_specific_policy() -> None:
    hours = sla.BusinessHours.parse(
        {"tz": "Europe/Paris", "days": [0, 1, 2, 3, 4], "start": "09:00", "end": "17:00"}
    )
    assert hours is not None
    friday_late = datetime(2026, 11, 27, 15, 30, tzinfo=UTC)  # 16:30 in Paris
    due = sla.add_business_minutes(friday_late, 60, hours)
    assert due == datetime(2026, 11, 30, 8, 30, tzinfo=UTC)  # Monday 09:30 Paris
    assert sla.BusinessHours.parse({"tz": "Nowhere/Atlantis"}) is None
    policies = [
        sla.Policy(1, None, None, 60, 240, None),
        sla.Policy(2, 5, None, 30, 240, None),
        sla.Policy(3, None, 9, 10, 240, None),
    ]
    assert sla.policy_for(policies, 9, 5).id == 3
    assert sla.policy_for(policies, 1, 5).id == 2
    assert sla.policy_for(policies, 1, None).id == 1
    assert sla.policy_for(policies[1:], 1, None) is None


def test_presence_start_switch_expire(demo_console) -> None:
    (cid,) = seed(demo_console, ["hi"])
    alice, bob = actor(demo_console, "alice"), actor(demo_console, "bob")
    assert _do(demo_console, presence.beat, alice, cid) is True
    assert _do(demo_console, presence.beat, alice, cid) is False  # heartbeat: no event
    assert _do(demo_console, presence.beat, bob, cid, "replying") is True
    with demo_console.session() as s:
        now = presence.present(s, [cid])[cid]
        assert [(p.display_name, p.state) for p in now] == [
            ("Alice Novak", "viewing"),
            ("Bob Okafor", "replying"),
        ]
        assert presence.describe(now) == "Alice Novak is viewing · Bob Okafor is replying"
        assert [
            p.display_name
            for p in presence.present(s, [cid], exclude_employee=bob.employee_id)[cid]
        ] == ["Alice Novak"]
        later = datetime.now(UTC) + timedelta(seconds=presence.EXPIRY_SECONDS + 1)
        assert presence.present(s, [cid], now=later) == {}
    _do(demo_console, presence.beat, alice, None)
    _do(demo_console, presence.leave, bob)
    with demo_console.session() as s:
        assert presence.present(s, [cid]) == {}
    with pytest.raises(AccessDenied):
        _do(demo_console, presence.beat, actor(demo_console, "sam"), cid)


def test_unread_counts_and_saved_views(demo_console) -> None:
    a, b, c = seed(demo_console, ["one", "two", "three"])
    alice = actor(demo_console, "alice")
    _do(demo_console, cs.claim, alice, a)
    views = {v.value: InboxFilter(view=v) for v in View}
    with demo_console.session() as s:
        assert inbox.unread_counts(s, alice, views) == {
            "mine": 1,
            "teams": 3,
            "unassigned": 2,
            "all": 3,
        }
        assert inbox.rows_for(s, alice, [a])[a].unread
    _do(demo_console, inbox.mark_read, alice, a)
    with demo_console.session() as s:
        assert inbox.unread_count(s, alice, views["mine"]) == 0
        assert not inbox.rows_for(s, alice, [a])[a].unread
        assert inbox.unread_count(s, alice, views["all"], cap=1) == 2  # capped: "1+"
    flt = InboxFilter(view=View.UNASSIGNED, statuses=("open",), tag="refund", search="two")
    saved = _do(demo_console, saved_views.save_view, alice, "  Refunds  ", flt)
    _do(demo_console, saved_views.save_view, alice, "Refunds", InboxFilter(priority=1))
    with demo_console.session() as s:
        (only,) = saved_views.list_views(s, alice)
        assert only.name == "Refunds" and only.filter == InboxFilter(priority=1)
        assert saved_views.list_views(s, actor(demo_console, "bob")) == []
    with pytest.raises(AccessDenied):
        _do(demo_console, saved_views.delete_view, actor(demo_console, "bob"), saved.id)
    assert InboxFilter.from_dict(flt.to_dict()) == flt
    assert InboxFilter.from_dict({"view": "bogus", "future_key": 1}) == InboxFilter()
    _do(demo_console, saved_views.delete_view, alice, saved.id)


def test_notifications_feed(demo_console) -> None:
    (cid,) = seed(demo_console, ["x"])
    alice, bob = actor(demo_console, "alice"), actor(demo_console, "bob")
    with demo_console.session() as s:
        start = notifications.latest_id(s, bob)
    _do(demo_console, cs.add_note, alice, cid, "@bob look")
    _do(demo_console, cs.assign, alice, cid, employee_id=bob.employee_id)
    with demo_console.session() as s:
        new = notifications.newer_than(s, bob, start)
        assert [n.kind for n in new] == ["mention", "assignment"]
        assert len(notifications.unread(s, bob)) == 2
    assert _do(demo_console, notifications.mark_read, bob) == 2
    with demo_console.session() as s:
        assert notifications.unread(s, bob) == []
