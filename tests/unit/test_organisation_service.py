"""The organisation register, meetings tied to organisations, one directory of people across
organisations, and the people travelling with the coordinator counted apart."""

from __future__ import annotations

from datetime import date

import pytest

from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.domain.organisation import OrganisationKind as Kind
from samordnare_desktop.domain.participant import ParticipantCategory as Cat
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.organisations import OrganisationInput
from samordnare_desktop.services.participants import (
    DuplicatePersonError,
    NewParticipant,
    ParticipationInput,
    PersonInput,
)
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitFilter, VisitInput

pytestmark = pytest.mark.both_backends  # SQLite and the team's PostgreSQL server


def _org(services: Services, name: str, kind: Kind = Kind.INTEREST, **kw):
    return services.organisations.create(OrganisationInput(kind, name, **kw))


def _count(services: Services) -> int:
    return len(services.organisations.list(include_deleted=True))


def test_bad_organisations_are_refused_and_nothing_is_saved(services: Services) -> None:
    before = _count(services)
    with pytest.raises(ValidationError) as caught:
        _org(services, "   ")
    assert caught.value.field == "name"
    with pytest.raises(ValidationError) as caught:
        services.organisations.create(OrganisationInput(None, "Famna"))
    assert caught.value.field == "kind"
    with pytest.raises(ValidationError) as caught:
        _org(services, "Kommun X", Kind.MUNICIPALITY)
    assert caught.value.field == "kind"
    with pytest.raises(ValidationError) as caught:
        _org(services, "Fel", org_number="202100-5488")  # wrong check digit
    assert caught.value.field == "org_number"
    famna = _org(services, "Famna", org_number="2021005489")
    assert famna.org_number == "202100-5489"
    with pytest.raises(ValidationError) as caught:
        _org(services, "Famna igen", org_number="202100-5489")
    assert caught.value.field == "org_number" and "Famna" in caught.value.message
    assert _count(services) == before + 1
    # a deleted organisation's number can be used again; municipalities cannot be deleted
    services.organisations.delete(famna.id)
    _org(services, "Famna (ny)", org_number="202100-5489")
    sjobo = services.organisations.of_municipality(services.municipalities.by_code("1265").id)
    with pytest.raises(ValidationError):
        services.organisations.delete(sjobo.id)


def test_sis_home_belongs_to_sis_and_lists_filter_by_kind(services: Services) -> None:
    sis = _org(services, "Statens institutionsstyrelse", Kind.AGENCY, short_name="SiS")
    home = _org(services, "SiS ungdomshem Bärby", Kind.SIS_HOME, parent_id=sis.id)
    assert home.parent_name == "Statens institutionsstyrelse"
    assert [o.name for o in services.organisations.list(Kind.SIS_HOME)] == [home.name]
    assert services.organisations.find_by_name("sis").id == sis.id
    assert services.organisations.find_by_name("REGION SKÅNE").kind is Kind.REGION


def test_dialogue_meeting_without_a_municipality(services: Services) -> None:
    famna = _org(services, "Famna")
    kfs = _org(services, "KFS")
    skl = _org(services, "Sveriges Kommuner och Landsting", short_name="SKL")
    with pytest.raises(ValidationError):  # a first visit still needs its municipality
        services.visits.create(VisitInput(None, VisitKind.FIRST, date(2026, 4, 20)))
    meeting = services.visits.create(
        VisitInput(
            None,
            VisitKind.DIALOGUE,
            date(2026, 4, 20),
            title="Dialogmöte med nationella organisationer",
            organisation_ids=(skl.id, famna.id, kfs.id),
        )
    )
    assert meeting.municipality_id is None and meeting.municipality_name == ""
    assert set(meeting.organisation_names) == {"Famna", "KFS", "Sveriges Kommuner och Landsting"}
    assert meeting.place_label.startswith("3 ")  # "3 organisationer" fits a page header
    assert [v.id for v in services.visits.list(VisitFilter(organisation_id=kfs.id))] == [meeting.id]
    kinds = VisitFilter(kinds=frozenset({VisitKind.DIALOGUE}))
    assert [v.id for v in services.visits.list(kinds)] == [meeting.id]
    # edit keeps the organisations; one can be dropped
    edited = services.visits.update(
        meeting.id,
        VisitInput(**{**meeting.as_input().__dict__, "organisation_ids": (famna.id, kfs.id)}),
        expected_version=meeting.version,
    )
    assert set(edited.organisation_names) == {"Famna", "KFS"}
    assert services.visits.warnings_for_input(edited.as_input(), edited.id) is not None


