"""What a cache of figures is keyed by: each table's row count and newest ``updated_at`` (any
edit bumps it, a soft delete too; a hard delete lowers the count), read in one statement for
every table asked for instead of one per table (a refresh of Översikt asked for some fifteen)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session


def table_stamps(s: Session, tables: tuple) -> tuple[tuple, ...]:
    """``((count, newest updated_at), ...)`` of ``tables`` (mapped classes), in their order."""
    if not tables:
        return ()
    columns = []
    for table in tables:
        columns.append(select(func.count()).select_from(table).scalar_subquery())
        columns.append(select(func.max(table.updated_at)).scalar_subquery())
    row = s.execute(select(*columns)).one()
    return tuple((row[i], row[i + 1]) for i in range(0, len(row), 2))
