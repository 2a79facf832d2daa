"""The Handlingsplaner tab driven through its widgets: build, edit, keys, undo, follow-up,
history, overview and PDF export."""

from __future__ import annotations

import getpass
import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from samordnare_desktop.domain.action_plan import ActionStatus, Assessment, PlanStatus
from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput
from samordnare_desktop.ui.action_plans.tree_model import LATE, OVERDUE_ROLE
from samordnare_desktop.ui.table_model import ROW_ROLE
from tests.helpers import finish_background

TODAY = date(2026, 9, 1)


def _programme(main_window, *codes: str) -> None:
    svc = main_window.ctx.services.municipalities
    for code in codes:
        m = svc.by_code(code)
        details = svc.details(m.id)
        svc.update(m.id, expected_version=details.version, in_programme=True, notes="")


@pytest.fixture
def tab(main_window):
    _programme(main_window, "0586", "1265", "0880")
    tab = main_window.tab("action_plans")
    tab.today = lambda: TODAY
    main_window.select_tab("action_plans")
    tab.refresh()
    return tab


def _svc(tab):
    return tab.ctx.services.action_plans


def _seed(tab, code: str = "0586"):
    """A plan made through the service: two areas, three actions (one overdue)."""
    svc = _svc(tab)
    m = tab.ctx.services.municipalities.by_code(code)
    plan = svc.create_plan(m.id, PlanInput(PlanStatus.AGREED, date(2026, 3, 1), "Eva Ek"))
    a = svc.add_area(plan.id, AreaInput("Samverkan med skola", "Nuläge", "Mål"))
    b = svc.add_area(plan.id, AreaInput("Kompetens och personalstabilitet"))
    svc.add_action(a.id, ActionInput("Rutin för SIP", "Avdelningschef", None, date(2026, 6, 1)))
    svc.add_action(a.id, ActionInput("Möten med elevhälsan", "Enhetschef", None, date(2027, 1, 1)))
    svc.add_action(b.id, ActionInput("Mentorskap", "Enhetschef", None, date(2026, 5, 1)))
    tab.refresh()
    assert tab.select_code(code)
    return svc.get(plan.id)


def _tree_texts(tab) -> list[list[str]]:
    model = tab.plan_page.tree_model
    out = []
    for row in range(model.rowCount()):
        area = model.index(row, 0)
        out.append(
            [area.data()] + [model.index(r, 0, area).data() for r in range(model.rowCount(area))]
        )
    return out


