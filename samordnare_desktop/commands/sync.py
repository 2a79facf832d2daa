"""Sync commands (issue #20): ``sync [--server URL]``, ``export exchange --out FILE``,
``import exchange FILE``.

``sync`` syncs the local database (``--db``) with the team's server: the ``--server`` URL, else
the server saved for this database (Arkiv → Teamserver…); the password from the URL,
``SAMORDNARE_SERVER_PASSWORD``, the keyring or the sealed store where the app kept it, else asked
at the terminal (``services.server_settings.open_team_server``). It prints what
went each way and how many conflicts wait for a decision in the window. A server that is not
the database this computer last synced with (recreated, restored from an older backup) stops
it with one line, nothing changed; ``sync --reseed`` treats that server as new.

The exchange file's passphrase comes from ``SAMORDNARE_EXCHANGE_PASSPHRASE``, else it is asked
for on the terminal (twice when exporting, never echoed).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from samordnare_desktop.commands.groups import CommandGroups
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.i18n import translate

EXCHANGE_ENV = "SAMORDNARE_EXCHANGE_PASSPHRASE"


def register(groups: CommandGroups) -> None:
    sync = groups.top.add_parser(
        "sync", help="sync with the team's server: push local changes, pull the others'"
    )
    sync.add_argument(
        "--server",
        dest="sync_server",
        metavar="URL",
        help="the server (postgresql://user@host:5432/database); default: the saved one",
    )
    sync.add_argument(
        "--reseed",
        action="store_true",
        help="treat the server as new (recreated, or restored from an older backup): forget "
        "this computer's sync checkpoint and send every local row to it, then sync",
    )
    sync.set_defaults(func=run_sync)
    export = groups.export.add_parser(
        "exchange", help="the changes not yet synced, as an encrypted exchange file"
    )
    export.add_argument("--out", required=True, type=Path, metavar="FILE.samxchg")
    export.set_defaults(func=run_export_exchange)
    import_ = groups.import_.add_parser(
        "exchange", help="apply an exchange file from another laptop (same merge as sync)"
    )
    import_.add_argument("file", type=Path, metavar="FILE")
    import_.set_defaults(func=run_import_exchange)


def run_sync(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.services.server_settings import open_team_server
    from samordnare_desktop.session import AppSession

    # the server first: a refused server (wrong password, unreachable, newer, another
    # programme's) stops here, before the local file is opened at all (#20: untouched)
    server = open_team_server(
        Path(db_path).expanduser().resolve(),
        getattr(args, "sync_server", None),
        ask_password=_ask_password,
    )
    try:
        with AppSession(db_path, daily_backup=False) as session:
            result = session.services.sync.sync(server, reseed=bool(getattr(args, "reseed", False)))
    finally:
        server.close()
    print(
        translate("cli", "Synced: {pushed} sent, {pulled} received, {conflicts} conflicts.").format(
            pushed=result.pushed, pulled=result.pulled, conflicts=result.conflicts
        )
    )
    if result.conflicts:
        print(
            translate(
                "cli",
                "Each conflict keeps both values until you decide it in the window (Arkiv → "
                "Synkronisera).",
            )
        )
    return 0


def _ask_password(server: str) -> str | None:
    """The server's password typed at the terminal (none kept anywhere, none in the URL)."""
    if not sys.stdin.isatty():
        return None
    try:
        typed = getpass.getpass(translate("cli", "Password for {server}: ").format(server=server))
    except (EOFError, KeyboardInterrupt):
        return None
    return typed or None


def _passphrase(*, twice: bool) -> str:
    given = os.environ.get(EXCHANGE_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise UserError(
            translate(
                "cli",
                "The exchange file needs a passphrase: set {env} or run the command in a terminal.",
            ).format(env=EXCHANGE_ENV)
        )
    first = getpass.getpass(translate("cli", "Passphrase for the exchange file: "))
    if twice and getpass.getpass(translate("cli", "The same passphrase again: ")) != first:
        raise UserError(translate("cli", "The passphrases differ. Nothing was written."))
    return first


def run_export_exchange(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.session import AppSession

    passphrase = _passphrase(twice=True)
    with AppSession(db_path, daily_backup=False) as session:
        count = session.services.sync.export_exchange(Path(args.out).expanduser(), passphrase)
    print(
        translate("cli", "Exchange file written: {path} ({count} changed rows).").format(
            path=str(args.out), count=count
        )
    )
    return 0


def run_import_exchange(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.session import AppSession

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise UserError(translate("cli", "{path}: no such file.").format(path=str(path)))
    passphrase = _passphrase(twice=False)
    with AppSession(db_path, daily_backup=False) as session:
        result = session.services.sync.import_exchange(path, passphrase)
    print(
        translate(
            "cli", "Exchange file imported: {pulled} rows applied, {conflicts} conflicts."
        ).format(pulled=result.pulled, conflicts=result.conflicts)
    )
    if result.refused:  # never dropped without a word
        from samordnare_desktop.services.sync.by_file import refusal_text

        print(refusal_text(result.refused))
    return 0
