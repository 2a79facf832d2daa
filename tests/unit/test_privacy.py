"""Person-level rights: access-request export, erasure everywhere, purge of deleted rows."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from samordnare_desktop.db import backup
from samordnare_desktop.domain.errors import NotFoundError, ValidationError
from samordnare_desktop.domain.municipality import Contact
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.municipalities import ContactInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitInput
from samordnare_desktop.session import AppSession
from tests.helpers import cli, damage_leaf_pages

pytestmark = pytest.mark.both_backends  # SQLite and the team's PostgreSQL server

NAME = "Kanarie7f3a9 Svensson"
EMAIL = "kanarie7f3a9@mjolby.se"


def _seed(services: Services) -> None:
    m = services.municipalities
    mjolby = m.by_code("0586")
    motala = m.by_code("0583")
    m.add_contact(mjolby.id, ContactInput(NAME, "Enhetschef", "Socialförvaltningen", "", EMAIL))
    m.add_contact(motala.id, ContactInput("kanarie7f3a9  SVENSSON", phone="0141-22 22 22"))
    m.add_contact(mjolby.id, ContactInput("Annan Person", email="annan@mjolby.se"))
    details = m.details(mjolby.id)
    m.update(
        mjolby.id,
        expected_version=details.version,
        in_programme=True,
        notes=f"Ring {NAME} före besöket. Annan Person vet mer.",
    )
    services.visits.create(
        VisitInput(
            municipality_id=mjolby.id,
            kind=VisitKind.FIRST,
            day=date(2026, 3, 4),
            press_contact_name=NAME,
            press_contact_email=EMAIL,
            press_contact_phone="070-123 45 67",
        )
    )


def test_find_person_lists_everything_stored(services: Services) -> None:
    _seed(services)
    report = services.privacy.find_person(name="KANARIE7F3A9 svensson")
    kinds = sorted(r.kind for r in report.records)
    assert kinds == ["contact", "contact", "municipality_notes", "visit_press_contact"]
    contact = next(r for r in report.records if r.fields.get("email") == EMAIL)
    assert contact.fields["title"] == "Enhetschef"
    assert "0586 Mjölby" in contact.where
    by_email = services.privacy.find_person(email=EMAIL.upper())
    assert sorted(r.kind for r in by_email.records) == ["contact", "visit_press_contact"]


def test_export_person_writes_private_json_and_text(services: Services, tmp_path: Path) -> None:
    _seed(services)
    written = services.privacy.export_person(tmp_path / "begaran.json", name=NAME)
    assert [p.name for p in written] == ["begaran.json", "begaran.txt", "begaran.pdf"]
    document = json.loads(written[0].read_text(encoding="utf-8"))
    assert document["person"]["name"] == NAME
    assert len(document["records"]) == 4
    text = written[1].read_text(encoding="utf-8")
    assert "Personuppgifter lagrade i Samordnare Desktop" in text
    assert "Enhetschef" in text and "070-123 45 67" in text and "Säkerhetskopior" in text
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_query_is_validated_and_unknown_person_is_reported(
    services: Services, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError):
        services.privacy.find_person("", "")
    with pytest.raises(NotFoundError, match="Inget finns lagrat"):
        services.privacy.export_person(tmp_path / "x", name="Ingen Alls")
    with pytest.raises(NotFoundError):
        services.privacy.erase_person(name="Ingen Alls")


def test_erase_person_everywhere_in_the_database(services: Services) -> None:
    _seed(services)
    result = services.privacy.erase_person(name=NAME)
    assert (result.deleted_rows, result.blanked_references, result.redacted_notes) == (2, 1, 1)
    assert services.privacy.find_person(name=NAME).records == ()
    mjolby = services.municipalities.by_code("0586")
    details = services.municipalities.details(mjolby.id)
    assert [c.name for c in details.contacts] == ["Annan Person"]
    assert details.notes == "Ring Borttagen person före besöket. Annan Person vet mer."
    visit = services.visits.list()[0]
    assert (visit.press_contact_name, visit.press_contact_email) == ("", "")
    with services.db.read() as s:  # hard delete: no tombstone keeps the name
        names = [c.name for c in s.scalars(select(Contact))]
    assert all("Kanarie7f3a9".casefold() not in n.casefold() for n in names)


def test_erase_rewrites_backups(db_path: Path) -> None:
    with AppSession(db_path, daily_backup=False) as session:
        _seed(session.services)
        older = backup.backup_now(db_path)
        result = session.services.privacy.erase_person(email=EMAIL)
    assert result.cleaned_backups == 1
    assert b"kanarie7f3a9@mjolby.se" not in older.read_bytes()
    assert backup.integrity_problems(older) == []


def test_an_erasure_during_a_backup_waits_for_it_and_cleans_it(db_path: Path, monkeypatch) -> None:
    """A backup under way in the background (the day's, once the window shows) when a person
    is erased: its copy was taken before the erasure, so the erasure waits for it to be named
    a backup and then cleans it too (it used to clean the backups there were, and the copy
    landed afterwards with the person in it)."""
    import threading

    copied, go_on = threading.Event(), threading.Event()
    real_copy = backup.copy_database

    def copy_then_wait(*args, **kwargs) -> None:
        real_copy(*args, **kwargs)  # the snapshot holds the person
        copied.set()
        assert go_on.wait(30)

    with AppSession(db_path, daily_backup=False) as session:
        _seed(session.services)
        monkeypatch.setattr(backup, "copy_database", copy_then_wait)
        taking = threading.Thread(target=backup.backup_now, args=(db_path,))
        taking.start()
        assert copied.wait(30)
        done: list = []
        erasing = threading.Thread(
            target=lambda: done.append(session.services.privacy.erase_person(email=EMAIL))
        )
        erasing.start()
        erasing.join(0.5)
        assert erasing.is_alive() and not done  # waits for the backup under way
        go_on.set()
        taking.join(30)
        erasing.join(30)
        monkeypatch.setattr(backup, "copy_database", real_copy)
    (result,) = done
    assert result.cleaned_backups == 1
    (taken,) = backup.list_backups(db_path)
    assert b"kanarie7f3a9@mjolby.se" not in taken.read_bytes()
    assert backup.integrity_problems(taken) == []


def test_purge_blanks_soft_deleted_rows_keeping_a_tombstone(services: Services) -> None:
    _seed(services)
    mjolby = services.municipalities.by_code("0586")
    contact = next(c for c in services.municipalities.details(mjolby.id).contacts if c.name == NAME)
    services.municipalities.delete_contact(contact.id)
    assert services.privacy.purge_deleted() == 1
    with services.db.read() as s:
        row = s.get(Contact, contact.id)
        assert row is not None and row.deleted_at is not None
        assert (row.name, row.title, row.email) == ("", "", "")
    assert services.privacy.purge_deleted() == 0


@pytest.mark.sqlite_only  # SQLite's query plan
def test_the_purge_probe_reads_the_registry_tables_and_says_when_a_purge_is_due(
    services: Services,
) -> None:
    """One read says whether the purge would blank anything (the registry, which imports every
    model, is imported only then); its tables and fields are the registry's own."""
    from samordnare_desktop.services.privacy import PERSON_SOURCES, PURGE_ON_CLOSE
    from samordnare_desktop.services.purge_probe import (
        PURGED_DEPENDENTS,
        PURGED_FIELDS,
        purge_pending,
    )

    assert {model.__tablename__: fields for model, fields in PURGE_ON_CLOSE} == PURGED_FIELDS
    assert set(PURGED_DEPENDENTS) == {
        (dep.model.__tablename__, dep.foreign_key, source.model.__tablename__, dep.fields)
        for source in PERSON_SOURCES
        if hasattr(source.model, "deleted_at")
        for dep in source.dependents
    }
    _seed(services)
    assert not purge_pending(services.db.engine)
    mjolby = services.municipalities.by_code("0586")
    contact = next(c for c in services.municipalities.details(mjolby.id).contacts if c.name == NAME)
    services.municipalities.delete_contact(contact.id)
    assert purge_pending(services.db.engine)
    assert services.privacy.purge_deleted() == 1
    assert not purge_pending(services.db.engine)
    # every table's deleted rows through its index, never a table read whole
    import sqlite3

    from samordnare_desktop.services.purge_probe import pending_statement

    conn = sqlite3.connect(services.db.path)
    try:
        plan = [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + pending_statement())]
    finally:
        conn.close()
    assert not [line for line in plan if line.startswith("SCAN") and "CONSTANT" not in line]


