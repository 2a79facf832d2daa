"""A visit's agenda read with plain SQL on a DB-API connection: the printable document, the
items with their flags, and the meeting a command names. One place for this SQL: the agenda
service reads through it on its session's connection (SQLite or the team's PostgreSQL server),
and ``export agenda`` on a connection of its own without a session (no ORM, no SQLAlchemy:
:mod:`samordnare_desktop.db.reading`), so the command line's export costs little more than
ReportLab (issue #15).

Imports no SQLAlchemy (a test holds it): the item rows and the pure agenda rules live here for
that reason, and ``services.agendas`` re-exports them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields, replace
from datetime import date, time
from typing import Any

from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.errors import NotFoundError
from samordnare_desktop.domain.kinds import AgendaItemKind, VisitKind
from samordnare_desktop.i18n import translate
from samordnare_desktop.pdf.documents import AgendaDocument, HostBlock, PressBlock

MINUTES_PER_DAY = 24 * 60
DEFAULT_DURATION = 30

FLAG_OVERLAP = "overlap"
FLAG_OUTSIDE = "outside"
FLAG_GAP = "gap"  # unplanned time between the previous item's end and this item's start


def to_minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def from_minutes(minutes: int) -> time:
    minutes = max(0, min(minutes, MINUTES_PER_DAY - 1))
    return time(minutes // 60, minutes % 60)


def end_minutes(start: time, duration: int) -> int:
    return to_minutes(start) + duration


# --- data the UI, the CLI and the PDF see ------------------------------------------------------
@dataclass(frozen=True)
class AgendaItemInput:
    """What the user types for an item; ``start_time=None`` means "after the previous item"."""

    title: str
    duration_minutes: int = DEFAULT_DURATION
    start_time: time | None = None
    kind: AgendaItemKind = AgendaItemKind.SESSION
    description: str = ""
    presenter_name: str = ""
    presenter_title: str = ""
    presenter_organisation: str = ""


@dataclass(frozen=True)
class AgendaItemRow:
    id: uuid.UUID
    version: int
    visit_id: uuid.UUID
    position: int
    start_time: time
    duration_minutes: int
    title: str
    description: str
    presenter_name: str
    presenter_title: str
    presenter_organisation: str
    kind: AgendaItemKind
    flags: tuple[str, ...] = ()

    @property
    def end_minutes(self) -> int:
        return end_minutes(self.start_time, self.duration_minutes)

    @property
    def end_time(self) -> time:
        return from_minutes(self.end_minutes)

    def as_input(self) -> AgendaItemInput:
        return AgendaItemInput(**_values(self, INPUT_FIELDS))

    def presenter(self, *, details: bool = True) -> str:
        """ "Anna Berg, socialchef, Mjölby kommun" (or just the name)."""
        parts = [self.presenter_name]
        if details:
            parts += [self.presenter_title, self.presenter_organisation]
        return ", ".join(p for p in parts if p)

    def flag_messages(self) -> list[str]:
        texts = {
            FLAG_OVERLAP: translate("agendas", "Overlaps another item."),
            FLAG_OUTSIDE: translate("agendas", "Outside the visit's hours."),
            FLAG_GAP: translate("agendas", "Unplanned time before this item."),
        }
        return [texts[f] for f in self.flags]


# --- the item's fields, in one place ---------------------------------------------------------------
# ``AgendaItemInput`` is the field list: a field added there (and as a column of ``AgendaItem`` and
# ``AgendaTemplateItem``, and in ``AgendaItemRow``) is copied by every step below by keyword:
# row <-> input, undo snapshots, template <-> agenda, and checked by ``validate_item``.
INPUT_FIELDS = tuple(f.name for f in fields(AgendaItemInput))


def _values(source: object, names: tuple[str, ...]) -> dict[str, object]:
    """``{name: source.name}``: one object's fields for another's constructor, by keyword."""
    return {name: getattr(source, name) for name in names}


def flags_for(
    items: list[AgendaItemRow],
    visit_start: time | None,
    visit_end: time | None,
    press: tuple[time, time | None] | None = None,
) -> list[tuple[str, ...]]:
    """Per item (same order): ``overlap`` if it overlaps any other item, ``outside`` if it starts
    before the visit starts or ends after it ends (or after midnight), ``gap`` if it starts after
    every earlier item has ended (unplanned time before it). A press-meeting item held
    at the visit's press meeting time (``press``: start, end) may lie outside the visit's hours:
    the press meeting often follows the visit."""
    spans = [(to_minutes(i.start_time), i.end_minutes) for i in items]
    result = []
    for index, (start, end) in enumerate(spans):
        found: list[str] = []
        if any(
            start < other_end and other_start < end
            for other, (other_start, other_end) in enumerate(spans)
            if other != index
        ):
            found.append(FLAG_OVERLAP)
        at_press_time = (
            press is not None
            and items[index].kind is AgendaItemKind.PRESS
            and start >= to_minutes(press[0])
            and end <= (to_minutes(press[1]) if press[1] else to_minutes(press[0]) + 60)
        )
        if end > MINUTES_PER_DAY or (
            not at_press_time
            and (
                (visit_start is not None and start < to_minutes(visit_start))
                or (visit_end is not None and end > to_minutes(visit_end))
            )
        ):
            found.append(FLAG_OUTSIDE)
        if index > 0 and not at_press_time and start > max(e for _s, e in spans[:index]):
            found.append(FLAG_GAP)
        result.append(tuple(found))
    return result


# --- reading ---------------------------------------------------------------------------------------
# Values as each driver gives them: SQLite (as SQLAlchemy stores them) ids as 32 hex digits,
# dates and times as ISO text, booleans as 0/1; PostgreSQL (psycopg) as Python objects.
def _is_server(conn: Any) -> bool:
    return type(conn).__module__.startswith("psycopg")


def _rows(conn: Any, sql: str, *params: object) -> list[tuple]:
    """``sql`` (``?`` placeholders, no literal ``?`` or ``%``) run with ``params`` (ids as
    ``uuid.UUID``, days as ``date``), bound as the driver and the stored values need."""
    if _is_server(conn):
        return list(conn.execute(sql.replace("?", "%s"), params).fetchall())
    bound = tuple(
        p.hex if isinstance(p, uuid.UUID) else p.isoformat() if isinstance(p, date) else p
        for p in params
    )
    return conn.execute(sql, bound).fetchall()


def _id(value: Any) -> uuid.UUID | None:
    return value if value is None or isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _time(value: Any) -> time | None:
    return value if value is None or isinstance(value, time) else time.fromisoformat(value)


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def _gone() -> NotFoundError:
    return NotFoundError(translate("visits", "The visit no longer exists."))


@dataclass(frozen=True)
class AgendaVisit:
    """What the agenda reads of its meeting (the live visit: a deleted one is gone)."""

    kind: VisitKind
    title: str
    day: date
    start_time: time | None
    end_time: time | None
    venue_name: str
    venue_room: str
    venue_address: str
    has_press_meeting: bool
    press_start: time | None
    press_end: time | None
    press_place: str
    press_contact_name: str
    press_contact_phone: str
    press_contact_email: str
    municipality_id: uuid.UUID | None
    municipality_name: str
    host_contact_id: uuid.UUID | None

    @property
    def press_times(self) -> tuple[time, time | None] | None:
        """The press meeting's start and end, when it has one (a press item may lie there)."""
        if self.has_press_meeting and self.press_start is not None:
            return self.press_start, self.press_end
        return None


