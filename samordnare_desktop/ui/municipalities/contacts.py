"""The Kommuner tab's contact persons: the table under the details, add, edit and delete (one
undo step), and the line that sums up the municipality's visits. The contact dialog's module is
imported when a contact is added or edited, not with the tab."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from samordnare_desktop.services.municipalities import (
    ContactInput,
)
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.errors import guarded, show_error
from samordnare_desktop.ui.municipalities.contact_table_model import ContactTableModel
from samordnare_desktop.ui.undo import delete_contact_command, push_done
from samordnare_desktop.ui.widgets.table import configure_table, fit_columns

if TYPE_CHECKING:
    from samordnare_desktop.ui.municipalities.tab import MunicipalitiesTab


class MunicipalityContacts(QObject):
    """Part of :class:`MunicipalitiesTab` (its ``contacts_part``)."""

    def __init__(self, tab: MunicipalitiesTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def build(self):
        self.tab.contact_model = ContactTableModel(self.tab)
        self.tab.contacts = QTableView()
        self.tab.contacts.setObjectName("contact_table")
        self.tab.contacts.setModel(self.tab.contact_model)
        configure_table(self.tab.contacts)
        self.tab.contacts.setSortingEnabled(False)
        # every column but the last (e-post, stretching) fits its header and contents: the
        # "Organisation/förvaltning" header is never cut (issue #14)
        fit_columns(self.tab.contacts, list(range(self.tab.contact_model.columnCount() - 1)))
        self.tab.add_contact_button = QPushButton(self.tr("Add contact…"))
        self.tab.add_contact_button.setObjectName("add_contact")
        self.tab.edit_contact_button = QPushButton(self.tr("Edit…"))
        self.tab.edit_contact_button.setObjectName("edit_contact")
        self.tab.delete_contact_button = QPushButton(self.tr("Delete"))
        self.tab.delete_contact_button.setObjectName("delete_contact")
        contact_buttons = QHBoxLayout()
        contact_buttons.addWidget(self.tab.add_contact_button)
        contact_buttons.addWidget(self.tab.edit_contact_button)
        contact_buttons.addWidget(self.tab.delete_contact_button)
        contact_buttons.addStretch(1)
        contacts_box = QGroupBox(self.tr("Contact persons"))
        contacts_layout = QVBoxLayout(contacts_box)
        contacts_layout.addWidget(self.tab.contacts)
        contacts_layout.addLayout(contact_buttons)
        return contacts_box

    def update_buttons(self) -> None:
        has_contact = bool(self.tab.contacts.selectionModel().selectedRows())
        self.tab.edit_contact_button.setEnabled(has_contact)
        self.tab.delete_contact_button.setEnabled(has_contact)

    def selected_contact(self):
        rows = self.tab.contacts.selectionModel().selectedRows()
        return self.tab.contact_model.row_at(rows[0].row()) if rows else None

    def add_contact(self) -> None:
        if self.tab.details is None:
            return
        from samordnare_desktop.ui.municipalities.contact_dialog import ContactDialog

        municipality_id = self.tab.details.id
        dialog = ContactDialog(
            self.tab,
            lambda data: self.tab.service.add_contact(municipality_id, data),
            drafts=self.tab.service.db.path,
            draft_id=municipality_id,
        )
        if dialog.exec():
            self.tab._reload_details()
            self.tab.ctx.show_status(self.tr("Contact added."))

    def edit_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None:
            return

        def save(data: ContactInput) -> object:
            return self.tab.service.update_contact(
                contact.id, data, expected_version=contact.version
            )

        from samordnare_desktop.ui.municipalities.contact_dialog import ContactDialog

        if ContactDialog(self.tab, save, contact, drafts=self.tab.service.db.path).exec():
            self.tab._reload_details()

    def delete_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None:
            return
        if not messages.confirm(
            self.tab,
            self.tr("Delete contact"),
            self.tr("Delete the contact {name}? You can undo this with Ctrl+Z.").format(
                name=contact.name
            ),
        ):
            return
        command = delete_contact_command(
            self.tab.service,
            contact.id,
            self.tr("Delete contact {name}").format(name=contact.name),
            self.tab._reload_details,
            lambda exc: show_error(self.tab, exc),
        )
        try:
            push_done(self.tab.ctx.undo_stack, command)
        except Exception as exc:
            show_error(self.tab, exc)
            return
        self.tab.ctx.show_status(self.tr("Contact deleted. Ctrl+Z undoes."))

    def visit_summary_text(self, municipality_id: uuid.UUID) -> str:
        """The municipality's visits in one line: "Första besök 2026-03-18 (Genomfört) · …"."""
        from samordnare_desktop.services.visits import VisitFilter  # not with the first view

        visits = (
            guarded(
                self.tab,
                lambda: self.tab.ctx.services.visits.list(
                    VisitFilter(municipality_id=municipality_id)
                ),
            )
            or []
        )
        if not visits:
            return self.tr("Visits: none yet.")
        return self.tr("Visits: {visits}").format(
            visits=" · ".join(
                f"{v.display_title} {v.day.isoformat()} ({v.status.label()})" for v in visits
            )
        )
