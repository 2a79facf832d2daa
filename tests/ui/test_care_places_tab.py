"""The Vårdplatser tab driven through its widgets: the form refuses bad counts beside the cell and
saves good ones; the comparison shows the programme median; the import preview refuses a file
with bad rows (nothing saved) and imports a good one; the export hides small numbers; focus
groups tag meetings."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from samordnare_desktop.domain.care_places import (
    LineInput,
    Measure,
    PlacementForm,
    ReportInput,
    Total,
)
from samordnare_desktop.domain.organisation import municipality_organisation_uuid
from samordnare_desktop.ui.care_places import tab as tab_module
from samordnare_desktop.ui.care_places.import_dialog import CareImportDialog
from tests.factories import make_visit

MJOLBY = municipality_organisation_uuid("0586")
HEADER = "Kommunkod;Jourhem;HVB;HVB egen regi;HVB köpt\n"


def _tab(main_window):
    main_window.select_tab("care_places")
    return main_window.tab("care_places")


def _programme(services, codes) -> None:
    for code in codes:
        m = services.municipalities.by_code(code)
        services.municipalities.update(m.id, expected_version=None, in_programme=True, notes="")


def test_form_refuses_bad_counts_beside_the_cell_then_saves(main_window, messages) -> None:
    tab = _tab(main_window)
    form = tab.form
    tab.new_figures()
    form.organisation.set_value(MJOLBY)
    form.period.setText("2025")
    form.boxes[(PlacementForm.HVB, Measure.PLACED)].setValue(7)
    form.boxes[(PlacementForm.HVB, Measure.OWN)].setValue(5)
    form.boxes[(PlacementForm.HVB, Measure.BOUGHT)].setValue(4)
    assert not form.save()
    assert "inte alla placerade" in form.error.text()
    assert form.boxes[(PlacementForm.HVB, Measure.OWN)].styleSheet()
    assert tab.service.reports() == []
    form.boxes[(PlacementForm.HVB, Measure.OWN)].setValue(3)
    assert form.save()
    rows = tab.service.reports()
    assert [r.value(PlacementForm.HVB, Measure.BOUGHT) for r in rows] == [4]
    assert tab.model.rowCount() == 1 and tab.period.index_of("2025") >= 0


def test_comparison_and_balance_show_the_programme(main_window) -> None:
    tab = _tab(main_window)
    services = tab.ctx.services
    codes = ["0586", "0114", "0115"]
    _programme(services, codes)
    for n, code in enumerate(codes, start=1):
        services.care_places.save(
            ReportInput(
                municipality_organisation_uuid(code),
                "2025",
                {PlacementForm.HVB: LineInput(placed=10 * n, waiting=n)},
            )
        )
    tab.refresh()
    assert tab.select_code("0586")
    rows = tab.comparison.model.rows()
    hvb = next(r for r in rows if r.form.startswith("HVB"))
    assert (hvb.value, hvb.median, hvb.count) == (10, 20, 3)
    assert tab.comparison.chart.rows()
    assert tab.balance.model.rows() == []  # read when its page is shown, not with the list
    tab.pages.setCurrentWidget(tab.balance)
    balance = {r.form: r.balance for r in tab.balance.model.rows()}
    hvb_balance = next(b for form, b in balance.items() if form.startswith("HVB"))
    assert hvb_balance.placed == 60 and hvb_balance.needs == 6
    tab.comparison.chart.grab()  # paints without error


def test_import_preview_refuses_bad_rows_and_imports_good_ones(
    main_window, messages, monkeypatch, tmp_path: Path
) -> None:
    tab = _tab(main_window)
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "0586;1;7;3;4\n9999;1;1;;\n0114;-2;x;;\n", encoding="cp1252")
    shown: list[CareImportDialog] = []

    def fake_exec(dialog: CareImportDialog) -> int:
        shown.append(dialog)
        return int(dialog.ok_button.isEnabled())

    monkeypatch.setattr(CareImportDialog, "exec", fake_exec)
    tab.period.add("2025", "2025")
    tab.period.set_value("2025")
    assert not tab.import_file(bad)
    dialog = shown[-1]
    assert not dialog.ok_button.isEnabled() and not dialog.refusal.isHidden()
    problems = [r.detail for r in dialog.model.rows() if r.problems]
    assert any("9999" in p for p in problems) and any("negativt" in p for p in problems)
    assert tab.service.reports() == []
    good = tmp_path / "good.csv"
    good.write_text(HEADER + "0586;1;7;3;4\n0114;0;12;2;10\n", encoding="utf-8")
    assert tab.import_file(good)
    assert tab.model.rowCount() == 2


def test_export_writes_less_than_five(main_window, tmp_path: Path) -> None:
    tab = _tab(main_window)
    tab.service.save(
        ReportInput(MJOLBY, "2025", {PlacementForm.HVB: LineInput(placed=7, own=3, bought=4)})
    )
    tab.refresh()
    out = tmp_path / "ut.csv"
    assert tab.export_file(out)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert "<5" in rows[1] and "3" not in rows[1] and "4" not in rows[1]


def test_focus_groups_dialog_tags_a_meeting(main_window, messages) -> None:
    tab = _tab(main_window)
    visit = make_visit(tab.ctx.services)
    dialog = tab.open_focus_groups()
    dialog.groups.setCurrentRow(0)
    group = dialog.current_group()
    item = next(
        dialog.meetings.item(i)
        for i in range(dialog.meetings.count())
        if dialog.meetings.item(i).data(Qt.ItemDataRole.UserRole) == visit.id
    )
    item.setCheckState(Qt.CheckState.Checked)
    assert tab.service.visit_focus_groups(visit.id) == (group.id,)
    dialog.add_group("Barn med funktionsnedsättning")
    assert dialog.current_group().name == "Barn med funktionsnedsättning"
    dialog.close()


def test_a_focus_group_naming_a_child_is_refused_beside_the_name(main_window, messages) -> None:
    from samordnare_desktop.domain.participant import ParticipantCategory
    from samordnare_desktop.services.participants import PersonInput

    tab = _tab(main_window)
    visit = make_visit(tab.ctx.services)
    tab.ctx.services.participants.add(
        visit.id, PersonInput("Omar", category=ParticipantCategory.CHILD)
    )
    dialog = tab.open_focus_groups()
    count = dialog.groups.count()
    dialog.name.setText("Omars syskon")
    dialog.add_button.click()
    assert dialog.groups.count() == count and dialog.name.text() == "Omars syskon"
    assert not dialog.name_error.isHidden() and "namnet på ett barn" in dialog.name_error.text()
    assert messages.shown == []  # beside the field, not in a message box
    dialog.name.setText("Syskon placerade isär")
    assert dialog.name_error.isHidden()
    dialog.add_button.click()
    assert dialog.groups.count() == count + 1 and dialog.name.text() == ""
    dialog.close()
    assert tab_module  # the tab module is what the lazy page imports


def test_overview_tile_and_chart_show_the_newest_period(qtbot, main_window) -> None:
    main_window.select_tab("overview")
    overview = main_window.tab("overview")
    qtbot.waitUntil(lambda: not overview.loading(), timeout=10_000)  # the first read: a worker's
    services = overview.ctx.services
    assert "Inga placeringsuppgifter" in overview.kpis["care_places"].text()
    _programme(services, ["0586"])
    services.care_places.save(
        ReportInput(MJOLBY, "2025", {PlacementForm.HVB: LineInput(placed=9, waiting=2)})
    )
    overview.refresh()
    assert overview.kpis["care_places"].text().startswith("9 placerade barn")
    assert "2 ej mötta behov" in overview.kpis["care_places"].text()
    assert overview.care_chart.series()[0].values[2] == 9.0  # jourhem, familjehem, HVB ...
    overview.show_behind("care_places")
    assert main_window.current_tab() is main_window.tab("care_places")


def test_new_figures_for_a_saved_period_do_not_replace_them(main_window, messages) -> None:
    """F3: "New figures" for a municipality and period that has figures refuses (nothing
    replaced) and offers to open the saved ones, which then save with their version."""
    tab = _tab(main_window)
    form = tab.form
    tab.service.save(
        ReportInput(
            MJOLBY,
            "2025",
            {
                PlacementForm.FAMILY_HOME: LineInput(placed=30),
                PlacementForm.HVB: LineInput(placed=7, own=3, bought=4),
            },
        )
    )
    tab.new_figures()
    form.organisation.set_value(MJOLBY)
    form.period.setText("2025")
    form.boxes[(PlacementForm.EMERGENCY_HOME, Measure.PLACED)].setValue(2)
    messages.confirm_answer = True
    assert not form.save()
    assert "har redan uppgifter" in form.error.text()
    saved = tab.service.reports()[0]
    assert saved.value(PlacementForm.FAMILY_HOME, Measure.PLACED) == 30
    assert saved.value(PlacementForm.EMERGENCY_HOME, Measure.PLACED) is None
    assert form.current is not None and form.current.id == saved.id  # opened
    assert form.boxes[(PlacementForm.FAMILY_HOME, Measure.PLACED)].count() == 30
    form.boxes[(PlacementForm.EMERGENCY_HOME, Measure.PLACED)].setValue(2)
    assert form.save()
    row = tab.service.reports()[0]
    assert row.value(PlacementForm.EMERGENCY_HOME, Measure.PLACED) == 2
    assert row.value(PlacementForm.FAMILY_HOME, Measure.PLACED) == 30


def test_count_boxes_refuse_what_is_not_a_count_beside_the_field(
    main_window, messages, qtbot
) -> None:
    """F7: typed "1,5" is not 15, "-5" is not blank, 99999999 is not 999999, "=3" is refused;
    each with a message beside the field and nothing saved."""
    from PySide6.QtTest import QTest

    tab = _tab(main_window)
    form = tab.form
    tab.new_figures()
    form.organisation.set_value(MJOLBY)
    form.period.setText("2025")
    box = form.boxes[(PlacementForm.HVB, Measure.WAITING)]
    for typed, words in [
        ("1,5", "inte ett heltal"),
        ("-5", "negativ"),
        ("99999999", "mer än"),
        ("=3", "inte ett heltal"),
    ]:
        box.clear()
        QTest.keyClicks(box, typed)
        assert box.text() == typed
        assert not form.save()
        assert words in form.error.text() and "HVB" in form.error.text()
        assert box.styleSheet()  # marked
        assert tab.service.reports() == []
    box.clear()
    QTest.keyClicks(box, "1 234")
    assert form.save()
    assert tab.service.reports()[0].value(PlacementForm.HVB, Measure.WAITING) == 1234


def test_import_of_a_workbook_with_the_figures_on_another_sheet_asks_which(
    main_window, messages, tmp_path: Path, monkeypatch
) -> None:
    """F6g: the message names the sheets and the tab lets one choose, as the participant
    import does; it never mentions --period."""
    from openpyxl import Workbook

    tab = _tab(main_window)
    book = Workbook()
    book.active.title = "Om"
    book.active.append(["Uppgifter från socialtjänsten"])
    data = book.create_sheet("Siffror")
    data.append(["Kommunkod", "Period", "Jourhem", "HVB"])
    data.append(["0586", "2025", 6, 9])
    path = tmp_path / "bok.xlsx"
    book.save(path)
    asked = []
    monkeypatch.setattr(
        tab, "ask_sheet", lambda message, sheets: asked.append((message, sheets)) or "Siffror"
    )
    monkeypatch.setattr(CareImportDialog, "exec", lambda self: True)
    assert tab.import_file(path)
    message, sheets = asked[0]
    assert sheets == ["Siffror"] and "”Om”" in message and "--period" not in message
    assert tab.service.reports()[0].value(PlacementForm.HVB, Measure.PLACED) == 9


def test_save_and_delete_are_undone_with_ctrl_z(main_window, messages) -> None:
    """F5: a save and a delete in the Vårdplatser tab are on the main window's undo stack."""
    tab = _tab(main_window)
    form = tab.form
    stack = main_window.undo_stack
    tab.new_figures()
    form.organisation.set_value(MJOLBY)
    form.period.setText("2025")
    form.boxes[(PlacementForm.HVB, Measure.PLACED)].setValue(9)
    assert form.save()
    first = tab.service.reports()[0]
    form.boxes[(PlacementForm.HVB, Measure.PLACED)].setValue(40)
    assert form.save()
    assert tab.service.reports()[0].value(PlacementForm.HVB, Measure.PLACED) == 40
    stack.undo()
    assert tab.service.reports()[0].value(PlacementForm.HVB, Measure.PLACED) == 9
    stack.redo()
    assert tab.service.reports()[0].value(PlacementForm.HVB, Measure.PLACED) == 40
    messages.confirm_answer = True
    form._delete()
    assert tab.service.reports() == []
    stack.undo()
    assert [r.id for r in tab.service.reports()] == [first.id]
    stack.undo()
    stack.undo()  # the first save undone: the new figures are gone
    assert tab.service.reports() == []


