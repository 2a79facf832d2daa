"""The participant document commands, run as a user runs them (separate process)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from samordnare_desktop.domain.participant import ParticipantCategory as Cat
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.participants import ParticipationInput, PersonInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.startup import open_database
from samordnare_desktop.services.visits import VisitInput
from tests.unit.test_cli import run

VISIT = ("--kommun", "0586", "--date", "2026-03-04")


def _database(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite3"
    db = open_database(path, daily_backup=False)
    try:
        services = Services(db)
        m = services.municipalities.by_code("0586")
        visit = services.visits.create(VisitInput(m.id, VisitKind.FIRST, date(2026, 3, 4)))
        services.participants.add(
            visit.id,
            PersonInput("Anna Berg", Cat.MANAGER, organisation="Socialförvaltningen"),
            ParticipationInput(attended=True),
        )
        services.participants.add(visit.id, PersonInput("Per Holm", Cat.POLITICIAN, party="S"))
    finally:
        db.close()
    return path


def _pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_export_list_signin_and_table(tmp_path: Path) -> None:
    db = _database(tmp_path)
    out = tmp_path / "lista.pdf"
    result = run(
        "--db", str(db), "export", "participants", *VISIT, "--out", str(out),
        "--group-by", "organisation",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    text = _pdf_text(out)
    assert "Deltagarlista" in text and "Socialförvaltningen (1)" in text
    assert "Närvarande 1 av 2" in text

    sheet = tmp_path / "narvaro.pdf"
    result = run(
        "--db", str(db), "export", "signin", *VISIT, "--out", str(sheet), "--blank-rows", "3"
    )
    assert result.returncode == 0, result.stderr
    text = _pdf_text(sheet)
    assert "Närvarolista" in text and "Per Holm" in text and "Namnteckning" in text

    for suffix in (".csv", ".xlsx"):
        table = tmp_path / f"deltagare{suffix}"
        result = run("--db", str(db), "export", "participants-csv", *VISIT, "--out", str(table))
        assert result.returncode == 0, result.stderr
        assert "2 deltagare" in result.stdout
        assert table.stat().st_size > 0
    assert "Anna Berg;" in (tmp_path / "deltagare.csv").read_text(encoding="utf-8-sig")


def test_import_dry_run_then_for_real(tmp_path: Path) -> None:
    db = _database(tmp_path)
    source = tmp_path / "kommunens lista.csv"
    source.write_bytes(
        "Namn;Organisation;Kategori;E-post\r\n"
        "Anna Berg;Socialförvaltningen;Chef;anna@mjolby.se\r\n"
        "Nils Nord;Polisen;Polis;\r\n"
        ";Skolan;;\r\n".encode("cp1252")
    )
    dry = run("--db", str(db), "import", "participants", str(source), *VISIT, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "rad 2: Uppdateras: Anna Berg" in dry.stdout
    assert "rad 3: Läggs till: Nils Nord" in dry.stdout
    assert "rad 4: Hoppas över" in dry.stdout and "Namn saknas" in dry.stdout
    assert "Inget sparades" in dry.stdout

    real = run("--db", str(db), "import", "participants", str(source), *VISIT)
    assert real.returncode == 0, real.stderr
    assert "Lade till 1, uppdaterade 1, hoppade över 1." in real.stdout
    again = run("--db", str(db), "import", "participants", str(source), *VISIT, "--dry-run")
    assert "Lade till 0, uppdaterade 0, hoppade över 3." in again.stdout


def test_clear_errors(tmp_path: Path) -> None:
    db = _database(tmp_path)
    missing = run(
        "--db", str(db), "export", "signin", "--kommun", "0586", "--date", "2026-03-05",
        "--out", str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert missing.returncode == 2
    assert len(missing.stderr.strip().splitlines()) == 1
    assert "0586" in missing.stderr and "2026-03-05" in missing.stderr

    garbage = tmp_path / "lista.csv"
    garbage.write_bytes(b"\x00\x01\x02garbage" * 50)
    bad = run("--db", str(db), "import", "participants", str(garbage), *VISIT)
    assert bad.returncode == 2 and "kalkylark" in bad.stderr

    wrong = run(
        "--db", str(db), "export", "participants-csv", *VISIT, "--out", str(tmp_path / "x.txt")
    )
    assert wrong.returncode == 2 and ".csv" in wrong.stderr

    date_error = run("--db", str(db), "export", "signin", "--kommun", "0586", "--date", "4/3")
    assert date_error.returncode == 2 and "YYYY-MM-DD" in date_error.stderr


def test_import_a_named_sheet(tmp_path: Path) -> None:
    from samordnare_desktop.services import tabular

    db = _database(tmp_path)
    book = tmp_path / "lista.xlsx"
    tabular.write_xlsx(
        book,
        [
            tabular.Sheet("Instruktioner", ["Fyll i bladet Deltagare"], []),
            tabular.Sheet("Deltagare", ["Förnamn", "Efternamn"], [["Nils", "Nord"]]),
        ],
    )
    first = run(
        "--db", str(db), "import", "participants", str(book), *VISIT, "--sheet", "Instruktioner"
    )
    assert first.returncode == 2 and "Namn" in first.stderr  # that sheet has no names
    found = run("--db", str(db), "import", "participants", str(book), *VISIT, "--dry-run")
    assert "Läggs till: Nils Nord" in found.stdout  # the sheet with names is found by itself
    named = run(
        "--db", str(db), "import", "participants", str(book), *VISIT, "--sheet", "Deltagare"
    )
    assert named.returncode == 0, named.stderr
    assert "Läggs till: Nils Nord" in named.stdout
