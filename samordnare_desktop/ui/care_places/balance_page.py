"""Places against needs per placement form, across the programme's municipalities for a period:
children placed (own and bought places) beside the needs not met (waiting, placed in a form that
does not match the need, placed far from home)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from samordnare_desktop.domain.care_places import Measure
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.care_places import FormBalance
from samordnare_desktop.ui.table_model import Column, RowTableModel
from samordnare_desktop.ui.widgets.charts import SERIES_COLOURS, GroupedBarChart, Series
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.table import configure_table

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class BalanceRow:
    position: int
    form: str
    balance: FormBalance


def _shown(row: BalanceRow, measure: Measure) -> int | str:
    value = row.balance.shown(measure)
    return "–" if value is None else value


def _count(title, value) -> Column[BalanceRow]:
    return Column(title, value, sort=lambda r: str(value(r)).zfill(9), align=RIGHT)


class BalancePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("care_balance")
        self.caption = plain_label()
        self.caption.setObjectName("balance_caption")
        self.caption.setWordWrap(True)
        self.chart = GroupedBarChart()
        self.chart.setObjectName("care_balance_chart")
        self.chart.value_text = lambda value: str(int(value))
        self.model: RowTableModel[BalanceRow] = RowTableModel(
            [
                Column(lambda: translate("BalancePage", "Form"), lambda r: r.form,
                       sort=lambda r: r.position),
                _count(lambda: translate("BalancePage", "Placed"), lambda r: _shown(r, Measure.PLACED)),
                _count(lambda: translate("BalancePage", "Own"), lambda r: _shown(r, Measure.OWN)),
                _count(lambda: translate("BalancePage", "Bought"), lambda r: _shown(r, Measure.BOUGHT)),
                _count(lambda: translate("BalancePage", "Waiting"), lambda r: _shown(r, Measure.WAITING)),
                _count(lambda: translate("BalancePage", "Wrong form"), lambda r: _shown(r, Measure.MISMATCHED)),
                _count(lambda: translate("BalancePage", "Far from home"), lambda r: _shown(r, Measure.FAR_AWAY)),
                _count(lambda: translate("BalancePage", "Reporting"), lambda r: r.balance.reporting),
            ],
            self,
        )  # fmt: skip
        self.table = QTableView()
        self.table.setObjectName("balance_table")
        self.table.setAccessibleName(self.tr("Places and needs per form"))
        self.table.setModel(self.model)
        configure_table(self.table)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.chart)
        layout.addWidget(self.table)

    def show_balance(self, period: str | None, balance: tuple[FormBalance, ...]) -> None:
        if not period:
            self.caption.setText(self.tr("No figures yet."))
            self.chart.set_data([], [])
            self.model.set_rows([])
            return
        self.caption.setText(
            self.tr(
                "{period}: children placed per form in the programme's municipalities, beside "
                "the needs not met (waiting, wrong form, far from home)."
            ).format(period=period)
        )
        forms = [b.form.label().strip() for b in balance]
        self.chart.set_data(
            forms,
            [
                Series(
                    self.tr("Placed"), tuple(float(b.placed) for b in balance), SERIES_COLOURS[0]
                ),
                Series(
                    self.tr("Needs not met"),
                    tuple(float(b.shown_needs or 0) for b in balance),
                    SERIES_COLOURS[3],
                ),
            ],
        )
        self.model.set_rows([BalanceRow(i, forms[i], b) for i, b in enumerate(balance)])
