"""Keyboard triage: one list of shortcuts, used both to bind the keys and to show the sheet.

Single letters do not fire while a text field has focus (Qt lets the field take printable keys
first), so typing "c" in the search box types a "c".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.accessible import describe, describe_buttons

#: (name, keys, what it does) — the order is the order of the sheet
SHORTCUTS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("next", ("J", "Ctrl+Down"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Next conversation")),
    ("previous", ("K", "Ctrl+Up"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous conversation")),
    (
        "take_next",
        ("T",),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Take the next (most urgent) conversation"),
    ),
    ("claim", ("C",), QT_TRANSLATE_NOOP("ShortcutsDialog", "Claim the conversation")),
    ("assign", ("A",), QT_TRANSLATE_NOOP("ShortcutsDialog", "Assign to a colleague or team…")),
    ("release", ("Shift+R",), QT_TRANSLATE_NOOP("ShortcutsDialog", "Release to the team's queue")),
    ("resolve", ("E",), QT_TRANSLATE_NOOP("ShortcutsDialog", "Resolve")),
    ("pending", ("P",), QT_TRANSLATE_NOOP("ShortcutsDialog", "Pending customer")),
    ("reply", ("R",), QT_TRANSLATE_NOOP("ShortcutsDialog", "Reply")),
    ("note", ("N",), QT_TRANSLATE_NOOP("ShortcutsDialog", "Add an internal note…")),
    ("search", ("/", "Ctrl+F"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Search")),
    ("shortcuts", ("?", "F1"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Show this sheet")),
)


def install(window: QWidget, handlers: Mapping[str, Callable[[], None]]) -> dict[str, QAction]:
    """Bind every shortcut that has a handler to the window; returns the actions by name."""
    actions: dict[str, QAction] = {}
    for name, keys, title in SHORTCUTS:
        fn = handlers.get(name)
        if fn is None:
            continue
        act = QAction(QCoreApplication.translate("ShortcutsDialog", title), window)
        act.setObjectName(f"shortcut_{name}")
        act.setShortcuts([QKeySequence(k) for k in keys])
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(lambda _c=False, f=fn: f())
        window.addAction(act)
        actions[name] = act
    return actions


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setObjectName("shortcutsDialog")
        self.table = QTableWidget(len(SHORTCUTS), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, (_name, keys, title) in enumerate(SHORTCUTS):
            native = [
                QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys
            ]
            self.table.setItem(row, 0, QTableWidgetItem("  or  ".join(native)))
            self.table.setItem(row, 1, QTableWidgetItem(self.tr(title)))
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        describe(
            self.table,
            self.tr("Every keyboard shortcut of the console and what it does; Escape closes"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(420, 400)
