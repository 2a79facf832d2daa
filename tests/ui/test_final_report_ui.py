"""Översikt › Rapport…: the final report's draft (Word and PDF) and the quarterly report as Word,
written in the background through the app's save dialog (issue #18 parts 6 and 9)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
from pypdf import PdfReader
from PySide6.QtCore import Qt

from samordnare_desktop.domain.finding import FindingInput, FindingKind, FindingLevel
from samordnare_desktop.domain.participant import ParticipantCategory
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.participants import PersonInput
from samordnare_desktop.services.visits import VisitInput


def _seed(services) -> None:
    mjolby = services.municipalities.by_code("0586")
    details = services.municipalities.details(mjolby.id)
    services.municipalities.update(
        mjolby.id, expected_version=details.version, in_programme=True, notes=""
    )
    visit = services.visits.create(
        VisitInput(mjolby.id, VisitKind.FIRST, date(2026, 1, 20), status=VisitStatus.HELD)
    )
    services.participants.add(visit.id, PersonInput("Elsa", category=ParticipantCategory.CHILD))
    services.findings.add(
        FindingInput(
            "Elsa vill ha samma handläggare.",
            FindingKind.GOOD_EXAMPLE,
            FindingLevel.MUNICIPAL,
            visit.id,
        )
    )


def test_final_report_and_quarterly_word_from_the_report_dialog(
    qtbot, main_window, monkeypatch, messages, tmp_path: Path
) -> None:
    from samordnare_desktop.ui import files
    from samordnare_desktop.ui.overview.report_dialog import ReportDialog
    from tests.helpers import finish_background

    _seed(main_window.ctx.services)
    asked: list[str] = []
    target: list[Path] = []

    def save_path(_parent, _title, suggested, filters, **_kwargs):
        asked.append(f"{suggested} {filters}")
        return target[-1]

    monkeypatch.setattr(files, "ask_save_path", save_path)
    dialog = ReportDialog(main_window, main_window.ctx, today=date(2026, 4, 10))
    qtbot.addWidget(dialog)

    target.append(tmp_path / "slutrapport.docx")
    qtbot.mouseClick(dialog.final_word, Qt.MouseButton.LeftButton)
    finish_background(qtbot)
    assert dialog.final_written == target[-1]
    assert asked[-1].startswith("Slutrapport ") and asked[-1].endswith("(*.docx)")
    document = docx.Document(str(target[-1]))
    chapters = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert chapters[:2] == ["Uppdraget", "Programmet i siffror"]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Ungdom 1 vill ha samma handläggare." in text and "Elsa" not in text
    assert "Slutrapporten sparad" in main_window.statusBar().currentMessage()

    target.append(tmp_path / "slutrapport.pdf")
    qtbot.mouseClick(dialog.final_pdf, Qt.MouseButton.LeftButton)
    finish_background(qtbot)
    assert dialog.final_written == target[-1]
    pdf = "\n".join(p.extract_text() for p in PdfReader(target[-1]).pages)
    assert "Slutrapport" in pdf and "Ungdom 1 vill ha samma handläggare." in pdf

    target.append(tmp_path / "kvartal")  # no suffix typed: the Word one is added
    dialog.text.insertPlainText("Kvartalets kommentar & <mer>")
    qtbot.mouseClick(dialog.word_button, Qt.MouseButton.LeftButton)
    finish_background(qtbot)
    assert dialog.pdf_written == tmp_path / "kvartal.docx"
    quarterly = docx.Document(str(tmp_path / "kvartal.docx"))
    assert quarterly.paragraphs[0].text == "Kvartalsrapport"
    assert "Kvartalets kommentar & <mer>" in [p.text for p in quarterly.paragraphs]
