"""Where the app finds its shipped resources and keeps the user's data."""

from __future__ import annotations

import sys
from pathlib import Path


def _resources_root() -> Path:
    """``resources/`` of the source tree, or of the PyInstaller bundle (``sys._MEIPASS``)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


RESOURCES = _resources_root()
FROZEN = bool(getattr(sys, "frozen", False))  # running from the PyInstaller bundle
DB_FILENAME = "samordnare.sqlite3"
BACKUP_DIRNAME = "backups"


def default_data_dir() -> Path:
    """The per-user data folder (e.g. ``~/.local/share/SamordnareDesktop`` on Linux)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("SamordnareDesktop", appauthor=False))


def default_db_path() -> Path:
    return default_data_dir() / DB_FILENAME


def log_dir() -> Path:
    """The app's log folder (``SAMORDNARE_LOG_DIR`` in tests), e.g. ``~/.local/state/.../log``."""
    import os

    from platformdirs import user_log_dir

    return Path(
        os.environ.get("SAMORDNARE_LOG_DIR") or user_log_dir("SamordnareDesktop", appauthor=False)
    )


def backup_dir_for(db_path: Path) -> Path:
    """Backups live in a ``backups/`` folder beside the database they copy."""
    return db_path.parent / BACKUP_DIRNAME


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
