"""Rapport…: choose a period (quarter shortcuts), write the coordinator's text, create the PDF
or the Word document; and the final report's draft (Word or PDF) for the whole assignment.

The text is saved per period in the database: switching the period or creating the PDF saves it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.services.reports import (
    Letterhead,
    period_label,
    quarter_of,
    quarter_range,
)
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.context import UiContext
from samordnare_desktop.ui.drafts import DraftKeeper
from samordnare_desktop.ui.errors import attempt, guarded
from samordnare_desktop.ui.files import safe_file_name
from samordnare_desktop.ui.widgets.form import FieldErrors, date_edit
from samordnare_desktop.ui.widgets.labels import plain_label


class ReportDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: UiContext, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_dialog")
        self.setWindowTitle(self.tr("Quarterly report"))
        self.ctx = ctx
        self.service = ctx.services.reports
        self.errors = FieldErrors()
        today = today or date.today()
        year, quarter = quarter_of(today)
        # the quarter just ended is what a quarterly report is usually about
        previous = (year, quarter - 1) if quarter > 1 else (year - 1, 4)

        form = self._build_form(year)
        self._build_buttons(form)
        self._period: tuple[date, date] | None = None
        self._dirty = False
        self.quarter.currentIndexChanged.connect(self._on_quarter)
        # a period is taken when a date field is left (or Enter, or a calendar pick), never
        # while typing: "2026-10-3" on the way to "2026-10-31" is a date, not the period meant
        self.start.editingFinished.connect(self._on_dates)
        self.end.editingFinished.connect(self._on_dates)
        self.text.textChanged.connect(self._on_text)
        for edit in (self.sender, self.recipient, self.reference):
            edit.textEdited.connect(self._on_text)
        self.save_button.clicked.connect(lambda: self.save_text())
        self.create_button.clicked.connect(self.create_pdf)
        self.word_button.clicked.connect(self.create_docx)
        self.final_word.clicked.connect(lambda: self.export_final_report(".docx"))
        self.final_pdf.clicked.connect(lambda: self.export_final_report(".pdf"))
        self.preview_button.clicked.connect(self.preview)
        # typed text survives a crash, as a draft of its period (see ui.drafts)
        self.drafts = DraftKeeper(self, ctx.services.db.path, "report-text", fields=[self.text])
        self._offered = False
        self.quarter.setCurrentIndex(self.quarter.findData("{}Q{}".format(*previous)))
        self.pdf_written: Path | None = None
        self.final_written: Path | None = None

    def _build_form(self, year):
        self.quarter = QComboBox()
        self.quarter.setObjectName("quarter")
        self.quarter.addItem(self.tr("Own period"), None)
        for y in (year - 1, year, year + 1):
            for q in (1, 2, 3, 4):
                self.quarter.addItem(self.tr("Quarter {q} {y}").format(q=q, y=y), f"{y}Q{q}")
        self.start = date_edit("start")
        self.end = date_edit("end")
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)  # Tab moves on; a tab character is never wanted
        self.text.setObjectName("text")
        self.text.setAccessibleName(self.tr("Comments"))
        self.text.setPlaceholderText(
            self.tr("The coordinator's comments for the period (saved with the period)…")
        )
        # the cover's letter head: sender, recipient, diarienummer (saved with the period)
        self.sender = QLineEdit()
        self.sender.setObjectName("sender")
        self.sender.setPlaceholderText(self.tr("e.g. Anna Berg, national coordinator"))
        self.recipient = QLineEdit()
        self.recipient.setObjectName("recipient")
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setMaxLength(100)
        self.reference.setPlaceholderText(self.tr("e.g. S2026/01234"))
        self.status = plain_label()
        form = QFormLayout()
        form.addRow(self.tr("Quarter"), self.quarter)
        self.errors.add_row(form, self.tr("From"), self.start, "start")
        self.errors.add_row(form, self.tr("To"), self.end, "end")
        self.errors.add_row(form, self.tr("Sender"), self.sender, "sender")
        self.errors.add_row(form, self.tr("Recipient"), self.recipient, "recipient")
        self.errors.add_row(
            form, self.tr("Reference no. (diarienummer)"), self.reference, "reference"
        )
        return form

    def _build_buttons(self, form):
        self.save_button = QPushButton(self.tr("Save text"))
        self.save_button.setObjectName("save_text")
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.preview_button.setObjectName("preview")
        self.create_button = QPushButton(self.tr("Create PDF…"))
        self.create_button.setObjectName("create_pdf")
        self.create_button.setDefault(True)
        self.word_button = QPushButton(self.tr("Create Word…"))
        self.word_button.setObjectName("create_docx")
        self.word_button.setToolTip(self.tr("The same report as an editable Word document"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.word_button)
        buttons.addWidget(self.create_button)
        buttons.addWidget(close)
        # the final report: a draft of the whole assignment, finished by hand in Word
        self.final_word = QPushButton(self.tr("Final report (Word)…"))
        self.final_word.setObjectName("final_docx")
        self.final_pdf = QPushButton(self.tr("Final report (PDF)…"))
        self.final_pdf.setObjectName("final_pdf")
        final = QHBoxLayout()
        final.addWidget(
            QLabel(self.tr("Final report: a draft of the whole assignment from the programme")),
            1,
        )
        final.addWidget(self.final_word)
        final.addWidget(self.final_pdf)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Comments")))
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        layout.addLayout(final)
        self.resize(720, 560)

    # --- period ----------------------------------------------------------------------------------
    def period(self) -> tuple[date, date] | None:
        """The typed period; ``None`` (with the refusal beside its field) when a date is not one."""
        try:
            return self.start.day(), self.end.day()
        except ValidationError as exc:
            self.errors.show(exc)
            return None

    def set_period(self, start: date, end: date) -> None:
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.set_day(day)
            edit.blockSignals(False)
        self._on_dates()

    def _on_quarter(self) -> None:
        chosen = self.quarter.currentData()
        if chosen:
            year, quarter = chosen.split("Q")
            self.set_period(*quarter_range(int(year), int(quarter)))

    def _on_dates(self) -> None:
        period = self.period()
        if period is None:
            return
        start, end = period
        self.quarter.blockSignals(True)
        year, quarter = quarter_of(start)
        self.quarter.setCurrentIndex(
            max(0, self.quarter.findData(f"{year}Q{quarter}"))
            if (start, end) == quarter_range(year, quarter)
            else 0
        )
        self.quarter.blockSignals(False)
        if (start, end) == self._period:
            return  # left the field without changing the period
        if self._dirty and self._period is not None and not self._keep_typed(start, end):
            return
        old, self._period = self._period, (start, end)
        self.errors.clear()
        if end < start:
            self.errors.show(
                ValidationError("end", self.tr("The period must end on or after its first day."))
            )
            return
        text = guarded(self, lambda: self.service.text_for(start, end))
        if self._dirty and old is not None and (text or "") != self.text.toPlainText():
            # the typed comments stay, unsaved, now for this period (and so does their draft)
            self.status.setText(self.tr("Unsaved text"))
            self.drafts.move_to(f"{start.isoformat()}_{end.isoformat()}", {"text": text or ""})
            return
        self.text.blockSignals(True)
        self.text.setPlainText(text or "")
        self.text.blockSignals(False)
        head = guarded(self, lambda: self.service.letterhead_for(start, end)) or Letterhead()
        self.sender.setText(head.sender)
        self.recipient.setText(head.recipient)
        self.reference.setText(head.reference)
        self._dirty = False
        self.status.setText(period_label(start, end))
        self.drafts.set_record(f"{start.isoformat()}_{end.isoformat()}")
        if self._offered:  # the first is offered when the dialog appears
            self.drafts.offer(self)

    def _keep_typed(self, start: date, end: date) -> bool:
        """Typed comments and another period chosen: ``True`` to go on to the new period.

        When the new period has no saved text the typed text simply stays in the box (for the
        period now shown, unsaved); otherwise the person says whether to save it for the old
        period, drop it, or stay (Cancel puts the old dates back). Nothing is lost or moved
        unasked."""
        assert self._period is not None
        stored = guarded(self, lambda: self.service.text_for(start, end)) or ""
        if not stored.strip() or stored == self.text.toPlainText():
            return True
        old_start, old_end = self._period
        answer = messages.ask_save(
            self,
            self.tr("Unsaved changes"),
            self.tr(
                "The comments typed for {old} are not saved, and {new} has comments of its own. "
                "Save the typed comments for {old} first?"
            ).format(old=period_label(old_start, old_end), new=period_label(start, end)),
        )
        if answer == "save" and self.save_text(self._period):
            return True
        if answer == "discard":
            self._dirty = False
            return True
        self._restore_period()
        return False

    def _restore_period(self) -> None:
        """Put the shown period's dates (and quarter) back after a Cancel."""
        assert self._period is not None
        start, end = self._period
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.set_day(day)
            edit.blockSignals(False)
        year, quarter = quarter_of(start)
        self.quarter.blockSignals(True)
        self.quarter.setCurrentIndex(
            max(0, self.quarter.findData(f"{year}Q{quarter}"))
            if (start, end) == quarter_range(year, quarter)
            else 0
        )
        self.quarter.blockSignals(False)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._offered:
            self._offered = True
            self.drafts.offer(self)

    def _on_text(self) -> None:
        self._dirty = True
        self.status.setText(self.tr("Unsaved text"))

    # --- actions ---------------------------------------------------------------------------------
    def save_text(self, period: tuple[date, date] | None = None) -> bool:
        period = period or self.period()
        if period is None:
            return False
        start, end = period
        text = self.text.toPlainText()
        head = self.letterhead()
        if not attempt(self, self.errors, lambda: self.service.save_text(start, end, text, head)):
            return False
        self._dirty = False
        self.drafts.mark_saved()
        self.status.setText(self.tr("Text saved"))
        return True

    def letterhead(self) -> Letterhead:
        return Letterhead(self.sender.text(), self.recipient.text(), self.reference.text())

    def preview(self) -> None:
        """The report as it will print (same PDF), after saving the text."""
        from samordnare_desktop.ui import pdf_output
        from samordnare_desktop.ui.operations import run_in_background

        period = self.period()
        if period is None or not self.save_text():
            return
        start, end = period
        run_in_background(  # the report is built off the GUI thread, then previewed
            self,
            lambda _progress: self.service.build_pdf(start, end),
            lambda pdf: pdf_output.preview_pdf(self, pdf, period_label(start, end)),
            title=self.tr("Creating the report…"),
        )

    def create_pdf(self) -> None:
        self._create(".pdf")

    def create_docx(self) -> None:
        """The quarterly report as an editable Word document (the same figures and text)."""
        self._create(".docx")

    def _create(self, suffix: str) -> None:
        from samordnare_desktop.ui import files
        from samordnare_desktop.ui.operations import run_in_background

        period = self.period()
        if period is None or not self.save_text():
            return
        start, end = period
        path = files.ask_save_path(
            self,
            self.tr("Save report"),
            safe_file_name(
                self.tr("Quarterly report {period}").format(period=period_label(start, end))
            )
            + suffix,
            self.tr("Word document (*.docx)")
            if suffix == ".docx"
            else self.tr("PDF document (*.pdf)"),
        )
        if path is None:
            return
        if path.suffix.lower() != suffix:
            path = path.with_suffix(suffix)
        write = self.service.write_docx if suffix == ".docx" else self.service.write_pdf

        def done(written: Path) -> None:
            self.pdf_written = written
            self.ctx.show_status(self.tr("Report written: {path}").format(path=str(written)))
            messages.inform(
                self, self.tr("Report"), self.tr("Report written: {path}").format(path=str(written))
            )

        run_in_background(
            self,
            lambda _progress: write(start, end, path),
            done,
            title=self.tr("Creating the report…"),
        )

    def export_final_report(self, suffix: str) -> None:
        """The final report's draft as Word or PDF, built in the background with progress."""
        from samordnare_desktop.ui import files
        from samordnare_desktop.ui.operations import run_in_background

        word = suffix == ".docx"
        path = files.ask_save_path(
            self,
            self.tr("Save the final report"),
            safe_file_name(self.tr("Final report {date}").format(date=date.today().isoformat()))
            + suffix,
            self.tr("Word document (*.docx)") if word else self.tr("PDF document (*.pdf)"),
        )
        if path is None:
            return
        if path.suffix.lower() != suffix:
            path = path.with_suffix(suffix)
        final_report = self.ctx.services.final_report

        def done(written: Path) -> None:
            self.final_written = written
            message = self.tr("Final report written: {path}").format(path=str(written))
            self.ctx.show_status(message)
            messages.inform(self, self.tr("Final report"), message)

        run_in_background(
            self,
            lambda progress: final_report.write(path, progress),
            done,
            title=self.tr("Creating the final report…"),
        )

    def reject(self) -> None:
        if self._dirty and self._period is not None and not self.save_text(self._period):
            self.drafts.save_now()  # not saved: the text is kept as a draft
        super().reject()
