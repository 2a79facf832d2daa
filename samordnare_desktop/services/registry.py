"""All services over one open database, each created (and its module imported) on first use.
Flat: every service is an attribute here, and each gets only what it needs (the database and
the services it calls), never the registry itself."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from samordnare_desktop.db.engine import Database

if TYPE_CHECKING:
    from samordnare_desktop.services.action_plan_follow_up import FollowUpService
    from samordnare_desktop.services.action_plan_versions import PlanVersionService
    from samordnare_desktop.services.action_plans import ActionPlanService
    from samordnare_desktop.services.agendas import AgendaService
    from samordnare_desktop.services.assignment import AssignmentService
    from samordnare_desktop.services.briefing import BriefingService
    from samordnare_desktop.services.care_places import CarePlaceService
    from samordnare_desktop.services.due import DueService
    from samordnare_desktop.services.everything import EverythingSearch
    from samordnare_desktop.services.export import ProgrammeExport
    from samordnare_desktop.services.final_report import FinalReportService
    from samordnare_desktop.services.findings import FindingService
    from samordnare_desktop.services.headcounts import HeadcountService
    from samordnare_desktop.services.minutes import MinutesService
    from samordnare_desktop.services.municipalities import MunicipalityService
    from samordnare_desktop.services.municipality_facts import MunicipalityFactsService
    from samordnare_desktop.services.organisations import OrganisationService
    from samordnare_desktop.services.overview import OverviewService
    from samordnare_desktop.services.participant_documents import ParticipantDocumentService
    from samordnare_desktop.services.participants import ParticipantService
    from samordnare_desktop.services.privacy import PrivacyService
    from samordnare_desktop.services.programme import ProgrammeService
    from samordnare_desktop.services.reports import ReportService
    from samordnare_desktop.services.sync import SyncService
    from samordnare_desktop.services.time_study import TimeStudyService
    from samordnare_desktop.services.users import UserService
    from samordnare_desktop.services.visit_documents import VisitDocumentService
    from samordnare_desktop.services.visit_list import VisitListService
    from samordnare_desktop.services.visits import VisitService


class Services:
    def __init__(self, db: Database) -> None:
        self.db = db

    @cached_property
    def users(self) -> UserService:
        """The team and who is working: every record of "who" asks ``users.current_name``."""
        from samordnare_desktop.services.users import UserService

        return UserService(self.db)

    @cached_property
    def sync(self) -> SyncService:
        """Sync with the team's server (issue #20): status, sync, conflicts, exchange file."""
        from samordnare_desktop.services.sync import SyncService

        return SyncService(self.db, self.users.current_name, self._server_url)

    def _server_url(self) -> str | None:
        """The team server saved for this database (Arkiv → Teamserver…), if any."""
        from samordnare_desktop.services import server_settings

        try:
            return server_settings.configured_url(self.db.path)
        except Exception:  # a setting that no longer reads is no server
            return None

    @cached_property
    def municipalities(self) -> MunicipalityService:
        from samordnare_desktop.services.municipalities import MunicipalityService

        return MunicipalityService(self.db)

    @cached_property
    def municipality_facts(self) -> MunicipalityFactsService:
        from samordnare_desktop.services.municipality_facts import MunicipalityFactsService

        return MunicipalityFactsService(self.db)

    @cached_property
    def organisations(self) -> OrganisationService:
        from samordnare_desktop.services.organisations import OrganisationService

        return OrganisationService(self.db)

    @cached_property
    def assignment(self) -> AssignmentService:
        from samordnare_desktop.services.assignment import AssignmentService

        return AssignmentService(self.db)

    @cached_property
    def due(self) -> DueService:
        from samordnare_desktop.services.due import DueService

        return DueService(self.db, self.assignment)

    @cached_property
    def care_places(self) -> CarePlaceService:
        from samordnare_desktop.services.care_places import CarePlaceService

        return CarePlaceService(self.db)

    @cached_property
    def programme(self) -> ProgrammeService:
        from samordnare_desktop.services.programme import ProgrammeService

        return ProgrammeService(self.db)

    @cached_property
    def visits(self) -> VisitService:
        from samordnare_desktop.services.visits import VisitService

        return VisitService(self.db)

    @cached_property
    def visit_list(self) -> VisitListService:
        from samordnare_desktop.services.visit_list import VisitListService

        return VisitListService(self.db)

    @cached_property
    def visit_documents(self) -> VisitDocumentService:
        from samordnare_desktop.services.visit_documents import VisitDocumentService

        return VisitDocumentService(self.db)

    @cached_property
    def findings(self) -> FindingService:
        from samordnare_desktop.services.findings import FindingService

        return FindingService(self.db)

    @cached_property
    def briefing(self) -> BriefingService:
        from samordnare_desktop.services.briefing import BriefingService

        return BriefingService(self.db, self.time_studies)

    @cached_property
    def everything(self) -> EverythingSearch:
        from samordnare_desktop.services.everything import EverythingSearch

        return EverythingSearch(self.db, self.findings)

    @cached_property
    def minutes(self) -> MinutesService:
        from samordnare_desktop.services.minutes import MinutesService

        return MinutesService(self.db)

    @cached_property
    def headcounts(self) -> HeadcountService:
        from samordnare_desktop.services.headcounts import HeadcountService

        return HeadcountService(self.db)

    @cached_property
    def agendas(self) -> AgendaService:
        from samordnare_desktop.services.agendas import AgendaService

        return AgendaService(self.db)

    @cached_property
    def participants(self) -> ParticipantService:
        from samordnare_desktop.services.participants import ParticipantService

        return ParticipantService(self.db)

    @cached_property
    def participant_documents(self) -> ParticipantDocumentService:
        from samordnare_desktop.services.participant_documents import ParticipantDocumentService

        return ParticipantDocumentService(self.db)

    @cached_property
    def action_plans(self) -> ActionPlanService:
        from samordnare_desktop.services.action_plans import ActionPlanService

        return ActionPlanService(self.db, self.users.current_name)

    @cached_property
    def plan_versions(self) -> PlanVersionService:
        from samordnare_desktop.services.action_plan_versions import PlanVersionService

        return PlanVersionService(self.db, self.action_plans)

    @cached_property
    def follow_ups(self) -> FollowUpService:
        from samordnare_desktop.services.action_plan_follow_up import FollowUpService

        return FollowUpService(self.db, self.action_plans)

    @cached_property
    def time_studies(self) -> TimeStudyService:
        from samordnare_desktop.services.time_study import TimeStudyService

        return TimeStudyService(self.db)

    @cached_property
    def overview(self) -> OverviewService:
        from samordnare_desktop.services.overview import OverviewService

        return OverviewService(self.db)

    @cached_property
    def reports(self) -> ReportService:
        from samordnare_desktop.services.reports import ReportService

        return ReportService(
            self.db, self.municipalities, self.visits, self.time_studies, self.care_places
        )

    @cached_property
    def final_report(self) -> FinalReportService:
        from samordnare_desktop.services.final_report import FinalReportService

        return FinalReportService(
            self.db, self.municipalities, self.reports, self.time_studies, self.findings
        )

    @cached_property
    def export(self) -> ProgrammeExport:
        from samordnare_desktop.services.export import ProgrammeExport

        return ProgrammeExport(
            self.db,
            self.municipalities,
            self.visits,
            self.time_studies,
            self.action_plans,
            self.follow_ups,
            self.care_places,
        )

    @cached_property
    def privacy(self) -> PrivacyService:
        from samordnare_desktop.services.privacy import PrivacyService

        return PrivacyService(self.db)
