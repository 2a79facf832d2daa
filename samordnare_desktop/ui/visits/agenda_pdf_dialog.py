"""Choose how the agenda PDF looks: descriptions, presenter details, the one-page wall version."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from samordnare_desktop.pdf.agenda import AgendaPdfOptions


class AgendaPdfDialog(QDialog):
    def __init__(self, parent: QWidget | None, options: AgendaPdfOptions) -> None:
        super().__init__(parent)
        self.setObjectName("agenda_pdf_dialog")
        self.setWindowTitle(self.tr("Agenda PDF"))
        self.descriptions = QCheckBox(self.tr("Include descriptions"))
        self.descriptions.setObjectName("descriptions")
        self.descriptions.setChecked(options.descriptions)
        self.presenter_details = QCheckBox(self.tr("Presenters with title and organisation"))
        self.presenter_details.setObjectName("presenter_details")
        self.presenter_details.setChecked(options.presenter_details)
        self.compact = QCheckBox(self.tr("Compact: one page in large type, for the wall"))
        self.compact.setObjectName("compact")
        self.compact.setChecked(options.compact)
        hint = QLabel(
            self.tr(
                "The compact version leaves out descriptions. An agenda too long for one page"
                " in readable type takes more pages."
            )
        )
        hint.setWordWrap(True)
        self.compact.toggled.connect(lambda on: self.descriptions.setEnabled(not on))
        self.descriptions.setEnabled(not options.compact)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.descriptions, self.presenter_details, self.compact, hint):
            layout.addWidget(widget)
        layout.addWidget(buttons)

    def options(self) -> AgendaPdfOptions:
        return AgendaPdfOptions(
            descriptions=self.descriptions.isChecked(),
            presenter_details=self.presenter_details.isChecked(),
            compact=self.compact.isChecked(),
        )
