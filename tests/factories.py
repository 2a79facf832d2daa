"""One factory for test data: a visit (and its input) with sensible defaults, any field overridden
by keyword. Tests say only what matters to them: ``make_visit(services, kind=VisitKind.FOLLOW_UP)``.

A new field on ``VisitInput`` needs no change here (fields pass through by keyword).
"""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING, Any

from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.visits import VisitInput

if TYPE_CHECKING:
    import uuid

    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.visits import VisitRow

DAY = date(2026, 3, 4)  # a Wednesday
MUNICIPALITY = "0586"  # Mjölby


def municipality_id(services: Services, code: str = MUNICIPALITY) -> uuid.UUID:
    return services.municipalities.by_code(code).id


def visit_input(
    services: Services | None = None,
    *,
    code: str = MUNICIPALITY,
    municipality_id: uuid.UUID | None = None,
    kind: VisitKind = VisitKind.FIRST,
    day: date = DAY,
    **fields: Any,
) -> VisitInput:
    """A visit as the user would type it: Mjölby, a first visit on 4 March 2026, unless told.

    ``municipality_id`` wins over ``code`` (which needs ``services`` to look it up).
    """
    if municipality_id is None:
        assert services is not None, "visit_input needs services to look up the municipality"
        municipality_id = services.municipalities.by_code(code).id
    return VisitInput(municipality_id=municipality_id, kind=kind, day=day, **fields)


def make_visit(
    services: Services,
    *,
    code: str = MUNICIPALITY,
    municipality_id: uuid.UUID | None = None,
    kind: VisitKind = VisitKind.FIRST,
    day: date = DAY,
    **fields: Any,
) -> VisitRow:
    """A saved visit (see :func:`visit_input`); returns the service's row."""
    return services.visits.create(
        visit_input(
            services, code=code, municipality_id=municipality_id, kind=kind, day=day, **fields
        )
    )


def make_day_visit(services: Services, **fields: Any) -> VisitRow:
    """A saved visit with hours (09.00-16.00 unless told): what an agenda needs."""
    fields.setdefault("start_time", time(9, 0))
    fields.setdefault("end_time", time(16, 0))
    return make_visit(services, **fields)
