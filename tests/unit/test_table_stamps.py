"""``db.stamps.table_stamps``: every table's row count, newest ``updated_at`` and sum of versions in one
statement, the same as asking each table alone, and changed by an edit, a soft and a hard
delete (what the kept figures of Översikt and Förfaller are keyed by)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete, event, func, select

from samordnare_desktop.db.stamps import table_stamps
from samordnare_desktop.domain.action_plan import ActionPlan, PlanAction, PlanArea
from samordnare_desktop.domain.municipality import Municipality
from samordnare_desktop.domain.visit import Visit, VisitKind
from samordnare_desktop.services.visits import VisitInput

TABLES = (Visit, ActionPlan, PlanArea, PlanAction, Municipality)


def _alone(s) -> tuple:
    return tuple(
        tuple(
            s.execute(
                select(
                    func.count(), func.max(t.updated_at), func.coalesce(func.sum(t.version), 0)
                ).select_from(t)
            ).one()
        )
        for t in TABLES
    )


def _stamps(services) -> tuple:
    with services.db.read() as s:
        return table_stamps(s, TABLES)


@pytest.mark.both_backends
def test_one_statement_says_what_each_table_alone_says_and_moves_with_every_change(
    services,
) -> None:
    mjolby = services.municipalities.by_code("0586")
    sent: list[str] = []
    event.listen(services.db.engine, "before_cursor_execute", lambda *a: sent.append(a[2]))
    empty = _stamps(services)
    assert len([q for q in sent if q != "BEGIN"]) == 1
    with services.db.read() as s:
        assert table_stamps(s, ()) == ()
        assert empty == _alone(s)
    assert empty[0] == (0, None, 0)  # no visit yet
    visit = services.visits.create(VisitInput(mjolby.id, VisitKind.FIRST, date(2026, 3, 4)))
    made = _stamps(services)
    assert made[0][0] == 1 and made[0][1] is not None and made[1:] == empty[1:]
    services.visits.delete(visit.id)  # soft: updated_at moves, the count stays
    deleted = _stamps(services)
    assert deleted[0][0] == 1 and deleted[0] != made[0]
    with services.db.write() as s:
        assert deleted == _alone(s)
        s.execute(delete(Visit).where(Visit.id == visit.id))
    assert _stamps(services)[0][0] == 0


@pytest.mark.sqlite_only
def test_the_newest_updated_at_of_the_big_tables_is_read_through_their_index(services) -> None:
    """The stamps of visit, plan_area and plan_action come from an index on
    ``(updated_at, version)`` (migration 0028), not the rows (some 10 ms a refresh at ten times)."""
    import sqlite3

    tables = (Visit, PlanArea, PlanAction)
    sent: list[tuple[str, tuple]] = []

    def record(_conn, _cursor, statement, parameters, *_rest) -> None:
        sent.append((statement, tuple(parameters or ())))

    event.listen(services.db.engine, "before_cursor_execute", record)
    try:
        with services.db.read() as s:
            table_stamps(s, tables)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", record)
    statement, parameters = next(q for q in sent if q[0].lstrip().startswith("SELECT"))
    conn = sqlite3.connect(services.db.path)
    try:
        plan = [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + statement, parameters)]
    finally:
        conn.close()
    for table in ("visit", "plan_area", "plan_action"):
        assert f"SEARCH {table} USING COVERING INDEX ix_{table}_updated_at" in plan, plan
    whole = [line for line in plan if line.startswith("SCAN") and "INDEX" not in line]
    assert whole == ["SCAN CONSTANT ROW"], plan  # the one row of scalar subqueries
