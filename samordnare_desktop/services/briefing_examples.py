"""The good examples a visit's briefing passes on (issue #18 part 2): the candidates (good
examples from other municipalities on the visit's questions and focus groups), the coordinator's
choice kept per visit (``visit_briefing_example``), and the automatic rule when none is chosen:
the :data:`AUTO_EXAMPLES` sharing the most of the visit's themes, newest first among equals."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import delete, func, literal, or_, select

from samordnare_desktop.db.dialects import unindexed
from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain.briefing import VisitBriefingExample
from samordnare_desktop.domain.care_places import VisitFocusGroup
from samordnare_desktop.domain.errors import NotFoundError, ValidationError
from samordnare_desktop.domain.finding import (
    Finding,
    FindingFocusGroup,
    FindingKind,
    FindingQuestion,
    ThemeKey,
    ThemeSource,
)
from samordnare_desktop.domain.visit import Visit
from samordnare_desktop.domain.visit_questions import VisitQuestion
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.findings import (
    FindingRow,
    FindingService,
    GoodExample,
    elsewhere_conditions,
    home_municipalities,
)

AUTO_EXAMPLES = 5  # good examples printed when the coordinator chose none


def batches(ids: list[uuid.UUID], size: int = 500) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _own(s, ids: list[uuid.UUID], homes: set[uuid.UUID]) -> set[uuid.UUID]:
    """Those of ``ids`` that are no good example from elsewhere (any more): deleted, no good
    example, made at a deleted meeting, or at a meeting in or with one of ``homes`` or concerning
    one of their organisations (:func:`elsewhere_conditions`)."""
    fit: set[uuid.UUID] = set()
    for batch in batches(ids):
        fit |= set(
            s.scalars(
                select(Finding.id).where(
                    Finding.id.in_(batch),
                    Finding.deleted_at.is_(None),
                    Finding.kind == FindingKind.GOOD_EXAMPLE,
                    *elsewhere_conditions(homes),
                )
            )
        )
    return set(ids) - fit


def _shared(row: FindingRow, questions: list[uuid.UUID], groups: list[uuid.UUID]) -> GoodExample:
    """``row`` with the labels of the visit's themes it shares."""
    wanted = {ThemeKey(ThemeSource.QUESTION, q) for q in questions}
    return GoodExample(
        row,
        (
            *(
                label
                for key, label in zip(row.themes, row.theme_labels, strict=False)
                if key in wanted
            ),
            *(
                label
                for g, label in zip(row.focus_group_ids, row.focus_group_labels, strict=False)
                if g in groups
            ),
        ),
    )


def most_relevant(examples: Sequence[GoodExample], count: int = AUTO_EXAMPLES) -> list[GoodExample]:
    """The rule for a briefing without chosen examples: most themes shared with the visit
    first, the newest first among equals (``examples`` come newest first)."""
    return sorted(examples, key=lambda e: -len(e.shared))[:count]


