"""The `.shoppermap` workshop file: SQLite written through with sqlite-utils. No Qt here."""

from .workshop_file import NotWritableError, WorkshopFile, WorkshopFileError, inspect_file

__all__ = ["NotWritableError", "WorkshopFile", "WorkshopFileError", "inspect_file"]
