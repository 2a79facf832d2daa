"""A new user's first start and the everyday opening of the tabs (issue #14 items 10 and 11):
the welcome band with three ways in, Besök opening on the list with the next visit chosen, a new
visit form that warns only once the user changed something, Kommuner opening on the programme."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from samordnare_desktop.app import build_main_window
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.visits import VisitInput
from samordnare_desktop.ui.welcome import HIDDEN_KEY


@pytest.fixture(autouse=True)
def _welcome_not_hidden(main_window):
    main_window.settings.remove(HIDDEN_KEY)
    yield
    main_window.settings.remove(HIDDEN_KEY)


def _plan(main_window, code: str, day: date, **fields) -> object:
    services = main_window.ctx.services
    return services.visits.create(
        VisitInput(
            municipality_id=services.municipalities.by_code(code).id,
            kind=fields.pop("kind", VisitKind.FIRST),
            day=day,
            **fields,
        )
    )


def _in_programme(main_window, code: str) -> None:
    svc = main_window.ctx.services.municipalities
    m = svc.by_code(code)
    details = svc.details(m.id)
    svc.update(m.id, expected_version=details.version, in_programme=True, notes="")


def test_first_start_welcomes_with_three_ways_in(qtbot, main_window, messages, monkeypatch):
    welcome = main_window.welcome
    assert welcome is not None and welcome.isVisible()
    texts = [
        b.text() for b in (welcome.programme_button, welcome.visit_button, welcome.demo_button)
    ]
    assert texts == [
        "1. Välj programmets kommuner",
        "2. Planera ett första besök",
        "3. Läs in exempelprogrammet…",
    ]
    # 1: the Kommuner list, all 290, focused, and what to tick is said
    qtbot.mouseClick(welcome.programme_button, Qt.MouseButton.LeftButton)
    municipalities = main_window.tab("municipalities")
    assert main_window.current_tab() is municipalities
    assert not municipalities.only_programme.isChecked()
    assert municipalities.proxy.rowCount() == 290
    assert "Ingår i samordnarens program" in welcome.hint.text()
    # 2: a new visit form, the municipality first
    qtbot.mouseClick(welcome.visit_button, Qt.MouseButton.LeftButton)
    visits = main_window.tab("visits")
    assert main_window.current_tab() is visits
    assert visits.form.visit is None and visits.form.heading.text() == "Nytt besök"
    # 3: the demo only after a yes; then the band goes and every tab hears of it
    messages.confirm_answer = False
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    assert main_window.ctx.services.visits.is_first_start()
    loaded = []

    def small_demo(services):  # the real one takes a while; its result is what matters here
        _in_programme(main_window, "0586")
        _plan(main_window, "0586", date.today() + timedelta(days=7))
        loaded.append(True)
        return ["programme", "visits"]

    monkeypatch.setattr("samordnare_desktop.demo.steps.run_demo", small_demo)
    messages.confirm_answer = True
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not welcome.isVisible(), timeout=20_000)
    assert loaded and "Exempelprogrammet" in main_window.statusBar().currentMessage()
    assert visits.proxy.rowCount() == 1  # the tab refreshed
    # next start: data, so no band
    again = build_main_window(main_window.session.db_path.with_name("again.sqlite3"))
    qtbot.addWidget(again)
    assert again.welcome is not None  # an empty database again
    again.close()


def test_hide_is_remembered(qtbot, main_window, db_path):
    welcome = main_window.welcome
    qtbot.mouseClick(welcome.hide_button, Qt.MouseButton.LeftButton)
    assert not welcome.isVisible()
    settings = QSettings(main_window.settings.fileName(), QSettings.Format.IniFormat)
    assert settings.value(HIDDEN_KEY) in (True, "true")
    again = build_main_window(db_path.with_name("other.sqlite3"))
    qtbot.addWidget(again)
    assert again.welcome is None
    again.close()


def test_visits_tab_opens_on_the_list_with_the_next_visit_chosen(qtbot, main_window):
    today = date.today()
    _plan(main_window, "1265", today - timedelta(days=30), status=VisitStatus.HELD)
    _plan(main_window, "0880", today + timedelta(days=3), status=VisitStatus.CANCELLED)
    upcoming = _plan(main_window, "0586", today + timedelta(days=5))
    _plan(main_window, "2584", today + timedelta(days=40))
    main_window.select_tab("visits")
    tab = main_window.tab("visits")
    qtbot.waitUntil(tab.isVisible)
    QApplication.processEvents()
    assert tab.form.visit is not None and tab.form.visit.id == upcoming.id
    assert [r.id for r in tab.selected_rows()] == [upcoming.id]
    assert tab.table.hasFocus() or QApplication.focusWidget() is tab.table
    assert not tab.form.warnings.isVisible() or tab.form.warning_texts()


def test_a_new_visit_form_warns_only_after_a_change(qtbot, main_window):
    tab = main_window.tab("visits")
    main_window.select_tab("visits")
    qtbot.waitUntil(tab.isVisible)
    form = tab.form
    mjolby = main_window.ctx.services.municipalities.by_code("0586").id
    _plan(main_window, "0586", date(2026, 3, 1))  # a first visit already: a second one warns
    form.new_visit(mjolby, day=date(2026, 6, 20))  # a Saturday, midsommardagen
    assert not form.warnings.isVisible() and form.warning_texts() == []
    assert not form.dirty
    form.venue_name.setFocus()
    qtbot.keyClicks(form.venue_name, "Stadshuset")  # the first real change
    assert form.dirty
    warnings = " ".join(form.warning_texts())
    assert form.warnings.isVisibleTo(form) and "lördag" in warnings
    # the button: a clean new form, whatever day today is
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert form.warning_texts() == [] and not form.warnings.isVisibleTo(form)


def test_municipalities_open_on_the_programme_once_there_is_one(qtbot, main_window, db_path):
    tab = main_window.tab("municipalities")
    assert not tab.only_programme.isChecked() and tab.proxy.rowCount() == 290
    _in_programme(main_window, "0586")
    _in_programme(main_window, "1265")
    main_window.close()  # one window per database
    again = build_main_window(db_path)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    shown = again.tab("municipalities")
    qtbot.waitUntil(shown.isVisible)
    assert shown.only_programme.isChecked()
    assert shown.proxy.rowCount() == 2
    qtbot.mouseClick(shown.only_programme, Qt.MouseButton.LeftButton)  # all 290 a click away
    assert shown.proxy.rowCount() == 290
    again.close()


def test_the_kind_column_shows_the_kind_and_the_title_has_its_own(qtbot, main_window):
    _plan(main_window, "0586", date(2026, 3, 4), kind=VisitKind.FOLLOW_UP, title="SIP-dialog")
    _plan(main_window, "1265", date(2026, 3, 5))
    tab = main_window.tab("visits")
    tab.refresh()
    model = tab.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    kind, title = headers.index("Typ"), headers.index("Rubrik")
    rows = {
        model.index(r, 3).data(): (model.index(r, kind).data(), model.index(r, title).data())
        for r in range(model.rowCount())
    }
    assert rows == {
        "0586 Mjölby": ("Uppföljningsbesök", "SIP-dialog"),
        "1265 Sjöbo": ("Första besök", ""),
    }
    qtbot.keyClicks(tab.search, "uppf")  # a titled visit is still found by its kind
    assert tab.proxy.rowCount() == 1


def test_a_status_message_stays_with_its_tab(qtbot, main_window):
    main_window.select_tab("visits")
    tab = main_window.tab("visits")
    qtbot.waitUntil(tab.isVisible)
    main_window.activateWindow()
    tab.new_visit(main_window.ctx.services.municipalities.by_code("0586").id)
    form = tab.form
    form.venue_name.setFocus()
    qtbot.keyClicks(form.venue_name, "Stadshuset")
    qtbot.keyClick(form.venue_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.visit is not None
    assert main_window.statusBar().currentMessage() == "Besöket är sparat."
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # Kommuner
    assert main_window.current_tab() is main_window.tab("municipalities")
    assert main_window.statusBar().currentMessage() == ""
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # back
    assert main_window.statusBar().currentMessage() == ""


def test_after_save_the_form_shows_its_heading(qtbot, main_window):
    main_window.setMinimumSize(0, 0)
    main_window.resize(900, 420)  # the form needs to scroll
    main_window.select_tab("visits")
    tab = main_window.tab("visits")
    qtbot.waitUntil(tab.isVisible)
    main_window.activateWindow()
    tab.new_visit(main_window.ctx.services.municipalities.by_code("0586").id)
    bar = tab.form_scroll.verticalScrollBar()
    QApplication.processEvents()
    assert bar.maximum() > 0
    tab.form.save_button.setFocus()
    tab.form_scroll.ensureWidgetVisible(tab.form.save_button)
    assert bar.value() > 0  # scrolled down to the Save button
    qtbot.keyClicks(tab.form.venue_name, "Stadshuset")
    qtbot.keyClick(tab.form.save_button, Qt.Key.Key_Space)  # Space presses the focused button
    assert tab.form.visit is not None
    assert bar.value() == 0  # the heading with the saved visit's name is in view
    assert "Mjölby" in tab.form.heading.text()
