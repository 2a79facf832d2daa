"""The assignment (*uppdraget*): one row saying what the programme is, who runs it for which
ministry, under which diarienummer, and its clock: the first day, how often the minister gets a
report, the final report's date, and how soon after a first visit an action plan is expected.

One row at most (``slot`` is always 1 and unique): the file holds one assignment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.base import Entity
from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.i18n import translate

DEFAULT_REPORT_EVERY_MONTHS = 3
DEFAULT_PLAN_DUE_WEEKS = 8
MAX_PLAN_DUE_WEEKS = 104
MAX_REFERENCE = 100


class Assignment(Entity):
    __tablename__ = "assignment"
    __table_args__ = (CheckConstraint("slot = 1", name="one_row"),)

    slot: Mapped[int] = mapped_column(default=1, unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    coordinator: Mapped[str] = mapped_column(String(200), default="")
    ministry: Mapped[str] = mapped_column(String(200), default="")
    reference: Mapped[str] = mapped_column(String(MAX_REFERENCE), default="")
    start_date: Mapped[date]
    report_every_months: Mapped[int] = mapped_column(default=DEFAULT_REPORT_EVERY_MONTHS)
    final_report_date: Mapped[date]
    plan_due_weeks: Mapped[int] = mapped_column(default=DEFAULT_PLAN_DUE_WEEKS)


@dataclass(frozen=True)
class AssignmentData:
    """The assignment as plain data (what the services, the CLI and the window pass around)."""

    name: str
    coordinator: str
    ministry: str
    reference: str  # the diarienummer, e.g. S2025/01234
    start: date
    report_every_months: int
    final_report_date: date
    plan_due_weeks: int
    version: int = 0  # the saved row's version (0: not saved yet); a stale edit is refused


def _whole_number(value: object, field: str, low: int, high: int, message: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(field, message)
    return value


def validate_assignment(data: AssignmentData) -> AssignmentData:
    """``data`` cleaned, or the first problem as a :class:`ValidationError` on its field."""
    name = v.required_text(data.name, "name")
    coordinator = v.optional_text(data.coordinator, "coordinator")
    ministry = v.optional_text(data.ministry, "ministry")
    reference = v.optional_text(data.reference, "reference", max_length=MAX_REFERENCE)
    if not isinstance(data.start, date):
        raise ValidationError("start", translate("assignment", "Give the assignment's first day."))
    if not isinstance(data.final_report_date, date):
        raise ValidationError(
            "final_report_date", translate("assignment", "Give the final report's date.")
        )
    if data.final_report_date <= data.start:
        raise ValidationError(
            "final_report_date",
            translate("assignment", "The final report's date must come after the first day."),
        )
    every = _whole_number(
        data.report_every_months,
        "report_every_months",
        1,
        12,
        translate("assignment", "Report every 1 to 12 months."),
    )
    weeks = _whole_number(
        data.plan_due_weeks,
        "plan_due_weeks",
        1,
        MAX_PLAN_DUE_WEEKS,
        translate(
            "assignment", "An action plan is expected 1 to {max} weeks after a first visit."
        ).format(max=MAX_PLAN_DUE_WEEKS),
    )
    return AssignmentData(
        name,
        coordinator,
        ministry,
        reference,
        data.start,
        every,
        data.final_report_date,
        weeks,
        data.version,
    )


def add_months(day: date, months: int) -> date:
    """``day`` moved ``months`` calendar months on; the 31st becomes the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (date(year + month // 12, month % 12 + 1, 1) - date(year, month, 1)).days
    return date(year, month, min(day.day, last))


def report_dates(data: AssignmentData) -> tuple[date, ...]:
    """The dates the reports to the minister fall due: every ``report_every_months`` months from
    the first day, before the final report (which replaces the last regular one)."""
    found = []
    k = 1
    while True:
        day = add_months(data.start, k * data.report_every_months)
        if day >= data.final_report_date:
            return tuple(found)
        found.append(day)
        k += 1
