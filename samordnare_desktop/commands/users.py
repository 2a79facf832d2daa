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
        default="coordinator",
        metavar="ROLE",
        help="samordnare, utredningssekreterare, ämnessakkunnig or kommunikatör "
        "(or coordinator, secretary, subject_expert, communicator; default samordnare)",
    )
    add.set_defaults(func=run_add)
    listing = sub.add_parser("list", help="print the users: name, role, active (tab-separated)")
    listing.set_defaults(func=run_list)


def run_add(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.domain.user import UserRole
    from samordnare_desktop.session import AppSession

    role = UserRole.parse(args.role)  # a bad role is refused before the database is opened
    with AppSession(db_path, daily_backup=False) as session:
        row = session.services.users.add(args.name, role)
    print(
        translate("cli", "User added: {name} ({role}).").format(
            name=row.name, role=row.role.label().lower()
        )
    )
    return 0


def run_list(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.session import AppSession

    with AppSession(db_path, daily_backup=False) as session:
        rows = session.services.users.users()
    for row in rows:
        state = "active" if row.active else "inactive"
        print(f"{row.name}\t{row.role.value}\t{state}")
    return 0