def test_a_meeting_whose_organisations_are_all_deleted_is_refused(services: Services) -> None:
    famna = _org(services, "Famna")
    kfs = _org(services, "KFS")
    services.organisations.delete(famna.id)
    services.organisations.delete(kfs.id)
    before = len(services.visits.list())
    with pytest.raises(ValidationError) as caught:
        services.visits.create(
            VisitInput(
                None, VisitKind.DIALOGUE, date(2026, 4, 20), organisation_ids=(famna.id, kfs.id)
            )
        )
    assert caught.value.field == "organisation_ids"
    assert len(services.visits.list()) == before
    # a conference tied to no organisation at all is fine
    services.visits.create(VisitInput(None, VisitKind.CONFERENCE, date(2026, 5, 2)))


def test_a_municipal_visit_is_tied_to_its_municipality(services: Services) -> None:
    sjobo = services.municipalities.by_code("1265")
    region = services.organisations.find_by_name("Region Skåne")
    visit = services.visits.create(
        VisitInput(sjobo.id, VisitKind.FIRST, date(2026, 3, 4), organisation_ids=(region.id,))
    )
    assert visit.organisation_names == ("Sjöbo", "Region Skåne")
    assert visit.other_organisation_ids == (region.id,)
    assert [v.id for v in services.visits.list(VisitFilter(organisation_id=region.id))] == [
        visit.id
    ]


def test_one_person_across_meetings_and_organisations(services: Services) -> None:
    svc = services.participants
    sjobo = services.municipalities.by_code("1265")
    ystad = services.municipalities.by_code("1286")
    region = services.organisations.find_by_name("Region Skåne")
    first = services.visits.create(VisitInput(sjobo.id, VisitKind.FIRST, date(2026, 3, 4)))
    other = services.visits.create(VisitInput(ystad.id, VisitKind.FIRST, date(2026, 3, 11)))
    chief = PersonInput(
        "Lena Ek", Cat.HEALTH_CARE, title="Verksamhetschef BUP", organisation="Region Skåne, BUP"
    )
    row = svc.add(first.id, chief)
    assert row.organisation_id == region.id and row.affiliation == "Region Skåne, BUP"
    # at Ystad she is found again, not entered twice
    with pytest.raises(DuplicatePersonError) as caught:
        svc.add(other.id, chief)
    assert caught.value.matches[0].id == row.person_id
    svc.add(other.id, None, person_id=row.person_id)
    assert any(p.id == row.person_id for p in svc.directory(ystad.id, "lena"))
    # Sjöbo's own people are not offered at Ystad
    own = svc.add(first.id, PersonInput("Per Holm", Cat.MANAGER, organisation="IFO"))
    assert own.affiliation == "IFO"
    assert all(p.id != own.person_id for p in svc.directory(ystad.id, "per"))
    # the same e-mail is the same person, whatever organisation is typed
    svc.update(
        row.id,
        row.as_person_input().__class__(**{**row.as_person_input().__dict__, "email": "lena@x.se"}),
        row.as_participation_input(),
        expected_version=row.version,
    )
    dialogue = services.visits.create(VisitInput(None, VisitKind.DIALOGUE, date(2026, 4, 20)))
    with pytest.raises(DuplicatePersonError):
        svc.add(dialogue.id, PersonInput("L. Ek", email="LENA@x.se", organisation="IVO"))


