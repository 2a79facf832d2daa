"""Drafts of forms: what the user typed and has not saved yet, kept beside the database so that
a crash loses nothing. The one place that knows where drafts live and how they are stored.

A draft is ``drafts/<database file name>/<kind>-<id>.json`` beside the database (folder 0700,
file 0600, written atomically), sealed with the database's key when the database is encrypted.
The window's :class:`~samordnare_desktop.ui.drafts.DraftKeeper` decides *when* to keep or offer a
draft; it asks here for everything on disk.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from samordnare_desktop.db import encryption
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.files import atomic_write_bytes

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Draft:
    key: str
    saved_at: datetime  # local time
    values: dict[str, str]


def drafts_folder(db_path: Path) -> Path:
    """The database's own drafts folder: ``drafts/<database file name>/`` beside it."""
    return encryption.drafts_dir(Path(db_path))


def draft_path(db_path: Path, key: str) -> Path:
    """The file of the draft ``key`` (e.g. ``contact-<id>``), its name safe on every system."""
    return drafts_folder(db_path) / (re.sub(r"[^A-Za-z0-9_.-]", "_", key) + ".json")


def write_draft(db_path: Path, key: str, values: dict[str, str]) -> Path:
    """Keep ``values`` as the draft ``key`` (replacing an older one); raises on a write error."""
    path = draft_path(db_path, key)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path.parent, 0o700)
    payload = {
        "key": key,
        "saved_at": datetime.now().isoformat(timespec="seconds"),
        "values": values,
    }
    data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
    atomic_write_bytes(path, encryption.seal_for(Path(db_path), data), private=True)
    return path


def read_draft(db_path: Path, key: str) -> Draft | None:
    """The draft ``key``; ``None`` when there is none or it cannot be read (then it is logged
    and ignored: a draft is a convenience, never a reason to stop)."""
    path = draft_path(db_path, key)
    try:
        payload = json.loads(encryption.unseal_for(Path(db_path), path.read_bytes()))
        values = {str(k): str(v) for k, v in payload["values"].items()}
        return Draft(str(payload["key"]), datetime.fromisoformat(payload["saved_at"]), values)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError, UserError):
        log.warning("unreadable draft %s ignored", path.name)
        return None


def remove_draft(db_path: Path, key: str) -> None:
    """The draft is no longer needed (saved, cancelled, or equal to the record)."""
    draft_path(db_path, key).unlink(missing_ok=True)
