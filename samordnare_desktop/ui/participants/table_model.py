"""A visit's participant list: name, role, organisation, category, contact, status, notes."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from samordnare_desktop.domain.participant import ParticipantCategory
from samordnare_desktop.domain.validation import match_key
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.participants import ParticipantRow
from samordnare_desktop.ui.table_model import (
    ROW_ROLE,
    Column,
    RowFilterProxy,
    RowTableModel,
    swedish_sort_key,
)

NAME, ROLE, ORGANISATION, CATEGORY, EMAIL, PHONE, INVITED, CONFIRMED, ATTENDED, NOTES = range(10)
_CENTER = Qt.AlignmentFlag.AlignCenter
_CATEGORY_ORDER = {category: number for number, category in enumerate(ParticipantCategory)}


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= 120 else line[:119] + "…"


def _name_tooltip(row: ParticipantRow) -> str:
    lines = [row.display_name]
    if row.is_child:
        lines.append(
            translate("ParticipantTableModel", "On printed lists: {name}").format(
                name=row.print_name
            )
        )
        if row.consent_note:
            lines.append(
                translate("ParticipantTableModel", "Consent: {note}").format(note=row.consent_note)
            )
    if row.walk_in:
        lines.append(translate("ParticipantTableModel", "Walk-in (came without invitation)"))
    return "\n".join(lines)


def _name(row: ParticipantRow) -> str:
    """Politicians as Swedish lists write them: "Per Holm (S)"."""
    return f"{row.display_name} {row.party_label}".strip()


def _role(row: ParticipantRow) -> str:
    """Office first (kommunalråd, nämndens ordförande), then the title."""
    return ", ".join(dict.fromkeys(p for p in (row.office, row.title) if p))


def columns() -> list[Column[ParticipantRow]]:
    return [
        Column(
            lambda: translate("ParticipantTableModel", "Name"),
            _name,
            sort=lambda r: swedish_sort_key(r.display_name),
            tooltip=_name_tooltip,
        ),
        Column(lambda: translate("ParticipantTableModel", "Title / role"), _role, tooltip=_role),
        Column(
            lambda: translate("ParticipantTableModel", "Organisation"),
            lambda r: r.affiliation,
            tooltip=lambda r: r.affiliation,
        ),
        Column(
            lambda: translate("ParticipantTableModel", "Category"),
            lambda r: r.category.label(),
            tooltip=lambda r: r.category.label(),
            sort=lambda r: f"{_CATEGORY_ORDER[r.category]:02d} {swedish_sort_key(r.name)}",
        ),
        Column(
            lambda: translate("ParticipantTableModel", "E-mail"),
            lambda r: r.email,
            tooltip=lambda r: r.email,
        ),
        Column(lambda: translate("ParticipantTableModel", "Phone"), lambda r: r.phone),
        Column(
            lambda: translate("ParticipantTableModel", "Invited"),
            lambda r: r.invited,
            checked=lambda r: r.invited,
            align=_CENTER,
        ),
        Column(
            lambda: translate("ParticipantTableModel", "Confirmed"),
            lambda r: r.confirmed,
            checked=lambda r: r.confirmed,
            align=_CENTER,
        ),
        Column(
            lambda: translate("ParticipantTableModel", "Attended"),
            lambda r: r.attended,
            checked=lambda r: r.attended,
            align=_CENTER,
        ),
        Column(
            lambda: translate("ParticipantTableModel", "Notes"),
            lambda r: _first_line(r.notes),
            tooltip=lambda r: r.notes,
        ),
    ]


class ParticipantTableModel(RowTableModel[ParticipantRow]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(columns(), parent)

    def row_of_id(self, participant_id: uuid.UUID) -> int:
        for number, row in enumerate(self._rows):
            if row.id == participant_id:
                return number
        return -1


class ParticipantFilterProxy(RowFilterProxy):
    """Search as you type on name, role, organisation, e-mail; filter on one category."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._category: ParticipantCategory | None = None
        self._keys: dict[uuid.UUID, tuple[int, str]] = {}

    def set_filters(self, *, search: str, category: ParticipantCategory | None) -> None:
        def change() -> None:
            self._needle = match_key(search)
            self._category = category

        self.change_filter(change)

    def _key(self, row: ParticipantRow) -> str:
        cached = self._keys.get(row.id)
        if cached is None or cached[0] != row.version:
            text = " ".join(
                (row.display_name, row.role, row.affiliation, row.email, row.category.label())
            )
            cached = (row.version, match_key(text))
            self._keys[row.id] = cached
        return cached[1]

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        row: ParticipantRow = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if self._category is not None and row.category is not self._category:
            return False
        if self._needle:
            key = self._key(row)
            return all(word in key for word in self._needle.split())
        return True
