"""The mentions index behind the GDPR search (#15): it finds every row a mention can be in (the
patterns then decide, as before), it follows every way of writing (triggers), and what is blanked
or deleted leaves it. No timing here (bench/tenx_interactions.py)."""

from __future__ import annotations

import sqlite3
from datetime import date

from sqlalchemy import text

from samordnare_desktop.db import mention_index
from samordnare_desktop.domain.search import MENTIONS_INDEX
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services import privacy
from samordnare_desktop.services.participants import ParticipationInput, PersonInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitInput

NAME = "Zelmira de Kvastberg-Öhlin"
EMAIL = "z.kvastberg@mjolby.se"
PHONE = "070-123 45 67"

# texts that mention her as the patterns see it: her name in any case, in the genitive, by a part,
# "Zelmira K.", her e-mail inside a sentence, her phone number written every way
MENTIONING = [
    f"Ring {NAME} i morgon.",
    "zelmira de kvastberg-öhlin kommer.",
    "Kvastberg-Öhlins förslag om hembesök.",
    "Zelmiras ersättare kommer",
    "Enligt Zelmira K. ska det ske.",
    f"Skicka till {EMAIL.upper()}, tack.",
    "Nås på 070 123 45 67 efter lunch.",
    "Nås på +46 70-123 45 67.",
    "tel:0701234567",
    "(070) 12 34 567 eller 08-123 456",
    "KVASTBERG-ÖHLIN's förslag",
    "Öhlins förslag om hembesök.",  # one part of her hyphenated surname on its own
    "Kvastberg ringer i morgon.",
]
NOT_MENTIONING = ["Zelmirabo kommun", "Ring 070-123 45 68", "Kvastbergsgatan 4", ""]


def _index_finds(texts: list[str], mentions) -> list[bool]:
    """Each text indexed as the app indexes it, then the search's MATCH expression asked."""
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(words, tokenize = {_TOKENIZE})")
    for number, value in enumerate(texts, start=1):
        conn.execute(
            "INSERT INTO t (rowid, words) VALUES (?, ?)",
            (number, mention_index.index_words([value])),
        )
    query = mention_index.match_query(mentions.name, mentions.addresses, mentions.numbers)
    assert query is not None
    hits = {r[0] for r in conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (query,))}
    return [number in hits for number in range(1, len(texts) + 1)]


_TOKENIZE = "'unicode61 remove_diacritics 0'"


def test_the_index_finds_every_text_the_patterns_match() -> None:
    mentions = privacy._mention_pattern(NAME, [EMAIL], [PHONE])
    texts = MENTIONING + NOT_MENTIONING
    matched = [mentions.search(t) for t in texts]
    assert matched == [True] * len(MENTIONING) + [False] * len(NOT_MENTIONING)
    found = _index_finds(texts, mentions)
    # a superset: every text the patterns match is among the index's rows
    assert [t for t, m, f in zip(texts, matched, found, strict=True) if m and not f] == []


def test_the_index_finds_other_names_and_numbers_the_same_way() -> None:
    cases = [
        ("Đorđe Đukić", ["Đukićs anteckning", "DORĐE ĐUKIĆ ringde", "Đorđe Đ. var där"]),
        ("Van Gogh", ["Van G. kommer", "Goghs tavla"]),
        ("Li", ["Li kommer", "Lis bok"]),
        ("Anna-Karin Berg", ["Anna-Karins förslag", "Berg: ja", "anna-karin berg"]),
    ]
    for name, texts in cases:
        mentions = privacy._mention_pattern(name, [], ["+46 (0)8-12 34 56"])
        matched = [mentions.search(t) for t in texts]
        assert all(matched), (name, texts, matched)
        assert all(_index_finds(texts, mentions)), name
    numbers = ["08-12 34 56", "+46 8 123456", "0046 8 12 34 56 78", "1234567890123456789012345"]
    for phone in ("08-12 34 56", "08123456"):
        mentions = privacy._mention_pattern("Ingen Alls", [], [phone])
        matched = [mentions.search(t) for t in numbers]
        found = _index_finds(numbers, mentions)
        assert [m and not f for m, f in zip(matched, found, strict=True)] == [False] * 4


