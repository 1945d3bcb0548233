"""The Pelican reader for story stubs: renders an article from the cache only.

Problems with one stub are logged as one line naming the file and the file is
skipped (Pelican's "skip" status), so the good stubs still publish and
``pelican --fatal errors`` turns any problem into a failed build.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from pelican.readers import BaseReader
from pelican.utils import SafeDatetime

from .defang import defang, theme_escapes
from .models import Stub
from .pipeline import Story, shown
from .plugin import state_for
from .render import CITATION, render_body

if TYPE_CHECKING:
    from .grounding import GroundingReport

logger = logging.getLogger(__name__)

SKIP: dict[str, Any] = {"status": "skip"}


def checked_report(report: dict[str, Any] | None, stub: Stub) -> GroundingReport | None:
    """The cached fact check with the facts the stub's editor verified set apart.

    A verified entry that matches no unsupported fact is logged: the story was
    rewritten since, or the text was mistyped.
    """
    if report is None:
        return None
    from .grounding import GroundingReport

    parsed, stale = GroundingReport.from_dict(report).verify(stub.verified)
    for text in stale:
        logger.warning(
            "aibot: %s: verified: %r matches no unsupported fact of the story",
            shown(stub.path),
            text,
        )
    return parsed


def grounding_view(parsed: GroundingReport | None) -> dict[str, Any] | None:
    """The fact-check result as templates use it."""
    if parsed is None:
        return None
    return {
        "supported": parsed.supported,
        "total": parsed.total,
        "score": parsed.score,
        "unsupported": [{"kind": f.kind, "text": f.text} for f in parsed.unsupported],
        "worked_out": [{"text": f.text, "how": how} for f, how in parsed.worked_out],
        "verified": [{"kind": f.kind, "text": f.text} for f in parsed.verified],
    }


class StubReader(BaseReader):
    """Reads ``*.yaml`` / ``*.yml`` story stubs; ignores other YAML files."""

    enabled = True
    file_extensions: ClassVar[list[str]] = ["yaml", "yml"]

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        from .stub import check_stub, looks_like_stub

        path = Path(source_path).resolve()
        state = state_for(self.settings)
        story = state.stories.get(path)  # the pre-pass already loaded and prepared it
        if story is None:
            if not looks_like_stub(path):
                logger.debug("aibot: %s is not a story stub; ignored", source_path)
                return "", dict(SKIP)
            errors = state.stub_errors.get(path)
            stub = None
            if errors is None:
                stub, errors = check_stub(path, content_root=state.settings.content_path)
            for error in errors:
                error.path = shown(Path(error.path))
                logger.error("%s", error)
            if errors or stub is None:
                return "", dict(SKIP)
            # Not seen by the pre-pass (a stub outside ARTICLE_PATHS, or a reader on its own).
            story = state.pipeline.look_up(stub)
            if story.error is None and story.article is None:
                story.error = (
                    f"{story.label}: no cached article; only stubs under ARTICLE_PATHS are "
                    f"written during the build (run `aibot generate {story.label}`)"
                )
        for ref, why in story.failed:
            logger.warning("aibot: %s: source %s skipped: %s", story.label, ref.label, why)
        if story.error or story.article is None:
            logger.error("%s", story.error or f"{story.label}: no article")
            return "", dict(SKIP)
        return self._render(story)

    def _render(self, story: Story) -> tuple[str, dict[str, Any]]:
        stub, article = story.stub, story.article
        assert article is not None
        settings = state_for(self.settings).settings
        sources = [
            {
                "n": s["n"],
                "url": s["url"],
                "title": s.get("title"),
                "site": s.get("site"),
                "note": s.get("note"),
            }
            for s in article["sources"]
        ]
        content = render_body(article["body"], [s["url"] for s in sources])
        grounding = grounding_view(checked_report(article.get("grounding"), stub))
        status = stub.status
        if grounding and grounding["unsupported"]:
            logger.warning(
                "aibot: %s: %d of %d checkable facts not found in the sources: %s",
                story.label,
                len(grounding["unsupported"]),
                grounding["total"],
                "; ".join(u["text"] for u in grounding["unsupported"][:5]),
            )
            if settings.grounding == "draft" and status == "published":
                status = "draft"

        # Themes without autoescape would render stub text as HTML: defang it there.
        text = (lambda value: value) if theme_escapes(self.settings) else defang
        meta: dict[str, Any] = {
            "title": text(stub.title),
            "date": SafeDatetime.fromisoformat(stub.date.isoformat()),
            "status": status,
            "author": self.process_metadata("author", text(stub.author or settings.author)),
            "aibot": True,
            "aibot_headline": article.get("headline"),
            "aibot_backend": article.get("backend"),
            "aibot_model": article.get("model"),
            "aibot_usage": article.get("usage") or {},
            "aibot_grounding": grounding,
            "aibot_removed": len(article.get("removed_meta_commentary") or []),
            "aibot_failed_sources": [ref.label for ref, _ in story.failed],
            "sources": sources,
        }
        if article.get("summary"):
            meta["summary"] = f"<p>{html.escape(article['summary'])}</p>"
            # The extractive lead is also the dek: the page then shows it once.
            lead = CITATION.sub("", article["body"].strip().split("\n\n", 1)[0])
            meta["aibot_dek_repeats_lead"] = " ".join(lead.split()).startswith(
                " ".join(article["summary"].split())
            )
        if stub.tags:
            meta["tags"] = self.process_metadata("tags", [text(t) for t in stub.tags])
        if stub.category:
            meta["category"] = self.process_metadata("category", text(stub.category))
        if stub.slug:
            meta["slug"] = stub.slug
        if stub.reviewed_by:
            meta["reviewed_by"] = text(stub.reviewed_by)
        if stub.corrections:
            meta["corrections"] = [{"date": c.date, "text": c.text} for c in stub.corrections]
            last = max(c.date for c in stub.corrections)
            meta["modified"] = SafeDatetime(last.year, last.month, last.day)
        return content, meta
