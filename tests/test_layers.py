"""Everything outside shoppermap/ui runs without Qt: the domain, storage, export and the command line."""

import pkgutil
import subprocess
import sys

import shoppermap

from .conftest import REPO

# modules that cannot be imported without running something, and why
SKIPPED = {"shoppermap.__main__": "`python -m shoppermap`: importing it runs the command line and exits"}


def modules_outside_ui() -> list[str]:
    """Every module of the package that does not belong to the ui package."""
    names = ["shoppermap"] + [
        info.name for info in pkgutil.walk_packages(shoppermap.__path__, "shoppermap.", onerror=print)
    ]
    return sorted(n for n in names if not (n == "shoppermap.ui" or n.startswith("shoppermap.ui.")))


def test_the_walk_finds_every_layer_and_the_command_line():
    names = modules_outside_ui()
    for expected in ("shoppermap.domain.document", "shoppermap.storage.lock", "shoppermap.export.excel"):
        assert expected in names
    assert {"shoppermap.cli", "shoppermap.workshops", "shoppermap.paths", "shoppermap.__main__"} <= set(names)
    assert not [n for n in names if ".ui" in n]


def test_no_module_outside_ui_imports_qt():
    names = [n for n in modules_outside_ui() if n not in SKIPPED]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')\n"
        "assert 'PySide6' not in sys.modules and not qt, qt\n"
    )
    # a fresh interpreter: this one has Qt loaded by other tests already
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_canvas_geometry_does_not_import_qt():
    code = (
        "import sys\n"
        "import shoppermap.ui.canvas.layout\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), sorted(m for m in sys.modules if 'PySide' in m)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