def test_moving_to_another_organisation_keeps_the_history(services: Services) -> None:
    svc = services.participants
    sjobo = services.municipalities.by_code("1265")
    ivo = _org(services, "Inspektionen för vård och omsorg", Kind.AGENCY, short_name="IVO")
    held = services.visits.create(VisitInput(sjobo.id, VisitKind.FIRST, date(2025, 3, 4)))
    row = svc.add(held.id, PersonInput("Eva Lund", Cat.MANAGER, organisation="IFO"))
    person = svc.person(row.person_id)
    moved = svc.move_person(person.id, ivo.id, expected_version=person.version)
    assert moved.organisation_id == ivo.id and moved.organisation_name == ivo.name
    later = services.visits.create(VisitInput(None, VisitKind.DIALOGUE, date(2026, 4, 20)))
    svc.add(later.id, None, person_id=person.id)
    assert svc.history(person.id) == [(held.id, "Sjöbo"), (later.id, ivo.name)]
    assert svc.list_for_visit(held.id)[0].affiliation == "IFO"  # still Sjöbo's at that visit


def test_people_travelling_with_the_coordinator_are_counted_apart(services: Services) -> None:
    svc = services.participants
    m = services.municipalities.by_code("0586")
    visit = services.visits.create(VisitInput(m.id, VisitKind.FIRST, date(2026, 3, 4)))
    svc.add_many(
        visit.id,
        [
            NewParticipant(
                PersonInput("Anna Berg", Cat.MANAGER), ParticipationInput(attended=True)
            ),
            NewParticipant(PersonInput("Per Holm", Cat.POLITICIAN)),
            NewParticipant(
                PersonInput("Sekreterare Sara", Cat.OWN_TEAM, organisation="Socialdepartementet"),
                ParticipationInput(attended=True),
            ),
        ],
    )
    summary = svc.counts_by_category(visit.id)
    assert (summary.total, summary.attended) == (2, 1)
    assert (summary.travelling, summary.travelling_attended) == (1, 1)


def test_import_reads_an_organisation_column(services: Services, tmp_path) -> None:
    from samordnare_desktop.services.participant_documents import ImportAction

    svc = services.participants
    sjobo = services.municipalities.by_code("1265")
    region = services.organisations.find_by_name("Region Skåne")
    visit = services.visits.create(VisitInput(sjobo.id, VisitKind.FIRST, date(2026, 3, 4)))
    earlier = services.visits.create(VisitInput(sjobo.id, VisitKind.DIALOGUE, date(2026, 1, 4)))
    chief = svc.add(earlier.id, PersonInput("Lena Ek", organisation="Region Skåne, BUP"))
    path = tmp_path / "lista.csv"
    path.write_text(
        "Namn;Organisation\nLena Ek;Region Skåne, BUP\nPer Holm;IFO\nEva Lund;Region Skåne\n",
        encoding="utf-8",
    )
    plan = services.participant_documents.preview(visit.id, path)
    assert [r.action for r in plan.rows] == [
        ImportAction.UPDATE,
        ImportAction.ADD,
        ImportAction.ADD,
    ]
    assert [r.organisation for r in plan.rows][1:] == ["IFO", "Region Skåne"]
    services.participant_documents.apply(visit.id, path)
    rows = {r.name: r for r in svc.list_for_visit(visit.id)}
    assert rows["Lena Ek"].person_id == chief.person_id  # one person, not two
    assert (
        rows["Eva Lund"].organisation_id == region.id
        and rows["Eva Lund"].affiliation == "Region Skåne"
    )
    assert rows["Per Holm"].affiliation == "IFO"  # Sjöbo's own: the unit alone


