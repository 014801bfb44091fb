"""Pictures of the map: PNG, vector PDF on A3 landscape in pages, printing, menu and command line."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest
from PySide6 import QtPrintSupport
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QColor, QImage, QKeySequence
from PySide6.QtPrintSupport import QPrinter

from shoppermap.domain.document import Document
from shoppermap.domain.labels import Label
from shoppermap.domain.models import Card, Journey, Opportunity, Phase, Stage, Status
from shoppermap.storage import WorkshopFile
from shoppermap.ui import picture, picture_actions
from shoppermap.ui.canvas.scene import JourneyScene
from shoppermap.ui.canvas.style import CanvasStyle
from shoppermap.ui.picture import PictureError, export_picture
from shoppermap.ui.picture_pages import MIN_SCALE, plan_pages
from shoppermap.workshops import new_workshop

from .conftest import run_cli
from .helpers import library

POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdfinfo") is not None
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdfinfo) not installed")
WORDS = ["I", "read", "the", "offer", "on", "the", "shelf", "stopper", "near", "the", "checkout", "and"]
A3_BODY = (1190.55 - 2 * 28.35, 841.89 - 2 * 28.35 - picture.HEADER_PT - picture.FOOTER_PT)


def workshop(cards: int = 0, *, title: str = "Kawa w drogeriach", journeys: int = 1):
    """The shopper journey (with marks on its cards), padded with custom cards to `cards` cards."""
    result = new_workshop(library(), title=title)
    result.workshop.date = dt.date(2025, 3, 12)
    result.workshop.client = "Kawa Polska"
    for n in range(2, journeys + 1):
        extra = new_workshop(library()).journeys[0]
        extra.name = f"Journey number {n}"
        result.journeys.append(extra)
    phases = [p for s in result.journeys[0].stages for p in s.phases]
    existing = sum(len(p.cards) for p in phases)
    for i in range(max(0, cards - existing)):
        text = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(4 + i % 6))
        phases[i % len(phases)].cards.append(Card(label=Label.same(f"{text} {i}")))
    for i, card in enumerate(c for p in phases for c in p.cards):
        card.status = [None, Status.GREEN, Status.YELLOW, Status.RED][i % 4]
        card.moment_of_truth, card.quick_win = i % 7 == 0, i % 5 == 0
        card.owner = "Anna Kowalska" if i % 3 == 0 else ""
        card.opportunities = [Opportunity(description="Shelf stopper")] if i % 4 == 0 else []
    return result


def wide_workshop(widths=(3, 14, 5, 9, 2, 12)):
    """A journey of many phases (`widths`: phases per stage), too wide for one legible A3 page."""
    result = new_workshop(library(), title="Wide map")
    stages = []
    for si, width in enumerate(widths):
        phases = [
            Phase(
                label=Label.same(f"Phase {si + 1}.{pi + 1}"),
                cards=[Card(label=Label.same(f"Card {si}.{pi}.{k}")) for k in range((pi * 7 + si) % 9 + 1)],
            )
            for pi in range(width)
        ]
        stages.append(Stage(label=Label.same(f"Stage number {si + 1}"), color="#9EC5E8", phases=phases))
    result.journeys = [Journey(name="Wide journey", stages=stages)]
    return result


@pytest.fixture(scope="module")
def big_document():
    """1,000 cards in one journey."""
    return Document(workshop(1000))


def pdf_pages(path) -> int:
    if POPPLER:
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


def pdf_text(path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(["pdftotext", *pages, str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def numbered(text: str, page: int, pages: int) -> bool:
    """Whether "page / pages" is in the text (pdftotext may drop the narrow spaces)."""
    return re.search(rf"(?<!\d){page} ?/ ?{pages}(?!\d)", text) is not None


def non_white(image: QImage, x0: int, y0: int, x1: int, y1: int, step: int = 4) -> float:
    """The share of sampled pixels in a box that are not white."""
    samples = hits = 0
    for y in range(y0, y1, step):
        for x in range(x0, x1, step):
            samples += 1
            hits += image.pixelColor(x, y) != QColor("white")
    return hits / samples


# --- PNG -----------------------------------------------------------------------------------


def test_png_shows_the_whole_grid_twice_the_screen_size_under_a_title_band(qapp, tmp_path):
    document = Document(workshop())
    journey = document.workshop.journeys[0]
    out = tmp_path / "map.png"
    assert export_picture(document, out, journeys=[journey], language="en") == [out]
    image = QImage(str(out))
    phases = sum(len(s.phases) for s in journey.stages)
    style = CanvasStyle()
    scene_width = 2 * style.margin + phases * (style.column_width + style.column_gap)
    assert abs(image.width() - 2 * scene_width) <= 1
    assert 1500 < image.height() < 12_000
    band = 76 * 2
    assert image.pixelColor(0, 0) == QColor("white")
    assert image.pixelColor(image.width() - 1, image.height() - 1) == QColor("white")
    assert 0.01 < non_white(image, 0, 0, image.width(), band) < 0.3  # the title's letters
    assert non_white(image, 0, band + 300, image.width(), band + 700) > 0.2  # cards and columns
    assert non_white(image, image.width() - 20, band, image.width(), image.height()) == 0  # margin
    stage_band = image.pixelColor(2 * (style.margin + 10), band + 2 * (style.margin + 5))
    assert stage_band.saturation() > 60  # the stage's colour
    assert not list(tmp_path.glob(".*"))  # no temp file left


def test_png_of_a_huge_journey_is_capped_at_12000_pixels(big_document, tmp_path):
    out = tmp_path / "map.png"
    export_picture(big_document, out, journeys=big_document.workshop.journeys, language="pl")
    image = QImage(str(out))
    assert max(image.width(), image.height()) == 12_000
    assert image.width() > 3000  # still about 2× the screen: 18 columns of 264 px
    assert non_white(image, 0, 2000, image.width(), 2400) > 0.2


def test_png_of_a_map_too_big_to_read_in_one_picture_is_written_as_the_pdf_pages(qapp, tmp_path):
    document = Document(workshop(2000))
    journey = document.workshop.journeys[0]
    out = tmp_path / "map.png"
    written = export_picture(document, out, journeys=[journey], language="en")
    pdf = tmp_path / "map.pdf"
    export_picture(document, pdf, journeys=[journey], language="en")
    # the same pages as the PDF, each legible: the cards' text at 7 pt or more, 144 dpi
    assert len(written) == pdf_pages(pdf) > 1
    assert written[:3] == [out, tmp_path / "map-page-2.png", tmp_path / "map-page-3.png"]
    for path in (written[0], written[-1]):
        image = QImage(str(path))
        assert (image.width(), image.height()) == (2382, 1684)  # A3 landscape (1,191 × 842 pt) at 144 dpi
        assert round(image.dotsPerMeterX() * 0.0254) == 144
        assert non_white(image, 0, 0, 56, image.height()) == 0  # the page's white margin
        assert non_white(image, 60, 60, image.width() - 60, 110) > 0.01  # the title
        assert non_white(image, 60, 300, image.width() - 60, 1300) > 0.2  # headers, columns, cards
    assert not list(tmp_path.glob(".*"))


def test_the_command_line_names_every_png_page_it_wrote(tmp_path):
    path = tmp_path / "big.shoppermap"
    WorkshopFile.create(path, workshop(2000)).close()
    out = tmp_path / "map.png"
    result = run_cli("export", str(path), "-o", str(out))
    assert result.returncode == 0, result.stderr
    pages = sorted(tmp_path.glob("map*.png"))
    assert len(pages) > 2
    assert result.stdout.strip() == (
        f"Exported {out} and {len(pages) - 1} more files beside it: map-page-2.png … map-page-{len(pages)}.png"
    )


def test_png_of_several_journeys_is_one_file_per_journey(qapp, tmp_path):
    document = Document(workshop(journeys=3))
    out = tmp_path / "map.png"
    written = export_picture(document, out, journeys=document.workshop.journeys, language="en")
    assert written == [out, tmp_path / "map-2.png", tmp_path / "map-3.png"]
    assert all(not QImage(str(p)).isNull() for p in written)


def test_failed_png_leaves_the_old_file_and_no_temporary_file(qapp, tmp_path, monkeypatch):
    document = Document(workshop())
    out = tmp_path / "map.png"
    out.write_bytes(b"old picture")
    monkeypatch.setattr(QImage, "save", lambda self, *args: False)
    with pytest.raises(PictureError, match=r"^map\.png: cannot be written$"):
        export_picture(document, out, journeys=document.workshop.journeys, language="en")
    assert out.read_bytes() == b"old picture"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.png"]


def test_a_missing_folder_is_one_line(qapp, tmp_path):
    document = Document(workshop())
    with pytest.raises(PictureError) as error:
        export_picture(document, tmp_path / "nope" / "map.pdf", journeys=[], language="en")
    assert "does not exist" in str(error.value) and "\n" not in str(error.value)


# --- PDF -----------------------------------------------------------------------------------


@needs_poppler
def test_pdf_is_one_a3_landscape_page_of_vectors_with_title_date_and_number(qapp, tmp_path):
    document = Document(workshop())
    out = tmp_path / "map.pdf"
    export_picture(document, out, journeys=document.workshop.journeys, language="en")
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/Subtype /Image" not in data  # cards drawn as vectors and text, not as pixmaps
    assert b"/FontFile2" in data  # embedded fonts: real text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert pdf_pages(out) == 1 and "1191 x 842 pts (A3)" in info
    text = pdf_text(out)
    assert "Kawa w drogeriach — Shopper journey" in text
    assert "Kawa Polska · Wednesday, 12 March 2025" in text
    assert numbered(text, 1, 1)
    for stage in document.workshop.journeys[0].stages:
        assert stage.label.text("en") in text
    # the emotion curve under the grid, as in the PNG, and the key to the colours and marks
    assert "Shopper emotion (average per phase)" in text
    for key in ("Works well", "Critical", "Moment of truth", "Quick win", "Dot votes", "At the checkout"):
        assert key in text


def test_the_pdf_of_a_map_without_the_emotion_curve_leaves_it_out(qapp):
    from PySide6.QtCore import QSizeF

    document = Document(workshop())
    scene = JourneyScene(document, document.workshop.journeys[0].id, style=CanvasStyle(), language="en")
    with_lane = plan_pages(scene, QSizeF(*A3_BODY))
    assert with_lane[-1].lane is not None
    scene.set_lane_visible(False)
    assert [sheet.lane for sheet in plan_pages(scene, QSizeF(*A3_BODY))] == [None]
    scene.detach()


def test_png_has_the_legend_under_the_map(qapp, tmp_path):
    from shoppermap.ui.canvas.style import STATUS_COLORS

    document = Document(workshop())
    out = tmp_path / "map.png"
    export_picture(document, out, journeys=document.workshop.journeys, language="en")
    image = QImage(str(out))
    scene = JourneyScene(document, document.workshop.journeys[0].id, style=CanvasStyle(), language="en")
    map_bottom = round((76 + scene.sceneRect().height()) * 2)
    scene.detach()
    assert image.height() > map_bottom + 30
    legend = [image.pixelColor(x, y) for y in range(map_bottom, image.height(), 2) for x in range(0, 600, 2)]
    assert QColor(STATUS_COLORS["green"]) in legend  # the "works well" swatch's stripe
    assert any(c.red() < 80 and c.green() < 80 and c.blue() < 80 for c in legend)  # its words


@needs_poppler
def test_pdf_in_polish_has_a_polish_date(qapp, tmp_path):
    document = Document(workshop())
    out = tmp_path / "mapa.pdf"
    export_picture(document, out, journeys=document.workshop.journeys, language="pl")
    text = pdf_text(out)
    assert "12 marca 2025" in text and "Przygotowuję się" in text


@needs_poppler
def test_pdf_of_1000_cards_has_several_pages_each_with_headers_and_numbers(big_document, tmp_path):
    out = tmp_path / "map.pdf"
    export_picture(big_document, out, journeys=big_document.workshop.journeys, language="en")
    pages = pdf_pages(out)
    assert pages > 1
    stages = [s.label.text("en") for s in big_document.workshop.journeys[0].stages]
    for page in range(1, pages + 1):
        text = pdf_text(out, page)
        assert text.startswith("Kawa w drogeriach — Shopper journey")
        assert numbered(text, page, pages)
        assert all(stage in text for stage in stages)  # the header row on every page
        assert "Moment of truth" in text  # and the legend
    assert b"/Subtype /Image" not in out.read_bytes()


def test_plan_puts_every_card_on_exactly_one_page_at_7_pt_or_more(big_document):
    from PySide6.QtCore import QSizeF

    journey_id = big_document.workshop.journeys[0].id
    scene = JourneyScene(big_document, journey_id, style=CanvasStyle(), language="en")
    body = QSizeF(*A3_BODY)
    sheets = plan_pages(scene, body)
    assert 1 < len(sheets) < 10
    for sheet in sheets:
        assert sheet.scale >= MIN_SCALE
        assert CanvasStyle().card_font_px * sheet.scale >= 7
        assert (sheet.right - sheet.left) * sheet.scale <= body.width() + 0.01
        tallest = max(part.height() for part in sheet.slices)
        lane = sheet.lane.height() if sheet.lane is not None else 0.0
        assert (sheet.header.height() + tallest + lane) * sheet.scale <= body.height() + 0.01
    # the emotion curve once under each run of columns, on the run's last page
    runs = [(sheet.left, sheet.right) for sheet in sheets]
    lanes = [(sheet.left, sheet.right) for sheet in sheets if sheet.lane is not None]
    assert lanes == sorted(set(runs)) and sheets[-1].lane is not None
    for card_id, item in scene.cards.items():
        rect = item.sceneBoundingRect()
        homes = [p for s in sheets for p in s.slices if p.contains(rect)]
        assert len(homes) == 1, card_id
    scene.detach()


def test_a_small_journey_fits_one_page_and_a_wide_one_splits_between_stages(qapp):
    from PySide6.QtCore import QSizeF

    small = Document(workshop())
    scene = JourneyScene(small, small.workshop.journeys[0].id, style=CanvasStyle(), language="en")
    assert len(plan_pages(scene, QSizeF(*A3_BODY))) == 1
    wide = Document(wide_workshop())
    journey = wide.workshop.journeys[0]
    scene = JourneyScene(wide, journey.id, style=CanvasStyle(), language="en")
    sheets = plan_pages(scene, QSizeF(*A3_BODY))
    assert len(sheets) > 1
    stage_starts = {scene.column_x[s.phases[0].id] for s in journey.stages}
    assert all(sheet.left + 4 in stage_starts for sheet in sheets)  # no stage cut in two
    shown = {part.left() + 4 for sheet in sheets for part in sheet.slices}
    assert shown == set(scene.column_x.values())


def test_a_stage_wider_than_a_page_is_split_by_columns_and_keeps_its_name(qapp, tmp_path):
    from PySide6.QtCore import QSizeF

    document = Document(wide_workshop(widths=(44,)))
    journey = document.workshop.journeys[0]
    scene = JourneyScene(document, journey.id, style=CanvasStyle(), language="en")
    assert len(plan_pages(scene, QSizeF(*A3_BODY))) >= 2
    out = tmp_path / "wide.pdf"
    export_picture(document, out, journeys=[journey], language="en")
    if POPPLER:
        pages = pdf_pages(out)
        assert pages >= 2
        for page in range(1, pages + 1):
            assert "Stage number 1" in pdf_text(out, page)  # centred on each page's part of the band
    scene.detach()


@needs_poppler
def test_pdf_of_several_journeys_starts_each_on_a_new_page(qapp, tmp_path):
    document = Document(workshop(journeys=2))
    out = tmp_path / "map.pdf"
    export_picture(document, out, journeys=document.workshop.journeys, language="en")
    assert pdf_pages(out) == 2
    first, second = pdf_text(out, 1), pdf_text(out, 2)
    assert "Shopper journey" in first and "Journey number 2" not in first
    assert "Journey number 2" in second and numbered(second, 2, 2)


# --- the command line ----------------------------------------------------------------------


def test_cli_exports_png_and_pdf_without_a_display(tmp_path):
    path = tmp_path / "ws.shoppermap"
    WorkshopFile.create(path, workshop(journeys=2)).close()
    headless = {"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""}
    result = run_cli("export", str(path), "-o", str(tmp_path / "map.png"), env=headless)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Exported {tmp_path / 'map.png'} and map-2.png beside it"
    assert (tmp_path / "map-2.png").is_file()
    result = run_cli(
        "export", str(path), "-o", str(tmp_path / "map.pdf"), "--journey", "Journey number 2", env=headless
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "map.pdf").read_bytes().startswith(b"%PDF")
    assert pdf_pages(tmp_path / "map.pdf") == 1
    if POPPLER:
        assert "Journey number 2" in pdf_text(tmp_path / "map.pdf")


def test_cli_bad_output_folder_is_exit_1_and_one_line(tmp_path):
    path = tmp_path / "ws.shoppermap"
    WorkshopFile.create(path, workshop()).close()
    (tmp_path / "a-file").write_text("not a folder")
    for target in (tmp_path / "missing" / "map.pdf", tmp_path / "a-file" / "map.png"):
        result = run_cli("export", str(path), "-o", str(target))
        assert result.returncode == 1
        assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("shoppermap: ")
        assert "Traceback" not in result.stderr


# --- the menu and printing -----------------------------------------------------------------


@pytest.fixture
def window(qtbot, tmp_path):
    """A main window on a workshop of two journeys, with the picture actions installed."""
    from shoppermap.ui.app import build_window

    QStandardPaths.setTestModeEnabled(True)
    path = tmp_path / "Coffee workshop.shoppermap"
    WorkshopFile.create(path, workshop(journeys=2)).close()
    win = build_window(library(), settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    assert win.open_path(path)
    picture_actions.install(win)
    yield win
    win.close()


def test_file_menu_has_export_picture_and_print_after_the_exports(window):
    actions = picture_actions.install(window)
    assert picture_actions.install(window) is actions  # installing twice adds nothing
    menu = picture_actions.file_menu(window)
    items = menu.actions()
    at = items.index(actions.export_action)
    assert items[at + 1] is actions.print_action
    assert items.index(window.actions_.export_json) < at < items.index(window.actions_.close)
    assert QKeySequence("Ctrl+P") in actions.print_action.shortcuts()
    assert [a.text() for a in items].count(actions.export_action.text()) == 1


@needs_poppler
def test_export_picture_draws_the_current_journey(window, tmp_path):
    actions = picture_actions.install(window)
    second = window.document.workshop.journeys[1]
    window.show_journey(second.id)
    out = tmp_path / "current.pdf"
    assert actions.export_to(out)
    text = pdf_text(out)
    assert "Journey number 2" in text and "Shopper journey" not in text
    assert str(out) in window.statusBar().currentMessage()


def test_export_picture_of_a_big_map_says_how_many_page_files_it_wrote(qtbot, tmp_path):
    from shoppermap.ui.app import build_window

    path = tmp_path / "Big.shoppermap"
    WorkshopFile.create(path, workshop(2000)).close()
    win = build_window(library(), settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    assert win.open_path(path)
    out = tmp_path / "map.png"
    assert picture_actions.install(win).export_to(out)
    pages = sorted(tmp_path.glob("map*.png"))
    assert len(pages) > 1
    assert win.statusBar().currentMessage() == f"Exported {out} (files: {len(pages)})"
    win.close()


def test_export_dialog_adds_the_suffix_of_the_chosen_type(window, tmp_path, monkeypatch):
    actions = picture_actions.install(window)
    asked = {}

    def save_name(parent, caption, suggestion, filters):
        asked["suggestion"] = suggestion
        return str(tmp_path / "for the buyer"), filters.split(";;")[1]

    monkeypatch.setattr(picture_actions.QFileDialog, "getSaveFileName", save_name)
    actions.export_action.trigger()
    assert asked["suggestion"].endswith("Coffee workshop - Shopper journey (offline).pdf")
    image = QImage(str(tmp_path / "for the buyer.png"))
    assert image.width() > 3000


def test_a_failed_export_says_why_in_a_message(window, tmp_path, monkeypatch):
    actions = picture_actions.install(window)
    shown = []
    monkeypatch.setattr(picture_actions.QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert not actions.export_to(tmp_path / "missing" / "map.png")
    assert len(shown) == 1 and "does not exist" in shown[0]


def test_printing_draws_the_same_pages_on_a_pdf_printer(window, tmp_path):
    actions = picture_actions.install(window)
    printer = picture_actions.make_printer()
    out = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert printer.pageLayout().pageSize().id() == picture.QPageSize.PageSizeId.A3
    assert printer.pageLayout().orientation() == picture.QPageLayout.Orientation.Landscape
    assert actions.print_to(printer) == 1
    assert out.read_bytes().startswith(b"%PDF")
    assert pdf_pages(out) == 1
    if POPPLER:
        text = pdf_text(out)
        assert "Kawa w drogeriach — Shopper journey" in text and numbered(text, 1, 1)


def test_print_action_prints_what_the_dialog_accepted(window, tmp_path, monkeypatch):
    actions = picture_actions.install(window)
    out = tmp_path / "dialog.pdf"

    class AcceptingDialog:
        def __init__(self, printer, parent):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))

        def setWindowTitle(self, title):
            pass

        def exec(self):
            return picture_actions.QDialog.DialogCode.Accepted

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", AcceptingDialog)  # loaded when printing starts
    actions.print_action.trigger()
    assert out.read_bytes().startswith(b"%PDF")
    assert "page(s)" in window.statusBar().currentMessage()


def test_an_empty_journey_and_a_stage_without_phases_still_draw(qapp, tmp_path):
    result = new_workshop(library(), title="Empty")
    result.journeys.append(Journey(name="Nothing yet"))
    result.journeys.append(Journey(name="Bare stage", stages=[Stage(label=Label.same("Only a stage"))]))
    document = Document(result)
    for suffix in (".png", ".pdf"):
        written = export_picture(document, tmp_path / f"map{suffix}", journeys=result.journeys, language="en")
        assert all(path.stat().st_size > 0 for path in written)
    assert pdf_pages(tmp_path / "map.pdf") == 3
    if POPPLER:
        assert "Only a stage" in pdf_text(tmp_path / "map.pdf", 3)
