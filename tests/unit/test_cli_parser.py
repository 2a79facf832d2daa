"""The parser for one command (issue #15: a command builds only its own module's parsers) says
exactly what the full parser says: the same help, the same errors, the same parsed values; and
``--help`` or an unknown command still lists every command."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from samordnare_desktop.cli import COMMAND_MODULES, build_parser, command_module
from samordnare_desktop.commands.groups import CommandGroups
from tests.unit.test_readme_commands import LINES, _concrete, _variants

ROOT = Path(__file__).resolve().parents[2]
GROUPS = {"export": "export", "import": "import_", "list": "list_"}


def _leaves() -> list[tuple[str, ...]]:
    leaves: list[tuple[str, ...]] = []
    for word, found in COMMAND_MODULES.items():
        if isinstance(found, dict):
            leaves.extend((word, what) for what in found)
        else:
            leaves.append((word,))
    return leaves


LEAVES = _leaves()


@pytest.fixture(autouse=True)
def _fixed_width(monkeypatch):
    """argparse wraps help to the terminal's width: the same width for both parsers."""
    monkeypatch.setenv("COLUMNS", "100")


def _outcome(parser: argparse.ArgumentParser, argv: list[str]) -> tuple:
    """What argparse prints and returns: (exit code, stdout, stderr, the parsed values)."""
    out, err = io.StringIO(), io.StringIO()
    code, values = None, None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            values = vars(parser.parse_args(argv))
        except SystemExit as exc:
            code = exc.code
    return code, out.getvalue(), err.getvalue(), values


def _choices(action_owner: argparse.ArgumentParser) -> set[str]:
    subparsers = next(a for a in action_owner._actions if isinstance(a, argparse._SubParsersAction))
    return set(subparsers.choices)


def test_the_table_names_every_command_the_full_parser_has():
    full = build_parser()
    top = full._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    expected: dict[str, object] = {}
    for word, parser in top.items():
        if word in GROUPS:
            expected[word] = _choices(parser)
        else:
            expected[word] = word
    table = {
        word: set(found) if isinstance(found, dict) else word
        for word, found in COMMAND_MODULES.items()
    }
    assert table == expected, "a command added or renamed: name its module in cli.COMMAND_MODULES"


def _module_of(leaf: tuple[str, ...]) -> str:
    found = COMMAND_MODULES[leaf[0]]
    return found[leaf[1]] if isinstance(found, dict) else found


@pytest.mark.parametrize("module", sorted({_module_of(leaf) for leaf in LEAVES}))
def test_each_module_registers_what_the_table_gives_it(module):
    """A module's commands, registered alone, are exactly those the table sends to it."""
    parser = argparse.ArgumentParser()
    top = parser.add_subparsers()
    groups = CommandGroups(
        top,
        top.add_parser("export").add_subparsers(),
        top.add_parser("import").add_subparsers(),
        top.add_parser("list").add_subparsers(),
    )
    importlib.import_module(f"samordnare_desktop.commands.{module}").register(groups)
    registered = {(word,) for word in top.choices if word not in GROUPS}
    for word, attribute in GROUPS.items():
        registered |= {(word, what) for what in getattr(groups, attribute).choices}
    assert registered == {leaf for leaf in LEAVES if _module_of(leaf) == module}


@pytest.mark.parametrize(
    ("argv", "module"),
    [
        (["export", "agenda", "--out", "a.pdf"], "agendas"),
        (["--db", "x.sqlite3", "export", "agenda"], "agendas"),
        (["--db=x.sqlite3", "--lang", "en", "--user=Anna", "list", "visits"], "visits"),
        (["--server", "postgresql://h/db", "users", "list"], "users"),
        (["--quit-after-ms", "5", "check"], "core"),
        (["import", "placements", "--help"], "care_places"),
        (["--lang", "fr", "check"], "core"),  # the top-level options are the full parser's
        ([], None),
        (["--help"], None),
        (["-h", "check"], None),
        (["--version"], None),
        (["export"], None),
        (["export", "--help"], None),
        (["export", "agendaa"], None),
        (["exprot", "agenda"], None),
        (["--d", "x.sqlite3", "check"], None),  # an abbreviation: argparse's to judge
        (["--db"], None),
        (["--db", "--lang", "sv", "check"], None),
        (["--db", "x.sqlite3", "--nope", "check"], None),
    ],
)
def test_the_command_is_read_as_argparse_reads_it(argv, module):
    assert command_module(argv) == module


@pytest.mark.parametrize("leaf", LEAVES, ids=" ".join)
@pytest.mark.parametrize(
    "tail",
    [["--help"], [], ["--nope"], ["--out"], ["--id", "1", "--kommun", "0586"]],
    ids=["help", "bare", "unknown-option", "no-value", "some-values"],
)
def test_one_commands_parser_says_what_the_full_one_says(leaf, tail):
    argv = ["--db", "x.sqlite3", *leaf, *tail]
    assert command_module(argv) == _module_of(leaf)
    assert _outcome(build_parser(argv), argv) == _outcome(build_parser(), argv)


@pytest.mark.parametrize("line", LINES)
def test_every_readme_command_line_parses_the_same(line: str) -> None:
    full = build_parser()
    for tokens in _variants(line):
        argv = _concrete(tokens)
        assert _outcome(build_parser(argv), argv) == _outcome(full, argv), argv


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "100"},
        timeout=120,
        cwd=ROOT,
    )


def test_help_lists_every_command_as_the_full_parser_does():
    result = _run("--help")
    assert result.returncode == 0
    assert result.stdout == build_parser().format_help()
    for word in COMMAND_MODULES:
        assert word in result.stdout


def test_a_commands_help_is_the_full_parsers():
    result = _run("export", "agenda", "--help")
    assert result.returncode == 0
    assert (0, result.stdout, "", None) == _outcome(build_parser(), ["export", "agenda", "--help"])
    assert "--no-descriptions" in result.stdout and "--presenter-details" in result.stdout


def test_an_unknown_command_lists_every_command():
    result = _run("--db", "x.sqlite3", "exprot", "agenda")
    assert result.returncode == 2
    listed = result.stderr.split("(choose from ", 1)[1]
    assert "invalid choice: 'exprot'" in result.stderr
    for word in COMMAND_MODULES:
        assert f"'{word}'" in listed


def test_an_unknown_export_lists_every_export():
    result = _run("export", "agendaa")
    assert result.returncode == 2
    listed = result.stderr.split("(choose from ", 1)[1]
    for what in COMMAND_MODULES["export"]:
        assert f"'{what}'" in listed


def test_a_command_imports_only_its_own_command_module():
    """``export agenda`` through main() builds its own parser only: no other command module
    is imported (each imports what its commands need: the backup module, csv, getpass ...)."""
    code = (
        "import sys\n"
        "from samordnare_desktop.app import main\n"
        "try:\n"
        "    main(['--db', 'x.sqlite3', 'export', 'agenda', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('MODULES', *sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout
    assert "--no-descriptions" in out  # the help was printed
    modules = out.split("MODULES", 1)[1].split()
    loaded = {m for m in modules if m.startswith("samordnare_desktop.commands.")}
    loaded.discard("samordnare_desktop.commands.groups")
    assert loaded == {"samordnare_desktop.commands.agendas"}
