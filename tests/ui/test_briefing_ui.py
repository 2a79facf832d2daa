"""The briefing in the window (issue #18 part 2): on the visit's Iakttagelser page the good
examples from other municipalities are one click from the choice for the briefing; the choice
is kept, the briefing previewed from the dialog and saved from the preview window."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument

from samordnare_desktop.domain.finding import FindingInput, FindingKind, ThemeKey, ThemeSource
from samordnare_desktop.ui import print_preview
from samordnare_desktop.ui.findings.visit_page import VisitFindingsPage
from tests.factories import make_visit, visit_input


def _question(services, number: int) -> ThemeKey:
    q = next(q for q in services.visits.questions() if q.number == number)
    return ThemeKey(ThemeSource.QUESTION, q.id)


def _example(services, visit, text, *themes):
    return services.findings.add(
        FindingInput(text=text, kind=FindingKind.GOOD_EXAMPLE, visit_id=visit.id, themes=themes)
    )


def test_choose_good_examples_for_the_briefing_and_save_it(
    qtbot, main_window, monkeypatch, tmp_path
) -> None:
    monkeypatch.setattr(print_preview, "available_printers", lambda: [])
    main_window.select_tab("visits")
    visits = main_window.tab("visits")
    qtbot.waitUntil(visits.isVisible)
    services = visits.ctx.services
    q1, q2 = _question(services, 1), _question(services, 2)
    here = services.visits.create(
        visit_input(services, code="0586", day=date(2026, 9, 9)), question_ids=[q1.id, q2.id]
    )
    motala = make_visit(services, code="0583")
    linkoping = make_visit(services, code="0580")
    _example(services, motala, "Motala låter barnen läsa sin egen plan", q1)
    chosen = _example(services, linkoping, "Linköping: introduktion med fadder", q2)
    _example(services, make_visit(services, code="0586"), "Mjölbys eget exempel", q1)
    visits.refresh()
    assert visits.select_visit(here.id)
    index = next(
        i for i in range(visits.pages.count()) if visits.pages.tabText(i) == "Iakttagelser"
    )
    visits.pages.setCurrentIndex(index)
    page = visits.findChild(VisitFindingsPage, "visit_findings")
    assert "Inga valda till besöksunderlaget" in page.examples_note.text()
    assert page.choose_examples.isEnabled()

    qtbot.mouseClick(page.choose_examples, Qt.MouseButton.LeftButton)
    dialog = page.findChild(object, "briefing_examples_dialog")
    assert dialog is not None and dialog.isVisible()
    items = [dialog.checks.list.item(i) for i in range(dialog.checks.list.count())]
    labels = [item.text() for item in items]
    assert len(labels) == 2 and not any("Mjölbys eget" in t for t in labels)
    assert any(t.startswith("Linköping, ") and "introduktion med fadder" in t for t in labels)
    dialog.grab().save(str(tmp_path / "briefing_examples.png"))
    dialog.checks.set_ticked(chosen.id)
    dialog.save()
    assert not dialog.isVisible()
    assert services.briefing.chosen_ids(here.id) == [chosen.id]
    assert "1 vald till besöksunderlaget" in page.examples_note.text()
    main_window.resize(1600, 950)
    qtbot.wait(200)
    main_window.grab().save(str(tmp_path / "visit_findings_page.png"))

    # reopened, the choice is ticked; preview from the dialog, then save the PDF
    dialog = page.choose_for_briefing()
    assert dialog.chosen() == (chosen.id,)
    dialog.preview_briefing()
    qtbot.waitUntil(lambda: getattr(dialog, "last_window", None) is not None, timeout=20_000)
    window = dialog.last_window
    assert window.windowTitle() == "Besöksunderlag"
    assert window.file_name == "besoksunderlag-0586-2026-09-09.pdf"
    qtbot.waitUntil(lambda: window.document.status() == QPdfDocument.Status.Ready)
    window.grab().save(str(tmp_path / "briefing_preview.png"))
    target = tmp_path / "underlag.pdf"
    monkeypatch.setattr("samordnare_desktop.ui.files.ask_save_path", lambda *a, **k: target)
    assert window.save_pdf() == target
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    examples = text.split("Goda exempel från andra kommuner")[1].split("Besökets fråge")[0]
    assert "Valda av samordnaren" in examples and "introduktion med fadder" in examples
    assert "Motala låter barnen" not in examples and "Mjölbys eget exempel" not in examples
    assert "Mjölbys eget exempel" in text  # an earlier finding there
    window.close()
    dialog.reject()
