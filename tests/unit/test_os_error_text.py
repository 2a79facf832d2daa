"""An OSError reaches the user in Swedish (``files.os_error_reason``), never as the operating
system's English text inside a Swedish line: the command line's refusals, for real paths (a
folder, a path through a file, a missing folder) and for a read-only or full disk."""

from __future__ import annotations

import errno
import os
import textwrap
from pathlib import Path

import pytest

from samordnare_desktop.files import os_error_reason
from tests.helpers import cli

ENGLISH = [
    os.strerror(code)
    for code in (
        errno.EROFS,
        errno.EACCES,
        errno.EPERM,
        errno.ENOSPC,
        errno.EDQUOT,
        errno.ENOENT,
        errno.EISDIR,
        errno.ENOTDIR,
        errno.EEXIST,
        errno.ENAMETOOLONG,
        errno.EBUSY,
        errno.ETXTBSY,
    )
]


def _no_english(text: str) -> None:
    for words in ENGLISH:
        assert words.lower() not in text.lower(), text


@pytest.mark.parametrize(
    ("code", "swedish"),
    [
        (errno.EROFS, "skrivskyddad"),
        (errno.EACCES, "behörighet"),
        (errno.EPERM, "behörighet"),
        (errno.ENOSPC, "disken är full"),
        (errno.EDQUOT, "disken är full"),
        (errno.ENOENT, "finns inte"),
        (errno.EISDIR, "är en mapp"),
        (errno.ENOTDIR, "är en fil, inte en mapp"),
        (errno.EEXIST, "finns redan"),
        (errno.ENAMETOOLONG, "för långt"),
        (errno.EBUSY, "används av ett annat program"),
        (errno.ETXTBSY, "används av ett annat program"),
    ],
)
def test_each_known_errno_is_a_swedish_reason(code, swedish):
    text = os_error_reason(OSError(code, os.strerror(code), "/x"))
    assert swedish in text
    _no_english(text)


def test_an_errno_not_named_keeps_the_systems_text():
    text = os_error_reason(OSError(errno.EIO, os.strerror(errno.EIO)))
    assert text == f"systemet svarar: {os.strerror(errno.EIO)}"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.sqlite3"


def _refusal(argv: list[str]) -> str:
    done = cli(argv)
    assert done.returncode != 0, done.stdout
    return done.stderr.strip()


def test_command_line_import_of_a_folder_is_swedish(db, tmp_path):
    folder = tmp_path / "mapp"
    folder.mkdir()
    line = _refusal(["--db", str(db), "import", "placements", str(folder), "--period", "2025"])
    assert str(folder) in line and "det är en mapp, inte en fil" in line
    _no_english(line)


def test_command_line_import_through_a_file_is_swedish(db, tmp_path):
    plain = tmp_path / "fil.txt"
    plain.write_text("x")
    path = plain / "placeringar.csv"
    line = _refusal(["--db", str(db), "import", "placements", str(path), "--period", "2025"])
    assert str(path) in line and "en del av sökvägen är en fil" in line
    _no_english(line)


def test_command_line_import_from_a_missing_folder_is_swedish(db, tmp_path):
    path = tmp_path / "saknas" / "placeringar.csv"
    line = _refusal(["--db", str(db), "import", "placements", str(path), "--period", "2025"])
    assert str(path) in line and "finns inte" in line
    _no_english(line)


@pytest.mark.parametrize(
    ("code", "swedish"),
    [(errno.EROFS, "skrivskyddad"), (errno.ENOSPC, "disken är full"), (errno.EACCES, "behörighet")],
)
def test_command_line_export_to_a_disk_that_refuses_is_swedish(
    db, tmp_path, monkeypatch, code, swedish
):
    """The export's own file fails as a read-only or full disk would (the rename is refused, in
    the command's process, through a sitecustomize on its path)."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        textwrap.dedent(
            f"""
            import os

            _replace = os.replace

            def replace(source, target, *args, **kwargs):
                if str(target).endswith(".xlsx"):
                    raise OSError({code}, os.strerror({code}), str(target))
                return _replace(source, target, *args, **kwargs)

            os.replace = replace
            """
        )
    )
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(hook), os.environ.get("PYTHONPATH", "")]))
    out = tmp_path / "ut.xlsx"
    line = _refusal(["--db", str(db), "export", "placements", "--out", str(out)])
    assert str(out) in line and swedish in line
    _no_english(line)
    assert not out.exists()


@pytest.mark.parametrize(
    ("code", "swedish"),
    [(errno.EROFS, "skrivskyddad"), (errno.EACCES, "behörighet"), (errno.EPERM, "behörighet")],
)
def test_a_database_the_system_refuses_is_one_swedish_line(tmp_path, code, swedish):
    """The start's and the command line's one line for a refused database file
    (``cli.known_problem``) names the file and says why in Swedish."""
    from samordnare_desktop.cli import known_problem

    path = tmp_path / "samordnare.sqlite3"
    line = known_problem(OSError(code, os.strerror(code), str(path)), path)
    assert line is not None and str(path) in line and swedish in line
    _no_english(line)