def test_cli_export_and_erase_person(db_path: Path, tmp_path: Path) -> None:
    with AppSession(db_path, daily_backup=False) as session:
        _seed(session.services)
    out = tmp_path / "utdrag"
    exported = cli(["--db", str(db_path), "export", "person", "--name", NAME, "--out", str(out)])
    assert exported.returncode == 0, exported.stderr
    assert all((tmp_path / f"utdrag.{ext}").exists() for ext in ("json", "txt", "pdf"))
    erased = cli(["--db", str(db_path), "erase", "person", "--email", EMAIL, "--yes"])
    assert erased.returncode == 0 and "Raderat: 1 poster borttagna" in erased.stdout
    nobody = cli(["--db", str(db_path), "erase", "person", "--name", "Ingen Alls", "--yes"])
    assert nobody.returncode == 2 and "Inget finns lagrat" in nobody.stderr


def test_participant_is_anonymised_so_counts_stay_true(services: Services) -> None:
    from samordnare_desktop.domain.participant import ParticipantCategory
    from samordnare_desktop.services.participants import ParticipationInput, PersonInput

    mjolby = services.municipalities.by_code("0586")
    visit = services.visits.create(
        VisitInput(municipality_id=mjolby.id, kind=VisitKind.FIRST, day=date(2026, 3, 4))
    )
    p = services.participants
    p.add(
        visit.id,
        PersonInput(NAME, ParticipantCategory.POLITICIAN, "Ordförande", party="S", email=EMAIL),
        ParticipationInput(attended=True, notes=f"{NAME} kommer sent", consent_note="Samtycke"),
    )
    p.add(visit.id, PersonInput("Annan Politiker", ParticipantCategory.POLITICIAN))
    before = p.counts_by_category(visit.id)
    report = services.privacy.find_person(email=EMAIL)
    assert sorted(r.kind for r in report.records) == ["participation", "person"]
    participation = next(r for r in report.records if r.kind == "participation")
    assert participation.fields["attended"] == "True"
    assert participation.fields["consent_note"] == "Samtycke"

    result = services.privacy.erase_person(email=EMAIL)
    assert result.anonymised_rows == 1
    assert p.counts_by_category(visit.id) == before
    names = sorted(r.name for r in p.list_for_visit(visit.id))
    assert names == ["Annan Politiker", "Borttagen person"]
    erased = next(r for r in p.list_for_visit(visit.id) if r.name == "Borttagen person")
    assert (erased.email, erased.party, erased.notes, erased.consent_note) == ("", "", "", "")
    assert erased.attended
    assert services.privacy.find_person(name=NAME).records == ()


