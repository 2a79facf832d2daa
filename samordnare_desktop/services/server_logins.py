"""A named user's login on the team server follows the user (#20): deactivating a user who
left disables their login (``ALTER ROLE ... NOLOGIN``), activating them again enables it.

Only where this program is connected to the server as a login that may change logins (the
owner, with CREATEROLE). Anywhere else the user hears, in one line, that the login was not
changed and how to change it: a laptop cannot reach the server's logins (its deactivation
reaches the server's user list with the next sync, not the login), and an editor's login may
not change roles.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from samordnare_desktop.i18n import translate

if TYPE_CHECKING:
    from samordnare_desktop.db.engine import Database

log = logging.getLogger(__name__)


def follow_user(db: Database, name: str, active: bool) -> str | None:
    """Disable (``active`` False) or enable the login of the user ``name``; what became of it in
    one line, or None when there is nothing to say (no team server, no login of theirs)."""
    if db.dialect != "postgresql":
        return None if active else _not_from_a_laptop(db, name)
    from samordnare_desktop.db import server_roles

    login = server_roles.login_from_name(name)
    try:
        with db.engine.begin() as conn:
            found = server_roles.login_of(conn, name)
            if found is None:
                return None
            login = found
            server_roles.set_login_enabled(conn, login, active)
    except Exception as exc:
        if not server_roles.is_denied(exc):
            raise
        log.info("a login on the team server was not changed (no CREATEROLE)")
        if active:
            return translate(
                "users",
                "{name}'s login {login} on the team server was not enabled: your login may not "
                "change logins. Ask the server's administrator.",
            ).format(name=name, login=login)
        return translate(
            "users",
            "{name}'s login {login} on the team server still works: your login may not change "
            "logins. Ask the server's administrator to disable it (ALTER ROLE {login} "
            "NOLOGIN).",
        ).format(name=name, login=login)
    if active:
        return translate("users", "{name}'s login {login} on the team server works again.").format(
            name=name, login=login
        )
    return translate("users", "{name}'s login {login} on the team server is disabled.").format(
        name=name, login=login
    )


def _not_from_a_laptop(db: Database, name: str) -> str | None:
    """A laptop with a team server: the login there is not changed from here (say so)."""
    from samordnare_desktop.services import server_settings

    try:
        if db.path is None or server_settings.load(db.path) is None:
            return None
    except Exception:  # an unreadable settings file: the deactivation itself stands
        return None
    return translate(
        "users",
        "{name} is deactivated here and on the team server's list with the next sync, but a "
        "login of theirs on the team server is not changed from this computer: disable it with "
        "Arkiv → Användare opened on the server as its owner, or ask its administrator.",
    ).format(name=name)
