"""The agenda of a visit: order, times that follow moves and resizes, flags, templates, undo."""

from __future__ import annotations

import itertools
from datetime import time

import pytest

from samordnare_desktop.domain.agenda import AgendaItemKind
from samordnare_desktop.domain.errors import UserError, ValidationError
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.agendas import (
    FIRST_VISIT_TEMPLATE_ID,
    FLAG_GAP,
    FLAG_OUTSIDE,
    FLAG_OVERLAP,
    FOLLOW_UP_TEMPLATE_ID,
    AgendaItemInput,
    flags_for,
    span_of,
)
from samordnare_desktop.services.registry import Services
from tests import factories

pytestmark = pytest.mark.both_backends  # SQLite and the team's PostgreSQL server


def make_visit(services: Services, *, start=time(9, 0), end=time(16, 0), **kw):
    return factories.make_visit(services, start_time=start, end_time=end, **kw)


def times(rows) -> list[tuple[str, str, str]]:
    return [(r.title, r.start_time.strftime("%H:%M"), r.end_time.strftime("%H:%M")) for r in rows]


@pytest.fixture
def agenda(services: Services):
    visit = make_visit(services)
    svc = services.agendas
    for title, minutes in (("A", 30), ("B", 60), ("C", 15)):
        svc.add_item(visit.id, AgendaItemInput(title=title, duration_minutes=minutes))
    return visit, svc


def test_items_follow_each_other_from_the_visit_start(agenda) -> None:
    visit, svc = agenda
    assert times(svc.items_of(visit.id)) == [
        ("A", "09:00", "09:30"),
        ("B", "09:30", "10:30"),
        ("C", "10:30", "10:45"),
    ]
    assert [r.position for r in svc.items_of(visit.id)] == [0, 1, 2]


def test_move_reorders_and_recomputes_times(agenda) -> None:
    visit, svc = agenda
    a = svc.items_of(visit.id)[0]
    svc.move(a.id, 2)
    assert times(svc.items_of(visit.id)) == [
        ("B", "09:00", "10:00"),
        ("C", "10:00", "10:15"),
        ("A", "10:15", "10:45"),
    ]
    c = svc.items_of(visit.id)[1]
    svc.move(c.id, 0)
    assert [r.title for r in svc.items_of(visit.id)] == ["C", "B", "A"]
    assert times(svc.items_of(visit.id))[0] == ("C", "09:00", "09:15")


def test_resize_shifts_later_items(agenda) -> None:
    visit, svc = agenda
    b = svc.items_of(visit.id)[1]
    svc.resize(b.id, 90)
    assert times(svc.items_of(visit.id)) == [
        ("A", "09:00", "09:30"),
        ("B", "09:30", "11:00"),
        ("C", "11:00", "11:15"),
    ]
    svc.resize(b.id, 15)
    assert times(svc.items_of(visit.id))[2] == ("C", "09:45", "10:00")


def test_insert_in_the_middle_shifts_later_items(agenda) -> None:
    visit, svc = agenda
    svc.add_item(visit.id, AgendaItemInput(title="Fika", duration_minutes=15), position=1)
    assert times(svc.items_of(visit.id)) == [
        ("A", "09:00", "09:30"),
        ("Fika", "09:30", "09:45"),
        ("B", "09:45", "10:45"),
        ("C", "10:45", "11:00"),
    ]


def test_flags_overlap_and_outside_hours(agenda) -> None:
    visit, svc = agenda
    c = svc.items_of(visit.id)[2]
    svc.update_item(
        c.id,
        AgendaItemInput(title="C", duration_minutes=30, start_time=time(10, 0)),
        expected_version=c.version,
    )
    svc.add_item(visit.id, AgendaItemInput(title="Sent", start_time=time(15, 45)))
    rows = svc.items_of(visit.id)
    assert rows[0].flags == ()
    assert rows[1].flags == (FLAG_OVERLAP,) and rows[2].flags == (FLAG_OVERLAP,)
    assert rows[3].flags == (FLAG_OUTSIDE, FLAG_GAP)  # 10:45-15:45 is unplanned
    assert "Överlappar" in rows[1].flag_messages()[0]
    assert "Oplanerad tid" in rows[3].flag_messages()[1]


def test_flags_pure_function() -> None:
    from samordnare_desktop.services.agendas import AgendaItemRow

    def row(start: time, minutes: int) -> AgendaItemRow:
        return AgendaItemRow(
            None, 1, None, 0, start, minutes, "x", "", "", "", "", AgendaItemKind.SESSION
        )

    rows = [row(time(8, 30), 60), row(time(9, 30), 30), row(time(9, 45), 30)]
    assert flags_for(rows, time(9, 0), time(10, 0)) == [
        (FLAG_OUTSIDE,),
        (FLAG_OVERLAP,),
        (FLAG_OVERLAP, FLAG_OUTSIDE),
    ]
    assert flags_for(rows, None, None)[0] == ()
    assert flags_for([row(time(23, 30), 60)], None, None) == [(FLAG_OUTSIDE,)]
    # a gap is flagged on the item after it; the span ends at the latest end, not the last row's
    gapped = [row(time(9, 0), 105), row(time(9, 30), 15), row(time(11, 0), 30)]
    assert flags_for(gapped, None, None) == [(FLAG_OVERLAP,), (FLAG_OVERLAP,), (FLAG_GAP,)]
    early_end = [row(time(9, 0), 105), row(time(9, 30), 65)]  # 09.00-10.45 and 09.30-10.35
    assert span_of(early_end) == (time(9, 0), time(10, 45))
    assert span_of([]) is None


