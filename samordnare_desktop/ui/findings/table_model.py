"""The list of findings: one row per finding (its first line of text; the whole text as tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from samordnare_desktop.i18n import translate
from samordnare_desktop.services.findings import FindingRow
from samordnare_desktop.ui.table_model import ROW_ROLE, Column, RowTableModel, swedish_sort_key

DAY, KIND, LEVEL, TEXT, THEMES, FOCUS_GROUPS, ORGANISATIONS, MEETING = range(8)


def first_line(text: str, most: int = 160) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= most else line[: most - 1] + "…"


class FindingTableModel(RowTableModel[FindingRow]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: translate("FindingTableModel", "Date"),
                    lambda r: r.day.isoformat(),
                    sort=lambda r: (r.day, r.created_at),
                ),
                Column(lambda: translate("FindingTableModel", "Kind"), lambda r: r.kind_label),
                Column(lambda: translate("FindingTableModel", "Level"), lambda r: r.level_label),
                Column(
                    lambda: translate("FindingTableModel", "Finding"),
                    lambda r: first_line(r.text),
                    sort=lambda r: swedish_sort_key(r.text),
                    tooltip=lambda r: r.text,
                ),
                Column(
                    lambda: translate("FindingTableModel", "Themes"),
                    lambda r: "; ".join(r.theme_labels),
                ),
                Column(
                    lambda: translate("FindingTableModel", "Focus groups"),
                    lambda r: ", ".join(r.focus_group_labels),
                ),
                Column(
                    lambda: translate("FindingTableModel", "Organisations"),
                    lambda r: ", ".join(r.organisation_names),
                ),
                Column(
                    lambda: translate("FindingTableModel", "Meeting"),
                    lambda r: r.visit_label,
                    sort=lambda r: (r.day, swedish_sort_key(r.visit_label)),
                ),
            ],
            parent,
        )


def row_of(index: QModelIndex) -> FindingRow | None:
    return index.data(ROW_ROLE) if index.isValid() else None