def test_erase_only_the_chosen_records_leaves_a_namesake_alone(services: Services) -> None:
    _seed(services)  # two contacts named NAME: Mjölby (with e-mail) and Motala
    report = services.privacy.find_person(name=NAME)
    motala = next(r for r in report.records if "0583" in r.where)
    chosen = [r.id for r in report.records if r.id != motala.id]
    result = services.privacy.erase_person(name=NAME, only=chosen)
    assert result.deleted_rows == 1
    left = services.privacy.find_person(name=NAME).records
    assert [r.id for r in left] == [motala.id]


def test_mentions_in_free_form_fields_are_found_and_replaced(services: Services) -> None:
    from samordnare_desktop.domain.action_plan import ActionPlan

    mjolby = services.municipalities.by_code("0586")
    with services.db.write() as s:
        plan = ActionPlan(municipality_id=mjolby.id, owner=f"{NAME}, IFO-chef")
        s.add(plan)
    report = services.privacy.find_person(name=NAME)
    assert [(r.kind, r.fields) for r in report.records] == [
        ("action_plan_owner", {"owner": f"{NAME}, IFO-chef"})
    ]
    services.privacy.erase_person(name=NAME)
    with services.db.read() as s:
        assert s.get(ActionPlan, plan.id).owner == "Borttagen person, IFO-chef"


