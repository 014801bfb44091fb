"""The error of the Excel export, in a module of its own so the command line can catch it without
loading openpyxl."""


class ExportError(Exception):
    """An export that could not be written; the message is one line for the user."""
