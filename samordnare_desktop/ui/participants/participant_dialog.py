"""Add or edit a participant; suggests people from the municipality's directory while typing.

Choosing a suggestion fills the form and links the existing person, so nobody is stored twice.
Children and young people get no contact fields, only a first name (or none) and a consent note.
"Works at" picks the person's organisation from the register; choosing another one on an edit
moves the person there (the meetings they attended keep the organisation they came from).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.domain.participant import PARTIES, ParticipantCategory
from samordnare_desktop.services.field_labels import participation_labels, person_labels
from samordnare_desktop.services.organisations import OrganisationRow
from samordnare_desktop.services.participants import (
    ParticipantRow,
    ParticipationInput,
    PersonInput,
    PersonRow,
)
from samordnare_desktop.ui import messages, theme
from samordnare_desktop.ui.drafts import DraftKeeper
from samordnare_desktop.ui.errors import attempt
from samordnare_desktop.ui.widgets.form import FieldErrors
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.value_combo import ValueCombo

# save(person, participation, person_id of a chosen directory entry or None)
SaveParticipant = Callable[[PersonInput, ParticipationInput, uuid.UUID | None], object]


class ParticipantDialog(QDialog):
    """``save`` is called with the input; the dialog closes only when it succeeded.

    With ``drafts`` (the database path) typed text is kept as a draft of the participant, or for
    a new one of ``draft_id`` (the visit), and offered back if the app crashed.
    """

    def __init__(
        self,
        parent: QWidget | None,
        save: SaveParticipant,
        directory: list[PersonRow],
        participant: ParticipantRow | None = None,
        *,
        drafts: Path | None = None,
        draft_id: object = "new",
        organisations: list[OrganisationRow] | None = None,
        works_at: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("participant_dialog")
        self.setWindowTitle(
            self.tr("Edit participant") if participant else self.tr("Add participant")
        )
        self._save = save
        self.person_id: uuid.UUID | None = None
        self._chosen_name = ""
        self._directory = {p.describe(): p for p in directory}
        self.errors = FieldErrors()

        self._build_fields()
        self._build_works_at(organisations, participant, works_at)
        self._build_more_fields()
        form = self._build_form()
        self._build_completer()
        self._build_layout(form)
        self.category.currentIndexChanged.connect(self._on_category_changed)
        self.name.textEdited.connect(self._on_name_edited)
        if participant is not None:
            self._fill_person(participant.person)
            # the participation's organisation is where they came from, not where they work now
            self.works_at.set_value(works_at)
            self.completer.setWidget(None)  # editing: the person is already chosen
            self.name.setCompleter(None)
            self.invited.setChecked(participant.invited)
            self.confirmed.setChecked(participant.confirmed)
            self.attended.setChecked(participant.attended)
            self.notes.setPlainText(participant.notes)
            self.consent_note.setText(participant.consent_note)
            self.name_on_lists.setChecked(participant.name_on_lists)
            self.person_id = None
            self.linked.clear()
        else:
            self.invited.setChecked(True)
        self._on_category_changed()
        self._show_row(self.works_at, organisations is not None)
        self.drafts = (
            DraftKeeper(
                self, drafts, "participant", participant.id if participant else f"new-{draft_id}"
            )
            if drafts is not None
            else None
        )
        self._offered = False
        self._typed_at_start = self._typed()

    def _build_fields(self):
        self.category = QComboBox()
        self.category.setObjectName("category")
        # no category until one is chosen: a preselected one would skew every per-category count
        self.category.addItem(self.tr("Choose a category…"), None)
        for category in ParticipantCategory:
            self.category.addItem(category.label(), category.value)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("First and last name – type to find earlier people"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Socialchef, Rektor"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("e.g. Socialförvaltningen"))

    def _build_works_at(self, organisations, participant, works_at):
        # Where the person works, from the register (None: as the text above says, else the
        # meeting's municipality; on an edit: unchanged).
        self.works_at = ValueCombo()
        self._works_at = works_at
        self.works_at.add(
            self.tr("Unchanged")
            if participant is not None
            else self.tr("From the text above, else the meeting's municipality"),
            None,
        )
        for org in organisations or ():
            self.works_at.add(f"{org.name} ({org.kind_label})", org.id)
        self.works_at.setToolTip(
            self.tr(
                "The organisation in the register the person works at. Choosing another moves "
                "the person there; the meetings they attended keep where they came from."
            )
        )
        if works_at is not None:
            self.works_at.set_value(works_at)

    def _build_more_fields(self):
        self.party = QComboBox()
        self.party.setEditable(True)
        self.party.addItem("")
        for party in PARTIES:
            self.party.addItem(party)
        self.office = QComboBox()
        self.office.setEditable(True)
        for office in (
            "",
            self.tr("Municipal commissioner"),
            self.tr("Opposition commissioner"),
            self.tr("Committee chair"),
            self.tr("Chair of the municipal executive board"),
            self.tr("Member"),
        ):
            self.office.addItem(office)
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@kommun.se"))
        self.phone = QLineEdit()
        self.invited = QCheckBox(self.tr("Invited"))
        self.confirmed = QCheckBox(self.tr("Confirmed"))
        self.attended = QCheckBox(self.tr("Attended"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves on; a tab character is never wanted
        self.notes.setFixedHeight(70)
        self.consent_note = QLineEdit()
        self.consent_note.setPlaceholderText(
            self.tr("e.g. Guardian agreed by phone 2026-02-20; no photos")
        )
        self.name_on_lists = QCheckBox(self.tr("Show the first name on printed lists"))
        self.child_hint = QLabel(
            self.tr(
                "Children and young people: first name only or leave the name empty to record "
                "them anonymously. No e-mail or phone. Printed lists show “Ungdom 1” unless "
                "you allow the first name."
            )
        )
        self.child_hint.setWordWrap(True)
        self.child_hint.setObjectName("child_hint")

    def _build_form(self):
        status = QWidget()
        status_row = QHBoxLayout(status)
        status_row.setContentsMargins(0, 0, 0, 0)
        for box in (self.invited, self.confirmed, self.attended):
            status_row.addWidget(box)
        status_row.addStretch(1)

        form = QFormLayout()
        self._form = form
        # the person's and the participation's labels (services.field_labels); "Status" holds
        # three ticks (invited, confirmed, attended), each labelled by its box
        labels = {**person_labels(), **participation_labels(), "status": self.tr("Status")}
        for widget, field in (
            (self.category, "category"),
            (self.name, "name"),
            (self.title_edit, "title"),
            (self.organisation, "organisation"),
            (self.works_at, "organisation_id"),
            (self.party, "party"),
            (self.office, "office"),
            (self.email, "email"),
            (self.phone, "phone"),
            (status, "status"),
            (self.consent_note, "consent_note"),
            (self.name_on_lists, "name_on_lists"),
            (self.notes, "notes"),
        ):
            widget.setObjectName(field)
            self.errors.add_row(form, labels[field], widget, field)
        return form

    def _build_completer(self):
        # Suggestions from the directory (this municipality's people, earlier visits included).
        self.suggestions = QStringListModel(list(self._directory), self)
        completer = QCompleter(self.suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated[str].connect(self.choose_suggestion)
        self.name.setCompleter(completer)
        self.completer = completer
        self.linked = plain_label()
        self.linked.setObjectName("linked")
        theme.style_label(self.linked, "ok")

    def _build_layout(self, form):
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.child_hint)
        layout.addLayout(form)
        layout.addWidget(self.linked)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.drafts is not None and not self._offered:
            self._offered = True
            self.drafts.offer(self)

    def _typed(self) -> tuple:
        """Everything the user can type or tick, to tell whether anything changed."""
        return (
            tuple(w.text() for w in self.findChildren(QLineEdit)),
            tuple(w.currentText() for w in self.findChildren(QComboBox)),
            tuple(w.isChecked() for w in self.findChildren(QCheckBox)),
            tuple(w.toPlainText() for w in self.findChildren(QPlainTextEdit)),
        )

    def reject(self) -> None:
        """Escape, Avbryt or the window's close: typed changes are asked about, not dropped."""
        if self._typed() != self._typed_at_start:
            answer = messages.ask_save(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the participant you typed?"),
            )
            if answer == "save":
                self.try_save()
            if answer != "discard":
                return
        if self.drafts is not None:
            self.drafts.clear()
        super().reject()

    # --- state ----------------------------------------------------------------------------------
    def selected_category(self) -> ParticipantCategory | None:
        data = self.category.currentData()
        return ParticipantCategory(data) if data else None

    def set_category(self, category: ParticipantCategory) -> None:
        self.category.setCurrentIndex(self.category.findData(category.value))

    def _on_category_changed(self) -> None:
        category = self.selected_category()
        child = category is not None and category.is_child
        for widget in (self.title_edit, self.office):
            self._show_row(widget, not child)
        for widget in (self.email, self.phone):  # kept if filled, so it can be cleared
            self._show_row(widget, not child or bool(widget.text()))
        politician = category is ParticipantCategory.POLITICIAN
        self._show_row(self.party, politician)
        self._show_row(self.office, politician or (not child and bool(self.office.currentText())))
        self._show_row(self.consent_note, child)
        self._show_row(self.name_on_lists, child)
        self.child_hint.setVisible(child)
        self.name.setPlaceholderText(
            self.tr("First name only, or empty for anonymous")
            if child
            else self.tr("First and last name – type to find earlier people")
        )

    def _show_row(self, widget: QWidget, visible: bool) -> None:
        """Only the fields that apply to the category are shown (and enabled)."""
        widget.setEnabled(visible)
        self._form.setRowVisible(widget.parentWidget(), visible)

    def _fill_person(self, person: PersonRow) -> None:
        self.set_category(person.category)
        self.name.setText(person.name)
        self.title_edit.setText(person.title)
        self.organisation.setText(person.organisation)
        self.party.setCurrentText(person.party)
        self.office.setCurrentText(person.office)
        self.email.setText(person.email)
        self.phone.setText(person.phone)
        if person.organisation_id is not None:
            self.works_at.set_value(person.organisation_id)
        self._on_category_changed()

    def choose_suggestion(self, text: str) -> None:
        person = self._directory.get(text)
        if person is None:
            return
        self._fill_person(person)
        self.person_id = person.id
        self._chosen_name = person.name
        self.linked.setText(
            self.tr("Existing person from the directory: {person}").format(person=person.describe())
        )

    def _on_name_edited(self, text: str) -> None:
        if self.person_id is not None and text.strip() != self._chosen_name:
            self.person_id = None
            self.linked.clear()

    def person_value(self) -> PersonInput:
        category = self.selected_category()
        if category is None:
            raise ValidationError("category", self.tr("Choose a category."))
        child = category.is_child
        return PersonInput(
            name=self.name.text(),
            category=self.selected_category(),
            title="" if child else self.title_edit.text(),
            organisation=self.organisation.text(),
            party=self.party.currentText()
            if self.selected_category() is ParticipantCategory.POLITICIAN
            else "",
            office="" if child else self.office.currentText(),
            email=self.email.text(),
            phone=self.phone.text(),
            organisation_id=self.works_at.value() if self.works_at.isEnabled() else None,
        )

    def participation_value(self) -> ParticipationInput:
        category = self.selected_category()
        child = category is not None and category.is_child
        return ParticipationInput(
            invited=self.invited.isChecked(),
            confirmed=self.confirmed.isChecked(),
            attended=self.attended.isChecked(),
            notes=self.notes.toPlainText(),
            consent_note=self.consent_note.text() if child else "",
            name_on_lists=self.name_on_lists.isChecked() if child else False,
        )

    def try_save(self) -> bool:
        if not attempt(
            self,
            self.errors,
            lambda: self._save(self.person_value(), self.participation_value(), self.person_id),
        ):
            return False
        if self.drafts is not None:
            self.drafts.clear()
        self.accept()
        return True
