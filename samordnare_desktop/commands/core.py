"""Core commands: check, backup, restore, screenshot."""

from __future__ import annotations

import argparse
from pathlib import Path

from samordnare_desktop.commands.groups import CommandGroups
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
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("file", type=Path, metavar="FILE", nargs="?")
    which.add_argument(
        "--latest-good",
        action="store_true",
        help="the newest backup that passes an integrity check",
    )
    restore.set_defaults(func=run_restore)
    shot = groups.top.add_parser("screenshot", help="render a tab offscreen and save it as PNG")
    shot.add_argument(
        "--tab", required=True, metavar="NAME", help="the tab's objectName, e.g. municipalities"
    )
    shot.add_argument("--out", required=True, type=Path, metavar="FILE.png")
    shot.add_argument("--size", default="1400x900", metavar="WxH")
    shot.add_argument(
        "--kommun",
        metavar="CODE",
        help="select this municipality first (tabs that show one: municipalities)",
    )
    shot.set_defaults(func=None, gui=True)


def run_check(args: argparse.Namespace, db_path: Path) -> int:
    """ "Damaged" only when the integrity check fails; otherwise what is really wrong, in one line."""
    from samordnare_desktop.db.identity import leave_no_wal

    with leave_no_wal(db_path):  # a check only looks: nothing left beside the file
        return _check(db_path)


def _check(db_path: Path) -> int:
    import os

    from samordnare_desktop.db import encryption
    from samordnare_desktop.db.identity import refuse_not_ours

    if not db_path.exists():
        raise DatabaseError(translate("cli", "No database at {path}.").format(path=str(db_path)))
    if not os.access(db_path, os.R_OK):
        raise DatabaseError(
            translate(
                "cli", "The database {path} cannot be read: you lack permission to open it."
            ).format(path=str(db_path))
        )
    encryption.check_can_open(db_path, encryption.key_for(db_path))  # e.g. encryption interrupted
    from samordnare_desktop.db.conversion import unfinished_encryption

    left = unfinished_encryption(db_path)
    if left:  # the database is encrypted, but not yet all its copies
        raise DatabaseError(
            translate(
                "cli",
                "The encryption was interrupted: {count} backups or drafts of the database are "
                "still unencrypted. Run 'encrypt' again to finish it; no data is lost meanwhile.",
            ).format(count=left)
        )
    refuse_not_ours(db_path)  # an empty file is not "whole": it is no database at all
    from samordnare_desktop.db import migrate
    from samordnare_desktop.domain.errors import CorruptDatabaseError

    try:
        schema = migrate.inspect_schema(db_path)
    except CorruptDatabaseError:
        schema = None  # damaged: the integrity check below says how, and which backup to restore
    if schema is not None:
        migrate.refuse_too_new(schema)  # not ours to call whole
        migrate.refuse_foreign_schema(schema, db_path)  # another program's that uses Alembic
    problems = backup.integrity_problems(db_path)
    if problems and not _is_damage(problems):
        raise DatabaseError(
            translate("cli", "The database {path} cannot be opened: {detail}.").format(
                path=str(db_path), detail=_one_line(problems[0])
            )
        )
    if problems:
        good = backup.newest_good_backup(db_path)
        advice = (
            translate(
                "cli",
                "The newest backup that passes the check is {file}; restore it with "
                "'restore --latest-good'.",
            ).format(file=good.name)
            if good
            else translate("cli", "No backup passes the check.")
        )
        more = len(problems) - 3
        detail = "; ".join(_one_line(p) for p in problems[:3]) + (
            translate("cli", " (and {count} more)").format(count=more) if more > 0 else ""
        )
        raise DatabaseError(
            translate("cli", "The database is damaged: {detail}.").format(detail=detail)
            + " "
            + advice
        )
    print(translate("cli", "Database OK: {path}").format(path=str(db_path)))
    return 0


def _one_line(text: str, chars: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= chars else text[: chars - 1] + "…"


def _is_damage(problems: list[str]) -> bool:
    """Findings of the integrity check itself, or SQLite's words for a damaged file; not "unable
    to open", "read-only" or "permission"."""
    first = problems[0].lower()
    return not any(
        words in first
        for words in ("unable to open", "readonly", "read-only", "permission", "locked")
    )


def run_backup(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.session import AppSession

    with AppSession(db_path, daily_backup=False) as session:
        target = backup.backup_now(session.db_path)
    print(translate("cli", "Backup written: {path}").format(path=str(target)))
    return 0


def run_restore(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.instance_lock import InstanceLock

    if args.latest_good:
        from samordnare_desktop.services.recovery import restore_latest_good

        restored = restore_latest_good(db_path)
        print(
            translate("cli", "Restored {file} into {path}.").format(
                file=str(restored.backup), path=str(db_path)
            )
        )
        if restored.kept is not None:
            print(
                translate("cli", "The previous state was kept as {path}.").format(
                    path=str(restored.kept)
                )
            )
        return 0

    lock = InstanceLock(db_path)
    lock.acquire()
    try:
        safety = backup.restore(args.file.expanduser().resolve(), db_path)
    except BaseException:
        lock.release(remove=True)  # refused or failed: no lock file left behind
        raise
    lock.release()
    print(
        translate("cli", "Restored {file} into {path}.").format(
            file=str(args.file), path=str(db_path)
        )
    )
    if safety is not None:
        print(translate("cli", "The previous state was kept as {path}.").format(path=str(safety)))
    return 0
