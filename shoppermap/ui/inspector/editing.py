"""How the inspector changes the workshop: commands grouped into one undo step, and names for them."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...domain import figures
from ...domain.document import Document, Kind
from ...domain.frameworks import PosToolCatalogue
from ...domain.models import Brand, Card, Competitor, Opportunity
from ..commands import DocumentCommand, InsertCommand, UpdateCommand, UpdateWorkshopCommand, quoted
from ..editor import Editor
from ..vocabulary import amount_text

log = logging.getLogger(__name__)


def first_line(text: str, limit: int = 60) -> str:
    """The first line of `text`, shortened for a one-line list entry."""
    stripped = text.strip()
    line = stripped.splitlines()[0] if stripped else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


class Editing:
    """What the inspector edits and through what: document, edit gateway, POS catalogue, language."""

    def __init__(self, origin: object | None = None) -> None:
        self.document: Document | None = None
        self.editor: Editor | None = None
        self.pos_tools: PosToolCatalogue | None = None
        self.language = "en"
        self.origin = origin  # the inspector: it refreshes itself after its own edits
        self.paused = False  # True while the inspector shows the document: nothing may be changed then

    # --- changing ------------------------------------------------------------------------

    def apply(self, commands: list[DocumentCommand], *, text: str) -> str | None:
        """Apply `commands` through the gateway as one undo step named `text`; the user's message if not done."""
        if self.document is None or self.editor is None or not commands or self.paused:
            return None
        self.editor.apply(commands, text=text, origin=self.origin)
        return self.editor.last_failure

    def update(self, obj_id: str, fields: dict[str, Any], *, text: str) -> str | None:
        """Change fields of one object as one undo step; the user's message if refused."""
        return self.apply([UpdateCommand(self.document, obj_id, fields, text)], text=text)

    def update_many(self, obj_ids: list[str], fields: dict[str, Any], *, text: str) -> str | None:
        """Change the same fields of several objects as one undo step."""
        return self.apply([UpdateCommand(self.document, i, fields, text) for i in obj_ids], text=text)

    # --- owners, retailers, competitors ----------------------------------------------------

    def owners(self) -> list[str]:
        """The workshop's owner list followed by other owners already named on cards and opportunities."""
        names = list(self.document.workshop.workshop.owners)
        seen = {n.casefold() for n in names}
        for card in self.all_cards():
            for name in [card.owner, *(o.owner for o in card.opportunities)]:
                name = name.strip()
                if name and name.casefold() not in seen:
                    seen.add(name.casefold())
                    names.append(name)
        return names

    def owner_commands(self, name: str) -> list[DocumentCommand]:
        """The commands adding `name` to the workshop's owner list, if it is new there."""
        name = name.strip()
        owners = self.document.workshop.workshop.owners
        if not name or any(name.casefold() == o.casefold() for o in owners):
            return []
        text = QCoreApplication.translate("Inspector", "Add owner {name}").format(name=quoted(name))
        return [UpdateWorkshopCommand(self.document, {"owners": [*owners, name]}, text)]

    def known_owner(self, name: str) -> str:
        """`name` spelt as an owner already known to the workshop, when it is one."""
        name = name.strip()
        return next((o for o in self.owners() if o.casefold() == name.casefold()), name)

    def retailers(self) -> list[str]:
        """The workshop's retailer and every retailer already named on an opportunity."""
        names: list[str] = []
        for name in [self.document.workshop.workshop.retailer] + [
            o.retailer for card in self.all_cards() for o in card.opportunities
        ]:
            name = name.strip()
            if name and name not in names:
                names.append(name)
        return names

    def competitor_names(self) -> list[str]:
        """The workshop's competitors, in list order."""
        return [c.name for c in self.document.workshop.competitors]

    def competitor_for(self, name: str) -> tuple[str | None, list[DocumentCommand]]:
        """The competitor id for a typed name, and the command creating it when it is new."""
        name = " ".join(name.split())
        if not name:
            return None, []
        for competitor in self.document.workshop.competitors:
            if competitor.name.casefold() == name.casefold():
                return competitor.id, []
        competitor = Competitor(name=name[:500])
        text = QCoreApplication.translate("Inspector", "Add competitor {name}").format(name=quoted(name))
        index = len(self.document.workshop.competitors)
        return competitor.id, [InsertCommand(self.document, Kind.COMPETITOR, None, index, competitor, text)]

    def brand_names(self) -> list[str]:
        """The workshop's brands, in list order."""
        return [b.name for b in self.document.workshop.brands]

    def brand_name(self, brand_id: str | None) -> str:
        """The name of a brand of the workshop, '' for none."""
        return next((b.name for b in self.document.workshop.brands if b.id == brand_id), "")

    def brand_for(self, name: str) -> tuple[str | None, list[DocumentCommand]]:
        """The brand id for a typed name, and the command creating it when it is new."""
        name = " ".join(name.split())
        if not name:
            return None, []
        for brand in self.document.workshop.brands:
            if brand.name.casefold() == name.casefold():
                return brand.id, []
        brand = Brand(name=name[:500])
        text = QCoreApplication.translate("Inspector", "Add brand {name}").format(name=quoted(name))
        index = len(self.document.workshop.brands)
        return brand.id, [InsertCommand(self.document, Kind.BRAND, None, index, brand, text)]

    def mechanics(self) -> list[str]:
        """The mechanics already used on the workshop's actions, in map order."""
        names: list[str] = []
        seen: set[str] = set()
        for opportunity in self.document.all_opportunities():
            name = opportunity.mechanic.strip()
            if name and name.casefold() not in seen:
                seen.add(name.casefold())
                names.append(name)
        return names

    def all_cards(self) -> list[Card]:
        """Every card of every journey."""
        return [
            card
            for journey in self.document.workshop.journeys
            for _, _, card in self.document.cards(journey.id)
        ]

    # --- names ---------------------------------------------------------------------------

    def card_name(self, card: Card) -> str:
        """A card's label in the current language, quoted for a command name."""
        return quoted(card.label.text(self.language))

    def tool_name(self, pos_tool: str) -> str:
        """A POS tool's label in the current language, or the custom tool's own name."""
        tool = self.pos_tools.tool(pos_tool) if self.pos_tools and pos_tool else None
        return tool.label.text(self.language) if tool is not None else pos_tool

    def tool_value(self, text: str) -> str:
        """What to store for a typed or picked tool: the catalogue id when it names a catalogue tool."""
        text = text.strip()
        if self.pos_tools is not None and text:
            for tool in self.pos_tools.tools:
                if text.casefold() in {
                    (tool.label.pl or "").casefold(),
                    (tool.label.en or "").casefold(),
                    tool.id,
                }:
                    return tool.id
        return text

    def opportunity_line(self, opportunity: Opportunity) -> str:
        """One line for an opportunity: tool — description — cost (built up from its quantities, if any)."""
        currency = self.document.workshop.workshop.currency
        parts = [self.tool_name(opportunity.pos_tool), first_line(opportunity.description)]
        spend = figures.cost(opportunity)
        if spend is not None:
            parts.append(f"{amount_text(spend, self.language)} {currency}")
        return " — ".join(p for p in parts if p) or QCoreApplication.translate(
            "Inspector", "(new opportunity)"
        )

    def opportunity_name(self, opportunity: Opportunity) -> str:
        """An opportunity named by its tool, or its description, quoted for a command name."""
        name = self.tool_name(opportunity.pos_tool) or opportunity.description.strip()
        return quoted(name) if name else QCoreApplication.translate("Inspector", "the opportunity")
