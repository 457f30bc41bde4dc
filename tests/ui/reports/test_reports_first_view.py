"""The dashboard paints the first view (daily rollups) and says what is still being read; the
complete report then fills the per-day medians and the team and agent tables in."""

from __future__ import annotations

import pytest

from app.reports import rollups
from app.reports.metrics import Period, build_first_view, build_report
from app.reports.scope import ReportScope
from app.session.console import Console
from tests.support import report_desk
from ui.reports.dashboard import DashboardView


@pytest.fixture
def reports(sqlite_url):
    from datetime import date

    console = Console.open(sqlite_url)
    with console.factory() as s, s.begin():
        d = report_desk.build(s)
    with console.factory() as s, s.begin():
        rollups.catch_up(s)
    period = Period(date(2026, 3, 26), date(2026, 4, 1))
    scope = ReportScope(d.workspace, None)
    with console.session() as s:
        first = build_first_view(s, scope, period, now=report_desk.NOW)
        full = build_report(s, scope, period, now=report_desk.NOW)
    console.close()
    return first, full


def test_the_first_view_says_what_is_still_being_read(qtbot, reports) -> None:
    first, full = reports
    view = DashboardView()
    qtbot.addWidget(view)
    view.set_report(first)
    # the headline is final from the first paint
    assert view.cards["messages_in"].value.text() == str(full.total_in)
    assert view.cards["sla_percent"].value.text() == "80.0 %"
    assert view.cards["median_first"].value.text() != "—"
    assert view.panels["first_response_trend"].spec.pending
    assert view.table_states["teamTable"].text() == "reading…"
    assert view.team_model.rowCount() == 0
    view.set_report(full)
    assert not view.panels["first_response_trend"].spec.pending
    assert view.table_states["teamTable"].text() == ""
    assert view.team_model.rowCount() == len(full.teams) > 0
