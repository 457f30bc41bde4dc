"""The Take next button (key T): asks the database for the most urgent unassigned conversation
of my queues and opens it; says in words why there was none (empty queues, capacity, away)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget
from qasync import asyncSlot

from app.inbox.take_next import TakeResult, take_next
from app.session.console import Console
from ui.widgets.tasks import describe_error, run_blocking


class TakeNextButton(QPushButton):
    #: a conversation was taken: (its id, the sentence to show)
    taken = Signal(int, str)
    #: nothing was taken: the reason in words
    refused = Signal(str)

    def __init__(self, console: Console, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Take next  (T)"))
        self.setObjectName("takeNextButton")
        self.console = console
        self.setToolTip(
            self.tr(
                "Take the most urgent unassigned conversation of your team queues (SLA first, then priority, then the longest waiting)."
            )
        )
        self.setAccessibleName(self.tr("Take next conversation"))
        self.clicked.connect(self.take)
        self.last: TakeResult | None = None

    def _take(self) -> TakeResult:
        actor = self.console.actor
        assert actor is not None
        with self.console.factory() as s, s.begin():
            return take_next(s, actor, origin=self.console.origin)

    @asyncSlot()
    async def take(self) -> None:
        if not self.isEnabled():
            return  # one take at a time: a double press is one conversation
        self.setEnabled(False)
        try:
            result = await run_blocking(self._take)
        except Exception as exc:  # noqa: BLE001 - said in words, nothing taken
            self.refused.emit(describe_error(exc))
            return
        finally:
            self.setEnabled(True)
        self.last = result
        if result.conversation_id is None:
            self.refused.emit(result.message)
        else:
            self.taken.emit(result.conversation_id, result.message)
