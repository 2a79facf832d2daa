"""Old drafts in the common drafts folder, with several databases beside it (#13, second pass).

Before each database had ``drafts/<database>/`` every draft lay directly in ``drafts/``. With two
databases in the folder a draft is moved to the one that alone holds its record; one whose owner
cannot be known is scrubbed by ``encrypt`` (never left in the clear beside an encrypted
database) and by ``erase`` when it mentions the person; one that is provably the other
database's is left for it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

from samordnare_desktop.app import main
from samordnare_desktop.db import encryption, identity, keys, legacy_drafts
from samordnare_desktop.services.municipalities import ContactInput
from samordnare_desktop.services.startup import open_database
from samordnare_desktop.session import AppSession

PASSPHRASE = "korrekt häst batteri"


def _make(path: Path, contact: str) -> str:
    """A database with one contact; the contact's id as the window names its draft."""
    with AppSession(path, daily_backup=False) as session:
        mjolby = session.services.municipalities.by_code("0586")
        session.services.municipalities.add_contact(mjolby.id, ContactInput(contact))
    conn = sqlite3.connect(path)
    try:
        (raw,) = conn.execute("SELECT id FROM contact").fetchone()
    finally:
        conn.close()
    identity._KNOWN.clear()
    return str(uuid.UUID(hex=str(raw)))


def _old_draft(folder: Path, name: str, text: str) -> Path:
    drafts = folder / "drafts"
    drafts.mkdir(exist_ok=True)
    path = drafts / name
    payload = {"key": name[:-5], "saved_at": "2026-11-01T09:00:00", "values": {"notes": text}}
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return path


def _two_databases(tmp_path: Path) -> tuple[Path, Path, dict[str, Path]]:
    """a and b side by side, created before the old drafts appear (as an older version left
    them): one draft of a's record, one of b's, one of a new record (nobody's to tell)."""
    a, b = tmp_path / "samordnare.sqlite3", tmp_path / "demo.sqlite3"
    a_contact = _make(a, "Anna Berg")
    b_contact = _make(b, "Bo Demo")
    drafts = {
        "a": _old_draft(tmp_path, f"contact-{a_contact}.json", "Anna Berg ringde, HEMLIGT-A"),
        "b": _old_draft(tmp_path, f"contact-{b_contact}.json", "Anna Berg hos demo, DEMO-B"),
        "unknown": _old_draft(tmp_path, "contact-new-7.json", "Anna Berg, ny, OKAND-X"),
        "unrelated": _old_draft(tmp_path, "report-text.json", "Kvartalet, OKAND-Y"),
    }
    return a, b, drafts


def test_a_draft_goes_to_the_one_database_that_holds_its_record(tmp_path: Path) -> None:
    a, b, drafts = _two_databases(tmp_path)
    open_database(a, daily_backup=False).close()
    assert not drafts["a"].exists()
    assert (encryption.drafts_dir(a) / drafts["a"].name).exists()
    assert drafts["b"].exists() and drafts["unknown"].exists()  # not a's to take
    open_database(b, daily_backup=False).close()
    assert (encryption.drafts_dir(b) / drafts["b"].name).exists()
    assert drafts["unknown"].exists() and drafts["unrelated"].exists()  # nobody's to tell


def test_a_record_that_two_copies_hold_is_nobodys_to_take(tmp_path: Path) -> None:
    a = tmp_path / "samordnare.sqlite3"
    contact = _make(a, "Anna Berg")
    copy = tmp_path / "kopia.sqlite3"
    copy.write_bytes(a.read_bytes())
    draft = _old_draft(tmp_path, f"contact-{contact}.json", "Anna Berg")
    open_database(a, daily_backup=False).close()
    assert draft.exists()
    assert legacy_drafts.owner(draft, a) is legacy_drafts.Owner.UNKNOWN


def test_encrypt_leaves_no_draft_that_could_be_its_own_in_the_clear(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    a, _b, drafts = _two_databases(tmp_path)
    monkeypatch.setenv("SAMORDNARE_PASSPHRASE", PASSPHRASE)
    assert main(["--db", str(a), "encrypt"]) == 0
    out = capsys.readouterr().out
    assert "2 osparade utkast" in out and "raderades" in out
    for path in tmp_path.rglob("*"):
        if path.is_file() and path.name != keys.key_file_for(a).name:
            data = path.read_bytes()
            for secret in (b"HEMLIGT-A", b"OKAND-X", b"OKAND-Y"):
                assert secret not in data, path
    assert drafts["b"].exists()  # provably the other database's: left for it, as it was
    assert b"DEMO-B" in drafts["b"].read_bytes()
    mine = encryption.drafts_dir(a) / drafts["a"].name
    assert mine.read_bytes().startswith(encryption.SEALED_MAGIC)


def test_erase_scrubs_shared_drafts_that_mention_the_person_and_could_be_its_own(
    tmp_path: Path,
) -> None:
    a, b, drafts = _two_databases(tmp_path)
    drafts_dir = drafts["unknown"].parent
    other_mine = encryption.drafts_dir(b)  # b's own drafts: never a's to erase
    b_own = _own_draft(b, "contact-new-3.json", "Anna Berg i b:s eget utkast")
    gone = _own_draft(tmp_path / "borta.sqlite3", "contact-new-4.json", "Anna Berg, borta")
    with AppSession(a, daily_backup=False) as session:
        session.services.privacy.erase_person("Anna Berg")
    assert not drafts["unknown"].exists()  # could be a's, and mentions her
    assert not gone.exists()  # its database is gone: could be a's
    assert b_own.exists()  # b's own folder: b's
    assert not (encryption.drafts_dir(a) / drafts["a"].name).exists()
    assert drafts["unrelated"].exists()  # does not mention her
    assert drafts["b"].exists()  # provably b's (it holds the record): b's to keep or erase
    assert not (other_mine / drafts["b"].name).exists()
    assert not any(p.suffix == ".replaced" for p in drafts_dir.rglob("*"))


def test_an_unreadable_neighbour_makes_the_owner_unknown(tmp_path: Path) -> None:
    a, b, drafts = _two_databases(tmp_path)
    data = bytearray(b.read_bytes())  # b cannot be read (say, encrypted and locked)
    data[16:100] = b"\xff" * 84
    b.write_bytes(bytes(data))
    assert legacy_drafts.owner(drafts["a"], a) is legacy_drafts.Owner.UNKNOWN
    open_database(a, daily_backup=False).close()
    assert drafts["a"].exists()  # not moved on a guess


def _own_draft(db_path: Path, name: str, text: str) -> Path:
    folder = encryption.drafts_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps({"key": name[:-5], "values": {"notes": text}}), encoding="utf-8")
    return path


