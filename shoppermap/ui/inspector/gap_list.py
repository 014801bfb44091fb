"""A card's competitor gaps: the list, its buttons, and the editor of the selected one."""

from __future__ import annotations

from ...domain.document import Kind
from ...domain.models import Gap
from ..commands import quoted
from ..vocabulary import name_of
from .choices import THREAT_COLORS, gap_kind_short, swatch, threat_choices
from .editing import Editing, first_line
from .gap_editor import GapEditor
from .item_list import Line
from .section import AnnotationSection


class GapSection(AnnotationSection):
    """The card's competitor gaps: one line each (competitor — kind — description), the editor below."""

    kind = Kind.GAP

    def __init__(self, editing: Editing) -> None:
        super().__init__(
            editing,
            GapEditor(editing),
            empty_text=self.tr("No competitor gaps yet: press Add."),
            hint=self.tr("Select a gap to edit it."),
        )

    def title(self, count: int) -> str:
        """'Competitor gaps (1)'."""
        return (
            self.tr("Competitor gaps ({count})").format(count=count) if count else self.tr("Competitor gaps")
        )

    def line(self, item: Gap) -> Line:
        """Competitor — kind — description, with the threat's colour."""
        competitor = self.editing.document.competitor_name(item.competitor)
        parts = [competitor, gap_kind_short(item.kind), first_line(item.description)]
        text = " — ".join(p for p in parts if p)
        threat = self.tr("Threat: {level}").format(level=name_of(threat_choices(), item.threat).lower())
        tooltip = "\n".join(p for p in (first_line(item.description, 300), threat) if p)
        return Line(item.id, text, tooltip=tooltip, icon=swatch(THREAT_COLORS[item.threat]))

    def new_item(self) -> Gap:
        """A new gap: a competitor captures attention here, medium threat."""
        return Gap()

    def name(self, item: Gap) -> str:
        """The gap named by its competitor."""
        competitor = self.editing.document.competitor_name(item.competitor)
        return (
            self.tr("gap {name}").format(name=quoted(competitor))
            if competitor
            else self.tr("a competitor gap")
        )

    def texts(self) -> dict[str, str]:
        """Command names."""
        return {
            "add": self.tr("Add competitor gap to {card}"),
            "duplicate": self.tr("Duplicate {target} on {card}"),
            "remove": self.tr("Remove {target} from {card}"),
            "up": self.tr("Move {target} up"),
            "down": self.tr("Move {target} down"),
        }

    def add(self) -> None:
        """Add a gap and put the cursor in its competitor, ready to type."""
        super().add()
        if self.editor.item() is not None:
            self.editor.competitor.setFocus()
