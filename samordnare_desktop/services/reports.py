"""The quarterly report: gather a period's figures as plain data, keep the coordinator's text.

``ReportService.gather(start, end)`` returns :class:`ReportData`; ``pdf.report.build`` lays it
out. The free text is saved per period (from, to) in ``report_text``.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.action_plan import (
    ActionPlan,
    ActionStatus,
    FollowUp,
    PlanAction,
    PlanArea,
    PlanChange,
    PlanStatus,
)
from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.domain.municipality import Municipality
from samordnare_desktop.domain.participant import Participant, Person
from samordnare_desktop.domain.time_study import ReportText
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.care_places import CarePlaceService, CareSummary
from samordnare_desktop.services.overview import AreaCount, MunicipalityRef, common_areas
from samordnare_desktop.services.participants import AttendanceSummary, summarise
from samordnare_desktop.services.time_study import (
    CategoryRow,
    StudyRow,
    StudySummary,
    median_shares,
    pooled,
)
from samordnare_desktop.services.visits import VisitFilter, VisitRow

if TYPE_CHECKING:
    from samordnare_desktop.services.municipalities import MunicipalityService
    from samordnare_desktop.services.time_study import TimeStudyService
    from samordnare_desktop.services.visits import VisitService


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
    studies: tuple[StudySummary, ...]  # ended in the period, or made before its visits
    pooled: StudySummary  # all their respondents together
    median: dict[uuid.UUID, float]  # programme median share (first measurements)


@dataclass(frozen=True)
class PlanEvent:
    """A plan received, or followed up, in the period."""

    municipality_code: str
    municipality_name: str
    day: date
    status: PlanStatus
    areas: int
    actions: int


@dataclass(frozen=True)
class Letterhead:
    """Who sends the report, to whom, and the diarienummer it is filed under (on the cover)."""

    sender: str = ""
    recipient: str = ""
    reference: str = ""


def default_recipient() -> str:
    return translate("reports", "Ministry of Health and Social Affairs")


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
    participants: AttendanceSummary
    plans_received: tuple[PlanEvent, ...]
    plans_followed_up: tuple[PlanEvent, ...]
    areas: tuple[AreaCount, ...]  # development areas chosen by two or more municipalities
    overdue_at_end: int  # open actions whose due date passed by the period's end
    text: str
    created: date
    letterhead: Letterhead = Letterhead()
    care: CareSummary | None = None  # care places: the newest period begun by the end


def _status_at_end(
    now: PlanStatus, before_later_change: str | None, followed_up_on: date | None, end: date
) -> PlanStatus:
    """A plan's status on the period's last day: followed up if its follow-up was held by then,
    else its status before the first change made after the period (or today's)."""
    if followed_up_on is not None and followed_up_on <= end:
        return PlanStatus.FOLLOWED_UP
    status = PlanStatus(before_later_change) if before_later_change else now
    return PlanStatus.AGREED if status is PlanStatus.FOLLOWED_UP else status


class ReportService:
    def __init__(
        self,
        db: Database,
        municipalities: MunicipalityService,
        visits: VisitService,
        time_studies: TimeStudyService,
        care_places: CarePlaceService | None = None,
    ) -> None:
        self.db = db
        self.municipalities = municipalities
        self.visits = visits
        self.time_studies = time_studies
        self.care_places = care_places or CarePlaceService(db)

    # the coordinator's text ------------------------------------------------------------------------
    def text_for(self, start: date, end: date) -> str:
        with self.db.read() as s:
            row = s.scalar(
                select(ReportText).where(
                    ReportText.period_start == start, ReportText.period_end == end
                )
            )
            return row.text if row else ""

    def letterhead_for(self, start: date, end: date) -> Letterhead:
        """The period's sender, recipient and diarienummer; for a period not yet saved, those of
        the report saved last (the same coordinator writes to the same ministry under the same
        assignment), else those of the assignment (``services.assignment``: coordinator,
        ministry, diarienummer), else the ministry as recipient."""
        with self.db.read() as s:
            row = s.scalar(
                select(ReportText).where(
                    ReportText.period_start == start, ReportText.period_end == end
                )
            )
            if row is None or not (row.sender or row.recipient or row.reference):
                row = s.scalar(
                    select(ReportText)
                    .where((ReportText.sender != "") | (ReportText.recipient != ""))
                    .order_by(ReportText.updated_at.desc())
                    .limit(1)
                )
            if row is not None:
                return Letterhead(row.sender, row.recipient, row.reference)
        from samordnare_desktop.services.assignment import AssignmentService

        assignment = AssignmentService(self.db).get()
        if assignment is None:
            return Letterhead(recipient=default_recipient())
        return Letterhead(
            assignment.coordinator,
            assignment.ministry or default_recipient(),
            assignment.reference,
        )

    def save_text(
        self, start: date, end: date, text: str, letterhead: Letterhead | None = None
    ) -> None:
        """Save the period's text (and its letterhead, when given; otherwise it is kept)."""
        check_period(start, end)
        text = v.optional_text(text, "text", max_length=v.MAX_LONG_TEXT, multiline=True)
        if letterhead is not None:
            letterhead = Letterhead(
                v.optional_text(letterhead.sender, "sender", max_length=200),
                v.optional_text(letterhead.recipient, "recipient", max_length=200),
                v.optional_text(letterhead.reference, "reference", max_length=100),
            )
        with self.db.write() as s:
            row = s.scalar(
                select(ReportText).where(
                    ReportText.period_start == start, ReportText.period_end == end
                )
            )
            if row is None:
                row = ReportText(period_start=start, period_end=end, text=text)
                s.add(row)
            elif row.text != text:
                row.text = text
            if letterhead is not None:
                for field in ("sender", "recipient", "reference"):
                    if getattr(row, field, None) != getattr(letterhead, field):
                        setattr(row, field, getattr(letterhead, field))

    # the figures -------------------------------------------------------------------------------------
    def gather(
        self,
        start: date,
        end: date,
        *,
        today: date | None = None,
        time_study: bool = True,
        overdue_on: date | None = None,
    ) -> ReportData:
        """The period's figures; ``time_study=False`` leaves the time-study section out (the
        final report compares the programme's first and second measurements instead).
        ``overdue_on``: count the actions overdue on that day (at most ``end``) instead of at
        the period's end (the final report's end lies ahead: it says what is overdue today)."""
        check_period(start, end)
        visits = tuple(
            r
            for r in self.visits.list(VisitFilter(date_from=start, date_to=end))
            if r.status is not VisitStatus.CANCELLED
        )
        counts = Counter(r.kind for r in visits)
        ts = self.time_studies
        categories = ts.categories()
        studies = self._period_studies(ts.list(), visits, start, end) if time_study else []
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
        programme_size = sum(1 for m in self.municipalities.list() if m.in_programme)
        plans_received, plans_followed_up, areas, overdue = self._plans(
            start, end, min(overdue_on or end, end)
        )
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
            participants=self._participants([r.id for r in visits]),
            plans_received=plans_received,
            plans_followed_up=plans_followed_up,
            areas=areas,
            overdue_at_end=overdue,
            text=self.text_for(start, end),
            created=today or date.today(),
            letterhead=self.letterhead_for(start, end),
            care=self.care_places.summary_at(end),
        )

    @staticmethod
    def _period_studies(
        every: list[StudyRow], visits: tuple[VisitRow, ...], start: date, end: date
    ) -> list[StudyRow]:
        """The period's time studies: those that ended in it, and for each first or follow-up
        visit in it the municipality's measurement made before that visit."""
        chosen = {r.id: r for r in every if start <= r.end_date <= end}
        for visit in visits:
            if visit.kind not in (VisitKind.FIRST, VisitKind.FOLLOW_UP):
                continue
            before = [
                r
                for r in every
                if r.municipality_id == visit.municipality_id and r.end_date <= visit.day
            ]
            if before:
                chosen.setdefault(before[-1].id, before[-1])
        return sorted(chosen.values(), key=lambda r: (r.end_date, r.municipality_name))

    def _participants(self, visit_ids: list[uuid.UUID]) -> AttendanceSummary:
        """Everyone on the lists of the period's visits, per category (counts, no names)."""
        if not visit_ids:
            return summarise(())
        with self.db.read() as s:
            rows = s.execute(
                select(Person.category, Participant.attended, func.count())
                .join(Person, Participant.person_id == Person.id)
                .where(
                    Participant.visit_id.in_(visit_ids),
                    Participant.deleted_at.is_(None),
                    Person.deleted_at.is_(None),
                )
                .group_by(Person.category, Participant.attended)
            ).all()
        from samordnare_desktop.services.headcounts import HeadcountService

        # people counted without a record each (a headcount) count as present in their category
        counted = [(c, True, n) for _, c, n in HeadcountService(self.db).counts(visit_ids)]
        return summarise([*rows, *counted])

    def _plans(
        self, start: date, end: date, overdue_on: date
    ) -> tuple[tuple[PlanEvent, ...], tuple[PlanEvent, ...], tuple[AreaCount, ...], int]:
        with self.db.read() as s:
            sizes: dict[uuid.UUID, list[int]] = {}
            for plan_id, area_id, action_id in s.execute(
                select(PlanArea.plan_id, PlanArea.id, PlanAction.id)
                .outerjoin(
                    PlanAction,
                    (PlanAction.area_id == PlanArea.id) & PlanAction.deleted_at.is_(None),
                )
                .where(PlanArea.deleted_at.is_(None))
            ):
                entry = sizes.setdefault(plan_id, [0, 0, set()])
                if area_id not in entry[2]:
                    entry[2].add(area_id)
                    entry[0] += 1
                entry[1] += action_id is not None
            plans = s.execute(
                select(ActionPlan, Municipality.code, Municipality.name)
                .join(Municipality, ActionPlan.municipality_id == Municipality.id)
                .where(ActionPlan.deleted_at.is_(None))
                .order_by(Municipality.name)
            ).all()
            held = dict(
                s.execute(
                    select(FollowUp.plan_id, func.min(FollowUp.held_on))
                    .where(FollowUp.deleted_at.is_(None), FollowUp.held_on.is_not(None))
                    .group_by(FollowUp.plan_id)
                ).all()
            )
            area_rows = s.execute(
                select(PlanArea.name, ActionPlan.municipality_id)
                .join(ActionPlan, PlanArea.plan_id == ActionPlan.id)
                .where(PlanArea.deleted_at.is_(None), ActionPlan.deleted_at.is_(None))
            ).all()
            # Figures as they stood at the period's end: a status changed after it is read back
            # from the change history (its old value), a follow-up counts from its day.
            after_end = datetime.combine(end + timedelta(days=1), time())
            status_then: dict[uuid.UUID, str] = {}
            for subject_id, old_value in s.execute(
                select(PlanChange.subject_id, PlanChange.old_value)
                .where(PlanChange.field == "status", PlanChange.created_at >= after_end)
                .order_by(PlanChange.created_at.desc())
            ):
                status_then[subject_id] = old_value  # the earliest change after the end wins
            status_on = status_then
            if overdue_on < end:  # the statuses as they stood on that day
                status_on = {}
                for subject_id, old_value in s.execute(
                    select(PlanChange.subject_id, PlanChange.old_value)
                    .where(
                        PlanChange.field == "status",
                        PlanChange.created_at
                        >= datetime.combine(overdue_on + timedelta(days=1), time()),
                    )
                    .order_by(PlanChange.created_at.desc())
                ):
                    status_on[subject_id] = old_value
            due_actions = s.execute(
                select(
                    PlanAction.id, PlanAction.status, ActionPlan.received_on, PlanAction.created_at
                )
                .join(PlanArea, PlanAction.area_id == PlanArea.id)
                .join(ActionPlan, PlanArea.plan_id == ActionPlan.id)
                .where(
                    PlanAction.deleted_at.is_(None),
                    PlanArea.deleted_at.is_(None),
                    ActionPlan.deleted_at.is_(None),
                    PlanAction.due_date < overdue_on,
                )
            ).all()
            overdue = 0
            for action_id, status, received_on, created_at in due_actions:
                known_since = received_on or created_at.date()
                if known_since > overdue_on:
                    continue  # the action was not in a plan yet
                then = status_on.get(action_id) or status.value
                if then not in (ActionStatus.DONE.value, ActionStatus.DROPPED.value):
                    overdue += 1
            refs = {
                m.id: MunicipalityRef(m.id, m.code, m.name)
                for m in s.scalars(select(Municipality).where(Municipality.in_programme.is_(True)))
            }
        received, followed = [], []
        for plan, code, name in plans:
            areas, actions, _ = sizes.get(plan.id, [0, 0, None])
            day = held.get(plan.id)
            status = _status_at_end(plan.status, status_then.get(plan.id), day, end)
            if plan.received_on and start <= plan.received_on <= end:
                received.append(PlanEvent(code, name, plan.received_on, status, areas, actions))
            if day and start <= day <= end:
                followed.append(PlanEvent(code, name, day, status, areas, actions))
        recurring = tuple(a for a in common_areas(area_rows, refs) if a.count >= 2)
        return (
            tuple(sorted(received, key=lambda e: e.day)),
            tuple(sorted(followed, key=lambda e: e.day)),
            recurring,
            int(overdue or 0),
        )

    def build_pdf(self, start: date, end: date) -> bytes:
        from samordnare_desktop.pdf.report import build

        return build(self.gather(start, end))

    def build_docx(self, start: date, end: date) -> bytes:
        """The same report as an editable Word document (``services.report_document``)."""
        from samordnare_desktop.services.report_document import quarterly_document
        from samordnare_desktop.word.render import render

        return render(quarterly_document(self.gather(start, end)))

    def write_docx(self, start: date, end: date, path: Path) -> Path:
        from samordnare_desktop.files import write_docx

        return write_docx(Path(path), self.build_docx(start, end))

    def write_pdf(self, start: date, end: date, path: Path) -> Path:
        from samordnare_desktop.files import write_pdf

        return write_pdf(Path(path), self.build_pdf(start, end))
