"""A table of outbox items (approval queue, schedule): bounded lists, replaced as a whole.

The services cap these lists (an approval queue or a schedule is hundreds of rows, not
millions), so the model holds the rows it is given and is reset when they are reloaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.publishing.queries import OutboxRow
from ui.widgets.text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex


def _when(dt: datetime | None) -> str:
    return dt.astimezone().strftime("%d %b %H:%M") if dt else ""


def _one_line(text: str, n: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[: n - 1] + "…"


COLUMNS: dict[str, tuple[str, ...]] = {
    "approvals": ("Kind", "Account", "Author", "To", "Text", "When", "Status"),
    "schedule": ("When", "Account", "Kind", "Status", "Author", "Text"),
}


class OutboxTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[str], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.columns = tuple(columns)
        self.rows: list[OutboxRow] = []

    def set_rows(self, rows: Sequence[OutboxRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> OutboxRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "Kind": r.kind,
                "Account": f"@{r.account} ({r.network})",
                "Author": ("⚠ " if r.extra.get("holder_warning") else "") + r.author,
                "To": r.customer or "public post",
                "Text": _one_line(r.text),
                "When": _when(r.scheduled_at)
                or ("now" if r.status != "sent" else _when(r.sent_at)),
                "Status": r.status_text,
            }.get(col, "")
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and col == "Author"
            and r.extra.get("holder_warning")
        ):
            return plain_tooltip(r.extra["holder_warning"])
        if role == Qt.ItemDataRole.ToolTipRole and col in ("Text", "Status"):
            return plain_tooltip(r.text if col == "Text" else r.status_text)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None
