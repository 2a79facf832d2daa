"""Where the app finds its shipped resources and keeps the user's data."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
DB_FILENAME = "samordnare.sqlite3"
BACKUP_DIRNAME = "backups"


def default_data_dir() -> Path:
    """The per-user data folder (e.g. ``~/.local/share/SamordnareDesktop`` on Linux)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("SamordnareDesktop", appauthor=False))


def default_db_path() -> Path:
    return default_data_dir() / DB_FILENAME


def backup_dir_for(db_path: Path) -> Path:
    """Backups live in a ``backups/`` folder beside the database they copy."""
    return db_path.parent / BACKUP_DIRNAME


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
