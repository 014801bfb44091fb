"""The inspector dock: edits the selected cards, their POS opportunities and competitor gaps."""

from .inspector import Inspector

__all__ = ["Inspector"]
