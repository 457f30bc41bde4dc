"""Mood and intent of the open conversation, why the classifier said so, and "Correct…".

Why a bar of its own in the conversation pane: the person reading the thread is the one who
knows the classifier was wrong ("this is a lead, not a question"). Their correction changes the
conversation at once and is kept as a label that teaches the workspace's model
(app.learning.corrections.correct), so the next similar message is routed the way they meant.
The reasons come from the message's stored evidence (app.classify.reasons), shown as plain
text: they quote customer words.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget
from qasync import asyncSlot

from app.classify import Intent
from app.classify.reasons import reasons_for_message
from app.db.models import Conversation
from app.identity.access import AccessDenied, can_read
from app.learning import corrections
from app.session.console import Console
from ui.widgets.tasks import describe_error, run_blocking
from ui.widgets.text import plain_tooltip

MOODS = ("positive", "neutral", "negative")


def intent_words(intent: str | None) -> str:
    """'purchase_intent' → 'purchase intent'; no intent → 'not classified'."""
    if intent:
        return intent.replace("_", " ")
    return QCoreApplication.translate("ui.inbox.correction", "not classified")


@dataclass(frozen=True)
class Labels:
    """What the bar shows for one conversation."""

    mood: str | None
    intent: str | None
    reasons: list[str]


class CorrectionBar(QWidget):
    """One line: "Mood: negative · Intent: complaint" with the reasons on hover, and a
    "Correct…" menu (mood, intent) that stores the person's word off the UI thread."""

    #: a correction was stored for this conversation (the pane reloads)
    corrected = Signal(int)

    def __init__(self, console: Console, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionBar")
        self.console = console
        self.conversation_id: int | None = None
        self.labels: Labels | None = None
        self._request = 0
        #: finished loads and corrections (tests wait on them)
        self.loads = 0
        self.corrections = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel("")
        self.summary.setObjectName("classificationSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QToolButton()
        self.button.setObjectName("correctButton")
        self.button.setText(self.tr("Correct…"))
        self.button.setToolTip(
            self.tr(
                "Set the mood or intent yourself: the conversation changes now, and the team's model learns from it for the next similar message."
            )
        )
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.mood_menu = self.menu.addMenu(self.tr("Mood"))
        self.intent_menu = self.menu.addMenu(self.tr("Intent"))
        #: (field, value) → the menu's action, for keyboard users and tests
        self.choices: dict[tuple[str, str], QAction] = {}
        for mood in MOODS:
            act = self.mood_menu.addAction(mood.capitalize())
            act.setCheckable(True)
            act.triggered.connect(lambda _c=False, m=mood: self.correct(mood=m))
            self.choices[("mood", mood)] = act
        for intent in Intent:
            act = self.intent_menu.addAction(intent_words(intent.value).capitalize())
            act.setCheckable(True)
            act.triggered.connect(lambda _c=False, i=intent.value: self.correct(intent=i))
            self.choices[("intent", intent.value)] = act
        self.button.setMenu(self.menu)
        self.notice = QLabel("")
        self.notice.setObjectName("correctionNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        row.addWidget(self.summary)
        row.addWidget(self.button)
        row.addStretch(1)
        outer.addLayout(row)
        # on a line of its own: beside the labels, a narrow pane wrapped it into a column
        outer.addWidget(self.notice)
        self._say("")
        self.set_conversation(None)

    # -- showing -------------------------------------------------------------------------------
    def set_conversation(self, conversation_id: int | None, *, can_work: bool = True) -> None:
        """Show the labels of ``conversation_id`` (loaded off the UI thread)."""
        if conversation_id != self.conversation_id:
            self._say("")
        self.conversation_id = conversation_id
        self.button.setEnabled(conversation_id is not None and can_work)
        if conversation_id is None:
            self._request += 1
            self.labels = None
            self.summary.setText("")
            self.summary.setToolTip("")
            return
        self.reload()

    @asyncSlot()
    async def reload(self) -> None:
        cid = self.conversation_id
        if cid is None:
            return
        self._request += 1
        request = self._request
        try:
            labels = await run_blocking(self._load, cid)
        except Exception as exc:  # noqa: BLE001 - shown in words
            if request == self._request:
                self.summary.setText(self.tr("Mood and intent unavailable"))
                self.summary.setToolTip(plain_tooltip(describe_error(exc)))
                self.loads += 1
            return
        if request != self._request:
            return
        self._show(labels)
        self.loads += 1

    def _load(self, cid: int) -> Labels:
        actor = self.console.actor
        with self.console.session() as s:
            conv = s.get(Conversation, cid)
            if conv is None or actor is None or not can_read(actor, conv):
                raise AccessDenied("This conversation does not exist or is outside your scope.")
            message = corrections.latest_inbound(s, cid)
            reasons = reasons_for_message(s, message.id) if message is not None else []
            mood = None if conv.sentiment is None else corrections.mood_of(conv.sentiment)
            return Labels(mood, conv.intent, reasons)

    def _show(self, labels: Labels) -> None:
        self.labels = labels
        self.summary.setText(
            self.tr("Mood: {mood} · Intent: {intent}").format(
                mood=labels.mood or self.tr("not classified"), intent=intent_words(labels.intent)
            )
        )
        why = "\n".join(labels.reasons) or self.tr(
            "No classifier evidence was stored for this message."
        )
        self.summary.setToolTip(plain_tooltip(self.tr("Why:") + "\n" + why))
        for (field, value), act in self.choices.items():
            act.setChecked(value == (labels.mood if field == "mood" else labels.intent))

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- correcting ----------------------------------------------------------------------------
    @asyncSlot()
    async def correct(self, *, intent: str | None = None, mood: str | None = None) -> None:
        """Store the person's word on the conversation (app.learning.corrections.correct)."""
        cid, actor, origin = self.conversation_id, self.console.actor, self.console.origin
        if cid is None or actor is None:
            return

        def work() -> int:
            with self.console.factory() as s, s.begin():
                return corrections.correct(s, actor, cid, intent=intent, mood=mood, origin=origin)

        what = f"Mood set to {mood}" if mood else f"Intent set to {intent_words(intent)}"
        self._say(f"{what}…")
        try:
            stored = await run_blocking(work)
        except Exception as exc:  # noqa: BLE001 - shown in words
            if cid == self.conversation_id:
                self._say(f"Not corrected: {describe_error(exc)}")
            self.corrections += 1
            return
        if cid == self.conversation_id:
            self._say(
                f"{what}; the team's model learns from it."
                if stored
                else "Nothing to correct: it already says so."
            )
            self.reload()
        self.corrections += 1
        if stored:
            self.corrected.emit(cid)
