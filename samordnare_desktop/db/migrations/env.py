"""Alembic environment: always run on a connection the app hands over (``attributes['connection']``)."""

from __future__ import annotations

from alembic import context

from samordnare_desktop.domain.models import Base
from samordnare_desktop.domain.search import include_in_schema_compare

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from samordnare_desktop.db.engine import make_engine

        url = config.get_main_option("sqlalchemy.url") or ""
        from pathlib import Path

        engine = make_engine(Path(url.removeprefix("sqlite:///")))
        with engine.connect() as conn:
            _configure_and_run(conn)
        return
    _configure_and_run(connection)


def _configure_and_run(connection: object) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
        compare_type=True,
        include_name=include_in_schema_compare,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
