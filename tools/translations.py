"""Keep the window's Spanish catalogue in step with the source.

python tools/translations.py            refresh resources/translations/sro_panel_es.ts
                                        from sro_panel/ui/ (existing translations kept;
                                        reworded strings stay as obsolete entries for
                                        the translator to reuse, then drop)
python tools/translations.py --drop-obsolete
                                        the same, without the obsolete entries
python tools/translations.py --check    exit 1 naming every unfinished, missing or
                                        obsolete entry, and every translation that
                                        loses a {placeholder}, %n or & accelerator
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "sro_panel" / "ui"
CATALOGUE = ROOT / "resources" / "translations" / "sro_panel_es.ts"


def lupdate_command() -> list[str]:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lupdate", "lupdate.exe"):
        if (folder / name).is_file():
            return [str(folder / name)]
    found = shutil.which("pyside6-lupdate")
    if found:
        return [found]
    raise SystemExit("translations.py: Qt's lupdate is missing from this PySide6 installation")


def sources() -> list[str]:
    # Relative paths, and no locations in the catalogue: line moves never touch it.
    return [str(p.relative_to(ROOT)) for p in sorted(SOURCE.rglob("*.py"))]


def extract(target: Path, *, drop_obsolete: bool = False) -> None:
    """Run lupdate over sro_panel/ui/ into `target`, keeping the translations it holds."""
    command = [
        *lupdate_command(),
        "-silent",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        "es",
        *(["-no-obsolete"] if drop_obsolete else []),
        *sources(),
        "-ts",
        str(target),
    ]
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True)


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translations: tuple[str, ...]
    kind: str  # "" (finished), "unfinished", "obsolete" or "vanished"
    numerus: bool


def entries(path: Path) -> list[Entry]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                texts: tuple[str, ...] = ("",)
                kind = "unfinished"
            else:
                forms = translation.findall("numerusform")
                texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
                kind = translation.get("type", "")
            found.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    texts,
                    kind,
                    message.get("numerus") == "yes",
                )
            )
    return found


PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?::[^}]*)?\}|%n|%s|%\d")


def accelerators(text: str) -> int:
    """How many & accelerators a text holds (not && nor an HTML entity such as &amp;)."""
    plain = re.sub(r"&&|&#?\w+;", "", text)
    return len(re.findall(r"&\w", plain))


def problems(path: Path) -> list[str]:
    """What is wrong with one catalogue, a line each (an empty list: it is complete)."""
    found = []
    for e in entries(path):
        where = f"{e.context}: {e.source!r}"
        if e.kind in ("obsolete", "vanished"):
            found.append(f"obsolete (no longer in the source): {where}")
            continue
        if e.kind == "unfinished" or not all(t.strip() for t in e.translations):
            found.append(f"unfinished: {where}")
            continue
        for text in e.translations:
            wanted = sorted(PLACEHOLDER.findall(e.source))
            got = sorted(PLACEHOLDER.findall(text))
            if e.numerus:  # a plural form may spell out its count ("un", "una")
                wanted = sorted(set(wanted) - {"%n"})
                got = sorted(set(got) - {"%n"})
            if wanted != got:
                found.append(f"placeholders {wanted} became {got}: {where}")
            if accelerators(e.source) != accelerators(text):
                found.append(f"the & accelerator is lost or doubled: {where} -> {text!r}")
    return found


def check(catalogue: Path = CATALOGUE) -> list[str]:
    """The committed catalogue refreshed from the source in a temporary copy: what is
    unfinished, missing (new in the source) or obsolete (gone from it)."""
    if not catalogue.is_file():
        return [f"{catalogue.name} is missing"]
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / catalogue.name
        shutil.copyfile(catalogue, copy)
        extract(copy)
        return problems(copy)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="translations.py", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; list problems")
    parser.add_argument("--drop-obsolete", action="store_true", help="remove obsolete entries")
    args = parser.parse_args(argv)
    if args.check:
        found = check()
        for line in found:
            print(f"{CATALOGUE.name}: {line}")
        return 1 if found else 0
    CATALOGUE.parent.mkdir(parents=True, exist_ok=True)
    extract(CATALOGUE, drop_obsolete=args.drop_obsolete)
    left = problems(CATALOGUE)
    print(f"{CATALOGUE.relative_to(ROOT)}: {len(entries(CATALOGUE))} entries, {len(left)} to do")
    return 0


if __name__ == "__main__":
    sys.exit(main())
