"""Planning warnings and programme stages: plain rules, no database."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.domain.visit_rules import (
    ProgrammeStage,
    WarningKind,
    all_warnings,
    holiday_name,
    stage_of,
    warnings_for,
)

MJOLBY = uuid.uuid4()
SJOBO = uuid.uuid4()


@dataclass(frozen=True)
class V:
    day: date
    kind: VisitKind = VisitKind.FIRST
    status: VisitStatus = VisitStatus.PLANNED
    municipality_id: uuid.UUID = MJOLBY
    municipality_name: str = "Mjölby"
    id: uuid.UUID = field(default_factory=uuid.uuid4)


def kinds(found) -> list[WarningKind]:
    return [w.kind for w in found]


def test_an_ordinary_wednesday_has_no_warning() -> None:
    assert warnings_for(V(date(2026, 3, 4)), [], None) == []


def test_midsommarafton_is_a_holiday_although_a_friday() -> None:
    found = warnings_for(V(date(2026, 6, 19)), [], None)
    assert kinds(found) == [WarningKind.HOLIDAY]
    assert "Midsommarafton" in found[0].message


def test_saturday_is_a_weekend_and_national_day_a_holiday() -> None:
    assert kinds(warnings_for(V(date(2026, 3, 7)), [], None)) == [WarningKind.WEEKEND]
    assert "lördag" in warnings_for(V(date(2026, 3, 7)), [], None)[0].message
    both = warnings_for(V(date(2026, 6, 6)), [], None)  # Nationaldagen is a Saturday in 2026
    assert kinds(both) == [WarningKind.HOLIDAY, WarningKind.WEEKEND]


def test_an_ordinary_sunday_is_a_weekend_not_a_named_holiday() -> None:
    assert holiday_name(date(2026, 3, 8)) is None
    assert kinds(warnings_for(V(date(2026, 3, 8)), [], None)) == [WarningKind.WEEKEND]
    assert holiday_name(date(2026, 12, 24)) == "Julafton"


def test_two_visits_on_the_same_day_warn_both_unless_cancelled() -> None:
    a = V(date(2026, 3, 4))
    b = V(date(2026, 3, 4), municipality_id=SJOBO, municipality_name="Sjöbo")
    c = V(date(2026, 3, 5), VisitKind.FOLLOW_UP, municipality_id=SJOBO, municipality_name="Sjöbo")
    found = all_warnings([a, b, c])
    assert set(found) == {a.id, b.id}
    assert "Sjöbo" in found[a.id][0].message and "Mjölby" in found[b.id][0].message
    cancelled = V(date(2026, 3, 4), status=VisitStatus.CANCELLED, municipality_name="Sjöbo")
    assert all_warnings([a, cancelled]) == {}


def test_follow_up_before_first_visit() -> None:
    first = V(date(2026, 3, 4))
    early = V(date(2026, 2, 3), kind=VisitKind.FOLLOW_UP)
    late = V(date(2026, 11, 3), kind=VisitKind.FOLLOW_UP)
    found = all_warnings([first, early, late])
    assert kinds(found[early.id]) == [WarningKind.BEFORE_FIRST]
    assert "2026-03-04" in found[early.id][0].message
    assert late.id not in found


def test_stage_of() -> None:
    assert stage_of([]) is ProgrammeStage.NONE
    assert stage_of([(VisitKind.FIRST, VisitStatus.CANCELLED)]) is ProgrammeStage.NONE
    assert stage_of([(VisitKind.DIALOGUE, VisitStatus.HELD)]) is ProgrammeStage.NONE
    assert stage_of([(VisitKind.FIRST, VisitStatus.CONFIRMED)]) is ProgrammeStage.FIRST_PLANNED
    assert stage_of([(VisitKind.FIRST, VisitStatus.HELD)]) is ProgrammeStage.FIRST_HELD
    assert (
        stage_of([(VisitKind.FIRST, VisitStatus.HELD), (VisitKind.FOLLOW_UP, VisitStatus.PLANNED)])
        is ProgrammeStage.FOLLOW_UP_PLANNED
    )
    assert (
        stage_of([(VisitKind.FOLLOW_UP, VisitStatus.HELD), (VisitKind.FIRST, VisitStatus.HELD)])
        is ProgrammeStage.FOLLOW_UP_HELD
    )


def test_a_second_first_visit_for_one_municipality_warns() -> None:
    first = V(date(2026, 3, 4))
    second = V(date(2026, 9, 2))
    elsewhere = V(date(2026, 9, 9), municipality_id=SJOBO, municipality_name="Sjöbo")
    found = all_warnings([first, second, elsewhere])
    assert kinds(found[second.id]) == [WarningKind.SECOND_FIRST]
    assert "2026-03-04" in found[second.id][0].message
    assert kinds(found[first.id]) == [WarningKind.SECOND_FIRST]  # both are suspicious
    assert elsewhere.id not in found
    cancelled = V(date(2026, 3, 4), status=VisitStatus.CANCELLED)
    assert all_warnings([cancelled, second]) == {}


def test_a_planned_visit_whose_day_has_passed_warns() -> None:
    today = date(2026, 12, 5)
    past = V(date(2026, 12, 2))
    confirmed = V(date(2026, 12, 1), status=VisitStatus.CONFIRMED, municipality_id=SJOBO)
    held = V(date(2026, 11, 30), status=VisitStatus.HELD, municipality_id=uuid.uuid4())
    coming = V(date(2026, 12, 9), municipality_id=uuid.uuid4())
    found = all_warnings([past, confirmed, held, coming], today=today)
    assert kinds(found[past.id]) == [WarningKind.PAST_PLANNED]
    assert "planerat" in found[past.id][0].message
    assert kinds(found[confirmed.id]) == [WarningKind.PAST_PLANNED]
    assert held.id not in found and coming.id not in found
    assert all_warnings([past]) == {}  # no today given: no judgement of the past


def _one_by_one(visits, today):
    """Each visit's warnings by warnings_for against all the others: what all_warnings gives."""
    firsts = {}
    for v in visits:
        if v.kind is VisitKind.FIRST and v.status is not VisitStatus.CANCELLED:
            firsts.setdefault(v.municipality_id, []).append(v)
    found = {}
    for v in visits:
        earliest = min((o.day for o in firsts.get(v.municipality_id, ())), default=None)
        other = sorted(o.day for o in firsts.get(v.municipality_id, ()) if o.id != v.id)
        warned = warnings_for(
            v,
            visits,
            earliest,
            other_first_day=other[0] if other else None,
            today=today,
        )
        if warned:
            found[v.id] = warned
    return found


def test_all_warnings_are_each_visit_s_warnings_against_the_others() -> None:
    """The one-pass all_warnings gives every visit what warnings_for gives it against all the
    others, on random programmes: shared days and places, holidays (midsommarafton, julafton),
    weekends, several first visits, follow-ups before them, cancelled and past visits, meetings
    without a municipality (named by their kind)."""
    import random

    rng = random.Random(15)
    places = [(uuid.uuid4(), name) for name in ("Mjölby", "Sjöbo", "Åre", "Kalmar")]
    places.append((None, ""))  # no municipality: named by its kind
    start = date(2026, 6, 15)
    for _ in range(30):
        visits = []
        for _ in range(rng.randint(1, 60)):
            municipality_id, name = rng.choice(places)
            visits.append(
                V(
                    date.fromordinal(start.toordinal() + rng.randint(0, 200)),
                    rng.choice(list(VisitKind)),
                    rng.choice(list(VisitStatus)),
                    municipality_id,
                    name,
                )
            )
        today = rng.choice([None, date(2026, 9, 1)])
        assert all_warnings(visits, today=today) == _one_by_one(visits, today)
