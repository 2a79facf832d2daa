"""The Deltagare tab driven through its widgets: add, dedupe prompt, children, copy, attendance."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from samordnare_desktop.domain.participant import ParticipantCategory as Cat
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.participants import ParticipationInput, PersonInput
from samordnare_desktop.services.visits import VisitInput
from samordnare_desktop.ui.participants.participant_dialog import ParticipantDialog


@pytest.fixture
def visits(main_window):
    services = main_window.ctx.services
    m = services.municipalities.by_code("0586")
    first = services.visits.create(
        VisitInput(m.id, VisitKind.FIRST, date(2026, 3, 4), status=VisitStatus.HELD)
    )
    follow = services.visits.create(
        VisitInput(m.id, VisitKind.FOLLOW_UP, date(2026, 9, 10), first_visit_id=first.id)
    )
    return first, follow


@pytest.fixture
def tab(main_window, visits):
    main_window.select_tab("participants")
    tab = main_window.tab("participants")
    main_window.ctx.bus.changed.emit("visits")  # the visits tab announces new visits like this
    return tab


def _names(tab) -> list[str]:
    return [r.display_name for r in tab.visible_rows()]


def _fill(dialog: ParticipantDialog, category: Cat = Cat.OTHER, **fields: str) -> None:
    dialog.set_category(category)
    for name, value in fields.items():
        widget = {
            "name": dialog.name,
            "title": dialog.title_edit,
            "organisation": dialog.organisation,
            "email": dialog.email,
            "phone": dialog.phone,
            "consent_note": dialog.consent_note,
        }.get(name)
        if widget is not None:
            widget.setText(value)
        elif name == "party":
            dialog.party.setCurrentText(value)
        elif name == "office":
            dialog.office.setCurrentText(value)


def test_visit_chooser_and_show_visit(tab, visits) -> None:
    first, follow = visits
    labels = [tab.visit.itemText(i) for i in range(tab.visit.count())]
    assert labels == ["Mjölby – Första besök 2026-03-04", "Mjölby – Uppföljningsbesök 2026-09-10"]
    assert tab.show_visit(first.id)
    assert tab.visit.currentText() == labels[0]
    assert tab.visit_id == first.id
    assert not tab.copy_button.isEnabled()  # a first visit has nothing to copy from
    assert tab.show_visit(follow.id)
    assert tab.copy_button.isEnabled()
    assert "Inga deltagare" in tab.summary.text()


def test_open_from_another_tab(main_window, visits) -> None:
    from samordnare_desktop.ui.participants.tab import open_visit_participants

    _first, follow = visits
    other = main_window.tab("municipalities")
    assert open_visit_participants(other, follow.id)
    assert main_window.current_tab().objectName() == "participants"
    assert main_window.current_tab().visit_id == follow.id


def test_no_visits_shows_a_hint(main_window) -> None:
    tab = main_window.tab("participants")
    assert tab.visit_id is None
    assert "Det finns inga besök" in tab.placeholder.text()
    assert not tab.add_button.isEnabled()


def test_add_politician_and_search_and_filter(qtbot, tab, visits, monkeypatch) -> None:
    first, _ = visits
    tab.show_visit(first.id)

    def fake_exec(dialog: ParticipantDialog) -> int:
        _fill(
            dialog,
            Cat.POLITICIAN,
            name="Şahin Yılmaz",
            title="Kommunstyrelsens ordförande",
            organisation="Kommunstyrelsen",
            party="S",
            office="Kommunalråd",
            email="sahin.yilmaz@mjolby.se",
        )
        return int(dialog.try_save())

    monkeypatch.setattr(ParticipantDialog, "exec", fake_exec)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    services = tab.ctx.services
    services.participants.add(
        first.id, PersonInput("Anna Berg", Cat.MANAGER, organisation="Socialförvaltningen")
    )
    tab.reload()
    assert _names(tab) == ["Şahin Yılmaz", "Anna Berg"]
    row = tab.visible_rows()[0]
    assert row.role == "Kommunstyrelsens ordförande, Kommunalråd (S)"
    assert tab.proxy.index(0, 0).data() == "Şahin Yılmaz (S)"
    assert tab.proxy.index(0, 1).data() == "Kommunalråd, Kommunstyrelsens ordförande"
    assert tab.proxy.index(0, 3).data() == "Politiker"
    tab.search.insert("socialförv")
    assert _names(tab) == ["Anna Berg"]
    tab.search.clear()
    tab.category.setCurrentIndex(tab.category.findData(Cat.POLITICIAN.value))
    assert _names(tab) == ["Şahin Yılmaz"]
    # undo the add
    tab.category.setCurrentIndex(0)
    tab.ctx.undo_stack.undo()  # nothing else was pushed: undoes the add
    assert _names(tab) == ["Anna Berg"]


def test_dedupe_prompt_reuses_the_existing_person(qtbot, tab, visits, monkeypatch, messages):
    first, follow = visits
    svc = tab.ctx.services.participants
    anna = svc.add(
        first.id,
        PersonInput("Anna Berg", Cat.MANAGER, organisation="Socialförvaltningen", email="a@b.se"),
    )
    tab.show_visit(follow.id)
    seen = {}

    def fake_exec(dialog: ParticipantDialog) -> int:
        _fill(dialog, Cat.MANAGER, name="anna berg", organisation="socialförvaltningen")
        messages.confirm_answer = False
        assert dialog.try_save() is False  # "no": back to the form, nothing saved
        seen["error"] = dialog.errors.message("name")
        messages.confirm_answer = True
        return int(dialog.try_save())

    monkeypatch.setattr(ParticipantDialog, "exec", fake_exec)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert (
        "Anna Berg, Socialförvaltningen finns redan – använda befintlig person?"
        in (messages.texts("confirm")[0])
    )
    assert "befintliga personen" in seen["error"]
    rows = tab.visible_rows()
    assert [r.person_id for r in rows] == [anna.person_id]
    assert rows[0].email == "a@b.se"
    assert len(svc.directory(first.municipality_id)) == 1


def test_re_adding_a_removed_person_offers_to_restore(tab, visits, monkeypatch, messages) -> None:
    first, follow = visits
    svc = tab.ctx.services.participants
    anna = svc.add(
        first.id,
        PersonInput("Anna Berg", Cat.MANAGER, organisation="Socialförvaltningen", email="a@b.se"),
    )
    svc.delete_person(anna.person_id)
    tab.show_visit(follow.id)

    def fake_exec(dialog: ParticipantDialog) -> int:
        _fill(dialog, Cat.MANAGER, name="Anna Berg", organisation="Socialförvaltningen")
        return int(dialog.try_save())

    monkeypatch.setattr(ParticipantDialog, "exec", fake_exec)
    tab.add_button.click()
    assert messages.texts("confirm") == [
        "Anna Berg, Socialförvaltningen fanns tidigare i registret – återställa?"
    ]
    rows = tab.visible_rows()
    assert [(r.person_id, r.email) for r in rows] == [(anna.person_id, "a@b.se")]
    assert [p.id for p in svc.directory(first.municipality_id)] == [anna.person_id]
    tab.ctx.undo_stack.undo()  # takes the participation back and hides the person again
    assert _names(tab) == []
    assert svc.directory(first.municipality_id) == []
    tab.ctx.undo_stack.redo()
    assert [r.person_id for r in tab.visible_rows()] == [anna.person_id]


def test_suggestion_from_directory_links_the_person(tab, visits, monkeypatch) -> None:
    first, follow = visits
    svc = tab.ctx.services.participants
    anna = svc.add(
        first.id, PersonInput("Anna Berg", Cat.MANAGER, organisation="Socialförvaltningen")
    )
    tab.show_visit(follow.id)

    def fake_exec(dialog: ParticipantDialog) -> int:
        suggestions = dialog.suggestions.stringList()
        assert suggestions == ["Anna Berg, Socialförvaltningen"]
        dialog.choose_suggestion(suggestions[0])
        assert dialog.person_id == anna.person_id
        assert dialog.organisation.text() == "Socialförvaltningen"
        dialog.title_edit.setText("Socialchef")  # typed over the suggestion: updates the directory
        return int(dialog.try_save())

    monkeypatch.setattr(ParticipantDialog, "exec", fake_exec)
    tab.add_participant()
    rows = tab.visible_rows()
    assert [(r.person_id, r.title) for r in rows] == [(anna.person_id, "Socialchef")]


def test_children_get_no_contact_details(tab, visits, monkeypatch) -> None:
    first, _ = visits
    tab.show_visit(first.id)
    seen = {}

    def fake_exec(dialog: ParticipantDialog) -> int:
        dialog.set_category(Cat.CHILD)
        assert dialog.child_hint.isVisibleTo(dialog)
        assert not dialog.email.isEnabled()  # empty contact fields are hidden for children
        assert not dialog.email.isVisibleTo(dialog)
        assert dialog.consent_note.isVisibleTo(dialog)
        dialog.set_category(Cat.OTHER)
        _fill(dialog, Cat.OTHER, name="Elsa", email="elsa@example.se")
        dialog.set_category(Cat.CHILD)
        assert dialog.try_save() is False
        seen["email"] = dialog.errors.message("email")
        dialog.email.clear()
        dialog.name.setText("Elsa Svensson")
        assert dialog.try_save() is False
        seen["name"] = dialog.errors.message("name")
        dialog.name.clear()  # anonymous
        dialog.consent_note.setText("Vårdnadshavare har samtyckt")
        return int(dialog.try_save())

    monkeypatch.setattr(ParticipantDialog, "exec", fake_exec)
    tab.add_participant()
    assert "Inga kontaktuppgifter" in seen["email"]
    assert "förnamn" in seen["name"]
    rows = tab.visible_rows()
    assert [(r.display_name, r.email, r.consent_note) for r in rows] == [
        ("Ungdom 1", "", "Vårdnadshavare har samtyckt")
    ]


def test_copy_from_first_visit_and_undo(qtbot, tab, visits) -> None:
    first, follow = visits
    svc = tab.ctx.services.participants
    for name in ("Anna Berg", "Bo Ek", "Cecilia Öst"):
        svc.add(first.id, PersonInput(name, Cat.SOCIAL_STAFF, organisation="Socialförvaltningen"))
    svc.add(first.id, PersonInput("", Cat.CHILD))
    tab.show_visit(follow.id)
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert sorted(_names(tab)) == ["Anna Berg", "Bo Ek", "Cecilia Öst", "Ungdom 1"]
    assert len(svc.list_for_visit(follow.id)) == 4
    tab.ctx.undo_stack.undo()
    assert _names(tab) == []
    tab.ctx.undo_stack.redo()
    assert len(_names(tab)) == 4
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)  # again: nothing new
    assert len(_names(tab)) == 4


def test_attendance_mode_by_keyboard(qtbot, tab, visits) -> None:
    first, _ = visits
    svc = tab.ctx.services.participants
    svc.add(first.id, PersonInput("Anna Berg", Cat.MANAGER, organisation="Socialförvaltningen"))
    svc.add(first.id, PersonInput("Per Holm", Cat.POLITICIAN, party="S"))
    svc.add(first.id, PersonInput("Lena Ek", Cat.POLITICIAN, party="M"))
    tab.show_visit(first.id)
    assert tab.summary.text().startswith("Närvarande 0 av 3 · Politiker 0/2 · Chefer 0/1")
    tab.window().activateWindow()
    qtbot.waitActive(tab.window())
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert tab.attendance_button.isChecked()
    assert tab.walk_in.isVisibleTo(tab)
    qtbot.keyClicks(tab.search, "per")
    assert _names(tab) == ["Per Holm"]
    qtbot.keyClick(tab.search, Qt.Key.Key_Space)
    assert tab.search.text() == "per"  # the space ticked, it was not typed
    assert tab.summary.text().startswith("Närvarande 1 av 3 · Politiker 1/2 · Chefer 0/1")
    tab.search.clear()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert tab.current_participant().name == "Anna Berg"
    qtbot.keyClick(tab.search, Qt.Key.Key_Space)
    qtbot.keyClick(tab.search, Qt.Key.Key_Up)
    qtbot.keyClick(tab.search, Qt.Key.Key_Space)  # Per again: unticks him
    attended = {r.name for r in svc.list_for_visit(first.id) if r.attended}
    assert attended == {"Anna Berg"}
    assert tab.summary.text().startswith("Närvarande 1 av 3 · Politiker 0/2 · Chefer 1/1")
    qtbot.keyClick(tab.search, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert tab.search.text() == " "  # Shift+Space types a space


def test_walk_in_line(qtbot, tab, visits) -> None:
    first, _ = visits
    tab.show_visit(first.id)
    tab.attendance_button.click()
    tab.walk_in.setText("Karin Lund, Röda Korset")
    qtbot.keyClick(tab.walk_in, Qt.Key.Key_Return)
    rows = tab.visible_rows()
    assert [(r.name, r.organisation, r.attended, r.walk_in) for r in rows] == [
        ("Karin Lund", "Röda Korset", True, True)
    ]
    assert tab.walk_in.text() == ""
    assert tab.summary.text().startswith("Närvarande 1 av 1")
    tab.walk_in.setText(", Polisen")
    qtbot.keyClick(tab.walk_in, Qt.Key.Key_Return)
    assert "Skriv namnet" in tab.walk_in_error.text()


def test_remove_with_confirmation_and_undo(qtbot, tab, visits, messages) -> None:
    first, _ = visits
    svc = tab.ctx.services.participants
    svc.add(first.id, PersonInput("Anna Berg", Cat.MANAGER), ParticipationInput(confirmed=True))
    tab.show_visit(first.id)
    tab.table.selectRow(0)
    messages.confirm_answer = False
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert _names(tab) == ["Anna Berg"]
    messages.confirm_answer = True
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert "Ta bort Anna Berg" in messages.texts("confirm")[-1]
    assert _names(tab) == [] and svc.list_for_visit(first.id) == []
    tab.ctx.undo_stack.undo()
    assert _names(tab) == ["Anna Berg"]
    assert svc.list_for_visit(first.id)[0].confirmed


def test_edit_participant(tab, visits, monkeypatch) -> None:
    first, _ = visits
    svc = tab.ctx.services.participants
    svc.add(first.id, PersonInput("Anna Berg", Cat.MANAGER, organisation="Socialförvaltningen"))
    tab.show_visit(first.id)
    tab.table.selectRow(0)

    def fake_exec(dialog: ParticipantDialog) -> int:
        assert dialog.name.text() == "Anna Berg"
        dialog.title_edit.setText("Socialchef")
        dialog.confirmed.setChecked(True)
        dialog.notes.setPlainText("Kommer 10.00 & <går tidigt>")
        return int(dialog.try_save())

    monkeypatch.setattr(ParticipantDialog, "exec", fake_exec)
    tab.edit_participant()
    row = svc.list_for_visit(first.id)[0]
    assert (row.title, row.confirmed, row.notes) == (
        "Socialchef",
        True,
        "Kommer 10.00 & <går tidigt>",
    )
    assert tab.visible_rows()[0].title == "Socialchef"


def test_directory_dialog_adds_and_removes_people(tab, visits, monkeypatch, messages) -> None:
    from samordnare_desktop.ui.participants.person_directory_dialog import PersonDirectoryDialog

    first, follow = visits
    svc = tab.ctx.services.participants
    for name in ("Anna Berg", "Bo Ek"):
        svc.add(first.id, PersonInput(name, Cat.SOCIAL_STAFF, organisation="Socialförvaltningen"))
    tab.show_visit(follow.id)
    seen = {}

    def fake_exec(dialog: PersonDirectoryDialog) -> int:
        assert dialog.model.rowCount() == 2
        dialog.search.setText("bo")
        assert dialog.proxy.rowCount() == 1
        dialog.table.selectRow(0)
        dialog.add_selected()
        seen["after_add"] = _names(tab)
        dialog.search.clear()
        dialog.table.selectAll()
        dialog.remove_selected()
        seen["left"] = dialog.model.rowCount()
        return 0

    monkeypatch.setattr(PersonDirectoryDialog, "exec", fake_exec)
    tab.directory_button.click()
    assert seen["after_add"] == ["Bo Ek"]
    assert seen["left"] == 0
    assert "Ta bort 2 person" in messages.texts("confirm")[-1]
    assert _names(tab) == [] and svc.list_for_visit(first.id) == []
    tab.ctx.undo_stack.undo()  # the removal
    assert _names(tab) == ["Bo Ek"]
    assert len(svc.list_for_visit(first.id)) == 2


def test_participants_page_in_the_visits_tab(main_window, visits) -> None:
    from samordnare_desktop.ui.visits.participants_page import VisitParticipantsPage

    first, _ = visits
    svc = main_window.ctx.services.participants
    anna = svc.add(first.id, PersonInput("Anna Berg", Cat.MANAGER))
    svc.add(first.id, PersonInput("Per Holm", Cat.POLITICIAN, party="S"))
    svc.set_attended(anna.id, True)
    visits_tab = main_window.tab("visits")
    main_window.ctx.bus.changed.emit("visits")
    visits_tab.select_visit(first.id)
    index = next(
        i for i in range(visits_tab.pages.count()) if visits_tab.pages.tabText(i) == "Deltagare"
    )
    visits_tab.pages.setCurrentIndex(index)
    page = visits_tab.findChild(VisitParticipantsPage)
    assert page is not None and page.visit_id == first.id
    assert page.summary.text().startswith("2 på listan · 1 närvarande · Politiker 0/1 · Chefer 1/1")
    assert page.proxy.rowCount() == 2
    # those travelling with the coordinator are counted apart, and the list says so: 3 rows
    svc.add(first.id, PersonInput("Eva Sandberg", Cat.OWN_TEAM, organisation="Socialdep."))
    page.set_visit(first.id)
    assert page.proxy.rowCount() == 3
    assert page.summary.text().startswith("2 på listan + 1 med samordnaren · 1 närvarande")
    page.open_button.click()
    assert main_window.current_tab().objectName() == "participants"
    assert main_window.current_tab().visit_id == first.id


def _attended(svc, visit_id) -> set[str]:
    return {r.name for r in svc.list_for_visit(visit_id) if r.attended}


def test_attendance_ticks_are_undoable(qtbot, tab, visits) -> None:
    first, _ = visits
    svc = tab.ctx.services.participants
    for name in ("Anna Berg", "Bo Ek", "Cecilia Öst"):
        svc.add(first.id, PersonInput(name, Cat.MANAGER))
    tab.show_visit(first.id)
    stack = tab.ctx.undo_stack
    tab.attendance_button.click()
    tab.search.setText("bo")
    qtbot.keyClick(tab.search, Qt.Key.Key_Space)
    assert _attended(svc, first.id) == {"Bo Ek"}
    assert "Bo Ek" in stack.undoText()
    stack.undo()  # Ctrl+Z unticks
    assert _attended(svc, first.id) == set()
    assert not any(r.attended for r in tab.model.rows())
    assert tab.summary.text().startswith("Närvarande 0 av 3")
    stack.redo()
    assert _attended(svc, first.id) == {"Bo Ek"}
    assert tab.summary.text().startswith("Närvarande 1 av 3")
    # several rows at once: one undo step, and undo restores each row's own state
    tab.attendance_button.click()
    tab.search.clear()
    tab.table.selectAll()
    assert len(tab.selected_participants()) == 3
    count = stack.count()
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    assert _attended(svc, first.id) == {"Anna Berg", "Bo Ek", "Cecilia Öst"}
    assert stack.count() == count + 1
    stack.undo()
    assert _attended(svc, first.id) == {"Bo Ek"}
    assert {r.name for r in tab.model.rows() if r.attended} == {"Bo Ek"}


def _double_click(widget, pos) -> None:
    """What a platform delivers for a double-click in Qt 6: press, release, press, double-click,
    release (QTest.mouseDClick sends only the double-click event)."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonRelease, none),
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonDblClick, left),
        (QEvent.Type.MouseButtonRelease, none),
    ):
        point = QPointF(pos)
        event = QMouseEvent(
            kind, point, widget.mapToGlobal(point), left, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(widget, event)


def test_double_click_on_attended_ticks_once(qtbot, tab, visits) -> None:
    from PySide6.QtTest import QTest

    from samordnare_desktop.ui.participants.table_model import ATTENDED, NAME

    first, _ = visits
    svc = tab.ctx.services.participants
    svc.add(first.id, PersonInput("Anna Berg", Cat.MANAGER))
    tab.show_visit(first.id)
    opened = []
    tab.edit_participant = lambda: opened.append(True)  # a double-click elsewhere edits
    viewport = tab.table.viewport()
    cell = tab.table.visualRect(tab.proxy.index(0, ATTENDED)).center()
    _double_click(viewport, cell)
    assert _attended(svc, first.id) == {"Anna Berg"}  # one toggle, not two
    assert not opened
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, cell)
    assert _attended(svc, first.id) == set()  # a later single click still toggles
    _double_click(viewport, cell)
    assert _attended(svc, first.id) == {"Anna Berg"}
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, cell)
    assert _attended(svc, first.id) == {"Anna Berg"}  # Ctrl+click selects, it does not tick
    name = tab.table.visualRect(tab.proxy.index(0, NAME)).center()
    _double_click(viewport, name)
    assert opened
    assert _attended(svc, first.id) == {"Anna Berg"}


