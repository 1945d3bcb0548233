"""The transparency page: every generated story with its backend, model, tokens,
estimated cost, number of sources and fact-check result.

A Pelican generator (added through ``get_generators``) that renders the theme's
``transparency.html``, or the plugin's own template extending the theme's
``base.html`` when the theme has none, to ``AIBOT_TRANSPARENCY_SAVE_AS``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import resources
from typing import Any

from pelican.generators import Generator, PelicanTemplateNotFound

from .pricing import estimate_cost
from .settings import resolve

logger = logging.getLogger(__name__)

DEFAULT_SAVE_AS = "transparency.html"


@dataclass(frozen=True)
class StoryRow:
    article: Any
    backend: str
    model: str
    tokens: int
    cost: float | None
    sources: int
    supported: int
    checked: int
    unsupported: int
    verified: int = 0  # not found by the check, confirmed by the stub's editor


def story_rows(articles: list[Any], prices: dict) -> list[StoryRow]:
    rows = []
    for article in articles:
        if not getattr(article, "aibot", False):
            continue
        usage = getattr(article, "aibot_usage", None) or {}
        grounding = getattr(article, "aibot_grounding", None) or {}
        backend = getattr(article, "aibot_backend", "") or ""
        model = getattr(article, "aibot_model", "") or ""
        rows.append(
            StoryRow(
                article=article,
                backend=backend,
                model=model,
                tokens=int(usage.get("total_tokens", 0)),
                cost=estimate_cost(backend, model, usage, prices),
                sources=len(getattr(article, "sources", None) or []),
                supported=int(grounding.get("supported", 0)),
                checked=int(grounding.get("total", 0)),
                unsupported=len(grounding.get("unsupported", [])),
                verified=len(grounding.get("verified", [])),
            )
        )
    return sorted(rows, key=lambda r: (r.article.date, r.article.slug), reverse=True)


def totals(rows: list[StoryRow]) -> dict[str, Any]:
    costs = [r.cost for r in rows]
    return {
        "stories": len(rows),
        "tokens": sum(r.tokens for r in rows),
        "cost": None if any(c is None for c in costs) else round(sum(costs), 6),
        "sources": sum(r.sources for r in rows),
        "supported": sum(r.supported for r in rows),
        "checked": sum(r.checked for r in rows),
        "unsupported": sum(r.unsupported for r in rows),
    }


class TransparencyGenerator(Generator):
    """Writes the transparency page after the articles are known."""

    def generate_context(self) -> None:
        settings = resolve(self.settings)
        rows = story_rows(list(self.context.get("articles", [])), dict(settings.prices))
        self.rows = rows
        self.context["aibot_stories"] = rows
        self.context["aibot_totals"] = totals(rows)

    def _template(self):
        try:
            return self.get_template("transparency")
        except PelicanTemplateNotFound:
            source = resources.files("pelican_aibot") / "templates" / "transparency.html"
            return self.env.from_string(source.read_text(encoding="utf-8"))

    def generate_output(self, writer: Any) -> None:
        save_as = self.settings.get("AIBOT_TRANSPARENCY_SAVE_AS", DEFAULT_SAVE_AS)
        if not save_as:
            return
        url = self.settings.get("AIBOT_TRANSPARENCY_URL", save_as)
        writer.write_file(
            save_as,
            self._template(),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=url,
            page_name="transparency",
            template_name="transparency",
        )


def get_generators(pelican: Any) -> type[Generator]:
    return TransparencyGenerator
