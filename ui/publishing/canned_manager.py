"""The canned replies manager: search, create, edit and delete — shared, per team or private.

What a person may change is what the service allows (app/inbox/canned.py): their own private
replies, their teams' replies (and those of teams they approve for), and shared ones if they
are a team lead or IT. Replies they may only use are shown read-only, with the reason.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.inbox import canned
from app.inbox.canned import Canned
from app.session.console import Console
from app.words import plural
from ui.widgets.accessible import describe
from ui.widgets.tasks import describe_error, run_blocking

Index = QModelIndex | QPersistentModelIndex
SCOPE_TITLES = {"private": "Private (only me)", "team": "Team", "shared": "Shared (everyone)"}
SEARCH_DELAY_MS = 250


class CannedListModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Canned] = []

    def set_rows(self, rows: list[Canned]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        c = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            where = f"team {c.team}" if c.scope == "team" else c.scope
            return f"{c.title} — {where}" + ("" if c.editable else " (read-only)")
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        return None


class CannedManager(QDialog):
    def __init__(self, console: Console, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.console = console
        self.setObjectName("cannedManager")
        self.setWindowTitle(self.tr("Canned replies — Social Console"))
        self.resize(860, 520)
        self.current: Canned | None = None
        self.teams: list[tuple[int, str]] = []
        #: the scopes this person may create in
        self.scopes: list[str] = []
        self.loads = 0

        self.search = QLineEdit()
        self.search.setObjectName("cannedSearch")
        self.search.setPlaceholderText(self.tr("Search titles and texts…"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.model = CannedListModel(self)
        self.list = QListView()
        self.list.setObjectName("cannedList")
        self.list.setModel(self.model)
        self.list.selectionModel().currentChanged.connect(lambda cur, _prev: self._chosen(cur))
        self.count = QLabel("")
        self.count.setObjectName("cannedCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.list, 1)
        left.addWidget(self.count)

        self.title = QLineEdit()
        self.title.setObjectName("cannedTitle")
        self.title.setMaxLength(200)
        self.scope = QComboBox()
        self.scope.setObjectName("cannedScope")
        self.scope.currentIndexChanged.connect(lambda _i: self._scope_changed())
        self.team = QComboBox()
        self.team.setObjectName("cannedTeam")
        self.body = QPlainTextEdit()
        self.body.setObjectName("cannedBody")
        self.body.setPlaceholderText(self.tr("Hi {customer_name}, …"))
        variables = QLabel(
            self.tr("Variables: ")
            + "; ".join(f"{{{v}}} — {canned.VARIABLE_HELP[v]}" for v in canned.VARIABLES)
        )
        variables.setTextFormat(Qt.TextFormat.PlainText)
        variables.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Who can use it"), self.scope)
        form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("Text"), self.body)
        form.addRow("", variables)
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.setObjectName("cannedNew")
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("cannedSave")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("cannedDelete")
        self.delete_button.clicked.connect(self.ask_delete)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        describe(
            self.search,
            self.tr("Shows only the canned replies whose title or text holds these words"),
            self.tr("Search canned replies"),
        )
        describe(
            self.list,
            self.tr("Your canned replies and your teams'; pick one to edit it"),
            self.tr("Canned replies"),
        )
        describe(self.title, self.tr("The name the reply picker shows"))
        describe(self.scope, self.tr("Only you, your team, or everyone"))
        describe(self.team, self.tr("The team that may use it, when it is for a team"))
        describe(self.body, self.tr("The reply; variables in braces are filled in when used"))
        describe(self.new_button, self.tr("Starts a new canned reply"))
        describe(self.save_button, self.tr("Keeps the canned reply"))
        describe(
            self.delete_button, self.tr("Deletes the picked canned reply; you are asked first")
        )
        describe(close, self.tr("Closes this window"))
        buttons = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        self.message = QLabel("")
        self.message.setObjectName("cannedMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addLayout(buttons)
        right.addWidget(self.message)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.reload()
        self.start_new()

    # -- loading ---------------------------------------------------------------------------
    @asyncSlot()
    async def reload(self) -> None:
        actor, query = self.console.actor, self.search.text()

        def read() -> tuple[list[Canned], list[tuple[int, str]], list[str]]:
            with self.console.session() as s:
                return (
                    canned.list_canned(s, actor, query=query),
                    canned.writable_teams(s, actor),
                    canned.writable_scopes(s, actor),
                )

        try:
            rows, teams, scopes = await run_blocking(read)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.message.setText(describe_error(exc))
            return
        keep = self.current.id if self.current else None
        self.model.set_rows(rows)
        self.teams = teams
        self._fill_scopes(scopes)
        if query.strip():
            self.count.setText(
                f"{plural(len(rows), 'canned reply', 'canned replies')} "
                f"{'matches' if len(rows) == 1 else 'match'} “{query.strip()}”."
                if rows
                else self.tr("No canned reply matches “{strip}”.").format(strip=query.strip())
            )
        else:
            self.count.setText(
                plural(len(rows), "canned reply", "canned replies") + self.tr(" you can use.")
                if rows
                else self.tr("No canned replies yet: write one on the right and save it.")
            )
        for i, c in enumerate(rows):
            if c.id == keep:
                self.list.setCurrentIndex(self.model.index(i))
        self.loads += 1

    def _fill_scopes(self, scopes: list[str]) -> None:
        self.scopes = list(scopes)
        chosen = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        for sc in scopes:
            self.scope.addItem(SCOPE_TITLES[sc], sc)
        i = self.scope.findData(chosen)
        self.scope.setCurrentIndex(max(i, 0))
        self.scope.blockSignals(False)
        self.team.clear()
        for tid, name in self.teams:
            self.team.addItem(name, tid)
        self._scope_changed()

    def _scope_changed(self) -> None:
        self.team.setEnabled(self.current is None and self.scope.currentData() == "team")

    # -- choosing ----------------------------------------------------------------------------
    def _chosen(self, index: QModelIndex) -> None:
        c = self.model.rows[index.row()] if index.isValid() else None
        if c is None:
            return
        self.current = c
        self.title.setText(c.title)
        self.body.setPlainText(c.body)
        self.scope.blockSignals(True)
        if self.scope.findData(c.scope) < 0:
            self.scope.addItem(SCOPE_TITLES[c.scope], c.scope)
        self.scope.setCurrentIndex(self.scope.findData(c.scope))
        self.scope.blockSignals(False)
        if c.team_id is not None:
            if self.team.findData(c.team_id) < 0:
                self.team.addItem(c.team, c.team_id)
            self.team.setCurrentIndex(self.team.findData(c.team_id))
        self.scope.setEnabled(False)  # a reply keeps its scope; make a new one to share it
        self.team.setEnabled(False)
        for w in (self.title, self.body):
            w.setReadOnly(not c.editable)
        self.save_button.setEnabled(c.editable)
        self.delete_button.setEnabled(c.editable)
        self.message.setText(
            ""
            if c.editable
            else self.tr("You can use this reply but not change it: ")
            + {
                "shared": "shared replies are edited by team leads and IT.",
                "team": f"it belongs to {c.team or 'another team'}.",
                "private": "it is someone's private reply.",
            }[c.scope]
        )

    def start_new(self) -> None:
        self.current = None
        self.list.clearSelection()
        self._fill_scopes(self.scopes)  # a shown read-only reply may have added its scope
        self.title.clear()
        self.body.clear()
        for w in (self.title, self.body):
            w.setReadOnly(False)
        self.scope.setEnabled(True)
        self._scope_changed()
        self.save_button.setEnabled(self.scope.count() > 0)
        self.delete_button.setEnabled(False)
        self.message.setText("")
        self.title.setFocus()

    # -- writing -----------------------------------------------------------------------------
    @asyncSlot()
    async def save(self) -> None:
        actor = self.console.actor
        title, body = self.title.text(), self.body.toPlainText()
        current, scope = self.current, self.scope.currentData()
        team_id = self.team.currentData() if scope == "team" else None

        def write() -> Canned:
            with self.console.factory() as s, s.begin():
                if current is not None:
                    return canned.update_canned(s, actor, current.id, title=title, body=body)
                return canned.create_canned(
                    s, actor, title=title, body=body, scope=scope, team_id=team_id
                )

        try:
            saved = await run_blocking(write)
        except Exception as exc:  # noqa: BLE001 - refused in words; the text stays
            self.message.setText(
                self.tr("{describe_error} Nothing was saved; your text is kept.").format(
                    describe_error=describe_error(exc)
                )
            )
            return
        self.current = saved
        await self.reload()
        self.message.setText(self.tr("Saved “{title}”.").format(title=saved.title))

    def ask_delete(self) -> None:
        c = self.current
        if c is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete canned reply"),
            self.tr("Delete “{title}”? Colleagues who use it will no longer find it.").format(
                title=c.title
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(c.id)

    @asyncSlot()
    async def delete(self, canned_id: int) -> None:
        actor = self.console.actor

        def write() -> None:
            with self.console.factory() as s, s.begin():
                canned.delete_canned(s, actor, canned_id)

        try:
            await run_blocking(write)
        except Exception as exc:  # noqa: BLE001
            self.message.setText(describe_error(exc))
            return
        self.start_new()
        await self.reload()
        self.message.setText(self.tr("Deleted."))
