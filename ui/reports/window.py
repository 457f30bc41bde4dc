"""The Reports window: the dashboard, the voice of the customer and the ROI page, for the
period, comparison and filters chosen at the top; the whole report exports to PDF and CSV.

Everything is read in a worker thread (run_blocking); the figures come from the rollups, and
the previous period's are read after the first paint, so the page shows at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStatusBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot
from sqlalchemy import select

from app.db.models import BrandAccount, ConversationTag, ReportConversation, Team
from app.db.replica import ReadSource
from app.identity.access import AccessDenied
from app.reports import roi
from app.reports.figures import report_csv
from app.reports.metrics import (
    DIMENSION_TITLES,
    DIMENSIONS,
    Filters,
    Names,
    Period,
    Report,
    build_first_view,
    build_report,
)
from app.reports.roi import RoiPage
from app.reports.scope import ReportScope, report_scope
from app.session.console import Console
from app.words import plural
from ui.reports.dashboard import DashboardView, write_pdf
from ui.reports.roi_page import RoiView
from ui.reports.voc import VocDialog
from ui.widgets.accessible import describe, describe_tab_bar
from ui.widgets.keys import closes_on_close_key
from ui.widgets.tasks import describe_error, run_blocking

RANGES = (
    ("Last 7 days", 7),
    ("Last 30 days", 30),
    ("Last 90 days", 90),
    ("This month", -1),
    ("Last month", -2),
    ("Custom…", 0),
)
FILTERS = (
    ("network", "Network"),
    ("account", "Account"),
    ("kind", "Kind"),
    ("team", "Team"),
    ("intent", "Intent"),
    ("tag", "Tag"),
)


@dataclass
class Options:
    """What the filter boxes offer, within the person's scope."""

    networks: list[str]
    accounts: list[tuple[int, str]]
    kinds: list[str]
    teams: list[tuple[int, str]]
    intents: list[str]
    tags: list[str]
    today: date


def load_options(console: Console, scope: ReportScope) -> Options:
    from app.reports.roi import today_in

    with console.session() as s:
        rc = ReportConversation
        where = [rc.workspace_id == scope.workspace_id]
        if scope.team_ids is not None:
            where.append(rc.team_id.in_(sorted(scope.team_ids)))
        kinds = sorted(k for k in s.scalars(select(rc.kind).distinct().where(*where)) if k)
        intents = sorted(i for i in s.scalars(select(rc.intent).distinct().where(*where)) if i)
        accounts = [
            (a.id, f"@{a.handle} ({a.network})")
            for a in s.scalars(
                select(BrandAccount)
                .where(BrandAccount.workspace_id == scope.workspace_id)
                .order_by(BrandAccount.handle)
            )
        ]
        networks = sorted({label.rsplit("(", 1)[1].rstrip(")") for _i, label in accounts})
        teams = [
            (t.id, t.name)
            for t in s.scalars(
                select(Team).where(Team.workspace_id == scope.workspace_id).order_by(Team.name)
            )
            if scope.covers(t.id)
        ]
        tags = list(
            s.scalars(
                select(ConversationTag.tag)
                .distinct()
                .join(rc, rc.conversation_id == ConversationTag.conversation_id)
                .where(*where)
                .order_by(ConversationTag.tag)
                .limit(300)
            )
        )
        today = today_in(s, scope.workspace_id)
    return Options(networks, accounts, kinds, teams, intents, tags, today)


