"""Run by test_fits_a_laptop.py in its own process, on an offscreen screen of 1366×768 (a screen
size cannot change inside one Qt process). Not collected on its own: the name has no test_."""

from __future__ import annotations

import itertools
import json
import os

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from tests.support.every_window import every_own_window, every_window
from tests.support.qt import running_qasync_loop


def _in_a_background_tab(w: QWidget) -> bool:
    """Docks tabbed behind another are moved out of the window by Qt on purpose."""
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QDockWidget):
            main = p.parentWidget()
            return bool(main.tabifiedDockWidgets(p)) and not main.rect().intersects(p.geometry())
        p = p.parentWidget()
    return False


def _outside(window: QWidget) -> list[str]:
    """Visible buttons that the window's own area does not hold (off-screen or clipped)."""
    area = window.rect()
    out = []
    for b in window.findChildren(QAbstractButton):
        if not b.isVisibleTo(window) or b.window() is not window or _in_a_background_tab(b):
            continue
        top_left = b.mapTo(window, b.rect().topLeft())
        bottom_right = b.mapTo(window, b.rect().bottomRight())
        if not (area.contains(top_left) and area.contains(bottom_right)):
            out.append(b.objectName() or b.text() or type(b).__name__)
    return out


def _cut_filters(window) -> list[str]:
    """The inbox filters whose shown text does not fit their box (Qt elides it, "Any netwo…")."""
    bar = getattr(window, "filter_bar", None)
    if bar is None:
        return []
    cut = []
    for box in bar.findChildren(QComboBox):
        opt = QStyleOptionComboBox()
        box.initStyleOption(opt)
        text = box.fontMetrics().horizontalAdvance(box.currentText())
        field = box.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, box
        )
        if field.width() < text:
            cut.append(f"{box.objectName()}: {box.currentText()!r} in {field.width()} px")
    return cut


def _submit_visible(window) -> bool:
    """The composer's Submit is wholly on the window, not scrolled or clipped away."""
    pane = getattr(window, "right_pane", None)
    if pane is not None:  # the composer shows once a conversation is open, as a person has it
        pane.setCurrentIndex(pane.count() - 1)
        QApplication.processEvents()
    b = window.publishing.composer.submit_button
    return b.isVisible() and b.visibleRegion().boundingRect().size() == b.size()


# the publishing room raises its new-post dialog, which the offscreen platform cannot do
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_report_every_window_at_the_laptop_size(qtbot, qapp, demo_console) -> None:
    screen = QApplication.primaryScreen().availableGeometry()
    assert (screen.width(), screen.height()) == (1366, 768)
    report = []
    with running_qasync_loop(qapp):
        windows = itertools.chain(
            every_window(qtbot, demo_console), every_own_window(qtbot, demo_console)
        )
        for name, w in windows:
            qtbot.wait(30)
            frame = w.frameGeometry()
            hint = w.minimumSizeHint()
            report.append(
                {
                    "name": name,
                    "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                    "minimum": [hint.width(), hint.height()],
                    "outside": _outside(w),
                    "cut_filters": _cut_filters(w),
                    "pane": w.right_pane.width() if hasattr(w, "right_pane") else None,
                    "pane_open": w.right_pane.currentIndex() == 1
                    if hasattr(w, "right_pane")
                    else None,
                    "list": w.table.width() if hasattr(w, "table") else None,
                    "submit_visible": _submit_visible(w) if name.startswith("main") else None,
                }
            )
    with open(os.environ["LAPTOP_REPORT"], "w", encoding="utf-8") as f:
        json.dump(report, f)
