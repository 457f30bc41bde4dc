"""The notification centre: a dock listing what the employee was told, and a badge for it.

Replaces the status-bar flash (which overwrote one message with the next): notifications are
read from the database (app/notify/centre.py), so those that came while the person was signed
out are there at sign-in; breaches of one team are one line that opens to the conversations;
by default only what concerns the person is listed ("All" shows the rest). Opening a line opens
its conversation and marks it read; "Mark read" and "Mark all read" do what they say.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.notify import centre
from app.notify.centre import Entry, Group
from app.session.console import Console
from app.words import plural
from ui.theme.apply import themed
from ui.widgets.accessible import describe
from ui.widgets.tasks import describe_error, run_blocking

log = logging.getLogger(__name__)

#: newest notifications read per load (the rest stay in the database, unread ones counted)
LIMIT = 500
#: the floating panel's size (smaller windows get less)
PANEL_WIDTH, PANEL_HEIGHT = 520, 460
#: several notifications in a burst cause one reload
RELOAD_DELAY_MS = 400
IDS_ROLE = Qt.ItemDataRole.UserRole
CONVERSATION_ROLE = Qt.ItemDataRole.UserRole + 1


class _Loaded:
    def __init__(self, items: list[Entry], unread: int, hidden: int) -> None:
        self.items, self.unread, self.hidden = items, unread, hidden


class NotificationCentre(QWidget):
    #: open this conversation (the main window selects it)
    open_requested = Signal(int)
    #: unread notifications that concern the person (the badge)
    unread_changed = Signal(int)

    def __init__(self, console: Console, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.console = console
        self.setObjectName("notificationCentre")
        self.groups: list[Group] = []
        self.unread = 0
        self.hidden = 0
        self.loads = 0
        self._request = 0
        self.closed = False

        self.scope = QComboBox()
        self.scope.setObjectName("notificationScope")
        self.scope.addItem(self.tr("Concerning me"), False)
        self.scope.addItem(self.tr("All"), True)
        self.scope.setToolTip(
            self.tr(
                "Concerning me: everything addressed to you, and SLA breaches of conversations you hold or that wait unassigned in your teams. All: every notification you received."
            )
        )
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.read_button = QPushButton(self.tr("Mark read"))
        self.read_button.setObjectName("markReadButton")
        self.read_button.clicked.connect(self.mark_selected_read)
        self.all_read_button = QPushButton(self.tr("Mark all read"))
        self.all_read_button.setObjectName("markAllReadButton")
        self.all_read_button.clicked.connect(self.mark_all_read)
        describe(self.read_button, self.tr("Marks the picked notifications as read"))
        describe(self.all_read_button, self.tr("Marks every notification shown here as read"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.scope)
        top.addStretch(1)
        top.addWidget(self.read_button)
        top.addWidget(self.all_read_button)

        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Notification"), self.tr("When")])
        self.tree = QTreeView()
        self.tree.setObjectName("notificationTree")
        self.tree.setAccessibleName(self.tr("Notifications"))
        describe(self.tree, self.tr("Mentions, hand-offs and approvals for you; Enter opens one"))
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        self.tree.activated.connect(self._activated)
        self.tree.doubleClicked.connect(self._activated)

        self.summary = QLabel("")
        self.summary.setObjectName("notificationSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)

        self.reload_timer = QTimer(self)
        self.reload_timer.setObjectName("notificationReload")
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(RELOAD_DELAY_MS)
        self.reload_timer.timeout.connect(self.reload)

    @property
    def everything(self) -> bool:
        return bool(self.scope.currentData())

    # -- loading -----------------------------------------------------------------------------
    def schedule_reload(self) -> None:
        if not self.reload_timer.isActive():
            self.reload_timer.start()

    @asyncSlot()
    async def reload(self) -> None:
        actor = self.console.actor
        if actor is None or self.closed:
            return
        self._request += 1
        request, everything = self._request, self.everything

        def read() -> _Loaded:
            with self.console.session() as s:
                return _Loaded(
                    centre.entries(s, actor, everything=everything, limit=LIMIT),
                    centre.unread_count(s, actor),
                    0 if everything else centre.hidden_unread(s, actor),
                )

        try:
            loaded = await run_blocking(read)
        except Exception as exc:  # noqa: BLE001 - said under the list; the next change retries
            if request == self._request and not self.closed:
                self.summary.setText(
                    self.tr("Notifications could not be read: {describe_error}").format(
                        describe_error=describe_error(exc)
                    )
                )
            return
        if request != self._request or self.closed:
            return
        self._show(loaded)
        self.loads += 1

    def _show(self, loaded: _Loaded) -> None:
        expanded = {self._group_key(g) for i, g in enumerate(self.groups) if self._is_expanded(i)}
        # a new notification reloads the list while the person is picking one to open or mark
        picked = self._key_at(self.tree.currentIndex())
        self.groups = centre.group(loaded.items)
        self.unread, self.hidden = loaded.unread, loaded.hidden
        self.model.removeRows(0, self.model.rowCount())
        for g in self.groups:
            title = QStandardItem(g.title if len(g.entries) == 1 else self._group_title(g))
            title.setData(g.ids, IDS_ROLE)
            first = g.entries[0]
            if len(g.entries) == 1:
                title.setData(first.conversation_id, CONVERSATION_ROLE)
                title.setToolTip(_plain(f"{first.title}: {first.text}"))
            title.setAccessibleText(f"{g.title}, {'unread' if g.unread else 'read'}")
            when = QStandardItem(_when(g.latest))
            font = title.font()
            font.setBold(g.unread > 0)
            title.setFont(font)
            if len(g.entries) > 1:
                for e in g.entries:
                    child = QStandardItem(e.text)
                    child.setData([e.id], IDS_ROLE)
                    child.setData(e.conversation_id, CONVERSATION_ROLE)
                    child.setToolTip(_plain(e.text))
                    f = child.font()
                    f.setBold(not e.read)
                    child.setFont(f)
                    title.appendRow([child, QStandardItem(_when(e.at))])
            self.model.appendRow([title, when])
        for i, g in enumerate(self.groups):
            if self._group_key(g) in expanded:
                self.tree.setExpanded(self.model.index(i, 0), True)
        if picked is not None:
            self._pick(picked)
        self.summary.setText(self._summary_text())
        self.unread_changed.emit(self.unread)

    def _key_at(self, index: QModelIndex) -> tuple | None:
        """What a row stands for, stable across reloads: a grouped line by its kind and team
        (its ids grow as notifications join it), a single notification by its id."""
        if not index.isValid():
            return None
        index = index.siblingAtColumn(0)
        if not index.parent().isValid() and self.model.rowCount(index) > 0:
            g = self.groups[index.row()] if index.row() < len(self.groups) else None
            return ("group", self._group_key(g)) if g is not None else None
        return ("entry", tuple(index.data(IDS_ROLE) or ()))

    def _pick(self, key: tuple) -> None:
        for row in range(self.model.rowCount()):
            top = self.model.index(row, 0)
            for index in (
                top,
                *(self.model.index(r, 0, top) for r in range(self.model.rowCount(top))),
            ):
                if self._key_at(index) == key:
                    self.tree.setCurrentIndex(index)
                    return

    @staticmethod
    def _group_key(g: Group) -> tuple[str, str | None]:
        return (g.kind, g.team)

    def _is_expanded(self, row: int) -> bool:
        return row < self.model.rowCount() and self.tree.isExpanded(self.model.index(row, 0))

    @staticmethod
    def _group_title(g: Group) -> str:
        unread = f" ({g.unread} unread)" if g.unread else ""
        return g.title + unread

    def _summary_text(self) -> str:
        if not self.groups:
            text = (
                "No notifications concern you: mentions, assignments, SLA breaches of your "
                "conversations and your teams' waiting ones appear here."
                if not self.everything
                else "You have no notifications."
            )
        else:
            text = (
                f"{plural(self.unread, 'unread notification')}"
                f" in {plural(len(self.groups), 'line')}."
            )
        if self.hidden == 1:
            text += (
                " 1 other unread notification is about a colleague's conversation: "
                "choose All to see it."
            )
        elif self.hidden:
            text += (
                f" {self.hidden} other unread notifications are about colleagues' "
                "conversations: choose All to see them."
            )
        return text

    # -- acting -------------------------------------------------------------------------------
    def _ids_at(self, index: QModelIndex) -> list[int]:
        index = index.siblingAtColumn(0)
        return list(self.model.data(index, IDS_ROLE) or [])

    def _activated(self, index: QModelIndex) -> None:
        index = index.siblingAtColumn(0)
        cid = self.model.data(index, CONVERSATION_ROLE)
        ids = self._ids_at(index)
        if cid is None and self.model.hasChildren(index):
            self.tree.setExpanded(index, not self.tree.isExpanded(index))
            return
        if ids:
            self.mark_read(ids)
        if isinstance(cid, int):
            self.open_requested.emit(cid)

    def mark_selected_read(self) -> None:
        ids: list[int] = []
        for index in self.tree.selectionModel().selectedRows(0):
            ids += self._ids_at(index)
        if ids:
            self.mark_read(ids)

    def mark_all_read(self) -> None:
        self.mark_read(None)

    @asyncSlot()
    async def mark_read(self, ids: list[int] | None) -> None:
        actor = self.console.actor
        if actor is None:
            return

        def write() -> int:
            with self.console.factory() as s, s.begin():
                return centre.mark_read(s, actor, ids)

        try:
            await run_blocking(write)
        except Exception as exc:  # noqa: BLE001 - said in words; nothing else changed
            self.summary.setText(
                self.tr("Not marked read: {describe_error}").format(
                    describe_error=describe_error(exc)
                )
            )
            return
        await self.reload()


def _plain(text: str) -> str:
    """A tooltip shown as written (Qt would guess rich text from a leading tag)."""
    import html

    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def _when(at: object) -> str:
    try:
        return at.astimezone().strftime("%d %b %H:%M")  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return ""


class Badge(QToolButton):
    """The status bar's count of unread notifications; a click opens or closes the centre."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationBadge")
        self.setAutoRaise(True)
        self.set_count(0)

    def set_count(self, n: int) -> None:
        self.setText(
            self.tr("Notifications: {n} unread").format(n=n)
            if n
            else self.tr("Notifications: none unread")
        )
        self.setAccessibleName(self.text())
        themed(self, "font-weight: bold; color: $(error);" if n else "")
        self.setToolTip(self.tr("Open the notification centre"))


