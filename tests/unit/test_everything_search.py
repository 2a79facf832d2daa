"""One search for everything (issue #18 part 7): people, organisations, meetings, findings, plans
and notes at once, grouped, folded ("dukic" finds Đukić, "ohman" does not find Öhman), a few hits
per group with the count of all, deleted rows left out."""

from __future__ import annotations

from datetime import date

import pytest

from samordnare_desktop.domain.finding import FindingInput, FindingKind
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput
from samordnare_desktop.services.contacts import ContactInput
from samordnare_desktop.services.everything import ResultKind, Target
from samordnare_desktop.services.participants import PersonInput
from samordnare_desktop.services.registry import Services
from tests.factories import make_visit, municipality_id

pytestmark = pytest.mark.both_backends  # SQLite and the team's PostgreSQL server


def _titles(result, kind: ResultKind) -> list[str]:
    return [hit.title for group in result.groups if group.kind is kind for hit in group.hits]


def _kinds(result) -> list[ResultKind]:
    return [group.kind for group in result.groups]


def test_one_search_finds_every_kind_grouped_in_order(services: Services) -> None:
    visit = make_visit(services, notes="Vi pratade om Kvarnbackens familjehem.")
    services.participants.add(
        visit.id, PersonInput("Kvarn Svensson", title="Enhetschef", organisation="Mjölby kommun")
    )
    services.findings.add(
        FindingInput("Kvarnbacken har ett bra introduktionsprogram.", FindingKind.GOOD_EXAMPLE)
    )
    services.action_plans.create_plan_with(
        municipality_id(services),
        PlanInput(owner="Eva Ek"),
        [(AreaInput("Kompetens"), [ActionInput("Kvarnskolan bjuder in socialtjänsten")])],
    )
    services.municipalities.add_contact(
        municipality_id(services), ContactInput("Kvarnström Anna", title="Socialchef")
    )

    result = services.everything.search("kvarn")

    assert _kinds(result) == [
        ResultKind.PERSON,
        ResultKind.FINDING,
        ResultKind.PLAN,
        ResultKind.NOTE,
    ]
    assert _titles(result, ResultKind.PERSON) == ["Kvarn Svensson", "Kvarnström Anna"]
    assert _titles(result, ResultKind.FINDING) == ["Kvarnbacken har ett bra introduktionsprogram."]
    assert _titles(result, ResultKind.PLAN) == ["Kvarnskolan bjuder in socialtjänsten"]
    note = next(g for g in result.groups if g.kind is ResultKind.NOTE).hits[0]
    assert note.title == "Mjölby, 2026-03-04"
    assert "Kvarnbackens familjehem" in note.detail
    assert note.place.target is Target.VISIT and note.place.id == visit.id
    person = next(g for g in result.groups if g.kind is ResultKind.PERSON).hits[0]
    assert person.place.target is Target.PARTICIPANT and person.place.parent_id == visit.id


def test_meetings_and_organisations_by_name_place_and_kind(services: Services) -> None:
    visit = make_visit(services, kind=VisitKind.FOLLOW_UP, day=date(2026, 5, 6))
    result = services.everything.search("mjölby")
    assert _titles(result, ResultKind.ORGANISATION) == ["Mjölby"]
    assert _titles(result, ResultKind.MEETING) == ["Mjölby, 2026-05-06"]
    meeting = next(g for g in result.groups if g.kind is ResultKind.MEETING).hits[0]
    assert meeting.place.id == visit.id
    # every typed word must match (a prefix each), in any field
    assert _titles(services.everything.search("mjöl uppfölj"), ResultKind.MEETING) == [
        "Mjölby, 2026-05-06"
    ]
    assert services.everything.search("mjöl ingenting").groups == ()


