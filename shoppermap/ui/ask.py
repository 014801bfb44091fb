"""Small questions (a name, a choice from a list) in dialogs wide enough for their own title.

QInputDialog's static functions size the dialog by its field, so a Polish title such as "Zapisz
ścieżkę jako szablon" was cut short in the title bar; these measure the title first.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QWidget

# the window manager's buttons and margins in a title bar, roughly, beside the title's own width
TITLE_BAR_EXTRA = 140
MIN_WIDTH = 360


def _dialog(parent: QWidget | None, title: str, label: str) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    return dialog


def _exec(dialog: QInputDialog) -> bool:
    # QInputDialog lays itself out when shown and keeps only a width set after that
    font = QApplication.font()
    font.setBold(True)  # title bars use about the application font, often bold: measure it bold
    wanted = max(QFontMetrics(font).horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_EXTRA, MIN_WIDTH)
    QTimer.singleShot(0, lambda: dialog.resize(max(wanted, dialog.width()), dialog.height()))
    return bool(dialog.exec())


def ask_text(parent: QWidget | None, title: str, label: str, *, text: str = "") -> tuple[str, bool]:
    """Ask for a line of text; (text, True) when confirmed, ("", False) when cancelled."""
    dialog = _dialog(parent, title, label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(text)
    if _exec(dialog):
        return dialog.textValue(), True
    return "", False


def ask_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> tuple[str, bool]:
    """Ask to pick one of `items` (the first is offered); (item, True) when confirmed."""
    dialog = _dialog(parent, title, label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    if items:
        dialog.setTextValue(items[0])
    if _exec(dialog):
        return dialog.textValue(), True
    return "", False
