"""The command line: round trips, listings, exit codes and one-line messages."""

import json

import pytest

from shoppermap.cli import main
from shoppermap.storage.tables import SCHEMA_VERSION

from .conftest import run_cli


def test_json_round_trip_new_export_new_from_export(tmp_path):
    a, b = tmp_path / "a.shoppermap", tmp_path / "b.shoppermap"
    assert main(["new", str(a), "--title", "Snacks × Hyper 2026"]) == 0
    assert main(["export", str(a), "-o", str(tmp_path / "a.json")]) == 0
    assert main(["new", str(b), "--from", str(tmp_path / "a.json")]) == 0
    assert main(["export", str(b), "-o", str(tmp_path / "b.json")]) == 0
    first = (tmp_path / "a.json").read_text(encoding="utf-8")
    assert first == (tmp_path / "b.json").read_text(encoding="utf-8")
    data = json.loads(first)
    assert data["format"] == "shoppermap-workshop" and data["version"] == 3
    assert data["workshop"]["title"] == "Snacks × Hyper 2026"
    card = data["journeys"][0]["stages"][0]["phases"][0]["cards"][0]
    assert set(card) >= {
        "id",
        "label",
        "touchpoint",
        "status",
        "emotion",
        "moment_of_truth",
        "quick_win",
        "owner",
        "notes",
        "hidden",
        "opportunities",
        "gaps",
    }
    assert card["label"] == {
        "pl": "Otrzymuję rekomendacje od innych",
        "en": "I get recommendations from others",
    }


def test_new_from_each_framework_and_export_one_language(tmp_path, capsys):
    path = tmp_path / "cx.shoppermap"
    assert main(["new", str(path), "--framework", "cx-journey", "--lang", "pl"]) == 0
    assert main(["export", str(path), "-o", str(tmp_path / "pl.json"), "--lang", "pl"]) == 0
    data = json.loads((tmp_path / "pl.json").read_text(encoding="utf-8"))
    stage = data["journeys"][0]["stages"][0]
    assert list(stage["label"]) == ["pl"]
    assert data["workshop"]["language"] == "pl"


def test_export_one_journey_by_name(tmp_path):
    path = tmp_path / "w.shoppermap"
    main(["new", str(path)])
    assert (
        main(["export", str(path), "-o", str(tmp_path / "x.json"), "--journey", "Shopper journey (offline)"])
        == 0
    )
    assert len(json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))["journeys"]) == 1
    result = run_cli("export", str(path), "-o", str(tmp_path / "y.json"), "--journey", "Nobody")
    assert result.returncode == 1 and "no journey 'Nobody'" in result.stderr
    assert not (tmp_path / "y.json").exists()


def test_frameworks_lists_bundled_ones(capsys):
    assert main(["frameworks"]) == 0
    out = capsys.readouterr().out
    assert "shopper-journey" in out and "4 stages, 18 phases, 92 touchpoints" in out
    assert "cx-journey" in out and "POS tools" in out


def test_schema_is_a_json_schema_of_the_workshop(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "ShopperMap workshop"
    assert {"format", "version", "workshop", "competitors", "journeys"} <= set(schema["properties"])


def test_check_reports_version_counts_and_integrity(tmp_path, capsys):
    path = tmp_path / "w.shoppermap"
    main(["new", str(path)])
    capsys.readouterr()
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"file format {SCHEMA_VERSION}" in out and "cards: 92 (0 hidden)" in out and "integrity: ok" in out


def test_save_journey_as_a_user_framework(tmp_path, capsys):
    path = tmp_path / "w.shoppermap"
    main(["new", str(path)])
    assert main(["save-framework", str(path), "--id", "my-hyper", "--name", "Hypermarket"]) == 0
    capsys.readouterr()
    assert main(["frameworks"]) == 0
    assert "my-hyper\tHypermarket" in capsys.readouterr().out
    assert main(["new", str(tmp_path / "x.shoppermap"), "--framework", "my-hyper"]) == 0


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["new"], 2, "the following arguments are required: FILE"),
        (["export", "x.shoppermap"], 2, "-o/--output"),
        (["export", "x.shoppermap", "-o", "a.json", "--lang", "de"], 2, "invalid choice: 'de'"),
        (["--nonsense"], 2, "unrecognized arguments"),
        (["new", "w.shoppermap", "--framework", "nope"], 1, "no framework 'nope'"),
        (["new", "w.shoppermap", "--from", "missing.json"], 1, "missing.json: no such file"),
        (["export", "missing.shoppermap", "-o", "a.json"], 1, "missing.shoppermap: no such file"),
        (["check", "missing.shoppermap"], 1, "no such file"),
    ],
)
def test_usage_errors_exit_2_and_other_errors_exit_1_with_one_line(tmp_path, args, code, message):
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == code, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    if code == 1:
        assert result.stderr.count("\n") == 1


def test_new_refuses_to_overwrite_and_export_refuses_unknown_suffix(tmp_path):
    path = tmp_path / "w.shoppermap"
    main(["new", str(path)])
    before = path.read_bytes()
    result = run_cli("new", str(path))
    assert result.returncode == 1 and "already exists" in result.stderr
    assert path.read_bytes() == before
    result = run_cli("export", str(path), "-o", str(tmp_path / "plan.docx"))
    assert result.returncode == 1 and "cannot export to '.docx'" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"format": "shoppermap-workshop", "version": 7}', "version 7 is not supported"),
        ('{"format": "other", "version": 1}', "not a ShopperMap workshop"),
        (
            '{"format": "shoppermap-workshop", "version": 1, "competitors": [{"id": "a", "name": "X"}, {"id": "a", "name": "Y"}]}',
            "competitor id 'a' is used twice",
        ),
        (
            '{"format": "shoppermap-workshop", "version": 1, "journeys": [{"stages": [{"label": {"en": "S"}, '
            '"phases": [{"label": {"en": "P"}, "cards": [{"label": {"en": "C"}, "emotion": 5}]}]}]}]}',
            "journeys.0.stages.0.phases.0.cards.0.emotion",
        ),
    ],
)
def test_bad_workshop_json_is_refused_with_one_line(tmp_path, content, message):
    source = tmp_path / "in.json"
    source.write_text(content, encoding="utf-8")
    result = run_cli("new", str(tmp_path / "w.shoppermap"), "--from", str(source))
    assert result.returncode == 1
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert not (tmp_path / "w.shoppermap").exists()
