"""Keep the Swedish translation complete: ``python tools/translations.py update|todo|apply|check``.

- ``update``: run ``pyside6-lupdate`` on every module with user-facing text, one ``.ts`` per module
  in ``resources/translations/sv/`` (parallel work never collides in one file).
- ``todo``: print the unfinished messages as TSV (file, context, source, empty translation).
- ``apply FILE``: write translations from such a TSV (fourth column filled in) or from a JSON
  list of ``[context, source, translation]``. A plural message (``%n``, Qt's numerus forms) takes
  a list of forms as its translation: ``["%n punkt", "%n punkter"]`` (in a TSV: ``a | b``).
- ``check``: exit 1 if any message is unfinished, stale or loses a ``{placeholder}``.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "samordnare_desktop"
TS_DIR = ROOT / "resources" / "translations" / "sv"
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")


def lupdate_binary() -> str:
    import PySide6

    name = "lupdate.exe" if sys.platform == "win32" else "lupdate"
    return str(Path(PySide6.__file__).resolve().parent / name)


def ts_name(source: Path) -> str:
    return ".".join(source.relative_to(ROOT).with_suffix("").parts) + ".ts"


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def run_lupdate(source: Path, ts: Path) -> None:
    subprocess.run(
        [
            lupdate_binary(),
            str(source),
            "-ts",
            str(ts),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            "sv",
            "-silent",
        ],
        check=True,
        capture_output=True,
    )


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message in ``ts``."""
    tree = ET.parse(ts)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


def forms(element: ET.Element | None) -> list[str] | None:
    """A plural message's numerus forms (``None`` for an ordinary message)."""
    if element is None:
        return None
    found = element.findall("numerusform")
    return [f.text or "" for f in found] if found else None


def text_of(element: ET.Element | None) -> str:
    """The translation as one string (plural forms joined with " | "; "" if any is empty)."""
    if element is None:
        return ""
    numerus = forms(element)
    if numerus is None:
        return element.text or ""
    return " | ".join(numerus) if all(numerus) else ""


def write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, "    ")
    ts.write_text(HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")


def update() -> list[Path]:
    """Refresh every ``.ts``; returns the files that changed or appeared."""
    TS_DIR.mkdir(parents=True, exist_ok=True)
    changed: list[Path] = []
    wanted: set[str] = set()
    for source in sources():
        target = TS_DIR / ts_name(source)
        with tempfile.TemporaryDirectory() as scratch:
            temp = Path(scratch) / target.name
            if target.exists():
                temp.write_bytes(target.read_bytes())
            run_lupdate(source, temp)
            if not temp.exists() or not messages(temp):
                continue
            wanted.add(target.name)
            tree = ET.parse(temp)
            write(tree, temp)
            if not target.exists() or temp.read_bytes() != target.read_bytes():
                target.write_bytes(temp.read_bytes())
                changed.append(target)
    for stale in TS_DIR.glob("*.ts"):
        if stale.name not in wanted:
            stale.unlink()
            changed.append(stale)
    apply_mapping(known_translations())  # a message already translated elsewhere is reused
    return changed


def known_translations() -> dict[tuple[str, str], str | list[str]]:
    known: dict[tuple[str, str], str | list[str]] = {}
    for ts in sorted(TS_DIR.glob("*.ts")):
        for context, text, element in messages(ts):
            if element is None or element.get("type") == "unfinished" or not text_of(element):
                continue
            known[(context, text)] = forms(element) or element.text or ""
    return known


def problems() -> list[str]:
    """Unfinished or inconsistent messages, and modules whose ``.ts`` is out of date."""
    found: list[str] = []
    for source in sources():
        target = TS_DIR / ts_name(source)
        with tempfile.TemporaryDirectory() as scratch:
            temp = Path(scratch) / target.name
            run_lupdate(source, temp)
            current = {(c, s) for c, s, _t in messages(temp)} if temp.exists() else set()
        if not current:
            continue
        if not target.exists():
            found.append(f"{target.name}: missing (run tools/translations.py update)")
            continue
        stored = {(c, s): t for c, s, t in messages(target)}
        for key in sorted(current - stored.keys()):
            found.append(f"{target.name}: not in .ts: {key[0]}: {key[1]!r}")
        for (context, text), element in stored.items():
            translation = text_of(element)
            if (
                element is None
                or element.get("type") in ("unfinished", "vanished", "obsolete")
                or not translation
            ):
                found.append(f"{target.name}: untranslated: {context}: {text!r}")
            elif any(
                sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(form))
                for form in (forms(element) or [translation])
            ):
                found.append(f"{target.name}: placeholders differ: {context}: {text!r}")
    return found


def todo() -> None:
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    for ts in sorted(TS_DIR.glob("*.ts")):
        for context, text, element in messages(ts):
            if element is None or element.get("type") == "unfinished" or not text_of(element):
                writer.writerow([ts.name, context, text, ""])


def apply(path: Path) -> None:
    """Apply translations from a TSV (file, context, source, translation) or a JSON list of
    ``[context, source, translation]`` (applied to every ``.ts`` that has the message)."""
    mapping: dict[tuple[str, str], str | list[str]] = {}
    if path.suffix == ".json":
        for context, text, translation in json.loads(path.read_text(encoding="utf-8")):
            mapping[(context, text)] = translation
    else:
        for row in csv.reader(path.open(encoding="utf-8"), delimiter="\t"):
            if len(row) >= 4 and row[3].strip():
                mapping[(row[1], row[2])] = (
                    [part.strip() for part in row[3].split(" | ")] if "%n" in row[2] else row[3]
                )
    apply_mapping(mapping)


def apply_mapping(translations: dict[tuple[str, str], str | list[str]]) -> None:
    for ts in sorted(TS_DIR.glob("*.ts")):
        tree = ET.parse(ts)
        changed = False
        for context in tree.getroot().iter("context"):
            ctx_name = context.findtext("name") or ""
            for message in context.iter("message"):
                key = (ctx_name, message.findtext("source") or "")
                element = message.find("translation")
                wanted = translations.get(key)
                if not wanted:
                    continue
                numerus = forms(element)
                if numerus is not None or isinstance(wanted, list):
                    wanted = wanted if isinstance(wanted, list) else [wanted]
                    if numerus == wanted and element.get("type") != "unfinished":
                        continue
                    for old in element.findall("numerusform"):
                        element.remove(old)
                    element.text = None
                    for form in wanted:
                        ET.SubElement(element, "numerusform").text = form
                    element.attrib.pop("type", None)
                    changed = True
                elif element.text != wanted or element.get("type") == "unfinished":
                    element.text = wanted
                    element.attrib.pop("type", None)
                    changed = True
        if changed:
            write(tree, ts)


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        for path in update():
            print(path.relative_to(ROOT))
    elif command == "todo":
        todo()
    elif command == "apply":
        apply(Path(sys.argv[2]))
    elif command == "check":
        found = problems()
        print("\n".join(found) or "translations complete")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