def test_build_a_plan_in_the_tab(qtbot, tab) -> None:
    assert tab.select_code("0586")
    assert tab.plan_page.no_plan.isVisibleTo(tab)
    qtbot.mouseClick(tab.plan_page.create_button, Qt.MouseButton.LeftButton)
    assert tab.plan is not None and tab.plan_page.plan_box.isVisibleTo(tab)
    tab.plan_page.plan_owner.setText("Eva Ek, IFO-chef")
    tab.plan_page.received.setText("2026-03-02")
    tab.plan_page._header_edited()
    qtbot.mouseClick(tab.plan_page.save_header_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(tab.plan_page.add_area_button, Qt.MouseButton.LeftButton)
    tab.plan_page.area_form.name.setEditText("Samverkan med hälso- och sjukvård och skola")
    tab.plan_page.area_form.situation.setPlainText("Samverkan bygger på enskilda personer.")
    tab.plan_page.area_form.goal.setPlainText("Skriftliga rutiner.")
    qtbot.mouseClick(tab.plan_page.editor.save_button, Qt.MouseButton.LeftButton)

    tab.plan_page.tree.setFocus()
    qtbot.keyClick(tab.plan_page.tree, Qt.Key.Key_Insert)  # Insert adds an action to the area
    form = tab.plan_page.action_form
    assert tab.plan_page.editor.stack.currentWidget() is form
    form.what.setPlainText("Gemensam rutin för SIP")
    form.owner.setText("Avdelningschef")
    form.due.setText("2026-06-01")
    form.measure.setPlainText("Antal SIP per kvartal")
    qtbot.keyClick(form.owner, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves

    plan = _svc(tab).plan_for(tab.summary.municipality_id)
    assert plan.owner == "Eva Ek, IFO-chef" and plan.received_on == date(2026, 3, 2)
    assert [a.name for a in plan.areas] == ["Samverkan med hälso- och sjukvård och skola"]
    action = plan.areas[0].actions[0]
    assert (action.what, action.owner, action.due_date) == (
        "Gemensam rutin för SIP",
        "Avdelningschef",
        date(2026, 6, 1),
    )
    # overdue on TODAY (2026-09-01): red, bold, and said in words
    index = tab.plan_page.tree_model.find(action.id)
    assert index.data(OVERDUE_ROLE) is True
    status = tab.plan_page.tree_model.index(index.row(), 3, index.parent())
    assert "försenad" in status.data()
    assert status.data(Qt.ItemDataRole.ForegroundRole).color() == LATE
    row = next(r for r in tab.list_model.rows() if r.code == "0586")
    assert row.overdue_count(TODAY) == 1


def test_validation_errors_keep_the_text_and_the_row(qtbot, tab) -> None:
    plan = _seed(tab)
    action = plan.areas[0].actions[0]
    assert tab.plan_page.editor.select(action.id)
    form = tab.plan_page.action_form
    form.due.setText("2026-13-40")
    form.due.textEdited.emit("2026-13-40")
    form.what.setPlainText("Ny text som inte får försvinna")
    # choosing another row tries to save first: refused, so the row and the text stay
    tab.plan_page.editor.select(plan.areas[1].id)
    qtbot.waitUntil(lambda: not tab.plan_page.editor._reverting)
    assert tab.plan_page.editor.current_item.id == action.id
    assert form.due.text() == "2026-13-40"
    assert form.what.toPlainText() == "Ny text som inte får försvinna"
    assert "inte ett datum" in form.errors.message("due_date")
    assert _svc(tab).action(action.id).what == "Rutin för SIP"
    form.due.setText("")
    form.what.setPlainText("   ")
    assert tab.plan_page.editor.save() is False
    assert "tomt" in form.errors.message("what")
    form.what.setPlainText("Rättad text")
    assert tab.plan_page.editor.save() is True
    assert _svc(tab).action(action.id).what == "Rättad text"
    assert _svc(tab).action(action.id).due_date is None


def test_reorder_areas_and_actions_by_keyboard(qtbot, tab) -> None:
    plan = _seed(tab)
    second = plan.areas[0].actions[1]
    tab.plan_page.editor.select(second.id)
    tab.plan_page.tree.setFocus()
    qtbot.keyClick(tab.plan_page.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [a.what for a in _svc(tab).get(plan.id).areas[0].actions] == [
        "Möten med elevhälsan",
        "Rutin för SIP",
    ]
    assert tab.plan_page.editor.current_item.id == second.id  # the moved row stays chosen
    tab.plan_page.editor.select(plan.areas[1].id)
    qtbot.keyClick(tab.plan_page.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _tree_texts(tab)[0][0].startswith("Kompetens och personalstabilitet  (")
    qtbot.keyClick(tab.plan_page.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [a.name for a in _svc(tab).get(plan.id).areas] == [
        "Samverkan med skola",
        "Kompetens och personalstabilitet",
    ]
    tab.ctx.undo_stack.undo()  # undoes the last move
    assert _tree_texts(tab)[0][0].startswith("Kompetens och personalstabilitet  (")


def test_delete_with_confirm_and_undo(qtbot, tab, messages) -> None:
    plan = _seed(tab)
    action = plan.areas[0].actions[0]
    tab.plan_page.editor.select(action.id)
    tab.plan_page.tree.setFocus()
    messages.confirm_answer = False
    qtbot.keyClick(tab.plan_page.tree, Qt.Key.Key_Delete)
    assert len(_svc(tab).get(plan.id).areas[0].actions) == 2  # "No" keeps it
    messages.confirm_answer = True
    qtbot.keyClick(tab.plan_page.tree, Qt.Key.Key_Delete)
    assert "Rutin för SIP" in messages.texts("confirm")[-1]
    assert [a.what for a in _svc(tab).get(plan.id).areas[0].actions] == ["Möten med elevhälsan"]
    assert _tree_texts(tab)[0] == ["Samverkan med skola  (1 åtgärd)", "Möten med elevhälsan"]
    tab.ctx.undo_stack.undo()
    assert len(_svc(tab).get(plan.id).areas[0].actions) == 2
    assert _tree_texts(tab)[0][1] == "Rutin för SIP"
    # a whole area, then undo
    tab.plan_page.editor.select(plan.areas[1].id)
    qtbot.mouseClick(tab.plan_page.delete_button, Qt.MouseButton.LeftButton)
    assert len(_svc(tab).get(plan.id).areas) == 1
    tab.ctx.undo_stack.undo()
    assert len(_svc(tab).get(plan.id).areas[1].actions) == 1
    fields = [(h.subject, h.field) for h in tab.ctx.services.plan_versions.history(plan.id)]
    assert ("action", "deleted") in fields and ("action", "restored") in fields


def test_history_and_versions_are_shown(qtbot, tab, monkeypatch) -> None:
    plan = _seed(tab)
    action = plan.areas[1].actions[0]
    tab.plan_page.editor.select(action.id)
    tab.plan_page.action_form.status.setCurrentIndex(
        tab.plan_page.action_form.status.findData(ActionStatus.DONE)
    )
    assert tab.plan_page.editor.save()
    monkeypatch.setattr(tab.plan_page, "_ask_version_note", lambda _plan: "Som överenskommen")
    qtbot.mouseClick(tab.plan_page.save_version_button, Qt.MouseButton.LeftButton)
    assert [v.number for v in tab.ctx.services.plan_versions.versions(plan.id)] == [1]
    assert tab.history_page.version_model.rowCount() == 1
    rows = tab.history_page.history_model.rows()
    change = next(r for r in rows if r.field == "status" and r.subject == "action")
    assert (change.old_value, change.new_value, change.who) == (
        "not_started",
        "done",
        getpass.getuser(),
    )
    texts = [
        [tab.history_page.history_model.index(r, c).data() for c in range(6)]
        for r in range(tab.history_page.history_model.rowCount())
    ]
    assert any(t[3] == "status" and t[4] == "Ej påbörjad" and t[5] == "Klar" for t in texts)
    assert "version 1" in tab.plan_page.version_label.text()


def test_record_a_follow_up(qtbot, tab, tmp_path, monkeypatch) -> None:
    plan = _seed(tab)
    svc = _svc(tab)
    tab.ctx.services.plan_versions.save_version(plan.id, "Överenskommen")
    tab.reload_plan()
    tab.pages.setCurrentIndex(1)
    assert tab.follow_page.follow_start.isVisibleTo(tab)
    tab.follow_page.follow_day.setText("2026-10-05")
    qtbot.mouseClick(tab.follow_page.start_follow_button, Qt.MouseButton.LeftButton)
    follow = tab.ctx.services.follow_ups.follow_up(plan.id)
    assert follow is not None and follow.held_on == date(2026, 10, 5)
    assert follow.visit_id is None and follow.baseline_version == 1
    editor = tab.follow_page.follow_editor
    action = plan.areas[0].actions[0]
    editor.select(action.id)
    form = tab.follow_page.follow_action_form
    assert "Rutin för SIP" in form.heading.text()
    form.status.setCurrentIndex(form.status.findData(ActionStatus.DONE))
    form.comment.setPlainText("Rutinen är antagen av nämnden & <b>klar</b>")
    editor.select(plan.areas[0].id)  # moving on saves
    area_form = tab.follow_page.follow_area_form
    area_form.assessment.setCurrentIndex(area_form.assessment.findData(Assessment.CLEARLY_IMPROVED))
    area_form.note.setPlainText("Tydligt bättre samverkan")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    tab.follow_page.follow_summary.setPlainText("Kommunen har kommit långt.")
    qtbot.mouseClick(tab.follow_page.save_summary_button, Qt.MouseButton.LeftButton)

    follow = tab.ctx.services.follow_ups.follow_up(plan.id)
    assert follow.action_status[action.id] is ActionStatus.DONE
    assert follow.action_comment[action.id] == "Rutinen är antagen av nämnden & <b>klar</b>"
    assert follow.area_assessment[plan.areas[0].id] is Assessment.CLEARLY_IMPROVED
    assert follow.summary == "Kommunen har kommit långt."
    assert svc.get(plan.id).status is PlanStatus.FOLLOWED_UP
    now = tab.follow_page.follow_model.index(0, 0)
    assert tab.follow_page.follow_model.index(0, 2, now).data() == "Klar"
    assert tab.follow_page.follow_model.index(0, 1, now).data() == "Ej påbörjad"
    fields = {h.field for h in tab.ctx.services.plan_versions.history(plan.id)}
    assert {"follow_up_status", "follow_up_comment", "assessment", "summary"} <= fields

    out = tmp_path / "uppfoljning.pdf"
    monkeypatch.setattr(tab, "_ask_pdf_path", lambda _name: out)
    qtbot.mouseClick(tab.follow_page.export_follow_button, Qt.MouseButton.LeftButton)
    finish_background(qtbot)
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages).split()
    )
    assert "Bedömning: Tydligt förbättrat" in text
    assert "Rutinen är antagen av nämnden & <b>klar</b>" in text


def test_export_plan_pdf_from_the_tab(qtbot, tab, tmp_path, monkeypatch) -> None:
    _seed(tab)
    out = tmp_path / "plan.pdf"
    monkeypatch.setattr(tab, "_ask_pdf_path", lambda _name: out)
    qtbot.mouseClick(tab.plan_page.export_button, Qt.MouseButton.LeftButton)
    finish_background(qtbot)
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages).split()
    )
    assert "Handlingsplan" in text and "Mjölby (0586)" in text and "Mentorskap" in text


def test_overview_filters_and_click_through(qtbot, tab) -> None:
    _seed(tab, "1265")
    plan = _seed(tab, "0586")
    qtbot.mouseClick(tab.mode_overview, Qt.MouseButton.LeftButton)
    assert tab.stack.currentIndex() == 1
    assert tab.overview_page.overview_proxy.rowCount() == 6
    tab.overview_page.overview_status.setCurrentIndex(
        tab.overview_page.overview_status.findData("overdue")
    )
    late = [
        tab.overview_page.overview_proxy.row(r).what
        for r in range(tab.overview_page.overview_proxy.rowCount())
    ]
    assert sorted(late) == ["Mentorskap", "Mentorskap", "Rutin för SIP", "Rutin för SIP"]
    tab.overview_page.overview_status.setCurrentIndex(0)
    qtbot.keyClicks(tab.overview_page.overview_search, "samverkan")
    assert tab.overview_page.overview_proxy.rowCount() == 4
    assert (
        "Visar 4 av 6 åtgärder · försenade: 2 · ej påbörjad 4"
        in tab.overview_page.overview_count.text()
    )
    qtbot.keyClicks(tab.overview_page.overview_search, " mjolby")  # no match without ö
    assert tab.overview_page.overview_proxy.rowCount() == 0
    tab.overview_page.overview_search.setText("samverkan mjö")
    rows = [
        tab.overview_page.overview_proxy.row(r)
        for r in range(tab.overview_page.overview_proxy.rowCount())
    ]
    assert {r.municipality_name for r in rows} == {"Mjölby"}
    target = next(r for r in range(len(rows)) if rows[r].what == "Möten med elevhälsan")
    tab.overview_page.open_overview_row(target)
    assert tab.stack.currentIndex() == 0
    assert tab.summary.code == "0586"
    assert tab.plan_page.editor.current_item.id == plan.areas[0].actions[1].id


def test_undo_and_redo_show_in_the_overview_of_every_action(qtbot, tab, messages) -> None:
    """Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) with the overview of every action shown: its rows
    and counts follow the plan (they stayed as before the undo until the mode was switched)."""
    plan = _seed(tab, "0586")
    tab.plan_page.editor.select(plan.areas[1].actions[0].id)  # Mentorskap
    messages.confirm_answer = True
    tab.plan_page.items.delete_item()
    qtbot.mouseClick(tab.mode_overview, Qt.MouseButton.LeftButton)
    window = tab.window()

    def shown() -> list[str]:
        proxy = tab.overview_page.overview_proxy
        return sorted(proxy.row(r).what for r in range(proxy.rowCount()))

    assert shown() == ["Möten med elevhälsan", "Rutin för SIP"]
    window.activateWindow()
    tab.overview_page.overview_search.clearFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown() == ["Mentorskap", "Möten med elevhälsan", "Rutin för SIP"]
    assert "av 3 åtgärder" in tab.overview_page.overview_count.text()
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert shown() == ["Möten med elevhälsan", "Rutin för SIP"]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(shown()) == 3
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(shown()) == 2


def test_keys_add_area_and_edit(qtbot, tab) -> None:
    plan = _seed(tab)
    tab.plan_page.editor.select(plan.areas[0].id)
    tab.plan_page.tree.setFocus()
    qtbot.keyClick(tab.plan_page.tree, Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier)
    areas = _svc(tab).get(plan.id).areas
    assert [a.name for a in areas][1] == "Nytt utvecklingsområde"  # after the chosen area
    assert tab.plan_page.editor.current_item.id == areas[1].id
    tab.plan_page.area_form.name.setEditText("Placeringar i familjehem och HVB")
    tab.plan_page.tree.setFocus()
    tab.plan_page.editor.select(plan.areas[0].actions[0].id)  # moving on saves the area
    assert _svc(tab).get(plan.id).areas[1].name == "Placeringar i familjehem och HVB"
    tab.plan_page.tree.setFocus()
    qtbot.keyClick(tab.plan_page.tree, Qt.Key.Key_F2)
    assert tab.plan_page.action_form.what.hasFocus()
    tab.ctx.undo_stack.undo()  # undo the new name
    assert _svc(tab).get(plan.id).areas[1].name == "Nytt utvecklingsområde"
    tab.ctx.undo_stack.undo()  # undo the added area
    assert len(_svc(tab).get(plan.id).areas) == 2


def test_export_a_saved_version(qtbot, tab, tmp_path, monkeypatch) -> None:
    plan = _seed(tab)
    svc = _svc(tab)
    tab.ctx.services.plan_versions.save_version(plan.id, "Som överenskommen")
    action = plan.areas[0].actions[0]
    svc.update_action(action.id, ActionInput("Ändrad efteråt"), expected_version=action.version)
    tab.reload_plan()
    out = tmp_path / "version.pdf"
    monkeypatch.setattr(tab, "_ask_pdf_path", lambda _name: out)
    tab.pages.setCurrentIndex(2)
    qtbot.mouseClick(tab.history_page.export_version_button, Qt.MouseButton.LeftButton)
    finish_background(qtbot)
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages).split()
    )
    assert "Rutin för SIP" in text and "Ändrad efteråt" not in text


