"""Amounts as people type them, read and shown without Qt."""

from decimal import Decimal

import pytest

from shoppermap.domain.amounts import AmountError, AmountProblem, format_amount, parse_amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("1500", Decimal("1500")),
        ("1 500,50", Decimal("1500.50")),
        ("1,500.50", Decimal("1500.50")),
        ("1.500,50", Decimal("1500.50")),
        ("2500 PLN", Decimal("2500")),
        ("€12,5", Decimal("12.50")),
        ("1.000.000", Decimal("1000000")),
        ("3.00", Decimal("3")),
    ],
)
def test_amounts_are_read_as_people_type_them(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize(
    ("text", "problem", "message"),
    [
        ("abc", AmountProblem.NOT_A_NUMBER, "Type an amount, for example 1500 or 1500,50."),
        ("Infinity", AmountProblem.NOT_A_NUMBER, "Type an amount, for example 1500 or 1500,50."),
        ("-5", AmountProblem.NEGATIVE, "The cost cannot be negative."),
        ("1.234", AmountProblem.TOO_PRECISE, "Use at most two decimal places."),
        ("1000000000000", AmountProblem.TOO_LARGE, "The amount is too large."),
    ],
)
def test_a_refused_amount_says_why(text, problem, message):
    with pytest.raises(AmountError) as caught:
        parse_amount(text)
    assert caught.value.problem is problem
    assert str(caught.value) == message


def test_amounts_are_shown_without_needless_decimals():
    assert format_amount(None) == ""
    assert format_amount(Decimal("1500")) == "1500"
    assert format_amount(Decimal("1500.5")) == "1500.50"
    assert format_amount(Decimal("1500.5"), grouped=True) == "1\u202f500.50"
