"""``export agenda``: a visit's agenda as PDF from the command line."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from samordnare_desktop.commands.groups import (
    CommandGroups,
    add_visit_arguments,
    find_visit,
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
        "--compact", action="store_true", help="one page in larger type, for the wall"
    )
    agenda.add_argument(
        "--presenter-details",
        action="store_true",
        help="print presenters' title and organisation after the name",
    )
    agenda.set_defaults(func=run_export)


def run_export(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.files import write_pdf
    from samordnare_desktop.pdf.agenda import AgendaPdfOptions, render_agenda
    from samordnare_desktop.session import AppSession

    parse_day(args.date, "--date")  # a bad date is refused before the database is opened
    from samordnare_desktop.session import requested_server

    if not db_path.exists() and requested_server() is None:
        raise UserError(translate("cli", "No database at {path}.").format(path=str(db_path)))
    with AppSession(db_path, daily_backup=False) as session:
        visit = find_visit(session.services, args)
        document = session.services.agendas.document(visit.id, printed_on=date.today())
    options = AgendaPdfOptions(
        descriptions=not args.no_descriptions,
        presenter_details=args.presenter_details,
        compact=args.compact,
    )
    write_pdf(args.out, render_agenda(document, options))
    count = len(document.items)  # a plain name: lupdate skips a %n count written otherwise
    print(
        translate("agendas_cli", "Agenda written: {path} ({items})").format(
            path=str(args.out),
            items=translate("agendas_cli", "%n item(s)", None, count),
        )
    )
    return 0
