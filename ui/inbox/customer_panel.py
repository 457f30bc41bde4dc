"""The customer panel: who wrote — picture, linked profiles on other networks, what colleagues
noted about them — and every conversation of that person the employee may see.

Customer text is shown as plain text everywhere: labels in plain-text mode, list items (never
interpreted), and tooltips escaped (a Qt tooltip guesses rich text otherwise). The picture is
fetched in a worker thread through the avatar cache; until it arrives, or when there is none,
a placeholder with the customer's initials stands in. Linking, unlinking and notes run in a
worker thread too; the result or the refusal is said in words under the panel.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.inbox import customers
from app.inbox.avatars import AvatarCache, initials
from app.inbox.conversations import CustomerPanel
from app.session.console import Console
from ui.i18n.counts import Count
from ui.theme.colours import colour
from ui.widgets.accessible import describe, describe_tab_bar
from ui.widgets.tasks import describe_error, run_blocking
from ui.widgets.text import plain_tooltip

AVATAR_PX = 44


def _one_line(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def placeholder(display_name: str, handle: str, size: int = AVATAR_PX) -> QPixmap:
    """A round badge with the customer's initials, its colour fixed by the handle."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    hue = int(hashlib.sha256(handle.encode("utf-8", "replace")).hexdigest()[:4], 16) % 360
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor.fromHsl(hue, 120, 110))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(size * 2 // 5)
    painter.setFont(font)
    painter.setPen(colour("avatar.fg"))
    painter.drawText(pix.rect(), Qt.AlignmentFlag.AlignCenter, initials(display_name, handle))
    painter.end()
    return pix


class SayLabel(QLabel):
    """A one-sentence plain-text message that takes no room while there is nothing to say."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setVisible(False)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setVisible(bool(text))


class NoteEditor(QDialog):
    """Write or correct a note about the customer (plain text; colleagues see it)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note about the customer"))
        self.setObjectName("customerNoteDialog")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("customerNoteEditor")
        self.editor.setPlainText(text)
        self.editor.setPlaceholderText(
            self.tr(
                "What colleagues should know about this person, whichever conversation they open."
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(460, 220)

    def text(self) -> str:
        return self.editor.toPlainText()


class LinkDialog(QDialog):
    """Find another record of the same person (by handle or name) to link."""

    def __init__(
        self,
        search: Callable[[str], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link another profile of this person"))
        self.setObjectName("linkDialog")
        self._search = search
        self.query = QLineEdit()
        self.query.setObjectName("linkQuery")
        self.query.setPlaceholderText(self.tr("Handle or name on any network, then Enter"))
        self.query.returnPressed.connect(self.run_search)
        self.results = QListWidget()
        self.results.setObjectName("linkResults")
        self.results.itemDoubleClicked.connect(lambda _i: self.accept())
        self.status = QLabel(self.tr("Search for the person's profile on another network."))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(480, 320)

    @asyncSlot()
    async def run_search(self) -> None:
        text = self.query.text()
        try:
            found = await run_blocking(self._search, text)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.status.setText(describe_error(exc))
            return
        self.show_results(found)

    def show_results(self, found: list[customers.CustomerChoice]) -> None:
        self.results.clear()
        for c in found:
            label = f"@{c.handle} on {c.network}"
            if c.display_name:
                label += f" — {c.display_name}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, c.customer_id)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
            self.status.setText(
                self.tr("{profiles} found; choose one to link.").format(
                    profiles=Count.tr("%Ln profile(s)", "", len(found))
                )
            )
        else:
            self.status.setText(
                self.tr("No profile you may work on matches '{text}'.").format(
                    text=self.query.text()
                )
            )

    def chosen(self) -> int | None:
        item = self.results.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))


class CustomerPanelWidget(QWidget):
    #: a past conversation was chosen (double click or Enter)
    open_requested = Signal(int)
    #: something about the customer changed here (note, link): the pane reloads
    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        console: Console | None = None,
        avatars: AvatarCache | None = None,
    ) -> None:
        super().__init__(parent)
        self.console = console
        self.avatars = avatars
        self.panel: CustomerPanel | None = None
        self.current: int | None = None
        #: finished avatar loads (tests wait on it)
        self.avatar_loads = 0
        #: finished actions (tests wait on it)
        self.actions_done = 0

        self.avatar = QLabel()
        self.avatar.setObjectName("customerAvatar")
        self.avatar.setFixedSize(QSize(AVATAR_PX, AVATAR_PX))
        self.avatar.setAccessibleName(self.tr("Customer picture"))
        self.name = QLabel("")
        self.name.setObjectName("customerName")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        f = self.name.font()
        f.setBold(True)
        self.name.setFont(f)
        self.summary = QLabel("")
        self.summary.setObjectName("customerSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        # only when there are linked profiles: the panel stays short in the common case
        self.linked = SayLabel("customerLinked")
        self.link_button = QPushButton(self.tr("Link…"))
        self.link_button.setObjectName("linkProfileButton")
        self.link_button.setToolTip(self.tr("Link a profile on another network: the same person"))
        self.link_button.clicked.connect(self.ask_link)
        self.unlink_button = QPushButton(self.tr("Unlink…"))
        self.unlink_button.setObjectName("unlinkProfileButton")
        self.unlink_button.clicked.connect(self.ask_unlink)
        describe(self.unlink_button, self.tr("Separates a linked profile: not the same person"))

        self.history = QListWidget()
        self.history.setObjectName("customerHistory")
        self.history.setAccessibleName(self.tr("This customer's earlier conversations"))
        self.history.setAccessibleDescription(self.tr("Press Enter to open one"))
        self.history.setWordWrap(False)
        self.history.setUniformItemSizes(True)
        # a long line is cut with "…" (the whole snippet is in the tooltip), no sideways scrolling
        self.history.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.itemActivated.connect(self._activated)
        self.history.itemDoubleClicked.connect(self._activated)
        self.notes = QListWidget()
        self.notes.setObjectName("customerNotes")
        self.notes.setAccessibleName(self.tr("Notes about this customer"))
        self.notes.setAccessibleDescription(self.tr("What colleagues wrote about this person"))
        self.notes.setWordWrap(True)
        self.notes.itemDoubleClicked.connect(lambda _i: self.ask_edit_note())
        self.add_note_button = QToolButton()
        self.add_note_button.setText(self.tr("Add note…"))
        self.add_note_button.setObjectName("addCustomerNoteButton")
        self.add_note_button.setToolTip(
            self.tr("Write what colleagues should know about this person")
        )
        self.add_note_button.clicked.connect(self.ask_add_note)
        self.edit_note_button = QToolButton()
        self.edit_note_button.setText(self.tr("Edit…"))
        self.edit_note_button.setObjectName("editCustomerNoteButton")
        self.edit_note_button.setToolTip(self.tr("Correct the selected note (or double-click it)"))
        self.edit_note_button.clicked.connect(self.ask_edit_note)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("customerTabs")
        self.tabs.setAccessibleName(self.tr("Customer history and notes"))
        describe_tab_bar(
            self.tabs, self.tr("This customer's earlier conversations and notes; Ctrl+Tab switches")
        )
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        # the note buttons ride beside the tabs: no row of their own under a short list
        corner = QWidget()
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 0, 0, 0)
        corner_row.setSpacing(2)
        corner_row.addWidget(self.add_note_button)
        corner_row.addWidget(self.edit_note_button)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.status = SayLabel("customerStatus")
        for lst in (self.history, self.notes):
            lst.setMinimumHeight(44)  # the thread above gets the room; the splitter gives more

        text_col = QVBoxLayout()
        text_col.setSpacing(1)
        text_col.addWidget(self.name)
        text_col.addWidget(self.summary)
        text_col.addWidget(self.linked)
        top = QHBoxLayout()
        top.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text_col, 1)
        # linking sits beside who the customer is, not in a row of its own above the history
        link_col = QVBoxLayout()
        link_col.setSpacing(2)
        link_col.addWidget(self.link_button)
        link_col.addWidget(self.unlink_button)
        link_col.addStretch(1)
        top.addLayout(link_col)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.show_panel(None)

    # -- showing ------------------------------------------------------------------------------
    def show_panel(self, panel: CustomerPanel | None, current: int | None = None) -> None:
        same_person = (
            panel is not None
            and self.panel is not None
            and panel.customer_id == self.panel.customer_id
        )
        self.panel = panel
        self.current = current
        self.history.clear()
        self.notes.clear()
        if not same_person:
            self.status.setText("")
        if panel is None:
            self.name.setText(self.tr("Customer"))
            self.summary.setText(
                self.tr("Select a conversation to see who wrote and their history.")
            )
            self.linked.setText("")
            self.avatar.clear()
            self.tabs.setTabText(0, self.tr("History"))
            self.tabs.setTabText(1, self.tr("Notes"))
            for w in (
                self.link_button,
                self.unlink_button,
                self.add_note_button,
                self.edit_note_button,
            ):
                w.setEnabled(False)
            return
        self.name.setText(f"{panel.display_name or panel.handle} (@{panel.handle})")
        bits = [self.tr("on {network}").format(network=panel.network)]
        if panel.followers is not None:
            bits.append(Count.tr("%Ln follower(s)", "", panel.followers))
        if panel.vip:
            bits.append(self.tr("VIP"))
        first = QLocale().toString(
            panel.first_seen_at.astimezone().date(), QLocale.FormatType.ShortFormat
        )
        bits.append(self.tr("first seen {date}").format(date=first))
        for key, value in sorted(panel.contact.items()):
            bits.append(f"{key}: {value}")
        self.summary.setText(" · ".join(bits))
        if panel.linked:
            self.linked.setText(
                self.tr("Same person: ")
                + ", ".join(f"@{p.handle} on {p.network}" for p in panel.linked)
            )
        else:
            self.linked.setText("")
        n, total = len(panel.conversations), max(panel.conversation_total, len(panel.conversations))
        self.tabs.setTabText(
            0,
            self.tr("History ({conversations})").format(
                conversations=Count.tr("%Ln conversation(s)", "", n)
            )
            if total == n
            else self.tr("History (newest {n} of {conversations})").format(
                n=QLocale().toString(n), conversations=Count.tr("%Ln conversation(s)", "", total)
            ),
        )
        self.tabs.setTabText(
            1, self.tr("Notes ({notes})").format(notes=QLocale().toString(len(panel.notes)))
        )
        for c in panel.conversations:
            mark = "▶ " if c.id == current else ""
            who = f"{c.customer.split(':', 1)[-1]} → " if panel.linked and c.customer else ""
            text = (
                f"{mark}{c.last_message_at.astimezone():%d %b} · {who}@{c.account} ({c.network}) · "
                f"{c.status} · {Count.tr('%Ln message(s)', '', c.message_count)} · "
                f"{_one_line(c.snippet)}"
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(plain_tooltip(c.snippet))
            self.history.addItem(item)
        if not panel.conversations:
            self.history.addItem(
                QListWidgetItem(self.tr("No conversation of this person is in your scope."))
            )
        for note in panel.notes:
            when = note.created_at.astimezone().strftime("%d %b %Y")
            edited = f", edited by {note.updated_by}" if note.updated_by else ""
            item = QListWidgetItem(f"{note.author} · {when}{edited}\n{note.text}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setToolTip(plain_tooltip(note.text))
            self.notes.addItem(item)
        if not panel.notes:
            empty = QListWidgetItem(
                self.tr("No notes yet. Add what colleagues should know about this person.")
                if panel.can_work
                else self.tr("No notes about this person.")
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.notes.addItem(empty)
        may = panel.can_work and self.console is not None
        self.link_button.setEnabled(may)
        self.unlink_button.setEnabled(may and bool(panel.linked))
        self.add_note_button.setEnabled(may)
        self.edit_note_button.setEnabled(may and bool(panel.notes))
        self.avatar.setPixmap(placeholder(panel.display_name, panel.handle))
        self.avatar.setToolTip(plain_tooltip(f"@{panel.handle}"))
        if panel.avatar_url and self.avatars is not None:
            self.load_avatar(panel.customer_id, panel.avatar_url)

    @asyncSlot(int, str)
    async def load_avatar(self, customer_id: int, url: str) -> None:
        assert self.avatars is not None
        try:
            data = await run_blocking(self.avatars.get, url)
        finally:
            self.avatar_loads += 1
        if not data or self.panel is None or self.panel.customer_id != customer_id:
            return
        pix = QPixmap()
        if pix.loadFromData(data):
            self.avatar.setPixmap(
                pix.scaled(
                    AVATAR_PX,
                    AVATAR_PX,
                    Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def _activated(self, item: QListWidgetItem) -> None:
        cid = item.data(Qt.ItemDataRole.UserRole)
        if cid is not None and cid != self.current:
            self.open_requested.emit(int(cid))

    # -- asking -------------------------------------------------------------------------------
    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        """Window-modal without a nested event loop: the answer comes back as a signal."""
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def ask_add_note(self) -> None:
        if not self.add_note_button.isEnabled():
            return
        self.tabs.setCurrentWidget(self.notes)
        dialog = NoteEditor("", self)
        self._open(dialog, lambda: self.add_note(dialog.text()) if dialog.text().strip() else None)

    def ask_edit_note(self) -> None:
        self.tabs.setCurrentWidget(self.notes)
        item = self.notes.currentItem() or self.notes.item(0)
        note_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if note_id is None or self.panel is None or not self.edit_note_button.isEnabled():
            return
        note = next((n for n in self.panel.notes if n.id == note_id), None)
        if note is None:
            return
        dialog = NoteEditor(note.text, self)
        self._open(dialog, lambda: self.edit_note(int(note_id), dialog.text()))

    def ask_link(self) -> None:
        if self.panel is None or self.console is None or not self.link_button.isEnabled():
            return
        customer_id = self.panel.customer_id
        dialog = LinkDialog(lambda text: self._search(customer_id, text), self)
        self._open(
            dialog, lambda: self.link(dialog.chosen()) if dialog.chosen() is not None else None
        )

    def ask_unlink(self) -> None:
        if self.panel is None or not self.panel.linked:
            return
        linked = list(self.panel.linked)
        labels = [f"@{p.handle} on {p.network}" for p in linked]
        dialog = QInputDialog(self)
        dialog.setObjectName("unlinkDialog")
        dialog.setWindowTitle(self.tr("Unlink a profile"))
        dialog.setLabelText(self.tr("No longer the same person:"))
        dialog.setComboBoxItems(labels)
        dialog.setComboBoxEditable(False)
        self._open(
            dialog,
            lambda: (
                self.unlink(linked[labels.index(dialog.textValue())].customer_id)
                if dialog.textValue() in labels
                else None
            ),
        )

    def _search(self, customer_id: int, text: str) -> list[customers.CustomerChoice]:
        assert self.console is not None and self.console.actor is not None
        with self.console.session() as s:
            return customers.link_candidates(s, self.console.actor, customer_id, text)

    # -- doing (worker thread) ----------------------------------------------------------------
    async def _act(
        self, done: str, fn: Callable[..., Any], *args: Any, unchanged: str = ""
    ) -> bool:
        """Run a change in a worker thread; say what happened (``unchanged`` when the service
        answered False or 0: nothing to do)."""
        console = self.console
        if console is None or console.actor is None:
            return False
        actor, origin = console.actor, console.origin

        def work() -> Any:
            with console.factory() as s, s.begin():
                return fn(s, actor, *args, origin=origin)

        try:
            result = await run_blocking(work)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.status.setText(describe_error(exc))
            self.actions_done += 1
            return False
        if unchanged and result is not None and not result:
            self.status.setText(unchanged)
        else:
            self.status.setText(done)
        self.actions_done += 1
        self.changed.emit()
        return True

    @asyncSlot(str)
    async def add_note(self, text: str) -> None:
        if self.panel is None:
            return
        await self._act("Note saved.", customers.add_note, self.panel.customer_id, text)

    @asyncSlot(int, str)
    async def edit_note(self, note_id: int, text: str) -> None:
        await self._act("Note updated.", customers.edit_note, note_id, text)

    @asyncSlot(int)
    async def link(self, other_id: int) -> None:
        if self.panel is None:
            return
        await self._act(
            "Linked: their history now shows together.",
            customers.link,
            self.panel.customer_id,
            other_id,
            unchanged="Those profiles were already the same person.",
        )

    @asyncSlot(int)
    async def unlink(self, other_id: int) -> None:
        if self.panel is None:
            return
        await self._act(
            "Unlinked: their histories show apart again.",
            customers.unlink,
            self.panel.customer_id,
            other_id,
            unchanged="They are linked through another profile: unlink that one instead.",
        )
