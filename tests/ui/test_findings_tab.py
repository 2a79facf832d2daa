"""Findings in the window (issue #18): the Iakttagelser tab searched by real keystrokes (folding
"dukic" to Đukić, å ä ö kept) and filtered; a finding tagged in its dialog; deleted with a
confirmation and back with Ctrl+Z; on the visit page a line and Enter writes one down, and the
good examples from other municipalities on the visit's questions are listed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from samordnare_desktop.domain.finding import FindingInput, FindingKind, ThemeKey, ThemeSource
from samordnare_desktop.ui.findings.table_model import KIND, TEXT
from samordnare_desktop.ui.findings.visit_page import VisitFindingsPage
from tests.factories import make_visit, visit_input


def _tab(main_window):
    main_window.select_tab("findings")
    return main_window.tab("findings")


def _type(qtbot, widget, text: str) -> None:
    """Real key presses; a letter QTest cannot name (ö) goes as a key event with its text."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                )


def _texts(tab) -> list[str]:
    return [tab.proxy.index(r, TEXT).data() for r in range(tab.proxy.rowCount())]


def _question(services, number: int) -> ThemeKey:
    q = next(q for q in services.visits.questions() if q.number == number)
    return ThemeKey(ThemeSource.QUESTION, q.id)


def test_search_as_you_type_and_filters(qtbot, main_window) -> None:
    tab = _tab(main_window)
    services = tab.ctx.services
    add = services.findings.add
    add(FindingInput(text="Samtal med Đukić om jourhem", kind=FindingKind.CHALLENGE))
    add(FindingInput(text="Öhman: familjehem saknas", kind=FindingKind.PROPOSAL))
    add(FindingInput(text="Ohlsson om introduktion", kind=FindingKind.GOOD_EXAMPLE))
    tab.refresh()
    assert len(_texts(tab)) == 3 and tab.count.text() == "3 iakttagelser"
    _type(qtbot, tab.search, "duk")
    assert _texts(tab) == ["Samtal med Đukić om jourhem"]
    tab.search.clear()
    _type(qtbot, tab.search, "öh")
    assert _texts(tab) == ["Öhman: familjehem saknas"]
    tab.search.clear()
    _type(qtbot, tab.search, "oh")
    assert _texts(tab) == ["Ohlsson om introduktion"]  # ö is not o
    tab.search.clear()
    tab.kind.set_value(FindingKind.PROPOSAL)
    assert _texts(tab) == ["Öhman: familjehem saknas"]
    assert tab.proxy.index(0, KIND).data() == "Förslag"
    tab.kind.set_value(None)
    # sorted by the finding's text on a header click
    tab.table.sortByColumn(TEXT, Qt.SortOrder.AscendingOrder)
    assert _texts(tab) == [
        "Ohlsson om introduktion",
        "Samtal med Đukić om jourhem",
        "Öhman: familjehem saknas",
    ]


def test_tag_in_the_dialog_then_delete_and_undo(qtbot, main_window, messages) -> None:
    tab = _tab(main_window)
    services = tab.ctx.services
    row = services.findings.add(FindingInput(text="Handläggarna byts ofta"))
    tab.refresh()
    tab.select(row.id)
    dialog = tab.edit_selected()
    dialog.text.setPlainText("Handläggarna byts ofta, varje halvår")
    dialog.drafts.save_now()
    assert dialog.drafts.load().values["finding_text"] == "Handläggarna byts ofta, varje halvår"
    dialog.text.setPlainText("Handläggarna byts ofta")
    dialog.kind.set_value(FindingKind.CHALLENGE)
    assert dialog.add_theme("Personalomsättning")
    dialog.save()
    assert dialog.drafts.load() is None  # saved: the crash draft is gone
    saved = services.findings.get(row.id)
    assert saved.kind is FindingKind.CHALLENGE and saved.theme_labels == ("Personalomsättning",)
    assert tab.theme.findText("Personalomsättning") >= 0  # the new theme is a filter at once
    tab.theme.set_value(saved.themes[0])
    assert _texts(tab) == ["Handläggarna byts ofta"]
    tab.theme.set_value(None)
    tab.select(row.id)
    assert tab.delete_selected()
    assert "Handläggarna byts ofta" in messages.texts()[-1]
    assert _texts(tab) == [] and services.findings.search().total == 0
    tab.ctx.undo_stack.undo()
    assert _texts(tab) == ["Handläggarna byts ofta"]


