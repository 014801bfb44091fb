"""Starting and opening workshops: the steps the command line and the window share."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .domain.document import Document
from .domain.library import DEFAULT_FRAMEWORK, FrameworkLibrary, journey_from_framework
from .domain.models import Workshop, WorkshopInfo
from .storage import WorkshopFile

SUFFIX = ".shoppermap"


def new_workshop(
    library: FrameworkLibrary, *, framework_id: str = DEFAULT_FRAMEWORK, title: str = "", language: str = "en"
) -> Workshop:
    """A workshop with one journey laid out as the framework."""
    framework = library.get(framework_id)
    journey = journey_from_framework(framework, language=language)
    info = WorkshopInfo(title=title or framework.name.text(language), date=dt.date.today(), language=language)
    return Workshop(workshop=info, journeys=[journey])


def create_workshop_file(path: Path, workshop: Workshop) -> tuple[WorkshopFile, Document]:
    """Write a new workshop file and open it for editing."""
    file = WorkshopFile.create(path, workshop)
    return file, file.document(workshop)


def open_workshop_file(path: Path, *, read_only: bool = False) -> tuple[WorkshopFile, Document]:
    """Open a workshop file for editing (or read-only)."""
    file, workshop = WorkshopFile.open(path, read_only=read_only)
    return file, file.document(workshop)


def untitled_path(directory: Path, stem: str = "Workshop") -> Path:
    """A file name in `directory` that does not exist yet: 'Workshop.shoppermap', 'Workshop 2.shoppermap'…"""
    candidate = directory / f"{stem}{SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = directory / f"{stem} {n}{SUFFIX}"
        n += 1
    return candidate
