"""The visit form (first page of the Besök tab's right side): every field of a visit, its
questions, the press meeting, and live planning warnings. Errors appear beside the field."""

from __future__ import annotations

import uuid
from datetime import date, time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.domain.visit_rules import VisitWarning
from samordnare_desktop.services.field_labels import visit_labels
from samordnare_desktop.services.visits import VisitInput, VisitRow
from samordnare_desktop.ui import theme
from samordnare_desktop.ui.context import CARE_PLACES, ORGANISATION, UiContext
from samordnare_desktop.ui.drafts import DraftKeeper
from samordnare_desktop.ui.errors import show_error
from samordnare_desktop.ui.visits.registers import VisitRegisters
from samordnare_desktop.ui.visits.visit_focus_groups import VisitFocusGroups
from samordnare_desktop.ui.visits.visit_form_parts import (
    HostCombo,
    LinkedVisits,
    NotesBox,
    OrganisationPicker,
    PressMeetingBox,
    VisitQuestions,
    set_time,
    time_edit,
    time_of,
    time_range,
)
from samordnare_desktop.ui.widgets.form import FieldErrors, date_edit
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.value_combo import ValueCombo


def warning_style() -> str:
    """The warning box in the light or dark theme's colours (ui.theme)."""
    bg, fg, border = (
        theme.hex_colour(n) for n in ("warning_box_bg", "warning_box_fg", "warning_box_border")
    )
    return (
        f"QLabel {{ background: {bg}; color: {fg}; border: 1px solid {border}; "
        "border-radius: 4px; padding: 6px; }"
    )


def _heading() -> QLabel:
    """The form's heading: the visit's title, place and day, larger and bold."""
    heading = plain_label()
    heading.setObjectName("visit_heading")
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    heading.setFont(font)
    heading.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
    return heading


def _warnings_box() -> QLabel:
    """The planning warnings above the fields, hidden while there are none."""
    warnings = plain_label()
    warnings.setObjectName("visit_warnings")
    warnings.setWordWrap(True)
    theme.set_style(warnings, warning_style)
    warnings.setVisible(False)
    warnings.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
    return warnings


