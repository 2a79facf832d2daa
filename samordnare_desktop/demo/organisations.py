"""Demo step: the organisations the coordinator's public record names, and meetings that are not
a municipal visit.

The organisations (names only; no organisation numbers, none verified here): those gathered for
the dialogue meeting of 20 April 2015 (Forum för Familjevård, Riksförbundet för förstärkt
familjehemsvård, Goda företagare för barn och unga, Vårdföretagarna Almega, Hela Människan, KFS,
Svenska Vård, Famna, with SKL), the ministry, SiS and Migrationsverket. The meetings, their
dates and every person in them are invented: a dialogue meeting with representatives of each
organisation, a meeting at the ministry, a visit to SiS, a seminar; Region Skåne's BUP chief at
two Skåne visits (one person in the directory), and the ministry's director-general travelling
with the coordinator. Idempotent: what exists is left alone.
"""

from __future__ import annotations

import random
from datetime import date, time

from samordnare_desktop.domain.organisation import OrganisationKind as Kind
from samordnare_desktop.domain.participant import ParticipantCategory as Cat
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.agendas import AgendaItemInput
from samordnare_desktop.services.organisations import OrganisationInput
from samordnare_desktop.services.participants import NewParticipant, ParticipationInput, PersonInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitFilter, VisitInput

ORGANISATIONS = (
    (Kind.INTEREST, "Forum för Familjevård", ""),
    (Kind.INTEREST, "Riksförbundet för förstärkt familjehemsvård", ""),
    (Kind.INTEREST, "Goda företagare för barn och unga", ""),
    (Kind.INTEREST, "Vårdföretagarna Almega", ""),
    (Kind.INTEREST, "Hela Människan", ""),
    (Kind.INTEREST, "KFS", ""),
    (Kind.INTEREST, "Svenska Vård", ""),
    (Kind.INTEREST, "Famna", ""),
    (Kind.INTEREST, "Sveriges Kommuner och Landsting", "SKL"),
    (Kind.MINISTRY, "Socialdepartementet", ""),
    (Kind.AGENCY, "Statens institutionsstyrelse", "SiS"),
    (Kind.AGENCY, "Migrationsverket", ""),
)

# Invented representatives: (organisation, name, title)
REPRESENTATIVES = (
    ("Forum för Familjevård", "Birgitta Ås", "Ordförande"),
    ("Riksförbundet för förstärkt familjehemsvård", "Göran Lindqvist", "Förbundssekreterare"),
    ("Goda företagare för barn och unga", "Nadia Haddad", "Verksamhetsutvecklare"),
    ("Vårdföretagarna Almega", "Johan Ek", "Branschansvarig"),
    ("Hela Människan", "Ingrid Öberg", "Generalsekreterare"),
    ("KFS", "Tomas Nyberg", "Förhandlingschef"),
    ("Svenska Vård", "Marie Strand", "Kvalitetschef"),
    ("Famna", "Peter Sjöholm", "Policyansvarig"),
    ("Famna", "Aisha Rahimi", "Utredare"),
    ("SKL", "Karin Wallin", "Sektionschef"),
)

DIALOGUE_TITLE = "Dialogmöte med nationella organisationer"
DIALOGUE_DAY = date(2026, 4, 20)


def build_organisations(services: Services, rng: random.Random) -> str:
    orgs = services.organisations
    added = 0
    ids = {}
    for kind, name, short in ORGANISATIONS:
        found = orgs.find_by_name(name)
        if found is None:
            found = orgs.create(OrganisationInput(kind, name, short_name=short))
            added += 1
        ids[name] = found.id
    meetings = _meetings(services, ids)
    return f"organisations: {added} added ({len(ORGANISATIONS)} in all), {meetings} meetings added"


