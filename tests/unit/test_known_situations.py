"""Known situations are one clear line, never "unexpected error" (#13 items 8-11).

Each case a user meets: ``--db`` a folder, empty or a device; a bad ``--size``; a broken pipe;
a damaged database under ``list``; ``check`` that calls a file damaged only when it is; file
modes whatever the umask; ``--out`` onto a device, a symlink, a missing folder or the wrong
suffix.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from samordnare_desktop.app import main
from samordnare_desktop.db import backup, encryption, keys
from tests.helpers import copy_database

UNEXPECTED = "oväntat fel"


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Path:
    """The demo in a database of the test's own (``main(["--db", db, "demo"])``, once per
    session: a copy with identities of its own)."""
    return copy_database(demo_template, tmp_path / "demo.sqlite3")


def _special_file(folder: Path) -> Path:
    """A file that is neither a regular file nor a folder, made for the test (a FIFO): the real
    ``/dev/null`` is never handed to the app, so no test can write or replace a device."""
    fifo = folder / "special-null"
    os.mkfifo(fifo)
    return fifo


@pytest.mark.parametrize(
    "db, words",
    [("FOLDER", "mapp"), ("", "tom sökväg"), ("  ", "tom sökväg"), ("SPECIAL", "ingen databasfil")],
    ids=["folder", "empty", "blank", "special-file"],
)
@pytest.mark.parametrize("command", [["list", "visits"], ["check"], ["backup"], []])
def test_db_that_is_no_database_file_is_one_line(
    tmp_path: Path, capsys, monkeypatch, db: str, words: str, command: list[str]
) -> None:
    if not command and db in ("FOLDER", "SPECIAL"):
        pytest.skip("the window's own check of --db is tested in tests/ui")
    monkeypatch.chdir(tmp_path)
    if db == "FOLDER":
        db = str(tmp_path)
    elif db == "SPECIAL":
        db = str(_special_file(tmp_path))
    before = sorted(p.name for p in tmp_path.iterdir())
    code, _out, err = _cli(capsys, "--db", db, *command)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and UNEXPECTED not in err
    assert words in err
    if words == "tom sökväg":  # not "<the current folder> is a folder": a file is needed
        assert str(tmp_path) not in err and "databasfil" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_broken_pipe_stops_quietly(demo_db: Path, monkeypatch, capsys) -> None:
    class ClosedPipe(io.StringIO):
        def write(self, _text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self) -> int:
            return os.open(sink, os.O_WRONLY | os.O_CREAT, 0o600)

    sink = demo_db.parent / "fake-null"  # stands in for the null device: none is touched
    monkeypatch.setattr(os, "devnull", str(sink))
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    code = main(["--db", str(demo_db), "list", "visits"])
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert code == 141 and err == ""


def _damage_tables(path: Path) -> None:
    """Trample pages in the middle: the header and schema stay readable."""
    data = bytearray(path.read_bytes())
    data[4096 * 20 : 4096 * 60] = b"\xff" * (4096 * 40)
    path.write_bytes(bytes(data))


def test_list_on_a_damaged_database_is_one_line(demo_db: Path, capsys) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(demo_db) + suffix).unlink(missing_ok=True)
    _damage_tables(demo_db)
    code, _out, err = _cli(capsys, "--db", str(demo_db), "list", "visits")
    assert code == 2 and len(err.strip().splitlines()) == 1 and UNEXPECTED not in err
    assert "skadad" in err


def test_check_says_damaged_only_when_the_integrity_check_fails(
    demo_db: Path, capsys, monkeypatch
) -> None:
    # encryption interrupted (a key file beside a still plaintext database): not "damaged"
    document, _new = keys.build_key_file("korrekt häst batteri")
    keys.write_key_file(demo_db, document)
    monkeypatch.setenv("SAMORDNARE_PASSPHRASE", "korrekt häst batteri")
    code, _out, err = _cli(capsys, "--db", str(demo_db), "check")
    assert code == 2 and "skadad" not in err and "encrypt" in err
    keys.key_file_for(demo_db).unlink()
    encryption.forget_all_keys()
    # many findings: still one line, and it says how many more
    _damage_tables(demo_db)
    code, _out, err = _cli(capsys, "--db", str(demo_db), "check")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "skadad" in err


# --- --out -------------------------------------------------------------------------------------
REPORT = ["export", "report", "--from", "2026-01-01", "--to", "2026-03-31", "--out"]


@pytest.mark.parametrize(
    "out, words",
    [
        ("SPECIAL", "måste sluta på .pdf"),
        ("SPECIAL.pdf", "ingen vanlig fil"),
        ("MISSING/rapport.pdf", "finns inte"),
        ("rapport.txt", "måste sluta på .pdf"),
        ("FOLDER.pdf", "är en mapp"),
    ],
)
def test_out_refusals_are_one_line_and_write_nothing(
    demo_db: Path, capsys, out: str, words: str
) -> None:
    folder = demo_db.parent
    (folder / "FOLDER.pdf").mkdir()
    if out.startswith("SPECIAL"):
        os.mkfifo(folder / out)  # a special file made for the test, never the real /dev/null
    out = out.replace("MISSING", str(folder / "missing")).replace(
        "FOLDER.pdf", str(folder / "FOLDER.pdf")
    )
    if not out.startswith("/"):
        out = str(folder / out)
    before = sorted(p.name for p in folder.iterdir())
    code, _out, err = _cli(capsys, "--db", str(demo_db), *REPORT, out)
    assert code == 2 and words in err and len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in folder.iterdir()) == before


def test_out_through_a_symlink_writes_the_target_and_keeps_the_link(
    demo_db: Path, tmp_path: Path, capsys
) -> None:
    target = tmp_path / "real.pdf"
    target.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    code, _out, err = _cli(capsys, "--db", str(demo_db), *REPORT, str(link))
    assert code == 0, err
    assert link.is_symlink() and target.read_bytes().startswith(b"%PDF")


def test_a_device_behind_a_name_is_never_replaced(tmp_path: Path) -> None:
    from samordnare_desktop.domain.errors import UserError
    from samordnare_desktop.files import atomic_write_bytes

    special = _special_file(tmp_path)
    link = tmp_path / "null.pdf"
    link.symlink_to(special)
    with pytest.raises(UserError, match="ingen vanlig fil"):
        atomic_write_bytes(link, b"%PDF")
    assert link.is_symlink() and special.is_fifo()
    with pytest.raises(UserError, match="ingen vanlig fil"):
        atomic_write_bytes(special, b"%PDF")
    assert special.is_fifo()


def test_no_test_here_hands_the_real_dev_null_to_the_app() -> None:
    """As root a test that wrote or replaced /dev/null could break the machine (#13)."""
    source = Path(__file__).read_text(encoding="utf-8")
    device = "/dev/" + "null"
    assert f'"{device}"' not in source and f"'{device}'" not in source
    assert "os." + "devnull" not in source


def test_export_person_out_with_a_pdf_suffix_gives_one_set(
    demo_db: Path, tmp_path: Path, capsys
) -> None:
    from samordnare_desktop.services.municipalities import ContactInput
    from samordnare_desktop.session import AppSession

    with AppSession(demo_db, daily_backup=False) as session:
        mjolby = session.services.municipalities.by_code("0586")
        session.services.municipalities.add_contact(mjolby.id, ContactInput("Anna Utdrag"))
    out = tmp_path / "utdrag.pdf"
    code, _out, err = _cli(
        capsys, "--db", str(demo_db), "export", "person", "--name", "Anna Utdrag", "--out", str(out)
    )
    assert code == 0, err
    names = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("utdrag"))
    assert names == ["utdrag.json", "utdrag.pdf", "utdrag.txt"]


