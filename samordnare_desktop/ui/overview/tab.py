"""The Översikt tab: the programme's progress at a glance, every number clickable.

Clicking a number lists what is behind it (municipalities or visits) in the table "Behind the
number"; activating a row there (double-click or Enter) opens it in its own tab.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.formatting import short_month
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.overview import (
    AreaCount,
    Overview,
    UpcomingVisit,
)
from samordnare_desktop.ui import theme
from samordnare_desktop.ui.context import (
    ACTION_PLAN,
    ASSIGNMENT,
    CARE_PLACES,
    MUNICIPALITY,
    PARTICIPANT,
    TIME_STUDY,
    VISIT,
    Change,
    UiContext,
)
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.overview.behind import BehindTheNumber, DrillRow
from samordnare_desktop.ui.overview.columns import size_upcoming
from samordnare_desktop.ui.overview.reading import DUE, FIGURES, REST, PartsRead
from samordnare_desktop.ui.overview.sections import CarePlacesBox, ProgrammeTimeStudyBox
from samordnare_desktop.ui.table_model import ROW_ROLE, Column, RowFilterProxy, RowTableModel
from samordnare_desktop.ui.widgets.charts import (
    ColumnChart,
)
from samordnare_desktop.ui.widgets.table import configure_table

_UNREAD: Any = object()  # not read with the figures: read where shown


def _same_rows(rows, shown) -> bool:
    """Whether ``rows`` are the rows ``shown`` (in any order): frozen, hashable rows. The very
    same objects (the service kept them) are told by identity, without hashing their fields."""
    if len(rows) != len(shown):
        return False
    return set(map(id, rows)) == set(map(id, shown)) or set(rows) == set(shown)


def kpi_style() -> str:
    """The figure buttons, in the light or dark theme's colours (ui.theme)."""
    border, accent, accent_bg = (theme.hex_colour(n) for n in ("border", "accent", "accent_bg"))
    return (
        f"QPushButton {{ text-align: left; padding: 8px 12px; border: 1px solid {border};"
        " border-radius: 4px; background: palette(base); color: palette(text); }"
        f"QPushButton:hover {{ border-color: {accent}; }}"
        f"QPushButton:checked {{ border: 2px solid {accent}; background: {accent_bg}; }}"
    )


def _two_lines_high(button: QPushButton) -> None:
    """A tile as high from the start as with its figure and caption (two lines): its "…" was
    one line, and the figures' coming made every tile 14 pixels higher, moving everything below
    them (each section laid out and painted again beside the figures' own paint)."""
    text = button.text()
    button.ensurePolished()
    button.setText("…\n…")
    button.setMinimumHeight(button.sizeHint().height())
    button.setText(text)


def _month_label(month: date, first: bool) -> str:
    """ "mar" under each column; the year below it on the first column and on January."""
    name = short_month(month).rstrip(".")
    return f"{name}\n{month.year}" if first or month.month == 1 else name


def _upcoming_columns() -> list[Column[UpcomingVisit]]:
    return [
        Column(
            lambda: translate("OverviewTab", "Date"),
            lambda r: r.day.isoformat(),
            sort=lambda r: r.day.toordinal(),
        ),
        Column(lambda: translate("OverviewTab", "Municipality"), lambda r: r.municipality_name),
        Column(lambda: translate("OverviewTab", "Visit"), lambda r: r.kind.label()),
        Column(lambda: translate("OverviewTab", "Status"), lambda r: r.status.label()),
    ]


def _area_columns() -> list[Column[AreaCount]]:
    return [
        Column(lambda: translate("OverviewTab", "Development area"), lambda r: r.name),
        Column(
            lambda: translate("OverviewTab", "Municipalities"),
            lambda r: r.count,
            align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        ),
    ]


