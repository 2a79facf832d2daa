"""The command line's translations without Qt (``ts_i18n``): the ``.ts`` sources' messages,
cached per language in a file that holds its key; a changed source or a damaged cache file is
parsed again. Deterministic: tables and module names, no timing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from samordnare_desktop import ts_i18n
from samordnare_desktop.paths import resource

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def sources(tmp_path: Path, monkeypatch) -> Path:
    """A copy of the Swedish sources, and an empty cache folder."""
    folder = tmp_path / "translations" / "sv"
    shutil.copytree(resource("translations", "sv"), folder)
    monkeypatch.setattr(ts_i18n, "resource", lambda *parts: tmp_path.joinpath(*parts))
    monkeypatch.setenv("SAMORDNARE_CACHE_DIR", str(tmp_path / "cache"))
    return folder


def _parsed(folder: Path) -> dict:
    table: dict = {}
    for path in sorted(folder.glob("*.ts")):
        table.update(ts_i18n.parse(path))
    return table


def test_the_cached_table_is_the_parsed_one(sources: Path, monkeypatch):
    expected = _parsed(sources)
    assert ts_i18n.table("sv") == expected  # parsed, then cached
    assert len(list((sources.parent.parent / "cache").iterdir())) == 1

    def no_parse(path):
        raise AssertionError("parsed although cached")

    monkeypatch.setattr(ts_i18n, "parse", no_parse)
    assert ts_i18n.table("sv") == expected  # from the cache
    assert expected[("cli", "No database at {path}.")] == "Det finns ingen databas i {path}."


def test_a_changed_source_is_parsed_again(sources: Path):
    ts_i18n.table("sv")
    marker = "<source>No database at {path}.</source>"
    target = next(p for p in sources.glob("*.ts") if marker in p.read_text(encoding="utf-8"))
    text = target.read_text(encoding="utf-8")
    start = text.index(marker)
    end = text.index("</translation>", start)
    head = text[: text.index(">", text.index("<translation", start)) + 1]
    target.write_text(head + "Ingen databas: {path}." + text[end:], encoding="utf-8")
    assert ts_i18n.table("sv")[("cli", "No database at {path}.")] == "Ingen databas: {path}."


def test_a_damaged_cache_file_is_parsed_again(sources: Path):
    expected = ts_i18n.table("sv")
    (cached,) = (sources.parent.parent / "cache").iterdir()
    for damage in (b"", b"\x00garbage", cached.read_bytes()[:100]):
        cached.write_bytes(damage)
        assert ts_i18n.table("sv") == expected
    assert cached.read_bytes()[:100] != b"\x00garbage"[:100]  # written again


def test_a_cache_file_of_another_key_is_not_used(sources: Path):
    """A file whose name matches but whose key differs (another set of sources with the same
    short checksum) is not taken for this one's."""
    import marshal

    expected = ts_i18n.table("sv")
    (cached,) = (sources.parent.parent / "cache").iterdir()
    cached.write_bytes(marshal.dumps(("another key", {("cli", "x"): "y"})))
    assert ts_i18n.table("sv") == expected


def test_a_command_reads_the_cache_without_a_hash_json_or_xml_module(tmp_path: Path):
    """With the cache in place, installing Swedish imports neither hashlib (OpenSSL), json nor
    xml.etree: a command's start pays only for reading one file."""
    code = (
        "import sys\n"
        "from samordnare_desktop import ts_i18n\n"
        "from samordnare_desktop.i18n import translate\n"
        "ts_i18n.install('sv')\n"
        "print(translate('cli', 'No database at {path}.'))\n"
        "print('MODULES', *sys.modules)"
    )
    env = {**os.environ, "SAMORDNARE_CACHE_DIR": str(tmp_path / "cache")}
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT
        )
        for _ in range(2)
    ]
    for done in runs:
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("Det finns ingen databas i {path}.")
    loaded = set(runs[1].stdout.split("MODULES", 1)[1].split())
    assert not loaded & {"hashlib", "json", "xml.etree.ElementTree"}
