"""The final report (*slutrapport*, issue #18 part 6): a structured draft from the programme.

``FinalReportService.document()`` gathers everything once into a plain
:class:`~samordnare_desktop.domain.document.Document`: the assignment, the programme in numbers
(the quarterly report's figures over the whole assignment, the follow-up outcomes, the time study
before and after, care places), findings and good examples by level and theme, proposals, and the
annexes. ``build_docx`` and ``build_pdf`` render that same document; the Word file is the one
finished by hand. Findings come from :meth:`FindingService.export_rows`, so no child is named.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from samordnare_desktop import collector
from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain import document as d
from samordnare_desktop.domain.action_plan import (
    ActionStatus,
    Assessment,
    FollowUp,
    FollowUpAction,
    FollowUpArea,
)
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.formatting import long_date, short_date
from samordnare_desktop.i18n import translate
from samordnare_desktop.pdf.report import percent, thousands
from samordnare_desktop.services import final_report_findings as findings_part
from samordnare_desktop.services.report_document import care_blocks, participant_blocks

if TYPE_CHECKING:
    from samordnare_desktop.domain.assignment import AssignmentData
    from samordnare_desktop.services.findings import FindingService
    from samordnare_desktop.services.municipalities import MunicipalityService
    from samordnare_desktop.services.reports import ReportData, ReportService
    from samordnare_desktop.services.time_study import TimeStudyService

Progress = Callable[[int, int], None]


def load_assignment(db: Database) -> AssignmentData | None:
    """The assignment (``services.assignment``) or None while it is not set."""
    from samordnare_desktop.services.assignment import AssignmentService

    return AssignmentService(db).get()


class FinalReportService:
    def __init__(
        self,
        db: Database,
        municipalities: MunicipalityService,
        reports: ReportService,
        time_studies: TimeStudyService,
        findings: FindingService,
    ) -> None:
        self.db = db
        self.municipalities = municipalities
        self.reports = reports
        self.time_studies = time_studies
        self.findings = findings

    # --- the content ---------------------------------------------------------------------------
    def document(
        self, *, today: date | None = None, progress: Progress | None = None
    ) -> d.Document:
        """The draft's content, gathered once (see the module's doc)."""
        with _without_cycle_collector():
            return self._document(today=today, progress=progress)

    def _document(self, *, today: date | None, progress: Progress | None) -> d.Document:
        def step(n: int) -> None:
            if progress is not None:
                progress(n, 10)

        today = today or date.today()
        assignment = load_assignment(self.db)
        step(0)
        first, last = self._meeting_days()
        start = getattr(assignment, "start", None) or first or today
        final = getattr(assignment, "final_report_date", None)
        end = max(day for day in (today, last, final) if day is not None)
        start = min(start, end)
        # "N actions overdue today": counted on today, not on the end (the final report date)
        data = self.reports.gather(start, end, today=today, time_study=False, overdue_on=today)
        visits = list(data.visits)  # the assignment's meetings, cancelled ones left out
        step(3)
        blocks: list[d.Block] = []
        blocks += _assignment(assignment, today)
        blocks += self._numbers(data, visits)
        step(5)
        rows = self.findings.export_rows()
        step(7)
        blocks += findings_part.findings_blocks(rows)
        blocks += findings_part.proposal_blocks(rows)
        blocks += _annexes(visits, [m for m in self.municipalities.list() if m.in_programme])
        step(9)
        coordinator = getattr(assignment, "coordinator", "") or ""
        ministry = getattr(assignment, "ministry", "") or data.letterhead.recipient
        reference = getattr(assignment, "reference", "") or data.letterhead.reference
        return d.Document(
            title=translate("final_report", "Final report"),
            subtitle=getattr(assignment, "name", "")
            or translate("final_report", "National coordinator for social child and youth care"),
            created=today,
            cover=(
                (translate("final_report", "Period"), f"{long_date(start)} – {long_date(end)}"),
                (translate("final_report", "From"), coordinator or data.letterhead.sender),
                (translate("final_report", "To"), ministry),
                (translate("final_report", "Reference no."), reference),
                (translate("final_report", "Draft created"), short_date(today)),
            ),
            blocks=tuple(blocks),
            header_right=translate("final_report", "National coordinator"),
        )

    def _meeting_days(self) -> tuple[date | None, date | None]:
        """The first and the last meeting's day (None, None without meetings)."""
        from samordnare_desktop.domain.visit import Visit

        with self.db.read() as s:
            first, last = s.execute(
                select(func.min(Visit.day), func.max(Visit.day)).where(Visit.deleted_at.is_(None))
            ).one()
        return first, last

    def _numbers(self, data: ReportData, visits: list) -> list[d.Block]:
        out: list[d.Block] = [d.Heading(translate("final_report", "The programme in numbers"), 1)]
        live = [v for v in visits if v.status is not VisitStatus.CANCELLED]
        held = Counter(v.kind for v in live if v.status is VisitStatus.HELD)
        planned = Counter(v.kind for v in live if v.status is not VisitStatus.HELD)
        visited = len(
            {v.municipality_id for v in live if v.municipality_id and v.status is VisitStatus.HELD}
        )
        out.append(d.Heading(translate("final_report", "Meetings"), 2))
        out.append(
            d.Para(
                translate(
                    "final_report",
                    "{held} meetings held and {planned} planned; {visited} of the programme's "
                    "{programme} municipalities visited.",
                ).format(
                    held=thousands(sum(held.values())),
                    planned=thousands(sum(planned.values())),
                    visited=visited,
                    programme=data.programme_size,
                )
            )
        )
        rows = [
            (kind.label(), thousands(held[kind]), thousands(planned[kind]))
            for kind in VisitKind
            if held[kind] or planned[kind]
        ]
        rows.append(
            (
                translate("final_report", "Total"),
                thousands(sum(held.values())),
                thousands(sum(planned.values())),
            )
        )
        out.append(
            d.Table(
                (
                    translate("final_report", "Kind of meeting"),
                    translate("final_report", "Held"),
                    translate("final_report", "Planned"),
                ),
                tuple(rows),
                (0.5, 0.25, 0.25),
                numeric_from=1,
                total_row=True,
            )
        )
        out.append(d.Heading(translate("final_report", "Participants by category"), 2))
        out += participant_blocks(
            data.participants,
            translate("final_report", "{total} on the meetings' lists, {attended} attended."),
        )
        out += _plans(data)
        out += self._follow_ups()
        out += self._time_study()
        out += care_blocks(data.care)
        return out

    def _follow_ups(self) -> list[d.Block]:
        """How the development areas were assessed, and the actions' status, at follow-up."""
        with self.db.read() as s:
            live = FollowUp.deleted_at.is_(None)
            areas = dict(
                s.execute(
                    select(FollowUpArea.assessment, func.count())
                    .join(FollowUp, FollowUp.id == FollowUpArea.follow_up_id)
                    .where(live, FollowUpArea.assessment.is_not(None))
                    .group_by(FollowUpArea.assessment)
                ).all()
            )
            actions = dict(
                s.execute(
                    select(FollowUpAction.status, func.count())
                    .join(FollowUp, FollowUp.id == FollowUpAction.follow_up_id)
                    .where(live, FollowUpAction.status.is_not(None))
                    .group_by(FollowUpAction.status)
                ).all()
            )
        out: list[d.Block] = [d.Heading(translate("final_report", "Follow-up outcomes"), 2)]
        if not areas and not actions:
            return [
                *out,
                d.Para(
                    translate("final_report", "No action plan has been followed up yet."), "meta"
                ),
            ]

        def table(title: str, counts: dict, members: list) -> d.Table:
            total = sum(counts.values())
            rows = [
                (m.label(), thousands(counts.get(m, 0)), percent(counts.get(m, 0) / total))
                for m in members
            ]
            rows.append(
                (
                    translate("final_report", "Total"),
                    thousands(total),
                    percent(1.0) if total else "–",
                )
            )
            return d.Table(
                (title, translate("final_report", "Number"), translate("final_report", "Share")),
                tuple(rows),
                (0.6, 0.2, 0.2),
                1,
                True,
            )

        if areas:
            out.append(
                table(
                    translate("final_report", "Development areas, assessed"),
                    areas,
                    list(Assessment),
                )
            )
        if actions:
            out.append(
                table(
                    translate("final_report", "Actions, status at the follow-up"),
                    actions,
                    list(ActionStatus),
                )
            )
        return out

    def _time_study(self) -> list[d.Block]:
        """The programme's respondents at the first and the second measurement, side by side."""
        comparison = self.time_studies.programme_comparison()
        out: list[d.Block] = [
            d.Heading(translate("final_report", "Time study before and after"), 2)
        ]
        if not comparison.studies:
            return [
                *out,
                d.Para(translate("final_report", "No time study in the programme yet."), "meta"),
            ]
        first = comparison.studies[0].overall
        second = comparison.studies[1].overall if len(comparison.studies) > 1 else None
        out.append(
            d.Para(
                translate(
                    "final_report",
                    "First measurements: {first} respondents. Second measurements: {second} "
                    "respondents.",
                ).format(
                    first=thousands(first.respondents),
                    second=thousands(second.respondents) if second else "0",
                )
            )
        )
        rows = []
        for c in comparison.categories:
            before = first.share(c.id)
            after = second.share(c.id) if second else None
            change = "–"
            if after is not None:
                points = (after - before) * 100
                change = f"{points:+.1f}".replace(".", ",").replace("-", "−")
            rows.append(
                (
                    c.name,
                    percent(before),
                    percent(after) if after is not None else "–",
                    change,
                    percent(comparison.median.get(c.id, 0.0)),
                )
            )
        out.append(
            d.Table(
                (
                    translate("final_report", "Category"),
                    translate("final_report", "Before"),
                    translate("final_report", "After"),
                    translate("final_report", "Change, points"),
                    translate("final_report", "Median before"),
                ),
                tuple(rows),
                (0.36, 0.13, 0.13, 0.22, 0.16),
                numeric_from=1,
            )
        )
        out.append(
            d.Para(
                translate(
                    "final_report",
                    "Share of all reported working time. Before: every municipality's first "
                    "measurement; after: its second. Median before: the median across "
                    "municipalities of their first measurement.",
                ),
                "small",
            )
        )
        return out

    # --- output --------------------------------------------------------------------------------
    def build_docx(self, progress: Progress | None = None, *, today: date | None = None) -> bytes:
        from samordnare_desktop.word.render import render

        with _without_cycle_collector():
            return render(
                self.document(today=today, progress=_scaled(progress, 0, 60)),
                _scaled(progress, 60, 100),
            )

    def build_pdf(self, progress: Progress | None = None, *, today: date | None = None) -> bytes:
        from samordnare_desktop.pdf.blocks import build

        with _without_cycle_collector():
            return build(
                self.document(today=today, progress=_scaled(progress, 0, 40)),
                _scaled(progress, 40, 100),
            )

    def write(
        self, path: Path, progress: Progress | None = None, *, today: date | None = None
    ) -> Path:
        """Write the draft as .docx or .pdf (by the name's ending), atomically."""
        from samordnare_desktop.files import write_docx, write_pdf

        path = Path(path)
        suffix = path.suffix.lower()
        if suffix == ".docx":
            return write_docx(path, self.build_docx(progress, today=today))
        if suffix == ".pdf":
            return write_pdf(path, self.build_pdf(progress, today=today))
        raise UserError(
            translate("final_report", "The final report is written as .docx (Word) or .pdf.")
        )


