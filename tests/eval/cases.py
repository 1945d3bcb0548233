"""Loader for the labelled grounding evaluation set (tests/eval/{dev,holdout}/*.yaml).

Each case holds sources, a story date, a faithful paraphrase citing them as [n],
and corruptions: one planted error each, written as a replacement of a unique
passage of the faithful story, with ``span`` the exact wrong text inside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

EVAL_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Corrupted:
    case: str
    kind: str
    text: str
    span: tuple[int, int]  # of the planted error in ``text``


@dataclass(frozen=True)
class Case:
    name: str
    story_date: date
    sources: tuple[str, ...]
    faithful: str
    corrupted: tuple[Corrupted, ...]


def load_case(path: Path) -> Case:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    faithful = data["faithful"]
    corrupted = []
    for c in data["corruptions"]:
        find, replace, span = c["find"], c["replace"], c.get("span", c["replace"])
        if faithful.count(find) != 1:
            raise ValueError(f"{path.name}: {find!r} occurs {faithful.count(find)} times")
        at = faithful.index(find)
        text = faithful[:at] + replace + faithful[at + len(find) :]
        if span in replace:
            start = at + replace.index(span)
        elif text.count(span) == 1:  # e.g. a quote given to another speaker: the quote is wrong
            start = text.index(span)
        else:
            raise ValueError(f"{path.name}: span {span!r} is not in {replace!r} nor unique")
        corrupted.append(Corrupted(path.stem, c["kind"], text, (start, start + len(span))))
    return Case(path.stem, data["date"], tuple(data["sources"]), faithful, tuple(corrupted))


def load_part(part: str) -> list[Case]:
    return [load_case(p) for p in sorted((EVAL_DIR / part).glob("*.yaml"))]
