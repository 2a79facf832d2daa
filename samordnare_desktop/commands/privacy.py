"""Privacy commands: encrypt, decrypt, change-passphrase, ``export person``, ``erase person``.

The passphrase of an encrypted database comes from ``SAMORDNARE_PASSPHRASE`` (or the recovery
key from ``SAMORDNARE_RECOVERY_KEY``); otherwise it is asked for on the terminal (never echoed).
Without a terminal and without the variable, the command stops with a clear message.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from samordnare_desktop.commands.groups import CommandGroups
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.i18n import translate

PASSPHRASE_ENV = "SAMORDNARE_PASSPHRASE"
RECOVERY_ENV = "SAMORDNARE_RECOVERY_KEY"


def register(groups: CommandGroups) -> None:
    encrypt = groups.top.add_parser(
        "encrypt", help="encrypt the database and every backup (prints the recovery key once)"
    )
    encrypt.set_defaults(func=run_encrypt, manages_key=True)
    decrypt = groups.top.add_parser(
        "decrypt", help="decrypt the database and every backup, and delete the key file"
    )
    decrypt.set_defaults(func=run_decrypt, manages_key=True)
    change = groups.top.add_parser(
        "change-passphrase", help="set a new passphrase (the recovery key stays valid)"
    )
    change.set_defaults(func=run_change_passphrase, manages_key=True)

    export = groups.export.add_parser(
        "person",
        help="everything stored about one person (access request): FILE.json, FILE.txt, FILE.pdf",
    )
    _person_arguments(export)
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.set_defaults(func=run_export_person)

    erase = groups.top.add_parser("erase", help="erase personal data for good").add_subparsers(
        dest="what", metavar="WHAT", required=True
    )
    person = erase.add_parser("person", help="erase one person from the database and every backup")
    _person_arguments(person)
    person.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    person.set_defaults(func=run_erase_person)


def _person_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", default="", metavar="NAME", help="full name (any case)")
    parser.add_argument("--email", default="", metavar="EMAIL", help="e-mail address")


# --- passphrases ------------------------------------------------------------------------------
def ask_passphrase(prompt: str, *, confirm: bool = False) -> str:
    """From ``SAMORDNARE_PASSPHRASE``, else typed on the terminal; never from a pipe."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UserError(
            translate(
                "encryption",
                "The database is encrypted and there is no terminal to ask for the passphrase. "
                "Set SAMORDNARE_PASSPHRASE (or SAMORDNARE_RECOVERY_KEY) and try again.",
            )
        )
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass(translate("encryption", "Repeat the passphrase: ")) != value:
        raise UserError(translate("encryption", "The passphrases differ. Nothing was changed."))
    return value


def unlock_from_terminal(db_path: Path) -> bytes:
    """The data key of ``db_path`` from the recovery key or passphrase (env or terminal)."""
    from samordnare_desktop.db import keys

    recovery = os.environ.get(RECOVERY_ENV)
    if recovery:
        return keys.unlock_with_recovery_key(db_path, recovery)
    passphrase = ask_passphrase(translate("encryption", "Passphrase for the database: "))
    return keys.unlock_with_passphrase(db_path, passphrase)


def unlock_if_needed(db_path: Path) -> None:
    """Before any command touches an encrypted database: unlock it for this process."""
    from samordnare_desktop.db import encryption

    if encryption.needs_key(db_path) and encryption.key_for(db_path) is None:
        encryption.remember_key(db_path, unlock_from_terminal(db_path))


def print_recovery_key(recovery_key: str) -> None:
    print(
        translate(
            "encryption",
            "Recovery key (shown only this once - print it or write it down and keep it apart "
            "from the computer; it opens the database if the passphrase is forgotten):",
        )
    )
    print()
    print(f"    {recovery_key}")
    print()


