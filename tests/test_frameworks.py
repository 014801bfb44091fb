"""The shipped frameworks: complete, bilingual, fixed, and loaded with clear errors when bad."""

import json
import shutil

import pytest

from shoppermap import paths
from shoppermap.domain.frameworks import FrameworkFileError, Location, load_framework
from shoppermap.domain.library import FrameworkLibrary

from .conftest import REPO


@pytest.fixture(scope="module")
def shipped():
    return FrameworkLibrary.load(bundled_dir=REPO / "frameworks", user_dir=REPO / "no-such-dir")


def test_shipped_frameworks_load_without_problems(shipped):
    assert shipped.problems == []
    assert set(shipped.frameworks) == {"shopper-journey", "cx-journey"}


def test_shopper_journey_has_4_stages_18_phases_92_touchpoints(shipped):
    fw = shipped.get("shopper-journey")
    assert [s.label.en for s in fw.stages] == ["Prepare", "Arrive", "Buy", "Use"]
    assert [s.label.pl for s in fw.stages] == ["Przygotowuję się", "Przybywam", "Kupuję", "Używam"]
    assert sum(len(s.phases) for s in fw.stages) == 18
    assert [len(s.phases) for s in fw.stages] == [4, 2, 5, 7]
    assert len(fw.touchpoints()) == 92


def test_every_item_has_a_unique_id_and_both_languages(shipped):
    for fw in (shipped.get("shopper-journey"), shipped.get("cx-journey")):
        items = list(fw.all_items())
        assert len({i.id for i in items}) == len(items)
        for item in items:
            assert item.label.pl and item.label.en, item.id


def test_source_order_kept_and_typos_fixed(shipped):
    fw = shipped.get("shopper-journey")
    raw = REPO.parent / "shared" / "reference" / "framework-table-raw.tsv"
    phases = [p for s in fw.stages for p in s.phases]
    assert [len(p.touchpoints) for p in phases] == [6, 6, 5, 1, 9, 10, 9, 7, 5, 8, 3, 7, 3, 4, 3, 2, 2, 2]
    labels = " | ".join(t.label.pl for t in fw.touchpoints()) + " | ".join(p.label.pl for p in phases)
    for typo in (
        "Przeoglądam",
        "Przemierzam się",
        "placę",
        "Odsztawiam",
        "Służę",
        "Opisuję się",
        "kasoswie",
        "YanoSiK",
    ):
        assert typo not in labels
    for fixed in (
        "Otrzymuję rekomendacje od innych",
        "Wybieram kasę z najmniejszą kolejką",
        "Otrzymuję ulotkę z loterii/konkursu",
        "Zapisuję się do loterii/konkursu",
        "Pobieram skaner do samodzielnego skanowania",
    ):
        assert fixed in labels
    assert phases[-1].label.pl == "Dzielę się opinią"
    if raw.exists():  # the source table sits beside the repository during development
        rows = raw.read_text(encoding="utf-8").splitlines()[1:]
        assert len(rows) == 92


def test_every_touchpoint_says_where_it_happens(shipped):
    for t in shipped.get("shopper-journey").touchpoints():
        assert isinstance(t.location, Location)
    used = {t.location for t in shipped.get("shopper-journey").touchpoints()}
    assert {Location.AT_HOME, Location.AISLE, Location.CHECKOUT, Location.ONLINE} <= used


def test_cx_journey_has_the_five_classic_phases(shipped):
    fw = shipped.get("cx-journey")
    assert [s.label.en.lower() for s in fw.stages][:4] == [
        "awareness",
        "consideration",
        "decision",
        "purchase",
    ]
    assert len(fw.stages) == 5
    assert all(len(p.touchpoints) >= 4 for s in fw.stages for p in s.phases)


def test_pos_catalogue_has_the_tools_teams_ask_for(shipped):
    tools = shipped.pos_tools
    assert tools is not None
    english = " ".join(t.label.en.lower() for t in tools.tools)
    for needed in (
        "wobbler",
        "shelf",
        "floor sticker",
        "display stand",
        "end-cap",
        "secondary placement",
        "checkout",
        "leaflet",
        "screen",
        "app",
        "audio",
        "sampling",
        "coupon",
        "lottery",
        "cart",
        "billboard",
        "a-frame",
        "window poster",
        "cross-sell",
        "qr code",
    ):
        assert needed in english, needed
    assert all(t.label.pl and t.label.en for t in tools.tools)


def test_user_frameworks_load_beside_the_shipped_ones_and_a_bad_one_is_one_line(tmp_path):
    user = paths.user_frameworks_dir()
    user.mkdir(parents=True)
    good = json.loads((REPO / "frameworks" / "cx-journey.json").read_text(encoding="utf-8"))
    good["id"] = "my-drugstore"
    (user / "my-drugstore.json").write_text(json.dumps(good), encoding="utf-8")
    bad = json.loads(json.dumps(good))
    bad["id"] = "broken"
    bad["stages"][1]["phases"][0]["touchpoints"][2]["location"] = "on the moon"
    (user / "broken.json").write_text(json.dumps(bad), encoding="utf-8")
    (user / "not-json.json").write_text("{ oops", encoding="utf-8")
    library = FrameworkLibrary.load()
    assert "my-drugstore" in library.frameworks and "shopper-journey" in library.frameworks
    assert "broken" not in library.frameworks
    assert len(library.problems) == 2
    problem = next(p for p in library.problems if p.startswith("broken.json"))
    assert "stages.1.phases.0.touchpoints.2.location" in problem
    assert "\n" not in problem
    assert any(p.startswith("not-json.json: not valid JSON") for p in library.problems)


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d.pop("stages"), "stages: Field required"),
        (lambda d: d["stages"][0].update(id="Bad Id"), "stages.0.id"),
        (lambda d: d["stages"][0]["phases"][0].update(label={}), "stages.0.phases.0.label"),
        (lambda d: d["stages"][1].update(id=d["stages"][0]["id"]), "used twice"),
        (lambda d: d.update(format="something-else"), "format"),
    ],
)
def test_bad_framework_messages_name_file_field_and_problem(tmp_path, mutate, expected):
    data = json.loads((REPO / "frameworks" / "shopper-journey.json").read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "custom.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FrameworkFileError) as info:
        load_framework(path)
    assert str(info.value).startswith("custom.json: ")
    assert expected in str(info.value)


def test_framework_file_that_is_a_folder_or_unreadable(tmp_path):
    folder = tmp_path / "folder.json"
    folder.mkdir()
    with pytest.raises(FrameworkFileError, match="is a folder"):
        load_framework(folder)
    copy = tmp_path / "copy.json"
    shutil.copy(REPO / "frameworks" / "cx-journey.json", copy)
    copy.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(FrameworkFileError, match="not UTF-8"):
        load_framework(copy)