def test_a_new_participant_has_no_category_until_one_is_chosen(tab, visits, monkeypatch) -> None:
    """Issue 14.4: a preselected "Politiker" skewed every per-category count."""
    first, _ = visits
    tab.show_visit(first.id)
    seen = {}

    def fake_exec(dialog: ParticipantDialog) -> int:
        seen["shown"] = dialog.category.currentText()
        assert dialog.selected_category() is None
        dialog.name.setText("Karin Öberg")
        assert dialog.try_save() is False
        seen["refusal"] = dialog.errors.message("category")
        dialog.set_category(Cat.MANAGER)
        return int(dialog.try_save())

    monkeypatch.setattr(ParticipantDialog, "exec", fake_exec)
    tab.add_participant()
    assert seen == {"shown": "Välj kategori…", "refusal": "Välj en kategori."}
    assert [(r.display_name, r.category) for r in tab.visible_rows()] == [
        ("Karin Öberg", Cat.MANAGER)
    ]


def test_copy_from_first_visit_is_off_for_a_meeting_without_a_municipality(
    main_window, tab
) -> None:
    """Found by an adversarial tester: the button was enabled for a dialogue meeting, which has
    no municipality and so no first visit."""
    from samordnare_desktop.domain.errors import NotFoundError
    from samordnare_desktop.domain.organisation import OrganisationKind
    from samordnare_desktop.services.organisations import OrganisationInput

    services = main_window.ctx.services
    famna = services.organisations.create(OrganisationInput(OrganisationKind.INTEREST, "Famna"))
    meeting = services.visits.create(
        VisitInput(None, VisitKind.DIALOGUE, date(2026, 4, 20), organisation_ids=(famna.id,))
    )
    main_window.ctx.bus.changed.emit("visits")
    assert tab.show_visit(meeting.id)
    assert not tab.copy_button.isEnabled()
    with pytest.raises(NotFoundError) as caught:
        services.participants.copy_from_first_visit(meeting.id)
    assert "kommun" in caught.value.message


