"""Issue #15 adversary: a save runs a bounded number of statements whatever the data size, and
what the tabs show after a change made elsewhere is what the database holds."""

from __future__ import annotations

from datetime import date, timedelta

from samordnare_desktop.domain.participant import ParticipantCategory as Cat
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.participants import PersonInput
from samordnare_desktop.services.visits import VisitInput
from tests.helpers import finish_background
from tests.ui.test_change_notices import TABS, Statements, _show


def _every_tab_built(qtbot, window) -> None:
    for name in TABS:
        _show(qtbot, window, name)
    finish_background(qtbot)
    for name in TABS:
        loading = getattr(window.tab(name), "loading", None)
        if callable(loading):
            qtbot.waitUntil(lambda loading=loading: not loading(), timeout=30_000)


def _save_statements(qtbot, window, visit_id, venue: str) -> int:
    tab = _show(qtbot, window, "visits")
    assert tab.select_visit(visit_id)
    statements = Statements(window)
    try:
        tab.form.venue_name.setText(venue)
        assert tab.form.save() is not None
        count = statements.take()
        for name in TABS:  # the other tabs take the notice when shown
            _show(qtbot, window, name)
        finish_background(qtbot)
        return count + statements.take()
    finally:
        statements.close()


def test_a_visit_save_costs_the_same_statements_in_a_bigger_municipality(
    qtbot, main_window
) -> None:
    """The same save (the venue of one visit) with 1 and with 41 visits of its municipality, and
    with 0 and 40 participants: the statements it runs (itself and every tab's update) must not
    grow with the data."""
    services = main_window.ctx.services
    mjolby = services.municipalities.by_code("0586")
    start = date(2026, 3, 4)
    visit = services.visits.create(VisitInput(mjolby.id, VisitKind.FIRST, start))
    _every_tab_built(qtbot, main_window)
    small = _save_statements(qtbot, main_window, visit.id, "Stadshuset")
    for n in range(40):
        services.visits.create(
            VisitInput(mjolby.id, VisitKind.OTHER, start + timedelta(days=n + 1))
        )
        services.participants.add(visit.id, PersonInput(f"Person {n}", Cat.SOCIAL_STAFF))
    main_window.ctx.bus.changed.emit("*")  # everything reread, as after an import
    _every_tab_built(qtbot, main_window)
    big = _save_statements(qtbot, main_window, visit.id, "Rådhuset")
    assert big == small


def test_sorted_by_warnings_a_save_that_warns_moves_the_rows(qtbot, main_window) -> None:
    """Besök sorted by its warnings column (header clicked: most warnings first). A save that
    puts a visit on another visit's day gives both the "two visits on one day" warning; the
    list, updated row by row since #15, must still be in the order it says it is sorted by."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from samordnare_desktop.ui.visits.visit_table_model import WARNING_COLUMN

    services = main_window.ctx.services
    mjolby = services.municipalities.by_code("0586")
    kalmar = services.municipalities.by_code("0880")
    days = [date(2027, 3, 2), date(2027, 3, 3), date(2027, 3, 4)]  # Tuesday to Thursday
    a = services.visits.create(VisitInput(mjolby.id, VisitKind.OTHER, days[0]))
    services.visits.create(VisitInput(mjolby.id, VisitKind.OTHER, days[1]))
    c = services.visits.create(VisitInput(kalmar.id, VisitKind.OTHER, days[2]))
    tab = _show(qtbot, main_window, "visits")
    finish_background(qtbot)
    qtbot.waitUntil(lambda: not tab.loading(), timeout=30_000)
    assert not any(tab.model.warnings.get(r.id) for r in tab.model.rows()), tab.model.warnings
    tab.table.sortByColumn(WARNING_COLUMN, Qt.SortOrder.DescendingOrder)
    assert tab.select_visit(c.id)
    tab.form.day.setFocus()
    tab.form.day.selectAll()
    QTest.keyClicks(tab.form.day, days[0].isoformat())
    QTest.keyClick(tab.form.day, Qt.Key.Key_Tab)
    assert tab.form.save() is not None
    assert services.visits.get(c.id).day == days[0]  # what the database holds
    shown = [tab.proxy.row(n) for n in range(tab.proxy.rowCount())]
    warned = [bool(tab.model.warnings.get(r.id)) for r in shown]
    assert {r.id for r, w in zip(shown, warned, strict=True) if w} == {a.id, c.id}
    # most warnings first, as the header says
    order = [(r.day, w) for r, w in zip(shown, warned, strict=True)]
    assert warned == sorted(warned, reverse=True), order


def _settled(qtbot, window, name: str):
    tab = _show(qtbot, window, name)
    finish_background(qtbot)
    loading = getattr(tab, "loading", None)
    if callable(loading):
        qtbot.waitUntil(lambda: not loading(), timeout=30_000)
    return tab


def test_delete_and_undo_of_a_visit_reach_every_tab(qtbot, main_window) -> None:
    """A visit deleted in Besök, then the deletion undone (Ctrl+Z): Besök, Deltagare's chooser
    and Översikt's coming visits show what the database holds after each step."""
    services = main_window.ctx.services
    mjolby = services.municipalities.by_code("0586")
    soon = date.today() + timedelta(days=10)
    keep = services.visits.create(VisitInput(mjolby.id, VisitKind.OTHER, soon))
    gone = services.visits.create(VisitInput(mjolby.id, VisitKind.OTHER, soon + timedelta(days=1)))
    _every_tab_built(qtbot, main_window)

    def shown() -> dict[str, set]:
        visits = _settled(qtbot, main_window, "visits")
        participants = _settled(qtbot, main_window, "participants")
        overview = _settled(qtbot, main_window, "overview")
        return {
            "visits": {r.id for r in visits.model.rows()},
            "participants": {
                v.id for v in (keep, gone) if participants.visit_choices.row_of(v.id) >= 0
            },
            "overview": {r.id for r in overview.upcoming_model.rows()},
        }

    assert shown() == {k: {keep.id, gone.id} for k in ("visits", "participants", "overview")}
    visits = _settled(qtbot, main_window, "visits")
    assert visits.select_visit(gone.id)
    visits.delete_visit()
    assert {r.id for r in services.visits.list()} == {keep.id}
    assert shown() == {k: {keep.id} for k in ("visits", "participants", "overview")}
    main_window.ctx.undo_stack.undo()
    assert {r.id for r in services.visits.list()} == {keep.id, gone.id}
    assert shown() == {k: {keep.id, gone.id} for k in ("visits", "participants", "overview")}


