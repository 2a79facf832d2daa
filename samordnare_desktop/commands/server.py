"""``--server URL``: every command works directly on the team's PostgreSQL server.

:func:`server_password` is the one place the command line finds the password: the URL itself,
``SAMORDNARE_SERVER_PASSWORD``, the keyring or the sealed copy (``db/credentials.py``), else
asked for when a person is at the terminal. Commands that only make sense on a database file
(``check``, ``backup``, ``restore``, the encryption commands, ``screenshot``) refuse ``--server``.
"""

from __future__ import annotations

import getpass
import sys

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.i18n import translate

FILE_ONLY = frozenset(
    {"check", "backup", "restore", "screenshot", "encrypt", "decrypt", "change-passphrase"}
)


def server_password(url: str) -> str | None:
    """The password for ``url`` (see the module's text); None: try without one."""
    from samordnare_desktop.db import credentials, server_url

    found = credentials.server_password(server_url.parse(url))
    if found is not None:
        return found
    if sys.stdin.isatty():
        try:
            typed = getpass.getpass(
                translate("cli", "Password for {server}: ").format(
                    server=server_url.parse(url).display()
                )
            )
        except (EOFError, KeyboardInterrupt):
            return None
        return typed or None
    return None


def check_server_command(command: str | None, db: str | None) -> None:
    """``--server`` with ``--db``, or with a command for files: one line, nothing opened."""
    if db is not None:
        raise UserError(translate("cli", "Give either --db or --server, not both."))
    if command in FILE_ONLY:
        raise UserError(
            translate(
                "cli",
                "'{command}' works on a database file, not on the server: leave out --server.",
            ).format(command=command)
        )
