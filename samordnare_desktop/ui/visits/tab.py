"""The Besök tab: every visit of the programme, filters and search, and on the right the visit
form plus extra pages (agenda, ...) registered in :data:`VISIT_PAGES`."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QProgressBar,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.i18n import translate
from samordnare_desktop.services.visit_list import VisitListRow
from samordnare_desktop.services.visits import VisitRow
from samordnare_desktop.ui.context import MUNICIPALITY, ORGANISATION, VISIT, Change, UiContext
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.lazy import LazyHolder, LazyPage
from samordnare_desktop.ui.table_model import ROW_ROLE
from samordnare_desktop.ui.visits.actions import VisitActions
from samordnare_desktop.ui.visits.columns import size_columns
from samordnare_desktop.ui.visits.filters import VisitFilters
from samordnare_desktop.ui.visits.form_page import VisitFormPage
from samordnare_desktop.ui.visits.list_head import ListHead, NarrowWatch
from samordnare_desktop.ui.visits.list_rows import (
    next_visit_id,
    scroll_to_day,
    warning_scope,
)
from samordnare_desktop.ui.visits.reading import VisitsReading
from samordnare_desktop.ui.visits.registers import VisitRegisters
from samordnare_desktop.ui.visits.unsaved import UnsavedVisitEdits
from samordnare_desktop.ui.visits.visit_table_model import VisitFilterProxy, VisitTableModel
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.table import configure_table

if TYPE_CHECKING:  # built on first use (form_page.py): in a big programme after the first paint
    from samordnare_desktop.ui.visits.visit_form import VisitForm

# Extra pages beside the visit form, built the first time they are shown (ui.lazy). A page must
# have ``set_visit(visit_id: uuid.UUID | None)``, called with the selected visit (None: none/new).


def _agenda(ctx: UiContext, parent: QWidget) -> QWidget:
    from samordnare_desktop.ui.visits.agenda_editor import AgendaEditor

    return AgendaEditor(ctx, parent)


def _minutes(ctx: UiContext, parent: QWidget) -> QWidget:
    from samordnare_desktop.ui.visits.minutes_page import MinutesPage

    return MinutesPage(ctx, parent)


def _participants(ctx: UiContext, parent: QWidget) -> QWidget:
    from samordnare_desktop.ui.visits.participants_page import VisitParticipantsPage

    return VisitParticipantsPage(ctx, parent)


def _action_plan(ctx: UiContext, parent: QWidget) -> QWidget:
    from samordnare_desktop.ui.action_plans.visit_page import ActionPlanVisitPage

    return ActionPlanVisitPage(ctx, parent)


def _findings(ctx: UiContext, parent: QWidget) -> QWidget:
    from samordnare_desktop.ui.findings.visit_page import VisitFindingsPage

    return VisitFindingsPage(ctx, parent)


# from this many visits the list is read off the GUI thread when the tab is first built (some
# 0.2 s of reading at 5,000): the tab is in front at once and says it reads; below, at once
READ_IN_BACKGROUND_FROM = 1000


VISIT_PAGES: list[LazyPage] = [
    LazyPage("agenda_editor", lambda: translate("VisitsTab", "Agenda"), _agenda),
    LazyPage("visit_minutes", lambda: translate("VisitsTab", "Minutes"), _minutes),
    LazyPage("visit_participants", lambda: translate("VisitsTab", "Participants"), _participants),
    LazyPage("action_plan_page", lambda: translate("VisitsTab", "Action plan"), _action_plan),
    LazyPage("visit_findings", lambda: translate("VisitsTab", "Findings"), _findings),
]


def _judge_again(form: VisitForm | None, recomputed: set[uuid.UUID], fresh: list[VisitRow]) -> None:
    """The list's warnings of ``recomputed`` were computed anew (a change notice, a whole read):
    the visit the form shows (edited or not) is judged again if among them, its warnings what
    the service says of it now, not those it was shown with (the first view's, computed with the
    rows read before the change: reading.py). Not when it shows one of ``fresh`` itself: loaded
    just now (changed elsewhere, or its own save), it was judged then. A new visit being filled
    in (changed: it warns from then on) is judged again on every change of the list: any visit
    saved, moved or deleted elsewhere may be on its day or of its municipality; only its
    warnings are shown anew, what the user typed stays. A form not built: none."""
    if form is None:
        return
    shown = form.visit
    if shown is None:
        if form.dirty:
            form.update_warnings()
    elif shown.id in recomputed and not any(r is shown for r in fresh):
        form.update_warnings()


def _newer_shown(tab: VisitsTab, form: VisitForm, rows: list[VisitListRow]) -> list[VisitRow]:
    """The visit the form shows, unedited, read whole and shown again if the list read now has
    a newer version of it (changed elsewhere: shown, and edited, as it stands); what it loaded."""
    shown = form.visit
    listed = next((r for r in rows if shown is not None and r.id == shown.id), None)
    if shown is None or listed is None or listed.version == shown.version:
        return []
    whole = guarded(tab, lambda: tab.service.get(shown.id))
    if whole is None:
        return []
    form.load(whole)
    return [whole]


class VisitsTab(QWidget):
    NAME = "visits"

    @staticmethod
    def title() -> str:
        return translate("Tabs", "Visits")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions = VisitActions(self)
        self.filters = VisitFilters(self)
        self.setObjectName(self.NAME)
        self.ctx = ctx
        self.service = ctx.services.visits
        self.list_service = ctx.services.visit_list  # the list's rows; the form's read whole
        self._current_id: uuid.UUID | None = None
        self._reselecting = False
        self.just_read = False  # the model's rows were read this moment (reading.py)
        self.reading = VisitsReading(self)  # the first read in a worker (READ_IN_BACKGROUND_FROM)
        self.unsaved = UnsavedVisitEdits(self)

        count = guarded(self, self.service.count)
        in_worker = count is not None and count >= READ_IN_BACKGROUND_FROM
        # for the filters and the form, read once; with the rows read in a worker, once they
        # are painted (reading.py: the filters' municipalities and organisations then too)
        registers = None if in_worker else VisitRegisters.read_or_empty(self, ctx.services)
        actions = self.actions.build(ctx)
        filters = self.filters.build(ctx, registers)
        self._build_table()
        left = self._build_list_side(actions, filters)
        self._build_pages(ctx, registers)
        self._build_splitter(left)
        self._wire(ctx)
        self._scrolled = False
        self._next_chosen, self._next_id = False, None  # the first view's choice (_first_view)
        if in_worker:  # the form too is built once the rows are painted
            if not self.reading.take_kept():  # read ahead and current: shown with the tab
                self.reading.start()
        else:
            self.reading.at_once()  # the form, the rows and the next visit chosen
        self._update_buttons()

    def _build_table(self):
        # --- table ----------------------------------------------------------------------------
        self.model = VisitTableModel(self)
        self.proxy = VisitFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("visit_table")
        self.table.setAccessibleName(self.tr("Visits"))
        self.table.setModel(self.proxy)
        configure_table(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        size_columns(self.table, self.model)
        self.count = plain_label()
        self.count.setObjectName("count")
        self.reading_bar = QProgressBar()  # while the first read runs in a worker
        self.reading_bar.setObjectName("visits_reading_bar")
        self.reading_bar.setRange(0, 0)  # busy: the read has no steps to count
        self.reading_bar.setTextVisible(False)
        self.reading_bar.hide()

    def _build_list_side(self, actions, filters):
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list_head = ListHead(actions[0] + filters[0], actions[1] + filters[1])
        NarrowWatch(self, self.list_head)
        left_layout.addWidget(self.list_head)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.reading_bar)
        return left

    def _build_pages(self, ctx, registers):
        # --- right: the visit form and extra pages --------------------------------------------
        self.form_scroll = VisitFormPage(self, registers)  # its form built on first use
        self.pages = QTabWidget()
        self.pages.setObjectName("visit_pages")
        self.pages.addTab(self.form_scroll, self.tr("Visit"))
        self.page_holders: list[LazyHolder] = []
        for page in VISIT_PAGES:
            holder = LazyHolder(page, ctx, self.pages)
            self.page_holders.append(holder)
            self.pages.setTabEnabled(self.pages.addTab(holder, holder.title), False)

    def _build_splitter(self, left):
        self.splitter = QSplitter()
        self.splitter.setObjectName("visits_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([800, 560])
        # the form is where the work is done: never a sliver beside the list (at 200 % on a
        # small laptop it was 127 pixels wide); the page scrolls sideways instead
        self.pages.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _wire(self, ctx):
        # --- wiring ---------------------------------------------------------------------------
        self.search.textChanged.connect(self.filters.on_filter_changed)
        for combo in (self.municipality, self.organisation, self.kind, self.status):
            combo.currentIndexChanged.connect(self.filters.on_filter_changed)
        self.upcoming.toggled.connect(self.filters.on_filter_changed)
        for edit in (self.date_from, self.date_to):  # a bound typed unreadable stops filtering
            edit.dayChanged.connect(self.filters.on_date_text)
            edit.textChanged.connect(self.filters.on_date_text)
            edit.editingFinished.connect(self.filters.on_filter_changed)
        self.clear_button.clicked.connect(self.filters.clear_filters)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.new_button.clicked.connect(lambda: self.new_visit())
        self.delete_button.clicked.connect(self.actions.delete_visit)
        self.export_button.clicked.connect(self.actions.export_calendar)
        self.participants_button.clicked.connect(self.actions.open_participants)
        self.catalogue_button.clicked.connect(self.actions.edit_questions)
        self.pages.currentChanged.connect(self._on_page_changed)
        for key, owner, action in (  # Ctrl+S: the form's own (form_page.py)
            (QKeySequence.StandardKey.New, self, lambda: self.new_visit()),
            (QKeySequence("Ctrl+D"), self, self.actions.open_participants),
        ):
            shortcut = QShortcut(key, owner, activated=action)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete = QShortcut(
            QKeySequence.StandardKey.Delete, self.table, activated=self.actions.delete_visit
        )
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        # a renamed or deleted organisation: the meetings' organisation names with it
        ctx.bus.subscribe(self, self._on_change, (VISIT, ORGANISATION))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reading.shown()
        self._first_view()

    def _first_view(self) -> None:
        """The next visit chosen once the rows are in, shown or not; one chosen before kept."""
        if self._scrolled or self.loading():
            return
        if not self._next_chosen:
            self._next_chosen = True
            if not (self._current_id is not None or self.form.dirty or self.reading.chosen):
                self.select_next_visit()
                self._next_id = self._current_id
        if self.isVisible():
            self._scrolled = True
            if self._current_id != self._next_id and self.table.currentIndex().isValid():
                self.table.scrollTo(self.table.currentIndex())  # the user's, not the first view's
            else:  # shown: today's visits in view (list_rows.scroll_to_day), the choice focused
                self.scroll_to_day(date.today())
                if self._next_id is not None and self._current_id == self._next_id:
                    self.table.setFocus()  # chosen while hidden (built so), it had no focus

    # --- public API ---------------------------------------------------------------------------
    @property
    def form(self) -> VisitForm:
        """The visit form (built on first use: form_page.py)."""
        return self.form_scroll.ensure_form()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def loading(self) -> bool:
        """Whether the first read of the visits still runs in a worker, or its rows are shown
        and their warnings, the visit form and the next visit are still to come (reading.py)."""
        return self.reading.active or self.reading.following

    def refresh(self) -> None:
        if self.reading.active:  # this read overtakes the worker's, with the first view
            self.reading.finish()
            return
        rows = guarded(self, self.list_service.rows)
        if rows is None:  # the error shown (a damaged file): the rows shown stay, counted
            self.filters.update_count()
            return
        self.model.set_data(rows, guarded(self, lambda: self.list_service.warnings(rows)))
        self.filters.update_count()
        loaded: list[VisitRow] = []  # the form's visit, read whole again
        if self._current_id is not None:
            self._reselecting = True
            try:
                found = self.select_visit(self._current_id)
            finally:
                self._reselecting = False
            if not found and not self.form.dirty:
                self._show_visit(None)
            elif found and not self.form.dirty and self.form.visit is not None:
                loaded = _newer_shown(self, self.form, rows)
        _judge_again(self.form_scroll.form, {r.id for r in rows}, loaded)

    def select_visit(self, visit_id: uuid.UUID) -> bool:
        self.reading.finish()
        number = self.model.source_row(visit_id)
        index = self.proxy.mapFromSource(self.model.index(number, 1)) if number >= 0 else None
        if index is None or not index.isValid():
            return False  # no such visit, or hidden by the filters
        self.table.setCurrentIndex(index)
        if self.table.currentIndex().row() != index.row():
            return False  # the switch was cancelled: the edited visit stays, its text kept
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def select_next_visit(self, today: date | None = None) -> bool:
        """Select the next visit not cancelled (else the latest one) and put the focus on the
        list: the Besök tab opens on what comes next, not on an empty form."""
        self.reading.finish()
        if not self.proxy.rowCount():
            return False
        chosen = next_visit_id(self.model, self.proxy, today or date.today())
        if chosen is None:
            return False
        found = self.select_visit(chosen)
        self.table.setFocus()
        return found

    def scroll_to_day(self, day: date) -> None:
        """Bring the first visit on or after ``day`` to the top of the list."""
        self.reading.finish()
        scroll_to_day(self.table, self.model, self.proxy, day)

    def show_municipality(self, municipality_id: uuid.UUID) -> None:
        """Show the visits of one municipality (from the Kommuner tab's "Show visits")."""
        self.reading.finish()
        self.filters.clear_filters()
        self.municipality.set_value(municipality_id)
        if self.proxy.rowCount():
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.proxy.index(0, 1))
        elif self.unsaved.confirm_discard():
            self._show_visit(None, municipality_id)

    def about_to_close(self) -> bool:
        """The window is closing: ``False`` keeps it open (an edit kept: unsaved.py)."""
        return self.unsaved.about_to_close()

    def visible_rows(self) -> list[VisitListRow]:
        self.reading.finish()
        return [self.proxy.row(r) for r in range(self.proxy.rowCount())]

    def selected_rows(self) -> list[VisitListRow]:
        self.reading.finish()
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.proxy.row(r) for r in rows]

    # --- selection ----------------------------------------------------------------------------
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._reselecting:
            return
        row = current.data(ROW_ROLE) if current.isValid() else None
        new_id = row.id if row else None
        if new_id == self._current_id:
            return
        if not self.unsaved.confirm_discard():
            if self._current_id is not None:
                self._reselecting = True
                try:
                    self.select_visit(self._current_id)
                finally:
                    self._reselecting = False
            return
        self._show_visit(row)

    def _show_visit(
        self,
        row: VisitListRow | VisitRow | None,
        municipality_id: uuid.UUID | None = None,
        *,
        fresh: VisitRow | None = None,
    ) -> None:
        self._current_id = row.id if row else None
        self.reading.chosen = self.reading.chosen or self.loading()
        if row is None:
            self.form.new_visit(municipality_id or self.municipality.value())
        else:
            if fresh is None:  # the list's row: the visit read whole for the form
                fresh = guarded(self, lambda: self.service.get(row.id))
            if fresh is None:
                self._current_id = None
                self.form.new_visit(row.municipality_id)
            else:  # just read: shown with the warnings the list computed with it (reading.py)
                known = self.just_read and fresh.version == row.version
                self.form.load(fresh, self.model.known_warnings(fresh) if known else None)
        self.form_scroll.verticalScrollBar().setValue(0)  # its heading in view, never clipped
        for index, holder in enumerate(self.page_holders, start=1):
            self.pages.setTabEnabled(index, self._current_id is not None)
            if holder.widget is not None:
                holder.widget.set_visit(self._current_id)
        self._update_buttons()

    def _on_page_changed(self, index: int) -> None:
        holder = self.pages.widget(index)
        if isinstance(holder, LazyHolder) and not holder.built:
            page = guarded(self, holder.ensure_built)
            if page is not None:
                guarded(self, lambda: page.set_visit(self._current_id))

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self._current_id is not None)
        self.participants_button.setEnabled(self._current_id is not None)
        self.day_documents.setEnabled(self._current_id is not None)

    def _on_change(self, change: Change) -> None:
        if change.whole:
            self.refresh()
        else:
            self.update_visits(change.ids)

    def update_visits(self, ids: Iterable[uuid.UUID], fresh: list[VisitRow] | None = None) -> None:
        """Reload only the visits ``ids`` (a change notice's) and the warnings they touch."""
        self.reading.finish()
        wanted = set(ids)
        if fresh is None:
            fresh = guarded(self, lambda: self.service.rows(wanted))
            if fresh is None:
                return
        listed = [VisitListRow.of(r) for r in fresh]
        before = {r.id: r for r in self.model.rows()}
        gone = {i for i in wanted if i in before} - {r.id for r in listed}
        touched = [before[i] for i in wanted if i in before] + listed
        self.model.upsert(listed, sorted(gone))
        ids, context = warning_scope(self.model.rows(), touched)  # the warnings it can move
        self.model.set_warnings(ids, self.service.warnings(context))
        self.filters.update_count()
        current = self.form.visit
        if current is not None and not self.form.dirty:
            newer = next((r for r in fresh if r.id == current.id), None)
            if newer is not None and newer.version != current.version:
                self.form.load(newer)  # changed elsewhere: show (and edit) the new version
            elif current.id in gone:
                self._show_visit(None)
        _judge_again(self.form, ids, fresh)

    # --- actions ------------------------------------------------------------------------------
    def new_visit(self, municipality_id: uuid.UUID | None = None) -> None:
        if not self.unsaved.confirm_discard():
            return
        self.table.selectionModel().clearSelection()
        self._reselecting = True
        try:
            self.table.setCurrentIndex(QModelIndex())
        finally:
            self._reselecting = False
        self._show_visit(None, municipality_id)
        self.pages.setCurrentIndex(0)
        self.form.municipality.setFocus()

    def _on_saved(self, row: VisitRow) -> None:
        self._current_id = row.id
        previous = [r for r in self.model.rows() if r.id == row.id]
        self.update_visits({row.id}, [row])  # this row only: the save returned it
        self._reselecting = True
        try:
            if not self.select_visit(row.id):  # hidden by the filters: show it anyway
                self.filters.clear_filters()
                self.select_visit(row.id)
        finally:
            self._reselecting = False
        if previous:  # the form shows the saved visit already (VisitForm.save loaded it)
            self._update_buttons()
            self.form_scroll.verticalScrollBar().setValue(0)  # the heading with its new title
        else:
            self._show_visit(row, fresh=row)
        municipalities = {row.municipality_id} | {r.municipality_id for r in previous}
        self.ctx.bus.notify(
            Change.of(VISIT, MUNICIPALITY, ids={row.id, *municipalities}, source=self)
        )
        self.ctx.show_status(self.tr("Visit saved."))

    def ask_ics_path(self) -> Path | None:
        """The file to write (a save dialog; tests replace this method)."""
        from samordnare_desktop.ui import files

        return files.ask_save_path(
            self,
            self.tr("Export calendar"),
            self.tr("visits.ics"),
            self.tr("iCalendar files (*.ics)"),
        )

    # --- moved to filters.py ----------------------------------------
    def clear_filters(self) -> None:
        self.filters.clear_filters()

    # --- moved to actions.py ----------------------------------------
    def delete_visit(self) -> None:
        self.actions.delete_visit()

    def export_calendar(self) -> None:
        self.actions.export_calendar()

    def edit_questions(self) -> None:
        self.actions.edit_questions()

    def open_participants(self) -> None:
        self.actions.open_participants()
