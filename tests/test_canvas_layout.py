"""The canvas geometry as plain numbers: a small style, a small grid, literal answers."""

import pytest

from shoppermap.ui.canvas.layout import (
    ColumnCards,
    ColumnStack,
    Rect,
    StageColumns,
    anchor_at,
    card_marker,
    cards_top,
    carried_stack,
    header_marker,
    insertion_y,
    lay_out_grid,
    phase_at,
    phase_drop,
    phase_top,
    stack_column,
    stage_at,
    stage_drop,
)
from shoppermap.ui.canvas.style import CanvasStyle

STYLE = CanvasStyle(
    column_width=100.0,
    column_gap=10.0,
    margin=5.0,
    card_spacing=4.0,
    stage_height=20.0,
    phase_height=30.0,
    column_bottom=50.0,
)
CARDS = (("a", 40.0), ("b", 60.0))
# S1 holds P1 (two cards) and P2 (one card), S2 holds nothing, S3 holds the empty P3
STAGES = (
    StageColumns("S1", (ColumnCards("P1", CARDS), ColumnCards("P2", (("c", 50.0),)))),
    StageColumns("S2"),
    StageColumns("S3", (ColumnCards("P3"),)),
)


@pytest.fixture
def grid():
    return lay_out_grid(STAGES, STYLE, lane_height=150.0)


def test_headers_and_cards_start_under_the_bands():
    assert phase_top(STYLE) == 29.0
    assert cards_top(STYLE) == 63.0


def test_a_column_stacks_its_cards_with_spacing():
    assert stack_column(CARDS, STYLE) == ColumnStack((("a", 63.0), ("b", 107.0)), 108.0, None)
    assert stack_column((), STYLE) == ColumnStack((), 0.0, None)


def test_room_for_dragged_cards_is_returned_where_it_was_left():
    before_b = stack_column(CARDS, STYLE, gap_before="b", gap=30.0)
    assert before_b == ColumnStack((("a", 63.0), ("b", 137.0)), 138.0, 107.0)
    at_the_end = stack_column(CARDS, STYLE, gap_before=None, gap=30.0)
    assert at_the_end == ColumnStack((("a", 63.0), ("b", 107.0)), 138.0, 171.0)
    no_room = stack_column(CARDS, STYLE, gap_before="b", gap=0.0)
    assert no_room.gap_y is None


def test_the_grid_places_columns_headers_and_bands_left_to_right(grid):
    assert grid.phase_order == ("P1", "P2", "P3")
    assert grid.stage_order == ("S1", "S2", "S3")
    assert grid.stage_phases == {"S1": ("P1", "P2"), "S2": (), "S3": ("P3",)}
    assert grid.column_x == {"P1": 5.0, "P2": 115.0, "P3": 335.0}
    assert grid.phase_rects["P2"] == Rect(115.0, 29.0, 100.0, 30.0)
    assert grid.stage_rects == {
        "S1": Rect(5.0, 5.0, 210.0, 20.0),
        "S2": Rect(225.0, 5.0, 100.0, 20.0),  # an empty stage keeps a band one column wide
        "S3": Rect(335.0, 5.0, 100.0, 20.0),
    }
    assert grid.stacks["P1"].tops == (("a", 63.0), ("b", 107.0))
    assert grid.stacks["P2"].height == 54.0


def test_every_column_is_as_tall_as_the_tallest(grid):
    assert grid.grid_bottom == 221.0
    assert grid.column_rects == {
        "P1": Rect(1.0, 59.0, 108.0, 158.0),
        "P2": Rect(111.0, 59.0, 108.0, 158.0),
        "P3": Rect(331.0, 59.0, 108.0, 158.0),
    }


def test_the_lane_sits_under_the_grid_and_the_scene_holds_both(grid):
    assert grid.lane_rect == Rect(5.0, 226.0, 440.0, 150.0)
    assert grid.scene_rect == Rect(0.0, 0.0, 450.0, 381.0)
    without = lay_out_grid(STAGES, STYLE, lane_height=None)
    assert without.lane_rect is None
    assert without.scene_rect == Rect(0.0, 0.0, 450.0, 226.0)
    only_bands = lay_out_grid((StageColumns("S"),), STYLE, lane_height=150.0)
    assert only_bands.lane_rect is None  # no phases, no curve
    assert only_bands.scene_rect == Rect(0.0, 0.0, 120.0, 118.0)


