"""``list visits`` and ``export visits-ics`` run as a user runs them (separate process)."""

from __future__ import annotations

import csv
import io
from datetime import date, time
from pathlib import Path

from icalendar import Calendar

from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.startup import open_database
from samordnare_desktop.services.visits import VisitInput
from tests.unit.test_cli import run


def _database_with_visits(path: Path) -> Path:
    db = open_database(path, daily_backup=False)
    try:
        services = Services(db)
        by_code = services.municipalities.by_code
        for code, kind, day, status in (
            ("0586", VisitKind.FIRST, date(2026, 3, 4), VisitStatus.HELD),
            ("1265", VisitKind.FIRST, date(2026, 4, 15), VisitStatus.HELD),
            ("0586", VisitKind.FOLLOW_UP, date(2099, 12, 2), VisitStatus.CONFIRMED),
            ("0880", VisitKind.DIALOGUE, date(2099, 12, 9), VisitStatus.CANCELLED),
        ):
            services.visits.create(
                VisitInput(
                    municipality_id=by_code(code).id,
                    kind=kind,
                    day=day,
                    status=status,
                    start_time=time(9, 0),
                    end_time=time(12, 30),
                )
            )
    finally:
        db.close()
    return path


def test_list_visits_tab_separated_and_filtered(tmp_path: Path) -> None:
    db = _database_with_visits(tmp_path / "v.sqlite3")
    result = run("--db", str(db), "list", "visits")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split("\t") == [
        "0586",
        "Mjölby",
        "2026-03-04",
        "09.00–12.30",
        "Första besök",
        "Genomfört",
    ]
    assert len(lines) == 4
    only = run("--db", str(db), "list", "visits", "--kommun", "0586", "--from", "2026-06-01")
    assert [line.split("\t")[2] for line in only.stdout.splitlines()] == ["2099-12-02"]
    ranged = run("--db", str(db), "list", "visits", "--from", "2026-01-01", "--to", "2026-12-31")
    assert [line.split("\t")[0] for line in ranged.stdout.splitlines()] == ["0586", "1265"]


def test_list_visits_csv_in_english(tmp_path: Path) -> None:
    db = _database_with_visits(tmp_path / "v.sqlite3")
    result = run("--lang", "en", "--db", str(db), "list", "visits", "--csv", "--kommun", "1265")
    assert result.returncode == 0, result.stderr
    assert list(csv.reader(io.StringIO(result.stdout), delimiter=";")) == [
        ["Code", "Municipality", "Date", "Time", "Kind", "Status"],
        ["1265", "Sjöbo", "2026-04-15", "09:00–12:30", "First visit", "Held"],
    ]
    swedish = run("--db", str(db), "list", "visits", "--csv", "--kommun", "1265")
    assert swedish.stdout.splitlines()[0] == "Kod;Kommun;Datum;Tid;Typ;Status"


def test_list_visits_errors_are_one_line(tmp_path: Path) -> None:
    db = _database_with_visits(tmp_path / "v.sqlite3")
    bad_date = run("--db", str(db), "list", "visits", "--from", "4 mars")
    assert bad_date.returncode == 2
    assert bad_date.stderr.strip() == "--from: inte ett datum: 4 mars (till exempel 2026-03-04)."
    bad_code = run("--db", str(db), "list", "visits", "--kommun", "9999")
    assert bad_code.returncode == 2 and bad_code.stderr.strip() == "Ingen kommun med kod 9999."


def test_export_visits_ics_defaults_to_upcoming(tmp_path: Path) -> None:
    db = _database_with_visits(tmp_path / "v.sqlite3")
    out = tmp_path / "kalender.ics"
    result = run("--db", str(db), "export", "visits-ics", "--out", str(out))
    assert result.returncode == 0, result.stderr
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Uppföljningsbesöket – Mjölby"]  # not cancelled
    everything = run(
        "--db", str(db), "export", "visits-ics", "--out", str(out), "--from", "2026-01-01"
    )
    assert everything.returncode == 0 and "3 besök" in everything.stdout
