"""What falls due, on Översikt (issue #18 part 5): the next report, the final report, action
plans not received, actions due and time studies missing before a first visit, sorted by date.
Activating a row (double-click or Enter) opens what it is about: the plan, the visit, the
municipality, or the report dialog; "The assignment…" opens the assignment's settings.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QTableView, QVBoxLayout

from samordnare_desktop.domain.errors import CorruptDatabaseError
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.due import DueItem, DueKind, DueList
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.overview.columns import size_due
from samordnare_desktop.ui.table_model import ROW_ROLE, Column, RowTableModel
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.table import configure_table

if TYPE_CHECKING:
    from samordnare_desktop.ui.overview.tab import OverviewTab


log = logging.getLogger(__name__)
_KIND_ORDER = {kind: number for number, kind in enumerate(DueKind)}  # not list(DueKind) a row


class _Relay(QObject):
    """Carries the worker's list to the GUI thread (this object lives there)."""

    ready = Signal(object)


class DuePanel(QGroupBox):
    def __init__(self, tab: OverviewTab) -> None:
        super().__init__(tab)
        self.setObjectName("due_panel")
        self.setTitle(self.tr("Falls due"))
        self.tab = tab
        self.ctx = tab.ctx
        self.due: DueList | None = None
        self.model: RowTableModel[DueItem] = RowTableModel(self._columns(), self)
        self.table = QTableView()
        self.table.setObjectName("due")
        # the model itself (it sorts its rows): nothing filters this list, and a proxy asked
        # Python whether to show each of its thousands of rows at ten times the programme
        self.table.setModel(self.model)
        configure_table(self.table)
        # a column sized to its contents (a double-click on its edge) from 40 rows, not thousands
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setToolTip(self.tr("Double-click or Enter opens the plan, visit or report."))
        rows = 6  # enough to see the next weeks; the rest scrolls
        self.table.setFixedHeight(
            self.table.verticalHeader().defaultSectionSize() * rows
            + self.table.horizontalHeader().sizeHint().height()
            + 4
        )
        self.summary = plain_label()
        self.summary.setObjectName("assignment_summary")
        self.summary.setWordWrap(True)
        self.assignment_button = QPushButton(self.tr("The assignment…"))
        self.assignment_button.setObjectName("assignment")
        self.assignment_button.clicked.connect(self.open_assignment)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.assignment_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.table.activated.connect(self._open)
        self._reading = self._read_again = False
        self._relay = _Relay(self)
        self._relay.ready.connect(self._on_read)

    def _columns(self) -> list[Column[DueItem]]:
        def today():
            return self.due.today if self.due is not None else None

        return [
            Column(
                lambda: translate("DuePanel", "Date"),
                lambda r: r.day.isoformat(),
                sort=lambda r: (r.day.toordinal(), _KIND_ORDER[r.kind]),
            ),
            Column(
                lambda: translate("DuePanel", "When"),
                lambda r: r.when(today()) if today() else "",
                sort=lambda r: r.day.toordinal(),
            ),
            Column(lambda: translate("DuePanel", "Municipality"), lambda r: r.municipality_name),
            Column(
                lambda: translate("DuePanel", "What"), lambda r: r.what, tooltip=lambda r: r.what
            ),
        ]

    def loading(self) -> bool:
        return self._reading

    def refresh(self, background: bool = False) -> None:
        """The list again. The first time and when ``background`` off the GUI thread (some
        0.2 s at ten times the programme: the tab paints at once and the list follows, the
        list shown staying until then); else at once."""
        if self._reading:
            self._read_again = True  # a change while a read runs: read once more
            return
        if self.due is None or background:
            self._read_in_background()
            return
        due = guarded(self, self.ctx.services.due.due)
        if due is not None:
            self.show_due(due)

    def reading(self) -> None:
        """The tab reads the list with its figures (``show_due`` follows)."""
        if self.due is None:  # else the list shown stays until the new one is in
            self.summary.setText(self.tr("Reading what falls due…"))

    def _read_in_background(self) -> None:
        from sqlalchemy.orm import configure_mappers

        configure_mappers()  # on the GUI thread: mapping while a worker queries would race
        self._reading = True
        self.reading()
        service, relay = self.ctx.services.due, self._relay

        def work() -> None:
            try:
                found = service.due()
            except CorruptDatabaseError:  # said by the read on the GUI thread; one line here
                log.warning("what falls due met a damaged page of the file")
                found = None
            except Exception:  # shown by the next refresh, on the GUI thread
                log.exception("what falls due could not be read")
                found = None
            with contextlib.suppress(RuntimeError):  # the panel went meanwhile
                relay.ready.emit(found)

        from samordnare_desktop.ui.overview.reading import start_after_paint

        start_after_paint(self, work)  # the panel painted first

    @Slot(object)
    def _on_read(self, due: DueList | None) -> None:
        self._reading = False
        again, self._read_again = self._read_again, False
        if due is None:  # the worker failed: read here, which shows the error
            due = guarded(self, self.ctx.services.due.due)
            if due is not None:
                self.show_due(due)
            elif self.due is None:  # failed again (a damaged file): no longer said to read
                self.summary.clear()
            return
        self.show_due(due)
        if again:  # a change while it read: once more, off the GUI thread
            self._read_in_background()

    def show_due(self, due: DueList) -> None:
        same_rows = self.due is not None and self.due.items == due.items
        self.due = due
        if not same_rows:  # thousands of rows at 10x: not set and measured again unchanged
            self.model.set_rows(due.items)
            size_due(self.table, due.items, due.today)  # from the font (columns.py)
        a = due.assignment
        if a is None:
            self.summary.setText(
                self.tr(
                    "No assignment set: set its first day, reporting rhythm and final report "
                    "to see the reports here."
                )
            )
        else:
            lines = [
                self.tr("{name} · {ministry} {reference} · {start} – {final}").format(
                    name=a.name,
                    ministry=a.ministry,
                    reference=a.reference,
                    start=a.start.isoformat(),
                    final=a.final_report_date.isoformat(),
                )
            ]
            # the reports in a line of their own: overdue actions above them cannot hide them
            reports = [i for i in due.items if i.kind in (DueKind.REPORT, DueKind.FINAL_REPORT)]
            if reports:
                lines.append(
                    " · ".join(
                        self.tr("{what}: {day} ({when})").format(
                            what=i.what, day=i.day.isoformat(), when=i.when(due.today)
                        )
                        for i in reports
                    )
                )
            self.summary.setText("\n".join(lines))

    def open_assignment(self) -> None:
        from samordnare_desktop.ui.overview.assignment_dialog import open_assignment

        open_assignment(self, self.ctx)

    def _open(self, index: QModelIndex) -> None:
        row: DueItem | None = index.data(ROW_ROLE)
        if row is None:
            return
        if row.kind is DueKind.REPORT:
            self.tab.open_report_dialog()
            return
        if row.kind is DueKind.FINAL_REPORT:
            self.open_assignment()
            return
        if row.kind is DueKind.LATE_ACTIONS:  # the list of overdue actions, behind the number
            self.tab.show_behind("overdue")
            return
        opened = (row.visit_id is not None and self.tab.open_visit(row.visit_id)) or (
            row.plan_id is not None and self.tab.open_plan(row.plan_id)
        )
        if not opened and row.municipality_id is not None:
            self.tab.open_municipality(row.municipality_id)
