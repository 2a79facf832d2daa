"""The assignment (*uppdraget*, issue #18 part 5) as a dialog: from Arkiv → Uppdraget… and from
the Översikt's due list. Dates through the house date field (``DateInput``); a refusal appears
beside its field; a saved assignment tells the change bus (Översikt recounts what falls due).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.assignment import (
    DEFAULT_PLAN_DUE_WEEKS,
    DEFAULT_REPORT_EVERY_MONTHS,
    MAX_PLAN_DUE_WEEKS,
    MAX_REFERENCE,
    AssignmentData,
)
from samordnare_desktop.ui.context import ASSIGNMENT, Change, UiContext
from samordnare_desktop.ui.errors import attempt, guarded
from samordnare_desktop.ui.widgets.form import FieldErrors, date_edit
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.number_input import NumberInput, number_row


class AssignmentDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: UiContext) -> None:
        super().__init__(parent)
        self.setObjectName("assignment_dialog")
        self.setWindowTitle(self.tr("The assignment"))
        self.ctx = ctx
        self.service = ctx.services.assignment
        current = guarded(self, self.service.get)
        self.version = current.version if current else 0
        self.errors = FieldErrors()
        self.name = QLineEdit(current.name if current else "")
        self.name.setPlaceholderText(
            self.tr("e.g. National coordinator for social child and youth care")
        )
        self.coordinator = QLineEdit(current.coordinator if current else "")
        self.ministry = QLineEdit(current.ministry if current else "")
        self.ministry.setPlaceholderText(self.tr("e.g. Socialdepartementet"))
        self.reference = QLineEdit(current.reference if current else "")
        self.reference.setPlaceholderText(self.tr("e.g. S2025/01234"))
        self.reference.setMaxLength(MAX_REFERENCE)
        self.start = date_edit("start", current.start if current else None)
        self.final = date_edit("final_report_date", current.final_report_date if current else None)
        # typed numbers are kept as typed: 0 or 13 is refused beside the field, never changed
        self.every = NumberInput(
            "report_every_months",
            1,
            12,
            current.report_every_months if current else DEFAULT_REPORT_EVERY_MONTHS,
        )
        self.weeks = NumberInput(
            "plan_due_weeks",
            1,
            MAX_PLAN_DUE_WEEKS,
            current.plan_due_weeks if current else DEFAULT_PLAN_DUE_WEEKS,
        )
        form = QFormLayout()
        for label, widget, field in (
            (self.tr("Assignment"), self.name, "name"),
            (self.tr("Coordinator"), self.coordinator, "coordinator"),
            (self.tr("Ministry"), self.ministry, "ministry"),
            (self.tr("Reference number (diarienummer)"), self.reference, "reference"),
            (self.tr("First day"), self.start, "start"),
            (
                self.tr("Report to the ministry every"),
                number_row(self.every, self.tr(" months")),
                "report_every_months",
            ),
            (self.tr("Final report"), self.final, "final_report_date"),
            (
                self.tr("Action plan expected within"),
                number_row(self.weeks, self.tr(" weeks after a first visit")),
                "plan_due_weeks",
            ),
        ):
            if isinstance(widget, QLineEdit) and not widget.objectName():
                widget.setObjectName(field)
                widget.setCursorPosition(0)  # a long name shows its beginning
            self.errors.add_row(form, label, widget, field)
        intro = plain_label(
            self.tr(
                "The reports fall due every chosen number of months from the first day; "
                "Översikt lists what falls due and the app says so at start."
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(680)

    def value(self) -> AssignmentData:
        """What the form holds; an unreadable date or number raises ``ValidationError`` on its
        field (a number's range is the domain's to judge: ``validate_assignment``)."""
        start: date | None = self.start.day()
        final: date | None = self.final.day()
        return AssignmentData(
            self.name.text(),
            self.coordinator.text(),
            self.ministry.text(),
            self.reference.text(),
            start,
            self.every.number(),
            final,
            self.weeks.number(),
            self.version,
        )

    def try_save(self) -> bool:
        saved: list[AssignmentData] = []
        if not attempt(self, self.errors, lambda: saved.append(self.service.save(self.value()))):
            return False
        self.version = saved[0].version
        self.ctx.bus.notify(Change.of(ASSIGNMENT, source=self))
        self.ctx.show_status(self.tr("The assignment is saved."))
        self.accept()
        return True


def open_assignment(parent: QWidget, ctx: UiContext) -> None:
    AssignmentDialog(parent, ctx).exec()
