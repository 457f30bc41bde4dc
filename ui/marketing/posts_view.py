"""The Posts window: the brand's sent posts with their latest counts, one post's performance
over time, and A/B experiments with a plain statement of how sure the difference is.

Everything is read in a worker thread (app.performance.posts); the table is a model, the post
text is plain text (tooltips included), and every part says something when it is empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.performance import posts
from app.session.console import Console
from app.words import plural
from ui.theme.colours import current, series
from ui.widgets.accessible import describe
from ui.widgets.tasks import describe_error, run_blocking
from ui.widgets.text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Sent", "Account", "Kind", "Post", "Likes", "Reposts", "Replies", "Impressions")


def _count(v: int | None) -> str:
    return "—" if v is None else f"{v:,}"


class PostsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[posts.PostRow] = []

    def set_rows(self, rows: Sequence[posts.PostRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return r.sent_at.astimezone().strftime("%d %b %H:%M") if r.sent_at else ""
            if col == 1:
                return f"@{r.account} ({r.network})"
            if col == 2:
                return {"quote": "quote post"}.get(r.kind, r.kind)
            if col == 3:
                return " ".join(r.text.split())[:120]
            values = (r.likes, r.reposts, r.replies, r.impressions)
            return _count(values[col - 4])
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return plain_tooltip(r.text)
        if role == Qt.ItemDataRole.ToolTipRole and col >= 4 and r.measured_at is None:
            return "Not measured yet: the sync worker reads metrics every few minutes."
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class TrendChart(QWidget):
    """Likes, reposts and replies of one post over its readings, as three lines."""

    #: the three lines, coloured by the theme's chart series (distinguishable in both schemes)
    SERIES = ("likes", "reposts", "replies")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.readings: list[posts.Reading] = []
        self.setMinimumHeight(120)
        self.setObjectName("postTrend")

    def set_readings(self, readings: Sequence[posts.Reading]) -> None:
        self.readings = list(readings)
        self.update()

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(40, 10, -90, -22)
        scheme = current()
        p.setPen(scheme.qcolor("chart.muted"))
        if len(self.readings) < 1:
            p.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                "Select a post to see its likes, reposts and replies over time.",
            )
            return
        top = max(1, *(max(r.likes, r.reposts, r.replies) for r in self.readings))
        p.drawLine(rect.bottomLeft(), rect.bottomRight())
        p.drawLine(rect.bottomLeft(), rect.topLeft())
        p.drawText(4, rect.top() + 10, f"{top:,}")
        p.drawText(4, rect.bottom(), "0")
        first = self.readings[0].at.astimezone()
        last = self.readings[-1].at.astimezone()
        p.drawText(rect.left(), rect.bottom() + 16, first.strftime("%d %b %H:%M"))
        p.drawText(rect.right() - 70, rect.bottom() + 16, last.strftime("%d %b %H:%M"))
        n = len(self.readings)
        for i, name in enumerate(self.SERIES):
            pen = QPen(series(scheme, i))
            pen.setWidth(2)
            p.setPen(pen)
            pts = [
                QPointF(
                    rect.left() + (rect.width() * k / (n - 1) if n > 1 else rect.width() / 2),
                    rect.bottom() - rect.height() * getattr(r, name) / top,
                )
                for k, r in enumerate(self.readings)
            ]
            if len(pts) == 1:
                p.drawEllipse(pts[0], 3, 3)
            else:
                p.drawPolyline(pts)
            p.drawText(
                rect.right() + 8,
                rect.top() + 14 + 16 * i,
                f"{name} {getattr(self.readings[-1], name):,}",
            )


class PostsWindow(QDialog):
    """Opened from the Marketing menu; modeless."""

    def __init__(self, console: Console, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.console = console
        self.loads = 0
        self.setWindowTitle(self.tr("Posts and experiments"))
        self.setObjectName("postsWindow")
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setObjectName("postsSummary")
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        self.compare_button = QPushButton(self.tr("Compare the two selected posts as A/B…"))
        self.compare_button.setObjectName("compareButton")
        self.compare_button.setEnabled(False)
        self.compare_button.clicked.connect(self.ask_experiment)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.compare_button)
        top.addWidget(refresh)
        self.model = PostsModel()
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.table.setObjectName("postsTable")
        self.table.setAccessibleName(self.tr("Sent posts and their metrics"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        for col in range(len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.empty = QLabel(
            self.tr(
                "No post has been sent yet. Posts sent from the console appear here with their likes, reposts and replies as the networks report them."
            )
        )
        self.empty.setObjectName("postsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setVisible(False)
        self.trend_title = QLabel(self.tr("Performance over time"))
        self.trend_title.setTextFormat(Qt.TextFormat.PlainText)
        self.trend = TrendChart()
        self.experiments = QPlainTextEdit()
        self.experiments.setObjectName("experimentsText")
        self.experiments.setAccessibleName(self.tr("Experiments and how sure each difference is"))
        describe(
            self.experiments,
            self.tr("Each A/B comparison and whether its difference is more than chance"),
        )
        describe(
            self.table,
            self.tr(
                "Posts sent from the console with likes, reposts and replies; pick two to compare"
            ),
        )
        describe(self.compare_button, self.tr("Compares the two picked posts as an experiment"))
        describe(refresh, self.tr("Reads the posts and their metrics again"))
        self.experiments.setReadOnly(True)
        self.experiments.setPlaceholderText(
            self.tr(
                "No experiment yet. Send two variants of a post (to two accounts, or at two times), select both above and press “Compare…”."
            )
        )
        self.message = QLabel("")
        self.message.setObjectName("postsMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.trend_title)
        lower_layout.addWidget(self.trend, 1)
        lower_layout.addWidget(QLabel(self.tr("Experiments")))
        lower_layout.addWidget(self.experiments, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table)
        upper_layout.addWidget(self.empty)
        split.addWidget(upper)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        self.resize(980, 640)
        self.reload()

    def _load(self) -> tuple[list[posts.PostRow], list[posts.ExperimentRow]]:
        actor = self.console.actor
        assert actor is not None
        with self.console.session() as s:
            return posts.posts(s, actor), posts.experiments(s, actor)

    @asyncSlot()
    async def reload(self) -> None:
        try:
            rows, exps = await run_blocking(self._load)
        except Exception as exc:  # noqa: BLE001 - said in words
            self.message.setText(describe_error(exc))
            self.loads += 1
            return
        self.model.set_rows(rows)
        measured = sum(1 for r in rows if r.measured_at is not None)
        self.summary.setText(
            self.tr("{plural} · {measured:,} measured · {plural2}").format(
                plural=plural(len(rows), "sent post"),
                measured=measured,
                plural2=plural(len(exps), "experiment"),
            )
        )
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.experiments.setPlainText(
            "\n\n".join(
                f"{e.name}\n  A: @{e.a.account} “{' '.join(e.a.text.split())[:60]}”\n"
                f"  B: @{e.b.account} “{' '.join(e.b.text.split())[:60]}”\n  {e.verdict.statement}"
                for e in exps
            )
        )
        self.loads += 1

    def selected_rows(self) -> list[posts.PostRow]:
        picked = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[i] for i in picked if i < len(self.model.rows)]

    def _selected(self) -> None:
        rows = self.selected_rows()
        self.compare_button.setEnabled(len(rows) == 2)
        if len(rows) == 1:
            self.show_history(rows[0].id)
        else:
            self.trend.set_readings([])
            self.trend_title.setText(
                self.tr("Performance over time")
                if not rows
                else self.tr("Select one post to see its trend.")
            )

    def _history(self, item_id: int) -> list[posts.Reading]:
        actor = self.console.actor
        assert actor is not None
        with self.console.session() as s:
            return posts.history(s, actor, item_id)

    @asyncSlot(int)
    async def show_history(self, item_id: int) -> None:
        try:
            readings = await run_blocking(self._history, item_id)
        except Exception as exc:  # noqa: BLE001
            self.message.setText(describe_error(exc))
            return
        self.trend_title.setText(
            self.tr("Performance over time · {plural}").format(
                plural=plural(len(readings), "reading")
            )
            if readings
            else self.tr("Not measured yet: the sync worker reads metrics every few minutes.")
        )
        self.trend.set_readings(readings)

    def ask_experiment(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 2:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("New A/B experiment"), self.tr("Name the experiment:")
        )
        if ok:
            self.create_experiment(name, rows[0].id, rows[1].id)

    def _create(self, name: str, a: int, b: int) -> int:
        actor = self.console.actor
        assert actor is not None
        with self.console.factory() as s, s.begin():
            return posts.create_experiment(s, actor, name, a, b, origin=self.console.origin)

    @asyncSlot(str, int, int)
    async def create_experiment(self, name: str, a: int, b: int) -> None:
        try:
            await run_blocking(self._create, name, a, b)
        except Exception as exc:  # noqa: BLE001
            self.message.setText(describe_error(exc))
            return
        self.message.setText(
            self.tr("Experiment “{strip}” created: A and B are compared below.").format(
                strip=name.strip()
            )
        )
        self.reload()
