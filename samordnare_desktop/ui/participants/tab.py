"""The Deltagare tab: who takes part in a visit, and ticking arrivals on the day.

Choose a visit (or come from the visits tab via :meth:`ParticipantsTab.show_visit`), see its
participants, add people from the municipality's directory, copy the first visit's list to a
follow-up, and in attendance mode (Ctrl+T) tick arrivals with the keyboard alone.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import (
    QRect,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.participant import ParticipantCategory
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.participants import (
    ParticipantRow,
    summarise,
)
from samordnare_desktop.services.visits import VisitChoice
from samordnare_desktop.ui import theme
from samordnare_desktop.ui.background_read import reads_in_background
from samordnare_desktop.ui.context import PARTICIPANT, PERSON, VISIT, Change, UiContext
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.participants.attendance import Attendance
from samordnare_desktop.ui.participants.documents import ParticipantDocumentsBar
from samordnare_desktop.ui.participants.editing import ParticipantEditing
from samordnare_desktop.ui.participants.reading import (
    SETTINGS_VISIT,
    ParticipantsReading,
    choose_visit,
)
from samordnare_desktop.ui.participants.table_model import (
    ATTENDED,
    CATEGORY,
    EMAIL,
    INVITED,
    NAME,
    ORGANISATION,
    PHONE,
    ROLE,
    ParticipantFilterProxy,
    ParticipantTableModel,
)
from samordnare_desktop.ui.participants.visit_choices import (
    PreparedChoices,
    TypedText,
    VisitChoices,
    choose_row,
)
from samordnare_desktop.ui.participants.visit_choices import prepare as prepare_choices
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.sizing import fit_known_texts, fit_search
from samordnare_desktop.ui.widgets.table import configure_table


class CentredCheckDelegate(QStyledItemDelegate):
    """Draws a check column's box in the middle of the cell (Qt puts it at the left edge)."""

    def paint(self, painter, option, index) -> None:
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        if state is None:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        style = item.widget.style() if item.widget is not None else QApplication.style()
        item.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        item.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        check = QStyleOptionViewItem(item)
        width = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, item.widget)
        height = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, option, item.widget)
        check.rect = QRect(
            option.rect.x() + (option.rect.width() - width) // 2,
            option.rect.y() + (option.rect.height() - height) // 2,
            width,
            height,
        )
        check.state = (check.state & ~(QStyle.StateFlag.State_On | QStyle.StateFlag.State_Off)) | (
            QStyle.StateFlag.State_On
            if Qt.CheckState(state) == Qt.CheckState.Checked
            else QStyle.StateFlag.State_Off
        )
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, check, painter, item.widget
        )


