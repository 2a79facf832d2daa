"""Issue #15 adversary: Översikt's kept figures after a sync pull (two laptops, one server)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.visits import VisitInput
from tests.unit.sync_helpers import Laptop, edit_visit, laptop_at


@pytest.fixture
def server(pg_url: str) -> Iterator[Any]:
    from samordnare_desktop.services.startup import open_server_database

    found = open_server_database(pg_url)
    yield found
    found.close()


@pytest.fixture
def a(tmp_path: Path) -> Iterator[Laptop]:
    yield from laptop_at(tmp_path, "anna")


@pytest.fixture
def b(tmp_path: Path) -> Iterator[Laptop]:
    yield from laptop_at(tmp_path, "bertil")


def test_a_cancellation_pulled_from_the_team_leaves_oversikt_showing_the_visit(
    a: Laptop, b: Laptop, server: Any
) -> None:
    """Anna cancels a coming visit and syncs; Bertil then edits another visit (his visit table's
    newest updated_at is now his), looks at Översikt, and syncs. The pull writes the
    cancellation with the row's own updated_at (engine.py: the newer of his and hers, both
    older than his edit) and the table's count is the same: Översikt's (count, newest
    updated_at) stamp does not move, and it keeps showing the visit as coming."""
    mjolby = a.services.municipalities.by_code("0586")
    soon = date.today() + timedelta(days=10)
    visit = a.services.visits.create(VisitInput(mjolby.id, VisitKind.FIRST, soon))
    other = a.services.visits.create(
        VisitInput(mjolby.id, VisitKind.OTHER, soon + timedelta(days=1))
    )
    a.sync.sync(server)
    b.sync.sync(server)
    edit_visit(a, visit.id, status=VisitStatus.CANCELLED)
    a.sync.sync(server)
    edit_visit(b, other.id, venue_name="Stadshuset")
    before = b.services.overview.snapshot()
    assert visit.id in {u.id for u in before.upcoming}
    b.sync.sync(server)
    assert b.services.visits.get(visit.id).status is VisitStatus.CANCELLED  # what B's file holds
    after = b.services.overview.snapshot()
    assert visit.id not in {u.id for u in after.upcoming}