def test_validation_refuses_and_changes_nothing(agenda) -> None:
    visit, svc = agenda
    before = svc.items_of(visit.id)
    with pytest.raises(ValidationError) as exc:
        svc.add_item(visit.id, AgendaItemInput(title="   "))
    assert exc.value.field == "title"
    with pytest.raises(ValidationError) as exc:
        svc.add_item(visit.id, AgendaItemInput(title="x", duration_minutes=0))
    assert exc.value.field == "duration_minutes"
    with pytest.raises(ValidationError):
        svc.resize(before[0].id, 24 * 60)
    assert svc.items_of(visit.id) == before


def test_stale_edit_is_refused(agenda) -> None:
    from samordnare_desktop.domain.errors import StaleEditError

    visit, svc = agenda
    a = svc.items_of(visit.id)[0]
    svc.update_item(a.id, replace_title(a, "A2"), expected_version=a.version)
    with pytest.raises(StaleEditError):
        svc.update_item(a.id, replace_title(a, "A3"), expected_version=a.version)


def replace_title(row, title):
    from dataclasses import replace

    return replace(row.as_input(), title=title)


def test_delete_and_restore_keep_positions(agenda) -> None:
    visit, svc = agenda
    b = svc.items_of(visit.id)[1]
    svc.delete_item(b.id)
    assert [(r.title, r.position) for r in svc.items_of(visit.id)] == [("A", 0), ("C", 1)]
    svc.restore_item(b.id)
    assert [r.title for r in svc.items_of(visit.id)] == ["A", "B", "C"]
    assert [r.position for r in svc.items_of(visit.id)] == [0, 1, 2]


def test_state_snapshot_undoes_any_change(agenda) -> None:
    visit, svc = agenda
    before = svc.state(visit.id)
    rows = svc.items_of(visit.id)
    svc.move(rows[0].id, 2)
    svc.delete_item(rows[1].id)
    svc.add_item(visit.id, AgendaItemInput(title="Ny"))
    svc.restore_state(before)
    assert times(svc.items_of(visit.id)) == times(rows)


def test_seeded_templates_and_apply(services: Services) -> None:
    svc = services.agendas
    names = {t.name: t for t in svc.templates()}
    assert {"Första besök", "Uppföljningsbesök"} <= set(names)
    assert names["Första besök"].id == FIRST_VISIT_TEMPLATE_ID
    assert names["Uppföljningsbesök"].id == FOLLOW_UP_TEMPLATE_ID
    visit = make_visit(services, start=time(8, 30), has_press_meeting=True)
    rows = svc.apply_template(visit.id, FIRST_VISIT_TEMPLATE_ID)
    titles = [r.title for r in rows]
    expected = [
        "Välkommen och presentationsrunda",
        "Så är socialtjänsten organiserad",
        "Dialog med socialsekreterare",
        "Möte med barn, unga och föräldrar",
        "Lunch",
        "Dialog med politiker och chefer",
        "Sammanfattning och nästa steg",
        "Pressträff",
    ]
    assert [t for t in titles if t in expected] == expected
    assert rows[0].start_time == time(8, 30)
    assert all(a.end_time == b.start_time for a, b in itertools.pairwise(rows))
    assert rows[-1].kind is AgendaItemKind.PRESS
    follow = svc.template_items(FOLLOW_UP_TEMPLATE_ID)
    assert any("åtgärd för åtgärd" in i.title for i in follow)
    with pytest.raises(UserError):
        svc.apply_template(visit.id, FOLLOW_UP_TEMPLATE_ID)
    replaced = svc.apply_template(visit.id, FOLLOW_UP_TEMPLATE_ID, replace_existing=True)
    assert [r.title for r in replaced] == [i.title for i in follow]


def test_press_items_follow_the_visits_press_meeting(services: Services) -> None:
    svc = services.agendas
    quiet = make_visit(services, end=time(15, 0))
    rows = svc.apply_template(quiet.id, FIRST_VISIT_TEMPLATE_ID)
    assert "Pressträff" not in [r.title for r in rows]  # no press meeting planned
    assert rows[-1].end_time == time(14, 30) and not any(r.flags for r in rows)
    press = make_visit(
        services,
        code="0880",
        end=time(15, 0),
        has_press_meeting=True,
        press_start=time(15, 15),
        press_end=time(15, 45),
    )
    rows = svc.apply_template(press.id, FIRST_VISIT_TEMPLATE_ID, fit=True)
    last = rows[-1]
    assert (last.title, last.start_time, last.end_time) == (
        "Pressträff",
        time(15, 15),
        time(15, 45),
    )
    assert not any(r.flags for r in rows)  # after the visit, but at the press meeting time
    svc.move(last.id, 0)  # laid out back to back again from the start
    assert [(r.title, r.start_time) for r in svc.items_of(press.id)][:1] == [
        ("Pressträff", time(9, 0))
    ]
    svc.add_item(press.id, AgendaItemInput(title="Sent", kind=AgendaItemKind.PRESS))
    assert svc.items_of(press.id)[-1].flags == (FLAG_OUTSIDE,)  # 15.00-15.30: not press time


