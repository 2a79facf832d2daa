"""Keep the Swedish translation complete: ``python tools/translations.py update|todo|apply|check``.

- ``update``: run ``pyside6-lupdate`` on every module with user-facing text, one ``.ts`` per module
  in ``resources/translations/sv/`` (parallel work never collides in one file).
- ``todo``: print the unfinished messages as TSV (file, context, source, empty translation).
- ``apply FILE``: write translations from such a TSV (fourth column filled in) or from a JSON
  list of ``[context, source, translation]``. A plural message (``%n``, Qt's numerus forms) takes
  a list of forms as its translation: ``["%n punkt", "%n punkter"]`` (in a TSV: ``a | b``).
- ``check``: exit 1 if any message is unfinished, stale (in a ``.ts`` but no longer in its module),
  loses a ``{placeholder}``, or a ``.ts`` has no module any more.

Moving or splitting a module keeps its Swedish: ``update`` reads every translation before it
rewrites anything and fills the new ``.ts`` from it, first by (context, source), then by the source
alone, taken from the nearest ``.ts`` (same module, then same package ...) when those agree
(a method that moved to a new class). ``update`` is
idempotent: run twice, the second run changes nothing.
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
    carried = known_translations()  # read before any .ts is rewritten or removed
    nearby = translations_by_file()
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
    carried.update(known_translations())
    after = translations_by_file()
    moved: dict[str, set[str]] = {}  # messages that left a module in this update
    for name, found in nearby.items():
        for key, translation in found.items():
            if key not in after.get(name, {}):
                moved.setdefault(key[1], set()).add(translation)
    for name, found in after.items():
        nearby.setdefault(name, {}).update(found)
    fallback = {text: next(iter(found)) for text, found in moved.items() if len(found) == 1}
    changed.extend(apply_mapping(carried, nearby, fallback))  # moved or split modules
    return sorted(set(changed))


def translations_by_file() -> dict[str, dict[tuple[str, str], str]]:
    found: dict[str, dict[tuple[str, str], str]] = {}
    for ts in sorted(TS_DIR.glob("*.ts")):
        for context, text, element in messages(ts):
            if element is None or forms(element) is not None:
                continue  # plural messages are carried by known_translations
            if element.text and element.get("type") != "unfinished":
                found.setdefault(ts.name, {})[(context, text)] = element.text
    return found


def nearest_translation(
    ts_name_: str, text: str, nearby: dict[str, dict[tuple[str, str], str]]
) -> str | None:
    """The translation of ``text`` in the ``.ts`` files nearest to ``ts_name_`` (the same
    module first, then the same package, and so on up), if those nearest all agree."""
    parts = ts_name_.removesuffix(".ts").split(".")
    best: tuple[int, set[str]] = (-1, set())
    for name, found in nearby.items():
        other = name.removesuffix(".ts").split(".")
        shared = next(
            (i for i, (a, b) in enumerate(zip(parts, other, strict=False)) if a != b), None
        )
        shared = min(len(parts), len(other)) if shared is None else shared
        for (_context, source), translation in found.items():
            if source != text:
                continue
            if shared > best[0]:
                best = (shared, {translation})
            elif shared == best[0]:
                best[1].add(translation)
    return next(iter(best[1])) if len(best[1]) == 1 else None


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
    expected: set[str] = set()
    for source in sources():
        target = TS_DIR / ts_name(source)
        with tempfile.TemporaryDirectory() as scratch:
            temp = Path(scratch) / target.name
            run_lupdate(source, temp)
            current = {(c, s) for c, s, _t in messages(temp)} if temp.exists() else set()
        if not current:
            continue
        expected.add(target.name)
        if not target.exists():
            found.append(f"{target.name}: missing (run tools/translations.py update)")
            continue
        stored = {(c, s): t for c, s, t in messages(target)}
        for key in sorted(current - stored.keys()):
            found.append(f"{target.name}: not in .ts: {key[0]}: {key[1]!r}")
        for key in sorted(stored.keys() - current):
            found.append(f"{target.name}: stale (no longer in the module): {key[0]}: {key[1]!r}")
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
    for ts in sorted(TS_DIR.glob("*.ts")):
        if ts.name not in expected:
            found.append(f"{ts.name}: stale file (no module with text; run update)")
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


def apply_mapping(
    translations: dict[tuple[str, str], str | list[str]],
    nearby: dict[str, dict[tuple[str, str], str]] | None = None,
    moved: dict[str, str] | None = None,
) -> list[Path]:
    """Fill messages from ``translations`` (by context and source; a list fills a plural
    message's numerus forms) and, for messages still unfinished, from ``moved`` (source ->
    translation of a message that just left a module) or else the nearest file's translation of
    the same source (``nearby``: the translations of each ``.ts`` by file name); returns the
    files that changed."""
    written: list[Path] = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        tree = ET.parse(ts)
        changed = False
        for context in tree.getroot().iter("context"):
            ctx_name = context.findtext("name") or ""
            for message in context.iter("message"):
                key = (ctx_name, message.findtext("source") or "")
                element = message.find("translation")
                wanted = translations.get(key)
                numerus = forms(element)
                if (
                    not wanted
                    and nearby
                    and numerus is None
                    and (element.get("type") == "unfinished" or not element.text)
                ):
                    wanted = (moved or {}).get(key[1]) or nearest_translation(
                        ts.name, key[1], nearby
                    )
                if not wanted:
                    continue
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
                    message.set("numerus", "yes")  # lrelease refuses numerusforms without it
                    changed = True
                elif element.text != wanted or element.get("type") == "unfinished":
                    element.text = wanted
                    element.attrib.pop("type", None)
                    changed = True
        if changed:
            write(tree, ts)
            written.append(ts)
    return written


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
