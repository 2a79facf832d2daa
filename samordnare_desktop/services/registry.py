"""All services over one open database, each created (and its module imported) on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from samordnare_desktop.db.engine import Database

if TYPE_CHECKING:
    from samordnare_desktop.services.municipalities import MunicipalityService
    from samordnare_desktop.services.privacy import PrivacyService
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
    def privacy(self) -> PrivacyService:
        from samordnare_desktop.services.privacy import PrivacyService

        return PrivacyService(self.db)
