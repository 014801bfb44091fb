"""The words of the Excel export in Polish and English: sheet names, headers, and enum values as words."""

from __future__ import annotations

from enum import StrEnum

from ..domain.models import CostKind, GapKind, Kpi, OpportunityStatus, Priority, Status, Threat

# the file goes to a retail buyer, so enum values appear as words, never as identifiers;
# keyed by enum and member because members of different enums are equal strings (Priority.HIGH == Threat.HIGH)
_ENUM_WORDS: dict[tuple[type, str], tuple[str, str]] = {
    # (English, Polish)
    (Priority, Priority.HIGH): ("High", "Wysoki"),
    (Priority, Priority.MEDIUM): ("Medium", "Średni"),
    (Priority, Priority.LOW): ("Low", "Niski"),
    (OpportunityStatus, OpportunityStatus.IDEA): ("Idea", "Pomysł"),
    (OpportunityStatus, OpportunityStatus.PLANNED): ("Planned", "Zaplanowane"),
    (OpportunityStatus, OpportunityStatus.AGREED): ("Agreed with buyer", "Uzgodnione z kupcem"),
    (OpportunityStatus, OpportunityStatus.IN_PROGRESS): ("In progress", "W realizacji"),
    (OpportunityStatus, OpportunityStatus.DONE): ("Done", "Zrealizowane"),
    (OpportunityStatus, OpportunityStatus.DROPPED): ("Dropped", "Porzucone"),
    (Kpi, Kpi.SHARE_OF_SHELF): ("Share of shelf", "Udział w półce"),
    (Kpi, Kpi.ROTATION): ("Rotation", "Rotacja"),
    (Kpi, Kpi.PROMO_ROI): ("Promo ROI", "ROI promocji"),
    (Kpi, Kpi.SELL_OUT): ("Sell-out", "Sell-out"),
    (Kpi, Kpi.VISIBILITY): ("Visibility", "Widoczność"),
    (Kpi, Kpi.OTHER): ("Other", "Inny"),
    (GapKind, GapKind.COMPETITOR_CAPTURES): ("Competitor captures attention", "Konkurent przyciąga uwagę"),
    (GapKind, GapKind.WHITE_SPACE): ("White space: nobody uses it", "Wolne pole: nikt go nie wykorzystuje"),
    (GapKind, GapKind.WE_ARE_ABSENT): ("We are absent, they are present", "Nas nie ma, konkurent jest"),
    (Threat, Threat.LOW): ("Low", "Niski"),
    (Threat, Threat.MEDIUM): ("Medium", "Średni"),
    (Threat, Threat.HIGH): ("High", "Wysoki"),
    (CostKind, CostKind.PRODUCTION): ("Production", "Produkcja"),
    (CostKind, CostKind.RETAILER_FEE): ("Retailer fee", "Opłata dla sieci"),
    (CostKind, CostKind.LABOUR): ("Labour", "Robocizna"),
    (CostKind, CostKind.MEDIA): ("Media", "Media"),
    (Status, Status.GREEN): ("Works well", "Działa dobrze"),
    (Status, Status.YELLOW): ("Needs improvement", "Do poprawy"),
    (Status, Status.RED): ("Critical", "Krytyczny"),
}

