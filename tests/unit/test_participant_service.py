"""Participants through the service: directory, dedupe, children, attendance, copy, undo."""

from __future__ import annotations

from datetime import date

import pytest

from samordnare_desktop.domain.errors import NotFoundError, StaleEditError, ValidationError
from samordnare_desktop.domain.participant import ParticipantCategory as Cat
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.participants import (
    DuplicatePersonError,
    ParticipationInput,
    PersonInput,
)
from samordnare_desktop.services.registry import Services
from tests.factories import make_visit

pytestmark = pytest.mark.both_backends  # SQLite and the team's PostgreSQL server


def _visits(services: Services):
    m = services.municipalities.by_code("0586")
    first = make_visit(services, status=VisitStatus.HELD)
    follow = make_visit(
        services, kind=VisitKind.FOLLOW_UP, day=date(2026, 9, 10), first_visit_id=first.id
    )
    return m, first, follow


ANNA = PersonInput(
    "Anna Berg",
    Cat.MANAGER,
    title="Socialchef",
    organisation="Socialförvaltningen",
    email="Anna.Berg@mjolby.se",
    phone="0142-850 00",
)


def test_add_and_list(services: Services) -> None:
    _m, first, _ = _visits(services)
    svc = services.participants
    row = svc.add(first.id, ANNA)
    politician = svc.add(
        first.id,
        PersonInput("Per Holm", Cat.POLITICIAN, party="(s)", office="Kommunalråd"),
        ParticipationInput(confirmed=True, notes="Kommer 10.00 <b>&</b>"),
    )
    rows = svc.list_for_visit(first.id)
    assert [r.name for r in rows] == ["Per Holm", "Anna Berg"]  # politicians first
    assert rows[0].party == "S" and rows[0].role == "Kommunalråd (S)"
    assert rows[0].confirmed and rows[0].notes == "Kommer 10.00 <b>&</b>"
    assert row.invited and not row.attended
    assert politician.person_id != row.person_id


def test_duplicate_on_email_or_name_and_organisation(services: Services) -> None:
    m, first, follow = _visits(services)
    svc = services.participants
    anna = svc.add(first.id, ANNA)
    by_email = PersonInput("A. Berg", Cat.MANAGER, email="anna.berg@MJOLBY.se")
    assert [p.id for p in svc.find_matches(m.id, by_email)] == [anna.person_id]
    by_name = PersonInput("anna  berg", Cat.MANAGER, organisation="socialförvaltningen.")
    assert [p.id for p in svc.find_matches(m.id, by_name)] == [anna.person_id]
    assert svc.find_matches(m.id, PersonInput("Anna Berg", organisation="Polisen")) == []
    with pytest.raises(DuplicatePersonError) as caught:
        svc.add(follow.id, by_email)
    assert caught.value.matches[0].id == anna.person_id
    assert "Anna Berg, Socialförvaltningen finns redan" in caught.value.message
    reused = svc.add(follow.id, None, person_id=anna.person_id)
    assert reused.person_id == anna.person_id
    assert len(svc.directory(m.id)) == 1
    with pytest.raises(ValidationError, match="redan"):
        svc.add(follow.id, None, person_id=anna.person_id)


def test_children_validation_and_pseudonyms(services: Services) -> None:
    m, first, _ = _visits(services)
    svc = services.participants
    with pytest.raises(ValidationError) as caught:
        svc.add(first.id, PersonInput("Elsa", Cat.CHILD, email="elsa@example.se"))
    assert caught.value.field == "email"
    with pytest.raises(ValidationError) as caught:
        svc.add(first.id, PersonInput("Elsa", Cat.CHILD, phone="070-123 45 67"))
    assert caught.value.field == "phone"
    with pytest.raises(ValidationError) as caught:
        svc.add(first.id, PersonInput("Elsa Svensson", Cat.CHILD))
    assert caught.value.field == "name"
    assert svc.directory(m.id) == []  # a failed save changes nothing
    anon = svc.add(first.id, PersonInput("", Cat.CHILD), ParticipationInput(consent_note="Ja"))
    elsa = svc.add(first.id, PersonInput("Elsa", Cat.CHILD))
    shown = svc.add(
        first.id, PersonInput("Omar", Cat.CHILD), ParticipationInput(name_on_lists=True)
    )
    assert anon.display_name == "Ungdom 1" and anon.print_name == "Ungdom 1"
    assert anon.consent_note == "Ja"
    assert elsa.display_name == "Elsa (Ungdom 2)" and elsa.print_name == "Ungdom 2"
    assert shown.print_name == "Omar"
    # two anonymous young people are never taken for the same person
    second_anon = svc.add(first.id, PersonInput("", Cat.CHILD))
    assert second_anon.display_name == "Ungdom 4"


