"""Demo step: fictitious participants for every demo visit (15-40 each, every category).

Follow-up visits reuse the first visit's people (as the coordinator's "copy from first visit"
does) and add a few new faces; attendance is ticked for visits already held. Idempotent: a
visit that already has participants is left alone. All names are invented.
"""

from __future__ import annotations

import random
import unicodedata
import uuid
from datetime import date

from samordnare_desktop.domain.errors import NotFoundError
from samordnare_desktop.domain.participant import PARTIES
from samordnare_desktop.domain.participant import ParticipantCategory as Cat
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.participants import NewParticipant, ParticipationInput, PersonInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitRow

FIRST_NAMES = (
    "Anna",
    "Erik",
    "Maria",
    "Lars",
    "Karin",
    "Johan",
    "Sara",
    "Anders",
    "Emma",
    "Per",
    "Lena",
    "Mikael",
    "Sofia",
    "Magnus",
    "Elin",
    "Fredrik",
    "Ida",
    "Jonas",
    "Malin",
    "Henrik",
    "Åsa",
    "Björn",
    "Ulrika",
    "Örjan",
    "Linnéa",
    "Mohammed",
    "Fatima",
    "Amir",
    "Leila",
    "Łucja",
    "Şahin",
    "Nils",
    "Helena",
    "Tobias",
    "Camilla",
    "Ahmed",
    "Aida",
    "Goran",
    "Jelena",
    "Kerstin",
)
LAST_NAMES = (
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Pettersson",
    "Jonsson",
    "Lindberg",
    "Lindqvist",
    "Berg",
    "Holm",
    "Ek",
    "Lund",
    "Sjöberg",
    "Åberg",
    "Öhman",
    "Hussein",
    "Ali",
    "Đorđević",
    "Yılmaz",
    "Kowalska",
    "Nguyen",
    "Hassan",
    "Bergström",
    "Wallin",
    "Engström",
    "Sandberg",
)
CHILD_NAMES = ("Elsa", "Omar", "Alva", "Liam", "Noor", "Wilma", "Hugo", "Maja", "Adam", "Ebba")

# category -> (title, organisation, office) choices; {region} and {municipality} are filled in.
ROLES: dict[Cat, tuple[tuple[str, str, str], ...]] = {
    Cat.POLITICIAN: (
        ("Kommunstyrelsens ordförande", "Kommunstyrelsen", "Kommunalråd"),
        ("", "Socialnämnden", "Nämndens ordförande"),
        ("", "Barn- och utbildningsnämnden", "Nämndens ordförande"),
        ("", "Kommunstyrelsen", "Oppositionsråd"),
        ("Vice ordförande", "Socialnämnden", ""),
        ("", "Socialnämnden", "Ledamot"),
    ),
    Cat.MANAGER: (
        ("Socialchef", "Socialförvaltningen", ""),
        ("Förvaltningschef", "Barn- och utbildningsförvaltningen", ""),
        ("Enhetschef barn och unga", "Socialförvaltningen", ""),
        ("Kommundirektör", "Kommunledningsförvaltningen", ""),
        ("Verksamhetschef IFO", "Socialförvaltningen", ""),
    ),
    Cat.SOCIAL_STAFF: (
        ("Socialsekreterare", "Socialförvaltningen", ""),
        ("Familjebehandlare", "Socialförvaltningen", ""),
        ("Fältassistent", "Socialförvaltningen", ""),
        ("Socialsekreterare mottagning", "Individ- och familjeomsorgen", ""),
    ),
    Cat.SCHOOL_HEALTH: (
        ("Rektor", "Barn- och utbildningsförvaltningen", ""),
        ("Skolkurator", "Centrala elevhälsan", ""),
        ("Skolsköterska", "Centrala elevhälsan", ""),
        ("Elevhälsochef", "Barn- och utbildningsförvaltningen", ""),
    ),
    Cat.HEALTH_CARE: (
        ("Verksamhetschef", "Region {region} BUP", ""),
        ("Överläkare", "Region {region} BUP", ""),
        ("Psykolog", "Region {region} Ungdomsmottagningen", ""),
        ("Distriktssköterska", "Region {region} Vårdcentralen", ""),
    ),
    Cat.AUTHORITY: (
        ("Kommunpolis", "Polisen", ""),
        ("Områdespolis", "Polisen", ""),
        ("Handläggare", "Migrationsverket", ""),
        ("Samordnare", "Försäkringskassan", ""),
    ),
    Cat.ORGANISATION: (
        ("Verksamhetsledare", "Rädda Barnen", ""),
        ("Volontärsamordnare", "Röda Korset", ""),
        ("Regionchef", "BRIS", ""),
        ("Projektledare", "Maskrosbarn", ""),
    ),
    Cat.PARENT: (("Förälder", "", ""), ("Vårdnadshavare", "Föräldranätverket", "")),
    Cat.OWN_TEAM: (
        (
            "Nationell samordnare",
            "Nationella samordnaren för den sociala barn- och ungdomsvården",
            "",
        ),
        ("Utredare", "Nationella samordnaren för den sociala barn- och ungdomsvården", ""),
        ("Kommunikatör", "Nationella samordnaren för den sociala barn- och ungdomsvården", ""),
    ),
    Cat.OTHER: (("Fritidsledare", "Fritidsgården", ""), ("Tolk", "Tolkförmedlingen", "")),
}
EMAIL_DOMAINS = {
    "Polisen": "polisen.se",
    "Migrationsverket": "migrationsverket.se",
    "Försäkringskassan": "forsakringskassan.se",
    "Rädda Barnen": "rb.se",
    "Röda Korset": "redcross.se",
    "BRIS": "bris.se",
    "Maskrosbarn": "maskrosbarn.org",
    "Nationella samordnaren för den sociala barn- och ungdomsvården": "samordnaren.example.se",
}
_ASCII = str.maketrans({"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "ı": "i", "ø": "o", "æ": "ae"})


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_ASCII))
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch in "-")).lower()


