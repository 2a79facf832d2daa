"""The Kommuner table: code, name, county, programme membership and stage, and the imported
facts (population, SKR municipality group); plus its search/filter proxy."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, QRegularExpression, Qt

from samordnare_desktop.domain.validation import match_key
from samordnare_desktop.domain.visit_rules import ProgrammeStage
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.municipalities import MunicipalityRow
from samordnare_desktop.ui.table_model import ROW_ROLE, Column, ItemRowTableModel, KeyFilterProxy


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


_SEP = "\x1f"  # between the fields of a row's filter key (never typed)


def filter_key(row: MunicipalityRow) -> str:
    """Folded name, code, county code and P (in the programme) or -, separated by U+001F: what
    the proxy's expression matches."""
    name = match_key(row.name).replace(_SEP, " ")
    programme = "P" if row.in_programme else "-"
    return _SEP.join((name, row.code, row.county_code, programme))


class MunicipalityTableModel(ItemRowTableModel[MunicipalityRow]):
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
        super().__init__([*columns(), stage, population, group], parent, filter_key=filter_key)

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
        self.refresh_values([n for n, row in enumerate(self._rows) if row.id in ids])


class MunicipalityFilterProxy(KeyFilterProxy):
    """Search as you type on name or code (casefolded, å ä ö kept distinct: the name contains
    the search, or the code starts with it), county, programme."""

    def set_filters(self, *, search: str, county_code: str, only_programme: bool) -> None:
        needle = QRegularExpression.escape(match_key(search))
        field = f"[^{_SEP}]*"
        parts = []
        if needle:
            parts.append(f"(?={field}{needle}|{field}{_SEP}{needle})")
        if county_code:
            parts.append(
                f"(?={field}{_SEP}{field}{_SEP}{QRegularExpression.escape(county_code)}{_SEP})"
            )
        if only_programme:
            parts.append(f"(?=.*{_SEP}P$)")
        self.set_pattern("^" + "".join(parts) if parts else "")


def row_of(index: QModelIndex) -> MunicipalityRow | None:
    return index.data(ROW_ROLE) if index.isValid() else None
