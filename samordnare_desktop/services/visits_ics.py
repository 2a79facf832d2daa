"""Visits as an iCalendar file (``.ics``) for Outlook or a phone calendar.

One VEVENT per visit in Europe/Stockholm local time (with its VTIMEZONE), a UID derived from
the visit id (so importing again updates instead of duplicating), the venue as location and
the press meeting and questions in the description.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from samordnare_desktop import __version__
from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.files import atomic_write_bytes
from samordnare_desktop.formatting import time_range
from samordnare_desktop.i18n import translate

if TYPE_CHECKING:  # rows come from services.visits, which imports this module to write them
    from samordnare_desktop.services.visits import VisitRow

STOCKHOLM = ZoneInfo("Europe/Stockholm")
UID_DOMAIN = "samordnare-desktop"

_ICS_STATUS = {
    VisitStatus.PLANNED: "TENTATIVE",
    VisitStatus.CONFIRMED: "CONFIRMED",
    VisitStatus.HELD: "CONFIRMED",
    VisitStatus.CANCELLED: "CANCELLED",
}


def uid_of(row: VisitRow) -> str:
    return f"visit-{row.id}@{UID_DOMAIN}"


def _event_name(row: VisitRow) -> str:
    if row.title:
        return row.title
    if row.kind is VisitKind.FIRST:
        return translate("visits_ics", "The first visit")
    if row.kind is VisitKind.FOLLOW_UP:
        return translate("visits_ics", "The follow-up visit")
    return row.kind.label()


def summary_of(row: VisitRow) -> str:
    """ "Första besöket – Mjölby" (the visit's title, or its kind, and the municipality)."""
    place = row.place_label
    return f"{_event_name(row)} \u2013 {place}" if place else _event_name(row)


def location_of(row: VisitRow) -> str:
    return ", ".join(p for p in (row.venue_name, row.venue_address, row.venue_room) if p)


def description_of(row: VisitRow, questions: Sequence[tuple[int, str]] = ()) -> str:
    lines = [
        f"{row.kind.label()} · {row.status.label()}",
    ]
    if row.municipality_code:
        lines.append(f"{row.municipality_code} {row.municipality_name}, {row.county_name}")
    others = [n for n in row.organisation_names if n != row.municipality_name]
    if others:
        lines.append(", ".join(others))
    if row.has_press_meeting:
        press = translate("visits_ics", "Press meeting")
        when = time_range(row.press_start, row.press_end)
        lines.append("")
        lines.append(
            f"{press} {when}".strip() + (f", {row.press_place}" if row.press_place else "")
        )
        contact = ", ".join(
            p
            for p in (row.press_contact_name, row.press_contact_phone, row.press_contact_email)
            if p
        )
        if contact:
            lines.append(
                translate("visits_ics", "Press contact: {contact}").format(contact=contact)
            )
    if questions:
        lines.append("")
        lines.append(translate("visits_ics", "Questions:"))
        for number, text in questions:
            lines.append(
                translate("visits_ics", "Question {number}: {text}").format(
                    number=number, text=text
                )
            )
    if row.notes:
        lines.append("")
        lines.append(row.notes)
    return "\n".join(lines)


def calendar_bytes(
    rows: Sequence[VisitRow],
    questions_of: Callable[[VisitRow], Sequence[tuple[int, str]]] | None = None,
) -> bytes:
    """The ``.ics`` text for ``rows``."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", f"-//Samordnare Desktop//{__version__}//SV")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", translate("visits_ics", "Visits"))
    stamp = utcnow().replace(tzinfo=ZoneInfo("UTC"))
    for row in rows:
        event = Event()
        event.add("uid", uid_of(row))
        event.add("dtstamp", stamp)
        event.add("summary", summary_of(row))
        if row.start_time is not None:
            start = datetime.combine(row.day, row.start_time, tzinfo=STOCKHOLM)
            end_time = row.end_time or (
                (datetime.combine(row.day, row.start_time) + timedelta(hours=1)).time()
            )
            end = datetime.combine(row.day, max(end_time, row.start_time), tzinfo=STOCKHOLM)
            if end_time <= row.start_time:
                end = datetime.combine(row.day, time(23, 59), tzinfo=STOCKHOLM)
            event.add("dtstart", start)
            event.add("dtend", end)
        else:  # no time yet: an all-day event
            event.add("dtstart", row.day)
            event.add("dtend", row.day + timedelta(days=1))
        location = location_of(row)
        if location:
            event.add("location", location)
        event.add("description", description_of(row, questions_of(row) if questions_of else ()))
        event.add("status", _ICS_STATUS[row.status])
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def export_ics(
    rows: Sequence[VisitRow],
    path: Path,
    questions_of: Callable[[VisitRow], Sequence[tuple[int, str]]] | None = None,
) -> int:
    """Write ``rows`` to ``path`` atomically; returns the number of events."""
    atomic_write_bytes(Path(path), calendar_bytes(rows, questions_of))
    return len(rows)
