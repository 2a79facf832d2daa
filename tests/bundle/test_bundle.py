"""The PyInstaller bundle (``make bundle``) does what the source does, without Python.

Runs ``dist/samordnare/samordnare`` offscreen: ``--help``, ``demo``, ``check``, ``export agenda``,
``export final-report`` (Word), ``screenshot``, ``encrypt`` (SQLCipher) and a window start that
closes itself; and opens the databases older versions of the app made (``tests/fixtures/databases``), upgrading them with a
backup first. When a step fails in the bundle, the same step is run from source so the failure
says which it is: a file or module the bundle lacks, or a bug in the app.

Locally the tests skip while the bundle is not built (or older than the sources); CI builds it
first (``.ci/run``) and sets ``SAMORDNARE_BUNDLE_REQUIRED=1``, so there a missing bundle fails.
"""

from __future__ import annotations

import gzip
import os
import re
import sqlite3
import struct
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
EXE = "samordnare.exe" if sys.platform == "win32" else "samordnare"
BUNDLE = Path(os.environ.get("SAMORDNARE_BUNDLE") or ROOT / "dist" / "samordnare" / EXE)
REQUIRED = os.environ.get("SAMORDNARE_BUNDLE_REQUIRED") == "1"
SNAPSHOTS = sorted((ROOT / "tests" / "fixtures" / "databases").glob("*.sql.gz"))

pytestmark = pytest.mark.bundle


def _bundle_state() -> str | None:
    """Why the bundle cannot be tested here, or None."""
    if not BUNDLE.exists():
        return f"no bundle at {BUNDLE}: run `make bundle`"
    if REQUIRED:
        return None
    built = BUNDLE.stat().st_mtime
    newer = [
        path
        for folder in ("samordnare_desktop", "resources")
        for path in (ROOT / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.stat().st_mtime > built
    ]
    if newer:
        return f"bundle older than {newer[0].relative_to(ROOT)}: run `make bundle`"
    return None


@pytest.fixture(scope="module")
def bundle() -> Path:
    reason = _bundle_state()
    if reason is not None:
        if REQUIRED:
            pytest.fail(reason)
        pytest.skip(reason)
    return BUNDLE


class Runner:
    """Runs the app (bundle or source) in its own user folders, offscreen, no terminal."""

    def __init__(self, command: list[str], home: Path) -> None:
        self.command = command
        self.home = home
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("XDG_", "SAMORDNARE_", "QT_", "PYTHON"))
        }
        self.env.update(
            QT_QPA_PLATFORM="offscreen",
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CACHE_HOME=str(home / "cache"),
            XDG_STATE_HOME=str(home / "state"),
            SAMORDNARE_LOG_DIR=str(home / "log"),
        )

    def __call__(self, *args: str, env: dict[str, str] | None = None, timeout: float = 300):
        return subprocess.run(
            [*self.command, *args],
            env={**self.env, **(env or {})},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            cwd=self.home,
        )

    def log(self) -> str:
        path = self.home / "log" / "samordnare.log"
        return path.read_text(encoding="utf-8") if path.exists() else ""


def _source(home: Path) -> Runner:
    home.mkdir(parents=True, exist_ok=True)
    return Runner([sys.executable, str(ROOT / "main.py")], home)


def ok(app: Runner, tmp: Path, *args: str, env=None, timeout: float = 300):
    """Run ``args`` in the bundle; on failure say what went wrong, and whether the same works
    from source (then the bundle lacks something) or not (then the app has a bug)."""
    result = app(*args, env=env, timeout=timeout)
    if result.returncode == 0 and "Traceback" not in result.stderr:
        return result
    source = _source(tmp / "source-check")
    again = source(*args, env=env)
    where = (
        "works from source: the bundle lacks something (data file, hidden import, Qt plugin)"
        if again.returncode == 0
        else f"fails from source too (exit {again.returncode}): {again.stderr.strip()[-800:]}"
    )
    pytest.fail(
        f"bundle: `{' '.join(args)}` exited {result.returncode}; {where}\n"
        f"stderr: {result.stderr.strip()[-1500:]}\nlog: {app.log()[-2500:]}"
    )


