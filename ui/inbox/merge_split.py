"""The merge and split dialogs of the conversation pane (app/inbox/merge.py does the work).

Merge lists the customer's other conversations with the same brand account that the person
may work; the chosen one is merged *into the shown one*, which stays on screen with everything
of both. Split lists the shown conversation's messages; the chosen one leaves with its later
replies for a new conversation. Both say beforehand, in words, what will happen. Everything
listed is customer text, shown as list items (never interpreted).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.inbox.merge import MergeChoice
from app.inbox.views import ThreadMessage
from ui.i18n.counts import Count
from ui.widgets.text import plain_tooltip


def _one_line(text: str, limit: int = 110) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class _ChooseDialog(QDialog):
    def __init__(self, title: str, explain: str, ok: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.explain = QLabel(explain)
        self.explain.setTextFormat(Qt.TextFormat.PlainText)
        self.explain.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 340)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else None
        return None if value is None else int(value)


class MergeDialog(_ChooseDialog):
    def __init__(self, choices: list[MergeChoice], parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("MergeDialog", "Merge conversations"),
            QCoreApplication.translate(
                "MergeDialog",
                "Choose the customer's other conversation to merge into this one. Its messages, internal notes, tags and assignment history move here; it then disappears from every inbox. Only conversations with the same brand account are listed.",
            ),
            QCoreApplication.translate("MergeDialog", "Merge into this one"),
            parent,
        )
        self.setObjectName("mergeDialog")
        self.list.setObjectName("mergeChoices")
        for c in choices:
            when = c.last_message_at.astimezone().strftime("%d %b %H:%M")
            channel = self.tr("direct messages") if c.kind == "dm" else self.tr("public")
            messages = Count.tr("%Ln message(s)", "", c.message_count)
            item = QListWidgetItem(
                f"{when} · {c.status} · {channel} · {messages} · {_one_line(c.snippet)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(plain_tooltip(c.snippet))
            self.list.addItem(item)
        if choices:
            self.list.setCurrentRow(0)
        else:
            empty = QListWidgetItem(
                self.tr(
                    "This customer has no other conversation with this brand account that you may work on."
                )
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
            self.ok.setEnabled(False)


class SplitDialog(_ChooseDialog):
    def __init__(self, messages: list[ThreadMessage], parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("SplitDialog", "Split a message off"),
            QCoreApplication.translate(
                "SplitDialog",
                "Choose the message that starts another matter. It moves to a new conversation together with its later replies (the messages answering it); the rest stays here. Tags are copied; internal notes stay here.",
            ),
            QCoreApplication.translate("SplitDialog", "Split off"),
            parent,
        )
        self.setObjectName("splitDialog")
        self.list.setObjectName("splitChoices")
        for m in messages:
            arrow = "→" if m.direction == "out" else "←"
            when = m.created_at.astimezone().strftime("%d %b %H:%M")
            item = QListWidgetItem(f"{arrow} {when} · {m.author} · {_one_line(m.text)}")
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setToolTip(plain_tooltip(m.text))
            self.list.addItem(item)
        if len(messages) > 1:
            self.list.setCurrentRow(len(messages) - 1)
        else:
            self.ok.setEnabled(False)
            self.explain.setText(
                self.tr(
                    "A conversation with a single message cannot be split: there is nothing to leave behind."
                )
            )
