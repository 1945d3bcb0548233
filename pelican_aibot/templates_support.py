"""Template helpers: safe JSON-LD, source links, autoescape for our theme, feeds, sitemap.

Pelican's Jinja environment does not autoescape and most themes run titles
through ``striptags``; stub fields are untrusted, so our own theme is rendered
with autoescape on (trusted HTML is marked ``|safe`` in the templates). The
filters here work under any theme, which is what lets another theme include
the ``aibot/*.html`` partials.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader, pass_context
from markupsafe import Markup, escape

from . import theme_path
from .settings import DEFAULTS

logger = logging.getLogger(__name__)


THEME_DIR = Path(theme_path())
# A theme holding this file asks for autoescape and the sitemap direct template.
THEME_MARKER = "aibot-theme.txt"

DIGITAL_SOURCE_TYPES = {
    "openai": "https://schema.org/TrainedAlgorithmicMediaDigitalSource",
    "extractive": "https://schema.org/AlgorithmicMediaDigitalSource",
}
POLICY_PAGES = {
    "publishingPrinciples": "publishing-principles",
    "correctionsPolicy": "corrections-policy",
    "verificationFactCheckingPolicy": "fact-checking-policy",
}

_JSON_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}
_TAG_RE = re.compile(r"<[^>]*>")
_CITE_RE = re.compile(r'<sup class="cite">.*?</sup>', re.S)


def json_script(value: Any) -> Markup:
    """JSON safe to place inside ``<script>``: no ``</script>``, no ``<!--``, no entities."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=False, default=str)
    return Markup(text.translate(_JSON_ESCAPES))


def plain(value: Any) -> str:
    """Text of an HTML fragment (tags dropped, entities decoded): for meta tags and JSON."""
    if value is None:
        return ""
    text = _TAG_RE.sub(" ", _CITE_RE.sub("", str(value)))
    return " ".join(html.unescape(text).split())


def strip_citations(value: Any) -> Markup:
    """HTML without citation marks: for summaries shown away from their sources."""
    return Markup(_CITE_RE.sub("", str(value or "")))


def _siteurl(ctx: Mapping[str, Any]) -> str:
    return str(ctx.get("SITEURL") or "").rstrip("/")


def site_link(siteurl: str, url: str | None) -> str:
    """An absolute link for ``url``; site-relative paths get ``SITEURL/`` in front."""
    url = str(url or "")
    if urlsplit(url).scheme or url.startswith("//") or url.startswith("#"):
        return url
    # Like the templates' "{{ SITEURL }}/{{ url }}": root-relative when SITEURL is empty.
    return f"{str(siteurl or '').rstrip('/')}/{url.lstrip('/')}"


@pass_context
def source_href(ctx: Any, url: str | None) -> str:
    """Link target of a source: URLs as given, local files under ``SITEURL``."""
    return site_link(_siteurl(ctx), url)


def _setting(ctx: Mapping[str, Any], name: str) -> Any:
    return ctx.get(name, DEFAULTS.get(name))


def _page_url(ctx: Mapping[str, Any], slug: str) -> str | None:
    for page in list(ctx.get("pages") or ()) + list(ctx.get("hidden_pages") or ()):
        if getattr(page, "slug", None) == slug:
            return site_link(_siteurl(ctx), page.url)
    return None


@pass_context
def about_url(ctx: Any) -> str:
    """Where the disclaimer links: the About ("how this site works") page."""
    return _page_url(ctx, "about") or site_link(_siteurl(ctx), "pages/about.html")


def _person(name: str, ctx: Mapping[str, Any], bot: bool = False) -> dict[str, Any]:
    info = (_setting(ctx, "AIBOT_AUTHORS") or {}).get(name) or {}
    node: dict[str, Any] = {"@type": "Organization" if bot else "Person", "name": name}
    if info.get("url"):
        node["url"] = site_link(_siteurl(ctx), info["url"])
    if info.get("bio"):
        node["description"] = str(info["bio"])
    return node


