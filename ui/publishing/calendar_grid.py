"""The calendar's grid: a week of hour slots or a month of days, posts drawn as chips.

One painted widget, not a widget per post: a month can hold thousands of posts, and the grid
lays them out once when they arrive (or the size changes) and paints only what is exposed.
Dragging a chip to another day or slot asks for a move (the window runs the outbox's own
reschedule off the UI thread and reloads; the chip snaps back if it is refused). Empty days
are hatched and say "No posts", so gaps in the plan show at a glance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from app.publishing.calendar import CalendarEntry, moved_time
from ui.i18n.counts import Count
from ui.theme.colours import colour, network_role
from ui.widgets.text import plain_tooltip

WEEK, MONTH = "week", "month"
GUTTER = 52  # hour labels in the week view
HOUR_H = 56  # one hour slot in the week view
HEADER_H = 34  # day names and counts
CHIP_H = 17
MONTH_MIN_CELL_H = 96


def day_name(col: int) -> str:
    """Monday … Sunday, short, in the console's language (QLocale follows the chosen one)."""
    return QLocale().dayName(col + 1, QLocale.FormatType.ShortFormat)


def month_name(day: date) -> str:
    return QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)


#: chip colours by status (ui/theme roles status.KIND.bg / .fg): waiting (amber), queued
#: (blue), sent (green), problems (red); the stripe is the network's role (network.NAME)
STATUS_ROLES = {
    "awaiting_approval": "status.awaiting",
    "approved": "status.scheduled",
    "scheduled": "status.scheduled",
    "sending": "status.sending",
    "sent": "status.sent",
    "failed": "status.failed",
}


@dataclass
class Chip:
    rect: QRect
    entry: CalendarEntry | None  # None: the "+N more" line
    label: str


@dataclass(frozen=True)
class Slot:
    """A place on the grid: a day, and in the week view an hour."""

    day: date
    hour: int | None

    def start(self) -> datetime:
        """The slot's local start time (a month day starts a new post at 10:00)."""
        return datetime.combine(self.day, time(self.hour if self.hour is not None else 10))


Cells = dict[Slot, list[CalendarEntry]]


def group_entries(
    entries: Sequence[CalendarEntry], mode: str, first: date, days: int
) -> tuple[Cells, dict[date, int]]:
    """Posts by grid cell and by day. Plain Python, no Qt: the window runs it with the query,
    off the UI thread, so thousands of posts cost the UI thread only placing what fits."""
    end = first + timedelta(days=days)
    cells: Cells = {}
    by_day: dict[date, int] = {}
    for e in entries:
        local = e.local or e.when.astimezone()
        day = local.date()
        if not first <= day < end:
            continue
        cells.setdefault(Slot(day, local.hour if mode == WEEK else None), []).append(e)
        by_day[day] = by_day.get(day, 0) + 1
    return cells, by_day


def week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def month_grid_start(d: date) -> date:
    return week_start(d.replace(day=1))


