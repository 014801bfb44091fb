"""The domain, storage and export layers run without Qt."""

import subprocess
import sys

from .conftest import REPO


def test_domain_storage_and_export_do_not_import_qt():
    code = (
        "import sys\n"
        "import shoppermap.domain.document, shoppermap.domain.library, shoppermap.storage\n"
        "import shoppermap.export.workshop_json, shoppermap.cli\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), sorted(m for m in sys.modules if 'PySide' in m)\n"
    )
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
