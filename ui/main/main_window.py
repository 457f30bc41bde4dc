"""The main window: views on the left, the shared inbox in the middle, the thread on the right."""

from __future__ import annotations

import gc
import hashlib
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelection, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.config import paths, system_config_file, update_channel
from app.db.changes import Change, ChangeListener
from app.identity import presence
from app.identity.access import Actor, Permission, read_scope
from app.inbox import conversations as cs
from app.inbox import fanout, saved_views, sla
from app.inbox import views as inbox
from app.inbox.views import InboxFilter, View
from app.session.console import Console
from ui.accounts.accounts import install_accounts_menu
from ui.crisis.crisis_ui import CrisisUi
from ui.inbox.action_queue import ActionQueue, PendingAction
from ui.inbox.conversation import ConversationPane
from ui.inbox.filter_bar import FilterBar
from ui.inbox.inbox_model import InboxModel, refresh_ages
from ui.inbox.inbox_table import InboxTable, NewRowsButton
from ui.inbox.inbox_texts import NOTHING_OPEN, count_text, empty_text, view_label, view_title
from ui.inbox.inbox_texts import tr as inbox_text
from ui.inbox.take_next_button import TakeNextButton
from ui.main.availability import AvailabilityControl
from ui.main.notifier import Notifier
from ui.main.shortcuts import ShortcutsDialog
from ui.main.shortcuts import install as install_shortcuts
from ui.notify.centre import install as install_notification_centre
from ui.publishing.publishing_ui import PublishingUi
from ui.theme.apply import themed
from ui.widgets.accessible import describe_tab_bar
from ui.widgets.screen_fit import fit_to_screen, scrollable
from ui.widgets.tasks import MessageBridge, describe_error, run_blocking
from ui.widgets.text import plain_tooltip

log = logging.getLogger(__name__)

#: how often this workstation says where its person is, and sweeps SLA breaches and snoozes
HEARTBEAT_MS = presence.HEARTBEAT_SECONDS * 1000
SWEEP_MS = 30_000
COUNTS_DELAY_MS = 1500


def actor_can_route(console: Console) -> bool:
    return console.actor is not None and console.actor.can(Permission.MANAGE_ROUTING)


class ChangeBridge(QObject):
    """Carries change batches from the listener thread to the UI thread (queued signal)."""

    changes = Signal(list)
    failed = Signal(str)
    #: the database no longer lets this person in (deactivated, password changed): the reason
    revoked = Signal(str)


#: how wide the reading pane stays while no conversation is open (its two sentences wrap)
EMPTY_PANE_WIDTH = 300
#: Qt's QWIDGETSIZE_MAX (not exported by PySide6): "no maximum"
NO_MAXIMUM = (1 << 24) - 1