def test_quick_entry_and_good_examples_on_the_visit_page(qtbot, main_window) -> None:
    main_window.select_tab("visits")
    visits = main_window.tab("visits")
    services = visits.ctx.services
    q1 = _question(services, 1)
    here = services.visits.create(visit_input(services, code="0586"), question_ids=[q1.id])
    there = make_visit(services, code="0583")
    services.findings.add(
        FindingInput(
            text="Motala låter barnen läsa sin egen plan",
            kind=FindingKind.GOOD_EXAMPLE,
            visit_id=there.id,
            themes=(q1,),
            organisation_ids=(services.organisations.of_municipality(there.municipality_id).id,),
        )
    )
    visits.refresh()
    assert visits.select_visit(here.id)
    index = next(
        i for i in range(visits.pages.count()) if visits.pages.tabText(i) == "Iakttagelser"
    )
    visits.pages.setCurrentIndex(index)
    page = visits.findChild(VisitFindingsPage, "visit_findings")
    assert page is not None and page.visit_id == here.id
    examples = [
        page.examples.model().index(r, TEXT).data() for r in range(page.examples.model().rowCount())
    ]
    assert examples == ["Motala låter barnen läsa sin egen plan"]
    _type(qtbot, page.quick, "Skolan och socialtjänsten träffas varje vecka")
    qtbot.keyClick(page.quick, Qt.Key.Key_Return)
    assert page.quick.text() == ""
    stored = services.findings.for_visit(here.id)
    assert [r.text for r in stored] == ["Skolan och socialtjänsten träffas varje vecka"]
    assert stored[0].organisation_names == ("Mjölby",)
    assert (
        page.table.model().index(0, TEXT).data() == "Skolan och socialtjänsten träffas varje vecka"
    )
    assert page.summary.text() == "1 iakttagelser, 1 inte taggade än"


def test_the_meeting_is_chosen_in_the_dialog_and_an_edit_undone(qtbot, main_window) -> None:
    tab = _tab(main_window)
    services = tab.ctx.services
    visit = make_visit(services, title="Dialog om skolan")
    row = services.findings.add(FindingInput(text="Skolan saknar kurator"))
    tab.refresh()
    tab.select(row.id)
    dialog = tab.edit_selected()
    assert dialog.meeting.value() is None
    assert dialog.meeting.set_value(visit.id)
    assert "Mjölby, 2026-03-04" in dialog.meeting.currentText()
    dialog.text.setPlainText("Skolan saknar kurator på högstadiet")
    dialog.save()
    saved = services.findings.get(row.id)
    assert saved.visit_id == visit.id and saved.text == "Skolan saknar kurator på högstadiet"
    assert _texts(tab) == ["Skolan saknar kurator på högstadiet"]

    main_window.undo_stack.undo()  # Ctrl+Z: the text and the meeting as they were
    restored = services.findings.get(row.id)
    assert restored.text == "Skolan saknar kurator" and restored.visit_id is None
    assert _texts(tab) == ["Skolan saknar kurator"]
    main_window.undo_stack.redo()
    assert services.findings.get(row.id).visit_id == visit.id

    tab.select(row.id)
    dialog = tab.edit_selected()
    assert dialog.meeting.value() == visit.id
    dialog.meeting.set_value(None)  # made at no meeting after all
    dialog.save()
    assert services.findings.get(row.id).visit_id is None


