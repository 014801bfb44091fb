"""A card's POS opportunities: the list, its buttons, and the editor of the selected one."""

from __future__ import annotations

from ...domain.document import Kind
from ...domain.models import Card, Opportunity, Priority, Threat
from ..commands import DocumentCommand, UpdateCommand
from .choices import THREAT_COLORS, swatch
from .editing import Editing, first_line
from .item_list import Line
from .opportunity_editor import OpportunityEditor
from .section import AnnotationSection

# priority shown in the threat colours: high is red, low is grey
_PRIORITY_COLORS = {
    Priority.HIGH: THREAT_COLORS[Threat.HIGH],
    Priority.MEDIUM: THREAT_COLORS[Threat.MEDIUM],
    Priority.LOW: THREAT_COLORS[Threat.LOW],
}


class OpportunitySection(AnnotationSection):
    """The card's POS opportunities: one line each (tool — description — cost), the editor below."""

    kind = Kind.OPPORTUNITY

    def __init__(self, editing: Editing) -> None:
        super().__init__(
            editing,
            OpportunityEditor(editing),
            empty_text=self.tr("No opportunities yet: press Add."),
            hint=self.tr("Select an opportunity to edit it."),
        )

    def title(self, count: int) -> str:
        """'POS opportunities (2)'."""
        return (
            self.tr("POS opportunities ({count})").format(count=count)
            if count
            else self.tr("POS opportunities")
        )

    def line(self, item: Opportunity) -> Line:
        """Tool — description — cost, with a priority colour."""
        text = self.editing.opportunity_line(item)
        icon = swatch(_PRIORITY_COLORS[item.priority] if item.priority else None)
        return Line(item.id, text, tooltip=first_line(item.description, 300) or text, icon=icon)

    def new_item(self) -> Opportunity:
        """An empty opportunity (status: idea)."""
        return Opportunity()

    def name(self, item: Opportunity) -> str:
        """The opportunity named by its tool or description."""
        return self.editing.opportunity_name(item)

    def texts(self) -> dict[str, str]:
        """Command names."""
        return {
            "add": self.tr("Add opportunity to {card}"),
            "duplicate": self.tr("Duplicate {target} on {card}"),
            "remove": self.tr("Remove {target} from {card}"),
            "up": self.tr("Move {target} up"),
            "down": self.tr("Move {target} down"),
        }

    def removal_commands(self, card: Card, item_id: str, text: str) -> list[DocumentCommand]:
        """Gaps answered by the opportunity no longer point at it."""
        document = self.editing.document
        return [
            UpdateCommand(document, g.id, {"opportunity": None}, text)
            for g in card.gaps
            if g.opportunity == item_id
        ]

    def add(self) -> None:
        """Add an opportunity and put the cursor in its tool, ready to type."""
        super().add()
        if self.editor.item() is not None:
            self.editor.pos_tool.setFocus()
