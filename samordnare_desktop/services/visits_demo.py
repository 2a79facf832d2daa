"""Demo step: first visits and follow-ups for the 50 programme municipalities, 2025-2026.

Dates are weekdays outside holidays and July, never two visits on one day; statuses follow the
fixed reference date (before it: held, after it: planned or confirmed). People are fictitious.
"""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.domain.visit_rules import is_free_day
from samordnare_desktop.services.demo import PROGRAMME_CODES
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitFilter, VisitInput

REFERENCE_DAY = date(2026, 11, 25)
MJOLBY_FIRST_VISIT = date(2026, 3, 4)  # the agenda example uses it
FIRST_START = date(2025, 2, 3)
LAST_DAY = date(2026, 12, 18)

VENUES = ("Kommunhuset", "Stadshuset", "Socialförvaltningen", "Medborgarhuset", "Kulturhuset")
STREETS = ("Storgatan", "Drottninggatan", "Kyrkogatan", "Järnvägsgatan", "Torggatan", "Ågatan")
ROOMS = (
    "sal Ljuset",
    "konferensrum Eken",
    "sammanträdesrum Björken",
    "lokal Ågården",
    "rum Utsikten",
)
FIRST_NAMES = ("Karin", "Johan", "Sara", "Erik", "Lena", "Mats", "Anna", "Per", "Maja", "Ali")
LAST_NAMES = ("Lund", "Holm", "Berg", "Ek", "Sjöberg", "Nyqvist", "Dahl", "Strand", "Falk")
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
    host,
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
            "press_contact_name": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
            "press_contact_phone": f"0{rng.randint(100, 999)}-{rng.randint(10, 99)} {rng.randint(100, 999)}",
            "press_contact_email": f"press@{slug}.example.se",
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


def build_visits(services: Services, rng: random.Random) -> str:
    """First visits for all 50 programme municipalities, follow-ups for those visited early."""
    municipalities = {row.code: row for row in services.municipalities.list()}
    existing = services.visits.list(VisitFilter())
    used: set[date] = set()  # the plan depends on the seed only, so a rerun finds it all done
    have = {(r.municipality_id, r.kind) for r in existing}
    codes = [c for c in PROGRAMME_CODES if c in municipalities]
    rng.shuffle(codes)
    step = (date(2026, 10, 30) - FIRST_START).days / max(len(codes), 1)
    added = 0
    for number, code in enumerate(codes):
        row = municipalities[code]
        details = services.municipalities.details(row.id)
        host = details.contacts[0].id if details.contacts else None
        if code == "0586":
            first_day = MJOLBY_FIRST_VISIT
        else:
            first_day = _free_day(
                FIRST_START + timedelta(days=int(number * step) + rng.randint(0, 6)), used
            )
        used.add(first_day)
        # build every visit (same rng draws on every run), create only what is missing
        first = _visit(services, rng, row.id, row.name, VisitKind.FIRST, first_day, host)
        if (row.id, VisitKind.FIRST) not in have:
            services.visits.create(first)
            added += 1
        follow_day = _free_day(first_day + timedelta(days=rng.randint(240, 330)), used)
        if follow_day <= LAST_DAY:
            used.add(follow_day)
            follow = _visit(services, rng, row.id, row.name, VisitKind.FOLLOW_UP, follow_day, host)
            if (row.id, VisitKind.FOLLOW_UP) not in have:
                services.visits.create(follow)
                added += 1
    return f"visits: {added} added"
