"""``users add NAME --role ROLE --server URL`` makes a real login on the team server in the
editor or reader role (#20); the kommunikatör then lists meetings with ``--server`` and is
refused participants by the server itself: one Swedish line, exit 2, no traceback."""

from __future__ import annotations

import uuid

import pytest

from tests.unit.test_cli import run


@pytest.fixture(scope="module")
def team(secure_pg):
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.startup import open_server_database
    from tests.factories import make_visit

    name = f"cli_{uuid.uuid4().hex[:8]}"
    secure_pg.create_database(name)
    db = open_server_database(secure_pg.admin_url(name))
    visit = make_visit(Services(db))
    db.close()
    return name, visit


def test_kommunikator_login_reads_meetings_not_participants(secure_pg, team, tmp_path) -> None:
    name, visit = team
    admin = secure_pg.admin_url(name)
    login = f"eric.{uuid.uuid4().hex[:4]}"
    added = run(
        "--server",
        admin,
        "users",
        "add",
        "Eric Hetting",
        "--role",
        "kommunikatör",
        "--login",
        login,
        env={"SAMORDNARE_NEW_USER_PASSWORD": "erics-långa-lösen"},
    )
    assert added.returncode == 0, added.stderr
    assert "Användare tillagd: Eric Hetting (kommunikatör)." in added.stdout
    assert f"Inloggning {login} på teamservern, i rollen samordnare_reader" in added.stdout
    with secure_pg.admin(name) as conn:
        stored = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (login,)
        ).fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$")

    url = secure_pg.network_url(login, name)
    env = {"SAMORDNARE_SERVER_PASSWORD": "erics-långa-lösen"}
    listed = run("--server", url, "list", "visits", env=env)
    assert listed.returncode == 0, listed.stderr
    assert visit.municipality_name in listed.stdout
    # the server withholds the free-text notes (column grants): what the reader may list
    # still lists, without them
    for what in ("organisations",):
        other = run("--server", url, "list", what, env=env)
        assert other.returncode == 0, (what, other.stderr)
    refused = run(
        "--server",
        url,
        "export",
        "participants",
        "--id",
        str(visit.id),
        "--out",
        str(tmp_path / "deltagare.pdf"),
        env=env,
    )
    assert refused.returncode == 2
    assert refused.stderr.startswith("Teamservern nekar") and refused.stderr.count("\n") == 1
    assert not (tmp_path / "deltagare.pdf").exists()
    wrong = run("--server", url, "list", "visits", env={"SAMORDNARE_SERVER_PASSWORD": "fel"})
    assert wrong.returncode == 2 and wrong.stderr.startswith("Fel användarnamn eller lösenord")


def test_editor_login_and_bad_inputs(secure_pg, team) -> None:
    name, _visit = team
    admin = secure_pg.admin_url(name)
    added = run(
        "--server",
        admin,
        "users",
        "add",
        "Petra Rinman",
        "--role",
        "ämnessakkunnig",
        "--login",
        env={"SAMORDNARE_NEW_USER_PASSWORD": "petras-långa-lösen"},
    )
    assert added.returncode == 0, added.stderr
    assert "Inloggning petra.rinman på teamservern, i rollen samordnare_editor." in added.stdout
    listed = run("--server", admin, "users", "logins")
    assert listed.returncode == 0, listed.stderr
    assert "petra.rinman\tsamordnare_editor\n" in listed.stdout
    local = run("users", "logins")
    assert local.returncode == 2 and "--server" in local.stderr
    short = run(
        "--server",
        admin,
        "users",
        "add",
        "Kort Lösen",
        "--login",
        "kort",
        env={"SAMORDNARE_NEW_USER_PASSWORD": "kort"},
    )
    assert short.returncode == 2 and "minst 12 tecken" in short.stderr
    nopass = run(
        "--server",
        admin,
        "users",
        "add",
        "Utan Lösen",
        "--login",
        env={"SAMORDNARE_NEW_USER_PASSWORD": ""},
    )
    assert nopass.returncode == 2 and "SAMORDNARE_NEW_USER_PASSWORD" in nopass.stderr
    no_server = run("users", "add", "Lokal Person", "--login")
    assert no_server.returncode == 2 and "--server" in no_server.stderr
    plain = run(
        "--server", f"postgresql://anna@team.example.se/{name}?sslmode=disable", "list", "visits"
    )
    assert plain.returncode == 2 and plain.stderr.startswith("Nekat:")


def test_a_login_in_both_groups_is_listed_once(secure_pg, team) -> None:
    """A login an administrator granted both of our groups (by hand, in psql) is one line of
    'users logins', naming both groups, not one line per group."""
    name, _visit = team
    both = f"bada_{uuid.uuid4().hex[:6]}"
    off = f"avst_{uuid.uuid4().hex[:6]}"
    with secure_pg.admin(name) as conn:
        conn.execute(f'CREATE ROLE "{both}" LOGIN')
        conn.execute(f'CREATE ROLE "{off}" NOLOGIN')
        for login in (both, off):
            conn.execute(f'GRANT samordnare_editor TO "{login}"')
            conn.execute(f'GRANT samordnare_reader TO "{login}"')
    listed = run("--server", secure_pg.admin_url(name), "users", "logins")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert [line for line in lines if line.split("\t")[0] == both] == [
        f"{both}\tsamordnare_editor,samordnare_reader"
    ]
    assert [line for line in lines if line.split("\t")[0] == off] == [
        f"{off}\tsamordnare_editor,samordnare_reader\tavstängd"
    ]
