"""Every kind of bad file is refused with one clear line and left byte-for-byte unchanged."""

import pytest

from shoppermap.storage import WorkshopFile, WorkshopFileError

from .badfiles import BAD_FILES, snapshot
from .conftest import run_cli


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_opening_a_bad_file_is_refused_and_the_file_is_untouched(tmp_path, kind):
    build, expected = BAD_FILES[kind]
    path = build(tmp_path)
    before = snapshot(path)
    siblings = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(WorkshopFileError) as info:
        WorkshopFile.open(path)
    message = str(info.value)
    assert expected in message
    assert "\n" not in message and "Traceback" not in message
    assert snapshot(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings  # no journal left behind


@pytest.mark.parametrize(
    "kind", ["zero bytes", "text file", "corrupted", "newer version", "folder", "missing table"]
)
@pytest.mark.parametrize("command", ["check", "export"])
def test_cli_on_a_bad_file_prints_one_line_and_exits_1(tmp_path, kind, command):
    build, expected = BAD_FILES[kind]
    path = build(tmp_path)
    before = snapshot(path)
    args = [command, str(path)] + (["-o", str(tmp_path / "out.json")] if command == "export" else [])
    result = run_cli(*args)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and expected in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(path) == before
    assert not (tmp_path / "out.json").exists()
