"""The form for one municipality's (region's, SiS home's) figures for one period: a grid of counts
per placement form (placed, own, bought, and the needs not met), the totals for the period, and
the focus groups the figures concern. A blank cell is "not given"; 0 is a count."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.care_places import (
    MAX_COST_KSEK,
    MAX_COUNT,
    PERIOD_TYPING_LENGTH,
    LineInput,
    Measure,
    PlacementForm,
    ReportInput,
    Total,
    count_value,
    line_field,
    parse_period,
)
from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.domain.organisation import OrganisationKind
from samordnare_desktop.services.care_places import (
    CarePlaceService,
    CareReportRow,
    FiguresExist,
    FocusGroupRow,
)
from samordnare_desktop.ui import messages, theme
from samordnare_desktop.ui.errors import guarded, show_error
from samordnare_desktop.ui.widgets.form import limit_typing
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.value_combo import ValueCombo

BLANK = -1  # the spin box's "not given"


class CountBox(QLineEdit):
    """A count or blank ("not given", ``None``). What is typed is read as it is written and
    refused beside the field when it is not a whole number from 0 to the limit ("1,5", "-5",
    "=3", 99999999): never rounded, clamped or blanked silently."""

    def __init__(
        self, name: str, limit: int = MAX_COUNT, *, field: str = "", label: str = ""
    ) -> None:
        super().__init__()
        self.setObjectName(name)
        self.limit = limit
        self.field = field or name
        self.label = label
        self.setPlaceholderText("–")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(56)
        self.setMaxLength(24)

    def count(self) -> int | None:
        """The count, ``None`` when blank; raises ``ValidationError`` (naming this field)."""
        return count_value(
            self.text(), self.field, self.label or self.accessibleName(), limit=self.limit
        )

    def set_count(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))

    def setValue(self, value: int) -> None:
        self.set_count(None if value == BLANK else value)

    def value(self) -> int:
        try:
            count = self.count()
        except ValidationError:
            return BLANK
        return BLANK if count is None else count


class ReportForm(QWidget):
    """Emits ``saved(report_id)`` and ``deleted()`` after the service did it, and ``found(row)``
    when new figures turn out to be saved already (the form then shows those)."""

    saved = Signal(object)
    deleted = Signal()
    found = Signal(object)

    def __init__(self, service: CarePlaceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("care_report_form")
        self.service = service
        self.current: CareReportRow | None = None
        head = self._build_head()
        grid = self._build_grid()
        totals_row = self._build_totals()
        focus_box = self._build_focus()
        buttons, note = self._build_buttons()
        self._build_layout(buttons, focus_box, grid, head, note, totals_row)
        self._filled = self._counts()  # what the boxes were filled with, not typed
        self._filled_ticks: frozenset = frozenset()
        self._filled_from: uuid.UUID | None = None  # whose figures filled them
        self.mark_clean()

    def _build_head(self):
        self.organisation = ValueCombo()
        self.organisation.setObjectName("organisation_id")
        self.organisation.setAccessibleName(self.tr("Municipality, region or SiS home"))
        self.period = QLineEdit()
        self.period.setObjectName("period")
        self.period.setAccessibleName(self.tr("Period"))
        self.period.setPlaceholderText(self.tr("2025 or 2025-06-30"))
        self.period.setMaximumWidth(120)
        self.period_error = plain_label()
        self.period_error.setObjectName("period_error")
        theme.style_label(self.period_error, "error")
        self.period_error.setVisible(False)
        limit_typing(self.period, PERIOD_TYPING_LENGTH, self.period_error)
        self.hint = plain_label()
        self.hint.setObjectName("form_hint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)
        self.organisation.currentIndexChanged.connect(lambda _i: self._start_from_saved())
        self.period.editingFinished.connect(self._start_from_saved)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Municipality, region or SiS home")))
        head.addWidget(self.organisation, 1)
        period_label = QLabel(self.tr("Period"))
        period_label.setBuddy(self.period)
        head.addWidget(period_label)
        head.addWidget(self.period)
        return head

    def _build_grid(self):
        self.boxes: dict[tuple[PlacementForm, Measure], CountBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        for column, measure in enumerate(Measure, start=1):
            caption = QLabel(measure.label())
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(caption, 0, column)
        for row, form in enumerate(PlacementForm, start=1):
            label = QLabel(("    " if form.parent else "") + form.label())
            grid.addWidget(label, row, 0)
            for column, measure in enumerate(Measure, start=1):
                box = CountBox(
                    f"count_{line_field(form, measure)}",
                    field=line_field(form, measure),
                    label=f"{form.label()}, {measure.label().lower()}",
                )
                box.setAccessibleName(f"{form.label()}: {measure.label()}")
                self.boxes[(form, measure)] = box
                grid.addWidget(box, row, column)
        return grid

    def _build_totals(self):
        self.totals: dict[Total, CountBox] = {}
        totals_row = QHBoxLayout()
        for total in Total:
            box = CountBox(
                f"total_{total.value}",
                MAX_COST_KSEK if total is Total.COST_KSEK else MAX_COUNT,
                field=total.value,
                label=total.label(),
            )
            box.setAccessibleName(total.label())
            self.totals[total] = box
            caption = QLabel(total.label())
            caption.setBuddy(box)
            totals_row.addWidget(caption)
            totals_row.addWidget(box)
            totals_row.addSpacing(12)
        totals_row.addStretch(1)
        self.sum_label = plain_label()
        self.sum_label.setObjectName("sum_label")
        self.error = plain_label()
        self.error.setObjectName("form_error")
        theme.style_label(self.error, "error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        return totals_row

    def _build_focus(self):
        self.focus = QListWidget()
        self.focus.setObjectName("focus_groups")
        self.focus.setAccessibleName(self.tr("Focus groups"))
        self.focus.setMaximumHeight(90)
        focus_box = QGroupBox(self.tr("Focus groups these figures concern"))
        QVBoxLayout(focus_box).addWidget(self.focus)
        return focus_box

    def _build_buttons(self):
        note = plain_label(
            self.tr(
                "Counts only: no child is named or described here. A blank cell is not given; "
                "own + bought must equal placed when all three are given."
            )
        )
        note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save figures"))
        self.save_button.setObjectName("save_figures")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete_figures")
        buttons = QHBoxLayout()
        buttons.addWidget(self.sum_label, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        return buttons, note

    def _build_layout(self, buttons, focus_box, grid, head, note, totals_row):
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        # under the head row, right-aligned below the period field (beside it, it squeezed the
        # organisation's list to "Välj…")
        self.period_error.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.period_error)
        layout.addWidget(self.hint)
        layout.addLayout(grid)
        layout.addLayout(totals_row)
        layout.addWidget(self.error)
        layout.addWidget(focus_box)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for box in self.boxes.values():
            box.textChanged.connect(self._update_sum)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self._delete)

    # --- filling ------------------------------------------------------------------------------
    def set_choices(
        self,
        organisations: list[tuple[uuid.UUID, str, OrganisationKind, str]],
        groups: list[FocusGroupRow],
    ) -> None:
        chosen = self.organisation.value()
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.add(self.tr("Choose…"), None)
        for org_id, name, kind, code in organisations:
            label = f"{code} {name}" if code else f"{name} ({kind.label()})"
            self.organisation.add(label, org_id)
        self.organisation.set_value(chosen)
        self.organisation.blockSignals(False)
        ticked = self._ticked()
        self.focus.clear()
        for group in groups:
            item = QListWidgetItem(group.label)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if group.id in ticked else Qt.CheckState.Unchecked
            )
            self.focus.addItem(item)

    before_save: CareReportRow | None = None
    last_deleted: CareReportRow | None = None

    def show_report(self, row: CareReportRow | None, *, period: str = "") -> None:
        self.current = row
        self._clear_error()
        self.hint.setVisible(False)
        self.organisation.set_value(row.organisation_id if row else None)
        self.organisation.setEnabled(row is None)
        self.period.setText(row.period if row else period)
        self.period.setReadOnly(row is not None)
        self._fill(row)
        self.delete_button.setEnabled(row is not None)
        self._update_sum()
        self.mark_clean()

    def _fill(self, row: CareReportRow | None) -> None:
        """The counts, totals and focus groups of ``row`` (all blank for ``None``)."""
        for (form, measure), box in self.boxes.items():
            box.blockSignals(True)  # one sum at the end, not one per cell
            box.set_count(row.value(form, measure) if row else None)
            box.blockSignals(False)
        for total, box in self.totals.items():
            box.set_count(getattr(row, total.value) if row else None)
        _set_ticks(self.focus, set(row.focus_group_ids) if row else set())
        self._filled = self._counts()
        self._filled_ticks = frozenset(self._ticked())
        self._filled_from = row.organisation_id if row else None

    def _start_from_saved(self) -> None:
        """New figures, once the organisation is chosen: its saved figures for the period typed
        open (``found``); without such, the boxes fill with its latest figures, to be edited
        rather than typed again. Never over counts the user typed, nor over a focus group the
        user ticked; another organisation's figures filled in before are replaced."""
        organisation = self.organisation.value()
        if self.current is not None or organisation is None:
            return
        try:
            period = parse_period(self.period.text())
        except ValidationError:  # no period yet (or not one): start from the latest figures
            period = None
        boxes = [*self.boxes.values(), *self.totals.values()]
        typed = {i: b.text() for i, b in enumerate(boxes) if b.text() != self._filled[i]}
        ticked = set(self._ticked())
        user_ticks = frozenset(ticked) != self._filled_ticks
        if typed and self._filled_from in (None, organisation):
            return  # typed first (or over this organisation's figures): never overwritten
        if typed:  # over another organisation's figures: those go, what was typed stays
            self._fill(guarded(self, lambda: self.service.latest(organisation, period)))
            for i, text in typed.items():
                boxes[i].setText(text)
            _set_ticks(self.focus, ticked if user_ticks else set(self._ticked()))
            self._update_sum()
            self._say(
                self.tr(
                    "The figures of the municipality chosen before are gone; what you typed "
                    "is kept."
                )
            )
            return
        if period is not None:
            existing = guarded(self, lambda: self.service.find(organisation, period) or False)
            if existing:
                self.show_report(existing)
                self._say(
                    self.tr("{name} already has figures for {period}: they are shown here.").format(
                        name=existing.organisation_name, period=existing.period
                    )
                )
                self.found.emit(existing)
                return
        latest = guarded(self, lambda: self.service.latest(organisation, period) or False)
        self._fill(latest or None)
        if user_ticks:  # a focus group the user ticked stays ticked
            _set_ticks(self.focus, ticked)
        self._update_sum()
        self._baseline = (*self._baseline[:2], *self._typed()[2:])  # filled in, not typed
        if latest:
            self._say(
                self.tr(
                    "Filled in from the figures for {period}: change what differs, then save."
                ).format(period=latest.period)
            )
        else:
            self.hint.setVisible(False)

    def _say(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(True)

    def _counts(self) -> list[str]:
        return [b.text() for b in (*self.boxes.values(), *self.totals.values())]

    def _typed(self) -> tuple:
        ticked = frozenset(self._ticked())  # a ticked focus group is an edit like a count
        return (self.organisation.value(), self.period.text(), self._counts(), ticked)

    def mark_clean(self) -> None:
        self._baseline = self._typed()

    def is_dirty(self) -> bool:
        """Something typed or ticked (a focus group) that is not saved."""
        return self._typed() != self._baseline

    def data(self) -> ReportInput:
        lines = {}
        for form in PlacementForm:
            values = {m.value: self.boxes[(form, m)].count() for m in Measure}
            line = LineInput(**values)
            if not line.is_empty:
                lines[form] = line
        organisation = self.organisation.value()
        return ReportInput(
            organisation_id=organisation or uuid.UUID(int=0),
            period=self.period.text(),
            lines=lines,
            breakdowns=self.totals[Total.BREAKDOWNS].count(),
            emergency_placements=self.totals[Total.EMERGENCY_PLACEMENTS].count(),
            cost_ksek=self.totals[Total.COST_KSEK].count(),
            focus_group_ids=tuple(self._ticked()),
        )

    # --- actions ------------------------------------------------------------------------------
    def save(self) -> bool:
        self._clear_error()
        current = self.current
        self.before_save = current  # what Ctrl+Z puts back (the tab records it)
        try:
            data = self.data()  # a box that holds no count is refused beside it
            row = self.service.save(
                data, expected_version=current.version if current else None, new=current is None
            )
        except FiguresExist as exc:
            self._show_error(exc)
            if messages.confirm(
                self,
                self.tr("Figures already saved"),
                self.tr(
                    "{message}\n\nOpen the saved figures of {name} for {period}? What you typed "
                    "here is not kept."
                ).format(
                    message=exc.message,
                    name=exc.existing.organisation_name,
                    period=exc.existing.period,
                ),
            ):
                self.show_report(exc.existing)
                self.error.setText(exc.message)  # why the saved figures are shown now
                self.error.setVisible(True)
            return False
        except ValidationError as exc:
            self._show_error(exc)
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.show_report(row)
        self.saved.emit(row.id)
        return True

    def _delete(self) -> None:
        current = self.current
        if current is None:
            return
        if not messages.confirm(
            self,
            self.tr("Delete figures"),
            self.tr("Delete the figures of {name} for {period}?").format(
                name=current.organisation_name, period=current.period
            ),
        ):
            return
        if guarded(self, lambda: self.service.delete(current.id) or True) is None:
            return
        self.last_deleted = current  # what Ctrl+Z restores (the tab records it)
        self.show_report(None, period=current.period)
        self.deleted.emit()

    # --- internals ----------------------------------------------------------------------------
    def _ticked(self) -> list[uuid.UUID]:
        return [
            self.focus.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.focus.count())
            if self.focus.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _widget_for(self, field: str) -> QWidget | None:
        if field == "organisation_id":
            return self.organisation
        if field == "period":
            return self.period
        for (form, measure), box in self.boxes.items():
            if line_field(form, measure) == field:
                return box
        for total, box in self.totals.items():
            if total.value == field:
                return box
        return None

    def _show_error(self, exc: ValidationError) -> None:
        self.error.setText(exc.message)
        self.error.setVisible(True)
        widget = self._widget_for(exc.field)
        if widget is not None:
            widget.setStyleSheet(
                f"background: {theme.hex_colour('flag_bg')}; color: {theme.hex_colour('error')};"
            )
            widget.setFocus()

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.setVisible(False)
        for widget in (self.organisation, self.period, *self.boxes.values(), *self.totals.values()):
            widget.setStyleSheet("")

    def _update_sum(self) -> None:
        try:
            total = self.data().total()
        except ValidationError:  # a box not yet a count: refused beside it on save
            total = None
        self.sum_label.setText(
            self.tr("All placed: {n}").format(n=total) if total is not None else ""
        )


def _set_ticks(focus: QListWidget, ticked: set) -> None:
    for index in range(focus.count()):
        item = focus.item(index)
        item.setCheckState(
            Qt.CheckState.Checked
            if item.data(Qt.ItemDataRole.UserRole) in ticked
            else Qt.CheckState.Unchecked
        )
