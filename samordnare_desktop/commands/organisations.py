"""``list organisations [--kind KIND] [--csv]``: the organisation register for scripts."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from samordnare_desktop.cli import CommandGroups
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