def test_save_as_template_and_replace(agenda) -> None:
    visit, svc = agenda
    saved = svc.save_as_template(visit.id, "Kort dag")
    assert saved.item_count == 3 and saved.total_minutes == 105
    assert [i.title for i in svc.template_items(saved.id)] == ["A", "B", "C"]
    with pytest.raises(ValidationError) as exc:
        svc.save_as_template(visit.id, "kort DAG")
    assert exc.value.field == "name"
    svc.delete_item(svc.items_of(visit.id)[0].id)
    again = svc.save_as_template(visit.id, "Kort dag", replace_existing=True)
    assert again.id == saved.id
    assert [i.title for i in svc.template_items(saved.id)] == ["B", "C"]
    svc.rename_template(saved.id, "Halvdag")
    assert svc.template_named("halvdag").id == saved.id
    svc.delete_template(saved.id)
    assert svc.template_named("Halvdag") is None
    svc.restore_template(saved.id)
    assert svc.template_named("Halvdag") is not None


def test_document_for_the_pdf(services: Services) -> None:
    visit = make_visit(
        services,
        title="Första besöket i Mjölby",
        venue_name="Stadshuset",
        has_press_meeting=True,
        press_start=time(15, 0),
        press_end=time(15, 30),
        press_place="Sessionssalen",
        press_contact_name="Eva Ek",
    )
    services.agendas.apply_template(visit.id, FIRST_VISIT_TEMPLATE_ID)
    doc = services.agendas.document(visit.id)
    assert doc.municipality_name == "Mjölby"
    assert doc.visit_title == "Första besöket i Mjölby"
    assert doc.press is not None and doc.press.place == "Sessionssalen"
    assert len(doc.items) == 9


def test_fit_durations_shrinks_sessions_only() -> None:
    from samordnare_desktop.services.agendas import fit_durations

    s, lunch = AgendaItemKind.SESSION, AgendaItemKind.LUNCH
    assert fit_durations([(60, s), (60, lunch)], 180) == [60, 60]
    fitted = fit_durations([(90, s), (45, lunch), (60, s), (30, AgendaItemKind.PRESS)], 180)
    assert fitted[1] == 45 and fitted[3] == 30 and sum(fitted) <= 180
    assert all(d % 5 == 0 and d >= 10 for d in fitted)
    assert fit_durations([(60, lunch), (60, s)], 50) == [60, 60]  # cannot: left as is


def test_apply_template_fitted_to_a_short_visit(services: Services) -> None:
    visit = make_visit(services, kind=VisitKind.FOLLOW_UP, start=time(9, 30), end=time(12, 30))
    rows = services.agendas.apply_template(visit.id, FOLLOW_UP_TEMPLATE_ID, fit=True)
    assert rows[0].start_time == time(9, 30)
    assert rows[-1].end_minutes <= 12 * 60 + 30
    assert not any(r.flags for r in rows)
    assert services.agendas.visit_minutes(visit.id) == 180


def test_a_new_start_moves_the_later_items_too(agenda) -> None:
    visit, svc = agenda
    a = svc.items_of(visit.id)[0]
    moved = replace_title(a, "A")
    from dataclasses import replace

    svc.update_item(a.id, replace(moved, start_time=time(10, 0)), expected_version=a.version)
    assert times(svc.items_of(visit.id)) == [
        ("A", "10:00", "10:30"),
        ("B", "10:30", "11:30"),
        ("C", "11:30", "11:45"),
    ]


def test_one_field_list_for_an_agenda_item() -> None:
    """AgendaItemInput is the item's field list: the tables, the row and the template follow it,
    so a new field is declared there and as columns, and every copy takes it by keyword."""
    from dataclasses import fields

    from samordnare_desktop.domain.agenda import AgendaItem, AgendaTemplateItem
    from samordnare_desktop.services.agendas import (
        INPUT_FIELDS,
        TEMPLATE_FIELDS,
        AgendaItemRow,
        item_labels,
    )

    row_fields = {f.name for f in fields(AgendaItemRow)}
    item_columns = set(AgendaItem.__table__.columns.keys())
    template_columns = set(AgendaTemplateItem.__table__.columns.keys())
    assert set(INPUT_FIELDS) <= row_fields
    assert set(INPUT_FIELDS) <= item_columns
    assert set(TEMPLATE_FIELDS) <= template_columns
    assert set(INPUT_FIELDS) <= set(item_labels())
