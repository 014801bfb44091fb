"""Nesting one layout in another without leaving Python wrappers that outlive their items."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QBoxLayout, QLayout

L = TypeVar("L", bound=QLayout)


def nested(parent: QBoxLayout, child: L, stretch: int = 0) -> L:
    """`child` added to `parent` while it is still empty, to be filled afterwards.

    PySide's addLayout walks the items of the layout it is given and keeps a Python wrapper of each
    alive. When Qt later deletes such an item (its widget moved to another layout, or deleted), the
    wrapper points at freed memory, and the next object Qt makes at that address comes back to Python
    as that wrapper, of the wrong type: an AttributeError, or a crash, far from here. An empty
    layout has no items to walk.
    """
    parent.addLayout(child, stretch)
    return child
