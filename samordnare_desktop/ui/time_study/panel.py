"""The time study in a municipality's details panel (Kommuner tab): a compact chart of every
measurement beside the programme median, "Show figures" one click away, and the buttons to
enter, import, edit and delete measurements (delete confirms and can be undone)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from samordnare_desktop.ui import messages
from samordnare_desktop.ui.context import UiContext
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.time_study.view import TimeStudyView
from samordnare_desktop.ui.undo import push_undoable


class TimeStudyPanel(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Time study"), parent)
        self.setObjectName("time_study_panel")
        self.ctx = ctx
        self.municipality_id: uuid.UUID | None = None
        self.view = TimeStudyView(compact=True)
        self.study = QComboBox()
        self.study.setObjectName("study_choice")
        self.study.setToolTip(self.tr("The measurement that Edit and Delete act on"))
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setObjectName("new_study")
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("import_study")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit_study")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete_study")
        self.categories_button = QPushButton(self.tr("Categories…"))
        self.categories_button.setObjectName("categories")
        row = QHBoxLayout()
        row.addWidget(self.study, 1)
        for button in (
            self.new_button,
            self.import_button,
            self.edit_button,
            self.delete_button,
            self.categories_button,
        ):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.study.setMinimumContentsLength(12)
        self.new_button.clicked.connect(self.new_study)
        self.import_button.clicked.connect(self.import_study)
        self.edit_button.clicked.connect(self.edit_study)
        self.delete_button.clicked.connect(self.delete_study)
        self.categories_button.clicked.connect(self.edit_categories)

    @property
    def service(self):
        return self.ctx.services.time_studies

    def set_municipality(self, municipality_id: uuid.UUID | None) -> None:
        self.municipality_id = municipality_id
        self.refresh()

    def refresh(self, select: uuid.UUID | None = None) -> None:
        municipality_id = self.municipality_id
        comparison = (
            guarded(self, lambda: self.service.comparison(municipality_id))
            if municipality_id
            else None
        )
        chosen = str(select) if select else self.study.currentData()
        self.study.clear()
        for summary in comparison.studies if comparison else ():
            self.study.addItem(
                f"{summary.study.label} · {summary.study.end_date.isoformat()}",
                str(summary.study.id),
            )
        index = self.study.findData(chosen) if chosen else self.study.count() - 1
        self.study.setCurrentIndex(index if index >= 0 else self.study.count() - 1)
        has = self.study.count() > 0
        for widget in (self.study, self.edit_button, self.delete_button):
            widget.setEnabled(has)
        self.view.set_comparison(comparison)

    def _current_study(self) -> uuid.UUID | None:
        data = self.study.currentData()
        return uuid.UUID(data) if data else None

    def _changed(self, select: uuid.UUID | None = None) -> None:
        self.refresh(select)
        self.ctx.bus.changed.emit("time_studies")

    def _next_label(self) -> str:
        return self.tr("Measurement {n}").format(n=self.study.count() + 1)

    def new_study(self) -> None:
        from samordnare_desktop.ui.time_study.dialog import TimeStudyDialog

        if self.municipality_id is None:
            return
        created = []
        dialog = TimeStudyDialog(
            self,
            self.municipality_id,
            self.service.categories(),
            lambda data: created.append(self.service.create(data)),
            default_label=self._next_label(),
            drafts=self.ctx.services.db.path,
        )
        if dialog.exec():
            self._changed(created[-1].id if created else None)
            self.ctx.show_status(self.tr("Time study saved."))

    def import_study(self) -> None:
        from samordnare_desktop.ui.time_study.import_dialog import TimeStudyImportDialog

        if self.municipality_id is None:
            return
        dialog = TimeStudyImportDialog(self, self.service, self.municipality_id, self._next_label())
        if dialog.exec():
            self._changed(dialog.saved_id)
            self.ctx.show_status(self.tr("Time study imported."))

    def edit_study(self) -> None:
        from samordnare_desktop.ui.time_study.dialog import TimeStudyDialog

        study_id = self._current_study()
        if study_id is None or self.municipality_id is None:
            return
        details = guarded(self, lambda: self.service.details(study_id))
        if details is None:
            return
        dialog = TimeStudyDialog(
            self,
            self.municipality_id,
            self.service.categories(),
            lambda data: self.service.update(study_id, data, expected_version=details.row.version),
            details,
            drafts=self.ctx.services.db.path,
        )
        if dialog.exec():
            self._changed()

    def edit_categories(self) -> None:
        from samordnare_desktop.ui.time_study.categories_dialog import TimeCategoriesDialog

        TimeCategoriesDialog(self, self.ctx).exec()
        self.refresh()

    def delete_study(self) -> None:
        study_id = self._current_study()
        if study_id is None:
            return
        label = self.study.currentText()
        if not messages.confirm(
            self,
            self.tr("Delete time study"),
            self.tr("Delete the time study {label}? You can undo this with Ctrl+Z.").format(
                label=label
            ),
        ):
            return
        if not push_undoable(
            self,
            self.ctx.undo_stack,
            self.tr("Delete time study {label}").format(label=label),
            lambda: self.service.delete(study_id),
            lambda: self.service.restore(study_id),
            self._changed,
        ):
            return
        self.ctx.show_status(self.tr("Time study deleted. Ctrl+Z undoes."))
