"""Laptops for the sync tests (issue #20): each its own SQLite file, syncing as a named user."""

from __future__ import annotations

from dataclasses import dataclass
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
