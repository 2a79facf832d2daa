"""The Kommuner table: code, name, county, programme membership and stage, and the imported
facts (population, SKR municipality group); plus its search/filter proxy."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from samordnare_desktop.domain.validation import match_key
from samordnare_desktop.domain.visit_rules import ProgrammeStage
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.municipalities import MunicipalityRow
from samordnare_desktop.ui.table_model import ROW_ROLE, Column, RowFilterProxy, RowTableModel


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
        self.stages: dict[uuid.UUID, ProgrammeStage] = {}
        stage = Column(
            lambda: translate("MunicipalityTableModel", "Programme stage"),
            lambda r: self.stage(r).label() if r.in_programme or r.id in self.stages else "",
            sort=lambda r: int(self.stage(r)) if r.in_programme or r.id in self.stages else -1,
        )
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        population = Column(
            lambda: translate("MunicipalityTableModel", "Population"),
            lambda r: "" if r.population is None else f"{r.population:,}".replace(",", "\u00a0"),
            sort=lambda r: r.population,
            align=right,
            tooltip=lambda r: (
                translate("MunicipalityTableModel", "Population {year} (SCB)")
                .format(year=r.population_year or "")
                .replace("  ", " ")
                if r.population is not None
                else translate(
                    "MunicipalityTableModel", "Not imported (Översikt → Import municipality facts)"
                )
            ),
        )
        group = Column(
            lambda: translate("MunicipalityTableModel", "Municipality group"),
            lambda r: r.municipality_group,
            sort=lambda r: r.municipality_group or None,
            tooltip=lambda r: r.municipality_group_name,
        )
        super().__init__([*columns(), stage, population, group], parent)

    def stage(self, row: MunicipalityRow) -> ProgrammeStage:
        return self.stages.get(row.id, ProgrammeStage.NONE)

    def set_data(
        self, rows: list[MunicipalityRow], stages: dict[uuid.UUID, ProgrammeStage]
    ) -> None:
        self.stages = stages
        self.set_rows(rows)

    def update_stages(self, ids: set[uuid.UUID], stages: dict[uuid.UUID, ProgrammeStage]) -> None:
        """New programme stages for the municipalities ``ids`` (the others keep theirs)."""
        for municipality_id in ids:
            if municipality_id in stages:
                self.stages[municipality_id] = stages[municipality_id]
            else:
                self.stages.pop(municipality_id, None)
        numbers = [n for n, row in enumerate(self._rows) if row.id in ids]
        if numbers:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(numbers), 0), self.index(max(numbers), last))


class MunicipalityFilterProxy(RowFilterProxy):
    """Search as you type on name or code (casefolded, å ä ö kept distinct), county, programme."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._county = ""
        self._only_programme = False

    def set_filters(self, *, search: str, county_code: str, only_programme: bool) -> None:
        def change() -> None:
            self._needle = match_key(search)
            self._county = county_code
            self._only_programme = only_programme

        self.change_filter(change)

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