_VISIT = """
SELECT v.kind, v.title, v.day, v.start_time, v.end_time, v.venue_name, v.venue_room,
       v.venue_address, v.has_press_meeting, v.press_start, v.press_end, v.press_place,
       v.press_contact_name, v.press_contact_phone, v.press_contact_email, v.municipality_id,
       COALESCE(m.name, ''), v.host_contact_id
FROM visit v LEFT OUTER JOIN municipality m ON v.municipality_id = m.id
WHERE v.id = ? AND v.deleted_at IS NULL
"""


def read_visit(conn: Any, visit_id: uuid.UUID) -> AgendaVisit:
    found = _rows(conn, _VISIT, visit_id)
    if not found:
        raise _gone()
    (kind, title, day, start, end, name, room, address, press, press_start, press_end,
     *press_text, municipality_id, municipality_name, host) = found[0]  # fmt: skip
    return AgendaVisit(
        VisitKind(kind),
        title,
        _day(day),
        _time(start),
        _time(end),
        name,
        room,
        address,
        bool(press),
        _time(press_start),
        _time(press_end),
        *press_text,
        municipality_id=_id(municipality_id),
        municipality_name=municipality_name,
        host_contact_id=_id(host),
    )


_ITEMS = """
SELECT id, version, visit_id, position, start_time, duration_minutes, title, description,
       presenter_name, presenter_title, presenter_organisation, kind
FROM agenda_item WHERE visit_id = ? AND deleted_at IS NULL
ORDER BY position, start_time, created_at
"""