def news_article(ctx: Mapping[str, Any], article: Any) -> dict[str, Any]:
    """The schema.org ``NewsArticle`` of an article, as a plain dict."""
    siteurl = _siteurl(ctx)
    url = site_link(siteurl, article.url)
    aibot = bool(getattr(article, "aibot", False))
    author = str(getattr(article, "author", "") or "")
    bot_name = _setting(ctx, "AIBOT_AUTHOR")
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": str(article.title),
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": article.date.isoformat(),
        "dateModified": (getattr(article, "modified", None) or article.date).isoformat(),
    }
    if author:
        data["author"] = _person(author, ctx, bot=aibot and author == bot_name)
    elif aibot:
        data["author"] = _person(str(bot_name), ctx, bot=True)
    else:
        data["author"] = {"@type": "Organization", "name": str(ctx.get("SITENAME") or "")}
    summary = plain(getattr(article, "summary", ""))
    if summary:
        data["description"] = summary
    if getattr(article, "lang", None):
        data["inLanguage"] = article.lang
    if getattr(article, "category", None):
        data["articleSection"] = str(article.category)
    tags = [str(t) for t in getattr(article, "tags", None) or ()]
    if tags:
        data["keywords"] = tags

    data["publisher"] = _publisher(ctx)

    if aibot:
        backend = str(getattr(article, "aibot_backend", "") or "")
        if backend in DIGITAL_SOURCE_TYPES:
            data["digitalSourceType"] = DIGITAL_SOURCE_TYPES[backend]
        data["backstory"] = str(_setting(ctx, "AIBOT_DISCLAIMER"))
    sources = [
        site_link(siteurl, s.get("url")) for s in getattr(article, "sources", None) or () if s
    ]
    if sources:
        data["isBasedOn"] = sources
    reviewer = getattr(article, "reviewed_by", None)
    if reviewer:
        person = _person(str(reviewer), ctx)
        data["mainEntityOfPage"]["reviewedBy"] = person
        data["editor"] = person
    corrections = getattr(article, "corrections", None) or ()
    if corrections:
        data["correction"] = [
            {
                "@type": "CorrectionComment",
                "text": str(c.get("text") or ""),
                **({"datePublished": str(c["date"])} if c.get("date") else {}),
            }
            for c in corrections
        ]
    return data


def _publisher(ctx: Mapping[str, Any]) -> dict[str, Any]:
    siteurl = _siteurl(ctx)
    publisher: dict[str, Any] = {"@type": "Organization", "name": str(ctx.get("SITENAME") or "")}
    if siteurl:
        publisher["url"] = siteurl + "/"
    for prop, slug in POLICY_PAGES.items():
        page_url = _page_url(ctx, slug)
        if page_url:
            publisher[prop] = page_url
    return publisher


