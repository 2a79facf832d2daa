"""The Besök tab's buttons: delete a visit (one undo step, its follow-ups unlinked and linked back),
export a calendar file, open the question catalogue or the visit's participants."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QPushButton,
    QWidget,
)

from samordnare_desktop.ui import messages
from samordnare_desktop.ui.context import MUNICIPALITY, VISIT, Change
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.undo import push_undoable

if TYPE_CHECKING:
    from samordnare_desktop.services.visit_list import VisitListRow
    from samordnare_desktop.services.visits import VisitRow
    from samordnare_desktop.ui.visits.tab import VisitsTab


class VisitActions(QObject):
    """Part of :class:`VisitsTab` (its ``actions``)."""

    def __init__(self, tab: VisitsTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def build(self, ctx):
        # --- actions --------------------------------------------------------------------------
        self.tab.new_button = QPushButton(self.tr("New visit"))
        self.tab.new_button.setObjectName("new_visit")
        self.tab.new_button.setToolTip(self.tr("Plan a new visit (Ctrl+N)"))
        self.tab.delete_button = QPushButton(self.tr("Delete"))
        self.tab.delete_button.setObjectName("delete_visit")
        self.tab.delete_button.setToolTip(self.tr("Delete the visit (Delete); Ctrl+Z undoes"))
        self.tab.export_button = QPushButton(self.tr("Export calendar…"))
        self.tab.export_button.setObjectName("export_ics")
        self.tab.export_button.setToolTip(
            self.tr("The selected visits, or all upcoming ones, as an .ics calendar file")
        )
        self.tab.participants_button = QPushButton(self.tr("Participants…"))
        self.tab.participants_button.setObjectName("visit_participants")
        self.tab.participants_button.setToolTip(
            self.tr("Open the Participants tab on the selected visit (Ctrl+D)")
        )
        self.tab.catalogue_button = QPushButton(self.tr("Questions…"))
        self.tab.catalogue_button.setObjectName("question_catalogue")
        from samordnare_desktop.ui.visits.day_documents import DayDocumentsButton

        self.tab.day_documents = DayDocumentsButton(ctx, lambda: self.tab._current_id)
        tab = self.tab
        wide = [
            [
                tab.new_button,
                tab.delete_button,
                tab.participants_button,
                tab.day_documents,
                1,
                tab.catalogue_button,
                tab.export_button,
            ]
        ]
        narrow = [  # two a row: the list side fits beside the visit pages at 200 %
            [tab.new_button, tab.delete_button, 1],
            [tab.participants_button, tab.day_documents, 1],
            [tab.catalogue_button, tab.export_button, 1],
        ]
        return wide, narrow

    def delete_visit(self) -> None:
        visit = self.tab.form.visit
        if visit is None:
            return
        label = f"{visit.display_title} – {visit.municipality_name} {visit.day.isoformat()}"
        question = self.tr("Delete the visit {visit}? You can undo this with Ctrl+Z.").format(
            visit=label
        )
        linked = guarded(self.tab, lambda: self.tab.service.follow_ups_of(visit.id))
        if linked is None:
            return
        if linked:
            days = ", ".join(r.day.isoformat() for r in linked)
            question = self.tr(
                "Delete the visit {visit}?\n\nFollow-up visits linked to it: {count} ({days}). "
                "They will no longer be linked to a first visit.\n\n"
                "You can undo this with Ctrl+Z (the links come back too)."
            ).format(visit=label, count=len(linked), days=days)
        if not messages.confirm(self.tab, self.tr("Delete visit"), question):
            return

        unlinked: list[uuid.UUID] = []

        def after() -> None:
            changed = {visit.id, *unlinked}  # its follow-ups lose (or regain) their link
            self.tab.update_visits(changed)
            self.tab.ctx.bus.notify(
                Change.of(
                    VISIT, MUNICIPALITY, ids={*changed, visit.municipality_id}, source=self.tab
                )
            )

        def delete() -> None:
            unlinked[:] = self.tab.service.delete(visit.id)

        self.tab.form.new_visit(visit.municipality_id)  # the form no longer shows a deleted visit
        self.tab._current_id = None
        if not push_undoable(
            self.tab,
            self.tab.ctx.undo_stack,
            self.tr("Delete visit {visit}").format(visit=label),
            delete,
            lambda: self.tab.service.restore(visit.id, relink=unlinked),
            after,
        ):
            self.tab.refresh()
            return
        self.tab.ctx.show_status(self.tr("Visit deleted. Ctrl+Z undoes."))

    def export_calendar(self) -> None:
        selected = self.tab.selected_rows()  # the list's rows: the calendar wants whole visits
        rows = self._whole(selected) if selected else self.tab.service.upcoming()
        if rows is None:
            return  # the read failed (said)
        if not rows:
            messages.inform(
                self.tab,
                self.tr("Export calendar"),
                self.tr("There are no upcoming visits to export."),
            )
            return
        path = self.tab.ask_ics_path()
        if path is None:
            return
        count = guarded(self.tab, lambda: self.tab.service.export_ics(rows, path))
        if count is not None:
            self.tab.ctx.show_status(
                self.tr("{count} visits written to {path}").format(count=count, path=str(path))
            )

    def _whole(self, rows: list[VisitListRow]) -> list[VisitRow] | None:
        """``rows`` read whole, in their order; None if the read failed (said)."""
        read = guarded(self.tab, lambda: self.tab.service.rows([r.id for r in rows]))
        if read is None:
            return None
        by_id = {r.id: r for r in read}
        return [by_id[r.id] for r in rows if r.id in by_id]

    def edit_questions(self) -> None:
        from samordnare_desktop.ui.visits.question_dialog import QuestionCatalogueDialog

        dialog = QuestionCatalogueDialog(self.tab, self.tab.service)
        dialog.exec()
        if dialog.changed:
            self.tab.form.reload_questions()
            self.tab.ctx.bus.changed.emit("visits")

    def open_participants(self) -> None:
        """Switch to the Deltagare tab showing the selected visit's participants."""
        visit_id = self.tab._current_id
        if visit_id is None or not self.tab.ctx.open_tab("participants"):
            return
        tab = self.tab.window().findChild(QWidget, "participants")
        if tab is not None and hasattr(tab, "show_visit"):
            tab.show_visit(visit_id)