def test_a_renamed_database_takes_its_drafts_along(tmp_path: Path) -> None:
    a = tmp_path / "samordnare.sqlite3"
    contact = _make(a, "Anna Berg")
    draft = _own_draft(a, f"contact-{contact}.json", "HEMLIGT-A")
    renamed = tmp_path / "arbete.sqlite3"
    a.rename(renamed)
    open_database(renamed, daily_backup=False).close()
    moved = encryption.drafts_dir(renamed) / draft.name
    assert moved.exists() and not draft.exists() and not draft.parent.exists()


def test_encrypt_scrubs_unsealed_drafts_of_a_database_no_longer_there(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    """A draft folder whose database is gone (deleted, or renamed by an older version) could be
    this database's: encrypt leaves none of it in the clear. Sealed ones are left as they are."""
    a = tmp_path / "samordnare.sqlite3"
    _make(a, "Anna Berg")
    gone = tmp_path / "borttagen.sqlite3"
    plain = _own_draft(gone, "contact-new-1.json", "HEMLIGT-GONE")
    sealed = encryption.drafts_dir(gone) / "contact-new-2.json"
    sealed.write_bytes(encryption.SEALED_MAGIC + b"\x00" * 40)
    monkeypatch.setenv("SAMORDNARE_PASSPHRASE", PASSPHRASE)
    assert main(["--db", str(a), "encrypt"]) == 0
    assert "1 osparade utkast" in capsys.readouterr().out
    assert not plain.exists() and sealed.exists()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"HEMLIGT-GONE" not in path.read_bytes(), path


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """The real command line in a fresh process (nothing remembered from this one)."""
    env = {
        **os.environ,
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"),
        "XDG_DATA_HOME": str(tmp_path / "home" / ".local" / "share"),
        "XDG_STATE_HOME": str(tmp_path / "home" / ".local" / "state"),
        "SAMORDNARE_PASSPHRASE": PASSPHRASE,
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    command = [sys.executable, str(Path(__file__).resolve().parents[2] / "main.py"), *args]
    return subprocess.run(
        command, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL
    )


def test_a_renamed_database_keeps_its_draft_when_a_command_runs_first(tmp_path: Path) -> None:
    """``mv samordnare.sqlite3 ny.sqlite3`` then ``encrypt`` (no window in between): the draft
    follows the rename and is sealed, not scrubbed as nobody's; ``decrypt`` after a second
    rename brings it back in the clear under the newest name."""
    a = tmp_path / "samordnare.sqlite3"
    contact = _make(a, "Anna Berg")
    draft = _own_draft(a, f"contact-{contact}.json", "HEMLIGT-A")
    renamed = tmp_path / "ny.sqlite3"
    a.rename(renamed)
    done = _cli(tmp_path, "--db", str(renamed), "encrypt")
    assert done.returncode == 0, done.stderr
    assert "gick inte att knyta" not in done.stdout
    moved = encryption.drafts_dir(renamed) / draft.name
    assert moved.read_bytes().startswith(encryption.SEALED_MAGIC) and not draft.parent.exists()
    third = tmp_path / "tredje.sqlite3"
    renamed.rename(third)
    keys.key_file_for(renamed).rename(keys.key_file_for(third))
    done = _cli(tmp_path, "--db", str(third), "decrypt")
    assert done.returncode == 0, done.stderr
    back = encryption.drafts_dir(third) / draft.name
    assert b"HEMLIGT-A" in back.read_bytes() and not moved.exists()


def test_a_database_moved_in_and_renamed_keeps_its_draft_under_encrypt(tmp_path: Path) -> None:
    """Its recorded origin is another folder (made elsewhere, copied in): the orphaned draft
    folder is still its own when it is the only database there; encrypt then seals the draft
    rather than scrubbing it as nobody's."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    contact = _make(elsewhere / "samordnare.sqlite3", "Zelmira Kvastberg")
    work = tmp_path / "work"
    work.mkdir()
    (elsewhere / "samordnare.sqlite3").rename(work / "samordnare.sqlite3")
    draft = _own_draft(work / "samordnare.sqlite3", f"contact-{contact}.json", "HEMLIGT-Z")
    (work / "samordnare.sqlite3").rename(work / "ny.sqlite3")
    done = _cli(tmp_path, "--db", str(work / "ny.sqlite3"), "encrypt")
    assert done.returncode == 0, done.stderr
    assert "gick inte att knyta" not in done.stdout
    moved = encryption.drafts_dir(work / "ny.sqlite3") / draft.name
    assert moved.read_bytes().startswith(encryption.SEALED_MAGIC)
