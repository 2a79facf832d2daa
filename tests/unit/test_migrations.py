"""One migration line: exactly one head, built revision by revision it equals the models, and a
database filled at the old five heads upgrades onto the line with every row kept."""

from __future__ import annotations

from pathlib import Path

from samordnare_desktop.db import migrate
from samordnare_desktop.db.engine import Database, make_engine
from samordnare_desktop.services.startup import open_database

# The five heads off 0002_visits that the merge revision 0008_one_line joined.
PREVIOUS_HEADS = (
    "0003_visit_questions",
    "0004_agendas",
    "0005_participants",
    "0006_action_plans",
    "0007_time_study",
)


def _config(conn: object):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    config.attributes["connection"] = conn
    return config


def _script():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config)


def test_exactly_one_head() -> None:
    assert len(_script().get_heads()) == 1
    assert len(migrate.script_heads()) == 1
    assert set(_script().get_heads()) == set(migrate.script_heads())


def test_line_is_linear_after_the_merge() -> None:
    """Every revision after 0008_one_line has exactly one parent."""
    revisions = migrate.script_revisions()
    later = [rev for rev in revisions if rev > "0008_one_line"]
    assert all(len(revisions[rev]) == 1 for rev in later), {r: revisions[r] for r in later}
    children: dict[str, list[str]] = {}
    for rev, downs in revisions.items():
        for down in downs:
            children.setdefault(down, []).append(rev)
    assert all(len(children.get(rev, [])) <= 1 for rev in ["0008_one_line", *later])


def test_fresh_database_built_revision_by_revision_equals_the_models(tmp_path: Path) -> None:
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from samordnare_desktop.domain.models import Base

    engine = make_engine(tmp_path / "steps.sqlite3")
    order = [script.revision for script in reversed(list(_script().walk_revisions()))]
    assert order[0] == "0001_foundation" and len(order) == len(migrate.script_revisions())
    with engine.connect() as conn:
        config = _config(conn)
        for revision in order:
            command.upgrade(config, revision)
            conn.commit()
        assert (
            frozenset(r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version"))
            == migrate.script_heads()
        )
        from samordnare_desktop.domain.search import include_in_schema_compare

        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": include_in_schema_compare}
        )  # the people search index (FTS5) is no model
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_demo_database_at_the_previous_heads_upgrades_with_every_row_kept(
    db_path: Path,
) -> None:
    """The demo database as the app at the five heads wrote it (``tests/fixtures``, dumped from
    that code's ``demo``: today's demo no longer runs on the old schema) upgrades onto the line;
    every table keeps its rows (tables added on the way start empty or filled from the old ones;
    ``test_organisations_migration`` compares every row and link)."""
    import lzma
    import sqlite3

    from tests.unit.test_organisations_migration import FIXTURE

    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.executescript(lzma.decompress(FIXTURE.read_bytes()).decode("utf-8"))
    conn.close()
    assert migrate.inspect_schema(db_path).database_revisions == frozenset(PREVIOUS_HEADS)
    db = Database(db_path)
    with db.engine.connect() as conn:
        before = migrate.row_counts(conn)
    db.close()
    assert before["visit"] > 0 and before["participant"] > 0

    assert migrate.inspect_schema(db_path).state is migrate.SchemaState.OUTDATED
    upgraded = open_database(db_path, daily_backup=False)
    with upgraded.engine.connect() as conn:
        after = migrate.row_counts(conn)
    upgraded.close()
    assert {name: after[name] for name in before} == before
    status = migrate.inspect_schema(db_path)
    assert status.state is migrate.SchemaState.CURRENT