def test_chooser_label_of_a_meeting_without_municipality_survives_a_save(
    qtbot, main_window
) -> None:
    """Deltagare's visit chooser after a meeting without a municipality is saved in Besök (the
    chooser relabels that row from the change notice since #15): the label must be the one a
    fresh read gives, with the meeting's organisations, not an empty place."""
    from samordnare_desktop.domain.kinds import OrganisationKind
    from samordnare_desktop.services.organisations import OrganisationInput
    from samordnare_desktop.ui.participants import visit_choices

    services = main_window.ctx.services
    alfa = services.organisations.create(
        OrganisationInput(OrganisationKind.INTEREST, "Alfa förening")
    )
    meeting = services.visits.create(
        VisitInput(
            None,
            VisitKind.DIALOGUE,
            date.today() + timedelta(days=30),
            organisation_ids=(alfa.id,),
        )
    )
    _every_tab_built(qtbot, main_window)
    participants = _settled(qtbot, main_window, "participants")
    row = participants.visit_choices.row_of(meeting.id)
    before = participants.visit_choices.labels()[row]
    assert before.startswith("Alfa förening – ")
    _save_statements(qtbot, main_window, meeting.id, "Stadshuset")  # a venue saved in Besök
    participants = _settled(qtbot, main_window, "participants")
    fresh = next(c for c in services.visits.choices() if c.id == meeting.id)
    row = participants.visit_choices.row_of(meeting.id)
    assert participants.visit_choices.labels()[row] == visit_choices.label(fresh) == before


def test_programme_ticked_and_unticked_in_kommuner_reach_oversikt(qtbot, main_window) -> None:
    """Översikt's "first visit" tile after "Ingår i samordnarens program" is ticked in Kommuner
    (a real click), then unticked: it counts what the database holds each time."""
    from sqlalchemy import text

    services = main_window.ctx.services
    mjolby = services.municipalities.by_code("0586")
    services.visits.create(VisitInput(mjolby.id, VisitKind.FIRST, date.today() - timedelta(days=3)))
    _every_tab_built(qtbot, main_window)

    def in_db() -> int:
        with services.visits.db.engine.connect() as conn:
            return conn.execute(
                text("SELECT count(*) FROM municipality WHERE in_programme")
            ).scalar_one()

    def tile_total() -> int:
        overview = _settled(qtbot, main_window, "overview")
        return int(overview.kpis["first_visit"].text().split(" av ")[1].split()[0])

    assert tile_total() == in_db()
    for _ in range(2):  # tick, then untick
        municipalities = _settled(qtbot, main_window, "municipalities")
        assert municipalities.select_municipality(mjolby.id)
        before = in_db()
        municipalities.in_programme.click()
        assert in_db() != before
        assert tile_total() == in_db()


