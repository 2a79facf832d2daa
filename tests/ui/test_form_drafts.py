"""Every form where a person types free text keeps it as a crash draft, offered back on reopening.

The pattern of tests/ui/test_drafts.py: type, write the draft (save_now stands in for the timer),
drop the form without closing it (the crash), open the same record again: offered and restored.
"""

from __future__ import annotations

from datetime import date

import pytest

from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.visits import VisitInput
from samordnare_desktop.ui.visits.visit_form import VisitForm


@pytest.fixture(autouse=True)
def someone_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Offscreen no dialog is ever shown; here the ``messages`` fixture answers instead."""
    from samordnare_desktop.ui import messages

    monkeypatch.setattr(messages, "can_ask", lambda: True)


def _crash(widget) -> None:
    widget.hide()  # no save, no cancel, no close: nothing cleaned up
    widget.deleteLater()


def _offered(messages) -> bool:
    return any(t.startswith("Återställa osparad text") for t in messages.texts("confirm"))


def test_visit_form_draft_survives_a_crash(qtbot, main_window, messages) -> None:
    services = main_window.ctx.services
    mjolby = services.municipalities.by_code("0586").id
    visit = services.visits.create(
        VisitInput(
            municipality_id=mjolby,
            kind=VisitKind.FIRST,
            day=date(2026, 9, 1),
            venue_name="Stadshuset",
        )
    )

    def make() -> VisitForm:
        form = VisitForm(main_window.ctx)
        qtbot.addWidget(form)
        return form

    form = make()
    form.load(services.visits.get(visit.id))
    assert not _offered(messages)
    form.drafts._timer.setInterval(10)
    form.notes.insertPlainText("Protokoll: <b>placeringar</b> & uppföljning 🙂")
    form.venue_room.insert("sal Ljuset")
    form.venue_room.textEdited.emit("sal Ljuset")
    form.press_contact_name.insert("Karin Öberg")
    form.press_contact_name.textEdited.emit("Karin Öberg")
    qtbot.waitUntil(form.drafts.path.exists, timeout=5000)
    _crash(form)

    other = make()
    other.new_visit(mjolby)  # a new visit of the same municipality is another record
    assert not _offered(messages)
    reopened = make()
    reopened.load(services.visits.get(visit.id))
    assert _offered(messages)
    assert reopened.notes.toPlainText() == "Protokoll: <b>placeringar</b> & uppföljning 🙂"
    assert reopened.venue_room.text() == "sal Ljuset"
    assert reopened.venue_name.text() == "Stadshuset"
    assert reopened.dirty
    assert reopened.press.isChecked()  # the restored press contact is saved, not dropped
    assert reopened.save() is not None
    stored = services.visits.get(visit.id)
    assert stored.notes == "Protokoll: <b>placeringar</b> & uppföljning 🙂"
    assert stored.press_contact_name == "Karin Öberg"
    assert not reopened.drafts.path.exists()  # saved: the draft is gone


def test_new_visit_draft_belongs_to_its_municipality_and_revert_clears(
    qtbot, main_window, messages
) -> None:
    services = main_window.ctx.services
    mjolby = services.municipalities.by_code("0586").id
    malmo = services.municipalities.by_code("1280").id
    form = VisitForm(main_window.ctx)
    qtbot.addWidget(form)
    form.new_visit(None)
    form.municipality.set_value(mjolby)  # chosen in the form: the draft is Mjölby's
    form.notes.setPlainText("Förberedelser")
    form.drafts.save_now()
    assert form.drafts.key == f"visit-new-{mjolby}"
    _crash(form)

    elsewhere = VisitForm(main_window.ctx)
    qtbot.addWidget(elsewhere)
    elsewhere.new_visit(malmo)
    assert not _offered(messages) and elsewhere.notes.toPlainText() == ""
    elsewhere.new_visit(mjolby)
    assert _offered(messages) and elsewhere.notes.toPlainText() == "Förberedelser"
    path = elsewhere.drafts.path
    assert path.exists()
    elsewhere.revert()  # cancel: the draft goes
    assert not path.exists() and elsewhere.notes.toPlainText() == ""


def test_agenda_item_draft_survives_a_crash_per_item_and_per_visit(
    qtbot, main_window, messages
) -> None:
    from samordnare_desktop.services.agendas import AgendaItemInput
    from samordnare_desktop.ui.visits.agenda_editor import AgendaEditor

    services = main_window.ctx.services
    mjolby = services.municipalities.by_code("0586").id
    first, second = (
        services.visits.create(
            VisitInput(municipality_id=mjolby, kind=VisitKind.FIRST, day=date(2026, 9, day))
        )
        for day in (1, 8)
    )
    item = services.agendas.add_item(first.id, AgendaItemInput(title="Välkommen"))

    def make(visit_id) -> AgendaEditor:
        editor = AgendaEditor(main_window.ctx)
        qtbot.addWidget(editor)
        editor.set_visit(visit_id)
        return editor

    editor = make(first.id)
    assert editor.select_item(item.id)
    editor.form.description.setPlainText("Kaffe & <fika> för 12 personer")
    editor.drafts.save_now()
    _crash(editor)

    other_visit = make(second.id)
    assert not _offered(messages)
    assert other_visit.form.description.toPlainText() == ""
    reopened = make(first.id)
    assert not _offered(messages)  # a new item of the visit: nothing typed there
    reopened.select_item(item.id)
    assert _offered(messages)
    assert reopened.form.description.toPlainText() == "Kaffe & <fika> för 12 personer"
    assert reopened.is_dirty()
    assert reopened.save_item()
    stored = services.agendas.items_of(first.id)[0]
    assert stored.description == "Kaffe & <fika> för 12 personer"
    assert not any(reopened.drafts.folder.glob("agenda-item-*"))

    reopened.new_item(focus=False)
    reopened.form.title_edit.setText("Lunch")
    reopened.drafts.save_now()
    assert reopened.drafts.key == f"agenda-item-new-{first.id}"
    reopened.revert()  # cancel: the draft goes
    assert not reopened.drafts.path.exists()


def test_participant_dialog_draft_survives_a_crash_per_visit(
    qtbot, main_window, messages, monkeypatch
) -> None:
    from samordnare_desktop.ui.participants.participant_dialog import ParticipantDialog

    services = main_window.ctx.services
    mjolby = services.municipalities.by_code("0586").id
    first, follow = (
        services.visits.create(
            VisitInput(municipality_id=mjolby, kind=VisitKind.FIRST, day=date(2026, 9, day))
        )
        for day in (1, 8)
    )
    main_window.select_tab("participants")
    tab = main_window.tab("participants")
    main_window.ctx.bus.changed.emit("visits")
    svc = main_window.ctx.services.participants
    runs: list[ParticipantDialog] = []

    def crash_while_typing(dialog: ParticipantDialog) -> int:
        dialog.show()
        dialog.category.setCurrentIndex(dialog.category.findData("manager"))
        dialog.name.setText("Karin Öberg")
        dialog.notes.setPlainText("Allergi: nötter & <gluten>")
        dialog.drafts.save_now()
        runs.append(dialog)
        dialog.hide()
        return 0  # the crash: neither saved nor cancelled

    monkeypatch.setattr(ParticipantDialog, "exec", crash_while_typing)
    assert tab.show_visit(first.id)
    tab.add_participant()
    assert runs[-1].drafts.path.exists()

    def look(dialog: ParticipantDialog) -> int:
        dialog.show()  # offering happens when the dialog appears
        runs.append(dialog)
        return int(dialog.try_save()) if dialog.name.text() else int(dialog.reject() or 0)

    monkeypatch.setattr(ParticipantDialog, "exec", look)
    assert tab.show_visit(follow.id)
    tab.add_participant()  # another visit's new participant: not offered
    assert not _offered(messages) and runs[-1].name.text() == ""
    assert tab.show_visit(first.id)
    tab.add_participant()
    assert _offered(messages)
    assert runs[-1].notes.toPlainText() == "Allergi: nötter & <gluten>"
    (row,) = svc.list_for_visit(first.id)
    assert (row.name, row.notes) == ("Karin Öberg", "Allergi: nötter & <gluten>")
    assert not runs[-1].drafts.path.exists()


def test_report_text_draft_survives_a_crash_per_period(qtbot, main_window, messages) -> None:
    from samordnare_desktop.ui.overview.report_dialog import ReportDialog

    reports = main_window.ctx.services.reports

    def make():
        dialog = ReportDialog(main_window, main_window.ctx, today=date(2026, 4, 10))
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    dialog = make()
    assert not _offered(messages)
    dialog.text.insertPlainText("Kvartalets kommentar & <slutsatser>")
    dialog.drafts.save_now()
    assert dialog.drafts.key == "report-text-2026-01-01_2026-03-31"
    _crash(dialog)

    reopened = make()
    assert _offered(messages)
    assert reopened.text.toPlainText() == "Kvartalets kommentar & <slutsatser>"
    assert reopened.text.toPlainText() != reports.text_for(date(2026, 1, 1), date(2026, 3, 31))
    asked = len(messages.texts("confirm"))
    # Q2 has no text of its own: the typed comments stay in the box, unsaved, now for Q2
    # (issue 14 F7: they are not stored under, nor emptied by, the period left), and their
    # draft moves with them
    reopened.quarter.setCurrentIndex(reopened.quarter.findData("2026Q2"))
    assert reopened.text.toPlainText() == "Kvartalets kommentar & <slutsatser>"
    assert len(messages.texts("confirm")) == asked  # Q2 has no draft
    assert reports.text_for(date(2026, 1, 1), date(2026, 3, 31)) in ("", None)
    assert [p.name for p in reopened.drafts.folder.glob("report-text-*")] == [
        reopened.drafts.path.name
    ]
    assert reopened.drafts.key == "report-text-2026-04-01_2026-06-30"
    reopened.save_text()
    assert reports.text_for(date(2026, 4, 1), date(2026, 6, 30)) == (
        "Kvartalets kommentar & <slutsatser>"
    )
    assert not any(reopened.drafts.folder.glob("report-text-*"))
    reopened.reject()


def test_time_study_dialog_draft_survives_a_crash(qtbot, main_window, messages) -> None:
    from samordnare_desktop.ui.time_study.dialog import TimeStudyDialog

    services = main_window.ctx.services
    ts = services.time_studies
    mjolby = services.municipalities.by_code("0586").id
    malmo = services.municipalities.by_code("1280").id
    created = []

    def make(municipality_id) -> TimeStudyDialog:
        dialog = TimeStudyDialog(
            main_window,
            municipality_id,
            ts.categories(),
            created.append,
            default_label="Mätning 1",
            drafts=services.db.path,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    dialog = make(mjolby)
    dialog.notes.setText("Mätt under sportlovet & <jul>")
    dialog.drafts.save_now()
    _crash(dialog)

    other = make(malmo)  # another municipality's new study: not offered
    assert not _offered(messages) and other.notes.text() == ""
    other.reject()
    reopened = make(mjolby)
    assert _offered(messages)
    assert reopened.notes.text() == "Mätt under sportlovet & <jul>"
    assert reopened.label.text() == "Mätning 1"
    reopened.reject()  # cancel: the draft goes
    assert not reopened.drafts.path.exists()


def test_action_plan_action_draft_survives_a_crash(qtbot, main_window, messages) -> None:
    from samordnare_desktop.domain.action_plan import PlanStatus
    from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput
    from samordnare_desktop.ui.action_plans.tab import ActionPlansTab

    services = main_window.ctx.services
    mjolby = services.municipalities.by_code("0586")
    details = services.municipalities.details(mjolby.id)
    services.municipalities.update(
        mjolby.id, expected_version=details.version, in_programme=True, notes=""
    )
    svc = services.action_plans
    plan = svc.create_plan(mjolby.id, PlanInput(PlanStatus.AGREED, date(2026, 3, 1), "Eva Ek"))
    area = svc.add_area(plan.id, AreaInput("Samverkan med skola", "Nuläge", "Mål"))
    first = svc.add_action(area.id, ActionInput("Rutin för SIP", "Avdelningschef"))
    second = svc.add_action(area.id, ActionInput("Möten med elevhälsan", "Enhetschef"))

    def make() -> ActionPlansTab:
        tab = ActionPlansTab(main_window.ctx)
        qtbot.addWidget(tab)
        tab.refresh()
        assert tab.select_code("0586")
        return tab

    tab = make()
    assert tab.plan_page.editor.select(first.id)
    assert not _offered(messages)
    keeper = tab.plan_page.editor.draft_keeper()
    assert keeper.key == f"action-plan-action-{first.id}"
    tab.plan_page.action_form.what.setPlainText("Rutin för SIP & <b>elevhälsan</b> 🙂")
    tab.plan_page.action_form.owner.setText("Enhetschef")
    keeper.save_now()
    assert keeper.path.exists()
    _crash(tab)

    reopened = make()
    assert reopened.plan_page.editor.select(second.id)  # another action: not offered
    assert not _offered(messages)
    assert reopened.plan_page.action_form.what.toPlainText() == "Möten med elevhälsan"
    assert reopened.plan_page.editor.select(first.id)
    assert _offered(messages)
    assert (
        reopened.plan_page.action_form.what.toPlainText() == "Rutin för SIP & <b>elevhälsan</b> 🙂"
    )
    assert reopened.plan_page.action_form.owner.text() == "Enhetschef"
    assert reopened.plan_page.editor.dirty
    assert reopened.plan_page.editor.save()
    stored = svc.get(plan.id).areas[0].actions[0]
    assert (stored.what, stored.owner) == ("Rutin för SIP & <b>elevhälsan</b> 🙂", "Enhetschef")
    assert not reopened.plan_page.editor.draft_keeper().path.exists()  # saved: the draft is gone


def test_follow_up_summary_draft_survives_a_crash(qtbot, main_window, messages) -> None:
    from samordnare_desktop.domain.action_plan import PlanStatus
    from samordnare_desktop.services.action_plans import AreaInput, PlanInput
    from samordnare_desktop.ui.action_plans.tab import ActionPlansTab

    services = main_window.ctx.services
    mjolby = services.municipalities.by_code("0586")
    details = services.municipalities.details(mjolby.id)
    services.municipalities.update(
        mjolby.id, expected_version=details.version, in_programme=True, notes=""
    )
    svc = services.action_plans
    plan = svc.create_plan(mjolby.id, PlanInput(PlanStatus.AGREED, date(2026, 3, 1), "Eva Ek"))
    svc.add_area(plan.id, AreaInput("Samverkan med skola"))
    services.follow_ups.start_follow_up(plan.id, held_on=date(2026, 10, 1))

    def make() -> ActionPlansTab:
        tab = ActionPlansTab(main_window.ctx)
        qtbot.addWidget(tab)
        tab.refresh()
        assert tab.select_code("0586")
        return tab

    tab = make()
    assert not _offered(messages)
    tab.follow_page.follow_summary.setPlainText("Kommunen har kommit långt & <b>vidare</b>.")
    tab.follow_page.summary_drafts.save_now()
    assert tab.follow_page.summary_drafts.path.exists()
    _crash(tab)

    reopened = make()
    assert _offered(messages)
    assert (
        reopened.follow_page.follow_summary.toPlainText()
        == "Kommunen har kommit långt & <b>vidare</b>."
    )
    reopened.follow_page.save_summary()
    assert (
        services.follow_ups.follow_up(plan.id).summary
        == "Kommunen har kommit långt & <b>vidare</b>."
    )
    assert not reopened.follow_page.summary_drafts.path.exists()


def test_minutes_draft_keeps_the_actions_table_too(qtbot, main_window, messages) -> None:
    from datetime import time

    from PySide6.QtWidgets import QTableWidgetItem

    from samordnare_desktop.services.agendas import AgendaItemInput
    from samordnare_desktop.ui.visits.minutes_page import MinutesPage
    from tests.factories import make_visit

    services = main_window.ctx.services
    visit = make_visit(services, start_time=time(9), end_time=time(12))
    item = services.agendas.add_item(visit.id, AgendaItemInput("Barnens röst", 60))

    def make() -> MinutesPage:
        page = MinutesPage(main_window.ctx)
        qtbot.addWidget(page)
        page.set_visit(visit.id)
        assert page.editing.agenda_item_id == item.id
        return page

    page = make()
    assert not _offered(messages)
    page.actions.add_row(focus=False)
    for column, value in enumerate(("Skicka underlag & <b>plan</b>", "Karin Vall", "2026-04-01")):
        page.actions.table.setItem(0, column, QTableWidgetItem(value))
    page.drafts.save_now()
    assert page.drafts.path.exists()
    _crash(page)

    reopened = make()
    assert _offered(messages)
    assert reopened.is_dirty() and reopened.save_button.isEnabled()
    assert [(a.text, a.owner, a.due) for a in reopened.actions.values()] == [
        ("Skicka underlag & <b>plan</b>", "Karin Vall", "2026-04-01")
    ]
    assert reopened.save()
    (stored,) = services.minutes.get_item(item.id).actions
    assert (stored.text, stored.owner, stored.due_date) == (
        "Skicka underlag & <b>plan</b>",
        "Karin Vall",
        date(2026, 4, 1),
    )
    assert not reopened.drafts.path.exists()


def test_a_new_visit_draft_is_offered_once_the_tab_s_form_is_in_place(
    qtbot, main_window, messages, monkeypatch
) -> None:
    """A big list (read in a worker) builds the visit form once its rows are painted; a crash's
    draft of a new visit is asked about once the form is the tab's (the question's wait let the
    tab ask for its form again), no visit is chosen under the open question (the rows shown,
    the tab still loading), and the draft is restored into it."""
    from samordnare_desktop.ui.visits import tab as visits_tab

    services = main_window.ctx.services
    services.visits.create(
        VisitInput(services.municipalities.by_code("0586").id, VisitKind.FIRST, date(2026, 3, 4))
    )
    form = VisitForm(main_window.ctx)  # the crash: dropped, never closed
    form.notes.setPlainText("Förberedelser")
    form.drafts.save_now()
    _crash(form)
    monkeypatch.setattr(visits_tab, "READ_IN_BACKGROUND_FROM", 1)
    asked: list[bool] = []
    answer = messages.confirm

    def confirm(parent, title, text, **kw):
        tab = main_window.tab("visits")
        asked.append(tab.form_scroll.form is not None and tab.form_scroll.widget() is tab.form)
        qtbot.wait(100)  # the question's wait: no visit chosen meanwhile
        asked.append(
            tab.loading() and tab.model.rowCount() == 1 and not tab.table.currentIndex().isValid()
        )
        return answer(parent, title, text, **kw)

    monkeypatch.setattr("samordnare_desktop.ui.messages.confirm", confirm)
    main_window.select_tab("visits")
    tab = main_window.tab("visits")
    assert tab.form_scroll.form is None and tab.loading()
    qtbot.waitUntil(lambda: tab.form_scroll.form is not None, timeout=10_000)
    assert asked == [True, True] and _offered(messages)
    assert not tab.loading() and tab.model.rowCount() == 1  # the rows, once answered
    assert tab.form.notes.toPlainText() == "Förberedelser" and tab.form.dirty
    assert tab.form.visit is None  # the restored new visit stays, not replaced by the next one
