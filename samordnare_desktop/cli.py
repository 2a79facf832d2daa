"""The command line: ``python main.py [--db PATH] [--lang sv|en] [COMMAND ...]``.

No command starts the GUI. Every command prints one clear line to stderr and exits non-zero on
a known error. Feature areas add their commands in ``samordnare_desktop.commands.*``.
"""

from __future__ import annotations

import argparse
import importlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from samordnare_desktop import __version__
from samordnare_desktop.domain.dates import parse_date
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.i18n import translate
from samordnare_desktop.paths import FROZEN

COMMAND_MODULES = (
    "core",
    "demo",
    "visits",
    "agendas",
    "participant_docs",
    "visit_documents",
    "action_plans",
    "insights",
    "privacy",
)


@dataclass
class CommandGroups:
    """Where a feature module hangs its commands: top level, ``export ...``, ``import ...``, ``list ...``."""

    top: argparse._SubParsersAction
    export: argparse._SubParsersAction
    import_: argparse._SubParsersAction
    list_: argparse._SubParsersAction


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
    for name in COMMAND_MODULES:
        importlib.import_module(f"samordnare_desktop.commands.{name}").register(groups)
    for sub in (export, import_, list_):
        if not sub.choices:
            top._name_parser_map.pop(sub.dest, None)
    return parser


def parse_day(text: str | None, option: str) -> date | None:
    """A command's date option (2026-03-04 or 20260304), parsed after argparse so a bad date is
    one translated line (argparse's own errors print a usage block in English)."""
    if text is None:
        return None
    try:
        return parse_date(text)
    except ValueError:
        raise UserError(
            translate("cli", "{option}: not a date: {text} (expected e.g. 2026-03-04).").format(
                option=option, text=text
            )
        ) from None