def test_pdf_copy_holds_the_records_and_survives_hostile_text(
    services: Services, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    _seed(services)
    mjolby = services.municipalities.by_code("0586")
    hostile = f"<b>{NAME}</b> & <img src='/etc/passwd'/> 😀 " + "lång text " * 600
    details = services.municipalities.details(mjolby.id)
    services.municipalities.update(
        mjolby.id, expected_version=details.version, in_programme=True, notes=hostile
    )
    written = services.privacy.export_person(tmp_path / "utdrag", name=NAME)
    reader = PdfReader(written[2])
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Personuppgifter lagrade i Samordnare Desktop" in text
    assert "Enhetschef" in text and "Kontaktperson i en kommun" in text
    assert "<b>" in text and "Sida 1 av" in text


def test_a_deleted_persons_words_leave_the_people_index_segments(db_path: Path) -> None:
    """FTS5 keeps a deleted row's words in its stored segments until a merge: the purge at close
    merges the people index, so a deleted person's name is not left in the file."""
    from samordnare_desktop.services.participants import PersonInput

    with AppSession(db_path, daily_backup=False) as session:
        services = session.services
        mjolby = services.municipalities.by_code("0586")
        visit = services.visits.create(
            VisitInput(municipality_id=mjolby.id, kind=VisitKind.FIRST, day=date(2026, 3, 4))
        )
        for n in range(30):
            services.participants.add(visit.id, PersonInput(f"Person Nummer{n}"))
        row = services.participants.add(visit.id, PersonInput("Kanarieqq7 Ek"))
        services.participants.delete_person(row.person_id)
    files = [p for p in db_path.parent.rglob("*") if p.is_file()]
    assert [p.name for p in files if b"kanarieqq7" in p.read_bytes().lower()] == []


def test_erase_on_a_full_disk_says_so_names_the_removed_backups_and_fails(
    db_path: Path, monkeypatch, capsys
) -> None:
    """A backup that cannot be rewritten (the disk is full) is scrubbed, privacy first; but the
    command says the disk was full, which backups went, and exits non-zero."""
    import errno

    from samordnare_desktop.app import main
    from samordnare_desktop.services import privacy

    with AppSession(db_path, daily_backup=False) as session:
        _seed(session.services)
        older = backup.backup_now(db_path)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(privacy, "rewrite_backup", full)
    code = main(["--db", str(db_path), "erase", "person", "--email", EMAIL, "--yes"])
    err = capsys.readouterr().err
    assert code != 0
    assert "Disken var full" in err and older.name in err
    assert not older.exists()
    for path in db_path.parent.rglob("*"):
        if path.is_file():
            assert EMAIL.encode() not in path.read_bytes(), path


@pytest.mark.sqlite_only  # a damaged page of the file
def test_purge_over_damaged_organisation_pages_logs_one_line_and_purges_the_rest(
    db_path: Path, caplog
) -> None:
    """The organisation table's pages damaged: the purge at open meets them (its probe cannot
    read them, so it runs). The deleted contact and visit are still blanked, and the log has one
    line naming the table (no traceback, no SQL, no value), not 'purging ... failed' with the
    whole traceback."""
    import logging
    import sqlite3

    from samordnare_desktop.domain.kinds import OrganisationKind
    from samordnare_desktop.services.organisations import OrganisationInput
    from samordnare_desktop.services.startup import open_database

    db_path.parent.mkdir(parents=True)
    db = open_database(db_path, daily_backup=False)
    services = Services(db)
    _seed(services)
    mjolby = services.municipalities.by_code("0586")
    contact = next(c for c in services.municipalities.details(mjolby.id).contacts if c.name == NAME)
    services.municipalities.delete_contact(contact.id)
    visit = services.visits.list()[0]
    services.visits.delete(visit.id)
    gone = services.organisations.create(
        OrganisationInput(OrganisationKind.INTEREST, "Kanarieförbundet", notes=f"Fråga {NAME}")
    )
    services.organisations.delete(gone.id)
    db.close()
    damage_leaf_pages(db_path, "organisation")

    caplog.set_level(logging.INFO)
    with AppSession(db_path, daily_backup=False):
        pass
    with sqlite3.connect(db_path) as conn:
        assert conn.execute(
            "SELECT name, email FROM contact WHERE deleted_at IS NOT NULL"
        ).fetchall() == [("", "")]
        assert conn.execute(
            "SELECT press_contact_name, press_contact_email FROM visit WHERE deleted_at IS NOT NULL"
        ).fetchall() == [("", "")]
    conn.close()
    said = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.getMessage() for r in said] == [
        "purge of deleted personal data skipped tables with damaged pages: organisation"
    ]
    assert not [r for r in caplog.records if r.exc_info]
    assert "Traceback" not in caplog.text and "UPDATE" not in caplog.text
    assert "anarie" not in caplog.text.lower()
