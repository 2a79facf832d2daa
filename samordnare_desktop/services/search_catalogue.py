"""The in-memory word index behind the one search (Ctrl+K) for what has no FTS5 index of its own:
organisations, meetings, action plans (areas and actions), contact persons and notes.

Built from the live rows (deleted ones, and the rows of deleted meetings or plans, are left out)
off the GUI thread, and kept until a change: 56,000 short texts at 10x (5,000 meetings, 20,000
actions, 24,000 participant notes) take a few seconds to read and fold (bench/everything.py),
after which a keystroke is a bisect in the sorted word list and a set union, a few
milliseconds. It lives in memory only, so an erasure or a purge has no second copy of a name to
reach (an on-disk index would need the care ``domain.search`` gives the people and findings
indexes). Words are folded as those indexes fold them (``domain.search.words``: "dukic" finds
Đukić, å ä ö stay letters of their own) and every typed word is a prefix, as there.
"""

from __future__ import annotations

import enum
import uuid
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from samordnare_desktop.domain.organisation import OrganisationKind
from samordnare_desktop.domain.search import fold, words
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.i18n import translate


class ResultKind(enum.StrEnum):
    """The groups of the search window, in the order they are shown."""

    PERSON = "person"
    ORGANISATION = "organisation"
    MEETING = "meeting"
    FINDING = "finding"
    PLAN = "plan"
    NOTE = "note"

    def label(self) -> str:
        return {
            ResultKind.PERSON: translate("SearchKind", "People"),
            ResultKind.ORGANISATION: translate("SearchKind", "Organisations"),
            ResultKind.MEETING: translate("SearchKind", "Meetings"),
            ResultKind.FINDING: translate("SearchKind", "Findings"),
            ResultKind.PLAN: translate("SearchKind", "Action plans"),
            ResultKind.NOTE: translate("SearchKind", "Notes"),
        }[self]


class Target(enum.StrEnum):
    """What a result opens: the record kind the window switches to and selects."""

    PARTICIPANT = "participant"  # id: the participant row, parent: its meeting
    PERSON = "person"  # a person with no meeting left (the person register)
    CONTACT = "contact"  # id: the contact, parent: its municipality or organisation
    MUNICIPALITY = "municipality"
    ORGANISATION = "organisation"
    VISIT = "visit"
    FINDING = "finding"
    PLAN = "plan"  # id: the plan, item: an area or an action in it


@dataclass(frozen=True)
class Place:
    """Where a result opens. ``parent_id`` is the meeting of a participant, or the municipality
    (``parent_is_municipality``) or organisation of a contact; ``item_id`` an area or action."""

    target: Target
    id: uuid.UUID
    parent_id: uuid.UUID | None = None
    item_id: uuid.UUID | None = None
    parent_is_municipality: bool = False


@dataclass(frozen=True)
class Hit:
    kind: ResultKind
    title: str
    detail: str
    place: Place


@dataclass(frozen=True, slots=True)
class _Entry:
    """A row of the catalogue; its :class:`Hit` is made only when it is shown."""

    kind: ResultKind
    order: tuple
    title: str
    detail: str | tuple[str | None, ...]  # parts joined with " · " when shown
    target: Target
    id: str  # ids as stored (32 hex digits): turned into UUIDs only for the hits shown
    parent: str | None = None
    item: str | None = None
    parent_is_municipality: bool = False

    def hit(self) -> Hit:
        detail = self.detail
        return Hit(
            self.kind,
            self.title,
            detail if isinstance(detail, str) else " · ".join(part for part in detail if part),
            Place(
                self.target,
                uuid.UUID(hex=self.id),
                uuid.UUID(hex=self.parent) if self.parent else None,
                uuid.UUID(hex=self.item) if self.item else None,
                self.parent_is_municipality,
            ),
        )


