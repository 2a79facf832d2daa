"""Nya uppgifter (issue #17), cases an adversarial tester found, kept as tests."""

from __future__ import annotations

from PySide6.QtCore import Qt

from samordnare_desktop.domain.care_places import LineInput, Measure, PlacementForm, ReportInput
from samordnare_desktop.domain.organisation import municipality_organisation_uuid

MJOLBY = municipality_organisation_uuid("0586")
LINKOPING = municipality_organisation_uuid("0580")


def _form(main_window):
    main_window.select_tab("care_places")
    tab = main_window.tab("care_places")
    tab.service.save(
        ReportInput(MJOLBY, "2024", {PlacementForm.HVB: LineInput(placed=9, own=4, bought=5)})
    )
    tab.service.save(ReportInput(LINKOPING, "2024", {PlacementForm.SIS: LineInput(placed=6)}))
    tab.refresh()
    tab.new_figures()
    return tab, tab.form


def test_another_municipality_does_not_keep_the_first_ones_figures(qtbot, main_window, messages):
    """Mjölby chosen (its 2024 figures filled in), one count typed, then Linköping chosen: the
    form kept Mjölby's figures under Linköping, the hint still said they were filled in, and
    Save stored Mjölby's figures as Linköping's. Now Mjölby's go, the typed count stays."""
    tab, form = _form(main_window)
    form.period.setText("2025")
    form.period.editingFinished.emit()
    form.organisation.set_value(MJOLBY)
    assert form.boxes[(PlacementForm.HVB, Measure.PLACED)].text() == "9"
    waiting = form.boxes[(PlacementForm.HVB, Measure.WAITING)]
    waiting.setFocus()
    qtbot.keyClicks(waiting, "3")
    form.organisation.set_value(LINKOPING)
    assert waiting.text() == "3"  # typed: kept
    assert form.boxes[(PlacementForm.HVB, Measure.PLACED)].text() == ""  # Mjölby's: gone
    assert form.boxes[(PlacementForm.SIS, Measure.PLACED)].text() == "6"  # Linköping's latest
    assert form.save()
    saved = tab.service.find(LINKOPING, "2025")
    assert saved.value(PlacementForm.HVB, Measure.PLACED) is None
    assert saved.value(PlacementForm.HVB, Measure.WAITING) == 3


def test_a_ticked_focus_group_survives_the_period_being_changed(qtbot, main_window, messages):
    """A focus group ticked after the figures were filled in was unticked when the period was
    changed (the boxes filled in again): lost without a word."""
    _tab, form = _form(main_window)
    form.period.setText("2025")
    form.period.editingFinished.emit()
    form.organisation.set_value(MJOLBY)
    item = form.focus.item(0)
    group = item.data(Qt.ItemDataRole.UserRole)
    item.setCheckState(Qt.CheckState.Checked)
    form.period.setText("2025-06-30")
    form.period.editingFinished.emit()
    assert group in form._ticked()
    assert form.boxes[(PlacementForm.HVB, Measure.PLACED)].text() == "9"
