"""VisitService beyond plain CRUD: questions, automatic first-visit link, stages, warnings, ics."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from icalendar import Calendar

from samordnare_desktop.domain.errors import NotFoundError, ValidationError
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.domain.visit_rules import ProgrammeStage, WarningKind
from samordnare_desktop.services.visit_list import VisitListRow
from samordnare_desktop.services.visits import VisitFilter, VisitInput, list_order
from tests.factories import DAY, make_visit, visit_input

pytestmark = pytest.mark.both_backends  # SQLite and the team's PostgreSQL server


def _visit(services, code: str, kind: VisitKind, day: date, **kw) -> VisitInput:
    return visit_input(services, code=code, kind=kind, day=day, **kw)


def test_seeded_questions_and_defaults_for_new_visits(services) -> None:
    questions = services.visits.questions()
    assert [q.number for q in questions] == [1, 2, 3]
    assert questions[0].text == "Hur säkerställs barnets perspektiv och delaktighet?"
    first = services.visits.create(_visit(services, "0586", VisitKind.FIRST, date(2026, 3, 4)))
    assert [n for n, _ in services.visits.questions_of(first.id)] == [1, 2, 3]
    other = services.visits.create(_visit(services, "0586", VisitKind.OTHER, date(2026, 3, 5)))
    assert services.visits.questions_of(other.id) == []


def test_question_catalogue_add_edit_and_choose_per_visit(services) -> None:
    svc = services.visits
    added = svc.add_question("Hur används <b>data</b> & uppföljning?")
    assert added.number == 4 and not added.is_default
    with pytest.raises(ValidationError) as err:
        svc.add_question("   ")
    assert err.value.field == "text"
    q2 = svc.questions()[1]
    svc.update_question(
        q2.id, "Introduktion i yrket?", is_default=False, expected_version=q2.version
    )
    visit = svc.create(
        _visit(services, "1265", VisitKind.FOLLOW_UP, date(2026, 5, 6)),
        question_ids=[added.id, svc.questions()[0].id],
    )
    assert svc.questions_of(visit.id) == [
        (1, "Hur säkerställs barnets perspektiv och delaktighet?"),
        (4, "Hur används <b>data</b> & uppföljning?"),
    ]
    svc.update(visit.id, visit.as_input(), expected_version=visit.version, question_ids=[q2.id])
    assert svc.questions_of(visit.id) == [(2, "Introduktion i yrket?")]
    # a new first visit now gets only the questions still marked default
    first = svc.create(_visit(services, "1265", VisitKind.FIRST, date(2026, 1, 14)))
    assert [n for n, _ in svc.questions_of(first.id)] == [1, 3]


def test_follow_up_links_to_first_visit_either_order(services) -> None:
    svc = services.visits
    follow = svc.create(_visit(services, "0586", VisitKind.FOLLOW_UP, date(2026, 11, 4)))
    assert follow.first_visit_id is None
    first = svc.create(_visit(services, "0586", VisitKind.FIRST, date(2026, 3, 4)))
    assert svc.get(follow.id).first_visit_id == first.id
    second = svc.create(_visit(services, "0586", VisitKind.FOLLOW_UP, date(2026, 12, 2)))
    assert second.first_visit_id == first.id
    elsewhere = svc.create(_visit(services, "1265", VisitKind.FOLLOW_UP, date(2026, 12, 3)))
    assert elsewhere.first_visit_id is None


def test_programme_stages_in_one_call(services) -> None:
    svc = services.visits
    by_code = services.municipalities.by_code
    svc.create(_visit(services, "0586", VisitKind.FIRST, date(2026, 3, 4), status=VisitStatus.HELD))
    svc.create(_visit(services, "0586", VisitKind.FOLLOW_UP, date(2026, 12, 2)))
    svc.create(_visit(services, "1265", VisitKind.FIRST, date(2026, 12, 9)))
    svc.create(
        _visit(services, "0880", VisitKind.FIRST, date(2026, 4, 8), status=VisitStatus.CANCELLED)
    )
    svc.create(_visit(services, "1082", VisitKind.FIRST, date(2026, 2, 4), status=VisitStatus.HELD))
    deleted = svc.create(_visit(services, "1082", VisitKind.FOLLOW_UP, date(2026, 9, 9)))
    svc.delete(deleted.id)
    stages = svc.programme_stages()
    assert stages[by_code("0586").id] is ProgrammeStage.FOLLOW_UP_PLANNED
    assert stages[by_code("1265").id] is ProgrammeStage.FIRST_PLANNED
    assert stages[by_code("1082").id] is ProgrammeStage.FIRST_HELD
    assert stages.get(by_code("0880").id, ProgrammeStage.NONE) is ProgrammeStage.NONE


def test_warnings_for_saved_visits_and_form_input(services) -> None:
    svc = services.visits
    a = svc.create(_visit(services, "0586", VisitKind.FIRST, date(2026, 3, 4)))
    b = svc.create(_visit(services, "1265", VisitKind.FIRST, date(2026, 3, 4)))
    found = svc.warnings(today=date(2026, 1, 1))
    assert [w.kind for w in found[a.id]] == [WarningKind.SAME_DAY]
    assert "Sjöbo" in found[a.id][0].message and b.id in found
    early = _visit(services, "0586", VisitKind.FOLLOW_UP, date(2026, 2, 28))  # a Saturday
    assert [w.kind for w in svc.warnings_for_input(early, today=date(2026, 1, 1))] == [
        WarningKind.WEEKEND,
        WarningKind.BEFORE_FIRST,
    ]
    assert svc.warnings_for_input(a.as_input(), a.id)[0].kind is WarningKind.SAME_DAY
    # later in the year the planned visit's day has passed; a second first visit is questioned
    later = [w.kind for w in svc.warnings_for_input(a.as_input(), a.id, today=date(2026, 3, 5))]
    assert later == [WarningKind.SAME_DAY, WarningKind.PAST_PLANNED]
    second = _visit(services, "0586", VisitKind.FIRST, date(2026, 9, 2))
    assert [w.kind for w in svc.warnings_for_input(second, today=date(2026, 3, 5))] == [
        WarningKind.SECOND_FIRST
    ]


def test_ics_export_parses_back(services, tmp_path: Path) -> None:
    svc = services.visits
    visit = svc.create(
        _visit(
            services,
            "0586",
            VisitKind.FIRST,
            date(2026, 3, 4),
            start_time=time(9, 0),
            end_time=time(15, 0),
            venue_name="Stadshuset",
            venue_address="Burensköldsvägen 11, Mjölby",
            venue_room="sal Ljuset",
            has_press_meeting=True,
            press_start=time(15, 0),
            press_end=time(15, 30),
            press_place="Stadshuset, entréhallen",
            press_contact_name="Karin Lund",
            press_contact_phone="0142-123 45",
            press_contact_email="press@mjolby.example.se",
        )
    )
    all_day = svc.create(_visit(services, "1265", VisitKind.FOLLOW_UP, date(2026, 12, 2)))
    out = tmp_path / "besok.ics"
    assert svc.export_ics(svc.list(VisitFilter()), out) == 2
    calendar = Calendar.from_ical(out.read_bytes())
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    event = events[f"visit-{visit.id}@samordnare-desktop"]
    assert str(event["summary"]) == "Första besöket – Mjölby"
    assert str(event["location"]) == "Stadshuset, Burensköldsvägen 11, Mjölby, sal Ljuset"
    start = event.decoded("dtstart")
    assert (start.hour, start.minute, str(start.tzinfo)) == (9, 0, "Europe/Stockholm")
    assert start.utcoffset().total_seconds() == 3600  # CET in March
    description = str(event["description"])
    assert "Pressträff 15.00–15.30, Stadshuset, entréhallen" in description
    assert "Karin Lund" in description and "Fråga 1: Hur säkerställs barnets" in description
    assert [c.name for c in calendar.walk("VTIMEZONE")] == ["VTIMEZONE"]
    other = events[f"visit-{all_day.id}@samordnare-desktop"]
    assert other.decoded("dtstart") == date(2026, 12, 2)
    # exporting again gives the same UIDs (calendars update instead of duplicating)
    svc.export_ics(svc.list(VisitFilter()), out)
    again = {str(e["uid"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")}
    assert again == set(events)


def test_deleting_a_first_visit_unlinks_its_follow_ups_and_restore_relinks_them(
    services,
) -> None:
    svc = services.visits
    first = svc.create(_visit(services, "0586", VisitKind.FIRST, date(2026, 3, 4)))
    a = svc.create(_visit(services, "0586", VisitKind.FOLLOW_UP, date(2026, 11, 4)))
    b = svc.create(_visit(services, "0586", VisitKind.FOLLOW_UP, date(2026, 12, 2)))
    gone = svc.create(_visit(services, "0586", VisitKind.FOLLOW_UP, date(2026, 12, 9)))
    svc.delete(gone.id)
    other = svc.create(_visit(services, "1265", VisitKind.FIRST, date(2026, 3, 5)))
    elsewhere = svc.create(_visit(services, "1265", VisitKind.FOLLOW_UP, date(2026, 12, 3)))
    assert [r.id for r in svc.follow_ups_of(first.id)] == [a.id, b.id]  # not the deleted one

    unlinked = svc.delete(first.id)
    assert set(unlinked) == {a.id, b.id, gone.id}
    assert svc.get(a.id).first_visit_id is None and svc.get(b.id).first_visit_id is None
    assert svc.get(elsewhere.id).first_visit_id == other.id  # another municipality: untouched
    assert svc.follow_ups_of(first.id) == []

    svc.restore(first.id, relink=unlinked)
    assert svc.get(first.id).id == first.id
    assert svc.get(a.id).first_visit_id == first.id
    assert svc.get(b.id).first_visit_id == first.id
    assert [r.id for r in svc.follow_ups_of(first.id)] == [a.id, b.id]
    # a refused delete changes nothing
    with pytest.raises(NotFoundError):
        svc.delete(gone.id)
    assert svc.get(a.id).first_visit_id == first.id


def test_retired_questions_keep_their_number_and_old_visits(services) -> None:
    svc = services.visits
    q1, q2, q3 = svc.questions()
    old = svc.create(_visit(services, "0586", VisitKind.FIRST, date(2026, 3, 4)))
    retired = svc.retire_question(q2.id)
    assert retired.retired and retired.number == 2
    assert [q.number for q in svc.questions()] == [1, 3]  # the catalogue's active list
    assert [(q.number, q.retired) for q in svc.questions(include_retired=True)] == [
        (1, False),
        (2, True),
        (3, False),
    ]
    # the old visit still explores it (and its ics/agenda text says so)
    assert [n for n, _ in svc.questions_of(old.id)] == [1, 2, 3]
    assert [n for n, _ in svc.questions_by_visit([old.id])[old.id]] == [1, 2, 3]
    svc.update(old.id, old.as_input(), expected_version=old.version, question_ids=[q1.id, q2.id])
    assert [n for n, _ in svc.questions_of(old.id)] == [1, 2]  # kept while editing the visit
    # new visits never get it, and it cannot be added to one
    follow = svc.create(_visit(services, "0586", VisitKind.FOLLOW_UP, date(2026, 11, 4)))
    assert [n for n, _ in svc.questions_of(follow.id)] == [1, 3]
    with pytest.raises(ValidationError) as err:
        svc.update(
            follow.id, follow.as_input(), expected_version=follow.version, question_ids=[q2.id]
        )
    assert err.value.field == "questions" and "2" in str(err.value)
    assert [n for n, _ in svc.questions_of(follow.id)] == [1, 3]  # refused: nothing changed
    # numbers are never reused
    assert svc.add_question("Hur följs placerade barn upp?").number == 4
    svc.retire_question(q3.id)
    assert svc.add_question("Ännu en fråga").number == 5
    assert not svc.reinstate_question(q2.id).retired
    assert [q.number for q in svc.questions()] == [1, 2, 4, 5]


def test_the_whole_list_reads_each_visit_as_one_visit_is_read(services) -> None:
    """``list()`` of every visit (plain SQL, its values typed by hand) gives each visit exactly
    as ``get`` and ``rows`` (through SQLAlchemy's types) do: times, press meeting, a meeting
    without a municipality, several organisations with one deleted since, in date order."""
    from samordnare_desktop.domain.organisation import OrganisationKind
    from samordnare_desktop.services.organisations import OrganisationInput

    orgs = services.organisations
    famna = orgs.create(OrganisationInput(OrganisationKind.INTEREST, "Famna"))
    kfs = orgs.create(OrganisationInput(OrganisationKind.INTEREST, "KFS"))
    svc = services.visits
    made = [
        svc.create(
            _visit(
                services,
                "0586",
                VisitKind.FOLLOW_UP,
                date(2026, 5, 6),
                start_time=time(9, 30),
                end_time=time(15, 0),
                has_press_meeting=True,
                press_start=time(12, 15),
                press_place="Entrén",
                notes="Anteckning",
                organisation_ids=(kfs.id, famna.id),
            )
        ),
        svc.create(
            VisitInput(
                None, VisitKind.DIALOGUE, date(2026, 4, 20), organisation_ids=(famna.id, kfs.id)
            )
        ),
        svc.create(_visit(services, "1265", VisitKind.FIRST, date(2026, 3, 4))),
        svc.create(
            VisitInput(None, VisitKind.DIALOGUE, date(2026, 6, 1), organisation_ids=(kfs.id,))
        ),
    ]
    orgs.delete(kfs.id)
    listed = svc.list()
    assert [r.day for r in listed] == [
        date(2026, 3, 4),
        date(2026, 4, 20),
        date(2026, 5, 6),
        date(2026, 6, 1),
    ]
    assert sorted(svc.rows([r.id for r in made]), key=lambda r: r.day) == listed
    assert listed == [svc.get(r.id) for r in listed]
    follow_up = listed[2]
    assert (follow_up.start_time, follow_up.press_start) == (time(9, 30), time(12, 15))
    assert follow_up.has_press_meeting is True and follow_up.kind is VisitKind.FOLLOW_UP
    assert follow_up.organisation_names[1:] == ("Famna", "KFS")
    assert follow_up.deleted_organisation_ids == frozenset({kfs.id})
    assert listed[1].municipality_id is None and listed[1].place_label == "Famna, KFS"
    assert listed[3].organisation_ids == (kfs.id,)  # its one organisation, deleted since
    assert listed[3].deleted_organisation_ids == frozenset({kfs.id})
    # the list's first read and a filtered one (SQLAlchemy's path) agree
    assert svc.list(VisitFilter(date_from=date(2026, 1, 1))) == listed
    # the Besök list's rows are the whole visits' fields of the same names, in the same order
    # (the municipality's organisation first, the others by name; none: no organisations)
    assert services.visit_list.rows() == [VisitListRow.of(r) for r in listed]


def test_the_besok_list_reads_only_what_it_shows(services) -> None:
    """The list's first read (5,000 meetings at ten times the programme) selects the columns
    the list shows, sorts, filters and searches: not the notes, the host, the first visit nor
    the press meeting's details, read for the one visit the form shows (issue #15)."""
    from sqlalchemy import event

    make_visit(services, code="0586", day=DAY)
    seen: list[str] = []
    engine = services.db.engine

    def record(*args) -> None:
        seen.append(args[2])

    event.listen(engine, "before_cursor_execute", record)
    try:
        rows = services.visit_list.rows()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    selects = [s for s in seen if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 2 and len(rows) == 1  # the visits, then their organisations
    for column in ("notes", "host_contact_id", "first_visit_id", "press_start", "press_place"):
        assert column not in selects[0]
    assert not hasattr(rows[0], "notes")


def test_the_list_is_read_in_list_order(services) -> None:
    """The list as read stands in ``list_order`` (day, start time with none first, municipality
    name, id) on both databases, the server too (it puts a missing time last unless told):
    the Besök list kept up to date row by row after a change notice stands as a fresh read."""
    for code, start in (
        ("1280", time(10)),  # Malmö
        ("0586", None),  # Mjölby, no time
        ("0380", time(10)),  # Uppsala
        ("2584", time(9)),  # Kiruna
        ("0586", time(10)),
        ("0586", time(10)),  # the same place and time: by id
    ):
        make_visit(services, code=code, day=DAY, start_time=start)
    make_visit(services, code="2584", day=date(2026, 3, 3), start_time=time(14))
    listed = services.visits.list()
    assert listed == sorted(listed, key=list_order)
    assert [(r.municipality_name, r.start_time) for r in listed] == [
        ("Kiruna", time(14)),
        ("Mjölby", None),
        ("Kiruna", time(9)),
        ("Malmö", time(10)),
        ("Mjölby", time(10)),
        ("Mjölby", time(10)),
        ("Uppsala", time(10)),
    ]
    assert services.visits.list(VisitFilter(date_from=DAY)) == listed[1:]  # filtered: so too