# --- commands ---------------------------------------------------------------------------------
def run_encrypt(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.db import conversion, keys
    from samordnare_desktop.instance_lock import InstanceLock

    if not db_path.exists():
        raise UserError(translate("cli", "No database at {path}.").format(path=str(db_path)))
    from samordnare_desktop.db.identity import refuse_not_ours, refuse_other_names

    refuse_other_names(db_path)  # before asking for a passphrase
    if not keys.key_file_for(db_path).exists():
        refuse_not_ours(db_path)
    passphrase = ask_passphrase(
        translate("encryption", "New passphrase (at least 8 characters): "), confirm=True
    )
    keys.check_passphrase(passphrase)
    if not keys.key_file_for(db_path).exists():
        from samordnare_desktop.session import AppSession

        # opened once first: a foreign file is refused, an old one gets its identity (which
        # names its backups) and the current schema
        AppSession(db_path, daily_backup=False).close()
    lock = InstanceLock(db_path)
    lock.acquire()
    try:
        new = conversion.encrypt_database(db_path, passphrase)
    except BaseException:
        lock.release(remove=True)  # refused or failed: no lock file left behind
        raise
    lock.release()
    print(
        translate("encryption", "The database and its backups are encrypted: {path}").format(
            path=str(db_path)
        )
    )
    if new.scrubbed_drafts:
        print(
            translate(
                "encryption",
                "{count} unsaved drafts in the drafts folder could not be told whose they were "
                "(from an older version, or of a database no longer in this folder); they were "
                "deleted (overwritten) so that none stays unencrypted.",
            ).format(count=new.scrubbed_drafts)
        )
    print_recovery_key(new.recovery_key)
    return 0


def run_decrypt(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.db import conversion, encryption, keys
    from samordnare_desktop.instance_lock import InstanceLock

    if not keys.key_file_for(db_path).exists():
        raise UserError(translate("encryption", "The database is not encrypted."))
    from samordnare_desktop.db.identity import refuse_other_names

    refuse_other_names(db_path)  # before asking for a passphrase
    key = unlock_from_terminal(db_path)
    from samordnare_desktop.db.legacy_drafts import follow_rename_of

    follow_rename_of(db_path, key)  # renamed while encrypted: its sealed drafts come along
    lock = InstanceLock(db_path)
    lock.acquire()
    try:
        conversion.decrypt_database(db_path, key)
    except BaseException:
        lock.release(remove=True)  # refused or failed: no lock file left behind
        raise
    lock.release()
    encryption.remember_key(db_path, None)
    print(
        translate(
            "encryption", "The database and its backups are no longer encrypted: {path}"
        ).format(path=str(db_path))
    )
    return 0


def run_change_passphrase(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.db import keys

    if not keys.key_file_for(db_path).exists():
        raise UserError(translate("encryption", "The database is not encrypted."))
    key = unlock_from_terminal(db_path)
    new = os.environ.get("SAMORDNARE_NEW_PASSPHRASE")
    if new is None:
        if not sys.stdin.isatty():
            raise UserError(
                translate(
                    "encryption",
                    "Set SAMORDNARE_NEW_PASSPHRASE or run in a terminal to give the new "
                    "passphrase.",
                )
            )
        new = getpass.getpass(translate("encryption", "New passphrase (at least 8 characters): "))
        if getpass.getpass(translate("encryption", "Repeat the passphrase: ")) != new:
            raise UserError(translate("encryption", "The passphrases differ. Nothing was changed."))
    keys.change_passphrase(db_path, key, new)
    print(translate("encryption", "The passphrase was changed. The recovery key is unchanged."))
    return 0


def run_export_person(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.domain.errors import UserError
    from samordnare_desktop.session import AppSession

    suffix = args.out.suffix.lower()
    if suffix and suffix not in (".pdf", ".json", ".txt"):
        raise UserError(
            translate(
                "cli",
                "--out {path}: give a name without a suffix, or one ending in .pdf, .json or "
                ".txt (the copy is written as all three).",
            ).format(path=str(args.out))
        )
    with AppSession(db_path, daily_backup=False) as session:
        written = session.services.privacy.export_person(
            args.out.expanduser(), args.name, args.email
        )
    for path in written:
        print(translate("cli", "Written: {path}").format(path=str(path)))
    return 0


def run_erase_person(args: argparse.Namespace, db_path: Path) -> int:
    from samordnare_desktop.session import AppSession

    with AppSession(db_path, daily_backup=False) as session:
        privacy = session.services.privacy
        report = privacy.find_person(args.name, args.email)
        if not args.yes:
            if not report.found:
                print(
                    translate("privacy", "Nothing is stored about {person}.").format(
                        person=report.query.describe()
                    )
                )
                return 1
            for record in report.records:
                print(f"- {record.label}: {record.where}")
            if not sys.stdin.isatty():
                raise UserError(translate("privacy", "Add --yes to erase without a question."))
            answer = input(
                translate(
                    "privacy",
                    "Erase these {count} records from the database and every backup? "
                    "This cannot be undone. Type yes: ",
                ).format(count=len(report.records))
            )
            if answer.strip().casefold() not in ("yes", "ja"):
                print(translate("privacy", "Nothing was erased."))
                return 1
        result = privacy.erase_person(args.name, args.email)
    from samordnare_desktop.services.privacy import erase_summary

    if result.removed_backups:  # erased, but backups were lost (a full disk): not a quiet 0
        print(erase_summary(result), file=sys.stderr)
        return 2
    print(erase_summary(result))
    return 0
