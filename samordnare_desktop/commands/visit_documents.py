"""Documents for the day of a visit from the command line: ``export visit-pack``, ``export press``
(PDF or plain text for an e-mail), ``export minutes``, ``export badges`` and
``export table-cards``.

The visit is named by ``--kommun CODE --date DATE`` or by ``--id UUID``.
"""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path

from samordnare_desktop.commands.groups import CommandGroups, add_visit_arguments, find_visit
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.i18n import translate

_visit_arguments = add_visit_arguments


def register(groups: CommandGroups) -> None:
    pack = groups.export.add_parser(
        "visit-pack",
        help="every document for a visit in one PDF (cover, agenda, lists, press, questions)",
    )
    _visit_arguments(pack)
    pack.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    pack.set_defaults(func=run_pack)

    press = groups.export.add_parser(
        "press", help="press invitation of a visit as PDF or as plain text for an e-mail (.txt)"
    )
    _visit_arguments(press)
    press.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.txt")
    press.set_defaults(func=run_press)

    minutes = groups.export.add_parser(
        "minutes",
        help="minutes of a meeting (minnesanteckningar): per agenda item notes, decisions, "
        "actions and findings, with attendance",
    )
    _visit_arguments(minutes)
    minutes.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    minutes.set_defaults(func=run_minutes)

    for name, text in (
        ("badges", "name badges for a visit's participants, 8 per A4 sheet"),
        ("table-cards", "table cards for a visit's participants, 4 per A4 sheet"),
    ):
        cmd = groups.export.add_parser(name, help=text)
        _visit_arguments(cmd)
        cmd.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
        cmd.set_defaults(func=run_cards, kind=name)


def _visit_id(session, args: argparse.Namespace) -> uuid.UUID:
    return find_visit(session.services, args).id


def _suffix(path: Path, allowed: tuple[str, ...]) -> str:
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise UserError(
            translate("cli", "The output file must end in {suffixes}.").format(
                suffixes=translate("cli", " or ").join(allowed)
            )
        )
    return suffix


def _open(db_path: Path):
    from samordnare_desktop.session import AppSession, requested_server

    if not db_path.exists() and requested_server() is None:
        raise UserError(translate("cli", "No database at {path}.").format(path=str(db_path)))
    return AppSession(db_path, daily_backup=False)


def run_pack(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.services.visit_documents import write

    _suffix(args.out, (".pdf",))
    with _open(db_path) as session:
        data = session.services.visit_documents.visit_pack(_visit_id(session, args))
    write(args.out, data)
    print(translate("cli", "Visit pack written: {path}").format(path=str(args.out)))
    return 0


def run_press(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.services.visit_documents import write

    suffix = _suffix(args.out, (".pdf", ".txt"))
    with _open(db_path) as session:
        docs = session.services.visit_documents
        visit_id = _visit_id(session, args)
        data = docs.press_pdf(visit_id) if suffix == ".pdf" else docs.press_text(visit_id)
    write(args.out, data)
    print(translate("cli", "Press invitation written: {path}").format(path=str(args.out)))
    return 0


def run_minutes(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.services.visit_documents import write

    _suffix(args.out, (".pdf",))
    with _open(db_path) as session:
        data = session.services.visit_documents.minutes_pdf(_visit_id(session, args))
    write(args.out, data)
    print(translate("cli", "Minutes written: {path}").format(path=str(args.out)))
    return 0


def run_cards(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.services.visit_documents import write

    _suffix(args.out, (".pdf",))
    with _open(db_path) as session:
        docs = session.services.visit_documents
        visit_id = _visit_id(session, args)
        data = (
            docs.badges_pdf(visit_id) if args.kind == "badges" else docs.table_cards_pdf(visit_id)
        )
    write(args.out, data)
    print(translate("cli", "Written: {path}").format(path=str(args.out)))
    return 0
