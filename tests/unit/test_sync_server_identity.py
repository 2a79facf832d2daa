"""A team server recreated empty, or restored from an older backup, after a laptop synced with it
(issue #20): ``sync`` stops with one line and changes nothing; ``sync --reseed`` treats the
server as new, the laptop's rows fill it, and another laptop then syncs from it. A real
PostgreSQL server (tests/pg.py), the commands as a user runs them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.test_cli import run
from tests.unit.test_sync_cli import _add_visit, _venues

CHANGED = "Teamservern är inte samma databas som den här datorn senast synkade med"


@pytest.fixture
def server_db(pg_server) -> Iterator[tuple[object, str]]:
    """A server database of its own (so the test may drop and remake it): (server, name)."""
    name = pg_server.create_database()  # empty: the first sync's connection migrates it
    yield pg_server, name
    pg_server.drop_database(name)


def _recreate(server, name: str, template: str | None = None) -> None:
    server.drop_database(name)
    with server.admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))


def _server_venues(server, name: str) -> list[str]:
    import psycopg

    with psycopg.connect(server.url(name)) as conn:
        return sorted(r[0] for r in conn.execute("SELECT venue_name FROM visit"))


def _server_id(server, name: str) -> str:
    import psycopg

    with psycopg.connect(server.url(name)) as conn:
        return conn.execute("SELECT database_id FROM sync_identity").fetchone()[0]


def _local_state(db: Path) -> tuple[str | None, int]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT server_id, checkpoint FROM sync_state").fetchone()
    finally:
        conn.close()


def _rows(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table of a laptop's file, in order (not SQLite's query planner
    statistics: opening the file for any command refreshes them, ``PRAGMA optimize``)."""
    conn = sqlite3.connect(db)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'sqlite_stat1' "
                "ORDER BY name"
            )
        ]
        return {n: sorted(map(repr, conn.execute(f'SELECT * FROM "{n}"'))) for n in names}
    finally:
        conn.close()


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*"))


def test_a_recreated_server_stops_the_sync_until_reseeded(server_db, tmp_path: Path) -> None:
    server, name = server_db
    url = server.url(name)
    laptops = tmp_path / "a"
    laptops.mkdir()
    a, b = laptops / "a.sqlite3", tmp_path / "b.sqlite3"
    _add_visit(a, "Stadshuset")
    first = run("--db", str(a), "sync", "--server", url)
    assert first.returncode == 0, first.stderr
    old_id = _server_id(server, name)
    assert _local_state(a)[0] == old_id  # noted at the first sync

    _recreate(server, name)  # dropped and made again, empty
    _add_visit(a, "Folkets hus")  # an offline change waiting for the push
    before_files, before_rows = _files(laptops), _rows(a)
    stopped = run("--db", str(a), "sync", "--server", url)
    assert stopped.returncode != 0
    lines = stopped.stderr.strip().splitlines()
    assert len(lines) == 1, stopped.stderr
    assert lines[0].startswith(CHANGED)
    assert "--reseed" in lines[0]
    assert _rows(a) == before_rows
    assert _files(laptops) == before_files  # no file added (no backup, no side file)
    assert _server_id(server, name) != old_id
    assert _server_venues(server, name) == []  # nothing sent

    reseeded = run("--db", str(a), "sync", "--server", url, "--reseed")
    assert reseeded.returncode == 0, reseeded.stderr
    assert _server_venues(server, name) == ["Folkets hus", "Stadshuset"]
    assert _local_state(a)[0] == _server_id(server, name)

    other = run("--db", str(b), "sync", "--server", url)
    assert other.returncode == 0, other.stderr
    assert _venues(b) == ["Folkets hus", "Stadshuset"]
    _add_visit(b, "Biblioteket")
    assert run("--db", str(b), "sync", "--server", url).returncode == 0
    again = run("--db", str(a), "sync", "--server", url)  # an ordinary sync again
    assert again.returncode == 0, again.stderr
    assert _venues(a) == ["Biblioteket", "Folkets hus", "Stadshuset"]


def test_a_server_restored_from_an_older_backup_is_recognised(server_db, tmp_path: Path) -> None:
    server, name = server_db
    url = server.url(name)
    a = tmp_path / "a.sqlite3"
    _add_visit(a, "Stadshuset")
    assert run("--db", str(a), "sync", "--server", url).returncode == 0
    backup = server.create_database(template=name)  # the backup: the server as it is now
    try:
        _add_visit(a, "Folkets hus")
        assert run("--db", str(a), "sync", "--server", url).returncode == 0
        _recreate(server, name, template=backup)  # restored: same id, the later change lost
    finally:
        server.drop_database(backup)
    assert _server_venues(server, name) == ["Stadshuset"]
    before = _rows(a)
    stopped = run("--db", str(a), "sync", "--server", url)
    assert stopped.returncode != 0
    assert stopped.stderr.strip().startswith(CHANGED)
    assert len(stopped.stderr.strip().splitlines()) == 1
    assert _rows(a) == before

    reseeded = run("--db", str(a), "sync", "--server", url, "--reseed")
    assert reseeded.returncode == 0, reseeded.stderr
    assert "0 konflikter" in reseeded.stdout  # the rows the server kept merge without one
    assert _server_venues(server, name) == ["Folkets hus", "Stadshuset"]
    assert _venues(a) == ["Folkets hus", "Stadshuset"]
