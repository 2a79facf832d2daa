"""Known situations that need Qt (#13 items 8 and 10): a bad --size for a screenshot, and the
settings file's mode whatever the umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from samordnare_desktop.app import main
from samordnare_desktop.db import backup

UNEXPECTED = "oväntat fel"


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_bad_size_is_one_line(tmp_path: Path, capsys) -> None:
    code, _out, err = _cli(
        capsys,
        "--db", str(tmp_path / "db.sqlite3"),
        "screenshot", "--tab", "visits", "--out", str(tmp_path / "a.png"), "--size", "10xabc",
    )  # fmt: skip
    assert code == 2 and "--size 10xabc" in err and UNEXPECTED not in err


def test_files_and_folders_are_private_whatever_the_umask(tmp_path: Path, capsys) -> None:
    from samordnare_desktop.app import settings

    old = os.umask(0)
    try:
        db = tmp_path / "data" / "db.sqlite3"
        assert main(["--db", str(db), "backup"]) == 0
        store = settings()
        store.setValue("language", "sv")
        store.sync()
        path = Path(store.fileName())
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    folder = backup.backup_dir_for(db)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for copy in backup.list_backups(db):
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    log_dir = Path(os.environ["SAMORDNARE_LOG_DIR"])
    assert stat.S_IMODE(log_dir.stat().st_mode) == 0o700
