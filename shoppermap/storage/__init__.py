"""The `.shoppermap` workshop file: SQLite written through with sqlite-utils. No Qt here."""

from .workshop_file import (
    DamagedFileError,
    NotWritableError,
    UntrustedFileError,
    WorkshopBusyError,
    WorkshopFile,
    WorkshopFileError,
    inspect_file,
)

__all__ = [
    "DamagedFileError",
    "NotWritableError",
    "UntrustedFileError",
    "WorkshopBusyError",
    "WorkshopFile",
    "WorkshopFileError",
    "inspect_file",
]
