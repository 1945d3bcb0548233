"""Extraction quality and speed on the annotated news corpus, against trafilatura's defaults.

Usage: python bench/extraction_quality.py [--corpus PATH] [--pages]

Token bag-of-words precision, recall and F1 (macro mean over pages) of
``pelican_aibot.extract`` and of plain ``trafilatura.extract`` with default
options, plus the time per page. The corpus is test data kept outside the
repository (../shared/corpus/extraction by default).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import trafilatura

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pelican_aibot.errors import ExtractError  # noqa: E402
from pelican_aibot.extract import extract  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "extraction"


def scores(predicted: str, expected: str) -> tuple[float, float, float]:
    pred = Counter(re.findall(r"\w+", predicted.lower()))
    gold = Counter(re.findall(r"\w+", expected.lower()))
    overlap = sum((pred & gold).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    p, r = overlap / sum(pred.values()), overlap / sum(gold.values())
    return p, r, 2 * p * r / (p + r)


def ours(raw: bytes, url: str) -> str:
    try:
        return extract(raw, url=url).text
    except ExtractError:
        return ""


def defaults(raw: bytes, url: str) -> str:
    return trafilatura.extract(raw.decode("utf-8"), url=url) or ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--pages", action="store_true", help="print every page's F1")
    args = parser.parse_args()
    manifest = args.corpus / "manifest.json"
    if not manifest.is_file():
        print(f"corpus not found: {manifest}", file=sys.stderr)
        return 2
    pages = json.loads(manifest.read_text("utf-8"))["pages"]
    for name, fn in (("pelican_aibot.extract", ours), ("trafilatura defaults", defaults)):
        rows, elapsed = [], 0.0
        for page in pages:
            raw = (args.corpus / page["file"]).read_bytes()
            start = time.perf_counter()
            text = fn(raw, page["url"])
            elapsed += time.perf_counter() - start
            rows.append((page["id"], *scores(text, page["ground_truth"]["article_body"])))
        p, r, f = (statistics.fmean(row[i] for row in rows) for i in (1, 2, 3))
        print(
            f"{name:24} P {p:.4f}  R {r:.4f}  F1 {f:.4f}  "
            f"min F1 {min(row[3] for row in rows):.3f}  {1000 * elapsed / len(pages):.1f} ms/page"
        )
        if args.pages:
            for page_id, _, _, f1 in sorted(rows, key=lambda row: row[3]):
                print(f"    {page_id}  {f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