def test_other_tabs_can_open_a_plan(tab) -> None:
    plan = _seed(tab, "1265")
    _seed(tab, "0586")
    tab.set_mode(1)
    action = plan.areas[1].actions[0]
    assert tab.select_plan(plan.id, action.id)
    assert tab.stack.currentIndex() == 0 and tab.summary.code == "1265"
    assert tab.plan_page.editor.current_item.id == action.id
    assert not tab.select_plan(action.id)  # not a plan


def test_typed_text_is_saved_or_kept_when_leaving(qtbot, tab) -> None:
    plan = _seed(tab)
    _seed(tab, "1265")
    assert tab.select_code("0586")
    tab.plan_page.editor.select(plan.areas[0].id)
    tab.plan_page.area_form.goal.setPlainText("Nytt mål, inte sparat ännu")
    assert tab.select_code("1265")  # another municipality: the pane is saved first
    assert _svc(tab).get(plan.id).areas[0].goal == "Nytt mål, inte sparat ännu"
    assert tab.summary.code == "1265"
    assert tab.list.selectionModel().selectedRows()[0].data(ROW_ROLE).code == "1265"
    assert tab.select_code("0586")
    tab.plan_page.editor.select(plan.areas[0].id)
    tab.plan_page.area_form.name.setEditText("   ")
    tab.select_code("1265")  # refused: stays on Mjölby with the text and the error
    assert tab.summary.code == "0586"
    assert "tomt" in tab.plan_page.area_form.errors.message("name")
    assert _svc(tab).get(plan.id).areas[0].name == "Samverkan med skola"


