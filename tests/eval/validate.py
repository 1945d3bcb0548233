"""Check the format of blind evaluation cases written from BRIEF.md.

Run: python3 tests/eval/validate.py FOLDER   (needs only PyYAML)
Prints one line per problem, naming the file, and exits 1 when there is any.
"""

from __future__ import annotations

import datetime
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

KINDS = {"number": (4, 6), "date": (2, 3), "quote": (2, 2), "name": (2, 3)}
CITATIONS = re.compile(r"(\[\d\])+$")
NAME = re.compile(r"^[a-z]{2}\d\d_[a-z0-9_]+\.yaml$")


def _inside_quotation(text: str, start: int) -> bool:
    """Whether ``start`` falls between an opening and a closing double quote."""
    before = text[:start]
    return (before.count('"') + before.count("\u201c") - before.count("\u201d")) % 2 == 1


def problems(path: Path) -> list[str]:
    found: list[str] = []
    if not NAME.match(path.name):
        found.append("file name is not <prefix><NN>_<topic>.yaml")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        return [f"not valid YAML: {str(exc).splitlines()[0]}"]
    if not isinstance(data, dict) or set(data) != {"date", "sources", "faithful", "corruptions"}:
        return ["keys must be exactly date, sources, faithful, corruptions"]
    if not isinstance(data["date"], datetime.date):
        found.append("date is not YYYY-MM-DD")
    sources = data["sources"]
    if not isinstance(sources, list) or len(sources) != 3:
        found.append("sources must be a list of three texts")
    else:
        for n, text in enumerate(sources, 1):
            words = len(str(text).split())
            if not 220 <= words <= 350:
                found.append(f"source {n} has {words} words (230-340 asked)")
    faithful = data["faithful"]
    if not isinstance(faithful, str):
        return [*found, "faithful is not a text"]
    words = len(faithful.split())
    if not 420 <= words <= 660:
        found.append(f"faithful has {words} words (430-600 asked)")
    paragraphs = [p.strip() for p in faithful.strip().split("\n\n")]
    if len(paragraphs) < 4 or CITATIONS.search(paragraphs[0]):
        found.append("faithful must open with a headline line, then a blank line")
    for p in paragraphs[1:]:
        if not CITATIONS.search(p):
            found.append(f"paragraph without citations at its end: {p[:50]!r}")
        for n in re.findall(r"\[(\d)\]", p):
            if not 1 <= int(n) <= len(sources or []):
                found.append(f"citation [{n}] names no source: {p[:50]!r}")
    if faithful.count('"') < 4:
        found.append("faithful needs at least two direct quotations")
    corruptions = data["corruptions"]
    if not isinstance(corruptions, list) or len(corruptions) != 12:
        return [*found, "corruptions must be a list of twelve"]
    kinds = Counter(c.get("kind") for c in corruptions if isinstance(c, dict))
    for kind, (low, high) in KINDS.items():
        if not low <= kinds[kind] <= high:
            found.append(f"{kinds[kind]} corruptions of kind {kind} ({low}-{high} asked)")
    for extra in set(kinds) - set(KINDS):
        found.append(f"unknown kind {extra!r}")
    for i, c in enumerate(corruptions, 1):
        if not isinstance(c, dict) or not {"kind", "find", "replace", "span"} <= set(c):
            found.append(f"corruption {i} needs kind, find, replace and span")
            continue
        find, replace, span = str(c["find"]), str(c["replace"]), str(c["span"])
        if faithful.count(find) != 1:
            found.append(f"corruption {i}: find occurs {faithful.count(find)} times: {find!r}")
            continue
        if find == replace:
            found.append(f"corruption {i}: replace is the same as find")
            continue
        at = faithful.index(find)
        text = faithful[:at] + replace + faithful[at + len(find) :]
        if span in replace:
            start = at + replace.index(span)
        elif text.count(span) == 1:
            start = text.index(span)
        else:
            found.append(f"corruption {i}: span {span!r} is not in replace nor once in the story")
            continue
        if c["kind"] == "quote" and not _inside_quotation(text, start):
            found.append(f"corruption {i}: a quote error's span must be inside the quotation")
        if len(span.split()) > 20:
            found.append(
                f"corruption {i}: span of {len(span.split())} words; keep it to the wrong text"
            )
    return found


def main(folder: str) -> int:
    paths = sorted(Path(folder).glob("*.yaml"))
    if not paths:
        print(f"{folder}: no .yaml files")
        return 1
    bad = 0
    for path in paths:
        for problem in problems(path):
            print(f"{path.name}: {problem}")
            bad += 1
    print(f"{len(paths)} files, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