def _assignment(assignment: Any | None, today: date) -> list[d.Block]:
    out: list[d.Block] = [d.Heading(translate("final_report", "The assignment"), 1)]
    if assignment is None:
        return [
            *out,
            d.Para(translate("final_report", "The assignment is not described yet.")),
            d.Para(
                translate(
                    "final_report",
                    "Describe it under Settings › The assignment, then create the draft again.",
                ),
                "meta",
            ),
        ]

    def day(value: date | None) -> str:
        return long_date(value) if value else "–"

    months = getattr(assignment, "report_every_months", None)
    weeks = getattr(assignment, "plan_due_weeks", None)
    rows = (
        (translate("final_report", "Assignment"), assignment.name or "–"),
        (translate("final_report", "Coordinator"), assignment.coordinator or "–"),
        (translate("final_report", "Ministry"), assignment.ministry or "–"),
        (translate("final_report", "Reference no."), assignment.reference or "–"),
        (translate("final_report", "Start"), day(assignment.start)),
        (
            translate("final_report", "Reports to the ministry"),
            translate("final_report", "every %n month(s)", None, months) if months else "–",
        ),
        (translate("final_report", "Final report due"), day(assignment.final_report_date)),
        (
            translate("final_report", "Action plan due"),
            translate("final_report", "%n week(s) after the first visit", None, weeks)
            if weeks
            else "–",
        ),
    )
    return [
        *out,
        d.Table(
            (translate("final_report", "What"), translate("final_report", "Detail")),
            rows,
            (0.35, 0.65),
        ),
        d.Para(
            translate(
                "final_report",
                "This is a draft made from the programme's data on {date}: the figures, "
                "findings and annexes are the app's; the analysis and conclusions are "
                "written here by hand.",
            ).format(date=long_date(today)),
            "meta",
        ),
    ]


