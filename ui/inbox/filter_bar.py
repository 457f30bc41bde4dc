"""The filter bar above the inbox: search box and filters, and "Save view…".

Typing in the search box waits a moment (:data:`SEARCH_DELAY_MS`) before the inbox reloads, so
a word typed quickly costs one query, not one per letter. Choices that depend on the database
(accounts, networks, tags) are loaded off the UI thread.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.db.models import BrandAccount
from app.inbox import conversations as cs
from app.inbox.views import InboxFilter, View
from app.session.console import Console
from ui.theme.apply import themed
from ui.widgets.accessible import describe
from ui.widgets.tasks import run_blocking
from ui.widgets.text import plain_tooltip

SEARCH_DELAY_MS = 250

STATUSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("FilterBar", "Open and pending"), ("open", "pending")),
    (QT_TRANSLATE_NOOP("FilterBar", "Open"), ("open",)),
    (QT_TRANSLATE_NOOP("FilterBar", "Pending customer"), ("pending",)),
    (QT_TRANSLATE_NOOP("FilterBar", "Snoozed"), ("snoozed",)),
    (QT_TRANSLATE_NOOP("FilterBar", "Resolved"), ("resolved",)),
    (QT_TRANSLATE_NOOP("FilterBar", "Any status"), ()),
)
KINDS = (
    (QT_TRANSLATE_NOOP("FilterBar", "Any kind"), None),
    (QT_TRANSLATE_NOOP("FilterBar", "Mentions"), "mention"),
    (QT_TRANSLATE_NOOP("FilterBar", "Comments"), "comment"),
    (QT_TRANSLATE_NOOP("FilterBar", "DMs"), "dm"),
)
PRIORITIES = (
    (QT_TRANSLATE_NOOP("FilterBar", "Any priority"), None),
    (QT_TRANSLATE_NOOP("FilterBar", "Normal"), 0),
    (QT_TRANSLATE_NOOP("FilterBar", "High"), 1),
    (QT_TRANSLATE_NOOP("FilterBar", "Urgent"), 2),
)
SENTIMENTS = (
    (QT_TRANSLATE_NOOP("FilterBar", "Any mood"), None),
    (QT_TRANSLATE_NOOP("FilterBar", "Negative"), "negative"),
    (QT_TRANSLATE_NOOP("FilterBar", "Neutral"), "neutral"),
    (QT_TRANSLATE_NOOP("FilterBar", "Positive"), "positive"),
)
SLA_CHOICES = (
    (QT_TRANSLATE_NOOP("FilterBar", "Any SLA"), None),
    (QT_TRANSLATE_NOOP("FilterBar", "Breached"), "breached"),
    (QT_TRANSLATE_NOOP("FilterBar", "Due soon"), "due_soon"),
    (QT_TRANSLATE_NOOP("FilterBar", "On track"), "on_track"),
    (QT_TRANSLATE_NOOP("FilterBar", "No timer"), "none"),
)
ANY_TAG = QT_TRANSLATE_NOOP("FilterBar", "Any tag")


class FilterCombo(QComboBox):
    """A filter that asks for the width of the choice it shows, not of its longest one.

    Qt sizes a combo box for its longest item (an account name, a German choice), so a row of
    seven filters asked for more than a laptop's inbox has and every box was squeezed to its
    minimum — "Any netwo…" in English too. Asking for the shown text gives each box its whole
    text wherever the row has room; where it has not, the layout takes width back down to the
    minimum :func:`_may_shrink` sets, and only then is the text elided (the open list still
    shows every choice whole)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(lambda _i: self._shown_changed())
        self.editTextChanged.connect(lambda _t: self.updateGeometry())

    def _shown_changed(self) -> None:
        self.updateGeometry()
        if self.isEditable() and not self.lineEdit().hasFocus():
            self.lineEdit().setCursorPosition(0)  # a squeezed box shows the start of its text

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        text = self.fontMetrics().horizontalAdvance(self.currentText()) + 2
        wanted = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, opt, QSize(text, hint.height()), self
        )
        return QSize(max(wanted.width(), self.minimumWidth()), hint.height())


def _combo(name: str, choices: Any) -> QComboBox:
    box = FilterCombo()
    box.setObjectName(name)
    for title, value in choices:
        box.addItem(QCoreApplication.translate("FilterBar", title), value)
    _may_shrink(box)
    return box


def _may_shrink(box: QComboBox) -> None:
    """Longer German or French choices must not widen the window past a laptop screen: the
    combo keeps its natural width where there is room and gives some up where there is not
    (the closed box elides, its list still shows the whole text)."""
    box.setMinimumWidth(box.fontMetrics().horizontalAdvance("0" * 8) + 28)


