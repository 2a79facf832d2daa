"""What SQL says differently on SQLite (a laptop's file) and PostgreSQL (the team's server): one
place per concept, so the services write one statement for both.

- :class:`RawId`: an id read without the ORM's UUID conversion (``type_coerce(X.id, RawId)``),
  as 32 hex digits on both: SQLite stores them so (no work per row, the reason the services read
  ids raw), the server's ``uuid`` arrives as a UUID and is given as hex.
- :class:`group_concat`: SQLite's ``group_concat(x, sep)``; ``string_agg(x::text, sep)`` on the
  server (a uuid as text there has dashes: ``uuid.UUID(hex=...)`` reads both).
- :func:`first_per_group`: the row of each group's minimum.
- The search indexes (FTS5 on SQLite, a table on the server): ``domain/search.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, String, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement, GenericFunction
from sqlalchemy.types import TypeDecorator


def _hex(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value if value is None or len(value) == 32 else value.replace("-", "")
    return value.hex


class RawId(TypeDecorator):
    """An id column read as 32 hex digits on both databases (see the module's text); on SQLite
    no work per row at all (no processor)."""

    impl = String
    cache_ok = True

    def load_dialect_impl(self, dialect: Any) -> Any:
        if dialect.name == "postgresql":  # compared with hex text: bound as uuid there
            from sqlalchemy.dialects.postgresql import UUID

            return dialect.type_descriptor(UUID(as_uuid=False))
        return dialect.type_descriptor(String())

    def result_processor(self, dialect: Any, coltype: Any) -> Any:
        return _hex if dialect.name == "postgresql" else None


class group_concat(GenericFunction):
    """``group_concat(value[, separator])`` on both databases (see the module's text)."""

    type = String()
    inherit_cache = True


@compiles(group_concat)
def _group_concat_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    return f"group_concat({compiler.process(element.clauses, **kw)})"


@compiles(group_concat, "postgresql")
def _group_concat_postgresql(element: Any, compiler: Any, **kw: Any) -> str:
    clauses = list(element.clauses)
    value = compiler.process(clauses[0], **kw)
    separator = compiler.process(clauses[1], **kw) if len(clauses) > 1 else "','"
    return f"string_agg(CAST({value} AS TEXT), {separator})"


class unindexed(FunctionElement):
    """``+column`` on SQLite: the planner may not use the column's index (nearly every row is
    live: walking ``ix_*_deleted_at`` and sorting costs more than reading in order and skipping
    the dead); the column itself on the server, whose planner weighs that with its statistics."""

    inherit_cache = True

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(unindexed)
def _unindexed_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    return "+" + compiler.process(element.clauses, **kw)


@compiles(unindexed, "postgresql")
def _unindexed_postgresql(element: Any, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


def first_per_group(
    dialect: str, groups: Sequence[Any], least: Any, others: Sequence[Any], *where: Any
) -> Select:
    """Per group of ``groups``: its least ``least`` and the ``others`` of that row. SQLite says
    it with a bare column beside ``min()`` (its documented rule: the row the minimum came from);
    the server, which refuses bare columns, with ``DISTINCT ON``."""
    if dialect == "postgresql":
        statement = select(*groups, least, *others).where(*where).order_by(*groups, least)
        try:
            from sqlalchemy.dialects.postgresql import distinct_on
        except ImportError:  # SQLAlchemy 2.0
            return statement.distinct(*groups)
        return statement.ext(distinct_on(*groups))
    return select(*groups, func.min(least), *others).where(*where).group_by(*groups)
