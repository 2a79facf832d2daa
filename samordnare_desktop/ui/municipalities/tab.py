"""The Kommuner tab: all 290 municipalities, search and filters, and a details panel."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.visit_rules import ProgrammeStage
from samordnare_desktop.services.municipalities import (
    MunicipalityDetails,
    MunicipalityRow,
)
from samordnare_desktop.ui.context import (
    CONTACT,
    EVERYTHING,
    MUNICIPALITY,
    VISIT,
    Change,
    UiContext,
)
from samordnare_desktop.ui.drafts import DraftKeeper
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.municipalities.contacts import MunicipalityContacts
from samordnare_desktop.ui.municipalities.list_side import MunicipalityList
from samordnare_desktop.ui.table_model import ROW_ROLE
from samordnare_desktop.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from samordnare_desktop.ui.time_study.panel import TimeStudyPanel


class MunicipalitiesTab(QWidget):
    NAME = "municipalities"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_side = MunicipalityList(self)
        self.contacts_part = MunicipalityContacts(self)
        self.setObjectName(self.NAME)
        self.ctx = ctx
        self.service = ctx.services.municipalities
        self.details: MunicipalityDetails | None = None

        rows = self.list_side.build_filters()
        self.list_side.build_table()
        left = self.list_side.build()
        self._build_heading()
        contacts_box = self.contacts_part.build()
        notes_box = self._build_notes()
        right = self._build_details_panel(contacts_box, notes_box)
        self._build_splitter(left, right)
        self._wire(ctx, rows)

    def _build_heading(self):
        # --- details side ---------------------------------------------------------------------
        self.heading = plain_label()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = plain_label()
        self.in_programme = QCheckBox(self.tr("In the coordinator's programme"))
        self.in_programme.setObjectName("in_programme")
        self.stage = plain_label()
        self.stage.setObjectName("programme_stage")
        self.visit_summary = plain_label()
        self.visit_summary.setObjectName("visit_summary")
        self.visit_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.visit_summary.setWordWrap(True)
        self.show_visits_button = QPushButton(self.tr("Show visits"))
        self.show_visits_button.setObjectName("show_visits")
        self.show_visits_button.setToolTip(
            self.tr("Open the Visits tab filtered on this municipality")
        )

    def _build_notes(self):
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves on; a tab character is never wanted
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr("Notes about the municipality…"))
        self.save_notes_button = QPushButton(self.tr("Save notes"))
        self.save_notes_button.setObjectName("save_notes")
        self.save_notes_button.setToolTip(
            self.tr(
                "Saves the notes (Ctrl+S). Notes are also saved when you choose another municipality."
            )
        )
        self.notes_status = plain_label()
        notes_box = QGroupBox(self.tr("Notes"))
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.notes)
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.notes_status, 1)
        notes_row.addWidget(self.save_notes_button)
        notes_layout.addLayout(notes_row)
        return notes_box

    def _build_details_panel(self, contacts_box, notes_box):
        self.panel = QWidget()
        self.panel.setObjectName("details")
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.addWidget(self.heading)
        panel_layout.addWidget(self.subheading)
        programme_row = QHBoxLayout()
        programme_row.addWidget(self.in_programme)
        programme_row.addWidget(self.stage, 1)
        programme_row.addWidget(self.show_visits_button)
        panel_layout.addLayout(programme_row)
        panel_layout.addWidget(self.visit_summary)
        panel_layout.addWidget(contacts_box, 2)
        panel_layout.addWidget(notes_box, 1)
        self._panel_layout = panel_layout
        self._time_study: TimeStudyPanel | None = None  # built with the first details shown
        self.placeholder = QLabel(self.tr("Choose a municipality in the list to see its details."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.placeholder)
        right_layout.addWidget(self.panel)
        return right

    def _build_splitter(self, left, right):
        self.splitter = QSplitter()
        self.splitter.setObjectName("municipalities_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        # the list gets the room its columns need (up to what the details leave) until the
        # user drags the handle: at 100-150 % on 1366x768 it was squeezed while the details
        # side stood empty (issue #14)
        self._splitter_dragged = False
        self.splitter.splitterMoved.connect(self._on_splitter_dragged)
        model = self.table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(lambda *_: QTimer.singleShot(0, self.give_list_room))

    def _on_splitter_dragged(self, *_args) -> None:
        self._splitter_dragged = True

    def list_width_needed(self) -> int:
        """The list side's width that shows every column of the table without scrolling."""
        table = self.table
        columns = table.horizontalHeader().length()
        scrollbar = table.verticalScrollBar().sizeHint().width()
        return columns + scrollbar + 2 * table.frameWidth() + 2

    def give_list_room(self) -> None:
        if self._splitter_dragged or not self.isVisible():
            return
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        details_min = max(self.fontMetrics().averageCharWidth() * 40, total * 3 // 10)
        left = max(min(self.list_width_needed(), total - details_min), total // 2)
        self.splitter.setSizes([left, total - left])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.give_list_room)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.give_list_room()

    def _wire(self, ctx, rows):
        # --- wiring ---------------------------------------------------------------------------
        self.search.textChanged.connect(self.list_side.on_filter_changed)
        # Down or Enter in the search goes to the first match (the list is what was searched for)
        self.search.returnPressed.connect(self.list_side.to_first_match)
        down = QShortcut(
            QKeySequence(Qt.Key.Key_Down), self.search, activated=self.list_side.to_first_match
        )
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.county.currentIndexChanged.connect(self.list_side.on_filter_changed)
        self.only_programme.toggled.connect(self.list_side.on_filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.in_programme.clicked.connect(self._on_programme_clicked)
        self.add_contact_button.clicked.connect(self.contacts_part.add_contact)
        self.show_visits_button.clicked.connect(self.show_visits)
        self.edit_contact_button.clicked.connect(self.contacts_part.edit_contact)
        self.delete_contact_button.clicked.connect(self.contacts_part.delete_contact)
        self.contacts.doubleClicked.connect(lambda _index: self.contacts_part.edit_contact())
        self.contacts.selectionModel().selectionChanged.connect(
            lambda *_: self.contacts_part.update_buttons()
        )
        self.save_notes_button.clicked.connect(self.save_notes)
        self.notes.textChanged.connect(self._on_notes_edited)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_notes)
        delete = QShortcut(
            QKeySequence.StandardKey.Delete,
            self.contacts,
            activated=self.contacts_part.delete_contact,
        )
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        from samordnare_desktop.ui.privacy.contact_menu import add_contact_context_menu

        add_contact_context_menu(self.contacts, self.contacts_part.selected_contact, ctx)
        ctx.bus.subscribe(self, self._on_change, (MUNICIPALITY, VISIT, CONTACT))
        self.drafts = DraftKeeper(
            self.panel, self.service.db.path, "municipality-notes", fields=[self.notes]
        )

        if rows is None:
            self.list_side.first_read()  # a big programme: read in a worker (list_side.py)
        else:
            self.fill_first(rows)
        self._show_details(None)

    def fill_first(self, rows: list[MunicipalityRow], stages: dict | None = None) -> None:
        """The list's first rows (read at once, or by the worker in a big programme)."""
        self.refresh(rows, stages)
        if any(row.in_programme for row in self.model.rows()):
            self.only_programme.setChecked(True)  # opens on the programme once there is one

    def loading(self) -> bool:
        """Whether the first read of the municipalities still runs in a worker."""
        return self.list_side.loading()

    # --- public API ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(
        self, rows: list[MunicipalityRow] | None = None, stages: dict | None = None
    ) -> None:
        """Reload the table (``rows``, ``stages``: the municipalities and their stages, if just
        read)."""
        if self.list_side.loading():
            self.list_side.read_again()  # the worker's first read may predate the change
            return
        selected = self.details.id if self.details else None
        read = self.list_side.read(rows, stages)
        if read is None:  # the error shown (a damaged file): the rows shown stay, counted
            self.list_side.update_count()
            return
        self.model.set_data(*read)
        self.list_side.update_count()
        if selected is not None:
            self.select_municipality(selected)
        if self.details is not None:  # the stage and visits may have changed elsewhere
            stage = self.model.stages.get(self.details.id, ProgrammeStage.NONE)
            self.stage.setText("· " + stage.label())
            self.visit_summary.setText(self.contacts_part.visit_summary_text(self.details.id))

    @property
    def time_study(self) -> TimeStudyPanel:
        """The time-study panel, built on first use (its chart and service stay out of start-up)."""
        if self._time_study is None:
            from samordnare_desktop.ui.time_study.panel import TimeStudyPanel

            self._time_study = TimeStudyPanel(self.ctx)
            self._panel_layout.addWidget(self._time_study, 3)
        return self._time_study

    def select_municipality_code(self, code: str) -> bool:
        """Select by kommunkod (the screenshot command's ``--kommun``)."""
        self.list_side.finish()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).code == code:
                return self.select_municipality(index.data(ROW_ROLE).id)
        return False

    def select_municipality(self, municipality_id: uuid.UUID) -> bool:
        self.list_side.finish()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id == municipality_id:
                self.table.selectRow(row)
                self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
                return True
        return False

    def show_visits(self) -> None:
        """Open the Visits tab showing this municipality's visits."""
        if self.details is None:
            return
        self.save_notes(quiet=True)
        municipality_id = self.details.id
        if not self.ctx.open_tab("visits"):
            return
        tab = self.window().findChild(QWidget, "visits")
        if tab is not None and hasattr(tab, "show_municipality"):
            tab.show_municipality(municipality_id)

    def about_to_close(self) -> None:
        if not self.save_notes(quiet=True):
            self.drafts.save_now()  # offered back at the next start

    # --- list ---------------------------------------------------------------------------------

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].data(ROW_ROLE) if rows else None
        current = self.details.id if self.details else None
        if (row.id if row else None) == current:
            return  # re-filtering kept the same municipality selected
        if not self.save_notes(quiet=True) and current is not None:
            self.drafts.save_now()  # the unsaved text is kept as a draft, whatever happens
            if self.select_municipality(current):
                return  # stay: the refusal was shown and the text is still on screen
        self._show_details(row.id if row else None)

    def _on_change(self, change: Change) -> None:
        if self.list_side.loading():
            self.list_side.read_again()  # the worker's first read may predate the change
            return
        if change.whole or change.kinds & {CONTACT, EVERYTHING}:
            self.refresh()
            self._reload_details()  # e.g. contacts erased from the personal-data dialog
            return
        known = {r.id: r for r in self.model.rows()}
        ids = {i for i in change.ids if i in known}  # the municipalities named
        if not ids:
            return
        if MUNICIPALITY in change.kinds:
            fresh = [r for r in self.service.list() if r.id in ids]
            self.model.upsert(fresh)
        self.model.update_stages(ids, self.ctx.services.programme.stages(ids))
        self.list_side.update_count()
        if self.details is not None and self.details.id in ids:
            stage = self.model.stages.get(self.details.id, ProgrammeStage.NONE)
            self.stage.setText("· " + stage.label())
            self.visit_summary.setText(self.contacts_part.visit_summary_text(self.details.id))

    # --- details ------------------------------------------------------------------------------
    def _show_details(self, municipality_id: uuid.UUID | None, *, offer_draft: bool = True) -> None:
        details = (
            guarded(self, lambda: self.service.details(municipality_id))
            if municipality_id
            else None
        )
        self.details = details
        self.panel.setVisible(details is not None)
        self.placeholder.setVisible(details is None)
        if details is None:
            return
        self.heading.setText(f"{details.code} {details.name}")
        self.time_study.set_municipality(details.id)
        self.subheading.setText(details.county_name)
        self.in_programme.setChecked(details.in_programme)
        self.stage.setText("· " + self.model.stages.get(details.id, ProgrammeStage.NONE).label())
        self.visit_summary.setText(self.contacts_part.visit_summary_text(details.id))
        self.contact_model.set_rows(details.contacts)
        self.contacts.resizeColumnsToContents()
        header = self.contacts.horizontalHeader()
        for column in range(header.count() - 1):  # long titles elide (tooltip) so e-mail shows
            # ... but never below the header's own text ("Organisation/förvaltning")
            need = min(header.sectionSize(column), 150)
            header.resizeSection(column, max(need, header.sectionSizeHint(column)))
        self.notes.blockSignals(True)
        self.notes.setPlainText(details.notes)
        self.notes.blockSignals(False)
        self._notes_dirty = False
        self.notes_status.clear()
        self.contacts_part.update_buttons()
        self.drafts.set_record(details.id)
        if offer_draft:
            self.drafts.offer(self)

    def _reload_details(self) -> None:
        if self.details is not None:
            before = self.details
            dirty_notes = self.notes.toPlainText() if getattr(self, "_notes_dirty", False) else None
            self._show_details(before.id, offer_draft=False)
            if dirty_notes is not None:  # never drop what the user is typing
                self.notes.setPlainText(dirty_notes)
                self.details = _typed_over(before, self.details)

    def _on_programme_clicked(self, checked: bool) -> None:
        details = self.details
        if details is None:
            return
        if guarded(self, lambda: self._save_details(in_programme=checked)) is None:
            self.in_programme.setChecked(details.in_programme)
            return
        row = next((r for r in self.model.rows() if r.id == details.id), None)
        if row is not None:  # this row only; the others hear of it
            self.model.upsert([replace(row, in_programme=checked)])
            self.list_side.update_count()
        self.ctx.bus.notify(Change.of(MUNICIPALITY, ids={details.id}, source=self))

    def _save_details(self, *, in_programme: bool | None = None, notes: str | None = None) -> int:
        assert self.details is not None
        details = self.details
        version = self.service.update(
            details.id,
            expected_version=details.version,
            in_programme=details.in_programme if in_programme is None else in_programme,
            notes=details.notes if notes is None else notes,
        )
        self.details = MunicipalityDetails(
            details.id,
            version,
            details.code,
            details.name,
            details.county_name,
            details.in_programme if in_programme is None else in_programme,
            details.notes if notes is None else notes,
            details.contacts,
        )
        return version

    def _on_notes_edited(self) -> None:
        self._notes_dirty = True
        self.notes_status.setText(self.tr("Unsaved changes"))

    def save_notes(self, quiet: bool = False) -> bool:
        """Save edited notes; ``False`` if the save was refused (the text stays in the editor)."""
        if self.details is None or not getattr(self, "_notes_dirty", False):
            return True
        text = self.notes.toPlainText()
        if guarded(self, lambda: self._save_details(notes=text)) is None:
            return False
        self.drafts.mark_saved()
        self._notes_dirty = False
        self.notes_status.setText(self.tr("Saved"))
        if not quiet:
            self.ctx.show_status(self.tr("Notes saved."))
        return True

    # --- contacts -----------------------------------------------------------------------------


def _typed_over(
    before: MunicipalityDetails, fresh: MunicipalityDetails | None
) -> MunicipalityDetails | None:
    """The details unsaved notes are saved against after a reload: the fresh ones, unless the
    notes changed elsewhere (a sync's pull, another window) under the typed text; then with
    the version the text was typed over, so the save is refused as a stale edit (the text
    kept), never written over the other notes unseen."""
    if fresh is not None and fresh.notes != before.notes:
        return replace(fresh, version=before.version)
    return fresh
