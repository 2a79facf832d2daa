"""``export action-plan`` and ``export follow-up``: a municipality's plan or follow-up as PDF."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from samordnare_desktop.commands.groups import CommandGroups
from samordnare_desktop.i18n import translate


def register(groups: CommandGroups) -> None:
    for name, func, text in (
        ("action-plan", run_action_plan, "a municipality's action plan as PDF"),
        ("follow-up", run_follow_up, "the follow-up of a municipality's action plan as PDF"),
    ):
        cmd = groups.export.add_parser(name, help=text)
        cmd.add_argument("--kommun", required=True, metavar="CODE", help="municipality code")
        cmd.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
        cmd.set_defaults(func=func)
        if name == "action-plan":
            cmd.add_argument(
                "--checklist",
                action="store_true",
                help="add a page listing what the plan lacks (owners, due dates, measures)",
            )


def _write(out: Path, data: bytes) -> None:
    from samordnare_desktop.files import write_pdf

    write_pdf(out, data)
    print(translate("cli", "Written: {path}").format(path=str(out)))


def run_action_plan(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.services.plan_completeness import plan_pdf
    from samordnare_desktop.session import AppSession

    with AppSession(db_path, daily_backup=False) as session:
        plan = session.services.action_plans.plan_for_code(args.kommun)
    _write(args.out, plan_pdf(plan, today=date.today(), checklist=args.checklist))
    return 0


def run_follow_up(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.services.plan_completeness import follow_up_report_pdf
    from samordnare_desktop.session import AppSession

    with AppSession(db_path, daily_backup=False) as session:
        plan, follow_up = session.services.follow_ups.follow_up_for_code(args.kommun)
        data = follow_up_report_pdf(session.services.db, plan, follow_up, today=date.today())
    _write(args.out, data)
    return 0
