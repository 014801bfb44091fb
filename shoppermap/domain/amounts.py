"""Amounts of money as people type and read them: exact decimals with at most two places."""

from __future__ import annotations

import re
from decimal import Decimal
from enum import StrEnum

MAX_AMOUNT = Decimal("999999999999.99")  # what the file's 14 digits with 2 decimals can hold


class AmountProblem(StrEnum):
    """Why a text is not an acceptable amount; the interface says each in the user's language."""

    NOT_A_NUMBER = "not_a_number"
    NEGATIVE = "negative"
    TOO_PRECISE = "too_precise"
    TOO_LARGE = "too_large"
    AMBIGUOUS = "ambiguous"
    NOT_WHOLE = "not_whole"
    OVER_100 = "over_100"


# the English words; the interface translates the problem itself (see ui/vocabulary.py)
MESSAGES = {
    AmountProblem.NOT_A_NUMBER: "Type an amount, for example 1500 or 1500,50.",
    AmountProblem.NEGATIVE: "The number cannot be negative.",
    AmountProblem.TOO_PRECISE: "Use at most two decimal places.",
    AmountProblem.TOO_LARGE: "The amount is too large.",
    AmountProblem.AMBIGUOUS: "Thousands or decimals? Type 1500 or 1.50.",
    AmountProblem.NOT_WHOLE: "Type a whole number, for example 48.",
    AmountProblem.OVER_100: "A margin is at most 100%.",
}
MAX_COUNT = 10_000_000  # as models.MAX_COUNT: stores or units per store
MAX_UPLIFT = Decimal(10_000)


class AmountError(ValueError):
    """Text that is not an acceptable amount: `problem` says why, the message in English."""

    def __init__(self, problem: AmountProblem) -> None:
        super().__init__(MESSAGES[problem])
        self.problem = problem


_SPACES = re.compile(r"[\s\u00a0\u202f']")
_CURRENCY = re.compile(r"^(?:[A-Z]{3}|zł|€|\$|£)|(?:[A-Z]{3}|zł|€|\$|£)$")
_GROUPED = re.compile(r"^[1-9]\d{0,2}(?:\d{3})*$")  # digits of a number written in groups of three


def parse_amount(text: str, *, decimal_mark: str | None = None) -> Decimal | None:
    """Read an amount as people type it: '1500', '1 500,50', '1,500.50', '2500 PLN'; '' is no amount.

    `decimal_mark` is the interface language's ("," in Polish, "." in English). It settles the one
    case that is otherwise a guess: a single mark followed by three digits. '1.500' is fifteen hundred
    where the decimal mark is ",", and '1,500' where it is "."; written with the decimal mark itself,
    or with no decimal mark known, it could be either, and is refused rather than read as 1.50.
    """
    s = _SPACES.sub("", text).strip()
    s = _CURRENCY.sub("", s)  # a currency written before or after the number
    if not s:
        return None
    sign = ""
    if s[0] in "-+\u2212":
        sign, s = ("" if s[0] == "+" else "-"), s[1:]
    marks = [c for c in s if c in ",."]
    whole, fraction = s, ""
    if len(set(marks)) == 2:  # '1,500.50', '1.500,50': the last mark is the decimal one
        last = max(s.rfind(","), s.rfind("."))
        whole, fraction = s[:last], s[last + 1 :]
        whole = _ungrouped(whole, group_mark="." if s[last] == "," else ",")
    elif len(marks) > 1:  # '1.500.000': a decimal mark comes once, so these group thousands
        whole = _ungrouped(s, group_mark=marks[0])
    elif marks:
        mark = marks[0]
        whole, fraction = s.split(mark)
        if len(fraction) == 3 and _GROUPED.match(whole + fraction) and len(whole) <= 3:
            if decimal_mark is None or mark == decimal_mark:
                raise AmountError(AmountProblem.AMBIGUOUS)
            whole, fraction = whole + fraction, ""
    number = sign + whole + ("." + fraction if fraction else "")
    if not re.fullmatch(r"-?\d*\.?\d*", number) or not re.search(r"\d", number):
        raise AmountError(AmountProblem.NOT_A_NUMBER)
    amount = Decimal(number)
    if amount < 0:
        raise AmountError(AmountProblem.NEGATIVE)
    if amount.as_tuple().exponent < -2 and amount != amount.quantize(Decimal("0.01")):
        raise AmountError(AmountProblem.TOO_PRECISE)
    if amount > MAX_AMOUNT:
        raise AmountError(AmountProblem.TOO_LARGE)
    integral = amount == amount.to_integral_value()
    return abs(amount.quantize(Decimal("1") if integral else Decimal("0.01")))


def _ungrouped(digits: str, *, group_mark: str) -> str:
    """'1.500.000' -> '1500000', refusing groups that are not of three ('1.50.0')."""
    joined = digits.replace(group_mark, "")
    groups = digits.split(group_mark)
    if not groups[0] or not all(len(g) == 3 for g in groups[1:]) or not _GROUPED.match(joined):
        raise AmountError(AmountProblem.NOT_A_NUMBER)
    return joined


def format_amount(
    amount: Decimal | None, *, grouped: bool = False, decimal_mark: str = ".", group_mark: str = "\u202f"
) -> str:
    """An amount as shown to people: '1500' or '1500.50'; with `grouped`, '1 500.50'.

    The interface passes its language's marks: Polish shows '14 500,50'.
    """
    if amount is None:
        return ""
    whole = amount == amount.to_integral_value()
    text = ("{:,.0f}" if whole else "{:,.2f}").format(amount)
    return text.replace(",", "\0").replace(".", decimal_mark).replace("\0", group_mark if grouped else "")


def parse_count(text: str, *, decimal_mark: str | None = None) -> int | None:
    """A whole number as people type it: '48', '1 200', '1.200' (Polish grouping); '' is none."""
    try:
        amount = parse_amount(text, decimal_mark=decimal_mark)
    except AmountError as exc:
        if exc.problem is AmountProblem.TOO_PRECISE:
            raise AmountError(AmountProblem.NOT_WHOLE) from None
        raise
    if amount is None:
        return None
    if amount != amount.to_integral_value():
        raise AmountError(AmountProblem.NOT_WHOLE)
    if amount > MAX_COUNT:
        raise AmountError(AmountProblem.TOO_LARGE)
    return int(amount)


def parse_percent(
    text: str, *, decimal_mark: str | None = None, most: Decimal = MAX_UPLIFT
) -> Decimal | None:
    """A percentage as people type it: '12,5', '12.5 %', '30%'; '' is none. At most `most`."""
    amount = parse_amount(text.strip().removesuffix("%"), decimal_mark=decimal_mark)
    if amount is not None and amount > most:
        raise AmountError(AmountProblem.OVER_100 if most == 100 else AmountProblem.TOO_LARGE)
    return amount
