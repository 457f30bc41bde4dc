"""Every flow works from the keyboard alone (issue 18, item 5), on both backends.

The real application is driven by key presses only, each sent where a keyboard sends it — the
focused widget, or the open popup menu — never a mouse click or a direct call: sign in, walk
the inbox with the arrow keys, open a conversation, reach the reply editor and send a reply,
open the composer by its shortcut and submit a post, open an admin dialog from its menu and
close it with Escape, open the Reports window and change its period, and Tab through the main
window until focus has been in every dock.
"""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from sqlalchemy import select

from app.db.models import OutboxItem
from app.demo import ensure_demo_workspace
from app.identity import provisioning
from app.session.console import Console
from tests.support.inbox import seed
from tests.support.qt import running_qasync_loop
from ui.app import ConsoleApp, GuiOptions

WAIT = 20_000
Key = Qt.Key
Mod = Qt.KeyboardModifier


def _prepare(db_url: str) -> list[int]:
    """Priya (PR: reads everything, replies, posts, reads reports) is also given IT's role,
    so the admin menu is hers too; three customers wait in the inbox."""
    console = Console.open(db_url)
    try:
        with console.factory() as s, s.begin():
            ensure_demo_workspace(s)
        with console.factory() as s, s.begin():
            provisioning.grant_role(s, provisioning.system_actor(s), "priya", "it admin")
        return seed(console, ["where is my parcel", "the app crashes", "love the new colours"])
    finally:
        console.close()


def _focus() -> QWidget:
    """Where a key press goes: the open popup (a menu), else the focused widget."""
    w = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert w is not None, "no widget has the keyboard focus"
    return w


def _back_to(qtbot, window: QWidget) -> None:
    """A dialog closed: the window manager gives the activation back to the window beneath (the
    offscreen platform has none, so the test does what it would), and the keys go there."""
    if QApplication.activeWindow() is None:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)