def test_litter_of_a_killed_process_is_removed_at_the_next_start(tmp_path: Path, capsys) -> None:
    from samordnare_desktop.files import atomic_write_bytes

    exports = tmp_path / "exports"
    exports.mkdir()
    atomic_write_bytes(exports / "lista.pdf", b"%PDF")  # the folder is remembered
    dead = 2**22 + 17  # no such process
    (exports / f".lista.pdf.{dead}.abc123.part").write_bytes(b"half")
    (exports / f".lista.pdf.{dead}.abc123.part-journal").write_bytes(b"half")
    (exports / f".lista.pdf.{os.getpid()}.live.part").write_bytes(b"being written")
    db = tmp_path / "data" / "db.sqlite3"
    assert main(["--db", str(db), "backup"]) == 0
    capsys.readouterr()
    folder = backup.backup_dir_for(db)
    (first,) = backup.list_backups(db)
    (folder / (first.name + ".part")).write_bytes(b"torn")
    (folder / (first.name + ".part-journal")).write_bytes(b"torn")
    Path(str(db) + ".restore").write_bytes(b"torn")
    assert main(["--db", str(db), "list", "visits"]) == 0
    assert sorted(p.name for p in exports.iterdir()) == [
        f".lista.pdf.{os.getpid()}.live.part",
        "lista.pdf",
    ]
    assert sorted(p.name for p in folder.iterdir()) == [first.name]
    assert not Path(str(db) + ".restore").exists()


