"""@-completion in a plain-text box: type "@al" and pick "@alice — Alice Novak".

Shared by the note dialog and the composer. The box keeps its own keys; while the list is open,
Enter, Tab and Escape go to the list (Qt's completer forwards them to the box too, which must not
insert a new line then).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QCompleter, QPlainTextEdit

_TYPING = re.compile(r"(?<![\w@])@([A-Za-z0-9_.\-]*)$")
_POPUP_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class MentionCompleter(QObject):
    """Attach to a QPlainTextEdit; ``set_names`` gives (handle, completion line) pairs."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self.editor = editor
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(editor)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated[str].connect(self.insert)
        self.completer.popup().setObjectName("mentionPopup")
        editor.textChanged.connect(self._typed)
        editor.installEventFilter(self)
        self._handles: dict[str, str] = {}

    def set_names(self, names: Sequence[tuple[str, str]]) -> None:
        self._handles = {line: handle for handle, line in names}
        self.model.setStringList([line for _h, line in names])

    @property
    def known(self) -> set[str]:
        return set(self._handles.values())

    def typing(self) -> str | None:
        """The @prefix being typed right before the cursor, or None."""
        cursor = self.editor.textCursor()
        block = cursor.block().text()[: cursor.positionInBlock()]
        m = _TYPING.search(block)
        return m.group(1) if m else None

    def _typed(self) -> None:
        prefix = self.typing()
        if prefix is None or not self._handles or not self.editor.hasFocus():
            self.completer.popup().hide()
            return
        self.completer.setCompletionPrefix("@" + prefix)
        if self.completer.completionCount() == 0:
            self.completer.popup().hide()
            return
        rect = self.editor.cursorRect()
        rect.setWidth(
            self.completer.popup().sizeHintForColumn(0)
            + self.completer.popup().verticalScrollBar().sizeHint().width()
        )
        self.completer.complete(rect)

    def insert(self, line: str) -> None:
        """Replace the typed "@al" with "@alice " (the chosen line's handle)."""
        handle = self._handles.get(line)
        prefix = self.typing()
        if handle is None or prefix is None:
            return
        cursor = self.editor.textCursor()
        cursor.movePosition(
            QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(prefix) + 1
        )
        cursor.insertText(f"@{handle} ")
        self.editor.setTextCursor(cursor)
        self.completer.popup().hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.editor
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.completer.popup().isVisible()
            and (event.key() in _POPUP_KEYS or event.key() == Qt.Key.Key_Escape)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.ignore()
            return True  # the list handles it (the completer saw it first)
        return super().eventFilter(watched, event)
