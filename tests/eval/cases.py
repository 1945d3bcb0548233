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

from pelican_aibot.grounding import check_facts

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


def evaluate(part: str, verbose: bool = False) -> dict:
    """Recall on planted errors and false flags on faithful stories of one part."""
    cases = load_part(part)
    planted = found = false_flags = facts = 0
    by_kind: dict[str, list[int]] = {}
    for case in cases:
        report = check_facts(case.faithful, case.sources, case.story_date)
        facts += report.total
        false_flags += len(report.unsupported)
        for f in report.unsupported:
            if verbose:
                print(f"  FALSE FLAG {case.name}: {f.kind} {f.text!r}")
        for c in case.corrupted:
            rep = check_facts(c.text, case.sources, case.story_date)
            hit = any(f.start < c.span[1] and c.span[0] < f.end for f in rep.unsupported)
            planted += 1
            found += hit
            by_kind.setdefault(c.kind, [0, 0])
            by_kind[c.kind][0] += hit
            by_kind[c.kind][1] += 1
            if verbose and not hit:
                print(f"  MISSED {case.name}: {c.kind} {c.text[c.span[0] : c.span[1]]!r}")
    return {
        "part": part,
        "cases": len(cases),
        "planted": planted,
        "recall": found / planted if planted else 1.0,
        "false_flags": false_flags,
        "false_flags_per_story": false_flags / len(cases) if cases else 0.0,
        "facts_per_story": facts / len(cases) if cases else 0.0,
        "by_kind": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_kind.items())},
    }
