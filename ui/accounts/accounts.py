"""The Accounts panel for IT: brand accounts with their state, connect, reconnect, disconnect.

Shown as a dock of the main window, from the "Accounts" menu that only employees allowed to
manage accounts see. Every slow step (keyring, browser sign-in, network, database) runs through
:func:`ui.tasks.run_blocking`; while a sign-in waits for the browser the dialog shows what it is
doing and a Cancel button that ends the wait. The list follows the change feed's "account"
topic, so a worker on another machine turning an account to "needs reconnect" shows at once.
"""

from __future__ import annotations

import webbrowser
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.channels.brand_accounts import (
    AccountRow,
    begin_connect,
    complete_connect,
    disconnect_account,
    list_accounts,
    make_registry,
)
from app.db.changes import Change
from app.identity.access import Permission
from app.session.console import Console
from ui.theme.apply import themed
from ui.theme.colours import colour
from ui.widgets.accessible import describe
from ui.widgets.tasks import describe_error, run_blocking

if TYPE_CHECKING:  # the HTTP and OAuth stacks load when the Accounts dock first needs them
    from accounts.registry import ConnectAttempt, Registry

COLUMNS = ("Network", "Account", "State", "Token on this computer", "Read budget")
#: account state → colour role (ui/theme)
_STATE_COLOURS = {
    "needs_reconnect": "error",
    "rate_limited": "warning",
    "disconnected": "muted",
    "syncing": "good",
}
_Index = QModelIndex | QPersistentModelIndex


