"""Laptops for the sync tests (issue #20): each its own SQLite file, syncing as a named user."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from samordnare_desktop.services.registry import Services


@dataclass
class Laptop:
    services: Services
    name: str

    @property
    def db(self) -> Any:
        return self.services.db

    @property
    def sync(self) -> Any:
        from samordnare_desktop.services.sync import SyncService

        return SyncService(self.db, lambda: self.name)


def laptop_at(tmp_path: Path, name: str) -> Iterator[Laptop]:
    """A laptop's own encrypted-as-usual SQLite file under ``tmp_path / name``, closed after."""
    from samordnare_desktop.services.startup import open_database

    db = open_database(tmp_path / name / "samordnare.sqlite3", daily_backup=False)
    yield Laptop(Services(db), name)
    db.close()


def edit_visit(laptop: Laptop, visit_id: Any, **changes: Any) -> None:
    """Change a visit's fields through the service, as its form saves them."""
    row = laptop.services.visits.get(visit_id)
    laptop.services.visits.update(
        visit_id, replace(row.as_input(), **changes), expected_version=row.version
    )