def test_new_figures_start_from_the_latest_and_open_saved_ones(main_window, messages) -> None:
    """Nya uppgifter: choosing the municipality fills the boxes with its latest figures (to edit,
    not retype); the saved figures of the period typed open instead; counts typed first are
    never overwritten."""
    tab = _tab(main_window)
    care = tab.service
    care.save(
        ReportInput(
            MJOLBY,
            "2024",
            {PlacementForm.HVB: LineInput(placed=9, own=4, bought=5)},
            breakdowns=3,
        )
    )
    saved_2025 = care.save(
        ReportInput(MJOLBY, "2025-06-30", {PlacementForm.SIS: LineInput(placed=2)})
    )
    tab.refresh()
    form = tab.form
    hvb = form.boxes[(PlacementForm.HVB, Measure.PLACED)]
    tab.new_figures()
    form.period.setText("2025")
    form.period.editingFinished.emit()
    form.organisation.set_value(MJOLBY)  # the latest before 2025: 2024's
    assert hvb.text() == "9" and form.boxes[(PlacementForm.HVB, Measure.BOUGHT)].text() == "5"
    assert form.totals[Total.BREAKDOWNS].text() == "3"
    assert "2024" in form.hint.text() and not form.hint.isHidden()
    assert form.current is None and form.period.text() == "2025"
    hvb.setText("11")
    form.boxes[(PlacementForm.HVB, Measure.BOUGHT)].setText("7")
    assert form.save()
    saved = care.find(MJOLBY, "2025")
    assert saved.value(PlacementForm.HVB, Measure.PLACED) == 11
    assert saved.value(PlacementForm.HVB, Measure.OWN) == 4 and saved.breakdowns == 3
    assert care.find(MJOLBY, "2024").value(PlacementForm.HVB, Measure.PLACED) == 9  # untouched

    tab.new_figures()  # the period of saved figures: those open, ready to edit
    form.organisation.set_value(MJOLBY)
    form.period.setText("2025-06-30")
    form.period.editingFinished.emit()
    assert form.current is not None and form.current.id == saved_2025.id
    assert form.boxes[(PlacementForm.SIS, Measure.PLACED)].text() == "2"
    assert tab.current.id == saved_2025.id and not form.is_dirty()

    tab.new_figures()  # typed before choosing: kept
    form.boxes[(PlacementForm.OTHER, Measure.PLACED)].setText("6")
    form.organisation.set_value(MJOLBY)
    assert hvb.text() == "" and form.boxes[(PlacementForm.OTHER, Measure.PLACED)].text() == "6"


