"""The team's PostgreSQL server as a store (db/server.py): the Alembic line on an empty
database, the same services, and the refusals (newer schema, another programme's database)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from samordnare_desktop.db.server import open_server
from samordnare_desktop.domain.errors import DatabaseError
from samordnare_desktop.domain.models import Municipality
from samordnare_desktop.services.startup import open_server_database


def test_an_empty_server_database_gets_the_whole_schema_and_the_reference_data(pg_server):
    name = pg_server.create_database()
    try:
        db = open_server_database(pg_server.url(name))
        try:
            assert db.dialect == "postgresql"
            assert db.path is None
            with db.read() as s:
                assert len(list(s.scalars(select(Municipality)))) == 290
            with db.engine.connect() as conn:
                revisions = [r[0] for r in conn.exec_driver_sql("SELECT * FROM alembic_version")]
            from samordnare_desktop.db.migrate import script_heads

            assert set(revisions) == script_heads()
        finally:
            db.close()
        again = open_server(pg_server.url(name))  # current: opened, nothing to do
        again.close()
    finally:
        pg_server.drop_database(name)


def test_a_newer_schema_is_refused_untouched(pg_url, pg_server):
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(DatabaseError, match="nyare version"):
        open_server(pg_url)
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("9999_from_the_future",)
        ]


def test_another_programmes_database_is_refused_untouched(pg_server):
    import psycopg

    name = pg_server.create_database()
    try:
        url = pg_server.url(name)
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE TABLE invoice (id int primary key, total numeric)")
        with pytest.raises(DatabaseError, match="annat program"):
            open_server(url)
        with psycopg.connect(url) as conn:
            tables = conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            ).fetchall()
        assert tables == [("invoice",)]
    finally:
        pg_server.drop_database(name)


def test_a_wrong_password_is_one_line(pg_server):
    with pytest.raises(DatabaseError) as raised:
        open_server(pg_server.url(password=False), password="not-the-password")
    assert "\n" not in raised.value.message


def test_cli_server_option(pg_url, pg_server, monkeypatch):
    """``--server URL`` on a command: the password from the environment; a file-only command,
    or ``--db`` beside it, is one line and opens nothing."""
    from tests.helpers import cli

    bare = pg_server.url(pg_url.rsplit("/", 1)[1], password=False)
    monkeypatch.setenv("SAMORDNARE_SERVER_PASSWORD", pg_server.password)
    listed = cli(["--server", bare, "list", "organisations", "--kind", "region"])
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 1 + 21  # the header row, then the regions
    refused = cli(["--server", bare, "check"])
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines() == [
        "'check' fungerar på en databasfil, inte på servern: utelämna --server."
    ]
    both = cli(["--server", bare, "--db", "x.sqlite3", "list", "visits"])
    assert both.returncode == 2 and "inte båda" in both.stderr
    monkeypatch.setenv("SAMORDNARE_SERVER_PASSWORD", "not-the-password")
    wrong = cli(["--server", bare, "list", "visits"])
    assert wrong.returncode == 2 and len(wrong.stderr.strip().splitlines()) == 1