def test_one_organisation_number_however_it_is_typed_and_no_restore_over_it(
    services: Services,
) -> None:
    """Found by an adversarial tester: full-width digits made a second "202100-5489", and
    restoring a deleted organisation brought back a number another one had taken meanwhile."""
    famna = _org(services, "Famna", org_number="202100-5489")
    for typed in ("２０２１００－５４８９", "202100 5489", "202100\u20135489", " 2021005489 "):
        with pytest.raises(ValidationError) as caught:
            _org(services, "Famna kopia", org_number=typed)
        assert caught.value.field == "org_number" and "Famna" in caught.value.message
    with pytest.raises(ValidationError):
        _org(services, "Fel", org_number="202100-548９x")
    wide = _org(services, "Bred", org_number="５５６０１６－０６８０")
    assert wide.org_number == "556016-0680"
    services.organisations.delete(famna.id)
    newer = _org(services, "Famna (ny)", org_number="2021005489")
    with pytest.raises(ValidationError) as caught:
        services.organisations.restore(famna.id)
    assert caught.value.field == "org_number" and "Famna (ny)" in caught.value.message
    assert services.organisations.get(famna.id).deleted
    services.organisations.delete(newer.id)
    services.organisations.restore(famna.id)
    assert not services.organisations.get(famna.id).deleted


def test_same_kind_name_and_parent_is_refused_also_on_restore(services: Services) -> None:
    kfs = _org(services, "KFS")
    with pytest.raises(ValidationError) as caught:
        _org(services, "  kfs ")
    assert caught.value.field == "name" and "KFS" in caught.value.message
    _org(services, "KFS", Kind.UNION)  # another kind: another organisation
    sis = _org(services, "Statens institutionsstyrelse", Kind.AGENCY, short_name="SiS")
    _org(services, "Ungdomshem Bärby", Kind.SIS_HOME, parent_id=sis.id)
    with pytest.raises(ValidationError):
        _org(services, "UNGDOMSHEM BÄRBY", Kind.SIS_HOME, parent_id=sis.id)
    other = _org(services, "KFS utland")
    with pytest.raises(ValidationError) as caught:  # renaming into a clash
        services.organisations.update(
            other.id, OrganisationInput(Kind.INTEREST, "KFS"), expected_version=other.version
        )
    assert caught.value.field == "name"
    services.organisations.delete(kfs.id)
    _org(services, "KFS")
    with pytest.raises(ValidationError) as caught:
        services.organisations.restore(kfs.id)
    assert caught.value.field == "name"


def test_parent_loops_and_sis_homes_outside_sis_are_refused(services: Services) -> None:
    a = _org(services, "Myndighet A", Kind.AGENCY)
    b = _org(services, "Myndighet B", Kind.AGENCY, parent_id=a.id)
    c = _org(services, "Myndighet C", Kind.AGENCY, parent_id=b.id)
    for member, parent in ((a, b), (a, c), (b, c)):
        with pytest.raises(ValidationError) as caught:
            services.organisations.update(
                member.id,
                OrganisationInput(Kind.AGENCY, member.name, parent_id=parent.id),
                expected_version=services.organisations.get(member.id).version,
            )
        assert caught.value.field == "parent_id"
    assert services.organisations.get(a.id).parent_id is None
    with pytest.raises(ValidationError) as caught:
        _org(services, "Ungdomshem utan SiS", Kind.SIS_HOME)
    assert caught.value.field == "parent_id" and "SiS" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        _org(services, "Ungdomshem under A", Kind.SIS_HOME, parent_id=a.id)
    assert caught.value.field == "parent_id" and "Myndighet A" in caught.value.message
    sis = _org(services, "Statens institutionsstyrelse", Kind.AGENCY)
    home = _org(services, "Ungdomshem Rebecka", Kind.SIS_HOME, parent_id=sis.id)
    assert home.parent_name == sis.name