def test_period_field_takes_a_day_at_most_and_says_so(qtbot, main_window) -> None:
    """Issue 14 F8: the period field took any length. Its limit leaves room for a day pasted
    with spaces around it (" 2027-05-12" was cut to " 2027-05-1" at 10; adversary, #14)."""
    form = _tab(main_window).form
    form.period.setFocus()
    qtbot.keyClicks(form.period, "2025-06-30" + " " * 10 + "1")
    assert form.period.text() == "2025-06-30" + " " * 10
    assert form.period_error.text() == "För lång text: högst 20 tecken."
    assert not form.period_error.isHidden()
    qtbot.keyClick(form.period, Qt.Key.Key_Backspace)
    assert form.period_error.isHidden()


def test_a_ticked_focus_group_is_an_unsaved_change(qtbot, main_window, messages) -> None:
    """Issue 14 V: ticking a focus group was not counted: no question, lost on switching."""
    tab = _tab(main_window)
    svc = tab.service
    first = svc.save(ReportInput(MJOLBY, "2025", {PlacementForm.HVB: LineInput(placed=7)}))
    other = svc.save(ReportInput(MJOLBY, "2024", {PlacementForm.HVB: LineInput(placed=5)}))
    tab.refresh()
    assert tab.select_report(first.id) and tab.current.id == first.id
    form = tab.form
    assert not form.is_dirty() and form.focus.count()
    item = form.focus.item(0)
    group = item.data(Qt.ItemDataRole.UserRole)
    item.setCheckState(Qt.CheckState.Checked)
    assert form.is_dirty()
    messages.save_answer = "save"
    tab.select_report(other.id)
    qtbot.waitUntil(lambda: bool(messages.texts("ask_save")))
    qtbot.waitUntil(lambda: tab.current is not None and tab.current.id == other.id)
    assert svc.get(first.id).focus_group_ids == (group,)
    assert not form.is_dirty()


