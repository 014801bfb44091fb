"""The base classes' `raise NotImplementedError` methods are abstract hooks that every concrete class fills.

Qt's metaclass cannot be combined with ABCMeta, so this test stands in for @abstractmethod: no concrete
undo command or inspector section may fall back on the base's raise.
"""

from __future__ import annotations

import pytest

from shoppermap.ui import commands
from shoppermap.ui.breakout_actions import MergeCommand
from shoppermap.ui.inspector.gap_list import GapSection
from shoppermap.ui.inspector.opportunity_list import OpportunitySection
from shoppermap.ui.inspector.section import AnnotationSection

COMMANDS = [
    commands.UpdateCommand,
    commands.UpdateWorkshopCommand,
    commands.InsertCommand,
    commands.RemoveCommand,
    commands.MoveCommand,
    commands.GroupCommand,
    MergeCommand,
]


def test_every_command_class_is_listed_here():
    assert set(commands.DocumentCommand.__subclasses__()) == set(COMMANDS)
    assert set(AnnotationSection.__subclasses__()) == {GapSection, OpportunitySection}


@pytest.mark.parametrize("cls", COMMANDS)
def test_every_undo_command_defines_do_and_revert(cls):
    for hook in ("do", "revert"):
        assert getattr(cls, hook) is not getattr(commands.DocumentCommand, hook), f"{cls.__name__}.{hook}"


@pytest.mark.parametrize("cls", [GapSection, OpportunitySection])
def test_every_inspector_section_defines_its_hooks(cls):
    for hook in ("title", "line", "new_item", "name", "texts"):
        assert getattr(cls, hook) is not getattr(AnnotationSection, hook), f"{cls.__name__}.{hook}"
