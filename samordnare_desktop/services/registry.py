"""All services over one open database, each created (and its module imported) on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from samordnare_desktop.db.engine import Database

if TYPE_CHECKING:
    from samordnare_desktop.services.action_plans import ActionPlanService
    from samordnare_desktop.services.agendas import AgendaService
    from samordnare_desktop.services.insights import InsightsService
    from samordnare_desktop.services.municipalities import MunicipalityService
    from samordnare_desktop.services.participant_documents import ParticipantDocumentService
    from samordnare_desktop.services.participants import ParticipantService
    from samordnare_desktop.services.privacy import PrivacyService
    from samordnare_desktop.services.visit_documents import VisitDocumentService
    from samordnare_desktop.services.visits import VisitService


class Services:
    def __init__(self, db: Database) -> None:
        self.db = db

    @cached_property
    def municipalities(self) -> MunicipalityService:
        from samordnare_desktop.services.municipalities import MunicipalityService

        return MunicipalityService(self.db)

    @cached_property
    def visits(self) -> VisitService:
        from samordnare_desktop.services.visits import VisitService

        return VisitService(self.db)

    @cached_property
    def visit_documents(self) -> VisitDocumentService:
        from samordnare_desktop.services.visit_documents import VisitDocumentService

        return VisitDocumentService(self.db)

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

        return ActionPlanService(self.db)

    @cached_property
    def insights(self) -> InsightsService:
        from samordnare_desktop.services.insights import InsightsService

        return InsightsService(self)

    @cached_property
    def privacy(self) -> PrivacyService:
        from samordnare_desktop.services.privacy import PrivacyService

        return PrivacyService(self.db)
