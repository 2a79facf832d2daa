"""The four bad inputs of #20 through the command a user runs (``sync``): a wrong password, an
unreachable server, a server database of a newer app, another programme's database. Each is one
Swedish line and exit 2; the local database file is byte for byte as it was."""

from __future__ import annotations

import hashlib
import uuid

import pytest

from samordnare_desktop.services import server_settings as ss
from samordnare_desktop.services.startup import open_database
from tests.unit.test_cli import run


def _bytes(db_path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(db_path.parent.iterdir())
        if p.is_file()
    }


@pytest.fixture(scope="module")
def servers(secure_pg):
    login = f"lena_{uuid.uuid4().hex[:6]}"
    secure_pg.create_login(login, "lenas-lösenord")
    made = {}
    for kind, statements in {
        "empty": (),
        "newer": (
            "CREATE TABLE alembic_version (version_num varchar(32))",
            "INSERT INTO alembic_version VALUES ('0099_from_the_future')",
            "CREATE TABLE visit (id int)",
            "CREATE TABLE municipality (id int)",
            "CREATE TABLE person (id int)",
        ),
        "foreign": ("CREATE TABLE invoice (id int)", "CREATE TABLE customer (id int)"),
    }.items():
        name = f"{kind}_{uuid.uuid4().hex[:6]}"
        secure_pg.create_database(name)
        with secure_pg.admin(name) as conn:
            for statement in statements:
                conn.execute(statement)
            conn.execute(f'GRANT ALL ON DATABASE "{name}" TO "{login}"')
            conn.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{login}"')
        made[kind] = name
    return login, made


def test_sync_refuses_each_bad_server_in_one_line_local_file_untouched(
    secure_pg, servers, tmp_path
) -> None:
    login, names = servers
    urls = {kind: secure_pg.network_url(login, name) for kind, name in names.items()}
    db_path = tmp_path / "lokal" / "samordnare.sqlite3"
    db_path.parent.mkdir()
    open_database(db_path, daily_backup=False).close()
    saved = ss.ServerSettings(  # its certificate names 127.0.0.1 too
        "127.0.0.1", secure_pg.port, names["empty"], login, "verify-full", str(secure_pg.ca)
    )
    ss.save(db_path, saved)
    before = _bytes(db_path)
    cases = [
        (
            ["sync"],
            {"SAMORDNARE_SERVER_PASSWORD": "fel-lösenord"},
            "Fel användarnamn eller lösenord",
        ),
        (
            ["sync", "--server", f"postgresql://{login}@127.0.0.1:1/x"],
            {"SAMORDNARE_SERVER_PASSWORD": "lenas-lösenord"},
            "kan inte nås",
        ),
        (
            ["sync", "--server", urls["newer"]],
            {"SAMORDNARE_SERVER_PASSWORD": "lenas-lösenord"},
            "nyare version",
        ),
        (
            ["sync", "--server", urls["foreign"]],
            {"SAMORDNARE_SERVER_PASSWORD": "lenas-lösenord"},
            "annat program",
        ),
    ]
    for args, env, expected in cases:
        done = run("--db", str(db_path), *args, env=env)
        assert done.returncode == 2, (args, done.stderr)
        assert expected in done.stderr and done.stderr.count("\n") == 1, done.stderr
        assert "Traceback" not in done.stderr and "lenas" not in done.stderr
        assert _bytes(db_path) == before, args
