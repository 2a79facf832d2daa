"""The Fynd tab (issue #18): every finding of the programme, searched as you type (the FTS5
index: "dukic" finds Đukić, å ä ö are letters of their own) and filtered by kind, level, theme
and focus group; new, edit (tags), delete with confirmation and Ctrl+Z."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.finding import FindingKind, FindingLevel
from samordnare_desktop.services.findings import FindingQuery, FindingRow
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.context import CARE_PLACES, EVERYTHING, FINDING, VISIT, Change, UiContext
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.findings.finding_dialog import FindingDialog
from samordnare_desktop.ui.findings.table_model import (
    DAY,
    FOCUS_GROUPS,
    KIND,
    LEVEL,
    MEETING,
    ORGANISATIONS,
    TEXT,
    THEMES,
    FindingTableModel,
)
from samordnare_desktop.ui.findings.themes_dialog import ThemesDialog
from samordnare_desktop.ui.table_model import ROW_ROLE, RowFilterProxy
from samordnare_desktop.ui.undo import push_undoable
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.sizing import fit_search
from samordnare_desktop.ui.widgets.table import configure_table
from samordnare_desktop.ui.widgets.value_combo import ValueCombo

UNTAGGED = "untagged"


class FindingsTab(QWidget):
    NAME = "findings"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self.ctx = ctx
        self.service = ctx.services.findings
        self._build()
        self._wire(ctx)
        self.refresh()

    # --- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("finding_search")
        self.search.setAccessibleName(self.tr("Search findings"))
        self.search.setPlaceholderText(self.tr("Search findings…"))
        self.search.setClearButtonEnabled(True)
        fit_search(self.search)
        self.kind = self._combo("kind_filter", self.tr("Kind"))
        self.kind.add(self.tr("Not tagged yet"), UNTAGGED)
        for kind in FindingKind:
            self.kind.add(kind.label(), kind)
        self.level = self._combo("level_filter", self.tr("Level"))
        for level in FindingLevel:
            self.level.add(level.label(), level)
        self.theme = self._combo("theme_filter", self.tr("Theme"))
        self.focus_group = self._combo("focus_group_filter", self.tr("Focus group"))
        self.new_button = QPushButton(self.tr("New finding…"))
        self.new_button.setObjectName("new_finding")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit_finding")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete_finding")
        self.themes_button = QPushButton(self.tr("Themes…"))
        self.themes_button.setObjectName("edit_themes")
        self.themes_button.setToolTip(self.tr("Rename or delete your own themes"))

        self.model = FindingTableModel(self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("finding_table")
        self.table.setAccessibleName(self.tr("Findings"))
        self.table.setModel(self.proxy)
        configure_table(self.table)
        self.table.sortByColumn(DAY, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the text keeps a readable width on a narrow screen (the last column takes what is left)
        header.setStretchLastSection(True)
        for column, width in (
            (TEXT, 340),
            (DAY, 85),
            (KIND, 130),
            (LEVEL, 75),
            (THEMES, 160),
            (FOCUS_GROUPS, 120),
            (ORGANISATIONS, 100),
            (MEETING, 130),
        ):
            self.table.setColumnWidth(column, width)
        self.count = plain_label()
        self.count.setObjectName("count")

        filters = QHBoxLayout()
        for label, combo in (
            (self.tr("Kind"), self.kind),
            (self.tr("Level"), self.level),
            (self.tr("Theme"), self.theme),
            (self.tr("Focus group"), self.focus_group),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.themes_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _combo(self, name: str, accessible: str) -> ValueCombo:
        combo = ValueCombo()
        # a theme is a whole question: the combo stays narrow, its list shows the full text
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.view().setMinimumWidth(420)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.add(self.tr("All"), None)
        return combo

    def _wire(self, ctx: UiContext) -> None:
        self.search.textChanged.connect(lambda _t: self.refresh_list())
        for combo in (self.kind, self.level, self.theme, self.focus_group):
            combo.currentIndexChanged.connect(lambda _i: self.refresh_list())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.new_button.clicked.connect(lambda: self.new_finding())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.themes_button.clicked.connect(lambda: self.edit_themes())
        ctx.bus.subscribe(self, self._on_change, (FINDING, VISIT, CARE_PLACES, EVERYTHING))

    # --- public API ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_filters()
        self.refresh_list()

    def query(self) -> FindingQuery:
        kind = self.kind.value()
        return FindingQuery(
            text=self.search.text(),
            kind=kind if isinstance(kind, FindingKind) else None,
            untagged=kind == UNTAGGED,
            level=self.level.value(),
            theme=self.theme.value(),
            focus_group_id=self.focus_group.value(),
        )

    def refresh_list(self) -> None:
        selected = self.selected()
        page = guarded(self, lambda: self.service.search(self.query()))
        if page is None:
            return
        self.model.set_rows(page.rows)
        if page.more:
            text = self.tr("The newest {shown} of more than {total} findings; type to narrow.")
        elif len(page.rows) < page.total:
            text = self.tr("The newest {shown} of {total} findings; type to narrow.")
        else:
            text = self.tr("{total} findings")
        self.count.setText(text.format(shown=len(page.rows), total=page.total))
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def selected(self) -> FindingRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select(self, finding_id: uuid.UUID) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id == finding_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def show_finding(self, finding_id: uuid.UUID) -> bool:
        """Show one finding (the one search opens it): selected in the list with no filter,
        or, when it is older than the list's page, opened in its form."""
        if self.select(finding_id):
            return True
        for combo in (self.kind, self.level, self.theme, self.focus_group):
            combo.blockSignals(True)
            combo.set_value(None)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refresh_list()
        if self.select(finding_id):
            return True
        row = guarded(self, lambda: self.service.get(finding_id))
        if row is None:
            return False
        dialog = FindingDialog(self.ctx, row, self)
        dialog.finished.connect(lambda _r: self._after_dialog(dialog))
        dialog.open()
        return True

    def edit_themes(self) -> ThemesDialog:
        dialog = ThemesDialog(self.ctx, self)
        dialog.open()
        return dialog

    def new_finding(self) -> FindingDialog:
        dialog = FindingDialog(self.ctx, None, self)
        dialog.finished.connect(lambda _r: self._after_dialog(dialog))
        dialog.open()
        return dialog

    def edit_selected(self) -> FindingDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = FindingDialog(self.ctx, row, self)
        dialog.finished.connect(lambda _r: self._after_dialog(dialog))
        dialog.open()
        return dialog

    def delete_selected(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        if not messages.confirm(
            self,
            self.tr("Delete finding"),
            self.tr("Delete the finding “{text}”? You can undo this with Ctrl+Z.").format(
                text=row.text if len(row.text) <= 80 else row.text[:79] + "…"
            ),
        ):
            return False
        return push_undoable(
            self,
            self.ctx.undo_stack,
            self.tr("Delete finding"),
            lambda: self.service.delete(row.id),
            lambda: self.service.restore(row.id),
            lambda: self._changed(row.id),
        )

    # --- internals ----------------------------------------------------------------------------
    def _after_dialog(self, dialog: FindingDialog) -> None:
        if dialog.saved is not None:
            self._changed(dialog.saved.id)
            self.select(dialog.saved.id)
        else:
            self._fill_filters()  # a theme may have been added though the finding was not saved

    def _changed(self, finding_id: uuid.UUID) -> None:
        self.refresh()
        self.ctx.bus.notify(Change.of(FINDING, ids=[finding_id], source=self))

    def _on_change(self, change: Change) -> None:
        self.refresh()

    def _fill_filters(self) -> None:
        read = guarded(
            self,
            lambda: (
                [(o.key, o.label) for o in self.service.themes()],
                [(g.id, g.label) for g in self.ctx.services.care_places.focus_groups()],
            ),
        )
        themes, groups = read or ([], [])  # the error shown (a damaged file): "All" only
        for combo, options in ((self.theme, themes), (self.focus_group, groups)):
            chosen = combo.value()
            combo.blockSignals(True)
            combo.clear()
            combo.add(self.tr("All"), None)
            for value, label in options:
                combo.add(label, value)
            combo.set_value(chosen)
            combo.blockSignals(False)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
