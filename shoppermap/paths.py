"""Where ShopperMap finds its shipped data and keeps the user's, from source, wheel or frozen app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from . import APP_NAME

PACKAGE_DIR = Path(__file__).resolve().parent


def _data_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    installed = PACKAGE_DIR / "_data"  # a wheel carries frameworks/ and resources/ here
    if installed.is_dir():
        return installed
    return PACKAGE_DIR.parent  # a source checkout


def frameworks_dir() -> Path:
    """The shipped frameworks."""
    return _data_root() / "frameworks"


def resources_dir() -> Path:
    """The shipped icons, stylesheets, translations and help."""
    return _data_root() / "resources"


def user_data_dir() -> Path:
    """The user's ShopperMap folder (own frameworks, backups, logs); SHOPPERMAP_HOME overrides it."""
    override = os.environ.get("SHOPPERMAP_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def user_frameworks_dir() -> Path:
    """Where users keep their own frameworks (one JSON file each)."""
    return user_data_dir() / "frameworks"


def documents_dir() -> Path:
    """Where new workshops go when the user has not chosen a place."""
    override = os.environ.get("SHOPPERMAP_DOCUMENTS")
    if override:
        return Path(override)
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()