class BriefingExamples:
    """The good examples of a visit's briefing (a part of ``BriefingService``)."""

    db: Database
    findings: FindingService

    # --- the choice of good examples --------------------------------------------------------
    def candidates(self, visit_id: uuid.UUID) -> list[GoodExample]:
        """Good examples from other municipalities on the visit's questions and focus groups."""
        return self.findings.good_examples_for(visit_id)

    def chosen_ids(self, visit_id: uuid.UUID) -> list[uuid.UUID]:
        with self.db.read() as s:
            return list(
                s.scalars(
                    select(VisitBriefingExample.finding_id)
                    .join(Finding, Finding.id == VisitBriefingExample.finding_id)
                    .where(VisitBriefingExample.visit_id == visit_id, Finding.deleted_at.is_(None))
                    .order_by(VisitBriefingExample.position, VisitBriefingExample.created_at)
                )
            )

    def set_chosen(self, visit_id: uuid.UUID, finding_ids: Sequence[uuid.UUID]) -> None:
        """The visit's briefing prints exactly these good examples, in this order (none: the
        most relevant ones automatically)."""
        wanted = list(dict.fromkeys(finding_ids))
        with self.db.write() as s:
            visit = s.get(Visit, visit_id)
            if visit is None or visit.deleted_at is not None:
                raise NotFoundError(translate("briefing", "The meeting no longer exists."))
            if wanted:
                kinds = dict(
                    s.execute(
                        select(Finding.id, Finding.kind).where(
                            Finding.id.in_(wanted), Finding.deleted_at.is_(None)
                        )
                    ).all()
                )
                if any(kinds.get(f) is not FindingKind.GOOD_EXAMPLE for f in wanted):
                    raise ValidationError(
                        "finding_id",
                        translate("briefing", "Only good examples that still exist can be chosen."),
                    )
            s.execute(delete(VisitBriefingExample).where(VisitBriefingExample.visit_id == visit_id))
            for position, finding_id in enumerate(wanted):
                s.add(
                    VisitBriefingExample(
                        id=uuid.uuid4(), visit_id=visit_id, finding_id=finding_id, position=position
                    )
                )

    def examples(self, visit_id: uuid.UUID) -> tuple[list[GoodExample], bool]:
        """The good examples the briefing prints and whether the coordinator chose them."""
        chosen = self.chosen_ids(visit_id)
        wanted = self._themes_of(visit_id)
        if chosen:
            # a chosen one that no longer qualifies (re-tagged as the visit's own municipality's,
            # made a challenge, its meeting deleted) is left out
            with self.db.read() as s:
                visit = s.get(Visit, visit_id)
                homes = home_municipalities(s, visit) if visit is not None else set()
                unfit = _own(s, chosen, homes)
            chosen = [f for f in chosen if f not in unfit]
        if not chosen:
            return self._most_relevant(visit_id, *wanted), False
        return [_shared(r, *wanted) for r in self.findings.rows(chosen)], True

    def _themes_of(self, visit_id: uuid.UUID) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
        """The visit's questions and focus groups."""
        with self.db.read() as s:
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
        return questions, groups

    def _most_relevant(
        self, visit_id: uuid.UUID, questions: list[uuid.UUID], groups: list[uuid.UUID]
    ) -> list[GoodExample]:
        """:func:`most_relevant` of the candidates, ranked in SQL: the number of themes shared
        counted per good example (an index lookup each), so only the few printed are read."""
        if not questions and not groups:
            return []
        shared = literal(0)
        if questions:
            shared = shared + (
                select(func.count())
                .where(
                    FindingQuestion.finding_id == Finding.id,
                    FindingQuestion.question_id.in_(questions),
                )
                .scalar_subquery()
            )
        if groups:
            shared = shared + (
                select(func.count())
                .where(
                    FindingFocusGroup.finding_id == Finding.id,
                    FindingFocusGroup.focus_group_id.in_(groups),
                )
                .scalar_subquery()
            )
        with self.db.read() as s:
            visit = s.get(Visit, visit_id)
            homes = home_municipalities(s, visit) if visit is not None else set()
            score = shared.label("shared")
            ranked = (
                select(Finding.id, score)
                .where(
                    unindexed(Finding.deleted_at).is_(None),
                    Finding.kind == FindingKind.GOOD_EXAMPLE,
                    or_(Finding.visit_id.is_(None), Finding.visit_id != visit_id),
                )
                .order_by(score.desc(), Finding.created_at.desc())
            )
            # the visit's own municipality's are left out of the best few (one lookup each,
            # not one for every good example of the programme); all of them if too few remain
            for limit in (AUTO_EXAMPLES * 8, None):
                found = [f for f, n in s.execute(ranked.limit(limit)) if n]
                own = _own(s, found, homes)
                ids = [f for f in found if f not in own][:AUTO_EXAMPLES]
                if len(ids) == AUTO_EXAMPLES or limit is None or len(found) < limit:
                    break
        return [_shared(r, questions, groups) for r in self.findings.rows(ids)]
