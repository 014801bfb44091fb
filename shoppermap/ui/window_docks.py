"""The docks and extra actions around the canvas, wired to the window's workshop and selection."""

from __future__ import annotations

from . import export_dialog, help, picture_actions, plan
from .dialogs import preferences, restore_backup, welcome
from .inspector import Inspector
from .legend import Legend


def add_docks(window) -> None:
    """Add the inspector (and the other docks) to a new main window."""
    inspector = Inspector()
    window.inspector = inspector
    dock = window.add_dock("inspector", window.tr("Inspector"), inspector)
    dock.setMinimumWidth(340)

    def workshop_opened(document) -> None:
        inspector.set_context(document, window.stack, window.library.pos_tools, window.language)

    def selection_changed(card_ids: list[str]) -> None:
        inspector.show_cards(card_ids)
        if card_ids and not dock.isHidden():
            dock.raise_()

    window.add_dock("legend", window.tr("Legend"), Legend())
    for module in (export_dialog, picture_actions, restore_backup, plan, preferences, help, welcome):
        module.install(window)
    window.workshop_listeners.append(workshop_opened)
    window.flush_listeners.append(inspector.flush)
    window.selection_listeners.append(selection_changed)