class OverviewTab(QWidget):
    NAME = "overview"

    @staticmethod
    def title() -> str:
        return translate("Tabs", "Overview")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.behind = BehindTheNumber(self)
        self.setObjectName(self.NAME)
        self.ctx = ctx
        self.service = ctx.services.overview
        self.overview: Overview | None = None
        self._dirty = False

        header = self._build_header()
        kpi_row = self._build_kpis()
        chart_box = self._build_chart()
        upcoming_box = self._build_upcoming()
        areas_box = self._build_areas()
        drill_box = self.behind.build()
        study_box = self._build_time_study()
        self._build_grid(
            areas_box, chart_box, ctx, drill_box, header, kpi_row, study_box, upcoming_box
        )
        self._wire(ctx)
        self._parts = PartsRead(  # read in parts, each section's title reading until it is in
            self,
            {
                FIGURES: [chart_box, upcoming_box, areas_box, self.care_box],
                DUE: [self.due],
                REST: [drill_box, study_box, self.spread],
            },
        )
        self.refresh()  # the first time off the GUI thread: the tab shows at once

    def _build_header(self):
        self.heading = QLabel(self.tr("The programme at a glance"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.report_button = QPushButton(self.tr("Report…"))
        self.report_button.setObjectName("report")
        self.report_button.setToolTip(self.tr("Quarterly report as PDF (Ctrl+P)"))
        report_shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        report_shortcut.activated.connect(self.open_report_dialog)
        self.export_button = QPushButton(self.tr("Export programme data…"))
        self.export_button.setObjectName("export_xlsx")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.setShortcut("F5")
        # while the first figures are read (a few hundred ms at ten times the programme)
        self.reading_label = QLabel(self.tr("Reading the programme's figures…"))
        self.reading_label.setObjectName("overview_reading")
        self.reading_bar = QProgressBar()
        self.reading_bar.setObjectName("overview_reading_bar")
        self.reading_bar.setRange(0, 0)  # busy: the reading has no steps to count
        self.reading_bar.setMaximumWidth(160)
        self.reading_bar.setTextVisible(False)
        self.reading_label.hide()
        self.reading_bar.hide()
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.reading_label)
        header.addWidget(self.reading_bar)
        header.addWidget(self.refresh_button)
        header.addWidget(self.export_button)
        header.addWidget(self.report_button)
        return header

    def _build_kpis(self):
        self.kpis: dict[str, QPushButton] = {}
        # four to a row: seven tiles side by side were wider than a 1366-pixel laptop screen
        # (the last tile and the Rapport... button were cut off behind a sideways scroll)
        kpi_row = QGridLayout()
        for index, key in enumerate(
            (
                "first_visit",
                "plan_received",
                "follow_up",
                "overdue",
                "time_study",
                "upcoming",
                "care_places",
            )
        ):
            button = QPushButton()
            button.setObjectName(f"kpi_{key}")
            button.setText("…")  # until the worker's figures are in (a screen reader's name too)
            button.setCheckable(True)
            theme.set_style(button, kpi_style)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            _two_lines_high(button)
            button.clicked.connect(lambda _checked=False, k=key: self.behind.show_behind(k))
            self.kpis[key] = button
            kpi_row.addWidget(button, index // 4, index % 4)
        return kpi_row

    def _build_chart(self):
        self.chart = ColumnChart()
        self.chart.setObjectName("visits_per_month")
        self.chart.setToolTip(self.tr("Click a month to list its visits."))
        chart_box = QGroupBox(self.tr("Visits per month"))
        QVBoxLayout(chart_box).addWidget(self.chart)
        return chart_box

    def _build_upcoming(self):
        self.upcoming_model: RowTableModel[UpcomingVisit] = RowTableModel(_upcoming_columns(), self)
        self.upcoming_proxy = RowFilterProxy(self)
        self.upcoming_proxy.setSourceModel(self.upcoming_model)
        self.upcoming = QTableView()
        self.upcoming.setObjectName("upcoming")
        self.upcoming.setModel(self.upcoming_proxy)

        configure_table(self.upcoming)
        self.upcoming.horizontalHeader().setResizeContentsPrecision(40)
        self.upcoming.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        upcoming_box = QGroupBox(self.tr("Visits in the next 30 days"))
        QVBoxLayout(upcoming_box).addWidget(self.upcoming)
        return upcoming_box

    def _build_areas(self):
        self.areas_model: RowTableModel[AreaCount] = RowTableModel(_area_columns(), self)
        self.areas_proxy = RowFilterProxy(self)
        self.areas_proxy.setSourceModel(self.areas_model)
        self.areas = QTableView()
        self.areas.setObjectName("areas")
        self.areas.setModel(self.areas_proxy)
        configure_table(self.areas)
        self.areas.horizontalHeader().setStretchLastSection(False)
        self.areas.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.areas.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.areas.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.areas.setToolTip(self.tr("Click an area to list its municipalities."))
        areas_box = QGroupBox(self.tr("Most common development areas"))
        QVBoxLayout(areas_box).addWidget(self.areas)
        return areas_box

    def _build_time_study(self):
        study_box = ProgrammeTimeStudyBox(self.ctx)
        self.study_municipality = study_box.municipality
        self.time_study = study_box.view
        self.study_box = study_box
        return study_box

    def _build_grid(
        self, areas_box, chart_box, ctx, drill_box, header, kpi_row, study_box, upcoming_box
    ):
        grid = QGridLayout()
        grid.addWidget(chart_box, 0, 0)
        grid.addWidget(upcoming_box, 0, 1)
        grid.addWidget(areas_box, 0, 2)
        grid.addWidget(drill_box, 1, 0)
        grid.addWidget(study_box, 1, 1, 1, 2)
        from samordnare_desktop.ui.overview.spread_panel import SpreadPanel

        self.spread = SpreadPanel(ctx)
        grid.addWidget(self.spread, 2, 0, 1, 2)
        # care places: placed children beside needs not met, per form (sections.py)
        self.care_box = CarePlacesBox()
        self.care_chart = self.care_box.chart
        grid.addWidget(self.care_box, 2, 2)
        grid.setRowStretch(2, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(0, 2)
        grid.setRowStretch(1, 3)
        from samordnare_desktop.ui.overview.due_panel import DuePanel

        self.due = DuePanel(self)  # what falls due (the assignment's clock)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(kpi_row)
        layout.addWidget(self.due)
        layout.addLayout(grid, 1)

    def _wire(self, ctx):
        self.refresh_button.clicked.connect(self.refresh)
        self.report_button.clicked.connect(self.open_report_dialog)
        self.export_button.clicked.connect(self.export_programme)
        self.chart.columnClicked.connect(self.behind.show_month)
        self.drill.activated.connect(self._open_drill_row)
        self.upcoming.activated.connect(self._open_upcoming)
        self.areas.clicked.connect(self.behind.show_area)
        self.areas.activated.connect(self.behind.show_area)
        self.search.textChanged.connect(self.drill_proxy.set_search)
        ctx.bus.subscribe(
            self,
            self._on_change,
            (VISIT, MUNICIPALITY, ACTION_PLAN, TIME_STUDY, PARTICIPANT, CARE_PLACES, ASSIGNMENT),
        )

    # --- data --------------------------------------------------------------------------------------
    def loading(self) -> bool:
        """Whether any part of the figures (or what falls due) is still being read."""
        return bool(self._parts.pending) or self.due.loading()

    def reading_parts(self) -> tuple[str, ...]:
        """The parts of the background read still to come (reading.PARTS), in reading order."""
        return self._parts.reading()

    def refresh(self, background: bool = False) -> None:
        """The figures again: the first time and after a change (``background``) off the GUI
        thread in parts (reading.py), the figures shown staying until the new ones are in;
        asked for (F5), at once (the rows behind them are kept while their tables do not
        change)."""
        if self._parts.pending:
            self._parts.again = True  # a change while a read runs: read once more
            return
        if self.overview is None or background:
            self._parts.start()
            return
        overview = guarded(self, self.service.snapshot)
        if overview is None:
            return
        self.spread.refresh()
        self.due.refresh()
        self._show(overview)

    def reading_started(self) -> None:
        self.reading_label.show()
        # the busy bar only while nothing shows: its animation cost an update 20 ms of GUI time
        self.reading_bar.setVisible(self.overview is None)
        self.due.reading()  # read with the figures

    def reading_done(self) -> None:
        self.reading_label.hide()
        self.reading_bar.hide()

    def show_part(self, part: str, found: Any) -> None:
        """Show a part read in the background (reading.py), as soon as it is in."""
        if part == FIGURES:
            self._show_figures(found.overview, found.care)
        elif part == DUE:
            self.due.show_due(found)
        else:  # the rest, below the fold: the spread, the time study, behind the number
            self.spread.show_spread(found.spread)
            if self.overview is not None:
                self.study_box.fill(self.overview, found.comparison)
            current = next((k for k, b in self.kpis.items() if b.isChecked()), "first_visit")
            self.behind.show_behind(current)

    def read_here(self) -> None:
        """The worker failed: read on the GUI thread, which shows the error."""
        self.due.refresh()  # what falls due too (its own read says what failed)
        overview = guarded(self, self.service.snapshot)
        if overview is None:
            return
        self.spread.refresh()
        self._show(overview)
        if not any(b.isChecked() for b in self.kpis.values()):
            self.behind.show_behind("first_visit")

    def _show(self, overview: Overview, care: Any = _UNREAD) -> None:
        """Show ``overview``, ``care`` when read with it (else read here), the time study and
        what is behind the number chosen."""
        self._show_figures(overview, care)
        self.study_box.fill(overview)
        current = next((k for k, b in self.kpis.items() if b.isChecked()), None)
        if current:
            self.behind.show_behind(current)

    def _show_figures(self, overview: Overview, care: Any = _UNREAD) -> None:
        """The tiles, the chart and the tables on top."""
        self.overview = overview
        self._dirty = False
        self.reading_bar.hide()  # the figures show: no busy animation (reading_started)
        total = len(overview.programme)
        texts = {
            "first_visit": (len(overview.first_visit), self.tr("have had their first visit")),
            "follow_up": (len(overview.follow_up), self.tr("have had the follow-up")),
            "time_study": (len(overview.time_study), self.tr("have measured working time")),
            "plan_received": (len(overview.plan_received), self.tr("have sent their action plan")),
        }
        for key, (count, caption) in texts.items():
            self.kpis[key].setText(
                self.tr("{count} of {total}\n{caption}").format(
                    count=count, total=total, caption=caption
                )
            )
        self.kpis["upcoming"].setText(
            self.tr("{count}\nvisits in the next 30 days").format(count=len(overview.upcoming))
        )
        self.chart.set_data(
            [
                # the year under January, and under the first month unless January is near
                _month_label(m.month, i == 0 and m.month.month not in (11, 12))
                for i, m in enumerate(overview.per_month)
            ],
            [m.count for m in overview.per_month],
            highlight=next(
                (
                    i
                    for i, m in enumerate(overview.per_month)
                    if (m.month.year, m.month.month) == (overview.today.year, overview.today.month)
                ),
                None,
            ),
        )
        self.kpis["overdue"].setText(
            self.tr("{count}\noverdue actions in the plans").format(count=overview.overdue_count)
        )
        self._show_care(care)
        # the tables again only when their rows changed (not re-sorted and re-measured)
        if not _same_rows(overview.areas, self.areas_model.rows()):
            self.areas_model.set_rows(overview.areas)
        if not _same_rows(overview.upcoming, self.upcoming_model.rows()):
            self.upcoming_model.set_rows(overview.upcoming)
            size_upcoming(self.upcoming, overview.upcoming)  # from the font (columns.py)

    def _show_care(self, care: Any = _UNREAD) -> None:
        if care is _UNREAD:
            care = guarded(self, lambda: self.ctx.services.care_places.summary(trend=False))
        button = self.kpis["care_places"]
        self.care_box.show_care(care)
        if care is None:
            button.setText(self.tr("No placement figures\nyet (Care places)"))
            return
        button.setText(
            self.tr("{placed} children placed\n{needs} needs not met").format(
                placed=care.placed, needs=care.needs
            )
        )
        button.setToolTip(
            self.tr("Care places {period}: {n} municipalities reported. Click to open.").format(
                period=care.period, n=care.reporting
            )
        )

    def _on_change(self, _change: Change) -> None:
        # the bus delivers it when this tab is in front: read off the GUI thread (some 0.1 s
        # at ten times the programme), the figures shown until the new ones are in
        self.refresh(background=True)

    # --- click through -----------------------------------------------------------------------------
    def _open_drill_row(self, index: QModelIndex) -> None:
        row: DrillRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        if row.visit_id is not None and self.open_visit(row.visit_id):
            return
        if row.plan_id is not None and self.open_plan(row.plan_id):
            return
        self.open_municipality(row.municipality_id)

    def _open_upcoming(self, index: QModelIndex) -> None:
        row: UpcomingVisit | None = index.data(ROW_ROLE)
        if row is not None and not self.open_visit(row.id):
            self.open_municipality(row.municipality_id)

    def _tab(self, name: str) -> QWidget | None:
        if not self.ctx.open_tab(name):
            return None
        finder = getattr(self.window(), "tab", None)
        return finder(name) if finder else None

    def open_municipality(self, municipality_id: uuid.UUID) -> bool:
        tab = self._tab("municipalities")
        select = getattr(tab, "select_municipality", None)
        if select is None:
            return False
        search = getattr(tab, "search", None)
        if search is not None and hasattr(search, "clear"):
            search.clear()  # a filter left in the list could hide the municipality
        return bool(select(municipality_id))

    def open_visit(self, visit_id: uuid.UUID) -> bool:
        """Open the Besök tab on this visit (when that tab exists and can select one)."""
        tab = self._tab("visits") if self._has_tab("visits") else None
        select = getattr(tab, "select_visit", None)
        return bool(select(visit_id)) if select is not None else False

    def open_plan(self, plan_id: uuid.UUID) -> bool:
        """Open the action plans tab on this plan (when that tab exists and can select one)."""
        tab = self._tab("action_plans") if self._has_tab("action_plans") else None
        select = getattr(tab, "select_plan", None)
        return bool(select(plan_id)) if select is not None else False

    def _has_tab(self, name: str) -> bool:
        names = getattr(self.window(), "tab_names", None)
        return bool(names and name in names())

    # --- report and export -------------------------------------------------------------------------
    def open_report_dialog(self) -> None:
        from samordnare_desktop.ui.overview.report_dialog import ReportDialog

        ReportDialog(self, self.ctx).exec()

    def export_programme(self) -> None:
        _export_programme(self)

    def show_behind(self, key: str) -> None:
        self.behind.show_behind(key)

    def show_month(self, index: int) -> None:
        self.behind.show_month(index)


def _export_programme(tab: OverviewTab) -> None:
    """Ask where, then write the programme's data as XLSX in the background."""
    from samordnare_desktop.ui import files

    path = files.ask_save_path(
        tab,
        translate("OverviewTab", "Export programme data"),
        f"programdata-{date.today().isoformat()}.xlsx",
        translate("OverviewTab", "Excel workbook (*.xlsx)"),
    )
    if path is None:
        return
    from samordnare_desktop.ui.operations import run_in_background

    export = tab.ctx.services.export
    run_in_background(
        tab,
        lambda _progress: export.write_xlsx(path),
        lambda _written: tab.ctx.show_status(
            translate("OverviewTab", "Programme data written: {path}").format(path=str(path))
        ),
        title=translate("OverviewTab", "Writing the programme data…"),
    )
