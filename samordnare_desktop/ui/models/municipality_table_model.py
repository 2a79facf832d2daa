"""The Kommuner table: code, name, county, programme membership; plus its search/filter proxy."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from samordnare_desktop.domain.validation import match_key
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.municipalities import MunicipalityRow
from samordnare_desktop.ui.models.base import ROW_ROLE, SORT_ROLE, Column, RowTableModel


def columns() -> list[Column[MunicipalityRow]]:
    return [
        Column(lambda: translate("MunicipalityTableModel", "Code"), lambda r: r.code),
        Column(lambda: translate("MunicipalityTableModel", "Municipality"), lambda r: r.name),
        Column(lambda: translate("MunicipalityTableModel", "County"), lambda r: r.county_name),
        Column(
            lambda: translate("MunicipalityTableModel", "In programme"),
            lambda r: r.in_programme,
            checked=lambda r: r.in_programme,
        ),
    ]


class MunicipalityTableModel(RowTableModel[MunicipalityRow]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(columns(), parent)


class MunicipalityFilterProxy(QSortFilterProxyModel):
    """Search as you type on name or code (case- and accent-exact Swedish), county, programme."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._needle = ""
        self._county = ""
        self._only_programme = False

    def set_search(self, text: str) -> None:
        self._needle = match_key(text)
        self.invalidateRowsFilter()

    def set_county(self, county_code: str) -> None:
        self._county = county_code
        self.invalidateRowsFilter()

    def set_only_programme(self, only: bool) -> None:
        self._only_programme = only
        self.invalidateRowsFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        row: MunicipalityRow = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if self._only_programme and not row.in_programme:
            return False
        if self._county and row.county_code != self._county:
            return False
        if self._needle:
            return row.code.startswith(self._needle) or self._needle in match_key(row.name)
        return True


def row_of(index: QModelIndex) -> MunicipalityRow | None:
    return index.data(ROW_ROLE) if index.isValid() else None