def test_accents_fold_but_swedish_letters_stay(services: Services) -> None:
    visit = make_visit(services)
    services.participants.add(visit.id, PersonInput("Ana Đukić"))
    services.participants.add(visit.id, PersonInput("Per Öhman"))
    services.findings.add(FindingInput("Samtal med Đukić om placeringar."))
    services.municipalities.add_contact(municipality_id(services), ContactInput("Zoran Đukić"))

    found = services.everything.search("dukic")
    assert _titles(found, ResultKind.PERSON) == ["Ana Đukić", "Zoran Đukić"]
    assert _titles(found, ResultKind.FINDING) == ["Samtal med Đukić om placeringar."]
    assert _titles(services.everything.search("öhman"), ResultKind.PERSON) == ["Per Öhman"]
    assert services.everything.search("ohman").groups == ()


def test_a_group_shows_a_few_and_counts_all(services: Services) -> None:
    services.findings.add_many(FindingInput(f"Skolsamverkan nummer {n}.") for n in range(12))
    visit = make_visit(services)
    for n in range(11):
        services.participants.add(visit.id, PersonInput(f"Skolkurator {n:02d}"))
    result = services.everything.search("skol", limit=5)
    groups = {g.kind: g for g in result.groups}
    assert len(groups[ResultKind.FINDING].hits) == 5
    assert groups[ResultKind.FINDING].total == 12
    assert len(groups[ResultKind.PERSON].hits) == 5
    assert groups[ResultKind.PERSON].total == 11
    # the newest finding first
    assert groups[ResultKind.FINDING].hits[0].title == "Skolsamverkan nummer 11."


def test_deleted_rows_are_left_out(services: Services) -> None:
    kept = make_visit(services, title="Kvarndagen", notes="Kvarnmöte")
    gone = make_visit(services, day=date(2026, 4, 1), title="Kvarnträffen", notes="Kvarnanteckning")
    participant = services.participants.add(kept.id, PersonInput("Kvarn Person"))
    finding = services.findings.add(FindingInput("Kvarnfyndet"))
    services.visits.delete(gone.id)
    services.participants.remove(participant.id)
    services.findings.delete(finding.id)

    result = services.everything.search("kvarn")
    assert _titles(result, ResultKind.MEETING) == ["Mjölby, 2026-03-04"]
    assert _titles(result, ResultKind.NOTE) == ["Mjölby, 2026-03-04"]
    assert ResultKind.FINDING not in _kinds(result)
    # the person stays in the register, no longer at the meeting: opens the register
    people = [h for g in result.groups if g.kind is ResultKind.PERSON for h in g.hits]
    assert [h.place.target for h in people] == [Target.PERSON]


def test_nothing_typed_finds_nothing(services: Services) -> None:
    make_visit(services)
    assert services.everything.search("").groups == ()
    assert services.everything.search(" ,;- ").groups == ()


def test_the_index_is_read_once_and_a_stale_one_never_shows_a_deleted_row(
    services: Services,
) -> None:
    search = services.everything
    kept = make_visit(services, title="Kvarndagen")
    gone = make_visit(services, day=date(2026, 4, 1), title="Kvarnträffen")
    assert len(search.search("kvarn").hits) == 2
    assert search.fresh
    services.visits.delete(gone.id)  # no change notice: the index still holds the meeting
    result = search.search("kvarn", wait=False)
    assert [h.place.id for h in result.hits] == [kept.id]
    make_visit(services, day=date(2026, 5, 1), title="Kvarnkvällen")
    assert len(search.search("kvarn").hits) == 1  # not read again yet
    search.forget()  # what the window does on every change notice
    assert not search.fresh
    assert len(search.search("kvarn").hits) == 2


def test_without_the_index_people_and_findings_still_answer(services: Services) -> None:
    visit = make_visit(services, title="Kvarndagen")
    services.participants.add(visit.id, PersonInput("Kvarn Person"))
    result = services.everything.search("kvarn", wait=False)  # the window, before it is read
    assert result.partial
    assert _kinds(result) == [ResultKind.PERSON]
    every_keystroke = [len(services.everything.search("kvarndagen"[:n]).hits) for n in (1, 5, 10)]
    assert every_keystroke[-1] == 1 and min(every_keystroke) >= 1


