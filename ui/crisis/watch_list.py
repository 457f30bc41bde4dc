"""Crisis → Watches…: every watch PR keeps, to add, change, pause or delete.

A watch nobody can see or change is a setting nobody can reach: before this list, a watch added
with a typo in its keyword alerted (or stayed silent) for ever. The list reads and writes off the
UI thread and follows the change feed, so a colleague's change shows here without a reload.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.classify.intents import PRIORITY as INTENTS
from app.crisis import watches
from app.crisis.baseline import SENSITIVITIES
from app.crisis.detector import SENTIMENTS
from app.crisis.watches import WatchRow
from app.db.changes import Change
from app.session.console import Console
from ui.i18n.counts import Count
from ui.theme.apply import themed
from ui.widgets.accessible import describe, describe_buttons
from ui.widgets.tasks import describe_error, run_blocking

COLUMNS = ("Name", "Counts", "Sensitivity", "Window", "Cooldown", "Status", "Alerts", "Last alert")

#: asks "Delete the watch …?"; a test answers it without a modal box
ConfirmPrompt = Callable[[QWidget, str], bool]


def ask_confirm(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ui.crisis.watch_list", "Delete watch"), question
    )
    return answer == QMessageBox.StandardButton.Yes


def _ago(at: datetime | None, now: datetime) -> str:
    if at is None:
        return QCoreApplication.translate("ui.crisis.watch_list", "never")
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    minutes = int((now - at).total_seconds() // 60)
    if minutes < 1:
        return QCoreApplication.translate("ui.crisis.watch_list", "just now")
    if minutes < 60:
        return Count.tr("%Ln minute(s) ago", "", minutes)
    if minutes < 48 * 60:
        return Count.tr("%Ln hour(s) ago", "", minutes // 60)
    return Count.tr("%Ln day(s) ago", "", minutes // (24 * 60))


class WatchDialog(QDialog):
    """A new watch: what to count and how touchy to be; a bad keyword is refused with why."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        accounts: Sequence[tuple[int, str]] = (),
        row: WatchRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.watch_id = row.id if row is not None else None
        self.setMinimumWidth(480)  # the keyword's hint and long handles read whole
        self.setWindowTitle(
            self.tr("New crisis watch")
            if row is None
            else self.tr("Edit watch “{name}”").format(name=row.name)
        )
        self.name = QLineEdit()
        self.keyword = QLineEdit()
        self.keyword.setPlaceholderText(
            self.tr("a word or phrase, or /a pattern/ (empty: every message)")
        )
        self.account = QComboBox()
        self.account.addItem(self.tr("All accounts"), None)
        for account_id, handle in accounts:
            self.account.addItem(handle, account_id)
        self.intent = QComboBox()
        self.intent.addItem(self.tr("Any topic"), None)
        for name in INTENTS:
            self.intent.addItem(name.replace("_", " "), name)
        self.sentiment = QComboBox()
        self.sentiment.addItems(list(SENTIMENTS))
        self.sensitivity = QComboBox()
        self.sensitivity.addItems(list(SENSITIVITIES))
        self.sensitivity.setCurrentText("balanced")
        self.window = QSpinBox()
        self.window.setRange(1, 240)
        self.window.setValue(10)
        self.window.setSuffix(self.tr(" min"))
        self.cooldown = QSpinBox()
        self.cooldown.setRange(0, 24 * 60)
        self.cooldown.setValue(30)
        self.cooldown.setSuffix(self.tr(" min"))
        self.error = QLabel("")
        self.error.setObjectName("watchError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        themed(self.error, "color: $(error);")
        form = QFormLayout(self)
        for label, w in (
            ("Name", self.name),
            ("Keyword", self.keyword),
            ("Account", self.account),
            ("Topic", self.intent),
            ("Sentiment", self.sentiment),
            ("Window", self.window),
            ("Sensitivity", self.sensitivity),
            ("Cooldown", self.cooldown),
        ):
            form.addRow(label, w)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.rejected.connect(self.reject)
        describe_buttons(self.buttons)
        form.addRow(self.buttons)
        if row is not None:
            self.name.setText(row.name)
            self.keyword.setText(row.keyword or "")
            self.account.setCurrentIndex(max(0, self.account.findData(row.account_id)))
            self.intent.setCurrentIndex(max(0, self.intent.findData(row.intent)))
            self.sentiment.setCurrentText(row.sentiment)
            self.sensitivity.setCurrentText(row.sensitivity)
            self.window.setValue(row.window_minutes)
            self.cooldown.setValue(row.cooldown_minutes)

    def values(self) -> dict:
        kw = self.keyword.text()
        return {
            "watch_id": self.watch_id,
            "name": self.name.text(),
            "keyword": kw if kw.strip() or kw else None,
            "account_id": self.account.currentData(),
            "intent": self.intent.currentData(),
            "sentiment": self.sentiment.currentText(),
            "window_minutes": self.window.value(),
            "sensitivity": self.sensitivity.currentText(),
            "cooldown_minutes": self.cooldown.value(),
        }


class WatchListDialog(QDialog):
    """The watches of the workspace, with New, Edit, Pause/Resume and Delete."""

    def __init__(
        self,
        console: Console,
        parent: QWidget | None = None,
        *,
        confirm: ConfirmPrompt = ask_confirm,
        on_saved: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.console = console
        self.confirm = confirm
        self.on_saved = on_saved
        self.rows: list[WatchRow] = []
        self.accounts: list[tuple[int, str]] = []
        self.loads = 0
        self.editor: QDialog | None = None
        self.setWindowTitle(self.tr("Crisis watches"))
        self.setObjectName("crisisWatchList")

        self.summary = QLabel(self.tr("Loading the watches…"))
        self.summary.setObjectName("watchSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("watchTable")
        self.table.setAccessibleName(self.tr("Crisis watches"))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.error = QLabel("")
        self.error.setObjectName("watchListError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)

        self.new_button = QPushButton(self.tr("&New watch…"))
        self.new_button.setObjectName("newWatch")
        self.new_button.clicked.connect(self.new_watch)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editWatch")
        self.edit_button.clicked.connect(self.edit_selected)
        self.toggle_button = QPushButton(self.tr("&Pause"))
        self.toggle_button.setObjectName("toggleWatch")
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setObjectName("deleteWatch")
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.toggle_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        describe_buttons(close)
        buttons.addWidget(close)
        describe(self.table, self.tr("What the crisis detector watches, and how much each counted"))
        describe(self.new_button, self.tr("Adds a watch: a keyword or hashtag and its thresholds"))
        describe(self.edit_button, self.tr("Changes the picked watch"))
        describe(self.toggle_button, self.tr("Pauses or resumes the picked watch"))
        describe(self.delete_button, self.tr("Deletes the picked watch; you are asked first"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(900, 360)
        self._selection_changed()
        self.reload()

    # ----------------------------------------------------------------------------- reading
    def on_changes(self, batch: Sequence[Change]) -> None:
        if any(ch.topic in ("crisis_watch", "crisis_alert") for ch in batch):
            self.reload()

    @asyncSlot()
    async def reload(self) -> None:
        actor = self.console.actor
        assert actor is not None

        def work() -> tuple[list[WatchRow], list[tuple[int, str]]]:
            with self.console.session() as s:
                rows = watches.watch_rows(s, actor.workspace_id)
                accounts = watches.account_choices(s, actor.workspace_id)
                return rows, accounts

        try:
            rows, accounts = await run_blocking(work)
        except Exception as exc:  # noqa: BLE001 - said in the dialog; the old list stays
            self.error.setText(describe_error(exc))
            return
        self.accounts = accounts
        self._show(rows)
        self.loads += 1

    def _show(self, rows: list[WatchRow]) -> None:
        chosen = self.selected()
        self.rows = rows
        now = datetime.now(UTC)
        self.table.setRowCount(len(rows))
        for r, w in enumerate(rows):
            cells = (
                w.name,
                w.counts,
                w.sensitivity,
                f"{w.window_minutes} min",
                f"{w.cooldown_minutes} min",
                "Watching" if w.enabled else "Paused",
                str(w.alerts),
                _ago(w.last_alert_at, now),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text if c == 1 else "")
                self.table.setItem(r, c, item)
            if chosen is not None and w.id == chosen.id:
                self.table.selectRow(r)
        paused = sum(1 for w in rows if not w.enabled)
        if not rows:
            self.summary.setText(
                self.tr(
                    "No watches yet. Add one to be alerted when mentions, or negative or positive messages, rise above their usual level."
                )
            )
        else:
            text = Count.tr("%Ln watch(es)", "", len(rows))
            if paused:
                text += self.tr(", {paused} paused").format(paused=paused)
            self.summary.setText(
                text
                + self.tr(
                    ". Each compares its window with the usual traffic for that hour and day."
                )
            )
        self._selection_changed()

    def selected(self) -> WatchRow | None:
        picked = self.table.selectionModel().selectedRows()
        if not picked or picked[0].row() >= len(self.rows):
            return None
        return self.rows[picked[0].row()]

    def _selection_changed(self) -> None:
        w = self.selected()
        for b in (self.edit_button, self.toggle_button, self.delete_button):
            b.setEnabled(w is not None)
        self.toggle_button.setText(
            self.tr("&Resume") if w is not None and not w.enabled else self.tr("&Pause")
        )

    # ----------------------------------------------------------------------------- writing
    def new_watch(self) -> None:
        self._open_editor(None)

    def edit_selected(self) -> None:
        w = self.selected()
        if w is not None:
            self._open_editor(w)

    def _open_editor(self, row: WatchRow | None) -> None:
        dlg = WatchDialog(self, accounts=self.accounts, row=row)
        dlg.buttons.accepted.connect(lambda: self.save(dlg))
        dlg.open()
        self.editor = dlg

    @asyncSlot()
    async def save(self, dlg: WatchDialog) -> None:
        values = dlg.values()

        def work() -> None:
            with self.console.factory() as s, s.begin():
                watches.save_watch(s, self.console.actor, origin=self.console.origin, **values)

        try:
            await run_blocking(work)
        except Exception as exc:  # noqa: BLE001 - the reason, in the dialog; it stays open
            dlg.error.setText(describe_error(exc))
            return
        dlg.accept()
        if self.on_saved is not None:
            self.on_saved(values["name"])
        self.reload()

    @asyncSlot()
    async def toggle_selected(self) -> None:
        w = self.selected()
        if w is None:
            return

        def work() -> None:
            with self.console.factory() as s, s.begin():
                watches.set_enabled(
                    s, self.console.actor, w.id, not w.enabled, origin=self.console.origin
                )

        await self._write(work)

    @asyncSlot()
    async def delete_selected(self) -> None:
        w = self.selected()
        if w is None:
            return
        question = self.tr(
            "Delete the watch “{name}”? Its {alerts} stay in the crisis room; it stops watching now."
        ).format(name=w.name, alerts=Count.tr("%Ln past alert(s)", "", w.alerts))
        if not self.confirm(self, question):
            return

        def work() -> None:
            with self.console.factory() as s, s.begin():
                watches.delete_watch(s, self.console.actor, w.id, origin=self.console.origin)

        await self._write(work)

    async def _write(self, work: Callable[[], None]) -> None:
        self.error.setText("")
        try:
            await run_blocking(work)
        except Exception as exc:  # noqa: BLE001 - the reason, in words; the list is re-read
            self.error.setText(describe_error(exc))
        self.reload()
