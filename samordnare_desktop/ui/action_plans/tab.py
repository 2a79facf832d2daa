"""The Handlingsplaner tab: each municipality's plan för handling, chosen in the list on the left
and shown on three pages (plan_page, follow_page, history_page), and an overview of every
action across municipalities (overview_page). The tab holds what the pages share: the chosen
municipality (``summary``) and its plan (``plan``)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.services.action_plans import (
    PlanDetails,
    PlanSummary,
)
from samordnare_desktop.services.drafts import drafts_folder
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.action_plans.follow_page import FollowUpPage
from samordnare_desktop.ui.action_plans.history_page import HistoryPage
from samordnare_desktop.ui.action_plans.overview_page import OverviewPage
from samordnare_desktop.ui.action_plans.plan_page import PlanPage
from samordnare_desktop.ui.action_plans.reading import PlanRead, PlansReading
from samordnare_desktop.ui.action_plans.table_models import (
    PlanListModel,
    PlanListProxy,
)
from samordnare_desktop.ui.background_read import reads_in_background
from samordnare_desktop.ui.context import MUNICIPALITY, VISIT, Change, UiContext
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.lazy import LazyHolder, LazyPage
from samordnare_desktop.ui.table_model import ROW_ROLE
from samordnare_desktop.ui.widgets.sizing import fit_known_texts, fit_search, fit_shown_kinds
from samordnare_desktop.ui.widgets.table import configure_table


def _today() -> date:
    """Today, as ``date.today()`` says it, without its import of ``time`` per call: the models
    ask for every cell they paint (7,000 calls for one plan at 10x, each through the import
    hook PySide installs)."""
    return date.fromtimestamp(time.time())


class ActionPlansTab(QWidget):
    NAME = "action_plans"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self.ctx = ctx
        self.service = ctx.services.action_plans
        self.today: Callable[[], date] = _today  # tests put their own day here
        self.summary: PlanSummary | None = None
        self.plan: PlanDetails | None = None

        # --- mode toggle ----------------------------------------------------------------------
        self.mode_plans = QToolButton()
        self.mode_plans.setObjectName("mode_plans")
        self.mode_plans.setText(self.tr("Plan per municipality"))
        self.mode_overview = QToolButton()
        self.mode_overview.setObjectName("mode_overview")
        self.mode_overview.setText(self.tr("Overview of all municipalities"))
        self.modes = QButtonGroup(self)
        for number, button in enumerate((self.mode_plans, self.mode_overview)):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.modes.addButton(button, number)
        self.mode_plans.setChecked(True)
        toggle = QHBoxLayout()
        toggle.addWidget(self.mode_plans)
        toggle.addWidget(self.mode_overview)
        toggle.addStretch(1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_plans_page())
        self.overview_page = OverviewPage(self)
        self.stack.addWidget(self.overview_page)
        layout = QVBoxLayout(self)
        layout.addLayout(toggle)
        layout.addWidget(self.stack, 1)

        self.modes.idClicked.connect(self.set_mode)
        # lazily: a hidden tab catches up when it is shown, once
        ctx.bus.subscribe(self, self._on_change, (MUNICIPALITY, VISIT))
        self.reading = PlansReading(self)  # in a big programme: reading.py
        if reads_in_background(ctx.services):
            self.reading.start()
        else:
            self.fill_first(None, None)

    def fill_first(self, rows: list[PlanSummary] | None, read: PlanRead | None) -> None:
        """The list and the plan it opens on (``rows``, ``read``: if the worker read them)."""
        self.refresh(rows)
        # as the statuses shown (all would hide Försenade): one row of each measured
        fit_shown_kinds(self.list, 1, (r.status for r in self.list_model.rows()))
        self._select_first_plan(read)

    def loading(self) -> bool:
        """Whether the first read (a big programme) or the overview's read ahead is awaited."""
        return self.reading.pending or self.overview_page.waiting

    def _build_plans_page(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Search municipalities"))
        self.search.setPlaceholderText(self.tr("Search municipality…"))
        self.search.setClearButtonEnabled(True)
        fit_search(self.search)
        self.list_model = PlanListModel(lambda: self.today(), self)
        self.list_proxy = PlanListProxy(self)
        self.list_proxy.setSourceModel(self.list_model)
        self.list = QTableView()
        self.list.setObjectName("plan_list")
        self.list.setAccessibleName(self.tr("Municipalities and their plans"))
        self.list.setModel(self.list_proxy)
        configure_table(self.list)
        self.list.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.list.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fit_known_texts(self.list, 1, self.list_model.status_texts(), bold=False)
        fit_known_texts(self.list, 2, ["000"], bold=False)  # overdue actions of one plan
        self.list_count = QLabel()
        self.list_count.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.list_count)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.pages = QTabWidget()
        self.pages.setObjectName("plan_pages")
        self.plan_page = PlanPage(self)
        # the follow-up and history pages are built when first opened (or asked for): some 20
        # and 35 ms of the tab's first view at 10x, for pages not shown. A crash draft of a
        # follow-up summary builds its page at once, offered as the plan is (show_municipality)
        self.follow_holder = LazyHolder(
            LazyPage("follow_page", lambda: self.tr("Follow-up"), self._follow),
            self.ctx,
            self.pages,
        )
        self.history_holder = LazyHolder(
            LazyPage("history_page", lambda: self.tr("History and versions"), self._history),
            self.ctx,
            self.pages,
        )
        self.pages.addTab(self.plan_page, self.tr("Plan"))
        self.pages.addTab(self.follow_holder, self.follow_holder.title)
        self.pages.addTab(self.history_holder, self.history_holder.title)
        self.pages.currentChanged.connect(self._on_page_changed)
        self.placeholder = QLabel(self.tr("Choose a municipality in the list."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.placeholder)
        right_layout.addWidget(self.pages, 1)

        splitter = QSplitter()
        splitter.setObjectName("action_plans_splitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([330, 1070])
        self._sized = False

        self.search.textChanged.connect(self._on_search)
        self.list.selectionModel().selectionChanged.connect(self._on_municipality_changed)
        return splitter

    def _history(self, _ctx: UiContext, _parent: QWidget) -> QWidget:
        return HistoryPage(self)

    def _follow(self, _ctx: UiContext, _parent: QWidget) -> QWidget:
        return FollowUpPage(self)

    @property
    def follow_page(self) -> FollowUpPage:
        """The "Follow-up" page, built and filled the first time it is asked for."""
        if not self.follow_holder.built:
            page = self.follow_holder.ensure_built()
            page.show()  # at once, not at the next event loop (a holder already shown)
            if self._sized:  # as showEvent sizes the plan page's
                self._size_editor(page.follow_editor)
            page.load()
        return self.follow_holder.widget

    def built_follow_page(self) -> FollowUpPage | None:
        """The "Follow-up" page if it has been built (``None``: nothing on it to save or drop)."""
        return self.follow_holder.widget

    def _follow_draft_waits(self, summary: PlanSummary) -> bool:
        """Whether a crash draft of a follow-up summary may wait to be offered for ``summary``'s
        plan (the page offers it when it loads the follow-up; its id is read there)."""
        if not summary.has_follow_up:
            return False
        folder = drafts_folder(self.ctx.services.db.path)
        return any(folder.glob("follow-up-summary-*.json"))

    @property
    def history_page(self) -> HistoryPage:
        """The "History and versions" page, built and filled the first time it is asked for."""
        if not self.history_holder.built:
            self.history_holder.ensure_built().load()
        return self.history_holder.widget

    def _on_page_changed(self, index: int) -> None:
        if self.pages.widget(index) is self.history_holder:
            self.history_page  # noqa: B018 - built and filled on first view
        elif self.pages.widget(index) is self.follow_holder:
            self.follow_page  # noqa: B018 - built and filled on first view

    def reload_history(self, read: PlanRead | None = None) -> None:
        """Show the plan's history and versions again, if the page has been built."""
        if self.history_holder.built:
            self.history_holder.widget.load(read)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # the tree gets most of the width, the edit pane the rest
            self._sized = True
            follow = self.built_follow_page()
            for editor in (self.plan_page.editor, follow and follow.follow_editor):
                if editor is not None:
                    self._size_editor(editor)
            self.reading.shown()

    def _size_editor(self, editor) -> None:
        width = max(self.plan_page.editor.splitter.width(), 900)
        editor.splitter.setSizes([width * 3 // 5, width * 2 // 5])

    def focus_search(self) -> None:
        target = (
            self.overview_page.overview_search if self.stack.currentIndex() == 1 else self.search
        )
        target.setFocus()
        target.selectAll()

    def refresh(self, rows: list[PlanSummary] | None = None) -> None:
        if self.reading.pending:
            self.reading.restart()  # the worker's read may predate the change
            return
        selected = self.summary.municipality_id if self.summary else None
        self.list_model.set_rows(self.reading.rows(rows))
        self._update_count()
        if selected is not None:
            self.select_municipality(selected)
        self.overview_page.refresh_if_shown()

    def _update_count(self) -> None:
        rows = self.list_model.rows()
        with_plan = sum(1 for r in rows if r.plan_id)
        late = sum(r.overdue_count(self.today()) for r in rows)
        self.list_count.setText(
            self.tr(
                "{plans} of {total} municipalities have a plan · overdue actions: {late}"
            ).format(plans=with_plan, total=len(rows), late=late)
        )

    def _on_search(self, text: str) -> None:
        self.list_proxy.set_search(text)

    def _select_first_plan(self, read: PlanRead | None = None) -> None:
        for row in range(self.list_proxy.rowCount()):
            summary = self.list_proxy.row(row)
            if summary.plan_id is not None:
                if read is not None and read.municipality_id == summary.municipality_id:
                    self.show_municipality(summary, read)  # what the worker read: shown as is
                self.list.selectRow(row)
                return
        self.show_municipality(None)

    def select_municipality(self, municipality_id: uuid.UUID) -> bool:
        self.reading.finish()
        for row in range(self.list_proxy.rowCount()):
            if self.list_proxy.row(row).municipality_id == municipality_id:
                self.list.selectRow(row)
                self.list.scrollTo(self.list_proxy.index(row, 0))
                return True
        return False

    def select_plan(self, plan_id: uuid.UUID, item_id: uuid.UUID | None = None) -> bool:
        """Show this plan (other tabs click through to it), optionally one area or action."""
        self.reading.finish()
        row = next((r for r in self.list_model.rows() if r.plan_id == plan_id), None)
        if row is None:
            self.refresh()
            row = next((r for r in self.list_model.rows() if r.plan_id == plan_id), None)
        if row is None:
            return False
        self.set_mode(0)
        self.search.clear()
        self.pages.setCurrentIndex(0)
        if not self.select_municipality(row.municipality_id):
            return False
        self.reload_plan()  # it may have changed elsewhere (e.g. a follow-up started at a visit)
        self._reload_follow()
        if item_id is not None:
            self.plan_page.editor.select(item_id)
        return True

    def select_code(self, code: str) -> bool:
        self.reading.finish()
        for row in self.list_model.rows():
            if row.code == code:
                self.search.clear()
                return self.select_municipality(row.municipality_id)
        return False

    def _on_municipality_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        rows = self.list.selectionModel().selectedRows()
        summary = rows[0].data(ROW_ROLE) if rows else None
        current = self.summary.municipality_id if self.summary else None
        if (summary.municipality_id if summary else None) == current:
            return
        if not self.save_pending():
            if self.summary is not None:  # go back to the municipality with the unsaved text
                self.list.selectionModel().blockSignals(True)
                self.select_municipality(self.summary.municipality_id)
                self.list.selectionModel().blockSignals(False)
            return
        if summary is not None:  # saving refreshed the list: choose the target row again
            self.list.selectionModel().blockSignals(True)
            self.select_municipality(summary.municipality_id)
            self.list.selectionModel().blockSignals(False)
            summary = next(
                (r for r in self.list_model.rows() if r.municipality_id == summary.municipality_id),
                summary,
            )
        self.show_municipality(summary)

    def save_pending(self) -> bool:
        """Save what is typed in any pane before leaving it; ``False`` if refused."""
        if self.plan_page.save_header_button.isEnabled() and not self.plan_page.save_header():
            return False
        follow = self.built_follow_page()
        return self.plan_page.editor.save() and (follow is None or follow.follow_editor.save())

    def _reload_follow(self) -> None:
        if self.follow_holder.built:
            self.follow_holder.widget.load()

    def _on_change(self, change: Change) -> None:
        _read_again(self, change)  # the list; after a sync's pull or an import the plan too
        self._reload_follow()

    def about_to_close(self) -> bool:
        """Save what is typed; if that is refused, ask before the window closes and drops it."""
        if self.save_pending():
            return True
        return messages.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr(
                "A change in the action plan could not be saved (see the message beside the "
                "field). Close anyway and lose it?"
            ),
        )

    def show_municipality(self, summary: PlanSummary | None, read: PlanRead | None = None) -> None:
        """Show ``summary``'s plan on the pages (``read``: as the worker read it)."""
        self.summary = summary
        self.placeholder.setVisible(summary is None)
        self.pages.setVisible(summary is not None)
        if summary is None:
            self.placeholder.setText(self.tr("Choose a municipality in the list."))
            self.heading.clear()
            self.plan = None
            return
        self.heading.setText(f"{summary.name} ({summary.code}) · {summary.county_name}")
        if read is not None:
            self.plan = read.plan
        else:
            self.plan = guarded(self, lambda: self.service.plan_for(summary.municipality_id))
        self.plan_page.load()
        if self.follow_holder.built:
            self.follow_holder.widget.load(read)
        elif self._follow_draft_waits(summary):
            self.follow_page  # noqa: B018 - built and filled: it offers the draft
        self.reload_history(read)

    def reload_plan(self) -> None:
        """The plan changed (edit, undo, redo): show it again, keeping the selection."""
        if self.summary is None:
            return
        self.plan = guarded(self, lambda: self.service.plan_for(self.summary.municipality_id))
        self.plan_page.load(keep_selection=True)
        self.reload_history()
        self.refresh_list_row()
        self.overview_page.refresh_if_shown()  # e.g. an undo (Ctrl+Z) with it in front
        self.ctx.bus.changed.emit("action_plans")

    def refresh_list_row(self) -> None:
        selected = self.summary.municipality_id if self.summary else None
        self.list_model.set_rows(self.service.summaries())
        self._update_count()
        if selected is not None:
            self.list.selectionModel().blockSignals(True)
            self.select_municipality(selected)
            self.list.selectionModel().blockSignals(False)
            self.summary = next(
                (r for r in self.list_model.rows() if r.municipality_id == selected), self.summary
            )

    def _ask_pdf_path(self, suggested: str) -> Path | None:
        """Where to write a PDF (tests replace this or ``ui.files.ask_save_path``)."""
        from samordnare_desktop.ui import files

        return files.ask_save_path(self, self.tr("Export PDF"), suggested, self.tr("PDF (*.pdf)"))

    def write_pdf(self, suggested: str, build: Callable[[], bytes]) -> None:
        path = self._ask_pdf_path(suggested)
        if path is None:
            return
        from samordnare_desktop.files import write_pdf
        from samordnare_desktop.ui.operations import run_in_background

        run_in_background(  # rendering runs off the GUI thread
            self,
            lambda _progress: write_pdf(path, build()),
            lambda _none: self.ctx.show_status(
                self.tr("PDF written: {path}").format(path=str(path))
            ),
            title=self.tr("Saving {file}…").format(file=path.name),
        )

    def set_mode(self, mode: int) -> None:
        if mode == 1 and not self.save_pending():
            self.mode_plans.setChecked(True)
            return
        self.stack.setCurrentIndex(mode)
        (self.mode_overview if mode == 1 else self.mode_plans).setChecked(True)
        if mode == 1:
            self.overview_page.refresh()


def _read_again(tab: ActionPlansTab, change: Change) -> None:
    """A change notice: the list again and, after a sync's pull or an import (which may have
    changed the plan shown), the plan too. Typed text in the tree's pane stays, its save
    checked against the row it was typed over (TreeEditor.reload_current); typed header
    fields leave the plan as it is shown, so their save is checked against it."""
    tab.refresh()
    if not change.everything or tab.summary is None or tab.reading.pending:
        return
    if tab.plan_page.save_header_button.isEnabled():
        return
    municipality_id = tab.summary.municipality_id
    tab.plan = guarded(tab, lambda: tab.service.plan_for(municipality_id))
    tab.plan_page.load(keep_selection=True)
    tab.reload_history()
