"""The agenda editor driven through its widgets: add, reorder, delete/undo, templates, PDF, print."""

from __future__ import annotations

import io
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack

from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.agendas import FIRST_VISIT_TEMPLATE_ID, AgendaItemInput
from samordnare_desktop.ui.context import ChangeBus, UiContext
from samordnare_desktop.ui.visits.agenda_editor import AgendaEditor
from tests.helpers import finish_background
from tests.unit.test_agenda_service import make_visit


@pytest.fixture
def ctx(services, tmp_path: Path) -> UiContext:
    status: list[str] = []
    context = UiContext(
        services=services,
        undo_stack=QUndoStack(),
        bus=ChangeBus(),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        show_status=status.append,
        open_tab=lambda _name: False,
    )
    context.status = status  # type: ignore[attr-defined]
    return context


@pytest.fixture
def editor(qtbot, ctx: UiContext) -> AgendaEditor:
    widget = AgendaEditor(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def table(editor: AgendaEditor) -> list[tuple[str, str]]:
    m = editor.model
    return [(m.index(r, 0).data(), m.index(r, 1).data()) for r in range(m.rowCount())]


def add(qtbot, editor: AgendaEditor, title: str, minutes: int) -> None:
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.form.title_edit, title)
    editor.form.duration.setValue(minutes)
    qtbot.mouseClick(editor.form.save_button, Qt.MouseButton.LeftButton)


def test_add_items_reorder_with_alt_down_times_follow(qtbot, services, editor) -> None:
    visit = make_visit(services)
    editor.set_visit(visit.id)
    assert editor.placeholder.isHidden() and "Mjölby" in editor.heading.text()
    add(qtbot, editor, "Welcome", 30)
    add(qtbot, editor, "Dialog", 60)
    add(qtbot, editor, "Summary", 15)
    assert table(editor) == [
        ("09.00–09.30", "Welcome"),
        ("09.30–10.30", "Dialog"),
        ("10.30–10.45", "Summary"),
    ]
    editor.select_item(editor.rows()[0].id)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert table(editor) == [
        ("09.00–10.00", "Dialog"),
        ("10.00–10.30", "Welcome"),
        ("10.30–10.45", "Summary"),
    ]
    assert editor._selected().title == "Welcome"  # the moved item stays selected
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [t for _, t in table(editor)] == ["Welcome", "Dialog", "Summary"]
    assert [r.title for r in services.agendas.items_of(visit.id)] == [
        "Welcome",
        "Dialog",
        "Summary",
    ]
    editor.ctx.undo_stack.undo()
    assert [t for _, t in table(editor)] == ["Dialog", "Welcome", "Summary"]


def test_drag_and_drop_moves_through_the_service(qtbot, services, editor) -> None:
    visit = make_visit(services)
    for title in ("A", "B", "C"):
        services.agendas.add_item(visit.id, AgendaItemInput(title=title))
    editor.set_visit(visit.id)
    model = editor.model
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.index(-1, -1))
    qtbot.waitUntil(lambda: [t for _, t in table(editor)] == ["B", "C", "A"])
    assert table(editor)[0] == ("09.00–09.30", "B")
    data = model.mimeData([model.index(2, 0)])  # A dropped on B: takes its place
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(0, 1))
    qtbot.waitUntil(lambda: [t for _, t in table(editor)] == ["A", "B", "C"])
    assert [r.title for r in services.agendas.items_of(visit.id)] == ["A", "B", "C"]


def test_editing_shows_validation_beside_the_field(qtbot, services, editor) -> None:
    visit = make_visit(services)
    services.agendas.add_item(visit.id, AgendaItemInput(title="A", duration_minutes=30))
    services.agendas.add_item(visit.id, AgendaItemInput(title="B", duration_minutes=30))
    editor.set_visit(visit.id)
    editor.select_item(editor.rows()[0].id)
    editor.form.title_edit.clear()
    assert not editor.save_item()
    assert editor.form.errors.message("title")
    assert services.agendas.items_of(visit.id)[0].title == "A"
    editor.form.title_edit.insert("Välkommen & fika")
    editor.form.duration.setValue(45)
    editor.form.presenter_name.insert("Åsa Öberg")
    assert editor.save_item()
    assert table(editor) == [("09.00–09.45", "Välkommen & fika"), ("09.45–10.15", "B")]
    assert editor.model.index(0, 2).data() == "Åsa Öberg"