_TEXT: dict[str, tuple[str, str]] = {
    # sheets
    "sheet.plan": ("Action plan", "Plan działań"),
    "sheet.map": ("Journey map", "Mapa ścieżki"),
    "sheet.gaps": ("Competitor gaps", "Luki wobec konkurencji"),
    "sheet.summary": ("Summary", "Podsumowanie"),
    "sheet.materials": ("POS materials", "Materiały POS"),
    # columns
    "col.journey": ("Journey", "Ścieżka"),
    "col.stage": ("Stage", "Etap"),
    "col.phase": ("Phase", "Faza"),
    "col.touchpoint": ("Touchpoint", "Punkt styku"),
    "col.pos_tool": ("POS tool", "Narzędzie POS"),
    "col.description": ("Description", "Opis"),
    "col.retailer": ("Retailer", "Sieć"),
    "col.priority": ("Priority", "Priorytet"),
    "col.expected_impact": ("Expected impact", "Oczekiwany efekt"),
    "col.owner": ("Owner", "Odpowiedzialny"),
    "col.start": ("Start", "Początek"),
    "col.end": ("End", "Koniec"),
    "col.period": ("Sales period", "Okres sprzedaży"),
    "col.cost": ("Cost", "Koszt"),
    "col.kpi": ("KPI", "KPI"),
    "col.status": ("Status", "Status"),
    "col.moment_of_truth": ("Moment of truth", "Moment prawdy"),
    "col.quick_win": ("Quick win", "Szybka wygrana"),
    "col.votes": ("Votes", "Głosy"),
    "col.group": ("Brought by", "Wniosła grupa"),
    "col.value": ("Value (1–5)", "Wartość (1–5)"),
    "col.effort": ("Effort (1–5)", "Nakład (1–5)"),
    "col.notes": ("Notes", "Notatki"),
    "col.brand": ("Brand", "Marka"),
    "col.mechanic": ("Mechanic", "Mechanika"),
    "col.stores": ("Stores", "Sklepy"),
    "col.units_per_store": ("Units per store", "Sztuk na sklep"),
    "col.total_units": ("Total units", "Sztuk razem"),
    "col.unit_cost": ("Unit cost", "Koszt jednostkowy"),
    "col.fixed_cost": ("Fixed cost", "Koszt stały"),
    "col.cost_kind": ("Cost kind", "Rodzaj kosztu"),
    "col.total_cost": ("Total cost", "Koszt całkowity"),
    "col.baseline_sales": ("Baseline sales", "Sprzedaż bazowa"),
    "col.uplift_pct": ("Uplift", "Wzrost sprzedaży"),
    "col.margin_pct": ("Gross margin", "Marża brutto"),
    "col.incremental_sales": ("Incremental sales", "Sprzedaż przyrostowa"),
    "col.incremental_margin": ("Incremental margin", "Marża przyrostowa"),
    "col.roi": ("ROI", "ROI"),
    "col.scenarios": ("Scenarios", "Scenariusze"),
    "col.actions": ("Actions", "Działania"),
    "col.competitor": ("Competitor", "Konkurent"),
    "col.kind": ("Kind", "Rodzaj"),
    "col.threat": ("Threat", "Zagrożenie"),
    "col.gap": ("What we see", "Co widzimy"),
    "col.answer": ("Our answer", "Nasza odpowiedź"),
    # summary
    "info.title": ("Workshop", "Warsztat"),
    "info.client": ("Client", "Klient"),
    "info.retailer": ("Retailer", "Sieć handlowa"),
    "info.category": ("Category", "Kategoria"),
    "info.channel": ("Channel", "Kanał"),
    "info.date": ("Date", "Data"),
    "info.facilitator": ("Facilitator", "Prowadzący"),
    "info.participants": ("Participants", "Uczestnicy"),
    "info.plan_for": ("Plan for retailer", "Plan dla sieci"),
    "info.currency": ("Currency", "Waluta"),
    "info.notes": ("Notes", "Notatki"),
    "info.scenario": ("Scenario", "Scenariusz"),
    "info.version": ("Version", "Wersja"),
    "info.walked": ("Walked", "Omówione fazy"),
    "info.group": ("Breakout group", "Grupa robocza"),
    "walk.progress": ("{walked} of {total} phases", "{walked} z {total} faz"),
    "sum.parking_lot": ("Parking lot", "Parking pomysłów"),
    "parking.open": ("☐", "☐"),
    "parking.done": ("☑", "☑"),
    "version.buyer": ("For the buyer", "Dla kupca"),
    "version.internal": ("Internal: not for the buyer", "Wewnętrzna: nie dla kupca"),
    "sum.details": ("Workshop details", "Szczegóły warsztatu"),
    "sum.per_stage": ("Per stage", "Według etapów"),
    "sum.touchpoints": ("Touchpoints", "Punkty styku"),
    "sum.opportunities": ("Opportunities", "Szanse"),
    "sum.gaps": ("Competitor gaps", "Luki wobec konkurencji"),
    "sum.critical": ("Critical (red)", "Krytyczne (czerwone)"),
    "sum.moments": ("Moments of truth", "Momenty prawdy"),
    "sum.quick_wins": ("Quick wins", "Szybkie wygrane"),
    "sum.budget": ("Budget", "Budżet"),
    "sum.total": ("Total", "Razem"),
    "sum.incremental_sales": ("Incremental sales", "Sprzedaż przyrostowa"),
    "sum.incremental_margin": ("Incremental margin", "Marża przyrostowa"),
    "sum.roi": ("ROI", "ROI"),
    "sum.chart": ("Opportunities and budget per stage", "Szanse i budżet według etapów"),
    "sum.budget_note": (
        "Budget: sum of the costs of the opportunities in the plan, except dropped ones.",
        "Budżet: suma kosztów szans w planie, bez porzuconych.",
    ),
    "sum.numbers_note": (
        "Incremental sales = baseline sales × uplift; incremental margin = incremental sales × "
        "gross margin; ROI = (incremental margin − budget) / budget.",
        "Sprzedaż przyrostowa = sprzedaż bazowa × wzrost; marża przyrostowa = sprzedaż przyrostowa × "
        "marża brutto; ROI = (marża przyrostowa − budżet) / budżet.",
    ),
    "sum.numbers_note_buyer": (
        "Incremental sales: the extra sales the actions are expected to bring.",
        "Sprzedaż przyrostowa: dodatkowa sprzedaż, której oczekujemy dzięki działaniom.",
    ),
    # the plan's totals and the POS materials
    "plan.total": ("Total (rows shown)", "Razem (widoczne wiersze)"),
    "plan.dropped_note": (
        "Dropped actions are filtered out of the totals; show them with the Status filter.",
        "Porzucone działania są odfiltrowane z sum; pokaż je filtrem w kolumnie Status.",
    ),
    "materials.note": (
        "One row per POS tool, brand, retailer and sales period, from the actions with quantities "
        "(dropped ones aside). Stores, total units, fixed and total cost add up over the actions of "
        "a row; units per store and unit cost are shown only when all of them agree.",
        "Jeden wiersz na narzędzie POS, markę, sieć i okres sprzedaży, z działań z ilościami "
        "(bez porzuconych). Sklepy, sztuki razem, koszt stały i całkowity sumują się po działaniach "
        "wiersza; sztuki na sklep i koszt jednostkowy są podane tylko, gdy wszystkie są zgodne.",
    ),
    # journey map
    "map.legend": (
        "★ moment of truth   ⚡ quick win   [n] opportunities   "
        "colour: green works well, yellow needs improvement, red critical",
        "★ moment prawdy   ⚡ szybka wygrana   [n] liczba szans   "
        "kolor: zielony działa dobrze, żółty do poprawy, czerwony krytyczny",
    ),
    "map.legend.votes": ("●n dot votes", "●n głosy uczestników"),
    # the Calendar sheet
    "sheet.calendar": ("Calendar", "Kalendarz"),
    "cal.week": ("W{number}", "tydz. {number}"),
    "cal.weeks_of": ("Weeks of {years}", "Tygodnie {years}"),
    "cal.periods": ("Sales periods", "Okresy sprzedaży"),
    "cal.undated": ("Not dated yet", "Jeszcze bez dat"),
    "cal.legend": ("Colour of an action: its status", "Kolor działania: jego status"),
    "cal.outside": (
        "Actions partly or wholly outside the weeks shown: {count}; their dates are in Start and End.",
        "Działania częściowo lub całkiem poza pokazanymi tygodniami: {count}; ich daty są w kolumnach "
        "Początek i Koniec.",
    ),
    # the rest
    "file.all_retailers": ("all retailers", "wszystkie sieci"),
    "yes": ("Yes", "Tak"),
    "all_scenarios": ("All", "Wszystkie"),
    "file.buyer": ("buyer plan", "plan dla kupca"),
    "file.internal": ("internal plan", "plan wewnętrzny"),
    "page": ("Page &P of &N", "Strona &P z &N"),
    "invalid.title": ("Not on the list", "Spoza listy"),
    "invalid.text": ("Choose a value from the list.", "Wybierz wartość z listy."),
}


def word(value: StrEnum | None, language: str) -> str:
    """An enum value as a human word in `language`; '' for None."""
    if value is None:
        return ""
    english, polish = _ENUM_WORDS[type(value), value]
    return polish if language == "pl" else english


def words_of(enum: type[StrEnum], language: str) -> list[str]:
    """All values of an enum as words, in the enum's order (for drop-down lists)."""
    return [word(member, language) for member in enum]


def text(key: str, language: str) -> str:
    """A fixed text of the export in `language`."""
    english, polish = _TEXT[key]
    return polish if language == "pl" else english
