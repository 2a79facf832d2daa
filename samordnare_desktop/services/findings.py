"""Findings (*iakttagelser*) across the programme: capture, tag, search, and good examples passed
on to the next visit (issue #18, parts 1 and 2).

Search goes through the FTS5 index ``finding_search`` (``domain.search``): every typed word is a
prefix, folded so that "dukic" finds Đukić while å, ä and ö stay letters of their own. Filters
(kind, level, theme, focus group, meeting) narrow in SQL; the newest findings come first and a
page holds at most ``limit`` rows, so a keystroke costs the same over 200 rows or 200,000.

Children are never named in findings that leave the app (:func:`child_masker`): a child's name
in the text becomes the pseudonym the participant lists use ("Ungdom 3").
"""

from __future__ import annotations

import contextlib
import functools
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Integer,
    Select,
    String,
    and_,
    bindparam,
    column,
    delete,
    exists,
    func,
    or_,
    select,
    table,
    type_coerce,
)
from sqlalchemy.orm import Session

from samordnare_desktop.db.dialects import group_concat, unindexed
from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.agenda import AgendaItem
from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.care_places import FocusGroup, FocusGroupKey, VisitFocusGroup
from samordnare_desktop.domain.errors import NotFoundError, ValidationError, ensure_version
from samordnare_desktop.domain.finding import (
    Finding,
    FindingFocusGroup,
    FindingInput,
    FindingKind,
    FindingLevel,
    FindingOrganisation,
    FindingQuestion,
    FindingTheme,
    Theme,
    ThemeKey,
    ThemeSource,
    validate_finding,
    validate_theme_name,
)
from samordnare_desktop.domain.municipality import Municipality
from samordnare_desktop.domain.organisation import Organisation, VisitOrganisation
from samordnare_desktop.domain.participant import ParticipantCategory, Person, young_person_label
from samordnare_desktop.domain.search import FINDINGS_INDEX, match_condition
from samordnare_desktop.domain.visit import Visit
from samordnare_desktop.domain.visit_questions import Question, VisitQuestion
from samordnare_desktop.i18n import translate
from samordnare_desktop.services import tabular

DEFAULT_LIMIT = 100  # a page of the list (type to narrow); bench/findings.py
COUNT_CAP = 200  # counted up to here ("more than 200"): each counted match costs a lookup
_INDEX = table(FINDINGS_INDEX, column("finding_id", String), column("rowid", Integer))


def _gone() -> NotFoundError:
    return NotFoundError(translate("findings", "The finding no longer exists."))


@dataclass(frozen=True)
class ThemeOption:
    """A theme to tag with or filter by: a visit question ("Fråga 2: ...") or a user theme."""

    key: ThemeKey
    label: str
    retired: bool = False


@dataclass(frozen=True)
class FindingRow:
    id: uuid.UUID
    version: int
    text: str
    kind: FindingKind | None
    level: FindingLevel | None
    visit_id: uuid.UUID | None
    visit_label: str  # "Mjölby, 2026-03-12" or "" when made at no meeting
    day: date  # the meeting's day, else the day it was written down
    created_at: datetime
    themes: tuple[ThemeKey, ...] = ()
    theme_labels: tuple[str, ...] = ()
    focus_group_ids: tuple[uuid.UUID, ...] = ()
    focus_group_labels: tuple[str, ...] = ()
    organisation_ids: tuple[uuid.UUID, ...] = ()
    organisation_names: tuple[str, ...] = ()
    agenda_item_id: uuid.UUID | None = None  # the agenda item it was made under (the minutes)

    @property
    def kind_label(self) -> str:
        return self.kind.label() if self.kind else ""

    @property
    def level_label(self) -> str:
        return self.level.label() if self.level else ""

    def as_input(self) -> FindingInput:
        return FindingInput(
            text=self.text,
            kind=self.kind,
            level=self.level,
            visit_id=self.visit_id,
            themes=self.themes,
            focus_group_ids=self.focus_group_ids,
            organisation_ids=self.organisation_ids,
            agenda_item_id=self.agenda_item_id,
        )


