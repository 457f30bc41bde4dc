"""Compact chips in one column of the inbox: priority, mood, intent, status, team, account,
network — each a small rounded label, so seven facts take the width of one column.

The model gives the chips in :data:`ui.inbox.inbox_model.CHIPS_ROLE` as (text, name, kind); the
name in words is the cell's accessible text and tooltip, so a screen reader says "Mood:
negative", not "neg". Chips that do not fit are left out from the end (the least telling).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPixmap, QPixmapCache
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.inbox.inbox_model import CHIPS_ROLE
from ui.theme.colours import colour, current

#: the kinds of chip with colours of their own (ui/theme roles chip.KIND.bg / chip.KIND.fg)
KINDS = ("urgent", "high", "negative", "positive", "intent", "status", "team", "account", "network")
PAD_X = 5
GAP = 3
MAX_CHIP = 110


class ChipDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        chips = index.data(CHIPS_ROLE)
        if not chips:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        # the chips are drawn once per (chips, size, font) and kept as a picture: a busy feed
        # repaints the list several times a second, and text layout was half of each repaint
        font = opt.font
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        scheme = current().name  # a theme change draws them again
        key = (
            f"chips:{scheme}:{chips!r}:{opt.rect.width()}x{opt.rect.height()}:{font.key()}:{ratio}"
        )
        picture = QPixmapCache.find(key)
        if picture is None:
            picture = QPixmap(int(opt.rect.width() * ratio), int(opt.rect.height() * ratio))
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            chip_painter = QPainter(picture)
            self._paint_chips(chip_painter, font, opt.rect.translated(-opt.rect.topLeft()), chips)
            chip_painter.end()
            QPixmapCache.insert(key, picture)
        painter.drawPixmap(opt.rect.topLeft(), picture)

    @staticmethod
    def _paint_chips(painter: QPainter, font: QFont, cell: QRect, chips: list[Any]) -> None:
        painter.save()
        painter.setFont(font)
        fm = QFontMetrics(font)
        rect = cell.adjusted(3, 3, -3, -3)
        x = float(rect.left())
        height = min(float(rect.height()), fm.height() + 4.0)
        top = rect.top() + (rect.height() - height) / 2
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for text, _name, kind in chips:
            shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, MAX_CHIP)
            width = fm.horizontalAdvance(shown) + 2 * PAD_X
            if x + width > rect.right():
                if x + fm.horizontalAdvance("…") <= rect.right():
                    painter.setPen(colour("muted"))
                    painter.drawText(QRectF(x, top, 12, height), Qt.AlignmentFlag.AlignVCenter, "…")
                break
            kind = kind if kind in KINDS else "status"
            bg, fg = colour(f"chip.{kind}.bg"), colour(f"chip.{kind}.fg")
            box = QRectF(x, top, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bg)
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(fg)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shown)
            x += width + GAP
        painter.restore()
