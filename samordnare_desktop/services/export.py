"""Programme data as one XLSX workbook, one sheet per kind, no personal data.

Sheets: municipalities (in the programme), visits, participant counts per visit and category,
action plans (one row per action), follow-ups, time studies (one row per study and category with
computed share and minutes a day) and time-study respondents (anonymous rows).
Written with ``services.tabular`` (text a spreadsheet would run as a formula is neutralised).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from samordnare_desktop.db.engine import Database
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.care_places import CarePlaceService
from samordnare_desktop.services.tabular import Sheet
from samordnare_desktop.services.visits import VisitFilter, VisitRow

if TYPE_CHECKING:
    from samordnare_desktop.services.action_plan_follow_up import FollowUpService
    from samordnare_desktop.services.action_plans import ActionPlanService
    from samordnare_desktop.services.municipalities import MunicipalityService
    from samordnare_desktop.services.time_study import TimeStudyService
    from samordnare_desktop.services.visits import VisitService


class ProgrammeExport:
    def __init__(
        self,
        db: Database,
        municipalities: MunicipalityService,
        visits: VisitService,
        time_studies: TimeStudyService,
        action_plans: ActionPlanService,
        follow_ups: FollowUpService,
        care_places: CarePlaceService | None = None,
    ) -> None:
        self.db = db
        self.municipalities = municipalities
        self.visits = visits
        self.time_studies = time_studies
        self.action_plans = action_plans
        self.follow_ups = follow_ups
        self.care_places = care_places or CarePlaceService(db)

    def sheets(self) -> list[Sheet]:
        s = self
        programme = [m for m in s.municipalities.list() if m.in_programme]
        members = {m.id for m in programme}
        visits = [v for v in s.visits.list(VisitFilter()) if v.municipality_id in members]
        ts = s.time_studies
        categories = ts.categories()
        studies = ts.list()
        summaries = ts.summaries(studies, categories)
        return [
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
            self._participants_sheet(visits),
            *self._plan_sheets(programme),
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
            self._care_sheet(),
        ]

    def _care_sheet(self) -> Sheet:
        """Placement figures, one row per municipality (region, SiS home) and period; counts
        only, 1-4 written "<5" like every document that leaves the app."""
        headers, rows = self.care_places.table()
        return Sheet(translate("export", "Care places"), headers, rows)

    def _participants_sheet(self, visits: Sequence[VisitRow]) -> Sheet:
        """Counts per visit and category: how many on the list, how many attended (no names)."""
        from sqlalchemy import func, select

        from samordnare_desktop.domain.participant import Participant, Person, category_order

        counts: dict[tuple, list[int]] = {}
        ids = [v.id for v in visits]
        if ids:
            with self.db.read() as session:
                for visit_id, category, attended, n in session.execute(
                    select(
                        Participant.visit_id, Person.category, Participant.attended, func.count()
                    )
                    .join(Person, Participant.person_id == Person.id)
                    .where(
                        Participant.visit_id.in_(ids),
                        Participant.deleted_at.is_(None),
                        Person.deleted_at.is_(None),
                    )
                    .group_by(Participant.visit_id, Person.category, Participant.attended)
                ):
                    entry = counts.setdefault((visit_id, category), [0, 0])
                    entry[0] += n
                    entry[1] += n if attended else 0
            # people counted without a record each (a headcount): on the list and present
            from samordnare_desktop.services.headcounts import HeadcountService

            for visit_id, category, n in HeadcountService(self.db).counts(ids):
                entry = counts.setdefault((visit_id, category), [0, 0])
                entry[0] += n
                entry[1] += n
        rows = []
        for v in visits:
            for (visit_id, category), (total, attended) in sorted(
                counts.items(), key=lambda item: category_order(item[0][1])
            ):
                if visit_id == v.id:
                    rows.append(
                        (
                            v.municipality_code,
                            v.municipality_name,
                            v.day,
                            v.kind.label(),
                            category.label(),
                            total,
                            attended,
                        )
                    )
        return Sheet(
            translate("export", "Participants"),
            (
                translate("export", "Code"),
                translate("export", "Municipality"),
                translate("export", "Date"),
                translate("export", "Visit"),
                translate("export", "Category"),
                translate("export", "On the list"),
                translate("export", "Attended"),
            ),
            tuple(rows),
        )

    def _plan_sheets(self, programme: Sequence) -> list[Sheet]:
        """One row per action (plans), and one per action at the follow-up (no owner names)."""
        from datetime import date

        plans_service = self.action_plans
        today = date.today()
        plan_rows, follow_rows = [], []
        for m in programme:
            plan = plans_service.plan_for(m.id)
            if plan is None:
                continue
            follow = self.follow_ups.follow_up(plan.id)
            for area in plan.areas:
                assessment = follow.area_assessment.get(area.id) if follow else None
                for action in area.actions or (None,):
                    plan_rows.append(
                        (
                            m.code,
                            m.name,
                            plan.status.label(),
                            plan.received_on,
                            area.name,
                            action.what if action else "",
                            action.start_date if action else None,
                            action.due_date if action else None,
                            action.status.label() if action else "",
                            (translate("export", "yes") if action.overdue(today) else "")
                            if action
                            else "",
                        )
                    )
                    if follow is not None and action is not None:
                        status = follow.action_status.get(action.id)
                        follow_rows.append(
                            (
                                m.code,
                                m.name,
                                follow.held_on,
                                area.name,
                                assessment.label() if assessment else "",
                                action.what,
                                status.label() if status else "",
                            )
                        )
        return [
            Sheet(
                translate("export", "Action plans"),
                (
                    translate("export", "Code"),
                    translate("export", "Municipality"),
                    translate("export", "Plan status"),
                    translate("export", "Received"),
                    translate("export", "Development area"),
                    translate("export", "Action"),
                    translate("export", "Start"),
                    translate("export", "Due"),
                    translate("export", "Status"),
                    translate("export", "Overdue"),
                ),
                tuple(plan_rows),
            ),
            Sheet(
                translate("export", "Follow-ups"),
                (
                    translate("export", "Code"),
                    translate("export", "Municipality"),
                    translate("export", "Held on"),
                    translate("export", "Development area"),
                    translate("export", "Assessment"),
                    translate("export", "Action"),
                    translate("export", "Status at the follow-up"),
                ),
                tuple(follow_rows),
            ),
        ]

    def _respondents_sheet(self, studies: Sequence, categories: Sequence) -> Sheet:
        ts = self.time_studies
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
        from samordnare_desktop.services.tabular import xlsx_bytes

        return xlsx_bytes(self.sheets())

    def write_xlsx(self, path: Path) -> Path:
        from samordnare_desktop.files import atomic_write_bytes

        atomic_write_bytes(Path(path), self.workbook_bytes())
        return Path(path)
