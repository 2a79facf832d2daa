"""The key file beside an encrypted database: one random data key, wrapped twice.

The database is encrypted by SQLCipher with a random 256-bit *data key*. That key is never
stored in the clear: ``<db>.keys.json`` (owner-only, written atomically) holds it twice, each
time encrypted with AES-256-GCM:

- under a key derived from the user's passphrase with scrypt (memory-hard; ``N = 2**17``,
  ``r = 8``, ``p = 1``: 128 MiB and about 0.3 s per unlock on a laptop, OWASP's recommended
  minimum), and
- under a *recovery key*: 160 random bits shown once as 8 groups of 4 characters
  (``ABCD-EFGH-...``, base32 without look-alike ambiguity), stretched with HKDF-SHA256 only,
  because it is already full-entropy.

Either unwraps the same data key, so a forgotten passphrase costs nothing if the recovery key
was kept (as with BitLocker/FileVault). A wrong passphrase fails the GCM tag check and changes
nothing on disk. The KDF parameters and a format version are stored with each wrap, so they can
be raised later without breaking existing files.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

from samordnare_desktop.domain.errors import DatabaseError, UserError
from samordnare_desktop.i18n import translate

KEY_FILE_SUFFIX = ".keys.json"
FORMAT = "samordnare-desktop-keys"
FORMAT_VERSION = 1
DATA_KEY_BYTES = 32
RECOVERY_BYTES = 20  # 160 bits -> 32 base32 characters -> 8 groups of 4
# Tests lower N (never the shipped default): scrypt at 2**17 costs 128 MiB and ~0.3 s.
SCRYPT = {"n": 2**17, "r": 8, "p": 1}
_AAD = {"passphrase": b"samordnare-keys-v1:passphrase", "recovery": b"samordnare-keys-v1:recovery"}


class WrongSecretError(UserError):
    """The passphrase or recovery key does not open this database (nothing was changed)."""


def key_file_for(db_path: Path) -> Path:
    return Path(str(db_path) + KEY_FILE_SUFFIX)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_recovery_key() -> str:
    """160 random bits as ``XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX`` (base32, A-Z and 2-7)."""
    import secrets

    text = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalise_recovery_key(text: str) -> bytes:
    """Accept the key as typed: any case, spaces or dashes, 0/O and 1/I/L confusions forgiven."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        raw = base64.b32decode(cleaned)
    except (ValueError, base64.binascii.Error) as exc:
        raise WrongSecretError(_wrong_recovery()) from exc
    if len(raw) != RECOVERY_BYTES:
        raise WrongSecretError(_wrong_recovery())
    return raw


def _wrong_passphrase() -> str:
    return translate(
        "encryption",
        "Wrong passphrase. Nothing was changed; try again or use the recovery key.",
    )


def _wrong_recovery() -> str:
    return translate(
        "encryption",
        "This recovery key does not open the database. Check it and try again.",
    )


def _passphrase_kek(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=params["n"], r=params["r"], p=params["p"])
    return kdf.derive(passphrase.encode("utf-8"))


def _recovery_kek(raw: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_AAD["recovery"]).derive(raw)


def _wrap(kek: bytes, data_key: bytes, aad: bytes) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return nonce, AESGCM(kek).encrypt(nonce, data_key, aad)


