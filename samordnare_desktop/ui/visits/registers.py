"""The registers the Besök tab offers in its filters and its visit form: the municipalities and
the organisations, read once when the tab is built and handed to both (they read them twice
each, some 20 ms of the tab's first view at ten times the programme)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.table_model import swedish_sort_key

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from samordnare_desktop.services import Services
    from samordnare_desktop.services.municipalities import MunicipalityRow
    from samordnare_desktop.services.organisations import OrganisationRow


@dataclass(frozen=True)
class VisitRegisters:
    municipalities: list[MunicipalityRow]  # in Swedish order of their names
    organisations: list[OrganisationRow]  # with the deleted ones (``deleted``)

    @classmethod
    def read(cls, services: Services) -> VisitRegisters:
        """Read now, or taken as the list's read ahead kept them (``VisitListService``)."""
        municipalities, organisations = services.visit_list.registers()
        return cls(sorted(municipalities, key=lambda r: swedish_sort_key(r.name)), organisations)

    @classmethod
    def read_or_empty(cls, parent: QWidget, services: Services) -> VisitRegisters:
        """As :meth:`read`; a failed read (a damaged file) said (ui.errors) and no
        municipality or organisation offered, so the tab is built all the same."""
        return guarded(parent, lambda: cls.read(services)) or cls([], [])

    def municipality_items(self) -> list[tuple[str, uuid.UUID]]:
        """Each municipality as a combo offers it: "Mjölby (0586)"."""
        return [(f"{row.name} ({row.code})", row.id) for row in self.municipalities]

    def live_organisations(self) -> list[OrganisationRow]:
        """The organisations not deleted, in the register's order (``organisations.list()``)."""
        return [row for row in self.organisations if not row.deleted]
