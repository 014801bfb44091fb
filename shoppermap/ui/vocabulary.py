"""The names people see for an opportunity's priority, indicator and status, and for amount mistakes.

The inspector and the action plan both show them; they keep the "Inspector" translation context
they were first written in, so the catalogue's translations still match.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication

from ..domain.amounts import (
    MAX_UPLIFT,
    AmountError,
    AmountProblem,
    format_amount,
    parse_amount,
    parse_count,
    parse_percent,
)
from ..domain.models import CostKind, Kpi, OpportunityStatus, Priority
from .i18n import locale_for

translate = QCoreApplication.translate


def priority_choices() -> list[tuple[str, Priority | None]]:
    """Opportunity priority, or none given."""
    return [
        (translate("Inspector", "—"), None),
        (translate("Inspector", "High"), Priority.HIGH),
        (translate("Inspector", "Medium"), Priority.MEDIUM),
        (translate("Inspector", "Low"), Priority.LOW),
    ]


def scale_choices() -> list[tuple[str, int | None]]:
    """The value/effort matrix's scales: 1 (low) to 5 (high), or not rated."""
    return [
        (translate("Inspector", "—"), None),
        (translate("Inspector", "1 (low)"), 1),
        ("2", 2),
        ("3", 3),
        ("4", 4),
        (translate("Inspector", "5 (high)"), 5),
    ]


def kpi_choices() -> list[tuple[str, Kpi | None]]:
    """The indicator an opportunity should move, or none given."""
    return [
        (translate("Inspector", "—"), None),
        (translate("Inspector", "Share of shelf"), Kpi.SHARE_OF_SHELF),
        (translate("Inspector", "Rotation"), Kpi.ROTATION),
        (translate("Inspector", "Promo ROI"), Kpi.PROMO_ROI),
        (translate("Inspector", "Sell-out"), Kpi.SELL_OUT),
        (translate("Inspector", "Visibility"), Kpi.VISIBILITY),
        (translate("Inspector", "Other"), Kpi.OTHER),
    ]


def opportunity_status_choices() -> list[tuple[str, OpportunityStatus]]:
    """Where an opportunity stands."""
    return [
        (translate("Inspector", "Idea"), OpportunityStatus.IDEA),
        (translate("Inspector", "Planned"), OpportunityStatus.PLANNED),
        (translate("Inspector", "Agreed with buyer"), OpportunityStatus.AGREED),
        (translate("Inspector", "In progress"), OpportunityStatus.IN_PROGRESS),
        (translate("Inspector", "Done"), OpportunityStatus.DONE),
        (translate("Inspector", "Dropped"), OpportunityStatus.DROPPED),
    ]


def name_of(choices: list[tuple[str, object]], value: object) -> str:
    """The display name of `value` among `choices`."""
    return next((text for text, data in choices if data == value), str(value))


def amount_error_text(error: AmountError) -> str:
    """Why a typed amount was refused, in the interface language."""
    return {
        AmountProblem.NOT_A_NUMBER: translate("Inspector", "Type an amount, for example 1500 or 1500,50."),
        AmountProblem.NEGATIVE: translate("Inspector", "The number cannot be negative."),
        AmountProblem.TOO_PRECISE: translate("Inspector", "Use at most two decimal places."),
        AmountProblem.TOO_LARGE: translate("Inspector", "The amount is too large."),
        AmountProblem.AMBIGUOUS: translate("Inspector", "Thousands or decimals? Type 1500 or 1.50."),
        AmountProblem.NOT_WHOLE: translate("Inspector", "Type a whole number, for example 48."),
        AmountProblem.OVER_100: translate("Inspector", "A margin is at most 100%."),
    }[error.problem]


def read_count(text: str, language: str) -> int | None:
    """A whole number typed in the interface `language` (raises AmountError)."""
    return parse_count(text, decimal_mark=locale_for(language).decimalPoint())


def read_percent(text: str, language: str, *, most: Decimal = MAX_UPLIFT) -> Decimal | None:
    """A percentage typed in the interface `language`, at most `most` (raises AmountError)."""
    return parse_percent(text, decimal_mark=locale_for(language).decimalPoint(), most=most)


def count_text(count: int | None, language: str, *, grouped: bool = True) -> str:
    """A whole number the `language`'s way: '1 200' in Polish, '1,200' in English."""
    return "" if count is None else amount_text(Decimal(count), language, grouped=grouped)


def percent_text(percent: Decimal | None, language: str, *, sign: bool = True) -> str:
    """A percentage the `language`'s way: '12,5 %' in Polish, '12.5%' in English; '' for none.

    Without `sign`, the bare number for a field being edited: '12,5'.
    """
    if percent is None:
        return ""
    number = format(percent.quantize(Decimal("0.01")), "f").rstrip("0").rstrip(".")
    number = number.replace(".", locale_for(language).decimalPoint())
    if not sign:
        return number
    return f"{number}\u00a0%" if language == "pl" else f"{number}%"


def roi_text(roi: Decimal | None, language: str) -> str:
    """ROI (a fraction) as a whole percentage with its sign: '+37 %', '−12%'; '' when undefined."""
    if roi is None:
        return ""
    whole = (roi * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    sign = "+" if whole > 0 else "\u2212" if whole < 0 else ""
    return sign + percent_text(abs(whole), language)


def cost_kind_choices() -> list[tuple[str, CostKind | None]]:
    """What an action's money mostly pays for, or none given."""
    return [
        (translate("Inspector", "—"), None),
        (translate("Inspector", "Production"), CostKind.PRODUCTION),
        (translate("Inspector", "Retailer fee"), CostKind.RETAILER_FEE),
        (translate("Inspector", "Labour"), CostKind.LABOUR),
        (translate("Inspector", "Media"), CostKind.MEDIA),
    ]


def read_amount(text: str, language: str) -> Decimal | None:
    """An amount typed in the interface `language`, read by its rules (raises AmountError)."""
    return parse_amount(text, decimal_mark=locale_for(language).decimalPoint())


def amount_text(amount: Decimal | None, language: str, *, grouped: bool = True) -> str:
    """An amount written the interface `language`'s way: '14 500,50' in Polish, '14,500.50' in English.

    Without `grouped`, for a field being edited: '14500,50'.
    """
    locale = locale_for(language)
    return format_amount(
        amount, grouped=grouped, decimal_mark=locale.decimalPoint(), group_mark=locale.groupSeparator()
    )
