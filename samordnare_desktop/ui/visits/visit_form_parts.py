"""The parts of the visit form that stand on their own: the press meeting box, the questions the
visit explores, the organisations taking part, and the time fields they share."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import time

from PySide6.QtCore import QObject, Qt
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
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.field_labels import visit_labels
from samordnare_desktop.services.visits import DEFAULT_QUESTION_KINDS, VisitRow
from samordnare_desktop.ui.widgets.form import FieldErrors
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.sizing import fit_search
from samordnare_desktop.ui.widgets.time_input import TimeInput
from samordnare_desktop.ui.widgets.value_combo import ValueCombo


def time_edit(name: str) -> TimeInput:
    """A time field as the visit form has it (``TimeInput``: 9, 930, 9.30 or 09:30; empty is
    no time; anything else refused beside the field, never changed)."""
    return TimeInput(name)


def time_of(edit: TimeInput) -> time | None:
    """The typed time (``None`` when empty); unreadable text raises ``ValidationError``."""
    return edit.value()


def set_time(edit: TimeInput, value: time | None) -> None:
    edit.set_time(value)


def time_range(start: TimeInput, end: TimeInput) -> QWidget:
    """``start – end`` on one row."""
    times = QWidget()
    row = QHBoxLayout(times)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(start)
    row.addWidget(QLabel("–"))
    row.addWidget(end)
    row.addStretch(1)
    return times


class PressMeetingBox(QGroupBox):
    """The visit's press meeting: a checkable group (unticked: no press meeting). Errors appear
    beside the fields through the form's ``errors``."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = visit_labels()  # services.field_labels
        self.setTitle(labels["has_press_meeting"])
        self.setObjectName("press")
        self.setCheckable(True)
        self.setChecked(False)
        self.start = time_edit("press_start")
        self.end = time_edit("press_end")
        self.start.setAccessibleName(self.tr("Press meeting starts"))
        self.end.setAccessibleName(self.tr("Press meeting ends"))
        self.place = QLineEdit()
        self.place.setObjectName("press_place")
        self.contact_name = QLineEdit()
        self.contact_name.setObjectName("press_contact_name")
        self.contact_phone = QLineEdit()
        self.contact_phone.setObjectName("press_contact_phone")
        self.contact_email = QLineEdit()
        self.contact_email.setObjectName("press_contact_email")
        self.contact_email.setPlaceholderText(self.tr("name@kommun.se"))
        form = QFormLayout(self)
        for widget, field in (
            (time_range(self.start, self.end), "press_end"),
            (self.place, "press_place"),
            (self.contact_name, "press_contact_name"),
            (self.contact_phone, "press_contact_phone"),
            (self.contact_email, "press_contact_email"),
        ):
            errors.add_row(form, labels[field], widget, field)

    def texts(self) -> tuple[QLineEdit, ...]:
        return (self.place, self.contact_name, self.contact_phone, self.contact_email)

    def clear(self) -> None:
        self.setChecked(False)
        for edit in (self.start, self.end):
            set_time(edit, None)
        for text in self.texts():
            text.clear()

    def load(self, row: VisitRow) -> None:
        self.setChecked(row.has_press_meeting)
        set_time(self.start, row.press_start)
        set_time(self.end, row.press_end)
        self.place.setText(row.press_place)
        self.contact_name.setText(row.press_contact_name)
        self.contact_phone.setText(row.press_contact_phone)
        self.contact_email.setText(row.press_contact_email)

    def values(self) -> dict[str, object]:
        """The press fields of a ``VisitInput`` (empty when unticked)."""
        press = self.isChecked()
        return {
            "has_press_meeting": press,
            "press_start": time_of(self.start) if press else None,
            "press_end": time_of(self.end) if press else None,
            "press_place": self.place.text() if press else "",
            "press_contact_name": self.contact_name.text() if press else "",
            "press_contact_phone": self.contact_phone.text() if press else "",
            "press_contact_email": self.contact_email.text() if press else "",
        }


