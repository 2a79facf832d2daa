"""The form beside the agenda table: one item's time, title, kind, presenter and description.

It knows nothing of saving: ``load`` shows an item (or a new one), ``value`` reads what is
typed, ``edited`` fires on every change; the agenda editor decides what to do with it.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop import formatting as fmt
from samordnare_desktop.domain.agenda import AgendaItemKind
from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.services.agendas import (
    DEFAULT_DURATION,
    MAX_DURATION,
    AgendaItemInput,
    item_labels,
    minutes_unit,
)
from samordnare_desktop.ui.widgets.form import FieldErrors
from samordnare_desktop.ui.widgets.number_input import NumberInput
from samordnare_desktop.ui.widgets.time_input import TimeInput
from samordnare_desktop.ui.widgets.value_combo import ValueCombo

# Fields shown under another field's widget (the time row holds start and duration).
FIELD_ALIASES = {"duration_minutes": "start_time"}


class AgendaItemForm(QGroupBox):
    edited = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Item"), parent)
        self.errors = FieldErrors()
        self.start = TimeInput("start_time")  # 9, 930, 9.30, 09:30; empty: after the previous
        # what is typed stays: 1000 or 0 is refused beside the field, never made 100 or 30
        self.duration = NumberInput(
            "duration_minutes", 1, MAX_DURATION, DEFAULT_DURATION, unit=minutes_unit(), step=5
        )
        self.end_label = QLabel()
        self.end_label.setObjectName("end_label")
        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.start)
        when_row.addWidget(self.duration)
        when_row.addWidget(self.end_label, 1)
        self.title_edit = QLineEdit()
        self.kind = ValueCombo()  # keeps the enum: Qt hands a StrEnum back as plain str
        for kind in AgendaItemKind:
            self.kind.addItem(kind.label(), kind)
        self.presenter_name = QLineEdit()
        self.presenter_name.setPlaceholderText(self.tr("Name"))
        self.presenter_title = QLineEdit()
        self.presenter_title.setPlaceholderText(self.tr("Title (optional)"))
        self.presenter_organisation = QLineEdit()
        self.presenter_organisation.setPlaceholderText(self.tr("Organisation (optional)"))
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What happens, who takes part…"))
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(self.fontMetrics().height() * 3)
        self.fields = {  # AgendaItemInput's fields, each with the widget that edits it
            "start_time": self.start,
            "duration_minutes": self.duration,
            "title": self.title_edit,
            "kind": self.kind,
            "presenter_name": self.presenter_name,
            "presenter_title": self.presenter_title,
            "presenter_organisation": self.presenter_organisation,
            "description": self.description,
        }
        for name, widget in self.fields.items():
            widget.setObjectName(name)
        for widget, label in (  # rows whose label belongs to a holder or is empty
            (self.start, self.tr("Start time")),
            (self.duration, self.tr("Duration in minutes")),
            (self.presenter_title, self.tr("Presenter's title")),
            (self.presenter_organisation, self.tr("Presenter's organisation")),
        ):
            widget.setAccessibleName(label)
        labels = item_labels()
        form = QFormLayout()
        for name, widget, shown in (  # the form's rows; "" shows the field under the previous
            ("start_time", when, True),
            ("title", self.title_edit, True),
            ("kind", self.kind, True),
            ("presenter_name", self.presenter_name, True),
            ("presenter_title", self.presenter_title, False),
            ("presenter_organisation", self.presenter_organisation, False),
            ("description", self.description, True),
        ):
            self.errors.add_row(form, labels[name] if shown else "", widget, name)
        self.save_button = QPushButton(self.tr("Save item"))
        self.save_button.setObjectName("save_item")
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setObjectName("revert_item")
        self.form_state = QLabel()
        self.form_state.setObjectName("form_state")
        buttons = QHBoxLayout()
        buttons.addWidget(self.form_state, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self.start.textChanged.connect(lambda *_: self._update_end())
        self.duration.textChanged.connect(lambda *_: self._update_end())
        for widget in self.fields.values():
            _changed(widget).connect(lambda *_: self.edited.emit())
            if isinstance(widget, QLineEdit):
                widget.returnPressed.connect(self.save_requested.emit)

    def text_fields(self) -> list[QWidget]:
        """The fields whose typed text a crash draft keeps."""
        return [w for w in self.fields.values() if isinstance(w, QLineEdit | QPlainTextEdit)]

    def load(self, data: AgendaItemInput, start: time, *, new: bool) -> None:
        self.errors.clear()
        for name, widget in self.fields.items():
            _write(widget, start if name == "start_time" else getattr(data, name))
        self.setTitle(self.tr("New item") if new else self.tr("Edit item"))
        self.save_button.setText(self.tr("Add item") if new else self.tr("Save item"))
        self._update_end()

    def value(self, *, strict: bool = True) -> AgendaItemInput:
        """The typed item; an unreadable start time raises ``ValidationError`` (``strict``) or,
        for comparing with what was loaded, stays its text (so it counts as a change)."""
        return AgendaItemInput(**{name: _read(w, strict) for name, w in self.fields.items()})

    def _update_end(self) -> None:
        start = self.start.value_or_none()
        if start is None:
            self.end_label.setText("")
            return
        duration = self.duration.value_or_none()
        if duration is None:  # refused beside the field: no end to show
            self.end_label.setText("")
            return
        minutes = start.hour * 60 + start.minute + duration
        if minutes > 24 * 60:
            self.end_label.setText(self.tr("ends after midnight"))
            return
        # what is saved and printed: an end at midnight is 24.00, as in the agenda and its PDF
        self.end_label.setText(self.tr("until {time}").format(time=fmt.clock_minutes(minutes)))


# A field's value in and out of its widget, by the widget's type.
def _read(widget: QWidget, strict: bool = True) -> object:
    if isinstance(widget, TimeInput):
        if strict:
            return widget.value()
        try:
            return widget.value()
        except ValidationError:
            return widget.text()
    if isinstance(widget, NumberInput):  # the typed number; its range is the domain's to judge
        if strict:
            return widget.number()
        try:
            return widget.number()
        except ValidationError:
            return widget.text()
    if isinstance(widget, ValueCombo):
        return widget.currentData()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return widget.text()


def _write(widget: QWidget, value: object) -> None:
    if isinstance(widget, TimeInput):
        widget.set_time(value)
    elif isinstance(widget, NumberInput):
        widget.setValue(value)
    elif isinstance(widget, ValueCombo):
        widget.setCurrentIndex(widget.findData(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    else:
        widget.setText(value)


def _changed(widget: QWidget) -> SignalInstance:
    if isinstance(widget, TimeInput):
        return widget.textChanged
    if isinstance(widget, NumberInput):  # any text: "1000" not saved is an unsaved change
        return widget.textChanged
    if isinstance(widget, ValueCombo):
        return widget.currentIndexChanged
    return widget.textChanged
