"""Participant documents from the command line.

``export participants`` (list PDF), ``export signin`` (sign-in sheet PDF), ``export
participants-csv`` (CSV or XLSX) and ``import participants FILE [--dry-run]``; the visit is
named by its id (``list visits --csv``) or by municipality code and date.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from samordnare_desktop.commands.groups import CommandGroups, add_visit_arguments, find_visit
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.i18n import translate

_GROUPS = ("category", "organisation", "none")
_COLUMNS = ("name", "title", "organisation", "category", "email", "phone", "attendance", "notes")


_visit_arguments = add_visit_arguments


def register(groups: CommandGroups) -> None:
    plist = groups.export.add_parser("participants", help="participant list of a visit as PDF")
    _visit_arguments(plist)
    plist.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    plist.add_argument("--group-by", choices=_GROUPS, default="category")
    plist.add_argument(
        "--columns",
        metavar="LIST",
        help=f"comma-separated, from: {','.join(_COLUMNS)} (default name,title,organisation,attendance)",
    )
    plist.add_argument(
        "--attendance-as",
        choices=("boxes", "words"),
        default="boxes",
        help="attendance as check boxes or Yes/No",
    )
    plist.set_defaults(func=run_export_list)

    signin = groups.export.add_parser("signin", help="sign-in sheet (närvarolista) as PDF")
    _visit_arguments(signin)
    signin.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    signin.add_argument(
        "--blank-rows", type=int, default=10, metavar="N", help="empty rows for walk-ins (10)"
    )
    signin.set_defaults(func=run_export_signin)

    table = groups.export.add_parser(
        "participants-csv", help="participants of a visit as CSV (Excel, ';') or XLSX"
    )
    _visit_arguments(table)
    table.add_argument("--out", required=True, type=Path, metavar="FILE.csv|FILE.xlsx")
    table.set_defaults(func=run_export_table)

    imp = groups.import_.add_parser(
        "participants", help="add participants to a visit from a CSV or XLSX file"
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    _visit_arguments(imp)
    imp.add_argument("--dry-run", action="store_true", help="only show what would be done")
    imp.add_argument("--sheet", metavar="NAME", help="the XLSX sheet to read (default: the first)")
    imp.set_defaults(func=run_import)


def _open(db_path: Path):
    from samordnare_desktop.session import AppSession

    return AppSession(db_path, daily_backup=False)


def _require_pdf(path: Path) -> Path:
    if path.suffix.lower() != ".pdf":
        raise UserError(translate("cli", "The output file must end in .pdf."))
    return path


def run_export_list(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.files import write_pdf
    from samordnare_desktop.pdf.participants import (
        AttendanceStyle,
        GroupBy,
        ListColumn,
        ListOptions,
    )

    out = _require_pdf(args.out)
    options = ListOptions(
        group_by=GroupBy(args.group_by), attendance_style=AttendanceStyle(args.attendance_as)
    )
    if args.columns:
        names = [c.strip() for c in args.columns.split(",") if c.strip()]
        unknown = [n for n in names if n not in _COLUMNS]
        if unknown:
            raise UserError(
                translate("cli", "Unknown column {name}; choose from {names}.").format(
                    name=unknown[0], names=", ".join(_COLUMNS)
                )
            )
        options = ListOptions(
            group_by=options.group_by,
            columns=tuple(ListColumn(n) for n in names),
            attendance_style=options.attendance_style,
        )
    with _open(db_path) as session:
        visit = find_visit(session.services, args)
        data = session.services.participant_documents.participant_list_pdf(visit.id, options)
    write_pdf(out, data)
    print(translate("cli", "Participant list written: {path}").format(path=str(out)))
    return 0


def run_export_signin(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.files import write_pdf

    out = _require_pdf(args.out)
    with _open(db_path) as session:
        visit = find_visit(session.services, args)
        data = session.services.participant_documents.signin_sheet_pdf(
            visit.id, blank_rows=args.blank_rows
        )
    write_pdf(out, data)
    print(translate("cli", "Sign-in sheet written: {path}").format(path=str(out)))
    return 0


def run_export_table(args: argparse.Namespace, db_path: Path) -> int:
    with _open(db_path) as session:
        visit = find_visit(session.services, args)
        count = session.services.participant_documents.export_table(visit.id, args.out)
    print(
        translate("cli", "{count} participants written: {path}").format(
            count=count, path=str(args.out)
        )
    )
    return 0


def run_import(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.services.participant_import import ImportAction
    from samordnare_desktop.services.tabular import excerpt

    with _open(db_path) as session:
        visit = find_visit(session.services, args)
        docs = session.services.participant_documents
        run = docs.preview if args.dry_run else docs.apply
        plan = run(visit.id, args.file, sheet=args.sheet)
    for row in plan.rows:
        print(
            translate("cli", "row {line}: {action}: {name} – {detail}").format(
                line=row.line,
                action=row.action.label(),
                name=excerpt(row.name) or "–",
                detail=row.detail,
            )
        )
    summary = translate("cli", "Added {added}, updated {updated}, skipped {skipped}.").format(
        added=plan.count(ImportAction.ADD),
        updated=plan.count(ImportAction.UPDATE),
        skipped=plan.count(ImportAction.SKIP),
    )
    if args.dry_run:
        summary += " " + translate("cli", "Dry run: nothing was saved.")
    print(summary)
    return 0