class VisitQuestions(QGroupBox):
    """The questions the visit explores, ticked from the catalogue; retired questions are only
    offered on the visits that explored them."""

    def __init__(self, service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Questions the visit explores"))
        self.service = service
        self.saved: frozenset[uuid.UUID] = frozenset()
        self.list = QListWidget()
        self.list.setObjectName("questions")
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(130)
        self.button = QPushButton(self.tr("Question catalogue…"))
        self.button.setObjectName("question_catalogue_button")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        layout.addLayout(row)

    def load(self, ticked: frozenset[uuid.UUID] | None, kind: object) -> None:
        """A visit's ticks (``None``: a new visit of ``kind`` gets the default questions)."""
        self.saved = ticked or frozenset()  # retired ones stay offered only on these
        catalogue = self.service.questions(include_retired=True)  # one read for both
        if ticked is None:  # a new visit: the defaults, for a first or follow-up visit
            ticked = frozenset(
                q.id
                for q in catalogue
                if q.is_default and not q.retired and kind in DEFAULT_QUESTION_KINDS
            )
        self.fill(ticked, catalogue)

    def fill(self, ticked: frozenset[uuid.UUID], catalogue: list | None = None) -> None:
        """The catalogue (``catalogue``: as read just now) with ``ticked`` ticked."""
        self.list.clear()
        if catalogue is None:
            catalogue = self.service.questions(include_retired=True)
        # retired questions only where this visit explored them (they keep their number)
        for question in catalogue:
            if question.retired and question.id not in self.saved:
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
            self.list.addItem(item)

    def checked_ids(self) -> frozenset[uuid.UUID]:
        return frozenset(_checked(self.list))


class OrganisationPicker(QWidget):
    """The organisations a meeting is tied to besides the municipality (regions, SiS ...): a
    filter field over a ticked list."""

    def __init__(
        self, organisations_service, parent: QWidget | None = None, rows: list | None = None
    ) -> None:
        super().__init__(parent)
        self.service = organisations_service
        self.search = QLineEdit()
        self.search.setObjectName("organisation_search")
        self.search.setAccessibleName(self.tr("Find an organisation"))
        self.search.setPlaceholderText(self.tr("Filter organisations…"))
        self.search.setClearButtonEnabled(True)
        fit_search(self.search)
        self.list = QListWidget()
        self.list.setObjectName("organisations")
        self.list.setAccessibleName(self.tr("Organisations taking part"))
        self.list.setMaximumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.search.textChanged.connect(self.filter)
        # Ties the list does not offer (deleted since tied, another municipality), listed for the
        # meeting shown only.
        self._deleted: set[uuid.UUID] = set()
        self.fill(rows)

    def fill(self, rows: list | None = None) -> None:
        """The register's organisations (``rows``: the live ones, if read already)."""
        from samordnare_desktop.domain.organisation import OrganisationKind

        self.list.blockSignals(True)
        self.list.clear()
        for row in self.service.list() if rows is None else rows:
            if row.kind is OrganisationKind.MUNICIPALITY and not row.region_tasks:
                continue  # the municipality is chosen above
            item = QListWidgetItem(f"{row.name} ({row.kind_label})")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def refresh(self) -> None:
        """The register again (an organisation added, renamed or deleted in Organisationer),
        keeping what is ticked (a ticked one deleted stays, marked) and the filter."""
        ticked = self.checked_ids()
        self._deleted = set()
        self.fill()
        self.tick(ticked)
        self.filter(self.search.text())

    def tick(self, ids: Iterable[uuid.UUID]) -> None:
        """Tick ``ids``; one deleted since it was tied stays in the list, ticked, marked
        "(borttagen)": saving keeps the tie (the meeting happened with it) unless unticked."""
        from samordnare_desktop.domain.errors import NotFoundError

        wanted = set(ids)
        present = {
            self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
        }
        if wanted - present or self._deleted - wanted:  # new since built; deleted, still tied
            self.fill()
            self._deleted = set()
            present = {
                self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
            }
            for org_id in wanted - present:
                try:
                    row = self.service.get(org_id)
                except NotFoundError:
                    continue
                label = f"{row.name} ({row.kind_label})"
                item = QListWidgetItem(label)
                if row.deleted:
                    item.setText(self.tr("{organisation} (deleted)").format(organisation=label))
                    item.setToolTip(
                        self.tr(
                            "Deleted from the register after this meeting was tied to it; the "
                            "tie stays while it is ticked."
                        )
                    )
                self._deleted.add(row.id)  # listed for this meeting only
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.list.insertItem(0, item)
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            ticked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def filter(self, text: str) -> None:
        from samordnare_desktop.domain.validation import match_key

        needle = match_key(text)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in match_key(item.text()))

    def checked_ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(_checked(self.list))


