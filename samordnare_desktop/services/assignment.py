"""The assignment (*uppdraget*, issue #18 part 5): read and save its one row.

``AssignmentService.get()`` returns :class:`AssignmentData` (plain data) or ``None`` while no
assignment is set; the final report, the quarterly report and the clock on Översikt read it here.
"""

from __future__ import annotations

from sqlalchemy import select

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain.assignment import (
    Assignment,
    AssignmentData,
    report_dates,
    validate_assignment,
)
from samordnare_desktop.domain.errors import ensure_version

__all__ = ["AssignmentData", "AssignmentService", "report_dates"]

_FIELDS = (
    "name",
    "coordinator",
    "ministry",
    "reference",
    "report_every_months",
    "final_report_date",
    "plan_due_weeks",
)


def _data(row: Assignment) -> AssignmentData:
    return AssignmentData(
        name=row.name,
        coordinator=row.coordinator,
        ministry=row.ministry,
        reference=row.reference,
        start=row.start_date,
        report_every_months=row.report_every_months,
        final_report_date=row.final_report_date,
        plan_due_weeks=row.plan_due_weeks,
        version=row.version,
    )


class AssignmentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> AssignmentData | None:
        """The assignment, or ``None`` while none is set."""
        with self.db.read() as s:
            row = s.scalar(select(Assignment).where(Assignment.slot == 1))
            return _data(row) if row is not None else None

    def save(self, data: AssignmentData) -> AssignmentData:
        """Save the assignment (the one row, made on first save). ``data.version`` is the version
        it was read at (0: new); an edit made on a row that changed since is refused."""
        clean = validate_assignment(data)
        with self.db.write() as s:
            row = s.scalar(select(Assignment).where(Assignment.slot == 1))
            if row is None:
                row = Assignment(slot=1, start_date=clean.start)
                s.add(row)
            else:
                ensure_version(row.version, clean.version)
            if row.start_date != clean.start:
                row.start_date = clean.start
            for field in _FIELDS:
                if getattr(row, field) != getattr(clean, field):
                    setattr(row, field, getattr(clean, field))
            s.flush()
            return _data(row)
