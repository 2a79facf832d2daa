"""The Deltagare tab: who takes part in a visit, and ticking arrivals on the day.

Choose a visit (or come from the visits tab via :meth:`ParticipantsTab.show_visit`), see its
participants, add people from the municipality's directory, copy the first visit's list to a
follow-up, and in attendance mode (Ctrl+T) tick arrivals with the keyboard alone.
"""

from __future__ import annotations

import bisect
import contextlib
import uuid
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
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

from samordnare_desktop.domain.errors import UserError, ValidationError
from samordnare_desktop.domain.participant import ParticipantCategory
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.participants import (
    BulkAddResult,
    DuplicatePersonError,
    HiddenPersonError,
    NewParticipant,
    ParticipantRow,
    ParticipationInput,
    PersonInput,
    summarise,
)
from samordnare_desktop.services.visits import VisitChoice, VisitRow
from samordnare_desktop.ui import messages, theme
from samordnare_desktop.ui.context import PARTICIPANT, PERSON, VISIT, Change, UiContext
from samordnare_desktop.ui.errors import guarded, show_error
from samordnare_desktop.ui.participants.documents import ParticipantDocumentsBar
from samordnare_desktop.ui.participants.participant_dialog import ParticipantDialog
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
from samordnare_desktop.ui.undo import ServiceCommand, push_undoable
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.table import configure_table

_SETTINGS_VISIT = "participants/visit"


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


