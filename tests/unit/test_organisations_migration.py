"""Migration without loss: a database filled by ``demo`` at the schema head before organisations
is upgraded, and every row and every link is found again; contacts, people and visits now sit
under their municipality's organisation.

The fixture ``tests/fixtures/demo_before_organisations.sql.xz`` is the SQL dump of
``python main.py --db X demo`` run by the code of main at the revision before
``0011_organisations`` (revisions 0003-0007 as heads, before 0008-0010; 100 visits, 2,540 participants, 50 action
plans, 84 time studies).
"""

from __future__ import annotations

import lzma
import sqlite3
from pathlib import Path

import pytest

from samordnare_desktop.db import migrate
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.startup import open_database

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "demo_before_organisations.sql.xz"


def _snapshot(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows (all columns, by id) of the file at ``path``."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version'"
            )
        ]
        found: dict[str, list[tuple]] = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            if "id" not in columns:  # a search index (derived from the rows, rebuilt as needed)
                continue
            rows = conn.execute(f'SELECT * FROM "{table}" ORDER BY id').fetchall()
            found[table] = [dict(zip(columns, row, strict=True)) for row in rows]
        return found
    finally:
        conn.close()


@pytest.fixture
def upgraded(tmp_path: Path):
    path = tmp_path / "demo.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(lzma.decompress(FIXTURE.read_bytes()).decode("utf-8"))
    conn.close()
    assert migrate.inspect_schema(path).state is migrate.SchemaState.OUTDATED
    before = _snapshot(path)
    db = open_database(path, daily_backup=False)
    yield before, path, db
    db.close()


def test_every_row_and_every_link_survives_the_upgrade(upgraded) -> None:
    before, path, _db = upgraded
    after = _snapshot(path)
    assert migrate.inspect_schema(path).state is migrate.SchemaState.CURRENT
    assert sum(len(rows) for rows in before.values()) > 10_000
    for table, rows in before.items():
        now = {row["id"]: row for row in after[table]}
        assert len(now) == len(rows), table
        for row in rows:
            # every old column, foreign keys (the links) included, holds what it held
            assert {k: now[row["id"]][k] for k in row} == row, (table, row["id"])


def test_contacts_people_and_visits_move_under_their_municipality(upgraded) -> None:
    before, path, db = upgraded
    services = Services(db)
    orgs = {o.municipality_id: o for o in services.organisations.list() if o.municipality_id}
    assert len(orgs) == 290
    conn = sqlite3.connect(path)
    try:
        org_of_municipality = {
            m: o for m, o in conn.execute("SELECT municipality_id, id FROM organisation")
        }
        for table in ("contact", "person"):
            rows = conn.execute(f"SELECT municipality_id, organisation_id FROM {table}").fetchall()
            assert rows and len(rows) == len(before[table])
            assert all(org == org_of_municipality[m] for m, org in rows), table
        unmoved = conn.execute(
            "SELECT count(*) FROM participant p JOIN person ps ON ps.id = p.person_id "
            "WHERE p.organisation_id IS NOT ps.organisation_id"
        ).fetchone()[0]
        assert unmoved == 0
        links = conn.execute(
            "SELECT v.municipality_id, vo.organisation_id FROM visit v "
            "JOIN visit_organisation vo ON vo.visit_id = v.id"
        ).fetchall()
        assert len(links) == len(before["visit"])
        assert all(org == org_of_municipality[m] for m, org in links)
    finally:
        conn.close()
    # and the services read it back: a visit lists its organisation, a participant list its people
    visit = services.visits.list()[0]
    assert visit.organisation_ids == (orgs[visit.municipality_id].id,)
    assert visit.organisation_names == (orgs[visit.municipality_id].name,)
    listed = sum(len(services.participants.list_for_visit(v.id)) for v in services.visits.list())
    live = sum(
        1
        for p in before["participant"]
        if p["deleted_at"] is None
        and next(x for x in before["person"] if x["id"] == p["person_id"])["deleted_at"] is None
        and next(x for x in before["visit"] if x["id"] == p["visit_id"])["deleted_at"] is None
    )
    assert listed == live
