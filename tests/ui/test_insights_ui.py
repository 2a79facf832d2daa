"""The Översikt tab, the report dialog and the time-study panel driven through their widgets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from samordnare_desktop.domain.time_study import RespondentRole as Role
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.time_study import RespondentInput, StudyInput
from samordnare_desktop.services.visits import VisitInput
from samordnare_desktop.ui.table_model import ROW_ROLE
from tests.helpers import finish_background


def _join(services, code: str):
    m = services.municipalities.by_code(code)
    d = services.municipalities.details(m.id)
    services.municipalities.update(m.id, expected_version=d.version, in_programme=True, notes="")
    return m


def _seed(main_window):
    s = main_window.ctx.services
    mjolby, sjobo = _join(s, "0586"), _join(s, "1265")
    s.visits.create(
        VisitInput(mjolby.id, VisitKind.FIRST, date(2026, 1, 20), status=VisitStatus.HELD)
    )
    cats = {c.key: c.id for c in s.time_studies.categories()}
    s.time_studies.create(
        StudyInput(
            mjolby.id,
            "Mätning 1",
            date(2026, 1, 5),
            date(2026, 1, 16),
            (
                RespondentInput(
                    Role.INVESTIGATOR, 10, {cats["direct_children"]: 100, cats["indirect"]: 400}
                ),
            ),
        )
    )
    return mjolby, sjobo


def activate(tab, code: str) -> None:
    """Double-click/Enter on the row of ``code`` in the list behind the number."""
    proxy = tab.drill_proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ROW_ROLE).code == code)
    tab.drill.setCurrentIndex(proxy.index(row, 0))
    tab.drill.activated.emit(proxy.index(row, 0))


def test_overview_counts_and_click_through(qtbot, main_window) -> None:
    mjolby, _sjobo = _seed(main_window)
    first = main_window.ctx.services.visits.first_visit_of(mjolby.id)
    assert main_window.select_tab("overview")
    tab = main_window.tab("overview")
    tab.refresh()
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)  # the first read is a worker's
    assert tab.kpis["first_visit"].text().startswith("1 av 2")
    assert tab.kpis["time_study"].text().startswith("1 av 2")
    qtbot.mouseClick(tab.kpis["first_visit"], Qt.MouseButton.LeftButton)
    rows = [tab.drill_proxy.index(r, 0).data(ROW_ROLE) for r in range(tab.drill_proxy.rowCount())]
    assert {(r.code, r.detail) for r in rows} == {
        ("0586", "Första besök"),
        ("1265", "Inget första besök ännu"),
    }
    assert "(2)" in tab.drill_title.text()
    # search as you type in the list behind the number
    tab.search.insert("sjö")
    assert tab.drill_proxy.rowCount() == 1
    tab.search.clear()
    # activate the Mjölby row: the visit behind it opens in the Besök tab
    activate(tab, "0586")
    visits = main_window.tab("visits")
    assert main_window.current_tab() is visits
    assert [r.id for r in visits.selected_rows()] == [first.id]
    # the municipalities with a time study: a row opens the municipality in the Kommuner tab
    main_window.select_tab("overview")
    qtbot.mouseClick(tab.kpis["time_study"], Qt.MouseButton.LeftButton)
    activate(tab, "0586")
    municipalities = main_window.tab("municipalities")
    assert main_window.current_tab() is municipalities
    assert municipalities.details is not None and municipalities.details.id == mjolby.id
    # the details panel shows the time study
    assert municipalities.time_study.study.count() == 1
    assert municipalities.time_study.view.model.rowCount() == 9


def test_overview_first_view_reads_off_the_gui_thread(qtbot, main_window) -> None:
    _seed(main_window)
    assert main_window.select_tab("overview")
    tab = main_window.tab("overview")
    # the tab is in front at once, saying it reads; the figures follow from a worker
    assert tab.overview is None and tab.loading()
    assert not tab.reading_label.isHidden() and not tab.reading_bar.isHidden()
    assert tab.reading_label.text() == "Läser in programmets siffror…"
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    assert tab.reading_label.isHidden() and tab.reading_bar.isHidden()
    assert tab.kpis["first_visit"].text().startswith("1 av 2")
    assert tab.kpis["time_study"].text().startswith("1 av 2")
    assert tab.study_municipality.currentData() == "*"  # the programme's time study, read too
    # what the first figure stands for is listed, as before
    assert tab.kpis["first_visit"].isChecked()
    assert tab.drill_proxy.rowCount() == 2


def test_month_chart_click_lists_the_months_visits(qtbot, main_window) -> None:
    s = main_window.ctx.services
    m = _join(s, "0586")
    today = date.today()
    s.visits.create(VisitInput(m.id, VisitKind.DIALOGUE, today))
    main_window.select_tab("overview")
    tab = main_window.tab("overview")
    tab.refresh()
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)  # the first read is a worker's
    index = next(
        i for i, mc in enumerate(tab.overview.per_month) if mc.month == today.replace(day=1)
    )
    assert tab.chart.values()[index] == 1
    qtbot.mouseClick(
        tab.chart, Qt.MouseButton.LeftButton, pos=tab.chart.bar_rect(index).center().toPoint()
    )
    assert tab.drill_proxy.rowCount() == 1
    assert tab.drill_proxy.index(0, 0).data(ROW_ROLE).code == "0586"


def test_report_dialog_saves_text_and_writes_pdf(
    qtbot, main_window, monkeypatch, tmp_path: Path
) -> None:
    from samordnare_desktop.ui import files
    from samordnare_desktop.ui.overview.report_dialog import ReportDialog

    _seed(main_window)
    out = tmp_path / "rapport.pdf"
    monkeypatch.setattr(files, "ask_save_path", lambda *_a: out)
    dialog = ReportDialog(main_window, main_window.ctx, today=date(2026, 4, 10))
    qtbot.addWidget(dialog)
    assert dialog.period() == (date(2026, 1, 1), date(2026, 3, 31))  # the quarter just ended
    dialog.text.insertPlainText("Kvartalets kommentar")
    dialog.create_pdf()
    qtbot.waitUntil(lambda: dialog.pdf_written is not None, timeout=20_000)
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Kvartalets kommentar" in text and "Mjölby (0586)" in text
    assert (
        main_window.ctx.services.reports.text_for(date(2026, 1, 1), date(2026, 3, 31))
        == "Kvartalets kommentar"
    )
    # another quarter has its own (empty) text; coming back shows the saved one
    dialog.quarter.setCurrentIndex(dialog.quarter.findData("2026Q2"))
    assert dialog.text.toPlainText() == ""
    dialog.quarter.setCurrentIndex(dialog.quarter.findData("2026Q1"))
    assert dialog.text.toPlainText() == "Kvartalets kommentar"


def test_time_study_entry_by_hand_import_and_delete_with_undo(
    qtbot, main_window, monkeypatch, messages, tmp_path: Path
) -> None:
    from samordnare_desktop.ui.time_study.dialog import TimeStudyDialog
    from samordnare_desktop.ui.time_study.import_dialog import TimeStudyImportDialog

    tab = main_window.tab("municipalities")
    tab.search.setText("0880")
    tab.table.selectRow(0)
    panel = tab.time_study
    ts = main_window.ctx.services.time_studies
    seen = {}

    def fill(dialog: TimeStudyDialog) -> int:
        dialog.table.item(0, 3).setText("abc")
        assert dialog.try_save() is False
        seen["error"] = dialog.errors.message("respondents")
        dialog.table.item(0, 3).setText("60")  # direct time with children
        dialog.table.item(0, 5).setText("240")  # indirect
        return int(dialog.try_save())

    monkeypatch.setattr(TimeStudyDialog, "exec", fill)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert "heltal" in seen["error"]
    studies = ts.list()
    assert len(studies) == 1 and studies[0].label == "Mätning 1"
    summary = ts.summary(studies[0].id)
    assert (
        summary.overall.total_minutes == 300
        and summary.overall.per_day(summary.overall.categories[0].category_id) == 6.0
    )

    csv = tmp_path / "t.csv"
    csv.write_text("Roll;Dagar;Resor\nEnhetschef;5;100\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("Roll;Dagar;Fika\nEnhetschef;5;100\n", encoding="utf-8")

    def run_import(dialog: TimeStudyImportDialog) -> int:
        dialog.load(bad)  # read in the background (tests/ui/test_background_work.py)
        finish_background(qtbot)
        assert dialog.preview is None
        seen["problem"] = dialog.problem.text()
        assert not dialog.save_button.isEnabled()
        dialog.load(csv)
        finish_background(qtbot)
        assert dialog.preview is not None and dialog.table.rowCount() == 9
        return int(dialog.try_save())

    monkeypatch.setattr(TimeStudyImportDialog, "exec", run_import)
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert "Fika" in seen["problem"]
    assert [r.label for r in ts.list()] == ["Mätning 1", "Mätning 2"]
    assert panel.study.count() == 2

    panel.view.toggle.setChecked(True)
    assert panel.view.table.isVisibleTo(panel) and not panel.view.chart.isVisibleTo(panel)

    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert "Mätning 2" in messages.texts("confirm")[0]
    assert [r.label for r in ts.list()] == ["Mätning 1"]
    main_window.undo_stack.undo()
    assert len(ts.list()) == 2 and panel.study.count() == 2


def test_overdue_action_opens_its_plan(qtbot, main_window) -> None:
    from samordnare_desktop.services.action_plans import ActionInput, AreaInput

    s = main_window.ctx.services
    m = _join(s, "0586")
    plan = s.action_plans.create_plan(m.id)
    area = s.action_plans.add_area(plan.id, AreaInput("Introduktion"))
    s.action_plans.add_action(area.id, ActionInput("Mentorprogram", due_date=date(2020, 1, 1)))
    main_window.select_tab("overview")
    tab = main_window.tab("overview")
    tab.refresh()
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)  # the first read is a worker's
    assert tab.kpis["overdue"].text().startswith("1\n")
    qtbot.mouseClick(tab.kpis["overdue"], Qt.MouseButton.LeftButton)
    assert tab.drill_proxy.index(0, 3).data() == "Introduktion: Mentorprogram"
    activate(tab, "0586")
    assert main_window.current_tab() is main_window.tab("action_plans")


def test_categories_add_rename_hide_and_edit_keeps_hidden_minutes(
    qtbot, main_window, monkeypatch, messages
) -> None:
    from samordnare_desktop.ui.time_study.categories_dialog import TimeCategoriesDialog
    from samordnare_desktop.ui.time_study.dialog import TimeStudyDialog

    s = main_window.ctx.services
    ts = s.time_studies
    dialog = TimeCategoriesDialog(main_window, main_window.ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("Jour")
    dialog.add()
    assert dialog.list.count() == 10 and dialog.list.currentItem().text() == "Jour"
    dialog.name.setText("övrigt")
    dialog.rename()
    assert "finns redan" in dialog.errors.message("name")
    dialog.name.setText("Telefonjour")
    dialog.rename()
    jour = next(c for c in ts.categories() if c.name == "Telefonjour")

    m = s.municipalities.by_code("0586")
    study = ts.create(
        StudyInput(
            m.id,
            "Mätning 1",
            date(2026, 1, 5),
            date(2026, 1, 16),
            (RespondentInput(Role.MANAGER, 10, {jour.id: 50}),),
        )
    )
    dialog.list.setCurrentRow(9)
    dialog.hide_selected()
    assert "Telefonjour" in messages.texts("confirm")[-1]
    assert "Telefonjour" not in [c.name for c in ts.categories()]

    # editing the study (Jour no longer a column) keeps Jour's 50 minutes
    details = ts.details(study.id)
    editor = TimeStudyDialog(
        main_window,
        m.id,
        ts.categories(),
        lambda data: ts.update(study.id, data, expected_version=details.row.version),
        details,
    )
    qtbot.addWidget(editor)
    assert editor.table.columnCount() == 3 + 9
    editor.table.item(0, 3).setText("10")
    assert editor.try_save()
    assert ts.details(study.id).respondents[0].minutes[jour.id] == 50
    main_window.undo_stack.undo()
    assert "Telefonjour" in [c.name for c in ts.categories()]


def test_report_letterhead_is_typed_saved_and_printed_on_the_cover(
    qtbot, main_window, monkeypatch, tmp_path: Path
) -> None:
    """Issue #14: sender, recipient and diarienummer stored per period, editable, on the cover;
    the next period starts with the last ones (same coordinator, ministry, assignment)."""
    from PySide6.QtCore import Qt

    from samordnare_desktop.ui import files
    from samordnare_desktop.ui.overview.report_dialog import ReportDialog

    _seed(main_window)
    out = tmp_path / "rapport.pdf"
    monkeypatch.setattr(files, "ask_save_path", lambda *_a: out)
    dialog = ReportDialog(main_window, main_window.ctx, today=date(2026, 4, 10))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert dialog.recipient.text() == "Socialdepartementet"  # the default recipient
    dialog.sender.setFocus()
    qtbot.keyClicks(dialog.sender, "Anna Berg, nationell samordnare")
    qtbot.keyClick(dialog.sender, Qt.Key.Key_Tab)  # Tab: the recipient, its text selected
    assert dialog.focusWidget() is dialog.recipient
    qtbot.keyClicks(dialog.recipient, "Socialdepartementet, enheten for familj")
    qtbot.keyClick(dialog.recipient, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.reference
    qtbot.keyClicks(dialog.reference, "S2026/01234")
    dialog.create_pdf()
    qtbot.waitUntil(lambda: dialog.pdf_written is not None, timeout=20_000)
    cover = PdfReader(out).pages[0].extract_text()
    assert "Anna Berg, nationell samordnare" in cover
    assert "Socialdepartementet, enheten for familj" in cover
    assert "Diarienummer" in cover and "S2026/01234" in cover
    head = main_window.ctx.services.reports.letterhead_for(date(2026, 1, 1), date(2026, 3, 31))
    assert (head.sender, head.reference) == ("Anna Berg, nationell samordnare", "S2026/01234")
    # the next quarter starts with the same letter head; a change there is its own
    dialog.quarter.setCurrentIndex(dialog.quarter.findData("2026Q2"))
    assert dialog.reference.text() == "S2026/01234"
    dialog.reference.selectAll()
    qtbot.keyClicks(dialog.reference, "S2026/05678")
    assert dialog.save_text()
    dialog.quarter.setCurrentIndex(dialog.quarter.findData("2026Q1"))
    assert dialog.reference.text() == "S2026/01234"
    dialog.close()


def _type_end(qtbot, dialog, text: str) -> None:
    dialog.end.setFocus()
    qtbot.keyClick(dialog.end, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.end, text)


def test_report_comment_survives_typing_an_end_date(qtbot, main_window, messages) -> None:
    """Issue 14 F7: "2026-10-31" passed through "2026-10-3", taken as a new period: the box
    emptied and the comment was stored under the previous quarter."""
    from samordnare_desktop.ui.overview.report_dialog import ReportDialog

    reports = main_window.ctx.services.reports
    dialog = ReportDialog(main_window, main_window.ctx, today=date(2026, 10, 10))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.period() == (date(2026, 7, 1), date(2026, 9, 30))
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "Kommentar om kvartalet")
    _type_end(qtbot, dialog, "2026-10-31")
    assert dialog.text.toPlainText() == "Kommentar om kvartalet"  # half-typed: no new period
    # the date is finished: Tab leaves the field (Enter would press the dialog's default
    # button, "Skapa PDF", which opens a file dialog)
    qtbot.keyClick(dialog.end, Qt.Key.Key_Tab)
    assert dialog.period() == (date(2026, 7, 1), date(2026, 10, 31))
    assert dialog.text.toPlainText() == "Kommentar om kvartalet" and not messages.shown
    assert reports.text_for(date(2026, 7, 1), date(2026, 9, 30)) in ("", None)  # not moved
    dialog.save_text()
    assert reports.text_for(date(2026, 7, 1), date(2026, 10, 31)) == "Kommentar om kvartalet"

    dialog.reject()


def test_report_typed_comment_asks_before_a_period_with_its_own(
    qtbot, main_window, messages
) -> None:
    """Issue 14 F7: another period that has comments of its own asks Save/Discard/Cancel;
    Cancel keeps the typed text and puts the old dates back, Save stores it for the old period."""
    from samordnare_desktop.ui.overview.report_dialog import ReportDialog

    reports = main_window.ctx.services.reports
    reports.save_text(date(2026, 4, 1), date(2026, 6, 30), "Andra kvartalet")
    dialog = ReportDialog(main_window, main_window.ctx, today=date(2026, 10, 10))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "Tredje")
    messages.save_answer = "cancel"
    dialog.quarter.setCurrentIndex(dialog.quarter.findData("2026Q2"))
    assert [k for k, _t, _x in messages.shown] == ["ask_save"]
    assert dialog.text.toPlainText() == "Tredje"
    assert dialog.start.text() == "2026-07-01" and dialog.end.text() == "2026-09-30"
    assert dialog.quarter.currentData() == "2026Q3"
    messages.save_answer = "save"
    dialog.quarter.setCurrentIndex(dialog.quarter.findData("2026Q2"))
    assert dialog.text.toPlainText() == "Andra kvartalet"
    assert reports.text_for(date(2026, 7, 1), date(2026, 9, 30)) == "Tredje"
    dialog.reject()


def test_screenshot_pictures_the_overview_once_read_and_within_a_laptop_screen(
    qtbot, main_window, db_path, monkeypatch, tmp_path
) -> None:
    """`screenshot --tab overview` (README's pictures) waits for the worker's figures, and the
    seven number tiles fit 1366 pixels (side by side they pushed Rapport... off the screen)."""
    from PySide6.QtCore import QThreadPool

    from samordnare_desktop import app as app_module
    from samordnare_desktop.ui import files

    _seed(main_window)
    QThreadPool.globalInstance().waitForDone(30_000)
    main_window.close()  # the screenshot is another start over the same file
    qtbot.waitUntil(lambda: not main_window.isVisible())
    import time

    from samordnare_desktop.services.overview import OverviewService

    read = OverviewService.snapshot

    def slow_read(self, *args, **kwargs):  # a big programme: the worker takes a while
        time.sleep(0.5)
        return read(self, *args, **kwargs)

    monkeypatch.setattr(OverviewService, "snapshot", slow_read)
    seen: dict[str, object] = {}

    def capture(pixmap, out):
        window = next(
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and hasattr(w, "tab") and w is not main_window
        )
        tab = window.tab("overview")
        seen["loading"] = tab.loading()
        seen["first"] = tab.kpis["first_visit"].text()
        seen["fits"] = tab.report_button.geometry().right() < tab.width()
        seen["width"] = tab.minimumSizeHint().width()

    monkeypatch.setattr(files, "save_pixmap", capture)
    assert app_module.run_screenshot(db_path, "sv", "overview", tmp_path / "o.png", "1366x768") == 0
    assert seen["loading"] is False
    assert str(seen["first"]).startswith("1 av 2")  # figures, not a tile still being read
    assert seen["fits"] and int(seen["width"]) <= 1366
