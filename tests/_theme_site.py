"""A small news site for the theme tests, built by a real Pelican run.

Stories are Markdown files whose ``Aibot_json`` metadata carries what the stub
reader puts on a generated article (sources, grounding, backend...), so the
theme is exercised on the exact attribute shapes without the fetch pipeline.
This module is also a Pelican plugin (``register``) that applies that metadata.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import date
from pathlib import Path
from typing import Any

from pelican import Pelican, signals
from pelican.settings import read_settings

from pelican_aibot import related, templates_support

REPO = Path(__file__).resolve().parent.parent
THEME = REPO / "theme"
POLICY_PAGES = REPO / "content" / "pages"
POLICY_FILES = ("publishing-principles.md", "corrections-policy.md", "fact-checking-policy.md")
AVATAR_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72">'
    '<circle cx="36" cy="36" r="36" fill="#0b4f9c"/></svg>'
)

HOSTILE_TITLE = 'x" onmouseover="alert(1) <img src=x onerror=alert(1)>'
HOSTILE_TAG = "<img src=x onerror=alert(2)>"
HOSTILE_SOURCE = '</script><script>alert(3)</script> "quoted" <b>bold</b>'

DISCLAIMER = "Written by software from the sources below; check them before relying on it."


def _apply_aibot_json(instance: Any) -> None:
    raw = getattr(instance, "aibot_json", None)
    if not raw:
        return
    data = json.loads(raw)
    for c in data.get("corrections") or ():
        c["date"] = date.fromisoformat(c["date"])
    for key, value in data.items():
        setattr(instance, key, value)
        instance.metadata[key] = value


def register() -> None:
    signals.content_object_init.connect(_apply_aibot_json)
    related.register_signals()
    templates_support.register_signals()


def _story(
    slug: str,
    title: str,
    day: int,
    body: str,
    *,
    tags: str = "",
    category: str = "Local",
    backend: str = "extractive",
    sources: list[dict[str, Any]] | None = None,
    unsupported: list[dict[str, str]] | None = None,
    worked_out: list[dict[str, str]] | None = None,
    extra: dict[str, Any] | None = None,
    summary: str | None = None,
) -> str:
    sources = sources or [
        {
            "n": 1,
            "url": f"https://example.com/{slug}",
            "title": f"Report on {slug}",
            "site": "Example News",
            "note": None,
        },
        {
            "n": 2,
            "url": f"sources/{slug}.html",
            "title": "Press release",
            "site": "Eastbrook Council",
            "note": "official figures",
        },
    ]
    total = 6 + len(unsupported or [])
    data = {
        "aibot": True,
        "sources": sources,
        "aibot_backend": backend,
        "aibot_model": "gpt-4o-mini" if backend == "openai" else "extractive",
        "aibot_usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
        "aibot_grounding": {
            "supported": 6,
            "total": total,
            "score": 6 / total,
            "unsupported": unsupported or [],
            "worked_out": worked_out or [],
        },
        **(extra or {}),
    }
    lines = [
        f"Title: {title}",
        f"Date: 2024-01-{day:02d} 09:00",
        f"Slug: {slug}",
        f"Category: {category}",
        "Author: AiBot",
        f"Aibot_json: {json.dumps(data)}",
    ]
    if tags:
        lines.append(f"Tags: {tags}")
    if summary:
        lines.append(f"Summary: {summary}")
    return "\n".join(lines) + "\n\n" + body + "\n"


CITED = '<sup class="cite"><a href="#source-{n}">{n}</a></sup>'


def demo_articles() -> dict[str, str]:
    """File name -> Markdown text of the test site's articles."""
    c1, c2 = CITED.format(n=1), CITED.format(n=2)
    return {
        "storm.md": _story(
            "harbor-storm",
            "Storm tears roof off Harbor Road warehouse",
            20,
            f"High winds tore the roof off a warehouse on Harbor Road on Saturday.{c1}\n\n"
            f"The storm cut power to 2,000 homes, the council said.{c2}\n\n"
            "| Area | Homes without power |\n|---|---|\n| Harbor | 1,200 |\n| Old Town | 800 |\n",
            tags="weather, harbor",
            summary="Winds of 90 km/h hit the harbor district overnight.",
            extra={
                "reviewed_by": "Maria Lopez",
                "corrections": [
                    {"date": "2024-01-22", "text": "An earlier version gave 3,000 homes."}
                ],
            },
        ),
        "power.md": _story(
            "power-restored",
            "Power restored to harbor homes after storm",
            21,
            f"Crews restored power to the harbor homes left dark by the storm.{c1} "
            f"Winds had brought down lines near the warehouse on Harbor Road.{c2}",
            tags="weather, harbor",
            backend="openai",
            unsupported=[{"kind": "number", "text": "4,500 crews"}],
            worked_out=[{"text": "a fleet of 100", "how": "88 + 12"}],
        ),
        "election.md": _story(
            "council-election",
            "Council election turnout hits record",
            19,
            f"Voters turned out in record numbers for the council election.{c1} "
            f"Ballots were counted late into the night at the town hall.{c2}",
            tags="politics",
            category="Politics",
        ),
        "mayor.md": _story(
            "mayor-concedes",
            "Mayor concedes council election",
            18,
            f"The mayor conceded the council election after the ballot count.{c1} "
            f"Turnout was the highest on record, the town hall said.{c2}",
            tags="politics",
            category="Politics",
        ),
        "hostile.md": _story(
            "hostile-story",
            HOSTILE_TITLE,
            17,
            f"A harbor storm story with hostile metadata.{c1}",
            tags=f"weather, {HOSTILE_TAG}",
            sources=[
                {
                    "n": 1,
                    "url": "https://example.com/hostile?a=1&b=2",
                    "title": HOSTILE_SOURCE,
                    "site": "<i>site</i>",
                    "note": "<script>alert(4)</script>",
                }
            ],
        ),
        "column.md": (
            "Title: Why the harbor needs a sea wall\n"
            "Date: 2024-01-16 12:00\n"
            "Category: Opinion\n"
            "Author: Jane Editor\n"
            "Tags: harbor\n\n"
            "A column written by a person about the harbor storm and the warehouse roofs. "
            "It has no plugin metadata at all.\n"
        ),
    }


