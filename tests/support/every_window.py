"""Open every window and dialog a person can reach, for checks that must walk all of them
(accessible names, fitting a laptop screen). Each is yielded shown, with a name for reports."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from app.db.models import Employee
from app.demo import DEMO_PASSWORD, demo_people
from app.identity.access import load_actor
from ui.main.main_window import MainWindow
from ui.main.signin import SignInDialog
from ui.widgets.tasks import MessageBridge


def _actor(console, name: str):
    with console.session() as s:
        return load_actor(s, s.scalar(select(Employee.id).where(Employee.username == name)))


def every_window(qtbot, console, who: str = "ines") -> Iterator[tuple[str, QWidget]]:
    """The sign-in dialog, the main window (then with all its docks shown), and each dialog its
    menus open, as ``who`` (ines, the IT admin, reaches the admin, accounts and routing ones)."""
    dialog = SignInDialog(lambda u, p: None, console.db_label, demo_people(), DEMO_PASSWORD)
    qtbot.addWidget(dialog)
    dialog.show()
    yield "sign-in", dialog
    dialog.close()

    console.actor = _actor(console, who)
    win = MainWindow(console, MessageBridge())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.model.loading, timeout=15_000)
    yield "main window", win

    # as the person opens them: Publishing → Approvals, Schedule; Accounts → Accounts…
    for dock in (win.publishing.approvals_dock, win.publishing.schedule_dock):
        if not dock.isVisible():
            dock.toggleViewAction().trigger()
    if win.accounts is not None:
        win.accounts.action.trigger()
    qtbot.wait(50)
    yield "main window with its docks", win

    win.open_admin_panel()
    panel = win.admin_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.employee_model.rowCount() > 0, timeout=15_000)
    yield "admin panel", panel
    panel.ask_add_employee()
    assert panel.dialog is not None
    yield "admin: add an employee", panel.dialog
    panel.dialog.close()
    panel.close()

    if win.routing_action.isEnabled():
        win.open_routing_editor()
        yield "routing rules", win.routing_editor
        win.routing_editor.close()

    win.open_voc()
    yield "voice of the customer", win.voc
    win.voc.close()

    win.listening.open()  # Listening → Listening view (marketing and PR; opened here for all)
    qtbot.waitUntil(lambda: win.listening.view.account_box.count() > 0, timeout=15_000)
    yield "listening", win.listening.view
    win.listening.view.close()

    win.show_shortcuts()
    yield "keyboard shortcuts", win.shortcuts_dialog
    win.shortcuts_dialog.close()

    win.open_preferences()
    yield "appearance and language", win._preferences
    win._preferences.reject()

    win.publishing.open_new_post()
    yield "new post", win.publishing.post_dialog
    win.publishing.post_dialog.close()

    posts = win.marketing.open_posts()
    yield "posts and experiments", posts
    posts.close()

    if win.accounts is not None:
        win.accounts.open_connect()
        qtbot.waitUntil(lambda: win.accounts.dialog is not None, timeout=15_000)
        yield "connect an account", win.accounts.dialog
        win.accounts.dialog.close()
    win.close()


def every_own_window(qtbot, console, who: str = "priya") -> Iterator[tuple[str, QWidget]]:
    """The windows of their own and the dialogs a PR lead reaches (``who`` holds crisis
    control, reports, listening and publishing): Reports, the publishing calendar, the post to
    several accounts, canned replies, the crisis room and its watch list, agents' capacity."""
    console.actor = _actor(console, who)
    win = MainWindow(console, MessageBridge())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.model.loading, timeout=15_000)

    win.reports_menu.open()
    reports = win.reports_menu.reports
    assert reports is not None
    yield "reports", reports
    reports.close()

    win.publishing.open_calendar()
    yield "publishing calendar", win.publishing.calendar
    win.publishing.calendar.close()

    win.publishing.open_multi_post(None)
    yield "post to several accounts", win.publishing.multi_post
    win.publishing.multi_post.close()

    win.publishing.open_canned_manager()
    yield "canned replies", win.publishing.canned_manager
    win.publishing.canned_manager.close()

    win.crisis.open_room()
    assert win.crisis.room is not None
    yield "crisis room", win.crisis.room
    win.crisis.room.close()

    win.crisis.open_watches()
    yield "crisis watches", win.crisis.watch_list
    win.crisis.watch_list.close()

    win.open_capacity()
    yield "agents' capacity", win.capacity_dialog
    win.capacity_dialog.close()
    win.close()