@dataclass(frozen=True)
class FindingQuery:
    """What the list asks for: typed words and filters (None: any)."""

    text: str = ""
    kind: FindingKind | None = None
    level: FindingLevel | None = None
    theme: ThemeKey | None = None
    focus_group_id: uuid.UUID | None = None
    visit_id: uuid.UUID | None = None
    untagged: bool = False  # only findings still without a kind
    limit: int = DEFAULT_LIMIT


@dataclass(frozen=True)
class FindingPage:
    rows: tuple[FindingRow, ...]
    total: int  # how many match (the page holds at most the query's limit), at most COUNT_CAP
    more: bool = False  # more than ``total`` match ("1 000+")


@dataclass(frozen=True)
class GoodExample:
    """A good example from elsewhere and why it is shown (the themes it shares with the visit)."""

    row: FindingRow
    shared: tuple[str, ...] = field(default=())


# --- children are never named in what leaves the app ---------------------------------------------


class _MaskFoldTable(dict):
    """``str.translate``'s table for :func:`_mask_fold`, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        from samordnare_desktop.domain.search import fold

        ch = chr(code)
        folded = fold(ch)
        lowered = ch.lower()
        self[code] = folded if len(folded) == 1 else lowered if len(lowered) == 1 else ch
        return self[code]


_MASK_FOLD = _MaskFoldTable()


def _mask_fold(text: str) -> str:
    """``text`` folded as the search folds it ("Đorđe" -> "dorde", å ä ö kept), one character
    for one, so that a match in the folded text is the same span of ``text``."""
    return text.lower() if text.isascii() else text.translate(_MASK_FOLD)


_WORD = re.compile(r"\w+")


def child_masker(s: Session) -> Callable[[str], str]:
    """A function that replaces every child's or young person's name in a text by their
    pseudonym ("Elsa" -> "Ungdom 3", "Elsas" -> "Ungdom 3:s"): the whole name, then each part
    of it (a first name alone names the child too). Case and accents are ignored as the search
    ignores them ("Dorde" is Đorđe; å, ä and ö are letters of their own); whole words only."""
    names: list[tuple[str, str]] = []
    rows = s.execute(
        select(Person.name, Person.alias_number).where(
            Person.category == ParticipantCategory.CHILD, Person.name != ""
        )
    )
    for name, alias in rows:
        label = young_person_label(alias)
        parts = [name, *name.split()]
        names.extend(
            (_mask_fold(unicodedata.normalize("NFC", part)), label)
            for part in parts
            if len(part.strip(".-")) >= 2
        )
    if not names:
        return lambda text: text
    # longest first, so "Elsa Berg" is replaced whole before "Elsa"
    names.sort(key=lambda pair: -len(pair[0]))
    labels = {name: label for name, label in reversed(names)}
    # each name once (1,500 children share a few hundred first names: an alternative per child
    # made the final report's 20,000 findings take 5 s), and a text none of whose words starts
    # a name is not searched at all
    pattern = re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(name) for name in sorted(labels, key=len, reverse=True))
        + r")(s?)(?!\w)",
        re.IGNORECASE,
    )
    firsts = {_WORD.search(name) for name in labels}
    starts = None if None in firsts else {m.group(0) for m in firsts if m is not None}

    def masked(text: str) -> str:
        text = unicodedata.normalize("NFC", text)
        folded = _mask_fold(text)
        if starts is not None and not any(
            word in starts or (word[-1] == "s" and word[:-1] in starts)
            for word in _WORD.findall(folded)
        ):
            return text
        out: list[str] = []
        at = 0
        for m in pattern.finditer(folded):
            label = labels.get(m.group(1))
            if label is None:
                continue
            out += [text[at : m.start()], label + (":s" if m.group(2) else "")]  # "Ungdom 3:s"
            at = m.end()
        out.append(text[at:])
        return "".join(out)

    return masked


# --- the service ---------------------------------------------------------------------------------


class FindingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # themes -------------------------------------------------------------------------------------
    def themes(self, *, include_retired: bool = False) -> list[ThemeOption]:
        """The visit questions in number order, then the user's themes by name."""
        with self.db.read() as s:
            return _theme_options(s, include_retired=include_retired)

    def add_theme(self, name: str) -> ThemeOption:
        text = validate_theme_name(name)
        with self.db.write() as s:
            taken = {v.match_key(t.label) for t in _theme_options(s, include_retired=False)} | {
                v.match_key(n)
                for n in s.scalars(select(Theme.name).where(Theme.deleted_at.is_(None)))
            }
            if v.match_key(text) in taken:
                raise ValidationError(
                    "name",
                    translate("findings", "There is already a theme “{name}”.").format(name=text),
                )
            theme = Theme(id=uuid.uuid4(), name=text)
            s.add(theme)
            s.flush()
            return ThemeOption(ThemeKey(ThemeSource.USER, theme.id), text)

    def rename_theme(self, theme_id: uuid.UUID, name: str) -> ThemeOption:
        """A theme of the user's own gets a new name (not one another theme has)."""
        text = validate_theme_name(name)
        with self.db.write() as s:
            theme = _live_theme(s, theme_id)
            taken = {
                v.match_key(o.label)
                for o in _theme_options(s, include_retired=False)
                if o.key.id != theme_id
            }
            if v.match_key(text) in taken:
                raise ValidationError(
                    "name",
                    translate("findings", "There is already a theme “{name}”.").format(name=text),
                )
            theme.name = text
            return ThemeOption(ThemeKey(ThemeSource.USER, theme.id), text)

    def theme_use(self, theme_id: uuid.UUID) -> int:
        """How many live findings carry the theme (said before it is deleted)."""
        with self.db.read() as s:
            return (
                s.scalar(
                    select(func.count())
                    .select_from(FindingTheme)
                    .join(Finding, Finding.id == FindingTheme.finding_id)
                    .where(FindingTheme.theme_id == theme_id, Finding.deleted_at.is_(None))
                )
                or 0
            )

    def delete_theme(self, theme_id: uuid.UUID) -> tuple[uuid.UUID, ...]:
        """Delete a theme of the user's own and take it off every finding; returns those
        findings (:meth:`restore_theme` tags them again: the undo)."""
        with self.db.write() as s:
            theme = _live_theme(s, theme_id)
            tagged = tuple(
                s.scalars(select(FindingTheme.finding_id).where(FindingTheme.theme_id == theme_id))
            )
            s.execute(delete(FindingTheme).where(FindingTheme.theme_id == theme_id))
            theme.deleted_at = utcnow()
        return tagged

    def restore_theme(self, theme_id: uuid.UUID, finding_ids: Iterable[uuid.UUID]) -> None:
        with self.db.write() as s:
            theme = s.get(Theme, theme_id)
            if theme is None:
                raise NotFoundError(translate("findings", "The theme no longer exists."))
            theme.deleted_at = None
            live = set(s.scalars(select(Finding.id).where(Finding.id.in_(list(finding_ids)))))
            known = set(
                s.scalars(select(FindingTheme.finding_id).where(FindingTheme.theme_id == theme_id))
            )
            for finding_id in live - known:
                s.add(FindingTheme(finding_id=finding_id, theme_id=theme_id))

    # one finding --------------------------------------------------------------------------------
    def get(self, finding_id: uuid.UUID) -> FindingRow:
        with self.db.read() as s:
            rows = _rows(s, [finding_id])
        if not rows:
            raise _gone()
        return rows[0]

    def rows(self, ids: Sequence[uuid.UUID]) -> list[FindingRow]:
        """Rows for ``ids`` (live findings only), in the order given."""
        with self.db.read() as s:
            return _rows(s, ids)

    def add(self, data: FindingInput) -> FindingRow:
        data = validate_finding(data)
        with self.db.write() as s:
            _check_visit(s, data.visit_id, data.agenda_item_id)
            finding = Finding(
                id=uuid.uuid4(),
                text=data.text,
                kind=data.kind,
                level=data.level,
                visit_id=data.visit_id,
                agenda_item_id=data.agenda_item_id,
            )
            s.add(finding)
            s.flush()
            _set_tags(s, finding.id, data)
            finding_id = finding.id
        return self.get(finding_id)

    def add_many(self, items: Iterable[FindingInput]) -> int:
        """Many findings in one unit of work (all or none): the demo, an import."""
        checked = [validate_finding(data) for data in items]
        with self.db.write() as s:
            for data in checked:
                _check_visit(s, data.visit_id, data.agenda_item_id)
                finding = Finding(
                    id=uuid.uuid4(),
                    text=data.text,
                    kind=data.kind,
                    level=data.level,
                    visit_id=data.visit_id,
                    agenda_item_id=data.agenda_item_id,
                )
                s.add(finding)
                s.flush()
                _set_tags(s, finding.id, data)
        return len(checked)

    def quick_add(self, visit_id: uuid.UUID, text: str) -> FindingRow:
        """A line typed on the day: a finding made at the visit, concerning the organisations
        the visit is tied to (its municipality's for a municipal visit); tagged later."""
        with self.db.read() as s:
            _check_visit(s, visit_id)
            organisations = tuple(
                s.scalars(
                    select(VisitOrganisation.organisation_id).where(
                        VisitOrganisation.visit_id == visit_id
                    )
                )
            )
        return self.add(FindingInput(text=text, visit_id=visit_id, organisation_ids=organisations))

    def update(
        self, finding_id: uuid.UUID, data: FindingInput, *, expected_version: int | None = None
    ) -> FindingRow:
        data = validate_finding(data)
        with self.db.write() as s:
            finding = s.get(Finding, finding_id)
            if finding is None or finding.deleted_at is not None:
                raise _gone()
            ensure_version(finding.version, expected_version)
            _check_visit(s, data.visit_id, data.agenda_item_id)
            finding.text = data.text
            finding.kind = data.kind
            finding.level = data.level
            finding.visit_id = data.visit_id
            finding.agenda_item_id = data.agenda_item_id
            finding.updated_at = utcnow()
            _set_tags(s, finding_id, data)
        return self.get(finding_id)

    def delete(self, finding_id: uuid.UUID) -> None:
        with self.db.write() as s:
            finding = s.get(Finding, finding_id)
            if finding is None or finding.deleted_at is not None:
                raise _gone()
            finding.deleted_at = utcnow()

    def restore(self, finding_id: uuid.UUID) -> None:
        """Undo of a delete (within the session: the text is blanked when the database closes)."""
        with self.db.write() as s:
            finding = s.get(Finding, finding_id)
            if finding is None or not finding.text:
                raise _gone()
            finding.deleted_at = None

    # many ---------------------------------------------------------------------------------------
    def search(
        self, query: FindingQuery = FindingQuery(), *, count_cap: int = COUNT_CAP
    ) -> FindingPage:
        """The findings matching ``query``, newest first, at most ``query.limit`` of them,
        counted up to ``count_cap`` (the one search counts fewer: "50+")."""
        statement = _statement(query, self.db.dialect)
        if statement is None:
            return FindingPage((), 0)
        cap = max(count_cap, query.limit)
        with self.db.read() as s:
            # one pass over the index: the ids up to the cap (an exact count of 150,000 matches
            # of "s" would cost more than the page, and nobody reads past the first screens),
            # the page's rows then by key
            ids = list(s.scalars(statement.limit(cap + 1)))
            rows = _rows(s, ids[: query.limit])
        total = len(ids)
        return FindingPage(tuple(rows), min(total, cap), more=total > cap)

    def for_visit(self, visit_id: uuid.UUID) -> list[FindingRow]:
        """The findings made at one meeting, in the order they were written down."""
        page = self.search(FindingQuery(visit_id=visit_id, limit=10_000))
        return sorted(page.rows, key=lambda r: r.created_at)

    def good_examples_for(self, visit_id: uuid.UUID, limit: int = 200) -> list[GoodExample]:
        """Good examples from elsewhere that share a theme with the visit: one of its questions
        or one of its focus groups. Findings tied to the visit's own municipality (made at a
        meeting there or concerning its organisation) are left out: this is inspiration from
        other municipalities."""
        with self.db.read() as s:
            visit = s.get(Visit, visit_id)
            if visit is None or visit.deleted_at is not None:
                raise NotFoundError(translate("findings", "The meeting no longer exists."))
            questions = list(
                s.scalars(
                    select(VisitQuestion.question_id).where(VisitQuestion.visit_id == visit_id)
                )
            )
            groups = list(
                s.scalars(
                    select(VisitFocusGroup.focus_group_id).where(
                        VisitFocusGroup.visit_id == visit_id
                    )
                )
            )
            if not questions and not groups:
                return []
            shares = []
            if questions:
                shares.append(
                    exists().where(
                        FindingQuestion.finding_id == Finding.id,
                        FindingQuestion.question_id.in_(questions),
                    )
                )
            if groups:
                shares.append(
                    exists().where(
                        FindingFocusGroup.finding_id == Finding.id,
                        FindingFocusGroup.focus_group_id.in_(groups),
                    )
                )
            conditions = [
                Finding.deleted_at.is_(None),
                Finding.kind == FindingKind.GOOD_EXAMPLE,
                or_(*shares),
                or_(Finding.visit_id.is_(None), Finding.visit_id != visit_id),
                *elsewhere_conditions(home_municipalities(s, visit)),
            ]
            ids = list(
                s.scalars(
                    select(Finding.id)
                    .where(*conditions)
                    .order_by(Finding.created_at.desc())
                    .limit(limit)
                )
            )
            rows = _rows(s, ids)
            labels = {o.key: o.label for o in _theme_options(s, include_retired=True)}
            group_labels = dict(_focus_group_labels(s))
        wanted = {ThemeKey(ThemeSource.QUESTION, q) for q in questions}
        return [
            GoodExample(
                row,
                (
                    *(labels[k] for k in row.themes if k in wanted and k in labels),
                    *(group_labels[g] for g in row.focus_group_ids if g in groups),
                ),
            )
            for row in rows
        ]

    # export -------------------------------------------------------------------------------------
    def export_rows(
        self, *, level: FindingLevel | None = None, theme: ThemeKey | None = None
    ) -> list[FindingRow]:
        """Every live finding (filtered), oldest first, with children's names replaced by their
        pseudonyms: what leaves the app (CLI, CSV) never names a child."""
        conditions = _conditions(FindingQuery(level=level, theme=theme))
        with self.db.read() as s:
            # one statement for every row (not the ids first, then batches of 500 by id): the
            # final report reads 20,000 findings at once
            labels = _Labels(s)
            statement = _row_statement(
                select(Finding.id).where(*conditions).order_by(Finding.created_at, Finding.id)
            )
            rows = [_row(record, labels) for record in s.execute(statement)]
            mask = child_masker(s)
        return [_masked(row, mask) for row in rows]

    def theme_by_label(self, label: str) -> ThemeKey:
        """A theme typed on the command line: a question's number ("2"), or a theme's or
        question's text (case ignored)."""
        wanted = v.match_key(label)
        options = self.themes(include_retired=True)
        for option in options:
            number = option.label.split(":", 1)[0].split()[-1] if ":" in option.label else ""
            if option.key.source is ThemeSource.QUESTION and wanted == number:
                return option.key
        for option in options:
            text = option.label.split(": ", 1)[-1]
            if wanted in (v.match_key(option.label), v.match_key(text)):
                return option.key
        raise ValidationError(
            "theme",
            translate("findings", "No theme “{theme}”. Themes: {themes}.").format(
                theme=label, themes="; ".join(o.label for o in options)
            ),
        )


