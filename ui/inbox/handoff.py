"""Hand-off actions for the open conversation, and its pinned hand-off notes.

A small bar of its own (the inbox's claim/assign/resolve bar lives elsewhere): "Hand off…"
moves the conversation to another team with a note; "Hot lead to sales" and "Feedback to
product" do it in one click. The receiving team sees the pinned note above the thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.inbox import escalation
from app.session.console import Console
from ui.theme.apply import themed
from ui.widgets.accessible import describe
from ui.widgets.tasks import describe_error, run_blocking


class HandoffDialog(QDialog):
    """Pick the receiving team and say why; the note is what they read first."""

    def __init__(self, teams: list[tuple[int, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoffDialog")
        self.setWindowTitle(self.tr("Hand off to another team"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Hand this conversation to:")))
        self.team = QComboBox()
        self.team.setObjectName("handoffTeam")
        for tid, name, dept in teams:
            self.team.addItem(f"{name} ({dept})", tid)
        layout.addWidget(self.team)
        layout.addWidget(QLabel(self.tr("Note for the receiving team (shown to them first):")))
        self.note = QPlainTextEdit()
        self.note.setObjectName("handoffNote")
        self.note.setPlaceholderText(
            self.tr("Why they get it, what the customer needs, what was done…")
        )
        layout.addWidget(self.note)
        self.error = QLabel("")
        self.error.setObjectName("handoffError")
        themed(self.error, "color: $(error);")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hand off"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if not self.note.toPlainText().strip():
            self.error.setText(
                self.tr("Say in a few words why the receiving team gets this conversation.")
            )
            return
        self.accept()


class HandoffBar(QWidget):
    """Hand-off buttons and the pinned notes of the open conversation."""

    handed_off = Signal(str)  # what happened, in words
    #: (conversation id, receiving team, whether the sender still sees it) after a hand-off
    moved = Signal(int, str, bool)

    def __init__(self, console: Console, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.console = console
        self.conversation_id: int | None = None
        #: conversations whose hand-off is under way (their row may leave before the answer)
        self.in_flight: set[int] = set()
        self._request = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        row = QHBoxLayout()
        self.move_button = QPushButton(self.tr("Hand off…"))
        self.move_button.setObjectName("handoffButton")
        describe(self.move_button, self.tr("Passes this conversation to another team or colleague"))
        self.lead_button = QPushButton(self.tr("Lead → Sales"))
        self.lead_button.setToolTip(
            self.tr("Hot lead to sales: hand over, tagged hot-lead, high priority")
        )
        self.lead_button.setObjectName("hotLeadButton")
        self.feedback_button = QPushButton(self.tr("Feedback → Product"))
        self.feedback_button.setToolTip(self.tr("Feedback to product: hand over, tagged feedback"))
        self.feedback_button.setObjectName("feedbackButton")
        for b in (self.move_button, self.lead_button, self.feedback_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.pinned = QLabel("")
        self.pinned.setObjectName("pinnedNotes")
        self.pinned.setTextFormat(Qt.TextFormat.PlainText)
        self.pinned.setWordWrap(True)
        themed(
            self.pinned,
            "background: $(pinned.bg); color: $(pinned.fg); border: 1px solid $(pinned.border);"
            " padding: 4px;",
        )
        self.pinned.hide()
        layout.addWidget(self.pinned)
        self.move_button.clicked.connect(self.ask_handoff)
        self.lead_button.clicked.connect(lambda: self.run_action("hot_lead"))
        self.feedback_button.clicked.connect(lambda: self.run_action("feedback"))
        self.set_conversation(None)

    def set_conversation(self, conversation_id: int | None) -> None:
        self.conversation_id = conversation_id
        for b in (self.move_button, self.lead_button, self.feedback_button):
            b.setEnabled(conversation_id is not None)
        if conversation_id is None:
            self.pinned.hide()
            self.pinned.setText("")
        else:
            self.reload()

    @asyncSlot()
    async def reload(self) -> None:
        cid = self.conversation_id
        if cid is None:
            return
        self._request += 1
        request = self._request
        try:
            notes = await run_blocking(self._notes, cid)
        except Exception:  # noqa: BLE001 - the pane shows why it cannot show the conversation
            notes = []
        if request != self._request:
            return
        if notes:
            # words, not an emoji: a workstation without a colour emoji font shows a box
            self.pinned.setText("\n".join(f"Pinned: {n.text}" for n in notes))
            self.pinned.show()
        else:
            self.pinned.hide()

    def _notes(self, cid: int) -> list[escalation.PinnedNote]:
        with self.console.session() as s:
            return escalation.pinned_notes(s, self.console.actor, cid)

    def _teams(self) -> list[tuple[int, str, str]]:
        with self.console.session() as s:
            return escalation.teams_for_handoff(s, self.console.actor)

    @asyncSlot()
    async def ask_handoff(self) -> None:
        cid = self.conversation_id
        if cid is None:
            return
        teams = await run_blocking(self._teams)
        self.dialog = HandoffDialog(teams, self)
        self.dialog.accepted.connect(
            lambda: self.run_action(
                "handoff", self.dialog.team.currentData(), self.dialog.note.toPlainText()
            )
        )
        self.dialog.open()

    @asyncSlot()
    async def run_action(self, kind: str, team_id: int | None = None, note: str = "") -> None:
        cid = self.conversation_id
        if cid is None:
            return
        self.in_flight.add(cid)
        try:
            result = await run_blocking(self._do, kind, cid, team_id, note)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.handed_off.emit(describe_error(exc))
            return
        finally:
            self.in_flight.discard(cid)
        self.handed_off.emit(f"Handed over to {result.team}.")
        self.moved.emit(cid, result.team, result.visible)
        if result.visible and self.conversation_id == cid:
            self.reload()

    def _do(self, kind: str, cid: int, team_id: int | None, note: str) -> escalation.HandoffResult:
        actor = self.console.actor
        with self.console.factory() as s, s.begin():
            if kind == "hot_lead":
                return escalation.hot_lead_to_sales(s, actor, cid)
            if kind == "feedback":
                return escalation.feedback_to_product(s, actor, cid)
            return escalation.handoff(s, actor, cid, team_id=team_id, note=note)