def _files(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (not in subfolders) with its bytes."""
    return {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}


def test_a_backups_path_that_is_a_file_is_said_and_left_alone(tmp_path: Path, capsys) -> None:
    """The backups folder beside the database is a file: the backup command and the window's
    start (its daily backup) say so in words, not "unexpected error", and change nothing."""
    from samordnare_desktop.domain.errors import DatabaseError
    from samordnare_desktop.services.startup import open_database

    db = tmp_path / "samordnare.sqlite3"
    open_database(db, daily_backup=False).close()
    (tmp_path / "backups").write_bytes(b"someone else's notes\n")
    before = _files(tmp_path)
    code, _out, err = _cli(capsys, "--db", str(db), "backup")
    assert code == 2
    assert UNEXPECTED not in err
    assert f"{tmp_path / 'backups'} är en fil, inte en mapp" in err
    assert "Flytta filen eller byt namn på den" in err
    assert len(err.strip().splitlines()) == 1
    (tmp_path / "samordnare.sqlite3.lock").unlink()  # the instance lock a command leaves, free
    assert _files(tmp_path) == before
    with pytest.raises(DatabaseError, match="är en fil, inte en mapp"):
        open_database(db, daily_backup=True)  # the window's open: a backup is due today
    assert _files(tmp_path) == before
    assert backup.list_backups(db) == []


@pytest.mark.parametrize("revision", ["head", "first"])
def test_another_programs_file_with_our_alembic_version_is_said_and_left_alone(
    tmp_path: Path, capsys, revision: str
) -> None:
    """Another program that uses Alembic too: its ``alembic_version`` names a revision of ours,
    but none of our tables are there. Refused in words before a byte is written (it was given
    an identity and backed up, then failed as "unexpected error")."""
    import sqlite3

    from samordnare_desktop.db import migrate
    from samordnare_desktop.domain.errors import DatabaseError
    from samordnare_desktop.services.startup import open_database

    ours = sorted(migrate.script_heads()) if revision == "head" else ["0001_foundation"]
    assert set(ours) <= set(migrate.script_revisions())
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.executemany("INSERT INTO alembic_version VALUES (?)", [(r,) for r in ours])
        conn.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount REAL)")
        conn.execute("INSERT INTO invoice VALUES (1, 9.5)")
    conn.close()
    before = _files(tmp_path)
    said = f"{db} är inte en databas för Samordnare Desktop"
    for command in (["list", "visits"], ["backup"], ["check"]):
        code, _out, err = _cli(capsys, "--db", str(db), *command)
        assert code == 2, err
        assert UNEXPECTED not in err
        assert said in err and "ingen av dess tabeller" in err
        assert "Ingenting ändrades" in err
        assert _files(tmp_path) == before  # no identity written, no lock left
        assert not (tmp_path / "backups").exists()
    with pytest.raises(DatabaseError, match="ingen av dess tabeller"):
        open_database(db, daily_backup=True)  # as the window opens it
    assert _files(tmp_path) == before
    assert not (tmp_path / "backups").exists()
