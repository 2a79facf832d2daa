"""The shipped municipality register: 290 municipalities, 21 counties, official codes."""

from __future__ import annotations

from samordnare_desktop.reference.municipalities import read_records
from samordnare_desktop.services.registry import Services

KNOWN = {
    "0180": "Stockholm",
    "1480": "Göteborg",
    "1280": "Malmö",
    "0586": "Mjölby",
    "1265": "Sjöbo",
    "0880": "Kalmar",
    "1082": "Karlshamn",
    "2584": "Kiruna",
    "0980": "Gotland",
    "0380": "Uppsala",
    "2480": "Umeå",
    "2580": "Luleå",
}


def test_csv_has_290_unique_municipalities_in_21_counties() -> None:
    records = read_records()
    assert len(records) == 290
    assert len({r.code for r in records}) == 290
    assert {r.county_code for r in records} == {
        "01",
        "03",
        "04",
        "05",
        "06",
        "07",
        "08",
        "09",
        "10",
        "12",
        "13",
        "14",
        "17",
        "18",
        "19",
        "20",
        "21",
        "22",
        "23",
        "24",
        "25",
    }
    assert all(len(r.code) == 4 and r.code[:2] == r.county_code for r in records)
    assert len({r.county_name for r in records}) == 21


def test_known_code_name_pairs() -> None:
    by_code = {r.code: r.name for r in read_records()}
    for code, name in KNOWN.items():
        assert by_code[code] == name


def test_database_is_seeded_once(services: Services) -> None:
    rows = services.municipalities.list()
    assert len(rows) == 290
    assert {r.code: r.name for r in rows}["0586"] == "Mjölby"
    assert len(services.municipalities.counties()) == 21
    assert {r.code: r.county_name for r in rows}["0586"] == "Östergötlands län"


def test_missing_municipalities_are_restored_on_start(db_path, database) -> None:
    from samordnare_desktop.services.startup import open_database

    with database.engine.begin() as conn:
        conn.exec_driver_sql(
            "DELETE FROM organisation WHERE municipality_id = "
            "(SELECT id FROM municipality WHERE code = '1265')"
        )
        conn.exec_driver_sql("DELETE FROM municipality WHERE code = '1265'")
    database.close()
    db = open_database(db_path, daily_backup=False)
    try:
        assert "1265" in {r.code for r in Services(db).municipalities.list()}
        assert "Sjöbo" in {o.name for o in Services(db).organisations.list()}
    finally:
        db.close()


def test_every_municipality_and_region_is_an_organisation(services) -> None:
    from samordnare_desktop.domain.organisation import OrganisationKind

    orgs = services.organisations.list()
    municipal = [o for o in orgs if o.kind is OrganisationKind.MUNICIPALITY]
    assert len(municipal) == 290
    regions = services.organisations.list(kind=OrganisationKind.REGION)
    # 20 regions, and Gotland: a municipality with a region's tasks
    assert len(regions) == 21
    assert {"Region Skåne", "Västra Götalandsregionen", "Gotland"} <= {o.name for o in regions}
    gotland = next(o for o in regions if o.name == "Gotland")
    assert gotland.kind is OrganisationKind.MUNICIPALITY and gotland.region_tasks


def test_a_missing_region_is_restored_and_a_complete_database_is_not_written(
    db_path, database
) -> None:
    """Every start counts the reference rows with plain SQL (reference_complete); only a
    database lacking some opens a unit of work to add them."""
    from samordnare_desktop.services.startup import open_database

    with database.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM organisation WHERE name = 'Region Skåne'")
    database.close()
    db = open_database(db_path, daily_backup=False)
    try:
        assert db.writes == 1
        assert "Region Skåne" in {o.name for o in Services(db).organisations.list()}
    finally:
        db.close()
    db = open_database(db_path, daily_backup=False)  # complete: counted, nothing written
    try:
        assert db.writes == 0
        with db.engine.connect() as conn:
            assert (
                conn.exec_driver_sql(
                    "SELECT count(*) FROM organisation WHERE name = 'Region Skåne'"
                ).scalar()
                == 1
            )
    finally:
        db.close()


def _main(*args: str):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    return subprocess.run(
        [sys.executable, str(root / "main.py"), *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
        cwd=root,
    )


def test_soft_deleted_region_and_municipality_organisations_are_restored_at_start(
    db_path, database
) -> None:
    """A municipality's or region's organisation comes with the app and cannot be deleted in it
    (OrganisationService.delete refuses); one soft-deleted from outside (deleted_at set) was
    counted as present, so the start never brought it back and Organisationer lacked it. The
    start restores it: the same row, its notes kept, live again."""
    from samordnare_desktop.domain.organisation import OrganisationKind
    from samordnare_desktop.session import AppSession

    services = Services(database)
    skane = next(o for o in services.organisations.list() if o.name == "Region Skåne")
    sjobo = next(o for o in services.organisations.list() if o.name == "Sjöbo")
    with database.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE organisation SET notes = 'BUP-chefen', deleted_at = '2026-01-02 03:04:05'"
            " WHERE id IN (?, ?)",
            (skane.id.hex, sjobo.id.hex),
        )
    assert {"Region Skåne", "Sjöbo"}.isdisjoint(o.name for o in services.organisations.list())
    database.close()
    session = AppSession(db_path, daily_backup=False)
    try:
        live = {o.id: o for o in session.services.organisations.list()}
        assert live[skane.id].name == "Region Skåne"
        assert live[skane.id].kind is OrganisationKind.REGION
        assert live[sjobo.id].kind is OrganisationKind.MUNICIPALITY
        assert live[skane.id].notes == live[sjobo.id].notes == "BUP-chefen"
        regions = session.services.organisations.list(kind=OrganisationKind.REGION)
        assert len(regions) == 21
    finally:
        session.close()
    with database.engine.connect() as conn:
        assert (
            conn.exec_driver_sql(
                "SELECT count(*) FROM organisation WHERE deleted_at IS NOT NULL"
            ).scalar()
            == 0
        )


def test_a_hard_deleted_county_is_restored_at_start_and_check_says_whole(db_path, database) -> None:
    """A county row deleted from outside the app (foreign keys off: its municipalities and
    organisations point to nothing) was not missed by the start, which counted only the
    municipalities and organisations, so 'check' went on calling the file damaged. The start
    puts the county back under its own id, and 'check' in a fresh process finds it whole."""
    from samordnare_desktop.db.encryption import connect_raw
    from samordnare_desktop.session import AppSession

    database.close()
    conn = connect_raw(db_path, None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DELETE FROM county WHERE code = '12'")
        conn.commit()
    finally:
        conn.close()
    before = _main("--db", str(db_path), "check")
    assert before.returncode != 0 and "foreign key" in before.stderr, before.stderr
    session = AppSession(db_path, daily_backup=False)
    try:
        counties = session.services.municipalities.counties()
        assert len(counties) == 21
        rows = {r.code: r for r in session.services.municipalities.list()}
        assert rows["1280"].county_name == "Skåne län"  # Malmö's county, read through the join
    finally:
        session.close()
    checked = _main("--db", str(db_path), "check")
    assert checked.returncode == 0, checked.stderr
    assert "Databasen är hel" in checked.stdout
