"""The "Documents for the day" button on a visit: the visit pack, the briefing before the visit
(besöksunderlag), the press invitation (PDF, or text copied for an e-mail), the minutes, name
badges, table cards, and the headcounts and journalists.

Every document is built off the GUI thread (ui.operations: a progress dialog after a moment, with
Cancel) and then opens in the one print preview window (ui.print_preview).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.operations import Operation, Progress, run_in_background


class DayDocumentsButton(QToolButton):
    """A menu of the visit's documents; ``visit_id()`` names the visit shown."""

    def __init__(
        self,
        ctx,
        visit_id: Callable[[], uuid.UUID | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("day_documents")
        self.ctx = ctx
        self.visit_id = visit_id
        self.setText(self.tr("Documents for the day"))
        self.setToolTip(
            self.tr("Visit pack, press invitation, badges and table cards, to preview and print")
        )
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.actions_by_name = {}
        for name, text, slot in (
            ("visit_pack", self.tr("Visit pack (everything, in print order)…"), self.visit_pack),
            ("briefing", self.tr("Briefing before the visit…"), self.briefing),
            ("press_pdf", self.tr("Press invitation…"), self.press_pdf),
            ("press_text", self.tr("Copy press invitation as e-mail text"), self.press_text),
            ("minutes", self.tr("Minutes of the meeting…"), self.minutes),
            ("badges", self.tr("Name badges…"), self.badges),
            ("table_cards", self.tr("Table cards…"), self.table_cards),
            ("audience", self.tr("Headcounts and journalists…"), self.audience),
        ):
            action = menu.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(lambda _=False, s=slot: s())
            self.actions_by_name[name] = action
        self.setMenu(menu)
        self.last_window = None
        self.building: Operation | None = None  # the document being built, if any

    @property
    def documents(self):
        return self.ctx.services.visit_documents

    def _visit(self) -> uuid.UUID | None:
        return self.visit_id()

    def _preview(self, build: Callable[[Progress], bytes], title: str, file_name: str) -> None:
        """Build the PDF in a background job, then open it in the preview window; a second
        request while one is being built is ignored (the window stays responsive meanwhile)."""
        if self._visit() is None or self.building is not None:
            return

        def done(pdf: bytes) -> None:
            from samordnare_desktop.ui.print_preview import show_preview

            self.last_window = show_preview(self.window(), pdf, title, file_name)

        self.building = run_in_background(
            self.window(),
            build,
            done,
            title=self.tr("Creating {document}…").format(document=title.lower()),
        )
        self.building.finished.connect(self._built)

    def _built(self) -> None:
        self.building = None

    def _name(self, stem: str) -> str:
        visit = guarded(self, lambda: self.ctx.services.visits.get(self._visit()))
        if visit is None:
            return f"{stem}.pdf"
        return f"{stem}-{visit.municipality_code}-{visit.day.isoformat()}.pdf"

    def visit_pack(self) -> None:
        visit_id = self._visit()
        self._preview(
            lambda progress: self.documents.visit_pack(visit_id, progress=progress),
            self.tr("Visit pack"),
            self._name("besokspaket"),
        )

    def briefing(self) -> None:
        visit_id = self._visit()
        self._preview(
            lambda _progress: self.ctx.services.briefing.pdf(visit_id),
            briefing_title(),
            self._name("besoksunderlag"),
        )

    def press_pdf(self) -> None:
        visit_id = self._visit()
        self._preview(
            lambda _progress: self.documents.press_pdf(visit_id),
            self.tr("Press invitation"),
            self._name("pressinbjudan"),
        )

    def minutes(self) -> None:
        visit_id = self._visit()
        self._preview(
            lambda _progress: self.documents.minutes_pdf(visit_id),
            self.tr("Minutes"),
            self._name("minnesanteckningar"),
        )

    def press_text(self) -> str | None:
        visit_id = self._visit()
        if visit_id is None:
            return None
        text = guarded(self, lambda: self.documents.press_text(visit_id))
        if text is not None:
            QGuiApplication.clipboard().setText(text)
            self.ctx.show_status(
                self.tr("The press invitation is copied: paste it into an e-mail.")
            )
        return text

    def badges(self) -> None:
        visit_id = self._visit()
        self._preview(
            lambda _progress: self.documents.badges_pdf(visit_id),
            self.tr("Name badges"),
            self._name("namnbrickor"),
        )

    def table_cards(self) -> None:
        visit_id = self._visit()
        self._preview(
            lambda _progress: self.documents.table_cards_pdf(visit_id),
            self.tr("Table cards"),
            self._name("bordskort"),
        )

    def audience(self) -> None:
        from samordnare_desktop.ui.visits.audience_dialog import AudienceDialog

        visit_id = self._visit()
        if visit_id is None:
            return
        # each change is a step on the app's undo stack; undone after the dialog closed, the
        # counts on the other tabs follow
        dialog = AudienceDialog(
            self.ctx.services,
            visit_id,
            self.window(),
            undo_stack=self.ctx.undo_stack,
            on_change=lambda: self.ctx.bus.changed.emit("participants"),
        )
        dialog.exec()


def briefing_title() -> str:
    return QCoreApplication.translate("DayDocumentsButton", "Briefing before the visit")


def preview_briefing(ctx, parent: QWidget, visit_id: uuid.UUID) -> Operation:
    """Build the visit's briefing in a background job, then open it in the print preview
    (``parent.last_window``); for the good-examples dialog."""
    from samordnare_desktop.ui.print_preview import show_preview

    visit = guarded(parent, lambda: ctx.services.visits.get(visit_id))
    name = (
        f"besoksunderlag-{visit.municipality_code}-{visit.day.isoformat()}.pdf"
        if visit is not None
        else "besoksunderlag.pdf"
    )

    def done(pdf: bytes) -> None:
        parent.last_window = show_preview(parent.window(), pdf, briefing_title(), name)

    return run_in_background(
        parent.window(),
        lambda _progress: ctx.services.briefing.pdf(visit_id),
        done,
        title=QCoreApplication.translate("DayDocumentsButton", "Creating the briefing…"),
    )
