"""The list of placement figures: one row per organisation and period, with the totals SQLite
summed (``CarePlaceService.list_rows``); the figures themselves load when a row is chosen."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from samordnare_desktop.i18n import translate
from samordnare_desktop.services.care_places import CareListRow
from samordnare_desktop.ui.table_model import ROW_ROLE, Column, RowTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


class CareReportTableModel(RowTableModel[CareListRow]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: translate("CareReportTableModel", "Municipality, region or SiS home"),
                    lambda r: r.organisation_name,
                ),
                Column(lambda: translate("CareReportTableModel", "Period"), lambda r: r.period),
                Column(
                    lambda: translate("CareReportTableModel", "Placed"),
                    lambda r: _number(r.placed),
                    sort=lambda r: r.placed,
                    align=RIGHT,
                ),
                Column(
                    lambda: translate("CareReportTableModel", "Bought"),
                    lambda r: _number(r.bought),
                    sort=lambda r: r.bought,
                    align=RIGHT,
                ),
                Column(
                    lambda: translate("CareReportTableModel", "Needs not met"),
                    lambda r: _number(r.needs),
                    sort=lambda r: r.needs,
                    align=RIGHT,
                ),
                Column(
                    lambda: translate("CareReportTableModel", "Breakdowns"),
                    lambda r: _number(r.breakdowns),
                    sort=lambda r: r.breakdowns,
                    align=RIGHT,
                ),
                Column(
                    lambda: translate("CareReportTableModel", "Focus groups"),
                    lambda r: ", ".join(r.focus_group_names),
                ),
            ],
            parent,
        )


def row_of(index: QModelIndex) -> CareListRow | None:
    return index.data(ROW_ROLE) if index.isValid() else None
