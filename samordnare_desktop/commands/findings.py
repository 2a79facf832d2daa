"""``list findings [--level LEVEL] [--theme THEME] [--csv]``: the programme's findings for scripts
and for pasting into a report, oldest first (a header row first). A child's name never leaves the
app: it is printed as the child's pseudonym ("Ungdom 3"), as on the participant lists."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from samordnare_desktop.commands.groups import CommandGroups
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.i18n import translate

if TYPE_CHECKING:
    from samordnare_desktop.domain.finding import FindingLevel

# by the level's value: the findings model is mapped only when this command runs (registering
# the command for another one's parser mapped it, some 50 ms of every command's start)
_LEVEL_WORDS: dict[str, tuple[str, ...]] = {
    "municipal": ("kommunal", "kommun", "kommunnivå"),
    "regional": ("region", "regionnivå"),
    "national": ("nationell", "nation", "nationellt", "statlig"),
}


def register(groups: CommandGroups) -> None:
    listing = groups.list_.add_parser(
        "findings",
        help="one finding a line: date, kind, level, text, themes, focus groups, organisations, "
        "meeting",
    )
    listing.add_argument(
        "--level",
        metavar="LEVEL",
        help="only this level (municipal, regional, national, or in Swedish: kommunal, "
        "regional, nationell)",
    )
    listing.add_argument(
        "--theme",
        metavar="THEME",
        help="only this theme: a question's number (2) or a theme's name",
    )
    listing.add_argument(
        "--csv", action="store_true", help="CSV (';', as the app's other CSV) instead of tabs"
    )
    listing.set_defaults(func=run_list)


def parse_level(text: str) -> FindingLevel:
    from samordnare_desktop.domain.finding import FindingLevel

    wanted = " ".join(text.casefold().split())
    for level in FindingLevel:
        if wanted in (level.value, level.label().casefold(), *_LEVEL_WORDS[level.value]):
            return level
    raise UserError(
        translate("cli", "--level: unknown level {level} (municipal, regional, national).").format(
            level=text
        )
    )


def run_list(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.services.findings import export_headers, export_row
    from samordnare_desktop.services.tabular import cell_text, neutralise
    from samordnare_desktop.session import AppSession

    level = parse_level(args.level) if args.level is not None else None
    with AppSession(db_path, daily_backup=False) as session:
        findings = session.services.findings
        theme = findings.theme_by_label(args.theme) if args.theme is not None else None
        rows = findings.export_rows(level=level, theme=theme)
    header = export_headers()
    lines = [[cell_text(cell) for cell in export_row(row)] for row in rows]
    if args.csv:  # as the app's other CSV: a header row, ";", formula-like cells neutralised
        writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
        writer.writerow(header)
        writer.writerows([neutralise(cell) for cell in line] for line in lines)
    else:
        for line in [header, *lines]:
            print("\t".join(" ".join(cell.split()) for cell in line))
    return 0
