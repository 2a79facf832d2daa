"""The visit's "Documents for the day" button: every document opens in the preview window, the
press text goes to the clipboard, headcounts and journalists are edited in their dialog."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument

from samordnare_desktop.domain.participant import ParticipantCategory as Cat
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.participants import ParticipationInput, PersonInput
from samordnare_desktop.services.visits import VisitInput
from samordnare_desktop.ui import print_preview
from samordnare_desktop.ui.visits.audience_dialog import AudienceDialog


def _visit(main_window):
    services = main_window.ctx.services
    visit = services.visits.create(
        VisitInput(
            services.municipalities.by_code("0586").id, VisitKind.FIRST, date(2026, 3, 4),
            time(9), time(15), has_press_meeting=True, press_start=time(14),
            press_end=time(14, 30), press_place="Stadshuset", press_contact_name="Anna Berg",
        )
    )  # fmt: skip
    services.participants.add(
        visit.id, PersonInput("Łucja Đorđević", Cat.MANAGER, organisation="IFO"),
        ParticipationInput(attended=True),
    )  # fmt: skip
    main_window.ctx.bus.changed.emit("visits")
    return visit


def test_documents_open_in_the_preview_window(qtbot, main_window, monkeypatch, tmp_path):
    monkeypatch.setattr(print_preview, "available_printers", lambda: [])
    visit = _visit(main_window)
    main_window.select_tab("visits")
    tab = main_window.tab("visits")
    qtbot.waitUntil(tab.isVisible)
    assert tab.select_visit(visit.id)
    button = tab.day_documents
    assert button.isEnabled() and button.text() == "Dokument för dagen"
    for name, title in (
        ("visit_pack", "Besökspaket"),
        ("briefing", "Besöksunderlag"),
        ("press_pdf", "Pressinbjudan"),
        ("badges", "Namnbrickor"),
        ("table_cards", "Bordskort"),
    ):
        button.last_window = None
        button.actions_by_name[name].trigger()
        # built off the GUI thread: nothing yet, a second request ignored while it runs
        assert button.building is not None and button.last_window is None
        job = button.building
        button.actions_by_name[name].trigger()
        assert button.building is job
        qtbot.waitUntil(lambda: button.last_window is not None, timeout=20_000)
        assert button.building is None
        window = button.last_window
        assert window.windowTitle() == title
        qtbot.waitUntil(lambda w=window: w.document.status() == QPdfDocument.Status.Ready)
        assert window.pages >= 1 and "0586-2026-03-04" in window.file_name
        if name == "visit_pack":
            # never ends on a blank page (issue #14): the last page has text
            assert window.document.getAllText(window.pages - 1).text().strip()
            window.grab().save(str(tmp_path / "pack_preview.png"))
        window.close()

    button.actions_by_name["press_text"].trigger()
    text = QGuiApplication.clipboard().text()
    assert "Tid och plats för pressträff" in text and "kontakta Anna Berg" in text


def test_audience_dialog_saves_headcounts_and_journalists(qtbot, main_window, messages):
    visit = _visit(main_window)
    services = main_window.ctx.services
    dialog = AudienceDialog(services, visit.id)
    qtbot.addWidget(dialog)
    dialog.category.set_value(Cat.CHILD)
    dialog.count.setValue(6)
    assert dialog.add_headcount()
    dialog.name.setText("Kim Ek")
    dialog.outlet.setText("Corren")
    assert dialog.add_journalist()
    dialog.name.setText("   ")
    assert not dialog.add_journalist()
    assert dialog.journalist_errors._fields["name"][1].isVisibleTo(dialog)
    assert [dialog.counts.item(i).text() for i in range(dialog.counts.count())] == [
        "6 Unga (Barn / ung person)"
    ] or dialog.counts.count() == 1
    assert [(h.count, h.category) for h in services.headcounts.headcounts(visit.id)] == [
        (6, Cat.CHILD)
    ]
    assert [j.name for j in services.headcounts.journalists(visit.id)] == ["Kim Ek"]
    dialog.journalists.setCurrentRow(0)
    dialog.remove_journalist()
    assert services.headcounts.journalists(visit.id) == []
    assert dialog.changed


def test_audience_dialog_takes_a_category_of_the_users_own(qtbot, main_window, messages):
    visit = _visit(main_window)
    services = main_window.ctx.services
    dialog = AudienceDialog(services, visit.id)
    qtbot.addWidget(dialog)
    dialog.category.setEditText("Familjehemsföräldrar")  # typed, not in the list
    dialog.count.setValue(4)
    assert dialog.add_headcount()
    dialog.category.setEditText("  ")
    assert not dialog.add_headcount()
    assert dialog.count_errors.message("label")
    dialog.category.setEditText("barn / UNGDOM")  # a fixed category's name, any case
    dialog.count.setValue(2)
    assert dialog.add_headcount()
    rows = services.headcounts.headcounts(visit.id)
    assert [(h.count, h.category, h.label) for h in rows] == [
        (2, Cat.CHILD, ""),
        (4, Cat.OTHER, "Familjehemsföräldrar"),
    ]
    assert dialog.counts.item(1).text() == "4 Familjehemsföräldrar (egen kategori)"
    # offered in the list from now on, in this dialog and the next
    again = AudienceDialog(services, visit.id)
    qtbot.addWidget(again)
    assert again.category.findText("Familjehemsföräldrar") >= 0


def test_press_invitation_with_empty_press_fields_says_what_is_missing(
    qtbot, main_window, monkeypatch, messages
):
    monkeypatch.setattr(print_preview, "available_printers", lambda: [])
    services = main_window.ctx.services
    visit = services.visits.create(
        VisitInput(
            services.municipalities.by_code("0586").id, VisitKind.FIRST, date(2026, 5, 6),
            has_press_meeting=True, press_start=time(14),
        )
    )  # fmt: skip
    main_window.ctx.bus.changed.emit("visits")
    main_window.select_tab("visits")
    tab = main_window.tab("visits")
    qtbot.waitUntil(tab.isVisible)
    assert tab.select_visit(visit.id)
    button = tab.day_documents
    QGuiApplication.clipboard().setText("")
    button.actions_by_name["press_text"].trigger()
    assert QGuiApplication.clipboard().text() == ""
    button.actions_by_name["press_pdf"].trigger()
    qtbot.waitUntil(lambda: button.building is None, timeout=20_000)
    assert button.last_window is None
    shown = messages.texts()
    assert len(shown) == 2 and all(
        "pressträffen saknar plats och kontaktperson" in t for t in shown
    )


def _press(dialog, standard_key) -> None:
    """What Ctrl+Z (or Ctrl+Shift+Z) does in the dialog: its shortcut fires."""
    from PySide6.QtGui import QKeySequence, QShortcut

    wanted = QKeySequence(standard_key)
    shortcut = next(s for s in dialog.findChildren(QShortcut) if s.key() == wanted)
    shortcut.activated.emit()


def test_headcount_and_journalist_edits_are_undoable(qtbot, main_window, messages):
    from PySide6.QtGui import QKeySequence

    visit = _visit(main_window)
    ctx = main_window.ctx
    svc = ctx.services.headcounts
    changes = []
    dialog = AudienceDialog(
        ctx.services, visit.id, undo_stack=ctx.undo_stack, on_change=lambda: changes.append(1)
    )
    qtbot.addWidget(dialog)
    dialog.category.set_value(Cat.CHILD)
    dialog.count.setValue(6)
    assert dialog.add_headcount()
    dialog.name.setText("Kim Ek")
    assert dialog.add_journalist()
    assert ctx.undo_stack.undoText() == "Lägg till journalist Kim Ek"

    _press(dialog, QKeySequence.StandardKey.Undo)  # the journalist goes
    assert svc.journalists(visit.id) == [] and dialog.journalists.count() == 0
    _press(dialog, QKeySequence.StandardKey.Undo)  # then the headcount
    assert svc.headcounts(visit.id) == [] and dialog.counts.count() == 0
    _press(dialog, QKeySequence.StandardKey.Redo)
    assert [(h.count, h.category) for h in svc.headcounts(visit.id)] == [(6, Cat.CHILD)]

    dialog.counts.setCurrentRow(0)
    dialog.remove_headcount()
    assert svc.headcounts(visit.id) == []
    dialog.close()
    ctx.undo_stack.undo()  # Ctrl+Z in the window after the dialog closed
    assert [h.count for h in svc.headcounts(visit.id)] == [6]
    assert len(changes) == 7  # 3 changes, 3 undos and a redo: each told the other views


def test_ctrl_z_in_the_dialog_leaves_older_edits_elsewhere_alone(qtbot, main_window, messages):
    from PySide6.QtGui import QKeySequence

    from samordnare_desktop.ui.undo import push_undoable

    visit = _visit(main_window)
    ctx = main_window.ctx
    done = []
    push_undoable(None, ctx.undo_stack, "annat", lambda: done.append(1), done.clear, lambda: None)
    dialog = AudienceDialog(ctx.services, visit.id, undo_stack=ctx.undo_stack)
    qtbot.addWidget(dialog)
    _press(dialog, QKeySequence.StandardKey.Undo)
    assert done == [1] and ctx.undo_stack.undoText() == "annat"


def test_participants_tab_counts_headcounts_as_present(qtbot, main_window):
    from samordnare_desktop.services.headcounts import HeadcountInput

    visit = _visit(main_window)
    main_window.ctx.services.headcounts.add_headcount(visit.id, HeadcountInput(Cat.CHILD, 6))
    main_window.select_tab("participants")
    tab = main_window.tab("participants")
    qtbot.waitUntil(tab.isVisible)
    assert tab.show_visit(visit.id)
    qtbot.waitUntil(lambda: "Närvarande 7 av 7" in tab.summary.text())
    assert "Unga 6/6" in tab.summary.text()