def export_headers() -> list[str]:
    return [
        translate("findings", "Date"),
        translate("findings", "Kind"),
        translate("findings", "Level"),
        translate("findings", "Finding"),
        translate("findings", "Themes"),
        translate("findings", "Focus groups"),
        translate("findings", "Organisations"),
        translate("findings", "Meeting"),
    ]


def export_row(row: FindingRow) -> list[tabular.Cell]:
    return [
        row.day,
        row.kind_label,
        row.level_label,
        row.text,
        "; ".join(row.theme_labels),
        "; ".join(row.focus_group_labels),
        "; ".join(row.organisation_names),
        row.visit_label,
    ]


def _masked(row: FindingRow, mask: Callable[[str], str]) -> FindingRow:
    return replace(row, text=mask(row.text))


# --- queries -------------------------------------------------------------------------------------


def _statement(query: FindingQuery, dialect: str = "sqlite") -> Select | None:
    """The ids of the findings ``query`` asks for, newest first; None when the typed words can
    match nothing (only signs). With words, the index leads: its rows are read newest first
    (an FTS5 rowid grows with each write) and the scan stops at the page's LIMIT."""
    conditions = _conditions(query)
    if not query.text.strip():
        return select(Finding.id).where(*conditions).order_by(Finding.created_at.desc())
    match = match_condition(FINDINGS_INDEX, query.text, dialect)
    if match is None:
        return None
    return (
        select(Finding.id)
        .select_from(_INDEX)
        .join(Finding, Finding.id == _INDEX.c.finding_id)
        .where(match, *conditions)
        .order_by(_INDEX.c.rowid.desc())
    )


