"""The publishing calendar: week and month views of scheduled and sent posts across accounts.

Filters by account and campaign; "New post…" (or a double-click on a slot) opens the composer
for several accounts at that time; a post dragged to another day or hour is moved by the
outbox's own rules, off the UI thread, and the calendar says what happened in words. Loads run
off the UI thread and a newer load wins over an older one still under way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot
from sqlalchemy import select

from app.db.models import BrandAccount
from app.publishing import calendar as pub_calendar
from app.publishing.calendar import CalendarEntry
from app.session.console import Console
from ui.i18n.counts import Count
from ui.publishing.calendar_grid import (
    HOUR_H,
    MONTH,
    WEEK,
    CalendarGrid,
    Cells,
    DayHeader,
    Slot,
    group_entries,
)
from ui.publishing.multi_post import MultiPostDialog
from ui.theme.apply import themed
from ui.widgets.accessible import describe
from ui.widgets.keys import closes_on_close_key
from ui.widgets.screen_fit import fit_to_screen
from ui.widgets.tasks import describe_error, run_blocking

#: (console, parent, local start time) → the composer for several accounts
ComposerFactory = Callable[[Console, QWidget, datetime | None], MultiPostDialog]


def open_composer(console: Console, parent: QWidget, when: datetime | None) -> MultiPostDialog:
    aware = when.astimezone() if when is not None else None
    return MultiPostDialog(console, parent, when=aware)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def local_words(when: datetime) -> str:
    """A day and time in the console's language ("Thu 10 Dec 14:00", "Do. 10 Dez. 14:00")."""
    return QLocale().toString(
        QDateTime(_qdate(when.date()), QTime(when.hour, when.minute)), "ddd dd MMM HH:mm"
    )


