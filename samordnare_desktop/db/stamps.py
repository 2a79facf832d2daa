"""What a cache of figures is keyed by: each table's row count, newest ``updated_at`` and the sum
of its rows' ``version``, read in one statement for every table asked for instead of one per
table (a refresh of Översikt asked for some fifteen).

The count alone misses an edit, and the newest ``updated_at`` misses one too when another row
carries a later stamp: a row from a laptop whose clock ran ahead, or a change pulled from the
team server that keeps its own, older ``updated_at``. Every change of a row raises or replaces its
``version`` (the optimistic lock on each ORM update; a pull writes the server's), so their sum
moves with it; migration 0028's index on ``(updated_at, version)`` answers all three without
reading the big tables' rows."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session


def table_stamps(s: Session, tables: tuple) -> tuple[tuple, ...]:
    """``((count, newest updated_at, sum of versions), ...)`` of ``tables`` (mapped classes)."""
    if not tables:
        return ()
    columns = []
    for table in tables:
        columns.append(select(func.count()).select_from(table).scalar_subquery())
        columns.append(select(func.max(table.updated_at)).scalar_subquery())
        columns.append(select(func.coalesce(func.sum(table.version), 0)).scalar_subquery())
    row = s.execute(select(*columns)).one()
    return tuple((row[i], row[i + 1], int(row[i + 2])) for i in range(0, len(row), 3))