class ParticipantsTab(QWidget):
    NAME = "participants"

    @staticmethod
    def title() -> str:
        return translate("Tabs", "Participants")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self.ctx = ctx
        self.service = ctx.services.participants
        self.visit_id: uuid.UUID | None = None
        self.municipality_id: uuid.UUID | None = None
        self._visit_labels: dict[uuid.UUID, str] = {}
        self._visit_municipality: dict[uuid.UUID, uuid.UUID] = {}
        self._visit_first: dict[uuid.UUID, bool] = {}
        self._emitting = False
        self.editing = ParticipantEditing(self)
        self.attendance = Attendance(self)
        self.walk_in = self.attendance.walk_in
        self.walk_in_error = self.attendance.walk_in_error

        top = self._build_visit_row()
        filters = self._build_filters()
        self._build_table()
        self.placeholder = plain_label()
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "Double-click to edit · Click “Attended” or press Space to tick (also several "
                "selected rows) · Delete removes · Ctrl+Z undoes"
            )
        )
        self.hint.setObjectName("hint")
        theme.style_label(self.hint, "muted")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.attendance.walk_in_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.hint)
        self._wire()
        self.reading = ParticipantsReading(self)  # in a big programme: reading.py
        if reads_in_background(ctx.services):
            self.reading.start()
        else:
            self.reload_visits()
        self.attendance.update_search_placeholder()

    def _build_visit_row(self) -> QHBoxLayout:
        """The visit chooser and the buttons beside it."""
        self.visit = QComboBox()
        self.visit.setObjectName("visit")
        self.visit_choices = VisitChoices(self)
        self.visit.setModel(self.visit_choices)
        self.visit.setEditable(True)
        self.visit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.visit.setMinimumContentsLength(38)
        # as wide as 38 characters, not as the longest of 5,000 labels (measuring every item at
        # the first show asked the model 19,000 times at 10x); the layout stretches it anyway
        self.visit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.visit.lineEdit().setPlaceholderText(self.tr("Choose a visit – type to search…"))
        completer = self.visit.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.attendance_button = QPushButton(self.tr("Attendance mode"))
        self.attendance_button.setObjectName("attendance_mode")
        self.attendance_button.setCheckable(True)
        self.attendance_button.setToolTip(
            self.tr(
                "Tick arrivals with the keyboard (Ctrl+T): type to find, Up/Down to move, "
                "Space to tick or untick, Shift+Space for a space in the search."
            )
        )
        self.add_button = QPushButton(self.tr("Add participant…"))
        self.add_button.setObjectName("add_participant")
        self.add_button.setToolTip(self.tr("Add a participant (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit_participant")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove_participant")
        self.copy_button = QPushButton(self.tr("Copy from first visit"))
        self.copy_button.setObjectName("copy_first_visit")
        self.copy_button.setToolTip(
            self.tr("Invite everyone on the first visit's list who is not on this list yet.")
        )
        self.directory_button = QPushButton(self.tr("People…"))
        self.directory_button.setObjectName("directory")
        self.directory_button.setToolTip(
            self.tr("The municipality's directory of people: search, add to the visit, remove.")
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Visit:")))
        top.addWidget(self.visit, 1)
        top.addWidget(self.attendance_button)
        top.addSpacing(12)
        for button in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.copy_button,
            self.directory_button,
        ):
            top.addWidget(button)
        return top

    def _build_filters(self) -> QHBoxLayout:
        """The summary line, the search and category filters and the documents bar."""
        self.summary = plain_label()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        self.summary.setFont(font)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Search participants"))
        self.search.setClearButtonEnabled(True)
        fit_search(self.search)
        self.category = QComboBox()
        self.category.setObjectName("category_filter")
        self.category.addItem(self.tr("All categories"), "")
        for category in ParticipantCategory:
            self.category.addItem(category.label(), category.value)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.category, 1)
        self.documents = ParticipantDocumentsBar(
            self.ctx, lambda: self.visit_id, lambda: self.visit.currentText(), self
        )
        filters.addWidget(self.documents)
        return filters

    def _build_table(self) -> None:
        self.model = ParticipantTableModel(self)
        self.proxy = ParticipantFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("participant_table")
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setModel(self.proxy)
        configure_table(self.table)
        # several rows at once: Space ticks them all (one undo step), Delete removes them all
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.sortByColumn(CATEGORY, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (NAME, 165),
            (ROLE, 170),
            (ORGANISATION, 180),
            (CATEGORY, 175),
            (EMAIL, 180),
            (PHONE, 100),
        ):
            self.table.setColumnWidth(column, width)
        self._check_delegate = CentredCheckDelegate(self.table)
        for column in (INVITED, INVITED + 1, ATTENDED):
            # a tick box: as wide as its header (sized to its contents, Qt asked the model for
            # every row's cell at each layout)
            fit_known_texts(self.table, column, [])
            self.table.setItemDelegateForColumn(column, self._check_delegate)

    def _wire(self) -> None:
        self.visit.activated.connect(self._on_visit_chosen)
        self.search.textChanged.connect(self._on_filter_changed)
        self.category.currentIndexChanged.connect(self._on_filter_changed)
        self.attendance_button.toggled.connect(self.attendance.set_attendance_mode)
        self.add_button.clicked.connect(self.add_participant)
        self.edit_button.clicked.connect(self.edit_participant)
        self.remove_button.clicked.connect(self.editing.remove_participant)
        self.copy_button.clicked.connect(self.editing.copy_from_first_visit)
        self.directory_button.clicked.connect(self.editing.open_directory)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.attendance.watch()
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(
            QKeySequence("Ctrl+T"), self, activated=self.attendance_button.toggle, context=scope
        )
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_participant, context=scope)
        delete = QShortcut(
            QKeySequence.StandardKey.Delete, self.table, activated=self.editing.remove_participant
        )
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        QWidget.setTabOrder(self.search, self.walk_in)
        self.ctx.bus.subscribe(self, self._on_change, (VISIT, PARTICIPANT, PERSON))

    # --- public API -----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def loading(self) -> bool:
        """Whether the first read still runs in a worker (a big programme)."""
        return self.reading.pending

    def show_visit(self, visit_id: uuid.UUID) -> bool:
        """Show ``visit_id``'s participants (the visits tab calls this); False if unknown."""
        self.reading.finish()
        if visit_id not in self._visit_labels:
            self.reload_visits()
        index = self.visit_choices.row_of(visit_id)
        if index < 0:
            return False
        choose_row(self.visit, index)
        self._load_visit(visit_id)
        return True

    def reload_visits(self) -> None:
        """Fill the visit chooser and keep (or pick) the current visit."""
        self.reading.cancel()  # read at once: a worker's rows are dropped
        visits = guarded(self, self.ctx.services.visits.choices) or []
        self.fill_visits(visits, choose_visit(visits, self.reading.wanted_visit(), date.today()))

    def fill_visits(
        self,
        visits: list[VisitChoice],
        wanted: uuid.UUID | None,
        rows: list[ParticipantRow] | None = None,
        counted: list | None = None,
        prepared: PreparedChoices | None = None,
    ) -> None:
        """The chooser's visits, ``wanted`` chosen (its ``rows`` and headcounts, if read;
        ``prepared``: the visits as the worker prepared them for the chooser)."""
        prepared = prepared or prepare_choices(visits)
        # read again (a change of every visit): what the user typed in the chooser stays
        typed = TypedText(self.visit, self._visit_labels.get(self.visit_id, ""))
        self.visit.blockSignals(True)
        self.visit_choices.adopt(prepared)
        self.visit.blockSignals(False)
        self._visit_labels = prepared.labels_by_id
        self._visit_municipality = prepared.municipality
        self._visit_first = prepared.first
        if wanted is None:
            self._load_visit(None)
        else:
            choose_row(self.visit, self.visit_choices.row_of(wanted))
            self._load_visit(wanted, rows=rows, counted=counted)
        typed.restore(self.visit)

    def reload(self) -> None:
        """Reload the current visit's participants from the database."""
        if self.reading.pending:
            self.reading.restart()  # the worker's read may predate the change
            return
        self._load_visit(self.visit_id, keep_selection=True)

    def visible_rows(self) -> list[ParticipantRow]:
        self.reading.finish()
        return [self.proxy.row(r) for r in range(self.proxy.rowCount())]

    def current_participant(self) -> ParticipantRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row(rows[0].row()) if rows else None

    def select_participant(self, participant_id: uuid.UUID) -> bool:
        self.reading.finish()
        for row in range(self.proxy.rowCount()):
            if self.proxy.row(row).id == participant_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return True
        return False

    # --- loading --------------------------------------------------------------------------------
    def _on_visit_chosen(self, index: int) -> None:
        data = self.visit.itemData(index)
        if data:
            self._load_visit(uuid.UUID(data))

    def _load_visit(
        self,
        visit_id: uuid.UUID | None,
        *,
        keep_selection: bool = False,
        rows: list[ParticipantRow] | None = None,
        counted: list | None = None,
    ) -> None:
        """Show ``visit_id``'s participants (``rows`` and headcounts ``counted``: if read)."""
        selected = self.current_participant() if keep_selection else None
        if rows is None and visit_id is not None:
            loaded = guarded(self, lambda: self.service.list_for_visit(visit_id))
            if loaded is None:
                visit_id = None
            rows = loaded
        rows = rows or []
        if visit_id != self.visit_id and visit_id is not None:
            self.ctx.settings.setValue(SETTINGS_VISIT, str(visit_id))
        self.visit_id = visit_id
        self.municipality_id = self._visit_municipality.get(visit_id) if visit_id else None
        self.model.set_rows(rows)
        has_visit = visit_id is not None
        self.table.setVisible(has_visit)
        self.placeholder.setVisible(not has_visit)
        self.placeholder.setText(
            self.tr("Choose a visit above to see its participants.")
            if self._visit_labels
            else self.tr("There are no visits yet. Plan a visit first, then add its participants.")
        )
        if selected is not None:
            self.select_participant(selected.id)
        elif self.proxy.rowCount() and self.attendance_button.isChecked():
            self.table.selectRow(0)
        self.update_summary(counted)
        self._update_buttons()

    def update_summary(self, counted: list | None = None) -> None:
        rows = self.model.rows()
        if self.visit_id is None:
            self.summary.clear()
            return
        if not rows:
            self.summary.setText(
                self.tr("No participants yet – add people or copy the first visit's list.")
            )
            return
        # headcounts (people counted, not named) count as present in their category
        if counted is None:
            counted = self.ctx.services.headcounts.counts([self.visit_id])
        summary = summarise(
            [*((r.category, r.attended, 1) for r in rows), *((c, True, n) for _, c, n in counted)]
        )
        parts = [
            self.tr("Present {attended} of {total}").format(
                attended=summary.attended, total=summary.total
            )
        ]
        for count in summary.by_category:
            parts.append(f"{count.category.short_label()} {count.attended}/{count.total}")
        self.summary.setText(" · ".join(parts))

    def _update_buttons(self) -> None:
        has_visit = self.visit_id is not None
        has_row = self.current_participant() is not None
        self.add_button.setEnabled(has_visit)
        self.edit_button.setEnabled(has_row)
        self.remove_button.setEnabled(has_row)
        # A first visit to copy from is the municipality's: a meeting without one has none.
        self.copy_button.setEnabled(
            has_visit
            and not self._visit_first.get(self.visit_id, True)
            and self._visit_municipality.get(self.visit_id) is not None
        )
        self.attendance_button.setEnabled(has_visit)
        self.directory_button.setEnabled(has_visit)
        self.walk_in.setEnabled(has_visit)
        self.documents.setEnabled(has_visit)

    def _on_filter_changed(self) -> None:
        value = self.category.currentData()
        self.proxy.set_filters(
            search=self.search.text(),
            category=ParticipantCategory(value) if value else None,
        )
        if self.attendance_button.isChecked() and self.proxy.rowCount():
            self.table.selectRow(0)  # type to find: the best match is ready for Space
        self._update_buttons()

    def notify_change(self) -> None:
        self._emitting = True
        try:
            self.ctx.bus.notify(Change.of(PARTICIPANT, PERSON, ids={self.visit_id}, source=self))
        finally:
            self._emitting = False

    def _on_change(self, change: Change) -> None:
        if self._emitting:
            return
        if self.reading.pending:
            self.reading.restart()  # the worker's read may predate the change
            return
        if change.everything or (VISIT in change.kinds and change.whole):
            self.reload_visits()
        elif VISIT in change.kinds:
            self.reading.update_visits(set(change.ids))
        elif change.whole or self.visit_id in change.ids:
            self.reload()

    def selected_participants(self) -> list[ParticipantRow]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.proxy.row(r) for r in rows]

    # --- editing: see editing.py (attendance mode: attendance.py) ------------------------------
    def add_participant(self) -> None:
        self.editing.add_participant()

    def edit_participant(self) -> None:
        self.editing.edit_participant()


def open_visit_participants(widget: QWidget, visit_id: uuid.UUID) -> bool:
    """From any tab (e.g. the visits tab): switch to Deltagare showing ``visit_id``."""
    window = widget.window()
    if not hasattr(window, "tab") or not window.select_tab(ParticipantsTab.NAME):
        return False
    return window.tab(ParticipantsTab.NAME).show_visit(visit_id)
