"""The form beside the agenda table: one item's time, title, kind, presenter and description.

It knows nothing of saving: ``load`` shows an item (or a new one), ``value`` reads what is
typed, ``edited`` fires on every change; the agenda editor decides what to do with it.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.agenda import AgendaItemKind
from samordnare_desktop.i18n import language
from samordnare_desktop.pdf import formatting as fmt
from samordnare_desktop.services.agendas import AgendaItemInput, from_minutes
from samordnare_desktop.ui.widgets.form import FieldErrors
from samordnare_desktop.ui.widgets.value_combo import ValueCombo

# Fields shown under another field's widget (the time row holds start and duration).
FIELD_ALIASES = {"duration_minutes": "start_time"}


class AgendaItemForm(QGroupBox):
    edited = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Item"), parent)
        self.errors = FieldErrors()
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH.mm" if language() == "sv" else "HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(1, 12 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
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
        for widget, name in self.field_widgets():
            widget.setObjectName(name)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Time"), when, "start_time")
        self.errors.add_row(form, self.tr("Title"), self.title_edit, "title")
        self.errors.add_row(form, self.tr("Kind"), self.kind, "kind")
        self.errors.add_row(form, self.tr("Presenter"), self.presenter_name, "presenter_name")
        self.errors.add_row(form, "", self.presenter_title, "presenter_title")
        self.errors.add_row(form, "", self.presenter_organisation, "presenter_organisation")
        self.errors.add_row(form, self.tr("Description"), self.description, "description")
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

        self.start.timeChanged.connect(lambda *_: self._update_end())
        self.duration.valueChanged.connect(lambda *_: self._update_end())
        for signal in (
            self.start.timeChanged,
            self.duration.valueChanged,
            self.title_edit.textChanged,
            self.kind.currentIndexChanged,
            self.presenter_name.textChanged,
            self.presenter_title.textChanged,
            self.presenter_organisation.textChanged,
            self.description.textChanged,
        ):
            signal.connect(lambda *_: self.edited.emit())
        for edit in (
            self.title_edit,
            self.presenter_name,
            self.presenter_title,
            self.presenter_organisation,
        ):
            edit.returnPressed.connect(self.save_requested.emit)

    def field_widgets(self) -> list[tuple[QWidget, str]]:
        """Each widget with the field of ``AgendaItemInput`` it edits."""
        return [
            (self.start, "start_time"),
            (self.duration, "duration_minutes"),
            (self.title_edit, "title"),
            (self.kind, "kind"),
            (self.presenter_name, "presenter_name"),
            (self.presenter_title, "presenter_title"),
            (self.presenter_organisation, "presenter_organisation"),
            (self.description, "description"),
        ]

    def text_fields(self) -> list[QWidget]:
        """The fields whose typed text a crash draft keeps."""
        return [
            self.title_edit,
            self.presenter_name,
            self.presenter_title,
            self.presenter_organisation,
            self.description,
        ]

    def load(self, data: AgendaItemInput, start: time, *, new: bool) -> None:
        self.errors.clear()
        self.start.setTime(QTime(start.hour, start.minute))
        self.duration.setValue(data.duration_minutes)
        self.title_edit.setText(data.title)
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        self.presenter_name.setText(data.presenter_name)
        self.presenter_title.setText(data.presenter_title)
        self.presenter_organisation.setText(data.presenter_organisation)
        self.description.setPlainText(data.description)
        self.setTitle(self.tr("New item") if new else self.tr("Edit item"))
        self.save_button.setText(self.tr("Add item") if new else self.tr("Save item"))
        self._update_end()

    def value(self) -> AgendaItemInput:
        start = self.start.time()
        return AgendaItemInput(
            title=self.title_edit.text(),
            duration_minutes=self.duration.value(),
            start_time=time(start.hour(), start.minute()),
            kind=self.kind.currentData(),
            description=self.description.toPlainText(),
            presenter_name=self.presenter_name.text(),
            presenter_title=self.presenter_title.text(),
            presenter_organisation=self.presenter_organisation.text(),
        )

    def _update_end(self) -> None:
        start = self.start.time()
        minutes = start.hour() * 60 + start.minute() + self.duration.value()
        if minutes > 24 * 60:
            self.end_label.setText(self.tr("ends after midnight"))
            return
        end = from_minutes(min(minutes, 24 * 60 - 1))
        self.end_label.setText(self.tr("until {time}").format(time=fmt.clock(end)))
