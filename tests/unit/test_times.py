"""Times of day as people type them (issue #14: 9, 930, 9.30, 09:30 all read as meant; nothing
unreadable is ever turned into another time)."""

from __future__ import annotations

from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samordnare_desktop.domain.times import parse_time


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("9", time(9, 0)),
        ("09", time(9, 0)),
        ("930", time(9, 30)),
        ("0930", time(9, 30)),
        ("9.30", time(9, 30)),
        ("09.30", time(9, 30)),
        ("9:30", time(9, 30)),
        ("09:30", time(9, 30)),
        ("9,30", time(9, 30)),
        (" 9 30 ", time(9, 30)),
        ("1530", time(15, 30)),
        ("0", time(0, 0)),
        ("23.59", time(23, 59)),
        ("000", time(0, 0)),
    ],
)
def test_what_people_type_is_read_as_meant(typed: str, meant: time) -> None:
    assert parse_time(typed) == meant


@pytest.mark.parametrize(
    "typed",
    [
        "24",
        "2400",
        "25.00",
        "9.7",
        "9.300",
        "960",
        "9:60",
        "12345",
        "abc",
        "9-30",
        "9.",
        ".30",
        "-9",
        "9h",
        "٩",
    ],
)
def test_anything_else_is_refused_with_the_text_kept_in_the_message(typed: str) -> None:
    with pytest.raises(ValueError, match="inte en tid") as caught:
        parse_time(typed)
    assert typed.strip() in str(caught.value)
    assert "9.30" in str(caught.value)  # the message says how to type it


def test_empty_is_no_time() -> None:
    assert parse_time("") is None and parse_time("  ") is None and parse_time(None) is None


@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from([".", ":", ",", ""]))
def test_every_written_time_reads_back(hour: int, minute: int, separator: str) -> None:
    for hours in {f"{hour}", f"{hour:02d}"}:
        assert parse_time(f"{hours}{separator}{minute:02d}") == time(hour, minute)


@given(st.text(max_size=6))
def test_never_a_time_that_was_not_typed(text: str) -> None:
    """Whatever is typed, the result is refused or carries exactly the typed digits."""
    try:
        found = parse_time(text)
    except ValueError:
        return
    if found is None:
        assert not text.strip()
        return
    digits = "".join(c for c in text if c in "0123456789")
    if len(digits) <= 2:
        assert found == time(int(digits), 0)
    else:
        assert int(digits) == found.hour * 100 + found.minute
