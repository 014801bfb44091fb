"""Sales periods in the workshop: edits written through, version-1 files and JSON upgraded, the CLI."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from shoppermap.cli import main
from shoppermap.domain.document import EditError, Kind
from shoppermap.domain.labels import Label
from shoppermap.domain.models import Card, Opportunity, Period, PeriodKind
from shoppermap.domain.sales_periods import migrated_period_id
from shoppermap.export.workshop_json import (
    WorkshopJsonError,
    read_workshop_json,
    workshop_from_data,
    workshop_json_schema,
    workshop_to_data,
)
from shoppermap.storage import WorkshopFile
from shoppermap.storage.reading import utils_database
from shoppermap.storage.schema import migrations
from shoppermap.storage.tables import SCHEMA_VERSION
from shoppermap.storage.workshop_file import _configure, write_workshop
from shoppermap.workshops import new_workshop

from .helpers import library, make_file

D = dt.date
TYPED = ["Christmas", " Christmas ", "", "Q4 2026", "Boże Narodzenie 🎄"]  # what teams typed in version 1


def version_1_file(path):
    """A workshop file of format 1, whose first opportunities carry the free-text periods in TYPED."""
    workshop = new_workshop(library(), framework_id="shopper-journey", title="Old workshop")
    cards = [c for s in workshop.journeys[0].stages for p in s.phases for c in p.cards]
    for i, _ in enumerate(TYPED):
        cards[i % 3].opportunities.append(
            Opportunity(id=f"o{i}", description=f"action {i}", start=D(2026, 12, 1), end=D(2026, 12, 9))
        )
    conn = sqlite3.connect(str(path))
    _configure(conn)
    db = utils_database(conn)
    migrations.apply(db)
    write_workshop(db, workshop)
    with conn:  # take the file back to format 1: what later migrations added goes again
        for table in ("periods", "handout", "brands", "scenarios", "parking_lot"):
            conn.execute(f"DROP TABLE {table}")
        for table in ("cards", "opportunities", "gaps"):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN origin_group")
        numbers = "brand mechanic stores units_per_store unit_cost fixed_cost cost_kind baseline_sales"
        for column in [*numbers.split(), "uplift_pct", "margin_pct", "scenarios", "votes", "value", "effort"]:
            conn.execute(f"ALTER TABLE opportunities DROP COLUMN {column}")
        conn.execute("ALTER TABLE cards DROP COLUMN votes")
        for table in ("stages", "phases", "cards"):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN label_stale")
        conn.execute("ALTER TABLE phases DROP COLUMN walked")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name != 'm001_initial'")
        for i, text in enumerate(TYPED):
            conn.execute("UPDATE opportunities SET period = ? WHERE id = ?", [text, f"o{i}"])
        conn.execute("PRAGMA application_id=0x53684D70")
        conn.execute("PRAGMA user_version=1")
    conn.close()
    return path


def opportunities(workshop):
    found = {}
    for journey in workshop.journeys:
        for stage in journey.stages:
            for phase in stage.phases:
                for card in phase.cards:
                    found.update({o.id: o for o in card.opportunities})
    return found


def user_version(path):
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_a_version_1_file_keeps_every_typed_period_as_a_period_without_dates(tmp_path):
    path = version_1_file(tmp_path / "old.shoppermap")
    file, workshop = WorkshopFile.open(path)
    file.close()
    assert user_version(path) == SCHEMA_VERSION
    assert [(p.name.pl, p.name.en, p.start, p.end, p.kind) for p in workshop.periods] == [
        ("Christmas", "Christmas", None, None, PeriodKind.OWN),
        ("Q4 2026", "Q4 2026", None, None, PeriodKind.OWN),
        ("Boże Narodzenie 🎄", "Boże Narodzenie 🎄", None, None, PeriodKind.OWN),
    ]
    names = {p.id: p.name.en for p in workshop.periods}
    found = opportunities(workshop)
    assert [names.get(found[f"o{i}"].period) for i in range(5)] == [
        "Christmas",
        "Christmas",
        None,
        "Q4 2026",
        "Boże Narodzenie 🎄",
    ]
    assert all(o.start == D(2026, 12, 1) for o in found.values())  # their own dates stay
    # what the open read (migrated on a copy in memory) is what the file now holds: the same ids
    file, again = WorkshopFile.open(path)
    file.close()
    assert again == workshop


def test_a_version_1_file_opened_read_only_is_not_touched(tmp_path):
    path = version_1_file(tmp_path / "old.shoppermap")
    before = path.read_bytes()
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    assert path.read_bytes() == before and user_version(path) == 1
    assert [p.name.en for p in workshop.periods] == ["Christmas", "Q4 2026", "Boże Narodzenie 🎄"]


def test_a_version_1_json_upgrades_as_a_version_1_file_does(tmp_path):
    path = version_1_file(tmp_path / "old.shoppermap")
    file, from_file = WorkshopFile.open(path)
    file.close()
    data = workshop_to_data(from_file)
    data["version"] = 1
    del data["periods"]
    names = {p.id: p.name.en for p in from_file.periods}
    for journey in data["journeys"]:
        for stage in journey["stages"]:
            for phase in stage["phases"]:
                for card in phase["cards"]:
                    for o in card["opportunities"]:
                        o["period"] = names.get(o["period"], "") if o["id"] != "o1" else " Christmas "
    (tmp_path / "v1.json").write_text(json.dumps(data), encoding="utf-8")
    assert read_workshop_json(tmp_path / "v1.json") == from_file
    assert main(["new", str(tmp_path / "new.shoppermap"), "--from", str(tmp_path / "v1.json")]) == 0


def test_a_version_1_json_with_periods_is_refused():
    with pytest.raises(WorkshopJsonError, match="version 1 has no 'periods'"):
        workshop_from_data({"format": "shoppermap-workshop", "version": 1, "periods": []})
    with pytest.raises(WorkshopJsonError, match="reads versions 1 to 3"):
        workshop_from_data({"format": "shoppermap-workshop", "version": 4})


def test_an_opportunity_naming_an_unknown_period_is_refused_in_json():
    data = {
        "format": "shoppermap-workshop",
        "version": 2,
        "journeys": [
            {
                "stages": [
                    {
                        "label": {"en": "S"},
                        "phases": [
                            {
                                "label": {"en": "P"},
                                "cards": [{"label": {"en": "C"}, "opportunities": [{"period": "nope"}]}],
                            }
                        ],
                    }
                ]
            }
        ],
    }
    with pytest.raises(WorkshopJsonError, match="sales period 'nope', which is not in the period list"):
        workshop_from_data(data)


def test_the_schema_lists_periods_and_the_current_version():
    schema = workshop_json_schema()
    assert schema["$id"] == "urn:shoppermap:workshop-json:3"
    assert "periods" in schema["properties"] and "Period" in schema["$defs"]
    assert set(schema["$defs"]["Period"]["properties"]) == {"id", "name", "start", "end", "kind"}


def test_period_edits_are_written_through_and_references_are_kept_sound(tmp_path):
    path = tmp_path / "w.shoppermap"
    file, doc = make_file(path)
    card = doc.workshop.journeys[0].stages[0].phases[0].cards[0]
    doc.insert(
        Kind.PERIOD, None, 0, Period(id="xmas", name=Label(pl="Święta", en="Christmas"), kind="holiday")
    )
    doc.insert(
        Kind.PERIOD,
        None,
        0,
        Period(id="q4", name=Label.same("Q4"), start=D(2026, 10, 1), end=D(2026, 12, 31)),
    )
    doc.insert(
        Kind.OPPORTUNITY,
        card.id,
        0,
        Opportunity(id="o", period="xmas", start=D(2026, 12, 1), end=D(2026, 12, 5)),
    )
    assert doc.opportunity_dates(doc.get("o")) == (D(2026, 12, 1), D(2026, 12, 5))  # undated: its own
    doc.update("xmas", start=D(2026, 12, 20), end=D(2026, 12, 26))
    assert doc.opportunity_dates(doc.get("o")) == (D(2026, 12, 20), D(2026, 12, 26))
    doc.update("xmas", start=D(2027, 1, 10), end=D(2027, 1, 12))  # both dates past the old end at once
    assert doc.opportunity_dates(doc.get("o")) == (D(2027, 1, 10), D(2027, 1, 12))
    assert doc.opportunities_in("xmas") == [doc.get("o")]

    with pytest.raises(EditError, match="used by 1 opportunit"):
        doc.remove("xmas")
    with pytest.raises(EditError, match="no sales period 'gone'"):
        doc.update("o", period="gone")
    with pytest.raises(EditError, match="no sales period 'gone'"):
        doc.insert(
            Kind.CARD,
            doc.parent_of(card.id),
            0,
            Card(label=Label.same("X"), opportunities=[Opportunity(period="gone")]),
        )
    with pytest.raises(EditError, match="both a start and an end"):
        doc.update("q4", start=None)
    doc.update("o", period=None)
    doc.remove("xmas")
    file.close()

    file, again = WorkshopFile.open(path)
    file.close()
    assert [(p.id, p.name.en, p.start, p.end) for p in again.periods] == [
        ("q4", "Q4", D(2026, 10, 1), D(2026, 12, 31))
    ]
    assert opportunities(again)["o"].period is None
    assert opportunities(again)["o"].start == D(2026, 12, 1)


def test_cli_prints_the_presets_of_a_year(capsys):
    assert main(["periods", "--year", "2027", "--lang", "pl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "2027-03-28\t2027-03-29\tholiday\tWielkanoc" in lines
    assert "2027-02-04\t2027-02-04\tholiday\tTłusty czwartek" in lines
    assert main(["periods", "--year", "2027", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    easter = next(r for r in rows if r["preset"] == "easter")
    assert easter["start"] == "2027-03-28" and easter["name"] == {"pl": "Wielkanoc", "en": "Easter"}
    assert "computus" in easter["reckoning"]["en"]


def test_cli_prints_a_workshops_periods(tmp_path, capsys):
    path = version_1_file(tmp_path / "old.shoppermap")
    assert main(["periods", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "-\t-\town\tChristmas",
        "-\t-\town\tQ4 2026",
        "-\t-\town\tBoże Narodzenie 🎄",
    ]
    assert main(["periods", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["id"] == migrated_period_id("Christmas")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["periods"], 2, "give a workshop FILE or --year YEAR (one of them)"),
        (["periods", "w.shoppermap", "--year", "2026"], 2, "(not both)"),
        (["periods", "--year", "1200"], 1, "--year 1200: the year must be between 1583 and 9998"),
        (["periods", "--year", "soon"], 2, "invalid int value"),
        (["periods", "missing.shoppermap"], 1, "missing.shoppermap: no such file"),
    ],
)
def test_cli_periods_mistakes_are_one_line(args, code, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) if code == 2 and "invalid" in message else _nothing():
        assert main(args) == code
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
