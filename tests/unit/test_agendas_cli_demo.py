"""``export agenda`` run as a user runs it, and the demo step that fills agendas."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from pypdf import PdfReader

from samordnare_desktop.demo.agendas import build_agendas
from samordnare_desktop.demo.steps import STEPS
from samordnare_desktop.pdf.agenda import MIN_FONT_SIZE
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.startup import open_database
from tests.unit.test_agenda_pdf import add_long_items, smallest_font
from tests.unit.test_agenda_service import make_visit
from tests.unit.test_cli import run


def test_export_agenda_from_the_command_line(tmp_path: Path) -> None:
    db_path = tmp_path / "cli.sqlite3"
    db = open_database(db_path, daily_backup=False)
    try:
        services = Services(db)
        visit = make_visit(services, title="Första besöket")
        build_agendas(services, None)
        make_visit(services, code="0880", day=date(2026, 3, 5), start=time(10, 0))
        make_visit(services, code="0880", day=date(2026, 3, 5), start=time(13, 0))
        titles = [r.title for r in services.agendas.items_of(visit.id)]
    finally:
        db.close()
    out = tmp_path / "agenda.pdf"
    result = run(
        "--db",
        str(db_path),
        "export",
        "agenda",
        "--kommun",
        "0586",
        "--date",
        "2026-03-04",
        "--out",
        str(out),
        "--compact",
        "--presenter-details",
    )
    assert result.returncode == 0, result.stderr
    assert "Dagordningen sparad" in result.stdout and "(8 punkter)" in result.stdout
    assert len(result.stdout.strip().splitlines()) == 1  # it fitted: no word about pages
    assert smallest_font(out.read_bytes()) >= MIN_FONT_SIZE
    reader = PdfReader(out)
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert len(reader.pages) == 1 and "onsdag 4 mars 2026" in text
    assert [text.index(t) for t in titles] == sorted(text.index(t) for t in titles)

    none = run(
        "--db",
        str(db_path),
        "export",
        "agenda",
        "--kommun",
        "0586",
        "--date",
        "2026-03-05",
        "--out",
        str(tmp_path / "n.pdf"),
    )
    assert none.returncode == 2 and "0586" in none.stderr
    assert len(none.stderr.strip().splitlines()) == 1
    several = run(
        "--db",
        str(db_path),
        "export",
        "agenda",
        "--kommun",
        "0880",
        "--date",
        "2026-03-05",
        "--out",
        str(tmp_path / "s.pdf"),
        "--no-descriptions",
    )
    assert several.returncode == 2 and "2" in several.stderr
    assert not (tmp_path / "s.pdf").exists()


def test_export_of_a_long_compact_agenda_says_it_took_pages(tmp_path: Path) -> None:
    """40 long items do not fit one page in readable type: the wall version takes three pages
    at the floor and the command says so in one Swedish line."""
    db_path = tmp_path / "long.sqlite3"
    db = open_database(db_path, daily_backup=False)
    try:
        services = Services(db)
        visit = make_visit(services)
        add_long_items(services, visit.id, 40)
    finally:
        db.close()
    out = tmp_path / "wall.pdf"
    result = run(
        *("--db", str(db_path), "export", "agenda", "--kommun", "0586", "--date", "2026-03-04"),
        *("--out", str(out), "--compact", "--presenter-details"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines() == [
        f"Dagordningen sparad: {out} (40 punkter)",
        "Dagordningen fick inte plats på en sida med läsbar textstorlek och tog 3 sidor.",
    ]
    pdf = out.read_bytes()
    assert len(PdfReader(out).pages) == 3
    assert smallest_font(pdf) >= MIN_FONT_SIZE == 7.5


def test_demo_step_fills_empty_agendas_once(services: Services) -> None:
    assert [s.name for s in STEPS].index("agendas") > [s.name for s in STEPS].index("visits")
    from samordnare_desktop.domain.visit import VisitKind

    first = make_visit(services)
    follow = make_visit(services, kind=VisitKind.FOLLOW_UP, day=date(2026, 9, 1))
    assert build_agendas(services, None).startswith("agendas: 2 filled")
    assert services.agendas.items_of(first.id)[0].title == "Välkommen och presentationsrunda"
    assert any("åtgärd för åtgärd" in r.title for r in services.agendas.items_of(follow.id))
    before = services.agendas.items_of(first.id)
    assert build_agendas(services, None).startswith("agendas: 0 filled")
    assert services.agendas.items_of(first.id) == before