class FilterBar(QWidget):
    #: the filter changed (the view is kept by the window)
    changed = Signal()
    save_requested = Signal()

    def __init__(self, console: Console, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.console = console
        self._quiet = False
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setAccessibleName(self.tr("Search the inbox"))
        self.search.setPlaceholderText(
            self.tr("Search messages, customer names and @handles…  (/)")
        )
        self.search.setToolTip(
            self.tr(
                "Finds conversations whose messages hold these words, or whose customer's name or handle holds them. Each view keeps its own search."
            )
        )
        #: search text per view (view key → text): a search never silently follows to another
        self._searches: dict[str, str] = {}
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(500)
        self.status = _combo("statusFilter", STATUSES)
        self.sla = _combo("slaFilter", SLA_CHOICES)
        self.network = _combo(
            "networkFilter", ((QT_TRANSLATE_NOOP("FilterBar", "Any network"), None),)
        )
        self.account = _combo(
            "accountFilter", ((QT_TRANSLATE_NOOP("FilterBar", "Any account"), None),)
        )
        self.kind = _combo("kindFilter", KINDS)
        self.priority = _combo("priorityFilter", PRIORITIES)
        self.sentiment = _combo("sentimentFilter", SENTIMENTS)
        self.tag = FilterCombo()
        self.tag.setObjectName("tagFilter")
        self.tag.setEditable(True)
        self.tag.lineEdit().setAccessibleName(self.tr("Tag filter"))
        self.tag.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tag.addItem(self.tr(ANY_TAG))
        self.tag.lineEdit().setMaxLength(60)
        _may_shrink(self.tag)
        self.tag.setAccessibleName(self.tr("Tag filter"))
        self.tag.lineEdit().setAccessibleName(self.tr("Tag filter"))
        self.save_button = QPushButton(self.tr("Save view…"))
        self.save_button.setObjectName("saveViewButton")
        self.save_button.clicked.connect(self.save_requested.emit)
        self.reset_button = QPushButton(self.tr("Clear"))
        self.reset_button.setObjectName("clearFiltersButton")
        self.reset_button.clicked.connect(self.clear)
        for box, name, description in (
            (self.status, self.tr("Status filter"), self.tr("Shows conversations in this state")),
            (self.sla, self.tr("SLA filter"), self.tr("Shows conversations by their reply timer")),
            (self.network, self.tr("Network filter"), self.tr("Shows one social network only")),
            (self.account, self.tr("Account filter"), self.tr("Shows one brand account only")),
            (self.kind, self.tr("Kind filter"), self.tr("Mentions, comments or direct messages")),
            (self.priority, self.tr("Priority filter"), self.tr("Shows one priority only")),
            (self.sentiment, self.tr("Mood filter"), self.tr("Shows one customer mood only")),
        ):
            describe(box, description, name)
        describe(self.tag, self.tr("Shows conversations with this tag; type to find one"))
        describe(self.tag.lineEdit(), self.tr("Type a tag to show only its conversations"))
        describe(self.save_button, self.tr("Keeps this search and these filters as a view"))
        describe(self.reset_button, self.tr("Empties the search and sets every filter to any"))

        row1 = QHBoxLayout()
        row1.setContentsMargins(0, 0, 0, 0)
        row1.addWidget(self.search, 3)
        row1.addWidget(self.status)
        row1.addWidget(self.sla)
        row1.addWidget(self.save_button)
        row2 = QHBoxLayout()
        row2.setContentsMargins(0, 0, 0, 0)
        for w in (self.network, self.account, self.kind, self.priority, self.sentiment, self.tag):
            row2.addWidget(w)
        row2.addWidget(self.reset_button)
        row2.addStretch(1)
        #: the window adds its own controls at the ends (Take next, the count): they take the
        #: first row's spare width, where the search box gives way, not the filters'
        self.first_row, self.second_row = row1, row2
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row1)
        layout.addLayout(row2)

        self._timer = QTimer(self)
        self._timer.setObjectName("searchDelay")
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._emit_now)
        for box in (
            self.status,
            self.sla,
            self.network,
            self.account,
            self.kind,
            self.priority,
            self.sentiment,
        ):
            box.currentIndexChanged.connect(lambda _i: self._emit())
        self.tag.currentTextChanged.connect(lambda _t: self._timer.start())

    # -- the search, per view ------------------------------------------------------------
    def switch_search(self, old_view: str, new_view: str) -> None:
        """Keep what was typed for the view being left; show the new view's own search."""
        self._searches[old_view] = self.search.text()
        self._quiet = True
        try:
            self.search.setText(self._searches.get(new_view, ""))
        finally:
            self._quiet = False
            self._timer.stop()

    def show_active(self, view_title: str) -> None:
        """Mark the box while a search narrows the list, and say where it searches."""
        text = self.search.text().strip()
        active = bool(text)
        self.search.setProperty("active", active)
        themed(
            self.search,
            "QLineEdit { background: $(search.bg); color: $(search.fg);"
            " border: 2px solid $(search.border); border-radius: 3px; }"
            if active
            else "",
        )
        self.search.setAccessibleDescription(
            self.tr("Searching ‘{text}’ in {view_title}").format(text=text, view_title=view_title)
            if active
            else self.tr("No search in {view_title}").format(view_title=view_title)
        )
        self.search.setToolTip(
            plain_tooltip(
                (
                    self.tr("Searching ‘{text}’ in {view_title} only. ").format(
                        text=text, view_title=view_title
                    )
                    if active
                    else ""
                )
                + self.tr(
                    "Finds conversations whose messages hold these words, or whose customer's "
                    "name or handle holds them. Each view keeps its own search."
                )
            )
        )

    # -- values --------------------------------------------------------------------------
    def filter(self, view: View) -> InboxFilter:
        tag = self.tag.currentText().strip()
        return InboxFilter(
            view=view,
            statuses=tuple(self.status.currentData() or ()),
            network=self.network.currentData(),
            account_id=self.account.currentData(),
            kind=self.kind.currentData(),
            priority=self.priority.currentData(),
            sentiment=self.sentiment.currentData(),
            tag=None if not tag or tag in (ANY_TAG, self.tr(ANY_TAG)) else tag,
            sla=self.sla.currentData(),
            search=self.search.text().strip(),
        )

    def set_filter(self, flt: InboxFilter) -> None:
        """Show a saved view's filter (one change signal at the end)."""
        self._quiet = True
        try:
            self.search.setText(flt.search)
            self._select(self.status, tuple(flt.statuses))
            self._select(self.sla, flt.sla)
            self._select(self.network, flt.network, add=flt.network)
            self._select(self.account, flt.account_id)
            self._select(self.kind, flt.kind)
            self._select(self.priority, flt.priority)
            self._select(self.sentiment, flt.sentiment)
            self.tag.setCurrentText(flt.tag or self.tr(ANY_TAG))
        finally:
            self._quiet = False
            self._timer.stop()
        self.changed.emit()

    def clear(self) -> None:
        self.set_filter(replace(InboxFilter(), statuses=("open", "pending")))

    @staticmethod
    def _select(box: QComboBox, value: Any, add: str | None = None) -> None:
        for i in range(box.count()):
            data = box.itemData(i)
            if data == value or (isinstance(data, list) and tuple(data) == value):
                box.setCurrentIndex(i)
                return
        if add is not None:
            box.addItem(add, add)
            box.setCurrentIndex(box.count() - 1)
        else:
            box.setCurrentIndex(0)

    def _emit(self) -> None:
        if not self._quiet:
            self._timer.stop()
            self.changed.emit()

    def _emit_now(self) -> None:
        self._emit()

    # -- choices from the database --------------------------------------------------------
    async def load_choices(self) -> None:
        accounts, tags = await run_blocking(self._query_choices)
        self._quiet = True
        try:
            current_net, current_acc = self.network.currentData(), self.account.currentData()
            for net in sorted({a[1] for a in accounts}):
                if self.network.findData(net) < 0:
                    self.network.addItem(net, net)
            for acc_id, net, handle in accounts:
                if self.account.findData(acc_id) < 0:
                    self.account.addItem(f"@{handle} ({net})", acc_id)
            text = self.tag.currentText()
            for t in tags:
                if self.tag.findText(t, Qt.MatchFlag.MatchExactly) < 0:
                    self.tag.addItem(t)
            self.tag.setCurrentText(text)
            self._select(self.network, current_net)
            self._select(self.account, current_acc)
        finally:
            self._quiet = False

    def _query_choices(self) -> tuple[list[tuple[int, str, str]], list[str]]:
        actor = self.console.actor
        assert actor is not None
        with self.console.session() as s:
            accounts = [
                (a.id, a.network, a.handle)
                for a in s.scalars(
                    select(BrandAccount)
                    .where(BrandAccount.workspace_id == actor.workspace_id)
                    .order_by(BrandAccount.network, BrandAccount.handle)
                )
            ]
            return accounts, cs.known_tags(s, actor)
