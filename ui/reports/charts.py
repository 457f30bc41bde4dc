"""Charts drawn with QPainter: line, bar, stacked bar and distribution, each with its table.

Why QPainter and not a chart library: it is already in the app (PySide6-Essentials), so the
bundle grows by nothing (QtCharts means PySide6-Addons, over 150 MB; matplotlib or pyqtgraph
bring numpy and tens of MB more); it paints the same on screen, offscreen in tests, into a
PNG, an SVG (QSvgGenerator) and a PDF page (QPdfWriter) from one ``paint_chart`` function; and
the handful of chart kinds a slide needs takes a few hundred lines, drawn in well under a
millisecond each. Every chart has a table beside it (a model any screen reader walks, and which
copies as tab-separated text) and its figures are never only in the picture.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.reports.figures import Figure as ChartSpec
from app.reports.figures import format_value
from ui.theme.apply import themed
from ui.theme.colours import LIGHT, Scheme, current, series
from ui.widgets.accessible import describe

Index = QModelIndex | QPersistentModelIndex


def colour(spec: ChartSpec, i: int, scheme: Scheme = LIGHT) -> QColor:
    """The i-th series' colour: the figure's own if it names one, else the scheme's series."""
    if i < len(spec.colours):
        return QColor(spec.colours[i])
    return series(scheme, i)


#: axis steps for durations, in seconds: minutes, quarter hours, hours, days
DURATION_STEPS = (60, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800)


def _nice_max(value: float, unit: str = "count") -> tuple[float, float]:
    """An axis top and step that read well: 1, 2, 2.5, 5 × 10ⁿ, or whole minutes and hours."""
    if value <= 0:
        return (4 * 60.0, 60.0) if unit == "duration" else (1.0, 0.25)
    if unit == "duration":
        step = next((s for s in DURATION_STEPS if value / s <= 5), DURATION_STEPS[-1])
        return float(step * math.ceil(value / step)), float(step)
    raw = value / 4
    mag = 10 ** math.floor(math.log10(raw))
    step = 10 * mag
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            step = m * mag
            break
    return step * math.ceil(value / step), step