def _meetings(services: Services, ids: dict) -> int:
    visits = services.visits
    existing = {(v.title, v.day) for v in visits.list(VisitFilter(date_from=date(2026, 1, 1)))}
    added = 0
    ministry = ids["Socialdepartementet"]
    sis = ids["Statens institutionsstyrelse"]
    if (DIALOGUE_TITLE, DIALOGUE_DAY) not in existing:
        national = [ids[name] for _kind, name, _short in ORGANISATIONS[:9]]
        meeting = visits.create(
            VisitInput(
                None,
                VisitKind.DIALOGUE,
                DIALOGUE_DAY,
                start_time=time(13, 0),
                end_time=time(16, 0),
                status=VisitStatus.CONFIRMED,
                title=DIALOGUE_TITLE,
                venue_name="Regeringskansliet",
                venue_room="Sammanträdesrum 3",
                organisation_ids=(*national, ministry),
            ),
            question_ids=(),
        )
        _dialogue_agenda(services, meeting.id)
        entries = [
            NewParticipant(PersonInput(name, Cat.ORGANISATION, title=title, organisation=org))
            for org, name, title in REPRESENTATIVES
        ]
        entries += [
            NewParticipant(
                PersonInput(
                    "Eva Sandberg",
                    Cat.OWN_TEAM,
                    title="Sekreterare",
                    organisation="Socialdepartementet",
                ),
                ParticipationInput(confirmed=True),
            ),
            NewParticipant(
                PersonInput(
                    "Olof Bergman",
                    Cat.OWN_TEAM,
                    title="Sakkunnig",
                    organisation="Socialdepartementet",
                ),
                ParticipationInput(confirmed=True),
            ),
        ]
        services.participants.add_many(meeting.id, entries)
        added += 1
    for title, kind, day, org_ids in (
        ("Avstämning med ministern", VisitKind.MINISTRY, date(2026, 5, 12), (ministry,)),
        ("Besök hos SiS huvudkontor", VisitKind.ORGANISATION_VISIT, date(2026, 6, 2), (sis,)),
        (
            "Seminarium om den sociala barn- och ungdomsvården",
            VisitKind.CONFERENCE,
            date(2026, 10, 8),
            (),
        ),
    ):
        if (title, day) not in existing:
            visits.create(VisitInput(None, kind, day, title=title, organisation_ids=org_ids))
            added += 1
    _region_and_ministry_at_visits(services, ids)
    return added


def _dialogue_agenda(services: Services, visit_id) -> None:
    agendas = services.agendas
    for title, minutes, kind, presenter, org in (
        ("Välkommen och presentation", 15, "session", "", ""),
        ("Samordnarens uppdrag och iakttagelser", 30, "session", "", ""),
        ("Organisationernas erfarenheter av familjehem och HVB", 60, "session", "", ""),
        ("Kaffe", 15, "break", "", ""),
        ("Kommunernas perspektiv", 30, "session", "Karin Wallin", "SKL"),
        ("Fortsatt dialog: nästa möte", 30, "session", "", ""),
    ):
        from samordnare_desktop.domain.agenda import AgendaItemKind

        agendas.add_item(
            visit_id,
            AgendaItemInput(
                title,
                minutes,
                time(13, 0) if title.startswith("Välkommen") else None,
                AgendaItemKind(kind),
                presenter_name=presenter,
                presenter_organisation=org,
            ),
        )


def _region_and_ministry_at_visits(services: Services, ids: dict) -> None:
    """Region Skåne's BUP chief at Sjöbo's and Ystad's first visits (one person), and the
    ministry's director-general travelling with the coordinator to Sjöbo."""
    first = {
        v.municipality_code: v
        for v in services.visits.list(VisitFilter(kinds=frozenset({VisitKind.FIRST})))
    }
    chief = PersonInput(
        "Helena Falk",
        Cat.HEALTH_CARE,
        title="Verksamhetschef",
        organisation="Region Skåne, BUP",
        email="helena.falk@example.org",
    )
    general = PersonInput(
        "Stefan Lindgren", Cat.OWN_TEAM, title="Generaldirektör", organisation="Socialdepartementet"
    )
    for code, people in (("1265", (chief, general)), ("1286", (chief,))):
        visit = first.get(code)
        if visit is None:
            continue
        listed = {p.name for p in services.participants.list_for_visit(visit.id)}
        todo = [NewParticipant(p) for p in people if p.name not in listed]
        if todo:
            services.participants.add_many(visit.id, todo)
        region = services.organisations.find_by_name("Region Skåne")
        if region is not None and region.id not in visit.organisation_ids:
            services.visits.update(
                visit.id,
                VisitInput(
                    **{
                        **visit.as_input().__dict__,
                        "organisation_ids": (*visit.other_organisation_ids, region.id),
                    }
                ),
                expected_version=visit.version,
            )