@pytest.mark.parametrize("unsaved", [False, True], ids=["no-edit", "unsaved"])
def test_figures_changed_elsewhere_are_never_saved_over(main_window, messages, unsaved) -> None:
    """The form shows a set of figures; a sync's pull (or another window) changes them and
    the notice comes. With nothing typed the form shows the change; with a typed count the
    save is refused as a stale edit, the count kept, the other change kept."""
    from samordnare_desktop.ui.context import CARE_PLACES, EVERYTHING, Change

    tab = _tab(main_window)
    services = tab.ctx.services
    services.care_places.save(
        ReportInput(MJOLBY, "2025", {PlacementForm.HVB: LineInput(placed=10)})
    )
    tab.refresh()
    assert tab.select_code("0586")
    box = tab.form.boxes[(PlacementForm.HVB, Measure.PLACED)]
    if unsaved:
        box.setValue(12)
    services.care_places.save(
        ReportInput(MJOLBY, "2025", {PlacementForm.HVB: LineInput(placed=30)}),
        expected_version=None,
    )
    main_window.ctx.bus.notify(Change.of(CARE_PLACES))
    main_window.ctx.bus.notify(Change.of(EVERYTHING))
    if unsaved:
        tab.form.save_button.click()
        (warning,) = messages.texts("warn")
        assert "Någon annan har ändrat" in warning
        assert box.value() == 12
    else:
        assert box.value() == 30
    (stored,) = services.care_places.reports()
    assert stored.value(PlacementForm.HVB, Measure.PLACED) == 30
