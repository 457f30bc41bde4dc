"""The Listening menu of the main window: opens the Listening view (its own window)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.db.changes import Change
from app.identity.access import Permission
from app.listening.watches import may_manage
from app.session.console import Console


class ListeningMenu:
    def __init__(self, window: QMainWindow, console: Console) -> None:
        self.window = window
        self.console = console
        self.view = None
        self.menu: QMenu = window.menuBar().addMenu(
            QCoreApplication.translate("ui.listening.menu", "&Listening")
        )
        self.open_action = QAction(
            QCoreApplication.translate("ui.listening.menu", "&Listening view…"), window
        )
        self.open_action.setObjectName("listeningAction")
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.open_action.triggered.connect(self.open)
        self.menu.addAction(self.open_action)
        actor = console.actor
        # marketing and PR (manage_listening); PR also reads it for the crisis
        self.menu.menuAction().setVisible(
            actor is not None
            and (may_manage(actor) or actor.can_somewhere(Permission.CRISIS_CONTROL))
        )

    def open(self) -> None:
        from ui.listening.window import ListeningWindow

        if self.view is None:
            self.view = ListeningWindow(self.console, self.window)
        self.view.show()
        self.view.activateWindow()

    def on_changes(self, batch: Sequence[Change]) -> None:
        if self.view is not None:
            self.view.on_changes(batch)