class AccountsModel(QAbstractTableModel):
    """The accounts as rows (a workspace has tens of accounts: the list is loaded whole)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AccountRow] = []

    def set_rows(self, rows: Sequence[AccountRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(COLUMNS):
                return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return row.network
            if col == 1:
                name = f"{row.display_name} (@{row.handle})" if row.display_name else row.handle
                return name
            if col == 2:
                if row.catching_up:
                    return f"{row.state_words} — {row.catching_up}"
                return row.state_words
            if col == 3:
                if row.network == "demo":
                    return "— (demo network, synced by the app)"
                return "yes" if row.token_here else "no"
            if col == 4:
                return row.budget
        if role == Qt.ItemDataRole.ForegroundRole and col == 2:
            role_name = _STATE_COLOURS.get(row.state)
            return QBrush(colour(role_name)) if role_name is not None else None
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def row_for(self, account_id: int) -> AccountRow | None:
        return next((r for r in self.rows if r.id == account_id), None)


class ConnectDialog(QDialog):
    """Network picker, the fields that network needs, progress with Cancel while signing in."""

    def __init__(
        self,
        console: Console,
        registry: Registry,
        *,
        open_browser: Callable[[str], object] = webbrowser.open,
        reconnect: AccountRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.console = console
        self.registry = registry
        self.open_browser = open_browser
        self.reconnect = reconnect
        self.attempt: ConnectAttempt | None = None
        self.outcome_message: str | None = None
        self.busy = False
        self.setObjectName("connectDialog")
        self.setWindowTitle(
            self.tr("Reconnect account") if reconnect else self.tr("Connect account")
        )
        self.setMinimumWidth(480)

        self.network = QComboBox()
        self.network.setObjectName("networkPicker")
        self.forms = QStackedWidget()
        self.inputs: dict[str, dict[str, QLineEdit]] = {}
        for spec in registry.networks():
            self.network.addItem(spec.title, spec.name)
            page = QWidget()
            form = QFormLayout(page)
            form.setContentsMargins(0, 0, 0, 0)
            fields: dict[str, QLineEdit] = {}
            for f in spec.fields:
                edit = QLineEdit()
                edit.setObjectName(f"field_{spec.name}_{f.name}")
                edit.setPlaceholderText(f.placeholder)
                edit.setToolTip(f.help)
                if f.secret:
                    edit.setEchoMode(QLineEdit.EchoMode.Password)
                form.addRow(f.label, edit)
                if f.help:
                    hint = QLabel(f.help)
                    hint.setWordWrap(True)
                    hint.setTextFormat(Qt.TextFormat.PlainText)
                    themed(hint, "color: $(muted);")
                    form.addRow("", hint)
                fields[f.name] = edit
            notes = QLabel(spec.notes)
            notes.setWordWrap(True)
            notes.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(notes)
            why = registry.unavailable(spec.name)
            if why:
                warn = QLabel(why)
                warn.setObjectName(f"unavailable_{spec.name}")
                warn.setWordWrap(True)
                warn.setTextFormat(Qt.TextFormat.PlainText)
                themed(warn, "color: $(error);")
                form.addRow(warn)
            self.inputs[spec.name] = fields
            self.forms.addWidget(page)
        self.network.currentIndexChanged.connect(self._network_changed)

        self.status = QLabel("")
        self.status.setObjectName("connectStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy indicator: the browser decides how long it takes
        self.progress.setVisible(False)
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self._connect_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self._cancel_clicked)
        describe(
            self.network,
            self.tr("The social network of the account to connect"),
            self.tr("Network"),
        )
        describe(self.connect_button, self.tr("Opens the network's sign-in in your browser"))
        describe(self.cancel_button, self.tr("Stops connecting and closes this window"))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(self.tr("Network"), self.network)
        layout.addLayout(top)
        layout.addWidget(self.forms)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        if reconnect is not None:
            self.select_network(reconnect.network)
            self.network.setEnabled(False)
            fields = self.inputs.get(reconnect.network, {})
            if "instance" in fields and reconnect.base_url:
                fields["instance"].setText(reconnect.base_url)
            if "handle" in fields:
                fields["handle"].setText(reconnect.handle)
        self._network_changed()

    def select_network(self, name: str) -> None:
        i = self.network.findData(name)
        if i >= 0:
            self.network.setCurrentIndex(i)

    @property
    def network_name(self) -> str:
        return str(self.network.currentData())

    def _network_changed(self, *_: object) -> None:
        self.forms.setCurrentIndex(self.network.currentIndex())
        why = self.registry.unavailable(self.network_name)
        self.connect_button.setEnabled(why is None and not self.busy)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.forms.setEnabled(not busy)
        self.network.setEnabled(not busy and self.reconnect is None)
        self.connect_button.setEnabled(not busy)
        self.status.setText(text)

    def _values(self) -> dict[str, str]:
        return {k: e.text() for k, e in self.inputs[self.network_name].items()}

    def _clear_secrets(self) -> None:
        spec = self.registry.spec(self.network_name)
        for f in spec.fields:
            if f.secret:
                self.inputs[spec.name][f.name].clear()

    @asyncSlot()
    async def _connect_clicked(self) -> None:
        from accounts.registry import ConnectCancelled, SignIn

        if self.busy:
            return
        console = self.console
        assert console.actor is not None
        spec = self.registry.spec(self.network_name)
        waiting = (
            "Your browser is opening: sign in as the brand account and approve. "
            "Waiting for the browser…"
            if spec.sign_in == SignIn.OAUTH
            else "Signing in…"
        )
        self._set_busy(True, waiting)
        values = self._values()
        self._clear_secrets()
        try:
            attempt = await run_blocking(
                begin_connect,
                console.actor,
                self.registry,
                self.network_name,
                values,
                open_browser=self.open_browser,
            )
            self.attempt = attempt
            outcome = await run_blocking(
                complete_connect,
                console.factory,
                console.actor,
                attempt,
                reconnect_id=self.reconnect.id if self.reconnect else None,
                origin=console.origin,
            )
        except ConnectCancelled:
            self.attempt = None
            self._set_busy(False, "Cancelled; nothing was connected.")
            return
        except Exception as exc:  # noqa: BLE001 - shown in words, the dialog stays open
            self.attempt = None
            self._set_busy(False, describe_error(exc))
            return
        self.attempt = None
        self.outcome_message = outcome.message
        self._set_busy(False, outcome.message)
        self.accept()

    def _cancel_clicked(self) -> None:
        if self.busy and self.attempt is not None:
            self.status.setText(self.tr("Cancelling…"))
            self.attempt.cancel()
            return
        if self.busy:
            return  # still checking the keyring: the attempt can be cancelled in a moment
        self.reject()

    def reject(self) -> None:
        if self.attempt is not None:
            self.attempt.cancel()
        super().reject()


class AccountsPanel(QWidget):
    """The list and its buttons; lives in the dock."""

    def __init__(self, controller: AccountsController) -> None:
        super().__init__()
        self.controller = controller
        self.setObjectName("accountsPanel")
        self.keyring_label = QLabel(self.tr("Checking this computer's keyring…"))
        self.keyring_label.setObjectName("keyringLabel")
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setTextFormat(Qt.TextFormat.PlainText)
        self.model = AccountsModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.table.setObjectName("accountsTable")
        self.table.setAccessibleName(self.tr("Brand accounts"))
        self.table.setAccessibleDescription(
            self.tr("Each connected brand account: network, handle, who syncs it and its state")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 80), (1, 200), (3, 150), (4, 160)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)

        self.connect_button = QPushButton(self.tr("Connect account…"))
        self.connect_button.setObjectName("connectAccountButton")
        self.connect_button.clicked.connect(controller.open_connect)
        self.reconnect_button = QPushButton(self.tr("Reconnect…"))
        self.reconnect_button.setObjectName("reconnectButton")
        self.reconnect_button.clicked.connect(self._reconnect)
        self.disconnect_button = QPushButton(self.tr("Disconnect…"))
        self.disconnect_button.setObjectName("disconnectButton")
        self.disconnect_button.clicked.connect(self._disconnect)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(controller.reload)
        describe(self.connect_button, self.tr("Connects another brand account through its network"))
        describe(self.reconnect_button, self.tr("Signs the picked account in again"))
        describe(
            self.disconnect_button,
            self.tr("Disconnects the picked account; you are asked first"),
        )
        describe(self.refresh_button, self.tr("Reads the accounts and their health again"))
        self.message = QLabel("")
        self.message.setObjectName("accountsMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QHBoxLayout()
        for b in (
            self.connect_button,
            self.reconnect_button,
            self.disconnect_button,
            self.refresh_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_label)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._update_buttons()

    def selected(self) -> AccountRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        r = rows[0].row()
        return self.model.rows[r] if 0 <= r < len(self.model.rows) else None

    def select_account(self, account_id: int) -> None:
        for i, row in enumerate(self.model.rows):
            if row.id == account_id:
                self.table.selectRow(i)
                return

    def _update_buttons(self) -> None:
        row = self.selected()
        real = row is not None and row.network != "demo"
        self.reconnect_button.setEnabled(
            real and row is not None and row.state in ("needs_reconnect", "disconnected")
        )
        self.disconnect_button.setEnabled(real and row is not None and row.state != "disconnected")

    def _reconnect(self) -> None:
        row = self.selected()
        if row is not None:
            self.controller.open_connect(reconnect=row)

    def _disconnect(self) -> None:
        row = self.selected()
        if row is not None:
            self.controller.disconnect(row)


class AccountsController(QObject):
    """Owns the menu entry, the dock (made on first use) and the registry (made off the UI)."""

    def __init__(self, window: QMainWindow, console: Console) -> None:
        super().__init__(window)
        self.window = window
        self.console = console
        self.registry: Registry | None = None
        self.registry_factory: Callable[[], Registry] = make_registry
        self.budgets: Callable[[], dict[int, Any]] | None = None
        self.open_browser: Callable[[str], object] = webbrowser.open
        #: asks the person to confirm a disconnect (tests answer it)
        self.confirm: Callable[[str], bool] = self._ask
        self.dock: QDockWidget | None = None
        self.panel: AccountsPanel | None = None
        self.dialog: ConnectDialog | None = None
        self.action = QAction(self.tr("&Accounts…"), window)
        self.action.setObjectName("accountsAction")
        self.action.triggered.connect(self.show)

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.tr("Disconnect account"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show(self) -> None:
        if self.dock is None:
            self.panel = AccountsPanel(self)
            self.dock = QDockWidget(self.tr("Brand accounts"), self.window)
            self.dock.setObjectName("accountsDock")
            self.dock.setWidget(self.panel)
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
            # one bottom dock at a time, as tabs: stacked docks leave a laptop's window no room
            others = [
                d
                for d in self.window.findChildren(QDockWidget)
                if d is not self.dock
                and self.window.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea
            ]
            if others:
                self.window.tabifyDockWidget(others[0], self.dock)
            change_bridge = getattr(self.window, "change_bridge", None)
            if change_bridge is not None:
                change_bridge.changes.connect(self.on_changes)
        self.dock.show()
        self.dock.raise_()
        fit = getattr(self.window, "fit_bottom_docks", None)
        if fit is not None:
            fit()
        self.reload()

    def on_changes(self, batch: Sequence[Change]) -> None:
        if self.dock is not None and any(c.topic == "account" for c in batch):
            self.reload()

    def _load(self) -> tuple[Registry, list[AccountRow], str]:
        registry = self.registry or self.registry_factory()
        actor = self.console.actor
        assert actor is not None
        budgets = self.budgets() if self.budgets else None
        with self.console.session() as s:
            rows = list_accounts(s, actor, registry, budgets=budgets)
        return registry, rows, registry.store.describe()

    @asyncSlot()
    async def reload(self) -> None:
        if self.panel is None:
            return
        try:
            registry, rows, keyring_words = await run_blocking(self._load)
        except Exception as exc:  # noqa: BLE001 - said in words in the panel
            if self.panel is not None:
                self.panel.message.setText(describe_error(exc))
            return
        self.registry = registry
        if self.panel is None:
            return
        selected = self.panel.selected()
        self.panel.keyring_label.setText(keyring_words)
        self.panel.model.set_rows(rows)
        if selected is not None:
            self.panel.select_account(selected.id)

    @asyncSlot()
    async def open_connect(self, reconnect: AccountRow | None = None) -> None:
        if self.registry is None:
            try:
                self.registry = await run_blocking(self.registry_factory)
            except Exception as exc:  # noqa: BLE001
                if self.panel is not None:
                    self.panel.message.setText(describe_error(exc))
                return
        dialog = ConnectDialog(
            self.console,
            self.registry,
            open_browser=self.open_browser,
            reconnect=reconnect if isinstance(reconnect, AccountRow) else None,
            parent=self.window,
        )
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._connected(dialog))
        dialog.show()

    def _connected(self, dialog: ConnectDialog) -> None:
        if self.panel is not None and dialog.outcome_message:
            self.panel.message.setText(dialog.outcome_message)
        self.reload()

    @asyncSlot()
    async def disconnect(self, row: AccountRow) -> None:
        question = (
            f"Disconnect {row.handle} ({row.network})?\n\nIts token is revoked at the network and "
            "removed from this computer's keyring; nobody can reply or post from it until IT "
            "connects it again. Conversations already received stay."
        )
        if not self.confirm(question) or self.panel is None:
            return
        registry = self.registry or await run_blocking(self.registry_factory)
        self.registry = registry
        actor = self.console.actor
        assert actor is not None
        self.panel.message.setText(self.tr("Disconnecting {handle}…").format(handle=row.handle))
        try:
            outcome = await run_blocking(
                disconnect_account,
                self.console.factory,
                actor,
                registry,
                row.id,
                origin=self.console.origin,
            )
        except Exception as exc:  # noqa: BLE001
            if self.panel is not None:
                self.panel.message.setText(describe_error(exc))
            return
        if self.panel is not None:
            self.panel.message.setText(outcome.message)
        self.reload()


def install_accounts_menu(window: QMainWindow, console: Console) -> AccountsController | None:
    """The "Accounts" menu entry, for those allowed to manage accounts; None for others."""
    actor = console.actor
    if actor is None or not actor.can_somewhere(Permission.MANAGE_ACCOUNTS):
        return None
    controller = AccountsController(window, console)
    menu = window.menuBar().addMenu(QCoreApplication.translate("ui.accounts.accounts", "A&ccounts"))
    menu.setObjectName("accountsMenu")
    menu.addAction(controller.action)
    return controller
