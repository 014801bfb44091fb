"""Amounts of money as people type and read them: exact decimals with at most two places."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from enum import StrEnum

MAX_AMOUNT = Decimal("999999999999.99")  # what the file's 14 digits with 2 decimals can hold


class AmountProblem(StrEnum):
    """Why a text is not an acceptable amount; the interface says each in the user's language."""

    NOT_A_NUMBER = "not_a_number"
    NEGATIVE = "negative"
    TOO_PRECISE = "too_precise"
    TOO_LARGE = "too_large"


# the English words; the interface translates the problem itself (see ui/vocabulary.py)
MESSAGES = {
    AmountProblem.NOT_A_NUMBER: "Type an amount, for example 1500 or 1500,50.",
    AmountProblem.NEGATIVE: "The cost cannot be negative.",
    AmountProblem.TOO_PRECISE: "Use at most two decimal places.",
    AmountProblem.TOO_LARGE: "The amount is too large.",
}


class AmountError(ValueError):
    """Text that is not an acceptable amount: `problem` says why, the message in English."""

    def __init__(self, problem: AmountProblem) -> None:
        super().__init__(MESSAGES[problem])
        self.problem = problem


_SPACES = re.compile(r"[\s\u00a0\u202f']")
_CURRENCY = re.compile(r"^(?:[A-Z]{3}|zł|€|\$|£)|(?:[A-Z]{3}|zł|€|\$|£)$")


def parse_amount(text: str) -> Decimal | None:
    """Read an amount as people type it: '1500', '1 500,50', '1,500.50', '2500 PLN'; '' is no amount."""
    s = _SPACES.sub("", text).strip()
    s = _CURRENCY.sub("", s)  # a currency written before or after the number
    if not s:
        return None
    if "," in s and "." in s:
        decimal_mark = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if decimal_mark == "," else ",", "").replace(decimal_mark, ".")
    elif s.count(",") == 1:
        s = s.replace(",", ".")
    elif s.count(",") > 1 or s.count(".") > 1:
        s = s.replace(",", "").replace(".", "")
    try:
        amount = Decimal(s)
    except InvalidOperation:
        raise AmountError(AmountProblem.NOT_A_NUMBER) from None
    if not amount.is_finite():
        raise AmountError(AmountProblem.NOT_A_NUMBER)
    if amount < 0:
        raise AmountError(AmountProblem.NEGATIVE)
    if amount.as_tuple().exponent < -2 and amount != amount.quantize(Decimal("0.01")):
        raise AmountError(AmountProblem.TOO_PRECISE)
    if amount > MAX_AMOUNT:
        raise AmountError(AmountProblem.TOO_LARGE)
    whole = amount == amount.to_integral_value()
    return abs(amount.quantize(Decimal("1") if whole else Decimal("0.01")))


def format_amount(amount: Decimal | None, *, grouped: bool = False) -> str:
    """An amount as shown to people: '1500' or '1500.50'; with `grouped`, '1 500.50'."""
    if amount is None:
        return ""
    whole = amount == amount.to_integral_value()
    pattern = "{:,.0f}" if whole else "{:,.2f}"
    text = pattern.format(amount)
    return text.replace(",", "\u202f") if grouped else text.replace(",", "")