def test_own_themes_are_renamed_and_deleted_with_undo(qtbot, main_window, messages) -> None:
    tab = _tab(main_window)
    services = tab.ctx.services
    theme = services.findings.add_theme("Skolsamvrekan")
    row = services.findings.add(FindingInput(text="Skolan och socialtjänsten", themes=(theme.key,)))
    tab.refresh()
    dialog = tab.edit_themes()
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["Skolsamvrekan"]
    assert dialog.select("Skolsamvrekan")
    assert dialog.rename_selected("Skolsamverkan")
    assert services.findings.get(row.id).theme_labels == ("Skolsamverkan",)
    assert tab.theme.findText("Skolsamverkan") >= 0  # the filter follows at once
    main_window.undo_stack.undo()
    assert services.findings.get(row.id).theme_labels == ("Skolsamvrekan",)
    main_window.undo_stack.redo()

    dialog.select("Skolsamverkan")
    assert dialog.delete_selected()
    assert "Iakttagelser med temat: 1" in messages.texts()[-1]
    assert services.findings.get(row.id).theme_labels == ()
    assert dialog.list.count() == 0 and tab.theme.findText("Skolsamverkan") < 0
    main_window.undo_stack.undo()  # the theme and its tag are back
    assert services.findings.get(row.id).theme_labels == ("Skolsamverkan",)
    assert dialog.list.count() == 1
    dialog.reject()  # no window-modal dialog left open for the next test


def test_quick_entry_takes_at_most_the_finding_limit_and_says_so(qtbot, main_window) -> None:
    """Issue 14 F8: the quick line took any length and refused only on Enter."""
    from PySide6.QtGui import QGuiApplication

    main_window.select_tab("visits")
    visits = main_window.tab("visits")
    here = make_visit(visits.ctx.services, code="0586")
    visits.refresh()
    assert visits.select_visit(here.id)
    visits.pages.setCurrentIndex(
        next(i for i in range(visits.pages.count()) if visits.pages.tabText(i) == "Iakttagelser")
    )
    page = visits.findChild(VisitFindingsPage, "visit_findings")
    assert page is not None and page.visit_id == here.id
    page.quick.setFocus()
    QGuiApplication.clipboard().setText("a" * 4001)
    page.quick.paste()
    assert len(page.quick.text()) == 4000
    assert page.quick_error.text() == "För lång text: högst 4\u00a0000 tecken."
    assert not page.quick_error.isHidden()
    qtbot.keyClick(page.quick, Qt.Key.Key_Backspace)
    assert page.quick_error.isHidden()
    qtbot.keyClick(page.quick, Qt.Key.Key_B)
    qtbot.keyClick(page.quick, Qt.Key.Key_C)  # one too many
    assert len(page.quick.text()) == 4000 and page.quick_error.text()
    qtbot.keyClick(page.quick, Qt.Key.Key_Return)
    assert [r.text for r in visits.ctx.services.findings.for_visit(here.id)] == ["a" * 3999 + "b"]


def test_a_finding_changed_elsewhere_is_never_saved_over(qtbot, main_window, messages) -> None:
    """The finding's dialog holds typed text; another window (a sync's pull) changes the same
    finding and the notices come. The save is refused as a stale edit, the dialog keeps the
    text, the other change stays in the database and the list."""
    from dataclasses import replace

    from samordnare_desktop.ui.context import EVERYTHING, FINDING, Change

    tab = _tab(main_window)
    services = tab.ctx.services
    row = services.findings.add(FindingInput(text="Skolan saknar kurator"))
    tab.refresh()
    tab.select(row.id)
    dialog = tab.edit_selected()
    dialog.text.setPlainText("Min osparade text")
    stored = services.findings.get(row.id)
    services.findings.update(
        row.id, replace(stored.as_input(), text="Från en annan dator"), expected_version=None
    )
    main_window.ctx.bus.notify(Change.of(FINDING, ids=[row.id]))
    main_window.ctx.bus.notify(Change.of(EVERYTHING))
    dialog.save()
    (warning,) = messages.texts("warn")
    assert "Någon annan har ändrat" in warning
    assert dialog.text.toPlainText() == "Min osparade text"
    assert services.findings.get(row.id).text == "Från en annan dator"
    assert _texts(tab) == ["Från en annan dator"]