def test_delete_follow_up_and_undo(qtbot, tab) -> None:
    plan = _seed(tab)
    tab.ctx.services.follow_ups.start_follow_up(plan.id, held_on=date(2026, 10, 1))
    tab.reload_plan()
    tab.follow_page.load()
    tab.pages.setCurrentIndex(1)
    assert tab.follow_page.follow_box.isVisibleTo(tab)
    qtbot.mouseClick(tab.follow_page.delete_follow_button, Qt.MouseButton.LeftButton)
    assert tab.ctx.services.follow_ups.follow_up(plan.id) is None
    assert tab.follow_page.follow_start.isVisibleTo(tab)
    tab.ctx.undo_stack.undo()
    assert tab.ctx.services.follow_ups.follow_up(plan.id) is not None
    assert tab.follow_page.follow_box.isVisibleTo(tab)


def test_closing_saves_or_asks(qtbot, main_window, tab, messages) -> None:
    plan = _seed(tab)
    tab.plan_page.editor.select(plan.areas[0].id)
    tab.plan_page.area_form.name.setEditText("")
    messages.confirm_answer = False
    main_window.close()  # refused save, "No" to closing: the window stays with the text
    assert main_window.isVisible()
    assert "kunde inte sparas" in messages.texts("confirm")[-1]
    assert tab.plan_page.area_form.name.currentText() == ""
    tab.plan_page.area_form.name.setEditText("Samverkan, ny rubrik")
    main_window.close()
    assert not main_window.isVisible()
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.startup import open_database

    db = open_database(main_window.session.db_path, daily_backup=False)
    try:
        assert Services(db).action_plans.get(plan.id).areas[0].name == "Samverkan, ny rubrik"
    finally:
        db.close()


