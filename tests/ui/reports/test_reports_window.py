"""The Reports window as people use it: a team lead opens it from the main window, sees their
team's charts, changes the range, copies a table, exports a chart and the whole report; a
manager reads the ROI page and marks a lead; a conversation's file is exported."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication

from app.identity.access import load_actor
from app.reports import rollups
from app.session.console import Console
from tests.support import report_desk
from tests.support.qt import running_qasync_loop
from ui.main.main_window import MainWindow
from ui.reports.window import ReportsWindow
from ui.widgets.tasks import MessageBridge


@pytest.fixture
def desk(sqlite_url):
    console = Console.open(sqlite_url)
    with console.factory() as s, s.begin():
        d = report_desk.build(s)
    with console.factory() as s, s.begin():
        rollups.catch_up(s)
    yield console, d
    console.close()


def _sign_in(console, d, who):
    with console.session() as s:
        console.actor = load_actor(s, d.people[who])


def _choose_week(qtbot, win: ReportsWindow) -> None:
    loads = win.loads
    win.range.setCurrentIndex(win.range.findData(0))  # Custom…
    win.start.setDate(QDate(2026, 3, 26))
    win.end.setDate(QDate(2026, 4, 1))
    qtbot.waitUntil(
        lambda: (
            win.loads > loads
            and win.report is not None
            and win.report.period.start == date(2026, 3, 26)
        ),
        timeout=15_000,
    )


def test_a_team_lead_reads_their_teams_charts_and_exports_the_report(
    qtbot, qapp, desk, tmp_path
) -> None:
    console, d = desk
    _sign_in(console, d, "lena")
    with running_qasync_loop(qapp):
        main = MainWindow(console, MessageBridge())
        qtbot.addWidget(main)
        assert main.reports_menu.menu.menuAction().isVisible()
        main.reports_menu.open_action.trigger()
        win = main.reports_menu.reports
        qtbot.waitUntil(lambda: win.loads >= 1, timeout=15_000)
        # the last 30 days hold no message, only C4 still waiting: the charts say so in words
        assert win.report.total_in == 0 and list(win.report.backlog.values())[-1] == 1
        assert win.dashboard.panels["volume"].spec.empty
        # only their own team is offered as a filter
        teams = [
            win.filter_boxes["team"].itemText(i) for i in range(win.filter_boxes["team"].count())
        ]
        assert teams == ["All teams", "Customer Service"]
        _choose_week(qtbot, win)
        r = win.report
        assert r.scope == "Customer Service" and r.total_in == 5 and r.total_out == 4
        assert "scope: Customer Service" in win.status.text()
        assert win.dashboard.empty.isHidden()
        volume = win.dashboard.panels["volume"]
        assert volume.model.rowCount() == 7 and volume.model.rows[1][:2] == ["27 Mar", "1"]
        assert [row[0] for row in win.dashboard.team_model.rows] == ["Customer Service"]
        assert win.dashboard.cards["sla_percent"].value.text() == "80.0 %"
        # the comparison fills in after the first paint
        qtbot.waitUntil(lambda: win.previous is not None, timeout=15_000)
        assert "vs previous period" in win.dashboard.cards["messages_in"].delta.text()
        # the table beside a chart copies as text
        volume.copy_button.click()
        assert (
            QGuiApplication.clipboard()
            .text()
            .startswith("Day\tIn (customers)\tOut (brand replies)\n")
        )
        # a chart to PNG and SVG, the whole report to PDF and CSV
        volume.export(tmp_path / "volume.png", "png")
        volume.export(tmp_path / "volume.svg", "svg")
        assert (tmp_path / "volume.png").read_bytes()[:4] == b"\x89PNG"
        assert "<svg" in (tmp_path / "volume.svg").read_text()
        win.export_pdf(tmp_path / "report.pdf")
        pdf = (tmp_path / "report.pdf").read_bytes()
        assert pdf[:5] == b"%PDF-" and b"/Count 7" in pdf
        # a title page, the nine charts two to a page, the team and agent tables
        assert "Exported the report (7 pages)" in win.status.text()
        win.export_csv(tmp_path / "report.csv")
        csv_text = (tmp_path / "report.csv").read_text(encoding="utf-8-sig")
        assert "Messages in and out" in csv_text and "Customer Service" in csv_text
        assert "Sales" not in csv_text  # another team's figures never leave the scope
        # a filter narrows it down
        loads = win.loads
        box = win.filter_boxes["tag"]
        box.setCurrentIndex(box.findData("refund"))
        qtbot.waitUntil(lambda: win.loads > loads, timeout=15_000)
        assert win.report.total_in == 3 and "tag refund" in win.report.filters
        win.close()


def test_a_manager_reads_the_roi_page_and_sales_outcomes_show(qtbot, qapp, desk) -> None:
    console, d = desk
    _sign_in(console, d, "mona")
    with running_qasync_loop(qapp):
        win = ReportsWindow(console)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: win.loads >= 1, timeout=15_000)
        _choose_week(qtbot, win)
        qtbot.waitUntil(
            lambda: win.roi_page is not None and win.roi_page.period.start == date(2026, 3, 26),
            timeout=15_000,
        )
        win.tabs.setCurrentWidget(win.roi)
        figures = {f.title: f for f in win.roi_page.figures}
        assert figures["Complaints resolved on social"].value == "2"  # C1 and C5; C4 is open
        assert figures["Cost avoided"].value == "10.00 EUR"  # 2 × (60 % × 6.00 + 40 % × 3.50)
        assert "2 × 5.00 EUR per contact" in figures["Cost avoided"].how
        assert figures["Leads handed to sales"].value == "1"
        assert figures["Replies in time"].value == "80.0 %"
        assert all(f.how for f in win.roi_page.figures)  # every figure says how
        assert win.roi.lead_model.rows[0][3] == "open"
        # sales marks the lead won; IT or a manager changes the cost per contact
        win.roi.leads.selectRow(0)
        loads = win.loads
        win.roi._mark("won", 1200.0, d.conv["C3"])
        qtbot.waitUntil(lambda: win.loads > loads, timeout=15_000)
        figures = {f.title: f for f in win.roi_page.figures}
        assert figures["Leads won"].value == "1 of 1 decided"
        assert figures["Value won"].value == "1 200.00 EUR"
        assert win.roi.costs_box.isEnabled()
        win.roi.cost_phone.setValue(10)
        loads = win.loads
        win.roi.save_costs.click()
        qtbot.waitUntil(lambda: win.loads > loads, timeout=15_000)
        figures = {f.title: f for f in win.roi_page.figures}
        assert figures["Cost avoided"].value == "14.80 EUR"  # 2 × (0.6 × 10 + 0.4 × 3.5)
        win.close()


def test_a_conversations_file_exports_with_authors_timings_and_hand_offs(
    qtbot, qapp, desk, tmp_path
) -> None:
    console, d = desk
    _sign_in(console, d, "mona")
    with running_qasync_loop(qapp):
        main = MainWindow(console, MessageBridge())
        qtbot.addWidget(main)
        menu = main.reports_menu
        menu.export(d.conv["C3"], tmp_path / "c3.pdf")
        qtbot.waitUntil(lambda: (tmp_path / "c3.json").exists(), timeout=15_000)
        doc = json.loads((tmp_path / "c3.json").read_text())
        assert (tmp_path / "c3.pdf").read_bytes()[:5] == b"%PDF-"
        assert [a["to_team"] for a in doc["handoffs"]] == ["Sales"]
        assert [m["author"] for m in doc["messages"]] == ["@cust_C3", "Sven Sales"]
        wait = doc["timings"]["waits"][0]
        assert wait["which"] == "first" and wait["business_seconds"] == 570 * 60
    _sign_in(console, d, "lena")
    with running_qasync_loop(qapp):
        main = MainWindow(console, MessageBridge())
        qtbot.addWidget(main)
        main.reports_menu.export(d.conv["C3"], tmp_path / "c3-lena.json")
        qtbot.waitUntil(
            lambda: "outside your scope" in main.statusBar().currentMessage(), timeout=15_000
        )
        assert not (tmp_path / "c3-lena.json").exists()