class _VisitChoices(QAbstractListModel):
    """The visit chooser's items: label and id per visit, set in one go (5,000 ``addItem``
    calls took a quarter of a second) and changed row by row when a change notice names them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._ids: list[str] = []
        self._days: list[date] = []
        self._where: dict[str, int] = {}

    @staticmethod
    def label(visit: VisitRow | VisitChoice) -> str:
        return f"{visit.municipality_name} – {visit.display_title} {visit.day.isoformat()}"

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._labels[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        return None

    def labels(self) -> list[str]:
        return list(self._labels)

    def row_of(self, visit_id: uuid.UUID | None) -> int:
        return -1 if visit_id is None else self._where.get(str(visit_id), -1)

    def set_visits(self, visits: list[VisitRow | VisitChoice]) -> None:
        self.beginResetModel()
        self._labels = [self.label(v) for v in visits]
        self._ids = [str(v.id) for v in visits]
        self._days = [v.day for v in visits]
        self._where = {visit_id: n for n, visit_id in enumerate(self._ids)}
        self.endResetModel()

    def update(self, fresh: list[VisitRow | VisitChoice], gone: set[uuid.UUID]) -> None:
        """Relabel, add (in date order) or remove the visits a change named."""
        for visit_id in gone:
            row = self.row_of(visit_id)
            if row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                for values in (self._labels, self._ids, self._days):
                    del values[row]
                self.endRemoveRows()
                self._where = {v: n for n, v in enumerate(self._ids)}
        for visit in fresh:
            row = self.row_of(visit.id)
            if row >= 0 and self._days[row] == visit.day:
                self._labels[row] = self.label(visit)
                index = self.index(row)
                self.dataChanged.emit(index, index)
                continue
            if row >= 0:  # moved to another day: out, then in at its new place
                self.update([], {visit.id})
            row = bisect.bisect_right(self._days, visit.day)
            self.beginInsertRows(QModelIndex(), row, row)
            self._labels.insert(row, self.label(visit))
            self._ids.insert(row, str(visit.id))
            self._days.insert(row, visit.day)
            self.endInsertRows()
            self._where = {v: n for n, v in enumerate(self._ids)}


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
        self._double_click = False

        # --- visit row --------------------------------------------------------------------------
        self.visit = QComboBox()
        self.visit.setObjectName("visit")
        self.visit_choices = _VisitChoices(self)
        self.visit.setModel(self.visit_choices)
        self.visit.setEditable(True)
        self.visit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.visit.setMinimumContentsLength(38)
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
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.remove_button)
        top.addWidget(self.copy_button)
        top.addWidget(self.directory_button)

        # --- summary, filters ---------------------------------------------------------------------
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
        self.category = QComboBox()
        self.category.setObjectName("category_filter")
        self.category.addItem(self.tr("All categories"), "")
        for category in ParticipantCategory:
            self.category.addItem(category.label(), category.value)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.category, 1)
        self.documents = ParticipantDocumentsBar(
            ctx, lambda: self.visit_id, lambda: self.visit.currentText(), self
        )
        filters.addWidget(self.documents)

        # --- table --------------------------------------------------------------------------------
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
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            self.table.setItemDelegateForColumn(column, self._check_delegate)

        # --- walk-ins (attendance mode) -----------------------------------------------------------
        self.walk_in = QLineEdit()
        self.walk_in.setObjectName("walk_in")
        self.walk_in.setPlaceholderText(
            self.tr("Walk-in: “Name, Organisation” and Enter – added and marked attended")
        )
        self.walk_in_error = plain_label()
        self.walk_in_error.setObjectName("walk_in_error")
        theme.style_label(self.walk_in_error, "error")
        self.walk_in_box = QWidget()
        walk_in_layout = QHBoxLayout(self.walk_in_box)
        walk_in_layout.setContentsMargins(0, 0, 0, 0)
        walk_in_layout.addWidget(self.walk_in, 2)
        walk_in_layout.addWidget(self.walk_in_error, 1)
        self.walk_in_box.setVisible(False)

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
        layout.addWidget(self.walk_in_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.hint)

        # --- wiring -------------------------------------------------------------------------------
        self.visit.activated.connect(self._on_visit_chosen)
        self.search.textChanged.connect(self._on_filter_changed)
        self.category.currentIndexChanged.connect(self._on_filter_changed)
        self.attendance_button.toggled.connect(self.set_attendance_mode)
        self.add_button.clicked.connect(self.add_participant)
        self.edit_button.clicked.connect(self.edit_participant)
        self.remove_button.clicked.connect(self.remove_participant)
        self.copy_button.clicked.connect(self.copy_from_first_visit)
        self.directory_button.clicked.connect(self.open_directory)
        self.walk_in.returnPressed.connect(self.add_walk_in)
        self.walk_in.textEdited.connect(lambda _t: self.walk_in_error.clear())
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.clicked.connect(self._on_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(
            QKeySequence("Ctrl+T"), self, activated=self.attendance_button.toggle, context=scope
        )
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_participant, context=scope)
        delete = QShortcut(
            QKeySequence.StandardKey.Delete, self.table, activated=self.remove_participant
        )
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        QWidget.setTabOrder(self.search, self.walk_in)
        ctx.bus.subscribe(self, self._on_change, (VISIT, PARTICIPANT, PERSON))

        self.reload_visits()
        self._update_search_placeholder()

    # --- public API -----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_visit(self, visit_id: uuid.UUID) -> bool:
        """Show ``visit_id``'s participants (the visits tab calls this); False if unknown."""
        if visit_id not in self._visit_labels:
            self.reload_visits()
        index = self.visit_choices.row_of(visit_id)
        if index < 0:
            return False
        self.visit.setCurrentIndex(index)
        self._load_visit(visit_id)
        return True

    def reload_visits(self) -> None:
        """Fill the visit chooser and keep (or pick) the current visit."""
        visits = guarded(self, self.ctx.services.visits.choices) or []
        self.visit.blockSignals(True)
        self.visit_choices.set_visits(visits)
        self.visit.blockSignals(False)
        self._visit_labels = dict(
            zip((v.id for v in visits), self.visit_choices.labels(), strict=True)
        )
        self._visit_municipality = {v.id: v.municipality_id for v in visits}
        self._visit_first = {v.id: v.kind.value == "first" for v in visits}
        wanted = self.visit_id
        if wanted is None:
            saved = self.ctx.settings.value(_SETTINGS_VISIT)
            try:
                wanted = uuid.UUID(str(saved)) if saved else None
            except ValueError:
                wanted = None
        if wanted not in self._visit_labels:
            today = date.today()
            upcoming = [v for v in visits if v.day >= today]
            wanted = (upcoming[0] if upcoming else visits[-1]).id if visits else None
        if wanted is None:
            self._load_visit(None)
            return
        self.visit.setCurrentIndex(self.visit_choices.row_of(wanted))
        self._load_visit(wanted)

    def update_visits(self, ids: set[uuid.UUID]) -> None:
        """The visits a change notice named: relabel, add or drop them in the chooser."""
        fresh = guarded(self, lambda: self.ctx.services.visits.rows(ids))
        if fresh is None:
            return
        gone = {i for i in ids if i in self._visit_labels} - {v.id for v in fresh}
        current = self.visit_id
        self.visit.blockSignals(True)
        self.visit_choices.update(fresh, gone)
        self.visit.setCurrentIndex(self.visit_choices.row_of(current))
        self.visit.blockSignals(False)
        for visit in fresh:
            self._visit_labels[visit.id] = _VisitChoices.label(visit)
            self._visit_municipality[visit.id] = visit.municipality_id
            self._visit_first[visit.id] = visit.kind.value == "first"
        for visit_id in gone:
            for known in (self._visit_labels, self._visit_municipality, self._visit_first):
                known.pop(visit_id, None)
        if current is not None and current in gone:
            self.reload_visits()  # the shown visit is gone: pick another
        elif current is not None and current in ids:
            self._update_buttons()

    def reload(self) -> None:
        """Reload the current visit's participants from the database."""
        self._load_visit(self.visit_id, keep_selection=True)

    def visible_rows(self) -> list[ParticipantRow]:
        return [self.proxy.row(r) for r in range(self.proxy.rowCount())]

    def current_participant(self) -> ParticipantRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row(rows[0].row()) if rows else None

    def select_participant(self, participant_id: uuid.UUID) -> bool:
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

    def _load_visit(self, visit_id: uuid.UUID | None, *, keep_selection: bool = False) -> None:
        selected = self.current_participant() if keep_selection else None
        rows: list[ParticipantRow] = []
        if visit_id is not None:
            loaded = guarded(self, lambda: self.service.list_for_visit(visit_id))
            if loaded is None:
                visit_id = None
            else:
                rows = loaded
        if visit_id != self.visit_id and visit_id is not None:
            self.ctx.settings.setValue(_SETTINGS_VISIT, str(visit_id))
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
        self._update_summary()
        self._update_buttons()

    def _update_summary(self) -> None:
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
        self.copy_button.setEnabled(has_visit and not self._visit_first.get(self.visit_id, True))
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

    def _notify(self) -> None:
        self._emitting = True
        try:
            self.ctx.bus.notify(Change.of(PARTICIPANT, PERSON, ids={self.visit_id}, source=self))
        finally:
            self._emitting = False

    def _on_change(self, change: Change) -> None:
        if self._emitting:
            return
        if change.everything or (VISIT in change.kinds and change.whole):
            self.reload_visits()
        elif VISIT in change.kinds:
            self.update_visits(set(change.ids))
        elif change.whole or self.visit_id in change.ids:
            self.reload()

    # --- attendance -----------------------------------------------------------------------------
    def set_attendance_mode(self, on: bool) -> None:
        if self.attendance_button.isChecked() != on:
            self.attendance_button.setChecked(on)  # re-enters through toggled
            return
        self.walk_in_box.setVisible(on)
        for column in (EMAIL, PHONE, INVITED):
            self.table.setColumnHidden(column, on)
        self._update_search_placeholder()
        if on:
            self.focus_search()
            if self.proxy.rowCount() and self.current_participant() is None:
                self.table.selectRow(0)
            self.ctx.show_status(
                self.tr("Attendance mode: type a name, Up/Down to move, Space ticks arrival.")
            )

    def _update_search_placeholder(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Find a name – Up/Down to move, Space ticks arrival")
            if self.attendance_button.isChecked()
            else self.tr("Search name, role, organisation or e-mail…")
        )

    def selected_participants(self) -> list[ParticipantRow]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.proxy.row(r) for r in rows]

    def toggle_attendance(self, participant: ParticipantRow | None = None) -> None:
        """Tick (or untick) ``participant`` or the selected rows: one step on the undo stack.

        Several rows selected: all are ticked unless all already are (then all are unticked).
        """
        rows = [participant] if participant is not None else self.selected_participants()
        if not rows:
            return
        value = not all(r.attended for r in rows)
        self.set_attendance(rows, value)

    def set_attendance(self, rows: list[ParticipantRow], value: bool) -> None:
        before = {r.id: r.attended for r in rows}
        after = dict.fromkeys(before, value)
        ids = list(before)
        if len(rows) == 1:
            text = (
                self.tr("Mark {name} as attended")
                if value
                else self.tr("Unmark {name} as attended")
            ).format(name=rows[0].display_name)
        else:
            text = (
                self.tr("Mark {count} as attended")
                if value
                else self.tr("Unmark {count} as attended")
            ).format(count=len(rows))
        if not push_undoable(
            self,
            self.ctx.undo_stack,
            text,
            lambda: self.service.set_attended_many(after),
            lambda: self.service.set_attended_many(before),
            lambda: self._refresh_attendance(ids),
        ):
            return
        if len(rows) == 1:
            self.select_participant(rows[0].id)
            message = (
                self.tr("{name} marked as attended. Ctrl+Z undoes.")
                if value
                else self.tr("{name} no longer marked as attended.")
            ).format(name=rows[0].display_name)
        else:
            message = (
                self.tr("{count} marked as attended. Ctrl+Z undoes.")
                if value
                else self.tr("{count} no longer marked as attended.")
            ).format(count=len(rows))
        self.ctx.show_status(message)

    def _refresh_attendance(self, ids: list[uuid.UUID]) -> None:
        """After a tick (or its undo): refresh just those rows, the counts and other views."""
        if len(ids) == 1 and self.model.row_of_id(ids[0]) >= 0:
            try:
                updated = self.service.get(ids[0])
            except UserError:
                self.reload()
            else:
                self.model.replace_row(self.model.row_of_id(ids[0]), updated)
        else:
            self.reload()
        self._update_summary()
        self._notify()

    def _move(self, step: int) -> None:
        count = self.proxy.rowCount()
        if not count:
            return
        rows = self.table.selectionModel().selectedRows()
        current = rows[0].row() if rows else -1
        target = max(0, min(count - 1, current + step))
        self.table.selectRow(target)
        self.table.scrollTo(self.proxy.index(target, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search:
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                    self._move(1 if key == Qt.Key.Key_Down else -1)
                    return True
                if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                    self._move(10 if key == Qt.Key.Key_PageDown else -10)
                    return True
                if (
                    key == Qt.Key.Key_Space
                    and self.attendance_button.isChecked()
                    and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                ):
                    self.toggle_attendance()
                    self.search.selectAll()  # the next letters start a new search
                    return True
                if (
                    key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                    and not self.attendance_button.isChecked()
                ):
                    if self.current_participant() is not None:
                        self.table.setFocus()
                    return True
            elif watched is self.table and key == Qt.Key.Key_Space:
                self.toggle_attendance()
                return True
        elif watched is self.table.viewport():
            # Qt delivers a double-click as press, release, press, double-click, release: the
            # second release would tick again. Remember the double-click so that click is ignored.
            if event.type() == QEvent.Type.MouseButtonPress:
                self._double_click = False
            elif event.type() == QEvent.Type.MouseButtonDblClick:
                self._double_click = True
        return super().eventFilter(watched, event)

    def _on_clicked(self, index) -> None:
        if self._double_click:  # the second click of a double-click: the first one ticked
            self._double_click = False
            return
        selecting = QApplication.keyboardModifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        if index.column() == ATTENDED and not selecting:  # Ctrl/Shift+click only selects
            self.toggle_attendance(self.proxy.row(index.row()))

    def _on_double_clicked(self, index) -> None:
        if index.column() != ATTENDED:
            self.edit_participant()

    def add_walk_in(self) -> None:
        visit_id = self.visit_id
        text = self.walk_in.text()
        if visit_id is None or not text.strip():
            return
        try:
            row = self.service.add_walk_in(visit_id, text)
        except UserError as exc:
            self.walk_in_error.setText(exc.message)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.walk_in.clear()
        self.walk_in_error.clear()
        self.reload()
        self.select_participant(row.id)
        self.ctx.show_status(
            self.tr("Walk-in added and marked attended: {name}").format(name=row.display_name)
        )
        self._notify()

    # --- editing --------------------------------------------------------------------------------
    def _directory(self):
        # a municipality's visit: its people and those of regions, agencies ...; a meeting
        # without a municipality: the whole directory
        return guarded(self, lambda: self.service.directory(self.municipality_id, limit=None)) or []

    def _after_change(self) -> None:
        self.reload()
        self._notify()

    def add_participant(self) -> None:
        visit_id = self.visit_id
        if visit_id is None:
            return
        added: list[ParticipantRow] = []
        restored: list[uuid.UUID] = []  # a person brought back to the directory

        def save(
            person: PersonInput, participation: ParticipationInput, person_id: uuid.UUID | None
        ) -> ParticipantRow:
            if person_id is None:
                try:
                    row = self.service.add(visit_id, person, participation)
                except HiddenPersonError as exc:
                    if messages.confirm(
                        self, self.tr("Removed from the directory"), exc.message, destructive=False
                    ):
                        hidden_id = exc.matches[0].id
                        row = self._add_existing(
                            visit_id, hidden_id, person, participation, restore=True
                        )
                        restored.append(hidden_id)
                    else:  # someone else with the same name: a new entry
                        row = self.service.add(
                            visit_id, person, participation, new_despite_hidden=True
                        )
                except DuplicatePersonError as exc:
                    if not messages.confirm(
                        self, self.tr("Person already exists"), exc.message, destructive=False
                    ):
                        raise ValidationError(
                            "name",
                            self.tr(
                                "Change the name, organisation or e-mail – or choose the "
                                "existing person from the suggestions."
                            ),
                        ) from exc
                    row = self._add_existing(visit_id, exc.matches[0].id, person, participation)
            else:
                row = self._add_existing(visit_id, person_id, person, participation)
            added.append(row)
            return row

        dialog = ParticipantDialog(
            self, save, self._directory(), drafts=self.ctx.services.db.path, draft_id=visit_id
        )
        if not dialog.exec() or not added:
            return
        row = added[0]
        people = list(restored)

        def redo() -> None:
            self.service.restore_people(people)
            self.service.restore(row.id)

        def undo() -> None:
            self.service.remove(row.id)
            if people:
                self.service.delete_people(people)

        command = ServiceCommand(
            self.tr("Add participant {name}").format(name=row.display_name),
            redo,
            undo,
            self._after_change,
            lambda exc: show_error(self, exc),
        )
        self.ctx.undo_stack.push(command)  # already done: the first redo only refreshes
        self.select_participant(row.id)
        self.ctx.show_status(
            (
                self.tr("{name} restored to the directory and added.")
                if people
                else self.tr("Participant added: {name}")
            ).format(name=row.display_name)
        )

    def _add_existing(
        self,
        visit_id: uuid.UUID,
        person_id: uuid.UUID,
        person: PersonInput,
        participation: ParticipationInput,
        *,
        restore: bool = False,
    ) -> ParticipantRow:
        """Link an existing person (``restore``: one removed from the directory earlier); details
        typed over the suggestion update the directory."""
        row = self.service.add(
            visit_id, None, participation, person_id=person_id, restore_person=restore
        )
        stored = row.as_person_input()
        merged = PersonInput(
            **{
                key: (value if value not in ("", None) else getattr(stored, key))
                for key, value in person.__dict__.items()
            }
        )
        if merged != stored:
            # If the typed details clash with someone else, the link stands and the directory
            # entry keeps its stored details.
            with contextlib.suppress(ValidationError):
                row = self.service.update(
                    row.id,
                    merged,
                    row.as_participation_input(),
                    expected_version=row.version,
                    expected_person_version=row.person_version,
                )
        return row

    def edit_participant(self) -> None:
        participant = self.current_participant()
        if participant is None:
            return

        def save(
            person: PersonInput, participation: ParticipationInput, _person_id: uuid.UUID | None
        ) -> ParticipantRow:
            return self.service.update(
                participant.id,
                person,
                replace_walk_in(participation, participant.walk_in),
                expected_version=participant.version,
                expected_person_version=participant.person_version,
            )

        dialog = ParticipantDialog(self, save, [], participant, drafts=self.ctx.services.db.path)
        if dialog.exec():
            self._after_change()
            self.select_participant(participant.id)

    def remove_participant(self) -> None:
        selected = self.selected_participants()
        if not selected:
            return
        if len(selected) > 1:
            self._remove_many(selected)
            return
        participant = selected[0]
        if not messages.confirm(
            self,
            self.tr("Remove participant"),
            self.tr(
                "Remove {name} from this visit's list? The person stays in the municipality's "
                "directory. You can undo this with Ctrl+Z."
            ).format(name=participant.display_name),
        ):
            return
        if not push_undoable(
            self,
            self.ctx.undo_stack,
            self.tr("Remove participant {name}").format(name=participant.display_name),
            lambda: self.service.remove(participant.id),
            lambda: self.service.restore(participant.id),
            self._after_change,
        ):
            return
        self.ctx.show_status(self.tr("Participant removed. Ctrl+Z undoes."))

    def _remove_many(self, rows: list[ParticipantRow]) -> None:
        if not messages.confirm(
            self,
            self.tr("Remove participants"),
            self.tr(
                "Remove {count} people from this visit's list? They stay in the municipality's "
                "directory. You can undo this with Ctrl+Z."
            ).format(count=len(rows)),
        ):
            return
        ids = [r.id for r in rows]
        if not push_undoable(
            self,
            self.ctx.undo_stack,
            self.tr("Remove {count} participants").format(count=len(ids)),
            lambda: self.service.remove_many(ids),
            lambda: self.service.restore_many(ids),
            self._after_change,
        ):
            return
        self.ctx.show_status(
            self.tr("{count} participants removed. Ctrl+Z undoes.").format(count=len(ids))
        )

    def open_directory(self) -> None:
        from samordnare_desktop.ui.participants.person_directory_dialog import PersonDirectoryDialog

        if self.visit_id is None:
            return
        name = self.visit.currentText().split(" – ")[0]
        dialog = PersonDirectoryDialog(
            self,
            self.service,
            self.municipality_id,
            name,
            self.ctx.undo_stack,
            self.add_people,
            self._after_change,
        )
        dialog.exec()

    def add_people(self, person_ids: list[uuid.UUID]) -> BulkAddResult:
        """Put people from the directory on the visit's list (one undo step)."""
        visit_id = self.visit_id
        if visit_id is None:
            raise UserError(self.tr("Choose a visit first."))
        result = self.service.add_many(
            visit_id, [NewParticipant(None, person_id=person_id) for person_id in person_ids]
        )
        added = list(result.added)
        if added:
            command = ServiceCommand(
                self.tr("Add {count} participants").format(count=len(added)),
                lambda: self.service.restore_many(added),
                lambda: self.service.remove_many(added),
                self._after_change,
                lambda exc: show_error(self, exc),
            )
            self.ctx.undo_stack.push(command)  # already done: the first redo only refreshes
        self.ctx.show_status(
            self.tr("{added} added to the list, {listed} were already on it.").format(
                added=len(added), listed=result.already_listed
            )
        )
        return result

    def copy_from_first_visit(self) -> None:
        visit_id = self.visit_id
        if visit_id is None:
            return
        added = guarded(self, lambda: self.service.copy_from_first_visit(visit_id))
        if added is None:
            return
        if not added:
            messages.inform(
                self,
                self.tr("Copy from first visit"),
                self.tr("Everyone on the first visit's list is already on this list."),
            )
            return
        command = ServiceCommand(
            self.tr("Copy {count} participants from the first visit").format(count=len(added)),
            lambda: self.service.restore_many(added),
            lambda: self.service.remove_many(added),
            self._after_change,
            lambda exc: show_error(self, exc),
        )
        self.ctx.undo_stack.push(command)  # already done: the first redo only refreshes
        self.ctx.show_status(
            self.tr("{count} participants copied from the first visit. Ctrl+Z undoes.").format(
                count=len(added)
            )
        )


def open_visit_participants(widget: QWidget, visit_id: uuid.UUID) -> bool:
    """From any tab (e.g. the visits tab): switch to Deltagare showing ``visit_id``."""
    window = widget.window()
    if not hasattr(window, "tab") or not window.select_tab(ParticipantsTab.NAME):
        return False
    return window.tab(ParticipantsTab.NAME).show_visit(visit_id)


def replace_walk_in(participation: ParticipationInput, walk_in: bool) -> ParticipationInput:
    """The dialog has no walk-in field: keep what the participation was."""
    from dataclasses import replace

    return replace(participation, walk_in=walk_in)