class VisitForm(QWidget):
    """Edits one visit (or a new one). ``saved`` carries the saved row."""

    saved = Signal(object)
    dirty_changed = Signal(bool)
    quiet_start = False  # while the tab's page builds one: it offers the draft once in place

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, registers: VisitRegisters | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visit_form")
        self.ctx = ctx
        self._registers = registers or VisitRegisters.read(ctx.services)  # the tab's, if built
        self.service = ctx.services.visits
        self.visit: VisitRow | None = None
        self.dirty = False
        self._loading = False
        self._questions_touched = False
        self.errors = FieldErrors()

        self.heading, self.warnings = _heading(), _warnings_box()

        form = self._build_main_form()
        self.question_box = VisitQuestions(self.service)
        self.questions = self.question_box.list
        self.questions_button = self.question_box.button
        self.focus_box = VisitFocusGroups(ctx.services.care_places)
        self.press = PressMeetingBox(self.errors)
        self.press_start, self.press_end = self.press.start, self.press.end
        self.press_place = self.press.place
        self.press_contact_name = self.press.contact_name
        self.press_contact_phone = self.press.contact_phone
        self.press_contact_email = self.press.contact_email
        notes_box = NotesBox(self.errors)
        self.notes = notes_box.edit
        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.warnings)
        layout.addLayout(form)
        layout.addWidget(self.question_box)
        layout.addWidget(self.focus_box)
        layout.addWidget(self.press)
        layout.addWidget(notes_box)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._wire()
        self.drafts = DraftKeeper(  # typed text survives a crash (see ui.drafts)
            self,
            ctx.services.db.path,
            "visit",
            fields=[
                self.title_edit,
                self.venue_name,
                self.venue_address,
                self.venue_room,
                self.notes,
                *self.press.texts(),
            ],
        )
        self.new_visit(None)

    def _build_main_form(self) -> QFormLayout:
        """The visit's own fields: municipality, kind, title, day, times, status, venue, host,
        first visit or follow-ups, and the organisations taking part."""
        self.municipality = ValueCombo()
        self.municipality.setObjectName("municipality")
        self.municipality.add(self.tr("Choose a municipality…"), None)
        self.municipality.add_many(self._registers.municipality_items())
        self.kind = ValueCombo()
        self.kind.setObjectName("kind")
        for kind in VisitKind:
            self.kind.add(kind.label(), kind)
        self.status = ValueCombo()
        self.status.setObjectName("status")
        for status in VisitStatus:
            self.status.add(status.label(), status)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(self.tr("Optional; the kind is used otherwise"))
        self.day = date_edit("day")
        self.start_time = time_edit("start_time")
        self.end_time = time_edit("end_time")
        self.start_time.setAccessibleName(self.tr("Start time"))
        self.end_time.setAccessibleName(self.tr("End time"))
        self.venue_name = QLineEdit()
        self.venue_name.setObjectName("venue_name")
        self.venue_name.setPlaceholderText(self.tr("e.g. Kommunhuset"))
        self.venue_address = QLineEdit()
        self.venue_address.setObjectName("venue_address")
        self.venue_address.setPlaceholderText(self.tr("e.g. Storgatan 12, Mjölby"))
        self.venue_room = QLineEdit()
        self.venue_room.setObjectName("venue_room")
        self.venue_room.setPlaceholderText(self.tr("e.g. sal Ljuset"))
        self.host = HostCombo()
        self.host.setObjectName("host_contact")
        self.linked = LinkedVisits(self.service, self)
        self.first_visit, self.first_visit_label = self.linked.value, self.linked.label
        orgs = self._registers.live_organisations()
        self.organisation_picker = OrganisationPicker(self.ctx.services.organisations, rows=orgs)
        self.organisations = self.organisation_picker.list

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        times = time_range(self.start_time, self.end_time)
        labels = visit_labels()  # services.field_labels
        for widget, field in (
            (self.municipality, "municipality_id"),
            (self.kind, "kind"),
            (self.title_edit, "title"),
            (self.day, "day"),
            (times, "end_time"),
            (self.status, "status"),
            (self.venue_name, "venue_name"),
            (self.venue_address, "venue_address"),
            (self.venue_room, "venue_room"),
            (self.host, "host_contact_id"),
        ):
            self.errors.add_row(form, labels[field], widget, field)
        form.addRow(self.first_visit_label, self.first_visit)
        self.errors.add_row(
            form, labels["organisation_ids"], self.organisation_picker, "organisation_ids"
        )
        self._main_form = form
        return form

    def _build_buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("Save visit"))
        self.save_button.setObjectName("save_visit")
        self.save_button.setToolTip(self.tr("Save the visit (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setObjectName("revert_visit")
        self.state = plain_label()
        self.state.setObjectName("form_state")
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        return buttons

    def _wire(self) -> None:
        for combo in (self.municipality, self.kind, self.status, self.host):
            combo.currentIndexChanged.connect(self._edited)
        for edit in (
            self.title_edit,
            self.venue_name,
            self.venue_address,
            self.venue_room,
            *self.press.texts(),
        ):
            edit.textEdited.connect(self._edited)
        for edit in (self.start_time, self.end_time, self.press_start, self.press_end):
            edit.textEdited.connect(self._edited)
        self.day.textEdited.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        self.press.toggled.connect(self._edited)
        self.questions.itemChanged.connect(self._edited)
        self.organisations.itemChanged.connect(self._edited)
        self.focus_box.list.itemChanged.connect(self._edited)
        self.questions.itemChanged.connect(self._on_question_ticked)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.municipality.currentIndexChanged.connect(self._on_municipality_changed)
        for signal in (
            self.municipality.currentIndexChanged,
            self.kind.currentIndexChanged,
            self.status.currentIndexChanged,
            self.day.dayChanged,
        ):
            signal.connect(self.update_warnings)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        # an organisation added, renamed or deleted in Organisationer: offered here at once
        self.ctx.bus.subscribe(
            self, lambda _change: self.organisation_picker.refresh(), (ORGANISATION,)
        )  # a focus group added or deleted: offered here; the saved ticks unless ticked here
        self.ctx.bus.subscribe(
            self, lambda _c: self.focus_box.refresh(self.visit, self.dirty), (CARE_PLACES,)
        )

    # --- loading ------------------------------------------------------------------------------
    def new_visit(self, municipality_id: uuid.UUID | None, day: date | None = None) -> None:
        """An empty form for a new visit (first visit, 09:00-15:00, default questions)."""
        self._loading = True
        try:
            self.visit = None
            self.errors.clear()
            self.municipality.set_value(municipality_id)
            self.kind.set_value(VisitKind.FIRST)
            self.status.set_value(VisitStatus.PLANNED)
            self.title_edit.clear()
            self.day.set_day(day or date.today())
            set_time(self.start_time, time(9, 0))
            set_time(self.end_time, time(15, 0))
            for edit in (self.venue_name, self.venue_address, self.venue_room):
                edit.clear()
            self._load_hosts(None)
            self.notes.setPlainText("")
            self.press.clear()
            self._load_questions(None)
            self.organisation_picker.tick(())
            self.focus_box.load(None)
            self.heading.setText(self.tr("New visit"))
        finally:
            self._loading = False
        self._set_dirty(False)
        if not self.update_warnings():
            self._show_first_visit()
        self.offer_draft(f"new-{municipality_id}")

    def load(self, row: VisitRow, warnings: list[VisitWarning] | None = None) -> None:
        """``warnings``: the row's, if the caller has them (the list just read it: reading.py)."""
        self._loading = True
        try:
            self.visit = row
            self.errors.clear()
            self.municipality.set_value(row.municipality_id)
            self.kind.set_value(row.kind)
            self.status.set_value(row.status)
            self.organisation_picker.tick(row.other_organisation_ids)
            self.title_edit.setText(row.title)
            self.day.set_day(row.day)
            set_time(self.start_time, row.start_time)
            set_time(self.end_time, row.end_time)
            self.venue_name.setText(row.venue_name)
            self.venue_address.setText(row.venue_address)
            self.venue_room.setText(row.venue_room)
            self._load_hosts(row.host_contact_id)
            self.notes.setPlainText(row.notes)
            self.press.load(row)
            self._load_questions(self.service.question_ids_of(row.id))
            self.focus_box.load(row.id)
            self.heading.setText(f"{row.display_title} – {row.place_label}, {row.day.isoformat()}")
        finally:
            self._loading = False
        self._set_dirty(False)
        if warnings is not None and self._judged() is not None:
            self._show_warnings(warnings)  # and the first visit's row
        elif not self.update_warnings():  # which shows the first visit (or follow-ups) too
            self._show_first_visit()
        self.offer_draft(row.id)

    def offer_draft(self, record_id: object) -> None:
        """The form shows another record: the previous one was saved or discarded (its draft
        goes), the shown one's draft from a crash is offered back."""
        if VisitForm.quiet_start:
            return
        self.drafts.clear()
        self.drafts.set_record(record_id)
        if self.drafts.offer(self):
            if any(edit.text() for edit in self.press.texts()):  # typed: a press meeting
                self.press.setChecked(True)
            self._set_dirty(True)

    def reload_questions(self) -> None:
        """After the catalogue changed: keep the ticks, show the new texts."""
        ticked = self.checked_question_ids()
        self._loading = True
        try:
            self.question_box.fill(ticked)
        finally:
            self._loading = False

    def _load_hosts(self, selected: uuid.UUID | None) -> None:
        self.host.load(self.ctx.services.municipalities, self.municipality.value(), selected)

    def _load_questions(self, ticked: frozenset[uuid.UUID] | None) -> None:
        self.question_box.load(ticked, self.kind.value())
        self._questions_touched = False

    def _on_kind_changed(self) -> None:
        if self._loading or self.visit is not None or self._questions_touched:
            return
        self._loading = True
        try:
            self._load_questions(None)
        finally:
            self._loading = False

    def _on_question_ticked(self) -> None:
        if not self._loading:
            self._questions_touched = True

    def _on_municipality_changed(self) -> None:
        if self._loading:
            return
        if self.visit is None:  # a new visit's draft belongs to its municipality
            self.drafts.clear()
            self.drafts.record_id = f"new-{self.municipality.value()}"
            self.drafts.save_now()
        self._load_hosts(None)
        self._show_first_visit()

    def _show_first_visit(self) -> None:
        self.linked.show(self._main_form, self.kind.value(), self.municipality.value(), self.visit)

    # --- values -------------------------------------------------------------------------------
    def value(self) -> VisitInput:
        return VisitInput(
            municipality_id=self.municipality.value(),
            kind=self.kind.value(),
            day=self.day.day(),
            start_time=time_of(self.start_time),
            end_time=time_of(self.end_time),
            status=self.status.value(),
            title=self.title_edit.text(),
            venue_name=self.venue_name.text(),
            venue_address=self.venue_address.text(),
            venue_room=self.venue_room.text(),
            host_contact_id=self.host.value(),
            first_visit_id=self.visit.first_visit_id if self.visit else None,
            notes=self.notes.toPlainText(),
            organisation_ids=self.checked_organisation_ids(),
            **self.press.values(),
        )

    def checked_organisation_ids(self) -> tuple[uuid.UUID, ...]:
        return self.organisation_picker.checked_ids()

    def checked_question_ids(self) -> frozenset[uuid.UUID]:
        return self.question_box.checked_ids()

    def warning_texts(self) -> list[str]:
        return [line for line in self.warnings.text().splitlines() if line]

    def update_warnings(self) -> bool:
        if not self._loading and self.visit is None and not self.dirty:
            # a new form warns once the user has changed something, not about today's date
            self.warnings.clear()
            self.warnings.setVisible(False)
            return False
        data = self._judged()
        if data is None:
            return False
        found = self.service.warnings_for_input(data, self.visit.id if self.visit else None)
        self._show_warnings(found)
        return True  # read, and the first visit (or the follow-ups) shown again

    def _judged(self) -> VisitInput | None:
        """The visit to judge; none while filled, without a needed municipality or a date."""
        kind = self.kind.value()
        if self._loading or (
            self.municipality.value() is None and (kind is None or kind.needs_municipality)
        ):
            return None
        try:
            return self.value()
        except ValidationError:  # an unreadable date is said beside the field
            return None

    def _show_warnings(self, found: list[VisitWarning]) -> None:
        self.warnings.setText("\n".join(f"⚠ {w.message}" for w in found))
        self.warnings.setVisible(bool(found))
        self._show_first_visit()

    # --- saving -------------------------------------------------------------------------------
    def _edited(self, *_args: object) -> None:
        if not self._loading:
            first = not self.dirty
            self._set_dirty(True)
            if first and self.visit is None:
                self.update_warnings()  # a new visit's warnings from its first change on

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.state.setText(self.tr("Unsaved changes") if dirty else "")
        self.revert_button.setEnabled(dirty)
        self.dirty_changed.emit(dirty)

    def revert(self) -> None:
        if self.visit is not None:
            self.load(self.visit)
        else:
            self.new_visit(self.municipality.value())

    def save(self) -> VisitRow | None:
        """Create or update; on a refusal show it beside its field and change nothing."""
        try:
            data = self.value()
            ticks = {
                "question_ids": self.checked_question_ids(),
                "focus_group_ids": self.focus_box.checked_ids(),
            }
            if self.visit is None:
                row = self.service.create(data, **ticks)
            else:
                v = self.visit
                row = self.service.update(v.id, data, expected_version=v.version, **ticks)
        except ValidationError as exc:
            if not self.errors.show(exc):
                show_error(self, exc)
            return None
        except Exception as exc:
            show_error(self, exc)
            return None
        self.load(row)
        self.saved.emit(row)
        return row
