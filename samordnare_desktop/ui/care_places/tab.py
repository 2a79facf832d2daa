"""The Vårdplatser tab (issue #17): children placed per municipality (region, SiS home) and period
by placement form, own and bought places, the needs not met; one municipality beside the
programme's median and distribution; places against needs per form across the programme; the
import from a spreadsheet with a preview; the export (1-4 as "<5"); the focus groups.

Counts only: no child is identified anywhere in this tab."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.care_places import marks_note
from samordnare_desktop.services.care_places import CareReportRow, ChooseSheet, ProgrammeSpread
from samordnare_desktop.ui import files, messages
from samordnare_desktop.ui.care_places.balance_page import BalancePage
from samordnare_desktop.ui.care_places.comparison_page import ComparisonPage
from samordnare_desktop.ui.care_places.figures_undo import FiguresUndo
from samordnare_desktop.ui.care_places.focus_groups_dialog import FocusGroupsDialog
from samordnare_desktop.ui.care_places.import_dialog import CareImportDialog
from samordnare_desktop.ui.care_places.report_form import ReportForm
from samordnare_desktop.ui.care_places.table_model import CareReportTableModel, row_of
from samordnare_desktop.ui.context import (
    CARE_PLACES,
    EVERYTHING,
    MUNICIPALITY,
    VISIT,
    Change,
    UiContext,
)
from samordnare_desktop.ui.errors import guarded, show_error
from samordnare_desktop.ui.table_model import ROW_ROLE, RowFilterProxy
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.table import configure_table
from samordnare_desktop.ui.widgets.value_combo import ValueCombo

ALL = "all"


class CarePlacesTab(QWidget):
    NAME = "care_places"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self.ctx = ctx
        self.service = ctx.services.care_places
        self.current: CareReportRow | None = None
        # the programme's counts per period, kept while the list is unchanged (choosing another
        # municipality then reads only its own figures)
        self._spreads: dict[str, ProgrammeSpread] = {}
        self._balance_period: str | None = None
        self._balance_shown = False
        self.undo = FiguresUndo(self)

        top = self._build_top()
        left = self._build_table()
        self._build_pages()
        self._build_layout(left, top)
        self._wire(ctx)
        self.refresh()

    def _build_top(self):
        self.period = ValueCombo()
        self.period.setObjectName("period_filter")
        self.period.setAccessibleName(self.tr("Period"))
        self.focus_filter = ValueCombo()
        self.focus_filter.setObjectName("focus_filter")
        self.focus_filter.setAccessibleName(self.tr("Focus group"))
        self.new_button = QPushButton(self.tr("New figures"))
        self.new_button.setObjectName("new_figures")
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("import_figures")
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("export_figures")
        self.export_button.setToolTip(marks_note())  # what <5 and .. in the file mean
        self.focus_button = QPushButton(self.tr("Focus groups…"))
        self.focus_button.setObjectName("focus_groups_button")
        top = QHBoxLayout()
        period_label = QLabel(self.tr("Period"))
        period_label.setBuddy(self.period)
        top.addWidget(period_label)
        top.addWidget(self.period)
        focus_label = QLabel(self.tr("Focus group"))
        focus_label.setBuddy(self.focus_filter)
        top.addWidget(focus_label)
        top.addWidget(self.focus_filter, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        top.addWidget(self.focus_button)
        return top

    def _build_table(self):
        self.model = CareReportTableModel(self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("care_table")
        self.table.setAccessibleName(self.tr("Placement figures"))
        self.table.setModel(self.proxy)
        configure_table(self.table)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        # fixed widths: sizing to contents would ask every one of 2,900 rows on each change
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the focus groups take what is left
        for column, width in ((0, 170), (1, 70), (2, 75), (3, 60), (4, 105), (5, 95)):
            self.table.setColumnWidth(column, width)
        self.count = plain_label()
        self.count.setObjectName("count")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        return left

    def _build_pages(self):
        self.form = ReportForm(self.service)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        form_scroll.setAccessibleName(self.tr("Figures"))
        self.comparison = ComparisonPage()
        self.balance = BalancePage()
        self.pages = QTabWidget()
        self.pages.setObjectName("care_pages")
        self.pages.addTab(form_scroll, self.tr("Figures"))
        self.pages.addTab(self.comparison, self.tr("Compared with the programme"))
        self.pages.addTab(self.balance, self.tr("Places and needs"))

    def _build_layout(self, left, top):
        splitter = QSplitter()
        splitter.setObjectName("care_places_splitter")  # its sizes remembered (ui.view_state)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 840])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _wire(self, ctx):
        self.period.currentIndexChanged.connect(lambda _i: self.refresh_list())
        self.focus_filter.currentIndexChanged.connect(lambda _i: self.refresh_list())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selected())
        self.pages.currentChanged.connect(lambda _i: self._show_balance())
        self.new_button.clicked.connect(self.new_figures)
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button.clicked.connect(lambda: self.export_file())
        self.focus_button.clicked.connect(self.open_focus_groups)
        self.form.saved.connect(self._on_saved)
        self.form.deleted.connect(self._on_deleted)
        self.form.found.connect(self._on_found)
        ctx.bus.subscribe(self, self._on_change, (VISIT, MUNICIPALITY, CARE_PLACES, EVERYTHING))

    # --- public API ---------------------------------------------------------------------------
    def refresh(self) -> None:
        # a damaged file's read said (ui.errors) and the tab left empty, never a traceback
        groups = guarded(self, self.service.focus_group_choices) or []  # filter and form
        periods = guarded(self, self.service.periods) or []
        self._fill_filters(periods, groups)
        self.form.set_choices(guarded(self, self.service.reporting_organisations) or [], groups)
        self.refresh_list(periods)
        if self.current is None:
            self.form.show_report(None, period=self._period() or "")

    def refresh_list(self, periods: list[str] | None = None) -> None:
        self._spreads.clear()
        period = self._period()
        selected = self.current.id if self.current else None
        group = self.focus_filter.value()
        rows = guarded(self, lambda: self.service.list_rows(period=period, focus_group_id=group))
        rows = rows or []
        self.model.set_rows(rows)
        self.count.setText(self.tr("{n} sets of figures").format(n=len(rows)))
        if period is None:
            periods = guarded(self, self.service.periods) if periods is None else periods
            period = (periods or [None])[0]
        self._balance_period = period
        self._balance_shown = False  # read when its page is shown, not with every list
        self._show_balance()
        if selected is not None and not self.select_report(selected):
            self.current = None
            self.comparison.show_comparison(None)

    def select_report(self, report_id: uuid.UUID) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id == report_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def select_code(self, code: str) -> bool:
        """Select a municipality's figures for the period shown and compare them (the
        screenshot command's --kommun)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).municipality_code == code.strip():
                self.table.selectRow(row)
                self.table.scrollTo(index)
                self.pages.setCurrentWidget(self.comparison)
                return True
        return False

    def new_figures(self) -> None:
        if self.form.is_dirty() and not self._resolve_unsaved():
            return
        self.table.clearSelection()
        self.current = None
        self.form.show_report(None, period=self._period() or "")
        self.comparison.show_comparison(None)
        self.pages.setCurrentIndex(0)
        self.form.organisation.setFocus()

    def import_file(self, path=None) -> bool:
        if path is None:
            path = files.ask_open_path(
                self,
                self.tr("Import placement figures"),
                self.tr("Tables (*.xlsx *.csv *.txt);;All files (*)"),
                settings=self.ctx.settings,
                folder_key="care_places/import_folder",
            )
            if path is None:
                return False
        period = self._period()
        sheet: str | None = None
        while True:
            try:
                plan = self.service.preview_import(path, period=period, sheet=sheet)
            except ChooseSheet as exc:
                others = exc.with_figures or [n for n in exc.sheets if n != exc.read]
                sheet = self.ask_sheet(exc.message, others)
                if sheet is None:
                    return False
                continue
            except Exception as exc:
                show_error(self, exc)
                return False
            break
        dialog = CareImportDialog(plan, self)
        if not dialog.exec():
            return False
        if guarded(self, lambda: self.service.apply_plan(plan)) is None:
            return False
        self.refresh()
        self._notify()
        self.ctx.show_status(
            self.tr("{n} sets of figures imported.").format(
                n=sum(
                    1
                    for r in plan.rows
                    if r.data is not None and r.action.value in ("new", "update")
                )
            )
        )
        return True

    def ask_sheet(self, message: str, sheets: list[str]) -> str | None:
        """The sheet to read (as the participant import lets one choose); ``None``: cancel."""
        name, ok = QInputDialog.getItem(self, self.tr("Choose a sheet"), message, sheets, 0, False)
        return name if ok and name else None

    def export_file(self, path=None) -> bool:
        period = self._period()
        if path is None:
            path = files.ask_save_path(
                self,
                self.tr("Export placement figures"),
                files.safe_file_name(self.tr("Placeringar {period}").format(period=period or "")),
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
                settings=self.ctx.settings,
                folder_key="care_places/export_folder",
            )
            if path is None:
                return False
        count = guarded(self, lambda: self.service.export(path, period=period))
        if count is None:
            return False
        self.ctx.show_status(
            self.tr("{n} rows written to {file} (1–4 as <5).").format(n=count, file=path.name)
        )
        return True

    def open_focus_groups(self) -> FocusGroupsDialog:
        dialog = FocusGroupsDialog(self.service, self.ctx.services.visits, self)
        dialog.finished.connect(lambda _r: self._after_focus(dialog))
        dialog.open()
        return dialog

    # --- internals ----------------------------------------------------------------------------
    def _after_focus(self, dialog: FocusGroupsDialog) -> None:
        if dialog.changed:
            self.refresh()
            self._notify()

    def _period(self) -> str | None:
        value = self.period.value()
        return None if value in (None, ALL) else value

    def _show_balance(self) -> None:
        """Places and needs across the programme, once its page is in front."""
        if self._balance_shown or self.pages.currentWidget() is not self.balance:
            return
        self._balance_shown = True
        period = self._balance_period
        balance = guarded(self, lambda: self.service.balance(period)) if period else ()
        self.balance.show_balance(period, balance or ())

    def _fill_filters(self, periods: list[str], groups) -> None:
        chosen = self.period.value()
        self.period.blockSignals(True)
        self.period.clear()
        for period in periods:
            self.period.add(period, period)
        self.period.add(self.tr("All periods"), ALL)
        if not self.period.set_value(chosen):
            self.period.setCurrentIndex(0)
        self.period.blockSignals(False)
        chosen_group = self.focus_filter.value()
        self.focus_filter.blockSignals(True)
        self.focus_filter.clear()
        self.focus_filter.add(self.tr("All figures"), None)
        for group in groups:
            self.focus_filter.add(group.label, group.id)
        self.focus_filter.set_value(chosen_group)
        self.focus_filter.blockSignals(False)

    def about_to_close(self) -> bool:
        """The window is closing: Save / Don't save / Cancel for typed figures."""
        if not self.form.is_dirty():
            return True
        self.ctx.open_tab(self.NAME)
        self.pages.setCurrentIndex(0)
        return self._resolve_unsaved()

    def _resolve_unsaved(self) -> bool:
        answer = messages.ask_save(
            self, self.tr("Unsaved changes"), self.tr("Save the figures you typed?")
        )
        if answer == "discard":
            self.form.mark_clean()
        return self.form.save() if answer == "save" else answer == "discard"

    def _on_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        listed = row_of(rows[0]) if rows else None
        if listed is None or (self.current is not None and self.current.id == listed.id):
            return
        if self.form.is_dirty():  # back to the typed figures while asking
            if self.current is None or not self.select_report(self.current.id):
                self.table.selectionModel().clearSelection()
            QTimer.singleShot(0, self, lambda: self._switch_from_unsaved(listed.id))
            return
        row = guarded(self, lambda: self.service.get(listed.id))
        if row is None:
            return
        self.current = row
        self.form.show_report(row)
        self.comparison.show_comparison(
            guarded(
                self,
                lambda: self.service.comparison(
                    row.organisation_id, row.period, self._spread(row.period)
                ),
            )
        )

    def _on_found(self, row: CareReportRow) -> None:
        """New figures that are saved already: the form shows them; so do the list and the
        comparison."""
        self.current = row
        self.select_report(row.id)
        self.comparison.show_comparison(
            guarded(
                self,
                lambda: self.service.comparison(
                    row.organisation_id, row.period, self._spread(row.period)
                ),
            )
        )

    def _switch_from_unsaved(self, target: uuid.UUID) -> None:
        if not self.form.is_dirty() or self._resolve_unsaved():
            self.select_report(target)

    def _on_saved(self, report_id: uuid.UUID) -> None:
        self.current = self.service.get(report_id)
        period = self.current.period
        periods = self.service.periods()
        self._fill_filters(periods, self.service.focus_group_choices())
        if self._period() not in (None, period):
            self.period.set_value(period)
        self.refresh_list(periods)
        self.select_report(report_id)
        current = self.current
        self.comparison.show_comparison(
            guarded(
                self,
                lambda: self.service.comparison(
                    current.organisation_id, current.period, self._spread(current.period)
                ),
            )
        )
        self._notify()
        self.undo.record_save(self.form.before_save, current)
        self.ctx.show_status(self.tr("Figures saved. Ctrl+Z undoes."))

    def _on_deleted(self) -> None:
        self.current = None
        self.refresh()
        self.comparison.show_comparison(None)
        self._notify()
        if self.form.last_deleted is not None:
            self.undo.record_delete(self.form.last_deleted)

    def _spread(self, period: str) -> ProgrammeSpread:
        if period not in self._spreads:
            self._spreads[period] = self.service.programme_spread(period)
        return self._spreads[period]

    def _notify(self) -> None:
        self.ctx.bus.notify(Change.of(CARE_PLACES, source=self))

    def _on_change(self, _change: Change) -> None:
        self.refresh()  # delivered when this tab is in front
        _show_again(self)


def _show_again(tab: CarePlacesTab) -> None:
    """After a change elsewhere (a sync's pull, another window) the figures shown are read
    again. Typed figures are left as they are: their save is checked against the version they
    were typed over, so figures changed meanwhile are refused as a stale edit, never written
    over unseen."""
    current = tab.current
    if current is None or tab.form.is_dirty():
        return
    fresh = guarded(tab, lambda: tab.service.get(current.id))
    if fresh is not None and fresh != current:
        tab.current = fresh
        tab.form.show_report(fresh)