class CalendarGrid(QWidget):
    #: (item id, new local time): a chip was dropped elsewhere
    move_requested = Signal(int, object)
    #: a chip that cannot move was dragged: why, in words
    refused = Signal(str)
    #: "New post" on a slot: its local start time
    new_post_requested = Signal(object)
    slot_selected = Signal(object)
    #: the chips were placed again (the week's DayHeader repaints its counts)
    laid_out = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarGrid")
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.mode = WEEK
        self.first = week_start(date.today())
        self.month = date.today().replace(day=1)
        self.entries: list[CalendarEntry] = []
        self.chips: list[Chip] = []
        self.by_day: dict[date, int] = {}
        self.selected: Slot | None = None
        self._grouped: tuple[Cells, dict[date, int]] | None = None
        self._cells: Cells = {}
        self.today = date.today()
        self._press: tuple[CalendarEntry, QPoint] | None = None
        self._drag: CalendarEntry | None = None
        self._drag_pos = QPoint()
        self._font = QFont(self.font())
        self._font.setPointSizeF(max(7.5, self._font.pointSizeF() - 1))
        self._fm = QFontMetrics(self._font)

    # ------------------------------------------------------------------------ model
    def set_view(self, mode: str, anchor: date) -> None:
        self.mode = mode
        if mode == WEEK:
            self.first = week_start(anchor)
        else:
            self.month = anchor.replace(day=1)
            self.first = month_grid_start(anchor)
        self.today = date.today()
        self.entries = []
        self._relayout()

    def days(self) -> int:
        return 7 if self.mode == WEEK else 42

    def span(self) -> tuple[date, date]:
        return self.first, self.first + timedelta(days=self.days())

    def set_entries(
        self,
        entries: Sequence[CalendarEntry],
        grouped: tuple[Cells, dict[date, int]] | None = None,
    ) -> None:
        """Show ``entries``; ``grouped`` is :func:`group_entries` already done off the UI thread
        for this view (it is done here otherwise)."""
        self.entries = list(entries)
        self._grouped = grouped
        self._relayout()
        self._grouped = None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        if self.mode == WEEK:
            return QSize(900, 24 * HOUR_H)
        return QSize(900, HEADER_H + 6 * MONTH_MIN_CELL_H)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(560, self.sizeHint().height() if self.mode == WEEK else 6 * 60)

    # ------------------------------------------------------------------------ geometry
    def _col_x(self, col: int) -> tuple[int, int]:
        left = GUTTER if self.mode == WEEK else 0
        w = (self.width() - left) / 7
        return int(left + col * w), int(left + (col + 1) * w)

    def _cell_rect(self, slot: Slot) -> QRect:
        offset = (slot.day - self.first).days
        if self.mode == WEEK:
            x0, x1 = self._col_x(offset)
            y = (slot.hour or 0) * HOUR_H
            return QRect(x0, y, x1 - x0, HOUR_H)
        row, col = divmod(offset, 7)
        x0, x1 = self._col_x(col)
        h = (self.height() - HEADER_H) / 6
        y0 = int(HEADER_H + row * h)
        return QRect(x0, y0, x1 - x0, int(HEADER_H + (row + 1) * h) - y0)

    def slot_at(self, pos: QPoint) -> Slot | None:
        if pos.y() < self._top() or pos.x() < (GUTTER if self.mode == WEEK else 0):
            return None
        left = GUTTER if self.mode == WEEK else 0
        col = int((pos.x() - left) / max(1, (self.width() - left) / 7))
        if not 0 <= col < 7:
            return None
        if self.mode == WEEK:
            hour = pos.y() // HOUR_H
            return Slot(self.first + timedelta(days=col), hour) if 0 <= hour < 24 else None
        row = int((pos.y() - HEADER_H) / max(1, (self.height() - HEADER_H) / 6))
        if not 0 <= row < 6:
            return None
        return Slot(self.first + timedelta(days=row * 7 + col), None)

    def slot_of(self, entry: CalendarEntry) -> Slot:
        local = entry.local or entry.when.astimezone()
        return Slot(local.date(), local.hour if self.mode == WEEK else None)

    def chip_at(self, pos: QPoint) -> Chip | None:
        for chip in self.chips:
            if chip.rect.contains(pos):
                return chip
        return None

    def chip_of(self, item_id: int) -> Chip | None:
        return next((c for c in self.chips if c.entry is not None and c.entry.id == item_id), None)

    def resizeEvent(self, event: object) -> None:  # noqa: N802, ANN001
        self._relayout()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def _relayout(self) -> None:
        """Place every chip once: cells hold what fits, then "+N more"."""
        if self._grouped is not None:
            cells, self.by_day = self._grouped
        else:
            cells, self.by_day = group_entries(self.entries, self.mode, self.first, self.days())
        self._cells = cells
        chips: list[Chip] = []
        for slot, items in cells.items():
            r = self._cell_rect(slot)
            top = r.top() + (20 if self.mode == MONTH else 2)
            fits = max(1, (r.bottom() - top - 2) // (CHIP_H + 1))
            shown = items if len(items) <= fits else items[: fits - 1]
            for i, e in enumerate(shown):
                rect = QRect(r.left() + 3, top + i * (CHIP_H + 1), r.width() - 6, CHIP_H)
                # the label is cut to the chip's width when first painted (most are not)
                chips.append(Chip(rect, e, ""))
            if len(shown) < len(items):
                rect = QRect(r.left() + 3, top + len(shown) * (CHIP_H + 1), r.width() - 6, CHIP_H)
                chips.append(
                    Chip(rect, None, self.tr("+{n} more").format(n=len(items) - len(shown)))
                )
        self.chips = chips
        self.update()
        self.laid_out.emit()

    # ------------------------------------------------------------------------ paint
    def paintEvent(self, event: object) -> None:  # noqa: N802, ANN001
        exposed: QRect = event.rect()  # type: ignore[attr-defined]
        p = QPainter(self)
        p.fillRect(exposed, colour("base"))
        p.setFont(self._font)
        for n in range(self.days()):
            day = self.first + timedelta(days=n)
            self._paint_day(p, day, exposed)
        if self.mode == WEEK:
            p.setPen(colour("muted"))
            for h in range(24):
                y = h * HOUR_H
                if exposed.intersects(QRect(0, y, GUTTER, HOUR_H)):
                    p.drawText(QRect(0, y + 2, GUTTER - 6, 16), Qt.AlignmentFlag.AlignRight,
                               f"{h:02d}:00")  # fmt: skip
                    p.setPen(colour("line.faint"))
                    p.drawLine(GUTTER, y, self.width(), y)
                    p.setPen(colour("muted"))
        for chip in self.chips:
            if chip.rect.intersects(exposed):
                self._paint_chip(p, chip)
        if self.mode == MONTH:
            self._paint_header(p)
        if self._drag is not None:
            target = self.slot_at(self._drag_pos)
            if target is not None:
                p.setPen(QPen(colour("highlight"), 2, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(self._cell_rect(target).adjusted(1, 1, -1, -1))
            ghost = QRect(self._drag_pos - QPoint(60, 8), QSize(160, CHIP_H))
            p.setOpacity(0.8)
            self._paint_chip(p, Chip(ghost, self._drag, self._fm.elidedText(
                f"@{self._drag.account} · {self._drag.text}", Qt.TextElideMode.ElideRight, 150)))  # fmt: skip
        p.end()

    def _paint_day(self, p: QPainter, day: date, exposed: QRect) -> None:
        offset = (day - self.first).days
        if self.mode == WEEK:
            x0, x1 = self._col_x(offset)
            r = QRect(x0, 0, x1 - x0, 24 * HOUR_H)
        else:
            r = self._cell_rect(Slot(day, None))
        if not r.intersects(exposed):
            return
        empty = self.by_day.get(day, 0) == 0
        outside = self.mode == MONTH and day.month != self.month.month
        if day == self.today:
            p.fillRect(r, colour("calendar.today"))
        elif outside:
            p.fillRect(r, colour("base.alt"))
        if empty and day >= self.today and not outside:
            # a gap in the plan: hatched, and said in words
            p.fillRect(r, QBrush(colour("calendar.gap"), Qt.BrushStyle.BDiagPattern))
        if self.selected is not None and self.selected.day == day:
            sel = self._cell_rect(self.selected) if self.mode == WEEK else r
            veil = colour("highlight")
            veil.setAlpha(40)
            p.fillRect(sel, veil)
        p.setPen(colour("line"))
        p.drawRect(r.adjusted(0, 0, -1, -1))
        if self.mode == MONTH:
            p.setPen(colour("disabled.text" if outside else "text"))
            bold = QFont(self._font)
            bold.setBold(day == self.today)
            p.setFont(bold)
            p.drawText(r.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignLeft, f"{day.day}")
            p.setFont(self._font)
            if empty and not outside:
                p.setPen(colour("warning" if day >= self.today else "disabled.text"))
                p.drawText(
                    r.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignRight, self.tr("No posts")
                )

    def _top(self) -> int:
        """The month view draws its day names; the week view's are a DayHeader above it."""
        return HEADER_H if self.mode == MONTH else 0

    def _paint_header(self, p: QPainter) -> None:
        hdr = QRect(0, 0, self.width(), HEADER_H)
        p.fillRect(hdr, colour("window"))
        p.setPen(colour("window.text"))
        for col in range(7):
            x0, x1 = self._col_x(col)
            p.drawText(QRect(x0, 0, x1 - x0, HEADER_H), Qt.AlignmentFlag.AlignCenter,
                       day_name(col))  # fmt: skip

    def _paint_chip(self, p: QPainter, chip: Chip) -> None:
        r = chip.rect
        if chip.entry is None:
            p.setPen(colour("secondary"))
            p.drawText(r.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, chip.label)
            return
        if not chip.label:
            e = chip.entry
            chip.label = self._fm.elidedText(
                e.label or f"@{e.account} · {e.text}", Qt.TextElideMode.ElideRight, r.width() - 10
            )
        role = STATUS_ROLES.get(chip.entry.status, "status.other")
        p.fillRect(r, colour(f"{role}.bg"))
        p.fillRect(QRect(r.left(), r.top(), 4, r.height()),
                   colour(network_role(chip.entry.network)))  # fmt: skip
        p.setPen(colour(f"{role}.fg"))
        p.drawText(r.adjusted(7, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, chip.label)

    # ------------------------------------------------------------------------ mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        chip = self.chip_at(pos)
        if chip is not None and chip.entry is not None:
            self._press = (chip.entry, pos)
        slot = self.slot_at(pos)
        if slot is not None:
            self.selected = slot
            self.slot_selected.emit(slot)
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        if self._press is None:
            return
        entry, origin = self._press
        if self._drag is None:
            if (pos - origin).manhattanLength() < QApplication.startDragDistance():
                return
            why = entry.why_fixed()
            if why is not None:
                self._press = None
                self.refused.emit(why)
                return
            self._drag = entry
        self._drag_pos = pos
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        entry, self._drag, self._press = self._drag, None, None
        self.update()
        if entry is None:
            return
        target = self.slot_at(pos)
        if target is None or target == self.slot_of(entry):
            return
        self.move_requested.emit(entry.id, moved_time(entry.when, target.day, target.hour))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        chip = self.chip_at(pos)
        slot = self.slot_at(pos)
        if slot is not None and (chip is None or chip.entry is None):
            self.new_post_requested.emit(slot.start())

    def event(self, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.ToolTip:
            pos = ev.pos()  # type: ignore[attr-defined]
            chip = self.chip_at(pos)
            if chip is not None and chip.entry is not None:
                e = chip.entry
                words = (
                    f"{e.when.astimezone():%a %d %b %H:%M} · @{e.account} ({e.network})\n"
                    f"{e.status_text}"
                    + (
                        self.tr(" · campaign: {campaign}").format(campaign=e.campaign)
                        if e.campaign
                        else ""
                    )
                    + (self.tr("\nby {author}").format(author=e.author) if e.author else "")
                    + f"\n\n{e.text}"
                )
                QToolTip.showText(ev.globalPos(), plain_tooltip(words), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(ev)


class DayHeader(QWidget):
    """The week view's day names and post counts, fixed above the scrolling hours."""

    def __init__(self, grid: CalendarGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarDayHeader")
        self.grid = grid
        self.setFixedHeight(HEADER_H)
        grid.laid_out.connect(self.update)

    def paintEvent(self, event: object) -> None:  # noqa: N802, ANN001
        g = self.grid
        p = QPainter(self)
        p.fillRect(self.rect(), colour("window"))
        p.setFont(g._font)
        for col in range(7):
            x0, x1 = g._col_x(col)
            cell = QRect(x0 + 4, 1, x1 - x0 - 8, HEADER_H - 2)
            day = g.first + timedelta(days=col)
            n = g.by_day.get(day, 0)
            bold = QFont(g._font)
            bold.setBold(day == g.today)
            p.setFont(bold)
            p.setPen(colour("window.text"))
            p.drawText(cell, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                       f"{day_name(col)} {day.day} {month_name(day)}")  # fmt: skip
            p.setFont(g._font)
            p.setPen(colour("warning" if n == 0 else "muted"))
            p.drawText(cell, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                       Count.tr("%Ln post(s)", "", n) if n else self.tr("No posts"))  # fmt: skip
        p.end()
