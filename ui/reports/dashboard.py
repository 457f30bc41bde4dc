"""The dashboard: headline figures compared with the previous period, every chart with its
table, the team and agent tables; and the same report as a PDF."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QRegion,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.reports.figures import Figure, agent_table, figures, format_value, team_table
from app.reports.metrics import Headline, Report
from ui.reports.charts import ChartPanel, CopyTable, TableModel, paint_chart
from ui.theme.apply import themed
from ui.theme.colours import LIGHT
from ui.theme.colours import colour as themed_colour
from ui.widgets.accessible import describe

#: (title, attribute, unit, lower is better)
KPIS = (
    ("Messages in", "messages_in", "count", None),
    ("Replies out", "messages_out", "count", None),
    ("Median first response (business hours)", "median_first", "duration", True),
    ("p90 first response (business hours)", "p90_first", "duration", True),
    ("Median resolution (business hours)", "median_resolution", "duration", True),
    ("SLA met", "sla_percent", "percent", False),
    ("Backlog at the end", "backlog_end", "count", True),
)


def compare(
    now: float | None, before: float | None, unit: str, lower_better: bool | None
) -> tuple[str, str]:
    """The change against the previous period in words, and its colour role (ui/theme)."""
    if before is None or now is None:
        return "no figure for the previous period", "muted"
    delta = now - before
    sign = "+" if delta >= 0 else "−"
    if unit == "percent":
        text = f"{sign}{abs(delta):.1f} points vs {before:.1f} % before"
    else:
        pct = f" ({sign}{abs(100 * delta / before):.0f} %)" if before else ""
        text = f"{sign}{format_value(abs(delta), unit)}{pct} vs previous period"
    if lower_better is None or delta == 0:
        return text, "muted"
    good = (delta < 0) == lower_better
    return text, "good" if good else "bad"


class KpiCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("kpi")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        themed(self.title, "color: $(muted);")
        self.value = QLabel("—")
        f = self.value.font()
        f.setPointSizeF(f.pointSizeF() * 1.7)
        f.setBold(True)
        self.value.setFont(f)
        self.delta = QLabel("")
        self.delta.setWordWrap(True)
        for w in (self.title, self.value, self.delta):
            w.setTextFormat(Qt.TextFormat.PlainText)
            lay.addWidget(w)

    def set(self, value: str, delta: str, colour: str) -> None:
        self.value.setText(value)
        self.delta.setText(delta)
        themed(self.delta, f"color: $({colour});")
        self.setAccessibleName(f"{self.title.text()}: {value}. {delta}")


class DashboardView(QScrollArea):
    """Everything one report shows, in a scrolling page."""

    def __init__(
        self, parent: QWidget | None = None, *, on_status: Callable[[str], None] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsDashboard")
        describe(
            self,
            self.tr("Key figures, charts and tables for the period; Tab moves through them"),
            self.tr("Dashboard"),
        )
        self.setWidgetResizable(True)
        self.on_status = on_status
        self.report: Report | None = None
        self.previous: Report | None = None
        self.breakdown = "network"
        page = QWidget()
        self.setWidget(page)
        self.layout_ = QVBoxLayout(page)
        self.summary = QLabel("")
        self.summary.setObjectName("reportsSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)
        kpis = QGridLayout()
        self.cards: dict[str, KpiCard] = {}
        for i, (title, attr, _u, _l) in enumerate(KPIS):
            card = KpiCard(title)
            self.cards[attr] = card
            kpis.addWidget(card, 0, i)
        self.layout_.addLayout(kpis)
        self.empty = QLabel("")
        self.empty.setObjectName("reportsEmpty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        themed(self.empty, "color: $(muted); font-size: 14pt; padding: 24px;")
        self.empty.hide()
        self.layout_.addWidget(self.empty)
        self.grid = QGridLayout()
        self.layout_.addLayout(self.grid)
        self.panels: dict[str, ChartPanel] = {}
        #: what a team or agent table says when it has no row: still reading, or nothing
        self.table_states: dict[str, QLabel] = {}
        self.team_model = TableModel(self)
        self.agent_model = TableModel(self)
        self.team_table = self._table_block("Per team", "teamTable", self.team_model)
        self.agent_table = self._table_block("Per agent", "agentTable", self.agent_model)
        self.layout_.addStretch(1)
        self._columns = 0

    def _table_block(self, title: str, name: str, model: TableModel) -> CopyTable:
        head = QHBoxLayout()
        label = QLabel(title)
        f = label.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.1)
        label.setFont(f)
        head.addWidget(label)
        state = QLabel("")
        state.setObjectName(f"{name}State")
        state.setTextFormat(Qt.TextFormat.PlainText)
        themed(state, "color: $(muted);")
        self.table_states[name] = state
        head.addWidget(state, 1)
        button = QPushButton(self.tr("Copy table"))
        button.setObjectName(f"copy_{name}")
        describe(button, self.tr("Copies the table below for a spreadsheet"))
        head.addWidget(button)
        self.layout_.addLayout(head)
        table = CopyTable(model)
        table.setObjectName(name)
        table.setAccessibleName(title)
        table.setMinimumHeight(150)
        button.clicked.connect(table.copy)
        self.layout_.addWidget(table)
        return table

    def set_report(
        self, report: Report, previous: Report | None = None, breakdown: str | None = None
    ) -> None:
        self.report = report
        self.previous = previous
        if breakdown:
            self.breakdown = breakdown
        figs = figures(report, self.breakdown)
        as_of = f" Figures up to {report.as_of:%d %b %H:%M} UTC." if report.as_of else ""
        if report.read_from:
            as_of += f" {report.read_from}."
        self.summary.setText(
            self.tr(
                "{label} ({length} days, {timezone}) · scope: {scope} · filters: {filters}.{as_of}"
            ).format(
                label=report.period.label(),
                length=report.period.length,
                timezone=report.timezone,
                scope=report.scope,
                filters=report.filters,
                as_of=as_of,
            )
        )
        self.set_previous(previous)
        nothing = (
            report.total_in == 0 and report.total_out == 0 and not any(report.backlog.values())
        )
        self.empty.setText(
            self.tr(
                "No conversations in this period for your scope and filters. Try a longer period or fewer filters."
            )
        )
        self.empty.setVisible(nothing)
        keys = [f.key for f in figs]
        for key in list(self.panels):
            if key not in keys:
                self.panels.pop(key).deleteLater()
        for f in figs:
            panel = self.panels.get(f.key)
            if panel is None:
                panel = ChartPanel(f, on_status=self.on_status)
                panel.setMinimumHeight(300)
                self.panels[f.key] = panel
            else:
                panel.set_spec(f)
        # keep the order of the figures
        self.panels = {k: self.panels[k] for k in keys}
        self._relayout(force=True)
        self.team_model.set_table(*team_table(report))
        self.agent_model.set_table(*agent_table(report))
        for name, model, nobody in (
            ("teamTable", self.team_model, "No team replied to or resolved a conversation"),
            ("agentTable", self.agent_model, "Nobody replied to or resolved a conversation"),
        ):
            if not report.complete:
                text = "reading…"
            elif not model.rowCount():
                text = f"{nobody} in this period."
            else:
                text = ""
            self.table_states[name].setText(text)

    def set_previous(self, previous: Report | None) -> None:
        self.previous = previous
        if self.report is None:
            return
        now = Headline.of(self.report)
        before = Headline.of(previous) if previous else None
        for _title, attr, unit, lower in KPIS:
            value = getattr(now, attr)
            shown = format_value(value, unit) if value is not None else "—"
            if before is None:
                delta, colour = ("", "muted")
            else:
                delta, colour = compare(value, getattr(before, attr), unit, lower)
            self.cards[attr].set(shown, delta, colour)

    def figures(self) -> list[Figure]:
        return [p.spec for p in self.panels.values()]

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._relayout()

    def _relayout(self, *, force: bool = False) -> None:
        columns = 2 if self.viewport().width() >= 1500 else 1
        if columns == self._columns and not force:
            return
        self._columns = columns
        while self.grid.count():
            self.grid.takeAt(0)
        for i, panel in enumerate(self.panels.values()):
            self.grid.addWidget(panel, i // columns, i % columns)


_OFFSCREEN: DashboardView | None = None


def paint_offscreen(report: Report, size: QSize = QSize(1366, 768)) -> QImage:  # noqa: B008
    """The dashboard laid out for a window of ``size`` and its visible part painted into an
    image, as the window paints it when it opens (the bench's "first paint")."""
    global _OFFSCREEN
    if _OFFSCREEN is None:
        _OFFSCREEN = DashboardView()
        _OFFSCREEN.resize(size)
    _OFFSCREEN.set_report(report)
    page = _OFFSCREEN.widget()
    page.resize(size.width(), max(size.height(), page.sizeHint().height()))
    page.layout().activate()
    img = QImage(size, QImage.Format.Format_ARGB32)
    img.fill(themed_colour("window"))
    page.render(img, QPoint(0, 0), QRegion(0, 0, size.width(), size.height()))
    return img


# -- PDF -------------------------------------------------------------------------------------


def write_pdf(
    path: Path,
    report: Report,
    figs: Sequence[Figure],
    previous: Report | None = None,
    *,
    title: str = "Social Console report",
) -> int:
    """The whole report on A4 landscape pages; returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
        )
    )
    writer.setResolution(96)
    writer.setTitle(title)
    writer.setCreator("Social Console")
    p = QPainter(writer)
    if not p.isActive():
        raise OSError(f"could not write {path}")
    try:
        page = QRectF(writer.pageLayout().paintRectPixels(96))
        page.moveTo(0, 0)
        pages = 1
        base = QFont()
        base.setPointSizeF(9)
        p.setFont(base)
        y = _heading(p, page, title, 18)
        for line in (
            f"Period: {report.period.label()} ({report.period.length} days, {report.timezone} days)",
            f"Scope: {report.scope}",
            f"Filters: {report.filters}",
            *([f"Read: {report.read_from}"] if report.read_from else []),
        ):
            y = _text(p, page, y, line)
        y += 10
        now = Headline.of(report)
        before = Headline.of(previous) if previous else None
        rows = []
        for kpi_title, attr, unit, lower in KPIS:
            value = getattr(now, attr)
            delta = compare(value, getattr(before, attr), unit, lower)[0] if before else ""
            rows.append([kpi_title, format_value(value, unit), delta])
        y = _table(
            p,
            QRectF(page.left(), y, page.width() * 0.7, page.bottom() - y),
            ["Figure", "Value", "Compared with the previous period"],
            rows,
        )
        slot = (page.height() - 8) / 2
        spots = 0
        for f in figs:
            if spots % 2 == 0:
                writer.newPage()
                pages += 1
            top = page.top() + (spots % 2) * (slot + 8)
            _figure(p, QRectF(page.left(), top, page.width(), slot), f)
            spots += 1
        writer.newPage()
        pages += 1
        y = _heading(p, page, "Per team", 13)
        y = _table(
            p, QRectF(page.left(), y, page.width(), page.height() / 2 - 20), *team_table(report)
        )
        y = _heading(p, QRectF(page.left(), y + 12, page.width(), 30), "Per agent", 13)
        _table(p, QRectF(page.left(), y, page.width(), page.bottom() - y), *agent_table(report))
    finally:
        p.end()
    return pages


def _heading(p: QPainter, page: QRectF, text: str, size: float) -> float:
    f = QFont(p.font())
    f.setPointSizeF(size)
    f.setBold(True)
    p.save()
    p.setFont(f)
    p.setPen(LIGHT.qcolor("chart.text"))
    h = QFontMetricsF(f).height()
    p.drawText(QRectF(page.left(), page.top(), page.width(), h), Qt.AlignmentFlag.AlignLeft, text)
    p.restore()
    return page.top() + h + 6


def _text(p: QPainter, page: QRectF, y: float, text: str) -> float:
    h = QFontMetricsF(p.font()).height()
    p.setPen(LIGHT.qcolor("chart.secondary"))
    p.drawText(QRectF(page.left(), y, page.width(), h), Qt.AlignmentFlag.AlignLeft, text)
    return y + h + 2


def _figure(p: QPainter, box: QRectF, f: Figure) -> None:
    y = _heading(p, box, f.title, 12)
    if f.note:
        p.save()
        small = QFont(p.font())
        small.setPointSizeF(8)
        p.setFont(small)
        y = _text(p, QRectF(box.left(), y, box.width(), 20), y, f.note)
        p.restore()
    chart = QRectF(box.left(), y, box.width() * 0.62, box.bottom() - y)
    paint_chart(p, chart, f)
    header, rows = f.table()
    _table(
        p,
        QRectF(chart.right() + 10, y, box.right() - chart.right() - 10, box.bottom() - y),
        header,
        rows,
    )


def _table(p: QPainter, box: QRectF, header: Sequence[str], rows: Sequence[Sequence[str]]) -> float:
    """A plain grid of text; rows that do not fit are counted, not dropped silently."""
    p.save()
    f = QFont(p.font())
    f.setPointSizeF(8)
    p.setFont(f)
    fm = QFontMetricsF(f)
    h = fm.height() + 4
    cols = max(1, len(header))
    first = (
        min(box.width() * 0.34, max(fm.horizontalAdvance(r[0]) for r in [header, *rows]) + 10)
        if cols > 1
        else box.width()
    )
    rest = (box.width() - first) / max(1, cols - 1)
    widths = [first] + [rest] * (cols - 1)
    fit = max(1, int(box.height() // h) - 2)
    y = box.top()
    shown = list(rows[:fit])
    for i, row in enumerate([list(header), *shown]):
        x = box.left()
        if i == 0:
            bold = QFont(f)
            bold.setBold(True)
            p.setFont(bold)
            p.fillRect(QRectF(box.left(), y, box.width(), h), LIGHT.qcolor("chart.band"))
        else:
            p.setFont(f)
        p.setPen(LIGHT.qcolor("chart.text"))
        for c, cell in enumerate(row):
            align = Qt.AlignmentFlag.AlignLeft if c == 0 else Qt.AlignmentFlag.AlignRight
            text = fm.elidedText(cell, Qt.TextElideMode.ElideRight, widths[c] - 8)
            p.drawText(
                QRectF(x + 4, y + 2, widths[c] - 8, h - 2),
                align | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += widths[c]
        p.setPen(LIGHT.qcolor("chart.grid"))
        p.drawLine(box.left(), y + h, box.right(), y + h)
        y += h
    if len(rows) > len(shown):
        p.setPen(LIGHT.qcolor("chart.muted"))
        p.drawText(
            QRectF(box.left(), y + 2, box.width(), h),
            Qt.AlignmentFlag.AlignLeft,
            f"… {len(rows) - len(shown)} more rows in the CSV export.",
        )
        y += h
    p.restore()
    return y
