"""All services over one open database, created on first use (the UI and CLI share this)."""

from __future__ import annotations

from functools import cached_property

from samordnare_desktop.db.engine import Database
from samordnare_desktop.services.municipalities import MunicipalityService
from samordnare_desktop.services.visits import VisitService


class Services:
    def __init__(self, db: Database) -> None:
        self.db = db

    @cached_property
    def municipalities(self) -> MunicipalityService:
        return MunicipalityService(self.db)

    @cached_property
    def visits(self) -> VisitService:
        return VisitService(self.db)
