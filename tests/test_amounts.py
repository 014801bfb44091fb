"""Amounts as people type them, read and shown without Qt."""

from decimal import Decimal

import pytest

from shoppermap.domain.amounts import (
    AmountError,
    AmountProblem,
    format_amount,
    parse_amount,
    parse_count,
    parse_percent,
)


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
        ("-5", AmountProblem.NEGATIVE, "The number cannot be negative."),
        ("1.2345", AmountProblem.TOO_PRECISE, "Use at most two decimal places."),
        ("1.234", AmountProblem.AMBIGUOUS, "Thousands or decimals? Type 1500 or 1.50."),
        ("1,500", AmountProblem.AMBIGUOUS, "Thousands or decimals? Type 1500 or 1.50."),
        ("1.50.0", AmountProblem.NOT_A_NUMBER, "Type an amount, for example 1500 or 1500,50."),
        ("1,5.50", AmountProblem.NOT_A_NUMBER, "Type an amount, for example 1500 or 1500,50."),
        ("−5", AmountProblem.NEGATIVE, "The number cannot be negative."),
        ("1000000000000", AmountProblem.TOO_LARGE, "The amount is too large."),
    ],
)
def test_a_refused_amount_says_why(text, problem, message):
    with pytest.raises(AmountError) as caught:
        parse_amount(text)
    assert caught.value.problem is problem
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("text", "decimal_mark", "expected"),
    [
        # what a Pole types, with the Polish interface's decimal comma
        ("1.500", ",", Decimal("1500")),
        ("1 500", ",", Decimal("1500")),
        ("1500,50", ",", Decimal("1500.50")),
        ("1.500,50", ",", Decimal("1500.50")),
        ("14 500,5 zł", ",", Decimal("14500.50")),
        ("0,500", ",", Decimal("0.50")),
        ("1500,500", ",", Decimal("1500.50")),
        # what an Englishman types, with the decimal point
        ("1,500", ".", Decimal("1500")),
        ("1,500.50", ".", Decimal("1500.50")),
        ("1500.5", ".", Decimal("1500.50")),
        ("12,000", ".", Decimal("12000")),
        # two decimals are decimals whichever mark is used
        ("1500.50", ",", Decimal("1500.50")),
        ("1500,50", ".", Decimal("1500.50")),
    ],
)
def test_amounts_follow_the_interface_languages_decimal_mark(text, decimal_mark, expected):
    assert parse_amount(text, decimal_mark=decimal_mark) == expected


@pytest.mark.parametrize(("text", "decimal_mark"), [("1,500", ","), ("1.500", "."), ("4,500", ",")])
def test_three_digits_after_the_decimal_mark_itself_are_refused_not_read_small(text, decimal_mark):
    with pytest.raises(AmountError) as caught:
        parse_amount(text, decimal_mark=decimal_mark)
    assert caught.value.problem is AmountProblem.AMBIGUOUS


def test_amounts_are_shown_in_the_interface_languages_format():
    assert format_amount(Decimal("14500.5"), grouped=True, decimal_mark=",", group_mark="\u00a0") == (
        "14\u00a0500,50"
    )
    assert format_amount(Decimal("14500.5"), decimal_mark=",") == "14500,50"
    assert format_amount(Decimal("1234567"), grouped=True, decimal_mark=",", group_mark=" ") == "1 234 567"
    assert parse_amount(
        format_amount(Decimal("14500.5"), grouped=True, decimal_mark=","), decimal_mark=","
    ) == (Decimal("14500.50"))


def test_amounts_are_shown_without_needless_decimals():
    assert format_amount(None) == ""
    assert format_amount(Decimal("1500")) == "1500"
    assert format_amount(Decimal("1500.5")) == "1500.50"
    assert format_amount(Decimal("1500.5"), grouped=True) == "1\u202f500.50"


@pytest.mark.parametrize(
    ("text", "mark", "count"),
    [("48", ",", 48), ("1 200", ",", 1200), ("1.200", ",", 1200), ("1,200", ".", 1200), ("", ",", None)],
)
def test_counts_are_read_as_people_type_them(text, mark, count):
    assert parse_count(text, decimal_mark=mark) == count


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("1,5", AmountProblem.NOT_WHOLE),
        ("2.25", AmountProblem.NOT_WHOLE),
        ("-3", AmountProblem.NEGATIVE),
        ("20000000", AmountProblem.TOO_LARGE),
        ("abc", AmountProblem.NOT_A_NUMBER),
    ],
)
def test_counts_refuse_what_is_no_whole_number(text, problem):
    with pytest.raises(AmountError) as caught:
        parse_count(text, decimal_mark=",")
    assert caught.value.problem is problem


def test_percentages_take_a_percent_sign_and_a_ceiling():
    assert parse_percent("12,5 %", decimal_mark=",") == Decimal("12.50")
    assert parse_percent("30%", decimal_mark=".") == Decimal("30")
    assert parse_percent("", decimal_mark=".") is None
    with pytest.raises(AmountError) as caught:
        parse_percent("100,5", decimal_mark=",", most=Decimal(100))
    assert caught.value.problem is AmountProblem.OVER_100
    assert parse_percent("250", decimal_mark=",") == Decimal("250")  # an uplift may be above 100 %
