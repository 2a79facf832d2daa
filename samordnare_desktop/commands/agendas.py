"""``export agenda``: a visit's agenda as PDF from the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from samordnare_desktop.commands.groups import (
    CommandGroups,
    add_visit_arguments,
    find_visit,
    find_visit_id,
    parse_day,
)
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.i18n import translate


def register(groups: CommandGroups) -> None:
    agenda = groups.export.add_parser("agenda", help="a visit's agenda as PDF")
    add_visit_arguments(agenda)
    agenda.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    agenda.add_argument("--no-descriptions", action="store_true", help="leave out descriptions")
    agenda.add_argument(
        "--compact",
        action="store_true",
        help="one page in larger type, for the wall (more pages if one is too small to read)",
    )
    agenda.add_argument(
        "--presenter-details",
        action="store_true",
        help="print presenters' title and organisation after the name",
    )
    agenda.set_defaults(func=run_export)


def run_export(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.db.requested_server import requested_server
    from samordnare_desktop.files import write_pdf
    from samordnare_desktop.pdf.agenda import AgendaPdfOptions, render_agenda_pages

    parse_day(args.date, "--date")  # a bad date is refused before the database is opened
    if not db_path.exists() and requested_server() is None:
        raise UserError(translate("cli", "No database at {path}.").format(path=str(db_path)))
    document = _read_only_document(args, db_path)
    if document is None:  # the server, or a file the full open must see to first
        from samordnare_desktop.session import AppSession

        with AppSession(db_path, daily_backup=False) as session:
            visit = find_visit(session.services, args)
            document = session.services.agendas.document(visit.id, printed_on=date.today())
    options = AgendaPdfOptions(
        descriptions=not args.no_descriptions,
        presenter_details=args.presenter_details,
        compact=args.compact,
    )
    rendered = render_agenda_pages(document, options)
    write_pdf(args.out, rendered.data)
    count = len(document.items)  # a plain name: lupdate skips a %n count written otherwise
    print(
        translate("agendas_cli", "Agenda written: {path} ({items})").format(
            path=str(args.out),
            items=translate("agendas_cli", "%n item(s)", None, count),
        )
    )
    if rendered.notice:  # the wall version at its smallest readable type still took pages
        print(rendered.notice)
    return 0


def _read_only_document(args: argparse.Namespace, db_path: Path):
    """The agenda read without a session (no ORM, no seeding, no purge: an export only reads)
    when the file needs nothing done at open (``db/reading.py``); None otherwise. The same SQL
    as the agenda service's (``services/agenda_reader.py``), so the same document."""
    from samordnare_desktop.db.reading import open_for_reading
    from samordnare_desktop.db.requested_server import requested_server
    from samordnare_desktop.instance_lock import PROGRAM, InstanceLock

    users = sys.modules.get("samordnare_desktop.services.users")
    if requested_server() is not None or (users is not None and users.requested_user()):
        return None  # the server, or ``--user NAME`` (the session checks the name)
    database = open_for_reading(db_path, InstanceLock(db_path, role=PROGRAM))
    if database is None:
        return None
    from samordnare_desktop.services.agenda_reader import read_agenda_document

    with database as conn:
        return read_agenda_document(conn, find_visit_id(conn, args), printed_on=date.today())