def snippet(text: str, typed: Iterable[str], width: int = 90) -> str:
    """A line of ``text`` around the first typed word found in it (notes are long)."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    folded = fold(flat)  # same length as the text for nearly every text (ß -> ss aside)
    start = 0
    for word in typed:
        at = folded.find(word)
        if at >= 0:
            start = max(0, min(at - width // 3, len(flat) - width))
            break
    part = flat[start : start + width]
    return ("…" if start else "") + part + ("…" if start + width < len(flat) else "")


class Catalogue:
    """Folded words -> entries; :meth:`find` answers a typed text per group.

    Entries are numbered in group order, and within a group in the order they are shown, so a
    group is a range of numbers and its first hits are the smallest matched numbers in it."""

    def __init__(self) -> None:
        self._pending: list[tuple[_Entry, list[tuple[str, ...]]]] = []
        self._words: dict[str, tuple[str, ...]] = {}  # text -> its folded words (texts repeat)
        self._keys: dict[str, str] = {}
        self.entries: list[_Entry] = []
        self._ranges: list[tuple[ResultKind, int, int]] = []
        self._postings: dict[str, list[int]] = {}
        self._vocabulary: list[str] = []
        self._cache: dict[str, frozenset[int]] = {}
        self._letters: dict[str, list[int]] = {}  # a first letter's entries, sorted

    def key(self, text: str) -> str:
        """A sort key that sorts Đukić with Dukic and Öhman after Z."""
        found = self._keys.get(text)
        if found is None:
            found = self._keys[text] = fold(text)
        return found

    def add(self, entry: _Entry, *texts: str | None) -> None:
        # a word in two of the texts is listed twice for the entry: harmless (matches are sets)
        found: list[tuple[str, ...]] = []
        for text in texts:
            if not text:
                continue
            known = self._words.get(text)
            if known is None:
                known = self._words[text] = tuple(set(words(text)))
            found.append(known)
        self._pending.append((entry, found))

    def seal(self) -> Catalogue:
        order = {kind: number for number, kind in enumerate(ResultKind)}
        self._pending.sort(key=lambda pair: (order[pair[0].kind], pair[0].order))
        postings = self._postings
        for number, (entry, found) in enumerate(self._pending):
            self.entries.append(entry)
            if not self._ranges or self._ranges[-1][0] is not entry.kind:
                self._ranges.append((entry.kind, number, number))
            kind, first, _end = self._ranges[-1]
            self._ranges[-1] = (kind, first, number + 1)
            for known in found:
                for word in known:
                    posting = postings.get(word)
                    if posting is None:
                        postings[word] = [number]
                    else:
                        posting.append(number)
        self._pending = []
        self._words = {}
        self._keys = {}
        self._vocabulary = sorted(postings)
        # the first letter typed matches the most (every word starting so): read once, here,
        # off the GUI thread, and kept sorted, so the first keystroke costs no more than the next
        for letter in {word[0] for word in self._vocabulary}:
            self._letters[letter] = sorted(self._union(letter))
        return self

    def __len__(self) -> int:
        return len(self.entries)

    def clear_cache(self) -> None:
        """Forget the words typed so far (a new search window starts from nothing)."""
        self._cache.clear()

    def _union(self, prefix: str) -> set[int]:
        matched: set[int] = set()
        vocabulary = self._vocabulary
        at = bisect_left(vocabulary, prefix)
        while at < len(vocabulary) and vocabulary[at].startswith(prefix):
            matched.update(self._postings[vocabulary[at]])
            at += 1
        return matched

    def _prefix(self, prefix: str) -> frozenset[int]:
        found = self._cache.get(prefix)
        if found is not None:
            return found
        letter = self._letters.get(prefix)
        found = frozenset(letter if letter is not None else self._union(prefix))
        if len(self._cache) > 64:
            self._cache.clear()
        self._cache[prefix] = found
        return found

    def find(self, typed: list[str], limit: int) -> dict[ResultKind, tuple[list[_Entry], int]]:
        """Per group: the first ``limit`` entries (in their order) and how many match."""
        if not typed:
            return {}
        distinct = list(dict.fromkeys(typed))
        numbers: list[int]
        if len(distinct) == 1 and distinct[0] in self._letters:
            numbers = self._letters[distinct[0]]  # one letter: sorted already
        else:
            sets = sorted((self._prefix(word) for word in distinct), key=len)
            matched = sets[0].intersection(*sets[1:]) if len(sets) > 1 else sets[0]
            numbers = sorted(matched)
        if not numbers:
            return {}
        found: dict[ResultKind, tuple[list[_Entry], int]] = {}
        for kind, first, end in self._ranges:
            lo = bisect_left(numbers, first)
            hi = bisect_left(numbers, end, lo)
            if hi > lo:
                found[kind] = (
                    [self.entries[n] for n in numbers[lo : min(hi, lo + limit)]],
                    hi - lo,
                )
        return found


# --- building: plain SQL (ids, dates and kinds as stored), 56,000 rows at 10x ----------------------


def build_catalogue(s: Session) -> Catalogue:
    """Read every live row the one search looks at (one read session)."""
    catalogue = Catalogue()
    connection = s.connection()
    plain = connection.dialect.name == "postgresql"

    def run(sql: str) -> list:
        rows = connection.exec_driver_sql(sql).fetchall()  # one call, not one a row
        return [as_stored(row) for row in rows] if plain else rows

    meetings = _meetings(run, catalogue)
    _organisations(run, catalogue)
    _plans(run, catalogue)
    _contacts(run, catalogue)
    _notes(run, catalogue, meetings)
    return catalogue.seal()


def as_stored(row: Sequence[Any]) -> tuple[Any, ...]:
    """A server's row as SQLite hands it over (what the catalogue keys on): ids as 32 hex
    digits, days as ISO text."""
    return tuple(
        value.hex
        if isinstance(value, uuid.UUID)
        else value.isoformat()
        if isinstance(value, date)
        else value
        for value in row
    )


def _labels(kind: type[enum.Enum]) -> dict[str, str]:
    return {member.value: member.label() for member in kind}  # type: ignore[attr-defined]


def _joined(*parts: str | None) -> tuple[str | None, ...]:
    return parts  # joined only for the hits shown (Entry.hit)


def _organisations(run, catalogue: Catalogue) -> None:
    kinds = _labels(OrganisationKind)
    for org_id, name, short, kind, number in run(
        "SELECT id, name, short_name, kind, org_number FROM organisation WHERE deleted_at IS NULL"
    ):
        label = kinds.get(kind, "")
        catalogue.add(
            _Entry(
                ResultKind.ORGANISATION,
                (catalogue.key(name),),
                name,
                _joined(label, short),
                Target.ORGANISATION,
                org_id,
            ),
            name,
            short,
            number,
            label,
        )


def _meetings(run, catalogue: Catalogue) -> dict[str, tuple[str, int]]:
    """The live meetings; returns their labels and days (the notes use them)."""
    kinds, statuses = _labels(VisitKind), _labels(VisitStatus)
    organisations: dict[str, list[str]] = {}
    for visit_id, name in run(
        "SELECT vo.visit_id, o.name FROM visit_organisation vo "
        "JOIN organisation o ON o.id = vo.organisation_id WHERE o.deleted_at IS NULL"
    ):
        organisations.setdefault(visit_id, []).append(name)
    labels: dict[str, tuple[str, int]] = {}
    for visit_id, kind, status, title, day, venue, place in run(
        "SELECT v.id, v.kind, v.status, v.title, v.day, v.venue_name, m.name FROM visit v "
        "LEFT JOIN municipality m ON m.id = v.municipality_id WHERE v.deleted_at IS NULL"
    ):
        others = [name for name in organisations.get(visit_id, ()) if name != place]
        label = f"{place or title or kinds.get(kind, '')}, {day}"
        newest_first = -date.fromisoformat(day).toordinal()
        labels[visit_id] = (label, newest_first)
        catalogue.add(
            _Entry(
                ResultKind.MEETING,
                (newest_first, catalogue.key(label)),
                label,
                _joined(kinds.get(kind), statuses.get(status), venue, *others),
                Target.VISIT,
                visit_id,
            ),
            title,
            place,
            venue,
            kinds.get(kind),
            day,
            *others,
        )
    return labels


def _plans(run, catalogue: Catalogue) -> None:
    plan_word = translate("SearchKind", "Action plan")
    area_word = translate("SearchKind", "Development area")
    places: dict[str, str] = {}
    for plan_id, owner, place in run(
        "SELECT p.id, p.owner, m.name FROM action_plan p "
        "JOIN municipality m ON m.id = p.municipality_id WHERE p.deleted_at IS NULL"
    ):
        places[plan_id] = place
        catalogue.add(
            _Entry(
                ResultKind.PLAN,
                (0, catalogue.key(place)),
                f"{plan_word}: {place}",
                owner,
                Target.PLAN,
                plan_id,
            ),
            place,
            owner,
            plan_word,
        )
    areas: dict[str, tuple[str, str]] = {}
    for area_id, plan_id, name, situation, goal, position in run(
        "SELECT id, plan_id, name, situation, goal, position FROM plan_area "
        "WHERE deleted_at IS NULL"
    ):
        if plan_id not in places:
            continue
        areas[area_id] = (plan_id, name)
        catalogue.add(
            _Entry(
                ResultKind.PLAN,
                (1, catalogue.key(places[plan_id]), position),
                name,
                _joined(area_word, places[plan_id]),
                Target.PLAN,
                plan_id,
                item=area_id,
            ),
            name,
            situation,
            goal,
        )
    for action_id, area_id, what, owner, due, measure, indicator, position in run(
        "SELECT id, area_id, what, owner, due_date, measure, indicator, position "
        "FROM plan_action WHERE deleted_at IS NULL"
    ):
        if area_id not in areas:
            continue
        plan_id, area_name = areas[area_id]
        catalogue.add(
            _Entry(
                ResultKind.PLAN,
                (2, catalogue.key(places[plan_id]), catalogue.key(area_name), position),
                " ".join(what.split()),
                _joined(places[plan_id], area_name, owner, due),
                Target.PLAN,
                plan_id,
                item=action_id,
            ),
            what,
            owner,
            measure,
            indicator,
        )


def _contacts(run, catalogue: Catalogue) -> None:
    contact_word = translate("SearchKind", "Contact")
    for contact_id, name, title, unit, email, municipality_id, organisation_id in run(
        "SELECT id, name, title, organisation, email, municipality_id, organisation_id "
        "FROM contact WHERE deleted_at IS NULL"
    ):
        catalogue.add(
            _Entry(
                ResultKind.PERSON,
                (catalogue.key(name),),
                name,
                _joined(contact_word, title, unit, email),
                Target.CONTACT,
                contact_id,
                parent=municipality_id or organisation_id,
                parent_is_municipality=municipality_id is not None,
            ),
            name,
            title,
            unit,
            email,
        )


def _notes(run, catalogue: Catalogue, meetings: dict[str, tuple[str, int]]) -> None:
    for visit_id, notes in run(
        "SELECT id, notes FROM visit WHERE deleted_at IS NULL AND notes != ''"
    ):
        label, newest_first = meetings[visit_id]
        entry = _Entry(ResultKind.NOTE, (0, newest_first), label, notes, Target.VISIT, visit_id)
        catalogue.add(entry, notes)
    _minutes(run, catalogue, meetings)
    _agenda_descriptions(run, catalogue, meetings)
    _follow_ups(run, catalogue)
    for municipality_id, name, notes in run(
        "SELECT id, name, notes FROM municipality WHERE notes != ''"
    ):
        entry = _Entry(
            ResultKind.NOTE, (1, catalogue.key(name)), name, notes, Target.MUNICIPALITY,
            municipality_id,
        )  # fmt: skip
        catalogue.add(entry, notes)
    for org_id, name, notes in run(
        "SELECT id, name, notes FROM organisation WHERE deleted_at IS NULL AND notes != ''"
    ):
        entry = _Entry(
            ResultKind.NOTE, (1, catalogue.key(name)), name, notes, Target.ORGANISATION, org_id
        )
        catalogue.add(entry, notes)
    for participant_id, visit_id, name, notes in run(
        "SELECT pa.id, pa.visit_id, pe.name, pa.notes FROM participant pa "
        "JOIN person pe ON pe.id = pa.person_id "
        "WHERE pa.deleted_at IS NULL AND pe.deleted_at IS NULL AND pa.notes != ''"
    ):
        if visit_id not in meetings:
            continue  # the meeting was deleted
        label, newest_first = meetings[visit_id]
        entry = _Entry(
            ResultKind.NOTE,
            (2, newest_first, catalogue.key(name)),
            f"{name} · {label}",
            notes,
            Target.PARTICIPANT,
            participant_id,
            parent=visit_id,
        )
        catalogue.add(entry, notes)


# --- the hits shown are checked against the file (a catalogue may be a few changes old) ----------

_TABLES = {
    Target.VISIT: "visit",
    Target.ORGANISATION: "organisation",
    Target.CONTACT: "contact",
    Target.PARTICIPANT: "participant",
    Target.PLAN: "action_plan",
}


def live_entries(s: Session, entries: list[_Entry]) -> set[int]:
    """Indexes into ``entries`` of the rows deleted since the catalogue was read (an action or
    area by its own row; a meeting's notes by the meeting)."""
    wanted: dict[str, set[str]] = {}
    for entry in entries:
        table = _TABLES.get(entry.target)
        if table is not None:
            wanted.setdefault(table, set()).add(entry.id)
        if entry.item is not None:
            wanted.setdefault("plan_area", set()).add(entry.item)
            wanted.setdefault("plan_action", set()).add(entry.item)
    alive: set[str] = set()
    connection = s.connection()
    run = connection.exec_driver_sql
    mark = "%s" if connection.dialect.paramstyle in ("format", "pyformat") else "?"
    for table, ids in wanted.items():
        marks = ", ".join(mark for _ in ids)
        alive.update(
            as_stored(row)[0]
            for row in run(
                f"SELECT id FROM {table} WHERE deleted_at IS NULL AND id IN ({marks})",
                tuple(ids),
            )
        )
    return {
        number
        for number, entry in enumerate(entries)
        if (entry.target in _TABLES and entry.id not in alive)
        or (entry.item is not None and entry.item not in alive)
    }


def _minutes(run, catalogue: Catalogue, meetings: dict[str, tuple[str, int]]) -> None:
    """The minutes of a meeting's agenda items (notes, decisions, follow-up actions): they open
    the meeting."""
    texts: dict[str, list[str]] = {}
    for item_id, notes, decisions in run(
        "SELECT agenda_item_id, notes, decisions FROM minutes_item "
        "WHERE notes != '' OR decisions != ''"
    ):
        texts.setdefault(item_id, []).extend(t for t in (notes, decisions) if t)
    for item_id, text, owner in run("SELECT agenda_item_id, text, owner FROM minutes_action"):
        texts.setdefault(item_id, []).append(" – ".join(t for t in (text, owner) if t))
    if not texts:
        return
    for item_id, visit_id, title in run(
        "SELECT id, visit_id, title FROM agenda_item WHERE deleted_at IS NULL"
    ):
        found = texts.get(item_id)
        if not found or visit_id not in meetings:
            continue
        label, newest_first = meetings[visit_id]
        entry = _Entry(
            ResultKind.NOTE,
            (0, newest_first, catalogue.key(title)),
            f"{label} · {title}" if title else label,
            "\n".join(found),
            Target.VISIT,
            visit_id,
        )
        catalogue.add(entry, *found)


def _agenda_descriptions(run, catalogue: Catalogue, meetings: dict[str, tuple[str, int]]) -> None:
    """The descriptions of a meeting's agenda items: they open the meeting."""
    for visit_id, title, description in run(
        "SELECT visit_id, title, description FROM agenda_item "
        "WHERE deleted_at IS NULL AND description != ''"
    ):
        if visit_id not in meetings:
            continue  # the meeting was deleted
        label, newest_first = meetings[visit_id]
        entry = _Entry(
            ResultKind.NOTE,
            (0, newest_first, catalogue.key(title)),
            f"{label} · {title}" if title else label,
            description,
            Target.VISIT,
            visit_id,
        )
        catalogue.add(entry, description)


def _follow_ups(run, catalogue: Catalogue) -> None:
    """What was written at a plan's follow-up (its summary, the notes on its areas, the comments
    on its actions): they open the plan."""
    texts: dict[str, list[str]] = {}
    for follow_up_id, summary in run(
        "SELECT id, summary FROM plan_follow_up WHERE deleted_at IS NULL AND summary != ''"
    ):
        texts.setdefault(follow_up_id, []).append(summary)
    for follow_up_id, note in run(
        "SELECT follow_up_id, note FROM plan_follow_up_area WHERE note != ''"
    ):
        texts.setdefault(follow_up_id, []).append(note)
    for follow_up_id, comment in run(
        "SELECT follow_up_id, comment FROM plan_follow_up_action WHERE comment != ''"
    ):
        texts.setdefault(follow_up_id, []).append(comment)
    if not texts:
        return
    word = translate("SearchKind", "Follow-up of the action plan")
    for follow_up_id, plan_id, place in run(
        "SELECT f.id, f.plan_id, m.name FROM plan_follow_up f "
        "JOIN action_plan p ON p.id = f.plan_id JOIN municipality m ON m.id = p.municipality_id "
        "WHERE f.deleted_at IS NULL AND p.deleted_at IS NULL"
    ):
        found = texts.get(follow_up_id)
        if not found:
            continue
        entry = _Entry(
            ResultKind.NOTE,
            (1, catalogue.key(place)),
            f"{word}: {place}",
            "\n".join(found),
            Target.PLAN,
            plan_id,
        )
        catalogue.add(entry, *found)
