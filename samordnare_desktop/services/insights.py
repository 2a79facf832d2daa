"""The insights area behind one door: time studies, the overview, reports and the data export.

``services.insights.time_studies`` etc.; each part is imported on first use.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from samordnare_desktop.services.export import ProgrammeExport
    from samordnare_desktop.services.overview import OverviewService
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.reports import ReportService
    from samordnare_desktop.services.time_study import TimeStudyService


class InsightsService:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.db = services.db

    @cached_property
    def time_studies(self) -> TimeStudyService:
        from samordnare_desktop.services.time_study import TimeStudyService

        return TimeStudyService(self.db)

    @cached_property
    def overview(self) -> OverviewService:
        from samordnare_desktop.services.overview import OverviewService

        return OverviewService(self.services)

    @cached_property
    def reports(self) -> ReportService:
        from samordnare_desktop.services.reports import ReportService

        return ReportService(self.services)

    @cached_property
    def export(self) -> ProgrammeExport:
        from samordnare_desktop.services.export import ProgrammeExport

        return ProgrammeExport(self.services)