def _conditions(query: FindingQuery) -> list:
    """SQL conditions for the filters of ``query`` (not its words)."""
    # live rows; the unary + keeps SQLite off ix_finding_deleted_at (nearly every row is live:
    # walking it and sorting costs far more than reading newest first and skipping the dead)
    conditions: list = [unindexed(Finding.deleted_at).is_(None)]
    if query.kind is not None:
        conditions.append(Finding.kind == query.kind)
    if query.untagged:
        conditions.append(Finding.kind.is_(None))
    if query.level is not None:
        conditions.append(Finding.level == query.level)
    if query.visit_id is not None:
        conditions.append(Finding.visit_id == query.visit_id)
    if query.focus_group_id is not None:
        conditions.append(
            exists().where(
                FindingFocusGroup.finding_id == Finding.id,
                FindingFocusGroup.focus_group_id == query.focus_group_id,
            )
        )
    if query.theme is not None:
        if query.theme.source is ThemeSource.QUESTION:
            link = exists().where(
                FindingQuestion.finding_id == Finding.id,
                FindingQuestion.question_id == query.theme.id,
            )
        else:
            link = exists().where(
                FindingTheme.finding_id == Finding.id, FindingTheme.theme_id == query.theme.id
            )
        conditions.append(link)
    return conditions


