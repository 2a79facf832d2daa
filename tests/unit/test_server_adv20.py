"""Cases an adversary found on the team server (#20), each through the real CLI in a fresh
process: a login for an existing kommunikatör must stay a reader; an address's ``?host=`` must
not take the connection past the TLS rule; and an empty, older or unreadable server database
that this login may not set up is one line that says why (not "your role may not see this")."""

from __future__ import annotations

import uuid

import pytest

from samordnare_desktop.db import server_url
from samordnare_desktop.domain.errors import UserError
from tests.unit.test_cli import run

PASSWORD = "ett-långt-lösen-1"


@pytest.fixture(scope="module")
def team(secure_pg):
    from samordnare_desktop.services.startup import open_server_database

    name = f"adv_{uuid.uuid4().hex[:8]}"
    secure_pg.create_database(name)
    open_server_database(secure_pg.admin_url(name)).close()
    return name


def _group_of(secure_pg, name: str, login: str) -> set[str]:
    with secure_pg.admin(name) as conn:
        rows = conn.execute(
            "SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE m.rolname = %s",
            (login,),
        ).fetchall()
    return {r[0] for r in rows}


def test_login_for_an_existing_kommunikator_stays_a_reader(secure_pg, team) -> None:
    admin = secure_pg.admin_url(team)
    env = {"SAMORDNARE_NEW_USER_PASSWORD": PASSWORD}
    added = run("--server", admin, "users", "add", "Eric Hetting", "--role", "kommunikatör")
    assert added.returncode == 0, added.stderr
    # later the administrator gives him a login, without repeating --role
    login = run("--server", admin, "users", "add", "Eric Hetting", "--login", "eric.h", env=env)
    assert login.returncode == 0, login.stderr
    assert "i rollen samordnare_reader" in login.stdout
    assert _group_of(secure_pg, team, "eric.h") == {"samordnare_reader"}
    # the server itself refuses him the people
    import psycopg

    with (
        psycopg.connect(
            host="127.0.0.1", port=secure_pg.port, user="eric.h", password=PASSWORD, dbname=team
        ) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("SELECT count(*) FROM person")
    # a role that contradicts the team's is one line, and changes nothing
    other = run(
        "--server",
        admin,
        "users",
        "add",
        "Eric Hetting",
        "--role",
        "samordnare",
        "--login",
        "eric.h",
        env=env,
    )
    assert other.returncode == 2 and other.stderr.count("\n") == 1, other.stderr
    assert "kommunikatör" in other.stderr
    assert _group_of(secure_pg, team, "eric.h") == {"samordnare_reader"}
    listed = run("--server", admin, "users", "list")
    assert "Eric Hetting\tcommunicator\tactive" in listed.stdout


def test_query_host_cannot_bypass_the_tls_rule() -> None:
    with pytest.raises(UserError, match=r"två värdar|two hosts"):
        server_url.parse("postgresql://anna@127.0.0.1:5432/team?host=192.0.2.2")
    # the loopback rule looks at every host libpq would use
    address = server_url.ServerAddress("127.0.0.1", options=(("host", "192.0.2.2"),))
    assert not address.loopback
    # a socket folder given as ?host= (no host in the address) is still this computer
    assert server_url.parse("postgresql://anna@:5432/team?host=/run/postgresql").loopback
    refused = run(
        "--server",
        "postgresql://anna@127.0.0.1:1/team?sslmode=disable&host=192.0.2.2",
        "list",
        "visits",
        env={"SAMORDNARE_SERVER_PASSWORD": "x"},
    )
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1, refused.stderr
    assert "192.0.2.2" in refused.stderr


def test_unknown_sslmode_on_loopback_is_named() -> None:
    refused = run(
        "--server",
        "postgresql://anna@127.0.0.1:1/team?sslmode=bogus",
        "list",
        "visits",
        env={"SAMORDNARE_SERVER_PASSWORD": "x"},
    )
    assert refused.returncode == 2, refused.stderr
    assert "sslmode=bogus" in refused.stderr and "kan inte nås" not in refused.stderr


@pytest.fixture(scope="module")
def editor(secure_pg, team):
    admin = secure_pg.admin_url(team)
    login = f"petra_{uuid.uuid4().hex[:6]}"
    made = run(
        "--server",
        admin,
        "users",
        "add",
        "Petra Rinman",
        "--role",
        "ämnessakkunnig",
        "--login",
        login,
        env={"SAMORDNARE_NEW_USER_PASSWORD": PASSWORD},
    )
    assert made.returncode == 0, made.stderr
    return login


def _database(secure_pg, editor: str, *statements: str, template: str | None = None) -> str:
    name = f"bad_{uuid.uuid4().hex[:8]}"
    with secure_pg.admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    with secure_pg.admin(name) as conn:
        for statement in statements:
            conn.execute(statement)
        conn.execute(f'GRANT CONNECT ON DATABASE "{name}" TO "{editor}"')
    return name


def _as_editor(secure_pg, editor: str, name: str):
    url = secure_pg.network_url(editor, name)
    return run("--server", url, "list", "visits", env={"SAMORDNARE_SERVER_PASSWORD": PASSWORD})


def test_empty_database_an_editor_may_not_set_up(secure_pg, editor) -> None:
    name = _database(secure_pg, editor)
    done = _as_editor(secure_pg, editor, name)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "tom" in done.stderr and "ägare" in done.stderr, done.stderr
    with secure_pg.admin(name) as conn:
        assert (
            conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0]
            == 0
        )