def read_items(conn: Any, visit_id: uuid.UUID) -> list[AgendaItemRow]:
    """The visit's agenda in order, each item with its flags (``NotFoundError`` when the visit
    is gone)."""
    return _items_of(conn, read_visit(conn, visit_id), visit_id)


def _items_of(conn: Any, visit: AgendaVisit, visit_id: uuid.UUID) -> list[AgendaItemRow]:
    rows = [
        AgendaItemRow(
            _id(item_id),  # type: ignore[arg-type]
            version,
            _id(of_visit),  # type: ignore[arg-type]
            position,
            _time(start),  # type: ignore[arg-type]
            duration,
            *text,
            kind=AgendaItemKind(kind),
        )
        for item_id, version, of_visit, position, start, duration, *text, kind in _rows(
            conn, _ITEMS, visit_id
        )
    ]
    found = flags_for(rows, visit.start_time, visit.end_time, visit.press_times)
    return [replace(row, flags=flags) for row, flags in zip(rows, found, strict=True)]


@dataclass(frozen=True)
class _Contact:
    id: uuid.UUID
    name: str
    title: str
    organisation: str
    phone: str
    email: str


_CONTACTS = """
SELECT id, name, title, organisation, phone, email FROM contact
WHERE municipality_id = ? AND deleted_at IS NULL ORDER BY name
"""

_ORGANISATIONS = """
SELECT o.name FROM visit_organisation vo JOIN organisation o ON vo.organisation_id = o.id
WHERE vo.visit_id = ?
"""

_QUESTIONS = """
SELECT q.number, q.text FROM question q JOIN visit_question vq ON vq.question_id = q.id
WHERE vq.visit_id = ? ORDER BY q.number
"""


def _place_label(conn: Any, visit: AgendaVisit, visit_id: uuid.UUID) -> str:
    """The municipality, else the meeting's organisations (``VisitRow.place_label``)."""
    if visit.municipality_name:
        return visit.municipality_name
    names = sorted((name for (name,) in _rows(conn, _ORGANISATIONS, visit_id)), key=v.match_key)
    if len(names) <= 2:
        return ", ".join(names)
    return translate("visits", "{count} organisations").format(count=len(names))