def test_works_at_picks_an_organisation_and_moves_a_person(qtbot, tab, visits, monkeypatch) -> None:
    """Issue #16: the participant dialog had no organisation picker, so a person could not be
    put under a region or moved to another organisation from the list."""
    first, _ = visits
    services = tab.ctx.services
    region = services.organisations.find_by_name("Region Skåne")
    from samordnare_desktop.domain.organisation import OrganisationKind
    from samordnare_desktop.services.organisations import OrganisationInput

    famna = services.organisations.create(OrganisationInput(OrganisationKind.INTEREST, "Famna"))
    tab.show_visit(first.id)

    def add(dialog: ParticipantDialog) -> int:
        assert dialog.works_at.isEnabled() and dialog.works_at.value() is None
        _fill(dialog, Cat.OTHER, name="Lena Ek", organisation="BUP")
        assert dialog.works_at.set_value(region.id)
        return int(dialog.try_save())

    monkeypatch.setattr(ParticipantDialog, "exec", add)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    (row,) = tab.visible_rows()
    assert row.organisation_id == region.id and row.affiliation == "Region Skåne, BUP"
    tab.select_participant(row.id)

    def move(dialog: ParticipantDialog) -> int:
        assert dialog.works_at.value() == region.id  # where she works now
        assert dialog.works_at.set_value(famna.id)
        return int(dialog.try_save())

    monkeypatch.setattr(ParticipantDialog, "exec", move)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    person = services.participants.person(row.person_id)
    assert person.organisation_id == famna.id
    # the first visit is in the past: she came from Region Skåne to it
    assert services.participants.get(row.id).organisation_id == region.id

    def unchanged(dialog: ParticipantDialog) -> int:
        assert dialog.works_at.value() == famna.id
        dialog.title_edit.setText("Utredare")
        return int(dialog.try_save())

    monkeypatch.setattr(ParticipantDialog, "exec", unchanged)
    tab.select_participant(row.id)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert services.participants.person(row.person_id).organisation_id == famna.id
    assert services.participants.person(row.person_id).title == "Utredare"


