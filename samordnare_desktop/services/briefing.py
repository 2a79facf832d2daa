"""The briefing before a visit (*besöksunderlag*, issue #18 parts 2 and 4): one PDF with what the
coordinator wants to know on the train there. The municipality's facts, programme stage and
meetings so far, contacts, the action plan's status and overdue actions, its time study beside
the programme median, care-place figures when there are any, earlier findings there, and good
examples from other municipalities on the visit's themes.

Good examples: those the coordinator chose for the visit (``visit_briefing_example``, in the
order chosen); with none chosen, the :data:`AUTO_EXAMPLES` most relevant ones automatically:
the good examples from other municipalities that share the most of the visit's questions and
focus groups, the newest first among equals (:func:`most_relevant`).

Children are never named: every finding's text goes through the findings export's masking
(``services.findings.child_masker``). Care-place counts 1-4 print as "<5" (with the cells that
would give them away as "..").
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import exists, or_, select

from samordnare_desktop.db.dialects import unindexed
from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.domain.finding import (
    Finding,
    FindingOrganisation,
)
from samordnare_desktop.domain.organisation import Organisation
from samordnare_desktop.domain.visit import Visit, VisitKind, VisitStatus
from samordnare_desktop.i18n import translate
from samordnare_desktop.pdf.briefing_data import (
    BriefingAction,
    BriefingCare,
    BriefingCareLine,
    BriefingContact,
    BriefingDocument,
    BriefingFinding,
    BriefingPlan,
    BriefingStudyLine,
    BriefingTimeStudy,
    BriefingVisitLine,
)
from samordnare_desktop.services.briefing_examples import (
    AUTO_EXAMPLES,
    BriefingExamples,
    batches,
    most_relevant,
)
from samordnare_desktop.services.findings import FindingRow, FindingService, child_masker

if TYPE_CHECKING:
    from samordnare_desktop.services.time_study import TimeStudyService

__all__ = ["AUTO_EXAMPLES", "BriefingService", "most_relevant"]

EARLIER_FINDINGS = 40  # the newest earlier findings printed (the rest counted)


def _finding(
    row: FindingRow, mask, *, where: str = "", themes: Iterable[str] = ()
) -> BriefingFinding:
    return BriefingFinding(
        day=row.day,
        kind=row.kind_label,
        level=row.level_label,
        text=mask(row.text),
        themes="; ".join(t for t in themes if t),
        where=where or row.visit_label or ", ".join(row.organisation_names),
    )


class BriefingService(BriefingExamples):
    def __init__(self, db: Database, time_study: TimeStudyService | None = None) -> None:
        self.db = db
        self.findings = FindingService(db)
        # the app's own keeps the programme median between documents (it costs at 10x)
        self.time_study = time_study

    # --- which visit ------------------------------------------------------------------------
    def visit_for_municipality(self, code: str, today: date | None = None) -> uuid.UUID:
        """The meeting to brief for: the municipality's next first or follow-up visit (not
        cancelled), else its next other meeting, else its latest visit. A clear error for an
        unknown code or a municipality without meetings."""
        from samordnare_desktop.services.municipalities import MunicipalityService
        from samordnare_desktop.services.visits import VisitFilter, VisitService

        municipality = MunicipalityService(self.db).by_code(code)
        visits = [
            v
            for v in VisitService(self.db).list(VisitFilter(municipality_id=municipality.id))
            if v.status is not VisitStatus.CANCELLED
        ]
        if not visits:
            raise UserError(
                translate(
                    "briefing", "{name} ({code}) has no visit to prepare a briefing for."
                ).format(name=municipality.name, code=municipality.code)
            )
        today = today or date.today()
        programme = [v for v in visits if v.kind in (VisitKind.FIRST, VisitKind.FOLLOW_UP)]
        for group in (programme, visits):  # a first or follow-up visit before other meetings
            coming = [v for v in group if v.day >= today]
            if coming:
                return coming[0].id
        return (programme or visits)[-1].id

    # --- the document -----------------------------------------------------------------------
    def document(self, visit_id: uuid.UUID, *, printed_on: date | None = None) -> BriefingDocument:
        from samordnare_desktop.domain.visit_rules import ProgrammeStage
        from samordnare_desktop.services.visits import VisitFilter, VisitService

        visits = VisitService(self.db)
        visit = visits.get(visit_id)
        printed_on = printed_on or date.today()
        municipality_id = visit.municipality_id
        with self.db.read() as s:
            mask = child_masker(s)
        examples, chosen = self.examples(visit_id)
        rule = (
            translate("briefing", "Chosen by the coordinator for this visit.")
            if chosen
            else translate(
                "briefing",
                "Chosen automatically (none chosen for the visit): the {count} good examples "
                "from other municipalities that share the most of the visit's questions and "
                "focus groups, the newest first among equals.",
            ).format(count=AUTO_EXAMPLES)
        )
        example_lines = tuple(
            _finding(e.row, mask, themes=e.shared or e.row.theme_labels) for e in examples
        )
        facts: tuple[tuple[str, str], ...] = ()
        stage = ""
        lines: tuple[BriefingVisitLine, ...] = ()
        findings: tuple[BriefingFinding, ...] = ()
        more = 0
        plan = study = care = None
        county = visit.county_name
        if municipality_id is not None:
            facts = self._facts(municipality_id)
            stage = (
                visits.programme_stages([municipality_id])
                .get(municipality_id, ProgrammeStage.NONE)
                .label()
            )
            lines = tuple(
                BriefingVisitLine(
                    v.day, v.kind.label(), v.status.label(), mask(v.title), is_this=v.id == visit_id
                )
                for v in visits.list(VisitFilter(municipality_id=municipality_id))
            )
            found, more = self._earlier_findings(municipality_id, visit_id)
            findings = tuple(_finding(r, mask, themes=r.theme_labels) for r in found)
            plan = self._plan(municipality_id, printed_on)
            study = self._time_study(municipality_id)
            care = self._care(municipality_id)
        return BriefingDocument(
            municipality=visit.place_label,
            municipality_code=visit.municipality_code,
            county=county,
            visit_title=mask(visit.display_title),
            visit_kind=visit.kind.label(),
            day=visit.day,
            start_time=visit.start_time,
            end_time=visit.end_time,
            venue=", ".join(
                p for p in (visit.venue_name, visit.venue_room, visit.venue_address) if p
            ),
            facts=facts,
            stage=stage,
            visits=lines,
            questions=tuple(visits.questions_of(visit_id)),
            contacts=self._contacts(visit),
            plan=plan,
            time_study=study,
            care=care,
            findings=findings,
            findings_more=more,
            examples=example_lines,
            examples_rule=rule,
            printed_on=printed_on,
        )

    def pdf(self, visit_id: uuid.UUID, *, printed_on: date | None = None) -> bytes:
        from samordnare_desktop.pdf.briefing import briefing_pdf

        return briefing_pdf(self.document(visit_id, printed_on=printed_on))

    # --- the sections -----------------------------------------------------------------------
    def _facts(self, municipality_id: uuid.UUID) -> tuple[tuple[str, str], ...]:
        from samordnare_desktop.domain.municipality import Municipality

        with self.db.read() as s:
            m = s.get(Municipality, municipality_id)
            if m is None:
                return ()
            population = ""
            if m.population is not None:
                population = f"{m.population:,}".replace(",", "\u00a0")
                if m.population_year:
                    population += " " + translate("briefing", "({year})").format(
                        year=m.population_year
                    )
            group = " ".join(p for p in (m.municipality_group, m.municipality_group_name) if p)
            unknown = translate("briefing", "not imported")
            return (
                (translate("briefing", "Municipality code"), m.code),
                (translate("briefing", "County"), m.county.name),
                (translate("briefing", "Population"), population or unknown),
                (translate("briefing", "SKR municipality group"), group or unknown),
                (
                    translate("briefing", "In the programme"),
                    translate("briefing", "yes") if m.in_programme else translate("briefing", "no"),
                ),
            )

    def _contacts(self, visit) -> tuple[BriefingContact, ...]:
        from samordnare_desktop.services.municipalities import MunicipalityService

        if visit.municipality_id is None:
            from samordnare_desktop.services.organisations import OrganisationService

            organisations = OrganisationService(self.db)
            known = [c for o in visit.organisation_ids for c in organisations.contacts(o)]
        else:
            known = list(MunicipalityService(self.db).details(visit.municipality_id).contacts)
        host = translate("briefing", "Host")
        out = [
            BriefingContact(
                c.name,
                c.title,
                c.organisation,
                c.phone,
                c.email,
                role=host if c.id == visit.host_contact_id else "",
            )
            for c in known
        ]
        return tuple(sorted(out, key=lambda c: c.role != host))

    def _earlier_findings(
        self, municipality_id: uuid.UUID, visit_id: uuid.UUID
    ) -> tuple[list[FindingRow], int]:
        """Findings made at the municipality's other meetings or concerning its organisations,
        newest first; at most :data:`EARLIER_FINDINGS`, and how many more there are."""
        with self.db.read() as s:
            # two indexed lookups (by meeting, by organisation concerned), then the newest of
            # them: an OR of two EXISTS would scan every finding
            at_meetings = select(Finding.id).where(
                Finding.visit_id.in_(
                    select(Visit.id).where(
                        Visit.municipality_id == municipality_id,
                        Visit.id != visit_id,
                        Visit.deleted_at.is_(None),
                    )
                )
            )
            concerning = select(FindingOrganisation.finding_id).where(
                FindingOrganisation.organisation_id.in_(
                    select(Organisation.id).where(Organisation.municipality_id == municipality_id)
                )
            )
            found = set(s.scalars(at_meetings)) | set(s.scalars(concerning))
            pairs: list = []
            for batch in batches(list(found)):
                pairs += s.execute(
                    select(Finding.id, Finding.created_at).where(
                        Finding.id.in_(batch),
                        unindexed(Finding.deleted_at).is_(None),
                        or_(Finding.visit_id.is_(None), Finding.visit_id != visit_id),
                        # one concerning the municipality, made at a meeting since deleted
                        ~exists().where(
                            Visit.id == Finding.visit_id, Visit.deleted_at.is_not(None)
                        ),
                    )
                ).all()
        ids = [i for i, _at in sorted(pairs, key=lambda pair: pair[1], reverse=True)]
        rows = self.findings.rows(ids[:EARLIER_FINDINGS])
        return rows, max(0, len(ids) - EARLIER_FINDINGS)

    def _plan(self, municipality_id: uuid.UUID, today: date) -> BriefingPlan | None:
        from samordnare_desktop.domain.action_plan import ActionStatus
        from samordnare_desktop.services.action_plans import ActionPlanService

        plan = ActionPlanService(self.db).plan_for(municipality_id)
        if plan is None:
            return None
        overdue = tuple(
            BriefingAction(area.name, a.what, a.owner, a.due_date, a.status.label())
            for area in plan.areas
            for a in area.actions
            if a.overdue(today)
        )
        actions = plan.actions()
        return BriefingPlan(
            status=plan.status.label(),
            received_on=plan.received_on,
            areas=len(plan.areas),
            actions=len(actions),
            done=sum(1 for a in actions if a.status is ActionStatus.DONE),
            overdue=overdue,
        )

    def _time_study(self, municipality_id: uuid.UUID) -> BriefingTimeStudy | None:
        from samordnare_desktop.services.time_study import TimeStudyService

        service = self.time_study or TimeStudyService(self.db)
        comparison = service.comparison(municipality_id)
        if not comparison.studies:
            return None
        shown = list(comparison.studies)
        if len(shown) > 2:
            shown = [shown[0], shown[-1]]  # the first measurement and the latest
        latest = shown[-1].overall
        lines = tuple(
            BriefingStudyLine(
                c.name,
                tuple((x.overall.share(c.id) if x.overall.total_minutes else None) for x in shown),
                comparison.median.get(c.id),
            )
            for c in comparison.categories
        )
        return BriefingTimeStudy(
            studies=tuple(
                (
                    x.study.label,
                    f"{x.study.start_date.isoformat()} – {x.study.end_date.isoformat()}",
                )
                for x in shown
            ),
            lines=lines,
            respondents=latest.respondents,
            minutes_per_day=latest.minutes_per_day,
        )

    def _care(self, municipality_id: uuid.UUID) -> BriefingCare | None:
        from samordnare_desktop.domain.care_places import (
            HIDDEN,
            MAIN_FORMS,
            NEED_MEASURES,
            Measure,
            small_text,
        )
        from samordnare_desktop.services.care_places import CarePlaceService, protected_cells
        from samordnare_desktop.services.municipalities import organisation_for_municipality

        with self.db.read() as s:
            organisation_id = organisation_for_municipality(s, municipality_id)
        if organisation_id is None:
            return None
        care = CarePlaceService(self.db)
        reports = care.reports(organisation_id=organisation_id)
        if not reports:
            return None
        report = max(reports, key=lambda r: r.period)
        comparison = care.comparison(organisation_id, report.period)
        hidden = protected_cells(report)
        # a median of a few counts (of two: their mean) and the sum of needs the export prints
        # the parts of give hidden counts away beside the exported rows: withheld like them
        withheld = care.withheld(report.period)

        def cell(form, measure) -> str:
            if (form, measure) in hidden:
                return hidden[(form, measure)]
            value = report.value(form, measure)
            return "–" if value is None else small_text(value)

        def needs(form) -> str:
            given = [report.value(form, m) for m in NEED_MEASURES]
            if all(g is None for g in given):
                return "–"
            # the export prints the parts: with one of them hidden the sum would give it away
            total = sum(g or 0 for g in given)
            if any((form, m) in hidden for m in NEED_MEASURES) and not 0 < total < 5:
                return HIDDEN
            return small_text(total)

        lines = []
        for form in MAIN_FORMS:
            median = comparison.of(form, Measure.PLACED).median
            lines.append(
                BriefingCareLine(
                    form.label(),
                    (
                        cell(form, Measure.PLACED),
                        cell(form, Measure.OWN),
                        cell(form, Measure.BOUGHT),
                        needs(form),
                    ),
                    "–"
                    if median is None
                    else HIDDEN  # a statistic, not a count: never "<5" (that bounds it)
                    if (form, Measure.PLACED) in withheld and median > 0
                    else small_text(median),
                )
            )
        return BriefingCare(report.period, tuple(lines), comparison.municipalities)