def read_agenda_document(
    conn: Any, visit_id: uuid.UUID, *, printed_on: date | None = None
) -> AgendaDocument:
    """Everything the agenda PDF prints of the visit (``NotFoundError`` when it is gone)."""
    visit = read_visit(conn, visit_id)
    press = None
    if visit.has_press_meeting:
        press = PressBlock(
            visit.press_start,
            visit.press_end,
            visit.press_place,
            visit.press_contact_name,
            visit.press_contact_phone,
            visit.press_contact_email,
        )
    contacts = (  # a meeting without a municipality has no host among its contacts
        [_Contact(_id(c[0]), *c[1:]) for c in _rows(conn, _CONTACTS, visit.municipality_id)]  # type: ignore[arg-type]
        if visit.municipality_id is not None
        else []
    )
    host = next((c for c in contacts if c.id == visit.host_contact_id), None)
    items = tuple(
        _with_known_presenter(item, contacts, visit.municipality_name)
        for item in _items_of(conn, visit, visit_id)
    )
    return AgendaDocument(
        municipality_name=_place_label(conn, visit, visit_id),
        visit_title=visit.title or visit.kind.label(),
        day=visit.day,
        start_time=visit.start_time,
        end_time=visit.end_time,
        venue_name=visit.venue_name,
        venue_room=visit.venue_room,
        venue_address=visit.venue_address,
        items=items,
        press=press,
        printed_on=printed_on,
        questions=tuple((number, text) for number, text in _rows(conn, _QUESTIONS, visit_id)),
        host=HostBlock(host.name, host.title, host.phone, host.email) if host else None,
    )


# --- the meeting a command names -------------------------------------------------------------------
def visit_id_on(conn: Any, municipality_code: str, day: date) -> uuid.UUID:
    """The single live visit to a municipality on a day; a clear error if none or several."""
    found = _rows(
        conn,
        "SELECT v.id FROM visit v JOIN municipality m ON v.municipality_id = m.id "
        "WHERE m.code = ? AND v.day = ? AND v.deleted_at IS NULL",
        municipality_code.strip(),
        day,
    )
    if not found:
        raise NotFoundError(
            translate("visits", "No visit to municipality {code} on {day}.").format(
                code=municipality_code, day=day.isoformat()
            )
        )
    if len(found) > 1:
        raise NotFoundError(
            translate(
                "visits",
                "{count} visits to municipality {code} on {day}; cannot tell which one.",
            ).format(count=len(found), code=municipality_code, day=day.isoformat())
        )
    return _id(found[0][0])  # type: ignore[return-value]


def visit_id_by_text(conn: Any, text: str) -> uuid.UUID:
    """The live meeting whose id is ``text`` or starts with it (at least 8 hex digits, dashes
    optional); a clear error if none or several."""
    key = text.strip().lower().replace("-", "")
    if len(key) < 8 or any(c not in "0123456789abcdef" for c in key):
        raise NotFoundError(
            translate("visits", "Not a meeting id: {text}.").format(text=text.strip())
        )
    found = _rows(
        conn,
        "SELECT id FROM visit WHERE deleted_at IS NULL "
        "AND replace(lower(CAST(id AS VARCHAR)), '-', '') LIKE ?",
        f"{key}%",
    )
    if len(found) != 1:
        raise NotFoundError(
            translate("visits", "No meeting has the id {text}.").format(text=text.strip())
            if not found
            else translate("visits", "Several meetings have ids starting {text}.").format(
                text=text.strip()
            )
        )
    return _id(found[0][0])  # type: ignore[return-value]


def _with_known_presenter(
    item: AgendaItemRow, contacts: list[_Contact], municipality_name: str
) -> AgendaItemRow:
    """A presenter typed as a role ("Socialchef") becomes the municipality's contact with that
    title, with name and organisation (as a timetable names its speakers); a presenter with a
    name, or a role nobody holds, prints as typed."""
    role = item.presenter_name.strip()
    if not role or item.presenter_title or item.presenter_organisation:
        return item
    match = next((c for c in contacts if c.title.strip().casefold() == role.casefold()), None)
    if match is None:
        return item
    return replace(
        item,
        presenter_name=match.name,
        presenter_title=match.title,
        presenter_organisation=match.organisation
        or translate("agendas", "{municipality} municipality").format(
            municipality=municipality_name
        ),
    )