def _plans(data: ReportData) -> list[d.Block]:
    received, followed = len(data.plans_received), len(data.plans_followed_up)
    out: list[d.Block] = [
        d.Heading(translate("final_report", "Action plans"), 2),
        d.Para(
            translate(
                "final_report",
                "{received} action plans received and {followed} followed up; "
                "{overdue} actions overdue today.",
            ).format(received=received, followed=followed, overdue=data.overdue_at_end)
        ),
    ]
    if data.areas:
        out.append(
            d.Table(
                (
                    translate("final_report", "Development area"),
                    translate("final_report", "Municipalities"),
                ),
                tuple((a.name, str(a.count)) for a in data.areas[:20]),
                (0.75, 0.25),
                numeric_from=1,
            )
        )
    return out


def _annexes(visits: list, programme: list) -> list[d.Block]:
    live = sorted(
        (v for v in visits if v.status is not VisitStatus.CANCELLED),
        key=lambda v: (v.day, v.start_time or time.min),
    )
    first: dict = {}
    follow: dict = {}
    for v in live:
        if v.kind is VisitKind.FIRST:
            first.setdefault(v.municipality_id, v.day)
        elif v.kind is VisitKind.FOLLOW_UP:
            follow.setdefault(v.municipality_id, v.day)
    out: list[d.Block] = [
        d.PageBreak(),
        d.Heading(translate("final_report", "Annexes"), 1),
        d.Heading(translate("final_report", "Annex 1. Municipalities in the programme"), 2),
        d.Table(
            (
                translate("final_report", "Code"),
                translate("final_report", "Municipality"),
                translate("final_report", "County"),
                translate("final_report", "First visit"),
                translate("final_report", "Follow-up"),
            ),
            tuple(
                (
                    m.code,
                    m.name,
                    m.county_name,
                    short_date(first[m.id]) if m.id in first else "–",
                    short_date(follow[m.id]) if m.id in follow else "–",
                )
                for m in programme
            ),
            (0.1, 0.26, 0.28, 0.18, 0.18),
        ),
        d.Heading(translate("final_report", "Annex 2. Meetings"), 2),
        d.Table(
            (
                translate("final_report", "Date"),
                translate("final_report", "Kind"),
                translate("final_report", "Municipality or organisations"),
                translate("final_report", "Status"),
            ),
            tuple((short_date(v.day), v.kind.label(), _where(v), v.status.label()) for v in live),
            (0.15, 0.22, 0.48, 0.15),
        ),
        d.Heading(translate("final_report", "Annex 3. Dialogue meetings with organisations"), 2),
    ]
    dialogues = [v for v in live if v.kind is VisitKind.DIALOGUE]
    if dialogues:
        out.append(
            d.Table(
                (
                    translate("final_report", "Date"),
                    translate("final_report", "Meeting"),
                    translate("final_report", "Organisations"),
                ),
                tuple(
                    (
                        short_date(v.day),
                        v.title or v.kind.label(),
                        "; ".join(v.organisation_names),
                    )
                    for v in dialogues
                ),
                (0.15, 0.35, 0.5),
            )
        )
    else:
        out.append(d.Para(translate("final_report", "No dialogue meetings."), "meta"))
    return out


@contextmanager
def _without_cycle_collector() -> Iterator[None]:
    """No cyclic garbage collection while a report is built: its hundreds of thousands of short
    objects (rows, cells, flowables, XML elements) made Python scan them again and again, a third
    of the time for the 10x programme. Reference counting still frees them; a collection runs
    after."""
    with collector.held():
        yield


def _where(v: Any) -> str:
    if v.municipality_code:
        return f"{v.municipality_name} ({v.municipality_code})"
    return "; ".join(v.organisation_names) or v.title


def _scaled(progress: Progress | None, low: int, high: int) -> Progress | None:
    """``progress`` for one part of the work: its (done, total) mapped into low..high of 100."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        progress(low + (high - low) * done // max(total, 1), 100)

    return report
