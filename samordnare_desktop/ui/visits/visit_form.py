"""The visit form (first page of the Besök tab's right side): every field of a visit, its
questions, the press meeting, and live planning warnings. Errors appear beside the field."""

from __future__ import annotations

import uuid
from datetime import date, time

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.i18n import language
from samordnare_desktop.services.visits import DEFAULT_QUESTION_KINDS, VisitInput, VisitRow
from samordnare_desktop.ui import theme
from samordnare_desktop.ui.context import UiContext
from samordnare_desktop.ui.drafts import DraftKeeper
from samordnare_desktop.ui.errors import show_error
from samordnare_desktop.ui.table_model import swedish_sort_key
from samordnare_desktop.ui.widgets.form import FieldErrors, date_edit
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.value_combo import ValueCombo

NO_TIME = QTime(0, 0)  # shown as "–": no time set


def warning_style() -> str:
    """The warning box in the light or dark theme's colours (ui.theme)."""
    bg, fg, border = (
        theme.hex_colour(n) for n in ("warning_box_bg", "warning_box_fg", "warning_box_border")
    )
    return (
        f"QLabel {{ background: {bg}; color: {fg}; border: 1px solid {border}; "
        "border-radius: 4px; padding: 6px; }"
    )


def _time_edit(name: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("HH.mm" if language() == "sv" else "HH:mm")  # 09.00, as printed
    edit.setMinimumTime(NO_TIME)
    edit.setSpecialValueText("–")
    edit.setTime(NO_TIME)
    return edit


def _time_of(edit: QTimeEdit) -> time | None:
    value = edit.time()
    return None if value == NO_TIME else value.toPython()


def _set_time(edit: QTimeEdit, value: time | None) -> None:
    edit.setTime(QTime(value.hour, value.minute) if value else NO_TIME)


class VisitForm(QWidget):
    """Edits one visit (or a new one). ``saved`` carries the saved row."""

    saved = Signal(object)
    dirty_changed = Signal(bool)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visit_form")
        self.ctx = ctx
        self.service = ctx.services.visits
        self.visit: VisitRow | None = None
        self.dirty = False
        self._loading = False
        self._questions_touched = False
        self._saved_questions: frozenset[uuid.UUID] = frozenset()
        self.errors = FieldErrors()

        self.heading = plain_label()
        self.heading.setObjectName("visit_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.warnings = plain_label()
        self.warnings.setObjectName("visit_warnings")
        self.warnings.setWordWrap(True)
        theme.set_style(self.warnings, warning_style)
        self.warnings.setVisible(False)
        for label in (self.heading, self.warnings):
            label.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup

        # --- the visit ------------------------------------------------------------------------
        self.municipality = ValueCombo()
        self.municipality.setObjectName("municipality")
        self.municipality.add(self.tr("Choose a municipality…"), None)
        rows = sorted(ctx.services.municipalities.list(), key=lambda r: swedish_sort_key(r.name))
        for row in rows:
            self.municipality.add(f"{row.name} ({row.code})", row.id)
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
        self.start_time = _time_edit("start_time")
        self.end_time = _time_edit("end_time")
        self.start_time.setAccessibleName(self.tr("Start time"))
        self.end_time.setAccessibleName(self.tr("End time"))
        times = QWidget()
        times_row = QHBoxLayout(times)
        times_row.setContentsMargins(0, 0, 0, 0)
        times_row.addWidget(self.start_time)
        times_row.addWidget(QLabel("–"))
        times_row.addWidget(self.end_time)
        times_row.addStretch(1)
        self.venue_name = QLineEdit()
        self.venue_name.setObjectName("venue_name")
        self.venue_name.setPlaceholderText(self.tr("e.g. Kommunhuset"))
        self.venue_address = QLineEdit()
        self.venue_address.setObjectName("venue_address")
        self.venue_address.setPlaceholderText(self.tr("e.g. Storgatan 12, Mjölby"))
        self.venue_room = QLineEdit()
        self.venue_room.setObjectName("venue_room")
        self.venue_room.setPlaceholderText(self.tr("e.g. sal Ljuset"))
        self.host = ValueCombo()
        self.host.setObjectName("host_contact")
        self.first_visit = plain_label()
        self.first_visit.setObjectName("first_visit")
        self.first_visit.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors.add_row(form, self.tr("Municipality"), self.municipality, "municipality_id")
        self.errors.add_row(form, self.tr("Kind"), self.kind, "kind")
        self.errors.add_row(form, self.tr("Title"), self.title_edit, "title")
        self.errors.add_row(form, self.tr("Date"), self.day, "day")
        self.errors.add_row(form, self.tr("Time"), times, "end_time")
        self.errors.add_row(form, self.tr("Status"), self.status, "status")
        self.errors.add_row(form, self.tr("Venue"), self.venue_name, "venue_name")
        self.errors.add_row(form, self.tr("Street address"), self.venue_address, "venue_address")
        self.errors.add_row(form, self.tr("Room"), self.venue_room, "venue_room")
        self.errors.add_row(form, self.tr("Host"), self.host, "host_contact_id")
        self.first_visit_label = QLabel(self.tr("First visit"))
        form.addRow(self.first_visit_label, self.first_visit)
        # the organisations the meeting is tied to besides the municipality (regions, SiS ...)
        self.organisation_search = QLineEdit()
        self.organisation_search.setObjectName("organisation_search")
        self.organisation_search.setAccessibleName(self.tr("Find an organisation"))
        self.organisation_search.setPlaceholderText(self.tr("Filter organisations…"))
        self.organisation_search.setClearButtonEnabled(True)
        self.organisations = QListWidget()
        self.organisations.setObjectName("organisations")
        self.organisations.setAccessibleName(self.tr("Organisations taking part"))
        self.organisations.setMaximumHeight(120)
        self._fill_organisations()
        organisations = QWidget()
        organisations_layout = QVBoxLayout(organisations)
        organisations_layout.setContentsMargins(0, 0, 0, 0)
        organisations_layout.addWidget(self.organisation_search)
        organisations_layout.addWidget(self.organisations)
        self.errors.add_row(form, self.tr("Organisations"), organisations, "organisation_ids")
        self._main_form = form

        # --- questions ------------------------------------------------------------------------
        self.questions = QListWidget()
        self.questions.setObjectName("questions")
        self.questions.setWordWrap(True)
        self.questions.setMaximumHeight(130)
        self.questions_button = QPushButton(self.tr("Question catalogue…"))
        self.questions_button.setObjectName("question_catalogue_button")
        questions_box = QGroupBox(self.tr("Questions the visit explores"))
        questions_layout = QVBoxLayout(questions_box)
        questions_layout.addWidget(self.questions)
        questions_row = QHBoxLayout()
        questions_row.addStretch(1)
        questions_row.addWidget(self.questions_button)
        questions_layout.addLayout(questions_row)

        # --- press meeting --------------------------------------------------------------------
        self.press = QGroupBox(self.tr("Press meeting"))
        self.press.setObjectName("press")
        self.press.setCheckable(True)
        self.press.setChecked(False)
        self.press_start = _time_edit("press_start")
        self.press_end = _time_edit("press_end")
        self.press_start.setAccessibleName(self.tr("Press meeting starts"))
        self.press_end.setAccessibleName(self.tr("Press meeting ends"))
        press_times = QWidget()
        press_times_row = QHBoxLayout(press_times)
        press_times_row.setContentsMargins(0, 0, 0, 0)
        press_times_row.addWidget(self.press_start)
        press_times_row.addWidget(QLabel("–"))
        press_times_row.addWidget(self.press_end)
        press_times_row.addStretch(1)
        self.press_place = QLineEdit()
        self.press_place.setObjectName("press_place")
        self.press_contact_name = QLineEdit()
        self.press_contact_name.setObjectName("press_contact_name")
        self.press_contact_phone = QLineEdit()
        self.press_contact_phone.setObjectName("press_contact_phone")
        self.press_contact_email = QLineEdit()
        self.press_contact_email.setObjectName("press_contact_email")
        self.press_contact_email.setPlaceholderText(self.tr("name@kommun.se"))
        press_form = QFormLayout(self.press)
        self.errors.add_row(press_form, self.tr("Time"), press_times, "press_end")
        self.errors.add_row(press_form, self.tr("Place"), self.press_place, "press_place")
        self.errors.add_row(
            press_form, self.tr("Press contact"), self.press_contact_name, "press_contact_name"
        )
        self.errors.add_row(
            press_form, self.tr("Phone"), self.press_contact_phone, "press_contact_phone"
        )
        self.errors.add_row(
            press_form, self.tr("E-mail"), self.press_contact_email, "press_contact_email"
        )

        # --- notes ----------------------------------------------------------------------------
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves on; a tab character is never wanted
        self.notes.setObjectName("visit_notes")
        self.notes.setAccessibleName(self.tr("Notes and minutes"))
        self.notes.setPlaceholderText(self.tr("Notes and minutes from the visit…"))
        self.notes.setMinimumHeight(90)
        notes_box = QGroupBox(self.tr("Notes and minutes"))
        notes_layout = QVBoxLayout(notes_box)
        notes_form = QFormLayout()
        notes_form.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(notes_form, "", self.notes, "notes")
        notes_layout.addLayout(notes_form)

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

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.warnings)
        layout.addLayout(form)
        layout.addWidget(questions_box)
        layout.addWidget(self.press)
        layout.addWidget(notes_box)
        layout.addLayout(buttons)
        layout.addStretch(1)

        # --- wiring ---------------------------------------------------------------------------
        for combo in (self.municipality, self.kind, self.status, self.host):
            combo.currentIndexChanged.connect(self._edited)
        for edit in (
            self.title_edit,
            self.venue_name,
            self.venue_address,
            self.venue_room,
            self.press_place,
            self.press_contact_name,
            self.press_contact_phone,
            self.press_contact_email,
        ):
            edit.textEdited.connect(self._edited)
        for time_edit in (self.start_time, self.end_time, self.press_start, self.press_end):
            time_edit.timeChanged.connect(self._edited)
        self.day.textEdited.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        self.press.toggled.connect(self._edited)
        self.questions.itemChanged.connect(self._edited)
        self.organisations.itemChanged.connect(self._edited)
        self.organisation_search.textChanged.connect(self._filter_organisations)
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
                self.press_place,
                self.press_contact_name,
                self.press_contact_phone,
                self.press_contact_email,
            ],
        )
        self.new_visit(None)

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
            _set_time(self.start_time, time(9, 0))
            _set_time(self.end_time, time(15, 0))
            for edit in (self.venue_name, self.venue_address, self.venue_room):
                edit.clear()
            self._load_hosts(None)
            self.notes.setPlainText("")
            self.press.setChecked(False)
            for time_edit in (self.press_start, self.press_end):
                _set_time(time_edit, None)
            for edit in (
                self.press_place,
                self.press_contact_name,
                self.press_contact_phone,
                self.press_contact_email,
            ):
                edit.clear()
            self._load_questions(None)
            self._tick_organisations(())
            self.heading.setText(self.tr("New visit"))
        finally:
            self._loading = False
        self._set_dirty(False)
        self._show_first_visit()
        self.update_warnings()
        self._offer_draft(f"new-{municipality_id}")

    def load(self, row: VisitRow) -> None:
        self._loading = True
        try:
            self.visit = row
            self.errors.clear()
            self.municipality.set_value(row.municipality_id)
            self.kind.set_value(row.kind)
            self.status.set_value(row.status)
            self._tick_organisations(row.other_organisation_ids)
            self.title_edit.setText(row.title)
            self.day.set_day(row.day)
            _set_time(self.start_time, row.start_time)
            _set_time(self.end_time, row.end_time)
            self.venue_name.setText(row.venue_name)
            self.venue_address.setText(row.venue_address)
            self.venue_room.setText(row.venue_room)
            self._load_hosts(row.host_contact_id)
            self.notes.setPlainText(row.notes)
            self.press.setChecked(row.has_press_meeting)
            _set_time(self.press_start, row.press_start)
            _set_time(self.press_end, row.press_end)
            self.press_place.setText(row.press_place)
            self.press_contact_name.setText(row.press_contact_name)
            self.press_contact_phone.setText(row.press_contact_phone)
            self.press_contact_email.setText(row.press_contact_email)
            self._load_questions(self.service.question_ids_of(row.id))
            self.heading.setText(f"{row.display_title} – {row.place_label}, {row.day.isoformat()}")
        finally:
            self._loading = False
        self._set_dirty(False)
        self._show_first_visit()
        self.update_warnings()
        self._offer_draft(row.id)

    def _offer_draft(self, record_id: object) -> None:
        """The form shows another record: the previous one was saved or discarded (its draft
        goes), the shown one's draft from a crash is offered back."""
        self.drafts.clear()
        self.drafts.set_record(record_id)
        if self.drafts.offer(self):
            press = (
                self.press_place,
                self.press_contact_name,
                self.press_contact_phone,
                self.press_contact_email,
            )
            if any(edit.text() for edit in press):  # typed press text means a press meeting
                self.press.setChecked(True)
            self._set_dirty(True)

    def reload_questions(self) -> None:
        """After the catalogue changed: keep the ticks, show the new texts."""
        ticked = self.checked_question_ids()
        self._loading = True
        try:
            self._fill_questions(ticked)
        finally:
            self._loading = False

    def _load_hosts(self, selected: uuid.UUID | None) -> None:
        self.host.blockSignals(True)
        self.host.clear()
        self.host.add(self.tr("(no host chosen)"), None)
        municipality_id = self.municipality.value()
        if municipality_id is not None:
            details = self.ctx.services.municipalities.details(municipality_id)
            for contact in details.contacts:
                label = ", ".join(p for p in (contact.name, contact.title) if p)
                self.host.add(label, contact.id)
        if selected is not None and self.host.index_of(selected) < 0:
            self.host.add(self.tr("(contact removed)"), selected)
        self.host.set_value(selected)
        self.host.blockSignals(False)

    def _load_questions(self, ticked: frozenset[uuid.UUID] | None) -> None:
        self._saved_questions = ticked or frozenset()  # retired ones stay offered only on these
        if ticked is None:  # a new visit: the defaults, for a first or follow-up visit
            kind = self.kind.value()
            ticked = frozenset(
                q.id
                for q in self.service.questions()
                if q.is_default and kind in DEFAULT_QUESTION_KINDS
            )
        self._fill_questions(ticked)
        self._questions_touched = False

    def _on_kind_changed(self) -> None:
        if self._loading or self.visit is not None or self._questions_touched:
            return
        self._loading = True
        try:
            self._load_questions(None)
        finally:
            self._loading = False

    def _fill_questions(self, ticked: frozenset[uuid.UUID]) -> None:
        self.questions.clear()
        # retired questions only where this visit explored them (they keep their number)
        for question in self.service.questions(include_retired=True):
            if question.retired and question.id not in self._saved_questions:
                continue
            text = self.tr("Question {number}: {text}").format(
                number=question.number, text=question.text
            )
            if question.retired:
                text += "  " + self.tr("(retired)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, question.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if question.id in ticked else Qt.CheckState.Unchecked
            )
            self.questions.addItem(item)

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
        """A follow-up shows its first visit, a first visit its follow-ups; others neither."""
        kind = self.kind.value()
        municipality_id = self.municipality.value()
        self._main_form.setRowVisible(
            self.first_visit, kind in (VisitKind.FIRST, VisitKind.FOLLOW_UP)
        )
        if kind is VisitKind.FIRST:
            self.first_visit_label.setText(self.tr("Follow-ups"))
            follow_ups = (
                self.service.follow_ups_of(self.visit.id)
                if self.visit is not None and self.visit.kind is VisitKind.FIRST
                else []
            )
            self.first_visit.setText(
                ", ".join(
                    self.tr("{day} ({status})").format(
                        day=f.day.isoformat(), status=f.status.label()
                    )
                    for f in follow_ups
                )
                or self.tr("None planned yet.")
            )
            return
        self.first_visit_label.setText(self.tr("First visit"))
        first = (
            self.service.first_visit_of(municipality_id)
            if municipality_id is not None and kind is VisitKind.FOLLOW_UP
            else None
        )
        if kind is not VisitKind.FOLLOW_UP:
            self.first_visit.setText(self.tr("–"))
        elif first is None or (self.visit is not None and first.id == self.visit.id):
            self.first_visit.setText(self.tr("No first visit yet; linked when one is planned."))
        else:
            self.first_visit.setText(
                self.tr("{day} ({status})").format(
                    day=first.day.isoformat(), status=first.status.label()
                )
            )

    # --- values -------------------------------------------------------------------------------
    def value(self) -> VisitInput:
        press = self.press.isChecked()
        return VisitInput(
            municipality_id=self.municipality.value(),
            kind=self.kind.value(),
            day=self.day.day(),
            start_time=_time_of(self.start_time),
            end_time=_time_of(self.end_time),
            status=self.status.value(),
            title=self.title_edit.text(),
            venue_name=self.venue_name.text(),
            venue_address=self.venue_address.text(),
            venue_room=self.venue_room.text(),
            host_contact_id=self.host.value(),
            first_visit_id=self.visit.first_visit_id if self.visit else None,
            notes=self.notes.toPlainText(),
            has_press_meeting=press,
            press_start=_time_of(self.press_start) if press else None,
            press_end=_time_of(self.press_end) if press else None,
            press_place=self.press_place.text() if press else "",
            press_contact_name=self.press_contact_name.text() if press else "",
            press_contact_phone=self.press_contact_phone.text() if press else "",
            press_contact_email=self.press_contact_email.text() if press else "",
            organisation_ids=self.checked_organisation_ids(),
        )

    # --- organisations ------------------------------------------------------------------------
    def _fill_organisations(self) -> None:
        from samordnare_desktop.domain.organisation import OrganisationKind

        self.organisations.blockSignals(True)
        self.organisations.clear()
        for row in self.ctx.services.organisations.list():
            if row.kind is OrganisationKind.MUNICIPALITY and not row.region_tasks:
                continue  # the municipality is chosen above
            item = QListWidgetItem(f"{row.name} ({row.kind_label})")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.organisations.addItem(item)
        self.organisations.blockSignals(False)

    def _tick_organisations(self, ids) -> None:
        wanted = set(ids)
        present = {
            self.organisations.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.organisations.count())
        }
        if wanted - present:  # added since the form was built (or deleted: still tied)
            self._fill_organisations()
        self.organisations.blockSignals(True)
        for i in range(self.organisations.count()):
            item = self.organisations.item(i)
            ticked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.organisations.blockSignals(False)

    def _filter_organisations(self, text: str) -> None:
        from samordnare_desktop.domain.validation import match_key

        needle = match_key(text)
        for i in range(self.organisations.count()):
            item = self.organisations.item(i)
            item.setHidden(bool(needle) and needle not in match_key(item.text()))

    def checked_organisation_ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(
            self.organisations.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.organisations.count())
            if self.organisations.item(i).checkState() == Qt.CheckState.Checked
        )

    def checked_question_ids(self) -> frozenset[uuid.UUID]:
        return frozenset(
            self.questions.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.questions.count())
            if self.questions.item(i).checkState() == Qt.CheckState.Checked
        )

    def warning_texts(self) -> list[str]:
        return [line for line in self.warnings.text().splitlines() if line]

    def update_warnings(self) -> None:
        kind = self.kind.value()
        if self._loading or (
            self.municipality.value() is None and (kind is None or kind.needs_municipality)
        ):
            return
        try:
            data = self.value()
        except ValidationError:  # an unreadable date is said beside the field
            return
        found = self.service.warnings_for_input(data, self.visit.id if self.visit else None)
        self.warnings.setText("\n".join(f"⚠ {w.message}" for w in found))
        self.warnings.setVisible(bool(found))
        self._show_first_visit()

    # --- saving -------------------------------------------------------------------------------
    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self._set_dirty(True)

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
            if self.visit is None:
                row = self.service.create(data, question_ids=self.checked_question_ids())
            else:
                row = self.service.update(
                    self.visit.id,
                    data,
                    expected_version=self.visit.version,
                    question_ids=self.checked_question_ids(),
                )
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
