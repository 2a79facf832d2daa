"""One search for everything (Ctrl+K, issue #18 part 7): people, organisations, meetings,
findings, action plans (their areas and actions) and notes at once, grouped, each group with its
first few hits and how many match.

People and findings are searched through their FTS5 indexes (``domain.search``: every typed word
a prefix, accents folded but å ä ö kept), reading only a group's first hits and counting up to
:data:`COUNT_CAP`; the rest through an in-memory word index of the live rows
(``services.search_catalogue``), read once and kept until something changes.
So a keystroke reads a handful of rows whatever the programme's size (bench/everything.py).
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, replace

from sqlalchemy import Integer, String, column, select, table
from sqlalchemy.orm import Session

from samordnare_desktop.db.dialects import unindexed
from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain.participant import Participant, ParticipantCategory, Person
from samordnare_desktop.domain.search import (
    PEOPLE_INDEX,
    as_uuid,
    dialect_name,
    fold,
    match_condition,
    words,
)
from samordnare_desktop.domain.visit import Visit
from samordnare_desktop.services.findings import FindingQuery, FindingService
from samordnare_desktop.services.search_catalogue import (
    Catalogue,
    Hit,
    Place,
    ResultKind,
    Target,
    build_catalogue,
    live_entries,
    snippet,
)

__all__ = [
    "COUNT_CAP",
    "EverythingSearch",
    "Group",
    "Hit",
    "Place",
    "ResultKind",
    "SearchResult",
    "Target",
]

GROUP_LIMIT = 8  # hits shown per group; the count says how many more there are
MAX_AGE = 600.0  # seconds an index is trusted without a change notice (a change from elsewhere)
COUNT_CAP = 50  # FTS matches counted up to here ("50+"): each counted match is a lookup
_PEOPLE = table(PEOPLE_INDEX, column("person_id", String), column("rowid", Integer))


@dataclass(frozen=True)
class Group:
    kind: ResultKind
    hits: tuple[Hit, ...]
    total: int  # how many match, at most COUNT_CAP for the indexed groups
    more: bool = False  # more than ``total`` match


@dataclass(frozen=True)
class SearchResult:
    text: str
    groups: tuple[Group, ...]  # only groups with hits, in ResultKind order
    partial: bool = False  # the in-memory index was not read yet: people and findings only

    @property
    def hits(self) -> list[Hit]:
        return [hit for group in self.groups for hit in group.hits]


class EverythingSearch:
    """The search of the window. The in-memory index is read once (:meth:`build`, about a
    second at 10x: the window does it off the GUI thread) and kept until :meth:`forget` (the
    window calls it on every change notice) or :data:`MAX_AGE` has passed; a stale index still
    answers (the hits shown are checked against the file, so a deleted row never shows) while
    a new one is read."""

    def __init__(self, db: Database, findings: FindingService) -> None:
        self.db = db
        self.findings = findings
        self._catalogue: Catalogue | None = None
        self._generation = 0  # bumped by forget()
        self._built: tuple[int, float] = (-1, 0.0)  # the generation and time it was read

    # the in-memory index ---------------------------------------------------------------------
    def forget(self) -> None:
        """Something changed: the next search window reads the index again."""
        self._generation += 1

    @property
    def fresh(self) -> bool:
        generation, when = self._built
        return (
            self._catalogue is not None
            and generation == self._generation
            and time.monotonic() - when < MAX_AGE
        )

    @property
    def catalogue(self) -> Catalogue | None:
        """The in-memory index answering now (perhaps a stale one), None before it is read."""
        return self._catalogue

    def build(self) -> None:
        """Read the index now (any thread: its own read session)."""
        generation = self._generation
        with self.db.read() as s:
            catalogue = build_catalogue(s)
            # the indexed groups' statements are compiled (and cached) here, off the GUI
            # thread: the window's first keystroke then costs what the next ones do
            _people(s, "a", 1)
        self.findings.search(FindingQuery(text="a", limit=1), count_cap=1)
        self._catalogue = catalogue
        self._built = (generation, time.monotonic())

    # searching ---------------------------------------------------------------------------------
    def search(self, text: str, limit: int = GROUP_LIMIT, *, wait: bool = True) -> SearchResult:
        """Every group for ``text``. ``wait``: read the index first when it is stale (the CLI,
        tests); else answer from what is there (the window, which reads it in the background):
        without an index only people and findings, and ``partial`` says so."""
        if wait and not self.fresh:
            self.build()
        typed = words(text)
        if not typed:
            return SearchResult(text, ())
        catalogue = self._catalogue
        groups: dict[ResultKind, Group] = {}
        with self.db.read() as s:
            if catalogue is not None:
                groups.update(_catalogue_groups(s, catalogue, typed, limit))
            people = _people(s, text, limit)
        contacts = groups.get(ResultKind.PERSON)
        if people is not None or contacts is not None:
            groups[ResultKind.PERSON] = _merged_people(people, contacts, limit)
        page = self.findings.search(FindingQuery(text=text, limit=limit), count_cap=COUNT_CAP)
        if page.rows:
            groups[ResultKind.FINDING] = Group(
                ResultKind.FINDING,
                tuple(_finding_hit(row) for row in page.rows),
                page.total,
                page.more,
            )
        return SearchResult(
            text,
            tuple(groups[kind] for kind in ResultKind if kind in groups and groups[kind].hits),
            partial=catalogue is None,
        )


def _catalogue_groups(
    s: Session, catalogue: Catalogue, typed: list[str], limit: int
) -> dict[ResultKind, Group]:
    groups: dict[ResultKind, Group] = {}
    # one more than shown per group, so a row deleted since the index was read leaves a full group
    for kind, (entries, total) in catalogue.find(typed, limit + 2).items():
        gone = live_entries(s, entries)
        kept = [entry for number, entry in enumerate(entries) if number not in gone][:limit]
        hits = tuple(entry.hit() for entry in kept)
        if kind is ResultKind.NOTE:
            hits = tuple(replace(h, detail=snippet(h.detail, typed)) for h in hits)
        groups[kind] = Group(kind, hits, max(len(hits), total - len(gone)))
    return groups


# --- the indexed groups ------------------------------------------------------------------------


def _people(s: Session, text: str, limit: int) -> Group | None:
    """People of the register (participants of any meeting) through the people index; each
    opens at the meeting they last took part in."""
    match = match_condition(PEOPLE_INDEX, text, dialect_name(s))
    if match is None:
        return None
    found = list(
        s.scalars(
            select(_PEOPLE.c.person_id)  # as stored: only the shown ones become UUIDs
            .select_from(_PEOPLE)
            .join(Person, Person.id == _PEOPLE.c.person_id)
            .where(
                match,
                unindexed(Person.deleted_at).is_(None),
            )
            .limit(COUNT_CAP + 1)
        )
    )
    if not found:
        return None
    ids = [as_uuid(hex_id) for hex_id in found[:limit]]
    shown = ids
    people = {
        row.id: row
        for row in s.execute(
            select(
                Person.id,
                Person.name,
                Person.title,
                Person.organisation,
                Person.email,
                Person.category,
            ).where(Person.id.in_(shown))
        )
    }
    last: dict[uuid.UUID, tuple[uuid.UUID, uuid.UUID]] = {}
    for participant_id, person_id, visit_id in s.execute(
        select(Participant.id, Participant.person_id, Participant.visit_id)
        .join(Visit, Visit.id == Participant.visit_id)
        .where(
            Participant.person_id.in_(shown),
            Participant.deleted_at.is_(None),
            Visit.deleted_at.is_(None),
        )
        .order_by(Visit.day)
    ):
        last[person_id] = (participant_id, visit_id)  # the latest meeting wins
    hits = []
    for person_id in shown:
        person = people.get(person_id)
        if person is None:
            continue
        detail = " · ".join(
            part
            for part in (
                _category_label(person.category),
                person.title,
                person.organisation,
                person.email,
            )
            if part
        )
        if person_id in last:
            participant_id, visit_id = last[person_id]
            place = Place(Target.PARTICIPANT, participant_id, parent_id=visit_id)
        else:
            place = Place(Target.PERSON, person_id)
        hits.append(Hit(ResultKind.PERSON, person.name, detail, place))
    return Group(ResultKind.PERSON, tuple(hits), min(len(found), COUNT_CAP), len(found) > COUNT_CAP)


def _category_label(category: ParticipantCategory | None) -> str:
    return category.label() if isinstance(category, ParticipantCategory) else ""


def _merged_people(people: Group | None, contacts: Group | None, limit: int) -> Group:
    hits = sorted(
        [*(people.hits if people else ()), *(contacts.hits if contacts else ())],
        key=lambda h: fold(h.title),
    )[:limit]
    total = (people.total if people else 0) + (contacts.total if contacts else 0)
    return Group(ResultKind.PERSON, tuple(hits), total, bool(people and people.more))


def _finding_hit(row) -> Hit:
    text = " ".join(row.text.split())
    title = text if len(text) <= 90 else text[:89] + "…"
    detail = " · ".join(part for part in (row.kind_label, row.visit_label) if part)
    return Hit(ResultKind.FINDING, title, detail, Place(Target.FINDING, row.id))