def test_visit_page_starts_the_follow_up_at_that_visit(qtbot, main_window, tab) -> None:
    from samordnare_desktop.domain.visit import VisitKind, VisitStatus
    from samordnare_desktop.services.visits import VisitInput

    plan = _seed(tab)
    m = main_window.ctx.services.municipalities.by_code("0586")
    visit = main_window.ctx.services.visits.create(
        VisitInput(m.id, VisitKind.FOLLOW_UP, date(2026, 10, 6), status=VisitStatus.HELD)
    )
    main_window.select_tab("visits")
    visits = main_window.tab("visits")
    visits.refresh()
    assert visits.select_visit(visit.id)
    holder = next(h for h in visits.page_holders if h.name == "action_plan_page")
    visits.pages.setCurrentWidget(holder)
    page = holder.widget
    assert "inte följts upp" in page.summary.text() and page.follow_button.isVisibleTo(page)
    qtbot.mouseClick(page.follow_button, Qt.MouseButton.LeftButton)
    follow = tab.ctx.services.follow_ups.follow_up(plan.id)
    assert follow.visit_id == visit.id and follow.held_on == date(2026, 10, 6)
    assert main_window.current_tab() is tab and tab.pages.currentIndex() == 1
    assert tab.follow_page.follow_box.isVisibleTo(tab)
    assert "2026-10-06" in tab.follow_page.follow_heading.text()
    # who began it (#20: no named user here, so the login, as the history)
    assert f"antecknad av {getpass.getuser()}" in tab.follow_page.follow_heading.text()
    assert "kopplad till detta besök" in page.summary.text()


def test_edits_are_undone_and_redone_and_logged(qtbot, tab) -> None:
    plan = _seed(tab)
    svc, stack = _svc(tab), tab.ctx.undo_stack
    # the plan header
    tab.plan_page.plan_owner.setText("Ola Berg, socialchef")
    tab.plan_page.plan_status.setCurrentIndex(tab.plan_page.plan_status.findData(PlanStatus.DRAFT))
    tab.plan_page.received.setText("2026-04-02")
    qtbot.mouseClick(tab.plan_page.save_header_button, Qt.MouseButton.LeftButton)
    saved = svc.get(plan.id)
    assert (saved.owner, saved.status, saved.received_on) == (
        "Ola Berg, socialchef",
        PlanStatus.DRAFT,
        date(2026, 4, 2),
    )
    stack.undo()
    back = svc.get(plan.id)
    assert (back.owner, back.status, back.received_on) == (
        "Eva Ek",
        PlanStatus.AGREED,
        date(2026, 3, 1),
    )
    assert (
        tab.plan_page.plan_owner.text() == "Eva Ek"
        and not tab.plan_page.save_header_button.isEnabled()
    )
    stack.redo()
    assert svc.get(plan.id).owner == "Ola Berg, socialchef"
    assert tab.plan_page.plan_owner.text() == "Ola Berg, socialchef"

    # an area's form
    area = plan.areas[0]
    tab.plan_page.editor.select(area.id)
    tab.plan_page.area_form.goal.setPlainText("Skriftliga rutiner för samverkan")
    assert tab.plan_page.editor.save() is True
    assert svc.get(plan.id).areas[0].goal == "Skriftliga rutiner för samverkan"
    # an action's form
    action = area.actions[0]
    tab.plan_page.editor.select(action.id)
    tab.plan_page.action_form.owner.setText("Socialchef")
    tab.plan_page.action_form.owner.textEdited.emit("Socialchef")
    assert tab.plan_page.editor.save() is True
    assert svc.action(action.id).owner == "Socialchef"
    stack.undo()
    assert svc.action(action.id).owner == "Avdelningschef"
    assert (
        tab.plan_page.action_form.owner.text() == "Avdelningschef"
    )  # the pane shows the undone value
    stack.undo()
    assert svc.get(plan.id).areas[0].goal == "Mål"
    stack.redo()
    stack.redo()
    assert svc.action(action.id).owner == "Socialchef"
    assert svc.get(plan.id).areas[0].goal == "Skriftliga rutiner för samverkan"

    # every step, the undos too, is in the history
    changes = [
        (h.subject, h.field, h.old_value, h.new_value)
        for h in tab.ctx.services.plan_versions.history(plan.id)
    ]
    assert ("plan", "owner", "Ola Berg, socialchef", "Eva Ek") in changes
    assert ("action", "owner", "Socialchef", "Avdelningschef") in changes
    assert ("area", "goal", "Skriftliga rutiner för samverkan", "Mål") in changes
    assert changes.count(("action", "owner", "Avdelningschef", "Socialchef")) == 2


def test_saving_unchanged_panes_adds_no_undo_step(qtbot, tab) -> None:
    plan = _seed(tab)
    stack = tab.ctx.undo_stack
    count = stack.count()
    tab.plan_page._header_edited()
    assert tab.plan_page.save_header() is True
    tab.plan_page.editor.select(plan.areas[0].id)
    tab.plan_page.editor._on_edited()
    assert tab.plan_page.editor.save() is True
    assert stack.count() == count


