"""The Organisationer tab's unsaved edits: asked about before another organisation replaces
them (Save / Don't save / Cancel), never dropped silently (issue #14)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from samordnare_desktop.ui import messages

if TYPE_CHECKING:
    from samordnare_desktop.services.organisations import OrganisationRow
    from samordnare_desktop.ui.organisations.tab import OrganisationsTab


class OrganisationUnsaved(QObject):
    """Part of :class:`OrganisationsTab` (its ``unsaved``)."""

    def __init__(self, tab: OrganisationsTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.reselecting = False

    def resolve(self) -> bool:
        """Offer to save the form's edits; ``False``: stay (cancelled or the save refused)."""
        answer = messages.ask_save(
            self.tab,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to the organisation?"),
        )
        if answer == "save":
            return self.tab.save()
        if answer == "discard":
            self.tab.mark_clean()
            return True
        return False

    def reselect(self, row: OrganisationRow | None) -> None:
        """Back to the edited organisation (or none) without showing it afresh."""
        self.reselecting = True
        try:
            if row is None or not self.tab.select_organisation(row.id):
                self.tab.table.clearSelection()
        finally:
            self.reselecting = False

    def switch_to(self, target: uuid.UUID | None) -> None:
        """Another organisation was clicked while the form had edits: ask, then go or stay."""
        tab = self.tab
        if not (tab.is_dirty() and not self.resolve()) and (
            target is None or not tab.select_organisation(target)
        ):
            tab.table.clearSelection()
            tab._show(None)
