"""Every focusable control of every window and dialog has an accessible name (what a screen
reader says when focus lands on it): its own, its text, or its form label's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from tests.support.every_window import every_window
from tests.support.qt import running_qasync_loop


def room_of(w: QWidget) -> str:
    """The ui/ room whose widget holds this control (the nearest of our classes above it)."""
    p: QWidget | None = w
    while p is not None:
        module = type(p).__module__
        if module.startswith("ui."):
            return module.split(".")[1]
        p = p.parentWidget()
    return "qt"


def accessible_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (name or w.accessibleName() or "").strip()


def unnamed_controls(window: QWidget) -> list[QWidget]:
    out = []
    for w in [window, *window.findChildren(QWidget)]:
        if w.window() is not window or not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if w.objectName().startswith("qt_"):  # Qt's own parts (dock buttons…) are named by Qt
            continue
        if not accessible_name(w):
            out.append(w)
    return out


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_every_focusable_control_has_an_accessible_name(qtbot, qapp, sqlite_url) -> None:
    from app.demo import ensure_demo_workspace
    from app.session.console import Console

    console = Console.open(sqlite_url)
    with console.factory() as s, s.begin():
        ensure_demo_workspace(s)
    found: dict[str, list[str]] = {}
    seen: set[int] = set()
    try:
        with running_qasync_loop(qapp):
            for where, window in every_window(qtbot, console):
                for w in unnamed_controls(window):
                    if id(w) in seen:
                        continue
                    seen.add(id(w))
                    found.setdefault(room_of(w), []).append(
                        f"{where}: {type(w).__name__} {w.objectName() or '(no object name)'}"
                    )
    finally:
        console.close()
    assert found == {}, "\n".join(f"ui/{r}: {i}" for r, items in found.items() for i in items)
