"""The voice of the customer: feature requests and bug reports grouped by topic, for product
and R&D, with counts and example messages, exportable as CSV; choosing a topic lists the
conversations behind it, and opening one shows it in the inbox."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.inbox import escalation
from app.inbox.escalation import VocFeed, VocTopic
from app.session.console import Console
from ui.widgets.accessible import describe
from ui.widgets.tasks import describe_error, run_blocking

COLUMNS = ("Topic", "Messages", "Feature requests", "Bug reports", "Examples")
Index = QModelIndex | QPersistentModelIndex


class VocModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topics: list[VocTopic] = []

    def set_topics(self, topics: list[VocTopic]) -> None:
        self.beginResetModel()
        self.topics = list(topics)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.topics)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.topics):
            return None
        t = self.topics[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            if col == 0:
                return t.topic
            if col == 1:
                return t.count
            if col == 2:
                return t.by_intent.get("feature_request", 0)
            if col == 3:
                return t.by_intent.get("bug_report", 0)
            if role == Qt.ItemDataRole.ToolTipRole:
                # customers' words as plain text: escaped, so a tooltip never renders them as HTML
                text = "\n\n".join(t.examples)
                return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
            return " · ".join(t.examples)
        return None


class VocDialog(QDialog):
    def __init__(
        self,
        console: Console,
        parent: QWidget | None = None,
        *,
        open_conversation: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.console = console
        self.open_conversation = open_conversation
        self.feed: VocFeed | None = None
        self.setObjectName("vocDialog")
        self.setWindowTitle(self.tr("Voice of the customer — feature requests and bug reports"))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Last")))
        self.days = QSpinBox()
        self.days.setObjectName("vocDays")
        self.days.setAccessibleName(self.tr("Days to look back"))
        self.days.setRange(1, 365)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" days"))
        top.addWidget(self.days)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("vocRefresh")
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("vocExport")
        self.export_button.setEnabled(False)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.status = QLabel("")
        self.status.setObjectName("vocStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.model = VocModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.table.setObjectName("vocTable")
        self.table.setAccessibleName(self.tr("Voice of the customer topics"))
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((170, 80, 120, 100)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 3)
        behind = QHBoxLayout()
        self.behind_label = QLabel(self.tr("Choose a topic to see the conversations behind it."))
        self.behind_label.setObjectName("vocBehindLabel")
        behind.addWidget(self.behind_label, 1)
        self.open_button = QPushButton(self.tr("Open conversation"))
        self.open_button.setObjectName("vocOpen")
        self.open_button.setEnabled(False)
        behind.addWidget(self.open_button)
        layout.addLayout(behind)
        self.conversations = QListWidget()
        self.conversations.setObjectName("vocConversations")
        self.conversations.setAccessibleName(self.tr("Conversations behind the chosen topic"))
        layout.addWidget(self.conversations, 1)
        self.table.selectionModel().selectionChanged.connect(self._topic_chosen)
        describe(self.days, self.tr("How many days of conversations the topics are counted over"))
        describe(self.refresh_button, self.tr("Counts the topics again"))
        describe(self.export_button, self.tr("Saves the topics as a CSV file"))
        describe(
            self.table, self.tr("What customers talk about, most often first; pick one to see why")
        )
        describe(self.open_button, self.tr("Opens the picked conversation in the inbox"))
        describe(
            self.conversations,
            self.tr("Conversations about the picked topic; Enter opens one"),
        )
        self.conversations.itemActivated.connect(self._open_item)
        self.conversations.currentItemChanged.connect(
            lambda cur, _prev: self.open_button.setEnabled(
                cur is not None and self.open_conversation is not None
            )
        )
        self.open_button.clicked.connect(lambda: self._open_item(self.conversations.currentItem()))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self._ask_export)
        self.refresh()

    @asyncSlot()
    async def refresh(self) -> None:
        self.status.setText(self.tr("Grouping feature requests and bug reports…"))
        days = self.days.value()
        try:
            feed = await run_blocking(self._load, days)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.status.setText(describe_error(exc))
            return
        self.feed = feed
        self.model.set_topics(feed.topics)
        self.export_button.setEnabled(bool(feed.topics))
        self.status.setText(
            self.tr(
                "{messages} feature requests and bug reports in the last {days} days, in {topics} topics."
            ).format(messages=feed.messages, days=days, topics=len(feed.topics))
        )

    def _topic_chosen(self) -> None:
        self.conversations.clear()
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        topic = self.model.topics[rows[0].row()]
        n = len(topic.conversation_ids)
        self.behind_label.setText(
            self.tr("“{topic}”: {n} {value} behind it").format(
                topic=topic.topic, n=n, value="conversation" if n == 1 else "conversations"
            )
            + (
                self.tr(" — double-click one to open it in the inbox.")
                if self.open_conversation
                else "."
            )
        )
        for cid in topic.conversation_ids:
            item = QListWidgetItem(self.tr("Conversation {cid}").format(cid=cid))
            item.setData(Qt.ItemDataRole.UserRole, cid)
            self.conversations.addItem(item)

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is None or self.open_conversation is None:
            return
        self.open_conversation(int(item.data(Qt.ItemDataRole.UserRole)))

    def _load(self, days: int) -> VocFeed:
        with self.console.session() as s:
            return escalation.voc_feed(s, self.console.actor, days=days)

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the voice of the customer"),
            "voice-of-the-customer.csv",
            "CSV (*.csv)",
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        if self.feed is None:
            return
        try:
            path.write_text(escalation.voc_csv(self.feed), encoding="utf-8-sig", newline="")
        except OSError as exc:
            self.status.setText(
                self.tr("Could not write {name}: {value}.").format(
                    name=path.name, value=exc.strerror or exc
                )
            )
            return
        self.status.setText(
            self.tr("Exported {topics} topics to {path}.").format(
                topics=len(self.feed.topics), path=path
            )
        )