def paint_chart(
    p: QPainter,
    rect: QRectF,
    spec: ChartSpec,
    *,
    with_title: bool = False,
    scheme: Scheme = LIGHT,
) -> None:
    """Draw ``spec`` into ``rect``: the one drawing used on screen, in PNG, SVG and PDF.

    On screen the scheme in force is passed; files keep the light one (they are printed and
    pasted into slides, where a dark chart would be a black box).
    """
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.fillRect(rect, scheme.qcolor("chart.bg"))
    base = QFont(p.font())
    base.setPointSizeF(max(7.0, base.pointSizeF() if base.pointSizeF() > 0 else 9.0))
    p.setFont(base)
    fm = QFontMetricsF(base)
    area = rect.adjusted(8, 6, -10, -6)
    if with_title:
        bold = QFont(base)
        bold.setBold(True)
        bold.setPointSizeF(base.pointSizeF() * 1.2)
        p.setFont(bold)
        p.setPen(scheme.qcolor("chart.text"))
        p.drawText(
            area.adjusted(0, 0, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            spec.title,
        )
        area.setTop(area.top() + QFontMetricsF(bold).height() + 4)
        p.setFont(base)
    if spec.pending or spec.empty:
        p.setPen(scheme.qcolor("chart.muted"))
        p.drawText(
            area,
            Qt.AlignmentFlag.AlignCenter,
            "Reading the figures…"
            if spec.pending
            else "No data for this period and these filters.",
        )
        p.restore()
        return
    # legend
    if len(spec.series) > 1 or spec.kind in ("stacked", "line"):
        x = area.left()
        y = area.top()
        for i, (name, _v) in enumerate(spec.series):
            w = fm.horizontalAdvance(name) + 26
            if x + w > area.right():
                x = area.left()
                y += fm.height() + 2
            p.fillRect(QRectF(x, y + fm.height() / 2 - 5, 12, 10), colour(spec, i, scheme))
            p.setPen(scheme.qcolor("chart.secondary"))
            p.drawText(QPointF(x + 16, y + fm.ascent()), name)
            x += w
        area.setTop(y + fm.height() + 6)
    stacked = spec.kind == "stacked"
    n = len(spec.categories)
    if stacked:
        tops = [sum(v[i] or 0 for _s, v in spec.series) for i in range(n)]
    else:
        tops = [v for _s, values in spec.series for v in values if v is not None]
    top, step = _nice_max(max(tops, default=0) or 0, spec.unit)
    if spec.unit == "percent":
        top, step = 100.0, 25.0
    labels = [
        format_value(top - k * step, spec.unit, short=True)
        for k in range(int(round(top / step)) + 1)
    ]
    left = max(fm.horizontalAdvance(t) for t in labels) + 8
    plot = QRectF(
        area.left() + left, area.top() + 4, area.width() - left, area.height() - fm.height() - 10
    )
    if plot.height() < 20 or plot.width() < 20:
        p.restore()
        return
    # grid and y labels
    ticks = int(round(top / step))
    for k in range(ticks + 1):
        value = k * step
        y = plot.bottom() - plot.height() * value / top
        p.setPen(QPen(scheme.qcolor("chart.grid"), 1))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(scheme.qcolor("chart.muted"))
        p.drawText(
            QRectF(area.left(), y - fm.height() / 2, left - 6, fm.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            format_value(value, spec.unit, short=True),
        )
    slot = plot.width() / max(1, n)
    # x labels, thinned so they never overlap
    widest = max(fm.horizontalAdvance(c) for c in spec.categories) + 8
    every = max(1, math.ceil(widest / slot))
    p.setPen(scheme.qcolor("chart.muted"))
    for i, cat in enumerate(spec.categories):
        if i % every:
            continue
        cx = plot.left() + slot * (i + 0.5)
        p.drawText(
            QRectF(cx - widest / 2, plot.bottom() + 4, widest, fm.height()),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            cat,
        )

    def y_of(v: float) -> float:
        return plot.bottom() - plot.height() * min(v, top) / top

    if spec.kind == "line":
        for si, (_name, values) in enumerate(spec.series):
            pen = QPen(colour(spec, si, scheme), 2.2)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            p.setPen(pen)
            path = QPainterPath()
            started = False
            points = []
            for i, v in enumerate(values):
                if v is None:
                    started = False
                    continue
                pt = QPointF(plot.left() + slot * (i + 0.5), y_of(v))
                points.append(pt)
                if started:
                    path.lineTo(pt)
                else:
                    path.moveTo(pt)
                    started = True
            p.drawPath(path)
            if n <= 45:
                p.setBrush(colour(spec, si, scheme))
                for pt in points:
                    p.drawEllipse(pt, 2.6, 2.6)
                p.setBrush(Qt.BrushStyle.NoBrush)
    else:
        groups = 1 if stacked else len(spec.series)
        bar = slot * 0.72 / groups
        for i in range(n):
            x0 = plot.left() + slot * i + slot * 0.14
            acc = 0.0
            for si, (_name, values) in enumerate(spec.series):
                v = values[i] or 0
                if stacked:
                    y1, y0 = y_of(acc + v), y_of(acc)
                    acc += v
                    r = QRectF(x0, y1, bar, y0 - y1)
                else:
                    y1 = y_of(v)
                    r = QRectF(x0 + si * bar, y1, bar - 1, plot.bottom() - y1)
                if r.height() > 0:
                    p.fillRect(r, colour(spec, si, scheme))
            if spec.kind == "distribution" and groups == 1:
                v = spec.series[0][1][i] or 0
                p.setPen(scheme.qcolor("chart.text"))
                p.drawText(
                    QRectF(x0, y_of(v) - fm.height() - 2, bar, fm.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    format_value(v, spec.unit, short=True),
                )
    p.setPen(QPen(scheme.qcolor("chart.axis"), 1))
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    p.restore()


class ChartWidget(QWidget):
    def __init__(self, spec: ChartSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setMinimumSize(280, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._describe()

    def set_spec(self, spec: ChartSpec) -> None:
        self.spec = spec
        self._describe()
        self.update()

    def _describe(self) -> None:
        self.setAccessibleName(self.tr("Chart: {title}").format(title=self.spec.title))
        self.setAccessibleDescription(
            (self.spec.note + " " if self.spec.note else "")
            + self.tr("The same figures are in the table beside the chart.")
        )

    def paintEvent(self, _event: Any) -> None:  # noqa: N802
        p = QPainter(self)
        paint_chart(p, QRectF(self.rect()), self.spec, scheme=current())
        p.end()

    def image(self, size: QSize = QSize(1200, 600)) -> QImage:  # noqa: B008
        img = QImage(size, QImage.Format.Format_ARGB32)
        img.fill(LIGHT.qcolor("chart.bg"))
        p = QPainter(img)
        paint_chart(p, QRectF(0, 0, size.width(), size.height()), self.spec, with_title=True)
        p.end()
        return img

    def save_png(self, path: Path) -> None:
        if not self.image().save(str(path), "PNG"):
            raise OSError(f"could not write {path}")

    def save_svg(self, path: Path, size: QSize = QSize(1000, 500)) -> None:  # noqa: B008
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(size)
        gen.setViewBox(QRectF(0, 0, size.width(), size.height()))
        gen.setTitle(self.spec.title)
        gen.setDescription(self.spec.note or self.spec.title)
        p = QPainter(gen)
        paint_chart(p, QRectF(0, 0, size.width(), size.height()), self.spec, with_title=True)
        p.end()


class TableModel(QAbstractTableModel):
    """A chart's figures as a table (also used for the team and agent tables)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header: list[str] = []
        self.rows: list[list[str]] = []

    def set_table(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        self.header = list(header)
        self.rows = [list(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.header)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.header)
        ):
            return self.header[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        # no tooltip role: Qt would read a label that looks like HTML (a tag, a handle) as rich text
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            row = self.rows[index.row()]
            return row[index.column()] if index.column() < len(row) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def as_tsv(self, rows: Sequence[int] | None = None) -> str:
        chosen = self.rows if rows is None else [self.rows[r] for r in rows]
        return "\n".join("\t".join(r) for r in [self.header, *chosen]) + "\n"


class CopyTable(QTableView):
    """A table whose selection (or whole content) copies as tab-separated text with Ctrl+C."""

    def __init__(self, model: TableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Tab leaves the table for the next control; the arrow keys move between rows
        self.setTabKeyNavigation(False)
        describe(self, self.tr("The figures as a table; Ctrl+C copies the picked rows or all"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(22)
        self.horizontalHeader().setStretchLastSection(True)
        # columns fit their headers and figures (a few columns; rows stay a fixed height)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setAlternatingRowColors(True)

    def copy(self) -> str:
        model: TableModel = self.model()  # type: ignore[assignment]
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        text = model.as_tsv(rows or None)
        QGuiApplication.clipboard().setText(text)
        return text

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        super().keyPressEvent(event)


class ChartPanel(QFrame):
    """A chart with its table beside it and the buttons to copy or export it."""

    def __init__(
        self,
        spec: ChartSpec,
        parent: QWidget | None = None,
        *,
        on_status: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"chart_{spec.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.on_status = on_status
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        f = self.title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.1)
        self.title.setFont(f)
        head.addWidget(self.title, 1)
        self.copy_button = QPushButton(self.tr("Copy table"))
        self.png_button = QPushButton(self.tr("PNG…"))
        self.svg_button = QPushButton(self.tr("SVG…"))
        for b in (self.copy_button, self.png_button, self.svg_button):
            b.setObjectName(f"{b.text().split()[0].strip('…').lower()}_{spec.key}")
            head.addWidget(b)
        outer.addLayout(head)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        themed(self.note, "color: $(muted);")
        outer.addWidget(self.note)
        body = QHBoxLayout()
        self.chart = ChartWidget(spec)
        self.model = TableModel(self)
        self.table = CopyTable(self.model)
        self.table.setObjectName(f"table_{spec.key}")
        self.table.setMinimumWidth(240)
        body.addWidget(self.chart, 3)
        body.addWidget(self.table, 2)
        outer.addLayout(body, 1)
        self.copy_button.clicked.connect(self._copy)
        describe(self.copy_button, self.tr("Copies this chart's table for a spreadsheet"))
        describe(self.png_button, self.tr("Saves this chart as a PNG picture"))
        describe(self.svg_button, self.tr("Saves this chart as an SVG drawing"))
        self.png_button.clicked.connect(lambda: self._ask("png"))
        self.svg_button.clicked.connect(lambda: self._ask("svg"))
        self.set_spec(spec)

    def set_spec(self, spec: ChartSpec) -> None:
        self.chart.set_spec(spec)
        self.title.setText(spec.title)
        self.note.setText(spec.note)
        self.note.setVisible(bool(spec.note))
        self.table.setAccessibleName(self.tr("Table: {title}").format(title=spec.title))
        header, rows = spec.table()
        self.model.set_table(header, rows)

    @property
    def spec(self) -> ChartSpec:
        return self.chart.spec

    def _copy(self) -> None:
        self.table.copy()
        if self.on_status:
            self.on_status(f"Copied the table “{self.spec.title}” ({len(self.model.rows)} rows).")

    def _ask(self, fmt: str) -> None:
        name = f"{self.spec.key}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export “{title}”").format(title=self.spec.title),
            name,
            f"{fmt.upper()} (*.{fmt})",
        )
        if path:
            self.export(Path(path), fmt)

    def export(self, path: Path, fmt: str) -> None:
        try:
            if fmt == "png":
                self.chart.save_png(path)
            else:
                self.chart.save_svg(path)
        except OSError as exc:
            msg = f"Could not write {path.name}: {exc}."
        else:
            msg = f"Exported “{self.spec.title}” to {path}."
        if self.on_status:
            self.on_status(msg)
