"""Demo step: first visits and follow-ups for the 50 programme municipalities, 2025-2027,
and each municipality's contacts (socialchef, enhetschef, kommunikatör).

Dates are weekdays outside holidays, July and the Christmas break, never two visits on one day;
statuses follow the fixed reference date (before it: held, after it: planned or confirmed).
Follow-ups not held by then fall between December and April. People are fictitious.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, time, timedelta

from samordnare_desktop.demo.programme import PROGRAMME_CODES
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.domain.visit_rules import is_free_day
from samordnare_desktop.services.municipalities import ContactInput, ContactRow
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitFilter, VisitInput

REFERENCE_DAY = date(2026, 11, 25)
MJOLBY_FIRST_VISIT = date(2026, 3, 4)  # the agenda example uses it
FIRST_START = date(2025, 2, 3)
FOLLOW_UP_WINDOW = (date(2026, 12, 1), date(2027, 4, 30))  # follow-ups not held yet
CHRISTMAS_BREAK = (date(2026, 12, 21), date(2027, 1, 6))

HOST_TITLE = "Socialchef"
PRESS_TITLE = "Kommunikatör"
CONTACT_ROLES = (
    (HOST_TITLE, "Socialförvaltningen"),
    ("Enhetschef barn och unga", "Individ- och familjeomsorgen"),
    (PRESS_TITLE, "Kommunikationsavdelningen"),
)
CONTACT_FIRST_NAMES = (
    "Annika",
    "Björn",
    "Cecilia",
    "David",
    "Elin",
    "Fredrik",
    "Gunilla",
    "Hanna",
    "Jonas",
    "Katarina",
    "Linnea",
    "Magnus",
    "Nadia",
    "Oskar",
    "Petra",
    "Reza",
    "Sofia",
    "Tobias",
    "Ulrika",
    "Yasmin",
)
CONTACT_LAST_NAMES = (
    "Andersson",
    "Bergström",
    "Eriksson",
    "Forsberg",
    "Gustafsson",
    "Hedlund",
    "Johansson",
    "Karlsson",
    "Lindqvist",
    "Magnusson",
    "Nilsson",
    "Olofsson",
    "Persson",
    "Sandberg",
    "Wallin",
    "Åberg",
)

VENUES = ("Kommunhuset", "Stadshuset", "Socialförvaltningen", "Medborgarhuset", "Kulturhuset")
STREETS = ("Storgatan", "Drottninggatan", "Kyrkogatan", "Järnvägsgatan", "Torggatan", "Ågatan")
ROOMS = (
    "sal Ljuset",
    "konferensrum Eken",
    "sammanträdesrum Björken",
    "lokal Ågården",
    "rum Utsikten",
)
HELD_NOTES = (
    "Minnesanteckningar: genomgång av nuläget i barn- och ungdomsvården, samtal med "
    "socialsekreterare och chefer. Kommunen tar fram en handlingsplan till uppföljningen.",
    "Minnesanteckningar: stort fokus på introduktion av nyanställda och handledning. "
    "Politiken deltog vid lunch. Uppföljning om ett år.",
    "Minnesanteckningar: barnets perspektiv i utredningar diskuterades med exempel. "
    "Personalomsättningen har minskat sedan förra året.",
)


def _slug(name: str) -> str:
    table = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", " ": "", "-": ""})
    return name.casefold().translate(table)


def _free_day(start: date, used: set[date]) -> date:
    """The first weekday from ``start`` that is no holiday, not in July and not taken."""
    day = start
    while day.month == 7 or day in used or is_free_day(day):
        day += timedelta(days=1)
    return day


def _status(day: date, rng: random.Random) -> VisitStatus:
    if day < REFERENCE_DAY:
        return VisitStatus.HELD
    if day - REFERENCE_DAY <= timedelta(days=45):
        return VisitStatus.CONFIRMED
    return rng.choice((VisitStatus.PLANNED, VisitStatus.CONFIRMED))


def _visit(
    services: Services,
    rng: random.Random,
    municipality_id,
    name: str,
    kind: VisitKind,
    day: date,
    host: uuid.UUID | None,
    press_contact: ContactRow | None,
) -> VisitInput:
    start = rng.choice((time(9, 0), time(9, 30), time(10, 0)))
    hours = 6 if kind is VisitKind.FIRST else rng.choice((3, 4))
    end = time(start.hour + hours, start.minute)
    status = _status(day, rng)
    venue = rng.choice(VENUES)
    press = rng.random() < 0.35
    slug = _slug(name)
    press_fields: dict[str, object] = {}
    if press:
        press_fields = {
            "has_press_meeting": True,
            "press_start": end,
            "press_end": time(end.hour, end.minute + 30)
            if end.minute == 0
            else time(end.hour + 1, 0),
            "press_place": f"{venue}, entréhallen",
            "press_contact_name": press_contact.name if press_contact else "",
            "press_contact_phone": press_contact.phone if press_contact else "",
            "press_contact_email": press_contact.email
            if press_contact
            else f"press@{slug}.example.se",
        }
    return VisitInput(
        municipality_id=municipality_id,
        kind=kind,
        day=day,
        start_time=start,
        end_time=end,
        status=status,
        venue_name=venue,
        venue_address=f"{rng.choice(STREETS)} {rng.randint(1, 40)}, {name}",
        venue_room=rng.choice(ROOMS),
        host_contact_id=host,
        notes=rng.choice(HELD_NOTES) if status is VisitStatus.HELD else "",
        **press_fields,
    )


def _contact_inputs(code: str, name: str) -> list[ContactInput]:
    """The municipality's fictitious socialchef, enhetschef and kommunikatör (fixed per code).
    Phone numbers are from the 070-174 06 xx series Sweden reserves for fiction."""
    rng = random.Random(f"contacts:{code}")
    slug = _slug(name)
    people: list[ContactInput] = []
    taken: set[str] = set()
    for title, organisation in CONTACT_ROLES:
        while True:
            first, last = rng.choice(CONTACT_FIRST_NAMES), rng.choice(CONTACT_LAST_NAMES)
            if f"{first} {last}" not in taken:
                break
        taken.add(f"{first} {last}")
        people.append(
            ContactInput(
                name=f"{first} {last}",
                title=title,
                organisation=organisation,
                phone=f"070-174 06 {rng.randint(5, 99):02d}",
                email=f"{_slug(first)}.{_slug(last)}@{slug}.example.se",
            )
        )
    return people


def _ensure_contacts(
    services: Services, municipality_id: uuid.UUID, code: str, name: str
) -> tuple[dict[str, ContactRow], int]:
    """Add the missing demo contacts; returns the contacts by title and how many were added."""
    details = services.municipalities.details(municipality_id)
    by_title = {c.title: c for c in details.contacts}
    added = 0
    for contact in _contact_inputs(code, name):
        if contact.title not in by_title:
            by_title[contact.title] = services.municipalities.add_contact(municipality_id, contact)
            added += 1
    return by_title, added


def _future_follow_up_days(count: int, used: set[date], rng: random.Random) -> list[date]:
    """``count`` free days spread over the coming follow-up season, in date order."""
    days = [
        FOLLOW_UP_WINDOW[0] + timedelta(days=n)
        for n in range((FOLLOW_UP_WINDOW[1] - FOLLOW_UP_WINDOW[0]).days + 1)
    ]
    days = [
        d
        for d in days
        if not is_free_day(d)
        and d not in used
        and not (CHRISTMAS_BREAK[0] <= d <= CHRISTMAS_BREAK[1])
    ]
    if count == 0:
        return []
    # denser at first (a handful within the coming month), sparser towards spring
    indexes: list[int] = []
    for number in range(count):
        share = ((number + rng.random() * 0.5) / count) ** 1.3
        wanted = int(share * len(days))
        indexes.append(max(wanted, indexes[-1] + 1) if indexes else wanted)
    return [days[i] for i in indexes]  # never two on one day (a longer list would fail here)


def build_visits(services: Services, rng: random.Random) -> str:
    """First visits for all 50 programme municipalities; a follow-up for each, held for those
    visited early and planned or confirmed (December to April) for the others. Each
    municipality gets a socialchef (the host), an enhetschef and a kommunikatör (press)."""
    municipalities = {row.code: row for row in services.municipalities.list()}
    existing = services.visits.list(VisitFilter())
    used: set[date] = set()  # the plan depends on the seed only, so a rerun finds it all done
    have = {(r.municipality_id, r.kind) for r in existing}
    codes = [c for c in PROGRAMME_CODES if c in municipalities]
    rng.shuffle(codes)
    step = (date(2026, 10, 30) - FIRST_START).days / max(len(codes), 1)
    first_days: dict[str, date] = {}
    for number, code in enumerate(codes):
        if code == "0586":
            first_days[code] = MJOLBY_FIRST_VISIT
        else:
            first_days[code] = _free_day(
                FIRST_START + timedelta(days=int(number * step) + rng.randint(0, 6)), used
            )
        used.add(first_days[code])
    follow_days: dict[str, date] = {}
    later: list[str] = []
    for code in codes:
        natural = _free_day(first_days[code] + timedelta(days=rng.randint(240, 330)), used)
        if natural < REFERENCE_DAY:
            follow_days[code] = natural
            used.add(natural)
        else:
            later.append(code)
    later.sort(key=lambda c: first_days[c])
    for code, day in zip(later, _future_follow_up_days(len(later), used, rng), strict=True):
        follow_days[code] = day
        used.add(day)

    added = contacts = 0
    for code in codes:
        row = municipalities[code]
        people, new_contacts = _ensure_contacts(services, row.id, code, row.name)
        contacts += new_contacts
        host = people.get(HOST_TITLE)
        press = people.get(PRESS_TITLE)
        # build every visit (same rng draws on every run), create only what is missing
        for kind, day in (
            (VisitKind.FIRST, first_days[code]),
            (VisitKind.FOLLOW_UP, follow_days[code]),
        ):
            data = _visit(
                services, rng, row.id, row.name, kind, day, host.id if host else None, press
            )
            if (row.id, kind) not in have:
                services.visits.create(data)
                added += 1
    return f"visits: {added} added, {contacts} contacts added"
