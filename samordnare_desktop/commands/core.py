"""Core commands: check, backup, restore, screenshot."""

from __future__ import annotations

import argparse
from pathlib import Path

from samordnare_desktop.cli import CommandGroups
from samordnare_desktop.db import backup
from samordnare_desktop.domain.errors import DatabaseError
from samordnare_desktop.i18n import translate


def register(groups: CommandGroups) -> None:
    check = groups.top.add_parser("check", help="run an integrity check of the database")
    check.set_defaults(func=run_check)
    make = groups.top.add_parser("backup", help="make a backup now")
    make.set_defaults(func=run_backup)
    restore = groups.top.add_parser(
        "restore", help="restore a backup (the current state is backed up first)"
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(func=run_restore)
    shot = groups.top.add_parser("screenshot", help="render a tab offscreen and save it as PNG")
    shot.add_argument(
        "--tab", required=True, metavar="NAME", help="the tab's objectName, e.g. municipalities"
    )
    shot.add_argument("--out", required=True, type=Path, metavar="FILE.png")
    shot.add_argument("--size", default="1400x900", metavar="WxH")
    shot.set_defaults(func=None, gui=True)


def run_check(args: argparse.Namespace, db_path: Path) -> int:
    if not db_path.exists():
        raise DatabaseError(translate("cli", "No database at {path}.").format(path=str(db_path)))
    problems = backup.integrity_problems(db_path)
    if problems:
        raise DatabaseError(
            translate(
                "cli", "The database is damaged: {detail}. Restore a backup with 'restore'."
            ).format(detail="; ".join(problems[:3]))
        )
    print(translate("cli", "Database OK: {path}").format(path=str(db_path)))
    return 0


def run_backup(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.session import AppSession

    with AppSession(db_path, daily_backup=False) as session:
        target = backup.backup_now(session.db_path)
    print(translate("cli", "Backup written: {path}").format(path=str(target)))
    return 0


def run_restore(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.instance_lock import InstanceLock

    lock = InstanceLock(db_path)
    lock.acquire()
    try:
        safety = backup.restore(args.file.expanduser().resolve(), db_path)
    finally:
        lock.release()
    print(
        translate("cli", "Restored {file} into {path}.").format(
            file=str(args.file), path=str(db_path)
        )
    )
    if safety is not None:
        print(
            translate("cli", "The previous state was backed up to {path}.").format(path=str(safety))
        )
    return 0
