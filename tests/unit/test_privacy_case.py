"""Arkiv -> Personuppgifter finds and erases a person's mentions in notes whatever their casing
or Unicode form (an adversary saw "ÖSTERBERGS" and an all-caps note left after an erasure).

Each case: a note in another row (a visit's notes, another participant's note, an
organisation's notes) mentions the person; the search lists it, the erasure redacts exactly
the mention, and afterwards the tables read back hold no form of the name. On both backends:
SQLite narrows through the mentions index (FTS5), the server with ILIKE.
"""

from __future__ import annotations

import unicodedata
import uuid
from datetime import date

import pytest
from sqlalchemy import select, text, update

from samordnare_desktop.domain.kinds import OrganisationKind
from samordnare_desktop.domain.organisation import Organisation
from samordnare_desktop.domain.participant import Participant, ParticipantCategory, Person
from samordnare_desktop.domain.visit import Visit, VisitKind
from samordnare_desktop.services import privacy
from samordnare_desktop.services.organisations import OrganisationInput
from samordnare_desktop.services.participants import ParticipationInput, PersonInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitInput

GONE = "Borttagen person"
NAME = "Anna Österberg"
EMAIL = "anna.osterberg@mjolby.se"


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _visit(services: Services, notes: str = "", code: str = "0586") -> object:
    return services.visits.create(
        VisitInput(
            municipality_id=services.municipalities.by_code(code).id,
            kind=VisitKind.FIRST,
            day=date(2026, 3, 4),
            notes=notes,
        )
    )


def _person(services: Services, name: str, email: str = "") -> None:
    """The person, on a visit of their own (the notes looked at are other rows')."""
    own = _visit(services, code="1265")
    services.participants.add(
        own.id,
        PersonInput(name, ParticipantCategory.SOCIAL_STAFF, email=email),
        ParticipationInput(attended=True),
    )


def _texts(services: Services) -> list[str]:
    """Every free text and every person's field, read back from the tables (composed, folded)."""
    columns = [getattr(t.model, t.attr) for t in privacy.FREE_TEXT]
    for source in privacy.PERSON_SOURCES:
        columns += [getattr(source.model, f) for f in source.fields]
    with services.db.read() as s:
        return [_folded(t) for c in columns for t in s.scalars(select(c)) if t]


