"""Saves and deletions of placement figures on the main window's undo stack (Ctrl+Z): each is
done already when it is recorded; undo and redo call the service and refresh the tab."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from samordnare_desktop.services.care_places import CareReportRow
from samordnare_desktop.ui.errors import show_error
from samordnare_desktop.ui.undo import ServiceCommand

if TYPE_CHECKING:
    from samordnare_desktop.ui.care_places.tab import CarePlacesTab


class FiguresUndo(QObject):
    def __init__(self, tab: CarePlacesTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.service = tab.service

    def record_save(self, before: CareReportRow | None, after: CareReportRow) -> None:
        """Undo deletes new figures or saves the previous ones back; redo saves these again."""
        text = self.tr("Save the figures of {name} for {period}").format(
            name=after.organisation_name, period=after.period
        )
        if before is None:
            self._push_done(
                after.id,
                text,
                lambda: self.service.restore(after.id),
                lambda: self.service.delete(after.id),
            )
        else:
            self._push_done(
                after.id,
                text,
                lambda: self.service.save(after.to_input()),
                lambda: self.service.save(before.to_input()),
            )

    def record_delete(self, deleted: CareReportRow) -> None:
        self._push_done(
            deleted.id,
            self.tr("Delete the figures of {name} for {period}").format(
                name=deleted.organisation_name, period=deleted.period
            ),
            lambda: self.service.delete(deleted.id),
            lambda: self.service.restore(deleted.id),
        )

    def _push_done(self, report_id: uuid.UUID, text: str, do, undo) -> None:
        tab = self.tab

        def after() -> None:
            tab.refresh()
            tab._notify()
            shown = tab.form.current
            if shown is not None and shown.id == report_id:  # the form shows what is saved now
                row = self.service.find(shown.organisation_id, shown.period)
                tab.current = row
                tab.form.show_report(row, period=shown.period)

        command = ServiceCommand(text, do, undo, after, lambda exc: show_error(tab, exc))
        tab.ctx.undo_stack.push(command)  # already done: the first redo only refreshes
