"""``list organisations [--kind KIND] [--include-deleted] [--csv]``: the organisation register for
scripts (a header row first; KIND in English or Swedish: ``interest``, ``intresseorganisation``,
``myndighet`` ...);
``import municipality-facts FILE [--dry-run]``: population and SKR municipality group from the
files SCB and SKR publish."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from samordnare_desktop.commands.groups import CommandGroups
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.domain.kinds import OrganisationKind
from samordnare_desktop.i18n import translate


def register(groups: CommandGroups) -> None:
    listing = groups.list_.add_parser(
        "organisations", help="one organisation a line: kind, name, short name, number, id"
    )
    listing.add_argument(
        "--kind",
        metavar="KIND",
        help=f"only this kind ({', '.join(k.value for k in OrganisationKind)}, or in Swedish: "
        "kommun, region, myndighet, ungdomshem, intresseorganisation, forskning, fackförbund, "
        "departement, övrig)",
    )
    listing.add_argument(
        "--include-deleted",
        action="store_true",
        help="deleted organisations too (marked in the Deleted column)",
    )
    listing.add_argument(
        "--csv", action="store_true", help="CSV (';', as the app's other CSV) instead of tabs"
    )
    listing.set_defaults(func=run_list)
    facts = groups.import_.add_parser(
        "municipality-facts",
        help="population (SCB) or municipality group (SKR) per municipality from CSV or XLSX",
    )
    facts.add_argument("file", type=Path, metavar="FILE")
    facts.add_argument("--dry-run", action="store_true", help="only show what would be done")
    facts.add_argument(
        "--sheet", metavar="NAME", help="the XLSX sheet to read (default: the first)"
    )
    facts.add_argument(
        "--year", type=int, metavar="YYYY", help="the population's year, if the file does not say"
    )
    facts.set_defaults(func=run_import_facts)


# What a user may type for each kind besides its value: English and Swedish words and labels.
_KIND_WORDS: dict[OrganisationKind, tuple[str, ...]] = {
    OrganisationKind.MUNICIPALITY: ("kommun", "kommuner", "municipalities"),
    OrganisationKind.REGION: ("regioner", "regions"),
    OrganisationKind.AGENCY: ("state agency", "myndighet", "myndigheter", "statlig myndighet"),
    OrganisationKind.SIS_HOME: (
        "sis home",
        "sis youth home",
        "sis hem",
        "ungdomshem",
        "särskilt ungdomshem",
        "särskilda ungdomshem",
        "sis särskilda ungdomshem",
    ),
    OrganisationKind.INTEREST: (
        "interest organisation",
        "industry organisation",
        "intresse",
        "intresseorganisation",
        "branschorganisation",
        "intresse eller branschorganisation",
    ),
    OrganisationKind.RESEARCH: (
        "university",
        "forskning",
        "lärosäte",
        "universitet",
        "högskola",
        "lärosäte eller forskning",
    ),
    OrganisationKind.UNION: ("trade union", "fack", "fackförbund"),
    OrganisationKind.MINISTRY: (
        "government offices",
        "departement",
        "regeringskansliet",
        "regeringskansliet departement",
    ),
    OrganisationKind.OTHER: ("övrig", "övriga", "annan", "andra"),
}


def _kind_key(text: str) -> str:
    from samordnare_desktop.domain.validation import match_key

    return " ".join(match_key(text).replace("_", " ").replace("-", " ").replace("/", " ").split())


_REGION_TASKS_WORDS = ("municipality with a region's tasks", "kommun med regionens uppgifter")


def _region_tasks_label() -> str:
    return translate("organisations", "Municipality with a region's tasks")


def parse_kind(text: str) -> OrganisationKind:
    """``--kind``: the value (``sis_home``), an English or Swedish word or the label as the app
    shows it; an empty or unknown one is an error, never "every kind"."""
    key = _kind_key(text)
    if key and key in {_kind_key(w) for w in (_region_tasks_label(), *_REGION_TASKS_WORDS)}:
        return OrganisationKind.MUNICIPALITY
    for kind in OrganisationKind:
        words = {kind.value, kind.label(), *_KIND_WORDS[kind]}
        if key and key in {_kind_key(word) for word in words}:
            return kind
    raise UserError(
        translate("cli", "Unknown kind {kind}; choose from {kinds}.").format(
            kind=repr(text) if not text.strip() else text,
            kinds=", ".join(k.value for k in OrganisationKind),
        )
    )


def run_list(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.session import AppSession

    kind = parse_kind(args.kind) if args.kind is not None else None
    region_tasks = args.kind is not None and _kind_key(args.kind) in {
        _kind_key(w) for w in (_region_tasks_label(), *_REGION_TASKS_WORDS)
    }  # the label Gotland's row prints: the municipalities with a region's tasks only
    with AppSession(db_path, daily_backup=False) as session:
        rows = session.services.organisations.list(kind, include_deleted=args.include_deleted)
    if region_tasks:
        rows = [r for r in rows if r.region_tasks]
    header = [
        translate("cli", "Kind"),
        translate("cli", "Kind (text)"),
        translate("cli", "Name"),
        translate("cli", "Short name"),
        translate("cli", "Organisation number"),
        translate("cli", "Municipality code"),
        translate("cli", "County"),
        translate("cli", "Belongs to"),
        translate("cli", "Id"),
        translate("cli", "Deleted"),
    ]
    yes = translate("cli", "yes")
    lines = [
        [
            r.kind.value,
            r.kind_label,
            r.name,
            r.short_name,
            r.org_number,
            r.municipality_code,
            r.county_name,
            r.parent_name,
            str(r.id),
            yes if r.deleted else "",
        ]
        for r in rows
    ]
    if args.csv:  # as the app's other CSV: a header row, ";", formula-like cells neutralised
        from samordnare_desktop.services.tabular import neutralise

        writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
        writer.writerow(header)
        writer.writerows([neutralise(cell) for cell in line] for line in lines)
    else:
        for line in [header, *lines]:
            print("\t".join(" ".join(cell.split()) for cell in line))
    return 0


def run_import_facts(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.services.municipality_facts import FactAction
    from samordnare_desktop.session import AppSession

    with AppSession(db_path, daily_backup=False) as session:
        facts = session.services.municipality_facts
        run = facts.preview if args.dry_run else facts.apply
        plan = run(args.file, sheet=args.sheet, year=args.year)
    for row in plan.rows:
        if row.action is FactAction.UNCHANGED:
            continue
        print(
            translate("cli", "row {line}: {action}: {name} – {detail}").format(
                line=row.line,
                action=row.action.label(),
                name=row.name or row.code or "–",
                detail=row.detail,
            )
        )
    summary = translate(
        "municipality_facts", "Updated {updated}, unchanged {unchanged}, skipped {skipped}."
    ).format(
        updated=plan.count(FactAction.UPDATE),
        unchanged=plan.count(FactAction.UNCHANGED),
        skipped=plan.count(FactAction.SKIP),
    )
    if plan.year and plan.kind != "group":
        summary += " " + translate("cli", "Population of {year}.").format(year=plan.year)
    if len(plan.years) > 1:
        summary += " " + translate(
            "cli", "The file has the years {years}; choose another with --year."
        ).format(years=", ".join(str(y) for y in plan.years))
    if args.dry_run:
        summary += " " + translate("cli", "Dry run: nothing was saved.")
    print(summary)
    return 0
