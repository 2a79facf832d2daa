"""The assignment and its clock (issue #18 part 5): ``assignment show``, ``assignment set
[--name ...] [--start DATE] ...`` (only the options given change) and ``list due [--days N]
[--today DATE] [--csv]`` (what falls due, sorted by date).
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import replace
from pathlib import Path

from samordnare_desktop.commands.groups import CommandGroups, parse_day
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.i18n import translate


def register(groups: CommandGroups) -> None:
    top = groups.top.add_parser("assignment", help="the assignment: show or set it")
    sub = top.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = sub.add_parser("show", help="print the assignment and its report dates")
    show.set_defaults(func=run_show)
    change = sub.add_parser("set", help="set the assignment (only the options given change)")
    change.add_argument("--name", metavar="TEXT", help="the assignment's name")
    change.add_argument("--coordinator", metavar="TEXT", help="the coordinator's name")
    change.add_argument("--ministry", metavar="TEXT", help="e.g. Socialdepartementet")
    change.add_argument("--reference", metavar="TEXT", help="the diarienummer, e.g. S2025/01234")
    change.add_argument("--start", metavar="DATE", help="the assignment's first day")
    change.add_argument(
        "--every", type=int, metavar="N", help="months between reports (1-12, default 3)"
    )
    change.add_argument("--final", metavar="DATE", help="the final report's date")
    change.add_argument(
        "--plan-weeks",
        type=int,
        metavar="N",
        help="weeks after a first visit an action plan is expected (default 8)",
    )
    change.set_defaults(func=run_set)

    due = groups.list_.add_parser("due", help="what falls due, sorted by date")
    due.add_argument("--days", type=int, default=30, metavar="N", help="how far ahead (30)")
    due.add_argument("--today", metavar="DATE", help="count from this day instead of today")
    due.add_argument("--csv", action="store_true", help="CSV instead of tab-separated")
    due.set_defaults(func=run_due)


def _describe(data) -> list[str]:
    from samordnare_desktop.services.assignment import report_dates
    from samordnare_desktop.services.due import weeks_text

    dates = ", ".join(d.isoformat() for d in report_dates(data)) or "–"
    rows = [
        (translate("cli", "Assignment"), data.name),
        (translate("cli", "Coordinator"), data.coordinator or "–"),
        (translate("cli", "Ministry"), data.ministry or "–"),
        (translate("cli", "Reference number"), data.reference or "–"),
        (translate("cli", "Start"), data.start.isoformat()),
        (translate("cli", "Final report"), data.final_report_date.isoformat()),
        (translate("cli", "Months between reports"), str(data.report_every_months)),
        (translate("cli", "Reports due"), dates),
        (translate("cli", "Action plan expected after"), weeks_text(data.plan_due_weeks)),
    ]
    return [f"{label}: {value}" for label, value in rows]


def run_show(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.session import AppSession

    with AppSession(db_path, daily_backup=False) as session:
        data = session.services.assignment.get()
    if data is None:
        print(
            translate(
                "cli", "No assignment set yet (assignment set --name ... --start ... --final ...)."
            )
        )
        return 0
    print("\n".join(_describe(data)))
    return 0


def run_set(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.domain.assignment import (
        DEFAULT_PLAN_DUE_WEEKS,
        DEFAULT_REPORT_EVERY_MONTHS,
        AssignmentData,
    )
    from samordnare_desktop.session import AppSession

    start = parse_day(args.start, "--start")
    final = parse_day(args.final, "--final")
    with AppSession(db_path, daily_backup=False) as session:
        service = session.services.assignment
        data = service.get()
        if data is None:
            if start is None or final is None or not args.name:
                raise UserError(
                    translate("cli", "A new assignment needs --name, --start and --final at least.")
                )
            data = AssignmentData(
                "", "", "", "", start, DEFAULT_REPORT_EVERY_MONTHS, final, DEFAULT_PLAN_DUE_WEEKS
            )
        given = {
            "name": args.name,
            "coordinator": args.coordinator,
            "ministry": args.ministry,
            "reference": args.reference,
            "start": start,
            "report_every_months": args.every,
            "final_report_date": final,
            "plan_due_weeks": args.plan_weeks,
        }
        saved = service.save(replace(data, **{k: v for k, v in given.items() if v is not None}))
    print(translate("cli", "Assignment saved."))
    print("\n".join(_describe(saved)))
    return 0


def run_due(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.session import AppSession

    today = parse_day(args.today, "--today")
    if args.days < 0:
        raise UserError(translate("cli", "--days: a number of days, 0 or more."))
    with AppSession(db_path, daily_backup=False) as session:
        due = session.services.due.due(today, days=args.days)
    rows = [
        [
            item.day.isoformat(),
            item.when(due.today),
            item.kind.label(),
            item.what,
            item.municipality_name,
            item.municipality_code,
        ]
        for item in due.items
    ]
    if args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(
            [
                translate("cli", "Date"),
                translate("cli", "When"),
                translate("cli", "Kind"),
                translate("cli", "What"),
                translate("cli", "Municipality"),
                translate("cli", "Code"),
            ]
        )
        writer.writerows(rows)
    elif not rows:
        print(translate("cli", "Nothing falls due."))
    else:
        for row in rows:
            print("\t".join(row).rstrip())
    return 0
