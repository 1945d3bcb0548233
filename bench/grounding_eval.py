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
from pelican_aibot.grounding.sources import _source_doc  # noqa: E402
from tests.eval.cases import evaluate, load_part  # noqa: E402


def timing() -> float:
    """Milliseconds to check a ~1,000-word story against 5 sources of ~800 words (best of 5)."""
    cases = load_part("dev") + load_part("holdout")
    story_parts: list[str] = []
    while sum(len(p.split()) for p in story_parts) < 1000:
        story_parts.append(cases[len(story_parts)].faithful)
    used = cases[: len(story_parts)]
    pool = [text for c in used for text in c.sources] + [t for c in cases for t in c.sources]
    sources = []
    for k in range(5):
        chunk: list[str] = []
        for text in pool[k::5]:
            if sum(len(x.split()) for x in chunk) >= 800:
                break
            chunk.append(text)
        sources.append("\n\n".join(chunk))
    story = "\n\n".join(story_parts)
    cold = warm = float("inf")
    for _ in range(5):
        _source_doc.cache_clear()  # cold: the sources analysed from scratch
        t0 = time.perf_counter()
        check_facts(story, sources)
        cold = min(cold, time.perf_counter() - t0)
        t0 = time.perf_counter()
        check_facts(story, sources)  # warm: the sources' analysis reused
        warm = min(warm, time.perf_counter() - t0)
    per_source = sum(len(s.split()) for s in sources) // 5
    print(f"timing: {len(story.split())}-word story, 5 sources of ~{per_source} words each")
    print(f"check_facts warm (sources already analysed): {warm * 1000:.1f} ms")
    return cold * 1000


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
    print(f"check_facts cold: {timing():.1f} ms")


if __name__ == "__main__":
    main()
