"""Keys every secondary window shares.

A dialog closes on Escape by itself; a window of its own (Reports, Listening, the crisis room,
the calendar) does not, so from the keyboard alone it could be opened but never closed. The
platform's own Close key does it here (Ctrl+W on Linux and Windows' Ctrl+F4, Cmd+W on macOS),
as it does in browsers and editors.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def closes_on_close_key(window: QWidget) -> QAction:
    """Bind the platform's Close key to ``window.close`` (only while that window is active)."""
    action = QAction(QCoreApplication.translate("ui.widgets.keys", "Close this window"), window)
    action.setObjectName("closeWindowAction")
    action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Close))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(window.close)
    window.addAction(action)
    return action
