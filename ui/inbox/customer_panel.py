"""The customer panel: who wrote, and their other conversations with any brand account."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.inbox.conversations import CustomerPanel
from ui.widgets.text import plain_tooltip


def _one_line(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class CustomerPanelWidget(QWidget):
    #: a past conversation was chosen (double click or Enter)
    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel("")
        self.summary.setObjectName("customerSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.history = QListWidget()
        self.history.setObjectName("customerHistory")
        self.history.setMaximumHeight(130)
        self.history.setWordWrap(False)
        self.history.itemActivated.connect(self._activated)
        self.history.itemDoubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel("Customer")
        title.setTextFormat(Qt.TextFormat.PlainText)
        f = title.font()
        f.setBold(True)
        title.setFont(f)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.history)
        self.current: int | None = None

    def show_panel(self, panel: CustomerPanel | None, current: int | None = None) -> None:
        self.history.clear()
        self.current = current
        if panel is None:
            self.summary.setText("")
            return
        bits = [f"{panel.display_name or panel.handle} (@{panel.handle}) on {panel.network}"]
        if panel.followers is not None:
            bits.append(f"{panel.followers:,} followers")
        if panel.vip:
            bits.append("VIP")
        bits.append(f"first seen {panel.first_seen_at.astimezone():%d %b %Y}")
        for key, value in sorted(panel.contact.items()):
            bits.append(f"{key}: {value}")
        n = len(panel.conversations)
        bits.append(f"{n} conversation{'s' if n != 1 else ''} you can see")
        self.summary.setText(" · ".join(bits))
        for c in panel.conversations:
            mark = "▶ " if c.id == current else ""
            text = (
                f"{mark}{c.last_message_at.astimezone():%d %b} · @{c.account} ({c.network}) · "
                f"{c.status} · {c.message_count} message{'s' if c.message_count != 1 else ''}"
                f" · {_one_line(c.snippet)}"
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(plain_tooltip(c.snippet))  # customer text: never rich text
            self.history.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        cid = item.data(Qt.ItemDataRole.UserRole)
        if cid is not None and cid != self.current:
            self.open_requested.emit(int(cid))
