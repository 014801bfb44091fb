"""Small builders shared by tests."""

from __future__ import annotations

from pathlib import Path

from shoppermap.domain.library import FrameworkLibrary
from shoppermap.workshops import create_workshop_file, new_workshop

_LIBRARY: FrameworkLibrary | None = None


def library() -> FrameworkLibrary:
    """The shipped frameworks, loaded once per test session."""
    global _LIBRARY
    if _LIBRARY is None:
        _LIBRARY = FrameworkLibrary.load()
    return _LIBRARY


def make_file(path: Path, *, framework: str = "shopper-journey", title: str = "Test workshop"):
    """A new workshop file from a framework; returns (file, document)."""
    workshop = new_workshop(library(), framework_id=framework, title=title)
    return create_workshop_file(path, workshop)
