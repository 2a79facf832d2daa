"""A small SQL snapshot of a database made by this version, for the upgrade test of later ones.

    python main.py --db /tmp/demo.sqlite3 demo
    python tools/snapshot_database.py /tmp/demo.sqlite3 tests/fixtures/databases/NAME.sql.gz

Keeps the reference data and the demo data of three municipalities, Mjölby (0586) among them
(the handbook's examples use it) (visits, participants, action
plans, time studies: every kind of row), drops the rest, and writes a gzipped SQL dump (~100 kB).
``tests/bundle/test_bundle.py`` opens every snapshot in the bundle: upgraded, backed up first,
no row lost. Make one at each release (name it after the version) and commit it.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import sqlite3
import tempfile
from pathlib import Path


def shrink(conn: sqlite3.Connection, keep: int, codes: tuple[str, ...] = ("0586",)) -> None:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    marks = ",".join("?" * len(codes))
    kept = [
        row[0]
        for row in conn.execute(f"SELECT id FROM municipality WHERE code IN ({marks})", codes)
    ]
    kept += [
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT municipality_id FROM visit v"
            " WHERE EXISTS (SELECT 1 FROM time_study t WHERE t.municipality_id = v.municipality_id)"
            " AND EXISTS (SELECT 1 FROM action_plan a WHERE a.municipality_id = v.municipality_id)"
            " ORDER BY municipality_id LIMIT ?",
            (keep,),
        )
        if row[0] not in kept
    ][: max(0, keep - len(kept))]
    marks = ",".join("?" * len(kept))
    for table in tables:
        columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
        if "municipality_id" in columns and table != "municipality":
            conn.execute(f'DELETE FROM "{table}" WHERE municipality_id NOT IN ({marks})', kept)
    references = {t: list(conn.execute(f'PRAGMA foreign_key_list("{t}")')) for t in tables}
    changed = True
    while changed:  # rows whose parent is gone, down every chain of references
        changed = False
        for table, keys in references.items():
            for key in keys:
                parent, column, parent_column = key[2], key[3], key[4] or "id"
                deleted = conn.execute(
                    f'DELETE FROM "{table}" WHERE "{column}" IS NOT NULL AND "{column}" NOT IN'
                    f' (SELECT "{parent_column}" FROM "{parent}")'
                ).rowcount
                changed = changed or deleted > 0
    conn.commit()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("out", type=Path, help="…/NAME.sql.gz")
    parser.add_argument("--keep", type=int, default=3, help="municipalities kept (default 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.sqlite3"
        source = sqlite3.connect(args.database)
        target = sqlite3.connect(copy)
        source.backup(target)
        source.close()
        shrink(target, args.keep)
        dump = "\n".join(target.iterdump()) + "\n"
        target.close()
        with (
            tempfile.NamedTemporaryFile(dir=args.out.parent, delete=False) as part,
            gzip.GzipFile(fileobj=part, mode="wb", mtime=0) as packed,
        ):
            packed.write(dump.encode("utf-8"))
        shutil.move(part.name, args.out)
    print(f"{args.out}: {args.out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
