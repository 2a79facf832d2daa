"""Minutes per agenda item (issue #18 part 3): notes, decisions, actions with owner and due date,
findings under an item; validation with Swedish messages on the field; privacy (erase, access
copy, purge)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import select

from samordnare_desktop.domain.errors import NotFoundError, StaleEditError, ValidationError
from samordnare_desktop.domain.minutes import (
    MAX_NOTES,
    ActionInput,
    MinutesAction,
    MinutesInput,
    MinutesItem,
    validate_minutes,
)
from samordnare_desktop.services.agendas import AgendaItemInput
from samordnare_desktop.services.registry import Services
from tests.factories import make_visit

pytestmark = pytest.mark.both_backends  # SQLite and the team's PostgreSQL server

HOSTILE = "<b>Beslut</b> & <script>x</script> 🎉 Đukić"


def _agenda(services: Services):
    visit = make_visit(services, start_time=time(9, 0), end_time=time(12, 0))
    first = services.agendas.add_item(visit.id, AgendaItemInput("Välkommen", 30))
    second = services.agendas.add_item(visit.id, AgendaItemInput("Barnens röst", 60))
    return visit, first, second


def test_minutes_are_saved_per_item_with_actions(services: Services) -> None:
    visit, _first, second = _agenda(services)
    saved = services.minutes.save_item(
        second.id,
        MinutesInput(
            notes="  Samtal om\nbarnens delaktighet ",
            decisions="Kommunen tar fram en plan.",
            actions=(
                ActionInput("Skicka underlag", "Anna Berg", "2026-04-01"),
                ActionInput("", "", ""),  # an empty row of the table is dropped
                ActionInput("Boka uppföljning", "", "20260915"),
            ),
        ),
        expected_version=0,
    )
    assert saved.notes == "Samtal om\nbarnens delaktighet"
    assert saved.decisions == "Kommunen tar fram en plan."
    assert [(a.text, a.owner, a.due_date) for a in saved.actions] == [
        ("Skicka underlag", "Anna Berg", date(2026, 4, 1)),
        ("Boka uppföljning", "", date(2026, 9, 15)),
    ]
    assert saved.version == 1
    items = services.minutes.items(visit.id)
    assert [i.title for i in items] == ["Välkommen", "Barnens röst"]
    assert not items[0].has_minutes and items[1].has_minutes
    # saving again replaces the actions as a whole
    again = services.minutes.save_item(
        second.id,
        MinutesInput(notes=saved.notes, actions=(ActionInput("Bara en", "Bo", None),)),
        expected_version=saved.version,
    )
    assert [a.text for a in again.actions] == ["Bara en"] and again.decisions == ""
    with services.db.read() as s:
        assert len(s.scalars(select(MinutesAction)).all()) == 1
    with pytest.raises(StaleEditError):
        services.minutes.save_item(second.id, MinutesInput(notes="x"), expected_version=1)


def test_validation_names_the_field_in_swedish() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_minutes(MinutesInput(actions=(ActionInput("Ok", "", "2026-02-30"),)))
    assert caught.value.field == "actions.0.due" and "2026-03-04" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        validate_minutes(MinutesInput(actions=(ActionInput("", "Anna", ""),)))
    assert caught.value.field == "actions.0.text"
    with pytest.raises(ValidationError) as caught:
        validate_minutes(MinutesInput(notes="x" * (MAX_NOTES + 1)))
    assert caught.value.field == "notes"
    with pytest.raises(ValidationError) as caught:
        validate_minutes(MinutesInput(actions=(ActionInput("Ok", "x" * 201),)))
    assert caught.value.field == "actions.0.owner"


def test_hostile_and_long_text_is_kept_as_typed(services: Services) -> None:
    _visit, first, _second = _agenda(services)
    long = ("Ett långt stycke " * 300)[:5000]
    row = services.minutes.save_item(
        first.id, MinutesInput(notes=long, decisions=HOSTILE, actions=(ActionInput(HOSTILE),))
    )
    assert row.notes == long.strip() and row.decisions == HOSTILE
    assert row.actions[0].text == HOSTILE


def test_findings_are_listed_under_their_item(services: Services) -> None:
    visit, first, second = _agenda(services)
    under = services.minutes.add_finding(second.id, "Skolan saknas i samverkan")
    general = services.findings.quick_add(visit.id, "Allmän iakttagelse")
    assert under.agenda_item_id == second.id
    items = services.minutes.items(visit.id)
    assert [f.text for f in items[1].findings] == ["Skolan saknas i samverkan"]
    assert items[0].findings == ()
    assert [f.id for f in services.minutes.general_findings(visit.id)] == [general.id]
    services.minutes.link_finding(general.id, first.id)
    assert [f.id for f in services.minutes.items(visit.id)[0].findings] == [general.id]
    # tagging the finding later keeps its item
    row = services.findings.get(general.id)
    services.findings.update(row.id, row.as_input())
    assert services.findings.get(general.id).agenda_item_id == first.id
    # an item of another meeting is refused
    other = make_visit(services, day=date(2026, 5, 5))
    other_item = services.agendas.add_item(other.id, AgendaItemInput("Annat", 30))
    with pytest.raises(ValidationError):
        services.minutes.link_finding(general.id, other_item.id)
    # a deleted agenda item: its findings become the meeting's general ones
    services.agendas.delete_item(first.id)
    assert general.id in [f.id for f in services.minutes.general_findings(visit.id)]
    with pytest.raises(NotFoundError):
        services.minutes.save_item(first.id, MinutesInput(notes="x"))


NAME = "Zelmira Kvastberg"


def test_minutes_are_in_the_access_copy_and_erased(services: Services) -> None:
    _visit, first, _second = _agenda(services)
    services.minutes.save_item(
        first.id,
        MinutesInput(
            notes=f"{NAME} berättade om hembesöken.",
            decisions="Kvastbergs förslag antogs.",
            actions=(ActionInput("Skicka rapporten", NAME, "2026-04-01"),),
        ),
    )
    report = services.privacy.find_person(name=NAME)
    kinds = {r.kind for r in report.records}
    assert {"minutes_item_notes", "minutes_item_decisions", "minutes_action_owner"} <= kinds
    where = [r.where for r in report.records if r.kind == "minutes_item_notes"]
    assert where and "Välkommen" in where[0]
    services.privacy.erase_person(name=NAME)
    with services.db.read() as s:
        item = s.scalars(select(MinutesItem)).one()
        action = s.scalars(select(MinutesAction)).one()
        assert "Zelmira" not in item.notes and "Kvastberg" not in item.decisions
        assert action.owner == "" and action.text == "Skicka rapporten"
    assert services.privacy.find_person(name=NAME).records == ()


def test_minutes_of_a_deleted_item_are_purged(services: Services) -> None:
    _visit, first, second = _agenda(services)
    services.minutes.save_item(
        first.id, MinutesInput(notes="Hemligt", actions=(ActionInput("Göra", "Bo"),))
    )
    services.minutes.save_item(second.id, MinutesInput(notes="Kvar"))
    services.agendas.delete_item(first.id)
    assert services.privacy.purge_deleted() >= 2
    with services.db.read() as s:
        notes = {m.agenda_item_id: m.notes for m in s.scalars(select(MinutesItem))}
        action = s.scalars(select(MinutesAction)).one()
    assert notes == {first.id: "", second.id: "Kvar"}
    assert (action.text, action.owner) == ("", "")


# --- the PDF and the command line ------------------------------------------------------------


def _pdf_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def _held_meeting(services: Services):
    from samordnare_desktop.domain.participant import ParticipantCategory as Cat
    from samordnare_desktop.services.participants import ParticipationInput, PersonInput

    visit, first, second = _agenda(services)
    services.visits.update(
        visit.id,
        replace(services.visits.get(visit.id).as_input(), notes="Allmänt: bra stämning & <mod>"),
        expected_version=None,
    )
    people = services.participants
    people.add(visit.id, PersonInput("Karin Vall", Cat.MANAGER), ParticipationInput(attended=True))
    people.add(visit.id, PersonInput("Per Ström", Cat.MANAGER), ParticipationInput())
    people.add(visit.id, PersonInput("Elsa", Cat.CHILD), ParticipationInput(attended=True))
    services.minutes.save_item(
        second.id,
        MinutesInput(
            notes="Elsa berättade om sin handläggare. " + HOSTILE,
            decisions="Kommunen tar fram en plan för barnens delaktighet.",
            actions=(
                ActionInput("Skicka underlag till samordnaren", "Karin Vall", "2026-04-01"),
                ActionInput(("Långt " * 900)[:5000], "Per Ström", None),
            ),
        ),
    )
    services.minutes.add_finding(second.id, "Elsas skola saknas i samverkan")
    return visit, first, second


def test_minutes_pdf_prints_attendance_items_actions_and_findings(services: Services) -> None:
    visit, _first, _second = _held_meeting(services)
    data = services.visit_documents.minutes_pdf(visit.id, printed_on=date(2026, 3, 5))
    text = _pdf_text(data)
    flat = " ".join(text.split())
    for words in (
        "Minnesanteckningar",
        "Mjölby",
        "Närvaro",
        "Allmänt: bra stämning & <mod>",
        "Barnens röst",
        "Beslut",
        "Kommunen tar fram en plan",
        "Skicka underlag till samordnaren",
        "Karin Vall",
        "2026-04-01",
        "<b>Beslut</b> & <script>x</script>",
        "Iakttagelser",
        "Sida 1 av",
    ):
        assert words in flat, words
    # a child is never named: the pseudonym the lists use
    assert "Elsa" not in flat and "Ungdom" in flat
    # present and absent by category: 1 manager present, 1 absent; the child present
    assert "Åtgärd 2 i sin helhet" in flat  # the long action printed in full below the table


def test_minutes_pdf_of_a_meeting_without_agenda_or_people(services: Services) -> None:
    visit = make_visit(services)
    flat = " ".join(_pdf_text(services.visit_documents.minutes_pdf(visit.id)).split())
    assert "Mötet har ingen dagordning." in flat


def test_cli_exports_minutes(tmp_path) -> None:
    from pypdf import PdfReader

    from samordnare_desktop.services.startup import open_database
    from tests.unit.test_cli import run

    path = tmp_path / "cli.sqlite3"
    db = open_database(path, daily_backup=False)
    try:
        visit, _first, _second = _held_meeting(Services(db))
    finally:
        db.close()
    out = tmp_path / "minnes.pdf"
    result = run("--db", str(path), "export", "minutes", "--id", str(visit.id), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Barnens röst" in " ".join(p.extract_text() for p in PdfReader(out).pages)
    by_day = run(
        "--db", str(path), "export", "minutes", "--kommun", "0586", "--date", "2026-03-04",
        "--out", str(tmp_path / "b.pdf"),
    )  # fmt: skip
    assert by_day.returncode == 0, by_day.stderr
    bad = run("--db", str(path), "export", "minutes", "--id", str(visit.id), "--out", "x.doc")
    assert bad.returncode != 0 and ".pdf" in bad.stderr


@pytest.mark.sqlite_only  # the whole demo: minutes on SQLite, several on the server
def test_demo_held_visits_have_minutes_and_findings_under_items(services: Services) -> None:
    import random

    from samordnare_desktop.demo.minutes import build_minutes
    from samordnare_desktop.demo.steps import run_demo
    from samordnare_desktop.domain.visit import VisitStatus
    from samordnare_desktop.services.visits import VisitFilter

    run_demo(services)
    held = [
        v
        for v in services.visits.list(VisitFilter())
        if v.status is VisitStatus.HELD and v.municipality_id is not None
    ]
    items = services.minutes.items(held[0].id)
    assert sum(1 for i in items if i.notes) >= 2
    assert any(i.actions for i in items) and any(i.findings for i in items)
    with services.db.read() as s:
        count = len(s.scalars(select(MinutesItem)).all())
    build_minutes(services, random.Random(1))  # again: nothing added twice
    with services.db.read() as s:
        assert len(s.scalars(select(MinutesItem)).all()) == count
    flat = " ".join(_pdf_text(services.visit_documents.minutes_pdf(held[0].id)).split())
    assert "Beslut" in flat and "Åtgärder" in flat and "Iakttagelser" in flat
    assert "Plats:" in flat and "Place" not in flat


def test_an_item_ending_at_midnight_prints_24_00_on_agenda_and_minutes(services: Services) -> None:
    """Issue 14 A: 23.00 + 60 minutes was shown "till 23.59" and printed 23.00–23.59 in the
    minutes while the agenda said 24.00: every place says 24.00 (the end of the day)."""
    from samordnare_desktop.pdf.agenda import render_agenda
    from tests.unit.test_agenda_pdf import text_of

    visit = make_visit(services, start_time=time(22, 0), end_time=time(23, 59))
    services.agendas.add_item(visit.id, AgendaItemInput("Nattvandring", 60, start_time=time(23)))
    minutes = " ".join(_pdf_text(services.visit_documents.minutes_pdf(visit.id)).split())
    agenda, _pages = text_of(render_agenda(services.agendas.document(visit.id)))
    for flat in (minutes, " ".join(agenda.split())):
        assert "23.00–24.00" in flat and "23.59" not in flat.replace("22.00–23.59", "")
