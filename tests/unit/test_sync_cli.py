"""``sync [--server URL]``, ``export exchange --out F`` and ``import exchange F`` as a user runs
them (fresh processes; a real PostgreSQL server from tests/pg.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.unit.test_cli import run

ENV = {"SAMORDNARE_EXCHANGE_PASSPHRASE": "ett långt lösenord för filen"}


def _venues(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in conn.execute("SELECT venue_name FROM visit"))
    finally:
        conn.close()


def _add_visit(db: Path, venue: str) -> None:
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.startup import open_database
    from tests.factories import make_visit

    database = open_database(db, daily_backup=False)
    try:
        make_visit(Services(database), venue_name=venue)
    finally:
        database.close()


def test_two_laptops_sync_through_the_server(tmp_path: Path, pg_url: str) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    _add_visit(a, "Stadshuset")
    first = run("--db", str(a), "sync", "--server", pg_url)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("Synkroniserat: ") and "0 konflikter" in first.stdout
    second = run("--db", str(b), "sync", "--server", pg_url)
    assert second.returncode == 0, second.stderr
    assert _venues(b) == ["Stadshuset"]


def test_sync_without_a_server_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    result = run("--db", str(db), "sync")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("Ingen teamserver är inställd")
    assert len(result.stderr.strip().splitlines()) == 1


def test_exchange_file_from_one_laptop_to_another(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    _add_visit(a, "Folkets hus")
    out = tmp_path / "till-b.samxchg"
    written = run("--db", str(a), "export", "exchange", "--out", str(out), env=ENV)
    assert written.returncode == 0, written.stderr
    assert written.stdout.startswith(f"Utbytesfilen sparad: {out}")
    imported = run("--db", str(b), "import", "exchange", str(out), env=ENV)
    assert imported.returncode == 0, imported.stderr
    assert "0 konflikter" in imported.stdout
    assert _venues(b) == ["Folkets hus"]
    again = run("--db", str(b), "import", "exchange", str(out), env=ENV)
    assert "0 rader tillämpade" in again.stdout
    wrong = run(
        "--db",
        str(b),
        "import",
        "exchange",
        str(out),
        env={"SAMORDNARE_EXCHANGE_PASSPHRASE": "fel"},
    )
    assert wrong.returncode == 2
    assert wrong.stderr.strip() == (
        f"Lösenfrasen öppnar inte utbytesfilen {out}. Ingenting ändrades."
    )
    assert _venues(b) == ["Folkets hus"]
    no_pass = run(
        "--db", str(b), "import", "exchange", str(out), env={"SAMORDNARE_EXCHANGE_PASSPHRASE": ""}
    )
    assert no_pass.returncode == 2 and "SAMORDNARE_EXCHANGE_PASSPHRASE" in no_pass.stderr


def _titles(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in conn.execute("SELECT title FROM agenda_item"))
    finally:
        conn.close()


def test_sync_in_a_fresh_process_carries_every_table(tmp_path: Path, pg_url: str) -> None:
    """A `sync` process maps only the areas it imported; an agenda item (or an action, a
    participant) must travel all the same, and the outbox must not be emptied without it."""
    from samordnare_desktop.services.agendas import AgendaItemInput
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.startup import open_database
    from tests.factories import make_visit

    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    database = open_database(a, daily_backup=False)
    try:
        services = Services(database)
        visit = make_visit(services, venue_name="Stadshuset")
        services.agendas.add_item(visit.id, AgendaItemInput(title="Välkommen"))
    finally:
        database.close()
    assert run("--db", str(a), "sync", "--server", pg_url).returncode == 0
    assert run("--db", str(b), "sync", "--server", pg_url).returncode == 0
    assert _titles(b) == ["Välkommen"]
    database = open_database(a, daily_backup=False)
    try:
        services = Services(database)
        item = services.agendas.items_of(visit.id)[0]
        services.agendas.update_item(
            item.id,
            AgendaItemInput(title="Välkommen och presentation"),
            expected_version=item.version,
        )
    finally:
        database.close()
    assert run("--db", str(a), "sync", "--server", pg_url).returncode == 0
    assert run("--db", str(b), "sync", "--server", pg_url).returncode == 0
    assert _titles(b) == ["Välkommen och presentation"]


def test_an_exchange_file_is_not_sealed_with_a_short_passphrase(tmp_path: Path) -> None:
    """The window asks for 8 characters or more; ``export exchange`` sealed a file of personal
    data with one letter ("x") from SAMORDNARE_EXCHANGE_PASSPHRASE."""
    a = tmp_path / "a.sqlite3"
    _add_visit(a, "Folkets hus")
    out = tmp_path / "kort.samxchg"
    short = run(
        "--db", str(a), "export", "exchange", "--out", str(out),
        env={"SAMORDNARE_EXCHANGE_PASSPHRASE": "x"},
    )  # fmt: skip
    assert short.returncode == 2
    assert short.stderr.strip() == (
        "Utbytesfilens lösenfras måste ha minst 8 tecken. Ingenting skrevs."
    )
    assert not out.exists()
