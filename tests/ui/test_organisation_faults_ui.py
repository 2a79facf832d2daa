"""Faults an adversarial tester found in the Organisationer tab and the Besök form (issue #16),
driven through the real widgets and keys."""

from __future__ import annotations

from PySide6.QtCore import Qt

from samordnare_desktop.domain.organisation import OrganisationKind as K
from samordnare_desktop.services.organisations import OrganisationInput
from samordnare_desktop.ui.table_model import ROW_ROLE


def _select(tab, name: str) -> None:
    tab.search.clear()
    tab.search.insert(name)
    names = [tab.proxy.index(r, 0).data(ROW_ROLE).name for r in range(tab.proxy.rowCount())]
    assert name in names
    tab.table.selectRow(names.index(name))


def _ctrl_z(qtbot, window) -> None:
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_sis_cannot_be_renamed_away_while_a_deleted_home_can_come_back(
    qtbot, main_window, messages
) -> None:
    """Delete a youth home, rename SiS (or clear its short name), Ctrl+Z the delete: the home
    came back under an organisation that was no longer SiS."""
    services = main_window.ctx.services.organisations
    sis = services.create(OrganisationInput(K.AGENCY, "Statens institutionsstyrelse", "SiS"))
    services.create(OrganisationInput(K.SIS_HOME, "Bärby ungdomshem", parent_id=sis.id))
    main_window.select_tab("organisations")
    tab = main_window.tab("organisations")
    _select(tab, "Bärby ungdomshem")
    tab.delete()
    assert services.find_by_name("Bärby ungdomshem") is None
    _select(tab, "Statens institutionsstyrelse")
    tab.short_name.setText("")
    tab.name.setText("Statens inst. (gamla)")
    tab.save()
    assert "SiS" in tab.errors.message("kind")
    assert services.get(sis.id).name == "Statens institutionsstyrelse"
    assert services.get(sis.id).short_name == "SiS"
    # a second organisation cannot take SiS's short name either
    tab.new_organisation()
    tab.name.setText("Annan myndighet")
    tab.kind.set_value(K.AGENCY)
    tab.short_name.setText("sis")
    tab.save()
    assert tab.errors.message("short_name")
    assert services.find_by_name("Annan myndighet") is None
    _ctrl_z(qtbot, main_window)
    home = services.find_by_name("Bärby ungdomshem")
    assert home is not None and home.parent_id == sis.id


def test_a_refused_ctrl_z_stays_to_be_retried(qtbot, main_window, messages) -> None:
    """Delete KFS, add a new KFS, Ctrl+Z (refused: the name is taken), rename the new one as the
    message says, Ctrl+Z again: the old KFS comes back (the refused step was not used up)."""
    services = main_window.ctx.services.organisations
    old = services.create(OrganisationInput(K.INTEREST, "KFS"))
    stack = main_window.ctx.undo_stack
    main_window.select_tab("organisations")
    tab = main_window.tab("organisations")
    _select(tab, "KFS")
    tab.delete()
    tab.new_organisation()
    tab.name.setText("KFS")
    tab.kind.set_value(K.INTEREST)
    tab.save()
    new = services.find_by_name("KFS")
    assert new is not None and new.id != old.id
    index = stack.index()
    _ctrl_z(qtbot, main_window)
    assert any("KFS" in text for text in messages.texts())
    assert services.get(old.id).deleted
    qtbot.waitUntil(lambda: stack.index() == index)
    assert stack.canUndo() and "KFS" in stack.undoText()
    services.update(new.id, OrganisationInput(K.INTEREST, "KFS ny"), expected_version=None)
    _ctrl_z(qtbot, main_window)
    assert not services.get(old.id).deleted
    assert stack.index() == index - 1


def test_a_first_visit_with_a_follow_up_keeps_its_kind(qtbot, main_window, messages) -> None:
    """A held first visit changed into a dialogue meeting (or "other") in the Besök form kept
    its follow-up pointing at it: refused beside the kind, nothing saved."""
    from datetime import date

    from samordnare_desktop.domain.visit import VisitKind, VisitStatus
    from samordnare_desktop.services.visits import VisitInput

    visits = main_window.ctx.services.visits
    malmo = main_window.ctx.services.municipalities.by_code("1280").id
    first = visits.create(
        VisitInput(malmo, VisitKind.FIRST, date(2026, 1, 20), status=VisitStatus.HELD)
    )
    follow = visits.create(VisitInput(malmo, VisitKind.FOLLOW_UP, date(2026, 6, 1)))
    assert visits.get(follow.id).first_visit_id == first.id
    main_window.select_tab("visits")
    tab = main_window.tab("visits")
    form = tab.form
    for kind in (VisitKind.DIALOGUE, VisitKind.OTHER):
        assert tab.select_visit(first.id)
        form.kind.setFocus()
        while form.kind.value() is not kind:
            qtbot.keyClick(form.kind, Qt.Key.Key_Down)
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        assert "2026-06-01" in form.errors.message("kind")
        assert visits.get(first.id).kind is VisitKind.FIRST
        assert visits.get(follow.id).first_visit_id == first.id


def test_facts_preview_shows_the_year_and_lets_the_user_choose_another(
    qtbot, main_window, monkeypatch, tmp_path
) -> None:
    """SCB's table with columns 2022;2023;2024: the preview shows the year it reads (the latest)
    and a year chooser; the year chosen there is the one saved."""
    from samordnare_desktop.ui.overview import spread_panel

    path = tmp_path / "scb.csv"
    path.write_text(
        '"Folkmängd efter region och år"\n\n"region";"2022";"2023";"2024"\n'
        '"0114 Upplands Väsby";"48000";"48500";"49000"\n',
        encoding="utf-8",
    )
    seen = {}

    def exec_(dialog) -> bool:
        seen["first"] = dialog.summary.text()
        assert dialog.year.isVisibleTo(dialog)
        assert [dialog.year.itemData(i) for i in range(dialog.year.count())] == [2022, 2023, 2024]
        dialog.year.setCurrentIndex(dialog.year.findData(2023))
        seen["after"] = dialog.summary.text()
        return True

    monkeypatch.setattr(spread_panel.FactsPreviewDialog, "exec", exec_)
    main_window.select_tab("overview")
    panel = main_window.tab("overview").spread
    assert panel.import_facts(path)
    assert "2024" in seen["first"] and "2023" in seen["after"]
    municipality = main_window.ctx.services.municipalities.by_code("0114")
    assert (municipality.population, municipality.population_year) == (48500, 2023)
