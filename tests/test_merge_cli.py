"""`shoppermap handout` and `shoppermap merge` on real files."""

from __future__ import annotations

from shoppermap.cli import main
from shoppermap.domain.models import Status
from shoppermap.storage import WorkshopFile
from shoppermap.workshops import open_workshop_file

from .conftest import run_cli


def first_card(workshop):
    return workshop.journeys[0].stages[0].phases[0].cards[0]


def read(path):
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop


def edit(path, **fields):
    """Edit the first card of a workshop file, as the app would."""
    file, document = open_workshop_file(path)
    document.update(first_card(document.workshop).id, **fields)
    file.close()


def handed_out(tmp_path, capsys):
    main_file = tmp_path / "Warsztat.shoppermap"
    assert main(["new", str(main_file)]) == 0
    out = tmp_path / "copies"
    out.mkdir()
    assert main(["handout", str(main_file), "--groups", "Grupa A, Grupa B", "-o", str(out)]) == 0
    capsys.readouterr()
    return main_file, out / "Warsztat - Grupa A.shoppermap", out / "Warsztat - Grupa B.shoppermap"


def test_handout_writes_one_copy_per_group_that_knows_its_group(tmp_path, capsys):
    main_file, a, b = handed_out(tmp_path, capsys)
    assert read(a).handout.group == "Grupa A" and read(b).handout.group == "Grupa B"
    assert read(main_file).handout is None
    assert main(["handout", str(main_file), "--groups", "Grupa A", "-o", str(a.parent)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_merge_takes_the_groups_work_and_lists_each_conflict_on_one_line(tmp_path, capsys):
    main_file, a, b = handed_out(tmp_path, capsys)
    edit(a, status=Status.RED, notes="A")
    edit(b, owner="B", status=Status.YELLOW)

    assert main(["merge", str(main_file), str(a), str(b)]) == 0

    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Merged Warsztat - Grupa A.shoppermap (Grupa A): 0 added, 1 changed")
    assert [line for line in out if "conflict:" in line] == [
        "  conflict: card 'I get recommendations from others', status: ours red, the group's yellow: kept ours"
    ]
    card = first_card(read(main_file))
    assert (card.status, card.notes, card.owner) == (Status.RED, "A", "B")


def test_merge_prefer_theirs_and_dry_run(tmp_path, capsys):
    main_file, a, _b = handed_out(tmp_path, capsys)
    edit(a, status=Status.RED)
    edit(main_file, status=Status.GREEN)
    before = main_file.read_bytes()

    assert main(["merge", str(main_file), str(a), "--prefer", "theirs", "--dry-run"]) == 0
    assert "Would merge" in capsys.readouterr().out
    assert main_file.read_bytes() == before

    assert main(["merge", str(main_file), str(a), "--prefer", "theirs"]) == 0
    assert first_card(read(main_file)).status == Status.RED


def test_merge_refuses_a_plain_file_and_writes_nothing(tmp_path, capsys):
    main_file, a, _b = handed_out(tmp_path, capsys)
    edit(a, notes="A")
    other = tmp_path / "other.shoppermap"
    main(["new", str(other)])
    capsys.readouterr()
    before = read(main_file)

    assert main(["merge", str(main_file), str(a), str(other)]) == 1
    assert (
        capsys.readouterr().err
        == "shoppermap: other.shoppermap: not a group copy (it was never handed out)\n"
    )
    assert read(main_file) == before

    main(["handout", str(other), "--groups", "X", "-o", str(tmp_path)])
    capsys.readouterr()
    assert main(["merge", str(main_file), str(a), str(tmp_path / "other - X.shoppermap")]) == 1
    assert "handed out from another workshop" in capsys.readouterr().err
    assert read(main_file) == before


def test_merge_of_a_damaged_copy_is_one_line(tmp_path, capsys):
    main_file, a, _b = handed_out(tmp_path, capsys)
    a.write_bytes(a.read_bytes()[:2000])
    assert main(["merge", str(main_file), str(a)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("shoppermap: Warsztat - Grupa A.shoppermap: ") and err.count("\n") == 1


def test_handout_focus_from_the_command_line(tmp_path):
    from shoppermap.storage import WorkshopFile

    from .helpers import make_file

    path = tmp_path / "main.shoppermap"
    make_file(path)[0].close()
    folder = tmp_path / "copies"
    folder.mkdir()
    done = run_cli(
        "handout", str(path), "--groups", "Grupa A,Grupa B", "--focus", "Grupa A=Kupuję", "-o", str(folder)
    )
    assert done.returncode == 0, done.stderr
    assert "(Grupa A, focus: Buy)" in done.stdout and "(Grupa B)" in done.stdout
    file, copy = WorkshopFile.open(folder / "main - Grupa A.shoppermap", read_only=True)
    file.close()
    assert copy.handout.focus == copy.journeys[0].stages[2].id
    wrong = run_cli("handout", str(path), "--groups", "Grupa C", "--focus", "Grupa C", "-o", str(tmp_path))
    assert wrong.returncode != 0 and "GROUP=STAGE" in wrong.stderr and "\n" not in wrong.stderr.strip()
