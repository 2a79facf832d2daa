"""The exchange file (issue #20.4): one laptop's changes carried without a network.

The same batch a push sends (rows, bases, device, batch id), compressed and sealed with a
passphrase: AES-256-GCM, the key from scrypt (n=2^15, r=8, p=1, a fresh salt each file). The
header (magic, format, salt, a key check, nonce) is authenticated with the contents, so any
changed byte is refused. Written atomically (``files.atomic_write_bytes``, private).

Layout: ``SAMORDNARE-EXCHANGE`` (19 bytes) · format (1 byte) · salt (16) · key check (16) ·
nonce (12) · ciphertext with its 16-byte tag.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import zlib
from pathlib import Path
from typing import Any

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.files import atomic_write_bytes, os_error_reason
from samordnare_desktop.i18n import translate

MAGIC = b"SAMORDNARE-EXCHANGE"
FORMAT = 1
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_HEADER = len(MAGIC) + 1 + 16 + 16 + 12
SUFFIX = ".samxchg"


def _key(passphrase: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, maxmem=64 * 1024 * 1024, dklen=32, **_SCRYPT
    )


def _check(key: bytes) -> bytes:
    return hmac.new(key, b"samordnare exchange key check", hashlib.sha256).digest()[:16]


def seal(payload: dict[str, Any] | str, passphrase: str) -> bytes:
    """``payload``: the batch, or its JSON text."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    key = _key(passphrase, salt)
    header = MAGIC + bytes([FORMAT]) + salt + _check(key) + nonce
    text = payload if isinstance(payload, str) else json.dumps(payload, separators=(",", ":"))
    plain = zlib.compress(text.encode("utf-8"), 6)
    return header + AESGCM(key).encrypt(nonce, plain, header)


def _refused(text: str, path: Path) -> UserError:
    return UserError(text.format(path=str(path)))


def unseal(data: bytes, passphrase: str, path: Path) -> dict[str, Any]:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not data.startswith(MAGIC):
        raise _refused(
            translate(
                "sync",
                "{path} is not a Samordnare exchange file (it may belong to another program). "
                "Nothing was changed.",
            ),
            path,
        )
    if len(data) < _HEADER + 16:
        raise _refused(
            translate(
                "sync",
                "The exchange file {path} is incomplete (cut off while it was written or "
                "copied). Nothing was changed.",
            ),
            path,
        )
    if data[len(MAGIC)] > FORMAT:
        raise _refused(
            translate(
                "sync",
                "The exchange file {path} was written by a newer version of Samordnare "
                "Desktop. Update the app and import it again. Nothing was changed.",
            ),
            path,
        )
    at = len(MAGIC) + 1
    salt, check, nonce = data[at : at + 16], data[at + 16 : at + 32], data[at + 32 : at + 44]
    key = _key(passphrase, salt)
    if not hmac.compare_digest(_check(key), check):
        raise _refused(
            translate(
                "sync",
                "The passphrase does not open the exchange file {path}. Nothing was changed.",
            ),
            path,
        )
    try:
        plain = AESGCM(key).decrypt(nonce, data[_HEADER:], data[:_HEADER])
        payload = json.loads(zlib.decompress(plain).decode("utf-8"))
    except (InvalidTag, zlib.error, ValueError) as exc:
        raise _refused(
            translate(
                "sync",
                "The exchange file {path} is damaged (it was changed or cut off after it was "
                "written). Nothing was changed.",
            ),
            path,
        ) from exc
    if not isinstance(payload, dict) or payload.get("format", 0) > FORMAT:
        raise _refused(
            translate(
                "sync",
                "The exchange file {path} was written by a newer version of Samordnare "
                "Desktop. Update the app and import it again. Nothing was changed.",
            ),
            path,
        )
    if not isinstance(payload.get("rows"), list) or not payload.get("batch"):
        raise _refused(
            translate(
                "sync",
                "The exchange file {path} is damaged (it was changed or cut off after it was "
                "written). Nothing was changed.",
            ),
            path,
        )
    return payload


def write(path: Path, passphrase: str, payload: dict[str, Any] | str) -> None:
    _require(passphrase)
    atomic_write_bytes(Path(path), seal(payload, passphrase), private=True)


def read(path: Path, passphrase: str) -> dict[str, Any]:
    _require(passphrase)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise _refused(
            translate("sync", "The exchange file {path} cannot be read ({reason}).").replace(
                "{reason}", os_error_reason(exc)
            ),
            path,
        ) from exc
    return unseal(data, passphrase, Path(path))


def _require(passphrase: str) -> None:
    if not passphrase:
        raise UserError(translate("sync", "The exchange file needs a passphrase."))


MIN_PASSPHRASE = 8  # as the database's own passphrase: the file carries personal data


def require_new(passphrase: str) -> None:
    """A passphrase to seal a new file with: at least :data:`MIN_PASSPHRASE` characters (the
    window asked for that; ``export exchange`` sealed with one letter)."""
    _require(passphrase)
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(
            translate(
                "sync",
                "The exchange file's passphrase must have at least {n} characters. "
                "Nothing was written.",
            ).format(n=MIN_PASSPHRASE)
        )
