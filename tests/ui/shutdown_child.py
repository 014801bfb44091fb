"""A window with text being typed, waiting for a signal; run as `python -m tests.ui.shutdown_child`.

usage: shutdown_child WORKSHOP SETTINGS MODE, MODE one of: inline (the canvas label editor),
field (the inspector's label field), pending (an edit the file refused waits in memory).
Prints 'ready' once the text is typed; the parent then sends a signal and reads the file.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest

from shoppermap.domain.library import FrameworkLibrary
from shoppermap.ui.app import build_window
from shoppermap.ui.application import make_application
from shoppermap.ui.shutdown import watch_for_shutdown

TYPED = "Typed as the session ended"


def main(workshop: str, settings: str, mode: str) -> int:
    app = make_application(offscreen=True)
    watch = watch_for_shutdown(app)
    window = build_window(FrameworkLibrary.load(), settings=QSettings(settings, QSettings.Format.IniFormat))
    assert window.open_path(Path(workshop))
    window.show()
    app.processEvents()
    scene = window.current_scene()
    card = window.document.get(window.journey_id).stages[0].phases[0].cards[0]
    if mode == "inline":
        window.view.edit_label(scene.cards[card.id])
        editor = window.view.inline_editor()
        editor.selectAll()
        QTest.keyClicks(editor, TYPED)
    elif mode == "field":
        scene.select_cards([card.id])
        field = window.inspector.card_form.label
        field.setFocus()
        field.selectAll()
        QTest.keyClicks(field, TYPED)
    else:

        def refuse(*_args) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        window.file.update = refuse
        assert window.canvas_edits.rename(card.id, TYPED)
        assert window.document.unsaved
    print("ready", flush=True)
    code = app.exec()
    del watch
    return code


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
