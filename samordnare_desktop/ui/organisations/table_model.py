"""The Organisationer table: name, kind, where, people; and its search/kind filter proxy.

Each row's cells and its folded search text are computed once, when the rows are loaded, and kept
in Qt's items; a keystroke filters them in C++ with one regular expression, so no Python runs per
row (``bench/organisations.py``).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, QRegularExpression, Qt

from samordnare_desktop.domain.organisation import OrganisationKind
from samordnare_desktop.domain.validation import match_key
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.organisations import OrganisationRow
from samordnare_desktop.ui.table_model import ROW_ROLE, Column, ItemRowTableModel, KeyFilterProxy

_SEP = "\x1f"  # between the search text and the kinds in a row's filter key (never typed)


def filter_key(row: OrganisationRow) -> str:
    """The folded search text, U+001F, then ``|<kind>|`` (and ``region|`` for Gotland): what the
    proxy's expression matches."""
    kinds = f"|{row.kind.value}|" + (
        f"{OrganisationKind.REGION.value}|" if row.region_tasks else ""
    )
    return row.search_text.replace(_SEP, " ") + _SEP + kinds


PEOPLE_COLUMN = 3


class OrganisationTableModel(ItemRowTableModel[OrganisationRow]):
    def __init__(self, parent: object = None) -> None:
        self.people: dict[uuid.UUID, int] = {}
        super().__init__(
            [
                Column(
                    lambda: translate("OrganisationTableModel", "Organisation"), lambda r: r.name
                ),
                Column(lambda: translate("OrganisationTableModel", "Kind"), lambda r: r.kind_label),
                Column(
                    lambda: translate("OrganisationTableModel", "County"),
                    lambda r: r.county_name or r.parent_name,
                ),
                Column(
                    lambda: translate("OrganisationTableModel", "People"),
                    lambda r: self.people.get(r.id, 0),
                    align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
            ],
            parent,
            filter_key=filter_key,
        )

    def set_data(self, rows: list[OrganisationRow], people: dict[uuid.UUID, int]) -> None:
        self.people = people
        self.set_rows(rows)

    def set_people(self, people: dict[uuid.UUID, int]) -> None:
        """New people counts (the People column shows them at once)."""
        before, self.people = self.people, people
        changed = [n for n, r in enumerate(self._rows) if before.get(r.id) != people.get(r.id)]
        self.refresh_values(changed, column=PEOPLE_COLUMN)
        if changed and self._sort_column == PEOPLE_COLUMN:
            self.sort(self._sort_column, self._sort_order)


class OrganisationFilterProxy(KeyFilterProxy):
    """Search as you type (name, short name, number, county, kind), and one kind or all
    (a region also finds Gotland, the municipality with a region's tasks)."""

    def set_filters(self, *, search: str, kind: OrganisationKind | None) -> None:
        needle = match_key(search)
        parts = []
        if needle:
            parts.append(f"(?=[^{_SEP}]*{QRegularExpression.escape(needle)})")
        if kind is not None:
            parts.append(f"(?=.*{_SEP}.*\\|{QRegularExpression.escape(kind.value)}\\|)")
        self.set_pattern("^" + "".join(parts) if parts else "")


def row_of(index: QModelIndex) -> OrganisationRow | None:
    return index.data(ROW_ROLE) if index.isValid() else None
