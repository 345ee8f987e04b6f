"""Fills unfinished entries of a .ts file from a JSON object {source text: translation}.

A key "Context|source" applies to that context only and wins over a bare source key.

    uv run python tools/fill_translations.py resources/translations/csp_desk_ja.ts ja.json

Handy when many strings arrive at once; Qt Linguist does the same one entry at a time.
Prints the sources still unfinished afterwards.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, mapping: dict[str, str]) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            _fill_one(message, name, mapping, missing)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def _fill_one(message: ET.Element, context: str, mapping: dict[str, str], missing: list[str]) -> None:
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None or translation.get("type") != "unfinished":
        return
    text = mapping.get(f"{context}|{source}", mapping.get(source))
    if text is None:
        missing.append(f"{context}|{source}")
        return
    translation.text = text
    del translation.attrib["type"]


def main(argv: list[str]) -> int:
    ts_path, mapping_path = Path(argv[0]), Path(argv[1])
    missing = fill(ts_path, json.loads(mapping_path.read_text(encoding="utf-8")))
    for source in missing:
        print(source)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
