"""Whole numbers as people type them (domain.validation): read as typed, never a neighbour."""

from __future__ import annotations

import pytest

from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.services.agendas import AgendaItemInput, validate_item


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("90", 90),
        (" 90 ", 90),
        ("90 min", 90),
        ("90min", 90),
        ("90 MIN", 90),
        ("1 000", 1000),
        ("-5", -5),
        ("\u22125", -5),  # the minus sign a word processor types
        ("\uff19\uff10", 90),  # full-width digits
        ("0", 0),
    ],
)
def test_numbers_read_as_typed(typed: str, read: int) -> None:
    assert v.read_number(typed, "min") == read


@pytest.mark.parametrize("typed", ["", "  ", "abc", "9.5", "9,5", "5-", "90 h", "--5", "1e3"])
def test_anything_else_is_no_number(typed: str) -> None:
    assert v.read_number(typed, "min") is None


def test_refusals_say_what_to_type() -> None:
    with pytest.raises(ValidationError) as caught:
        v.parse_number("abc", "duration_minutes", 1, 720, "min")
    assert caught.value.field == "duration_minutes"
    assert caught.value.message == "”abc” är inget tal. Skriv ett tal från 1 till 720 min."
    with pytest.raises(ValidationError) as caught:
        v.parse_number(" ", "copies", 1, 500)
    assert caught.value.message == "Skriv ett tal från 1 till 500."
    assert v.parse_number("1000", "duration_minutes", 1, 720, "min") == 1000  # range: not here


@pytest.mark.parametrize("minutes", [0, -5, 721, 1000])
def test_the_agenda_item_refuses_a_duration_out_of_range(minutes: int) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_item(AgendaItemInput(title="Fika", duration_minutes=minutes))
    assert caught.value.field == "duration_minutes"
    assert caught.value.message == "Skriv ett tal från 1 till 720 min."
