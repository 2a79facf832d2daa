"""Persistence: the SQLite engine, migrations, backups. Knows nothing of Qt."""
