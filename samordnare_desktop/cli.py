"""The command line: ``python main.py [--db PATH | --server URL] [--lang sv|en] [COMMAND ...]``.

No command starts the GUI. Every command prints one clear line to stderr and exits non-zero on
a known error. Feature areas add their commands in ``samordnare_desktop.commands.*``.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence
from pathlib import Path

from samordnare_desktop import __version__
from samordnare_desktop.commands.groups import CommandGroups
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.i18n import translate
from samordnare_desktop.paths import FROZEN


def build_parser(for_argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``for_argv`` naming a known command (the first word, and
    the second after ``export``, ``import`` or ``list``), only the commands of that command's
    module are built (:data:`COMMAND_MODULES`): the same options, help and errors for it, some
    20 ms less of every command's start than building all ~50 parsers and importing every
    command module. Anything else (no command, ``--help``, ``--version``, an unknown or
    misspelt command or option) gets the full parser, which lists every command."""
    module = command_module(for_argv) if for_argv is not None else None
    parser = argparse.ArgumentParser(
        prog="samordnare" if FROZEN else "python main.py",  # the bundle's executable
        description="Samordnare Desktop. Without a command the window opens.",
    )
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: the user data folder)"
    )
    parser.add_argument(
        "--server",
        metavar="URL",
        help="work directly on the team's PostgreSQL server "
        "(postgresql://user@host:5432/database; password: the URL, "
        "SAMORDNARE_SERVER_PASSWORD, the keyring, or asked)",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="who is working (a named user, see 'users list'): recorded in the history",
    )
    parser.add_argument(
        "--lang", choices=("sv", "en"), help="language of UI and documents (default sv)"
    )
    parser.add_argument(
        "--quit-after-ms",
        type=int,
        metavar="MS",
        help="close the window MS milliseconds after it is shown (smoke tests, benchmarks)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    top = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = top.add_parser("export", help="write a document or file").add_subparsers(
        dest="what", metavar="WHAT", required=True
    )
    import_ = top.add_parser("import", help="read data from a file").add_subparsers(
        dest="what", metavar="WHAT", required=True
    )
    list_ = top.add_parser("list", help="print data for scripts").add_subparsers(
        dest="what", metavar="WHAT", required=True
    )
    groups = CommandGroups(top, export, import_, list_)
    if module is None:
        register_commands(groups)
    else:
        importlib.import_module(f"samordnare_desktop.commands.{module}").register(groups)
    _mark_out_options(parser)
    return parser


def register_commands(groups: CommandGroups) -> None:
    """Each feature hangs its commands on ``groups``, in this order (the help lists them so).
    Imported here, when the CLI is used; the window never imports a command module."""
    from samordnare_desktop.commands import (
        action_plans,
        agendas,
        assignment,
        briefing,
        care_places,
        core,
        demo,
        findings,
        insights,
        organisations,
        participant_docs,
        privacy,
        sync,
        users,
        visit_documents,
        visits,
    )

    for module in (
        core,
        demo,
        assignment,
        visits,
        organisations,
        care_places,
        agendas,
        participant_docs,
        visit_documents,
        briefing,
        action_plans,
        insights,
        findings,
        privacy,
        users,
        sync,
    ):
        module.register(groups)


# The module that registers each command: a top-level word, or under export, import and list
# each second word. Lets the parser for one command build only that module's commands;
# tests/unit/test_cli_parser.py holds it to what register_commands() builds.
COMMAND_MODULES: dict[str, str | dict[str, str]] = {
    "check": "core",
    "backup": "core",
    "restore": "core",
    "screenshot": "core",
    "demo": "demo",
    "assignment": "assignment",
    "encrypt": "privacy",
    "decrypt": "privacy",
    "change-passphrase": "privacy",
    "erase": "privacy",
    "users": "users",
    "sync": "sync",
    "export": {
        "visits-ics": "visits",
        "placements": "care_places",
        "agenda": "agendas",
        "participants": "participant_docs",
        "participants-csv": "participant_docs",
        "signin": "participant_docs",
        "badges": "visit_documents",
        "minutes": "visit_documents",
        "press": "visit_documents",
        "table-cards": "visit_documents",
        "visit-pack": "visit_documents",
        "briefing": "briefing",
        "action-plan": "action_plans",
        "follow-up": "action_plans",
        "final-report": "insights",
        "programme-xlsx": "insights",
        "report": "insights",
        "person": "privacy",
        "exchange": "sync",
    },
    "import": {
        "municipality-facts": "organisations",
        "placements": "care_places",
        "participants": "participant_docs",
        "time-study": "insights",
        "exchange": "sync",
    },
    "list": {
        "due": "assignment",
        "visits": "visits",
        "organisations": "organisations",
        "placements": "care_places",
        "findings": "findings",
    },
}

# the options before the command that take a value (``--db PATH``, ``--lang=en``)
_GLOBAL_VALUE_OPTIONS = ("--db", "--server", "--user", "--lang", "--quit-after-ms")


