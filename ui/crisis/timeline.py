"""The crisis room's live timeline: messages and negative messages per minute, QPainter-drawn.

Why not a chart library: PySide6-Essentials has no QtCharts; PySide6-Addons would bring it (and
QtGraphs) at the price of a much larger bundle, for two lines and a few markers. This widget
draws them itself in one paintEvent over at most a few hundred points, so a redraw costs well
under a millisecond, and it redraws at most once a second however often data arrives (a
1,000-messages-a-second surge must not turn into 1,000 repaints).
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.crisis.room import Marker
from ui.theme.colours import colour as themed_colour

#: at most one redraw per this many milliseconds
REDRAW_MS = 1000


class TimelineChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crisisTimeline")
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.minutes: list[tuple[datetime, int, int]] = []
        self.markers: list[Marker] = []
        self.current = datetime.now(UTC)
        self.window = timedelta(hours=2)
        self.paints = 0
        #: redraws this widget asked for (at most one a second); paints also count exposures
        self.redraws = 0
        #: the shortest time between two of those redraws (the bench checks it is ≥ 1 s)
        self.min_interval_ms = float("inf")
        self._last_paint = 0.0
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # a coarse timer may fire up to 5 % early: "at most once a second" is meant strictly
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._flush)

    # ------------------------------------------------------------------------------ data
    def set_data(
        self, minutes: Mapping[datetime, Sequence[int]], markers: Sequence[Marker]
    ) -> None:
        """New data: drawn now if the last redraw is a second old, else when it is."""
        if minutes:
            # the minute under way is drawn dotted: half a minute must not read as a fall
            self.current = datetime.now(UTC).replace(second=0, microsecond=0)
            end = max(minutes)
            start = end - self.window
            self.minutes = sorted((m, v[0], v[1]) for m, v in minutes.items() if m >= start)
        else:
            self.minutes = []
        self.markers = list(markers)
        self._request()

    def _request(self) -> None:
        wait = REDRAW_MS + 2 - (time.monotonic() - self._last_paint) * 1000
        if wait <= 0 and not self._timer.isActive():
            self._flush()
        elif not self._timer.isActive():
            self._timer.start(int(max(wait, 0)))

    def _flush(self) -> None:
        now = time.monotonic()
        if self.redraws:
            self.min_interval_ms = min(self.min_interval_ms, (now - self._last_paint) * 1000)
        self._last_paint = now
        self.redraws += 1
        self.update()

    @property
    def empty_text(self) -> str:
        return "No messages in the last two hours yet."

    # ------------------------------------------------------------------------------ drawing
    def _frame(self) -> QRectF:
        return QRectF(self.rect()).adjusted(48, 24, -16, -28)

    def _span(self) -> tuple[datetime, datetime]:
        t1 = self.minutes[-1][0] + timedelta(minutes=1)
        t0 = min(self.minutes[0][0], t1 - timedelta(minutes=30))
        return t0, t1

    def _x(self, frame: QRectF, t: datetime, t0: datetime, t1: datetime) -> float:
        span = max((t1 - t0).total_seconds(), 60.0)
        return frame.left() + (t - t0).total_seconds() / span * frame.width()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        self.paints += 1
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        frame = self._frame()
        p.setPen(QPen(self.palette().mid().color()))
        p.drawRect(frame)
        if not self.minutes:
            p.setPen(self.palette().text().color())
            p.drawText(frame, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            p.end()
            return
        t0, t1 = self._span()
        peak = max(n for _m, n, _neg in self.minutes) or 1
        scale, divisions = axis(peak)

        def y(v: float) -> float:
            return frame.bottom() - v / scale * frame.height()

        # grid and labels
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        p.setFont(small)
        p.setPen(QPen(self.palette().mid().color(), 1, Qt.PenStyle.DotLine))
        for i in range(1, divisions):
            v = scale * i / divisions
            p.drawLine(QPointF(frame.left(), y(v)), QPointF(frame.right(), y(v)))
        p.setPen(self.palette().text().color())
        for i in range(0, divisions + 1):
            v = scale * i / divisions
            p.drawText(
                QRectF(0, y(v) - 8, frame.left() - 4, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{v:,.0f}",
            )
        for t in _ticks(t0, t1):
            x = self._x(frame, t, t0, t1)
            p.drawText(
                QRectF(x - 30, frame.bottom() + 4, 60, 16),
                Qt.AlignmentFlag.AlignCenter,
                t.astimezone().strftime("%H:%M"),
            )
        p.drawText(
            QRectF(frame.left(), 2, frame.width(), 18),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            "Messages per minute: all (blue), negative (red); alerts (amber) and decisions (grey)",
        )
        # the two lines; the last segment dotted while its minute is under way
        done = [r for r in self.minutes if r[0] < self.current]
        partial = [r for r in self.minutes if r[0] >= self.current]
        for idx, colour in (
            (1, themed_colour("timeline.total")),
            (2, themed_colour("timeline.negative")),
        ):

            def pt(row: tuple[datetime, int, int], idx: int = idx) -> QPointF:
                return QPointF(self._x(frame, row[0] + timedelta(seconds=30), t0, t1), y(row[idx]))

            path = QPainterPath()
            for i, row in enumerate(done):
                if i == 0:
                    path.moveTo(pt(row))
                else:
                    path.lineTo(pt(row))
            p.setPen(QPen(colour, 2))
            p.drawPath(path)
            if partial:
                p.setPen(QPen(colour, 2, Qt.PenStyle.DotLine))
                if done:
                    p.drawLine(pt(done[-1]), pt(partial[0]))
                p.setBrush(colour)
                p.drawEllipse(pt(partial[0]), 2.5, 2.5)
                p.setBrush(Qt.BrushStyle.NoBrush)
        # markers
        for mk in self.markers:
            if not (t0 <= mk.at <= t1):
                continue
            x = self._x(frame, mk.at, t0, t1)
            colour = themed_colour("timeline.alert" if mk.kind == "alert" else "timeline.decision")
            p.setPen(QPen(colour, 2 if mk.kind == "alert" else 1, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, frame.top()), QPointF(x, frame.bottom()))
            p.setBrush(colour)
            p.drawEllipse(QPointF(x, frame.top()), 4, 4)
        p.end()

    def marker_at(self, x: float) -> Marker | None:
        if not self.minutes:
            return None
        frame = self._frame()
        t0, t1 = self._span()
        best = None
        for mk in self.markers:
            if t0 <= mk.at <= t1:
                d = abs(self._x(frame, mk.at, t0, t1) - x)
                if d <= 6 and (best is None or d < best[0]):
                    best = (d, mk)
        return best[1] if best else None

    def mouseMoveEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        mk = self.marker_at(event.position().x())
        if mk is None:
            QToolTip.hideText()
            return
        # plain text: a tooltip given rich text would render customer words as markup
        QToolTip.showText(
            event.globalPosition().toPoint(),
            f"{mk.at.astimezone():%H:%M:%S} — {mk.text}".replace("<", "‹"),
            self,
        )


def axis(peak: float) -> tuple[int, int]:
    """The y axis's top and its number of divisions, for messages per minute.

    Each division is a whole, round step (1, 2, 5, 10, 20, 25, 50 … messages), so every label
    is a count a person can read: quarters of a round top printed "0, 0, 0, 1, 1" for a quiet
    minute of one message and "12, 25, 38" for fifty.
    """
    exp = 10 ** math.floor(math.log10(max(peak / 4, 1)))
    # 10 × exp always fits (40 × exp is above the peak); 2.5 only where whole (25, 250 …)
    step = next(
        int(m * exp) for m in (1, 2, 2.5, 5, 10) if m * exp == int(m * exp) and m * exp * 4 >= peak
    )
    divisions = max(1, math.ceil(peak / step))
    return step * divisions, divisions


def _ticks(t0: datetime, t1: datetime) -> list[datetime]:
    span = (t1 - t0).total_seconds() / 60
    step = next((s for s in (5, 10, 15, 30, 60) if span / s <= 8), 120)
    first = t0.replace(second=0, microsecond=0)
    first += timedelta(minutes=(-first.minute) % step)
    out = []
    t = first
    while t <= t1:
        out.append(t)
        t += timedelta(minutes=step)
    return out
