"""The team server's password: in the operating system's keyring, else sealed with the local
database's key; never in plain text (not in settings, logs, messages, nor the saved address).

Where it goes (:func:`store_password`):

1. **The keyring** (``keyring``: Windows Credential Manager, macOS Keychain, Secret Service on
   Linux) when a usable backend exists; the ``fail``/``null`` backends of a headless machine do
   not count. Service :data:`SERVICE`, user name ``user@host:port/database``.
2. Otherwise **sealed** in ``<database>.teamserver.json`` beside the local database (owner-only,
   written atomically): AES-256-GCM under a key derived with HKDF-SHA256 from the local
   database's SQLCipher data key (so it opens only where the database is unlocked), the account
   bound in as associated data (a sealed password cannot be moved to another server's entry).
3. Neither (no keyring and an unencrypted local database): nothing is stored; the app asks each
   time, and a command reads ``SAMORDNARE_SERVER_PASSWORD`` or asks on the terminal.

The same file holds the team server's address (no password; see ``services.server_settings``).
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from samordnare_desktop.db.server_url import ServerAddress
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.i18n import translate

log = logging.getLogger(__name__)

SERVICE = "Samordnare Desktop team server"
STORE_SUFFIX = ".teamserver.json"
FORMAT = "samordnare-desktop-teamserver"
FORMAT_VERSION = 1
PASSWORD_ENV = "SAMORDNARE_SERVER_PASSWORD"
_INFO = b"samordnare-teamserver-v1:password-seal"


# --- the file beside the database ----------------------------------------------------------
def store_file_for(db_path: Path) -> Path:
    return Path(str(db_path) + STORE_SUFFIX)


def read_store(db_path: Path) -> dict[str, Any]:
    """The team-server document of ``db_path`` (empty when there is none or it is unreadable)."""
    path = store_file_for(db_path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("the team server settings file cannot be read; ignored")
        return {}
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return {}
    return document


def write_store(db_path: Path, document: dict[str, Any]) -> None:
    """Write the document atomically, readable by the owner only."""
    from samordnare_desktop.files import atomic_write_bytes

    document = {**document, "format": FORMAT, "version": FORMAT_VERSION}
    data = (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    path = store_file_for(db_path)
    atomic_write_bytes(path, data, private=True)
    os.chmod(path, 0o600)


# --- the keyring ------------------------------------------------------------------------------
def usable_keyring() -> Any | None:
    """The keyring backend, or None when there is no real one (headless Linux: ``fail``)."""
    try:
        import keyring
        from keyring.backends import chainer, fail, null
    except ImportError:  # pragma: no cover - a dependency
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration: as if there were none
        log.warning("the keyring backend could not be loaded")
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return backend


def _keyring_get(account: str) -> str | None:
    backend = usable_keyring()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, account)
    except Exception:  # locked, dismissed, D-Bus gone: fall back to the sealed copy
        log.warning("reading the keyring failed")
        return None


def _keyring_set(account: str, password: str) -> bool:
    backend = usable_keyring()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, account, password)
    except Exception:
        log.warning("writing to the keyring failed; the password is sealed instead")
        return False
    return True


def _keyring_delete(account: str) -> None:
    backend = usable_keyring()
    if backend is None:
        return
    with contextlib.suppress(Exception):  # not there, or refused: nothing to forget
        backend.delete_password(SERVICE, account)


# --- sealing with the local database's key --------------------------------------------------
def _seal_key(data_key: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_INFO).derive(data_key)


def _aad(account: str) -> bytes:
    return _INFO + b":" + account.encode("utf-8")


def seal(data_key: bytes, account: str, password: str) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_seal_key(data_key, salt)).encrypt(
        nonce, password.encode("utf-8"), _aad(account)
    )
    return {
        "cipher": "AES-256-GCM, key HKDF-SHA256 of the database key",
        "salt": base64.b64encode(salt).decode("ascii"),
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "sealed": base64.b64encode(sealed).decode("ascii"),
    }


def unseal(data_key: bytes, account: str, entry: dict[str, str]) -> str | None:
    """The password, or None if the entry does not open with this key (or is damaged)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        salt = base64.b64decode(entry["salt"], validate=True)
        nonce = base64.b64decode(entry["nonce"], validate=True)
        sealed = base64.b64decode(entry["sealed"], validate=True)
        plain = AESGCM(_seal_key(data_key, salt)).decrypt(nonce, sealed, _aad(account))
        return plain.decode("utf-8")
    except (InvalidTag, KeyError, TypeError, ValueError):
        return None


def _database_key(db_path: Path | None) -> bytes | None:
    if db_path is None:
        return None
    from samordnare_desktop.db.encryption import key_for

    return key_for(db_path)


# --- the API ----------------------------------------------------------------------------------
def where_stored(address: ServerAddress, db_path: Path | None) -> str | None:
    """``"keyring"``, ``"sealed"`` or None: where a saved password for ``address`` is."""
    account = address.account()
    if _keyring_get(account) is not None:
        return "keyring"
    if db_path is not None and account in read_store(db_path).get("passwords", {}):
        return "sealed"
    return None


def can_store(db_path: Path | None) -> bool:
    """Whether a password could be kept (a keyring, or an unlocked encrypted local database)."""
    return usable_keyring() is not None or _database_key(db_path) is not None


def cannot_store_message() -> str:
    return translate(
        "server",
        "The password cannot be kept on this computer: it has no keyring and the local "
        "database is not encrypted. Encrypt the database to keep it, or type it each time.",
    )


def store_password(address: ServerAddress, password: str, db_path: Path | None) -> str:
    """Keep ``password`` for ``address``; returns ``"keyring"`` or ``"sealed"``.

    Refuses with :func:`cannot_store_message` when neither is possible (nothing is written).
    """
    account = address.account()
    if _keyring_set(account, password):
        _drop_sealed(account, db_path)  # one copy only
        return "keyring"
    data_key = _database_key(db_path)
    if data_key is None or db_path is None:
        raise UserError(cannot_store_message())
    document = read_store(db_path)
    passwords = dict(document.get("passwords", {}))
    passwords[account] = seal(data_key, account, password)
    write_store(db_path, {**document, "passwords": passwords})
    return "sealed"


def _drop_sealed(account: str, db_path: Path | None) -> None:
    if db_path is None:
        return
    document = read_store(db_path)
    passwords = dict(document.get("passwords", {}))
    if passwords.pop(account, None) is not None:
        write_store(db_path, {**document, "passwords": passwords})


def forget_password(address: ServerAddress, db_path: Path | None) -> None:
    """Remove the kept password for ``address`` from the keyring and the sealed store."""
    account = address.account()
    _keyring_delete(account)
    _drop_sealed(account, db_path)


def stored_password(address: ServerAddress, db_path: Path | None) -> str | None:
    """The kept password for ``address`` (keyring first, then the sealed copy), or None."""
    account = address.account()
    found = _keyring_get(account)
    if found is not None:
        return found
    data_key = _database_key(db_path)
    if data_key is None or db_path is None:
        return None
    entry = read_store(db_path).get("passwords", {}).get(account)
    if not isinstance(entry, dict):
        return None
    return unseal(data_key, account, entry)


def server_password(address: ServerAddress, db_path: Path | None = None) -> str | None:
    """The password to log in with: typed in the URL this run, ``SAMORDNARE_SERVER_PASSWORD``,
    the keyring, the sealed copy; None if there is none (the caller asks, or goes without)."""
    if address.password is not None:
        return address.password
    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env
    return stored_password(address, db_path)
