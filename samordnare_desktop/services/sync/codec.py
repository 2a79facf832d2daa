"""Rows as JSON-ready dicts and back (the push payload, the stored base, the exchange file).

Each value is encoded by its column's Python type: UUIDs as 32 hex digits, dates and times in ISO
8601, enums by value; the rest (text, numbers, booleans, None) as they are.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from datetime import date, datetime, time
from functools import cache
from typing import Any

from sqlalchemy import Table

Row = dict[str, Any]
Encoded = dict[str, Any]


def _same(value: Any) -> Any:
    return value


def _coders(python_type: type | None) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    if python_type is uuid.UUID:
        return (lambda v: v.hex), (lambda v: uuid.UUID(hex=v))
    if python_type is datetime:
        return (lambda v: v.isoformat()), datetime.fromisoformat
    if python_type is date:
        return (lambda v: v.isoformat()), date.fromisoformat
    if python_type is time:
        return (lambda v: v.isoformat()), time.fromisoformat
    if python_type is bool:
        return _same, bool
    if isinstance(python_type, type) and issubclass(python_type, enum.Enum):
        kind = python_type
        return (lambda v: v.value if isinstance(v, enum.Enum) else v), kind
    return _same, _same


def python_type(column: Any) -> type | None:
    try:
        return column.type.python_type
    except NotImplementedError:  # pragma: no cover - every column type here has one
        return None


@cache
def tables() -> dict[str, Table]:
    """The synced tables by name, parents before children."""
    return {t.name: t for t in _synced_tables()}


@cache
def order() -> dict[str, int]:
    return {name: i for i, name in enumerate(tables())}


@cache
def _table_coders(name: str) -> tuple[tuple[str, Callable, Callable], ...]:
    found = []
    for column in tables()[name].c:
        try:
            python_type = column.type.python_type
        except NotImplementedError:  # pragma: no cover - every column type here has one
            python_type = None
        encode, decode = _coders(python_type)
        found.append((column.name, encode, decode))
    return tuple(found)


def encode(table: str, row: Row) -> Encoded:
    return {
        name: None if (value := row.get(name)) is None else enc(value)
        for name, enc, _dec in _table_coders(table)
        if name in row
    }


ERASED = "\x00erased"  # services.sync.privacy: a base value erased (kept as it is)


def decode(table: str, data: Encoded) -> Row:
    return {
        name: value if (value := data[name]) is None or value == ERASED else dec(value)
        for name, _enc, dec in _table_coders(table)
        if name in data
    }


def encode_value(table: str, field: str, value: Any) -> Any:
    for name, enc, _dec in _table_coders(table):
        if name == field:
            return None if value is None else enc(value)
    return value


def decode_value(table: str, field: str, value: Any) -> Any:
    for name, _enc, dec in _table_coders(table):
        if name == field:
            return None if value is None else dec(value)
    return value


def _synced_tables() -> list:
    """Every data table; the models are imported only when sync or its triggers need them."""
    from samordnare_desktop.domain.models import synced_tables

    return synced_tables()
