"""Long lists read as the driver gives them: SQLAlchemy's result rows (their processors and
``Row`` objects, one by one) cost more than the query itself at ten times the programme, so a
list of thousands of rows runs its statement, compiled once per dialect, through SQLAlchemy
(its events and errors) and fetches the plain tuples; its service types each distinct value
once (:class:`Typed`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, time
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import Select

from samordnare_desktop import give_way

# the rows fetched between two of give_way's checkpoints (a few milliseconds of the driver's)
SLICE = 2000


def compiled(conn: Connection, statement: Select) -> str:
    """``statement`` as SQL text for ``conn``'s dialect, its parameters written in."""
    return str(statement.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))


def plain_rows(conn: Connection, sql: str) -> list[Sequence]:
    """``sql`` run through SQLAlchemy (its events and errors as every statement's), its rows
    fetched from the driver's cursor as they are (SQLite: ids as hex text, days as ISO text,
    enums as their values; psycopg: ``uuid.UUID``, ``date``)."""
    result = conn.exec_driver_sql(sql)
    try:
        rows: list[Sequence] = []
        while True:  # in slices: a read made ahead gives way to the user between two
            part = result.cursor.fetchmany(SLICE)
            rows += part
            if len(part) < SLICE:
                return rows
            give_way.checkpoint()
    except conn.dialect.loaded_dbapi.Error as exc:  # as SQLAlchemy raises it (Database.read)
        raise DBAPIError.instance(sql, None, exc, conn.dialect.loaded_dbapi.Error) from exc
    finally:
        result.close()


class Typed(dict):
    """Each distinct value of a list typed once (``make(value)`` on its first lookup): days,
    times and ids repeat over a list (a day's meetings, a municipality's), and each is then one
    object, not one per row. ``None`` is ``None``."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        super().__init__({None: None})
        self._make = make

    def __missing__(self, value: Any) -> Any:
        typed = self[value] = self._make(value)
        return typed


_UUID = uuid.UUID
_new = object.__new__
_set = object.__setattr__
_UNKNOWN_SAFETY = uuid.SafeUUID.unknown


def plain_id(value: str | uuid.UUID) -> uuid.UUID:
    """An id as read: SQLite's 32 hex digits (as stored, ``RawId``) made a ``uuid.UUID`` from
    their number, without ``UUID.__init__``'s checks of the text (three times quicker, thousands
    of times a list); psycopg's own ``uuid.UUID`` as it is."""
    if isinstance(value, _UUID):
        return value
    made = _new(_UUID)
    _set(made, "int", int(value, 16))
    _set(made, "is_safe", _UNKNOWN_SAFETY)
    return made


def plain_day(value: object) -> date:
    """A day as read: ISO text (SQLite) or a ``date`` (psycopg)."""
    return value if isinstance(value, date) else date.fromisoformat(value)  # type: ignore[arg-type]


def plain_time(value: object) -> time | None:
    """A time of day as read: ISO text (SQLite), a ``time`` (psycopg) or None."""
    if value is None or isinstance(value, time):
        return value
    return time.fromisoformat(value)  # type: ignore[arg-type]