def test_update_stale_and_clash(services: Services) -> None:
    _m, first, _ = _visits(services)
    svc = services.participants
    anna = svc.add(first.id, ANNA)
    bo = svc.add(first.id, PersonInput("Bo Ek", Cat.AUTHORITY, organisation="Polisen"))
    changed = svc.update(
        anna.id,
        ANNA.__class__(**{**ANNA.__dict__, "title": "Förvaltningschef"}),
        ParticipationInput(confirmed=True),
        expected_version=anna.version,
    )
    assert changed.title == "Förvaltningschef" and changed.confirmed
    with pytest.raises(StaleEditError):
        svc.update(anna.id, ANNA, ParticipationInput(), expected_version=anna.version)
    with pytest.raises(ValidationError) as caught:
        svc.update(
            bo.id,
            PersonInput("Bo Ek", Cat.AUTHORITY, email="anna.berg@mjolby.se"),
            ParticipationInput(),
            expected_version=bo.version,
        )
    assert caught.value.field == "email"


def test_attendance_counts_remove_restore(services: Services) -> None:
    _m, first, _ = _visits(services)
    svc = services.participants
    anna = svc.add(first.id, ANNA)
    per = svc.add(first.id, PersonInput("Per Holm", Cat.POLITICIAN, party="S"))
    svc.add(first.id, PersonInput("Lena Ek", Cat.POLITICIAN, party="M"))
    svc.set_attended(per.id, True)
    summary = svc.counts_by_category(first.id)
    assert (summary.total, summary.attended) == (3, 1)
    politicians = summary.by_category[0]
    assert (politicians.category, politicians.total, politicians.attended) == (Cat.POLITICIAN, 2, 1)
    svc.remove(anna.id)
    assert svc.counts_by_category(first.id).total == 2
    with pytest.raises(NotFoundError):
        svc.get(anna.id)
    svc.restore(anna.id)
    assert svc.get(anna.id).name == "Anna Berg"


def test_walk_in(services: Services) -> None:
    _m, first, follow = _visits(services)
    svc = services.participants
    anna = svc.add(first.id, ANNA)
    new = svc.add_walk_in(follow.id, "Karin Lund, Röda Korset")
    assert (new.name, new.organisation, new.attended, new.walk_in) == (
        "Karin Lund",
        "Röda Korset",
        True,
        True,
    )
    known = svc.add_walk_in(follow.id, "anna berg, Socialförvaltningen")
    assert known.person_id == anna.person_id and known.attended
    with pytest.raises(ValidationError):
        svc.add_walk_in(follow.id, " , Polisen")


def test_copy_from_first_visit(services: Services) -> None:
    _m, first, follow = _visits(services)
    svc = services.participants
    anna = svc.add(first.id, ANNA)
    svc.set_attended(anna.id, True)
    svc.add(
        first.id, PersonInput("", Cat.CHILD), ParticipationInput(consent_note="Vårdnadshavare ok")
    )
    gone = svc.add(first.id, PersonInput("Bo Ek", organisation="Polisen"))
    svc.remove(gone.id)
    svc.add(follow.id, None, person_id=anna.person_id)
    added = svc.copy_from_first_visit(follow.id)
    assert len(added) == 1  # Anna was already there, Bo was removed from the first list
    rows = svc.list_for_visit(follow.id)
    assert sorted(r.display_name for r in rows) == ["Anna Berg", "Ungdom 1"]
    assert not any(r.attended for r in rows)
    assert next(r for r in rows if r.is_child).consent_note == "Vårdnadshavare ok"
    assert svc.copy_from_first_visit(follow.id) == []  # idempotent
    svc.remove_many(added)
    assert [r.name for r in svc.list_for_visit(follow.id)] == ["Anna Berg"]
    with pytest.raises(NotFoundError):
        svc.copy_from_first_visit(first.id)


def test_directory_search(services: Services) -> None:
    m, first, _ = _visits(services)
    svc = services.participants
    svc.add(first.id, ANNA)
    svc.add(
        first.id, PersonInput("Łucja Đorđević", Cat.SOCIAL_STAFF, organisation="Barn och familj")
    )
    assert [p.name for p in svc.directory(m.id, "łuc")] == ["Łucja Đorđević"]
    assert [p.name for p in svc.directory(m.id, "SOCIALFÖRV")] == ["Anna Berg"]
    person = svc.directory(m.id, "anna")[0]
    svc.delete_person(person.id)
    assert svc.directory(m.id, "anna") == []
    assert [r.name for r in svc.list_for_visit(first.id)] == ["Łucja Đorđević"]
    svc.restore_person(person.id)
    assert len(svc.list_for_visit(first.id)) == 2


def test_demo_step_without_visits(services: Services) -> None:
    import random

    from samordnare_desktop.demo.participants import build_participants

    assert build_participants(services, random.Random(1)).startswith("participants: no visits")


