"""The Listening view: watches on hashtags, keywords and phrases, and the stream they heard.

Separate from the inbox: what is heard here is not addressed to the brand, so nobody owes it an
answer until someone sends it to a team ("Send to Sales"), which makes it a conversation in that
team's queue. Everything is read and written off the UI thread (run_blocking); the lists refresh
when the change feed says listening changed, and every 15 s for the budget figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot
from shiboken6 import isValid

from app.db.changes import Change
from app.listening import stream, watches
from app.listening.spec import KIND_TITLES, KINDS
from app.listening.stream import StreamRow, TeamChoice
from app.listening.watches import AccountChoice, WatchFigures
from app.session.console import Console
from ui.i18n.counts import Count
from ui.listening.models import StreamModel, WatchesModel
from ui.theme.apply import themed
from ui.widgets.accessible import describe
from ui.widgets.keys import closes_on_close_key
from ui.widgets.tasks import describe_error, run_blocking

PAGE = 200
REFRESH_MS = 15_000
PLACEHOLDERS = {
    "hashtag": "a hashtag, e.g. #AcmeKettle",
    "keyword": "one word, e.g. acmekettle",
    "phrase": "words matched together, e.g. acme kettle",
}
NO_WATCHES = (
    "No watches yet.\n\nAdd a hashtag, a keyword or a phrase above: the console reads it "
    "through a brand account, within that network's read budget, and what it hears appears "
    "on the right."
)
NO_ACCOUNTS = (
    "No brand account on a network with post search (Mastodon, Bluesky, X) is connected yet. "
    "IT connects accounts from the Accounts menu."
)
NOTHING_HEARD = (
    "Nothing heard yet.\n\nNew posts appear here a minute or two after they are posted "
    "(X: every quarter of an hour, its free plan's limit)."
)
NOTHING_SELECTED = "Select a post to read it whole and send it to a team."


@dataclass
class ListeningData:
    accounts: list[AccountChoice]
    figures: list[WatchFigures]
    teams: list[TeamChoice]
    rows: list[StreamRow]
    total: int


def _label(name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _empty(name: str, text: str) -> QLabel:
    label = _label(name, text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    themed(label, "color: $(muted); padding: 24px;")
    return label


class ListeningWindow(QMainWindow):
    def __init__(self, console: Console, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.console = console
        self.setObjectName("listeningWindow")
        closes_on_close_key(self)
        self.setWindowTitle(self.tr("Listening"))
        self.may_manage = console.actor is not None and watches.may_manage(console.actor)
        self._refreshing = False
        self._again = False
        self._filter: int | None = None
        #: the post the "Sent to …" line is about
        self._status_item: int | None = None

        # -- add a watch --------------------------------------------------------------------
        self.account_box = QComboBox()
        self.account_box.setObjectName("listenAccount")
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("listenKind")
        for kind in KINDS:
            self.kind_box.addItem(KIND_TITLES[kind], kind)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.query_edit = QLineEdit()
        self.query_edit.setObjectName("listenQuery")
        self.query_edit.setMaxLength(300)
        self.query_edit.returnPressed.connect(self.add_watch)
        self.query_edit.textEdited.connect(lambda _t: self.may_manage and self.add_error.clear())
        self.add_button = QPushButton(self.tr("Listen"))
        self.add_button.setObjectName("listenAdd")
        self.add_button.clicked.connect(self.add_watch)
        self.add_error = _label("listenError")
        themed(self.add_error, "color: $(error);")
        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(self.tr("Listen through")))
        add_row.addWidget(self.account_box, 2)
        add_row.addWidget(QLabel(self.tr("for")))
        add_row.addWidget(self.kind_box)
        add_row.addWidget(self.query_edit, 3)
        add_row.addWidget(self.add_button)
        self._kind_changed()
        if not self.may_manage:
            for w in (self.account_box, self.kind_box, self.query_edit, self.add_button):
                w.setEnabled(False)
            themed(self.add_error, "color: $(muted);")
            self.add_error.setText(
                self.tr("Marketing and PR manage watches; you can read the stream.")
            )

        # -- the watches ---------------------------------------------------------------------
        self.watch_model = WatchesModel()
        self.watch_table = QTableView()
        self.watch_table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.watch_table.setObjectName("listeningWatches")
        self.watch_table.setModel(self.watch_model)
        self._table_style(self.watch_table)
        self.watch_table.selectionModel().selectionChanged.connect(self._watch_selected)
        self.watch_count = _label("listeningWatchCount", Count.tr("%Ln watch(es)", "", 0))
        self.no_watches = _empty("listeningNoWatches", NO_WATCHES)
        self.watch_stack = QStackedWidget()
        self.watch_stack.addWidget(self.no_watches)
        self.watch_stack.addWidget(self.watch_table)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setObjectName("listenPause")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setObjectName("listenRemove")
        self.remove_button.clicked.connect(self.remove_watch)
        self.confirm_remove = _label("listenConfirm")
        watch_buttons = QHBoxLayout()
        watch_buttons.addWidget(self.pause_button)
        watch_buttons.addWidget(self.remove_button)
        watch_buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.watch_count)
        left_layout.addWidget(self.watch_stack, 1)
        left_layout.addLayout(watch_buttons)

        # -- the stream ----------------------------------------------------------------------
        self.filter_box = QComboBox()
        self.filter_box.setObjectName("listeningFilter")
        self.filter_box.addItem(self.tr("All watches"), None)
        self.filter_box.currentIndexChanged.connect(self._filter_changed)
        self.stream_count = _label("listeningStreamCount", Count.tr("%Ln item(s)", "", 0))
        self.stream_model = StreamModel()
        self.stream_model.more_wanted.connect(self.load_more)
        self.stream_table = QTableView()
        self.stream_table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.stream_table.setObjectName("listeningStream")
        self.stream_table.setModel(self.stream_model)
        self._table_style(self.stream_table)
        header = self.stream_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 90), (1, 150), (2, 200), (4, 80), (5, 190)):
            self.stream_table.setColumnWidth(col, width)
        self.stream_table.selectionModel().selectionChanged.connect(self._item_selected)
        self.nothing_heard = _empty("listeningNothingHeard", NOTHING_HEARD)
        self.stream_stack = QStackedWidget()
        self.stream_stack.addWidget(self.nothing_heard)
        self.stream_stack.addWidget(self.stream_table)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("listeningDetail")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(NOTHING_SELECTED)
        self.detail.setMaximumHeight(110)
        self.team_box = QComboBox()
        self.team_box.setObjectName("listeningTeam")
        self.send_button = QPushButton(self.tr("Send to team as a conversation"))
        self.send_button.setObjectName("listeningSend")
        self.send_button.clicked.connect(self.send_to_team)
        self.send_status = _label("listeningSendStatus")
        send_row = QHBoxLayout()
        send_row.addWidget(QLabel(self.tr("Send to")))
        send_row.addWidget(self.team_box)
        send_row.addWidget(self.send_button)
        send_row.addWidget(self.send_status, 1)
        stream_head = QHBoxLayout()
        stream_head.addWidget(self.stream_count, 1)
        stream_head.addWidget(QLabel(self.tr("Show")))
        stream_head.addWidget(self.filter_box)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(stream_head)
        right_layout.addWidget(self.stream_stack, 1)
        right_layout.addWidget(self.detail)
        right_layout.addLayout(send_row)

        # the watches above (a few rows, every figure in view), the stream below at full width
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("listeningSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([190, 500])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(add_row)
        layout.addWidget(self.add_error)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        for widget, name, description in (
            (
                self.account_box,
                self.tr("Brand account to listen through"),
                self.tr("The network searches run as this account"),
            ),
            (
                self.kind_box,
                self.tr("What to listen for"),
                self.tr("A hashtag, a keyword or an exact phrase"),
            ),
            (
                self.query_edit,
                self.tr("Hashtag, keyword or phrase"),
                self.tr("What to listen for; Enter starts listening"),
            ),
            (
                self.watch_table,
                self.tr("Watches"),
                self.tr("What the console listens for, and how much each heard"),
            ),
            (
                self.filter_box,
                self.tr("Show the posts heard by"),
                self.tr("Shows the posts of one watch, or of all"),
            ),
            (
                self.stream_table,
                self.tr("Posts heard"),
                self.tr("Public posts that matched a watch, newest first"),
            ),
            (self.detail, self.tr("The selected post"), self.tr("The whole post, read-only")),
            (
                self.team_box,
                self.tr("Team to send the post to"),
                self.tr("The team whose inbox gets the post as a conversation"),
            ),
        ):
            describe(widget, description, name)
        describe(self.add_button, self.tr("Starts listening for what is typed above"))
        describe(self.pause_button, self.tr("Pauses or resumes the picked watch"))
        describe(self.remove_button, self.tr("Stops the picked watch and forgets it"))
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and screen.width() > 0:
            self.resize(min(1500, int(screen.width() * 0.9)), min(900, int(screen.height() * 0.9)))
        else:
            self.resize(1200, 700)
        self._update_buttons()

        self.timer = QTimer(self)
        self.timer.setObjectName("listeningRefreshTimer")
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.refresh)

    def _alive(self) -> bool:
        """False once Qt has deleted the window (closed with its main window meanwhile)."""
        return isValid(self) and isValid(self.stream_count)

    @staticmethod
    def _table_style(table: QTableView) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(24)
        table.setWordWrap(False)
        table.horizontalHeader().setStretchLastSection(True)

    # ------------------------------------------------------------------------------ showing
    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        self.timer.start()
        self.refresh()

    def hideEvent(self, event: object) -> None:  # noqa: N802
        self.timer.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def on_changes(self, batch: Sequence[Change]) -> None:
        if self.isVisible() and any(ch.topic == "listening" for ch in batch):
            self._debounce.start()

    def _load(self, watch_id: int | None) -> ListeningData:
        actor = self.console.actor
        assert actor is not None
        ws = actor.workspace_id
        with self.console.session() as s:
            return ListeningData(
                accounts=watches.listening_accounts(s, ws),
                figures=watches.watch_figures(s, ws),
                teams=stream.teams(s, ws),
                rows=stream.stream_page(s, ws, watch_id, limit=PAGE),
                total=stream.stream_count(s, ws, watch_id),
            )

    @asyncSlot()
    async def refresh(self) -> None:
        if self._refreshing:
            self._again = True
            return
        self._refreshing = True
        try:
            while True:
                self._again = False
                try:
                    data = await run_blocking(self._load, self._filter)
                except Exception as exc:  # noqa: BLE001 - said in the window; the lists stay
                    if self._alive():
                        self.stream_count.setText(
                            self.tr("Could not refresh: {describe_error}").format(
                                describe_error=describe_error(exc)
                            )
                        )
                    return
                if not self._alive():
                    return  # the window was closed while the query ran
                self._show(data)
                if not self._again:
                    return
        finally:
            self._refreshing = False

    def _show(self, data: ListeningData) -> None:
        # accounts
        current = self.account_box.currentData()
        self.account_box.blockSignals(True)
        self.account_box.clear()
        for a in data.accounts:
            self.account_box.addItem(a.label, a.id)
        if current is not None and self.account_box.findData(current) >= 0:
            self.account_box.setCurrentIndex(self.account_box.findData(current))
        self.account_box.blockSignals(False)
        if not data.accounts:
            self.no_watches.setText(NO_ACCOUNTS)
        else:
            self.no_watches.setText(NO_WATCHES)
        # watches, keeping the selection
        selected = self._selected_watch()
        self.watch_model.set_rows(data.figures)
        self.watch_count.setText(
            self.tr("{watches} · {items} heard in 24 h").format(
                watches=Count.tr("%Ln watch(es)", "", len(data.figures)),
                items=Count.tr("%Ln item(s)", "", sum(f.items_recent for f in data.figures)),
            )
        )
        self.watch_stack.setCurrentWidget(self.watch_table if data.figures else self.no_watches)
        if selected is not None:
            for row, f in enumerate(data.figures):
                if f.id == selected:
                    self.watch_table.selectRow(row)
        self.watch_table.resizeColumnsToContents()
        # the filter
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        self.filter_box.addItem(self.tr("All watches"), None)
        for f in data.figures:
            self.filter_box.addItem(f.label, f.id)
        idx = self.filter_box.findData(self._filter) if self._filter is not None else 0
        self.filter_box.setCurrentIndex(max(idx, 0))
        self.filter_box.blockSignals(False)
        # teams: Sales first when there is one (leads are what marketing hands on most)
        team = self.team_box.currentData()
        self.team_box.clear()
        for t in data.teams:
            self.team_box.addItem(t.name, t.id)
        if team is not None and self.team_box.findData(team) >= 0:
            self.team_box.setCurrentIndex(self.team_box.findData(team))
        elif self.team_box.findText("Sales") >= 0:
            self.team_box.setCurrentIndex(self.team_box.findText("Sales"))
        # the stream, keeping the selected item
        item = self._selected_item()
        self.stream_model.set_rows(data.rows, data.total)
        self.stream_count.setText(self._stream_words(data.total))
        self.stream_stack.setCurrentWidget(self.stream_table if data.rows else self.nothing_heard)
        if item is not None:
            for row, r in enumerate(data.rows):
                if r.id == item.id:
                    self.stream_table.selectRow(row)
                    break
        self._show_item()
        self._update_buttons()

    def _stream_words(self, total: int) -> str:
        which = self.tr("all watches") if self._filter is None else self.filter_box.currentText()
        return self.tr("{items} heard · {which}").format(
            items=Count.tr("%Ln item(s)", "", total), which=which
        )

    @asyncSlot()
    async def load_more(self) -> None:
        actor = self.console.actor
        assert actor is not None
        offset = len(self.stream_model.rows)

        def page() -> list[StreamRow]:
            with self.console.session() as s:
                return stream.stream_page(
                    s, actor.workspace_id, self._filter, offset=offset, limit=PAGE
                )

        try:
            rows = await run_blocking(page)
        except Exception as exc:  # noqa: BLE001
            if not self._alive():
                return
            self.stream_model.loading = False
            self.stream_count.setText(
                self.tr("Could not load more: {describe_error}").format(
                    describe_error=describe_error(exc)
                )
            )
            return
        if self._alive():
            self.stream_model.append(rows)

    # ------------------------------------------------------------------------- selection
    def _selected_watch(self) -> int | None:
        rows = self.watch_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.watch_model.rows[rows[0].row()].id

    def _selected_item(self) -> StreamRow | None:
        rows = self.stream_table.selectionModel().selectedRows()
        return self.stream_model.row_at(rows[0].row()) if rows else None

    def _watch_selected(self, *_: QItemSelection) -> None:
        wid = self._selected_watch()
        if wid is not None and wid != self._filter:
            self.filter_box.setCurrentIndex(max(self.filter_box.findData(wid), 0))
        self.confirm_remove.clear()
        self._update_buttons()

    def _filter_changed(self) -> None:
        self._filter = self.filter_box.currentData()
        self.refresh()

    def _item_selected(self, *_: QItemSelection) -> None:
        r = self._selected_item()
        if r is None or r.id != self._status_item:
            # what was said about another post; a refresh reselecting this one keeps it
            self.send_status.clear()
        self._show_item()
        self._update_buttons()

    def _show_item(self) -> None:
        r = self._selected_item()
        if r is None:
            self.detail.clear()
            return
        head = f"{r.author} · {r.watch} on {r.network.title() if r.network != 'x' else 'X'}"
        if r.url:
            head += f"\n{r.url}"
        if r.status:
            head += f"\n{r.status}"
        self.detail.setPlainText(f"{head}\n\n{r.text}")

    def _update_buttons(self) -> None:
        wid = self._selected_watch()
        f = next((x for x in self.watch_model.rows if x.id == wid), None)
        self.pause_button.setEnabled(self.may_manage and f is not None)
        self.pause_button.setText(
            self.tr("Resume") if f is not None and not f.enabled else self.tr("Pause")
        )
        self.remove_button.setEnabled(self.may_manage and f is not None)
        r = self._selected_item()
        self.send_button.setEnabled(
            self.may_manage
            and r is not None
            and r.conversation_id is None
            and self.team_box.count() > 0
        )
        if not self.may_manage:
            self.send_button.setToolTip(self.tr("Marketing and PR send heard posts to a team."))

    def _kind_changed(self) -> None:
        self.query_edit.setPlaceholderText(PLACEHOLDERS[self.kind_box.currentData()])

    # --------------------------------------------------------------------------- actions
    @asyncSlot()
    async def add_watch(self) -> None:
        actor = self.console.actor
        if actor is None or not self.may_manage:
            return
        account_id = self.account_box.currentData()
        if account_id is None:
            self.add_error.setText(NO_ACCOUNTS)
            return
        kind, text = self.kind_box.currentData(), self.query_edit.text()

        def add() -> str:
            with self.console.factory() as s, s.begin():
                w = watches.add_watch(
                    s,
                    actor,
                    account_id=account_id,
                    kind=kind,
                    text=text,
                    origin=self.console.origin,
                )
                return watches.label_of(w)

        self.add_button.setEnabled(False)
        try:
            label = await run_blocking(add)
        except Exception as exc:  # noqa: BLE001 - refused in words; the text is kept
            if not self._alive():
                return
            themed(self.add_error, "color: $(error);")
            self.add_error.setText(describe_error(exc))
            return
        finally:
            if self._alive():
                self.add_button.setEnabled(True)
        if not self._alive():
            return
        themed(self.add_error, "color: $(good);")
        self.add_error.setText(
            self.tr("Listening for {label}: the first read is on its way.").format(label=label)
        )
        self.query_edit.clear()
        self.refresh()

    @asyncSlot()
    async def toggle_pause(self) -> None:
        actor = self.console.actor
        wid = self._selected_watch()
        f = next((x for x in self.watch_model.rows if x.id == wid), None)
        if actor is None or f is None:
            return

        def toggle() -> None:
            with self.console.factory() as s, s.begin():
                watches.set_enabled(s, actor, f.id, not f.enabled, origin=self.console.origin)

        try:
            await run_blocking(toggle)
        except Exception as exc:  # noqa: BLE001
            if not self._alive():
                return
            self.add_error.setText(describe_error(exc))
            return
        self.refresh()

    @asyncSlot()
    async def remove_watch(self) -> None:
        """Two clicks: the first says what goes, the second removes."""
        actor = self.console.actor
        wid = self._selected_watch()
        f = next((x for x in self.watch_model.rows if x.id == wid), None)
        if actor is None or f is None:
            return
        if self.remove_button.text() != self.tr("Remove now"):
            self.remove_button.setText(self.tr("Remove now"))
            themed(self.add_error, "color: $(warning);")
            self.add_error.setText(
                self.tr(
                    "Remove {label} and the {items} it heard? Conversations made from it stay in the inbox. Click “Remove now” to confirm."
                ).format(label=f.label, items=Count.tr("%Ln item(s)", "", f.items_total))
            )
            return
        self.remove_button.setText(self.tr("Remove…"))

        def remove() -> None:
            with self.console.factory() as s, s.begin():
                watches.remove_watch(s, actor, f.id, origin=self.console.origin)

        try:
            await run_blocking(remove)
        except Exception as exc:  # noqa: BLE001
            if not self._alive():
                return
            self.add_error.setText(describe_error(exc))
            return
        if not self._alive():
            return
        themed(self.add_error, "color: $(muted);")
        self.add_error.setText(self.tr("Removed {label}.").format(label=f.label))
        if self._filter == f.id:
            self._filter = None
        self.refresh()

    @asyncSlot()
    async def send_to_team(self) -> None:
        actor = self.console.actor
        r = self._selected_item()
        team_id = self.team_box.currentData()
        if actor is None or r is None or team_id is None:
            return

        def send() -> str:
            with self.console.factory() as s, s.begin():
                return stream.request_promotion(s, actor, r.id, team_id, origin=self.console.origin)

        self.send_button.setEnabled(False)
        try:
            said = await run_blocking(send)
        except Exception as exc:  # noqa: BLE001 - refused in words
            if not self._alive():
                return
            self._status_item = r.id
            self.send_status.setText(describe_error(exc))
            self._update_buttons()
            return
        if not self._alive():
            return
        self._status_item = r.id
        self.send_status.setText(said)
        self.refresh()
