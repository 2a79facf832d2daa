"""packaging/linux/install.sh writes a .desktop entry that names the installed program by its full
path; with a home folder such as "/home/anna berg" that path must survive the Desktop Entry
spec's quoting (issue #21). The script runs against a fake bundle in a temporary home."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALL = ROOT / "packaging" / "linux" / "install.sh"
RESERVED = set("'\\><~|&;$*?#()`\"")
STRING_ESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


def _unescape_string(value: str) -> str:
    """The spec's escapes for values of type string (applied before Exec's quoting rule)."""
    return re.sub(r"\\(.)", lambda m: STRING_ESCAPES.get(m.group(1), m.group(0)), value)


def _exec_argv(value: str) -> list[str]:
    """Exec's arguments as a launcher sees them: string escapes, then the quoting, then %%.

    Not ``shlex``: inside double quotes it keeps the backslash before $ and `, the spec drops it.
    """
    args: list[str] = []
    current: str | None = None
    quoted = False
    chars = iter(_unescape_string(value))
    for char in chars:
        if quoted:
            if char == "\\":
                escaped = next(chars)
                assert escaped in '"`$\\', f"unescaped backslash before {escaped!r}"
                current += escaped
            elif char == '"':
                quoted = False
            else:
                assert char not in "`$", f"{char!r} must be escaped inside quotes"
                current += char
        elif char == '"':
            quoted, current = True, current or ""
        elif char in " \t":
            if current is not None:
                args.append(current)
            current = None
        else:
            assert char not in RESERVED, f"reserved {char!r} outside quotes"
            current = (current or "") + char
    assert not quoted, "unterminated quote"
    if current is not None:
        args.append(current)
    return [arg.replace("%%", "%") for arg in args]


def _fake_bundle(folder: Path) -> Path:
    icons = folder / "_internal" / "resources" / "icons"
    icons.mkdir(parents=True)
    for size in (16, 32, 48, 64, 128, 256):
        (icons / f"samordnare-{size}.png").write_bytes(b"png")
    (icons / "samordnare.svg").write_text("<svg/>")
    program = folder / "samordnare"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    return folder


@pytest.mark.skipif(shutil.which("sh") is None or os.name == "nt", reason="POSIX shell script")
@pytest.mark.parametrize("user", ["anna berg", 'anna "ab" $HOME `x` 100% back\\slash'])
def test_desktop_entry_names_the_program_in_a_home_with_spaces(tmp_path: Path, user: str) -> None:
    home = tmp_path / "x" / user
    home.mkdir(parents=True)
    bundle = _fake_bundle(tmp_path / "dist" / "samordnare")
    env = {k: v for k, v in os.environ.items() if k != "XDG_DATA_HOME"}
    env["HOME"] = str(home)
    env["PATH"] = "/usr/bin:/bin"

    subprocess.run(["sh", str(INSTALL), str(bundle)], env=env, check=True, capture_output=True)

    program = home / ".local" / "share" / "samordnare-desktop" / "samordnare"
    assert program.is_file()
    entry = home / ".local" / "share" / "applications" / "samordnare-desktop.desktop"
    lines = dict(line.split("=", 1) for line in entry.read_text().splitlines() if "=" in line)
    assert _exec_argv(lines["Exec"]) == [str(program)]
    assert _unescape_string(lines["TryExec"]) == str(program)
    assert lines["Name"] == "Samordnare Desktop"  # the rest of the entry as shipped
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True)
        assert checked.returncode == 0, checked.stdout.decode() + checked.stderr.decode()
