"""The names people see for an opportunity's priority, indicator and status, and for amount mistakes.

The inspector and the action plan both show them; they keep the "Inspector" translation context
they were first written in, so the catalogue's translations still match.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ..domain.amounts import AmountError, AmountProblem, format_amount, parse_amount
from ..domain.models import Kpi, OpportunityStatus, Priority
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
        AmountProblem.NEGATIVE: translate("Inspector", "The cost cannot be negative."),
        AmountProblem.TOO_PRECISE: translate("Inspector", "Use at most two decimal places."),
        AmountProblem.TOO_LARGE: translate("Inspector", "The amount is too large."),
        AmountProblem.AMBIGUOUS: translate("Inspector", "Thousands or decimals? Type 1500 or 1.50."),
    }[error.problem]


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
