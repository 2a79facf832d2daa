"""The programme's spread by SKR municipality group, county and size beside the country's, and
the import of the facts behind it (population from SCB, kommungrupp from SKR) with a preview."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.i18n import translate
from samordnare_desktop.services.municipality_facts import (
    FactAction,
    FactRow,
    FactsPlan,
    Spread,
    SpreadLine,
)
from samordnare_desktop.ui.context import UiContext
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.table_model import Column, RowTableModel


def _share(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "–"


class SpreadModel(RowTableModel[SpreadLine]):
    def __init__(self, title: str, parent: object = None) -> None:
        self.programme_total = 0
        self.country_total = 0
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        super().__init__(
            [
                Column(lambda: title, lambda r: r.label),
                Column(
                    lambda: translate("SpreadPanel", "Programme"),
                    lambda r: f"{r.programme} ({_share(r.programme, self.programme_total)})",
                    sort=lambda r: r.programme,
                    align=right,
                ),
                Column(
                    lambda: translate("SpreadPanel", "Country"),
                    lambda r: f"{r.country} ({_share(r.country, self.country_total)})",
                    sort=lambda r: r.country,
                    align=right,
                ),
            ],
            parent,
        )


class SpreadPanel(QGroupBox):
    """Three small tables: by group, by county, by size; "Import facts…" beside them."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("SpreadPanel", "The programme beside the country"), parent)
        self.setObjectName("spread_panel")
        self.ctx = ctx
        self.service = ctx.services.municipality_facts
        self.note = QLabel()
        self.note.setObjectName("spread_note")
        self.note.setWordWrap(True)
        self.import_button = QPushButton(translate("SpreadPanel", "Import municipality facts…"))
        self.import_button.setObjectName("import_facts")
        self.import_button.setToolTip(
            translate(
                "SpreadPanel",
                "Population from SCB's file (Folkmängd per kommun) or SKR's municipality groups "
                "(kommungruppsindelning), as CSV or XLSX",
            )
        )
        self.models = {
            "group": SpreadModel(translate("SpreadPanel", "Municipality group"), self),
            "county": SpreadModel(translate("SpreadPanel", "County"), self),
            "size": SpreadModel(translate("SpreadPanel", "Size"), self),
        }
        tables = QHBoxLayout()
        self.tables: dict[str, QTableView] = {}
        for key, model in self.models.items():
            view = QTableView()
            view.setObjectName(f"spread_{key}")
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in (1, 2):
                view.horizontalHeader().setSectionResizeMode(
                    column, QHeaderView.ResizeMode.ResizeToContents
                )
            self.tables[key] = view
            tables.addWidget(view, 1)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tables, 1)
        self.import_button.clicked.connect(self.import_facts)

    def refresh(self) -> None:
        spread: Spread | None = guarded(self, self.service.spread)
        if spread is not None:
            self.show_spread(spread)

    def show_spread(self, spread: Spread) -> None:
        """Show figures read elsewhere (Översikt's first view reads them off the GUI thread)."""
        if spread == getattr(self, "_shown", None):
            return  # not reset and measured again unchanged (every change notice reads them)
        self._shown = spread
        for key, lines in (
            ("group", spread.by_group),
            ("county", spread.by_county),
            ("size", spread.by_size),
        ):
            model = self.models[key]
            model.programme_total = spread.programme_total
            model.country_total = spread.country_total
            model.set_rows(lines)
        missing = []
        if not spread.has_groups:
            missing.append(translate("SpreadPanel", "municipality groups (SKR)"))
        if not spread.has_population:
            missing.append(translate("SpreadPanel", "population (SCB)"))
        text = translate(
            "SpreadPanel", "{programme} municipalities in the programme, {country} in the country."
        ).format(programme=spread.programme_total, country=spread.country_total)
        if missing:
            text += " " + translate(
                "SpreadPanel", "Not yet imported: {missing} (the app ships no numbers)."
            ).format(missing=", ".join(missing))
        self.note.setText(text)

    def import_facts(self, path: Path | None = None) -> bool:
        if not path:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                translate("SpreadPanel", "Import municipality facts"),
                "",
                translate("SpreadPanel", "Tables (*.csv *.xlsx *.txt);;All files (*)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        plan = guarded(self, lambda: self.service.preview(path))
        if plan is None:
            return False
        dialog = FactsPreviewDialog(
            plan,
            self,
            reread=lambda year: guarded(self, lambda: self.service.preview(path, year=year)),
        )
        if not dialog.exec():
            return False
        plan = dialog.plan  # the year the user chose in the preview
        if guarded(self, lambda: self.service.apply_plan(plan)) is None:
            return False
        self.refresh()
        self.ctx.bus.changed.emit("municipalities")
        self.ctx.show_status(
            translate("SpreadPanel", "{count} municipalities updated.").format(
                count=plan.count(FactAction.UPDATE)
            )
        )
        return True


class FactsPreviewDialog(QDialog):
    """What the import will do, row by row, before anything is saved."""

    def __init__(
        self,
        plan: FactsPlan,
        parent: QWidget | None = None,
        reread: Callable[[int], FactsPlan | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self._reread = reread
        self.setObjectName("facts_preview")
        self.setWindowTitle(translate("SpreadPanel", "Import municipality facts"))
        self.model: RowTableModel[FactRow] = RowTableModel(
            [
                Column(lambda: translate("SpreadPanel", "Row"), lambda r: r.line),
                Column(lambda: translate("SpreadPanel", "Action"), lambda r: r.action.label()),
                Column(
                    lambda: translate("SpreadPanel", "Municipality"),
                    lambda r: f"{r.code} {r.name}".strip(),
                ),
                Column(
                    lambda: translate("SpreadPanel", "Population"),
                    lambda r: "" if r.population is None else f"{r.population:,}".replace(",", " "),
                ),
                Column(lambda: translate("SpreadPanel", "Group"), lambda r: r.group),
                Column(lambda: translate("SpreadPanel", "Details"), lambda r: r.detail),
            ],
            self,
        )
        table = QTableView()
        table.setObjectName("facts_preview_table")
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        self.summary = summary = QLabel()
        summary.setObjectName("facts_summary")
        summary.setWordWrap(True)
        # SCB's tables often hold several years: the latest is read unless the user picks one
        self.year = QComboBox()
        self.year.setObjectName("facts_year")
        for year in plan.years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(plan.year)))
        self.year.setVisible(len(plan.years) > 1)
        self.year.currentIndexChanged.connect(self._year_chosen)
        year_row = QHBoxLayout()
        year_label = QLabel(translate("SpreadPanel", "Population of the year:"))
        year_label.setBuddy(self.year)
        year_label.setVisible(len(plan.years) > 1)
        year_row.addWidget(year_label)
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("SpreadPanel", "Import")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._show(plan)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(year_row)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(820, 520)

    def _year_chosen(self) -> None:
        year = self.year.currentData()
        if self._reread is None or year is None or year == self.plan.year:
            return
        plan = self._reread(year)
        if plan is not None:
            self._show(plan)

    def _show(self, plan: FactsPlan) -> None:
        self.plan = plan
        self.model.set_rows(plan.rows)
        self.summary.setText(
            translate(
                "SpreadPanel", "{file}: {update} to update, {same} unchanged, {skip} skipped."
            ).format(
                file=plan.file_name,
                update=plan.count(FactAction.UPDATE),
                same=plan.count(FactAction.UNCHANGED),
                skip=plan.count(FactAction.SKIP),
            )
            + (
                " " + translate("SpreadPanel", "Population of {year}.").format(year=plan.year)
                if plan.year and plan.kind != "group"
                else ""
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            plan.count(FactAction.UPDATE) > 0
        )