def _live_theme(s: Session, theme_id: uuid.UUID) -> Theme:
    theme = s.get(Theme, theme_id)
    if theme is None or theme.deleted_at is not None:
        raise NotFoundError(translate("findings", "The theme no longer exists."))
    return theme


def _check_visit(
    s: Session, visit_id: uuid.UUID | None, agenda_item_id: uuid.UUID | None = None
) -> None:
    if visit_id is None:
        return
    visit = s.get(Visit, visit_id)
    if visit is None or visit.deleted_at is not None:
        raise ValidationError("visit_id", translate("findings", "The meeting no longer exists."))
    if agenda_item_id is not None:
        item = s.get(AgendaItem, agenda_item_id)
        if item is None or item.visit_id != visit_id:
            raise ValidationError(
                "agenda_item_id",
                translate("findings", "The agenda item is not on this meeting's agenda."),
            )


def _set_tags(s: Session, finding_id: uuid.UUID, data: FindingInput) -> None:
    """The finding's tags become exactly those of ``data``."""
    for model in (FindingQuestion, FindingTheme, FindingFocusGroup, FindingOrganisation):
        s.execute(delete(model).where(model.finding_id == finding_id))
    for key in data.themes:
        if key.source is ThemeSource.QUESTION:
            s.add(FindingQuestion(finding_id=finding_id, question_id=key.id))
        else:
            s.add(FindingTheme(finding_id=finding_id, theme_id=key.id))
    for group_id in data.focus_group_ids:
        s.add(FindingFocusGroup(finding_id=finding_id, focus_group_id=group_id))
    for organisation_id in data.organisation_ids:
        s.add(FindingOrganisation(finding_id=finding_id, organisation_id=organisation_id))


