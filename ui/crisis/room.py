"""The crisis room: a window for PR with the live timeline, the related conversations, the
statements, the decision log and the post-mortem export.

Everything is read off the UI thread (run_blocking). The timeline is fetched incrementally
every second and the chart redraws at most once a second; the lists refresh every few seconds
or when the change feed says a crisis, a statement or an outbox item changed, never more than
one refresh at a time, so a surge of a thousand messages a second costs the UI thread a few
small model updates per second.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot
from sqlalchemy import select

from app.crisis import postmortem, room, statements
from app.crisis.alerts import AlertView, recent_alerts
from app.crisis.mode import CrisisView, active_crisis, latest_crisis
from app.db.changes import Change
from app.db.models import BrandAccount
from app.identity.access import Permission
from app.session.console import Console
from ui.crisis.timeline import TimelineChart
from ui.i18n.counts import Count
from ui.widgets.accessible import describe, describe_tab_bar
from ui.widgets.keys import closes_on_close_key
from ui.widgets.tasks import MessageBridge, describe_error, run_blocking
from ui.widgets.text import plain_tooltip

#: how often the timeline is fetched, and the lists at most
TIMELINE_MS = 1000
LISTS_MS = 3000
#: conversations listed under each phrase (the count says how many there are in all)
SHOWN_PER_GROUP = 40


def _item(text: str, tip: str | None = None) -> QStandardItem:
    it = QStandardItem(text)
    it.setEditable(False)
    if tip:
        it.setToolTip(plain_tooltip(tip))
    return it


@dataclass
class RoomData:
    crisis: CrisisView | None
    alert: AlertView | None
    timeline: room.Timeline
    markers: list[room.Marker] = field(default_factory=list)
    related: list[room.RelatedRow] = field(default_factory=list)
    statements: list[statements.StatementView] = field(default_factory=list)
    decisions: list[room.Decision] = field(default_factory=list)
    lists: bool = False


class StatementDialog(QDialog):
    """Title, text and the brand accounts a statement goes to."""

    def __init__(self, accounts: Sequence[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Draft a statement"))
        self.title = QLineEdit()
        self.title.setObjectName("statementTitle")
        self.title.setPlaceholderText(self.tr("e.g. Holding statement: Bolt charger"))
        self.body = QPlainTextEdit()
        self.body.setObjectName("statementBody")
        self.body.setPlaceholderText(self.tr("What the brand says, in its own words."))
        self.boxes: list[tuple[int, QCheckBox]] = []
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Text"), self.body)
        for aid, label in accounts:
            box = QCheckBox(label)
            box.setChecked(True)
            self.boxes.append((aid, box))
            form.addRow(self.tr("Publish from") if len(self.boxes) == 1 else "", box)
        note = QLabel(
            self.tr(
                "It is approved in two steps: a PR lead, then an executive or legal approver. Once approved it goes out from every account ticked, and agents are offered it first in their composer."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, list[int]]:
        return (
            self.title.text(),
            self.body.toPlainText(),
            [aid for aid, box in self.boxes if box.isChecked()],
        )


StatementPrompt = Callable[[QWidget, Sequence[tuple[int, str]]], tuple[str, str, list[int]] | None]
FolderPrompt = Callable[[QWidget], Path | None]


def ask_statement(
    parent: QWidget, accounts: Sequence[tuple[int, str]]
) -> tuple[str, str, list[int]] | None:
    dlg = StatementDialog(accounts, parent)
    return dlg.values() if dlg.exec() == QDialog.DialogCode.Accepted else None


def ask_folder(parent: QWidget) -> Path | None:
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("ui.crisis.room", "Save the post-mortem in")
    )
    return Path(folder) if folder else None


class CrisisRoom(QMainWindow):
    #: the room asks the main window to end the crisis (it owns the confirmation)
    end_requested = Signal()
    declare_requested = Signal()

    def __init__(
        self,
        console: Console,
        bridge: MessageBridge,
        *,
        prompt_statement: StatementPrompt = ask_statement,
        prompt_folder: FolderPrompt = ask_folder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        closes_on_close_key(self)
        assert console.actor is not None
        self.console = console
        self.bridge = bridge
        self.prompt_statement = prompt_statement
        self.prompt_folder = prompt_folder
        self.setObjectName("crisisRoom")
        self.setWindowTitle(self.tr("Crisis room"))
        self.resize(1280, 760)
        self.data: RoomData | None = None
        self.timeline = room.Timeline()
        self.since = datetime.now(UTC) - timedelta(hours=2)
        self._busy = False
        self._lists_due = True
        self.last_export: postmortem.Export | None = None
        self._related_sig: object = None
        self._statements_sig: object = None
        self._log_sig: object = None
        #: the statement this person last drafted or approved, and the last action's error:
        #: the line under the list says them until the next action, whatever reloads between
        self._acted: statements.StatementView | None = None
        self._statement_error = ""

        self.title = QLabel(self.tr("Loading…"))
        self.title.setObjectName("roomTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.alert_label = QLabel("")
        self.alert_label.setObjectName("roomAlert")
        self.alert_label.setTextFormat(Qt.TextFormat.PlainText)
        self.alert_label.setWordWrap(True)
        self.draft_button = QPushButton(self.tr("Draft statement…"))
        self.draft_button.setObjectName("draftStatement")
        self.draft_button.clicked.connect(self.draft_statement)
        self.export_button = QPushButton(self.tr("Export post-mortem…"))
        self.export_button.setObjectName("exportPostmortem")
        self.export_button.clicked.connect(self.export)
        self.end_button = QPushButton(self.tr("End crisis…"))
        self.end_button.setObjectName("roomEndCrisis")
        self.end_button.clicked.connect(self.end_requested.emit)
        self.declare_button = QPushButton(self.tr("Declare crisis…"))
        self.declare_button.setObjectName("roomDeclare")
        self.declare_button.clicked.connect(self.declare_requested.emit)
        may = console.actor.can(Permission.CRISIS_CONTROL)
        for b in (self.draft_button, self.end_button, self.declare_button):
            b.setEnabled(may)
        head = QHBoxLayout()
        head_text = QVBoxLayout()
        head_text.addWidget(self.title)
        head_text.addWidget(self.alert_label)
        head.addLayout(head_text, 1)
        for b in (self.declare_button, self.draft_button, self.export_button, self.end_button):
            head.addWidget(b)

        self.chart = TimelineChart()

        # related conversations, grouped by phrase
        self.related_model = QStandardItemModel(0, 5, self)
        self.related_model.setHorizontalHeaderLabels(
            [
                self.tr("Phrase / customer"),
                self.tr("Message"),
                self.tr("Team"),
                self.tr("Working on it"),
                self.tr("Status"),
            ]
        )
        self.related_view = QTreeView()
        self.related_view.setObjectName("relatedConversations")
        self.related_view.setModel(self.related_model)
        self.related_view.setUniformRowHeights(True)
        self.related_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.related_view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.related_view.header().setStretchLastSection(False)
        self.related_view.setColumnWidth(0, 280)
        self.related_empty = QLabel("")
        self.related_empty.setObjectName("relatedEmpty")
        self.related_empty.setTextFormat(Qt.TextFormat.PlainText)
        self.related_empty.setWordWrap(True)
        related_box = QWidget()
        rl = QVBoxLayout(related_box)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.related_empty)
        rl.addWidget(self.related_view, 1)

        # statements
        self.statement_model = QStandardItemModel(0, 4, self)
        self.statement_model.setHorizontalHeaderLabels(
            [self.tr("Statement"), self.tr("Accounts"), self.tr("State"), self.tr("By")]
        )
        self.statement_view = QTableView()
        self.statement_view.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.statement_view.setObjectName("statementList")
        self.statement_view.setModel(self.statement_model)
        self.statement_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.statement_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.statement_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.statement_view.verticalHeader().setVisible(False)
        self.statement_view.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.statement_view.setColumnWidth(0, 260)
        self.statement_view.setColumnWidth(1, 160)
        self.approve_button = QPushButton(self.tr("Approve selected statement"))
        self.approve_button.setObjectName("approveStatement")
        self.approve_button.clicked.connect(self.approve_selected)
        self.approve_button.setEnabled(
            console.actor.can(Permission.CRISIS_CONTROL)
            or console.actor.can_somewhere(Permission.APPROVE)
        )
        self.statement_empty = QLabel("")
        self.statement_empty.setTextFormat(Qt.TextFormat.PlainText)
        st_box = QWidget()
        sl = QVBoxLayout(st_box)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.statement_empty)
        sl.addWidget(self.statement_view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.approve_button)
        sl.addLayout(row)

        # decisions
        self.log_model = QStandardItemModel(0, 4, self)
        self.log_model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Detail")]
        )
        self.log_view = QTableView()
        self.log_view.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.log_view.setObjectName("decisionLog")
        self.log_view.setModel(self.log_model)
        self.log_view.verticalHeader().setVisible(False)
        self.log_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.log_view.setColumnWidth(0, 80)
        self.log_view.setColumnWidth(1, 140)
        self.log_view.setColumnWidth(2, 170)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("roomTabs")
        describe_tab_bar(
            self.tabs, self.tr("Related conversations, statements and the decision log")
        )
        self.tabs.setAccessibleName(self.tr("Crisis work"))
        describe(
            self.related_view,
            self.tr("Conversations that match the crisis; Enter opens one in the inbox"),
            self.tr("Related conversations"),
        )
        describe(
            self.statement_view,
            self.tr("Holding statements, drafted and approved, newest first"),
            self.tr("Statements"),
        )
        describe(
            self.log_view,
            self.tr("Every decision taken in this crisis, with who and when"),
            self.tr("Decision log"),
        )
        describe(self.approve_button, self.tr("Approves the picked statement for publishing"))
        describe(self.draft_button, self.tr("Writes a holding statement for approval"))
        describe(self.export_button, self.tr("Saves the crisis timeline and decisions as files"))
        describe(self.end_button, self.tr("Ends the crisis and restores every setting"))
        describe(self.declare_button, self.tr("Declares a crisis: publishing pauses, PR leads"))
        self.tabs.addTab(related_box, self.tr("Related conversations"))
        self.tabs.addTab(st_box, self.tr("Statements"))
        self.tabs.addTab(self.log_view, self.tr("Decision log"))
        self.tabs.currentChanged.connect(lambda _i: self._want_lists())

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.addLayout(head)
        lay.addWidget(split, 1)
        self.setCentralWidget(central)

        self.ticker = QTimer(self)
        self.ticker.setObjectName("roomTicker")
        self.ticker.setInterval(TIMELINE_MS)
        self.ticker.timeout.connect(self.refresh)
        self.lists_timer = QTimer(self)
        self.lists_timer.setInterval(LISTS_MS)
        self.lists_timer.timeout.connect(self._lists_tick)
        self.refreshes = 0

    # ----------------------------------------------------------------------------- life
    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().showEvent(event)
        if not self.ticker.isActive():
            self.ticker.start()
            self.lists_timer.start()
            self._lists_due = True
            self.refresh()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        self.ticker.stop()
        self.lists_timer.stop()
        super().closeEvent(event)

    def on_changes(self, batch: Sequence[Change]) -> None:
        if {ch.topic for ch in batch} & {"crisis", "outbox", "workspace"}:
            self._lists_due = True

    def _lists_tick(self) -> None:
        self._lists_due = True

    def _want_lists(self) -> None:
        self._lists_due = True
        self.refresh()

    # ----------------------------------------------------------------------------- data
    def _load(self, after_id: int, lists: bool) -> RoomData:
        actor = self.console.actor
        assert actor is not None
        ws = actor.workspace_id
        with self.console.session() as s:
            crisis = active_crisis(s, ws) or latest_crisis(s, ws)
            since = self.since
            if crisis is not None:
                since = min(since, crisis.declared_at - timedelta(minutes=30))
            alerts = recent_alerts(s, ws, since=since, limit=1)
            data = RoomData(
                crisis, alerts[0] if alerts else None, room.timeline(s, ws, since, after_id)
            )
            if lists:
                data.lists = True
                data.markers = room.markers(s, ws, since)
                if crisis is not None:
                    data.related = room.related(s, crisis)
                    data.statements = statements.list_statements(s, ws, crisis.id)
                    data.decisions = room.decision_log(
                        s, ws, crisis.declared_at - timedelta(minutes=5)
                    )
            return data

    @asyncSlot()
    async def refresh(self) -> None:
        if self._busy or not self.isVisible():
            return
        self._busy = True
        lists, self._lists_due = self._lists_due, False
        try:
            data = await run_blocking(self._load, self.timeline.last_id, lists)
        except Exception as exc:  # noqa: BLE001 - said once, the next tick tries again
            self.alert_label.setText(describe_error(exc))
            self._lists_due = lists or self._lists_due
            return
        finally:
            self._busy = False
        self.refreshes += 1
        self._apply(data)

    def _apply(self, data: RoomData) -> None:
        self.timeline.merge(data.timeline)
        if data.lists:
            self.data = data
        d = self.data or data
        c = data.crisis
        if c is None:
            self.title.setText(
                self.tr("No crisis declared. The timeline shows the last two hours.")
            )
        elif c.active:
            self.title.setText(
                self.tr(
                    "Crisis: {name} — declared by {declared_by} at {astimezone:%H:%M}. {reason}"
                ).format(
                    name=c.name,
                    declared_by=c.declared_by,
                    astimezone=c.declared_at.astimezone(),
                    reason=c.reason,
                )
            )
        else:
            self.title.setText(
                self.tr("Crisis “{name}” ended by {ended_by} at {astimezone:%H:%M}").format(
                    name=c.name, ended_by=c.ended_by, astimezone=c.ended_at.astimezone()
                )
                if c.ended_at
                else self.tr("Crisis “{name}” ended.").format(name=c.name)
            )
        self.alert_label.setText(
            self.tr("Latest alert: {text}").format(text=data.alert.text)
            if data.alert
            else self.tr("No alert in this period.")
        )
        active = c is not None and c.active
        self.end_button.setVisible(active)
        self.declare_button.setVisible(not active)
        self.draft_button.setVisible(active)
        self.export_button.setEnabled(c is not None)
        self.chart.set_data(self.timeline.minutes, d.markers)
        if data.lists:
            self._show_related(data)
            self._show_statements(data)
            self._show_log(data)

    def _show_related(self, data: RoomData) -> None:
        # rebuilt only when something in it changed (during a surge most refreshes change little)
        sig = (
            data.crisis.id if data.crisis else None,
            tuple((r.conversation_id, r.phrase, r.assignee, r.status) for r in data.related),
        )
        if sig == self._related_sig:
            return
        n = len(data.related)
        if self.tabs.currentIndex() != 0 and self.related_model.rowCount():
            # out of sight: only the count moves; the list is rebuilt when its tab is shown
            more = "+" if n >= room.RELATED_LIMIT else ""
            self.tabs.setTabText(
                0, self.tr("Related conversations ({n:,}{more})").format(n=n, more=more)
            )
            self._related_sig = None
            return
        self._related_sig = sig
        m = self.related_model
        m.removeRows(0, m.rowCount())
        groups = room.grouped(data.related)
        for phrase, rows in groups:
            head = _item(f"“{phrase}” — {Count.tr('%Ln conversation(s)', '', len(rows))}")
            working = sum(1 for r in rows if r.assignee != "nobody yet")
            parent = [
                head,
                _item(""),
                _item(""),
                _item(f"{working} of {len(rows)} taken"),
                _item(""),
            ]
            for r in rows[:SHOWN_PER_GROUP]:
                head.appendRow(
                    [
                        _item(r.customer),
                        _item(r.snippet, r.snippet),
                        _item(r.team),
                        _item(r.assignee),
                        _item(r.status),
                    ]
                )
            m.appendRow(parent)
        self.related_view.expandToDepth(0)
        n = len(data.related)
        more = "+" if n >= room.RELATED_LIMIT else ""
        self.tabs.setTabText(
            0, self.tr("Related conversations ({n:,}{more})").format(n=n, more=more)
        )
        if data.crisis is None:
            self.related_empty.setText(
                self.tr("Declare a crisis to gather the related conversations here.")
            )
        elif not n:
            self.related_empty.setText(
                self.tr(
                    "No conversation matches the crisis yet: crisis routing marks them as they come in."
                )
            )
        else:
            self.related_empty.setText(
                self.tr("{conversations} in {groups}, newest first.").format(
                    conversations=Count.tr("%Ln conversation(s)", "", n)
                    if not more
                    else self.tr("The newest {n} conversations").format(n=QLocale().toString(n)),
                    groups=Count.tr("%Ln group(s)", "", len(groups)),
                )
            )

    def _show_statements(self, data: RoomData) -> None:
        sig = tuple((st.id, st.status, st.states) for st in data.statements)
        if sig == self._statements_sig and self.statement_model.rowCount() == len(sig):
            return
        self._statements_sig = sig
        picked = self.selected_statement() if self.statement_view.currentIndex().isValid() else None
        m = self.statement_model
        m.removeRows(0, m.rowCount())
        for st in data.statements:
            first = _item(st.title, st.body)
            first.setData(st.id, Qt.ItemDataRole.UserRole)
            m.appendRow(
                [
                    first,
                    _item(", ".join(st.accounts)),
                    _item(st.status, "\n".join(st.states)),
                    _item(st.author),
                ]
            )
            if st.id == picked:  # a colleague's change reloads the list under the person's pick
                self.statement_view.selectRow(m.rowCount() - 1)
            if self._acted is not None and st.id == self._acted.id:
                self._acted = st
        n = len(data.statements)
        self.tabs.setTabText(1, self.tr("Statements ({n})").format(n=n))
        self._say_statements()

    def _say_statements(self) -> None:
        """The count, then what became of this person's last action, in its live state.

        A reload must not wipe the result of an approval the person just gave (the list
        reloads on every colleague's change), nor freeze it once the statement moves on. Just
        after a draft the list has not reloaded yet: the draft is named, not counted.
        """
        n = self.statement_model.rowCount()
        parts = []
        if n:
            parts.append(Count.tr("%Ln statement(s)", "", n) + ".")
        elif self._acted is None:
            parts.append(self.tr("No statements yet: “Draft statement…” writes one."))
        if self._statement_error:
            parts.append(self._statement_error)
        elif self._acted is not None:
            parts.append(
                self.tr("“{title}”: {status}.").format(
                    title=self._acted.title, status=self._acted.status
                )
            )
        self.statement_empty.setText(" ".join(parts))

    def _show_log(self, data: RoomData) -> None:
        sig = tuple((d.at, d.who, d.what) for d in data.decisions)
        if sig == self._log_sig and self.log_model.rowCount():
            return
        self._log_sig = sig
        m = self.log_model
        m.removeRows(0, m.rowCount())
        for d in data.decisions:
            m.appendRow(
                [
                    _item(f"{d.at.astimezone():%H:%M:%S}"),
                    _item(d.who),
                    _item(d.what),
                    _item(d.detail, d.detail),
                ]
            )
        if not data.decisions:
            m.appendRow([_item(""), _item(""), _item("No decisions yet."), _item("")])
        self.tabs.setTabText(
            2, self.tr("Decision log ({decisions})").format(decisions=len(data.decisions))
        )

    # -------------------------------------------------------------------------- actions
    def _accounts(self) -> list[tuple[int, str]]:
        actor = self.console.actor
        assert actor is not None
        with self.console.session() as s:
            return [
                (a.id, f"@{a.handle} ({a.network})")
                for a in s.scalars(
                    select(BrandAccount)
                    .where(BrandAccount.workspace_id == actor.workspace_id)
                    .order_by(BrandAccount.id)
                )
                if actor.can(Permission.POST_AS_BRAND, account_id=a.id)
            ]

    @asyncSlot()
    async def draft_statement(self) -> None:
        accounts = await run_blocking(self._accounts)
        if not accounts:
            self.bridge.say(
                "error",
                self.tr("You may post from no brand account, so you cannot draft a statement."),
            )
            return
        got = self.prompt_statement(self, accounts)
        if got is None:
            return
        title, body, ids = got

        def work() -> statements.StatementView:
            with self.console.factory() as s, s.begin():
                return statements.draft(
                    s,
                    self.console.actor,
                    title=title,
                    body=body,
                    account_ids=ids,
                    origin=self.console.origin,
                )

        try:
            st = await run_blocking(work)
        except Exception as exc:  # noqa: BLE001
            self.bridge.say("error", describe_error(exc))
            self._statement_error = describe_error(exc)
            self._say_statements()
            return
        self._acted, self._statement_error = st, ""
        self._say_statements()
        self.bridge.say(
            "info",
            self.tr("Statement “{title}” drafted: {status}.").format(
                title=st.title, status=st.status
            ),
        )
        self.tabs.setCurrentIndex(1)
        self._lists_due = True
        self.refresh()

    def selected_statement(self) -> int | None:
        idx = self.statement_view.currentIndex()
        if not idx.isValid():
            if self.statement_model.rowCount() == 1:
                return self.statement_model.item(0, 0).data(Qt.ItemDataRole.UserRole)
            return None
        return self.statement_model.item(idx.row(), 0).data(Qt.ItemDataRole.UserRole)

    @asyncSlot()
    async def approve_selected(self) -> None:
        sid = self.selected_statement()
        if sid is None:
            self.bridge.say("info", self.tr("Choose the statement to approve first."))
            return

        def work() -> statements.StatementView:
            with self.console.factory() as s, s.begin():
                return statements.approve(s, self.console.actor, sid, origin=self.console.origin)

        try:
            st = await run_blocking(work)
        except Exception as exc:  # noqa: BLE001
            self._statement_error = describe_error(exc)
            self._say_statements()
            self.bridge.say("error", describe_error(exc))
            return
        self._acted, self._statement_error = st, ""
        self._say_statements()
        self.bridge.say(
            "info",
            self.tr("Statement “{title}”: {status}.").format(title=st.title, status=st.status),
        )
        self._lists_due = True
        self.refresh()

    @asyncSlot()
    async def export(self) -> None:
        folder = self.prompt_folder(self)
        if folder is None:
            return
        c = self.data.crisis if self.data else None

        def work() -> postmortem.Export:
            with self.console.session() as s:
                return postmortem.export(
                    s, self.console.actor.workspace_id, folder, c.id if c else None
                )

        try:
            self.last_export = await run_blocking(work)
        except Exception as exc:  # noqa: BLE001
            self.bridge.say(
                "error",
                self.tr("The post-mortem was not saved: {describe_error}").format(
                    describe_error=describe_error(exc)
                ),
            )
            return
        self.bridge.say(
            "info",
            self.tr("Post-mortem saved: {name} and two CSV files in {folder}.").format(
                name=self.last_export.html.name, folder=folder
            ),
        )
