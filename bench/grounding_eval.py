"""Recall on planted errors and false flags on faithful stories, per evaluation part.

Run: .venv/bin/python bench/grounding_eval.py [-v]
Also times a 1,000-word story against 5 sources.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pelican_aibot.grounding import check_facts  # noqa: E402
from tests.eval.cases import load_part  # noqa: E402


def evaluate(part: str, verbose: bool = False) -> dict:
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


def timing() -> float:
    """Milliseconds to check a ~1,000-word story against 5 sources (best of 5)."""
    cases = load_part("dev") + load_part("holdout")
    sources = ["\n\n".join(c.sources) * 2 for c in cases[:5]]
    story = "\n\n".join(c.faithful for c in cases[:8])
    words = len(story.split())
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        check_facts(story, sources)
        best = min(best, time.perf_counter() - t0)
    per_source = sum(len(s.split()) for s in sources) // 5
    print(f"timing: {words}-word story, 5 sources of {per_source} words each")
    return best * 1000


def main() -> None:
    verbose = "-v" in sys.argv
    parts = [
        p.name
        for p in sorted((REPO / "tests" / "eval").iterdir())
        if p.is_dir() and p.name[0] != "_"
    ]
    for part in parts:
        # Details only for the tuning part: the held-out parts are looked at as figures only.
        r = evaluate(part, verbose and part == "dev")
        print(
            f"{r['part']:8} cases={r['cases']:3} planted={r['planted']:4} recall={r['recall']:.3f} "
            f"false_flags={r['false_flags']} ({r['false_flags_per_story']:.2f}/story) "
            f"facts/story={r['facts_per_story']:.1f} by_kind={r['by_kind']}"
        )
    print(f"check_facts: {timing():.1f} ms")


if __name__ == "__main__":
    main()
