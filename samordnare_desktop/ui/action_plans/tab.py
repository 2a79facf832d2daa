"""The Handlingsplaner tab: each municipality's plan för handling (areas and actions in a tree),
its follow-up, its history and versions, and an overview of every action across municipalities.

Keys in the tree: Insert adds an action (Shift+Insert a development area), Delete deletes
(confirm, Ctrl+Z undoes), Alt+Up/Alt+Down reorder, F2/Enter edit the row in the pane beside it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.action_plan import PlanStatus
from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.action_plans import (
    ActionInput,
    ActionRow,
    AreaInput,
    AreaRow,
    FollowUpDetails,
    PlanDetails,
    PlanInput,
    PlanSummary,
    parse_day,
    validate_action,
    validate_area,
    validate_plan,
)
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.action_plans.forms import (
    ActionForm,
    AreaForm,
    FollowActionForm,
    FollowAreaForm,
    TreeEditor,
)
from samordnare_desktop.ui.action_plans.table_models import (
    OVERDUE,
    HistoryModel,
    OverviewModel,
    OverviewProxy,
    PlanListModel,
    PlanListProxy,
    VersionModel,
)
from samordnare_desktop.ui.action_plans.tree_model import PlanTreeModel
from samordnare_desktop.ui.context import UiContext
from samordnare_desktop.ui.drafts import DraftKeeper
from samordnare_desktop.ui.errors import guarded, show_error
from samordnare_desktop.ui.municipalities.tab import configure_table
from samordnare_desktop.ui.table_model import ROW_ROLE, RowFilterProxy
from samordnare_desktop.ui.undo import ServiceCommand, push_done
from samordnare_desktop.ui.widgets.form import FieldErrors


def _shortcut(key: QKeySequence | str, widget: QWidget, slot: Callable[[], None]) -> None:
    shortcut = QShortcut(QKeySequence(key), widget, activated=slot)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)


class ActionPlansTab(QWidget):
    NAME = "action_plans"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self.ctx = ctx
        self.service = ctx.services.action_plans
        self.today: Callable[[], date] = date.today  # tests put their own day here
        self.summary: PlanSummary | None = None
        self.plan: PlanDetails | None = None
        self.follow: FollowUpDetails | None = None

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
        self.stack.addWidget(self._build_overview_page())
        layout = QVBoxLayout(self)
        layout.addLayout(toggle)
        layout.addWidget(self.stack, 1)

        self.modes.idClicked.connect(self.set_mode)
        ctx.bus.changed.connect(self._on_bus_changed)
        self.refresh()
        self._select_first_plan()

    # =========================================================================================
    # building
    # =========================================================================================
    def _build_plans_page(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Search municipalities"))
        self.search.setPlaceholderText(self.tr("Search municipality…"))
        self.search.setClearButtonEnabled(True)
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
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
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
        self.pages.addTab(self._build_plan_page(), self.tr("Plan"))
        self.pages.addTab(self._build_follow_page(), self.tr("Follow-up"))
        self.pages.addTab(self._build_history_page(), self.tr("History and versions"))
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

    def _build_plan_page(self) -> QWidget:
        page = QWidget()
        # no plan yet
        self.no_plan = QWidget()
        no_plan_layout = QHBoxLayout(self.no_plan)
        self.no_plan_label = QLabel(
            self.tr(
                "The municipality has no action plan yet. It is drawn up by the municipality "
                "after the first visit; create it here when you receive it."
            )
        )
        self.no_plan_label.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create action plan"))
        self.create_button.setObjectName("create_plan")
        no_plan_layout.addWidget(self.no_plan_label, 1)
        no_plan_layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignTop)

        # plan header
        self.plan_box = QWidget()
        self.header_errors = FieldErrors()
        self.plan_status = QComboBox()
        self.plan_status.setObjectName("plan_status")
        for status in PlanStatus:
            self.plan_status.addItem(status.label(), status)
        self.received = QLineEdit()
        self.received.setObjectName("plan_received")
        self.received.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.plan_owner = QLineEdit()
        self.plan_owner.setObjectName("plan_owner")
        self.plan_owner.setPlaceholderText(self.tr("Name and role in the municipality"))
        self.save_header_button = QPushButton(self.tr("Save"))
        self.save_header_button.setObjectName("save_plan")
        self.save_header_button.setEnabled(False)
        header = QHBoxLayout()
        for label, widget, field, stretch in (
            (self.tr("Status"), self.plan_status, "status", 0),
            (self.tr("Received"), self.received, "received_on", 0),
            (self.tr("Owner in the municipality"), self.plan_owner, "owner", 1),
        ):
            from PySide6.QtWidgets import QFormLayout

            form = QFormLayout()
            form.setContentsMargins(0, 0, 0, 0)
            self.header_errors.add_row(form, label, widget, field)
            header.addLayout(form, stretch)
        header.addWidget(self.save_header_button, 0, Qt.AlignmentFlag.AlignTop)
        self.version_label = QLabel()
        self.version_label.setObjectName("version_label")
        self.save_version_button = QPushButton(self.tr("Save as new version…"))
        self.save_version_button.setObjectName("save_version")
        self.save_version_button.setToolTip(
            self.tr("Keep the plan as it stands now (e.g. as agreed) in the version history.")
        )
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.setObjectName("export_plan")
        self.delete_plan_button = QPushButton(self.tr("Delete plan…"))
        self.delete_plan_button.setObjectName("delete_plan")
        self.delete_plan_button.setToolTip(
            self.tr("Delete the whole action plan (asks first; Ctrl+Z undoes)")
        )
        versions = QHBoxLayout()
        versions.addWidget(self.version_label, 1)
        versions.addWidget(self.save_version_button)
        versions.addWidget(self.export_button)
        versions.addWidget(self.delete_plan_button)

        # the tree and its pane
        self.tree_model = PlanTreeModel(lambda: self.today(), self)
        self.area_form = AreaForm()
        self.action_form = ActionForm()
        self.editor = TreeEditor(
            self.tree_model,
            self.area_form,
            self.action_form,
            self._save_item,
            self._load_item,
            "plan",
            db_path=self.ctx.services.db.path,
            draft_kind="action-plan",
        )
        self.tree = self.editor.tree
        self.add_area_button = QPushButton(self.tr("New area"))
        self.add_area_button.setObjectName("add_area")
        self.add_area_button.setToolTip(self.tr("Add a development area (Shift+Insert)"))
        self.add_action_button = QPushButton(self.tr("New action"))
        self.add_action_button.setObjectName("add_action")
        self.add_action_button.setToolTip(self.tr("Add an action to the chosen area (Insert)"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete_item")
        self.delete_button.setToolTip(self.tr("Delete the chosen row (Delete; Ctrl+Z undoes)"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setObjectName("move_up")
        self.up_button.setToolTip("Alt+Up")
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setObjectName("move_down")
        self.down_button.setToolTip("Alt+Down")
        tree_buttons = QHBoxLayout()
        for button in (
            self.add_area_button,
            self.add_action_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            tree_buttons.addWidget(button)
        tree_buttons.addStretch(1)
        self.editor.tree_layout.addLayout(tree_buttons)

        plan_layout = QVBoxLayout(self.plan_box)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addLayout(header)
        plan_layout.addLayout(versions)
        plan_layout.addWidget(self.editor, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.no_plan)
        layout.addWidget(self.plan_box, 1)
        layout.addStretch(0)  # takes the room while there is no plan, none once there is

        self.create_button.clicked.connect(self.create_plan)
        self.plan_status.currentIndexChanged.connect(self._header_edited)
        self.received.textEdited.connect(self._header_edited)
        self.plan_owner.textEdited.connect(self._header_edited)
        self.save_header_button.clicked.connect(self.save_header)
        for edit in (self.received, self.plan_owner):
            edit.returnPressed.connect(self.save_header)
        self.save_version_button.clicked.connect(self.save_version)
        self.export_button.clicked.connect(self.export_plan)
        self.delete_plan_button.clicked.connect(self.delete_plan)
        self.add_area_button.clicked.connect(self.add_area)
        self.add_action_button.clicked.connect(self.add_action)
        self.delete_button.clicked.connect(self.delete_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        _shortcut(QKeySequence(Qt.Key.Key_Insert), self.tree, self.add_action)
        _shortcut(QKeySequence("Shift+Insert"), self.tree, self.add_area)
        _shortcut(QKeySequence(Qt.Key.Key_Delete), self.tree, self.delete_item)
        _shortcut(QKeySequence("Alt+Up"), self.tree, lambda: self.move_item(-1))
        _shortcut(QKeySequence("Alt+Down"), self.tree, lambda: self.move_item(1))
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        return page

    def _build_follow_page(self) -> QWidget:
        page = QWidget()
        self.follow_start = QGroupBox(self.tr("Start the follow-up"))
        start_layout = QHBoxLayout(self.follow_start)
        self.follow_visit = QComboBox()
        self.follow_visit.setObjectName("follow_visit")
        self.follow_day = QLineEdit()
        self.follow_day.setObjectName("follow_day")
        self.follow_day.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.start_follow_button = QPushButton(self.tr("Start follow-up"))
        self.start_follow_button.setObjectName("start_follow_up")
        self.start_follow_button.setToolTip(
            self.tr(
                "Keeps the plan as agreed for comparison and takes each action's status as now."
            )
        )
        self.follow_start_error = QLabel()
        self.follow_start_error.setStyleSheet("color: #b00020;")
        start_layout.addWidget(QLabel(self.tr("Follow-up visit")))
        start_layout.addWidget(self.follow_visit, 2)
        start_layout.addWidget(QLabel(self.tr("Date")))
        start_layout.addWidget(self.follow_day, 1)
        start_layout.addWidget(self.start_follow_button)
        start_layout.addWidget(self.follow_start_error)

        self.follow_box = QWidget()
        self.follow_heading = QLabel()
        self.follow_heading.setObjectName("follow_heading")
        self.follow_heading.setWordWrap(True)
        self.export_follow_button = QPushButton(self.tr("Export follow-up PDF…"))
        self.export_follow_button.setObjectName("export_follow_up")
        self.delete_follow_button = QPushButton(self.tr("Delete follow-up"))
        self.delete_follow_button.setObjectName("delete_follow_up")
        self.delete_follow_button.setToolTip(
            self.tr("Delete this follow-up, e.g. one started by mistake (Ctrl+Z undoes)")
        )
        top = QHBoxLayout()
        top.addWidget(self.follow_heading, 1)
        top.addWidget(self.delete_follow_button)
        top.addWidget(self.export_follow_button)
        self.follow_model = PlanTreeModel(lambda: self.today(), self)
        self.follow_area_form = FollowAreaForm()
        self.follow_action_form = FollowActionForm()
        self.follow_editor = TreeEditor(
            self.follow_model,
            self.follow_area_form,
            self.follow_action_form,
            self._save_follow_item,
            self._load_follow_item,
            "follow",
            db_path=self.ctx.services.db.path,
            draft_kind="follow-up",
        )
        self.follow_summary = QPlainTextEdit()
        self.follow_summary.setObjectName("follow_summary")
        self.follow_summary.setTabChangesFocus(True)
        self.follow_summary.setPlaceholderText(
            self.tr("Overall summary of the follow-up for the municipality…")
        )
        self.save_summary_button = QPushButton(self.tr("Save summary"))
        self.save_summary_button.setObjectName("save_summary")
        self.summary_status = QLabel()
        summary_box = QGroupBox(self.tr("Overall summary"))
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.addWidget(self.follow_summary)
        row = QHBoxLayout()
        row.addWidget(self.summary_status, 1)
        row.addWidget(self.save_summary_button)
        summary_layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.follow_editor)
        split.addWidget(summary_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        follow_layout = QVBoxLayout(self.follow_box)
        follow_layout.setContentsMargins(0, 0, 0, 0)
        follow_layout.addLayout(top)
        follow_layout.addWidget(split, 1)

        self.follow_none = QLabel()
        self.follow_none.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.follow_none)
        layout.addWidget(self.follow_start)
        layout.addWidget(self.follow_box, 1)
        layout.addStretch(0)

        self.start_follow_button.clicked.connect(self.start_follow_up)
        self.export_follow_button.clicked.connect(self.export_follow_up)
        self.delete_follow_button.clicked.connect(self.delete_follow_up)
        self.save_summary_button.clicked.connect(self.save_summary)
        self.follow_summary.textChanged.connect(
            lambda: self.summary_status.setText(self.tr("Unsaved changes"))
        )
        self.summary_drafts = DraftKeeper(
            summary_box,
            self.ctx.services.db.path,
            "follow-up-summary",
            record_id="",
            fields=[self.follow_summary],
        )
        return page

    def _build_history_page(self) -> QWidget:
        self.version_model = VersionModel(self)
        self.versions = QTableView()
        self.versions.setObjectName("version_table")
        self.version_proxy = RowFilterProxy(self)
        self.version_proxy.setSourceModel(self.version_model)
        self.versions.setModel(self.version_proxy)
        configure_table(self.versions)
        self.history_model = HistoryModel(self)
        self.history = QTableView()
        self.history.setObjectName("history_table")
        self.history_proxy = RowFilterProxy(self)
        self.history_proxy.setSourceModel(self.history_model)
        self.history.setModel(self.history_proxy)
        configure_table(self.history)
        self.history.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.versions.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.export_version_button = QPushButton(self.tr("Export version as PDF…"))
        self.export_version_button.setObjectName("export_version")
        self.export_version_button.setToolTip(
            self.tr("The plan as it stood when the chosen version was saved (double-click)")
        )
        versions_box = QGroupBox(self.tr("Saved versions"))
        versions_layout = QVBoxLayout(versions_box)
        versions_layout.addWidget(self.versions)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_version_button)
        versions_layout.addLayout(row)
        self.export_version_button.clicked.connect(self.export_version)
        self.versions.doubleClicked.connect(lambda _index: self.export_version())
        history_box = QGroupBox(self.tr("Every change (who, when, what)"))
        QVBoxLayout(history_box).addWidget(self.history)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(versions_box)
        split.addWidget(history_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        return split

    def _build_overview_page(self) -> QWidget:
        self.overview_search = QLineEdit()
        self.overview_search.setObjectName("overview_search")
        self.overview_search.setPlaceholderText(self.tr("Search area or action, e.g. samverkan…"))
        self.overview_search.setClearButtonEnabled(True)
        self.overview_status = QComboBox()
        self.overview_status.setObjectName("overview_status")
        self.overview_status.addItem(self.tr("All statuses"), "")
        self.overview_status.addItem(self.tr("All overdue actions"), OVERDUE)
        from samordnare_desktop.domain.action_plan import ActionStatus

        for status in ActionStatus:
            self.overview_status.addItem(status.label(), status.value)
        self.overview_count = QLabel()
        self.overview_model = OverviewModel(lambda: self.today(), self)
        self.overview_proxy = OverviewProxy(lambda: self.today(), self)
        self.overview_proxy.setSourceModel(self.overview_model)
        self.overview = QTableView()
        self.overview.setObjectName("overview_table")
        self.overview.setModel(self.overview_proxy)
        configure_table(self.overview)
        self.overview.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.overview.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.overview_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hint = QLabel(self.tr("Double-click or press Enter to open the plan."))
        filters = QHBoxLayout()
        filters.addWidget(self.overview_search, 3)
        filters.addWidget(self.overview_status, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.overview, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.overview_count, 1)
        bottom.addWidget(hint)
        layout.addLayout(bottom)
        self.overview_search.textChanged.connect(self._on_overview_filter)
        self.overview_status.currentIndexChanged.connect(self._on_overview_filter)
        self.overview.doubleClicked.connect(lambda index: self.open_overview_row(index.row()))
        for key in ("Return", "Enter"):
            _shortcut(
                key,
                self.overview,
                lambda: self.open_overview_row(self.overview.currentIndex().row()),
            )
        return page

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # the tree gets most of the width, the edit pane the rest
            self._sized = True
            for editor in (self.editor, self.follow_editor):
                width = max(editor.splitter.width(), 900)
                editor.splitter.setSizes([width * 3 // 5, width * 2 // 5])

    # =========================================================================================
    # list of municipalities
    # =========================================================================================
    def focus_search(self) -> None:
        target = self.overview_search if self.stack.currentIndex() == 1 else self.search
        target.setFocus()
        target.selectAll()

    def refresh(self) -> None:
        selected = self.summary.municipality_id if self.summary else None
        self.list_model.set_rows(self.service.summaries())
        self._update_count()
        if selected is not None:
            self.select_municipality(selected)
        if self.stack.currentIndex() == 1:
            self.refresh_overview()

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

    def _select_first_plan(self) -> None:
        for row in range(self.list_proxy.rowCount()):
            if self.list_proxy.row(row).plan_id is not None:
                self.list.selectRow(row)
                return
        self._show_municipality(None)

    def select_municipality(self, municipality_id: uuid.UUID) -> bool:
        for row in range(self.list_proxy.rowCount()):
            if self.list_proxy.row(row).municipality_id == municipality_id:
                self.list.selectRow(row)
                self.list.scrollTo(self.list_proxy.index(row, 0))
                return True
        return False

    def select_plan(self, plan_id: uuid.UUID, item_id: uuid.UUID | None = None) -> bool:
        """Show this plan (other tabs click through to it), optionally one area or action."""
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
        self._load_follow_up()
        if item_id is not None:
            self.editor.select(item_id)
        return True

    def select_code(self, code: str) -> bool:
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
        if not self._save_pending():
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
        self._show_municipality(summary)

    def _save_pending(self) -> bool:
        """Save what is typed in any pane before leaving it; ``False`` if refused."""
        if self.save_header_button.isEnabled() and not self.save_header():
            return False
        return self.editor.save() and self.follow_editor.save()

    def _on_bus_changed(self, area: str) -> None:
        if area in ("municipalities", "visits", "*"):
            self.refresh()
            self._load_follow_up()

    def about_to_close(self) -> bool:
        """Save what is typed; if that is refused, ask before the window closes and drops it."""
        if self._save_pending():
            return True
        return messages.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr(
                "A change in the action plan could not be saved (see the message beside the "
                "field). Close anyway and lose it?"
            ),
        )

    # =========================================================================================
    # the plan
    # =========================================================================================
    def _show_municipality(self, summary: PlanSummary | None) -> None:
        self.summary = summary
        self.placeholder.setVisible(summary is None)
        self.pages.setVisible(summary is not None)
        if summary is None:
            self.heading.clear()
            self.plan = None
            return
        self.heading.setText(f"{summary.name} ({summary.code}) · {summary.county_name}")
        self.plan = guarded(self, lambda: self.service.plan_for(summary.municipality_id))
        self.editor.show_item(None)
        self._show_plan()
        self.tree_model.set_plan(self.plan)
        self.tree.expandAll()
        if self.tree_model.rowCount():
            self.tree.setCurrentIndex(self.tree_model.index(0, 0))
        self._load_follow_up()
        self._load_history()

    def _show_plan(self) -> None:
        plan = self.plan
        self.no_plan.setVisible(plan is None)
        self.plan_box.setVisible(plan is not None)
        if plan is None:
            return
        for widget in (self.plan_status, self.received, self.plan_owner):
            widget.blockSignals(True)
        self.plan_status.setCurrentIndex(self.plan_status.findData(plan.status))
        self.received.setText(plan.received_on.isoformat() if plan.received_on else "")
        self.plan_owner.setText(plan.owner)
        for widget in (self.plan_status, self.received, self.plan_owner):
            widget.blockSignals(False)
        self.header_errors.clear()
        self.save_header_button.setEnabled(False)
        late = sum(1 for a in plan.actions() if a.overdue(self.today()))
        text = self.tr("Development areas: {areas} · actions: {actions}").format(
            areas=len(plan.areas), actions=len(plan.actions())
        )
        if late:
            text += " · " + self.tr("overdue: {late}").format(late=late)
        text += " · " + (
            self.tr("version {number}").format(number=plan.revision)
            if plan.revision
            else self.tr("no saved version")
        )
        self.version_label.setText(text)
        self._update_buttons()

    def reload_plan(self) -> None:
        """The plan changed (edit, undo, redo): show it again, keeping the selection."""
        if self.summary is None:
            return
        current = self.editor.current_item.id if self.editor.current_item else None
        self.plan = guarded(self, lambda: self.service.plan_for(self.summary.municipality_id))
        self._show_plan()
        self.tree_model.set_plan(self.plan)
        self.tree.expandAll()
        if current is not None and not self.editor.select(current):
            self.editor.show_item(self.tree_model.item(self.tree.currentIndex()))
        self.editor.reload_current()
        self._load_history()
        self._refresh_list_row()
        self.ctx.bus.changed.emit("action_plans")

    def _refresh_list_row(self) -> None:
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

    def create_plan(self) -> None:
        summary = self.summary
        if summary is None:
            return
        plan = guarded(self, lambda: self.service.create_plan(summary.municipality_id))
        if plan is None:
            return
        self.plan = plan
        self._refresh_list_row()
        self._show_municipality(self.summary)
        self.ctx.show_status(self.tr("Action plan created."))
        self.ctx.bus.changed.emit("action_plans")
        self.plan_owner.setFocus()

    def _header_edited(self, *_args: object) -> None:
        self.save_header_button.setEnabled(True)

    def save_header(self) -> bool:
        plan = self.plan
        if plan is None:
            return True
        try:
            data = validate_plan(
                PlanInput(
                    self.plan_status.currentData(),
                    parse_day(self.received.text(), "received_on"),
                    self.plan_owner.text(),
                )
            )
            before = plan.as_input()
            if data != before:  # an edit is one step on the undo stack (Ctrl+Z)
                update = self._first_checked(self.service.update_plan, plan.version)
                push_done(
                    self.ctx.undo_stack,
                    self._command(
                        self.tr("Edit the plan of {name}").format(name=plan.municipality_name),
                        lambda: update(plan.id, data),
                        lambda: self.service.update_plan(plan.id, before, expected_version=None),
                    ),
                )
        except ValidationError as exc:
            if not self.header_errors.show(exc):
                show_error(self, exc)
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.header_errors.clear()
        self.save_header_button.setEnabled(False)
        if data == before:  # nothing changed: show the stored values again
            self._show_plan()
        self.ctx.show_status(self.tr("Plan saved."))
        return True

    def delete_plan(self) -> None:
        """Delete the whole plan after saying what goes with it; Ctrl+Z brings it back."""
        plan = self.plan
        if plan is None:
            return
        question = self.tr(
            "Delete the action plan of {name} with its {areas} development areas and "
            "{actions} actions? Its history, versions and follow-up go with it. "
            "You can undo this with Ctrl+Z."
        ).format(name=plan.municipality_name, areas=len(plan.areas), actions=len(plan.actions()))
        if not messages.confirm(self, self.tr("Delete plan"), question):
            return
        self.editor.dirty = False  # the plan goes; nothing typed in it to save
        self.follow_editor.dirty = False
        self.editor.discard_draft()
        self.follow_editor.discard_draft()
        self.summary_drafts.clear()
        self.save_header_button.setEnabled(False)
        municipality_id = plan.municipality_id

        def after() -> None:
            self._refresh_list_row()
            if self.summary is not None and self.summary.municipality_id == municipality_id:
                self._show_municipality(self.summary)
            self.ctx.bus.changed.emit("action_plans")

        command = ServiceCommand(
            self.tr("Delete the plan of {name}").format(name=plan.municipality_name),
            lambda: self.service.delete_plan(plan.id),
            lambda: self.service.restore_plan(plan.id),
            after,
            lambda exc: show_error(self, exc),
        )
        try:
            push_done(self.ctx.undo_stack, command)
        except Exception as exc:
            show_error(self, exc)
            return
        self.ctx.show_status(self.tr("Plan deleted. Ctrl+Z undoes."))

    def save_version(self) -> None:
        plan = self.plan
        if plan is None or not self._save_pending():
            return
        note = self._ask_version_note(plan)
        if note is None:
            return
        row = guarded(self, lambda: self.service.save_version(plan.id, note))
        if row is not None:
            self.reload_plan()
            self.ctx.show_status(self.tr("Saved as version {number}.").format(number=row.number))

    def _ask_version_note(self, plan: PlanDetails) -> str | None:
        """The note of a new version (tests replace this)."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Save as new version"),
            self.tr("Note for the version (e.g. as agreed, as revised):"),
            text=plan.status.label(),
        )
        return text if ok else None

    # --- tree ---------------------------------------------------------------------------------
    def _load_item(self, item: AreaRow | ActionRow, form: object) -> None:
        form.load(item)

    def _save_item(self, item: AreaRow | ActionRow, form: object) -> None:
        """Save the pane as one undoable step (refusals raise, so the pane keeps the text)."""
        if isinstance(item, AreaRow):
            data, before, name = validate_area(form.value()), item.as_input(), item.name
            update = self.service.update_area
        else:
            data, before = validate_action(form.value()), item.as_input()
            name = item.what.split("\n", 1)[0][:80]
            update = self.service.update_action
        if data == before:
            return
        first = self._first_checked(update, item.version)
        push_done(
            self.ctx.undo_stack,
            self._command(
                self.tr("Edit {name}").format(name=name),
                lambda: first(item.id, data),
                lambda: update(item.id, before, expected_version=None),
            ),
        )

    @staticmethod
    def _first_checked(update: Callable[..., object], version: int) -> Callable[..., object]:
        """``update`` that checks ``version`` the first time (someone else may have saved in
        between) and not on redo, which puts back exactly what this edit saved."""
        versions = [version]

        def call(row_id: uuid.UUID, data: object) -> object:
            return update(row_id, data, expected_version=versions.pop() if versions else None)

        return call

    def _current_area(self) -> AreaRow | None:
        item = self.editor.current_item
        if isinstance(item, ActionRow):
            return self.plan.area(item.area_id) if self.plan else None
        return item

    def _update_buttons(self) -> None:
        has_plan = self.plan is not None
        item = self.tree_model.item(self.tree.currentIndex())
        self.add_area_button.setEnabled(has_plan)
        self.add_action_button.setEnabled(has_plan and item is not None)
        for button in (self.delete_button, self.up_button, self.down_button):
            button.setEnabled(item is not None)

    def _command(
        self, text: str, do: Callable[[], object], undo: Callable[[], object]
    ) -> ServiceCommand:
        return ServiceCommand(text, do, undo, self.reload_plan, lambda exc: show_error(self, exc))

    def _push(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> bool:
        command = self._command(text, do, undo)
        try:
            push_done(self.ctx.undo_stack, command)
        except Exception as exc:
            show_error(self, exc)
            return False
        return True

    def add_area(self) -> None:
        plan = self.plan
        if plan is None or not self.editor.save():
            return
        area = self._current_area()
        position = (plan.areas.index(area) + 1) if area in plan.areas else None
        made: dict[str, uuid.UUID] = {}

        def do() -> None:
            if "id" in made:
                self.service.restore_area(made["id"])
            else:
                name = self.tr("New development area")
                made["id"] = self.service.add_area(plan.id, AreaInput(name), position=position).id

        if self._push(
            self.tr("Add development area"), do, lambda: self.service.delete_area(made["id"])
        ):
            self.editor.select(made["id"])
            self.editor.edit_current()

    def add_action(self) -> None:
        plan = self.plan
        if plan is None or not self.editor.save():
            return
        if not plan.areas:
            self.add_area()
            return
        area = self._current_area() or plan.areas[-1]
        item = self.editor.current_item
        position = area.actions.index(item) + 1 if isinstance(item, ActionRow) else None
        made: dict[str, uuid.UUID] = {}

        def do() -> None:
            if "id" in made:
                self.service.restore_action(made["id"])
            else:
                what = self.tr("New action")
                made["id"] = self.service.add_action(
                    area.id, ActionInput(what), position=position
                ).id

        if self._push(self.tr("Add action"), do, lambda: self.service.delete_action(made["id"])):
            self.editor.select(made["id"])
            self.editor.edit_current()
            self.action_form.what.selectAll()

    def delete_item(self) -> None:
        item = self.editor.current_item
        if item is None:
            return
        if isinstance(item, AreaRow):
            name = item.name
            question = self.tr(
                "Delete the development area {name} with its {count} actions? "
                "You can undo this with Ctrl+Z."
            ).format(name=name, count=len(item.actions))
            do, undo = (
                lambda: self.service.delete_area(item.id),
                lambda: self.service.restore_area(item.id),
            )
        else:
            name = item.what.split("\n", 1)[0][:80]
            question = self.tr("Delete the action {name}? You can undo this with Ctrl+Z.").format(
                name=name
            )
            do, undo = (
                lambda: self.service.delete_action(item.id),
                lambda: self.service.restore_action(item.id),
            )
        if not messages.confirm(self, self.tr("Delete"), question):
            return
        self.editor.dirty = False  # the row goes; nothing of it to save
        self.editor.discard_draft()
        if self._push(self.tr("Delete {name}").format(name=name), do, undo):
            self.ctx.show_status(self.tr("Deleted. Ctrl+Z undoes."))

    def move_item(self, delta: int) -> None:
        item, plan = self.editor.current_item, self.plan
        if item is None or plan is None or not self.editor.save():
            return
        if isinstance(item, AreaRow):
            rows = [a.id for a in plan.areas]
            move = self.service.move_area
        else:
            area = plan.area(item.area_id)
            rows = [a.id for a in area.actions] if area else []
            move = self.service.move_action
        if item.id not in rows:
            return
        target = rows.index(item.id) + delta
        if target < 0 or target >= len(rows):
            return
        text = self.tr("Move up") if delta < 0 else self.tr("Move down")
        self._push(text, lambda: move(item.id, delta), lambda: move(item.id, -delta))
        self.editor.select(item.id)

    # --- export -------------------------------------------------------------------------------
    def _ask_pdf_path(self, suggested: str) -> Path | None:
        """Where to write a PDF (tests replace this or ``ui.files.choose_save_path``)."""
        from samordnare_desktop.ui import files

        return files.choose_save_path(
            self, self.tr("Export PDF"), suggested, self.tr("PDF (*.pdf)")
        )

    def _write_pdf(self, suggested: str, build: Callable[[], bytes]) -> None:
        path = self._ask_pdf_path(suggested)
        if path is None:
            return
        from samordnare_desktop.files import atomic_write_bytes

        def write() -> bool:
            atomic_write_bytes(path, build())
            return True

        if guarded(self, write):
            self.ctx.show_status(self.tr("PDF written: {path}").format(path=str(path)))

    def export_plan(self) -> None:
        plan = self.plan
        if plan is None or not self._save_pending():
            return
        plan = self.service.get(plan.id)

        def build() -> bytes:
            from samordnare_desktop.pdf.action_plan import action_plan_pdf

            return action_plan_pdf(plan, today=self.today())

        self._write_pdf(f"handlingsplan-{plan.municipality_code}.pdf", build)

    def export_version(self) -> None:
        rows = self.versions.selectionModel().selectedRows()
        if not rows and self.version_proxy.rowCount():
            rows = [self.version_proxy.index(0, 0)]  # newest first
        if not rows:
            return
        version = self.version_proxy.row(rows[0].row())
        plan = guarded(self, lambda: self.service.version_details(version.id))
        if plan is None:
            return

        def build() -> bytes:
            from samordnare_desktop.pdf.action_plan import action_plan_pdf

            return action_plan_pdf(plan, today=self.today())

        self._write_pdf(
            f"handlingsplan-{plan.municipality_code}-version-{version.number}.pdf", build
        )

    # =========================================================================================
    # follow-up
    # =========================================================================================
    def _load_follow_up(self) -> None:
        plan = self.plan
        self.follow = guarded(self, lambda: self.service.follow_up(plan.id)) if plan else None
        has_follow = self.follow is not None
        self.follow_none.setVisible(plan is None)
        self.follow_none.setText(
            self.tr("Create the action plan first; it is followed up at the follow-up visit.")
        )
        self.follow_start.setVisible(plan is not None and not has_follow)
        self.follow_box.setVisible(has_follow)
        if plan is not None and not has_follow:
            self._fill_visits()
        follow = self.follow
        self.follow_model.set_plan(plan if has_follow else None, follow)
        self.follow_editor.tree.expandAll()
        if follow is None:
            return
        day = follow.held_on or follow.visit_day
        parts = [
            self.tr("Follow-up {day}").format(day=day.isoformat()) if day else self.tr("Follow-up"),
            self.tr("compared with version {number}").format(number=follow.baseline_version)
            if follow.baseline_version
            else self.tr("compared with the plan when the follow-up began"),
        ]
        self.follow_heading.setText(" · ".join(parts))
        self.follow_summary.blockSignals(True)
        self.follow_summary.setPlainText(follow.summary)
        self.follow_summary.blockSignals(False)
        self.summary_status.clear()
        another = self.summary_drafts.record_id != str(follow.id)
        self.summary_drafts.set_record(follow.id)
        if another and self.summary_drafts.offer(self):  # not on every reload of the same one
            self.summary_status.setText(self.tr("Unsaved changes"))
        self.follow_editor.reload_current()

    def _fill_visits(self) -> None:
        from samordnare_desktop.services.visits import VisitFilter

        self.follow_visit.clear()
        summary = self.summary
        visits = []
        if summary is not None:
            visits = (
                guarded(
                    self,
                    lambda: self.ctx.services.visits.list(
                        VisitFilter(
                            municipality_id=summary.municipality_id,
                            kinds=frozenset({VisitKind.FOLLOW_UP}),
                        )
                    ),
                )
                or []
            )
        for visit in visits:
            if visit.status is VisitStatus.CANCELLED:
                continue
            self.follow_visit.addItem(
                f"{visit.day.isoformat()} · {visit.display_title} ({visit.status.label()})",
                visit.id,
            )
        self.follow_visit.addItem(self.tr("No visit linked"), None)
        self.follow_visit.setCurrentIndex(0)
        self.follow_day.setText(visits[0].day.isoformat() if visits else self.today().isoformat())
        self.follow_start_error.clear()

    def start_follow_up(self) -> None:
        plan = self.plan
        if plan is None or not self._save_pending():
            return
        try:
            day = parse_day(self.follow_day.text(), "held_on")
            self.service.start_follow_up(plan.id, self.follow_visit.currentData(), day)
        except ValidationError as exc:
            self.follow_start_error.setText(exc.message)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.plan = self.service.get(plan.id)
        self._show_plan()
        self._load_follow_up()
        self._load_history()
        self._refresh_list_row()
        self.ctx.show_status(self.tr("Follow-up started."))
        self.ctx.bus.changed.emit("action_plans")
        if self.follow_model.rowCount():
            self.follow_editor.tree.setCurrentIndex(self.follow_model.index(0, 0))

    def delete_follow_up(self) -> None:
        follow = self.follow
        if follow is None:
            return
        if not messages.confirm(
            self,
            self.tr("Delete follow-up"),
            self.tr(
                "Delete the follow-up with its assessments and comments? "
                "You can undo this with Ctrl+Z."
            ),
        ):
            return
        self.follow_editor.dirty = False
        self.follow_editor.discard_draft()
        self.summary_drafts.clear()

        def after() -> None:
            self.reload_plan()
            self._load_follow_up()

        command = ServiceCommand(
            self.tr("Delete follow-up"),
            lambda: self.service.delete_follow_up(follow.id),
            lambda: self.service.restore_follow_up(follow.id),
            after,
            lambda exc: show_error(self, exc),
        )
        try:
            push_done(self.ctx.undo_stack, command)
        except Exception as exc:
            show_error(self, exc)
            return
        self.ctx.show_status(self.tr("Follow-up deleted. Ctrl+Z undoes."))

    def _load_follow_item(self, item: AreaRow | ActionRow, form: object) -> None:
        if self.follow is not None:
            form.load(item, self.follow, removed=self.follow_model.is_removed(item))

    def _save_follow_item(self, item: AreaRow | ActionRow, form: object) -> None:
        follow = self.follow
        if follow is None or self.follow_model.is_removed(item):  # read-only
            return
        if isinstance(item, AreaRow):
            self.service.record_area(
                follow.id, item.id, form.assessment.currentData(), form.note.toPlainText()
            )
        else:
            self.service.record_action(
                follow.id, item.id, form.status.currentData(), form.comment.toPlainText()
            )
        self.follow = self.service.follow_up(follow.plan_id)
        self.reload_plan()  # the status found is now the action's status in the plan
        self.follow_model.set_plan(self.plan, self.follow)

    def save_summary(self) -> None:
        follow = self.follow
        if follow is None:
            return
        text = self.follow_summary.toPlainText()

        def save() -> bool:
            self.service.record_summary(follow.id, text)
            return True

        if guarded(self, save):
            self.follow = self.service.follow_up(follow.plan_id)
            self.summary_drafts.mark_saved()
            self.summary_status.setText(self.tr("Saved"))
            self._load_history()

    def export_follow_up(self) -> None:
        plan = self.plan
        if plan is None or self.follow is None or not self._save_pending():
            return
        if self.summary_status.text() == self.tr("Unsaved changes"):
            self.save_summary()
        plan = self.service.get(plan.id)
        follow = self.service.follow_up(plan.id)

        def build() -> bytes:
            from samordnare_desktop.pdf.action_plan import follow_up_pdf

            return follow_up_pdf(plan, follow, today=self.today())

        self._write_pdf(f"uppfoljning-{plan.municipality_code}.pdf", build)

    # =========================================================================================
    # history, overview
    # =========================================================================================
    def _load_history(self) -> None:
        plan = self.plan
        if plan is None:
            self.history_model.set_rows([])
            self.version_model.set_rows([])
            return
        self.history_model.set_rows(self.service.history(plan.id))
        self.version_model.set_rows(self.service.versions(plan.id))
        for table, caps in ((self.history, (160, 120, 320, 190, 240)), (self.versions, ())):
            header = table.horizontalHeader()
            header.setResizeContentsPrecision(50)  # size from the first rows, not every change
            table.resizeColumnsToContents()
            for column, cap in enumerate(caps):  # long texts are elided; the tooltip has them
                table.setColumnWidth(column, min(table.columnWidth(column), cap))

    def set_mode(self, mode: int) -> None:
        if mode == 1 and not self._save_pending():
            self.mode_plans.setChecked(True)
            return
        self.stack.setCurrentIndex(mode)
        (self.mode_overview if mode == 1 else self.mode_plans).setChecked(True)
        if mode == 1:
            self.refresh_overview()

    def refresh_overview(self) -> None:
        self.overview_model.set_rows(self.service.overview())
        self._on_overview_filter()

    def _on_overview_filter(self, *_args: object) -> None:
        self.overview_proxy.set_filters(
            search=self.overview_search.text(), status=self.overview_status.currentData() or ""
        )
        from samordnare_desktop.services.action_plans import status_counts

        shown = [self.overview_proxy.row(r) for r in range(self.overview_proxy.rowCount())]
        late = sum(1 for r in shown if r.overdue(self.today()))
        counts = status_counts(r.status for r in shown)
        by_status = ", ".join(
            f"{status.label().lower()} {count}" for status, count in counts.items() if count
        )
        text = self.tr("Showing {shown} of {total} actions · overdue: {late}").format(
            shown=len(shown), total=self.overview_model.rowCount(), late=late
        )
        self.overview_count.setText(f"{text} · {by_status}" if by_status else text)

    def open_overview_row(self, proxy_row: int) -> None:
        if proxy_row < 0:
            return
        row = self.overview_proxy.row(proxy_row)
        if self.select_plan(row.plan_id, row.action_id):
            self.tree.setFocus()
