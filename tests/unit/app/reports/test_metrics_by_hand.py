"""Every dashboard metric, computed by hand on the fixed history of tests/support/report_desk.py,
against the report read from the rollups and the report computed from the raw tables."""

from __future__ import annotations

from datetime import date

import pytest

from app.reports import rollups
from app.reports.metrics import (
    Filters,
    Period,
    build_first_view,
    build_report,
    build_report_raw,
    comparable,
    first_view_of,
)
from app.reports.scope import ReportScope
from app.reports.timing import TimeStats, business_seconds
from app.session.console import Console
from tests.support import report_desk
from tests.support.report_desk import HOURS, NOW, paris

PERIOD = Period(date(2026, 3, 26), date(2026, 4, 1))
DAYS = [
    "2026-03-26",
    "2026-03-27",
    "2026-03-28",
    "2026-03-29",
    "2026-03-30",
    "2026-03-31",
    "2026-04-01",
]
MIN = 60
H = 3600


@pytest.fixture
def desk(db_url: str):
    console = Console.open(db_url)
    with console.factory() as s, s.begin():
        d = report_desk.build(s)
    with console.factory() as s, s.begin():
        rollups.catch_up(s)
    yield console, d
    console.close()


def _everyone(d) -> ReportScope:
    return ReportScope(d.workspace, None)


def test_business_seconds_across_the_weekend_and_the_clock_change() -> None:
    from app.inbox.sla import BusinessHours

    hours = BusinessHours.parse(HOURS)
    # Friday 16:30 → Monday 09:20 over the night the clocks go forward: 30 + 20 minutes
    assert business_seconds(paris(27, 16, 30), paris(30, 9, 20), hours) == 50 * MIN
    # the same stretch around the clock is one hour shorter than the wall clock says
    assert business_seconds(paris(27, 16, 30), paris(30, 9, 20), None) == (
        (2 * 24 + 16) * H + 50 * MIN - H
    )


def test_every_metric_by_hand(desk) -> None:
    console, d = desk
    with console.session() as s:
        r = build_report(s, _everyone(d), PERIOD, now=NOW)
    assert r.days == DAYS
    assert r.timezone == "Europe/Paris"
    # volume: C2, C1, -, - (weekend), C5, C2+C4, C3 in; replies the same days they were sent
    assert list(r.volume_in.values()) == [1, 1, 0, 0, 1, 2, 1]
    assert list(r.volume_out.values()) == [1, 0, 0, 0, 2, 1, 1]
    assert r.breakdown_totals["network"] == {"demo": (5, 4), "mastodon": (1, 1)}
    assert r.breakdown_totals["kind"] == {"dm": (1, 1), "mention": (5, 4)}
    assert r.breakdown_totals["intent"] == {
        "complaint": (3, 2),
        "purchase": (1, 1),
        "question": (2, 2),
    }
    assert r.breakdown_totals["team"] == {"Customer Service": (5, 4), "Sales": (1, 1)}
    assert r.breakdown_totals["tag"] == {"refund": (3, 3), "vip": (1, 1)}
    assert set(r.breakdown_totals["account"]) == {"@acme (demo)", "@acme_masto (mastodon)"}
    assert r.breakdown["tag"]["refund"] == dict(zip(DAYS, [1, 1, 0, 0, 0, 1, 0], strict=True))
    # first responses: C2 10 min, C5 45 min (from the 09:00 opening), C1 50 min over the
    # weekend, C3 9 h 30 around the clock (Sales has no policy); C4 has no reply yet
    assert r.first == TimeStats(4, (45 * MIN + 50 * MIN) / 2, 570 * MIN, (1, 2, 0, 1, 0))
    # next response: C2 after its reopening, 90 minutes
    assert r.next == TimeStats(1, 90 * MIN, 90 * MIN, (0, 0, 1, 0, 0))
    # resolutions: C2 1 h, C1 1 h 30 (weekend), C5 3 h (from 09:00), C2 again 2 h
    assert r.resolution == TimeStats(4, 105 * MIN, 3 * H, (0, 0, 4, 0, 0))
    assert r.first_median_by_day == dict(
        zip(DAYS, [10 * MIN, 50 * MIN, None, None, 45 * MIN, None, 570 * MIN], strict=True)
    )
    # SLA: C1, C2 first, C2 next and C5 in time; C4 missed (due Wednesday 10:00); C3 no policy
    assert (r.sla_met, r.sla_total) == (4, 5)
    assert r.sla_percent == 80.0
    assert r.sla_by_day["2026-03-31"] == (1, 2)
    # backlog at each local midnight: C1 from Friday to Monday, C4 from Tuesday, C3 Wednesday
    assert list(r.backlog.values()) == [0, 1, 1, 1, 0, 1, 2]
    teams = {t.team: t for t in r.teams}
    cs = teams["Customer Service"]
    assert (cs.handled, cs.replied, cs.resolved) == (3, 4, 4)  # C4 got no reply yet
    assert (cs.median_first, cs.median_resolution) == (45 * MIN, 105 * MIN)
    assert (cs.sla_met, cs.sla_total) == (4, 5)
    sales = teams["Sales"]
    assert (sales.handled, sales.replied, sales.resolved, sales.median_first) == (
        1,
        1,
        0,
        570 * MIN,
    )
    assert (sales.median_resolution, sales.sla_total) == (None, 0)
    agents = {a.agent: a for a in r.agents}
    anna, ben, sven = agents["Anna Agent"], agents["Ben Agent"], agents["Sven Sales"]
    assert (anna.handled, anna.replied, anna.resolved) == (2, 2, 2)
    assert (anna.median_response, anna.median_resolution) == (70 * MIN, 105 * MIN)
    assert (anna.sla_met, anna.sla_total) == (2, 2)
    assert (ben.handled, ben.replied, ben.resolved) == (2, 2, 2)
    assert (ben.median_response, ben.median_resolution) == (27.5 * MIN, 120 * MIN)
    assert (sven.replied, sven.resolved, sven.median_response) == (1, 0, 570 * MIN)
    assert set(agents) == {"Anna Agent", "Ben Agent", "Sven Sales"}
    # sentiment of what customers wrote (positive ≥ 0.5, negative ≤ -0.05)
    assert r.sentiment_by_day["2026-03-26"] == (0.7, 1, 0, 0)
    assert r.sentiment_by_day["2026-03-30"] == (0.55, 1, 0, 0)
    assert r.sentiment_by_day["2026-03-31"] == (pytest.approx(-0.55), 0, 0, 2)
    assert r.sentiment_by_day["2026-04-01"] == (0.0, 0, 1, 0)
    assert r.sentiment_by_day["2026-03-28"] == (None, 0, 0, 0)
    assert r.topics_by_day["complaint"] == dict(zip(DAYS, [0, 1, 0, 0, 1, 1, 0], strict=True))


