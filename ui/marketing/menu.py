"""The Marketing menu (the Posts window) and the Amplify dialog the main window opens when
the conversation pane asks (rooms do not import each other: the window wires them)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from app.db.changes import Change
from app.session.console import Console
from ui.marketing.amplify_dialog import AmplifyDialog
from ui.marketing.posts_view import PostsWindow


class MarketingUi:
    """Owns the Posts window and opens the Amplify dialog for the pane's praise."""

    def __init__(self, window: QMainWindow, console: Console) -> None:
        self.window = window
        self.console = console
        self.posts_window: PostsWindow | None = None
        self.amplify_dialog: AmplifyDialog | None = None
        self.menu: QMenu = window.menuBar().addMenu(
            QCoreApplication.translate("ui.marketing.menu", "&Marketing")
        )
        self.posts_action = QAction(
            QCoreApplication.translate("ui.marketing.menu", "&Posts and experiments…"), window
        )
        self.posts_action.setObjectName("postsAction")
        self.posts_action.triggered.connect(self.open_posts)
        self.menu.addAction(self.posts_action)
        # new readings arrive every minute or so: one reload for a burst of them
        self._refresh = QTimer(window)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(500)
        self._refresh.timeout.connect(self._reload_posts)

    def on_changes(self, batch: Sequence[Change]) -> None:
        """New metrics, a new experiment or a post sent: the open Posts window reads again."""
        if self.posts_window is None or not self.posts_window.isVisible():
            return
        if any(ch.topic in ("post_metric", "experiment", "outbox") for ch in batch):
            self._refresh.start()

    def _reload_posts(self) -> None:
        if self.posts_window is not None and self.posts_window.isVisible():
            self.posts_window.reload()

    def open_posts(self) -> PostsWindow:
        if self.posts_window is None:
            self.posts_window = PostsWindow(self.console, self.window)
        else:
            self.posts_window.reload()
        self.posts_window.show()
        self.posts_window.activateWindow()
        return self.posts_window

    def open_amplify(self, conversation_id: int) -> AmplifyDialog:
        self.amplify_dialog = AmplifyDialog(self.console, conversation_id, self.window)
        self.amplify_dialog.show()
        return self.amplify_dialog