def test_flagged_rows_are_tinted_with_a_tooltip(qtbot, services, editor) -> None:
    visit = make_visit(services, end=time(10, 0))
    services.agendas.add_item(visit.id, AgendaItemInput(title="A", duration_minutes=30))
    services.agendas.add_item(visit.id, AgendaItemInput(title="B", duration_minutes=60))
    editor.set_visit(visit.id)
    assert editor.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert editor.model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Utanför besökets tider" in editor.model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Flaggade: 1" in editor.summary.text()


def test_delete_confirms_and_undo_restores(qtbot, services, editor, messages) -> None:
    visit = make_visit(services)
    for title in ("A", "B", "C"):
        services.agendas.add_item(visit.id, AgendaItemInput(title=title))
    editor.set_visit(visit.id)
    editor.select_item(editor.rows()[1].id)
    messages.confirm_answer = False
    editor.delete_item()
    assert len(services.agendas.items_of(visit.id)) == 3
    messages.confirm_answer = True
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert [t for _, t in table(editor)] == ["A", "C"]
    assert len(messages.texts("confirm")) == 2
    editor.ctx.undo_stack.undo()
    assert [t for _, t in table(editor)] == ["A", "B", "C"]
    editor.ctx.undo_stack.redo()
    assert [t for _, t in table(editor)] == ["A", "C"]


