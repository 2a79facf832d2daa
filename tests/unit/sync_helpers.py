"""Two laptops and a server for the sync tests (issue #20).

The server is a real PostgreSQL database: ``tests/pg.py``'s throwaway server when it is there,
else ``SAMORDNARE_SYNC_DEV_PG`` (a server started by hand while developing); without either the
tests that need one are skipped.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import create_engine

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


def dev_server() -> Any:
    """A fresh database on the developer's server, schema from the models."""
    url = os.environ.get("SAMORDNARE_SYNC_DEV_PG")
    if not url:
        pytest.skip("no PostgreSQL server")
    name = "sync_" + uuid.uuid4().hex[:12]
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    engine = create_engine(url.rsplit("/", 1)[0] + "/" + name)
    from samordnare_desktop.db.sync_triggers import install_triggers
    from samordnare_desktop.domain.models import Base

    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        conn.exec_driver_sql("CREATE SEQUENCE sync_row_seq")
        install_triggers(conn)
    return SimpleNamespace(engine=engine, dialect="postgresql")
