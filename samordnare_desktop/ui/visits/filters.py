"""The Besök tab's filters over the visit table: search, municipality, organisation, kind, status,
dates and upcoming, and the count under the table."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
)

from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.ui import theme
from samordnare_desktop.ui.context import ORGANISATION
from samordnare_desktop.ui.widgets.date_input import DateInput
from samordnare_desktop.ui.widgets.form import date_edit
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.sizing import fit_search
from samordnare_desktop.ui.widgets.value_combo import ValueCombo

if TYPE_CHECKING:
    from samordnare_desktop.services.organisations import OrganisationRow
    from samordnare_desktop.ui.visits.registers import VisitRegisters
    from samordnare_desktop.ui.visits.tab import VisitsTab


_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{8}")


def _date_edit(name: str) -> DateInput:
    edit = date_edit(name, optional=True)  # empty: no bound
    edit.setPlaceholderText("–")
    return edit


def _date_of(edit: DateInput) -> date | None:
    return edit.day_or_none()  # an unreadable bound is marked in the field and not applied


class VisitFilters(QObject):
    """Part of :class:`VisitsTab` (its ``filters``)."""

    def __init__(self, tab: VisitsTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self._bounds: tuple[date | None, date | None] = (None, None)  # the dates filtered on

    def build(self, ctx, registers: VisitRegisters | None):
        """The filters; without ``registers`` (read later), no municipality or organisation to
        choose until :meth:`fill_registers`."""
        # --- filters --------------------------------------------------------------------------
        self.tab.search = QLineEdit()
        self.tab.search.setObjectName("search")
        self.tab.search.setAccessibleName(self.tr("Search visits"))
        self.tab.search.setPlaceholderText(self.tr("Search municipality, venue, date…"))
        self.tab.search.setClearButtonEnabled(True)
        fit_search(self.tab.search)
        self.tab.municipality = ValueCombo()
        self.tab.municipality.setObjectName("municipality_filter")
        self.tab.municipality.add(self.tr("All municipalities"), None)
        self.tab.organisation = ValueCombo()
        self.tab.organisation.setObjectName("organisation_filter")
        self.tab.organisation.add(self.tr("All organisations"), None)
        self.services = ctx.services
        self.filled = False  # the municipalities and organisations are offered
        if registers is not None:
            self.fill_registers(registers)
        ctx.bus.subscribe(self.tab, lambda _change: self.fill_organisations(), (ORGANISATION,))
        self.tab.kind = ValueCombo()
        self.tab.kind.setObjectName("kind_filter")
        self.tab.kind.add(self.tr("All kinds"), None)
        for kind in VisitKind:
            self.tab.kind.add(kind.label(), kind)
        self.tab.status = ValueCombo()
        self.tab.status.setObjectName("status_filter")
        self.tab.status.add(self.tr("All statuses"), None)
        for status in VisitStatus:
            self.tab.status.add(status.label(), status)
        self.tab.upcoming = QCheckBox(self.tr("Upcoming"))
        self.tab.upcoming.setObjectName("upcoming_filter")
        self.tab.upcoming.setToolTip(self.tr("Only visits from today on that are not cancelled"))
        self.tab.date_from = _date_edit("date_from")
        self.tab.date_to = _date_edit("date_to")
        self.tab.date_from.setAccessibleName(self.tr("Visits from"))
        self.tab.date_to.setAccessibleName(self.tr("Visits up to"))
        # An unreadable bound is said in words under the dates, as every date field says it
        # (not only a red frame with the message in a tooltip); the text stays in the field.
        # A line of its own, hidden while there is nothing to say, so the filter rows keep
        # their shape; it wraps rather than widen the list side.
        self.tab.date_error = plain_label()
        self.tab.date_error.setObjectName("date_filter_error")
        theme.style_label(self.tab.date_error, "error")
        self.tab.date_error.setWordWrap(True)
        self.tab.date_error.setVisible(False)
        for edit in (self.tab.date_from, self.tab.date_to):
            edit.errorChanged.connect(self._say_date_errors)
        self.tab.clear_button = QPushButton(self.tr("Clear filters"))
        self.tab.clear_button.setObjectName("clear_filters")
        # The filter combos are as wide as the room they get, not as their longest item (an
        # organisation's full name): with the dates on a row of their own the list side fits
        # beside the visit form on a 1366x768 screen at 125 % without scrolling sideways.
        for combo in (
            self.tab.municipality,
            self.tab.organisation,
            self.tab.kind,
            self.tab.status,
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        tab = self.tab
        from_label, to_label = QLabel(self.tr("From")), QLabel(self.tr("to"))
        dates = [from_label, tab.date_from, to_label, tab.date_to]
        wide = [
            [(tab.search, 3), (tab.municipality, 2), (tab.organisation, 2)],
            [(tab.kind, 1), (tab.status, 1), tab.upcoming],
            [*dates, 1, tab.clear_button],
            [tab.date_error],
        ]
        narrow = [  # the list side beside the visit pages at 150-200 %: shorter rows
            [tab.search],
            [(tab.municipality, 1), (tab.organisation, 1)],
            [(tab.kind, 1), (tab.status, 1)],
            [*dates, 1],
            [tab.date_error],
            [tab.upcoming, 1, tab.clear_button],
        ]
        return wide, narrow

    def _say_date_errors(self, _message: str) -> None:
        messages = [e.error() for e in (self.tab.date_from, self.tab.date_to) if e.error()]
        self.tab.date_error.setText("\n".join(messages))
        self.tab.date_error.setVisible(bool(messages))

    def fill_registers(self, registers: VisitRegisters) -> None:
        """The municipalities and organisations to filter on (once, when the tab is built, or
        once its rows read in a worker are painted: reading.py)."""
        if not self.filled:
            self.filled = True
            self.tab.municipality.add_many(registers.municipality_items())
        self.fill_organisations(registers.organisations)

    def fill_organisations(self, orgs: list[OrganisationRow] | None = None) -> None:
        """The organisation filter's choices (``orgs``: the register with the deleted ones, if
        read already), again when the register changes (the choice stays)."""
        from samordnare_desktop.domain.organisation import OrganisationKind

        combo = self.tab.organisation
        chosen = combo.value()
        combo.blockSignals(True)
        combo.clear()
        combo.add(self.tr("All organisations"), None)
        # Deleted organisations too, after the live ones: their meetings keep the tie.
        if orgs is None:
            orgs = self.services.organisations.list(include_deleted=True)
        combo.add_many(
            [
                (
                    self.tr("{name} (deleted)").format(name=org.name) if org.deleted else org.name,
                    org.id,
                )
                for org in sorted(orgs, key=lambda o: o.deleted)
                if org.kind is not OrganisationKind.MUNICIPALITY or org.region_tasks
            ]
        )
        combo.set_value(chosen)
        combo.blockSignals(False)

    def clear_filters(self) -> None:
        for widget in (
            self.tab.municipality,
            self.tab.organisation,
            self.tab.kind,
            self.tab.status,
        ):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        for edit in (self.tab.date_from, self.tab.date_to):
            edit.blockSignals(True)
            edit.set_day(None)
            edit.blockSignals(False)
        self._say_date_errors("")  # their errorChanged was blocked with the rest
        self.tab.upcoming.blockSignals(True)
        self.tab.upcoming.setChecked(False)
        self.tab.upcoming.blockSignals(False)
        self.tab.search.clear()
        self.on_filter_changed()

    def on_date_text(self) -> None:
        """A date bound's text changed. One that no longer reads as a date stops filtering at
        once; a new date filters when written in full (2026-02-03, 20260203) or when the field
        is left: "2026-02-3" on the way to "2026-02-30" filtered on the 3rd, the form's "Spara
        ändringarna i besöket?" took the focus and the keys typed after it."""
        bounds = (_date_of(self.tab.date_from), _date_of(self.tab.date_to))
        if bounds == self._bounds:
            return
        for edit, bound, applied in zip(
            (self.tab.date_from, self.tab.date_to), bounds, self._bounds, strict=True
        ):
            typing = bound != applied and bound is not None and edit.hasFocus()
            if typing and not _FULL_DATE.fullmatch(edit.text().strip()):
                return  # still being typed: judged when complete or when left
        self.on_filter_changed()

    def on_filter_changed(self) -> None:
        self._bounds = (_date_of(self.tab.date_from), _date_of(self.tab.date_to))
        self.tab.proxy.set_filters(
            search=self.tab.search.text(),
            municipality_id=self.tab.municipality.value(),
            organisation_id=self.tab.organisation.value(),
            kind=self.tab.kind.value(),
            status=self.tab.status.value(),
            date_from=_date_of(self.tab.date_from),
            date_to=_date_of(self.tab.date_to),
            upcoming_from=date.today() if self.tab.upcoming.isChecked() else None,
        )
        self.update_count()

    def update_count(self) -> None:
        shown, total = self.tab.proxy.rowCount(), self.tab.model.rowCount()
        if not self.tab.model.warnings_known:  # the rows shown first, their warnings to come
            self.tab.count.setText(
                self.tr("Showing {shown} of {total} visits").format(shown=shown, total=total)
            )
            return
        with_warnings = sum(1 for found in self.tab.model.warnings.values() if found)
        self.tab.count.setText(
            self.tr("Showing {shown} of {total} visits · {warned} with warnings").format(
                shown=shown, total=total, warned=with_warnings
            )
        )