def test_apply_and_save_templates(qtbot, services, editor, messages, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    visit = make_visit(services, has_press_meeting=True)
    services.agendas.add_item(visit.id, AgendaItemInput(title="Own item"))
    editor.set_visit(visit.id)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Första besök", True))
    messages.confirm_answer = False
    editor.template_actions.apply_template()
    assert [t for _, t in table(editor)] == ["Own item"]
    messages.confirm_answer = True
    qtbot.mouseClick(editor.template_actions.template_button, Qt.MouseButton.LeftButton)
    titles = [t for _, t in table(editor)]
    assert titles[0] == "Välkommen och presentationsrunda" and titles[-1] == "Pressträff"
    editor.ctx.undo_stack.undo()
    assert [t for _, t in table(editor)] == ["Own item"]
    editor.ctx.undo_stack.redo()
    assert len(table(editor)) == 9

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Min mall", True))
    qtbot.mouseClick(editor.template_actions.save_template_button, Qt.MouseButton.LeftButton)
    saved = services.agendas.template_named("Min mall")
    assert saved is not None and saved.item_count == 9
    editor.delete_item()  # nothing selected: nothing happens
    editor.select_item(editor.rows()[0].id)
    editor.delete_item()
    editor.template_actions.save_as_template()  # same name: confirm replace
    assert services.agendas.template_named("Min mall").item_count == 8
    assert any("Min mall" in text for text in messages.texts("confirm"))


def test_apply_template_offers_to_fit_a_short_visit(qtbot, services, editor, messages, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    visit = make_visit(services, start=time(10, 0), end=time(14, 0))
    editor.set_visit(visit.id)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Första besök", True))
    editor.template_actions.apply_template()
    assert "6 h" in messages.texts("confirm")[-1] and "4 h" in messages.texts("confirm")[-1]
    assert editor.rows()[-1].end_minutes <= 14 * 60
    messages.confirm_answer = False  # replace: no -> nothing changes
    editor.template_actions.apply_template()
    assert editor.rows()[-1].end_minutes <= 14 * 60


def test_export_pdf_has_swedish_date_items_in_order_and_pages(
    qtbot, services, editor, monkeypatch, tmp_path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from samordnare_desktop.ui.visits.agenda_pdf_dialog import AgendaPdfDialog

    visit = make_visit(services)
    services.agendas.apply_template(visit.id, FIRST_VISIT_TEMPLATE_ID)
    editor.set_visit(visit.id)
    out = tmp_path / "export" / "agenda"
    monkeypatch.setattr(AgendaPdfDialog, "exec", lambda self: self.compact.setChecked(True) or 1)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    qtbot.mouseClick(editor.output.export_button, Qt.MouseButton.LeftButton)
    finish_background(qtbot)
    written = out.with_suffix(".pdf")
    reader = PdfReader(written)
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "onsdag 4 mars 2026" in text and "Sida 1 av 1" in text
    titles = [r.title for r in services.agendas.items_of(visit.id)]
    assert [text.index(t) for t in titles] == sorted(text.index(t) for t in titles)
    assert editor.output.pdf_options().compact  # remembered for the next time


def test_export_of_a_long_compact_agenda_says_in_the_status_that_it_took_pages(
    qtbot, services, editor, ctx, monkeypatch, tmp_path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from samordnare_desktop.ui.visits.agenda_pdf_dialog import AgendaPdfDialog
    from tests.unit.test_agenda_pdf import add_long_items, smallest_font

    visit = make_visit(services)
    add_long_items(services, visit.id, 40)
    editor.set_visit(visit.id)
    out = tmp_path / "wall.pdf"

    def choose(dialog: AgendaPdfDialog) -> int:
        dialog.compact.setChecked(True)
        dialog.presenter_details.setChecked(True)
        return 1

    monkeypatch.setattr(AgendaPdfDialog, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    qtbot.mouseClick(editor.output.export_button, Qt.MouseButton.LeftButton)
    finish_background(qtbot)
    assert ctx.status[-1] == (
        f"Dagordningen sparad: {out} Dagordningen fick inte plats på en sida med läsbar"
        " textstorlek och tog 3 sidor."
    )
    assert len(PdfReader(out).pages) == 3 and smallest_font(out.read_bytes()) >= 7.5


def test_hostile_text_in_every_field_through_the_editor(qtbot, services, editor) -> None:
    hostile = "<b>Fet & </b> 😀👍🏽 " + "x" * 150
    visit = make_visit(services)
    editor.set_visit(visit.id)
    editor.new_item()
    for widget in (
        editor.form.title_edit,
        editor.form.presenter_name,
        editor.form.presenter_title,
        editor.form.presenter_organisation,
    ):
        widget.insert(hostile)
    editor.form.description.setPlainText((hostile + "\n") * 30 + "y" * 5000)
    assert editor.save_item()
    pdf = editor.output.pdf_bytes()
    reader = PdfReader(io.BytesIO(pdf))
    assert "<b>Fet &" in reader.pages[0].extract_text()


def test_print_paints_the_pdf_pages_onto_the_printer(services, editor, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from samordnare_desktop.ui.pdf_output import new_printer, paint_pdf

    visit = make_visit(services)
    for n in range(40):
        services.agendas.add_item(
            visit.id,
            AgendaItemInput(title=f"Punkt {n}", duration_minutes=10, description="x " * 80),
        )
    editor.set_visit(visit.id)
    pdf = editor.output.pdf_bytes()
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert pages >= 2
    printer = new_printer()
    printer.setResolution(72)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert paint_pdf(printer, pdf) == pages
    assert len(PdfReader(target).pages) == pages


def test_open_pdf_writes_a_file_and_opens_it(services, editor, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    visit = make_visit(services)
    services.agendas.add_item(visit.id, AgendaItemInput(title="A"))
    editor.set_visit(visit.id)
    editor.output.open_pdf()
    path = Path(opened[0].toLocalFile())
    assert path.name == "Dagordning Mjölby 2026-03-04.pdf"
    assert PdfReader(path).pages[0].extract_text().count("Sida 1 av 1") == 1


def test_no_visit_shows_a_placeholder(editor) -> None:
    editor.set_visit(None)
    assert editor.body.isHidden() and not editor.placeholder.isHidden()


def test_templates_dialog_renames_and_deletes_with_undo(qtbot, ctx, messages, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from samordnare_desktop.ui.visits.agenda_templates_dialog import AgendaTemplatesDialog

    dialog = AgendaTemplatesDialog(None, ctx)
    qtbot.addWidget(dialog)
    names = [dialog.list.item(n).text() for n in range(dialog.list.count())]
    assert names == ["Första besök", "Uppföljningsbesök"]
    assert "9 punkter" in dialog.preview.text() and "Lunch" in dialog.preview.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Första besöket", True))
    dialog.rename()
    assert dialog.current().name == "Första besöket"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("uppföljningsbesök", True))
    dialog.rename()
    assert "finns redan" in messages.texts("warn")[-1]
    dialog.delete()
    assert [t.name for t in ctx.services.agendas.templates()] == ["Uppföljningsbesök"]
    ctx.undo_stack.undo()
    assert len(ctx.services.agendas.templates()) == 2
    assert dialog.list.count() == 2


def test_preview_and_print_buttons(qtbot, services, editor, monkeypatch, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QApplication

    from samordnare_desktop.ui.print_preview import PrintPreviewWindow

    visit = make_visit(services)
    services.agendas.apply_template(visit.id, FIRST_VISIT_TEMPLATE_ID)
    editor.set_visit(visit.id)
    previewed: list[int] = []

    def show_preview(window: PrintPreviewWindow) -> int:  # the app's one preview window
        window.show()
        QApplication.processEvents()
        previewed.append(window.pages)
        window.close()
        return 0

    monkeypatch.setattr(PrintPreviewWindow, "exec", show_preview)
    qtbot.mouseClick(editor.output.preview_button, Qt.MouseButton.LeftButton)
    assert previewed == [1]

    target = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        dialog.printer().setResolution(72)
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    qtbot.mouseClick(editor.output.print_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(target).pages) == 1
    assert "skrivaren" in editor.ctx.status[-1]


def test_a_deleted_visit_shows_the_placeholder_quietly(services, editor, messages) -> None:
    visit = make_visit(services)
    editor.set_visit(visit.id)
    services.visits.delete(visit.id)
    editor.ctx.bus.changed.emit("visits")
    assert editor.body.isHidden() and not messages.shown


def click_row(qtbot, editor: AgendaEditor, row: int) -> None:
    rect = editor.table.visualRect(editor.model.index(row, 1))
    qtbot.mouseClick(editor.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(20)  # a switch away from unsaved edits is handled after the click


def test_unsaved_edits_are_offered_for_saving(qtbot, services, editor, messages) -> None:
    visit = make_visit(services)
    for title in ("A", "B", "C"):
        services.agendas.add_item(visit.id, AgendaItemInput(title=title))
    editor.set_visit(visit.id)
    click_row(qtbot, editor, 0)
    assert editor.form.title_edit.text() == "A" and not messages.shown
    editor.form.title_edit.insert("1")
    assert "Osparade ändringar" in editor.form.form_state.text()

    messages.save_answer = "save"
    click_row(qtbot, editor, 1)  # save: saved, then B is shown
    assert "A1" in messages.texts("ask_save")[-1] and not messages.texts("confirm")
    assert [r.title for r in services.agendas.items_of(visit.id)] == ["A1", "B", "C"]
    assert editor.form.title_edit.text() == "B" and editor._selected().title == "B"

    editor.form.title_edit.insert("2")
    messages.save_answer = "cancel"
    click_row(qtbot, editor, 2)  # cancel: stays on B with the typed text
    assert editor.form.title_edit.text() == "B2" and editor._selected().title == "B"
    assert [r.title for r in services.agendas.items_of(visit.id)] == ["A1", "B", "C"]
    messages.save_answer = "discard"
    click_row(qtbot, editor, 2)  # don't save: discarded
    assert [r.title for r in services.agendas.items_of(visit.id)] == ["A1", "B", "C"]
    assert editor.form.title_edit.text() == "C" and "Osparade" not in editor.form.form_state.text()

    editor.form.title_edit.clear()  # invalid: the save is refused and the form stays
    messages.save_answer = "save"
    click_row(qtbot, editor, 0)
    assert editor.form.errors.message("title") and editor._selected().title == "C"
    assert editor.form.title_edit.text() == ""

    editor.form.title_edit.insert("C3")  # a refresh from elsewhere keeps the typing
    editor.ctx.bus.changed.emit("visits")
    assert editor.form.title_edit.text() == "C3"
    editor.new_item()
    assert [r.title for r in services.agendas.items_of(visit.id)] == ["A1", "B", "C3"]
    assert editor.form.title_edit.text() == "" and editor.editing is None


def test_agenda_page_in_the_visits_tab_follows_the_selected_visit(qtbot, main_window) -> None:
    services = main_window.ctx.services
    first = make_visit(services, has_press_meeting=True)
    follow = make_visit(
        services, code="1265", kind=VisitKind.FOLLOW_UP, day=date(2026, 9, 1), start=time(10, 0)
    )
    services.agendas.apply_template(first.id, FIRST_VISIT_TEMPLATE_ID)
    main_window.ctx.bus.changed.emit("visits")
    main_window.select_tab("visits")
    tab = main_window.tab("visits")
    qtbot.waitUntil(tab.isVisible)
    tab.select_visit(first.id)
    tab.pages.setCurrentIndex(1)
    editor = tab.findChild(AgendaEditor, "agenda_editor")
    assert editor is not None and editor.model.rowCount() == 9
    assert "Sjöbo" not in editor.heading.text() and "Mjölby" in editor.heading.text()
    tab.select_visit(follow.id)
    assert editor.visit_id == follow.id and editor.model.rowCount() == 0
    assert "Sjöbo" in editor.heading.text()
    add(qtbot, editor, "Start", 45)
    assert table(editor) == [("10.00–10.45", "Start")]


def test_switching_visit_with_a_typed_item_asks_save_discard_cancel(
    qtbot, main_window, messages
) -> None:
    """Issue 14 S: another visit chosen while an agenda item was typed asked Yes/No; now Save /
    Don't save / Cancel, and Cancel stays on the visit with the text."""
    services = main_window.ctx.services
    first = make_visit(services)
    other = make_visit(services, code="1265", day=date(2026, 9, 1))
    main_window.ctx.bus.changed.emit("visits")
    main_window.select_tab("visits")
    tab = main_window.tab("visits")
    tab.select_visit(first.id)
    tab.pages.setCurrentIndex(1)
    editor = tab.findChild(AgendaEditor, "agenda_editor")
    qtbot.keyClicks(editor.form.title_edit, "Start")
    messages.save_answer = "cancel"
    tab.select_visit(other.id)
    assert [k for k, _t, _x in messages.shown] == ["ask_save"]
    assert "Start" in messages.texts("ask_save")[0]
    assert tab._current_id == first.id and editor.visit_id == first.id
    assert tab.selected_rows()[0].id == first.id
    assert editor.form.title_edit.text() == "Start" and editor.is_dirty()
    messages.save_answer = "save"
    tab.select_visit(other.id)
    assert editor.visit_id == other.id
    assert [i.title for i in services.agendas.items_of(first.id)] == ["Start"]
    qtbot.keyClicks(editor.form.title_edit, "Bort")
    messages.save_answer = "discard"
    tab.select_visit(first.id)
    assert editor.visit_id == first.id and services.agendas.items_of(other.id) == []


def test_kind_is_read_back_as_the_enum_and_saved(qtbot, services, editor) -> None:
    from samordnare_desktop.domain.agenda import AgendaItemKind

    visit = make_visit(services)
    editor.set_visit(visit.id)
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    editor.form.title_edit.setText("Lunch")
    editor.form.kind.setCurrentIndex(editor.form.kind.findData(AgendaItemKind.LUNCH))
    assert editor.form_input().kind is AgendaItemKind.LUNCH
    qtbot.mouseClick(editor.form.save_button, Qt.MouseButton.LeftButton)
    click_row(qtbot, editor, 0)
    assert editor.form.kind.currentData() is AgendaItemKind.LUNCH


def test_the_item_form_edits_every_field(editor) -> None:
    """The form has a widget for each field of AgendaItemInput and reads back what it shows."""
    from samordnare_desktop.domain.agenda import AgendaItemKind
    from samordnare_desktop.services.agendas import INPUT_FIELDS

    form = editor.form
    assert set(form.fields) == set(INPUT_FIELDS)
    data = AgendaItemInput(
        title="Rundvandring",
        duration_minutes=45,
        start_time=time(13, 15),
        kind=AgendaItemKind.BREAK,
        description="Vi går\ntill skolan",
        presenter_name="Anna Berg",
        presenter_title="Rektor",
        presenter_organisation="Skolan",
    )
    form.load(data, data.start_time, new=False)
    assert form.value() == data


def test_reloads_for_changes_of_its_own_visit_only(services, editor, monkeypatch) -> None:
    """Change notices name what changed: another visit's save leaves this agenda alone."""
    from samordnare_desktop.ui.context import AGENDA, VISIT, Change

    visit = make_visit(services)
    other = make_visit(services, day=date(2031, 5, 6))
    editor.set_visit(visit.id)
    reloads: list[int] = []
    monkeypatch.setattr(editor, "refresh", lambda: reloads.append(1))
    editor.ctx.bus.notify(Change.of(VISIT, ids={other.id}))
    editor.ctx.bus.changed.emit("action_plans")
    assert reloads == []
    editor.ctx.bus.notify(Change.of(VISIT, ids={visit.id}))
    editor.ctx.bus.notify(Change.of(AGENDA, ids={visit.id}))
    editor.ctx.bus.changed.emit("*")  # an erasure, an import: everything
    assert reloads == [1, 1, 1]


@pytest.mark.parametrize("unsaved", [False, True], ids=["no-edit", "unsaved"])
def test_an_item_changed_elsewhere_is_never_saved_over(qtbot, main_window, messages, unsaved):
    """The agenda form shows an item; another window changes it and sends its notice. With
    nothing typed the form shows the change; with unsaved text the save used to take the
    reloaded row's new version and write the text over the other change without a word: it
    is refused as a stale edit now, the text kept, the other change kept."""
    from dataclasses import replace

    from samordnare_desktop.ui.context import AGENDA, Change

    services = main_window.ctx.services
    visit = make_visit(services)
    item = services.agendas.add_item(visit.id, AgendaItemInput("Välkommen", 30))
    main_window.ctx.bus.changed.emit("visits")
    main_window.select_tab("visits")
    tab = main_window.tab("visits")
    qtbot.waitUntil(tab.isVisible)
    tab.select_visit(visit.id)
    tab.pages.setCurrentIndex(1)
    editor = tab.findChild(AgendaEditor, "agenda_editor")
    assert editor.select_item(item.id)
    if unsaved:
        editor.form.title_edit.setText("Min osparade rubrik")
    services.agendas.update_item(
        item.id, replace(item.as_input(), title="Ändrad i ett annat fönster"), expected_version=None
    )
    main_window.ctx.bus.notify(Change.of(AGENDA, ids={visit.id}))
    if unsaved:
        qtbot.mouseClick(editor.form.save_button, Qt.MouseButton.LeftButton)
        (warning,) = messages.texts("warn")
        assert "Någon annan har ändrat" in warning
        assert editor.form.title_edit.text() == "Min osparade rubrik"
    else:
        assert editor.form.title_edit.text() == "Ändrad i ett annat fönster"
    assert services.agendas.items_of(visit.id)[0].title == "Ändrad i ett annat fönster"