def test_minutes_are_notes_that_open_their_meeting(services: Services) -> None:
    from datetime import time

    from samordnare_desktop.domain.minutes import ActionInput as MinutesAction
    from samordnare_desktop.domain.minutes import MinutesInput
    from samordnare_desktop.services.agendas import AgendaItemInput

    visit = make_visit(services, start_time=time(9, 0), end_time=time(12, 0))
    item = services.agendas.add_item(visit.id, AgendaItemInput("Barnens röst", 60))
    services.minutes.save_item(
        item.id,
        MinutesInput(
            notes="Samtal om Kvarnbackens skola.",
            decisions="Kommunen tar fram en plan.",
            actions=(MinutesAction("Skicka kvarnrapporten", "Anna Berg", "2026-04-01"),),
        ),
        expected_version=0,
    )
    for typed in ("kvarnbackens", "kvarnrapporten", "tar fram plan"):
        result = services.everything.search(typed)
        notes = [h for g in result.groups if g.kind is ResultKind.NOTE for h in g.hits]
        assert [h.title for h in notes] == ["Mjölby, 2026-03-04 · Barnens röst"], typed
        assert notes[0].place.target is Target.VISIT and notes[0].place.id == visit.id
        services.everything.forget()


def test_agenda_descriptions_are_notes_that_open_their_meeting(services: Services) -> None:
    from datetime import time

    from samordnare_desktop.services.agendas import AgendaItemInput

    visit = make_visit(services, start_time=time(9, 0), end_time=time(12, 0))
    services.agendas.add_item(
        visit.id, AgendaItemInput("Barnens röst", 60, description="Om Kvarnbackens elevråd.")
    )
    result = services.everything.search("kvarnbackens elevråd")
    notes = [h for g in result.groups if g.kind is ResultKind.NOTE for h in g.hits]
    assert [h.title for h in notes] == ["Mjölby, 2026-03-04 · Barnens röst"]
    assert notes[0].place.target is Target.VISIT and notes[0].place.id == visit.id
    assert "Kvarnbackens elevråd" in notes[0].detail


def test_follow_up_texts_are_notes_that_open_their_plan(services: Services) -> None:
    from samordnare_desktop.domain.action_plan import PlanStatus
    from samordnare_desktop.i18n import translate

    follow_up_word = translate("SearchKind", "Follow-up of the action plan")
    assert follow_up_word in ("Follow-up of the action plan", "Uppföljning av handlingsplanen")
    mjolby = municipality_id(services, "0586")
    plans = services.action_plans
    plan = plans.create_plan(mjolby, PlanInput(PlanStatus.AGREED, date(2026, 3, 1), "Eva Ek"))
    area = plans.add_area(plan.id, AreaInput("Samverkan med skola"))
    action = plans.add_action(area.id, ActionInput("Gemensam rutin"))
    follow_up = services.follow_ups.start_follow_up(plan.id, held_on=date(2026, 10, 1))
    services.follow_ups.record_summary(follow_up.id, "Kommunen har kommit långt med Tallbacken.")
    services.follow_ups.record_area(follow_up.id, area.id, None, "Skolsamverkan i Rosenlund.")
    services.follow_ups.record_action(follow_up.id, action.id, None, "Rutinen prövas i Ekbacka.")
    for typed in ("tallbacken", "rosenlund", "ekbacka"):
        services.everything.forget()
        result = services.everything.search(typed)
        notes = [h for g in result.groups if g.kind is ResultKind.NOTE for h in g.hits]
        assert [h.title for h in notes] == [f"{follow_up_word}: Mjölby"], typed
        assert notes[0].place.target is Target.PLAN and notes[0].place.id == plan.id
    services.follow_ups.delete_follow_up(follow_up.id)
    services.everything.forget()
    assert not services.everything.search("tallbacken").groups
