"""Every number a person types in a dialog, with real keys (select all, type, Tab, save): kept
as typed, or refused beside the field with nothing saved. ``QSpinBox`` changed them silently
("-5" read 5, "13" read 1, "0" went back to the previous number) and saved what it made."""

from __future__ import annotations

from datetime import date

import pytest

from samordnare_desktop.domain.participant import ParticipantCategory
from samordnare_desktop.services import server_settings as ss
from samordnare_desktop.ui.overview.assignment_dialog import AssignmentDialog
from samordnare_desktop.ui.teamserver.dialog import TeamServerDialog
from samordnare_desktop.ui.visits.audience_dialog import AudienceDialog
from tests.factories import make_visit
from tests.helpers import type_date
from tests.ui.test_number_input import retype

REFUSED = ["-5", "0", "abc", ""]


def shown(qtbot, dialog):
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # waitActive can return while the main window is
    return dialog


def assignment(qtbot, main_window) -> AssignmentDialog:
    dialog = AssignmentDialog(main_window, main_window.ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Samordnare")
    type_date(qtbot, dialog.start, "2026-01-01")
    type_date(qtbot, dialog.final, "2027-06-30")
    return shown(qtbot, dialog)


@pytest.mark.parametrize(
    ("field", "typed"),
    [(f, t) for f in ("every", "weeks") for t in REFUSED] + [("every", "13"), ("weeks", "105")],
)
def test_assignment_numbers_refused_as_typed(qtbot, main_window, messages, field, typed) -> None:
    dialog = assignment(qtbot, main_window)
    edit = getattr(dialog, field)
    retype(qtbot, edit, typed)
    assert edit.text() == typed
    assert dialog.errors.message(edit.field)  # said beside the field when it was left
    assert not dialog.try_save()
    assert main_window.ctx.services.assignment.get() is None
    assert edit.text() == typed and dialog.errors.message(edit.field)


def test_assignment_numbers_saved_as_typed(qtbot, main_window, messages) -> None:
    dialog = assignment(qtbot, main_window)
    retype(qtbot, dialog.every, "12")
    retype(qtbot, dialog.weeks, "104")
    assert dialog.try_save()
    saved = main_window.ctx.services.assignment.get()
    assert (saved.report_every_months, saved.plan_due_weeks) == (12, 104)


@pytest.mark.parametrize("typed", [*REFUSED, "100001"])
def test_a_headcount_refused_as_typed(qtbot, main_window, messages, typed) -> None:
    services = main_window.ctx.services
    visit = make_visit(services, day=date(2026, 3, 4))
    dialog = shown(qtbot, AudienceDialog(services, visit.id))
    qtbot.addWidget(dialog)
    dialog.category.set_value(ParticipantCategory.CHILD)
    retype(qtbot, dialog.count, typed)
    assert dialog.count.text() == typed
    assert dialog.count_errors.message("count")
    assert not dialog.add_headcount()
    assert services.headcounts.headcounts(visit.id) == []
    assert dialog.count.text() == typed and dialog.count_errors.message("count")
    retype(qtbot, dialog.count, "16")
    assert dialog.count_errors.message("count") == ""
    assert dialog.add_headcount()
    assert [h.count for h in services.headcounts.headcounts(visit.id)] == [16]


@pytest.mark.parametrize("typed", [*REFUSED, "65536", "70000"])
def test_a_team_server_port_refused_as_typed(qtbot, main_window, messages, db_path, typed):
    dialog = shown(qtbot, TeamServerDialog(main_window, main_window.ctx))
    qtbot.addWidget(dialog)
    dialog.host.setText("teamserver.example.se")
    dialog.user.setText("anna.berg")
    retype(qtbot, dialog.port, typed)
    assert dialog.port.text() == typed
    assert dialog.errors.message("port")
    assert not dialog.try_save()
    assert ss.load(db_path) is None
    assert dialog.port.text() == typed and dialog.errors.message("port")
    retype(qtbot, dialog.port, "6543")
    assert dialog.try_save()
    assert ss.load(db_path).port == 6543


@pytest.mark.parametrize("typed", ["-5", "abc", "", "501", "1000"])
def test_blank_rows_of_a_sign_in_sheet_refused_as_typed(qtbot, tmp_path, typed) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

    from samordnare_desktop.ui.participants.pdf_dialogs import SigninSheetDialog

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = shown(qtbot, SigninSheetDialog(None, settings))
    qtbot.addWidget(dialog)
    retype(qtbot, dialog.blank_rows, typed)
    assert dialog.blank_rows.text() == typed
    assert "Skriv ett tal från 0 till 500." in dialog.errors.message("blank_rows")
    buttons = dialog.findChild(QDialogButtonBox)
    save = buttons.button(QDialogButtonBox.StandardButton.Ok)
    for button in (save, dialog.findChild(QPushButton, "preview")):
        button.click()  # "Save PDF…" and "Print preview…" alike: no sheet with another number
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.blank_rows.text() == typed and dialog.errors.message("blank_rows")
    retype(qtbot, dialog.blank_rows, "0")
    save.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.blank_rows.value() == 0
    dialog.remember()
    assert SigninSheetDialog(None, settings).blank_rows.value() == 0  # 0 remembered, not 10


@pytest.mark.parametrize(
    ("field", "typed"),
    [("copies", t) for t in [*REFUSED, "501"]]
    + [("from_page", "5"), ("to_page", "0"), ("from_page", "abc")],
)
def test_pages_and_copies_to_print_refused_as_typed(
    qtbot, monkeypatch, tmp_path, messages, field, typed
) -> None:
    from samordnare_desktop.pdf.badges import Card, badges_pdf
    from samordnare_desktop.ui import print_preview

    monkeypatch.setattr(
        print_preview, "available_printers", lambda: [print_preview.PrinterChoice("Kontor", True)]
    )
    pdf = badges_pdf([Card(f"Namn {n}", "Org") for n in range(30)], "Mjölby")  # 4 pages
    window = shown(qtbot, print_preview.PrintPreviewWindow(None, pdf, "Namnbrickor"))
    qtbot.addWidget(window)
    edit = getattr(window, field)
    retype(qtbot, edit, typed)
    assert edit.text() == typed
    assert window.errors.message(field)
    if field != "copies":
        assert window.range_pages.isChecked()  # typing a page chooses the range
    from samordnare_desktop.ui.pdf_paint import new_printer

    printer = new_printer()
    printer.setOutputFormat(printer.OutputFormat.PdfFormat)
    out = tmp_path / "utskrift.pdf"
    printer.setOutputFileName(str(out))
    assert not window.print_now(printer)
    assert not out.exists()  # nothing printed with another number
    assert edit.text() == typed and window.errors.message(field)


def test_typed_pages_and_copies_print_as_typed(qtbot, monkeypatch, tmp_path, messages) -> None:
    import io

    from pypdf import PdfReader

    from samordnare_desktop.pdf.badges import Card, badges_pdf
    from samordnare_desktop.ui import print_preview
    from samordnare_desktop.ui.pdf_paint import new_printer

    monkeypatch.setattr(
        print_preview, "available_printers", lambda: [print_preview.PrinterChoice("Kontor", True)]
    )
    pdf = badges_pdf([Card(f"Namn {n}", "Org") for n in range(30)], "Mjölby")  # 4 pages
    window = shown(qtbot, print_preview.PrintPreviewWindow(None, pdf, "Namnbrickor"))
    qtbot.addWidget(window)
    retype(qtbot, window.from_page, "2")
    retype(qtbot, window.to_page, "3")
    retype(qtbot, window.copies, "2")
    assert window.range_pages.isChecked() and window.page_numbers() == [1, 2]
    printer = new_printer()
    printer.setOutputFormat(printer.OutputFormat.PdfFormat)
    out = tmp_path / "utskrift.pdf"
    printer.setOutputFileName(str(out))
    assert window.configured_printer().copyCount() == 2
    assert window.print_now(printer)
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) == 2