class ReportsWindow(QMainWindow):
    def __init__(
        self,
        console: Console,
        parent: QWidget | None = None,
        *,
        open_conversation: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.console = console
        self.setObjectName("reportsWindow")
        closes_on_close_key(self)
        self.setWindowTitle(self.tr("Reports"))
        self.resize(1280, 760)
        self.report: Report | None = None
        self.previous: Report | None = None
        self.roi_page: RoiPage | None = None
        self.options: Options | None = None
        self.loads = 0
        self._generation = 0
        try:
            self.scope: ReportScope | None = report_scope(console.actor)
        except AccessDenied:
            self.scope = None
        central = QWidget()
        self.setCentralWidget(central)
        lay = QVBoxLayout(central)
        top = QHBoxLayout()
        period = QLabel(self.tr("&Period"))
        top.addWidget(period)
        self.range = QComboBox()
        self.range.setObjectName("reportsRange")
        period.setBuddy(self.range)  # Alt+P reaches the period from anywhere in the window
        for title, days in RANGES:
            self.range.addItem(title, days)
        self.range.setCurrentIndex(1)
        top.addWidget(self.range)
        self.start = QDateEdit()
        self.start.setObjectName("reportsFrom")
        self.end = QDateEdit()
        self.end.setObjectName("reportsTo")
        for d in (self.start, self.end):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd MMM yyyy")
            d.setEnabled(False)
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.end)
        self.compare = QCheckBox(self.tr("Compare with the previous period"))
        self.compare.setObjectName("reportsCompare")
        self.compare.setChecked(True)
        top.addWidget(self.compare)
        top.addWidget(QLabel(self.tr("Break down by")))
        self.breakdown = QComboBox()
        self.breakdown.setObjectName("reportsBreakdown")
        for dim in DIMENSIONS:
            self.breakdown.addItem(DIMENSION_TITLES[dim], dim)
        top.addWidget(self.breakdown)
        top.addStretch(1)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("reportsRefresh")
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.setObjectName("reportsPdf")
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.setObjectName("reportsCsv")
        for b in (self.refresh_button, self.pdf_button, self.csv_button):
            top.addWidget(b)
        lay.addLayout(top)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Filters:")))
        self.filter_boxes: dict[str, QComboBox] = {}
        for key, title in FILTERS:
            box = QComboBox()
            box.setObjectName(f"reportsFilter_{key}")
            box.setAccessibleName(self.tr("Filter by {lower}").format(lower=title.lower()))
            box.addItem(
                self.tr("All {lower}s").format(lower=title.lower())
                if key != "kind"
                else self.tr("All kinds"),
                None,
            )
            box.setMinimumContentsLength(10)
            self.filter_boxes[key] = box
            filters.addWidget(box)
        self.clear_filters = QPushButton(self.tr("Clear filters"))
        self.clear_filters.setObjectName("reportsClear")
        filters.addWidget(self.clear_filters)
        filters.addStretch(1)
        lay.addLayout(filters)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportsTabs")
        self.dashboard = DashboardView(on_status=self.say)
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.voc = VocDialog(console, self, open_conversation=open_conversation)
        self.voc.setWindowFlags(Qt.WindowType.Widget)
        self.tabs.addTab(self.voc, self.tr("Voice of the customer"))
        self.roi = RoiView(console, on_status=self.say, on_changed=self.refresh)
        self.roi.set_actor(console.actor)
        self.tabs.addTab(self.roi, self.tr("ROI"))
        lay.addWidget(self.tabs, 1)
        #: where the last figures were read: the replica (with its lag) or this database
        self.source = ReadSource(False)
        self.status = QLabel("")
        self.status.setObjectName("reportsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        bar = QStatusBar()
        bar.addWidget(self.status, 1)
        self.setStatusBar(bar)
        self.range.currentIndexChanged.connect(self._range_changed)
        self.start.dateChanged.connect(lambda _d: self._custom_changed())
        self.end.dateChanged.connect(lambda _d: self._custom_changed())
        self.compare.toggled.connect(lambda _on: self.refresh())
        self.breakdown.currentIndexChanged.connect(lambda _i: self._rebreak())
        for box in self.filter_boxes.values():
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.clear_filters.clicked.connect(self._clear)
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.csv_button.clicked.connect(self._ask_csv)
        self.pdf_button.setEnabled(False)
        self.csv_button.setEnabled(False)
        describe(self.range, self.tr("Which days the figures cover; the arrow keys change it"))
        describe(self.start, self.tr("The first day of your own period"), self.tr("From"))
        describe(self.end, self.tr("The last day of your own period"), self.tr("To"))
        describe(self.compare, self.tr("Shows each figure beside the period just before"))
        describe(
            self.breakdown,
            self.tr("What the charts and tables are split by"),
            self.tr("Break down by"),
        )
        describe(self.refresh_button, self.tr("Reads the figures again"))
        describe(self.pdf_button, self.tr("Saves these reports as a PDF file"))
        describe(self.csv_button, self.tr("Saves these figures as CSV files"))
        for box in self.filter_boxes.values():
            describe(box, self.tr("Counts only what matches this choice"))
        describe(self.clear_filters, self.tr("Sets every filter back to all"))
        describe_tab_bar(self.tabs, self.tr("Dashboard, voice of the customer and ROI pages"))
        self.tabs.setAccessibleName(self.tr("Report pages"))
        if self.scope is None:
            self.say("You do not have the permission to view reports.")
            for w in (self.refresh_button, self.range, self.compare):
                w.setEnabled(False)
            return
        self.start_loading()

    # -- state -----------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.status.setText(text)

    def period(self) -> Period:
        today = self.options.today if self.options else date.today()
        days = self.range.currentData()
        if days and days > 0:
            return Period.last_days(days, today)
        if days == -1:
            return Period(today.replace(day=1), today)
        if days == -2:
            end = today.replace(day=1) - timedelta(days=1)
            return Period(end.replace(day=1), end)
        a, b = self.start.date().toPython(), self.end.date().toPython()
        return Period(min(a, b), max(a, b))

    def filters(self) -> Filters:
        def one(key: str) -> frozenset:
            value = self.filter_boxes[key].currentData()
            return frozenset() if value is None else frozenset({value})

        return Filters(
            networks=one("network"),
            account_ids=one("account"),
            kinds=one("kind"),
            team_ids=one("team"),
            intents=one("intent"),
            tags=one("tag"),
        )

    def _range_changed(self) -> None:
        custom = self.range.currentData() == 0
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if custom:
            p = self.report.period if self.report else self.period()
            self._set_dates(p)
        self.refresh()

    def _set_dates(self, p: Period) -> None:
        for edit, d in ((self.start, p.start), (self.end, p.end)):
            edit.blockSignals(True)
            edit.setDate(QDate(d.year, d.month, d.day))
            edit.blockSignals(False)

    def _custom_changed(self) -> None:
        if self.range.currentData() == 0:
            self.refresh()

    def _clear(self) -> None:
        for box in self.filter_boxes.values():
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.refresh()

    def _rebreak(self) -> None:
        if self.report is not None:
            self.dashboard.breakdown = self.breakdown.currentData()
            self.dashboard.set_report(self.report, self.previous)

    def _fill_options(self, o: Options) -> None:
        self.options = o
        values = {
            "network": [(n, n) for n in o.networks],
            "account": [(label, i) for i, label in o.accounts],
            "kind": [(k, k) for k in o.kinds],
            "team": [(name, i) for i, name in o.teams],
            "intent": [(i.replace("_", " "), i) for i in o.intents],
            "tag": [(t, t) for t in o.tags],
        }
        for key, items in values.items():
            box = self.filter_boxes[key]
            box.blockSignals(True)
            current = box.currentData()
            while box.count() > 1:
                box.removeItem(1)
            for label, data in items:
                box.addItem(label, data)
            box.setCurrentIndex(max(0, box.findData(current)) if current is not None else 0)
            box.blockSignals(False)
        self._set_dates(self.period())

    # -- loading ---------------------------------------------------------------------------
    def start_loading(self) -> None:
        self.refresh()

    @asyncSlot()
    async def refresh(self) -> None:
        if self.scope is None:
            return
        self._generation += 1
        generation = self._generation
        self.say("Reading the figures…")
        try:
            if self.options is None:
                self._fill_options(await run_blocking(load_options, self.console, self.scope))
            period, filters = self.period(), self.filters()
            first = await run_blocking(self._load, period, filters, build_first_view)
        except Exception as exc:  # noqa: BLE001 - in words
            if generation == self._generation:
                self.say(describe_error(exc))
            return
        if generation != self._generation:
            return  # a newer choice is on its way
        # the first view: everything but the per-day medians and the team and agent tables
        self.report = first
        self.previous = None
        self.pdf_button.setEnabled(False)
        self.csv_button.setEnabled(False)
        self.dashboard.breakdown = self.breakdown.currentData()
        self.dashboard.set_report(first, None)
        self._say_totals(first, "reading the team and agent figures…")
        try:
            report = await run_blocking(self._load, period, filters, build_report)
            if generation != self._generation:
                return
            self.report = report
            self.dashboard.set_report(report, None)
            self.pdf_button.setEnabled(True)
            self.csv_button.setEnabled(True)
            self._say_totals(report, "")
            if self.compare.isChecked():
                previous = await run_blocking(
                    self._load, period.previous(), filters, build_first_view
                )
                if generation == self._generation:
                    self.previous = previous
                    self.dashboard.set_previous(previous)
            page = await run_blocking(self._load_roi, period, report)
        except Exception as exc:  # noqa: BLE001 - in words
            if generation == self._generation:
                self.say(describe_error(exc))
            return
        if generation == self._generation:
            self.roi_page = page
            self.roi.set_page(page)
            self.loads += 1

    def _say_totals(self, report: Report, still: str) -> None:
        n_in, n_out = report.total_in, report.total_out
        where = f" {self.source.describe()}." if self.source.replica or self.source.reason else ""
        self.say(
            f"{plural(n_in, 'message')} in, {plural(n_out, 'reply', 'replies')} out · {report.period.label()} · scope: {report.scope}.{where}"
            + (f" Still {still}" if still else "")
        )

    def _load(self, period: Period, filters: Filters, build: Callable[..., Report]) -> Report:
        """On a worker thread: from the read replica when one is configured (so reports never
        slow the agents' database), else from this console's own; where is kept for the status."""
        assert self.scope is not None
        with self.console.read_session() as (s, source):
            self.source = source
            report = build(
                s, self.scope, period, filters, names=Names.load(s, self.scope.workspace_id)
            )
        if source.replica or source.reason:
            report.read_from = source.describe()
        return report

    def _load_roi(self, period: Period, report: Report) -> RoiPage:
        assert self.scope is not None
        with self.console.session() as s:
            return roi.build_roi(s, self.scope, period, report)

    # -- exports ---------------------------------------------------------------------------
    def _stem(self) -> str:
        p = self.report.period if self.report else self.period()
        return f"report-{p.start.isoformat()}-{p.end.isoformat()}"

    def _ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the report as PDF"), f"{self._stem()}.pdf", "PDF (*.pdf)"
        )
        if path:
            self.export_pdf(Path(path))

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the report as CSV"), f"{self._stem()}.csv", "CSV (*.csv)"
        )
        if path:
            self.export_csv(Path(path))

    def export_pdf(self, path: Path) -> None:
        if self.report is None:
            return
        try:
            pages = write_pdf(path, self.report, self.dashboard.figures(), self.previous)
        except OSError as exc:
            self.say(f"Could not write {path.name}: {exc}.")
            return
        where = f" {self.report.read_from}." if self.report.read_from else ""
        self.say(f"Exported the report ({pages} pages) to {path}.{where}")

    def export_csv(self, path: Path) -> None:
        if self.report is None:
            return
        try:
            path.write_text(
                report_csv(self.report, self.dashboard.breakdown),
                encoding="utf-8-sig",
                newline="",
            )
        except OSError as exc:
            self.say(f"Could not write {path.name}: {exc.strerror or exc}.")
            return
        where = f" {self.report.read_from}." if self.report.read_from else ""
        self.say(f"Exported the report's tables to {path}.{where}")
