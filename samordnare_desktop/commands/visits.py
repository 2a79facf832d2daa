"""Visit commands: ``list visits`` (tab-separated, or CSV with a header row and ``;``) and ``export visits-ics``."""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date
from pathlib import Path

from samordnare_desktop.commands.groups import CommandGroups, parse_day
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.domain.kinds import VisitKind
from samordnare_desktop.i18n import translate


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kommun", metavar="CODE", help="only this municipality (e.g. 0586)")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="from this day (ISO)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="up to this day (ISO)")
    parser.add_argument(
        "--organisation",
        metavar="NAME",
        help="only meetings tied to this organisation (a deleted one too, by its name)",
    )
    parser.add_argument(
        "--kind",
        metavar="KIND",
        help=f"only this kind ({', '.join(k.value for k in VisitKind)}, or the label printed)",
    )


def register(groups: CommandGroups) -> None:
    listing = groups.list_.add_parser(
        "visits",
        help="one meeting a line: code, municipality, date, time, kind, status, organisations, id",
    )
    _add_filters(listing)
    listing.add_argument("--csv", action="store_true", help="CSV instead of tab-separated")
    listing.set_defaults(func=run_list)
    export = groups.export.add_parser(
        "visits-ics", help="visits as an iCalendar file (default: all upcoming)"
    )
    _add_filters(export)
    export.add_argument("--out", required=True, type=Path, metavar="FILE.ics")
    export.add_argument("--id", metavar="ID", help="only this meeting (list visits --csv)")
    export.set_defaults(func=run_export_ics)


def _filter(args: argparse.Namespace, services, *, upcoming_by_default: bool):
    from samordnare_desktop.services.visits import VisitFilter

    date_from = parse_day(args.date_from, "--from")
    date_to = parse_day(args.date_to, "--to")
    if date_from and date_to and date_to < date_from:
        raise UserError(translate("cli", "--to is before --from."))
    code = None
    if args.kommun:
        code = services.municipalities.by_code(args.kommun).code
    if upcoming_by_default and date_from is None and date_to is None:
        date_from = date.today()
    organisation_id = None
    if args.organisation is not None:
        organisation_id = _organisation(services, args.organisation)
    kinds: frozenset[VisitKind] = frozenset()
    if args.kind is not None:
        kinds = frozenset({parse_visit_kind(args.kind)})
    return VisitFilter(
        municipality_code=code,
        organisation_id=organisation_id,
        kinds=kinds,
        date_from=date_from,
        date_to=date_to,
    )


def _organisation(services, text: str):
    """The organisation ``--organisation`` names: its id, or its name (a deleted one's name too:
    its meetings keep their tie). Two organisations of one name (kinds differ) are not guessed
    between: the error lists them with kind, number and id."""
    import uuid

    if not text.strip():
        raise UserError(translate("cli", "--organisation needs a name or an id."))
    try:
        return services.organisations.get(uuid.UUID(text.strip().strip("{}"))).id
    except ValueError:
        pass
    found = services.organisations.find_all_by_name(text, include_deleted=True)
    if not found:
        raise UserError(translate("cli", "No organisation is called {name}.").format(name=text))
    if len(found) > 1:
        raise UserError(
            translate(
                "cli",
                "{count} organisations are called {name}; give --organisation the id of one:\n"
                "{candidates}",
            ).format(
                count=len(found),
                name=text,
                candidates="\n".join(
                    "  "
                    + ", ".join(p for p in (r.name, r.kind_label, r.org_number, str(r.id)) if p)
                    for r in found
                ),
            )
        )
    return found[0].id


# The English labels (the app's source text) and a few more words, besides the value and the
# label in the language the app runs in ("Dialogmöte").
_VISIT_KIND_WORDS: dict[VisitKind, tuple[str, ...]] = {
    VisitKind.FIRST: ("first visit", "first", "första", "första besök", "förstabesök"),
    VisitKind.FOLLOW_UP: (
        "follow-up visit",
        "follow-up",
        "uppföljning",
        "uppföljande besök",
        "uppföljningsbesök",
    ),
    VisitKind.DIALOGUE: ("dialogue meeting", "dialogue", "dialogmöte", "dialog"),
    VisitKind.ORGANISATION_VISIT: (
        "visit to an sis home, region or agency",
        "organisation visit",
        "sis",
        "sis visit",
        "besök hos sis",
        "besök hos sis-hem, region eller myndighet",
    ),
    VisitKind.CONFERENCE: (
        "conference or seminar",
        "conference",
        "seminar",
        "konferens",
        "seminarium",
    ),
    VisitKind.MINISTRY: (
        "meeting at the ministry",
        "ministry",
        "departementet",
        "regeringskansliet",
    ),
    VisitKind.OTHER: ("other", "annat", "övrigt", "annan"),
}


def parse_visit_kind(text: str) -> VisitKind:
    """``--kind``: the value (``dialogue``), the label as printed (``Dialogmöte``) or its English
    source, any case; an empty or unknown one is an error, never "every kind"."""
    from samordnare_desktop.commands.organisations import _kind_key

    key = _kind_key(text)
    for kind in VisitKind:
        if key and key in {
            _kind_key(w) for w in (kind.value, kind.label(), *_VISIT_KIND_WORDS[kind])
        }:
            return kind
    raise UserError(
        translate("cli", "Unknown kind {kind}; choose from {kinds}.").format(
            kind=repr(text) if not text.strip() else text,
            kinds=", ".join(f"{k.value} ({k.label()})" for k in VisitKind),
        )
    )


def run_list(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.formatting import time_range
    from samordnare_desktop.session import AppSession

    with AppSession(db_path, daily_backup=False) as session:
        rows = session.services.visits.list(
            _filter(args, session.services, upcoming_by_default=False)
        )
    lines = [
        [
            r.municipality_code,
            r.municipality_name,
            r.day.isoformat(),
            time_range(r.start_time, r.end_time),
            r.kind.label(),
            r.status.label(),
            # " | " between names: a name may itself hold "; " (README: list visits)
            " | ".join(r.organisation_names),
            str(r.id),
        ]
        for r in rows
    ]
    if args.csv:  # as the app's other CSV: a header row, ";", formula-like cells neutralised
        from samordnare_desktop.services.tabular import neutralise

        header = [
            translate("cli", "Code"),
            translate("cli", "Municipality"),
            translate("cli", "Date"),
            translate("cli", "Time"),
            translate("cli", "Kind"),
            translate("cli", "Status"),
            translate("cli", "Organisations"),
            translate("cli", "Id"),
        ]
        writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
        writer.writerow(header)
        writer.writerows([neutralise(cell) for cell in line] for line in lines)
    else:
        for line in lines:
            print("\t".join(line))
    return 0


def run_export_ics(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.domain.visit import VisitStatus
    from samordnare_desktop.session import AppSession

    with AppSession(db_path, daily_backup=False) as session:
        services = session.services
        if args.id:
            if args.kommun or args.date_from or args.date_to or args.organisation or args.kind:
                raise UserError(
                    translate("cli", "Give either --id or the filters (--kommun ...), not both.")
                )
            rows = [services.visits.by_id_text(args.id)]
        else:
            flt = _filter(args, services, upcoming_by_default=True)
            rows = [r for r in services.visits.list(flt) if r.status is not VisitStatus.CANCELLED]
        count = services.visits.export_ics(rows, args.out)
    print(
        translate("cli", "{count} visits written to {path}").format(count=count, path=str(args.out))
    )
    return 0