def test_a_venue_typed_and_saved_with_ctrl_s_is_what_every_list_shows(qtbot, main_window) -> None:
    """Real keystrokes into Besök's venue field, Tab, then Ctrl+S: the database, Besök's row and
    its cell hold the typed text (signs a document would escape)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from samordnare_desktop.ui.visits.columns import VENUE

    services = main_window.ctx.services
    mjolby = services.municipalities.by_code("0586")
    visit = services.visits.create(
        VisitInput(mjolby.id, VisitKind.FIRST, date.today() + timedelta(days=5))
    )
    _every_tab_built(qtbot, main_window)
    tab = _settled(qtbot, main_window, "visits")
    assert tab.select_visit(visit.id)
    typed = "Åsa & <Ö> \"rum\" 'B'"
    tab.form.venue_name.setFocus()
    tab.form.venue_name.selectAll()
    QTest.keyClicks(tab.form.venue_name, typed)
    QTest.keyClick(tab.form.venue_name, Qt.Key.Key_Tab)
    QTest.keySequence(tab.form, "Ctrl+S")
    qtbot.waitUntil(lambda: services.visits.get(visit.id).venue_name == typed, timeout=5_000)
    number = tab.model.source_row(visit.id)
    assert tab.model.row_at(number).venue_name == typed
    assert tab.model.data(tab.model.index(number, VENUE)) == typed
    assert not tab.form.dirty


def test_a_follow_up_started_on_a_visits_page_reaches_handlingsplaner_list(
    qtbot, main_window
) -> None:
    """Besök's "Handlingsplan" page starts the follow-up of the municipality's plan (a change
    notice of kind ACTION_PLAN); Handlingsplaner's list must then show what its service reads."""
    from samordnare_desktop.domain.action_plan import PlanStatus
    from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput
    from samordnare_desktop.ui.action_plans.visit_page import ActionPlanVisitPage

    services = main_window.ctx.services
    m = services.municipalities.by_code("0586")
    svc = services.action_plans
    plan = svc.create_plan(m.id, PlanInput(PlanStatus.AGREED, date(2026, 3, 1), "Eva Ek"))
    area = svc.add_area(plan.id, AreaInput("Samverkan med skola", "Nuläge", "Mål"))
    svc.add_action(area.id, ActionInput("Rutin för SIP", "Avdelningschef", None, date(2026, 6, 1)))
    first = services.visits.create(VisitInput(m.id, VisitKind.FIRST, date(2026, 2, 3)))
    follow = services.visits.create(
        VisitInput(m.id, VisitKind.FOLLOW_UP, date(2026, 9, 8), first_visit_id=first.id)
    )
    _every_tab_built(qtbot, main_window)
    plans = _settled(qtbot, main_window, "action_plans")
    _settled(qtbot, main_window, "visits")
    page = ActionPlanVisitPage(main_window.ctx, main_window.tab("visits"))
    page.set_visit(follow.id)
    page.start_follow_up()
    plans = _settled(qtbot, main_window, "action_plans")
    shown = {r.municipality_id: r for r in plans.list_model.rows()}
    truth = {r.municipality_id: r for r in svc.summaries()}
    assert truth[m.id].has_follow_up
    assert shown[m.id] == truth[m.id]


def test_a_new_visit_takes_its_place_in_deltagares_chooser_as_a_fresh_read_puts_it(
    qtbot, main_window
) -> None:
    """A visit added at 09:00 on a day that has a 13:00 visit (a change notice naming it, as a
    save in Besök sends): the chooser, updated row by row since #15, lists that day's visits in
    the order a fresh read gives (by day, then time)."""
    from datetime import time

    from samordnare_desktop.ui.context import MUNICIPALITY, VISIT, Change
    from samordnare_desktop.ui.participants import visit_choices

    services = main_window.ctx.services
    mjolby = services.municipalities.by_code("0586")
    kalmar = services.municipalities.by_code("0880")
    day = date.today() + timedelta(days=20)
    services.visits.create(VisitInput(kalmar.id, VisitKind.OTHER, day, time(13, 0)))
    _every_tab_built(qtbot, main_window)
    _settled(qtbot, main_window, "visits")
    early = services.visits.create(VisitInput(mjolby.id, VisitKind.OTHER, day, time(9, 0)))
    main_window.ctx.bus.notify(Change.of(VISIT, MUNICIPALITY, ids={early.id, mjolby.id}))
    participants = _settled(qtbot, main_window, "participants")
    fresh = [visit_choices.label(c) for c in services.visits.choices()]
    assert participants.visit_choices.labels() == fresh