def test_phone_words_are_every_stretch_of_a_run_of_digits() -> None:
    assert "0701234567" in mention_index.phone_words("ring 070-123 45 67")
    assert "46701234567" in mention_index.phone_words("+46 70-123 45 67")
    assert "701234567" in mention_index.phone_words("+46 70-123 45 67")
    assert mention_index.phone_words("kl 10-12, 9.30") == []  # under six digits
    assert all(len(w) <= mention_index.MAX_DIGITS for w in mention_index.phone_words("1 " * 40))


def test_the_triggers_match_the_registry(services: Services) -> None:
    """A free-text column declared in privacy.FREE_TEXT needs a migration that watches it
    (else the search reads every text again, as before the index)."""
    with services.db.read() as s:
        connection = s.connection()
        assert mention_index.available(connection, privacy.mention_columns()), (
            "the mentions index's triggers (migration) do not match privacy.FREE_TEXT: add a "
            "revision that recreates them (db/mention_index.trigger_ddl)"
        )


def _seed(services: Services):
    mjolby = services.municipalities.by_code("0586")
    visit = services.visits.create(
        VisitInput(municipality_id=mjolby.id, kind=VisitKind.FIRST, day=date(2026, 3, 4))
    )
    services.participants.add(
        visit.id, PersonInput(NAME, email=EMAIL, phone=PHONE), ParticipationInput()
    )
    return visit


def _indexed(services: Services, word: str) -> int:
    with services.db.read() as s:
        return s.execute(
            text(f"SELECT count(*) FROM {MENTIONS_INDEX} WHERE {MENTIONS_INDEX} MATCH :q"),
            {"q": f'"{word}"'},
        ).scalar()


def test_every_way_of_writing_is_followed_and_deleted_text_leaves_the_index(
    services: Services,
) -> None:
    visit = _seed(services)
    kinds = lambda: sorted(r.kind for r in services.privacy.find_person(NAME).records)  # noqa: E731
    assert kinds() == ["participation", "person"]
    # through the service (the ORM)
    services.visits.update(
        visit.id,
        VisitInput(**{**visit.as_input().__dict__, "notes": "Zelmiras förslag"}),
        expected_version=visit.version,
    )
    assert kinds() == ["participation", "person", "visit_notes"]
    assert _indexed(services, "zelmiras") == 1
    # through raw SQL, past the ORM (as a sync pull or a bulk update writes)
    with services.db.write() as s:
        s.execute(
            text("UPDATE visit SET notes = 'Ingen här', venue_room = 'Ring 0701234567'"),
        )
    assert kinds() == ["participation", "person", "visit_venue_room"]
    assert _indexed(services, "zelmiras") == 0
    # a hard delete marks the row gone; the purge takes its words out of the index
    with services.db.write() as s:
        s.execute(text("DELETE FROM visit_headcount"))
        s.execute(text("UPDATE visit SET venue_room = ''"))
    services.privacy.find_person(NAME)
    assert _indexed(services, "0701234567") == 0  # a rewritten text is indexed anew


def test_purge_and_erase_take_the_words_out_of_the_index(services: Services) -> None:
    from samordnare_desktop.services.purge_probe import purge_pending

    visit = _seed(services)
    services.visits.update(
        visit.id,
        VisitInput(**{**visit.as_input().__dict__, "notes": "Kvastberg-Öhlins förslag"}),
        expected_version=visit.version,
    )
    services.privacy.find_person(NAME)  # indexes the note
    assert _indexed(services, "kvastberg") == 1
    services.visits.delete(visit.id)
    assert purge_pending(services.db.engine)
    services.privacy.purge_deleted()
    assert _indexed(services, "kvastberg") == 0
    assert not purge_pending(services.db.engine)
    # a row deleted outright while indexed: the probe says so, the purge takes it out
    other = services.visits.create(
        VisitInput(
            municipality_id=services.municipalities.by_code("1265").id,
            kind=VisitKind.FIRST,
            day=date(2026, 4, 4),
            notes="Zelmira K. ringer",
        )
    )
    services.privacy.find_person(NAME)
    assert _indexed(services, "zelmira") == 1
    with services.db.write() as s:
        s.execute(text("DELETE FROM visit WHERE id = :id"), {"id": other.id.hex})
    assert purge_pending(services.db.engine)
    services.privacy.purge_deleted()
    assert _indexed(services, "zelmira") == 0
    # the erasure: the mentions it rewrites leave the index
    third = services.visits.create(
        VisitInput(
            municipality_id=services.municipalities.by_code("0880").id,
            kind=VisitKind.FIRST,
            day=date(2026, 5, 4),
            notes=f"Skriv till {EMAIL}",
        )
    )
    services.privacy.find_person(NAME)
    assert _indexed(services, "mjolby") == 1
    result = services.privacy.erase_person(NAME, include_backups=False)
    assert result.redacted_notes >= 1
    assert _indexed(services, "mjolby") == 0
    assert services.visits.get(third.id).notes.startswith("Skriv till ")
    with services.db.read() as s:
        (fts_text,) = s.execute(
            text(f"SELECT group_concat(words, ' ') FROM {MENTIONS_INDEX}")
        ).one()
    assert "kvastberg" not in (fts_text or "")