def _folded(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


# (the person, a note mentioning them, the note after the erasure, what must not remain)
# Each of these was missed (or half erased: "Borttagen person:S") before this test was written.
FAILED_BEFORE = [
    (NAME, "ÖSTERBERG RINGDE IGÅR", f"{GONE} RINGDE IGÅR", ["österberg"]),
    (NAME, "MÖTE MED ÖSTERBERG I MJÖLBY", f"MÖTE MED {GONE} I MJÖLBY", ["österberg"]),
    (NAME, "ÖSTERBERGS FÖRSLAG ANTOGS", f"{GONE} FÖRSLAG ANTOGS", ["österberg"]),
    (NAME, "Enligt ÖSTERBERGS förslag.", f"Enligt {GONE} förslag.", ["österberg"]),
    (NAME, "ÖSTERBERG:S bil", f"{GONE} bil", ["österberg"]),
    (NAME, _nfd("Anna Österberg ringde"), f"{GONE} ringde", ["österberg"]),
    (NAME, _nfd("ÖSTERBERGS FÖRSLAG"), f"{GONE} FÖRSLAG", ["österberg"]),
    ("Åsa Öberg", "ÅSAS FÖRSLAG", f"{GONE} FÖRSLAG", ["åsa"]),
    ("Åsa Lindbäck", "ÅSAS förslag", f"{GONE} förslag", ["åsa"]),
    ("Ärla Ängström", "ÄNGSTRÖMS förslag", f"{GONE} förslag", ["ängström"]),
    ("Anna-Karin Österberg", "ANNA-KARINS förslag", f"{GONE} förslag", ["anna-karin"]),
    (NAME, "y " * 2500 + "ÖSTERBERGS", "y " * 2500 + GONE, ["österberg"]),
]
# Tried by the same hostile hand and erased already then: kept, so they stay erased.
HELD = [
    (NAME, "ANNA ÖSTERBERG ringde", f"{GONE} ringde", ["österberg"]),
    (NAME, "ANNA ÖSTERBERGS förslag", f"{GONE} förslag", ["österberg"]),
    (NAME, "möte med anna ÖSTERberg", f"möte med {GONE}", ["österberg"]),
    (_nfd(NAME), "Österbergs förslag", f"{GONE} förslag", ["österberg"]),
    (NAME, "Anna\u00a0Österberg ringde", f"{GONE} ringde", ["österberg"]),
    (NAME, "Anna\tÖsterberg ringde", f"{GONE} ringde", ["österberg"]),
    (NAME, "Anna\nÖsterberg ringde", f"{GONE} ringde", ["österberg"]),
    ("Åsa Öberg", "ÅSA ÖBERG RINGDE", f"{GONE} RINGDE", ["öberg", "åsa"]),
    ("Åsa Lindbäck", "ÅSA LINDBÄCK ringde", f"{GONE} ringde", ["lindbäck", "åsa"]),
    ("Anna-Karin Österberg", "ANNA-KARIN ringde", f"{GONE} ringde", ["anna-karin"]),
    ("Anna-Karin Östlund", "ANNA-KARIN ÖSTLUND ringde", f"{GONE} ringde", ["östlund"]),
    (NAME, f"Mejla {EMAIL.upper()} i dag.", f"Mejla {GONE} i dag.", [EMAIL]),
    (NAME, "x" * 4990 + " ANNA ÖSTERBERG", "x" * 4990 + f" {GONE}", ["österberg"]),
]
CASES = FAILED_BEFORE + HELD


def _write(services: Services, model: object, row_id: object, attr: str, text: str) -> None:
    """The note as stored, byte for byte (an NFD text comes from a sync pull, an import or an
    older version; the forms normalise what is typed)."""
    with services.db.write() as s:
        s.execute(update(model).where(model.id == row_id).values({attr: text}))


def _note(services: Services, where: str, note: str) -> tuple[object, object, str]:
    """A row of ``where`` (another's) holding ``note``: (model, id, column)."""
    if where == "visit":
        visit = _visit(services, "placeholder")
        _write(services, Visit, visit.id, "notes", note)
        return Visit, visit.id, "notes"
    if where == "participant":
        visit = _visit(services)
        row = services.participants.add(
            visit.id,
            PersonInput("Bo Annansson", ParticipantCategory.SOCIAL_STAFF),
            ParticipationInput(notes="placeholder"),
        )
        _write(services, Participant, row.id, "notes", note)
        return Participant, row.id, "notes"
    org = services.organisations.create(
        OrganisationInput(OrganisationKind.INTEREST, "Testförbundet", notes="placeholder")
    )
    _write(services, Organisation, org.id, "notes", note)
    return Organisation, org.id, "notes"


@pytest.mark.both_backends
@pytest.mark.parametrize(
    "number, name, note, after, gone",
    [(i, *case) for i, case in enumerate(CASES)],
    ids=[f"{i}-{c[1][-24:]!r}" for i, c in enumerate(CASES)],
)
def test_a_mention_in_any_case_or_form_is_found_and_erased(
    services: Services, number: int, name: str, note: str, after: str, gone: list[str]
) -> None:
    where = ("visit", "participant", "organisation")[number % 3]  # each table in turn
    _person(services, name, EMAIL)
    model, row_id, attr = _note(services, where, note)
    if unicodedata.is_normalized("NFC", name) is False:  # the person's name as stored: NFD
        with services.db.write() as s:
            nfc = unicodedata.normalize("NFC", name)
            s.execute(update(Person).where(Person.name == nfc).values(name=name))
    found = services.privacy.find_person(name=name)
    assert str(row_id) in {r.id for r in found.records}, [r.fields for r in found.records]
    services.privacy.erase_person(name=name)
    with services.db.read() as s:
        stored = s.scalar(select(getattr(model, attr)).where(model.id == row_id))
    assert unicodedata.normalize("NFC", stored) == after
    everything = _texts(services)
    for word in gone:
        assert not any(word in text for text in everything), word
    assert services.privacy.find_person(name=name).records == ()
    if services.db.path is not None:  # nor in the file, in any case or form
        data = services.db.path.read_bytes()
        for word in gone:
            for form in {word, word.upper(), word.capitalize()}:
                for written in {form, _nfd(form)}:
                    assert written.encode() not in data, written


@pytest.mark.both_backends
def test_in_capitals_another_persons_full_name_stays(services: Services) -> None:
    """Erasing Karin Ek: in capitals the surname counts before any word ("EKS FÖRSLAG"), but
    "KARIN WALLIN" is someone else's full name, as "Karin Wallin" is, also when a
    non-breaking space joins it (it was taken for a bare "Karin")."""
    _person(services, "Karin Ek")
    note = "KARIN WALLIN KOMMER. EKS FÖRSLAG. Karin\u00a0Wallin ringer. EK RINGDE."
    visit = _visit(services, "placeholder")
    _write(services, Visit, visit.id, "notes", note)
    services.privacy.erase_person(name="Karin Ek")
    assert services.visits.get(visit.id).notes == (
        f"KARIN WALLIN KOMMER. {GONE} FÖRSLAG. Karin\u00a0Wallin ringer. {GONE} RINGDE."
    )


@pytest.fixture
def c_locale_services(pg_server) -> object:
    """A team server whose database was made with the "C" locale (its ILIKE folds ASCII only)."""
    from samordnare_desktop.services.startup import open_server_database

    name = f"c_{uuid.uuid4().hex[:16]}"
    with pg_server.admin() as conn:
        conn.execute(
            f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
            "LC_COLLATE 'C' LC_CTYPE 'C'"
        )
    db = open_server_database(pg_server.url(name))
    try:
        yield Services(db)
    finally:
        db.close()
        pg_server.drop_database(name)


def test_a_server_with_the_c_locale_finds_capitals_beyond_ascii(c_locale_services) -> None:
    """The server narrows the texts in SQL before the patterns judge them: on a database made
    with the "C" locale, whose ILIKE leaves "Ö" and "ö" apart, "ÄNGSTRÖM" in capitals is found
    for Ärla Ängström all the same (and "LINDBÄCK" for Åsa Lindbäck)."""
    services = c_locale_services
    notes = {
        "Ärla Ängström": ("ÄNGSTRÖM ringde i går.", f"{GONE} ringde i går."),
        "Åsa Lindbäck": ("Enligt LINDBÄCK ska det ändras.", f"Enligt {GONE} ska det ändras."),
    }
    visits = {}
    for name, (note, _after) in notes.items():
        _person(services, name)
        visits[name] = _visit(services, note)
    with services.db.read() as s:  # the database is what the test says it is
        assert (
            s.scalar(text("SELECT datctype FROM pg_database WHERE datname = current_database()"))
            == "C"
        )
    for name, (_note, after) in notes.items():
        found = services.privacy.find_person(name=name)
        assert str(visits[name].id) in {r.id for r in found.records}, name
        services.privacy.erase_person(name=name)
        assert services.visits.get(visits[name].id).notes == after


def test_reading_every_text_finds_the_decomposed_and_capital_forms() -> None:
    """Where no index narrows the texts (a backup older than the mentions index, too many texts
    waiting to be indexed) every text is read and tested at once: the quick test before the
    patterns finds the decomposed form too (it looked for "österberg" in "o\\u0308sterberg")."""
    mentions = privacy._mention_pattern(NAME, [EMAIL])
    texts = [
        "Inget om henne.",
        _nfd("ÖSTERBERGS FÖRSLAG"),
        "Mötet flyttas.",
        _nfd("Enligt Österberg"),
        "ÖSTERBERG RINGDE",
        f"Mejla {EMAIL.upper()}",
    ]
    assert [i for i in mentions.candidates(texts) if mentions.search(texts[i])] == [1, 3, 4, 5]
