"""The inbox list as a person uses it: click a header to sort (the server re-orders), rows that
hold still under the pointer, an empty state that says why, and the "3 new" button.

Holding still: while the pointer is over the list, or the person scrolls or uses the keys in it,
the model keeps every row where it is and counts what is waiting (:meth:`InboxModel.hold`). It
places them when the pointer leaves the list, after :data:`IDLE_MS` with no movement, click,
wheel or key in it, or when the person presses the "3 new" button — the selection follows its
conversation and is kept in sight. The person's own actions (claim, hand-off, resolve) take
effect at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from app.inbox.views import InboxFilter
from ui.i18n.counts import Count
from ui.inbox.chips import ChipDelegate
from ui.inbox.inbox_model import COLUMNS, SORT_BY_COLUMN, InboxModel
from ui.theme.apply import themed
from ui.theme.colours import colour

#: the list places waiting rows after this long without the person moving or typing in it
IDLE_MS = 6000
#: widths that read at 1366×768; the message takes the rest
WIDTHS = {
    "Customer": 112,
    "Labels": 150,
    "Assignee": 88,  # "Bob Okafor" whole at 1366 px
    "SLA": 64,
    "Here": 38,
    "Age": 44,
}


class InboxTable(QTableView):
    #: the person asked for another order: (SortKey value, reversed)
    sort_requested = Signal(str, bool)

    def __init__(self, model: InboxModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Tab leaves the table for the next control; the arrow keys move between rows
        self.setTabKeyNavigation(False)
        self.setObjectName("inboxTable")
        self.setAccessibleName(self.tr("Conversations"))
        self.setAccessibleDescription(
            self.tr("Conversations in this view; the arrow keys open one, T takes the next")
        )
        self.setModel(model)
        self._model = model
        self.empty_text = ""
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSortingEnabled(False)  # the server sorts; see _header_clicked
        self.setMouseTracking(True)
        vh = self.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(26)
        hh = self.horizontalHeader()
        hh.setSectionsClickable(True)
        hh.setSortIndicatorShown(True)
        hh.setHighlightSections(False)
        hh.sectionClicked.connect(self._header_clicked)
        for i, name in enumerate(COLUMNS):
            if name == "Message":
                hh.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            else:
                hh.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                self.setColumnWidth(i, WIDTHS.get(name, 80))
        self.chips = ChipDelegate(self)
        self.setItemDelegateForColumn(COLUMNS.index("Labels"), self.chips)
        self.idle = QTimer(self)
        self.idle.setObjectName("inboxIdle")
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self._idle)
        model.rows_updated.connect(lambda _ids: self._keep_selection_in_sight())
        model.modelReset.connect(self.viewport().update)
        model.rowsInserted.connect(lambda *_: self.viewport().update())
        model.rowsRemoved.connect(lambda *_: self.viewport().update())
        model.loading_changed.connect(lambda _l: self.viewport().update())

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        """Wider windows give the chips room too (a fifth of the list, 150–320 px), and the
        names: at 1920 px "Dario Nakam…" and "Bob Oka…" were cut while the message had plenty."""
        super().resizeEvent(event)
        width = self.viewport().width()
        for name, share, most in (("Labels", 5, 320), ("Customer", 8, 180), ("Assignee", 11, 130)):
            self.setColumnWidth(COLUMNS.index(name), max(WIDTHS[name], min(most, width // share)))

    # -- order --------------------------------------------------------------------------------
    def show_sort(self, flt: InboxFilter) -> None:
        """Put the header's arrow on the column of the filter's order (none if no column)."""
        hh = self.horizontalHeader()
        key = flt.sort_key
        for i, name in enumerate(COLUMNS):
            if SORT_BY_COLUMN.get(name) == key:
                order = (
                    Qt.SortOrder.DescendingOrder
                    if flt.sort_reverse
                    else Qt.SortOrder.AscendingOrder
                )
                hh.setSortIndicator(i, order)
                return
        hh.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def _header_clicked(self, section: int) -> None:
        key = SORT_BY_COLUMN.get(COLUMNS[section]) if 0 <= section < len(COLUMNS) else None
        current = self._model.filter
        if key is None:
            self.show_sort(current)  # not a sortable column: the arrow stays where it was
            return
        reverse = key == current.sort_key and not current.sort_reverse
        self.sort_requested.emit(key.value, reverse)

    # -- holding still ---------------------------------------------------------------------
    def _busy(self) -> None:
        self._model.hold()
        self.idle.start()

    def _idle(self) -> None:
        self._model.release()

    def _keep_selection_in_sight(self) -> None:
        current = self.currentIndex()
        if current.isValid() and self.selectionModel().isSelected(current):
            self.scrollTo(current, QAbstractItemView.ScrollHint.EnsureVisible)

    def enterEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        self._busy()
        super().enterEvent(event)  # type: ignore[arg-type]

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        self.idle.stop()
        self._model.release()
        super().leaveEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._busy()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._busy()
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        self._busy()
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        self._busy()
        super().keyPressEvent(event)

    # -- the empty state ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self._model.rowCount() or self._model.loading or not self.empty_text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(colour("muted"))
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        painter.drawText(
            QRect(area.left(), area.top() + 20, area.width(), area.height() - 20),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            self.empty_text,
        )
        painter.end()

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        # an empty view says why it is empty; a full one says how to work it
        self.setAccessibleDescription(
            text or self.tr("Conversations in this view; the arrow keys open one, T takes the next")
        )
        self.viewport().update()


class NewRowsButton(QPushButton):
    """ "3 new" — what is waiting to be placed while the list holds still; click to place it."""

    def __init__(self, model: InboxModel, table: InboxTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newRowsButton")
        self.setAccessibleName(self.tr("Place new conversations"))
        self._model = model
        self._table = table
        themed(
            self,
            "QPushButton { background: $(pill.bg); color: $(pill.fg); border: 1px solid $(pill.border);"
            " border-radius: 10px; padding: 2px 10px; }",
        )
        self.setToolTip(
            self.tr("The list holds still while you work in it. Click to place them now.")
        )
        self.clicked.connect(self._place)
        model.pending_changed.connect(self.show_waiting)
        self.hide()

    def show_waiting(self, new: int, other: int) -> None:
        parts = []
        if new:
            parts.append(self.tr("{new} new").format(new=QLocale().toString(new)))
        if other:
            parts.append(Count.tr("%Ln update(s)", "", other))
        if not parts:
            self.hide()
            return
        self.setText(" · ".join(parts) + self.tr(" — show"))
        self.show()

    def _place(self) -> None:
        self._model.release()
        self._table.scrollToTop()
