"""The action bar of the conversation pane: claim, assign, release, status, priority, tags, note.

It only says what the person asked for (``requested(kind, args)``); the pane puts that into the
action queue, which writes it — or keeps it until the database is back.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.inbox import mentions
from app.inbox.conversations import Colleague, TeamChoice
from app.inbox.mentions import Mentionable
from ui.theme.apply import themed
from ui.widgets.accessible import describe
from ui.widgets.mentions import MentionCompleter

STATUS_CHOICES = (
    (QT_TRANSLATE_NOOP("ActionBar", "Open"), "open"),
    (QT_TRANSLATE_NOOP("ActionBar", "Pending customer"), "pending"),
    (QT_TRANSLATE_NOOP("ActionBar", "Snoozed…"), "snoozed"),
    (QT_TRANSLATE_NOOP("ActionBar", "Resolved"), "resolved"),
)
PRIORITY_CHOICES = (
    (QT_TRANSLATE_NOOP("ActionBar", "Normal"), 0),
    (QT_TRANSLATE_NOOP("ActionBar", "High"), 1),
    (QT_TRANSLATE_NOOP("ActionBar", "Urgent"), 2),
)
SNOOZE_CHOICES = (
    (QT_TRANSLATE_NOOP("ActionBar", "1 hour"), timedelta(hours=1)),
    (QT_TRANSLATE_NOOP("ActionBar", "4 hours"), timedelta(hours=4)),
    (QT_TRANSLATE_NOOP("ActionBar", "1 day"), timedelta(days=1)),
    (QT_TRANSLATE_NOOP("ActionBar", "1 week"), timedelta(weeks=1)),
)


class NoteDialog(QDialog):
    """Write an internal note; @username or @team mentions notify those colleagues.

    Typing "@" lists colleagues and teams; an @name that is neither is flagged before the note
    is added (pressing "Add note" again adds it as written).
    """

    def __init__(self, parent: QWidget | None = None, names: Sequence[Mentionable] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Internal note"))
        self.setObjectName("noteDialog")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setPlaceholderText(
            self.tr(
                "Only colleagues see notes. Mention someone with @name or a team with @team-name to notify them."
            )
        )
        self.completer = MentionCompleter(self.editor)
        self.completer.set_names([(m.handle, m.completion) for m in names])
        self.editor.textChanged.connect(self._edited)
        self.warning = QLabel("")
        self.warning.setObjectName("noteWarning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        themed(self.warning, "color: $(warning);")
        self._flagged: list[str] = []
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add note"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self.resize(460, 240)

    def text(self) -> str:
        return self.editor.toPlainText()

    def _edited(self) -> None:
        if self._flagged and mentions.unknown(self.text(), self.completer.known) != self._flagged:
            self._flagged = []
            self.warning.setText("")

    def _accept(self) -> None:
        names = mentions.unknown(self.text(), self.completer.known)
        if names and names != self._flagged:
            self._flagged = names
            self.warning.setText(
                mentions.describe_unknown(names)
                + self.tr(
                    " They would not be notified. Correct the name, or press Add note again to add the note as written."
                )
            )
            return
        self.accept()


class ActionBar(QWidget):
    #: (kind, args) — e.g. ("claim", {}), ("status", {"status": "resolved"})
    requested = Signal(str, dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self.mentionables: list[Mentionable] = []
        self.claim_button = QPushButton(self.tr("Claim"))
        self.claim_button.setObjectName("claimButton")
        self.claim_button.setToolTip(self.tr("Take this conversation (C)"))
        self.claim_button.clicked.connect(lambda: self.requested.emit("claim", {}))
        self.assign_button = QToolButton()
        self.assign_button.setObjectName("assignButton")
        self.assign_button.setText(self.tr("Assign…"))
        self.assign_button.setToolTip(self.tr("Give it to a colleague or hand it to a team (A)"))
        self.assign_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.assign_menu = QMenu(self.assign_button)
        self.assign_menu.setObjectName("assignMenu")
        self.assign_button.setMenu(self.assign_menu)
        self.release_button = QPushButton(self.tr("Release"))
        self.release_button.setObjectName("releaseButton")
        self.release_button.setToolTip(self.tr("Give it back to the team's queue"))
        self.release_button.clicked.connect(lambda: self.requested.emit("release", {}))
        self.status = QComboBox()
        self.status.setObjectName("statusBox")
        for title, value in STATUS_CHOICES:
            self.status.addItem(self.tr(title), value)
        self.status.activated.connect(self._status_chosen)
        self.priority = QComboBox()
        self.priority.setObjectName("priorityBox")
        for title, value in PRIORITY_CHOICES:
            self.priority.addItem(self.tr(title), value)
        self.priority.activated.connect(
            lambda i: self.requested.emit("priority", {"priority": self.priority.itemData(i)})
        )
        self.note_button = QPushButton(self.tr("Note…"))
        self.note_button.setObjectName("noteButton")
        self.note_button.setToolTip(self.tr("Add an internal note (N)"))
        self.note_button.clicked.connect(self.write_note)
        self.tags_label = QLabel("")
        self.tags_label.setObjectName("tagsLabel")
        self.tags_label.setTextFormat(Qt.TextFormat.PlainText)
        describe(
            self.status,
            self.tr("Open, pending or resolved; choosing one changes the conversation"),
            self.tr("Conversation status"),
        )
        describe(
            self.priority,
            self.tr("How urgent this conversation is; choosing one changes it"),
            self.tr("Conversation priority"),
        )
        self.tag_edit = QLineEdit()
        self.tag_edit.setObjectName("tagEdit")
        self.tag_edit.setAccessibleName(self.tr("Tags"))
        self.tag_edit.setAccessibleDescription(
            self.tr("Type a tag and press Enter to add it; -tag removes it")
        )
        self.tag_edit.setPlaceholderText(self.tr("add tag, -tag removes"))
        self.tag_edit.setMaxLength(61)
        self.tag_edit.returnPressed.connect(self._tag_entered)
        # merge and split (ui/inbox/merge_split.py): the pane asks which, then does it
        self.more_button = QToolButton()
        self.more_button.setObjectName("moreActionsButton")
        self.more_button.setText(self.tr("More"))
        self.more_button.setToolTip(self.tr("Merge with another conversation, split a message off"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more_button)
        self.more_menu.setObjectName("moreActionsMenu")
        self.merge_action = self.more_menu.addAction(
            self.tr("Merge another conversation into this one…")
        )
        self.merge_action.setObjectName("mergeAction")
        self.merge_action.triggered.connect(lambda: self.requested.emit("merge", {}))
        self.split_action = self.more_menu.addAction(self.tr("Split a message off…"))
        self.split_action.setObjectName("splitAction")
        self.split_action.triggered.connect(lambda: self.requested.emit("split", {}))
        self.more_button.setMenu(self.more_menu)

        row1 = QHBoxLayout()
        row1.setContentsMargins(0, 0, 0, 0)
        for w in (
            self.claim_button,
            self.assign_button,
            self.release_button,
            self.note_button,
            self.more_button,
        ):
            row1.addWidget(w)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        row2.setContentsMargins(0, 0, 0, 0)
        row2.addWidget(self.status)
        row2.addWidget(self.priority)
        row2.addWidget(self.tag_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.tags_label)
        self.assign_menu.addAction(self.tr("(loading colleagues…)")).setEnabled(False)

    # -- state from the loaded conversation --------------------------------------------------
    def show_state(
        self,
        *,
        status: str,
        priority: int,
        tags: list[str],
        mine: bool,
        assigned: bool,
        can_work: bool,
    ) -> None:
        self._select(self.status, status)
        self._select(self.priority, priority)
        self.tags_label.setText(self.tr("Tags: ") + ", ".join(tags) if tags else self.tr("No tags"))
        self.claim_button.setEnabled(can_work and not mine)
        self.claim_button.setText(self.tr("Claimed by you") if mine else self.tr("Claim"))
        self.release_button.setEnabled(can_work and assigned)
        for w in (self.assign_button, self.status, self.priority, self.tag_edit, self.more_button):
            w.setEnabled(can_work)

    def set_choices(self, people: list[Colleague], teams: list[TeamChoice]) -> None:
        #: for @-completion in notes: colleagues by user name, teams by name
        self.mentionables = [
            Mentionable(p.username.lower(), p.display_name, "person") for p in people
        ] + [Mentionable(mentions.team_handle(t.name), t.name, "team") for t in teams]
        self.assign_menu.clear()
        people_menu = self.assign_menu.addMenu(self.tr("To a colleague"))
        for p in people:
            act = QAction(f"{p.display_name} (@{p.username})", people_menu)
            act.triggered.connect(
                lambda _c=False, eid=p.id: self.requested.emit("assign", {"employee_id": eid})
            )
            people_menu.addAction(act)
        team_menu = self.assign_menu.addMenu(self.tr("Hand off to a team"))
        for t in teams:
            act = QAction(t.name, team_menu)
            act.triggered.connect(
                lambda _c=False, tid=t.id, name=t.name: self.requested.emit(
                    "assign", {"team_id": tid, "team_name": name}
                )
            )
            team_menu.addAction(act)

    @staticmethod
    def _select(box: QComboBox, value: Any) -> None:
        i = box.findData(value)
        box.blockSignals(True)
        box.setCurrentIndex(max(i, 0))
        box.blockSignals(False)

    # -- asking ------------------------------------------------------------------------------
    def _status_chosen(self, index: int) -> None:
        value = self.status.itemData(index)
        if value == "snoozed":
            until = self.ask_snooze()
            if until is None:
                return
            self.requested.emit("status", {"status": "snoozed", "snoozed_until": until.isoformat()})
            return
        self.requested.emit("status", {"status": value})

    def ask_snooze(self) -> datetime | None:
        titles = [self.tr(t) for t, _d in SNOOZE_CHOICES]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Snooze"), self.tr("Snooze until:"), titles, 0, False
        )
        if not ok:
            return None
        delta = SNOOZE_CHOICES[titles.index(choice)][1]
        return datetime.now(UTC) + delta

    def _tag_entered(self) -> None:
        text = self.tag_edit.text().strip()
        if not text:
            return
        self.tag_edit.clear()
        if text.startswith("-") and len(text) > 1:
            self.requested.emit("tags", {"remove": [text[1:]]})
        else:
            self.requested.emit("tags", {"add": [text]})

    def write_note(self) -> None:
        dialog = NoteDialog(self, self.mentionables)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text().strip():
            self.requested.emit("note", {"text": dialog.text()})

    def open_assign_menu(self) -> None:
        if self.assign_button.isEnabled():
            self.assign_button.showMenu()