class MainWindow(QMainWindow):
    def __init__(
        self,
        console: Console,
        bridge: MessageBridge,
        *,
        sync_state: Callable[[], str] | None = None,
        on_sign_out: Callable[..., None] | None = None,
        pending_dir: Path | None = None,
    ) -> None:
        super().__init__()
        assert console.actor is not None
        self.console = console
        self.bridge = bridge
        self._closing = False
        self._sync_state = sync_state
        self._on_sign_out = on_sign_out
        actor = console.actor
        self.setObjectName("mainWindow")
        self.setWindowTitle(
            self.tr("Social Console — {display_name}").format(display_name=actor.display_name)
        )
        fit_to_screen(self, 1440, 900)  # a 1366×768 laptop gets a window inside its screen

        # views: the four built-in ones, then the employee's saved views, with unread counts
        self.views = QListWidget()
        self.views.setObjectName("views")
        self.views.setAccessibleName(self.tr("Views"))
        self.views.setAccessibleDescription(
            self.tr("Which conversations the inbox shows, with unread counts")
        )
        for v in View:
            item = QListWidgetItem(view_title(v))
            item.setData(Qt.ItemDataRole.UserRole, v.value)
            self.views.addItem(item)
        self.views.setCurrentRow(list(View).index(View.ALL))
        self.views.setMaximumWidth(200)
        self.views.setSpacing(3)  # each entry is two lines: its name, then its counts
        self.views.currentItemChanged.connect(lambda *_: self._view_chosen())
        self.saved: dict[int, saved_views.Saved] = {}
        #: a saved view just chosen: its order (sort key, reversed), applied with its filter
        self._restore_sort: tuple[str, bool] | None = None
        self.unread: dict[str, int] = {}
        self.counts: dict[str, tuple[int, int]] = {}

        # actions are kept on disk until written (see ui/action_queue.py)
        digest = hashlib.sha256(f"{console.db_label}|{actor.username}".encode()).hexdigest()[:16]
        folder = pending_dir if pending_dir is not None else paths().data_dir
        self.queue = ActionQueue(console, folder / f"pending-actions-{digest}.json", self)
        self.queue.succeeded.connect(self._action_done)
        self.queue.rejected.connect(self._action_refused)
        self.queue.connection_lost.connect(self._connection_lost)
        self.queue.connection_restored.connect(self._connection_back)
        self.queue.pending_changed.connect(lambda _n: self._update_banner())

        # inbox
        self.filter_bar = FilterBar(console)
        self.filter_bar.setObjectName("filterBar")
        self.filter_bar.changed.connect(self._filter_changed)
        self.filter_bar.save_requested.connect(self.save_view)
        self.status_filter = self.filter_bar.status
        self.count_label = QLabel("")
        self.count_label.setObjectName("countLabel")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.model = InboxModel(console, self._current_filter(), self)
        self.model.loading_changed.connect(self._first_page_loaded)
        # the list: server-side order, rows that hold still, empty states (ui/inbox/inbox_table)
        self.table = InboxTable(self.model)
        self.table.sort_requested.connect(self._sort_requested)
        self.table.show_sort(self.model.filter)
        self.new_rows = NewRowsButton(self.model, self.table)
        self.take_next = TakeNextButton(console)
        self.take_next.taken.connect(self._taken)
        self.take_next.refused.connect(lambda text: self.statusBar().showMessage(text, 12000))
        self._view_key = View.ALL.value
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.model.rowsRemoved.connect(lambda *_: self._update_count())
        self.model.modelReset.connect(self._update_count)
        self.model.loading_changed.connect(lambda _l: self._update_count())
        self.model.error.connect(lambda text: bridge.say("error", text))

        # Take next and the count share the filter bar's first row (the search box gives way),
        # so the second row's filters get the list's whole width (issue 18: "Any netwo…")
        top = QHBoxLayout()
        top.addWidget(self.filter_bar, 1)
        self.filter_bar.first_row.addWidget(self.take_next)
        self.filter_bar.first_row.addWidget(self.count_label)
        self.filter_bar.second_row.addWidget(self.new_rows)
        inbox_box = QWidget()
        inbox_layout = QVBoxLayout(inbox_box)
        inbox_layout.setContentsMargins(0, 0, 0, 0)
        inbox_layout.addLayout(top)
        inbox_layout.addWidget(self.table)

        self.conversation = ConversationPane(console, queue=self.queue)
        self.conversation.open_requested.connect(self.open_conversation)
        self.conversation.reply_requested.connect(self._reply_requested)
        self.publishing = PublishingUi(self, console, bridge)
        self.crisis = CrisisUi(self, console, bridge)  # alerts, crisis mode, the room (issue 12)
        # the thread takes the space; the composer is as tall as its text (ui/publishing/composer)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        # on a short screen the thread scrolls while the composer keeps its height: Submit stays
        right_layout.addWidget(scrollable(self.conversation, "conversationScroll"), 1)
        right_layout.addWidget(self.publishing.composer, 0)
        # before anything is selected: what to do, not a greyed-out form
        self.right_pane = QStackedWidget()
        self.right_pane.setObjectName("rightPane")
        self.nothing_open = QLabel(inbox_text(NOTHING_OPEN))
        self.nothing_open.setObjectName("nothingOpen")
        self.nothing_open.setTextFormat(Qt.TextFormat.PlainText)
        self.nothing_open.setWordWrap(True)
        self.nothing_open.setAlignment(Qt.AlignmentFlag.AlignCenter)
        themed(self.nothing_open, "color: $(muted); padding: 24px;")
        self.right_pane.addWidget(self.nothing_open)
        self.right_pane.addWidget(right)

        # the banner: a lost database connection, and what is kept meanwhile
        self.banner = QLabel("")
        self.banner.setObjectName("connectionBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        themed(
            self.banner,
            "background: $(banner.bg); color: $(banner.fg); padding: 6px;"
            " border: 1px solid $(banner.border);",
        )
        self.banner.hide()
        self._banner_reason: str | None = None
        splitter = QSplitter()
        splitter.addWidget(self.views)
        splitter.addWidget(inbox_box)
        splitter.addWidget(self.right_pane)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([150, 800, 490])
        self.splitter = splitter
        #: the reading pane's width while a conversation was open (given back when one opens)
        self._open_pane_width = 490
        self.right_pane.currentChanged.connect(self._fit_reading_pane)
        # nothing is open yet: the list starts with the reading pane's spare width
        self.right_pane.setMaximumWidth(EMPTY_PANE_WIDTH)
        splitter.setSizes([150, 800 + 490 - EMPTY_PANE_WIDTH, EMPTY_PANE_WIDTH])
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(4, 4, 4, 0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.publishing.banner)
        central_layout.addWidget(self.crisis.banner)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        # status bar
        self.db_status = QLabel(self.tr("Database: {db_label}").format(db_label=console.db_label))
        self.db_status.setObjectName("dbStatus")
        self.sync_status = QLabel("")
        self.sync_status.setObjectName("syncStatus")
        self.user_status = QLabel(
            self.tr("Signed in as {display_name} ({username})").format(
                display_name=actor.display_name, username=actor.username
            )
        )
        for w in (self.db_status, self.sync_status, self.user_status):
            w.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.db_status)
        self.statusBar().addWidget(self.sync_status, 1)
        self.availability = AvailabilityControl(console, bridge, self)
        self.statusBar().addPermanentWidget(self.availability)
        self.statusBar().addPermanentWidget(self.user_status)
        self.conversation.handoff.handed_off.connect(lambda text: bridge.say("info", text))
        self.conversation.left.connect(self._conversation_left)

        self._make_menus()
        self.shortcut_actions = install_shortcuts(
            self,
            {
                "next": lambda: self.move_selection(1),
                "previous": lambda: self.move_selection(-1),
                "claim": lambda: self.conversation.request("claim", {}),
                "assign": self.conversation.actions.open_assign_menu,
                "release": lambda: self.conversation.request("release", {}),
                "resolve": lambda: self.conversation.request("status", {"status": "resolved"}),
                "pending": lambda: self.conversation.request("status", {"status": "pending"}),
                "reply": lambda: self.conversation.request("reply", {}),
                "note": self._note_shortcut,
                "search": self.focus_search,
                "take_next": self.take_next.take,
                "shortcuts": self.show_shortcuts,
            },
        )
        self.notifier = Notifier(console, self)
        # the notification centre (ui/notify): a dock and a badge, read from the database
        self.notifications = install_notification_centre(self, console)
        self.notifications.centre.open_requested.connect(self.open_conversation)
        self.notifier.notified.connect(lambda _n: self.notifications.centre.schedule_reload())
        self.notifications.centre.unread_changed.connect(self.notifier.set_unread)
        self.notifications.centre.reload()
        bridge.listen(self._show_message)

        # live changes
        self.change_bridge = ChangeBridge(self)
        self.change_bridge.changes.connect(self._on_changes)
        self._feed_down = False
        self.last_refusal = ""
        self.change_bridge.failed.connect(self._listener_lost)
        self.listener = ChangeListener(
            console.engine,
            lambda batch: self.change_bridge.changes.emit(list(batch)),
            on_error=self._listener_error,
            # only the changes this person's scope can see (asked again when it changes)
            channels=lambda: fanout.channels(self.console.actor),
        )
        self.change_bridge.revoked.connect(self._access_revoked)
        self.admin_panel: QWidget | None = None
        self.listener.start()
        self.ticker = QTimer(self)
        self.ticker.setObjectName("ageTicker")
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.ticker.start()
        self._here: dict[int, list[presence.Present]] = {}
        self._replying = False
        self.heartbeat = QTimer(self)
        self.heartbeat.setObjectName("presenceHeartbeat")
        self.heartbeat.setInterval(HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self._heartbeat)
        self.heartbeat.start()
        self.sweeper = QTimer(self)
        self.sweeper.setObjectName("slaSweeper")
        self.sweeper.setInterval(SWEEP_MS)
        self.sweeper.timeout.connect(self._sweep)
        self.sweeper.start()
        self.counts_timer = QTimer(self)
        self.counts_timer.setObjectName("unreadCounts")
        self.counts_timer.setSingleShot(True)
        self.counts_timer.setInterval(COUNTS_DELAY_MS)
        self.counts_timer.timeout.connect(self.refresh_counts)
        self.model.fetchMore()
        self._tick()
        self._start_background()

    # -- menus ----------------------------------------------------------------------------
    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        sign_out = QAction(self.tr("Sign &out"), self)
        sign_out.setObjectName("signOutAction")
        sign_out.triggered.connect(self.sign_out)
        file_menu.addAction(sign_out)
        switch = QAction(self.tr("S&witch user…"), self)
        switch.setObjectName("switchUserAction")
        switch.triggered.connect(lambda: self.sign_out(switch=True))
        file_menu.addAction(switch)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.model.reload)
        view_menu.addAction(refresh)
        delete_view = QAction(self.tr("&Delete saved view"), self)
        delete_view.setObjectName("deleteViewAction")
        delete_view.triggered.connect(self.delete_saved_view)
        view_menu.addAction(delete_view)
        appearance_action = QAction(self.tr("&Appearance and language…"), self)
        appearance_action.setObjectName("appearanceAction")
        appearance_action.triggered.connect(self.open_preferences)
        view_menu.addAction(appearance_action)
        self.notifications_action = QAction(self.tr("&Notifications"), self)
        self.notifications_action.setObjectName("notificationsAction")
        self.notifications_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.notifications_action.triggered.connect(lambda: self.notifications.toggle())
        view_menu.addAction(self.notifications_action)
        self.accounts = install_accounts_menu(self, self.console)
        self.admin_menu = self.menuBar().addMenu(self.tr("&Admin"))
        self.admin_action = QAction(self.tr("&People and permissions…"), self)
        self.admin_action.setObjectName("adminPanelAction")
        self.admin_action.triggered.connect(self.open_admin_panel)
        self.admin_menu.addAction(self.admin_action)
        self._show_admin_menu()
        routing_menu = self.menuBar().addMenu(self.tr("R&outing"))
        self.routing_action = QAction(self.tr("Routing &rules…"), self)
        self.routing_action.setObjectName("routingRulesAction")
        self.routing_action.setEnabled(actor_can_route(self.console))
        self.routing_action.triggered.connect(self.open_routing_editor)
        routing_menu.addAction(self.routing_action)
        self.capacity_action = QAction(self.tr("Agents' &capacity…"), self)
        self.capacity_action.setObjectName("capacityAction")
        self.capacity_action.setEnabled(
            actor_can_route(self.console)
            or self.console.actor.can_somewhere(Permission.APPROVE)
            or self.console.actor.can(Permission.MANAGE_EMPLOYEES)
        )
        self.capacity_action.triggered.connect(self.open_capacity)
        routing_menu.addAction(self.capacity_action)
        self.voc_action = QAction(self.tr("&Voice of the customer…"), self)
        self.voc_action.setObjectName("vocAction")
        self.voc_action.triggered.connect(self.open_voc)
        routing_menu.addAction(self.voc_action)
        self.publishing.install_menu(self.menuBar())
        from ui.reports.menu import install_reports_menu

        self.reports_menu = install_reports_menu(
            self, self.console, self.open_conversation, lambda: self.conversation.conversation_id
        )
        self.crisis.install_menu(self.menuBar())
        from ui.listening.menu import ListeningMenu

        self.listening = ListeningMenu(self, self.console)  # watches and their stream (issue 16)
        # marketing (issue 16): the Posts window; "Amplify…" on a praise conversation
        from ui.marketing.menu import MarketingUi

        self.marketing = MarketingUi(self, self.console)
        self.conversation.amplify_requested.connect(self.marketing.open_amplify)
        for dock in (self.publishing.approvals_dock, self.publishing.schedule_dock):
            dock.toggleViewAction().triggered.connect(
                lambda on: QTimer.singleShot(0, self.fit_bottom_docks) if on else None
            )
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.setObjectName("shortcutsAction")
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys)
        about = QAction(self.tr("&About Social Console"), self)
        about.triggered.connect(
            lambda: QMessageBox.about(
                self,
                self.tr("Social Console"),
                self.tr(
                    "Social Console — your company's social accounts, worked together.\nDatabase: {db_label}\nUpdate channel: {update_channel} (IT sets it in {system_config_file})"
                ).format(
                    db_label=self.console.db_label,
                    update_channel=update_channel(),
                    system_config_file=system_config_file(),
                ),
            )
        )
        help_menu.addAction(about)

    def open_preferences(self) -> None:
        from ui.main.preferences import PreferencesDialog

        assert self.console.actor is not None
        self._preferences = PreferencesDialog(self.console.actor.username, self)
        self._preferences.open()

    def open_routing_editor(self) -> None:
        from ui.admin.routing_editor import RoutingEditor

        self.routing_editor = RoutingEditor(self.console, self)
        self.routing_editor.show()

    def open_capacity(self) -> None:
        from ui.admin.capacity import CapacityDialog

        self.capacity_dialog = CapacityDialog(self.console, self)
        self.capacity_dialog.show()

    def open_voc(self) -> None:
        from ui.reports.voc import VocDialog

        self.voc = VocDialog(self.console, self)
        self.voc.show()

    # -- behaviour ------------------------------------------------------------------------
    def _current_view(self) -> View:
        item = self.views.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else View.ALL.value
        if isinstance(value, str) and value in View._value2member_map_:
            return View(value)
        saved = self.saved.get(int(value)) if isinstance(value, int) else None
        return saved.filter.view if saved else View.ALL

    def _current_filter(self) -> InboxFilter:
        return self.filter_bar.filter(self._current_view())

    def _view_chosen(self) -> None:
        item = self.views.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else None
        # each view keeps its own search: what was typed in one never silently filters another
        key = str(value)
        self.filter_bar.switch_search(self._view_key, key)
        self._view_key = key
        if isinstance(value, int) and value in self.saved:
            # the bar holds no order: the saved view's own (column and direction) is applied
            # by the change signal below, not the order of the view shown before
            saved = self.saved[value].filter
            self._restore_sort = (saved.sort, saved.sort_reverse)
            self.filter_bar.set_filter(saved)  # emits changed
        else:
            self._filter_changed()

    def _filter_changed(self) -> None:
        flt = self._current_filter()
        restore, self._restore_sort = self._restore_sort, None
        if restore is not None:
            flt = replace(flt, sort=restore[0], sort_reverse=restore[1])
        elif flt.view == self.model.filter.view and not flt.sort:
            # a new filter or search keeps the order the person chose for this view
            flt = replace(
                flt, sort=self.model.filter.sort, sort_reverse=self.model.filter.sort_reverse
            )
        self.model.set_filter(flt)
        self.table.show_sort(flt)
        self.filter_bar.show_active(self._view_title())
        self.conversation.show_conversation(None)
        self.publishing.conversation_selected(None)
        self.right_pane.setCurrentIndex(0)

    def _sort_requested(self, key: str, reverse: bool) -> None:
        """A header was clicked: the server re-orders (the whole view, not the loaded page)."""
        flt = replace(self.model.filter, sort=key, sort_reverse=reverse)
        self.model.set_filter(flt)
        self.table.show_sort(flt)

    def _view_title(self) -> str:
        item = self.views.currentItem()
        return item.text().split("\n")[0].removeprefix("★ ") if item else view_title(View.ALL)

    def _taken(self, cid: int, text: str) -> None:
        self.statusBar().showMessage(text, 8000)
        self.open_conversation(cid)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return  # keep showing the open conversation (a live update may have moved it)
        if self.model.leaving is not None:
            # Qt picked the next row because the selected one left the list (handed off, taken
            # out of Unassigned by this person's Take next, claimed or resolved by a colleague):
            # nobody asked to open it, and the pane keeps the conversation the person is in
            QTimer.singleShot(0, self.table.clearSelection)
            return
        cid = self.model.conversation_id(rows[0].row())
        if cid != self.conversation.conversation_id:
            self._show(cid)

    def _fit_reading_pane(self, index: int) -> None:
        """With nothing open the reading pane holds two sentences: it gives its width to the
        list (a laptop's inbox needs it for its columns and filters) and takes it back when a
        conversation opens (as wide as the person last left it)."""
        sizes = self.splitter.sizes()
        if index == 0:
            if sizes[2] > EMPTY_PANE_WIDTH:
                self._open_pane_width = sizes[2]
            self.right_pane.setMaximumWidth(EMPTY_PANE_WIDTH)
            if sum(sizes):
                spare = max(0, sizes[2] - EMPTY_PANE_WIDTH)
                self.splitter.setSizes(
                    [sizes[0], sizes[1] + spare, min(sizes[2], EMPTY_PANE_WIDTH)]
                )
            return
        self.right_pane.setMaximumWidth(NO_MAXIMUM)
        if sum(sizes) and sizes[2] < self._open_pane_width:
            give = min(self._open_pane_width - sizes[2], max(0, sizes[1] - 300))
            self.splitter.setSizes([sizes[0], sizes[1] - give, sizes[2] + give])

    def _show(self, cid: int | None) -> None:
        self._replying = False
        self.right_pane.setCurrentIndex(0 if cid is None else 1)
        self.conversation.show_conversation(cid)
        self.publishing.conversation_selected(cid)
        if cid is not None:
            row = self.model.row_data(cid)
            if row is None or row.unread:
                self._mark_read(cid)
        self._heartbeat()

    @asyncSlot()
    async def _mark_read(self, cid: int) -> None:
        """Read markers are a hint: written directly, not kept through an outage."""
        actor = self.console.actor

        def write() -> None:
            with self.console.factory() as s, s.begin():
                inbox.mark_read(s, actor, cid)

        try:
            await run_blocking(write)
        except Exception:  # noqa: BLE001
            return
        if self._closing:
            return
        self.model.apply_changes([cid])
        self._recount()

    def open_conversation(self, cid: int) -> None:
        """Show a conversation, selecting its row when the current view holds it."""
        row = self.model.row_of(cid)
        if row is not None:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
            self._show(cid)

    def move_selection(self, step: int) -> None:
        n = self.model.rowCount()
        if n == 0:
            return
        current = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        target = min(max(current + step, 0), n - 1) if current >= 0 else 0
        self.table.selectRow(target)
        self.table.scrollTo(self.model.index(target, 0))

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.show()

    def _note_shortcut(self) -> None:
        if self.conversation.conversation_id is not None:
            self.conversation.actions.write_note()

    def _reply_requested(self, cid: int) -> None:
        """Say "replying" to colleagues at once and put the cursor in the reply box."""
        self._replying = True
        self._heartbeat()
        composer = self.publishing.composer
        if composer.isEnabled():
            composer.editor.setFocus()
        self.statusBar().showMessage(
            self.tr("Replying: colleagues now see that you are writing the answer."), 5000
        )

    def _first_page_loaded(self, loading: bool) -> None:
        """Once the window is up: put what start-up built out of the garbage collector's way.

        A full collection walks every object the interpreter tracks — Qt wrappers, SQLAlchemy's
        mappers, the classifiers' tables, hundreds of thousands of them — while holding the
        GIL, so the UI thread froze 40–80 ms whenever the sync thread's allocations set one off.
        Collected once and frozen, those objects are never walked again; only what is made
        after start-up is.
        """
        if loading or _HEAP_SETTLED.is_set():
            return
        _HEAP_SETTLED.set()
        QTimer.singleShot(0, _settle_heap)

    def _on_changes(self, batch: Sequence[Change]) -> None:
        if self._closing:
            return
        self.publishing.on_changes(batch)
        self.crisis.on_changes(batch)
        self.listening.on_changes(batch)
        if getattr(self, "marketing", None) is not None:  # built with the menus
            self.marketing.on_changes(batch)
        conv_ids: set[int] = set()
        own: set[int] = set()  # this workstation's own actions: applied even while the list holds
        presence_changed = False
        outbox_changed = False
        me = self.console.actor.employee_id if self.console.actor else None
        actor = self.console.actor
        # fan-out: only what can touch this list or its counts is read (app.inbox.fanout)
        recount = True
        if actor is not None:
            shown = self.model.shown_ids()
            if self.conversation.conversation_id is not None:
                shown.add(self.conversation.conversation_id)
            plan = fanout.plan(actor, self.model.filter, batch, shown)
            conv_ids.update(plan.ids)
            recount = plan.recount
        for ch in batch:
            if ch.topic == "conversation":
                if actor is None:
                    conv_ids.update(ch.ids)
                if ch.origin is not None and ch.origin == self.console.origin:
                    own.update(i for i in ch.ids if i in conv_ids)
            elif ch.topic == "presence":
                presence_changed = True
            elif ch.topic == "employee" and me in ch.ids:
                self.reload_actor()
            elif ch.topic == "outbox":
                outbox_changed = (
                    True  # a reply waiting, approved, held or sent: the thread shows it
                )
        if conv_ids:
            if own:
                self.model.apply_changes(sorted(own), own=True)
            if conv_ids - own:
                self.model.apply_changes(sorted(conv_ids - own))
        if recount and any(ch.topic == "conversation" for ch in batch):
            self._recount()
        if self.conversation.conversation_id in conv_ids or (
            outbox_changed and self.conversation.conversation_id is not None
        ):
            self.conversation.reload()
        if presence_changed:
            self.refresh_presence()
        self.check_notifications()

    # -- background work (never on the UI thread) -----------------------------------------
    def _start_background(self) -> None:
        self.refresh_counts()
        self.refresh_presence()
        self.check_notifications()
        self._load_choices()
        self.reload_saved_views()

    @asyncSlot()
    async def _load_choices(self) -> None:
        try:
            await self.filter_bar.load_choices()
            await self.conversation.load_choices()
        except Exception as exc:  # noqa: BLE001 - the bar still works without the choices
            self.bridge.say("warning", describe_error(exc))

    @asyncSlot()
    async def check_notifications(self) -> None:
        if self._closing:
            return
        try:
            await self.notifier.check()
        except Exception:  # noqa: BLE001 - retried on the next batch or tick
            return

    @asyncSlot()
    async def refresh_counts(self) -> None:
        actor = self.console.actor
        if actor is None:
            return
        filters: dict[str, InboxFilter] = {v.value: InboxFilter(view=v) for v in View}
        for vid, sv in self.saved.items():
            filters[str(vid)] = sv.filter

        def query() -> dict[str, tuple[int, int]]:
            with self.console.session() as s:
                return inbox.view_counts(s, actor, filters)

        try:
            self.counts = await run_blocking(query)
            self.unread = {k: u for k, (_o, u) in self.counts.items()}
        except Exception as exc:  # noqa: BLE001 - counts are a hint; the banner reports outages
            log.info("unread counts not refreshed: %s", describe_error(exc))
            return
        if not self._closing:
            self._paint_views()

    def _recount(self) -> None:
        """Recount soon — at most once per COUNTS_DELAY_MS however busy the feed is."""
        if not self.counts_timer.isActive():
            self.counts_timer.start()

    def _paint_views(self) -> None:
        for i in range(self.views.count()):
            item = self.views.item(i)
            value = item.data(Qt.ItemDataRole.UserRole)
            if isinstance(value, str) and value in View._value2member_map_:
                title, key = view_title(View(value)), value
            elif isinstance(value, int) and value in self.saved:
                title, key = "★ " + self.saved[value].name, str(value)
            else:
                continue
            total, unread = self.counts.get(key, (0, 0))
            item.setText(view_label(title, total, unread, inbox.UNREAD_CAP))

    @asyncSlot()
    async def reload_saved_views(self) -> None:
        actor = self.console.actor
        if actor is None:
            return

        def query() -> list[saved_views.Saved]:
            with self.console.session() as s:
                return saved_views.list_views(s, actor)

        try:
            views = await run_blocking(query)
        except Exception as exc:  # noqa: BLE001
            self.bridge.say("warning", describe_error(exc))
            return
        if self._closing:
            return
        current = self.views.currentItem()
        current_value = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.views.blockSignals(True)
        while self.views.count() > len(View):
            self.views.takeItem(len(View))
        self.saved = {v.id: v for v in views}
        for v in views:
            item = QListWidgetItem("★ " + v.name)
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            item.setToolTip(plain_tooltip(v.name))
            self.views.addItem(item)
            if v.id == current_value:
                self.views.setCurrentItem(item)
        self.views.blockSignals(False)
        self._paint_views()
        self._recount()

    @asyncSlot()
    async def save_view(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save view"), self.tr("Name of the view:"))
        if not ok or not name.strip():
            return
        # the order shown (a header clicked, or the view's own) is part of what is saved
        shown = self.model.filter
        actor = self.console.actor
        flt = replace(self._current_filter(), sort=shown.sort, sort_reverse=shown.sort_reverse)

        def write() -> saved_views.Saved:
            with self.console.factory() as s, s.begin():
                return saved_views.save_view(s, actor, name, flt)

        try:
            saved = await run_blocking(write)
        except Exception as exc:  # noqa: BLE001
            self.bridge.say("error", describe_error(exc))
            return
        self.bridge.say("info", self.tr("Saved the view “{name}”.").format(name=saved.name))
        await self.reload_saved_views()

    @asyncSlot()
    async def delete_saved_view(self) -> None:
        item = self.views.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not isinstance(value, int) or value not in self.saved:
            self.bridge.say("info", self.tr("Choose one of your saved views (★) first."))
            return
        actor = self.console.actor

        def write() -> None:
            with self.console.factory() as s, s.begin():
                saved_views.delete_view(s, actor, value)

        try:
            await run_blocking(write)
        except Exception as exc:  # noqa: BLE001
            self.bridge.say("error", describe_error(exc))
            return
        self.views.setCurrentRow(list(View).index(View.ALL))
        await self.reload_saved_views()

    @asyncSlot()
    async def refresh_presence(self) -> None:
        actor = self.console.actor
        if actor is None:
            return

        def query() -> dict[int, list[presence.Present]]:
            with self.console.session() as s:
                return presence.present(s, None, exclude_employee=actor.employee_id)

        try:
            here = await run_blocking(query)
        except Exception:  # noqa: BLE001 - presence is a hint
            return
        if self._closing:
            return
        self._here = here
        self.model.set_presence(here)
        cid = self.conversation.conversation_id
        if cid is not None:
            self.conversation.set_presence(here.get(cid, []))

    @asyncSlot()
    async def _heartbeat(self) -> None:
        actor = self.console.actor
        if actor is None or self._closing:
            return
        cid = self.conversation.conversation_id
        state = "replying" if self._replying else "viewing"

        def write() -> None:
            with self.console.factory() as s, s.begin():
                presence.beat(s, actor, cid, state, origin=self.console.origin)

        try:
            await run_blocking(write)
        except Exception:  # noqa: BLE001 - the next beat retries; expiry hides stale rows
            return
        if self._closing:
            return
        # presence fades by time, not by events: refresh what others show now and then
        self.refresh_presence()

    @asyncSlot()
    async def _sweep(self) -> None:
        origin = self.console.origin

        def write() -> None:
            with self.console.factory() as s, s.begin():
                sla.sweep_breaches(s, origin=origin)
                cs.wake_snoozed(s, origin=origin)

        try:
            await run_blocking(write)
        except Exception:  # noqa: BLE001 - another workstation or the next sweep does it
            return

    # -- the action queue ----------------------------------------------------------------
    def _action_done(self, action: PendingAction, result: object) -> None:
        if self._closing:
            return
        if action.kind == "note" and isinstance(result, cs.NoteResult) and result.unknown:
            self.bridge.say(
                "warning",
                self.tr("Not notified (no colleague or team has that name): ")
                + ", ".join("@" + n for n in result.unknown),
            )
        if action.kind == "note" and isinstance(result, cs.NoteResult) and result.not_notified:
            self.bridge.say(
                "warning",
                self.tr("Not notified (they cannot see this conversation): ")
                + ", ".join(result.not_notified),
            )
        if action.kind == "assign" and action.args.get("team_id") is not None:
            team = action.args.get("team_name") or "another team"
            self.conversation.note_moved(action.conversation_id, team)
            self.model.apply_changes([action.conversation_id], own=True)
            return
        if action.conversation_id == self.conversation.conversation_id:
            self.conversation.reload()

    def _conversation_left(self, cid: int) -> None:
        """Handed off out of this person's sight: the row goes now, not at the next event."""
        if self._closing:
            return
        self.table.selectionModel().clear()  # its row goes: Qt would select the next one
        self.publishing.conversation_selected(None)
        self.model.apply_changes([cid], own=True)
        self._recount()

    def _action_refused(self, action: PendingAction, text: str) -> None:
        self.last_refusal = text
        if self._closing:
            return
        self.bridge.say("warning", text)
        if action.kind == "assign":
            self.conversation.move_refused(action.conversation_id)
        if action.conversation_id == self.conversation.conversation_id:
            self.conversation.reload()

    def _connection_lost(self, text: str) -> None:
        self._banner_reason = text
        self._update_banner()

    def _connection_back(self) -> None:
        self._banner_reason = None
        self._update_banner()
        self.bridge.say(
            "info", self.tr("The database connection is back; waiting actions were written.")
        )
        self.model.reload()

    def _update_banner(self) -> None:
        reason = self._banner_reason
        if reason is None and not self.listener.connected.is_set() and self._feed_down:
            reason = "The connection to the database was lost; reconnecting…"
        if reason is None:
            self.banner.hide()
            return
        n = len(self.queue.pending)
        kept = (
            f" {n} action{'s' if n != 1 else ''} you took {'are' if n != 1 else 'is'} kept "
            "and will be written in order."
            if n
            else ""
        )
        self.banner.setText(reason + kept)
        self.banner.show()

    def _update_count(self) -> None:
        count = count_text(self.model.rowCount(), self.model.canFetchMore())
        source = self.model.read_source if self.model.filter.search.strip() else None
        # a search read from the replica says how fresh it is, or that the primary served it
        self.count_label.setText(count + (f" · {source.describe()}" if source else ""))
        item = self.views.currentItem()
        saved = item is not None and isinstance(item.data(Qt.ItemDataRole.UserRole), int)
        reads_queues = bool(read_scope(self.console.actor).areas) if self.console.actor else True
        self.table.set_empty_text(
            empty_text(self._view_title(), self.model.filter, saved, reads_queues=reads_queues)
        )

    def _listener_lost(self, text: str) -> None:
        self._feed_down = True
        self.statusBar().showMessage(text, 5000)
        self._update_banner()

    def _tick(self) -> None:
        refresh_ages(self.model)
        if self._sync_state is not None:
            self.sync_status.setText(self._sync_state())
        live = "live" if self.listener.connected.is_set() else "reconnecting…"
        self.db_status.setText(
            self.tr("Database: {db_label} ({live})").format(
                db_label=self.console.db_label, live=live
            )
        )
        if self._feed_down and self.listener.connected.is_set():
            # the feed is back: catch up on whatever happened while it was away
            self._feed_down = False
            self._update_banner()
            if not self.queue.offline:
                self.model.reload()
                self.queue.retry_now()
        if self._feed_down and not self.banner.isVisible():
            self._update_banner()
        if self.queue.offline and self.queue.pending:
            self._update_banner()

    def _show_message(self, level: str, text: str) -> None:
        self.statusBar().showMessage(text, 8000 if level != "error" else 15000)

    # -- identity -------------------------------------------------------------------------------
    def _show_admin_menu(self) -> None:
        actor = self.console.actor
        allowed = actor is not None and actor.can(Permission.MANAGE_EMPLOYEES)
        self.admin_menu.menuAction().setVisible(allowed)
        self.admin_action.setEnabled(allowed)

    def open_admin_panel(self) -> None:
        from ui.admin.admin import AdminPanel

        if self.admin_panel is None:
            self.admin_panel = AdminPanel(self.console, self)
        self.admin_panel.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen warns that it cannot
            self.admin_panel.raise_()

    def _listener_error(self, exc: BaseException) -> None:
        """On the listener's thread: a refused login means IT took this person's access away."""
        from app.session.signin import DEACTIVATED, login_refused

        if login_refused(exc) is not None:
            self.change_bridge.revoked.emit(f"{DEACTIVATED} You were signed out.")
        else:
            self.change_bridge.failed.emit("Live updates interrupted; reconnecting…")

    @asyncSlot()
    async def reload_actor(self) -> None:
        """IT changed this person: load their rights again, or sign out if deactivated."""
        from app.identity.access import AccessDenied, load_actor

        actor = self.console.actor
        if actor is None:
            return

        def load() -> Actor:
            with self.console.session() as s:
                return load_actor(s, actor.employee_id)

        try:
            fresh = await run_blocking(load)
        except AccessDenied:
            self._access_revoked("IT has deactivated your account; you were signed out.")
            return
        except Exception as exc:  # noqa: BLE001 - the connection may already be gone
            from app.session.signin import login_refused

            if login_refused(exc) is not None:
                self._access_revoked("IT has deactivated your account; you were signed out.")
            return
        if fresh != actor:
            self.console.actor = fresh
            self._show_admin_menu()
            if self.admin_panel is not None and not fresh.can(Permission.MANAGE_EMPLOYEES):
                self.admin_panel.close()
            self.model.reload()
            self.conversation.show_conversation(None)
            self.statusBar().showMessage(self.tr("Your permissions were changed by IT."), 8000)

    def _access_revoked(self, reason: str) -> None:
        if self.signed_out_reason is None:
            self.sign_out(reason=reason)

    signed_out_reason: str | None = None

    def sign_out(self, *, switch: bool = False, reason: str = "") -> None:
        # show the sign-in dialog before closing, so closing the last window does not quit
        self.signed_out_reason = reason
        if self.admin_panel is not None:
            self.admin_panel.close()
        if self._on_sign_out is not None:
            self._on_sign_out(switch=switch, reason=reason)
        self.close()

    _docks_fitted = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._name_dock_tabs()
        if not self._docks_fitted:
            self._docks_fitted = True
            QTimer.singleShot(0, self.fit_bottom_docks)

    def _name_dock_tabs(self) -> None:
        """The tab bars Qt makes for docks sharing a place get a name a screen reader says."""
        for bar in self.findChildren(QTabBar):
            if bar.parentWidget() is self and not bar.accessibleName():
                bar.setAccessibleName(self.tr("Panels"))
                describe_tab_bar(
                    bar, self.tr("Panels sharing this place; the arrow keys switch between them")
                )

    def fit_bottom_docks(self) -> None:
        """Docks along the bottom take a quarter of the window (or their minimum), so the thread
        and the composer keep theirs (called when a dock is shown; the docks stay resizable)."""
        docks = [
            d
            for d in self.findChildren(QDockWidget)
            if d.isVisible()
            and not d.isFloating()
            and self.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea
        ]
        self._name_dock_tabs()
        if docks:
            quarter = max(self.height() // 4, 160)  # Qt keeps each dock at least its minimum
            self.resizeDocks(docks, [quarter] * len(docks), Qt.Orientation.Vertical)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.availability.sign_off()
        self._closing = True
        self.conversation.closed = True
        self.ticker.stop()
        self.heartbeat.stop()
        self.sweeper.stop()
        self.counts_timer.stop()
        self.queue.close()
        self.notifier.close()
        self.notifications.close()
        self.listener.stop()
        self.publishing.shutdown()
        self.crisis.shutdown()
        self.model.shutdown()
        # what this window froze becomes collectable again (its cycles would otherwise stay);
        # the next window's first page settles the heap anew
        gc.unfreeze()
        _HEAP_SETTLED.clear()
        actor, console = self.console.actor, self.console
        if actor is not None:

            def leave() -> None:
                try:
                    with console.factory() as s, s.begin():
                        presence.leave(s, actor, origin=console.origin)
                except Exception:  # noqa: BLE001 - presence expires by itself within 30 s
                    pass

            # never wait on the database while closing: presence also expires on its own
            self._leaver = threading.Thread(target=leave, name="presence-leave", daemon=True)
            self._leaver.start()
        super().closeEvent(event)


#: once per process: the heap is settled after the first window's first page
_HEAP_SETTLED = threading.Event()


def _settle_heap() -> None:
    gc.collect()
    gc.freeze()
