"""Insights commands: the quarterly report, the programme data export, time-study import."""

from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path

from samordnare_desktop.commands.groups import CommandGroups, parse_day
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.i18n import translate


def register(groups: CommandGroups) -> None:
    report = groups.export.add_parser(
        "report", help="the quarterly report as PDF or Word for a quarter or any date range"
    )
    report.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    report.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    report.add_argument("--quarter", metavar="2026Q1", help="instead of --from/--to")
    report.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.docx")
    report.set_defaults(func=run_report)

    final = groups.export.add_parser(
        "final-report", help="a draft of the final report as Word (to finish by hand) or PDF"
    )
    final.add_argument("--out", required=True, type=Path, metavar="FILE.docx|FILE.pdf")
    final.set_defaults(func=run_final_report)

    xlsx = groups.export.add_parser(
        "programme-xlsx", help="programme data (no personal data) as an XLSX workbook"
    )
    xlsx.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    xlsx.set_defaults(func=run_xlsx)

    study = groups.import_.add_parser(
        "time-study", help="a municipality's time-study spreadsheet (CSV or XLSX)"
    )
    study.add_argument("file", type=Path, metavar="FILE")
    study.add_argument("--kommun", required=True, metavar="CODE", help="municipality code")
    study.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    study.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    study.add_argument("--label", default="", help="e.g. 'Mätning 1' (default: numbered)")
    study.add_argument("--dry-run", action="store_true", help="check and show, save nothing")
    study.set_defaults(func=run_import)


def _period(args: argparse.Namespace) -> tuple[date, date]:
    from samordnare_desktop.services.reports import quarter_range

    if args.quarter:
        match = re.fullmatch(r"(\d{4})\s*[Qq]([1-4])", args.quarter.strip())
        if not match:
            raise UserError(translate("cli", "Write the quarter as 2026Q1."))
        return quarter_range(int(match.group(1)), int(match.group(2)))
    start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
    if not (start and end):
        raise UserError(translate("cli", "Give --from and --to, or --quarter."))
    return start, end


def run_report(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.session import AppSession

    start, end = _period(args)
    with AppSession(db_path, daily_backup=False) as session:
        reports = session.services.reports
        if Path(args.out).suffix.lower() == ".docx":
            path = reports.write_docx(start, end, args.out)
        else:
            path = reports.write_pdf(start, end, args.out)
    print(translate("cli", "Report written: {path}").format(path=str(path)))
    return 0


def run_final_report(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.session import AppSession

    with AppSession(db_path, daily_backup=False) as session:
        path = session.services.final_report.write(args.out)
    print(translate("cli", "Final report written: {path}").format(path=str(path)))
    return 0


def run_xlsx(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.session import AppSession

    with AppSession(db_path, daily_backup=False) as session:
        path = session.services.export.write_xlsx(args.out)
    print(translate("cli", "Programme data written: {path}").format(path=str(path)))
    return 0


def run_import(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.services.time_study import StudyInput
    from samordnare_desktop.session import AppSession

    start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
    with AppSession(db_path, daily_backup=False) as session:
        services = session.services
        municipality = services.municipalities.by_code(args.kommun)
        ts = services.time_studies
        found = ts.preview_import(args.file)
        layout = (
            translate("cli", "one row per respondent")
            if found.layout == "wide"
            else translate("cli", "one row per respondent and category")
        )
        print(
            translate("cli", "{n} respondents read ({layout}).").format(
                n=len(found.respondents), layout=layout
            )
        )
        for category in found.categories:
            print(f"  {category.name}: {found.total(category.id)} min")
        if args.dry_run:
            print(translate("cli", "Dry run: nothing saved."))
            return 0
        existing = len(ts.list(municipality_id=municipality.id))
        label = args.label or translate("cli", "Measurement {n}").format(n=existing + 1)
        row = ts.create(
            StudyInput(
                municipality.id,
                label,
                start,
                end,
                found.respondents,
            )
        )
    print(
        translate("cli", "Time study saved: {municipality}, {label}.").format(
            municipality=row.municipality_name, label=row.label
        )
    )
    return 0
