"""Programme data as one XLSX workbook, one sheet per kind, no personal data.

Sheets: municipalities (in the programme), visits, time studies (one row per study and
category with computed share and minutes a day) and time-study respondents (anonymous rows).
Written by ``tabular.xlsx_bytes``, so text a spreadsheet would run as a formula (= + - @ at the
start) is neutralised as in every other export.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from samordnare_desktop.i18n import translate
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitFilter


@dataclass(frozen=True)
class Sheet:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


class ProgrammeExport:
    def __init__(self, services: Services) -> None:
        self.services = services

    def sheets(self) -> list[Sheet]:
        s = self.services
        programme = [m for m in s.municipalities.list() if m.in_programme]
        members = {m.id for m in programme}
        visits = [v for v in s.visits.list(VisitFilter()) if v.municipality_id in members]
        ts = s.insights.time_studies
        categories = ts.categories()
        studies = ts.list()
        summaries = ts.summaries(studies, categories)
        sheets = [
            Sheet(
                translate("export", "Municipalities"),
                (
                    translate("export", "Code"),
                    translate("export", "Municipality"),
                    translate("export", "County"),
                ),
                tuple((m.code, m.name, m.county_name) for m in programme),
            ),
            Sheet(
                translate("export", "Visits"),
                (
                    translate("export", "Code"),
                    translate("export", "Municipality"),
                    translate("export", "Date"),
                    translate("export", "Kind"),
                    translate("export", "Status"),
                    translate("export", "Title"),
                ),
                tuple(
                    (
                        v.municipality_code,
                        v.municipality_name,
                        v.day,
                        v.kind.label(),
                        v.status.label(),
                        v.title,
                    )
                    for v in visits
                ),
            ),
            Sheet(
                translate("export", "Time studies"),
                (
                    translate("export", "Code"),
                    translate("export", "Municipality"),
                    translate("export", "Measurement"),
                    translate("export", "Label"),
                    translate("export", "From"),
                    translate("export", "To"),
                    translate("export", "Respondents"),
                    translate("export", "Days measured"),
                    translate("export", "Category"),
                    translate("export", "Minutes"),
                    translate("export", "Share"),
                    translate("export", "Minutes a day"),
                ),
                tuple(
                    (
                        x.study.municipality_code,
                        x.study.municipality_name,
                        x.study.ordinal,
                        x.study.label,
                        x.study.start_date,
                        x.study.end_date,
                        x.overall.respondents,
                        x.overall.days,
                        c.name,
                        c.minutes,
                        round(c.share, 4),
                        round(c.per_day, 1),
                    )
                    for x in summaries
                    for c in x.overall.categories
                ),
            ),
            self._respondents_sheet(studies, categories),
        ]
        return sheets

    def _respondents_sheet(self, studies: Sequence, categories: Sequence) -> Sheet:
        ts = self.services.insights.time_studies
        rows = []
        for study in studies:
            for number, r in enumerate(ts.details(study.id).respondents, start=1):
                rows.append(
                    (
                        study.municipality_code,
                        study.municipality_name,
                        study.ordinal,
                        r.label or str(number),
                        r.role.label(),
                        r.days,
                        *(r.minutes.get(c.id, 0) for c in categories),
                    )
                )
        return Sheet(
            translate("export", "Time study respondents"),
            (
                translate("export", "Code"),
                translate("export", "Municipality"),
                translate("export", "Measurement"),
                translate("export", "Respondent"),
                translate("export", "Role"),
                translate("export", "Days measured"),
                *(c.name for c in categories),
            ),
            tuple(rows),
        )

    def workbook_bytes(self) -> bytes:
        from samordnare_desktop.services import tabular

        # One writer for every spreadsheet: formula neutralising, XML-safe text, bold header.
        return tabular.xlsx_bytes([tabular.Sheet(x.title, x.header, x.rows) for x in self.sheets()])

    def write_xlsx(self, path: Path) -> Path:
        from samordnare_desktop.files import atomic_write_bytes

        atomic_write_bytes(Path(path), self.workbook_bytes())
        return Path(path)