def _checked(items: QListWidget) -> list[uuid.UUID]:
    return [
        items.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(items.count())
        if items.item(i).checkState() == Qt.CheckState.Checked
    ]


class HostCombo(ValueCombo):
    """The municipality's contact who hosts the visit (a removed contact stays shown)."""

    def load(self, municipalities, municipality_id: uuid.UUID | None, selected) -> None:
        self.blockSignals(True)
        self.clear()
        self.add(self.tr("(no host chosen)"), None)
        if municipality_id is not None:
            for contact_id, name, title in municipalities.contact_choices(municipality_id):
                self.add(", ".join(p for p in (name, title) if p), contact_id)
        if selected is not None and self.index_of(selected) < 0:
            self.add(self.tr("(contact removed)"), selected)
        self.set_value(selected)
        self.blockSignals(False)


class LinkedVisits(QObject):
    """The form row that links first visit and follow-ups: a follow-up shows its first visit, a
    first visit its follow-ups; other kinds have no such row."""

    def __init__(self, service, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.label = QLabel(self.tr("First visit"))
        self.value = plain_label()
        self.value.setObjectName("first_visit")
        self.value.setTextFormat(Qt.TextFormat.PlainText)

    def show(
        self,
        form: QFormLayout,
        kind: VisitKind | None,
        municipality_id: uuid.UUID | None,
        visit: VisitRow | None,
    ) -> None:
        form.setRowVisible(self.value, kind in (VisitKind.FIRST, VisitKind.FOLLOW_UP))
        if kind is VisitKind.FIRST:
            self.label.setText(self.tr("Follow-ups"))
            follow_ups = (
                self.service.follow_ups_of(visit.id)
                if visit is not None and visit.kind is VisitKind.FIRST
                else []
            )
            self.value.setText(
                ", ".join(
                    self.tr("{day} ({status})").format(
                        day=f.day.isoformat(), status=f.status.label()
                    )
                    for f in follow_ups
                )
                or self.tr("None planned yet.")
            )
            return
        self.label.setText(self.tr("First visit"))
        first = (
            self.service.first_visit_of(municipality_id)
            if municipality_id is not None and kind is VisitKind.FOLLOW_UP
            else None
        )
        if kind is not VisitKind.FOLLOW_UP:
            self.value.setText(self.tr("–"))
        elif first is None or (visit is not None and first.id == visit.id):
            self.value.setText(self.tr("No first visit yet; linked when one is planned."))
        else:
            self.value.setText(
                self.tr("{day} ({status})").format(
                    day=first.day.isoformat(), status=first.status.label()
                )
            )


class NotesBox(QGroupBox):
    """The visit's notes and minutes: a group around one text field (``edit``)."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(visit_labels()["notes"])
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)  # Tab moves on; a tab character is never wanted
        self.edit.setObjectName("visit_notes")
        self.edit.setAccessibleName(self.tr("Notes and minutes"))
        self.edit.setPlaceholderText(self.tr("Notes and minutes from the visit…"))
        self.edit.setMinimumHeight(90)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        errors.add_row(form, "", self.edit, "notes")
        layout.addLayout(form)
