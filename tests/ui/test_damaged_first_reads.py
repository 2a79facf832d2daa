"""A damaged database file met by a tab's first read (the DB layer raises CorruptDatabaseError)
is said to the user as every other error is (ui.errors), never a traceback out of a slot and
never a tab saying it reads for ever: read at once, or in a worker (a big programme; lowered to
one visit here) whose read fails and whose read again on the GUI thread fails too. A start whose
remembered tab meets the damage after the first paint says so too, and goes on."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from samordnare_desktop.app import build_main_window
from samordnare_desktop.domain.errors import CorruptDatabaseError
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.startup import open_database
from samordnare_desktop.services.visits import VisitInput
from samordnare_desktop.ui import background_read
from samordnare_desktop.ui.visits import tab as visits_tab_module
from samordnare_desktop.ui.visits.reading import VisitsReading
from tests.helpers import damage_leaf_pages

ROOT = Path(__file__).resolve().parents[2]
DAMAGED = "Databasfilen är skadad (prov)."


def _visit(main_window) -> None:
    services = main_window.ctx.services
    municipality = services.municipalities.by_code("0586")
    services.visits.create(VisitInput(municipality.id, VisitKind.FIRST, date(2026, 3, 4)))


def _damaged(monkeypatch, service, method: str) -> None:
    def broken(*_args, **_kwargs):
        raise CorruptDatabaseError(DAMAGED)

    monkeypatch.setattr(service, method, broken)


@pytest.mark.parametrize("in_worker", [True, False], ids=["worker", "at once"])
def test_visits_first_read_of_a_damaged_file_is_said(
    qtbot, main_window, messages, monkeypatch, in_worker
) -> None:
    _visit(main_window)
    if in_worker:  # the worker reads, whether or not the start's read ahead is in by then
        monkeypatch.setattr(visits_tab_module, "READ_IN_BACKGROUND_FROM", 1)
        monkeypatch.setattr(VisitsReading, "take_kept", lambda self: False)
    _damaged(monkeypatch, main_window.ctx.services.visit_list, "rows")
    main_window.select_tab("visits")
    tab = main_window.tab("visits")
    assert tab.reading.active is in_worker  # the worker's read, then the one at once, fail
    qtbot.waitUntil(tab.isVisible)
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    assert messages.texts("warn") == [DAMAGED]
    assert messages.texts("fail") == []
    # no longer said to read: the empty list counted, the list usable
    assert tab.count.text().startswith("Visar 0 av 0 besök")
    assert tab.reading_bar.isHidden() and tab.table.isEnabled()
    assert tab.model.rowCount() == 0


@pytest.mark.parametrize("in_worker", [True, False], ids=["worker", "at once"])
def test_action_plans_first_read_of_a_damaged_file_is_said(
    qtbot, main_window, messages, monkeypatch, in_worker
) -> None:
    _visit(main_window)
    if in_worker:
        monkeypatch.setattr(background_read, "READ_IN_BACKGROUND_FROM", 1)
    _damaged(monkeypatch, main_window.ctx.services.action_plans, "summaries")
    main_window.select_tab("action_plans")
    tab = main_window.tab("action_plans")
    assert tab.loading() is in_worker
    qtbot.waitUntil(tab.isVisible)
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    assert messages.texts("warn") == [DAMAGED]
    assert messages.texts("fail") == []
    assert "Läser in" not in tab.list_count.text() and tab.list.isEnabled()
    assert tab.list_model.rowCount() == 0


def test_start_whose_remembered_tab_meets_a_damaged_file_says_so(tmp_path: Path) -> None:
    """Checked and backed up today (so the start does not check the file again), then the visit
    table's pages damaged, Besök remembered: built after the first paint, its read fails. The
    user is told (offscreen: the message's title logged), no traceback, and the start's
    deferred work still runs to its quit."""
    db_path = tmp_path / "d.sqlite3"
    _damaged_visit_pages(db_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env["SAMORDNARE_LOG_DIR"] = str(tmp_path / "logs")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(tmp_path / var.lower())
    settings = tmp_path / "xdg_config_home" / "Samordnare" / "SamordnareDesktop.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[mainwindow]\ntab=visits\n")
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db_path), "--quit-after-ms", "3000"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == 0, done.stderr[-3000:]
    logged = "".join(p.read_text() for p in (tmp_path / "logs").glob("*.log*"))
    # the damage said as ui.errors says a known error (offscreen, no one to answer the box)
    title = QCoreApplication.translate("errors", "Could not complete")
    assert title == "Det gick inte"  # the Swedish the app starts in
    assert f"dialog not shown (no display): {title}" in logged, logged[-3000:]
    assert logged.count("dialog not shown (no display)") == 1, logged[-3000:]  # said once
    assert "tab=visits" in settings.read_text()  # the start went on to its quit


def _damaged_visit_pages(db_path: Path) -> None:
    """A file of 28 visits, checked and backed up today (the start does not check it again),
    then the visit table's leaf pages overwritten with garbage: every read of a visit fails."""
    from samordnare_desktop.services.municipalities import MunicipalityService
    from samordnare_desktop.services.startup import open_database
    from samordnare_desktop.services.visits import VisitService

    db = open_database(db_path, daily_backup=False)
    visits = VisitService(db)
    municipality = MunicipalityService(db).by_code("0586")
    for day in range(1, 29):
        visits.create(VisitInput(municipality.id, VisitKind.FIRST, date(2026, 2, day)))
    db.close()
    damage_leaf_pages(db_path, "visit")


@pytest.mark.parametrize(
    "remembered", ["overview", "visits", "municipalities", "participants", "findings"]
)
def test_a_damaged_file_is_said_once_at_start(
    qtbot, db_path: Path, messages, remembered: str
) -> None:
    """Each tab's first read and the start's deferred work meet the same damage: said once (it
    was said two or three times), and the remembered tab still ends empty and usable."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QLabel

    db_path.parent.mkdir(parents=True)
    _damaged_visit_pages(db_path)
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    try:
        window.settings.setValue("mainwindow/tab", remembered)
        window.restore_state()
        window.show()
        qtbot.waitUntil(lambda: window.first_paint.tab_painted, timeout=10_000)
        qtbot.waitUntil(lambda: not window.first_paint.pending, timeout=10_000)
        tab = window.tab(remembered)  # built at start, not built again here
        assert tab is not None and window.current_tab() is tab
        qtbot.waitUntil(lambda: not getattr(tab, "loading", lambda: False)(), timeout=10_000)
        QThreadPool.globalInstance().waitForDone(30_000)
        qtbot.wait(50)  # a worker's failure, delivered to the GUI thread
        assert [kind for kind, _title, _text in messages.shown] == ["warn"]
        assert messages.shown[0][1] == "Det gick inte"
        assert "skadad" in messages.texts("warn")[0]
        shown = [label.text() for label in tab.findChildren(QLabel) if label.isVisible()]
        assert not [text for text in shown if "Läser in" in text], shown
        count = {
            "visits": "Visar 0 av 0 besök",
            "municipalities": "Visar 0 av 0 kommuner",
            "participants": "Det finns inga besök ännu.",
        }.get(remembered)
        assert count is None or any(text.startswith(count) for text in shown), shown
    finally:
        QThreadPool.globalInstance().waitForDone(30_000)
        window.close()


def test_a_damage_said_in_one_window_is_said_again_in_the_next(
    qtbot, db_path: Path, messages
) -> None:
    """Once per window, not once per process: a window opened after a restore (or over another
    file) says a damage it meets again; in the same window a later report is not said twice."""
    from samordnare_desktop.ui.errors import show_error

    db_path.parent.mkdir(parents=True)
    open_database(db_path, daily_backup=False).close()
    damage = CorruptDatabaseError(DAMAGED)
    first = build_main_window(db_path)
    qtbot.addWidget(first)
    show_error(first.tab("visits"), damage)
    show_error(first, damage)
    assert messages.texts("warn") == [DAMAGED]
    first.close()
    second = build_main_window(db_path)
    qtbot.addWidget(second)
    try:
        show_error(second, damage)
        assert messages.texts("warn") == [DAMAGED, DAMAGED]
        show_error(second, ValueError("a bug"))  # other errors are said as before
        assert len(messages.texts("fail")) == 1
    finally:
        second.close()


def _damaged_register_pages(db_path: Path, table: str) -> None:
    """A file with a visit in Mjölby and people working at a registered organisation, checked and
    backed up today (the start does not check it again), then ``table``'s leaf pages
    overwritten with garbage: every read of that register fails."""
    from samordnare_desktop.domain.participant import ParticipantCategory
    from samordnare_desktop.services.municipalities import MunicipalityService
    from samordnare_desktop.services.organisations import OrganisationService
    from samordnare_desktop.services.participants import ParticipantService, PersonInput
    from samordnare_desktop.services.visits import VisitService

    db = open_database(db_path, daily_backup=False)
    municipality = MunicipalityService(db).by_code("0586")
    visit = VisitService(db).create(VisitInput(municipality.id, VisitKind.FIRST, date(2026, 3, 4)))
    organisation = OrganisationService(db).list()[0]
    people = ParticipantService(db)
    for n in range(40):
        person = PersonInput(
            f"Person {n}", ParticipantCategory.SOCIAL_STAFF, organisation_id=organisation.id
        )
        people.add(visit.id, person)
    db.close()
    damage_leaf_pages(db_path, table)


# each tab's empty state: its count, once its first read met the damage
EMPTY = {
    "organisations": ("count", "Visar 0 av 0 organisationer"),
    "visits": ("count", "Visar "),  # the visits themselves may still be read
    "care_places": ("count", "0 uppsättningar uppgifter"),
    "municipalities": ("count", "Visar "),
}


@pytest.mark.parametrize("table", ["organisation", "municipality", "person"])
def test_tabs_over_a_damaged_register_are_built_and_say_it_once(
    qtbot, db_path: Path, messages, table: str
) -> None:
    """The pages of the municipalities, the organisations or the people damaged: each tab whose
    construction reads them is still built when its tab is clicked (it was a blank page, its
    read's error escaping the build), shows its empty list, and the damage is said once."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QLabel

    db_path.parent.mkdir(parents=True)
    _damaged_register_pages(db_path, table)
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    try:
        window.settings.setValue("mainwindow/tab", "findings")  # reads none of them
        window.restore_state()
        window.show()
        qtbot.waitUntil(lambda: not window.first_paint.pending, timeout=10_000)
        for name in ("organisations", "visits", "care_places", "municipalities"):
            holder = window._page(name)
            window.tabs.setCurrentWidget(holder)  # as a click on the tab bar
            assert holder.built, name  # not a blank page
            tab = holder.widget
            qtbot.waitUntil(lambda t=tab: not getattr(t, "loading", lambda: 0)(), timeout=10_000)
            label, empty = EMPTY[name]
            if table == "person" and name == "organisations":
                empty = "Visar "  # the register read, its people counts not
            text = tab.findChild(QLabel, label).text()
            assert text.startswith(empty), (name, text)
        QThreadPool.globalInstance().waitForDone(30_000)
        qtbot.wait(50)
        if table != "person":
            assert window.tab("organisations").model.rowCount() == 0
        if table == "municipality":
            assert window.tab("municipalities").model.rowCount() == 0
        assert [kind for kind, _title, _text in messages.shown] == ["warn"]
        assert "skadad" in messages.texts("warn")[0]
    finally:
        QThreadPool.globalInstance().waitForDone(30_000)
        window.close()


@pytest.mark.parametrize("table", ["organisation", "person"])
def test_show_visits_over_a_damaged_register_opens_visits(
    qtbot, db_path: Path, messages, table: str
) -> None:
    """Kommuner's "Visa besök" with Besök not built yet over damaged organisation (or people)
    pages: Besök is built and shows the municipality's visits, the damage said once (its
    registers' read escaped the button's slot as a traceback)."""
    from PySide6.QtCore import QThreadPool

    db_path.parent.mkdir(parents=True)
    _damaged_register_pages(db_path, table)
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    try:
        window.settings.setValue("mainwindow/tab", "municipalities")
        window.restore_state()
        window.show()
        qtbot.waitUntil(lambda: not window.first_paint.pending, timeout=10_000)
        municipalities = window.tab("municipalities")
        qtbot.waitUntil(lambda: not municipalities.loading(), timeout=10_000)
        municipalities.only_programme.setChecked(False)
        assert municipalities.select_municipality_code("0586")
        assert not window._page("visits").built
        municipalities.show_visits_button.click()
        visits = window._page("visits").widget
        assert visits is not None and window.current_tab() is visits
        qtbot.waitUntil(lambda: not visits.loading(), timeout=10_000)
        # the visit itself read when only the people are damaged (its list names its
        # organisations: none read over damaged organisation pages)
        shown = "Visar 1 av 1 besök" if table == "person" else "Visar 0 av 0 besök"
        assert visits.count.text().startswith(shown), visits.count.text()
        QThreadPool.globalInstance().waitForDone(30_000)
        qtbot.wait(50)
        assert [kind for kind, _title, _text in messages.shown] == (
            ["warn"] if table == "organisation" else []
        )
    finally:
        QThreadPool.globalInstance().waitForDone(30_000)
        window.close()


@pytest.mark.parametrize("table", ["focus_group", "question"])
def test_a_tab_whose_build_meets_a_damaged_file_is_said_and_the_window_goes_on(
    qtbot, db_path: Path, messages, table: str
) -> None:
    """Besök's form reads the questions and the focus groups while it is built: over their
    damaged pages the build itself fails. Kommuner's "Visa besök" (ctx.open_tab, the window's
    select_tab, unguarded) let that CorruptDatabaseError out of the button's slot; now the
    damage is said once, nothing half-built is left in Besök's place, and the window goes on:
    another tab opens, and Besök is tried afresh when asked again."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QWidget

    db_path.parent.mkdir(parents=True)
    _damaged_register_pages(db_path, table)
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    try:
        window.settings.setValue("mainwindow/tab", "municipalities")
        window.restore_state()
        window.show()
        qtbot.waitUntil(lambda: not window.first_paint.pending, timeout=10_000)
        municipalities = window.tab("municipalities")
        qtbot.waitUntil(lambda: not municipalities.loading(), timeout=10_000)
        municipalities.only_programme.setChecked(False)
        assert municipalities.select_municipality_code("0586")
        municipalities.show_visits_button.click()
        qtbot.wait(50)  # what the failed build made, deleted
        holder = window._page("visits")
        assert not holder.built and holder.findChildren(QWidget) == []
        assert [kind for kind, _title, _text in messages.shown] == ["warn"]
        assert "skadad" in messages.texts("warn")[0]
        assert window.select_tab("visits") is False  # tried again: said once only
        assert window.tab("visits") is None and window.current_tab() is None
        assert window.select_tab("findings") and window.current_tab() is window.tab("findings")
        QThreadPool.globalInstance().waitForDone(30_000)
        qtbot.wait(50)
        assert [kind for kind, _title, _text in messages.shown] == ["warn"]
    finally:
        QThreadPool.globalInstance().waitForDone(30_000)
        window.close()


def _damaged_action_pages(db_path: Path) -> None:
    """A file with a visit in Mjölby and an action plan in Kalmar whose 40 actions fall due,
    checked and backed up today (the start does not check it again), then the plan_action
    table's leaf pages overwritten with garbage: every read of what falls due fails."""
    from datetime import timedelta

    from samordnare_desktop.services.action_plans import ActionInput, ActionPlanService, AreaInput
    from samordnare_desktop.services.municipalities import MunicipalityService
    from samordnare_desktop.services.visits import VisitService

    db = open_database(db_path, daily_backup=False)
    municipalities = MunicipalityService(db)
    mjolby = municipalities.by_code("0586")
    VisitService(db).create(VisitInput(mjolby.id, VisitKind.FIRST, date(2026, 3, 4)))
    plans = ActionPlanService(db)
    plan = plans.create_plan(municipalities.by_code("0880").id)
    area = plans.add_area(plan.id, AreaInput("Introduktion"))
    for n in range(40):
        due = date.today() + timedelta(days=n % 10)
        plans.add_action(area.id, ActionInput(f"Åtgärd {n}", due_date=due))
    db.close()
    damage_leaf_pages(db_path, "plan_action")


@pytest.mark.parametrize("remembered", ["visits", "overview"])
def test_the_due_band_over_damaged_action_pages_says_it_once(
    qtbot, db_path: Path, messages, caplog, remembered: str
) -> None:
    """The band at start reads what falls due on a worker; over damaged plan_action pages that
    read failed and was only logged (a traceback), so a start whose tab does not read the plans
    (Besök) never said the file was damaged. Now the band says it as a tab's first read does:
    once (Översikt's 'Förfaller' meets the same damage), no traceback, and the window goes on."""
    import logging

    from PySide6.QtCore import QThreadPool

    from samordnare_desktop.ui.due_band import schedule_due_band

    db_path.parent.mkdir(parents=True)
    _damaged_action_pages(db_path)
    caplog.set_level(logging.INFO)
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    try:
        window.settings.setValue("mainwindow/tab", remembered)
        window.restore_state()
        window.show()
        qtbot.waitUntil(lambda: not window.first_paint.pending, timeout=10_000)
        tab = window.tab(remembered)
        qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
        schedule_due_band(window)  # what the start does 0.7 s after the window shows
        qtbot.waitUntil(lambda: bool(messages.shown), timeout=10_000)
        QThreadPool.globalInstance().waitForDone(30_000)
        qtbot.wait(800)  # the start's own band, a worker's failure delivered
        assert [kind for kind, _title, _text in messages.shown] == ["warn"]
        assert messages.shown[0][1] == "Det gick inte"
        assert "skadad" in messages.texts("warn")[0]
        assert getattr(window, "due_band", None) is None  # no band: nothing could be read
        due_records = [r for r in caplog.records if "due" in r.name]
        assert not [r for r in due_records if r.exc_info], [r.getMessage() for r in due_records]
        # the window goes on: Besök lists its visit
        assert window.select_tab("visits")
        visits = window.tab("visits")
        qtbot.waitUntil(lambda: not visits.loading(), timeout=10_000)
        assert visits.count.text().startswith("Visar 1 av 1 besök"), visits.count.text()
        if remembered == "overview":  # Förfaller no longer says it reads
            assert "Läser in" not in tab.due.summary.text()
    finally:
        QThreadPool.globalInstance().waitForDone(30_000)
        window.close()
