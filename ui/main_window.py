"""The main window: views on the left, the shared inbox in the middle, the thread on the right."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelection, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.console import Console
from app.services.access import Actor, Permission
from app.services.inbox import InboxFilter, View
from app.sync.changes import Change, ChangeListener
from ui.accounts import install_accounts_menu
from ui.availability import AvailabilityControl
from ui.conversation import ConversationPane
from ui.inbox_model import COLUMNS, InboxModel, refresh_ages
from ui.publishing_ui import PublishingUi
from ui.tasks import MessageBridge, run_blocking

STATUS_FILTERS = (
    ("Open and pending", ("open", "pending")),
    ("Open", ("open",)),
    ("Resolved", ("resolved",)),
    ("Any status", ()),
)


def actor_can_route(console: Console) -> bool:
    return console.actor is not None and console.actor.can(Permission.MANAGE_ROUTING)


class ChangeBridge(QObject):
    """Carries change batches from the listener thread to the UI thread (queued signal)."""

    changes = Signal(list)
    failed = Signal(str)
    #: the database no longer lets this person in (deactivated, password changed): the reason
    revoked = Signal(str)


class MainWindow(QMainWindow):
    def __init__(
        self,
        console: Console,
        bridge: MessageBridge,
        *,
        sync_state: Callable[[], str] | None = None,
        on_sign_out: Callable[..., None] | None = None,
    ) -> None:
        super().__init__()
        assert console.actor is not None
        self.console = console
        self.bridge = bridge
        self._sync_state = sync_state
        self._on_sign_out = on_sign_out
        actor = console.actor
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"Social Console — {actor.display_name}")
        self.resize(1280, 760)

        # views
        self.views = QListWidget()
        self.views.setObjectName("views")
        for v in View:
            item = QListWidgetItem(v.title)
            item.setData(Qt.ItemDataRole.UserRole, v.value)
            self.views.addItem(item)
        self.views.setCurrentRow(list(View).index(View.ALL))
        self.views.setMaximumWidth(180)
        self.views.currentItemChanged.connect(lambda *_: self._filter_changed())

        # inbox
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        for title, _s in STATUS_FILTERS:
            self.status_filter.addItem(title)
        self.status_filter.currentIndexChanged.connect(lambda *_: self._filter_changed())
        self.count_label = QLabel("")
        self.count_label.setObjectName("countLabel")
        self.model = InboxModel(console, self._current_filter(), self)
        self.table = QTableView()
        self.table.setObjectName("inboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(False)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(24)
        hh = self.table.horizontalHeader()
        widths = {
            "Network": 70,
            "Account": 95,
            "Customer": 140,
            "Team": 120,
            "Assignee": 110,
            "Status": 70,
            "Age": 50,
        }
        for i, name in enumerate(COLUMNS):
            if name == "Message":
                hh.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            else:
                self.table.setColumnWidth(i, widths.get(name, 100))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.model.rowsRemoved.connect(lambda *_: self._update_count())
        self.model.modelReset.connect(self._update_count)
        self.model.error.connect(lambda text: bridge.say("error", text))

        top = QHBoxLayout()
        top.addWidget(QLabel("Show:"))
        top.addWidget(self.status_filter)
        top.addStretch(1)
        top.addWidget(self.count_label)
        inbox_box = QWidget()
        inbox_layout = QVBoxLayout(inbox_box)
        inbox_layout.setContentsMargins(0, 0, 0, 0)
        inbox_layout.addLayout(top)
        inbox_layout.addWidget(self.table)

        self.conversation = ConversationPane(console)
        self.publishing = PublishingUi(self, console, bridge)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.conversation)
        right.addWidget(self.publishing.composer)
        right.setSizes([420, 300])
        splitter = QSplitter()
        splitter.addWidget(self.views)
        splitter.addWidget(inbox_box)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([130, 830, 320])
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.publishing.banner)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        # status bar
        self.db_status = QLabel(f"Database: {console.db_label}")
        self.db_status.setObjectName("dbStatus")
        self.sync_status = QLabel("")
        self.sync_status.setObjectName("syncStatus")
        self.user_status = QLabel(f"Signed in as {actor.display_name} ({actor.username})")
        for w in (self.db_status, self.sync_status, self.user_status):
            w.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.db_status)
        self.statusBar().addWidget(self.sync_status, 1)
        self.availability = AvailabilityControl(console, bridge, self)
        self.statusBar().addPermanentWidget(self.availability)
        self.statusBar().addPermanentWidget(self.user_status)
        self.conversation.handoff.handed_off.connect(lambda text: bridge.say("info", text))

        self._make_menus()
        bridge.listen(self._show_message)

        # live changes
        self.change_bridge = ChangeBridge(self)
        self.change_bridge.changes.connect(self._on_changes)
        self.change_bridge.failed.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.listener = ChangeListener(
            console.engine,
            lambda batch: self.change_bridge.changes.emit(list(batch)),
            on_error=self._listener_failed,
        )
        self.change_bridge.revoked.connect(self._access_revoked)
        self.admin_panel: QWidget | None = None
        self.listener.start()
        self.ticker = QTimer(self)
        self.ticker.setObjectName("ageTicker")
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.ticker.start()
        self.model.fetchMore()
        self._tick()

    # -- menus ----------------------------------------------------------------------------
    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        sign_out = QAction("Sign &out", self)
        sign_out.setObjectName("signOutAction")
        sign_out.triggered.connect(self.sign_out)
        file_menu.addAction(sign_out)
        switch = QAction("S&witch user…", self)
        switch.setObjectName("switchUserAction")
        switch.triggered.connect(lambda: self.sign_out(switch=True))
        file_menu.addAction(switch)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu("&View")
        refresh = QAction("&Refresh", self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.model.reload)
        view_menu.addAction(refresh)
        self.accounts = install_accounts_menu(self, self.console)
        self.admin_menu = self.menuBar().addMenu("&Admin")
        self.admin_action = QAction("&People and permissions…", self)
        self.admin_action.setObjectName("adminPanelAction")
        self.admin_action.triggered.connect(self.open_admin_panel)
        self.admin_menu.addAction(self.admin_action)
        self._show_admin_menu()
        routing_menu = self.menuBar().addMenu("R&outing")
        self.routing_action = QAction("Routing &rules…", self)
        self.routing_action.setObjectName("routingRulesAction")
        self.routing_action.setEnabled(actor_can_route(self.console))
        self.routing_action.triggered.connect(self.open_routing_editor)
        routing_menu.addAction(self.routing_action)
        self.voc_action = QAction("&Voice of the customer…", self)
        self.voc_action.setObjectName("vocAction")
        self.voc_action.triggered.connect(self.open_voc)
        routing_menu.addAction(self.voc_action)
        self.publishing.install_menu(self.menuBar())
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About Social Console", self)
        about.triggered.connect(
            lambda: QMessageBox.about(
                self,
                "Social Console",
                "Social Console — your company's social accounts, worked together.\n"
                f"Database: {self.console.db_label}",
            )
        )
        help_menu.addAction(about)

    def open_routing_editor(self) -> None:
        from ui.routing_editor import RoutingEditor

        self.routing_editor = RoutingEditor(self.console, self)
        self.routing_editor.show()

    def open_voc(self) -> None:
        from ui.voc import VocDialog

        self.voc = VocDialog(self.console, self)
        self.voc.show()

    # -- behaviour ------------------------------------------------------------------------
    def _current_filter(self) -> InboxFilter:
        item = self.views.currentItem()
        view = View(item.data(Qt.ItemDataRole.UserRole)) if item else View.ALL
        statuses = STATUS_FILTERS[max(0, self.status_filter.currentIndex())][1]
        return InboxFilter(view=view, statuses=statuses)

    def _filter_changed(self) -> None:
        self.model.set_filter(self._current_filter())
        self.conversation.show_conversation(None)
        self.publishing.conversation_selected(None)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return  # keep showing the open conversation (a live update may have moved it)
        cid = self.model.conversation_id(rows[0].row())
        if cid != self.conversation.conversation_id:
            self.conversation.show_conversation(cid)
            self.publishing.conversation_selected(cid)

    def _on_changes(self, batch: Sequence[Change]) -> None:
        self.publishing.on_changes(batch)
        conv_ids: set[int] = set()
        me = self.console.actor.employee_id if self.console.actor else None
        for ch in batch:
            if ch.topic == "conversation":
                conv_ids.update(ch.ids)
            elif ch.topic == "employee" and me in ch.ids:
                self.reload_actor()
        if conv_ids:
            self.model.apply_changes(sorted(conv_ids))
            if self.conversation.conversation_id in conv_ids:
                self.conversation.reload()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        more = "+" if self.model.canFetchMore() else ""
        self.count_label.setText(f"{n}{more} conversations")

    def _tick(self) -> None:
        refresh_ages(self.model)
        if self._sync_state is not None:
            self.sync_status.setText(self._sync_state())
        live = "live" if self.listener.connected.is_set() else "reconnecting…"
        self.db_status.setText(f"Database: {self.console.db_label} ({live})")

    def _show_message(self, level: str, text: str) -> None:
        self.statusBar().showMessage(text, 8000 if level != "error" else 15000)

    # -- identity -------------------------------------------------------------------------------
    def _show_admin_menu(self) -> None:
        actor = self.console.actor
        allowed = actor is not None and actor.can(Permission.MANAGE_EMPLOYEES)
        self.admin_menu.menuAction().setVisible(allowed)
        self.admin_action.setEnabled(allowed)

    def open_admin_panel(self) -> None:
        from ui.admin import AdminPanel

        if self.admin_panel is None:
            self.admin_panel = AdminPanel(self.console, self)
        self.admin_panel.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen warns that it cannot
            self.admin_panel.raise_()

    def _listener_failed(self, exc: BaseException) -> None:
        """On the listener's thread: a refused login means IT took this person's access away."""
        from app.services.signin import DEACTIVATED, login_refused

        if login_refused(exc) is not None:
            self.change_bridge.revoked.emit(f"{DEACTIVATED} You were signed out.")
        else:
            self.change_bridge.failed.emit("Live updates interrupted; reconnecting…")

    @asyncSlot()
    async def reload_actor(self) -> None:
        """IT changed this person: load their rights again, or sign out if deactivated."""
        from app.services.access import AccessDenied, load_actor

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
            from app.services.signin import login_refused

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
            self.statusBar().showMessage("Your permissions were changed by IT.", 8000)

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

    def closeEvent(self, event: QCloseEvent) -> None:
        self.availability.sign_off()
        self.ticker.stop()
        self.listener.stop()
        self.publishing.shutdown()
        self.model.shutdown()
        super().closeEvent(event)