@pass_context
def site_jsonld(ctx: Any) -> Markup:
    """``<script>``-safe JSON-LD ``WebSite`` with its publisher and their policies."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": str(ctx.get("SITENAME") or ""),
        "publisher": _publisher(ctx),
    }
    if _siteurl(ctx):
        data["url"] = _siteurl(ctx) + "/"
    if ctx.get("SITESUBTITLE"):
        data["description"] = str(ctx["SITESUBTITLE"])
    return json_script(data)


@pass_context
def news_jsonld(ctx: Any, article: Any) -> Markup:
    """``<script>``-safe JSON-LD ``NewsArticle`` for ``article``."""
    return json_script(news_article(ctx, article))


@pass_context
def grounding_line(ctx: Any, grounding: Mapping[str, Any] | None) -> str:
    """'14 of 14 checkable facts found in the sources' (plain text)."""
    if not grounding:
        return ""
    supported = int(grounding.get("supported") or 0)
    total = int(grounding.get("total") or 0)
    noun = "fact" if total == 1 else "facts"
    line = f"{supported} of {total} checkable {noun} found in the sources"
    if grounding.get("verified"):
        line += f", {len(grounding['verified'])} more checked by an editor"
    return line


FILTERS = {
    "aibot_json": json_script,
    "aibot_plain": plain,
    "aibot_strip_citations": strip_citations,
    "aibot_source_href": source_href,
    "aibot_news_jsonld": news_jsonld,
    "aibot_grounding_line": grounding_line,
}
GLOBALS = {"aibot_about_url": about_url, "aibot_site_jsonld": site_jsonld}


def is_aibot_theme(theme: str | Path | None) -> bool:
    """True when ``theme`` is ours (or declares itself compatible with the marker file)."""
    return bool(theme) and (Path(str(theme)) / THEME_MARKER).is_file()


def _on_initialized(pelican: Any) -> None:
    settings = pelican.settings
    if not is_aibot_theme(settings.get("THEME")):
        return
    direct = list(settings.get("DIRECT_TEMPLATES") or ())
    settings["DIRECT_TEMPLATES"] = direct + [t for t in ("sitemap", "404") if t not in direct]
    settings.setdefault("SITEMAP_SAVE_AS", "sitemap.xml")
    settings.setdefault("404_SAVE_AS", "404.html")


def _on_generator_init(generator: Any) -> None:
    # Any theme can {% include "aibot/sources.html" %}; its own copy, if any, wins.
    partials = FileSystemLoader(str(THEME_DIR / "templates" / "aibot"))
    generator.env.loader = ChoiceLoader([generator.env.loader, PrefixLoader({"aibot": partials})])
    generator.env.filters.update(FILTERS)
    for name, value in GLOBALS.items():
        generator.env.globals.setdefault(name, value)
    generator.env.globals.setdefault("AIBOT_DISCLAIMER", DEFAULTS["AIBOT_DISCLAIMER"])
    generator.env.globals.setdefault("AIBOT_AUTHOR", DEFAULTS["AIBOT_AUTHOR"])
    generator.env.globals.setdefault("AIBOT_AUTHORS", DEFAULTS["AIBOT_AUTHORS"])
    if is_aibot_theme(generator.theme):
        generator.env.autoescape = True


def _feed_extra(ctx: Mapping[str, Any], article: Any, link: str) -> str:
    """Disclaimer and source list appended to a generated story's feed entry."""
    parts = [
        '<aside class="ai-disclaimer"><p>',
        str(escape(_setting(ctx, "AIBOT_DISCLAIMER"))),
        f' <a href="{escape(about_url(ctx))}">How this site works</a></p></aside>',
    ]
    sources = getattr(article, "sources", None) or ()
    if sources:
        parts.append('<section class="sources"><h2>Sources</h2><ol>')
        for s in sources:
            href = escape(site_link(_siteurl(ctx), s.get("url")))
            label = escape(s.get("title") or s.get("url") or "")
            site = f" ({escape(s['site'])})" if s.get("site") else ""
            parts.append(f'<li><a href="{href}">{label}</a>{site}</li>')
        parts.append("</ol></section>")
    return "".join(parts)


def _on_feed_generated(context: Mapping[str, Any], feed: Any) -> None:
    by_url: dict[str, Any] = {}
    for key in ("articles", "translations"):
        for article in context.get(key) or ():
            if getattr(article, "aibot", False):
                by_url[str(article.url)] = article
    if not by_url:
        return
    for item in feed.items:
        link = str(item.get("link") or "").split("?", 1)[0]
        parts = link.split("/")
        article = next(
            (by_url[k] for k in ("/".join(parts[i:]) for i in range(len(parts))) if k in by_url),
            None,
        )
        if article is None:
            continue
        # Pelican strips "tags" from titles; a stub title is plain text, keep all of it.
        item["title"] = str(article.title)
        field = "content" if item.get("content") is not None else "description"
        body = str(item.get(field) or "").replace('href="#source-', f'href="{link}#source-')
        item[field] = body + _feed_extra(context, article, link)


def register_signals() -> None:
    """Connect the template helpers, our theme's settings and the feed disclaimer."""
    from pelican import signals

    signals.initialized.connect(_on_initialized)
    signals.generator_init.connect(_on_generator_init)
    signals.feed_generated.connect(_on_feed_generated)
