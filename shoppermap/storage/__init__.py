"""The `.shoppermap` workshop file: SQLite written through with sqlite-utils. No Qt here."""

from .file_errors import (
    DamagedFileError,
    NotWritableError,
    UntrustedFileError,
    WorkshopBusyError,
    WorkshopFileError,
)
from .reading import inspect_file
from .workshop_file import WorkshopFile

__all__ = [
    "DamagedFileError",
    "NotWritableError",
    "UntrustedFileError",
    "WorkshopBusyError",
    "WorkshopFile",
    "WorkshopFileError",
    "inspect_file",
]
