"""Agents' capacity: how many open conversations auto-assignment gives each at most.

A team lead sees their team's agents, IT everyone; the number is edited in place and written at
once (app/routing/autoassign.py checks who may, and PostgreSQL checks again).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.routing import autoassign
from app.routing.autoassign import CapacityRow
from app.session.console import Console
from app.words import plural
from ui.widgets.accessible import describe
from ui.widgets.tasks import describe_error, run_blocking

HEADERS = ["Agent", "User name", "Teams", "Capacity", "Open now"]
CAPACITY_COLUMN = HEADERS.index("Capacity")


class CapacityTab(QWidget):
    def __init__(self, console: Console, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.console = console
        self.setObjectName("capacityTab")
        self.rows: list[CapacityRow] = []
        self._loading = False
        self.model = QStandardItemModel(0, len(HEADERS), self)
        self.model.setHorizontalHeaderLabels(HEADERS)
        self.model.itemChanged.connect(self._changed)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.table.setObjectName("capacityTable")
        self.table.setAccessibleName(self.tr("Agents and their capacity"))
        self.table.setAccessibleDescription(
            self.tr(
                "Each agent of your teams and the most open conversations auto-assignment gives them"
            )
        )
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel("")
        self.summary.setObjectName("capacitySummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.message = QLabel("")
        self.message.setObjectName("capacityMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Auto-assignment gives an available agent new conversations until their open ones reach this number. Double-click a capacity to change it; 0 means none."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    @asyncSlot()
    async def reload(self) -> None:
        def read() -> list[CapacityRow]:
            with self.console.session() as s:
                return autoassign.capacities(s, self.console.actor)

        try:
            rows = await run_blocking(read)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.message.setText(describe_error(exc))
            return
        self._show(rows)

    def _show(self, rows: list[CapacityRow]) -> None:
        self.rows = rows
        self._loading = True
        try:
            self.model.removeRows(0, self.model.rowCount())
            for r in rows:
                cells = [QStandardItem(v) for v in (r.name, r.username, r.teams or "—")]
                cap = QStandardItem()
                cap.setData(r.capacity, Qt.ItemDataRole.EditRole)
                cap.setData(r.employee_id, Qt.ItemDataRole.UserRole)
                load = QStandardItem(str(r.load))
                for c in (*cells, load):
                    c.setEditable(False)
                self.model.appendRow([*cells, cap, load])
        finally:
            self._loading = False
        self.summary.setText(
            self.tr("{plural} whose capacity you may set.").format(
                plural=plural(len(rows), "agent")
            )
            if rows
            else self.tr(
                "There is nobody whose capacity you may set: a team lead sets their team's, IT anyone's."
            )
        )

    @asyncSlot()
    async def _changed(self, item: QStandardItem) -> None:
        if self._loading or item.column() != CAPACITY_COLUMN:
            return
        emp_id = item.data(Qt.ItemDataRole.UserRole)
        name = self.model.item(item.row(), 0).text()
        try:
            value = int(item.data(Qt.ItemDataRole.EditRole))
        except (TypeError, ValueError):
            self.message.setText(self.tr("A capacity is a whole number of conversations."))
            await self.reload()
            return

        def write() -> None:
            with self.console.factory() as s, s.begin():
                autoassign.set_capacity(s, self.console.actor, emp_id, value)

        try:
            await run_blocking(write)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.message.setText(
                self.tr("{describe_error} Nothing was changed.").format(
                    describe_error=describe_error(exc)
                )
            )
        else:
            self.message.setText(
                self.tr("{name} now gets at most {plural} from auto-assignment.").format(
                    name=name, plural=plural(value, "open conversation")
                )
            )
        await self.reload()


class CapacityDialog(QDialog):
    """The lead's way in (Routing ▸ Agents' capacity…): the same tab in its own window."""

    def __init__(self, console: Console, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capacityDialog")
        self.setWindowTitle(self.tr("Agents' capacity — Social Console"))
        self.resize(640, 420)
        self.tab = CapacityTab(console, self)
        close = QPushButton(self.tr("Close"))
        describe(close, self.tr("Closes this window"))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tab)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.tab.reload()
