"""Enter or edit a time study by hand: the period, then one row per respondent with role, days
measured and minutes per category. Shares are computed, never typed; the total is shown live."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.domain.time_study import RespondentRole
from samordnare_desktop.services.time_study import (
    CategoryRow,
    RespondentInput,
    StudyDetails,
    StudyInput,
)
from samordnare_desktop.ui.drafts import DraftKeeper
from samordnare_desktop.ui.errors import attempt
from samordnare_desktop.ui.widgets.form import FieldErrors, date_edit
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.value_combo import ValueCombo

FIXED_COLUMNS = 3  # respondent, role, days
KEPT_ROLE = Qt.ItemDataRole.UserRole


class TimeStudyDialog(QDialog):
    """``save`` is called with the input; the dialog closes only when it succeeded.

    With ``drafts`` (the database path) the typed label, period and notes are kept as a draft of
    the study (a new one: of the municipality) and offered back if the app crashed.
    """

    def __init__(
        self,
        parent: QWidget | None,
        municipality_id: uuid.UUID,
        categories: Sequence[CategoryRow],
        save: Callable[[StudyInput], object],
        study: StudyDetails | None = None,
        default_label: str = "",
        *,
        drafts: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("time_study_dialog")
        self.setWindowTitle(self.tr("Edit time study") if study else self.tr("New time study"))
        self.municipality_id = municipality_id
        self.categories = list(categories)
        self._save = save
        self.errors = FieldErrors()
        today = date.today()
        self.label = QLineEdit(study.row.label if study else default_label)
        self.label.setObjectName("label")
        self.start = date_edit("start_date", study.row.start_date if study else today)
        self.end = date_edit("end_date", study.row.end_date if study else today)
        self.notes = QLineEdit(study.notes if study else "")
        self.notes.setObjectName("notes")
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Label"), self.label, "label")
        self.errors.add_row(form, self.tr("From"), self.start, "start_date")
        self.errors.add_row(form, self.tr("To"), self.end, "end_date")
        self.errors.add_row(form, self.tr("Notes"), self.notes, "notes")

        self.table = QTableWidget(0, FIXED_COLUMNS + len(self.categories))
        self.table.setObjectName("respondents")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Respondent"), self.tr("Role"), self.tr("Days")]
            + [c.name for c in self.categories]
        )
        for column, c in enumerate(self.categories, start=FIXED_COLUMNS):
            self.table.horizontalHeaderItem(column).setToolTip(c.name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setDefaultSectionSize(90)
        self.add_button = QPushButton(self.tr("Add respondent"))
        self.add_button.setObjectName("add_respondent")
        self.remove_button = QPushButton(self.tr("Remove respondent"))
        self.remove_button.setObjectName("remove_respondent")
        self.total = plain_label()
        self.total.setObjectName("total")
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addWidget(self.total, 1)
        table_holder = QFormLayout()
        self.errors.add_row(
            table_holder, self.tr("Minutes over the whole period"), self.table, "respondents"
        )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(table_holder, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(buttons)
        self.resize(1000, 600)

        self.add_button.clicked.connect(lambda: self.add_respondent())
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(lambda _item: self._update_total())
        for r in study.respondents if study else ():
            self.add_respondent(r)
        if not study:
            self.add_respondent()
        self._update_total()
        self.drafts = (
            DraftKeeper(
                self,
                drafts,
                "time-study",
                study.row.id if study else f"new-{municipality_id}",
                fields=[self.label, self.start, self.end, self.notes],
            )
            if drafts is not None
            else None
        )
        self._offered = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.drafts is not None and not self._offered:
            self._offered = True
            self.drafts.offer(self)

    def reject(self) -> None:
        if self.drafts is not None:
            self.drafts.clear()
        super().reject()

    # --- rows --------------------------------------------------------------------------------------
    def add_respondent(self, data: RespondentInput | None = None) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        label = QTableWidgetItem(data.label if data else str(row + 1))
        shown = {c.id for c in self.categories}
        kept = {k.hex: v for k, v in (data.minutes.items() if data else ()) if k not in shown}
        label.setData(KEPT_ROLE, json.dumps(kept))  # minutes of hidden categories stay as they are
        self.table.setItem(row, 0, label)
        role = ValueCombo()
        for r in RespondentRole:
            role.add(r.label(), r)
        if data:
            role.set_value(data.role)
        self.table.setCellWidget(row, 1, role)
        self.table.setItem(row, 2, QTableWidgetItem(f"{data.days:g}" if data else "10"))
        for column, c in enumerate(self.categories, start=FIXED_COLUMNS):
            value = data.minutes.get(c.id, 0) if data else 0
            self.table.setItem(row, column, QTableWidgetItem(str(value)))
        self.table.blockSignals(False)
        self._update_total()
        return row

    def remove_selected(self) -> None:
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(index)
        self._update_total()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def respondents(self) -> tuple[RespondentInput, ...]:
        """The rows as input; a cell that is not a number raises ``ValidationError``."""
        out = []
        for row in range(self.table.rowCount()):
            where = self.tr("Row {row}").format(row=row + 1)
            try:
                days = float(self._text(row, 2).replace(",", ".") or "0")
            except ValueError:
                raise ValidationError(
                    "respondents", self.tr("{where}: days must be a number.").format(where=where)
                ) from None
            minutes: dict[uuid.UUID, int] = {}
            for column, c in enumerate(self.categories, start=FIXED_COLUMNS):
                text = self._text(row, column).replace(" ", "") or "0"
                if not text.isdigit():
                    raise ValidationError(
                        "respondents",
                        self.tr("{where}, {category}: minutes must be a whole number.").format(
                            where=where, category=c.name
                        ),
                    )
                minutes[c.id] = int(text)
            kept = self.table.item(row, 0).data(KEPT_ROLE) if self.table.item(row, 0) else None
            for key, value in json.loads(kept or "{}").items():
                minutes[uuid.UUID(key)] = int(value)
            role = self.table.cellWidget(row, 1).value()
            out.append(RespondentInput(role, days, minutes, self._text(row, 0)))
        return tuple(out)

    def value(self) -> StudyInput:
        return StudyInput(
            self.municipality_id,
            self.label.text(),
            self.start.day(),
            self.end.day(),
            self.respondents(),
            self.notes.text(),
        )

    def _update_total(self) -> None:
        try:
            respondents = self.respondents()
        except ValidationError:
            self.total.setText(self.tr("Check the numbers."))
            return
        minutes = sum(sum(r.minutes.values()) for r in respondents)
        days = sum(r.days for r in respondents)
        self.total.setText(
            self.tr(
                "{n} respondents, {minutes} minutes, {per_day} minutes per day measured"
            ).format(
                n=len(respondents),
                minutes=minutes,
                per_day=f"{minutes / days:.0f}" if days else "–",
            )
        )

    def try_save(self) -> bool:
        if not attempt(self, self.errors, lambda: self._save(self.value())):
            return False
        if self.drafts is not None:
            self.drafts.clear()
        self.accept()
        return True
