"""Tree rows as tall as their wrapped text: a sentence in a narrow dock is wrapped, never cut off."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the column's width (Qt's own hint assumes one line)."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        view: QTreeView = self.parent()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = view.columnWidth(0) - view.indentation() * (depth + int(view.rootIsDecorated()))
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt, view) + 1
        icon = opt.decorationSize.width() + 2 * margin if not opt.icon.isNull() else 0
        text_width = max(40, width - icon - 4 * margin)
        rect = opt.fontMetrics.boundingRect(
            QRect(0, 0, text_width, 100000), Qt.TextFlag.TextWordWrap, opt.text
        )
        base = super().sizeHint(option, index)
        return QSize(base.width(), max(base.height(), rect.height() + 2 * margin + 2))
