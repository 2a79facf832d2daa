"""Long work runs off the GUI thread: while it runs, the window's event loop keeps turning.

Each test starts one long operation the way a user does, with its slow part replaced by a stand-in
that waits (up to a safety bound) until a QTimer on the GUI thread has ticked three more times,
then does the real work. Had the work run on the GUI thread, no tick could arrive while it waits
and the stand-in records 0 ticks. No timing is asserted: only that ticks arrived during the work.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from samordnare_desktop.domain.participant import ParticipantCategory as Cat
from samordnare_desktop.services.participants import ParticipationInput, PersonInput
from tests.factories import make_day_visit, make_visit
from tests.helpers import finish_background

TICKS = 3
SAFETY_SECONDS = 30  # only so a broken run ends; a healthy run waits for three ticks


class Ticker:
    """A 5 ms QTimer on the GUI thread, and stand-ins that record the ticks seen while they ran."""

    def __init__(self) -> None:
        self.count = 0
        self.seen: list[tuple[str, int, bool]] = []  # (what, ticks during, on the GUI thread)
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.count += 1

    def slow(self, what: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def stand_in(*args: Any, **kwargs: Any) -> Any:
            start = self.count
            give_up = time.monotonic() + SAFETY_SECONDS
            while self.count < start + TICKS and time.monotonic() < give_up:
                time.sleep(0.005)
            self.seen.append(
                (what, self.count - start, threading.current_thread() is threading.main_thread())
            )
            return real(*args, **kwargs)

        return stand_in

    def assert_turned(self, *expected: str) -> None:
        assert [what for what, _ticks, _main in self.seen] == list(expected)
        for what, ticks, on_gui_thread in self.seen:
            assert not on_gui_thread, f"{what} ran on the GUI thread"
            assert ticks >= TICKS, f"the event loop stood still during {what}"


@pytest.fixture
def ticker(qtbot) -> Ticker:
    ticker = Ticker()
    yield ticker
    ticker.timer.stop()


def test_backup_now(qtbot, main_window, ticker: Ticker, monkeypatch) -> None:
    from samordnare_desktop.db import backup
    from samordnare_desktop.services import database_files

    monkeypatch.setattr(
        database_files, "backup_now", ticker.slow("backup", database_files.backup_now)
    )
    main_window.backup_now()
    finish_background(qtbot)
    ticker.assert_turned("backup")
    assert len(backup.list_backups(main_window.session.db_path)) == 1
    assert "Säkerhetskopia" in main_window.statusBar().currentMessage()


def _person_dialog(qtbot, main_window, monkeypatch, name: str):
    from samordnare_desktop.services.municipalities import ContactInput
    from samordnare_desktop.ui.privacy.person_data_dialog import PersonDataDialog

    services = main_window.session.services
    mjolby = services.municipalities.by_code("0586")
    services.municipalities.add_contact(mjolby.id, ContactInput(name, email="k@lund.example"))
    dialog = PersonDataDialog(main_window, main_window.ctx, name)
    dialog.search()  # in the background too (the speed work)
    finish_background(qtbot)
    assert dialog.results.count() == 1
    return dialog, services, mjolby


def test_erase_person_and_export_person(
    qtbot, main_window, ticker: Ticker, monkeypatch, messages, tmp_path: Path
) -> None:
    from samordnare_desktop.services.privacy import PrivacyService
    from samordnare_desktop.ui.privacy import person_data_dialog

    dialog, services, mjolby = _person_dialog(qtbot, main_window, monkeypatch, "Kerstin Lund")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(
        PrivacyService, "export_person", ticker.slow("export", PrivacyService.export_person)
    )
    monkeypatch.setattr(
        PrivacyService, "erase_person", ticker.slow("erase", PrivacyService.erase_person)
    )
    monkeypatch.setattr(person_data_dialog, "choose_export_path", lambda *_a: tmp_path / "u.json")
    assert dialog.export() is not None
    finish_background(qtbot)
    assert dialog.written and all(p.exists() for p in dialog.written)
    assert dialog.erase() is not None
    finish_background(qtbot)
    ticker.assert_turned("export", "erase")
    assert services.municipalities.details(mjolby.id).contacts == ()


def test_agenda_pdf_export(qtbot, main_window, ticker: Ticker, monkeypatch, tmp_path) -> None:
    from samordnare_desktop.ui import files
    from samordnare_desktop.ui.visits.agenda_editor import AgendaEditor
    from samordnare_desktop.ui.visits.agenda_pdf_dialog import AgendaPdfDialog

    services = main_window.session.services
    visit = make_day_visit(services)
    editor = AgendaEditor(main_window.ctx)
    qtbot.addWidget(editor)
    editor.set_visit(visit.id)
    out = tmp_path / "agenda.pdf"
    monkeypatch.setattr(AgendaPdfDialog, "exec", lambda self: 1)
    monkeypatch.setattr(files, "ask_save_path", lambda *_a, **_k: out)
    output = editor.output
    monkeypatch.setattr(output, "rendered", ticker.slow("agenda pdf", output.rendered))
    output.export_pdf()
    finish_background(qtbot)
    ticker.assert_turned("agenda pdf")
    assert out.read_bytes().startswith(b"%PDF")


def test_action_plan_pdf_export(qtbot, main_window, ticker: Ticker, monkeypatch, tmp_path) -> None:
    from samordnare_desktop.domain.action_plan import PlanStatus
    from samordnare_desktop.pdf import action_plan as pdf_module
    from samordnare_desktop.services.action_plans import PlanInput

    services = main_window.session.services
    mjolby = services.municipalities.by_code("0586")
    details = services.municipalities.details(mjolby.id)
    services.municipalities.update(
        mjolby.id, expected_version=details.version, in_programme=True, notes=""
    )
    services.action_plans.create_plan(
        mjolby.id, PlanInput(PlanStatus.AGREED, date(2026, 3, 1), "Eva Ek")
    )
    main_window.select_tab("action_plans")
    tab = main_window.tab("action_plans")
    tab.refresh()
    assert tab.select_code("0586")
    out = tmp_path / "plan.pdf"
    monkeypatch.setattr(tab, "_ask_pdf_path", lambda _name: out)
    monkeypatch.setattr(
        pdf_module, "action_plan_pdf", ticker.slow("plan pdf", pdf_module.action_plan_pdf)
    )
    tab.plan_page.export_plan()
    finish_background(qtbot)
    ticker.assert_turned("plan pdf")
    assert out.read_bytes().startswith(b"%PDF")


def test_report_preview_report_pdf_and_programme_export(
    qtbot, main_window, ticker: Ticker, monkeypatch, tmp_path
) -> None:
    from samordnare_desktop.services.export import ProgrammeExport
    from samordnare_desktop.services.reports import ReportService
    from samordnare_desktop.ui import files, pdf_output
    from samordnare_desktop.ui.overview.report_dialog import ReportDialog

    make_visit(main_window.session.services, day=date(2026, 1, 20))
    previewed: list[bytes] = []
    monkeypatch.setattr(pdf_output, "preview_pdf", lambda _p, pdf, _t: previewed.append(pdf))
    monkeypatch.setattr(ReportService, "build_pdf", ticker.slow("report", ReportService.build_pdf))
    out = tmp_path / "rapport.pdf"
    monkeypatch.setattr(files, "ask_save_path", lambda *_a, **_k: out)
    dialog = ReportDialog(main_window, main_window.ctx, today=date(2026, 4, 10))
    qtbot.addWidget(dialog)
    dialog.preview()
    finish_background(qtbot)
    assert previewed and previewed[0].startswith(b"%PDF")
    dialog.create_pdf()  # write_pdf builds through build_pdf
    finish_background(qtbot)
    assert out.read_bytes().startswith(b"%PDF")

    monkeypatch.setattr(
        ProgrammeExport, "write_xlsx", ticker.slow("programme export", ProgrammeExport.write_xlsx)
    )
    workbook = tmp_path / "programdata.xlsx"
    monkeypatch.setattr(files, "ask_save_path", lambda *_a, **_k: workbook)
    main_window.select_tab("overview")
    main_window.tab("overview").export_programme()
    finish_background(qtbot)
    ticker.assert_turned("report", "report", "programme export")
    assert workbook.exists()


def test_participant_import_apply_and_list_pdf(
    qtbot, main_window, ticker: Ticker, monkeypatch, tmp_path
) -> None:
    from samordnare_desktop.services.participant_documents import ParticipantDocumentService
    from samordnare_desktop.ui import files
    from samordnare_desktop.ui.participants import documents as module
    from samordnare_desktop.ui.participants.import_preview_dialog import ImportPreviewDialog
    from samordnare_desktop.ui.participants.pdf_dialogs import ParticipantListDialog

    services = main_window.session.services
    visit = make_visit(services)
    services.participants.add(
        visit.id, PersonInput("Anna Berg", Cat.MANAGER), ParticipationInput(attended=True)
    )
    main_window.select_tab("participants")
    tab = main_window.tab("participants")
    main_window.ctx.bus.changed.emit("visits")
    assert tab.show_visit(visit.id)
    source = tmp_path / "kommunen.csv"
    source.write_bytes("Namn;Organisation\r\nNils Nord;Polisen\r\n".encode("cp1252"))
    monkeypatch.setattr(files, "ask_open_path", lambda *_a, **_k: source)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(
        ParticipantDocumentService, "apply", ticker.slow("import", ParticipantDocumentService.apply)
    )
    tab.documents.import_button.click()
    qtbot.waitUntil(lambda: len(ticker.seen) == 1, timeout=60_000)
    finish_background(qtbot)
    assert sorted(r.name for r in tab.visible_rows()) == ["Anna Berg", "Nils Nord"]

    target = tmp_path / "lista.pdf"
    monkeypatch.setattr(ParticipantListDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(files, "ask_save_path", lambda *_a, **_k: target)
    monkeypatch.setattr(module, "write_pdf", ticker.slow("list pdf", module.write_pdf))
    tab.documents.list_button.click()
    qtbot.waitUntil(lambda: len(ticker.seen) == 2, timeout=60_000)
    finish_background(qtbot)
    ticker.assert_turned("import", "list pdf")
    assert target.read_bytes().startswith(b"%PDF")


def test_time_study_import_reads_the_file_in_the_background(
    qtbot, main_window, ticker: Ticker, monkeypatch, tmp_path: Path
) -> None:
    """Issue #12: the time-study spreadsheet is read and checked off the GUI thread; meanwhile
    the dialog says it is reading and offers neither save nor another file."""
    from samordnare_desktop.services.time_study import TimeStudyService
    from samordnare_desktop.ui.time_study.import_dialog import TimeStudyImportDialog

    services = main_window.session.services
    municipality = services.municipalities.by_code("0880")
    csv = tmp_path / "tidsmätning.csv"
    csv.write_text("Roll;Dagar;Resor\nEnhetschef;5;100\n", encoding="utf-8")
    monkeypatch.setattr(
        TimeStudyService,
        "preview_import",
        ticker.slow("time-study file", TimeStudyService.preview_import),
    )
    dialog = TimeStudyImportDialog(main_window, services.time_studies, municipality.id, "Mätning")
    qtbot.addWidget(dialog)
    dialog.load(csv)
    assert "tidsmätning.csv" in dialog.summary.text()  # "Läser tidsmätning.csv …"
    assert not dialog.save_button.isEnabled() and not dialog.choose_button.isEnabled()
    finish_background(qtbot)
    ticker.assert_turned("time-study file")
    assert dialog.preview is not None and dialog.table.rowCount() == 9
    assert dialog.save_button.isEnabled() and dialog.choose_button.isEnabled()