def test_walk_in_line_takes_at_most_a_name_and_an_organisation(qtbot, tab, visits) -> None:
    """Issue 14 F8: the walk-in line took any length; now the limit is said while typing."""
    first, _ = visits
    tab.show_visit(first.id)
    tab.attendance_button.click()
    tab.walk_in.setText("K" * 200 + ", " + "R" * 199)
    qtbot.keyClicks(tab.walk_in, "ab")
    assert tab.walk_in.text() == "K" * 200 + ", " + "R" * 199 + "a"
    assert tab.walk_in_error.text() == "För lång text: högst 402 tecken."
    qtbot.keyClick(tab.walk_in, Qt.Key.Key_Return)
    assert [(len(r.name), len(r.organisation)) for r in tab.visible_rows()] == [(200, 200)]


def _tick_typed(qtbot, tab, text: str) -> None:
    """The README's flow with real keys: type over the search, Space ticks the one found."""
    qtbot.keyClick(tab.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.search, text)
    qtbot.keyClick(tab.search, Qt.Key.Key_Space)


def test_ctrl_z_in_the_search_undoes_the_ticks(qtbot, tab, visits) -> None:
    """Space in the search field ticks and the status bar says "Ctrl+Z undoes": the same field's
    Ctrl+Z (its own text undo took it: the earlier search came back, the ticks stayed) undoes
    the ticks, Ctrl+Shift+Z and Ctrl+Y redo them; once typed in again, Ctrl+Z is the text's."""
    first, _ = visits
    svc = tab.ctx.services.participants
    for name in ("Anna Berg", "Bo Ek", "Cecilia Öst"):
        svc.add(first.id, PersonInput(name, Cat.MANAGER))
    tab.show_visit(first.id)
    tab.window().activateWindow()
    qtbot.waitActive(tab.window())
    tab.attendance_button.click()
    assert tab.search.hasFocus()
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    _tick_typed(qtbot, tab, "anna")
    _tick_typed(qtbot, tab, "bo")
    assert "Ctrl+Z" in tab.window().statusBar().currentMessage()
    assert _attended(svc, first.id) == {"Anna Berg", "Bo Ek"}
    assert tab.summary.text().startswith("Närvarande 2 av 3")

    qtbot.keyClick(tab.search, Qt.Key.Key_Z, ctrl)
    assert _attended(svc, first.id) == {"Anna Berg"}
    assert tab.summary.text().startswith("Närvarande 1 av 3")
    assert tab.search.text() == "bo"  # the search stays as it was
    qtbot.keyClick(tab.search, Qt.Key.Key_Z, ctrl)
    assert _attended(svc, first.id) == set()
    assert tab.summary.text().startswith("Närvarande 0 av 3")
    qtbot.keyClick(tab.search, Qt.Key.Key_Z, ctrl | shift)
    assert _attended(svc, first.id) == {"Anna Berg"}
    qtbot.keyClick(tab.search, Qt.Key.Key_Y, ctrl)
    assert _attended(svc, first.id) == {"Anna Berg", "Bo Ek"}
    assert tab.summary.text().startswith("Närvarande 2 av 3")
    assert tab.search.hasFocus()

    # typing after the tick: Ctrl+Z undoes the typing, as in any field, and leaves the ticks
    qtbot.keyClicks(tab.search, "cec")
    assert tab.search.text() == "cec"
    qtbot.keyClick(tab.search, Qt.Key.Key_Z, ctrl)
    assert tab.search.text() != "cec"
    assert _attended(svc, first.id) == {"Anna Berg", "Bo Ek"}
    assert tab.summary.text().startswith("Närvarande 2 av 3")
    # ... and the next tick makes Ctrl+Z the tick's again
    _tick_typed(qtbot, tab, "cec")
    assert _attended(svc, first.id) == {"Anna Berg", "Bo Ek", "Cecilia Öst"}
    qtbot.keyClick(tab.search, Qt.Key.Key_Z, ctrl)
    assert _attended(svc, first.id) == {"Anna Berg", "Bo Ek"}
    assert not any(r.attended for r in tab.model.rows() if r.name == "Cecilia Öst")
    assert tab.summary.text().startswith("Närvarande 2 av 3")