def test_delete_a_whole_plan_with_confirm_and_undo(qtbot, tab, messages) -> None:
    plan = _seed(tab)
    svc = _svc(tab)
    assert tab.plan_page.delete_plan_button.isVisibleTo(tab)
    messages.confirm_answer = False
    qtbot.mouseClick(tab.plan_page.delete_plan_button, Qt.MouseButton.LeftButton)
    assert svc.plan_for(plan.municipality_id) is not None  # "No" keeps it
    question = messages.texts("confirm")[-1]
    assert plan.municipality_name in question
    assert "2 utvecklingsområden" in question and "3 åtgärder" in question
    messages.confirm_answer = True
    qtbot.mouseClick(tab.plan_page.delete_plan_button, Qt.MouseButton.LeftButton)
    assert svc.plan_for(plan.municipality_id) is None
    assert tab.plan is None and tab.plan_page.no_plan.isVisibleTo(tab)
    row = next(r for r in tab.list_model.rows() if r.code == "0586")
    assert row.plan_id is None
    tab.ctx.undo_stack.undo()
    assert svc.plan_for(plan.municipality_id).id == plan.id
    assert tab.plan is not None and tab.plan.id == plan.id
    assert _tree_texts(tab)[0][0].startswith("Samverkan med skola")
    fields = [(h.subject, h.field) for h in tab.ctx.services.plan_versions.history(plan.id)]
    assert ("plan", "deleted") in fields and ("plan", "restored") in fields
    tab.ctx.undo_stack.redo()
    assert svc.plan_for(plan.municipality_id) is None and tab.plan is None


def test_follow_up_shows_actions_removed_after_the_agreed_version(qtbot, tab) -> None:
    from samordnare_desktop.ui.action_plans.tree_model import REMOVED_ROLE

    plan = _seed(tab)
    svc = _svc(tab)
    tab.ctx.services.plan_versions.save_version(plan.id, "Överenskommen")
    gone = plan.areas[0].actions[0]  # "Rutin för SIP"
    svc.delete_action(gone.id)
    svc.delete_area(plan.areas[1].id)  # the whole second area, with "Mentorskap"
    tab.ctx.services.follow_ups.start_follow_up(plan.id, None, date(2026, 10, 5))
    tab.reload_plan()
    tab.follow_page.load()
    tab.pages.setCurrentIndex(1)

    model = tab.follow_page.follow_model
    mark = "(borttagen efter överenskommen version)"
    first = model.index(0, 0)
    texts = [model.index(r, 0, first).data() for r in range(model.rowCount(first))]
    assert texts == ["Möten med elevhälsan", f"Rutin för SIP {mark}"]
    assert model.rowCount() == 2
    second = model.index(1, 0)
    assert second.data() == f"Kompetens och personalstabilitet {mark}"
    assert model.index(0, 0, second).data() == f"Mentorskap {mark}"
    removed = model.index(1, 0, first)
    assert removed.data(REMOVED_ROLE) is True and first.data(REMOVED_ROLE) is False
    assert model.index(1, 1, first).data() == "Ej påbörjad"  # the status as agreed
    assert model.index(1, 2, first).data() == "Borttagen"  # where it shows at a glance
    assert model.index(0, 2, first).data() != "Borttagen"
    # the plan tree itself does not show them
    assert _tree_texts(tab) == [["Samverkan med skola  (1 åtgärd)", "Möten med elevhälsan"]]

    # read-only: the pane says why and cannot be changed; nothing is recorded
    editor = tab.follow_page.follow_editor
    assert editor.select(gone.id)
    form = tab.follow_page.follow_action_form
    assert "Borttagen ur planen" in form.heading.text()
    assert not form.status.isEnabled() and not form.comment.isEnabled()
    editor.dirty = True
    assert editor.save() is True
    assert gone.id not in tab.ctx.services.follow_ups.follow_up(plan.id).action_status
    assert editor.select(plan.areas[1].id)
    assert not tab.follow_page.follow_area_form.assessment.isEnabled()
    # a live action is editable again
    assert editor.select(plan.areas[0].actions[1].id)
    assert form.status.isEnabled() and form.comment.isEnabled()
    assert "Borttagen" not in form.heading.text()


def test_visit_page_reloads_for_its_own_plan_only(main_window, tab, monkeypatch) -> None:
    """A change notice of another municipality's plan leaves the visit's plan page alone."""
    from samordnare_desktop.domain.visit import VisitKind, VisitStatus
    from samordnare_desktop.services.visits import VisitInput
    from samordnare_desktop.ui.context import ACTION_PLAN, Change

    plan = _seed(tab)
    services = main_window.ctx.services
    m = services.municipalities.by_code("0586")
    other = services.municipalities.by_code("0180")
    visit = services.visits.create(
        VisitInput(m.id, VisitKind.FOLLOW_UP, date(2026, 10, 6), status=VisitStatus.HELD)
    )
    main_window.select_tab("visits")
    visits = main_window.tab("visits")
    visits.refresh()
    assert visits.select_visit(visit.id)
    holder = next(h for h in visits.page_holders if h.name == "action_plan_page")
    visits.pages.setCurrentWidget(holder)
    page = holder.widget
    loads: list[object] = []
    monkeypatch.setattr(page, "set_visit", loads.append)
    main_window.ctx.bus.notify(Change.of(ACTION_PLAN, ids={other.id}))
    assert loads == []
    main_window.ctx.bus.notify(Change.of(ACTION_PLAN, ids={plan.id}))
    main_window.ctx.bus.changed.emit("action_plans")  # an older notice: every plan
    assert loads == [visit.id, visit.id]


