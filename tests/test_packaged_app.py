"""The packaged app: PyInstaller builds it from build.spec, then the frozen program passes the smoke checks.

The build and every check are those of tests/packaging/smoke_test.py (its docstring lists them), run in
a scratch folder so a developer's own dist/ is left alone. About 35 s; `-m "not packaging"` leaves it out.
"""

from __future__ import annotations

import sys

import pytest

from .packaging import smoke_test

pytest.importorskip("PyInstaller", reason="PyInstaller is in the test extra: pip install '.[test]'")


@pytest.mark.packaging
def test_the_frozen_app_builds_and_passes_every_smoke_check(tmp_path, capsys):
    smoke_test.build(log=tmp_path / "build.log", into=tmp_path / "pyinstaller")
    dist = tmp_path / "pyinstaller" / "dist" / smoke_test.APP
    max_mib = smoke_test.DEFAULT_MAX_MIB if sys.platform.startswith("linux") else None
    failed = smoke_test.smoke(dist, max_mib=max_mib)
    report = capsys.readouterr().out
    assert not failed, f"failed: {failed}\n{report}"
