"""The time-study import reads its columns through the shared ``tabular.map_headers``."""

from __future__ import annotations

import uuid

import pytest

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.domain.time_study import RespondentRole as Role
from samordnare_desktop.services.time_study import CategoryRow
from samordnare_desktop.services.time_study_import import interpret

TRAVEL = CategoryRow(uuid.uuid4(), 1, "travel", "Resor", 1)
INDIRECT = CategoryRow(uuid.uuid4(), 1, "indirect", "Indirekt tid (dokumentation)", 2)
CATEGORIES = (TRAVEL, INDIRECT)


def test_wide_headers_match_loosely_and_totals_are_ignored() -> None:
    rows = [
        ["Nr.", "ROLL:", "Mät-dagar", "Resor", "indirekt tid", "Summa"],
        ["A", "Enhetschef", "5", "100", "20", "120"],
        ["B", "Utredare", "4,5", "", "30", "30"],
    ]
    result = interpret(rows, CATEGORIES)
    assert result.layout == "wide" and result.ignored_columns == ("Summa",)
    first, second = result.respondents
    assert (first.label, first.role, first.days) == ("A", Role.MANAGER, 5)
    assert first.minutes == {TRAVEL.id: 100, INDIRECT.id: 20}
    assert (second.role, second.days, second.minutes) == (Role.INVESTIGATOR, 4.5, {INDIRECT.id: 30})


def test_long_layout_found_by_english_headers() -> None:
    rows = [
        ["Respondent", "Role", "Days measured", "Category", "Tid (min)"],
        ["1", "Manager", "5", "Resor", "10"],
        ["1", "Manager", "5", "indirect", "15"],
    ]
    result = interpret(rows, CATEGORIES)
    assert result.layout == "long" and result.total(TRAVEL.id) == 10
    assert result.total(INDIRECT.id) == 15 and result.count(Role.MANAGER) == 1


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (["Dagar", "Resor"], "Roll"),
        (["Roll", "Resor"], "Dagar"),
        (["Roll", "Dagar", "Fika"], "Fika"),
    ],
)
def test_missing_or_unknown_columns_are_named(header, message) -> None:
    with pytest.raises(UserError, match=message):
        interpret([header, ["x"] * len(header)], CATEGORIES)