def _theme_options(s: Session, *, include_retired: bool) -> list[ThemeOption]:
    # columns, not ORM objects: every page of the list reads these (a keystroke's cost)
    questions = select(Question.id, Question.number, Question.text, Question.deleted_at).order_by(
        Question.number
    )
    if not include_retired:
        questions = questions.where(Question.deleted_at.is_(None))
    label = translate("findings", "Question {number}: {text}")
    options = [
        ThemeOption(
            ThemeKey(ThemeSource.QUESTION, question_id),
            label.format(number=number, text=text),
            retired=deleted_at is not None,
        )
        for question_id, number, text, deleted_at in s.execute(questions)
    ]
    themes = select(Theme.id, Theme.name, Theme.deleted_at)
    if not include_retired:
        themes = themes.where(Theme.deleted_at.is_(None))
    users = [
        ThemeOption(ThemeKey(ThemeSource.USER, theme_id), name, retired=deleted_at is not None)
        for theme_id, name, deleted_at in s.execute(themes)
    ]
    return options + sorted(users, key=lambda o: v.match_key(o.label))


def _focus_group_labels(s: Session) -> Iterable[tuple[uuid.UUID, str]]:
    for group_id, name, key in s.execute(select(FocusGroup.id, FocusGroup.name, FocusGroup.key)):
        label = name
        if key:
            with contextlib.suppress(ValueError):
                label = FocusGroupKey(key).label()
        yield group_id, label