class CentreInstall(QObject):
    """What the main window holds: the dock, the centre in it, and the badge."""

    def __init__(self, window: QMainWindow, console: Console) -> None:
        super().__init__(window)
        self.centre = NotificationCentre(console)
        self.window = window
        # a floating panel over the top right of the window: it does not squeeze the inbox at
        # 1366×768; the person may dock it (double-click its title) where they like
        self.dock = QDockWidget(self.tr("Notifications"), window)
        self.dock.setObjectName("notificationDock")
        self.dock.setWidget(self.centre)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        # (the offscreen platform used by the tests cannot raise a floating window: docked there)
        self.dock.setFloating(QGuiApplication.platformName() != "offscreen")
        self.dock.setVisible(False)
        # the badge sits in the menu bar's free corner: always visible, never cut off
        self.badge = Badge(window)
        window.menuBar().setCornerWidget(self.badge, Qt.Corner.TopRightCorner)
        self.badge.clicked.connect(self.toggle)
        self.centre.unread_changed.connect(self._unread)
        self.first_load = True

    def toggle(self) -> None:
        self.show(not self.dock.isVisible())

    def show(self, on: bool = True) -> None:
        if on and self.dock.isFloating():
            width = min(PANEL_WIDTH, max(320, self.window.width() // 2))
            height = min(PANEL_HEIGHT, max(240, self.window.height() - 120))
            self.dock.resize(width, height)
            top_right = self.window.mapToGlobal(self.window.rect().topRight())
            self.dock.move(top_right.x() - width - 8, top_right.y() + 48)
        self.dock.setVisible(on)
        if on:
            self.centre.reload()
            # the keys follow the eyes: opened by Ctrl+Shift+M, the list is where typing goes
            # (a floating centre is a window of its own, so it is activated first)
            if self.dock.isFloating():
                self.dock.activateWindow()
            self.centre.tree.setFocus()

    def _unread(self, n: int) -> None:
        self.badge.set_count(n)
        if self.first_load:
            # at sign-in: what was said to the person while away (mentions, assignments,
            # replies sent back) opens the centre; breaches alone are the badge's to count
            self.first_load = False
            if any(
                e.kind not in centre.GROUPED and not e.read
                for g in self.centre.groups
                for e in g.entries
            ):
                self.show(True)

    def close(self) -> None:
        self.centre.closed = True
        self.centre.reload_timer.stop()


def install(window: QMainWindow, console: Console) -> CentreInstall:
    return CentreInstall(window, console)
