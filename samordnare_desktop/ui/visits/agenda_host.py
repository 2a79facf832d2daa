"""What the agenda's templates and print/PDF helpers may ask of the agenda editor (a protocol,
so they need not import the editor that imports them)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QAbstractItemModel

from samordnare_desktop.services.agendas import AgendaItemRow, AgendaService
from samordnare_desktop.ui.context import UiContext


class AgendaHost(Protocol):
    ctx: UiContext
    service: AgendaService
    visit_id: uuid.UUID | None
    visit: Any  # the visit's VisitRow, or None
    model: QAbstractItemModel
    editing: AgendaItemRow | None

    def resolve_unsaved(self) -> bool: ...

    def change(
        self, text: str, operation: Callable[[], object], select: uuid.UUID | None
    ) -> object: ...

    def new_item(self, focus: bool = True, ask: bool = True) -> None: ...
