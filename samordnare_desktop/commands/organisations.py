"""``list organisations [--kind KIND] [--csv]``: the organisation register for scripts;
``import municipality-facts FILE [--dry-run]``: population and SKR municipality group from the
files SCB and SKR publish."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from samordnare_desktop.commands.groups import CommandGroups
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.domain.organisation import OrganisationKind
from samordnare_desktop.i18n import translate


def register(groups: CommandGroups) -> None:
    listing = groups.list_.add_parser(
        "organisations", help="one organisation a line: kind, name, short name, number, id"
    )
    listing.add_argument(
        "--kind",
        metavar="KIND",
        help=f"only this kind ({', '.join(k.value for k in OrganisationKind)})",
    )
    listing.add_argument("--csv", action="store_true", help="CSV instead of tab-separated")
    listing.set_defaults(func=run_list)
    facts = groups.import_.add_parser(
        "municipality-facts",
        help="population (SCB) or municipality group (SKR) per municipality from CSV or XLSX",
    )
    facts.add_argument("file", type=Path, metavar="FILE")
    facts.add_argument("--dry-run", action="store_true", help="only show what would be done")
    facts.add_argument(
        "--sheet", metavar="NAME", help="the XLSX sheet to read (default: the first)"
    )
    facts.add_argument(
        "--year", type=int, metavar="YYYY", help="the population's year, if the file does not say"
    )
    facts.set_defaults(func=run_import_facts)


def run_list(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.session import AppSession

    kind = None
    if args.kind:
        try:
            kind = OrganisationKind(args.kind.strip())
        except ValueError:
            raise UserError(
                translate("cli", "Unknown kind {kind}; choose from {kinds}.").format(
                    kind=args.kind, kinds=", ".join(k.value for k in OrganisationKind)
                )
            ) from None
    with AppSession(db_path, daily_backup=False) as session:
        rows = session.services.organisations.list(kind)
    lines = [
        [
            r.kind.value,
            r.kind_label,
            r.name,
            r.short_name,
            r.org_number,
            r.municipality_code,
            r.county_name,
            r.parent_name,
            str(r.id),
        ]
        for r in rows
    ]
    if args.csv:
        csv.writer(sys.stdout, lineterminator="\n").writerows(lines)
    else:
        for line in lines:
            print("\t".join(line))
    return 0


def run_import_facts(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.services.municipality_facts import FactAction
    from samordnare_desktop.session import AppSession

    with AppSession(db_path, daily_backup=False) as session:
        facts = session.services.municipality_facts
        run = facts.preview if args.dry_run else facts.apply
        plan = run(args.file, sheet=args.sheet, year=args.year)
    for row in plan.rows:
        if row.action is FactAction.UNCHANGED:
            continue
        print(
            translate("cli", "row {line}: {action}: {name} – {detail}").format(
                line=row.line,
                action=row.action.label(),
                name=row.name or row.code or "–",
                detail=row.detail,
            )
        )
    summary = translate(
        "municipality_facts", "Updated {updated}, unchanged {unchanged}, skipped {skipped}."
    ).format(
        updated=plan.count(FactAction.UPDATE),
        unchanged=plan.count(FactAction.UNCHANGED),
        skipped=plan.count(FactAction.SKIP),
    )
    if args.dry_run:
        summary += " " + translate("cli", "Dry run: nothing was saved.")
    print(summary)
    return 0
