"""Tray pop-ups for the signed-in employee's new notifications: assignments, @mentions, SLA breaches.

After each change batch the notifier reads the employee's notifications newer than the last one
it saw and shows them in the system tray when the desktop has one. Nothing is lost when there is
no tray or the pop-up is missed: every notification stays in the notification centre
(ui/notify/centre.py), which the main window reloads when the notifier says something came.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

from app.notify import notifications
from app.notify.notifications import NotificationView
from app.session.console import Console
from ui.i18n.counts import Count
from ui.widgets.tasks import run_blocking

log = logging.getLogger(__name__)

TITLES = {
    "assignment": QT_TRANSLATE_NOOP("Notifier", "New assignment"),
    "mention": QT_TRANSLATE_NOOP("Notifier", "You were mentioned"),
    "sla_breach": QT_TRANSLATE_NOOP("Notifier", "SLA breach"),
    "crisis_alert": QT_TRANSLATE_NOOP("Notifier", "Crisis alert"),
    "crisis": QT_TRANSLATE_NOOP("Notifier", "Crisis"),
}


#: notifications read per query (newer_than's limit)
PAGE = 50


class Notifier(QObject):
    notified = Signal(object)  # NotificationView

    def __init__(self, console: Console, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.console = console
        self.last_id: int | None = None
        self.shown: list[NotificationView] = []
        self._busy = False
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            style = QApplication.style()
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("Social Console"))
            self.tray.show()

    async def check(self) -> None:
        if self.console.actor is None:
            return
        if self._busy:
            # a change came while reading: read again afterwards, or it would wait for the next
            self._again = True
            return
        self._busy = True
        try:
            actor = self.console.actor
            if self.last_id is None:
                self.last_id = await run_blocking(self._latest, actor)
                return
            new = await run_blocking(self._newer, actor, self.last_id)
        finally:
            self._busy = False
            if getattr(self, "_again", False):
                self._again = False
                asyncio.ensure_future(self.check())
        for n in new:
            self.last_id = max(self.last_id or 0, n.id)
            self.shown.append(n)
            if self.tray is not None:
                self.tray.showMessage(
                    self.tr(TITLES.get(n.kind, "Social Console")),
                    n.text,
                    QSystemTrayIcon.MessageIcon.Information,
                    8000,
                )
            self.notified.emit(n)

    def _latest(self, actor: object) -> int:
        with self.console.session() as s:
            return notifications.latest_id(s, actor)  # type: ignore[arg-type]

    def _newer(self, actor: object, after: int) -> list[NotificationView]:
        """Every notification after ``after``, page by page: a flood (a surge's assignments)
        must not hide the one that came after it until some later change wakes us."""
        out: list[NotificationView] = []
        with self.console.session() as s:
            while True:
                page = notifications.newer_than(s, actor, after)  # type: ignore[arg-type]
                out += page
                if len(page) < PAGE:
                    return out
                after = page[-1].id

    def set_unread(self, n: int) -> None:
        """The tray icon's tooltip carries the centre's unread count."""
        if self.tray is not None:
            self.tray.setToolTip(
                self.tr("Social Console — {notifications}").format(
                    notifications=Count.tr("%Ln unread notification(s)", "", n)
                )
                if n
                else self.tr("Social Console — no unread notifications")
            )

    def close(self) -> None:
        if self.tray is not None:
            self.tray.hide()
