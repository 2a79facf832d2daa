"""The Kommuner tab driven through its widgets: search, filters, details, contacts, undo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from samordnare_desktop.domain.validation import match_key
from samordnare_desktop.ui.municipalities.contact_dialog import ContactDialog
from samordnare_desktop.ui.table_model import ROW_ROLE


def _tab(main_window):
    return main_window.tab("municipalities")


def _visible_codes(tab) -> list[str]:
    return [tab.proxy.index(r, 0).data(ROW_ROLE).code for r in range(tab.proxy.rowCount())]


def _select(tab, code: str) -> None:
    tab.search.setText(code)
    assert _visible_codes(tab) == [code]
    tab.table.selectRow(0)


def test_lists_all_290_sorted_by_code(main_window) -> None:
    tab = _tab(main_window)
    codes = _visible_codes(tab)
    assert len(codes) == 290
    assert codes == sorted(codes)
    assert "Visar 290 av 290 kommuner" in tab.count.text()


def test_search_as_you_type_on_name_and_code(qtbot, main_window) -> None:
    tab = _tab(main_window)
    qtbot.keyClicks(tab.search, "mj")  # QTest types ASCII only; å ä ö go in via insert()
    tab.search.insert("ö")
    assert _visible_codes(tab) == ["0586"]
    tab.search.clear()
    tab.search.insert("MJÖLBY")
    assert _visible_codes(tab) == ["0586"]
    tab.search.clear()
    tab.search.insert("örebro")
    assert _visible_codes(tab) == ["1880"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "25")
    assert _visible_codes(tab) and all(code.startswith("25") for code in _visible_codes(tab))
    assert "2584" in _visible_codes(tab)


def test_code_matches_from_its_start_and_names_anywhere(main_window) -> None:
    """The filter runs in C++ on a key per row; it finds what the rule says and nothing else:
    the code starts with the search or the folded name contains it, within the county."""
    tab = _tab(main_window)
    rows = tab.model.rows()
    for text, county in (("880", ""), ("bo", ""), ("08", ""), ("P", ""), ("-", ""), ("(", ""),
                         ("08", "08"), ("KALMAR ", "08"), ("ed", "14"), ("P", "08")):  # fmt: skip
        tab.county.setCurrentIndex(tab.county.findData(county))
        tab.search.setText(text)
        needle = match_key(text)
        expected = sorted(
            r.code
            for r in rows
            if (not county or r.county_code == county)
            and (r.code.startswith(needle) or needle in match_key(r.name))
        )
        assert _visible_codes(tab) == expected, (text, county)
    tab.search.setText("880")  # inside a code, not at its start
    assert _visible_codes(tab) == []


def test_sort_by_name_puts_swedish_letters_last(main_window) -> None:
    tab = _tab(main_window)
    tab.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    names = [tab.proxy.index(r, 1).data() for r in range(tab.proxy.rowCount())]
    assert names[0] == "Ale"
    assert names[-1].startswith("Ö")


def test_county_and_programme_filters(qtbot, main_window) -> None:
    tab = _tab(main_window)
    tab.county.setCurrentIndex(tab.county.findData("08"))
    assert len(_visible_codes(tab)) == 12
    assert all(code.startswith("08") for code in _visible_codes(tab))
    _select(tab, "0880")
    indicator = QPoint(8, tab.in_programme.height() // 2)  # the box itself, not the empty row
    qtbot.mouseClick(tab.in_programme, Qt.MouseButton.LeftButton, pos=indicator)
    tab.search.clear()
    tab.county.setCurrentIndex(0)
    tab.only_programme.setChecked(True)
    assert _visible_codes(tab) == ["0880"]
    assert main_window.ctx.services.municipalities.by_code("0880").in_programme


def test_notes_are_saved_and_survive_selection_change(qtbot, main_window) -> None:
    tab = _tab(main_window)
    _select(tab, "1265")
    tab.notes.insertPlainText("Första besöket i maj & <viktigt>")
    _select(tab, "0586")  # choosing another municipality saves the notes
    svc = main_window.ctx.services.municipalities
    assert svc.details(svc.by_code("1265").id).notes == "Första besöket i maj & <viktigt>"


def _fill(dialog: ContactDialog, **fields: str) -> None:
    for name, value in fields.items():
        widget = {
            "name": dialog.name,
            "title": dialog.title_edit,
            "organisation": dialog.organisation,
            "phone": dialog.phone,
            "email": dialog.email,
        }[name]
        widget.setText(value)


def test_invalid_contact_shows_message_beside_field_and_saves_nothing(
    qtbot, main_window, monkeypatch
) -> None:
    tab = _tab(main_window)
    _select(tab, "0586")
    seen: dict[str, str] = {}

    def fake_exec(dialog: ContactDialog) -> int:
        _fill(dialog, name="Anna Berg", email="anna.mjolby.se")
        assert dialog.try_save() is False
        seen["email"] = dialog.findChild(type(dialog.name).__mro__[0], "email").text()
        seen["error"] = dialog.errors.message("email")
        _fill(dialog, name="", email="anna@mjolby.se")
        assert dialog.try_save() is False
        seen["name_error"] = dialog.errors.message("name")
        return 0

    monkeypatch.setattr(ContactDialog, "exec", fake_exec)
    qtbot.mouseClick(tab.add_contact_button, Qt.MouseButton.LeftButton)
    assert seen["email"] == "anna.mjolby.se"  # what the user typed stays
    assert "Ogiltig e-postadress" in seen["error"]
    assert "får inte vara tomt" in seen["name_error"]
    assert tab.contact_model.rowCount() == 0
    svc = main_window.ctx.services.municipalities
    assert svc.details(svc.by_code("0586").id).contacts == ()


def test_add_delete_with_confirmation_and_undo(qtbot, main_window, monkeypatch, messages) -> None:
    tab = _tab(main_window)
    _select(tab, "0586")

    def fake_exec(dialog: ContactDialog) -> int:
        _fill(dialog, name="Şahin Ŋilsson", title="Enhetschef", email="sahin@mjolby.se")
        return int(dialog.try_save())

    monkeypatch.setattr(ContactDialog, "exec", fake_exec)
    qtbot.mouseClick(tab.add_contact_button, Qt.MouseButton.LeftButton)
    assert tab.contact_model.rowCount() == 1
    tab.contacts.selectRow(0)

    messages.confirm_answer = False
    qtbot.mouseClick(tab.delete_contact_button, Qt.MouseButton.LeftButton)
    assert tab.contact_model.rowCount() == 1  # said no: nothing deleted
    assert "Şahin Ŋilsson" in messages.texts("confirm")[0]

    messages.confirm_answer = True
    qtbot.mouseClick(tab.delete_contact_button, Qt.MouseButton.LeftButton)
    assert tab.contact_model.rowCount() == 0
    svc = main_window.ctx.services.municipalities
    assert svc.details(svc.by_code("0586").id).contacts == ()

    main_window.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [c.name for c in svc.details(svc.by_code("0586").id).contacts] == ["Şahin Ŋilsson"]
    assert tab.contact_model.rowCount() == 1


def test_details_list_the_visits_and_follow_changes(main_window) -> None:
    from datetime import date

    from samordnare_desktop.domain.visit import VisitKind, VisitStatus
    from samordnare_desktop.services.visits import VisitInput

    services = main_window.ctx.services
    tab = _tab(main_window)
    _select(tab, "0586")
    assert tab.visit_summary.text() == "Besök: inga ännu."
    mjolby = services.municipalities.by_code("0586").id
    services.visits.create(
        VisitInput(
            municipality_id=mjolby,
            kind=VisitKind.FIRST,
            day=date(2026, 3, 4),
            status=VisitStatus.HELD,
        )
    )
    services.visits.create(
        VisitInput(municipality_id=mjolby, kind=VisitKind.FOLLOW_UP, day=date(2026, 12, 2))
    )
    main_window.ctx.bus.changed.emit("visits")
    assert tab.visit_summary.text() == (
        "Besök: Första besök 2026-03-04 (Genomfört) · Uppföljningsbesök 2026-12-02 (Planerat)"
    )
    assert "Uppföljning planerad" in tab.stage.text()


def test_select_by_code_shows_the_municipality_and_unknown_code_selects_nothing(
    main_window,
) -> None:
    tab = _tab(main_window)
    assert tab.select_municipality_code("0586")
    assert "Mjölby" in tab.heading.text()
    assert tab.table.selectionModel().selectedRows()[0].data(ROW_ROLE).code == "0586"
    assert not tab.select_municipality_code("9999")


def test_population_and_group_are_sortable_columns(main_window, tmp_path) -> None:
    """Issue #16: the imported facts show in the Kommuner table and sort (missing ones last)."""
    path = tmp_path / "facts.csv"
    path.write_text(
        "Kommunkod;Folkmängd 2024;Kommungrupp\n"
        "0586;27000;B5. Lågpendlingskommun nära större stad\n"
        "0180;990000;A1. Storstäder\n"
        "1265;19500;B4. Pendlingskommun nära större stad\n",
        encoding="utf-8",
    )
    facts = main_window.ctx.services.municipality_facts
    facts.apply_plan(facts.preview(path))
    main_window.ctx.bus.changed.emit("municipalities")
    tab = _tab(main_window)
    model = tab.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    population, group = titles.index("Folkmängd"), titles.index("Kommungrupp")
    tab.table.sortByColumn(population, Qt.SortOrder.AscendingOrder)
    top = [(tab.proxy.index(r, 0).data(), tab.proxy.index(r, population).data()) for r in range(4)]
    assert top[:3] == [("1265", "19\u00a0500"), ("0586", "27\u00a0000"), ("0180", "990\u00a0000")]
    assert top[3][1] == ""  # not imported: last
    tab.table.sortByColumn(group, Qt.SortOrder.AscendingOrder)
    assert [tab.proxy.index(r, group).data() for r in range(3)] == ["A1", "B4", "B5"]
    assert tab.proxy.index(0, group).data(Qt.ItemDataRole.ToolTipRole) == "Storstäder"


def test_every_cell_has_its_columns_alignment_and_is_read_only(main_window) -> None:
    """The cells are cloned from one item per column (ItemRowTableModel._new_items)."""
    tab = _tab(main_window)
    model = tab.model
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    expected = [int(column.align) for column in model.columns]
    assert right in expected and left in expected
    for row in (0, 145, model.rowCount() - 1):
        for column, align in enumerate(expected):
            item = model.item(row, column)
            assert item.data(Qt.ItemDataRole.TextAlignmentRole) == align
            assert item.flags() == Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
    assert model.item(0, 0).text() == "0114"  # and its own values, not a prototype's