def command_module(argv: Sequence[str]) -> str | None:
    """The module of the command ``argv`` names, read as argparse reads it; None when it names
    none, or when anything before the command is not plainly one of the options above (a
    help or version flag, an abbreviation, a value that looks like an option): the full parser
    decides those."""
    tokens = list(argv)
    while tokens and tokens[0].startswith("-"):
        name, equals, _value = tokens.pop(0).partition("=")
        if name not in _GLOBAL_VALUE_OPTIONS:
            return None
        if not equals and (not tokens or tokens.pop(0).startswith("-")):
            return None
    if not tokens:
        return None
    found = COMMAND_MODULES.get(tokens[0])
    if isinstance(found, dict):
        found = found.get(tokens[1]) if len(tokens) > 1 else None
    return found


def _mark_out_options(parser: argparse.ArgumentParser) -> None:
    """Each command with ``--out FILE.pdf`` (metavar) learns the suffixes it writes."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in set(action.choices.values()):
                _mark_out_options(sub)
        elif action.dest == "out" and isinstance(action.metavar, str):
            suffixes = tuple(
                Path(part).suffix.lower() for part in action.metavar.split("|") if Path(part).suffix
            )
            parser.set_defaults(out_suffixes=suffixes)


def check_out(args: argparse.Namespace) -> None:
    """``--out``: a file name with the format's suffix, in a folder that exists (one line each)."""
    out = getattr(args, "out", None)
    if out is None:
        return
    out = Path(out).expanduser()
    suffixes = getattr(args, "out_suffixes", ())
    if not str(out).strip() or str(out) in (".", ".."):
        raise UserError(translate("cli", "--out: give a file name."))
    if suffixes and out.suffix.lower() not in suffixes:
        raise UserError(
            translate("cli", "--out {path}: the file name must end in {suffixes}.").format(
                path=str(out), suffixes=translate("cli", " or ").join(suffixes)
            )
        )
    try:
        target = out.resolve(strict=False) if out.is_symlink() else out
    except (RuntimeError, OSError) as exc:  # a symlink loop
        raise UserError(
            translate("cli", "--out {path} is a link that leads nowhere (a loop).").format(
                path=str(out)
            )
        ) from exc
    if target.is_dir():
        raise UserError(
            translate("cli", "--out {path} is a folder: give a file name.").format(path=str(out))
        )
    folder = target.parent
    if not folder.is_dir():
        raise UserError(
            translate("cli", "--out: the folder {folder} does not exist.").format(
                folder=str(folder)
            )
        )


def check_db_argument(value: str | None) -> None:
    """``--db ''`` (or only spaces) would mean the current folder: say that a file is needed."""
    if value is not None and not str(value).strip():
        raise UserError(
            translate(
                "cli",
                "--db was given an empty path: give the path to a database file, "
                "e.g. --db samordnare.sqlite3.",
            )
        )


def check_db_path(db_path: Path) -> None:
    """``--db``: a database file, not a folder or a device."""
    if db_path.is_dir():
        raise UserError(
            translate("cli", "{path} is a folder; --db needs a database file.").format(
                path=str(db_path)
            )
        )
    if db_path.exists() and not db_path.is_file():
        raise UserError(
            translate(
                "cli", "{path} is not a database file (it is a device or another special file)."
            ).format(path=str(db_path))
        )


def check_db_folder(db_path: Path) -> None:
    """The window's ``--db``: its folder must exist (as the command line's open requires a
    database there); only the default data location is created on first start, never a
    mistyped path's folders."""
    from samordnare_desktop.paths import default_db_path

    if db_path.parent.is_dir() or db_path == default_db_path().expanduser().resolve():
        return
    raise UserError(
        translate(
            "cli",
            "The folder {folder} does not exist. Create it first, or give --db a file in a "
            "folder that exists. Nothing was created.",
        ).format(folder=str(db_path.parent))
    )


def known_problem(exc: BaseException, db_path: Path) -> str | None:
    """One line for a situation that is not a bug (a full disk, no permission, a read-only or
    damaged file), or None for an unexpected error."""
    import errno
    import sqlite3

    from samordnare_desktop.files import os_error_reason

    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return translate(
            "cli",
            "The disk is full (or cannot be written), so this could not be completed. Free "
            "some space and try again.",
        )
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return translate("cli", "Could not use {path}: {reason}.").format(
            path=str(exc.filename or db_path), reason=os_error_reason(exc)
        )
    text = str(getattr(exc, "orig", None) or exc).lower()
    if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith(
        ("sqlalchemy", "sqlcipher3")
    ):
        if "database or disk is full" in text:
            return translate(
                "cli",
                "The disk is full (or cannot be written), so this could not be completed. Free "
                "some space and try again.",
            )
        if "readonly" in text or "read-only" in text:
            return translate(
                "cli",
                "The database {path} is read-only: the file or its folder cannot be written.",
            ).format(path=str(db_path))
        if "unable to open" in text:
            return translate(
                "cli",
                "The database {path} cannot be opened: check that its folder exists and that "
                "you may write in it.",
            ).format(path=str(db_path))
        if "malformed" in text or "not a database" in text:
            return translate(
                "cli",
                "The database {path} is damaged. Run 'python main.py check', then "
                "'python main.py restore --latest-good'.",
            ).format(path=str(db_path))
    return None
