"""Every PDF the app builds reaches the disk through one helper, ``files.write_pdf`` (issue #12):
written atomically, and a failure is the same Swedish refusal from the command line and from the
window (the window's paths are in tests/ui/test_print_preview.py)."""

from __future__ import annotations

import ast
import errno
import os
from datetime import date
from pathlib import Path

import pytest

from samordnare_desktop import files
from samordnare_desktop.app import main
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.domain.participant import ParticipantCategory
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.action_plans import PlanInput
from samordnare_desktop.services.participants import ParticipationInput, PersonInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.startup import open_database
from samordnare_desktop.services.visits import VisitInput

PACKAGE = Path(files.__file__).resolve().parent
REFUSAL = "PDF-filen sparades inte."
VISIT = ("--kommun", "0586", "--date", "2026-03-04")


def _full_disk(monkeypatch) -> None:
    """Every rename onto a target fails as on a full disk (the temporary file was written)."""

    def replace(_source, _target) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "replace", replace)


def test_write_pdf_writes_atomically_and_refuses_in_swedish(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"%PDF-old")
    assert files.write_pdf(target, b"%PDF-new") == target
    assert target.read_bytes() == b"%PDF-new"
    _full_disk(monkeypatch)
    with pytest.raises(UserError) as refused:
        files.write_pdf(target, b"%PDF-newer")
    assert refused.value.message.startswith(REFUSAL)
    assert str(target) in refused.value.message
    assert target.read_bytes() == b"%PDF-new"  # the old file stands, whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]  # no temporary litter


@pytest.fixture
def cli_db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite3"
    db = open_database(path, daily_backup=False)
    try:
        services = Services(db)
        m = services.municipalities.by_code("0586")
        visit = services.visits.create(VisitInput(m.id, VisitKind.FIRST, date(2026, 3, 4)))
        services.participants.add(
            visit.id,
            PersonInput("Anna Berg", ParticipantCategory.MANAGER, organisation="IFO"),
            ParticipationInput(attended=True),
        )
        services.action_plans.create_plan(m.id, PlanInput())
    finally:
        db.close()
    return path


COMMANDS = {
    "agenda": ["export", "agenda", *VISIT],
    "participants": ["export", "participants", *VISIT],
    "signin": ["export", "signin", *VISIT],
    "visit-pack": ["export", "visit-pack", *VISIT],
    "badges": ["export", "badges", *VISIT],
    "action-plan": ["export", "action-plan", "--kommun", "0586"],
    "report": ["export", "report", "--from", "2026-01-01", "--to", "2026-03-31"],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_pdf_command_writes_through_the_helper(
    cli_db: Path, tmp_path: Path, capsys, monkeypatch, command: str
) -> None:
    out = tmp_path / f"{command}.pdf"
    written: list[Path] = []
    real = files.write_pdf

    def spy(path, data):
        written.append(Path(path))
        return real(path, data)

    monkeypatch.setattr(files, "write_pdf", spy)
    assert main(["--db", str(cli_db), *COMMANDS[command], "--out", str(out)]) == 0
    assert written == [out] and out.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    _full_disk(monkeypatch)
    assert main(["--db", str(cli_db), *COMMANDS[command], "--out", str(out)]) != 0
    err = capsys.readouterr().err
    assert REFUSAL in err and "Traceback" not in err


def _writers(tree: ast.AST) -> list[int]:
    """Lines that write bytes to a file directly: ``atomic_write_bytes(...)``,
    ``atomic_writer(...)``, ``.write_bytes(...)`` or ``open(..., "wb")``."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name in ("atomic_write_bytes", "atomic_writer", "write_bytes") or (
            name == "open"
            and any(
                isinstance(a, ast.Constant) and a.value in ("wb", "xb", "ab") for a in node.args
            )
        ):
            found.append(node.lineno)
    return found


# Modules that write files that are not PDFs: each says what it writes.
NOT_PDF = {
    "files.py": "the helpers themselves",
    "ui/files.py": "PNG screenshots",
    "services/drafts.py": "sealed form drafts",
    "services/export.py": "the programme XLSX",
    "services/tabular.py": "CSV and XLSX tables",
    "services/bug_report.py": "the bug report text",
    "services/visits_ics.py": "iCalendar files",
    "services/visit_documents.py": "the press invitation as text (PDFs go to write_pdf)",
    "db/conversion.py": "the database converted to or from encryption",
    "db/keys.py": "key files",
    "db/credentials.py": "the team server's password, sealed",
    "services/sync/exchange.py": "the sealed exchange file",
    "ts_i18n.py": "the command line's translation table, cached",
}


def test_no_module_writes_a_pdf_its_own_way() -> None:
    """A new document cannot bypass the helper unnoticed: a module that writes bytes itself
    must be one of the known non-PDF writers above."""
    writers = set()
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        if _writers(ast.parse(path.read_text(encoding="utf-8"))):
            writers.add(path.relative_to(PACKAGE).as_posix())
    assert writers <= set(NOT_PDF), sorted(writers - set(NOT_PDF))
