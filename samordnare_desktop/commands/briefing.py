"""``export briefing``: the briefing before a visit (*besöksunderlag*) as PDF.

``--kommun CODE`` alone: the municipality's next meeting (not cancelled), else its latest;
``--kommun CODE --date DATE`` or ``--id ID``: that meeting.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from samordnare_desktop.commands.groups import CommandGroups, find_visit
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.i18n import translate


def register(groups: CommandGroups) -> None:
    cmd = groups.export.add_parser(
        "briefing",
        help="the briefing before a visit as PDF (--kommun CODE: its next or latest visit)",
    )
    cmd.add_argument("--kommun", metavar="CODE", help="municipality code, e.g. 0586")
    cmd.add_argument("--date", metavar="YYYY-MM-DD", help="the visit's day (default: the next)")
    cmd.add_argument("--id", metavar="ID", help="the meeting's id (list visits --csv)")
    cmd.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    cmd.set_defaults(func=run)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.services.visit_documents import write
    from samordnare_desktop.session import AppSession

    if not args.id and not args.kommun:
        raise UserError(
            translate("cli", "Name the municipality with --kommun CODE (or a meeting with --id).")
        )
    from samordnare_desktop.session import requested_server

    if not db_path.exists() and requested_server() is None:
        raise UserError(translate("cli", "No database at {path}.").format(path=str(db_path)))
    with AppSession(db_path, daily_backup=False) as session:
        services = session.services
        if args.id or args.date:
            visit_id = find_visit(services, args).id
        else:
            visit_id = services.briefing.visit_for_municipality(args.kommun)
        data = services.briefing.pdf(visit_id)
    write(args.out, data)
    print(translate("cli", "Briefing written: {path}").format(path=str(args.out)))
    return 0