def test_rollups_equal_the_raw_computation(desk) -> None:
    console, d = desk
    with console.session() as s:
        for scope, filters in (
            (_everyone(d), Filters()),
            (ReportScope(d.workspace, frozenset({d.teams["Customer Service"]})), Filters()),
            (_everyone(d), Filters(tags=frozenset({"refund"}))),
            (_everyone(d), Filters(networks=frozenset({"mastodon"}), kinds=frozenset({"dm"}))),
            (_everyone(d), Filters(intents=frozenset({"complaint"}))),
        ):
            for period in (PERIOD, PERIOD.previous(), Period(date(2026, 3, 30), date(2026, 3, 31))):
                rolled = build_report(s, scope, period, filters, now=NOW)
                raw = build_report_raw(s, scope, period, filters, now=NOW)
                assert comparable(rolled) == comparable(raw), (scope, filters, period)
                # the first view, from the daily rollups, is the same figures
                first = build_first_view(s, scope, period, filters, now=NOW)
                assert comparable(first) == comparable(first_view_of(raw)), (scope, filters)


def test_a_team_lead_sees_their_team_only(desk) -> None:
    from app.identity.access import load_actor
    from app.reports.scope import report_scope

    console, d = desk
    with console.session() as s:
        lead = report_scope(load_actor(s, d.people["lena"]))
        manager = report_scope(load_actor(s, d.people["mona"]))
        assert lead.team_ids == frozenset({d.teams["Customer Service"]})
        assert manager.team_ids is None
        r = build_report(s, lead, PERIOD, now=NOW)
    assert r.scope == "Customer Service"
    assert r.total_in == 5  # everything but C3, now in Sales
    assert [t.team for t in r.teams] == ["Customer Service"]
    assert {a.agent for a in r.agents} == {"Anna Agent", "Ben Agent"}
    assert list(r.backlog.values()) == [0, 1, 1, 1, 0, 1, 1]


def test_an_agent_without_view_reports_is_refused(desk) -> None:
    from app.identity.access import AccessDenied, load_actor
    from app.reports.scope import report_scope

    console, d = desk
    with console.session() as s, pytest.raises(AccessDenied, match="view reports"):
        report_scope(load_actor(s, d.people["anna"]))