class CalendarWindow(QWidget):
    #: a load finished (tests and the benchmark wait on it): number of posts shown
    loaded = Signal(int)

    def __init__(
        self,
        console: Console,
        parent: QWidget | None = None,
        *,
        composer_factory: ComposerFactory = open_composer,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("calendarWindow")
        closes_on_close_key(self)
        self.setWindowTitle(self.tr("Publishing calendar"))
        self.console = console
        self.composer_factory = composer_factory
        self.composer: MultiPostDialog | None = None
        self.anchor = date.today()
        self._generation = 0
        self.entries: list[CalendarEntry] = []

        self.grid = CalendarGrid()
        self.header = DayHeader(self.grid)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("calendarScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.grid)
        self.grid.move_requested.connect(self.move_item)
        self.grid.refused.connect(self._say)
        self.grid.new_post_requested.connect(self.new_post)
        self.grid.slot_selected.connect(lambda _s: self._update_new_button())

        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Earlier"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(self.go_today)
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Later"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.period = QLabel("")
        self.period.setObjectName("calendarPeriod")
        self.period.setTextFormat(Qt.TextFormat.PlainText)
        self.period.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.week_button = QPushButton(self.tr("Week"))
        self.month_button = QPushButton(self.tr("Month"))
        group = QButtonGroup(self)
        for b in (self.week_button, self.month_button):
            b.setCheckable(True)
            group.addButton(b)
        self.week_button.setChecked(True)
        # what a screen reader says on each control
        for w, name in (
            (self.scroll, "Calendar"),
            (self.prev_button, "Earlier week or month"),
            (self.next_button, "Later week or month"),
        ):
            w.setAccessibleName(name)
        self.week_button.clicked.connect(lambda: self.set_mode(WEEK))
        self.month_button.clicked.connect(lambda: self.set_mode(MONTH))
        self.account_filter = QComboBox()
        self.account_filter.setObjectName("calendarAccountFilter")
        self.account_filter.addItem(self.tr("All accounts"), None)
        self.account_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.campaign_filter = QComboBox()
        self.campaign_filter.setObjectName("calendarCampaignFilter")
        self.campaign_filter.addItem(self.tr("All campaigns"), None)
        self.account_filter.setAccessibleName(self.tr("Account filter"))
        self.campaign_filter.setAccessibleName(self.tr("Campaign filter"))
        self.campaign_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button = QPushButton(self.tr("New post…"))
        self.new_button.setObjectName("calendarNewPost")
        self.new_button.clicked.connect(lambda: self.new_post(self._selected_time()))
        describe(
            self.scroll,
            self.tr("Scheduled and sent posts by day and hour; the arrow keys pick a time slot"),
        )
        describe(self.today_button, self.tr("Shows the week or month of today"))
        describe(self.week_button, self.tr("Shows one week, hour by hour"))
        describe(self.month_button, self.tr("Shows a whole month, day by day"))
        describe(self.account_filter, self.tr("Shows the posts of one brand account, or of all"))
        describe(self.campaign_filter, self.tr("Shows the posts of one campaign, or of all"))
        describe(self.new_button, self.tr("Writes a post for the picked time slot"))
        self.summary = QLabel("")
        self.summary.setObjectName("calendarSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel("")
        self.message.setObjectName("calendarMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.empty = QLabel("")
        self.empty.setObjectName("calendarEmpty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        themed(self.empty, "color: $(muted);")

        bar = QHBoxLayout()
        for w in (self.prev_button, self.today_button, self.next_button, self.period):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (
            self.week_button,
            self.month_button,
            QLabel(self.tr("Account:")),
            self.account_filter,
            QLabel(self.tr("Campaign:")),
            self.campaign_filter,
            self.new_button,
        ):
            bar.addWidget(w)
        info = QHBoxLayout()
        info.addWidget(self.summary)
        info.addWidget(self.empty)
        info.addStretch(1)
        legend = QLabel(
            self.tr(
                "Amber: awaiting approval · blue: scheduled · green: sent · red: failed · hatched: no posts yet. Drag a post to move it; double-click a slot for a new post."
            )
        )
        themed(legend, "color: $(muted);")
        legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(info)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(legend)
        # as large as a calendar wants, never larger than the screen it opens on
        fit_to_screen(self, 1500, 940)
        self.grid.set_view(WEEK, self.anchor)
        self._show_period()
        self.load_filters()
        self.reload()
        # the working day in view, not midnight
        self.scroll.verticalScrollBar().setValue(8 * HOUR_H)

    # ------------------------------------------------------------------------ navigation
    def set_mode(self, mode: str) -> None:
        self.grid.set_view(mode, self.anchor)
        self.header.setVisible(mode == WEEK)
        # a month fits the window; a week scrolls through its hours
        self.scroll.setWidgetResizable(True)
        self.week_button.setChecked(mode == WEEK)
        self.month_button.setChecked(mode == MONTH)
        self._show_period()
        self.reload()

    def step(self, n: int) -> None:
        if self.grid.mode == WEEK:
            self.anchor += timedelta(weeks=n)
        else:
            m = self.anchor.month - 1 + n
            self.anchor = date(self.anchor.year + m // 12, m % 12 + 1, 1)
        self.set_mode(self.grid.mode)

    def go_today(self) -> None:
        self.anchor = date.today()
        self.set_mode(self.grid.mode)

    def go_to(self, day: date) -> None:
        self.anchor = day
        self.set_mode(self.grid.mode)

    def _show_period(self) -> None:
        first, end = self.grid.span()
        loc = QLocale()
        if self.grid.mode == WEEK:
            last = end - timedelta(days=1)
            self.period.setText(
                f"{loc.toString(_qdate(first), 'dd MMM')} – {loc.toString(_qdate(last), 'dd MMM yyyy')}"
            )
        else:
            self.period.setText(loc.toString(_qdate(self.grid.month), "MMMM yyyy"))

    def _selected_time(self) -> datetime | None:
        slot: Slot | None = self.grid.selected
        return slot.start() if slot is not None else None

    def _update_new_button(self) -> None:
        t = self._selected_time()
        self.new_button.setText(
            self.tr("New post at {when}…").format(when=local_words(t))
            if t
            else self.tr("New post…")
        )

    # ------------------------------------------------------------------------ loading
    def _window(self) -> tuple[datetime, datetime]:
        first, end = self.grid.span()
        tz = datetime.now().astimezone().tzinfo
        return datetime.combine(first, time(), tz), datetime.combine(end, time(), tz)

    def _load_filters_blocking(self) -> tuple[list[tuple[int, str]], list[str]]:
        actor = self.console.actor
        with self.console.session() as s:
            accounts = [
                (a.id, f"@{a.handle} ({a.network})")
                for a in s.scalars(
                    select(BrandAccount)
                    .where(BrandAccount.workspace_id == actor.workspace_id)
                    .order_by(BrandAccount.network, BrandAccount.handle)
                )
            ]
            return accounts, pub_calendar.campaigns(s, actor)

    @asyncSlot()
    async def load_filters(self) -> None:
        try:
            accounts, campaigns = await run_blocking(self._load_filters_blocking)
        except Exception as exc:  # noqa: BLE001
            self._say(describe_error(exc))
            return
        keep_acc = self.account_filter.currentData()
        keep_camp = self.campaign_filter.currentData()
        for combo, items, keep in (
            (self.account_filter, accounts, keep_acc),
            (self.campaign_filter, [(c, c) for c in campaigns], keep_camp),
        ):
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, label in items:
                combo.addItem(label, value)
            idx = combo.findData(keep)
            combo.setCurrentIndex(max(0, idx))
            combo.blockSignals(False)

    def _load_blocking(
        self,
        start: datetime,
        end: datetime,
        account_id: int | None,
        campaign: str | None,
        view: tuple[str, date, int] | None = None,
    ) -> tuple[list[CalendarEntry], tuple[Cells, dict[date, int]] | None]:
        """The posts, and (for ``view``: mode, first day, days) their cells, off the UI thread."""
        with self.console.session() as s:
            rows = pub_calendar.entries(
                s,
                self.console.actor,
                start,
                end,
                account_ids=[account_id] if account_id is not None else None,
                campaign=campaign,
            )
        return rows, group_entries(rows, *view) if view is not None else None

    @asyncSlot()
    async def reload(self) -> None:
        self._generation += 1
        mine = self._generation
        start, end = self._window()
        view = (self.grid.mode, self.grid.first, self.grid.days())
        try:
            rows, grouped = await run_blocking(
                self._load_blocking,
                start,
                end,
                self.account_filter.currentData(),
                self.campaign_filter.currentData(),
                view,
            )
        except Exception as exc:  # noqa: BLE001 - shown in words; the grid keeps what it had
            self._say(describe_error(exc))
            return
        if mine != self._generation:
            return  # a newer load (another week, another filter) is on its way
        self.entries = rows
        same_view = view == (self.grid.mode, self.grid.first, self.grid.days())
        self.grid.set_entries(rows, grouped if same_view else None)
        self._summarise()
        self.loaded.emit(len(rows))

    def _summarise(self) -> None:
        first, _end = self.grid.span()
        days = self.grid.days()
        if self.grid.mode == MONTH:
            first = self.grid.month
            nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            days = (nxt - first).days
        last = first + timedelta(days)
        # from the grid's cells (grouped off the UI thread), not a date per post
        in_view = [
            e for slot, items in self.grid._cells.items() if first <= slot.day < last
            for e in items
        ]  # fmt: skip
        waiting = sum(1 for e in in_view if e.status == "awaiting_approval")
        sent = sum(1 for e in in_view if e.status == "sent")
        today = date.today()
        gaps = [
            d for d in (first + timedelta(n) for n in range(days))
            if d >= today and not self.grid.by_day.get(d)
        ]  # fmt: skip
        span = (
            self.tr("this week")
            if self.grid.mode == WEEK
            else self.tr("in {month}").format(month=QLocale().standaloneMonthName(first.month))
        )
        self.summary.setText(
            self.tr(
                "{posts} {span}: {waiting} awaiting approval, {sent} sent · {days} with no posts yet"
            ).format(
                posts=Count.tr("%Ln post(s)", "", len(in_view)),
                span=span,
                waiting=QLocale().toString(waiting),
                sent=QLocale().toString(sent),
                days=Count.tr("%Ln day(s)", "", len(gaps)),
            )
        )
        filtered = self.account_filter.currentIndex() > 0 or self.campaign_filter.currentIndex() > 0
        self.empty.setText(
            ""
            if in_view
            else (
                self.tr("No posts match these filters here.")
                if filtered
                else self.tr("Nothing is planned here yet: double-click a slot or use New post…")
            )
        )

    # ------------------------------------------------------------------------ actions
    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _move_blocking(self, item_id: int, when: datetime) -> None:
        with self.console.factory() as s, s.begin():
            pub_calendar.move(s, self.console.actor, item_id, when, origin=self.console.origin)

    @asyncSlot(int, object)
    async def move_item(self, item_id: int, when: datetime) -> None:
        aware = when.astimezone() if when.tzinfo is None else when
        entry = next((e for e in self.entries if e.id == item_id), None)
        what = (
            self.tr("@{account}'s post").format(account=entry.account)
            if entry
            else self.tr("The post")
        )
        try:
            await run_blocking(self._move_blocking, item_id, aware)
        except Exception as exc:  # noqa: BLE001 - refused in words; the chip goes back
            self._say(
                self.tr("{what} was not moved: {error}").format(
                    what=what, error=describe_error(exc)
                )
            )
            await self.reload()
            return
        kept = (
            self.tr(" It stays approved.")
            if entry and entry.status in ("approved", "scheduled")
            else ""
        )
        self._say(
            self.tr("{what} moved to {when}.").format(what=what, when=local_words(aware)) + kept
        )
        await self.reload()

    def new_post(self, when: datetime | None) -> None:
        if when is not None and when.astimezone() <= datetime.now().astimezone():
            self._say("That time has passed; pick a later slot for a new post.")
            return
        self.composer = self.composer_factory(self.console, self, when)
        self.composer.submitted.connect(lambda _k, _n: (self.load_filters(), self.reload()))
        self.composer.show()

    def on_changes(self) -> None:
        """The change feed said the outbox changed (another workstation, the publisher)."""
        self.reload()
