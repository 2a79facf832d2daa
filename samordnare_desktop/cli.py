"""The command line: ``python main.py [--db PATH] [--lang sv|en] [COMMAND ...]``.

No command starts the GUI. Every command prints one clear line to stderr and exits non-zero on
a known error. Feature areas add their commands in ``samordnare_desktop.commands.*``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from samordnare_desktop import __version__
from samordnare_desktop.commands.groups import CommandGroups
from samordnare_desktop.paths import FROZEN


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="samordnare" if FROZEN else "python main.py",  # the bundle's executable
        description="Samordnare Desktop. Without a command the window opens.",
    )
    parser.add_argument(
        "--db", type=Path, metavar="PATH", help="database file (default: the user data folder)"
    )
    parser.add_argument(
        "--lang", choices=("sv", "en"), help="language of UI and documents (default sv)"
    )
    parser.add_argument(
        "--quit-after-ms",
        type=int,
        metavar="MS",
        help="close the window MS milliseconds after it is shown (smoke tests, benchmarks)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    top = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = top.add_parser("export", help="write a document or file").add_subparsers(
        dest="what", metavar="WHAT", required=True
    )
    import_ = top.add_parser("import", help="read data from a file").add_subparsers(
        dest="what", metavar="WHAT", required=True
    )
    list_ = top.add_parser("list", help="print data for scripts").add_subparsers(
        dest="what", metavar="WHAT", required=True
    )
    groups = CommandGroups(top, export, import_, list_)
    register_commands(groups)
    for sub in (export, import_, list_):
        if not sub.choices:
            top._name_parser_map.pop(sub.dest, None)
    return parser


def register_commands(groups: CommandGroups) -> None:
    """Each feature hangs its commands on ``groups``, in this order (the help lists them so).
    Imported here, when the CLI is used; the window never imports a command module."""
    from samordnare_desktop.commands import (
        action_plans,
        agendas,
        core,
        demo,
        insights,
        participant_docs,
        privacy,
        visit_documents,
        visits,
    )

    for module in (
        core,
        demo,
        visits,
        agendas,
        participant_docs,
        visit_documents,
        action_plans,
        insights,
        privacy,
    ):
        module.register(groups)
