"""A municipality's contact persons."""

from __future__ import annotations

from samordnare_desktop.i18n import translate
from samordnare_desktop.services.municipalities import ContactRow
from samordnare_desktop.ui.table_model import Column, RowTableModel


class ContactTableModel(RowTableModel[ContactRow]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(
            [
                Column(lambda: translate("ContactTableModel", "Name"), lambda r: r.name),
                Column(
                    lambda: translate("ContactTableModel", "Title"),
                    lambda r: r.title,
                    tooltip=lambda r: r.title,
                ),
                Column(
                    lambda: translate("ContactTableModel", "Organisation"),
                    lambda r: r.organisation,
                    tooltip=lambda r: r.organisation,
                ),
                Column(lambda: translate("ContactTableModel", "Phone"), lambda r: r.phone),
                Column(lambda: translate("ContactTableModel", "E-mail"), lambda r: r.email),
            ],
            parent,
        )