def _dock_of(w: QWidget | None) -> QDockWidget | None:
    while w is not None:
        if isinstance(w, QDockWidget):
            return w
        w = w.parentWidget()
    return None


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: raise, keyboard grab
def test_every_flow_from_the_keyboard_alone(qtbot, qapp, db_url, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SOCIAL_CONSOLE_HOME", str(tmp_path / "home"))
    ids = _prepare(db_url)

    def key(k: Qt.Key, mod: Qt.KeyboardModifier = Mod.NoModifier) -> None:
        qtbot.keyClick(_focus(), k, mod)

    def type_(text: str) -> None:
        qtbot.keyClicks(_focus(), text)

    with running_qasync_loop(qapp):
        app = ConsoleApp(qapp, GuiOptions(db_url=db_url, demo=True, demo_rate=0.0))
        app._task = asyncio.ensure_future(app.start())  # type: ignore[attr-defined]
        try:
            # -- sign in: name, Tab, password, Enter ------------------------------------
            qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible(), timeout=WAIT)
            assert app.dialog is not None
            qtbot.waitUntil(lambda: QApplication.focusWidget() is app.dialog.username)
            type_("priya")
            key(Key.Key_Tab)
            type_("demo")
            key(Key.Key_Return)
            qtbot.waitUntil(lambda: app.window is not None, timeout=WAIT)
            w = app.window
            assert w is not None and app.console is not None
            w.resize(1366, 768)
            qtbot.waitUntil(lambda: w.model.rowCount() == 3 and not w.model.loading, timeout=WAIT)
            qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT)

            # -- the inbox with the arrow keys: Tab reaches the list, Down opens ---------
            for _ in range(40):
                if _focus() is w.table:
                    break
                key(Key.Key_Tab)
            assert _focus() is w.table, "Tab never reached the inbox list"
            key(Key.Key_Down)
            first = w.conversation.conversation_id
            assert first in ids
            key(Key.Key_Down)
            qtbot.waitUntil(lambda: w.conversation.conversation_id not in (None, first))
            key(Key.Key_Up)
            qtbot.waitUntil(lambda: w.conversation.conversation_id == first)
            thread = w.conversation.thread
            qtbot.waitUntil(lambda: thread.toPlainText().strip() != "", timeout=WAIT)

            # -- reply: R puts the cursor in the reply editor; Ctrl+Enter sends ---------
            composer = w.publishing.composer
            qtbot.waitUntil(lambda: composer.editor.isEnabled(), timeout=WAIT)
            key(Key.Key_R)
            qtbot.waitUntil(lambda: _focus() is composer.editor, timeout=WAIT)
            type_("Thanks, we are on it.")
            key(Key.Key_Return, Mod.ControlModifier)
            qtbot.waitUntil(lambda: composer.message.text() != "", timeout=WAIT)
            with app.console.session() as s:
                sent = s.scalar(select(OutboxItem).where(OutboxItem.conversation_id == first))
                assert sent is not None and sent.text.startswith("Thanks, we are on it.")

            # -- a new post: Ctrl+Shift+N opens the composer, Ctrl+Enter submits --------
            key(Key.Key_N, Mod.ControlModifier | Mod.ShiftModifier)
            qtbot.waitUntil(
                lambda: (
                    w.publishing.post_dialog is not None and w.publishing.post_dialog.isVisible()
                ),
                timeout=WAIT,
            )
            post = w.publishing.post_dialog.composer
            qtbot.waitUntil(lambda: _focus() is post.editor, timeout=WAIT)
            # the brand accounts arrive off the UI thread; the first one is picked for her
            qtbot.waitUntil(lambda: post.account_combo.currentData() is not None, timeout=WAIT)
            type_("Spring is here: new colours in the shop.")
            key(Key.Key_Return, Mod.ControlModifier)
            qtbot.waitUntil(lambda: post.message.text() != "", timeout=WAIT)
            with app.console.session() as s:
                posted = s.scalar(
                    select(OutboxItem).where(
                        OutboxItem.text.startswith("Spring is here: new colours in the shop.")
                    )
                )
                assert posted is not None, post.message.text()
            key(Key.Key_Escape)
            qtbot.waitUntil(lambda: not w.publishing.post_dialog.isVisible(), timeout=WAIT)
            _back_to(qtbot, w)

            # -- an admin dialog: Alt+A, Enter opens it; Escape closes it ---------------
            key(Key.Key_A, Mod.AltModifier)
            qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=WAIT)
            key(Key.Key_Return)
            qtbot.waitUntil(
                lambda: w.admin_panel is not None and w.admin_panel.isVisible(), timeout=WAIT
            )
            panel = w.admin_panel
            qtbot.waitUntil(lambda: QApplication.activeWindow() is panel, timeout=WAIT)
            key(Key.Key_Escape)
            qtbot.waitUntil(lambda: not panel.isVisible(), timeout=WAIT)
            _back_to(qtbot, w)

            # -- Reports: Alt+R, Enter; in the window Alt+P reaches the period, Down changes it
            key(Key.Key_R, Mod.AltModifier)
            qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=WAIT)
            key(Key.Key_Return)
            reports_menu = w.reports_menu
            qtbot.waitUntil(
                lambda: reports_menu.reports is not None and reports_menu.reports.isVisible(),
                timeout=WAIT,
            )
            reports = reports_menu.reports
            qtbot.waitUntil(lambda: QApplication.activeWindow() is reports, timeout=WAIT)
            qtbot.waitUntil(lambda: reports.loads >= 1, timeout=WAIT)
            before, loads = reports.range.currentIndex(), reports.loads
            key(Key.Key_Tab)  # somewhere else first: the letter must bring the focus back
            key(Key.Key_P, Mod.AltModifier)
            assert _focus() is reports.range
            key(Key.Key_Down)
            assert reports.range.currentIndex() == before + 1
            qtbot.waitUntil(lambda: reports.loads > loads, timeout=WAIT)  # read for the new period
            key(Key.Key_W, Mod.ControlModifier)
            qtbot.waitUntil(lambda: not reports.isVisible(), timeout=WAIT)
            _back_to(qtbot, w)

            # -- Tab goes round the main window and into every dock ---------------------
            # her docks, opened from the keyboard: Publishing ▸ Schedule (Alt+P, H), Accounts
            # (Alt+C, Enter), the notification centre (Ctrl+Shift+M)
            key(Key.Key_P, Mod.AltModifier)
            qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=WAIT)
            key(Key.Key_H)
            qtbot.waitUntil(lambda: w.publishing.schedule_dock.isVisible(), timeout=WAIT)
            _back_to(qtbot, w)
            key(Key.Key_C, Mod.AltModifier)
            qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=WAIT)
            key(Key.Key_Return)
            assert w.accounts is not None
            qtbot.waitUntil(lambda: w.accounts.dock.isVisible(), timeout=WAIT)
            _back_to(qtbot, w)
            key(Key.Key_M, Mod.ControlModifier | Mod.ShiftModifier)
            qtbot.waitUntil(lambda: w.notifications.dock.isVisible(), timeout=WAIT)
            _back_to(qtbot, w)
            docks = [d for d in w.findChildren(QDockWidget) if d.isVisible()]
            assert len(docks) == 4, [d.objectName() for d in docks]
            reached: set[str] = set()
            start = _focus()
            for _ in range(400):
                key(Key.Key_Tab)
                f = _focus()
                dock = _dock_of(f)
                if dock is not None:
                    reached.add(dock.objectName())
                if f is start:
                    break
            assert f is start, "Tab did not come back round to where it started"
            missing = {d.objectName() for d in docks} - reached
            assert not missing, f"Tab never reached the docks {sorted(missing)}"
        finally:
            app.shutdown()


