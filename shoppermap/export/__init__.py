"""Exports of a workshop (JSON, Excel, pictures). No Qt here, except in picture rendering."""