def test_received_and_follow_up_dates_are_the_app_date_input(qtbot, tab) -> None:
    """Issue 14 F9: "Mottagen" and the follow-up "Datum" were plain text fields (a bad date was
    said only on Save, in a box), and the follow-up date was read as "Påbörja uppföljningen"."""
    from samordnare_desktop.ui.widgets.date_input import DateInput
    from tests.ui.walk import accessible_name

    plan = _seed(tab)
    page = tab.plan_page
    assert isinstance(page.received, DateInput)
    page.received.setFocus()
    qtbot.keyClick(page.received, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.received, "2026-02-30")
    page.received.editingFinished.emit()  # the field is left
    assert page.received.text() == "2026-02-30"  # kept, to be corrected
    assert "2026-02-30" in page.header_errors.message("received_on")
    assert not page.save_header()
    assert _svc(tab).get(plan.id).received_on == plan.received_on  # unchanged
    qtbot.keyClick(page.received, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.received, "20260212")
    assert page.header_errors.message("received_on") == ""
    assert page.save_header()
    assert _svc(tab).get(plan.id).received_on == date(2026, 2, 12)

    tab.pages.setCurrentIndex(1)
    follow = tab.follow_page
    assert isinstance(follow.follow_day, DateInput)
    assert accessible_name(follow.follow_day) == "Datum för uppföljningen"
    follow.follow_day.setText("2026-13-01")
    follow.follow_day.editingFinished.emit()
    assert follow.follow_day.text() == "2026-13-01"
    assert "2026-13-01" in follow.follow_start_error.text()
    follow.start_follow_up()
    assert tab.ctx.services.follow_ups.follow_up(plan.id) is None
    follow.follow_day.setText("2026-10-05")
    assert follow.follow_start_error.text() == ""
    follow.start_follow_up()
    assert tab.ctx.services.follow_ups.follow_up(plan.id).held_on == date(2026, 10, 5)


def test_the_plan_column_is_as_wide_as_resize_to_contents_makes_it(tab) -> None:
    """The list's "Plan" column is sized from one row per status shown (not every row's cell):
    the same width as ``resizeColumnToContents``, whichever statuses are shown or searched."""
    svc = _svc(tab)
    for code, status in (("0586", PlanStatus.AGREED), ("1265", PlanStatus.DRAFT)):
        m = tab.ctx.services.municipalities.by_code(code)
        svc.create_plan(m.id, PlanInput(status, date(2026, 3, 1), "Eva Ek"))
    header = tab.list.horizontalHeader()
    for search in ("", "Mjölby", "Sjöbo", "Kalmar", "inget sådant namn"):
        tab.search.setText(search)
        tab.fill_first(None, None)
        fitted = header.sectionSize(1)
        shown = {tab.list_proxy.index(r, 1).data() for r in range(tab.list_proxy.rowCount())}
        tab.list.resizeColumnToContents(1)
        assert fitted == header.sectionSize(1), (search, shown)
        header.resizeSection(1, 5)  # measured again from nothing at the next fill
    tab.search.setText("")
    tab.fill_first(None, None)
    assert header.sectionSize(1) > 5


def test_the_plan_tree_shows_every_area_open_after_each_load(tab) -> None:
    """A plan shown opens every area (a reset of the rows expands them once, not twice), and
    shown again with the same rows (after an edit) every area is open again."""
    plan = _seed(tab)
    page = tab.plan_page
    model = page.tree_model

    def open_areas() -> list[bool]:
        return [page.tree.isExpanded(model.index(r, 0)) for r in range(model.rowCount())]

    assert open_areas() == [True, True]
    page.tree.collapse(model.index(0, 0))
    assert open_areas() == [False, True]
    action = plan.areas[1].actions[0]
    _svc(tab).update_action(
        action.id,
        ActionInput("Mentorskap för nya", "Enhetschef", None, date(2026, 5, 1)),
        expected_version=action.version,
    )
    tab.reload_plan()  # the same areas and actions: the rows are kept, not reset
    assert open_areas() == [True, True]
    assert "Mentorskap för nya" in _tree_texts(tab)[1]


def test_the_follow_up_date_refusal_goes_when_the_earlier_date_is_typed_back(qtbot, tab) -> None:
    """The follow-up date's refusal went only with a new day: typing back the date it had
    before the bad one (no new day) left "… is not a date" beside a readable date."""
    from tests.helpers import type_date

    _seed(tab)
    tab.pages.setCurrentIndex(1)
    follow = tab.follow_page
    before = follow.follow_day.text()
    assert before
    type_date(qtbot, follow.follow_day, "2026-13-01")
    assert "2026-13-01" in follow.follow_start_error.text()
    type_date(qtbot, follow.follow_day, before)
    assert follow.follow_day.error() == ""
    assert follow.follow_start_error.text() == ""


@pytest.mark.parametrize("kind", ["action", "area"])
@pytest.mark.parametrize("unsaved", [False, True], ids=["no-edit", "unsaved"])
def test_a_change_elsewhere_is_never_saved_over(qtbot, tab, messages, kind, unsaved) -> None:
    """A row shown in the plan's editor changes elsewhere (another window, a sync's pull) and
    the change notice comes. With nothing typed the pane shows the change; with unsaved text
    the save is refused as a stale edit, the text kept, the other change kept."""
    from samordnare_desktop.ui.context import ACTION_PLAN, EVERYTHING, Change

    plan = _seed(tab)
    svc = _svc(tab)
    editor = tab.plan_page.editor
    if kind == "action":
        row, field = plan.areas[0].actions[0], tab.plan_page.action_form.what
        change = replace(row.as_input(), what="Ändrad någon annanstans")
        update, stored = svc.update_action, lambda: svc.action(row.id).what
    else:
        row, field = plan.areas[0], tab.plan_page.area_form.goal
        change = replace(row.as_input(), goal="Ändrad någon annanstans")
        update, stored = svc.update_area, lambda: svc.get(plan.id).areas[0].goal
    assert editor.select(row.id)
    if unsaved:
        field.setPlainText("Min osparade text")
    update(row.id, change, expected_version=None)
    tab.ctx.bus.notify(Change.of(ACTION_PLAN, ids={plan.id}))
    tab.ctx.bus.notify(Change.of(EVERYTHING))
    if unsaved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        (warning,) = messages.texts("warn")
        assert "Någon annan har ändrat" in warning
        assert field.toPlainText() == "Min osparade text"
    else:
        assert field.toPlainText() == "Ändrad någon annanstans"
    assert stored() == "Ändrad någon annanstans"


