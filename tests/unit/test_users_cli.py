"""``users add|list`` and the global ``--user NAME``, run as a user runs them (fresh processes,
#20): the history records the named person; an unknown name is one line, exit 2, nothing written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.helpers import cli
from tests.unit.test_cli import run


def _rows(db: str, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_add_and_list_the_team(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite3")
    empty = run("--db", db, "users", "list")
    assert empty.returncode == 0 and empty.stdout == "", empty.stderr
    for name, role in (
        ("Petra Rinman", "ämnessakkunnig"),
        ("Catrine Kaunitz", "Utredningssekreterare"),
        ("Eric Hetting", "communicator"),
    ):
        added = run("--db", db, "users", "add", name, "--role", role)
        assert added.returncode == 0, added.stderr
    assert "Användare tillagd: Eric Hetting (kommunikatör)." in added.stdout
    first = run("--db", db, "users", "add", "Eva Lindqvist")  # samordnare by default
    assert first.returncode == 0, first.stderr
    listed = run("--db", db, "users", "list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout == (
        "Catrine Kaunitz\tsecretary\tactive\n"
        "Eric Hetting\tcommunicator\tactive\n"
        "Eva Lindqvist\tcoordinator\tactive\n"
        "Petra Rinman\tsubject_expert\tactive\n"
    )
    assert run("--db", db, "--lang", "en", "users", "list").stdout == listed.stdout  # stable

    twice = run("--db", db, "users", "add", "petra rinman")
    assert twice.returncode == 2
    assert twice.stderr.strip() == "Det finns redan en användare som heter Petra Rinman."
    bad_role = run("--db", db, "users", "add", "Nils Nilsson", "--role", "chef")
    assert bad_role.returncode == 2 and len(bad_role.stderr.strip().splitlines()) == 1
    assert bad_role.stderr.startswith("Okänd roll: chef. Välj en av: samordnare, ")
    empty_name = run("--db", db, "users", "add", "  ")
    assert empty_name.returncode == 2 and empty_name.stderr.strip() == "Ge användaren ett namn."
    assert len(_rows(db, "SELECT name FROM app_user")) == 4


def test_user_option_names_who_is_recorded_and_an_unknown_name_writes_nothing(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    assert run("--db", db, "users", "add", "Eva Lindqvist").returncode == 0
    assert run("--db", db, "users", "add", "Catrine Kaunitz", "--role", "secretary").returncode == 0

    unknown = run("--db", db, "--user", "Ingen Alls", "demo")
    assert unknown.returncode == 2
    assert unknown.stderr.strip() == (
        "Det finns ingen användare som heter Ingen Alls. Inget ändrades. "
        "Lägg till en med 'users add', eller se 'users list'."
    )
    assert _rows(db, "SELECT count(*) FROM visit") == [(0,)]
    assert _rows(db, "SELECT count(*) FROM plan_change") == [(0,)]
    also = run("--db", db, "--user", "Ingen Alls", "users", "add", "Nils Nilsson")
    assert also.returncode == 2 and _rows(db, "SELECT count(*) FROM app_user") == [(2,)]
    blank = run("--db", db, "--user", " ", "users", "list")
    assert blank.returncode == 2 and "--user" in blank.stderr

    demo = run("--db", db, "--user", "catrine kaunitz", "demo")
    assert demo.returncode == 0, demo.stderr
    assert _rows(db, "SELECT DISTINCT changed_by FROM plan_change") == [("Catrine Kaunitz",)]
    assert _rows(db, "SELECT DISTINCT saved_by FROM plan_version") == [("Catrine Kaunitz",)]
    assert _rows(db, "SELECT DISTINCT recorded_by FROM plan_follow_up") == [("Catrine Kaunitz",)]


@pytest.mark.both_backends
def test_users_on_the_file_and_on_the_team_server(store_args: list[str]) -> None:
    """The same commands with ``--db FILE`` and with ``--server URL`` (fresh processes)."""
    added = cli([*store_args, "users", "add", "Petra Rinman", "--role", "ämnessakkunnig"])
    assert added.returncode == 0, added.stderr
    listed = cli([*store_args, "users", "list"])
    assert listed.returncode == 0 and listed.stdout == "Petra Rinman\tsubject_expert\tactive\n"
    unknown = cli([*store_args, "--user", "Ingen Alls", "users", "add", "Nils Nilsson"])
    assert unknown.returncode == 2
    assert unknown.stderr.startswith("Det finns ingen användare som heter Ingen Alls.")
    known = cli([*store_args, "--user", "petra rinman", "users", "add", "Eric Hetting"])
    assert known.returncode == 0, known.stderr
    assert cli([*store_args, "users", "list"]).stdout.splitlines() == [
        "Eric Hetting\tcoordinator\tactive",
        "Petra Rinman\tsubject_expert\tactive",
    ]
