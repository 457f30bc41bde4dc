"""The status bar's availability control, and the heartbeat that says "still signed in".

Auto-assignment only gives work to people who are available *and* whose workstation beat in
the last minute (app.routing.autoassign), so the heartbeat runs every 15 s while the window
is open, and signing out clears it at once.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget
from qasync import asyncSlot

from app.db.models import Availability
from app.routing import autoassign
from app.session.console import Console
from ui.widgets.tasks import MessageBridge, describe_error, run_blocking

TITLES = {
    Availability.AVAILABLE.value: QT_TRANSLATE_NOOP("AvailabilityControl", "Available"),
    Availability.BUSY.value: QT_TRANSLATE_NOOP("AvailabilityControl", "Busy (no new work)"),
    Availability.AWAY.value: QT_TRANSLATE_NOOP("AvailabilityControl", "Away"),
}


class AvailabilityControl(QWidget):
    def __init__(
        self, console: Console, bridge: MessageBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        assert console.actor is not None
        self.console = console
        self.bridge = bridge
        self.actor = console.actor
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Status:")))
        self.combo = QComboBox()
        self.combo.setObjectName("availability")
        self.combo.setToolTip(
            self.tr("New conversations are assigned only to people who are available.")
        )
        for value, title in TITLES.items():
            self.combo.addItem(self.tr(title), value)
        layout.addWidget(self.combo)
        self._applied: str | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("heartbeat")
        self.timer.setInterval(autoassign.HEARTBEAT_SECONDS * 1000)
        self.timer.timeout.connect(self.beat)
        self.timer.start()
        self.combo.currentIndexChanged.connect(self._chosen)
        self.load()

    @asyncSlot()
    async def load(self) -> None:
        try:
            state = await run_blocking(self._load)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.bridge.say("error", describe_error(exc))
            return
        self._applied = state
        idx = self.combo.findData(state)
        if idx >= 0 and idx != self.combo.currentIndex():
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(idx)
            self.combo.blockSignals(False)

    def _load(self) -> str:
        with self.console.factory() as s, s.begin():
            autoassign.heartbeat(s, self.actor.employee_id)
            return autoassign.availability_of(s, self.actor.employee_id)

    @asyncSlot()
    async def beat(self) -> None:
        try:
            await run_blocking(self._beat)
        except Exception:  # noqa: BLE001 - the next beat tries again; the feed shows outages
            return

    def _beat(self) -> None:
        with self.console.factory() as s, s.begin():
            autoassign.heartbeat(s, self.actor.employee_id)

    @asyncSlot()
    async def _chosen(self, _index: int) -> None:
        state = self.combo.currentData()
        if state == self._applied:
            return
        try:
            await run_blocking(self._set, state)
        except Exception as exc:  # noqa: BLE001
            self.bridge.say("error", describe_error(exc))
            idx = self.combo.findData(self._applied)
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(max(idx, 0))
            self.combo.blockSignals(False)
            return
        self._applied = state
        self.bridge.say(
            "info",
            self.tr("You are now {state}.").format(
                state=self.tr(TITLES[state]).split(" (")[0].lower()
            ),
        )

    def _set(self, state: str) -> None:
        with self.console.factory() as s, s.begin():
            autoassign.set_availability(s, self.actor, state)

    def sign_off(self) -> None:
        """Called when the window closes: no more work until the person is back."""
        self.timer.stop()
        try:
            with self.console.factory() as s, s.begin():
                autoassign.sign_off(s, self.actor.employee_id)
        except Exception:  # noqa: BLE001 - the heartbeat window expires anyway
            pass
