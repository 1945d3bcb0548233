"""Benchmark: index 10,000 synthetic articles for related stories (target: < 10 s).

Run: .venv/bin/python bench/related_bench.py [N]
"""

from __future__ import annotations

import random
import sys
import time
from datetime import datetime, timedelta

from pelican_aibot.related import Doc, RelatedIndex

WORDS_PER_ARTICLE = 450
TOPICS = 250


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    seen: set[str] = set()
    while len(seen) < size:
        seen.add("".join(rng.choice(letters) for _ in range(rng.randint(4, 10))))
    return sorted(seen)


def synthetic_docs(n: int, seed: int = 7) -> list[Doc]:
    """Articles mixing a topic's words (30 %) with Zipf-distributed common words."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng, 20000)
    common, topic_words = vocab[:8000], vocab[8000:]
    per_topic = len(topic_words) // TOPICS
    zipf = [1.0 / (r + 1) for r in range(len(common))]
    start = datetime(2024, 1, 1)
    docs = []
    for i in range(n):
        topic = i % TOPICS
        own = topic_words[topic * per_topic : (topic + 1) * per_topic]
        words = rng.choices(common, weights=zipf, k=int(WORDS_PER_ARTICLE * 0.7))
        words += rng.choices(own, k=int(WORDS_PER_ARTICLE * 0.3))
        rng.shuffle(words)
        docs.append(
            Doc(
                title=" ".join(rng.choices(own, k=6)),
                text=" ".join(words),
                slug=f"story-{i:05d}",
                date=start + timedelta(hours=i),
                tags=(f"topic{topic}", f"beat{topic % 12}"),
                category=f"section{topic % 8}",
            )
        )
    return docs


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    docs = synthetic_docs(n)
    t0 = time.perf_counter()
    index = RelatedIndex(docs)
    t1 = time.perf_counter()
    results = [index.related(i, 4) for i in range(n)]
    t2 = time.perf_counter()
    same_topic = sum(
        1 for i, rel in enumerate(results) for j in rel if i % TOPICS == j % TOPICS
    ) / max(1, sum(len(r) for r in results))
    print(f"articles: {n}")
    print(f"index build: {t1 - t0:.2f} s, related lookups: {t2 - t1:.2f} s")
    print(f"total: {t2 - t0:.2f} s (target < 10 s)")
    print(f"links to same-topic stories: {same_topic:.1%}")


if __name__ == "__main__":
    main()
