"""Care places (issue #17): ``import placements FILE [--period 2025] [--dry-run]``,
``list placements [--kommun CODE] [--period P] [--csv]``, ``export placements --out F.xlsx|F.csv``.

Counts only; what leaves the app (the list's output, the exported file) prints 1-4 as "<5".
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from samordnare_desktop.commands.groups import CommandGroups
from samordnare_desktop.domain.errors import UserError, ValidationError
from samordnare_desktop.i18n import translate


def register(groups: CommandGroups) -> None:
    imp = groups.import_.add_parser(
        "placements",
        help="placed children per municipality and form (one row per municipality, CSV or XLSX)",
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument(
        "--period", metavar="2025", help="the year or date (YYYY-MM-DD), if the file has none"
    )
    imp.add_argument("--sheet", metavar="NAME", help="the XLSX sheet to read (default: the first)")
    imp.add_argument("--dry-run", action="store_true", help="check and show, save nothing")
    imp.set_defaults(func=run_import)

    listing = groups.list_.add_parser(
        "placements", help="placement figures: one municipality and period a line (1-4 as <5)"
    )
    listing.add_argument("--kommun", metavar="CODE", help="only this municipality, e.g. 0586")
    listing.add_argument("--period", metavar="2025", help="only this year or date")
    listing.add_argument("--csv", action="store_true", help="CSV instead of tab-separated")
    listing.set_defaults(func=run_list)

    export = groups.export.add_parser(
        "placements", help="placement figures as XLSX or CSV (1-4 as <5)"
    )
    export.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx|FILE.csv")
    export.add_argument("--period", metavar="2025", help="only this year or date")
    export.add_argument("--kommun", metavar="CODE", help="only this municipality")
    export.set_defaults(func=run_export)


def _period(text: str | None) -> str | None:
    if text is None:
        return None
    # here, not at the top: the parser is built for every command, and this module maps models
    from samordnare_desktop.domain.care_places import parse_period

    try:
        return parse_period(text, "--period")
    except ValidationError as exc:
        raise UserError("--period: " + exc.message) from None


def _kommun(session, code: str | None) -> str | None:
    if code is None:
        return None
    code = code.strip()
    if code.isdigit() and len(code) < 4:  # "586" as Excel shows 0586, as the import reads it
        code = code.zfill(4)
    return session.services.municipalities.by_code(code).code


def run_import(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.services.care_places import ChooseSheet, ImportAction
    from samordnare_desktop.session import AppSession

    period = _period(args.period)
    with AppSession(db_path, daily_backup=False) as session:
        care = session.services.care_places
        try:
            plan = care.preview_import(args.file, period=period, sheet=args.sheet)
        except ChooseSheet as exc:
            raise UserError(
                exc.message
                + " "
                + translate("cli", "Name it with --sheet NAME, e.g. --sheet “{sheet}”.").format(
                    sheet=(exc.with_figures or [n for n in exc.sheets if n != exc.read])[0]
                )
            ) from None
        if plan.errors:
            raise UserError(plan.refusal())
        if not args.dry_run:
            plan = care.apply_import(args.file, period=period, sheet=args.sheet)
    for row in plan.rows:
        if row.action is ImportAction.UNCHANGED:
            continue
        print(
            translate("cli", "row {line}: {action}: {name} {period} {detail}")
            .format(
                line=row.line,
                action=row.action.label(),
                name=row.name or row.code or "–",
                period=row.period,
                detail=row.detail,
            )
            .rstrip()
        )
    summary = translate(
        "care_places", "New {new}, replaced {updated}, unchanged {unchanged}, skipped {skipped}."
    ).format(
        new=plan.count(ImportAction.NEW),
        updated=plan.count(ImportAction.UPDATE),
        unchanged=plan.count(ImportAction.UNCHANGED),
        skipped=plan.count(ImportAction.SKIP),
    )
    if plan.ignored:
        summary += " " + translate("care_places", "Columns not read: {columns}.").format(
            columns=", ".join(plan.ignored)
        )
    if args.dry_run:
        summary += " " + translate("cli", "Dry run: nothing was saved.")
    print(summary)
    return 0


def run_list(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.services.care_places import export_headers
    from samordnare_desktop.session import AppSession

    period = _period(args.period)
    with AppSession(db_path, daily_backup=False) as session:
        code = _kommun(session, args.kommun)
        _headers, rows = session.services.care_places.table(period=period, municipality_code=code)
    lines = [[str(c) for c in row] for row in rows]
    if args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(export_headers())
        writer.writerows(lines)
    else:
        for line in lines:
            print("\t".join(line))
    return 0


def run_export(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.session import AppSession

    period = _period(args.period)
    with AppSession(db_path, daily_backup=False) as session:
        code = _kommun(session, args.kommun)
        count = session.services.care_places.export(args.out, period=period, municipality_code=code)
    print(translate("cli", "{n} rows written: {path}").format(n=count, path=str(args.out)))
    return 0
