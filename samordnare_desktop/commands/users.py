"""Named users (#20): ``users add NAME --role ROLE`` and ``users list`` (tab-separated: name,
role, active or inactive; the role and state as codes, the same in every language). Who a
command records is chosen with the global ``--user NAME`` (see ``services.users``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from samordnare_desktop.commands.groups import CommandGroups
from samordnare_desktop.i18n import translate


def register(groups: CommandGroups) -> None:
    top = groups.top.add_parser("users", help="the team's named users: add or list them")
    sub = top.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a user")
    add.add_argument("name", metavar="NAME", help='the person\'s name, e.g. "Petra Rinman"')
    add.add_argument(
        "--role",
        default=None,
        metavar="ROLE",
        help="samordnare, utredningssekreterare, ämnessakkunnig or kommunikatör "
        "(or coordinator, secretary, subject_expert, communicator; default samordnare)",
    )
    add.add_argument(
        "--login",
        nargs="?",
        const="",
        metavar="LOGIN",
        help="with --server: also create the person's login on the server, in the editor or "
        "the reader role (LOGIN: default from the name, e.g. petra.rinman); its password from "
        "SAMORDNARE_NEW_USER_PASSWORD or asked twice",
    )
    add.set_defaults(func=run_add)
    listing = sub.add_parser("list", help="print the users: name, role, active (tab-separated)")
    listing.set_defaults(func=run_list)
    logins = sub.add_parser(
        "logins",
        help="with --server: the logins on the team server, each once, and the groups it is a "
        "member of (samordnare_editor, samordnare_reader or both, comma-separated), "
        "tab-separated",
    )
    logins.set_defaults(func=run_logins)


def run_add(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.domain.user import UserRole
    from samordnare_desktop.session import AppSession, requested_server

    # a bad role is refused before the database is opened; None: the user's own (an existing
    # user given a login), else samordnare
    given = UserRole.parse(args.role) if args.role is not None else None
    role = given or UserRole.COORDINATOR
    on_server = args.login is not None
    if on_server and requested_server() is None:
        from samordnare_desktop.domain.errors import UserError

        raise UserError(
            translate("cli", "--login makes a login on the team server: give --server URL too.")
        )
    login = password = None
    if on_server:
        from samordnare_desktop.db.server_roles import check_login_name, login_from_name

        login = check_login_name(args.login or login_from_name(args.name))
        password = _new_password(login)
    with AppSession(db_path, daily_backup=False) as session:
        existing = session.services.users.find(args.name) if on_server else None
        if existing is not None:
            # the login's group follows the role the team knows the person by: a login for
            # the kommunikatör must never land in the editors' group (and see personal data)
            if given is not None and given is not existing.role:
                from samordnare_desktop.domain.errors import UserError

                raise UserError(
                    translate(
                        "cli",
                        "{name} is {role} in the team; the login gets that role. Leave out "
                        "--role, or change the role in Arkiv > Användare first. Nothing was "
                        "changed.",
                    ).format(name=existing.name, role=existing.role.label().lower())
                )
            role = existing.role
        if on_server:
            person = existing.name if existing is not None else " ".join(args.name.split())
            _create_login(session.db, login, password, role, person)
        row = existing or session.services.users.add(args.name, role)
    if existing is None:
        print(
            translate("cli", "User added: {name} ({role}).").format(
                name=row.name, role=row.role.label().lower()
            )
        )
    if on_server:
        from samordnare_desktop.db.server_roles import READER, group_for

        print(
            translate("cli", "Login {login} on the team server, in the role {group}{what}.").format(
                login=login,
                group=group_for(role),
                what=translate("cli", " (reads; no personal data)")
                if group_for(role) == READER
                else "",
            )
        )
    return 0


def run_logins(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.db import server_roles
    from samordnare_desktop.domain.errors import UserError
    from samordnare_desktop.session import AppSession, requested_server

    if requested_server() is None:
        raise UserError(
            translate("cli", "'users logins' lists the team server's logins: give --server URL.")
        )
    with AppSession(db_path, daily_backup=False) as session, session.db.engine.connect() as conn:
        rows = server_roles.logins(conn)
    disabled = translate("cli", "deactivated")
    for login, groups, enabled in rows:
        print(f"{login}\t{','.join(groups)}" + ("" if enabled else f"\t{disabled}"))
    return 0


NEW_PASSWORD_ENV = "SAMORDNARE_NEW_USER_PASSWORD"


def _new_password(login: str) -> str:
    """The new login's password: from ``SAMORDNARE_NEW_USER_PASSWORD``, else typed twice on
    the terminal (never echoed, never an argument: it would stay in the shell's history)."""
    import getpass
    import os
    import sys

    from samordnare_desktop.domain.errors import UserError

    value = os.environ.get(NEW_PASSWORD_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise UserError(
            translate(
                "cli",
                "A login on the team server needs a password: set SAMORDNARE_NEW_USER_PASSWORD "
                "or run this at a terminal.",
            )
        )
    first = getpass.getpass(translate("cli", "Password for {login}: ").format(login=login))
    if getpass.getpass(translate("cli", "Repeat the password: ")) != first:
        raise UserError(translate("cli", "The passwords differ. Nothing was changed."))
    return first


def _create_login(db, login: str, password: str, role, person: str | None = None) -> None:
    """The LOGIN role on the server, in the editor or reader group (``db/server_roles.py``);
    a refusal (no right to create roles) is one line."""
    from samordnare_desktop.db import server_roles

    try:
        with db.engine.begin() as conn:
            server_roles.create_login(conn, login, password, role, person)
    except Exception as exc:
        refused = server_roles.refusal(exc)
        if refused is None:
            raise
        from samordnare_desktop.domain.errors import UserError

        raise UserError(
            translate(
                "cli",
                "Your login on the team server may not create logins (it needs CREATEROLE): "
                "ask the server's administrator. Nothing was changed.",
            )
        ) from exc


def run_list(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.session import AppSession

    with AppSession(db_path, daily_backup=False) as session:
        rows = session.services.users.users()
    for row in rows:
        state = "active" if row.active else "inactive"
        print(f"{row.name}\t{row.role.value}\t{state}")
    return 0