def _batches(ids: Sequence[uuid.UUID], size: int = 500) -> Iterable[Sequence[uuid.UUID]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


_UNIT, _RECORD = "\x1f", "\x1e"  # separators inside group_concat (never in a name or an id)


def _tags(model: Any, attr: str) -> Any:
    """A finding's tags of one kind as "hex hex ..." (one correlated subquery, no ORM rows)."""
    return (
        select(group_concat(type_coerce(getattr(model, attr), String), " "))
        .where(model.finding_id == Finding.id)
        .scalar_subquery()
    )


def _row_statement(ids_or_page: Select) -> Select:
    """Every column a row needs, in one query: the finding, its meeting and the tags (as
    concatenated ids, names for organisations), for the findings of ``ids_or_page``."""
    organisations = (
        select(
            # the id as text (String, not RawId: the server's uuid || uuid does not exist; its
            # uuid || text is text, with dashes, which uuid.UUID(hex=...) reads)
            group_concat(type_coerce(Organisation.id, String) + _UNIT + Organisation.name, _RECORD)
        )
        .join(FindingOrganisation, FindingOrganisation.organisation_id == Organisation.id)
        .where(FindingOrganisation.finding_id == Finding.id)
        .scalar_subquery()
    )
    return (
        ids_or_page.with_only_columns(
            Finding.id,
            Finding.version,
            Finding.text,
            Finding.kind,
            Finding.level,
            Finding.visit_id,
            Finding.created_at,
            Visit.day,
            Visit.title,
            Visit.kind,
            Municipality.name,
            Finding.agenda_item_id,
            _tags(FindingQuestion, "question_id"),
            _tags(FindingTheme, "theme_id"),
            _tags(FindingFocusGroup, "focus_group_id"),
            organisations,
            maintain_column_froms=False,
        )
        .outerjoin_from(
            Finding, Visit, and_(Visit.id == Finding.visit_id, Visit.deleted_at.is_(None))
        )
        .outerjoin(Municipality, Municipality.id == Visit.municipality_id)
    )


class _Labels:
    """Theme and focus-group labels, read once per list."""

    def __init__(self, s: Session) -> None:
        self.themes = {o.key: o.label for o in _theme_options(s, include_retired=True)}
        self.order = {key: i for i, key in enumerate(self.themes)}
        self.groups = dict(_focus_group_labels(s))


def _ids(text: str | None) -> list[uuid.UUID]:
    return [uuid.UUID(hex=h) for h in text.split()] if text else []


def _row(record: Any, labels: _Labels) -> FindingRow:
    (fid, version, text, kind, level, vid, created, day, title, vkind, place, item) = record[:12]
    questions, themes, groups, organisations = record[12:]
    keys = [ThemeKey(ThemeSource.QUESTION, q) for q in _ids(questions)]
    keys += [ThemeKey(ThemeSource.USER, t) for t in _ids(themes)]
    keys.sort(key=lambda k: labels.order.get(k, len(labels.order)))
    group_ids = _ids(groups)
    concerned = sorted(
        (
            (uuid.UUID(hex=part.split(_UNIT, 1)[0]), part.split(_UNIT, 1)[1])
            for part in (organisations.split(_RECORD) if organisations else ())
        ),
        key=lambda pair: v.match_key(pair[1]),
    )
    label = ""
    if day is not None:
        where = place or title or (vkind.label() if vkind else "")
        label = f"{where}, {day.isoformat()}"
    return FindingRow(
        id=fid,
        version=version,
        text=text,
        kind=kind,
        level=level,
        visit_id=vid if day is not None else None,
        visit_label=label,
        day=day or created.date(),
        created_at=created,
        themes=tuple(keys),
        theme_labels=tuple(labels.themes.get(k, "") for k in keys),
        focus_group_ids=tuple(group_ids),
        focus_group_labels=tuple(labels.groups.get(g, "") for g in group_ids),
        organisation_ids=tuple(o for o, _ in concerned),
        organisation_names=tuple(n for _, n in concerned),
        agenda_item_id=item if day is not None else None,
    )


def _rows(s: Session, ids: Sequence[uuid.UUID]) -> list[FindingRow]:
    """Rows for ``ids`` (live findings only), in the order given."""
    if not ids:
        return []
    labels = _Labels(s)
    found: dict[uuid.UUID, FindingRow] = {}
    for batch in _batches(list(ids)):
        for record in s.execute(_rows_by_id(), {"ids": list(batch)}):
            found[record[0]] = _row(record, labels)
    return [found[i] for i in ids if i in found]


@functools.cache
def _rows_by_id() -> Select:
    """The row statement for a list of ids (bound as ``ids``), built once: building it (the
    correlated tag subqueries) cost more than running it for a page of the one search."""
    # by key only: SQLite would rather walk ix_finding_deleted_at (every live row)
    return _row_statement(
        select(Finding.id).where(
            Finding.id.in_(bindparam("ids", expanding=True)),
            unindexed(Finding.deleted_at).is_(None),
        )
    )


def home_municipalities(s: Session, visit: Visit) -> set[uuid.UUID]:
    """The municipalities a meeting is held with: its own and those of the organisations it is
    tied to (a dialogue meeting has no municipality of its own but may be held with one)."""
    homes = {visit.municipality_id} if visit.municipality_id is not None else set()
    homes |= set(
        s.scalars(
            select(Organisation.municipality_id)
            .join(VisitOrganisation, VisitOrganisation.organisation_id == Organisation.id)
            .where(
                VisitOrganisation.visit_id == visit.id, Organisation.municipality_id.is_not(None)
            )
        )
    )
    return homes


def elsewhere_conditions(homes: set[uuid.UUID]) -> list:
    """Conditions on ``Finding`` for a good example passed on "from other municipalities": not
    made at a deleted meeting, nor at a meeting in or with one of ``homes``, nor concerning one
    of their organisations."""
    conditions: list = [
        ~exists().where(Visit.id == Finding.visit_id, Visit.deleted_at.is_not(None))
    ]
    if homes:
        conditions += [
            ~exists().where(
                FindingOrganisation.finding_id == Finding.id,
                FindingOrganisation.organisation_id == Organisation.id,
                Organisation.municipality_id.in_(homes),
            ),
            ~exists().where(Visit.id == Finding.visit_id, Visit.municipality_id.in_(homes)),
            ~exists().where(
                VisitOrganisation.visit_id == Finding.visit_id,
                VisitOrganisation.organisation_id == Organisation.id,
                Organisation.municipality_id.in_(homes),
            ),
        ]
    return conditions
