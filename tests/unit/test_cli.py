"""The command line, run as a user runs it: a separate process, exit codes, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import lock_held_by_other_process

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        cwd=ROOT,
    )


def test_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    for word in ("--db", "--lang", "check", "backup", "restore", "screenshot"):
        assert word in result.stdout


def test_backup_check_and_restore(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    made = run("--db", str(db), "backup")
    assert made.returncode == 0, made.stderr
    assert "Säkerhetskopia sparad" in made.stdout
    copies = sorted((tmp_path / "backups").glob("*.sqlite3"))
    assert len(copies) == 1
    checked = run("--db", str(db), "check")
    assert checked.returncode == 0 and "Databasen är hel" in checked.stdout
    restored = run("--db", str(db), "restore", str(copies[0]))
    assert restored.returncode == 0, restored.stderr


def test_check_fails_clearly_on_a_damaged_file(tmp_path: Path) -> None:
    db = tmp_path / "broken.sqlite3"
    run("--db", str(db), "backup")
    data = bytearray(db.read_bytes())
    data[4096 : 4096 * 3] = b"\xff" * 8192  # trample the first table pages
    db.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    result = run("--db", str(db), "check")
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert "skadad" in result.stderr


def test_english_messages_with_lang_en(tmp_path: Path) -> None:
    result = run("--lang", "en", "--db", str(tmp_path / "x.sqlite3"), "check")
    assert result.returncode == 2
    assert result.stderr.strip() == f"No database at {tmp_path / 'x.sqlite3'}."


def test_restore_of_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "x.sqlite3"), "restore", str(tmp_path / "nope.sqlite3"))
    assert result.returncode == 2
    assert result.stderr.strip().startswith("Säkerhetskopian finns inte")


def test_screenshot_renders_the_municipalities_tab(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = run(
        "--db",
        str(tmp_path / "s.sqlite3"),
        "screenshot",
        "--tab",
        "municipalities",
        "--out",
        str(out),
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    bad = run("--db", str(tmp_path / "s.sqlite3"), "screenshot", "--tab", "nope", "--out", str(out))
    assert bad.returncode == 2 and "municipalities" in bad.stderr
    out.unlink()
    picked = run(
        "--db", str(tmp_path / "s.sqlite3"), "screenshot", "--tab", "municipalities",
        "--kommun", "9999", "--out", str(out), env={"QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert picked.returncode == 2 and "9999" in picked.stderr and not out.exists()


def test_second_start_on_same_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "locked.sqlite3"
    run("--db", str(db), "backup")
    before = db.read_bytes()
    with lock_held_by_other_process(db):
        shot = tmp_path / "x.png"
        result = run(
            "--db",
            str(db),
            "screenshot",
            "--tab",
            "municipalities",
            "--out",
            str(shot),
            env={"QT_QPA_PLATFORM": "offscreen"},
        )
        assert result.returncode != 0
        assert "redan öppen" in result.stderr
        assert not shot.exists()
    assert db.read_bytes() == before
