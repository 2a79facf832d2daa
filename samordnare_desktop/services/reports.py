"""The quarterly report: gather a period's figures as plain data, keep the coordinator's text.

``ReportService.gather(start, end)`` returns :class:`ReportData`; ``pdf.report.build`` lays it
out. The free text is saved per period (from, to) in ``report_text``.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.domain.time_study import ReportText
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.time_study import (
    CategoryRow,
    StudySummary,
    median_shares,
    pooled,
)
from samordnare_desktop.services.visits import VisitFilter, VisitRow


def quarter_range(year: int, quarter: int) -> tuple[date, date]:
    """First and last day of quarter 1-4 of ``year``."""
    if not 1 <= quarter <= 4:
        raise ValidationError("quarter", translate("reports", "A quarter is 1, 2, 3 or 4."))
    start = date(year, 3 * quarter - 2, 1)
    end = date(year + (quarter == 4), 1 if quarter == 4 else 3 * quarter + 1, 1)
    return start, date.fromordinal(end.toordinal() - 1)


def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def period_label(start: date, end: date) -> str:
    """ "Kvartal 1 2026" for a whole quarter, otherwise "2026-01-15 – 2026-02-28"."""
    year, quarter = quarter_of(start)
    if (start, end) == quarter_range(year, quarter):
        return translate("reports", "Quarter {quarter} {year}").format(quarter=quarter, year=year)
    return f"{start.isoformat()} – {end.isoformat()}"


def check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError(
            "end", translate("reports", "The period must end on or after its first day.")
        )


@dataclass(frozen=True)
class TimeStudySection:
    categories: tuple[CategoryRow, ...]
    studies: tuple[StudySummary, ...]  # studies that ended within the period
    pooled: StudySummary  # all their respondents together
    median: dict[uuid.UUID, float]  # programme median share (first measurements)


@dataclass(frozen=True)
class ReportData:
    start: date
    end: date
    title: str
    period: str
    programme_size: int
    visits: tuple[VisitRow, ...]
    visit_counts: tuple[tuple[VisitKind, int], ...]
    municipalities_visited: int
    time_study: TimeStudySection | None
    text: str
    created: date


class ReportService:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.db = services.db

    # the coordinator's text ------------------------------------------------------------------------
    def text_for(self, start: date, end: date) -> str:
        with self.db.read() as s:
            row = s.scalar(
                select(ReportText).where(
                    ReportText.period_start == start, ReportText.period_end == end
                )
            )
            return row.text if row else ""

    def save_text(self, start: date, end: date, text: str) -> None:
        check_period(start, end)
        text = v.optional_text(text, "text", max_length=v.MAX_LONG_TEXT, multiline=True)
        with self.db.write() as s:
            row = s.scalar(
                select(ReportText).where(
                    ReportText.period_start == start, ReportText.period_end == end
                )
            )
            if row is None:
                s.add(ReportText(period_start=start, period_end=end, text=text))
            elif row.text != text:
                row.text = text

    # the figures -------------------------------------------------------------------------------------
    def gather(self, start: date, end: date, *, today: date | None = None) -> ReportData:
        check_period(start, end)
        visits = tuple(
            r
            for r in self.services.visits.list(VisitFilter(date_from=start, date_to=end))
            if r.status is not VisitStatus.CANCELLED
        )
        counts = Counter(r.kind for r in visits)
        ts = self.services.insights.time_studies
        categories = ts.categories()
        studies = ts.list(ended_from=start, ended_to=end)
        section = None
        if studies:
            summaries = ts.summaries(studies, categories)
            programme = [r for r in ts.programme_studies() if r.ordinal == 1]
            section = TimeStudySection(
                tuple(categories),
                tuple(summaries),
                pooled(summaries, categories),
                median_shares(ts.summaries(programme, categories), categories),
            )
        programme_size = sum(1 for m in self.services.municipalities.list() if m.in_programme)
        return ReportData(
            start=start,
            end=end,
            title=translate("reports", "Quarterly report"),
            period=period_label(start, end),
            programme_size=programme_size,
            visits=visits,
            visit_counts=tuple((kind, counts[kind]) for kind in VisitKind if counts[kind]),
            municipalities_visited=len({r.municipality_id for r in visits}),
            time_study=section,
            text=self.text_for(start, end),
            created=today or date.today(),
        )

    def build_pdf(self, start: date, end: date) -> bytes:
        from samordnare_desktop.pdf.report import build

        return build(self.gather(start, end))

    def write_pdf(self, start: date, end: date, path: Path) -> Path:
        from samordnare_desktop.files import atomic_write_bytes

        atomic_write_bytes(Path(path), self.build_pdf(start, end))
        return Path(path)
