"""The assignment (issue #18 part 5): one row, validated, saved and read back as plain data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from samordnare_desktop.domain.assignment import Assignment, AssignmentData, add_months
from samordnare_desktop.domain.errors import StaleEditError, ValidationError
from samordnare_desktop.services.assignment import report_dates
from samordnare_desktop.services.registry import Services

PROGRAMME = AssignmentData(
    name="  Nationell samordnare för den sociala barn- och ungdomsvården ",
    coordinator="Eva Samordnare",
    ministry="Socialdepartementet",
    reference="S2025/00123",
    start=date(2025, 2, 1),
    report_every_months=3,
    final_report_date=date(2025, 12, 31),
    plan_due_weeks=8,
)


def test_nothing_set_reads_none(services: Services) -> None:
    assert services.assignment.get() is None


def test_saved_once_read_back_and_edited_in_the_one_row(services: Services) -> None:
    saved = services.assignment.save(PROGRAMME)
    assert saved.name == "Nationell samordnare för den sociala barn- och ungdomsvården"
    assert saved.version == 1
    got = services.assignment.get()
    assert got == saved
    edited = services.assignment.save(replace(got, report_every_months=2, coordinator="Ada"))
    assert edited.report_every_months == 2 and edited.coordinator == "Ada"
    assert edited.version == 2
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Assignment)) == 1
    # an edit made on the version read before refuses, the newer edit stays
    with pytest.raises(StaleEditError):
        services.assignment.save(replace(got, ministry="Finansdepartementet"))
    # a second "new" assignment is an edit of a row read at no version: refused too
    with pytest.raises(StaleEditError):
        services.assignment.save(PROGRAMME)
    assert services.assignment.get().ministry == "Socialdepartementet"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": "   "}, "name"),
        ({"final_report_date": date(2025, 2, 1)}, "final_report_date"),
        ({"final_report_date": date(2024, 12, 31)}, "final_report_date"),
        ({"report_every_months": 0}, "report_every_months"),
        ({"report_every_months": 13}, "report_every_months"),
        ({"report_every_months": True}, "report_every_months"),
        ({"plan_due_weeks": 0}, "plan_due_weeks"),
        ({"reference": "S" * 101}, "reference"),
        ({"start": None}, "start"),
    ],
)
def test_bad_input_is_refused_on_its_field(services: Services, change: dict, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.assignment.save(replace(PROGRAMME, **change))
    assert caught.value.field == field
    assert services.assignment.get() is None


def test_report_dates_every_rhythm_months_before_the_final_report() -> None:
    assert report_dates(PROGRAMME) == (
        date(2025, 5, 1),
        date(2025, 8, 1),
        date(2025, 11, 1),
    )
    monthly_from_the_31st = replace(
        PROGRAMME, start=date(2025, 1, 31), report_every_months=1, final_report_date=date(2025, 5, 1)
    )
    assert report_dates(monthly_from_the_31st) == (
        date(2025, 2, 28),
        date(2025, 3, 31),
        date(2025, 4, 30),
    )
    assert add_months(date(2024, 11, 30), 3) == date(2025, 2, 28)
    assert add_months(date(2023, 11, 29), 3) == date(2024, 2, 29)
