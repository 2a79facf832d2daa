"""``demo``: fill the database with the fictitious demo programme (idempotent)."""

from __future__ import annotations

import argparse
from pathlib import Path

from samordnare_desktop.commands.groups import CommandGroups


def register(groups: CommandGroups) -> None:
    demo = groups.top.add_parser("demo", help="fill the database with a fictitious demo programme")
    demo.set_defaults(func=run)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.demo.steps import run_demo
    from samordnare_desktop.session import AppSession

    with AppSession(db_path) as session:
        for line in run_demo(session.services):
            print(line)
    return 0
