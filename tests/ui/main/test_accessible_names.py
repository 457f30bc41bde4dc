"""Every focusable control of every window and dialog has an accessible name (what a screen
reader says when focus lands on it: its own, its text, or its form label's) and an accessible
description (what it does or holds, read after the name)."""

from __future__ import annotations

from itertools import chain

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from tests.support.every_window import every_own_window, every_window
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


def accessible_description(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    text = iface.text(QAccessible.Text.Description) if iface is not None else ""
    return (text or w.accessibleDescription() or "").strip()


def focusable_controls(window: QWidget) -> list[QWidget]:
    """The controls Tab can land on in this window (Qt's own parts are named by Qt)."""
    return [
        w
        for w in [window, *window.findChildren(QWidget)]
        if QWidget.window(w) is window  # (some of our widgets name an attribute "window")
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not w.objectName().startswith("qt_")
    ]


def unnamed_controls(window: QWidget) -> list[QWidget]:
    return [w for w in focusable_controls(window) if not accessible_name(w)]


def undescribed_controls(window: QWidget) -> list[QWidget]:
    """A name says what a control is; the description says what it does or holds, which a
    screen reader reads after a pause ("Search the inbox" is a name; what it searches and
    how to clear it is the description)."""
    return [w for w in focusable_controls(window) if not accessible_description(w)]


def owner_of(w: QWidget) -> str:
    """The nearest of our classes holding the control: where to add its description."""
    p: QWidget | None = w
    while p is not None:
        if type(p).__module__.startswith("ui."):
            return f"{type(p).__module__}.{type(p).__name__}"
        p = p.parentWidget()
    return "qt"


def _walk(qtbot, qapp, sqlite_url, check) -> dict[str, list[str]]:
    """Every window and dialog a person reaches; ``check`` picks the faulty controls of one."""
    from app.demo import ensure_demo_workspace
    from app.session.console import Console

    console = Console.open(sqlite_url)
    with console.factory() as s, s.begin():
        ensure_demo_workspace(s)
    found: dict[str, list[str]] = {}
    seen: set[int] = set()
    try:
        with running_qasync_loop(qapp):
            for where, window in chain(
                every_window(qtbot, console), every_own_window(qtbot, console)
            ):
                for w in check(window):
                    if id(w) in seen:
                        continue
                    seen.add(id(w))
                    found.setdefault(room_of(w), []).append(
                        f"{where}: {type(w).__name__} {w.objectName() or '(no object name)'}"
                        f" {accessible_name(w)!r} in {owner_of(w)}"
                    )
    finally:
        console.close()
    return found


def _report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"ui/{r}: {i}" for r, items in found.items() for i in items)


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_every_focusable_control_has_an_accessible_name(qtbot, qapp, sqlite_url) -> None:
    found = _walk(qtbot, qapp, sqlite_url, unnamed_controls)
    assert found == {}, _report(found)


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_every_focusable_control_has_an_accessible_description(qtbot, qapp, sqlite_url) -> None:
    found = _walk(qtbot, qapp, sqlite_url, undescribed_controls)
    assert found == {}, _report(found)