def test_a_participant_changed_elsewhere_is_never_saved_over(
    tab, visits, monkeypatch, messages
) -> None:
    """The participant dialog holds typed notes; meanwhile another window (a sync's pull)
    changes the same participant and its notice comes. The save is refused as a stale
    edit, the dialog stays with the text, the other change kept."""
    from dataclasses import replace

    from samordnare_desktop.ui.context import EVERYTHING, PARTICIPANT, Change

    first, _ = visits
    svc = tab.ctx.services.participants
    svc.add(first.id, PersonInput("Anna Berg", Cat.MANAGER, organisation="Socialförvaltningen"))
    tab.show_visit(first.id)
    tab.table.selectRow(0)
    kept: list[str] = []

    def fake_exec(dialog: ParticipantDialog) -> int:
        dialog.notes.setPlainText("Mina osparade anteckningar")
        row = svc.list_for_visit(first.id)[0]
        svc.update(
            row.id,
            row.as_person_input(),
            replace(row.as_participation_input(), notes="Från en annan dator"),
            expected_version=None,
        )
        tab.ctx.bus.notify(Change.of(PARTICIPANT, ids={first.id}))
        tab.ctx.bus.notify(Change.of(EVERYTHING))
        saved = dialog.try_save()
        kept.append(dialog.notes.toPlainText())
        return int(saved)

    monkeypatch.setattr(ParticipantDialog, "exec", fake_exec)
    tab.edit_participant()
    (warning,) = messages.texts("warn")
    assert "Någon annan har ändrat" in warning
    assert kept == ["Mina osparade anteckningar"]
    assert svc.list_for_visit(first.id)[0].notes == "Från en annan dator"
    assert tab.visible_rows()[0].notes == "Från en annan dator"
