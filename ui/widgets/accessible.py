"""What a screen reader says about a control: its name (what it is), then after a pause its
description (what it does or holds, and the key that works it).

One helper sets both, so a control never gets a name without a description (the test
tests/ui/main/test_accessible_names.py walks every window and fails on either missing).
Qt's own parts that a window cannot name itself — the standard buttons of a dialog's button
box, the scroll arrows a tab bar adds when its tabs do not fit — are described here once.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QTabBar, QTabWidget, QToolButton, QWidget

W = TypeVar("W", bound=QWidget)


def describe(widget: W, description: str, name: str | None = None) -> W:
    """Give ``widget`` its description (and its name, when its own text is not one).

    Both arrive translated: pass ``self.tr("…")``. Returns the widget so a constructor can be
    wrapped in place."""
    if name is not None:
        widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    return widget


def _standard_descriptions() -> dict[QDialogButtonBox.StandardButton, str]:
    sb = QDialogButtonBox.StandardButton
    return {
        sb.Ok: QCoreApplication.translate(
            "ui.widgets.accessible", "Keeps what you entered and closes this window"
        ),
        sb.Save: QCoreApplication.translate(
            "ui.widgets.accessible", "Keeps what you entered and closes this window"
        ),
        sb.Apply: QCoreApplication.translate(
            "ui.widgets.accessible", "Keeps what you entered; the window stays open"
        ),
        sb.Cancel: QCoreApplication.translate(
            "ui.widgets.accessible", "Closes this window without keeping any change (Escape)"
        ),
        sb.Close: QCoreApplication.translate(
            "ui.widgets.accessible", "Closes this window (Escape)"
        ),
        sb.Discard: QCoreApplication.translate(
            "ui.widgets.accessible", "Closes this window and drops what you entered"
        ),
        sb.Yes: QCoreApplication.translate("ui.widgets.accessible", "Answers yes"),
        sb.No: QCoreApplication.translate("ui.widgets.accessible", "Answers no"),
        sb.Reset: QCoreApplication.translate(
            "ui.widgets.accessible", "Puts back the values this window opened with"
        ),
        sb.RestoreDefaults: QCoreApplication.translate(
            "ui.widgets.accessible", "Puts back the console's default values"
        ),
        sb.Help: QCoreApplication.translate(
            "ui.widgets.accessible", "Shows help about this window"
        ),
    }


def describe_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Describe the standard buttons of ``box`` (its own buttons keep theirs)."""
    texts = _standard_descriptions()
    for button in box.buttons():
        which = box.standardButton(button)
        if which in texts and not button.accessibleDescription():
            button.setAccessibleDescription(texts[which])
    return box


def describe_tab_bar(tabs: QTabWidget | QTabBar, description: str | None = None) -> None:
    """Describe a tab bar and the scroll arrows Qt gives it when its tabs do not fit.

    ``description`` (translated) replaces the generic one for the bar itself."""
    bar = tabs.tabBar() if isinstance(tabs, QTabWidget) else tabs
    if isinstance(tabs, QTabWidget) and not tabs.accessibleDescription():
        tabs.setAccessibleDescription(
            description
            or QCoreApplication.translate(
                "ui.widgets.accessible", "Pages of this window; Ctrl+Tab moves to the next page"
            )
        )
    if not bar.accessibleDescription():
        bar.setAccessibleDescription(
            description
            or QCoreApplication.translate(
                "ui.widgets.accessible", "Tabs; the Left and Right arrow keys move between them"
            )
        )
    arrows = {
        "ScrollLeftButton": QCoreApplication.translate(
            "ui.widgets.accessible", "Shows the tabs hidden on the left"
        ),
        "ScrollRightButton": QCoreApplication.translate(
            "ui.widgets.accessible", "Shows the tabs hidden on the right"
        ),
    }
    for arrow in bar.findChildren(QToolButton):
        if arrow.objectName() in arrows:
            arrow.setAccessibleDescription(arrows[arrow.objectName()])
