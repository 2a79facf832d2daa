"""One municipality beside the programme: for a measure (placed, bought, waiting ...) its count per
placement form against the programme's median and distribution, as a chart and as figures."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from samordnare_desktop.domain.care_places import Measure, PlacementForm
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.care_places import Comparison
from samordnare_desktop.ui.care_places.charts import DistributionChart, _median_text
from samordnare_desktop.ui.table_model import Column, RowTableModel
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.table import configure_table
from samordnare_desktop.ui.widgets.value_combo import ValueCombo

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class FigureRow:
    position: int
    form: str
    value: int | None
    median: float | None
    q1: float | None
    q3: float | None
    count: int


def _n(value: float | None) -> str:
    return _median_text(value) if value is not None else "–"


class ComparisonPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("care_comparison")
        self.comparison: Comparison | None = None
        self.measure = ValueCombo()
        self.measure.setObjectName("measure")
        self.measure.setAccessibleName(self.tr("What to compare"))
        for measure in Measure:
            self.measure.add(measure.label(), measure)
        self.caption = plain_label()
        self.caption.setObjectName("comparison_caption")
        self.caption.setWordWrap(True)
        self.chart = DistributionChart()
        self.model: RowTableModel[FigureRow] = RowTableModel(
            [
                Column(lambda: translate("ComparisonPage", "Form"), lambda r: r.form,
                       sort=lambda r: r.position),
                Column(lambda: translate("ComparisonPage", "This one"), lambda r: _n(r.value),
                       sort=lambda r: r.value, align=RIGHT),
                Column(lambda: translate("ComparisonPage", "Median"), lambda r: _n(r.median),
                       sort=lambda r: r.median, align=RIGHT),
                Column(lambda: translate("ComparisonPage", "Middle half"),
                       lambda r: f"{_n(r.q1)}–{_n(r.q3)}" if r.q1 is not None else "–",
                       align=RIGHT),
                Column(lambda: translate("ComparisonPage", "Municipalities"),
                       lambda r: r.count, align=RIGHT),
            ],
            self,
        )  # fmt: skip
        self.table = QTableView()
        self.table.setObjectName("comparison_table")
        self.table.setAccessibleName(self.tr("Figures compared with the programme"))
        self.table.setModel(self.model)
        configure_table(self.table)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setMinimumHeight(160)
        self.table.setColumnWidth(0, 220)
        top = QHBoxLayout()
        label = QLabel(self.tr("Compare"))
        label.setBuddy(self.measure)
        top.addWidget(label)
        top.addWidget(self.measure)
        top.addWidget(self.caption, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart)
        layout.addWidget(self.table, 1)
        self.measure.currentIndexChanged.connect(lambda _i: self._draw())

    def show_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        self._draw()

    def _draw(self) -> None:
        comparison = self.comparison
        measure: Measure = self.measure.value() or Measure.PLACED
        if comparison is None:
            self.caption.setText(self.tr("Choose figures in the list to compare them."))
            self.chart.set_data([], "")
            self.model.set_rows([])
            return
        self.caption.setText(
            self.tr(
                "{name}, {period}: beside the {n} municipalities of the programme with figures "
                "for the period."
            ).format(
                name=comparison.organisation_name,
                period=comparison.period,
                n=comparison.municipalities,
            )
        )
        rows = [comparison.of(form, measure) for form in PlacementForm]
        self.chart.set_data(
            [(d.form.label().strip(), d) for d in rows], comparison.organisation_name
        )
        self.model.set_rows(
            [
                FigureRow(i, d.form.label().strip(), d.value, d.median, d.q1, d.q3, d.count)
                for i, d in enumerate(rows)
            ]
        )
