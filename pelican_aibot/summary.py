"""One line per build: stories, cache hits, model calls, tokens, estimated cost."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .pipeline import Story
from .pricing import estimate_cost
from .settings import AibotSettings


@dataclass(frozen=True)
class BuildSummary:
    stories: int
    cache_hits: int
    generated: int
    failed: int
    model_calls: int
    tokens: int
    cost: float | None

    def line(self) -> str:
        cost = "unknown" if self.cost is None else f"${self.cost:.4f}"
        stories = "1 story" if self.stories == 1 else f"{self.stories} stories"
        return (
            f"aibot: {stories}, {self.cache_hits} from the cache, "
            f"{self.generated} written, {self.failed} failed; {self.model_calls} model "
            f"calls, {self.tokens} tokens, estimated cost {cost}"
        )


def summarize(stories: Sequence[Story], settings: AibotSettings) -> BuildSummary:
    written = [s for s in stories if s.generated and s.article]
    tokens = 0
    cost: float | None = 0.0
    calls = 0
    for story in written:
        article = story.article or {}
        usage = article.get("usage") or {}
        tokens += int(usage.get("total_tokens", 0))
        if article.get("backend") != "extractive":
            calls += 1
        one = estimate_cost(
            article.get("backend", ""), article.get("model", ""), usage, settings.prices
        )
        cost = None if cost is None or one is None else cost + one
    return BuildSummary(
        stories=len(stories),
        cache_hits=sum(1 for s in stories if s.article and not s.generated),
        generated=len(written),
        failed=sum(1 for s in stories if s.error),
        model_calls=calls,
        tokens=tokens,
        cost=cost,
    )


def print_build_summary(stories: Sequence[Story], settings: AibotSettings) -> BuildSummary:
    """Shown beside Pelican's own "Done: ..." line, on Pelican's console (a log line at
    INFO would be hidden: pelican logs warnings and above unless run with -v)."""
    from pelican.log import console

    summary = summarize(stories, settings)
    console.print(summary.line(), markup=False, highlight=False)
    return summary
