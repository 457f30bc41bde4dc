"""The conversation pane: the thread of the selected conversation, always as plain text.

Customers write anything (HTML, scripts, direction overrides); a QPlainTextEdit never
interprets it, so what is shown is exactly what was written.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget
from qasync import asyncSlot

from app.console import Console
from app.services import inbox
from app.services.inbox import ThreadView
from ui.handoff import HandoffBar
from ui.tasks import describe_error, run_blocking


def format_thread(view: ThreadView) -> str:
    parts = []
    for m in view.messages:
        when = m.created_at.astimezone().strftime("%d %b %H:%M")
        arrow = "→" if m.direction == "out" else "←"
        parts.append(f"{arrow} {m.author} · {m.kind} · {when}\n{m.text}\n")
    return "\n".join(parts)


class ConversationPane(QWidget):
    def __init__(self, console: Console, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.console = console
        self.conversation_id: int | None = None
        self._request = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.header = QLabel("Select a conversation")
        self.header.setObjectName("conversationHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        f = QFont()
        f.setBold(True)
        self.header.setFont(f)
        self.details = QLabel("")
        self.details.setObjectName("conversationDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.thread = QPlainTextEdit()
        self.thread.setObjectName("thread")
        self.thread.setReadOnly(True)
        self.thread.setPlaceholderText("The messages of the selected conversation appear here.")
        self.setMinimumWidth(260)
        # hand-off actions and pinned hand-off notes (ui/handoff.py)
        self.handoff = HandoffBar(console, self)
        layout.addWidget(self.header)
        layout.addWidget(self.details)
        layout.addWidget(self.handoff)
        layout.addWidget(self.thread, 1)

    def show_conversation(self, conversation_id: int | None) -> None:
        self.conversation_id = conversation_id
        self.handoff.set_conversation(conversation_id)
        if conversation_id is None:
            self.header.setText("Select a conversation")
            self.details.setText("")
            self.thread.setPlainText("")
            return
        self.reload()

    @asyncSlot()
    async def reload(self) -> None:
        cid = self.conversation_id
        if cid is None:
            return
        if self.handoff.conversation_id == cid:
            self.handoff.reload()
        self._request += 1
        request = self._request
        try:
            view = await run_blocking(self._load, cid)
        except Exception as exc:  # noqa: BLE001 - shown in words
            if request == self._request:
                self.header.setText("This conversation cannot be shown")
                self.details.setText(describe_error(exc))
                self.thread.setPlainText("")
            return
        if request != self._request:
            return
        self.header.setText(
            f"{view.customer} (@{view.customer_handle}) → @{view.account} on {view.network}"
        )
        self.details.setText(
            f"Status: {view.status} · Team: {view.team or '—'} · "
            f"Assignee: {view.assignee or 'unassigned'} · {len(view.messages)} "
            f"message{'' if len(view.messages) == 1 else 's'}"
        )
        bar = self.thread.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        self.thread.setPlainText(format_thread(view))
        if at_end:
            bar.setValue(bar.maximum())

    def _load(self, cid: int) -> ThreadView:
        with self.console.session() as s:
            return inbox.thread(s, self.console.actor, cid)