def test_without_matching_triggers_the_texts_are_read_as_before(services: Services) -> None:
    visit = _seed(services)
    services.visits.update(
        visit.id,
        VisitInput(**{**visit.as_input().__dict__, "notes": "Zelmiras förslag"}),
        expected_version=visit.version,
    )
    with services.db.write() as s:
        s.execute(text(f"DROP TRIGGER {mention_index.TRIGGER_PREFIX}visit_update"))
    with services.db.read() as s:
        assert not mention_index.available(s.connection(), privacy.mention_columns())
    kinds = sorted(r.kind for r in services.privacy.find_person(NAME).records)
    assert kinds == ["participation", "person", "visit_notes"]


def test_an_erasure_with_many_texts_waiting_reads_them_whole(
    services: Services, monkeypatch
) -> None:
    """A backup never searched holds every text queued: its erasure reads the texts as before
    (cheaper than indexing them all first) and still finds every mention."""
    visit = _seed(services)
    services.visits.update(
        visit.id,
        VisitInput(**{**visit.as_input().__dict__, "notes": "Zelmiras förslag, ring 0701234567"}),
        expected_version=visit.version,
    )
    monkeypatch.setattr(privacy, "ERASE_REFRESH_LIMIT", 0)
    with services.db.read() as s:
        assert mention_index.waiting(s.connection()) >= 1
    result = services.privacy.erase_person(NAME, include_backups=False)
    assert result.redacted_notes == 1
    notes = services.visits.get(visit.id).notes
    assert "Zelmira" not in notes and "0701234567" not in notes
    monkeypatch.setattr(privacy, "ERASE_REFRESH_LIMIT", 20_000)
    services.privacy.find_person("Borttagen person")  # indexes what waits
    assert _indexed(services, "zelmiras") == 0 and _indexed(services, "0701234567") == 0


def test_the_upgrade_indexes_the_texts_waiting_not_the_first_search(db_path) -> None:
    """A database whose texts wait to be indexed (0023 queued them all for the first search)
    has them indexed by the upgrade (``*_mention_index_built``): the first search after it
    indexes nothing and still finds every mention."""
    from samordnare_desktop.db import migrate
    from samordnare_desktop.services.startup import open_database

    built = next(r for r in migrate.script_revisions() if r.endswith("_mention_index_built"))
    (before,) = migrate.script_revisions()[built]
    db = open_database(db_path, daily_backup=False)
    services = Services(db)
    visit = _seed(services)
    services.visits.update(
        visit.id,
        VisitInput(**{**visit.as_input().__dict__, "notes": "Zelmiras förslag, ring 0701234567"}),
        expected_version=visit.version,
    )
    with db.write() as s:  # as 0023 left a database: every text waiting, none indexed
        s.execute(text(f"DELETE FROM {mention_index.ROWS}"))
        s.execute(text(f"DELETE FROM {MENTIONS_INDEX}"))
        s.execute(
            text(
                f"INSERT OR IGNORE INTO {mention_index.QUEUE} (tbl, row_id) "
                "SELECT 'visit', id FROM visit"
            )
        )
        s.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": before})
        assert mention_index.waiting(s.connection()) == 1  # the visit
    assert _indexed(services, "zelmiras") == 0
    db.close()

    db = open_database(db_path, daily_backup=False)  # the upgrade
    services = Services(db)
    try:
        with db.read() as s:
            assert mention_index.waiting(s.connection()) == 0
        assert _indexed(services, "zelmiras") == 1 and _indexed(services, "0701234567") == 1
        kinds = sorted(r.kind for r in services.privacy.find_person(NAME).records)
        assert kinds == ["participation", "person", "visit_notes"]
    finally:
        db.close()