def _region(county_name: str) -> str:
    base = county_name.removesuffix(" län")
    return base[:-1] if base.endswith("s") else base


def _phone(rng: random.Random) -> str:
    return (
        f"07{rng.randint(0, 9)}-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    )


def _adult(rng: random.Random, category: Cat, visit: VisitRow, used: set[str]) -> PersonInput:
    while True:
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        if name not in used:
            used.add(name)
            break
    title, organisation, office = rng.choice(ROLES[category])
    organisation = organisation.format(region=_region(visit.county_name))
    first, last = name.split(" ", 1)
    if organisation.startswith("Region"):
        domain = f"region{_ascii(_region(visit.county_name))}.se"
    else:
        domain = EMAIL_DOMAINS.get(organisation, f"{_ascii(visit.municipality_name)}.se")
    with_contact = category not in (Cat.PARENT, Cat.OTHER) or rng.random() < 0.3
    return PersonInput(
        name=name,
        category=category,
        title=title,
        organisation=organisation,
        party=rng.choice(PARTIES) if category is Cat.POLITICIAN else "",
        office=office,
        email=f"{_ascii(first)}.{_ascii(last)}@{domain}" if with_contact else "",
        phone=_phone(rng) if with_contact and rng.random() < 0.7 else "",
    )


def _new_people(
    rng: random.Random, visit: VisitRow, count: int, used: set[str]
) -> list[NewParticipant]:
    """``count`` people; the first eleven cover every category once."""
    weights = {
        Cat.POLITICIAN: 3, Cat.MANAGER: 3, Cat.SOCIAL_STAFF: 5, Cat.SCHOOL_HEALTH: 3,
        Cat.HEALTH_CARE: 2, Cat.AUTHORITY: 2, Cat.ORGANISATION: 2, Cat.CHILD: 2, Cat.PARENT: 1,
        Cat.OWN_TEAM: 1, Cat.OTHER: 1,
    }  # fmt: skip
    categories = list(Cat)[: min(count, len(Cat))]
    categories += rng.choices(list(weights), list(weights.values()), k=count - len(categories))
    entries = []
    for category in categories:
        if category is Cat.CHILD:
            named = rng.random() < 0.5
            entries.append(
                NewParticipant(
                    PersonInput(
                        rng.choice(CHILD_NAMES) if named else "",
                        Cat.CHILD,
                        organisation="Ungdomsrådet" if rng.random() < 0.5 else "",
                    ),
                    ParticipationInput(
                        consent_note=rng.choice(
                            (
                                "Vårdnadshavare har samtyckt skriftligt.",
                                "Samtycke muntligt via skolkurator; inga foton.",
                                "Över 15 år, eget samtycke.",
                            )
                        ),
                        name_on_lists=named and rng.random() < 0.3,
                    ),
                )
            )
        else:
            entries.append(NewParticipant(_adult(rng, category, visit, used)))
    return entries


def _with_status(
    rng: random.Random, entries: list[NewParticipant], visit: VisitRow, held: bool
) -> list[NewParticipant]:
    confirmed_share = 0.9 if held or visit.status is VisitStatus.CONFIRMED else 0.5
    result = []
    for entry in entries:
        confirmed = rng.random() < confirmed_share
        attended = held and ((confirmed and rng.random() < 0.9) or rng.random() < 0.1)
        notes = ""
        if rng.random() < 0.12:
            notes = rng.choice(
                (
                    "Kommer efter lunch.",
                    "Specialkost: vegetariskt.",
                    "Vill prata om placeringar utanför kommunen.",
                    "Ersätter ordinarie chef.",
                    "Behöver tolk (arabiska).",
                )
            )
        participation = ParticipationInput(
            invited=True,
            confirmed=confirmed,
            attended=attended,
            notes=notes,
            consent_note=entry.participation.consent_note,
            name_on_lists=entry.participation.name_on_lists,
        )
        result.append(NewParticipant(entry.person, participation, entry.person_id))
    return result


def build_participants(services: Services, rng: random.Random) -> str:
    """Participants for every demo visit that has none yet."""
    visits = [
        v
        for v in services.visits.list()
        if v.status is not VisitStatus.CANCELLED and v.municipality_id is not None
    ]  # meetings without a municipality get their people in organisations_demo
    if not visits:
        return "participants: no visits to fill (0 participants added)"
    svc = services.participants
    today = date.today()
    # First visits first, so follow-ups can reuse their people.
    visits.sort(key=lambda v: (v.kind is not VisitKind.FIRST, v.day, v.municipality_code))
    filled = added_total = 0
    used_names: dict[uuid.UUID, set[str]] = {}
    for visit in visits:
        if svc.counts_by_category(visit.id).total:
            continue  # already has participants: leave it as it is
        used = used_names.setdefault(
            visit.municipality_id,
            {p.name for p in svc.directory(visit.municipality_id, limit=None)},
        )
        held = visit.status is VisitStatus.HELD or visit.day < today
        entries: list[NewParticipant] = []
        if visit.kind is not VisitKind.FIRST:
            try:
                first_id = svc.first_visit_id(visit.id)
            except NotFoundError:
                first_id = None
            if first_id is not None:
                earlier = svc.list_for_visit(first_id)
                keep = [r for r in earlier if rng.random() < 0.8]
                entries = [
                    NewParticipant(
                        None,
                        ParticipationInput(
                            consent_note=r.consent_note, name_on_lists=r.name_on_lists
                        ),
                        person_id=r.person_id,
                    )
                    for r in keep
                ]
                extra = rng.randint(2, 6)
                entries += [
                    NewParticipant(_adult(rng, rng.choice(list(ROLES)), visit, used))
                    for _ in range(extra)
                ]
        if not entries:
            entries = _new_people(rng, visit, rng.randint(15, 40), used)
        while len(entries) < 15:
            entries.append(NewParticipant(_adult(rng, rng.choice(list(ROLES)), visit, used)))
        rng.shuffle(entries)
        result = svc.add_many(visit.id, _with_status(rng, entries, visit, held))
        if held and rng.random() < 0.5:
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            if f"{first} {last}" not in used:
                used.add(f"{first} {last}")
                svc.add_walk_in(visit.id, f"{first} {last}, Fritidsgården")
        filled += 1
        added_total += len(result.added)
    return f"participants: {added_total} participants on {filled} visits"