def test_older_schema_an_editor_may_not_upgrade(secure_pg, editor, team) -> None:
    from samordnare_desktop.db import migrate

    (head,) = migrate.script_heads()
    (previous,) = migrate.script_revisions()[head]  # the revision just below the head
    name = _database(secure_pg, editor, template=team)
    with secure_pg.admin(name) as conn:
        conn.execute("UPDATE alembic_version SET version_num = %s", (previous,))
    done = _as_editor(secure_pg, editor, name)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "äldre" in done.stderr and "ägare" in done.stderr, done.stderr
    with secure_pg.admin(name) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == previous


def test_database_of_another_alembic_programme_unreadable(secure_pg, editor) -> None:
    name = _database(
        secure_pg,
        editor,
        "CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)",
        "INSERT INTO alembic_version VALUES ('abc123def456')",
        "CREATE TABLE widget (id int)",
    )
    done = _as_editor(secure_pg, editor, name)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "annat program" in done.stderr, done.stderr


def test_tables_in_another_schema_are_another_programme(secure_pg, editor) -> None:
    name = _database(
        secure_pg,
        editor,
        "CREATE SCHEMA billing",
        "CREATE TABLE billing.invoice (id int)",
        f'GRANT CREATE ON SCHEMA public TO "{editor}"',
    )
    done = _as_editor(secure_pg, editor, name)
    assert done.returncode == 2 and "annat program" in done.stderr, done.stderr
    with secure_pg.admin(name) as conn:
        assert (
            conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0]
            == 0
        )


def test_unknown_user_for_a_database_not_yet_made_makes_no_file(tmp_path) -> None:
    db = tmp_path / "ny.sqlite3"
    done = run("--db", str(db), "--user", "Ingen  Alls", "demo")
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("Det finns ingen användare som heter Ingen Alls.")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_test_the_connection_tells_an_editor_what_it_may_not_set_up(
    secure_pg, editor, team
) -> None:
    """Arkiv → Teamserver → Testa anslutningen: what the sync would find, not a promise that
    the tables come "at the first sync" (only the owner may create or upgrade them), and an
    unreadable alembic_version is not "nothing answers there"."""
    from samordnare_desktop.domain.errors import DatabaseError
    from samordnare_desktop.services import server_settings as ss

    def check(name: str) -> str:
        settings = ss.ServerSettings(
            "127.0.0.1", secure_pg.port, name, editor, "verify-full", str(secure_pg.ca)
        )
        with pytest.raises(DatabaseError) as caught:
            ss.check_connection(settings, PASSWORD)
        assert "\n" not in caught.value.message
        return caught.value.message

    from samordnare_desktop.db import migrate

    empty = check(_database(secure_pg, editor))
    assert "tom" in empty and "ägare" in empty, empty
    (head,) = migrate.script_heads()
    (previous,) = migrate.script_revisions()[head]
    older = _database(secure_pg, editor, template=team)
    with secure_pg.admin(older) as conn:
        conn.execute("UPDATE alembic_version SET version_num = %s", (previous,))
    assert "äldre" in check(older)
    unreadable = _database(
        secure_pg,
        editor,
        "CREATE TABLE alembic_version (version_num varchar(32))",
        "INSERT INTO alembic_version VALUES ('abc123def456')",
        "CREATE TABLE widget (id int)",
    )
    assert "annat program" in check(unreadable)


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://petra:hemligt#123@127.0.0.1:1/team",  # '#' not percent-encoded
        "postgresql://petra:hem/ligt?123@127.0.0.1:1/team",
        "petra:hemligt123@127.0.0.1/team",  # no scheme
        "mysql://petra:hemligt123@127.0.0.1/team",
    ],
)
def test_a_password_in_a_bad_address_is_never_shown(url: str) -> None:
    done = run("--server", url, "list", "visits")
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "hemligt" not in done.stderr and "ligt" not in done.stderr, done.stderr


@pytest.mark.parametrize("login", ["public", "none", "current_role"])
def test_a_reserved_login_name_is_one_line(login: str) -> None:
    done = run(
        "--server",
        "postgresql://admin@127.0.0.1:1/team",
        "users",
        "add",
        "Någon",
        "--login",
        login,
        env={"SAMORDNARE_NEW_USER_PASSWORD": PASSWORD, "SAMORDNARE_SERVER_PASSWORD": "x"},
    )
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "oväntat" not in done.stderr and login in done.stderr, done.stderr