@pytest.mark.parametrize("unsaved", [False, True], ids=["no-edit", "unsaved"])
def test_a_follow_up_comment_changed_elsewhere_is_never_saved_over(
    qtbot, tab, messages, unsaved
) -> None:
    """The follow-up shows an action's comment; another window (a sync's pull) records
    another comment and the notice comes. With nothing typed the pane shows it; with an
    unsaved comment the save is refused as a stale edit, the text kept, the other kept."""
    from samordnare_desktop.ui.context import EVERYTHING, Change

    plan = _seed(tab)
    follow_ups = tab.ctx.services.follow_ups
    tab.ctx.services.plan_versions.save_version(plan.id, "Överenskommen")
    follow = follow_ups.start_follow_up(plan.id, None, date(2026, 10, 5))
    tab.reload_plan()
    tab.pages.setCurrentIndex(1)
    editor = tab.follow_page.follow_editor
    action = plan.areas[0].actions[0]
    assert editor.select(action.id)
    form = tab.follow_page.follow_action_form
    if unsaved:
        form.comment.setPlainText("Min osparade kommentar")
    follow_ups.record_action(follow.id, action.id, ActionStatus.ONGOING, "Från en annan dator")
    tab.ctx.bus.notify(Change.of(EVERYTHING))
    if unsaved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        (warning,) = messages.texts("warn")
        assert "Någon annan har ändrat" in warning
        assert form.comment.toPlainText() == "Min osparade kommentar"
    else:
        assert form.comment.toPlainText() == "Från en annan dator"
    assert follow_ups.follow_up(plan.id).action_comment[action.id] == "Från en annan dator"


@pytest.mark.parametrize("unsaved", [False, True], ids=["no-edit", "unsaved"])
def test_a_follow_up_summary_changed_elsewhere_is_never_saved_over(
    qtbot, tab, messages, unsaved
) -> None:
    """The follow-up's summary changes elsewhere (a sync's pull) and the notice comes. With
    nothing typed the page shows it; a typed summary used to be replaced by the pulled one
    without a word: it stays now, and its save is refused as a stale edit."""
    from samordnare_desktop.ui.context import EVERYTHING, Change

    plan = _seed(tab)
    follow_ups = tab.ctx.services.follow_ups
    follow = follow_ups.start_follow_up(plan.id, None, date(2026, 10, 5))
    tab.reload_plan()
    tab.pages.setCurrentIndex(1)
    page = tab.follow_page
    if unsaved:
        page.follow_summary.setPlainText("Min osparade sammanfattning")
    follow_ups.record_summary(follow.id, "Från en annan dator")
    tab.ctx.bus.notify(Change.of(EVERYTHING))
    if unsaved:
        assert page.follow_summary.toPlainText() == "Min osparade sammanfattning"
        qtbot.mouseClick(page.save_summary_button, Qt.MouseButton.LeftButton)
        (warning,) = messages.texts("warn")
        assert "Någon annan har ändrat" in warning
        assert page.follow_summary.toPlainText() == "Min osparade sammanfattning"
    else:
        assert page.follow_summary.toPlainText() == "Från en annan dator"
    assert follow_ups.follow_up(plan.id).summary == "Från en annan dator"


@pytest.mark.parametrize("elsewhere", [False, True], ids=["own-edit", "changed-elsewhere"])
def test_typed_plan_header_outlives_an_edit_in_the_tree(qtbot, tab, messages, elsewhere) -> None:
    """Text typed in the plan's header (owner, received) used to be replaced by the stored
    values when the tab saved a row of the tree (the page reloads the plan). It stays now, and
    its save is checked against the plan it was typed over: saved when nobody else changed the
    header, refused as a stale edit (text kept, the other change kept) when someone did."""
    plan = _seed(tab)
    svc, page = _svc(tab), tab.plan_page
    page.plan_owner.setFocus()
    page.plan_owner.selectAll()
    qtbot.keyClicks(page.plan_owner, "Ola Berg, socialchef")
    page.received.setFocus()
    page.received.selectAll()
    qtbot.keyClicks(page.received, "2026-04-02")
    if elsewhere:  # another window saves the header, no notice yet
        svc.update_plan(
            plan.id, replace(plan.as_input(), owner="Från en annan dator"), expected_version=None
        )
    action = plan.areas[0].actions[0]
    assert page.editor.select(action.id)
    page.action_form.owner.setText("Socialchef")
    page.action_form.owner.textEdited.emit("Socialchef")
    assert page.editor.save() is True
    assert svc.action(action.id).owner == "Socialchef"
    assert page.plan_owner.text() == "Ola Berg, socialchef"
    assert page.received.text() == "2026-04-02"
    assert page.save_header_button.isEnabled()

    qtbot.mouseClick(page.save_header_button, Qt.MouseButton.LeftButton)
    stored = svc.get(plan.id)
    if elsewhere:
        (warning,) = messages.texts("warn")
        assert "Någon annan har ändrat" in warning
        assert page.plan_owner.text() == "Ola Berg, socialchef"
        assert (stored.owner, stored.received_on) == ("Från en annan dator", date(2026, 3, 1))
    else:
        assert (stored.owner, stored.received_on) == ("Ola Berg, socialchef", date(2026, 4, 2))
        assert not page.save_header_button.isEnabled()
        assert svc.action(action.id).owner == "Socialchef"