def write_site(root: Path, articles: dict[str, str] | None = None) -> Path:
    """Write the content folder under ``root`` and return it."""
    content = root / "content"
    (content / "pages").mkdir(parents=True, exist_ok=True)
    (content / "sources").mkdir(exist_ok=True)
    for name, text in (articles if articles is not None else demo_articles()).items():
        (content / name).write_text(text, encoding="utf-8")
    (content / "pages" / "about.md").write_text(
        "Title: How this site works\nSlug: about\n\nStories are written by software.\n",
        encoding="utf-8",
    )
    for name in POLICY_FILES:
        page = POLICY_PAGES / name
        if page.exists():
            (content / "pages" / name).write_text(page.read_text("utf-8"), encoding="utf-8")
    (content / "sources" / "avatar.svg").write_text(AVATAR_SVG, encoding="utf-8")
    for slug in ("harbor-storm", "power-restored", "council-election", "mayor-concedes"):
        (content / "sources" / f"{slug}.html").write_text(
            "<!doctype html><title>Press release</title><p>Sample source.</p>",
            encoding="utf-8",
        )
    return content


def build(root: Path, theme: str | Path = THEME, **overrides: Any) -> Path:
    """Build the site under ``root`` with a real Pelican run; return the output folder."""
    content = root / "content"
    if not content.exists():
        write_site(root)
    output = root / "output"
    settings = {
        "PATH": str(content),
        "OUTPUT_PATH": str(output),
        "THEME": str(theme),
        "SITENAME": "The Test Ledger",
        "SITESUBTITLE": "News written by software",
        "SITEURL": "",
        "TIMEZONE": "UTC",
        "DEFAULT_LANG": "en",
        "DEFAULT_DATE_FORMAT": "%B %-d, %Y",
        "AUTHOR": "AiBot",
        "PLUGINS": [sys.modules[__name__]],
        "STATIC_PATHS": ["sources"],
        "ARTICLE_EXCLUDES": ["pages", "sources"],
        "PAGE_EXCLUDES": ["sources"],
        "FEED_ALL_ATOM": "feeds/all.atom.xml",
        "CATEGORY_FEED_ATOM": "feeds/{slug}.atom.xml",
        "TRANSLATION_FEED_ATOM": None,
        "AUTHOR_FEED_ATOM": None,
        "AUTHOR_FEED_RSS": None,
        "DEFAULT_PAGINATION": 4,
        "CACHE_CONTENT": False,
        "LOAD_CONTENT_CACHE": False,
        "AIBOT_DISCLAIMER": DISCLAIMER,
        "AIBOT_AUTHORS": {
            "AiBot": {
                "bio": "AiBot writes stories only from the sources listed under them.",
                "url": "pages/about.html",
                "avatar": "sources/avatar.svg",
            }
        },
        **overrides,
    }
    logging.getLogger("pelican").setLevel(logging.WARNING)
    Pelican(read_settings(override=settings)).run()
    return output


DEMO = REPO / "content"


def build_demo(root: Path, **overrides: Any) -> Path:
    """The demo site's stubs built for real (reader, offline backend, cache under ``root``)."""
    import shutil

    import pelican_aibot

    for folder in ("stories", "sources", "pages"):
        if (DEMO / folder).is_dir():
            shutil.copytree(DEMO / folder, root / "content" / folder)
    settings: dict[str, Any] = {
        "PLUGINS": [pelican_aibot, sys.modules[__name__]],
        "AIBOT_CACHE_PATH": str(root / "cache"),
        "AIBOT_BACKEND": "extractive",
        "AIBOT_AUTHORS": {},
        "ARTICLE_URL": "{date:%Y}/{slug}.html",
        "ARTICLE_SAVE_AS": "{date:%Y}/{slug}.html",
    }
    settings.update(overrides)
    return build(root, **settings)
