"""Autogenerate an Alembic revision from the models: ``python tools/new_migration.py ID "message"``.

Builds a scratch database at the single head, compares it with ``Base.metadata`` and writes
``samordnare_desktop/db/migrations/versions/ID.py`` on top of that head (one linear line: the
new revision's ``down_revision`` is the head). Review the result before committing.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alembic import command
from alembic.config import Config

from samordnare_desktop.db import migrate
from samordnare_desktop.db.engine import make_engine


def main() -> None:
    rev_id, message = sys.argv[1], sys.argv[2]
    scratch = Path(tempfile.mkdtemp()) / "scratch.sqlite3"
    engine = make_engine(scratch)
    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        heads = sorted(migrate.script_heads())
        if len(heads) != 1:
            sys.exit(
                f"{len(heads)} heads ({', '.join(heads)}): the migration line must be linear; "
                "point one revision's down_revision at the other before adding a new one"
            )
        command.upgrade(config, heads[0])
        conn.commit()
        command.revision(config, message=message, autogenerate=True, rev_id=rev_id, head=heads[0])
    generated = next(migrate.VERSIONS_DIR.glob(f"{rev_id}_*.py"))
    generated.rename(migrate.VERSIONS_DIR / f"{rev_id}.py")
    print(migrate.VERSIONS_DIR / f"{rev_id}.py")


if __name__ == "__main__":
    main()
