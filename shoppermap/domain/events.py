"""A minimal observer, so the domain can announce changes without knowing about Qt."""

from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger(__name__)


class Event:
    """A list of callbacks called in order with the same arguments."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[..., None]] = []

    def connect(self, callback: Callable[..., None]) -> None:
        """Call `callback` each time the event is emitted."""
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable[..., None]) -> None:
        """Stop calling `callback`; unknown callbacks are ignored."""
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, *args: object) -> None:
        """Call every connected callback."""
        for callback in list(self._callbacks):
            callback(*args)
