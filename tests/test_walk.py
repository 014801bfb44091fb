from shoppermap.domain.models import Journey, Phase, Stage
from shoppermap.domain.walk import first_unwalked, walk_phases, walk_progress


def journey(*walked_by_stage: list[bool]) -> Journey:
    return Journey(
        stages=[
            Stage(
                label={"en": f"S{s}"},
                phases=[Phase(label={"en": f"P{s}{p}"}, walked=w) for p, w in enumerate(ws)],
            )
            for s, ws in enumerate(walked_by_stage)
        ]
    )


def test_walk_progress_counts_walked_phases_over_every_stage():
    assert walk_progress(journey([True, False], [True, True, False])) == (3, 5)


def test_an_empty_journey_has_nothing_to_walk():
    assert walk_progress(Journey()) == (0, 0)
    assert first_unwalked(Journey()) == 0


def test_walk_order_is_stage_by_stage_left_to_right():
    labels = [p.label.en for p in walk_phases(journey([False, False], [False]))]
    assert labels == ["P00", "P01", "P10"]


def test_a_walk_resumes_at_the_first_phase_not_walked():
    assert first_unwalked(journey([True, True], [False, True])) == 2
    assert first_unwalked(journey([True], [True])) == 0
