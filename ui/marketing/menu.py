"""The Marketing menu (the Posts window) and the Amplify dialog the main window opens when
the conversation pane asks (rooms do not import each other: the window wires them)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

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
        self.menu: QMenu = window.menuBar().addMenu("&Marketing")
        self.posts_action = QAction("&Posts and experiments…", window)
        self.posts_action.setObjectName("postsAction")
        self.posts_action.triggered.connect(self.open_posts)
        self.menu.addAction(self.posts_action)

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