@pytest.fixture(scope="module")
def app(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Runner:
    home = tmp_path_factory.mktemp("bundle-home")
    return Runner([str(bundle)], home)


@pytest.fixture(scope="module")
def demo_db(app: Runner, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = app.home / "demo.sqlite3"
    ok(app, tmp_path_factory.mktemp("demo"), "--db", str(db), "demo")
    return db


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_help_is_the_same_as_from_source(app: Runner, tmp_path: Path) -> None:
    bundled = ok(app, tmp_path, "--help")
    source = _source(tmp_path / "src")("--help").stdout

    def words(text: str, prog: str) -> list[str]:  # argparse wraps around the program's name
        return text.replace(prog, "PROG").split()

    assert words(bundled.stdout, "samordnare") == words(source, "python main.py")
    assert bundled.stdout.startswith("usage: samordnare")
    assert "export" in bundled.stdout and "screenshot" in bundled.stdout


def test_demo_fills_the_database(demo_db: Path, app: Runner) -> None:
    with closing(sqlite3.connect(demo_db)) as conn:
        counts = {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("municipality", "visit", "participant", "action_plan", "time_study")
        }
    assert counts["municipality"] == 290
    assert all(counts[table] > 0 for table in counts), counts
    assert "unexpected error" not in app.log()


def test_check_in_swedish(demo_db: Path, app: Runner, tmp_path: Path) -> None:
    result = ok(app, tmp_path, "--db", str(demo_db), "check")
    assert "Databasen är hel" in result.stdout  # the compiled .qm is in the bundle


def test_export_agenda_pdf(demo_db: Path, app: Runner, tmp_path: Path) -> None:
    out = tmp_path / "dagordning.pdf"
    args = ("export", "agenda", "--kommun", "0586", "--date", "2026-03-04", "--out", str(out))
    ok(app, tmp_path, "--db", str(demo_db), *args)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Mjölby" in text
    assert "onsdag 4 mars 2026" in text  # Babel's Swedish dates are in the bundle


def test_export_final_report_docx(demo_db: Path, app: Runner, tmp_path: Path) -> None:
    """python-docx's default template travels in the bundle (its PyInstaller hook)."""
    from docx import Document

    out = tmp_path / "slutrapport.docx"
    ok(app, tmp_path, "--db", str(demo_db), "export", "final-report", "--out", str(out))
    headings = [p.text for p in Document(str(out)).paragraphs if p.style.name.startswith("Heading")]
    assert headings and "Uppdraget" in " ".join(headings)


@pytest.mark.parametrize("tab", ["municipalities", "overview"])
def test_screenshot(demo_db: Path, app: Runner, tmp_path: Path, tab: str) -> None:
    out = tmp_path / f"{tab}.png"
    args = ("screenshot", "--tab", tab, "--out", str(out))
    ok(app, tmp_path, "--db", str(demo_db), *args)
    width, height = _png_size(out)
    assert width > 600 and height > 400


def test_window_starts_and_closes_itself(demo_db: Path, app: Runner, tmp_path: Path) -> None:
    result = ok(app, tmp_path, "--db", str(demo_db), "--quit-after-ms", "300", timeout=120)
    assert "Could not load the Qt platform plugin" not in result.stderr
    assert "unexpected error" not in app.log()


def test_encryption_with_sqlcipher(app: Runner, tmp_path: Path) -> None:
    db = tmp_path / "secret.sqlite3"
    env = {"SAMORDNARE_PASSPHRASE": "korrekt häst batteri"}
    for args in (("backup",), ("encrypt",), ("check",)):
        ok(app, tmp_path, "--db", str(db), *args, env=env)
    assert not db.read_bytes().startswith(b"SQLite format 3")  # SQLCipher wrote it
    locked = app("--db", str(db), "check")
    assert locked.returncode != 0


# --- upgrades: databases made by earlier versions of the app ---------------------------------


def _table_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _revisions(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}


@pytest.mark.parametrize("snapshot", SNAPSHOTS, ids=lambda p: p.name.removesuffix(".sql.gz"))
def test_older_database_is_upgraded_with_a_backup_first(
    snapshot: Path, app: Runner, tmp_path: Path
) -> None:
    from samordnare_desktop.db import migrate

    db = tmp_path / "data" / "samordnare.sqlite3"
    db.parent.mkdir()
    with closing(sqlite3.connect(db)) as conn:
        conn.executescript(gzip.decompress(snapshot.read_bytes()).decode("utf-8"))
    before = _table_counts(db)
    old_revisions = _revisions(db)

    result = ok(app, tmp_path, "--db", str(db), "list", "visits", "--csv")
    with closing(sqlite3.connect(db)) as conn:
        visits = conn.execute("SELECT count(*) FROM visit WHERE deleted_at IS NULL").fetchone()[0]
    listed = [line for line in result.stdout.splitlines() if re.search(r"\d{4}-\d\d-\d\d", line)]
    assert len(listed) == visits > 0  # one CSV line per visit (a header line has no date)

    assert _revisions(db) == set(migrate.script_heads())
    after = _table_counts(db)
    lost = {
        table: (count, after.get(table))
        for table, count in before.items()
        if table != "alembic_version" and after.get(table, 0) < count
    }
    assert not lost, f"rows lost in the upgrade: {lost}"
    if old_revisions != set(migrate.script_heads()):
        backups = sorted((db.parent / "backups").glob("*"))
        assert backups, "no backup taken before the upgrade"
        assert any(_revisions(b) == old_revisions for b in backups if b.suffix != ".json")
    for args in (("check",), ("--quit-after-ms", "200")):
        ok(app, tmp_path, "--db", str(db), *args)
