"""Add or edit a municipality's contact person; invalid input is shown beside the field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.services.field_labels import contact_labels
from samordnare_desktop.services.municipalities import ContactInput, ContactRow
from samordnare_desktop.ui.drafts import DraftKeeper
from samordnare_desktop.ui.errors import attempt
from samordnare_desktop.ui.widgets.form import FieldErrors


class ContactDialog(QDialog):
    """``save`` is called with the input; the dialog closes only when it succeeded.

    With ``drafts`` (the database path, whose ``drafts/`` folder is used) typed text is kept as a draft of ``draft_id`` (the
    contact, or the municipality for a new one) and offered back if the app crashed.
    """

    def __init__(
        self,
        parent: QWidget | None,
        save: Callable[[ContactInput], object],
        contact: ContactRow | None = None,
        *,
        drafts: Path | None = None,
        draft_id: object = "new",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contact_dialog")
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("New contact"))
        self._save = save
        self.errors = FieldErrors()
        form = QFormLayout()
        self.name = QLineEdit(contact.name if contact else "")
        self.title_edit = QLineEdit(contact.title if contact else "")
        self.organisation = QLineEdit(contact.organisation if contact else "")
        self.phone = QLineEdit(contact.phone if contact else "")
        self.email = QLineEdit(contact.email if contact else "")
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.organisation.setPlaceholderText(self.tr("e.g. Socialförvaltningen"))
        self.email.setPlaceholderText(self.tr("name@kommun.se"))
        labels = contact_labels()  # services.field_labels
        for widget, field in (
            (self.name, "name"),
            (self.title_edit, "title"),
            (self.organisation, "organisation"),
            (self.phone, "phone"),
            (self.email, "email"),
        ):
            widget.setObjectName(field)
            self.errors.add_row(form, labels[field], widget, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.drafts = (
            DraftKeeper(self, drafts, "contact", contact.id if contact else f"new-{draft_id}")
            if drafts is not None
            else None
        )
        self._offered = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.drafts is not None and not self._offered:
            self._offered = True
            self.drafts.offer(self)

    def reject(self) -> None:
        if self.drafts is not None:
            self.drafts.clear()
        super().reject()

    def value(self) -> ContactInput:
        return ContactInput(
            self.name.text(),
            self.title_edit.text(),
            self.organisation.text(),
            self.phone.text(),
            self.email.text(),
        )

    def try_save(self) -> bool:
        if not attempt(self, self.errors, lambda: self._save(self.value())):
            return False
        if self.drafts is not None:
            self.drafts.clear()
        self.accept()
        return True
