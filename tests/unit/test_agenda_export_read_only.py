"""``export agenda`` without a session (issue #15): a current database is read through a
read-only connection and ``services.agenda_reader`` (no ORM, no seeding, no purge); anything the
full open must see to (a newer or renamed file, a lock held) behaves as before. Deterministic:
module names, file bytes and PDF text, no timing."""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from samordnare_desktop.db import reading
from samordnare_desktop.demo.agendas import build_agendas
from samordnare_desktop.instance_lock import InstanceLock
from samordnare_desktop.pdf.agenda import AgendaPdfOptions, render_agenda
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.startup import open_database
from tests.helpers import lock_held_by_other_process
from tests.unit.test_agenda_service import make_visit
from tests.unit.test_cli import ROOT, run

EXPORT = ("export", "agenda", "--kommun", "0586", "--date", "2026-03-04")


@pytest.fixture
def current_db(tmp_path: Path) -> Path:
    """A closed database with the current schema, one visit to 0586 with a full agenda."""
    db_path = tmp_path / "agenda.sqlite3"
    db = open_database(db_path, daily_backup=False)
    try:
        services = Services(db)
        make_visit(services, title="Första besöket")
        build_agendas(services, None)
    finally:
        db.close()
    return db_path


def _text(data_or_path) -> str:
    reader = PdfReader(data_or_path)
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def test_the_export_reads_without_the_orm_and_changes_nothing(current_db: Path, tmp_path):
    """In a fresh process: no SQLAlchemy, Alembic, Qt, start-up or session imported; the file
    is left byte for byte as it was, with no side files."""
    out = tmp_path / "a.pdf"
    before = current_db.read_bytes()
    code = (
        "import sys\nfrom samordnare_desktop.app import main\n"
        f"code = main(['--db', {str(current_db)!r}, *{EXPORT!r}, '--out', {str(out)!r}])\n"
        "print(code)\nprint('\\n'.join(sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split()
    assert "0" in lines and out.is_file()
    heavy = {
        name
        for name in lines
        # ... nor HTTP, e-mail or SSL (xml.sax.saxutils's escape imported them via urllib),
        # nor JSON or secrets (the key file's, when the database has none)
        if name.split(".")[0] in ("sqlalchemy", "alembic", "PySide6", "http", "email", "ssl")
        or name
        in (
            "urllib.request",
            "json",
            "secrets",
            "samordnare_desktop.session",
            "samordnare_desktop.services.startup",
            "samordnare_desktop.services.agendas",
            "samordnare_desktop.reference.municipalities",
        )
    }
    assert heavy == set()
    assert current_db.read_bytes() == before
    assert not any(Path(str(current_db) + s).exists() for s in ("-wal", "-shm", "-journal"))


def test_the_export_prints_what_the_service_document_prints(current_db: Path, tmp_path):
    out = tmp_path / "a.pdf"
    result = run("--db", str(current_db), *EXPORT, "--out", str(out), "--presenter-details")
    assert result.returncode == 0, result.stderr
    db = open_database(current_db, daily_backup=False)
    try:
        services = Services(db)
        visit = services.visits.find_one("0586", date(2026, 3, 4))
        document = services.agendas.document(visit.id, printed_on=date.today())
    finally:
        db.close()
    expected = render_agenda(document, AgendaPdfOptions(presenter_details=True))
    assert _text(out) == _text(io.BytesIO(expected))
    assert f"({len(document.items)} punkter)" in result.stdout and document.items


def test_a_newer_database_is_refused_untouched_with_the_open_s_line(current_db: Path, tmp_path):
    with sqlite3.connect(current_db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = current_db.read_bytes()
    result = run("--db", str(current_db), *EXPORT, "--out", str(tmp_path / "a.pdf"))
    assert result.returncode == 2
    assert "nyare version" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert current_db.read_bytes() == before
    assert not (tmp_path / "a.pdf").exists()
    assert not Path(str(current_db) + ".lock").exists()  # a refused open leaves no lock file


def test_a_database_open_elsewhere_is_refused_as_before(current_db: Path, tmp_path):
    with lock_held_by_other_process(current_db):
        result = run("--db", str(current_db), *EXPORT, "--out", str(tmp_path / "a.pdf"))
    assert result.returncode == 2 and "redan öppen" in result.stderr
    assert not (tmp_path / "a.pdf").exists()


def test_what_the_full_open_must_see_to_is_left_to_it(current_db: Path, tmp_path):
    """A renamed file (its identity records where it is at the next full open), a crash's
    marker, a foreign file: no read-only open (the session then does as it always did)."""
    reading = open_for_reading(current_db)
    assert reading is not None
    with reading as conn:
        assert conn.execute("SELECT count(*) FROM visit").fetchone()[0] == 1
    again = open_for_reading(current_db)  # the lock was released
    assert again is not None
    with again:
        pass

    renamed = current_db.rename(tmp_path / "renamed.sqlite3")
    assert open_for_reading(renamed) is None
    assert not Path(str(renamed) + ".lock").exists()
    out = tmp_path / "a.pdf"
    result = run("--db", str(renamed), *EXPORT, "--out", str(out))
    assert result.returncode == 0, result.stderr
    recorded = open_for_reading(renamed)  # the full open recorded where it is now
    assert recorded is not None
    with recorded:
        pass

    marker = renamed.with_name(renamed.name + ".needs-check")
    marker.touch()
    assert open_for_reading(renamed) is None
    marker.unlink()
    foreign = tmp_path / "other.sqlite3"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    assert open_for_reading(foreign) is None


def open_for_reading(path: Path):
    return reading.open_for_reading(path, InstanceLock(path))


def test_the_agenda_reader_imports_no_sqlalchemy():
    from tests.unit.test_cli_lean import _modules_after

    loaded = _modules_after("import samordnare_desktop.services.agenda_reader")
    assert not {n for n in loaded if n.split(".")[0] in ("sqlalchemy", "alembic", "reportlab")}


def test_the_agenda_kinds_are_the_models_own():
    from samordnare_desktop.domain import agenda, kinds

    assert agenda.AgendaItemKind is kinds.AgendaItemKind


def test_an_encrypted_database_is_read_with_its_key_and_refused_without(current_db, tmp_path):
    """SQLCipher: with the passphrase the export reads it without a session (same PDF text as
    the service's); without one the refusal is the one a session gives."""
    from samordnare_desktop.db import conversion, encryption

    plain = tmp_path / "plain.pdf"
    assert run("--db", str(current_db), *EXPORT, "--out", str(plain)).returncode == 0
    conversion.encrypt_database(current_db, "korrekt häst batteri")
    encryption.forget_all_keys()
    secret = {"SAMORDNARE_PASSPHRASE": "korrekt häst batteri"}
    out = tmp_path / "secret.pdf"
    # the first open after the conversion records where the new file is (the full open)
    first = run("--db", str(current_db), *EXPORT, "--out", str(out), env=secret)
    assert first.returncode == 0, first.stderr
    before = current_db.read_bytes()
    result = run("--db", str(current_db), *EXPORT, "--out", str(out), env=secret)
    assert result.returncode == 0, result.stderr
    assert _text(out) == _text(plain)
    assert current_db.read_bytes() == before  # read only: not even re-keyed or analysed
    refused = run("--db", str(current_db), *EXPORT, "--out", str(tmp_path / "x.pdf"))
    assert refused.returncode == 2 and "SAMORDNARE_PASSPHRASE" in refused.stderr

    key = encryption.key_for(current_db)
    assert key is None
    from samordnare_desktop.db import keys

    encryption.remember_key(
        current_db, keys.unlock_with_passphrase(current_db, "korrekt häst batteri")
    )
    try:
        opened = open_for_reading(current_db)
        assert opened is not None
        with opened as conn:
            assert conn.execute("SELECT count(*) FROM visit").fetchone()[0] == 1
    finally:
        encryption.forget_all_keys()
