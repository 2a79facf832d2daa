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


def _assignments(db: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        return sorted(conn.execute("SELECT name, coordinator FROM assignment"))
    finally:
        conn.close()


def test_an_exchange_record_this_database_refuses_is_said_not_dropped(tmp_path: Path) -> None:
    """Both laptops set the assignment (one row may exist: ``slot`` is unique). Importing the
    other's file kept this one's and applied the rest, and said only "0 konflikter": the
    other assignment was gone without a word. Now the import names it and says where it is."""
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    _add_visit(a, "Folkets hus")
    dates = ("--start", "2025-01-01", "--final", "2027-12-31")
    made = run("--db", str(a), "assignment", "set", "--name", "Barnens bästa", *dates)
    assert made.returncode == 0, made.stderr
    here = ("--name", "Barn i fokus", "--coordinator", "Bertil Ek", *dates)
    assert run("--db", str(b), "assignment", "set", *here).returncode == 0
    out = tmp_path / "till-b.samxchg"
    assert run("--db", str(a), "export", "exchange", "--out", str(out), env=ENV).returncode == 0
    imported = run("--db", str(b), "import", "exchange", str(out), env=ENV)
    assert imported.returncode == 0, imported.stderr
    lines = imported.stdout.strip().splitlines()
    assert lines[0].startswith("Utbytesfilen importerad: ") and "0 konflikter" in lines[0]
    assert lines[1:] == [
        "Togs inte in från utbytesfilen: 1 post.",
        "– Uppdrag ”Barnens bästa”: den här databasen har redan en sådan post (det får bara "
        "finnas en); den som fanns här behölls oförändrad.",
        "Allt annat i filen importerades; inget annat påverkades. Det som inte togs in finns "
        "kvar oförändrat på datorn som gjorde filen: hämta det du behöver därifrån.",
    ]
    assert _assignments(b) == [("Barn i fokus", "Bertil Ek")]  # this laptop's, unchanged
    assert _venues(b) == ["Folkets hus"]  # the rest of the file is in
    assert _assignments(a) == [("Barnens bästa", "")]  # the other laptop still has its own
    again = run("--db", str(b), "import", "exchange", str(out), env=ENV)  # said again
    assert again.stdout.strip().splitlines() == [
        "Utbytesfilen importerad: 0 rader tillämpade, 0 konflikter.",
        *lines[1:],
    ]


def _save_figures(db: Path, placed: int) -> None:
    from samordnare_desktop.domain.care_places import LineInput, PlacementForm, ReportInput
    from samordnare_desktop.domain.organisation import municipality_organisation_uuid
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.startup import open_database

    database = open_database(db, daily_backup=False)
    try:
        Services(database).care_places.save(
            ReportInput(
                municipality_organisation_uuid("0586"),
                "2025",
                {PlacementForm.HVB: LineInput(placed=placed, own=placed, bought=0)},
            )
        )
    finally:
        database.close()


def _figures(db: Path) -> list[tuple[str, str, int]]:
    conn = sqlite3.connect(db)
    try:
        return sorted(
            conn.execute(
                "SELECT r.period, l.form, l.placed FROM care_report r "
                "JOIN care_line l ON l.report_id = r.id"
            )
        )
    finally:
        conn.close()


def test_figures_for_a_period_entered_on_both_laptops_are_said_and_the_rest_imported(
    tmp_path: Path,
) -> None:
    """Mjölby's care places for 2025 entered on both laptops (one report per organisation and
    period): the file's report was refused, its lines then pointed to no report, and the whole
    import failed as "refers to rows this database does not have" (exit 2, nothing imported).
    Now the report and its lines are one record not taken, said by name; the rest comes in."""
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    _add_visit(a, "Folkets hus")
    _save_figures(a, 7)
    _save_figures(b, 5)
    out = tmp_path / "till-b.samxchg"
    assert run("--db", str(a), "export", "exchange", "--out", str(out), env=ENV).returncode == 0
    imported = run("--db", str(b), "import", "exchange", str(out), env=ENV)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip().splitlines()[1:3] == [
        "Togs inte in från utbytesfilen: 1 post.",
        "– Vårdplatsuppgifter Mjölby, 2025: den här databasen har redan en sådan post (det får "
        "bara finnas en); den som fanns här behölls oförändrad.",
    ]
    assert _figures(b) == [("2025", "hvb", 5)]  # this laptop's figures, unchanged
    assert _venues(b) == ["Folkets hus"]