def _mnemonic(text: str) -> str | None:
    """The letter Alt+letter presses in a menu title ("Re&ports" → "p"; "&&" is an ampersand)."""
    i = 0
    while (i := text.find("&", i)) != -1 and i + 1 < len(text):
        if text[i + 1] != "&":
            return text[i + 1].lower()
        i += 2
    return None


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_every_menu_of_the_menu_bar_has_its_own_alt_letter(qtbot, qapp, sqlite_url, lang) -> None:
    """Two menus on one Alt+letter: the key opens the first, the second cannot be reached from
    the keyboard without walking the whole bar (English had Alt+P for Publishing and Reports,
    German Alt+V for Verteilung and Veröffentlichen)."""
    from app.identity.auth import authenticate
    from ui.i18n.language import install_language
    from ui.main.main_window import MainWindow
    from ui.widgets.tasks import MessageBridge

    console = Console.open(sqlite_url)
    try:
        with console.factory() as s, s.begin():
            ensure_demo_workspace(s)
            provisioning.grant_role(s, provisioning.system_actor(s), "priya", "it admin")
        with console.session() as s:
            console.actor = authenticate(s, "priya", "demo")  # every menu is hers
        install_language(lang)
        with running_qasync_loop(qapp):
            w = MainWindow(console, MessageBridge())
            qtbot.addWidget(w)
            titles = [a.text() for a in w.menuBar().actions() if a.isVisible()]
            items = {
                a.text(): [i.text() for i in a.menu().actions() if i.isVisible() and i.text()]
                for a in w.menuBar().actions()
                if a.isVisible() and a.menu() is not None
            }
            w.close()
    finally:
        install_language("en")
        QLocale.setDefault(QLocale.c())
        console.close()
    letters: dict[str, list[str]] = {}
    for t in titles:
        letter = _mnemonic(t)
        assert letter is not None, f"{lang}: the menu {t!r} has no Alt letter"
        letters.setdefault(letter, []).append(t)
    shared = {k: v for k, v in letters.items() if len(v) > 1}
    assert shared == {}, f"{lang}: menus sharing an Alt letter: {shared}"
    # inside a menu too: a letter two items share only moves between them, it runs neither
    clashes = []
    for menu, texts in items.items():
        inside: dict[str, list[str]] = {}
        for t in texts:
            letter = _mnemonic(t)
            if letter is not None:
                inside.setdefault(letter, []).append(t)
        clashes += [f"{menu} ▸ {v}" for v in inside.values() if len(v) > 1]
    assert clashes == [], f"{lang}: items sharing a letter: " + "; ".join(clashes)
