"""The `Messages` translation catalogue: every `t("...")` template in the package.

    python -m tools.message_catalog            refresh resources/translations/messages_*.ts
    python -m tools.message_catalog --check    fail on a missing, unfinished or obsolete entry

Refreshing adds new templates as unfinished, keeps every existing translation and
drops templates no longer in the code; translators then fill in the new entries.
Templates are read from the source (AST), so a template must be a string literal.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "sro_panel"
TRANSLATIONS = ROOT / "resources" / "translations"
CONTEXT = "Messages"
_FIELD = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)[^{}]*\}")


@dataclass(frozen=True)
class Entry:
    source: str
    translation: str
    finished: bool


def templates(package: Path = PACKAGE) -> list[str]:
    """Every distinct `t("literal")` template, in the order of the files and lines."""
    found: dict[str, None] = {}
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and _is_t(n.func)]
        for call in sorted(calls, key=lambda c: (c.lineno, c.col_offset)):
            if not call.args or not isinstance(call.args[0], ast.Constant):
                raise SystemExit(f"{path}:{call.lineno}: t() needs a string literal template")
            if isinstance(call.args[0].value, str):
                found.setdefault(call.args[0].value, None)
    return list(found)


def _is_t(func: ast.expr) -> bool:
    return (isinstance(func, ast.Name) and func.id == "t") or (
        isinstance(func, ast.Attribute) and func.attr == "t"
    )


def placeholders(text: str) -> set[str]:
    return set(_FIELD.findall(text))


def read_catalogue(path: Path) -> tuple[str, list[Entry]]:
    """The language and the entries of a catalogue file (only its `Messages` context)."""
    root = ET.parse(path).getroot()
    entries = []
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            node = message.find("translation")
            kind = node.get("type", "") if node is not None else "unfinished"
            text = (node.text or "") if node is not None else ""
            entries.append(Entry(message.findtext("source") or "", text, kind == "" and bool(text)))
    return root.get("language", ""), entries


def write_catalogue(path: Path, language: str, entries: list[Entry]) -> None:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    for e in entries:
        kind = "" if e.finished else ' type="unfinished"'
        lines += [
            "    <message>",
            f"        <source>{escape(e.source)}</source>",
            f"        <translation{kind}>{escape(e.translation)}</translation>",
            "    </message>",
        ]
    lines += ["</context>", "</TS>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def refresh(path: Path, wanted: list[str]) -> None:
    language, entries = read_catalogue(path)
    known = {e.source: e for e in entries}
    write_catalogue(path, language, [known.get(s, Entry(s, "", False)) for s in wanted])


def problems(path: Path, wanted: list[str]) -> list[str]:
    """What keeps a catalogue from being complete for `wanted`; empty when it is."""
    _, entries = read_catalogue(path)
    known = {e.source: e for e in entries}
    found = []
    for source in wanted:
        entry = known.get(source)
        if entry is None:
            found.append(f"missing: {source!r}")
        elif not entry.finished:
            found.append(f"unfinished: {source!r}")
        elif placeholders(entry.translation) != placeholders(source):
            found.append(f"placeholders differ: {source!r} -> {entry.translation!r}")
    found += [f"obsolete: {s!r}" for s in known if s not in set(wanted)]
    return found


def catalogues() -> list[Path]:
    return sorted(TRANSLATIONS.glob("messages_*.ts"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report problems, change nothing")
    args = parser.parse_args(argv)
    wanted = templates()
    failed = False
    for path in catalogues():
        if args.check:
            for problem in problems(path, wanted):
                print(f"{path.name}: {problem}")
                failed = True
        else:
            refresh(path, wanted)
            print(f"{path.name}: {len(wanted)} templates")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
