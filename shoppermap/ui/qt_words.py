"""Words of Qt's own widgets that Qt's Polish catalogue misses, translated in ours.

Qt 6 added keyboard mnemonics to some file-dialog labels ("&Look in:"); its Polish catalogue still
has them without, so the file dialog's labels stayed English in the Polish interface. Listed here,
lupdate puts them into our catalogue under Qt's own context, and Qt finds them there.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
