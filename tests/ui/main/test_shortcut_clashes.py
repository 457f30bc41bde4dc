"""Every key of the main window does one thing, whoever is signed in."""

from __future__ import annotations

from tests.support.qt import running_qasync_loop


def test_no_two_actions_share_a_shortcut(qtbot, qapp, demo_console) -> None:
    """Two menu items on one key: Qt runs neither and says "ambiguous shortcut" only in a log."""
    from PySide6.QtGui import QAction

    from app.identity.auth import authenticate
    from ui.main.main_window import MainWindow
    from ui.widgets.tasks import MessageBridge

    with demo_console.session() as s:
        demo_console.actor = authenticate(s, "priya", "demo")  # PR: crisis, listening, publishing
    with running_qasync_loop(qapp):
        w = MainWindow(demo_console, MessageBridge())
        qtbot.addWidget(w)
        seen: dict[str, str] = {}
        clashes = []
        for act in w.findChildren(QAction):
            for key in act.shortcuts():
                k = key.toString()
                if not k:
                    continue
                if k in seen and seen[k] != act.text():
                    clashes.append(f"{k}: {seen[k]!r} and {act.text()!r}")
                seen.setdefault(k, act.text())
        w.close()
    assert clashes == []
