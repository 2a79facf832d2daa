"""Two of Översikt's sections, each a box that shows what it is given: the time study (the
programme's or one municipality's beside the median, chosen in the box) and the care places
(placed children beside needs not met, per form)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QComboBox, QGroupBox, QVBoxLayout, QWidget

from samordnare_desktop.services.overview import Overview
from samordnare_desktop.ui.context import UiContext
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.time_study.view import TimeStudyView
from samordnare_desktop.ui.widgets.charts import SERIES_COLOURS, GroupedBarChart, Series


class ProgrammeTimeStudyBox(QGroupBox):
    """The time study: the programme's (all municipalities) or the one chosen in the box."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Time study: the programme or a municipality beside the median"))
        self.ctx = ctx
        self.municipality = QComboBox()
        self.municipality.setObjectName("time_study_municipality")
        self.view = TimeStudyView()
        layout = QVBoxLayout(self)
        layout.addWidget(self.municipality)
        layout.addWidget(self.view, 1)
        self.municipality.currentIndexChanged.connect(self.show_chosen)

    def fill(self, overview: Overview, comparison: Any = None) -> None:
        """The municipalities with a time study to choose from (the choice kept), and the
        chosen one shown; ``comparison`` is the programme's when read with the figures."""
        studied = tuple((ref.id, ref.name, ref.code) for ref in overview.time_study)
        if studied == getattr(self, "_studied", None):  # the same choices: not built again
            self.show_chosen(comparison=comparison)
            return
        self._studied = studied
        chosen = self.municipality.currentData()
        self.municipality.blockSignals(True)
        self.municipality.clear()
        if overview.time_study:
            self.municipality.addItem(self.tr("The programme, all municipalities"), "*")
        for ref in overview.time_study:
            self.municipality.addItem(f"{ref.name} ({ref.code})", str(ref.id))
        if not overview.time_study:
            self.municipality.addItem(self.tr("No time study yet"), None)
        index = self.municipality.findData(chosen) if chosen else 0
        self.municipality.setCurrentIndex(max(index, 0))
        self.municipality.blockSignals(False)
        self.show_chosen(comparison=comparison)

    def show_chosen(self, _index: int = -1, comparison: Any = None) -> None:
        data = self.municipality.currentData()
        service = self.ctx.services.time_studies
        if data == "*" and comparison is not None:  # the programme's, read with the figures
            pass
        elif data == "*":
            comparison = guarded(self, service.programme_comparison)
        elif data:
            comparison = guarded(self, lambda: service.comparison(uuid.UUID(data)))
        else:
            comparison = None
        if comparison is not None and comparison is getattr(self, "_shown", None):
            return  # the very figures shown (its service keeps them while nothing changed)
        self._shown = comparison
        self.view.set_comparison(comparison)


class CarePlacesBox(QGroupBox):
    """Care places: placed children beside needs not met, per form (the top-level forms)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Care places"))
        self.chart = GroupedBarChart(compact=False)
        self.chart.setObjectName("care_places_chart")
        self.chart.value_text = lambda value: str(int(value))
        QVBoxLayout(self).addWidget(self.chart)

    def show_care(self, care: Any) -> None:
        """``care`` is a care_places.CareSummary, or None when nothing is reported yet."""
        if care is None:
            self.setTitle(self.tr("Care places"))
            self.chart.set_data([], [])
            return
        self.setTitle(
            self.tr("Care places {period}: placed and needs not met, {n} municipalities").format(
                period=care.period, n=care.reporting
            )
        )
        forms = [b for b in care.balance if b.form.parent is None]
        self.chart.set_data(
            [b.form.short_label() for b in forms],
            [
                Series(self.tr("Placed"), tuple(float(b.placed) for b in forms), SERIES_COLOURS[0]),
                Series(
                    self.tr("Needs not met"),
                    tuple(float(b.shown_needs or 0) for b in forms),
                    SERIES_COLOURS[3],
                ),
            ],
        )
