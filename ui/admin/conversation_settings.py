"""The admin panel's "Conversations" tab: how new messages are grouped into conversations.

One switch, the workspace setting of app/inbox/open_per_customer.py, with what it means in
words. It is read and written in a worker thread; a refusal (not a team lead or IT) is said
and the switch goes back to what the database holds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget
from qasync import asyncSlot

from app.inbox import open_per_customer
from app.session.console import Console
from ui.widgets.accessible import describe
from ui.widgets.tasks import describe_error, run_blocking

EXPLAIN = (
    "On: a new message from a customer who already has an open conversation with the same "
    "brand account on the same channel joins that conversation, so one customer is one row. "
    "Direct messages and public mentions, replies and comments are separate channels. "
    "After a conversation is resolved, the customer's next new message opens a new one.\n"
    "Off: every new public thread or direct-message channel opens its own conversation."
)


class ConversationSettingsTab(QWidget):
    def __init__(self, console: Console, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.console = console
        #: finished loads and saves (tests wait on it)
        self.done = 0
        self.one_open = QCheckBox(self.tr("One open conversation per customer and channel"))
        self.one_open.setObjectName("oneOpenPerCustomer")
        self.one_open.setEnabled(False)
        self.one_open.clicked.connect(self.save)
        describe(
            self.one_open,
            self.tr(
                "Ticked: a customer's new message joins their open conversation; saved at once"
            ),
        )
        explain = QLabel(EXPLAIN)
        explain.setTextFormat(Qt.TextFormat.PlainText)
        explain.setWordWrap(True)
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("conversationSettingsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.one_open)
        layout.addWidget(explain)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.load()

    def _read(self) -> bool:
        assert self.console.actor is not None
        with self.console.session() as s:
            return open_per_customer.is_enabled(s, self.console.actor.workspace_id)

    @asyncSlot()
    async def load(self) -> None:
        try:
            on = await run_blocking(self._read)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.status.setText(describe_error(exc))
        else:
            self._show(on)
            self.status.setText("")
        self.done += 1

    def _show(self, on: bool) -> None:
        self.one_open.blockSignals(True)
        self.one_open.setChecked(on)
        self.one_open.blockSignals(False)
        self.one_open.setEnabled(True)

    @asyncSlot()
    async def save(self) -> None:
        wanted = self.one_open.isChecked()
        actor, origin = self.console.actor, self.console.origin
        assert actor is not None

        def write() -> None:
            with self.console.factory() as s, s.begin():
                open_per_customer.set_enabled(s, actor, wanted, origin=origin)

        self.one_open.setEnabled(False)
        try:
            await run_blocking(write)
        except Exception as exc:  # noqa: BLE001 - shown in words, and the switch goes back
            self.status.setText(describe_error(exc))
            self._show(not wanted)
        else:
            self.status.setText(
                self.tr("Saved: new messages join the customer's open conversation.")
                if wanted
                else self.tr("Saved: every new thread opens its own conversation.")
            )
            self._show(wanted)
        self.done += 1
