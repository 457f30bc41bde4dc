"""The Listening view's two lists: the watches with their figures, and the stream they heard.

Both are table models (never a widget per row). The stream loads a page at a time: Qt asks for
more when the person scrolls to the end (``fetchMore``), the model says so with
``more_wanted`` and the window fetches the next page off the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)

from app.listening.stream import StreamRow
from app.listening.watches import WatchFigures, budget_words, mood_words
from ui.widgets.text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
NETWORK_TITLES = {"mastodon": "Mastodon", "bluesky": "Bluesky", "x": "X", "demo": "Demo"}


def _when(dt: datetime | None) -> str:
    if dt is None:
        return "—"
    local = dt.astimezone() if dt.tzinfo else dt.replace(tzinfo=UTC).astimezone()
    today = datetime.now().astimezone().date()
    at = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(at, "HH:mm" if local.date() == today else "dd MMM HH:mm")


class WatchesModel(QAbstractTableModel):
    #: column titles, translated when shown (lupdate reads them here)
    HEADERS = (
        QT_TRANSLATE_NOOP("WatchesModel", "Watch"),
        QT_TRANSLATE_NOOP("WatchesModel", "Through"),
        QT_TRANSLATE_NOOP("WatchesModel", "Heard (24 h)"),
        QT_TRANSLATE_NOOP("WatchesModel", "Mood (24 h)"),
        QT_TRANSLATE_NOOP("WatchesModel", "Read budget"),
        QT_TRANSLATE_NOOP("WatchesModel", "State"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[WatchFigures] = []

    def set_rows(self, rows: Sequence[WatchFigures]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return self.tr(self.HEADERS[section])
        return None

    def state(self, f: WatchFigures) -> str:
        if not f.enabled:
            return self.tr("Paused")
        if f.last_error:
            return self.tr("Last read failed: {error}").format(error=f.last_error)
        if f.last_polled_at is None:
            return self.tr("Waiting for the first read")
        return self.tr("Read at {when}").format(when=_when(f.last_polled_at))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        f = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = (
                f.label,
                f"{NETWORK_TITLES.get(f.network, f.network)} · {f.account}",
                f"{f.items_recent:,}",
                mood_words(f.mood, f.negative_share),
                budget_words(f) if f.enabled else self.tr("no calls while paused"),
                self.state(f),
            )[col]
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Qt.ItemDataRole.UserRole:
            return f.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class StreamModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("StreamModel", "Posted"),
        QT_TRANSLATE_NOOP("StreamModel", "Watch"),
        QT_TRANSLATE_NOOP("StreamModel", "Author"),
        QT_TRANSLATE_NOOP("StreamModel", "Post"),
        QT_TRANSLATE_NOOP("StreamModel", "Mood"),
        QT_TRANSLATE_NOOP("StreamModel", "Sent to"),
    )
    more_wanted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[StreamRow] = []
        self.total = 0
        self.loading = False

    def set_rows(self, rows: Sequence[StreamRow], total: int) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.total = max(total, len(self.rows))
        self.endResetModel()

    def append(self, rows: Sequence[StreamRow]) -> None:
        known = {r.id for r in self.rows}
        fresh = [r for r in rows if r.id not in known]
        if fresh:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self.rows.extend(fresh)
            self.endInsertRows()
        if not fresh:
            self.total = len(self.rows)  # the list shrank meanwhile: nothing more to fetch
        self.loading = False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self.rows) < self.total and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if self.canFetchMore(parent):
            self.loading = True
            self.more_wanted.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return self.tr(self.HEADERS[section])
        return None

    def row_at(self, row: int) -> StreamRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                _when(r.posted_at),
                r.watch,
                r.author,
                " ".join(r.text.split())[:300],
                mood_words(r.sentiment, None).split(" (")[0],
                r.status,
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            # customer text: shown literally, never as markup
            return plain_tooltip(r.text if col == 3 else self.data(index) or "")
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None