def test_phase_at_counts_half_a_gap_either_side_and_only_inside_the_grid(grid):
    assert phase_at(grid, STYLE, 50.0, 100.0) == "P1"
    assert phase_at(grid, STYLE, 110.0, 100.0) == "P1"  # the first of two columns sharing a gap
    assert phase_at(grid, STYLE, 111.0, 100.0) == "P2"
    assert phase_at(grid, STYLE, 222.0, 100.0) is None  # under the empty stage
    assert phase_at(grid, STYLE, 330.0, 100.0) == "P3"
    assert phase_at(grid, STYLE, 50.0, 4.0) is None
    assert phase_at(grid, STYLE, 50.0, 226.0) == "P1"
    assert phase_at(grid, STYLE, 50.0, 227.0) is None


def test_anchor_at_is_the_card_whose_middle_is_below(grid):
    assert anchor_at(CARDS, STYLE, 0.0) == "a"
    assert anchor_at(CARDS, STYLE, 82.9) == "a"
    assert anchor_at(CARDS, STYLE, 83.0) == "b"
    assert anchor_at(CARDS, STYLE, 136.9) == "b"
    assert anchor_at(CARDS, STYLE, 137.0) is None
    assert anchor_at((), STYLE, 0.0) is None


def test_stage_at_widens_each_band_by_a_gap(grid):
    assert stage_at(grid, STYLE, -5.0) == "S1"
    assert stage_at(grid, STYLE, 220.0) == "S1"  # where two widened bands overlap, the first wins
    assert stage_at(grid, STYLE, 230.0) == "S2"
    assert stage_at(grid, STYLE, 330.0) == "S2"
    assert stage_at(grid, STYLE, 340.0) == "S3"
    assert stage_at(grid, STYLE, 446.0) is None


def test_insertion_y_is_the_anchor_top_or_the_end_of_the_column():
    assert insertion_y(CARDS, STYLE, "a") == 63.0
    assert insertion_y(CARDS, STYLE, "b") == 107.0
    assert insertion_y(CARDS, STYLE, None) == 171.0
    assert insertion_y((), STYLE, None) == 63.0


def test_dragged_cards_travel_as_one_stack():
    assert carried_stack([40.0, 60.0], STYLE) == ([0.0, 44.0], 108.0)
    assert carried_stack([], STYLE) == ([], 0.0)


def test_a_stage_band_drops_before_the_first_band_whose_middle_is_right_of_it(grid):
    assert stage_drop(grid, STYLE, 100.0, "S1") == ("S2", 220.0)
    assert stage_drop(grid, STYLE, 300.0, "S1") == ("S3", 330.0)
    assert stage_drop(grid, STYLE, 400.0, "S1") == (None, 440.0)
    assert stage_drop(grid, STYLE, 400.0, "S3") == (None, 330.0)  # after the last band but itself
    alone = lay_out_grid((StageColumns("S"),), STYLE)
    assert stage_drop(alone, STYLE, 50.0, "S") == (None, None)


def test_a_phase_header_drops_into_the_stage_under_it(grid):
    assert phase_drop(grid, STYLE, 50.0, "P2") == ("S1", "P1", 0.0)
    assert phase_drop(grid, STYLE, 60.0, "P2") == ("S1", None, 220.0)  # past P1, and P2 is the one moving
    assert phase_drop(grid, STYLE, 60.0, "P1") == ("S1", "P2", 110.0)
    assert phase_drop(grid, STYLE, 230.0, "P1") == ("S2", None, 330.0)  # into the empty stage
    assert phase_drop(grid, STYLE, 1000.0, "P1") == (None, None, None)


def test_markers_are_a_bar_in_the_spacing_and_a_bar_down_the_grid(grid):
    assert card_marker(STYLE, 115.0, 107.0) == Rect(115.0, 103.0, 100.0, 4.0)
    assert header_marker(grid, STYLE, 220.0) == Rect(217.0, 5.0, 6.0, 216.0)
    assert Rect(5.0, 5.0, 210.0, 20.0).right == 215.0
