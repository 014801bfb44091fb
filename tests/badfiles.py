"""Builders of every kind of bad workshop file, shared by the storage, CLI and GUI tests."""

from __future__ import annotations

import os
import sqlite3
import struct
from pathlib import Path

from .helpers import make_file


def _good(path: Path) -> Path:
    file, _ = make_file(path)
    file.close()
    return path


def zero_bytes(d: Path) -> Path:
    p = d / "empty.shoppermap"
    p.write_bytes(b"")
    return p


def random_bytes(d: Path) -> Path:
    p = d / "random.shoppermap"
    p.write_bytes(os.urandom(4096))
    return p


def text_file(d: Path) -> Path:
    p = d / "notes.shoppermap"
    p.write_text("Workshop notes\nNot a database at all.\n", encoding="utf-8")
    return p


def truncated(d: Path) -> Path:
    p = _good(d / "truncated.shoppermap")
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 3])
    return p


def header_only(d: Path) -> Path:
    p = _good(d / "header.shoppermap")
    p.write_bytes(p.read_bytes()[:60])
    return p


def corrupted(d: Path) -> Path:
    p = _good(d / "corrupted.shoppermap")
    data = bytearray(p.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):  # trample the pages after the schema
        data[offset] = (data[offset] * 7 + 13) % 256
    p.write_bytes(bytes(data))
    return p


def other_program(d: Path) -> Path:
    p = d / "inventory.shoppermap"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE items (sku TEXT, qty INT)")
    conn.execute("INSERT INTO items VALUES ('A1', 3)")
    conn.commit()
    conn.close()
    return p


def newer_version(d: Path) -> Path:
    p = _good(d / "future.shoppermap")
    data = bytearray(p.read_bytes())
    data[60:64] = struct.pack(">i", 99)
    p.write_bytes(bytes(data))
    return p


def missing_table(d: Path) -> Path:
    p = _good(d / "missing-table.shoppermap")
    conn = sqlite3.connect(p)
    conn.execute("DROP TABLE gaps")
    conn.commit()
    conn.close()
    return p


def altered_table(d: Path) -> Path:
    p = _good(d / "altered.shoppermap")
    conn = sqlite3.connect(p)
    conn.execute("ALTER TABLE cards DROP COLUMN emotion")
    conn.commit()
    conn.close()
    return p


def bad_value(d: Path) -> Path:
    p = _good(d / "bad-value.shoppermap")
    conn = sqlite3.connect(p)
    conn.execute("UPDATE cards SET emotion = 9 WHERE position = 0")
    conn.commit()
    conn.close()
    return p


def folder(d: Path) -> Path:
    p = d / "folder.shoppermap"
    p.mkdir()
    return p


def unreadable(d: Path) -> Path:
    p = _good(d / "locked.shoppermap")
    p.chmod(0)
    return p


BAD_FILES = {
    "zero bytes": (zero_bytes, "empty"),
    "random bytes": (random_bytes, "not a ShopperMap workshop"),
    "text file": (text_file, "not a ShopperMap workshop"),
    "truncated": (truncated, "damaged"),
    "header only": (header_only, "truncated or damaged"),
    "corrupted": (corrupted, "damaged"),
    "other program": (other_program, "another program"),
    "newer version": (newer_version, "newer version"),
    "missing table": (missing_table, "table 'gaps' is missing"),
    "altered table": (altered_table, "lacks the column 'emotion'"),
    "bad value": (bad_value, "damaged content"),
    "folder": (folder, "is a folder"),
    "no such file": (lambda d: d / "nowhere.shoppermap", "no such file"),
}
if hasattr(os, "geteuid") and os.geteuid() != 0:  # root reads everything, so only test as a user
    BAD_FILES["unreadable"] = (unreadable, "no permission")


def snapshot(path: Path) -> bytes | None:
    """The bytes of a file (None for a folder or a missing file), to prove nothing changed."""
    return path.read_bytes() if path.is_file() and os.access(path, os.R_OK) else None
