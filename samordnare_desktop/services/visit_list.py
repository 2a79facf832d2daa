"""The Besök list's rows: what the list shows, sorts, filters, searches and warns about, and no
more (issue #15). The whole visit (its notes, host, first visit, press meeting) is read for the
one the form shows (``VisitService.get``), not for each of the 5,000 meetings at ten times the
programme: the list's first read selects 16 of the visit's 25 columns and makes rows of 18
fields instead of 29 (~15 ms less of the worker's read, some of it the notes' text)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, time
from typing import Any

from sqlalchemy import Select, func, select, type_coerce
from sqlalchemy.orm import Session

from samordnare_desktop.db.dialects import RawId
from samordnare_desktop.db.engine import Database
from samordnare_desktop.db.plain_rows import Typed, plain_day, plain_id, plain_rows, plain_time
from samordnare_desktop.db.stamps import table_stamps
from samordnare_desktop.domain.municipality import County, Municipality
from samordnare_desktop.domain.organisation import Organisation, VisitOrganisation
from samordnare_desktop.domain.visit import Visit, VisitKind, VisitStatus
from samordnare_desktop.domain.visit_rules import VisitWarning, all_warnings
from samordnare_desktop.i18n import language
from samordnare_desktop.services.municipalities import MunicipalityRow, MunicipalityService
from samordnare_desktop.services.organisations import OrganisationRow, OrganisationService
from samordnare_desktop.services.visits import (
    _KINDS,
    _LIST_ORDER,
    _ORGANISATIONS,
    _STATUSES,
    VisitRow,
    _organisation_lists,
    _ties,
    place_label,
)


@dataclass(frozen=True)
class VisitListRow:
    """A visit as the Besök list holds it: its fields are :class:`VisitRow`'s of the same
    names (the municipality's own organisation first among the organisations, as there)."""

    id: uuid.UUID
    version: int
    municipality_id: uuid.UUID | None
    municipality_code: str
    municipality_name: str
    county_name: str
    kind: VisitKind
    status: VisitStatus
    day: date
    start_time: time | None
    end_time: time | None
    title: str
    venue_name: str
    venue_address: str
    venue_room: str
    has_press_meeting: bool
    organisation_ids: tuple[uuid.UUID, ...] = ()
    organisation_names: tuple[str, ...] = ()

    @classmethod
    def of(cls, row: VisitRow) -> VisitListRow:
        """The list's row of a whole visit (a save's, a change notice's)."""
        return cls(**{name: getattr(row, name) for name in _FIELDS})

    @property
    def display_title(self) -> str:
        return self.title or self.kind.label()

    @property
    def place_label(self) -> str:
        return place_label(self.municipality_name, self.organisation_names)

    @property
    def organisations_label(self) -> str:
        return ", ".join(self.organisation_names)


_FIELDS = tuple(f.name for f in fields(VisitListRow))

# the columns of a VisitListRow, in its field order (its organisations read apart)
_COLUMNS = (
    type_coerce(Visit.id, RawId).label("visit_id"),
    Visit.version,
    type_coerce(Municipality.id, RawId).label("municipality_id"),
    func.coalesce(Municipality.code, ""),  # a meeting without a municipality has none
    func.coalesce(Municipality.name, ""),
    func.coalesce(County.name, ""),
    Visit.kind,
    Visit.status,
    Visit.day,
    Visit.start_time,
    Visit.end_time,
    Visit.title,
    Visit.venue_name,
    Visit.venue_address,
    Visit.venue_room,
    Visit.has_press_meeting,
)


def _query() -> Select:
    return (
        select(*_COLUMNS)
        .outerjoin(Municipality, Visit.municipality_id == Municipality.id)
        .outerjoin(County, Municipality.county_id == County.id)
        .where(Visit.deleted_at.is_(None))
        .order_by(*_LIST_ORDER)
    )


# compiled once per database kind, run as plain SQL, typed here (as services.visits._all_rows)
_SQL: dict[str, tuple[str, str]] = {}


def list_rows(s: Session) -> list[VisitListRow]:
    """Every live visit in the list's order (``services.visits.list_order``)."""
    conn = s.connection()
    sql = _SQL.get(conn.dialect.name)
    if sql is None:

        def compiled(statement: Select) -> str:
            options = {"literal_binds": True}
            return str(statement.compile(dialect=conn.dialect, compile_kwargs=options))

        sql = _SQL[conn.dialect.name] = (compiled(_query()), compiled(_ORGANISATIONS))
    results = plain_rows(conn, sql[0])
    known = Typed(plain_id)
    return _listed(results, known, _organisation_lists(plain_rows(conn, sql[1]), known))


_new = object.__new__
_set = object.__setattr__


def _listed(results: Sequence[Sequence], ids: Typed, orgs: dict) -> list[VisitListRow]:
    """Rows of ``_COLUMNS`` as the driver gives them, typed as SQLAlchemy would type them
    (services.visits._listed: SQLite's text and 0/1, psycopg's own types), each row's fields
    one dict made at once."""
    kinds, statuses, none = _KINDS, _STATUSES, ()
    days = Typed(plain_day)
    times = Typed(plain_time)
    found = []
    for r in results:
        visit_id = r[0]
        municipality = ids[r[2]]
        ties = orgs.get(visit_id, none)
        if len(ties) == 1:  # the usual meeting: nothing to put in order
            org_ids, org_names = (ties[0][0],), (ties[0][1],)
        elif ties:
            org_ids, org_names = _ties(ties, municipality)[:2]
        else:
            org_ids = org_names = none
        row = _new(VisitListRow)
        _set(
            row,
            "__dict__",
            {
                "id": plain_id(visit_id),
                "version": r[1],
                "municipality_id": municipality,
                "municipality_code": r[3],
                "municipality_name": r[4],
                "county_name": r[5],
                "kind": kinds[r[6]],
                "status": statuses[r[7]],
                "day": days[r[8]],
                "start_time": times[r[9]],
                "end_time": times[r[10]],
                "title": r[11],
                "venue_name": r[12],
                "venue_address": r[13],
                "venue_room": r[14],
                "has_press_meeting": bool(r[15]),
                "organisation_ids": org_ids,
                "organisation_names": org_names,
            },
        )
        found.append(row)
    return found


# the tables a list row is read from: while none of them changed, rows read before are current
_STAMPED = (Visit, Municipality, County, VisitOrganisation, Organisation)
# the tables of the registers the list's filters and the visit form offer (registers())
_REGISTER_TABLES = (Municipality, County, Organisation)


@dataclass(frozen=True)
class _Ahead:
    """Rows read ahead: the stamps of their tables then, the rows, and their warnings as
    computed on ``today`` in ``language`` (the warnings' texts are translated)."""

    stamp: tuple
    rows: list[VisitListRow]
    today: date
    language: str
    warnings: dict[uuid.UUID, list[VisitWarning]]


@dataclass(frozen=True)
class _KeptRegisters:
    """The registers read ahead, with the stamps of their tables then."""

    stamp: tuple
    municipalities: list[MunicipalityRow]
    organisations: list[OrganisationRow]


class VisitListService:
    """The Besök list's first read (and a whole read after a change of everything); the few
    visits of a change notice are read whole (``VisitService.rows``) and made list rows with
    :meth:`VisitListRow.of`."""

    def __init__(self, db: Database) -> None:
        self.db = db
        # the rows read ahead, until the next read takes them (once: a later read reads)
        self._ahead: _Ahead | None = None
        # the rows the last read took from the read ahead, with their warnings, until asked for
        self._taken: _Ahead | None = None
        self._registers: _KeptRegisters | None = None  # read ahead, until registers() takes them

    def read_ahead(self, today: date | None = None) -> None:
        """Read the rows and compute their warnings now (in a worker, before the list is first
        shown), for the next :meth:`rows` and :meth:`warnings` to take while the list's tables
        do not change: at ten times the programme some 50 ms, most of it the rows' read; and
        the registers, for the next :meth:`registers` (some 8 ms of the first view's)."""
        with self.db.read() as s:
            stamp = table_stamps(s, _STAMPED)
            rows = list_rows(s)
            register_stamp = table_stamps(s, _REGISTER_TABLES)  # before they are read
        today = today or date.today()
        self._ahead = _Ahead(stamp, rows, today, language(), all_warnings(rows, today=today))
        self._registers = _KeptRegisters(register_stamp, *self._read_registers())

    def kept_rows(self) -> list[VisitListRow] | None:
        """The rows read ahead, taken (once) while none of the list's tables changed since;
        None when none are kept: then :meth:`rows` reads. One small statement: the list's
        first view takes them on the GUI thread when they are kept (ui/visits/reading.py)."""
        ahead, self._ahead = self._ahead, None
        self._taken = None
        if ahead is None:
            return None
        with self.db.read() as s:
            if table_stamps(s, _STAMPED) != ahead.stamp:
                return None
        self._taken = ahead
        return list(ahead.rows)

    def rows(self) -> list[VisitListRow]:
        """Every live visit, in the list's order (``services.visits.list_order``): those read
        ahead when none of the list's tables changed since (their stamps), else read now."""
        kept = self.kept_rows()
        if kept is not None:
            return kept
        with self.db.read() as s:
            return list_rows(s)

    def registers(self) -> tuple[list[MunicipalityRow], list[OrganisationRow]]:
        """The municipalities (by code) and the organisations (the deleted too: a visit may
        name one) the list's filters and the visit form offer: those read ahead, taken once,
        while their tables did not change; else read now."""
        kept, self._registers = self._registers, None
        if kept is not None:
            with self.db.read() as s:
                if table_stamps(s, _REGISTER_TABLES) == kept.stamp:
                    return list(kept.municipalities), list(kept.organisations)
        return self._read_registers()

    def _read_registers(self) -> tuple[list[MunicipalityRow], list[OrganisationRow]]:
        return (
            MunicipalityService(self.db).list(),
            OrganisationService(self.db).list(include_deleted=True),
        )

    def warnings(
        self, rows: Sequence[Any], *, today: date | None = None
    ) -> dict[uuid.UUID, list[VisitWarning]]:
        """The planning warnings of ``rows`` (every visit: ``VisitService.warnings``); those
        computed with the read ahead when ``rows`` are the rows :meth:`rows` took from it (the
        same objects, in any order) and the day and the language are the same."""
        taken, self._taken = self._taken, None
        today = today or date.today()
        if (
            taken is not None
            and taken.today == today
            and taken.language == language()
            and len(rows) == len(taken.rows)
            and {id(r) for r in rows} == {id(r) for r in taken.rows}
        ):
            return taken.warnings
        return all_warnings(rows, today=today)
