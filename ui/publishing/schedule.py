"""The schedule: queued and scheduled posts and replies per account, soonest first.

Move, edit and cancel act with the same conditional updates as everywhere else: if the
publisher has just taken the item, the person is told it is being sent, not left guessing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot
from sqlalchemy import select

from app.db.models import BrandAccount, OutboxStatus
from app.publishing import outbox, queries
from app.publishing.queries import OutboxRow
from app.session.console import Console
from ui.publishing.approvals import ask_text
from ui.publishing.outbox_model import COLUMNS, OutboxTableModel
from ui.widgets.accessible import describe
from ui.widgets.tasks import describe_error, run_blocking

TimePrompt = Callable[[QWidget, OutboxRow], datetime | None]
TextPrompt = Callable[[QWidget, OutboxRow], str | None]


def ask_time(parent: QWidget, row: OutboxRow) -> datetime | None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("ui.publishing.schedule", "Move to"))
    start = (
        row.scheduled_at.timestamp() if row.scheduled_at else datetime.now(UTC).timestamp() + 3600
    )
    edit = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(start)))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd MMM yyyy HH:mm")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(
        QLabel(QCoreApplication.translate("ui.publishing.schedule", "Send at (your local time):"))
    )
    layout.addWidget(edit)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)


class SchedulePanel(QWidget):
    def __init__(
        self,
        console: Console,
        parent: QWidget | None = None,
        *,
        prompt_time: TimePrompt = ask_time,
        prompt_text: TextPrompt = ask_text,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("schedulePanel")
        self.console = console
        self.prompt_time = prompt_time
        self.prompt_text = prompt_text
        self.account = QComboBox()
        self.account.setObjectName("scheduleAccount")
        self.account.addItem(self.tr("All accounts"), None)
        self.account.currentIndexChanged.connect(lambda *_: self.reload())
        self.show_sent = QCheckBox(self.tr("Show sent"))
        self.show_sent.toggled.connect(lambda *_: self.reload())
        self.model = OutboxTableModel(COLUMNS["schedule"], self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.table.setObjectName("scheduleTable")
        self.table.setAccessibleName(self.tr("Scheduled posts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(
            COLUMNS["schedule"].index("Text"), QHeaderView.ResizeMode.Stretch
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.move_button = QPushButton(self.tr("Move…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.cancel_button = QPushButton(self.tr("Cancel item"))
        self.retry_button = QPushButton(self.tr("Retry"))
        self.move_button.setObjectName("moveButton")
        self.cancel_button.setObjectName("cancelItemButton")
        self.move_button.clicked.connect(self.move_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.retry_button.clicked.connect(self.retry_selected)
        self.message = QLabel("")
        self.message.setObjectName("scheduleMessage")
        describe(
            self.account,
            self.tr("Shows the scheduled posts of one brand account or of all"),
            self.tr("Account"),
        )
        describe(self.show_sent, self.tr("Also lists the posts already sent"))
        describe(self.table, self.tr("Posts waiting for their time, earliest first"))
        describe(self.move_button, self.tr("Gives the picked post another time"))
        describe(self.edit_button, self.tr("Opens the picked post to change its text"))
        describe(self.cancel_button, self.tr("Stops the picked post from going out"))
        describe(self.retry_button, self.tr("Sends a failed post again"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Account:")))
        top.addWidget(self.account, 1)
        top.addWidget(self.show_sent)
        buttons = QHBoxLayout()
        for b in (self.move_button, self.edit_button, self.cancel_button, self.retry_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._accounts_loaded = False
        self._selected()

    def selected_row(self) -> OutboxRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self) -> None:
        r = self.selected_row()
        queued = r is not None and r.status in (
            OutboxStatus.APPROVED,
            OutboxStatus.SCHEDULED,
            OutboxStatus.AWAITING_APPROVAL,
        )
        self.move_button.setEnabled(queued)
        self.edit_button.setEnabled(queued)
        self.cancel_button.setEnabled(queued or (r is not None and r.status == OutboxStatus.FAILED))
        self.retry_button.setEnabled(r is not None and r.status == OutboxStatus.FAILED)

    @asyncSlot()
    async def reload(self) -> None:
        try:
            accounts, rows = await run_blocking(
                self._load, self.account.currentData(), self.show_sent.isChecked()
            )
        except Exception as exc:  # noqa: BLE001
            self.message.setText(describe_error(exc))
            return
        keep = self.selected_row()  # as it is now: a row picked while this loaded stays picked
        if not self._accounts_loaded:
            self._accounts_loaded = True
            self.account.blockSignals(True)
            for aid, label in accounts:
                self.account.addItem(label, aid)
            self.account.blockSignals(False)
        self.model.set_rows(rows)
        if keep is not None:
            for i, r in enumerate(rows):
                if r.id == keep.id:
                    self.table.selectRow(i)
        self._selected()

    def _load(
        self, account_id: int | None, include_sent: bool
    ) -> tuple[list[tuple[int, str]], list[OutboxRow]]:
        actor = self.console.actor
        with self.console.session() as s:
            accounts = [
                (a.id, f"@{a.handle} ({a.network})")
                for a in s.scalars(
                    select(BrandAccount)
                    .where(BrandAccount.workspace_id == actor.workspace_id)
                    .order_by(BrandAccount.network, BrandAccount.handle)
                )
            ]
            rows = queries.schedule(s, actor, account_id=account_id, include_sent=include_sent)
        return accounts, rows

    async def _act(self, fn: Callable[..., object], *args: object, done: str) -> None:
        def work() -> None:
            with self.console.factory() as s, s.begin():
                fn(s, self.console.actor, *args, origin=self.console.origin)

        try:
            await run_blocking(work)
            self.message.setText(done)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.message.setText(describe_error(exc))
        await self.reload()

    @asyncSlot()
    async def move_selected(self) -> None:
        r = self.selected_row()
        if r is None:
            return
        when = self.prompt_time(self, r)
        if when is None:
            return
        await self._act(
            outbox.reschedule, r.id, when, done=f"Moved to {when.astimezone():%d %b %Y %H:%M}."
        )

    @asyncSlot()
    async def edit_selected(self) -> None:
        r = self.selected_row()
        if r is None:
            return
        text = self.prompt_text(self, r)
        if text is not None:
            await self._act(outbox.edit_queued, r.id, text, done="Saved.")

    @asyncSlot()
    async def cancel_selected(self) -> None:
        r = self.selected_row()
        if r is not None:
            await self._act(outbox.cancel, r.id, done="Cancelled; it will not be sent.")

    @asyncSlot()
    async def retry_selected(self) -> None:
        r = self.selected_row()
        if r is not None:
            await self._act(outbox.retry_failed, r.id, done="Queued again.")