def _unwrap(kek: bytes, nonce: bytes, wrapped: bytes, aad: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(kek).decrypt(nonce, wrapped, aad)
    except InvalidTag:
        return None


@dataclass(frozen=True)
class NewKeys:
    data_key: bytes
    recovery_key: str  # show once, never store
    scrubbed_drafts: int = 0  # old shared drafts that could not be told whose: scrubbed (encrypt)


def check_passphrase(passphrase: str) -> None:
    from samordnare_desktop.domain.errors import ValidationError

    if len(passphrase) < 8:
        raise ValidationError(
            "passphrase",
            translate("encryption", "The passphrase must have at least 8 characters."),
        )


def build_key_file(passphrase: str, data_key: bytes | None = None) -> tuple[dict, NewKeys]:
    """A key-file document wrapping ``data_key`` (new if None) and a new recovery key."""
    import secrets

    check_passphrase(passphrase)
    data_key = data_key or secrets.token_bytes(DATA_KEY_BYTES)
    recovery = new_recovery_key()
    params = dict(SCRYPT)
    salt = os.urandom(16)
    nonce, wrapped = _wrap(_passphrase_kek(passphrase, salt, params), data_key, _AAD["passphrase"])
    r_salt = os.urandom(16)
    r_nonce, r_wrapped = _wrap(
        _recovery_kek(normalise_recovery_key(recovery), r_salt), data_key, _AAD["recovery"]
    )
    document = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "cipher": "sqlcipher4 raw 256-bit key",
        "passphrase": {
            "kdf": {"name": "scrypt", **params, "length": 32},
            "salt": _b64(salt),
            "wrap": "AES-256-GCM",
            "nonce": _b64(nonce),
            "wrapped_key": _b64(wrapped),
        },
        "recovery": {
            "kdf": {"name": "hkdf-sha256", "length": 32},
            "salt": _b64(r_salt),
            "wrap": "AES-256-GCM",
            "nonce": _b64(r_nonce),
            "wrapped_key": _b64(r_wrapped),
        },
    }
    return document, NewKeys(data_key, recovery)


def write_key_file(db_path: Path, document: dict) -> Path:
    """Write the key file atomically, readable by the owner only."""
    import json

    from samordnare_desktop.files import atomic_write_bytes

    path = key_file_for(db_path)
    data = (json.dumps(document, indent=2) + "\n").encode("utf-8")
    atomic_write_bytes(path, data, private=True)
    os.chmod(path, 0o600)
    return path


def read_key_file(db_path: Path) -> dict:
    import json

    path = key_file_for(db_path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DatabaseError(
            translate(
                "encryption",
                "The key file {path} is missing, so the encrypted database cannot be opened. "
                "Put the key file back beside the database.",
            ).format(path=str(path))
        ) from exc
    except (OSError, ValueError) as exc:
        raise DatabaseError(
            translate("encryption", "The key file {path} cannot be read.").format(path=str(path))
        ) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise DatabaseError(
            translate("encryption", "{path} is not a Samordnare key file.").format(path=str(path))
        )
    if document.get("version") != FORMAT_VERSION:
        raise DatabaseError(
            translate(
                "encryption",
                "The key file was written by a newer version of Samordnare Desktop.",
            )
        )
    return document


def unlock_with_passphrase(db_path: Path, passphrase: str) -> bytes:
    """The data key, or :class:`WrongSecretError` (nothing on disk changes either way)."""
    entry = read_key_file(db_path)["passphrase"]
    kdf = entry["kdf"]
    kek = _passphrase_kek(
        passphrase, _unb64(entry["salt"]), {"n": kdf["n"], "r": kdf["r"], "p": kdf["p"]}
    )
    key = _unwrap(kek, _unb64(entry["nonce"]), _unb64(entry["wrapped_key"]), _AAD["passphrase"])
    if key is None:
        raise WrongSecretError(_wrong_passphrase())
    return key


def unlock_with_recovery_key(db_path: Path, recovery_key: str) -> bytes:
    entry = read_key_file(db_path)["recovery"]
    kek = _recovery_kek(normalise_recovery_key(recovery_key), _unb64(entry["salt"]))
    key = _unwrap(kek, _unb64(entry["nonce"]), _unb64(entry["wrapped_key"]), _AAD["recovery"])
    if key is None:
        raise WrongSecretError(_wrong_recovery())
    return key


def change_passphrase(db_path: Path, data_key: bytes, new_passphrase: str) -> None:
    """Re-wrap the data key under a new passphrase; the recovery key stays valid."""
    check_passphrase(new_passphrase)
    document = read_key_file(db_path)
    params = dict(SCRYPT)
    salt = os.urandom(16)
    nonce, wrapped = _wrap(
        _passphrase_kek(new_passphrase, salt, params), data_key, _AAD["passphrase"]
    )
    document["passphrase"] = {
        "kdf": {"name": "scrypt", **params, "length": 32},
        "salt": _b64(salt),
        "wrap": "AES-256-GCM",
        "nonce": _b64(nonce),
        "wrapped_key": _b64(wrapped),
    }
    write_key_file(db_path, document)
