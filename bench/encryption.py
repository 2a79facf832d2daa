"""Cost of encryption at rest: unlock (scrypt), opening the database, 1,000 writes, plain vs encrypted.

- unlock: deriving the passphrase key with the shipped scrypt parameters and unwrapping the data
  key (the one-off cost at start);
- open: ``AppSession`` open + close (schema check, purge, checkpoint) on a current database;
- 1,000 writes: one ``add_contact`` unit of work each (BEGIN IMMEDIATE ... COMMIT with
  ``synchronous=FULL``), the way the app writes at human pace;
- 100 reads: ``details()`` of the municipality with those 1,000 contacts.

Prints medians; run with ``python bench/encryption.py [runs]``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from samordnare_desktop.db import conversion, encryption, keys  # noqa: E402
from samordnare_desktop.services.municipalities import ContactInput  # noqa: E402
from samordnare_desktop.session import AppSession  # noqa: E402

PASSPHRASE = "korrekt häst batteri zebra"


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _prepare(folder: Path, encrypted: bool) -> tuple[Path, bytes | None]:
    db_path = folder / ("encrypted.sqlite3" if encrypted else "plain.sqlite3")
    AppSession(db_path, daily_backup=False).close()
    if not encrypted:
        return db_path, None
    new = conversion.encrypt_database(db_path, PASSPHRASE)
    encryption.forget_all_keys()
    return db_path, new.data_key


def _open_close(db_path: Path, key: bytes | None) -> None:
    AppSession(db_path, daily_backup=False, key=key).close()


def _writes_and_reads(db_path: Path, key: bytes | None, n: int) -> tuple[float, float]:
    with AppSession(db_path, daily_backup=False, key=key) as session:
        m = session.services.municipalities
        mjolby = m.by_code("0586")

        def writes() -> None:
            for i in range(n):
                m.add_contact(mjolby.id, ContactInput(f"Person {i}", email=f"p{i}@kommun.se"))

        def reads() -> None:
            for _ in range(n // 10):
                m.details(mjolby.id)

        return _timed(writes), _timed(reads)


def main(runs: int = 5) -> None:
    unlock: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain, _ = _prepare(folder, False)
        enc, key = _prepare(folder, True)
        for _ in range(runs):
            unlock.append(_timed(lambda: keys.unlock_with_passphrase(enc, PASSPHRASE)))
        opens = {"plain": [], "encrypted": []}
        for _ in range(runs):
            opens["plain"].append(_timed(lambda: _open_close(plain, None)))
            opens["encrypted"].append(_timed(lambda: _open_close(enc, key)))
        plain_w, plain_r = _writes_and_reads(plain, None, 1000)
        enc_w, enc_r = _writes_and_reads(enc, key, 1000)
        size_plain, size_enc = plain.stat().st_size, enc.stat().st_size

    params = keys.SCRYPT
    print(
        f"unlock (scrypt N=2^{params['n'].bit_length() - 1}, r={params['r']}, p={params['p']}, "
        f"{128 * params['n'] * params['r'] // 2**20} MiB): "
        f"median {statistics.median(unlock) * 1000:.0f} ms"
    )
    for name in ("plain", "encrypted"):
        print(f"open+close {name:9}: median {statistics.median(opens[name]) * 1000:.1f} ms")
    print(
        f"1,000 writes: plain {plain_w:.2f} s, encrypted {enc_w:.2f} s "
        f"({(enc_w / plain_w - 1) * 100:+.0f} %)"
    )
    print(
        f"100 reads of 1,000 contacts: plain {plain_r:.2f} s, encrypted {enc_r:.2f} s "
        f"({(enc_r / plain_r - 1) * 100:+.0f} %)"
    )
    print(f"file size after: plain {size_plain // 1024} KiB, encrypted {size_enc // 1024} KiB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
