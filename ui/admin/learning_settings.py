"""The admin panel's "Learning" tab: IT's switch for learning from the team's corrections.

Why here: the per-workspace model (app.learning) changes where messages are routed, so IT must
be able to stop it without a command line. Off drops the trained model at once (routing is the
shipped classifiers' again on the next batch) and keeps the corrections; on retrains from all
of them. The tab says how many corrections there are and what the model was trained on, read
and written in a worker thread; a refusal is said and the switch goes back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget
from qasync import asyncSlot
from sqlalchemy import func, select

from app.db.models import ClassificationLabel, LearnedModel
from app.learning import switch
from app.session.console import Console
from ui.i18n.counts import Count
from ui.widgets import accessible
from ui.widgets.tasks import describe_error, run_blocking

EXPLAIN = QT_TRANSLATE_NOOP(
    "ui.admin.learning_settings",
    "On: every correction an agent or lead makes (mood or intent set by hand, a hand-off to "
    "another team, a complaint tag) teaches this workspace's model, which the sync worker "
    "retrains in the background; routing uses its verdict where it is confident and the "
    "message's reasons say so.\n"
    "Off: routing uses the shipped classifiers only, and the trained model is dropped. "
    "Corrections are still kept, so switching on again learns from all of them.",
)


@dataclass(frozen=True)
class LearningState:
    on: bool
    corrections: int
    model_labels: int | None
    trained_at: datetime | None


def describe(state: LearningState) -> str:
    """What the model stands on, in words."""

    kept = QCoreApplication.translate("ui.admin.learning_settings", "{corrections} kept.").format(
        corrections=Count.tr("%Ln correction(s)", "", state.corrections)
    )
    if not state.on:
        return QCoreApplication.translate(
            "ui.admin.learning_settings", "Learning is off. {kept}"
        ).format(kept=kept)
    if state.model_labels is None or state.trained_at is None:
        return QCoreApplication.translate(
            "ui.admin.learning_settings",
            "{kept} No model trained yet: the sync worker trains one after a correction.",
        ).format(kept=kept)
    when = QLocale().toString(state.trained_at.astimezone(), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate(
        "ui.admin.learning_settings", "{kept} Model trained on {labels} at {when}."
    ).format(kept=kept, labels=Count.tr("%Ln label(s)", "", state.model_labels), when=when)


class LearningSettingsTab(QWidget):
    def __init__(self, console: Console, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.console = console
        #: finished loads and saves (tests wait on it)
        self.done = 0
        self.enabled = QCheckBox(self.tr("Learn from the team's corrections (used in routing)"))
        self.enabled.setObjectName("learningEnabled")
        self.enabled.setEnabled(False)
        self.enabled.clicked.connect(self.save)
        accessible.describe(
            self.enabled,
            self.tr("Ticked: corrected classifications teach routing; saved at once"),
        )
        explain = QLabel(QCoreApplication.translate("ui.admin.learning_settings", EXPLAIN))
        explain.setTextFormat(Qt.TextFormat.PlainText)
        explain.setWordWrap(True)
        self.state = QLabel(self.tr("Loading…"))
        self.state.setObjectName("learningState")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)
        self.status = QLabel("")
        self.status.setObjectName("learningStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addWidget(explain)
        layout.addWidget(self.state)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.load()

    def _read(self) -> LearningState:
        assert self.console.actor is not None
        ws = self.console.actor.workspace_id
        with self.console.session() as s:
            model = s.execute(
                select(LearnedModel.labels, LearnedModel.trained_at).where(
                    LearnedModel.workspace_id == ws
                )
            ).first()
            count = s.scalar(
                select(func.count(ClassificationLabel.id)).where(
                    ClassificationLabel.workspace_id == ws
                )
            )
            return LearningState(
                switch.enabled(s, ws),
                int(count or 0),
                None if model is None else model[0],
                None if model is None else model[1],
            )

    @asyncSlot()
    async def load(self) -> None:
        try:
            state = await run_blocking(self._read)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.state.setText(describe_error(exc))
        else:
            self._show(state.on)
            self.state.setText(describe(state))
        self.done += 1

    def _show(self, on: bool) -> None:
        self.enabled.blockSignals(True)
        self.enabled.setChecked(on)
        self.enabled.blockSignals(False)
        self.enabled.setEnabled(True)

    @asyncSlot()
    async def save(self) -> None:
        wanted = self.enabled.isChecked()
        actor = self.console.actor
        assert actor is not None

        def write() -> LearningState:
            with self.console.factory() as s, s.begin():
                switch.set_enabled(s, actor, wanted)
            return self._read()

        self.enabled.setEnabled(False)
        try:
            state = await run_blocking(write)
        except Exception as exc:  # noqa: BLE001 - shown in words, and the switch goes back
            self.status.setText(describe_error(exc))
            self._show(not wanted)
        else:
            self.status.setText(
                self.tr("Saved: routing learns from the team's corrections.")
                if wanted
                else self.tr(
                    "Saved: routing uses the shipped classifiers only; the model was dropped."
                )
            )
            self._show(wanted)
            self.state.setText(describe(state))
        self.done += 1
