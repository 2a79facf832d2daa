"""What every command module gets: where to hang its commands, and the CLI's date option."""

from __future__ import annotations

import argparse
import uuid
from dataclasses import dataclass
from datetime import date

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.i18n import translate


@dataclass
class CommandGroups:
    """Where a feature module hangs its commands: top level, ``export ...``, ``import ...``, ``list ...``."""

    top: argparse._SubParsersAction
    export: argparse._SubParsersAction
    import_: argparse._SubParsersAction
    list_: argparse._SubParsersAction


def parse_day(text: str | None, option: str) -> date | None:
    """A command's date option (2026-03-04 or 20260304), parsed after argparse so a bad date is
    one translated line (argparse's own errors print a usage block in English)."""
    from samordnare_desktop.domain.dates import parse_date

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


def add_visit_arguments(parser: argparse.ArgumentParser) -> None:
    """``--id ID`` (from ``list visits --csv``) or ``--kommun CODE --date DAY`` name a meeting."""
    parser.add_argument("--id", metavar="ID", help="the meeting's id (list visits --csv)")
    parser.add_argument("--kommun", metavar="CODE", help="municipality code, e.g. 0586")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="visit day")


def _named_visit(args: argparse.Namespace) -> tuple[str | None, str, date | None]:
    """``--id`` (its text), else ``--kommun`` and ``--date`` (checked): how a meeting is named."""
    if getattr(args, "id", None):
        if args.kommun or args.date:
            raise UserError(translate("cli", "Give either --id or --kommun and --date, not both."))
        return args.id, "", None
    if not args.kommun or not args.date:
        raise UserError(
            translate(
                "cli", "Name the meeting with --id ID, or with --kommun CODE and --date DATE."
            )
        )
    return None, args.kommun, parse_day(args.date, "--date")


def find_visit(services, args: argparse.Namespace):
    """The meeting ``--id`` names (a full id or its first 8+ characters), else the one visit
    to ``--kommun`` on ``--date``."""
    text, code, day = _named_visit(args)
    if text is not None:
        return services.visits.by_id_text(text)
    return services.visits.find_one(code, day)


def find_visit_id(conn, args: argparse.Namespace) -> uuid.UUID:
    """:func:`find_visit`'s id, read on a DB-API connection without a session (the same SQL
    the visit service runs: ``services.agenda_reader``)."""
    from samordnare_desktop.services.agenda_reader import visit_id_by_text, visit_id_on

    text, code, day = _named_visit(args)
    if text is not None:
        return visit_id_by_text(conn, text)
    return visit_id_on(conn, code, day)  # type: ignore[arg-type]