def test_import_keeps_same_name_people_of_different_organisations_apart(
    services: Services, tmp_path
) -> None:
    """Found by an adversarial tester: two Anna Berg, of Famna and of KFS, became one person
    (the in-file duplicate check keyed on the name and unit but not the organisation)."""
    from samordnare_desktop.services.participant_documents import ImportAction

    famna = _org(services, "Famna")
    kfs = _org(services, "KFS")
    meeting = services.visits.create(
        VisitInput(None, VisitKind.DIALOGUE, date(2026, 4, 20), organisation_ids=(famna.id, kfs.id))
    )
    path = tmp_path / "lista.csv"
    path.write_text(
        "Namn;Organisation\nAnna Berg;Famna\nAnna Berg;KFS\nanna  berg;famna\n",
        encoding="utf-8",
    )
    plan = services.participant_documents.preview(meeting.id, path)
    assert [r.action for r in plan.rows] == [
        ImportAction.ADD,
        ImportAction.ADD,
        ImportAction.SKIP,  # the same Anna Berg of Famna as row 2
    ]
    assert "2" in plan.rows[2].detail
    services.participant_documents.apply(meeting.id, path)
    rows = services.participants.list_for_visit(meeting.id)
    assert sorted((r.name, r.organisation_id == famna.id) for r in rows) == [
        ("Anna Berg", False),
        ("Anna Berg", True),
    ]
    assert len({r.person_id for r in rows}) == 2


def test_a_meeting_keeps_its_tie_to_an_organisation_deleted_since(services: Services) -> None:
    """Found by an adversarial tester: a meeting whose only organisation was deleted later could
    not be saved again. The rule: the tie stays (shown as deleted), a new tie to a deleted
    organisation is refused with its name."""
    famna = _org(services, "Famna")
    kfs = _org(services, "KFS")
    meeting = services.visits.create(
        VisitInput(None, VisitKind.DIALOGUE, date(2026, 4, 20), organisation_ids=(famna.id,))
    )
    services.organisations.delete(famna.id)
    row = services.visits.get(meeting.id)
    assert row.organisation_ids == (famna.id,) and row.deleted_organisation_ids == {famna.id}
    edited = services.visits.update(
        meeting.id,
        VisitInput(**{**row.as_input().__dict__, "title": "Dialogmöte, flyttat"}),
        expected_version=row.version,
    )
    assert edited.title == "Dialogmöte, flyttat" and edited.organisation_ids == (famna.id,)
    services.organisations.delete(kfs.id)
    with pytest.raises(ValidationError) as caught:  # KFS was never tied: not anew
        services.visits.update(
            meeting.id,
            VisitInput(**{**edited.as_input().__dict__, "organisation_ids": (famna.id, kfs.id)}),
            expected_version=edited.version,
        )
    assert caught.value.field == "organisation_ids" and "KFS" in caught.value.message
    assert services.visits.get(meeting.id).organisation_ids == (famna.id,)
    sjobo = services.municipalities.by_code("1265")
    with pytest.raises(ValidationError) as caught:
        services.visits.create(
            VisitInput(sjobo.id, VisitKind.FIRST, date(2026, 5, 4), organisation_ids=(kfs.id,))
        )
    assert "KFS" in caught.value.message


def test_sis_with_homes_stays_sis_and_a_parent_with_parts_is_not_deleted(
    services: Services,
) -> None:
    sis = _org(services, "Statens institutionsstyrelse", Kind.AGENCY, short_name="SiS")
    home = _org(services, "Ungdomshem Bärby", Kind.SIS_HOME, parent_id=sis.id)
    with pytest.raises(ValidationError) as caught:
        services.organisations.update(
            sis.id, OrganisationInput(Kind.OTHER, sis.name, "SiS"), expected_version=sis.version
        )
    assert caught.value.field == "kind"
    with pytest.raises(ValidationError) as caught:
        services.organisations.update(
            sis.id, OrganisationInput(Kind.AGENCY, "Myndigheten X"), expected_version=sis.version
        )
    renamed = services.organisations.update(  # the short name alone still says SiS
        sis.id,
        OrganisationInput(Kind.AGENCY, "Statens institutionsstyrelse (huvudkontor)", "SiS"),
        expected_version=sis.version,
    )
    with pytest.raises(ValidationError) as caught:
        services.organisations.delete(sis.id)
    assert "Ungdomshem Bärby" in caught.value.message
    services.organisations.delete(home.id)
    services.organisations.delete(renamed.id)