def test_demo_step_fills_visits_once(services: Services) -> None:
    import random

    from samordnare_desktop.demo.participants import build_participants

    m, first, follow = _visits(services)
    summary = build_participants(services, random.Random(1))
    assert summary.startswith("participants:") and "on 2 visits" in summary
    svc = services.participants
    first_rows = svc.list_for_visit(first.id)
    follow_rows = svc.list_for_visit(follow.id)
    assert 15 <= len(first_rows) <= 41 and len(follow_rows) >= 15
    assert {r.category for r in first_rows} == set(Cat)  # every category
    assert any(r.attended for r in first_rows)  # a held visit has attendance ticked
    # a visit still ahead has nobody ticked; one in the past counts as held
    assert any(r.attended for r in follow_rows) == (follow.day < date.today())
    reused = {r.person_id for r in first_rows} & {r.person_id for r in follow_rows}
    assert len(reused) >= len(first_rows) // 2  # the follow-up reuses the first visit's people
    assert all(not r.email and not r.phone for r in first_rows if r.is_child)
    people = svc.directory(m.id, limit=None)
    emails = [p.email.casefold() for p in people if p.email]
    assert len(set(emails)) == len(emails)
    again = build_participants(services, random.Random(1))
    assert again == "participants: 0 participants on 0 visits"
    assert len(svc.list_for_visit(first.id)) == len(first_rows)


@pytest.mark.sqlite_only  # SQLite's query plan
def test_list_for_visit_uses_the_visit_index(services: Services) -> None:
    from sqlalchemy import text

    with services.db.read() as s:
        plan = " ".join(
            str(row[-1])
            for row in s.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT * FROM participant JOIN person "
                    "ON participant.person_id = person.id WHERE participant.visit_id = :v "
                    "AND participant.deleted_at IS NULL"
                ),
                {"v": "x"},
            )
        )
    assert "ix_participant_visit_person" in plan


def test_a_person_removed_from_the_directory_is_found_and_restored(services: Services) -> None:
    from samordnare_desktop.services.participants import HiddenPersonError

    m, first, follow = _visits(services)
    svc = services.participants
    anna = svc.add(first.id, ANNA)
    svc.delete_person(anna.person_id)
    assert svc.directory(m.id) == []
    again = PersonInput("anna berg", Cat.MANAGER, organisation="Socialförvaltningen")
    with pytest.raises(HiddenPersonError) as caught:
        svc.add(follow.id, again)
    assert caught.value.matches[0].id == anna.person_id
    assert caught.value.message == (
        "Anna Berg, Socialförvaltningen fanns tidigare i registret – återställa?"
    )
    row = svc.add(follow.id, None, person_id=anna.person_id, restore_person=True)
    assert row.person_id == anna.person_id and row.email == "Anna.Berg@mjolby.se"
    assert [p.id for p in svc.directory(m.id)] == [anna.person_id]  # one entry, not two
    # the other answer: a different person with the same name gets a new entry
    svc.delete_person(anna.person_id)
    other = svc.add(first.id, again, new_despite_hidden=True)
    assert other.person_id != anna.person_id
    # a walk-in who was removed from the directory comes back rather than twice
    bo = svc.add(first.id, PersonInput("Bo Ek", organisation="Polisen"))
    svc.delete_person(bo.person_id)
    walk_in = svc.add_walk_in(follow.id, "Bo Ek, Polisen")
    assert walk_in.person_id == bo.person_id and walk_in.attended


def test_person_and_participant_rows_describe_the_person_alike() -> None:
    import uuid

    from samordnare_desktop.services.participants import ParticipantRow, PersonRow

    def rows(category: Cat, name: str, party: str) -> tuple[PersonRow, ParticipantRow]:
        i = uuid.uuid4()
        person = PersonRow(i, 1, i, category, name, "", "", party, "", "", "", 2)
        participant = ParticipantRow(i, 1, i, person, False, False, False, False, "", "", False)
        return person, participant

    for row in rows(Cat.CHILD, "", ""):
        assert row.is_child and row.anonymous and row.party_label == ""
    for row in rows(Cat.POLITICIAN, "Anna Berg", "S"):
        assert not row.is_child and not row.anonymous and row.party_label == "(S)"
        assert row.display_name == "Anna Berg"


def test_a_participant_row_holds_its_person_row(services: Services) -> None:
    """Issue #12: a participant row holds the person's directory row (the same PersonRow the
    directory gives) and repeats none of its fields; they read through (``row.name``)."""
    from dataclasses import fields

    from samordnare_desktop.services.participants import ParticipantRow, PersonRow

    own = {f.name for f in fields(ParticipantRow)}
    person_only = {f.name for f in fields(PersonRow)} - {
        "id",
        "version",
        "organisation_id",  # the participation's: where the person came from to this meeting
        "organisation_name",
    }
    assert "person" in own and not own & person_only
    _m, first, _ = _visits(services)
    svc = services.participants
    added = svc.add(first.id, ANNA, ParticipationInput(confirmed=True))
    (listed,) = svc.list_for_visit(first.id)
    for row in (added, listed, svc.get(added.id)):
        assert isinstance(row.person, PersonRow)
        assert row.person == svc.person(row.person_id)
        assert (row.name, row.email, row.category) == (
            "Anna Berg",
            "Anna.Berg@mjolby.se",
            Cat.MANAGER,
        )
        assert row.person_version == row.person.version and row.confirmed
        assert row.as_person_input() == row.person.as_input()
    with pytest.raises(AttributeError):
        _ = listed.no_such_field
