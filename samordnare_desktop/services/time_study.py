"""Use cases for time studies: categories, studies with their respondents, computed figures.

Shares and minutes per day are computed here from the stored minutes, never typed:

- share of a category = its minutes / all minutes of the respondents in question;
- minutes per day = its minutes / the respondents' days measured (summed);
- programme median = for each municipality its n-th measurement's share, then the median.
"""

from __future__ import annotations

import statistics
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import (
    Boolean,
    Float,
    Integer,
    TextualSelect,
    bindparam,
    column,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.orm import Session

from samordnare_desktop.db.dialects import RawId
from samordnare_desktop.db.engine import Database
from samordnare_desktop.db.stamps import table_stamps
from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.errors import NotFoundError, ValidationError, ensure_version
from samordnare_desktop.domain.municipality import Municipality
from samordnare_desktop.domain.time_study import CategoryRow as CategoryRow  # re-exported
from samordnare_desktop.domain.time_study import RespondentInput as RespondentInput
from samordnare_desktop.domain.time_study import (
    RespondentRole,
    TimeCategory,
    TimeStudy,
    TimeStudyEntry,
    TimeStudyRespondent,
)
from samordnare_desktop.i18n import translate

if TYPE_CHECKING:
    from samordnare_desktop.services.time_study_import import ImportPreview

T = TypeVar("T")
MAX_DAYS = 366.0
HIDDEN_KEY = uuid.UUID(int=0)  # pooled minutes of hidden categories (they count in the total)
MINUTES_PER_DAY_LIMIT = 24 * 60


# --- plain data ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class StudyInput:
    municipality_id: uuid.UUID
    label: str
    start_date: date
    end_date: date
    respondents: tuple[RespondentInput, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class StudyRow:
    id: uuid.UUID
    version: int
    municipality_id: uuid.UUID
    municipality_code: str
    municipality_name: str
    label: str
    start_date: date
    end_date: date
    respondent_count: int
    ordinal: int  # 1 for the municipality's first measurement, 2 for the second, ...

    @property
    def display(self) -> str:
        return f"{self.label} ({self.start_date.isoformat()}–{self.end_date.isoformat()})"


@dataclass(frozen=True)
class StudyDetails:
    row: StudyRow
    notes: str
    respondents: tuple[RespondentInput, ...]

    def as_input(self) -> StudyInput:
        r = self.row
        return StudyInput(
            r.municipality_id, r.label, r.start_date, r.end_date, self.respondents, self.notes
        )


@dataclass
class _RawTally:
    """One study's respondents of one role: how many, days measured, minutes per category id
    (as text)."""

    respondents: int = 0
    days: float = 0.0
    minutes: dict[str, int] = field(default_factory=dict)


@dataclass
class Tally:
    """Summed raw figures of a group of respondents (the input of every computed figure)."""

    respondents: int = 0
    days: float = 0.0
    minutes: dict[uuid.UUID, int] = field(default_factory=dict)

    def add(self, other: Tally) -> None:
        self.respondents += other.respondents
        self.days += other.days
        for key, value in other.minutes.items():
            self.minutes[key] = self.minutes.get(key, 0) + value

    @property
    def total_minutes(self) -> int:
        return sum(self.minutes.values())


@dataclass(frozen=True)
class CategoryFigure:
    category_id: uuid.UUID
    name: str
    minutes: int
    share: float  # 0..1
    per_day: float  # minutes per respondent-day


@dataclass(frozen=True)
class Figures:
    respondents: int
    days: float
    total_minutes: int
    categories: tuple[CategoryFigure, ...]

    @property
    def minutes_per_day(self) -> float:
        return self.total_minutes / self.days if self.days else 0.0

    def share(self, category_id: uuid.UUID) -> float:
        return next((c.share for c in self.categories if c.category_id == category_id), 0.0)

    def per_day(self, category_id: uuid.UUID) -> float:
        return next((c.per_day for c in self.categories if c.category_id == category_id), 0.0)


@dataclass(frozen=True)
class StudySummary:
    study: StudyRow
    overall: Figures
    by_role: dict[RespondentRole, Figures]


def figures(tally: Tally, categories: Sequence[CategoryRow]) -> Figures:
    """Shares and minutes per day of ``tally`` for each category (in ``categories`` order)."""
    total = tally.total_minutes
    return Figures(
        respondents=tally.respondents,
        days=tally.days,
        total_minutes=total,
        categories=tuple(
            CategoryFigure(
                c.id,
                c.name,
                tally.minutes.get(c.id, 0),
                tally.minutes.get(c.id, 0) / total if total else 0.0,
                tally.minutes.get(c.id, 0) / tally.days if tally.days else 0.0,
            )
            for c in categories
        ),
    )


def summarise(
    study: StudyRow, by_role: Mapping[RespondentRole, Tally], categories: Sequence[CategoryRow]
) -> StudySummary:
    overall = Tally()
    for tally in by_role.values():
        overall.add(tally)
    return StudySummary(
        study,
        figures(overall, categories),
        {role: figures(by_role[role], categories) for role in RespondentRole if role in by_role},
    )


def median_shares(
    summaries: Iterable[StudySummary], categories: Sequence[CategoryRow]
) -> dict[uuid.UUID, float]:
    """Per category, the median of the studies' overall shares (studies without minutes skipped)."""
    usable = [s for s in summaries if s.overall.total_minutes]
    return {
        c.id: statistics.median(s.overall.share(c.id) for s in usable) if usable else 0.0
        for c in categories
    }


def pooled(
    summaries: Iterable[StudySummary],
    categories: Sequence[CategoryRow],
    *,
    label: str = "",
    ordinal: int = 0,
) -> StudySummary:
    """All respondents of ``summaries`` as one group (the programme-wide figures)."""
    tallies: dict[RespondentRole, Tally] = {}
    for s in summaries:
        for role, fig in s.by_role.items():
            tally = tallies.setdefault(role, Tally())
            minutes = {c.category_id: c.minutes for c in fig.categories}
            hidden = fig.total_minutes - sum(minutes.values())  # in categories now hidden
            if hidden:
                minutes[HIDDEN_KEY] = hidden
            tally.add(Tally(fig.respondents, fig.days, minutes))
    placeholder = StudyRow(
        uuid.UUID(int=0), 0, uuid.UUID(int=0), "", "", label, date.min, date.min, 0, ordinal
    )
    return summarise(placeholder, tallies, categories)


# --- validation ---------------------------------------------------------------------------------
def validate_study(data: StudyInput, category_ids: set[uuid.UUID]) -> StudyInput:
    """Normalise and check a study; raises ``ValidationError`` naming the bad field."""
    label = v.required_text(data.label, "label")
    if data.end_date < data.start_date:
        raise ValidationError(
            "end_date", translate("time_study", "The measurement must end on or after its start.")
        )
    respondents = []
    for number, r in enumerate(data.respondents, start=1):
        where = translate("time_study", "Respondent {number}: ").format(number=number)
        if not isinstance(r.role, RespondentRole):
            raise ValidationError("respondents", where + translate("time_study", "unknown role."))
        try:
            days = float(r.days)
        except (TypeError, ValueError):
            days = -1.0
        if not 0 < days <= MAX_DAYS:
            raise ValidationError(
                "respondents",
                where
                + translate("time_study", "days measured must be more than 0 and at most 366."),
            )
        minutes: dict[uuid.UUID, int] = {}
        for category_id, value in r.minutes.items():
            if category_id not in category_ids:
                raise ValidationError(
                    "respondents", where + translate("time_study", "unknown category.")
                )
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValidationError(
                    "respondents",
                    where + translate("time_study", "minutes must be whole numbers, 0 or more."),
                )
            if value:
                minutes[category_id] = value
        if sum(minutes.values()) > days * MINUTES_PER_DAY_LIMIT:
            raise ValidationError(
                "respondents",
                where
                + translate(
                    "time_study", "more minutes than the days measured hold (24 hours a day)."
                ),
            )
        respondents.append(
            RespondentInput(
                r.role, days, minutes, v.optional_text(r.label, "respondents", max_length=100)
            )
        )
    return StudyInput(
        data.municipality_id,
        label,
        data.start_date,
        data.end_date,
        tuple(respondents),
        v.optional_text(data.notes, "notes", max_length=v.MAX_LONG_TEXT, multiline=True),
    )


# --- the service --------------------------------------------------------------------------------
# the programme's studies and their sums as SQL text with typed columns, as db/stamps.py's: built
# as ORM selects they cost some 3 ms to compile on each new engine (Översikt's first read, whose
# time study sums every study once); the same SQL, so the same indexes
_PROGRAMME_STUDIES = (
    text(
        "SELECT t.id, t.municipality_id, t.updated_at"
        " FROM time_study t JOIN municipality m ON t.municipality_id = m.id"
        " WHERE t.deleted_at IS NULL AND m.in_programme = :yes"
        " ORDER BY t.start_date, t.end_date, m.name"
    )
    .bindparams(bindparam("yes", True, type_=Boolean))
    .columns(
        column("id", RawId),
        column("municipality_id", RawId),
        column("updated_at", TimeStudy.__table__.c.updated_at.type),
    )
)
_ROLE = TimeStudyRespondent.__table__.c.role.type
_RESPONDENT_SUMS = (
    text(
        "SELECT r.study_id, r.role, count(*) AS n, sum(r.days) AS days"
        " FROM time_study_respondent r WHERE r.study_id IN :ids GROUP BY r.study_id, r.role"
    )
    .bindparams(bindparam("ids", expanding=True, type_=RawId))
    .columns(
        column("study_id", RawId),
        column("role", _ROLE),
        column("n", Integer),
        column("days", Float),
    )
)
_MINUTE_SUMS: dict[int, TextualSelect] = {}  # by the number of categories (a handful)
_CATEGORY_IDS = text("SELECT c.id FROM time_category c ORDER BY c.id").columns(column("id", RawId))


def _minute_sums(categories: int) -> TextualSelect:
    """Per study and role, the minutes of each of ``categories`` categories (``m0``, ``m1`` ...
    of the ids bound as ``c0``, ``c1`` ...; NULL when none of its entries is of it): summed in
    the order of ``time_study_respondent(study_id, role)`` as the rows come. Grouped by study,
    role and category instead, SQLite sorted every entry (~15 ms against ~9.5 at ten times the
    programme) and nine times as many rows reached Python."""
    statement = _MINUTE_SUMS.get(categories)
    if statement is None:
        sums = ", ".join(
            f"sum(CASE WHEN e.category_id = :c{n} THEN e.minutes END) AS m{n}"
            for n in range(categories)
        )
        statement = _MINUTE_SUMS[categories] = (
            text(
                f"SELECT r.study_id, r.role, {sums}"
                " FROM time_study_respondent r JOIN time_study_entry e ON e.respondent_id = r.id"
                " WHERE r.study_id IN :ids GROUP BY r.study_id, r.role"
            )
            .bindparams(
                bindparam("ids", expanding=True, type_=RawId),
                *(bindparam(f"c{n}", type_=RawId) for n in range(categories)),
            )
            .columns(
                column("study_id", RawId),
                column("role", _ROLE),
                *(column(f"m{n}", Integer) for n in range(categories)),
            )
        )
    return statement


class ProgrammeComparison:
    """The programme's figures beside one municipality's: per category the median share across
    municipalities of their first (second ...) study, the programme's studies, and the comparisons
    drawn from them."""

    db: Database

    def programme_medians(
        self, ordinal: int = 1, categories: Sequence[CategoryRow] | None = None
    ) -> dict[uuid.UUID, float]:
        categories = self.categories() if categories is None else categories
        key = ("medians", ordinal, tuple(c.id for c in categories))
        return dict(self._cached(key, lambda: self._programme_medians(ordinal, categories)))

    def _programme_medians(
        self,
        ordinal: int,
        categories: Sequence[CategoryRow],
        rounds: list[tuple[int, dict[RespondentRole, _RawTally]]] | None = None,
    ) -> dict[uuid.UUID, float]:
        """Per category, the median share across municipalities of their ``ordinal``-th study.

        The same figures as ``median_shares(summaries(...))``, from the per-study sums that
        :meth:`_programme_rounds` keeps (category ids as text: UUID objects cost here).
        """
        shares = []
        for round_, figures in self._programme_rounds() if rounds is None else rounds:
            if round_ != ordinal:
                continue
            per_category: dict[str, int] = defaultdict(int)
            for minutes in figures.values():
                for key, value in minutes.minutes.items():
                    per_category[key] += value
            total = sum(per_category.values())
            if total:
                shares.append({key: value / total for key, value in per_category.items()})
        return {
            c.id: statistics.median(x.get(c.id.hex, 0.0) for x in shares) if shares else 0.0
            for c in categories
        }

    def _programme_rounds(self) -> list[tuple[int, dict[RespondentRole, _RawTally]]]:
        """Every programme study as (its round within its municipality, its sums per role).

        A study's sums are kept while its ``updated_at`` stays (every edit of a study or of its
        respondents bumps it), so after one study changed only that one is summed again.
        """
        with self.db.read() as s:
            found = s.execute(_PROGRAMME_STUDIES).all()
            kept = self._study_sums
            stale = [key for key, _m, at in found if kept.get(key, (None,))[0] != at]
            fresh: dict[str, dict[RespondentRole, _RawTally]] = defaultdict(dict)
            # every category, hidden ones too (their minutes stay stored and are summed)
            categories = s.scalars(_CATEGORY_IDS).all() if stale else []
            bound = {f"c{n}": category for n, category in enumerate(categories)}
            for start in range(0, len(stale), 500):
                chunk = {"ids": stale[start : start + 500]}
                for key, role, n, days in s.execute(_RESPONDENT_SUMS, chunk):
                    fresh[key][role] = _RawTally(n, float(days or 0))
                if not categories:
                    continue
                for key, role, *sums in s.execute(_minute_sums(len(categories)), chunk | bound):
                    minutes = fresh[key][role].minutes
                    for category, summed in zip(categories, sums, strict=True):
                        if summed is not None:  # an entry of it
                            minutes[category] = int(summed)
        stale_set = set(stale)
        self._study_sums = {
            key: (at, dict(fresh.get(key, {}))) if key in stale_set else kept[key]
            for key, _m, at in found
        }
        seen: dict[str, int] = defaultdict(int)
        out = []
        for key, municipality_id, _at in found:
            seen[municipality_id] += 1
            out.append((seen[municipality_id], self._study_sums[key][1]))
        return out

    def programme_studies(self) -> list[StudyRow]:
        """Studies of the municipalities in the programme."""
        with self.db.read() as s:
            members = set(
                s.scalars(select(Municipality.id).where(Municipality.in_programme.is_(True)))
            )
        return [r for r in self.list() if r.municipality_id in members]

    def programme_comparison(self) -> Comparison:
        return self._cached("programme", self._programme_comparison)

    def _programme_comparison(self) -> Comparison:
        """All programme respondents together: the first measurements, the second ones (if any),
        beside the median of the municipalities' first measurements.

        Summed per (measurement round, role, category) from the per-study sums of
        :meth:`_programme_rounds`; the round is each study's rank within its municipality.
        """
        categories = self.categories()
        tallies: dict[int, dict[RespondentRole, Tally]] = defaultdict(dict)
        # the minutes summed by the categories' ids as text (a UUID hashes in Python: some
        # 5,000 times at ten times the programme), made UUIDs once per tally
        summed: dict[tuple[int, RespondentRole], dict[str, int]] = {}
        read = self._programme_rounds()
        for round_, per_role in read:
            if round_ > 2:
                continue
            for role, raw in per_role.items():
                tally = tallies[round_].setdefault(role, Tally())
                tally.respondents += raw.respondents
                tally.days += raw.days
                into = summed.setdefault((round_, role), {})
                for category, minutes in raw.minutes.items():
                    into[category] = into.get(category, 0) + minutes
        known = {c.id.hex: c.id for c in categories}
        for (round_, role), minutes in summed.items():
            tallies[round_][role].minutes = {
                known.get(category) or uuid.UUID(category): value
                for category, value in minutes.items()
            }
        label = translate("time_study", "The programme, all municipalities")
        rounds = [
            summarise(
                StudyRow(
                    uuid.UUID(int=0), 0, uuid.UUID(int=0), "", "", label, date.min, date.min, 0, n
                ),
                tallies[n],
                categories,
            )
            for n in sorted(tallies)
        ]
        # the median of the same rounds (through programme_medians they were read again)
        medians = self._programme_medians(1, categories, read)
        return Comparison(tuple(categories), tuple(rounds), medians)

    def comparison(self, municipality_id: uuid.UUID) -> Comparison:
        """A municipality's measurements beside the programme median of its first measurements."""
        categories = self.categories()
        studies = self.list(municipality_id=municipality_id)
        return Comparison(
            tuple(categories),
            tuple(self.summaries(studies, categories)),
            self.programme_medians(1, categories),
        )


class TimeStudyService(ProgrammeComparison):
    def __init__(self, db: Database) -> None:
        self.db = db
        # programme-wide figures, kept until a study, category or membership changes
        self._cache: dict[object, tuple[tuple, object]] = {}
        # per programme study (id as text): its updated_at and its sums per role
        self._study_sums: dict[str, tuple[object, dict[RespondentRole, _RawTally]]] = {}

    def _stamp(self) -> tuple:
        """Changes whenever a programme-wide figure could: any study, category or membership
        edit bumps an ``updated_at`` (respondents are only ever written with their study)."""
        with self.db.read() as s:
            return table_stamps(s, (TimeStudy, TimeCategory, Municipality))

    def _cached(self, key: object, compute: Callable[[], T]) -> T:
        stamp = self._stamp()
        hit = self._cache.get(key)
        if hit is not None and hit[0] == stamp:
            return hit[1]  # type: ignore[return-value]
        value = compute()
        self._cache[key] = (stamp, value)
        return value

    # categories ---------------------------------------------------------------------------------
    def categories(self, *, include_deleted: bool = False) -> list[CategoryRow]:
        query = select(TimeCategory).order_by(TimeCategory.position, TimeCategory.name)
        if not include_deleted:
            query = query.where(TimeCategory.deleted_at.is_(None))
        with self.db.read() as s:
            return [
                CategoryRow(c.id, c.version, c.key, c.name, c.position) for c in s.scalars(query)
            ]

    def add_category(self, name: str) -> CategoryRow:
        name = v.required_text(name, "name")
        with self.db.write() as s:
            self._refuse_duplicate_name(s, name, None)
            last = s.scalar(select(func.max(TimeCategory.position))) or 0
            category = TimeCategory(name=name, position=last + 1)
            s.add(category)
            s.flush()
            return CategoryRow(category.id, category.version, "", name, category.position)

    def rename_category(
        self, category_id: uuid.UUID, name: str, *, expected_version: int | None
    ) -> CategoryRow:
        name = v.required_text(name, "name")
        with self.db.write() as s:
            category = self._category(s, category_id)
            ensure_version(category.version, expected_version)
            self._refuse_duplicate_name(s, name, category_id)
            category.name = name
            s.flush()
            return CategoryRow(category.id, category.version, category.key, name, category.position)

    def delete_category(self, category_id: uuid.UUID) -> None:
        """Hide a category (its minutes stay stored and come back with :meth:`restore_category`)."""
        with self.db.write() as s:
            self._category(s, category_id).deleted_at = utcnow()

    def restore_category(self, category_id: uuid.UUID) -> None:
        with self.db.write() as s:
            category = s.get(TimeCategory, category_id)
            if category is None:
                raise NotFoundError(translate("time_study", "The category no longer exists."))
            category.deleted_at = None

    def _category(self, s: Session, category_id: uuid.UUID) -> TimeCategory:
        category = s.get(TimeCategory, category_id)
        if category is None or category.is_deleted:
            raise NotFoundError(translate("time_study", "The category no longer exists."))
        return category

    def _refuse_duplicate_name(self, s: Session, name: str, own: uuid.UUID | None) -> None:
        for other in s.scalars(select(TimeCategory).where(TimeCategory.deleted_at.is_(None))):
            if other.id != own and v.match_key(other.name) == v.match_key(name):
                raise ValidationError(
                    "name", translate("time_study", "A category with this name already exists.")
                )

    # studies ------------------------------------------------------------------------------------
    def list(
        self,
        *,
        municipality_id: uuid.UUID | None = None,
        ended_from: date | None = None,
        ended_to: date | None = None,
    ) -> list[StudyRow]:
        """Studies in date order, each with its ordinal within its municipality."""
        counts = (
            select(TimeStudyRespondent.study_id, func.count().label("n"))
            .group_by(TimeStudyRespondent.study_id)
            .subquery()
        )
        query = (
            select(TimeStudy, Municipality.code, Municipality.name, counts.c.n)
            .join(Municipality, TimeStudy.municipality_id == Municipality.id)
            .outerjoin(counts, counts.c.study_id == TimeStudy.id)
            .where(TimeStudy.deleted_at.is_(None))
            .order_by(TimeStudy.start_date, TimeStudy.end_date, Municipality.name)
        )
        if municipality_id is not None:
            query = query.where(TimeStudy.municipality_id == municipality_id)
        with self.db.read() as s:
            found = s.execute(query).all()
        ordinals: dict[uuid.UUID, int] = defaultdict(int)
        rows = []
        for study, code, name, n in found:
            ordinals[study.municipality_id] += 1
            rows.append(
                StudyRow(
                    study.id,
                    study.version,
                    study.municipality_id,
                    code,
                    name,
                    study.label,
                    study.start_date,
                    study.end_date,
                    n or 0,
                    ordinals[study.municipality_id],
                )
            )
        if ended_from is not None:
            rows = [r for r in rows if r.end_date >= ended_from]
        if ended_to is not None:
            rows = [r for r in rows if r.end_date <= ended_to]
        return rows

    def get(self, study_id: uuid.UUID) -> StudyRow:
        with self.db.read() as s:
            study = self._study(s, study_id)
            municipality_id = study.municipality_id
        for row in self.list(municipality_id=municipality_id):
            if row.id == study_id:
                return row
        raise NotFoundError(translate("time_study", "The time study no longer exists."))

    def details(self, study_id: uuid.UUID) -> StudyDetails:
        row = self.get(study_id)
        with self.db.read() as s:
            study = self._study(s, study_id)
            entries = s.execute(
                select(
                    TimeStudyEntry.respondent_id, TimeStudyEntry.category_id, TimeStudyEntry.minutes
                )
                .join(TimeStudyRespondent)
                .where(TimeStudyRespondent.study_id == study_id)
            ).all()
            minutes: dict[uuid.UUID, dict[uuid.UUID, int]] = defaultdict(dict)
            for respondent_id, category_id, value in entries:
                minutes[respondent_id][category_id] = value
            respondents = tuple(
                RespondentInput(r.role, r.days, dict(minutes.get(r.id, {})), r.label)
                for r in study.respondents
            )
            return StudyDetails(row, study.notes, respondents)

    def create(self, data: StudyInput) -> StudyRow:
        return self.get(self.create_many([data])[0])

    def create_many(self, studies: Sequence[StudyInput]) -> list[uuid.UUID]:
        """Save several studies in one transaction (import, demo); all or nothing."""
        category_ids = self._category_ids()
        checked = [validate_study(data, category_ids) for data in studies]
        ids = []
        with self.db.write() as s:
            for data in checked:
                if s.get(Municipality, data.municipality_id) is None:
                    raise NotFoundError(
                        translate("municipalities", "The municipality no longer exists.")
                    )
                study = TimeStudy(
                    municipality_id=data.municipality_id,
                    label=data.label,
                    start_date=data.start_date,
                    end_date=data.end_date,
                    notes=data.notes,
                )
                s.add(study)
                s.flush()
                self._write_respondents(s, study.id, data.respondents)
                ids.append(study.id)
        return ids

    def update(
        self, study_id: uuid.UUID, data: StudyInput, *, expected_version: int | None
    ) -> StudyRow:
        """Replace the study's period, label, notes and all its respondents."""
        data = validate_study(data, self._category_ids())
        with self.db.write() as s:
            study = self._study(s, study_id)
            ensure_version(study.version, expected_version)
            study.label = data.label
            study.start_date = data.start_date
            study.end_date = data.end_date
            study.notes = data.notes
            study.updated_at = utcnow()  # bumps the version even if only respondents changed
            study.respondents.clear()
            s.flush()
            self._write_respondents(s, study.id, data.respondents)
        return self.get(study_id)

    def delete(self, study_id: uuid.UUID) -> None:
        with self.db.write() as s:
            self._study(s, study_id).deleted_at = utcnow()

    def restore(self, study_id: uuid.UUID) -> None:
        with self.db.write() as s:
            study = s.get(TimeStudy, study_id)
            if study is None:
                raise NotFoundError(translate("time_study", "The time study no longer exists."))
            study.deleted_at = None

    def _study(self, s: Session, study_id: uuid.UUID) -> TimeStudy:
        study = s.get(TimeStudy, study_id)
        if study is None or study.is_deleted:
            raise NotFoundError(translate("time_study", "The time study no longer exists."))
        return study

    def _category_ids(self) -> set[uuid.UUID]:
        return {c.id for c in self.categories(include_deleted=True)}

    @staticmethod
    def _write_respondents(
        s: Session, study_id: uuid.UUID, respondents: Sequence[RespondentInput]
    ) -> None:
        """Bulk inserts (a study has hundreds of entries; ORM objects one by one are slow)."""
        if not respondents:
            return
        people, entries = [], []
        for position, r in enumerate(respondents):
            respondent_id = uuid.uuid4()
            people.append(
                {
                    "id": respondent_id,
                    "study_id": study_id,
                    "position": position,
                    "label": r.label,
                    "role": r.role,
                    "days": r.days,
                }
            )
            entries += [
                {"respondent_id": respondent_id, "category_id": category_id, "minutes": value}
                for category_id, value in r.minutes.items()
            ]
        s.execute(insert(TimeStudyRespondent), people)
        if entries:
            s.execute(insert(TimeStudyEntry), entries)

    # computed figures ---------------------------------------------------------------------------
    def summaries(
        self, studies: Sequence[StudyRow], categories: Sequence[CategoryRow] | None = None
    ) -> list[StudySummary]:
        """Figures for ``studies`` from two aggregate queries (any number of studies)."""
        categories = self.categories() if categories is None else categories
        if not studies:
            return []
        ids = [r.id for r in studies]
        tallies: dict[uuid.UUID, dict[RespondentRole, Tally]] = defaultdict(dict)
        with self.db.read() as s:
            for study_id, role, n, days in s.execute(
                select(
                    TimeStudyRespondent.study_id,
                    TimeStudyRespondent.role,
                    func.count(),
                    func.sum(TimeStudyRespondent.days),
                )
                .where(TimeStudyRespondent.study_id.in_(ids))
                .group_by(TimeStudyRespondent.study_id, TimeStudyRespondent.role)
            ):
                tallies[study_id][role] = Tally(n, float(days or 0))
            for study_id, role, category_id, minutes in s.execute(
                select(
                    TimeStudyRespondent.study_id,
                    TimeStudyRespondent.role,
                    TimeStudyEntry.category_id,
                    func.sum(TimeStudyEntry.minutes),
                )
                .join(TimeStudyEntry, TimeStudyEntry.respondent_id == TimeStudyRespondent.id)
                .where(TimeStudyRespondent.study_id.in_(ids))
                .group_by(
                    TimeStudyRespondent.study_id,
                    TimeStudyRespondent.role,
                    TimeStudyEntry.category_id,
                )
            ):
                tallies[study_id][role].minutes[category_id] = int(minutes or 0)
        return [summarise(r, tallies.get(r.id, {}), categories) for r in studies]

    def summary(self, study_id: uuid.UUID) -> StudySummary:
        return self.summaries([self.get(study_id)])[0]

    def preview_import(self, path: object) -> ImportPreview:
        return preview_import(self, path)


@dataclass(frozen=True)
class Comparison:
    categories: tuple[CategoryRow, ...]
    studies: tuple[StudySummary, ...]
    median: dict[uuid.UUID, float]  # programme median share of the first measurements


def preview_import(service: TimeStudyService, path: object) -> ImportPreview:
    """Read a spreadsheet and check it as a save would; writes nothing (see time_study_import)."""
    from pathlib import Path

    from samordnare_desktop.services.time_study_import import preview

    categories = service.categories()
    found = preview(Path(str(path)), categories)
    validate_study(
        StudyInput(uuid.UUID(int=0), "-", date.min, date.min, found.respondents),
        {c.id for c in categories},
    )
    return found
