"""Windows that fit the screen they open on, down to a 1366×768 laptop.

A window asks for the size it would like; on a smaller screen it gets what the screen's free
area (without panels and docks) holds, and opens inside it. Panes whose controls need more height
than a small window leaves scroll instead of pushing the window past the screen's edge.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

#: room for the window manager's title bar and borders around a window's own area
FRAME_ALLOWANCE = (16, 40)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to (width, height) or less, and move the window inside the free area."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    free = screen.availableGeometry()
    w = min(width, free.width() - FRAME_ALLOWANCE[0])
    h = min(height, free.height() - FRAME_ALLOWANCE[1])
    window.resize(w, h)
    x = free.x() + max(0, (free.width() - w - FRAME_ALLOWANCE[0]) // 2)
    y = free.y() + max(0, (free.height() - h - FRAME_ALLOWANCE[1]) // 2)
    window.move(x, y)


def scrollable(widget: QWidget, name: str) -> QScrollArea:
    """The widget in a frameless scroll area: small windows scroll it rather than grow."""
    area = QScrollArea()
    area.setObjectName(name)
    # a frame, not a control: focus goes to what it holds
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return area
