"""The news theme, built by real Pelican runs and read back as a browser would (html5lib)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import html5lib
import pytest

from pelican_aibot.templates_support import json_script, news_article, site_link

from . import _theme_site as site

NS = {"h": "http://www.w3.org/1999/xhtml"}
ATOM = "{http://www.w3.org/2005/Atom}"
STORIES = ["harbor-storm", "power-restored", "council-election", "mayor-concedes", "hostile-story"]


def parse(path: Path):
    return html5lib.parse(path.read_bytes(), namespaceHTMLElements=False)


def text_of(el) -> str:
    return " ".join("".join(el.itertext()).split())


def by_class(root, tag: str, cls: str) -> list:
    return [e for e in root.iter(tag) if cls in (e.get("class") or "").split()]


def jsonld(root) -> dict:
    blocks = [s for s in root.iter("script") if s.get("type") == "application/ld+json"]
    assert len(blocks) == 1
    return json.loads(blocks[0].text)


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("site")
    site.write_site(root)
    # A story with an update, for the "Updated" line.
    storm = root / "content" / "storm.md"
    storm.write_text(
        storm.read_text().replace("Slug:", "Modified: 2024-01-22 10:00\nSlug:"), "utf-8"
    )
    return site.build(root, SITEURL="https://news.example")


def test_every_story_has_the_contract_hooks(out: Path) -> None:
    for slug in STORIES:
        root = parse(out / f"{slug}.html")
        boxes = [a for a in root.iter("aside") if "author-box" in (a.get("class") or "")]
        assert len(boxes) == 1, slug
        disclaimer = by_class(root, "p", "ai-disclaimer")
        assert len(disclaimer) == 1 and site.DISCLAIMER in text_of(disclaimer[0]), slug
        about = disclaimer[0].find("a")
        assert about is not None and about.get("href").endswith("/pages/about.html")
        sources = by_class(root, "section", "sources")
        assert len(sources) == 1, slug
        links = [a for a in sources[0].iter("a") if a.get("id")]
        assert [a.get("id") for a in links] == [f"source-{n}" for n in range(1, len(links) + 1)]
        ids = {a.get("id") for a in links}
        cites = [a.get("href") for sup in by_class(root, "sup", "cite") for a in sup.iter("a")]
        assert cites and all(h.startswith("#") and h[1:] in ids for h in cites), slug
        related = by_class(root, "nav", "related-posts")
        assert len(related) == 1 and related[0].findall(".//a"), slug
        assert jsonld(root)["@type"] == "NewsArticle"


def test_story_page_details(out: Path) -> None:
    root = parse(out / "harbor-storm.html")
    byline = text_of(by_class(root, "div", "byline")[0])
    assert "By AiBot" in byline and "January 20, 2024" in byline
    assert "Updated January 22, 2024" in byline
    assert "Reviewed by Maria Lopez" in byline
    corrections = by_class(root, "aside", "corrections")
    assert "An earlier version gave 3,000 homes." in text_of(corrections[0])
    # Corrections come before the body; the body keeps its table.
    order = [e.get("class") for e in root.iter() if e.get("class") in ("corrections", "story-body")]
    assert order == ["corrections", "story-body"]
    assert by_class(root, "div", "story-body")[0].find(".//table") is not None
    assert text_of(by_class(root, "div", "dek")[0]).startswith("Winds of 90 km/h")
    fact = text_of(by_class(root, "div", "fact-check")[0])
    assert "6 of 6 checkable facts found in the sources" in fact
    source_links = [a for a in by_class(root, "section", "sources")[0].iter("a")]
    assert source_links[0].get("href") == "https://example.com/harbor-storm"
    assert source_links[1].get("href") == "https://news.example/sources/harbor-storm.html"
    assert "official figures" in text_of(by_class(root, "section", "sources")[0])
    box = by_class(root, "aside", "author-box")[0]
    assert "AiBot writes stories only from the sources" in text_of(box)
    assert box.find(".//img").get("src") == "https://news.example/sources/avatar.svg"
    assert box.find(".//a").get("href") == "https://news.example/pages/about.html"
    tags = [a.get("href") for a in root.iter("a") if a.get("rel") == "tag"]
    assert "https://news.example/tag/weather.html" in tags
    related = [a.get("href") for a in by_class(root, "nav", "related-posts")[0].iter("a")]
    assert related[0] == "https://news.example/power-restored.html"


def test_unsupported_facts_are_listed(out: Path) -> None:
    root = parse(out / "power-restored.html")
    fact = by_class(root, "div", "fact-check")[0]
    assert "fact-check-warn" in fact.get("class")
    assert "6 of 7 checkable facts found in the sources" in text_of(fact)
    assert "4,500 crews" in text_of(fact)
    (worked,) = by_class(fact, "ul", "worked-out")
    assert "a fleet of 100 (88 + 12)" in " ".join(text_of(worked).split())


def test_jsonld_news_article(out: Path) -> None:
    data = jsonld(parse(out / "harbor-storm.html"))
    assert data["headline"] == "Storm tears roof off Harbor Road warehouse"
    assert data["datePublished"].startswith("2024-01-20T09:00")
    assert data["dateModified"].startswith("2024-01-22T10:00")
    assert data["author"]["name"] == "AiBot"
    assert data["isBasedOn"] == [
        "https://example.com/harbor-storm",
        "https://news.example/sources/harbor-storm.html",
    ]
    assert data["digitalSourceType"] == "https://schema.org/AlgorithmicMediaDigitalSource"
    pub = data["publisher"]
    assert pub["name"] == "The Test Ledger"
    assert pub["publishingPrinciples"] == "https://news.example/pages/publishing-principles.html"
    assert pub["correctionsPolicy"] == "https://news.example/pages/corrections-policy.html"
    assert pub["verificationFactCheckingPolicy"].endswith("/pages/fact-checking-policy.html")
    assert data["correction"] == [
        {
            "@type": "CorrectionComment",
            "text": "An earlier version gave 3,000 homes.",
            "datePublished": "2024-01-22",
        }
    ]
    assert data["mainEntityOfPage"]["reviewedBy"]["name"] == "Maria Lopez"
    assert data["editor"]["name"] == "Maria Lopez"
    openai = jsonld(parse(out / "power-restored.html"))
    assert openai["digitalSourceType"] == "https://schema.org/TrainedAlgorithmicMediaDigitalSource"
    assert "correction" not in openai and "editor" not in openai


def test_opengraph_twitter_and_canonical(out: Path) -> None:
    root = parse(out / "harbor-storm.html")
    meta = {m.get("property") or m.get("name"): m.get("content") for m in root.iter("meta")}
    assert meta["og:type"] == "article"
    assert meta["og:title"] == "Storm tears roof off Harbor Road warehouse"
    assert meta["og:url"] == "https://news.example/harbor-storm.html"
    assert meta["og:description"] == "Winds of 90 km/h hit the harbor district overnight."
    assert meta["twitter:card"] == "summary"
    canonical = [link for link in root.iter("link") if link.get("rel") == "canonical"]
    assert canonical[0].get("href") == "https://news.example/harbor-storm.html"


def test_hostile_text_is_inert_everywhere(out: Path) -> None:
    pages = sorted(out.rglob("*.html"))
    assert len(pages) > 15
    for page in pages:
        if page.parent.name == "sources":
            continue
        root = parse(page)
        for el in root.iter():
            handlers = [k for k in el.attrib if k.lower().startswith("on")]
            assert not handlers, (page, el.tag, handlers)
            if el.tag == "img":
                assert el.get("src") != "x", page
            if el.tag == "script":
                assert el.get("type") == "application/ld+json", page
            if el.tag in ("b", "i"):
                raise AssertionError(f"markup from a source title leaked into {page}")
    root = parse(out / "hostile-story.html")
    assert text_of(root.find(".//h1")) == site.HOSTILE_TITLE
    assert site.HOSTILE_TITLE in text_of(root.find(".//title"))
    data = jsonld(root)
    assert data["headline"] == site.HOSTILE_TITLE
    raw = (out / "hostile-story.html").read_text()
    block = raw.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block and ">" not in block and "&" not in block
    sources = text_of(by_class(root, "section", "sources")[0])
    assert "</script><script>alert(3)</script>" in sources and "<i>site</i>" in sources
    assert root.find(".//section[@class='sources']//a").get("href") == (
        "https://example.com/hostile?a=1&b=2"
    )


def test_plain_markdown_article_renders_without_plugin_metadata(out: Path) -> None:
    root = parse(out / "why-the-harbor-needs-a-sea-wall.html")
    assert text_of(root.find(".//h1")) == "Why the harbor needs a sea wall"
    assert not by_class(root, "p", "ai-disclaimer")
    assert not by_class(root, "section", "sources")
    box = by_class(root, "aside", "author-box")[0]
    assert "Jane Editor writes for The Test Ledger." in text_of(box)
    assert box.find(".//a").get("href") == "https://news.example/author/jane-editor.html"
    assert by_class(root, "nav", "related-posts")  # plain articles are related too
    data = jsonld(root)
    assert data["author"] == {"@type": "Person", "name": "Jane Editor"}
    assert "digitalSourceType" not in data and "isBasedOn" not in data


def test_listing_pages_and_pagination(out: Path) -> None:
    index = parse(out / "index.html")
    cards = by_class(index, "article", "card")
    assert len(cards) == 4
    assert not list(index.iter("sup")), "citations do not belong in summaries"
    assert by_class(index, "nav", "pagination")[0].find(".//a").get("href").endswith("index2.html")
    assert len(by_class(parse(out / "index2.html"), "article", "card")) == 2
    for name in (
        "tags.html",
        "categories.html",
        "authors.html",
        "archives.html",
        "tag/weather.html",
        "category/politics.html",
        "author/jane-editor.html",
        "pages/corrections-policy.html",
        "404.html",
    ):
        root = parse(out / name)
        assert root.find(".//main//h1") is not None, name


def test_feed_has_full_content_disclaimer_and_sources(out: Path) -> None:
    feed = ET.parse(out / "feeds" / "all.atom.xml").getroot()
    entries = {e.find(f"{ATOM}title").text: e for e in feed.iter(f"{ATOM}entry")}
    storm = entries["Storm tears roof off Harbor Road warehouse"]
    content = storm.find(f"{ATOM}content").text
    assert "The storm cut power to 2,000 homes" in content
    assert site.DISCLAIMER in content and 'class="ai-disclaimer"' in content
    assert 'href="https://example.com/harbor-storm"' in content
    assert 'href="https://news.example/harbor-storm.html#source-1"' in content
    column = entries["Why the harbor needs a sea wall"].find(f"{ATOM}content").text
    assert "ai-disclaimer" not in column
    hostile = entries[site.HOSTILE_TITLE].find(f"{ATOM}content").text
    assert "<script>" not in hostile and "&lt;/script&gt;" in hostile


def test_sitemap_lists_every_story_and_page(out: Path) -> None:
    root = ET.parse(out / "sitemap.xml").getroot()
    locs = {e.text for e in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    for slug in STORIES:
        assert f"https://news.example/{slug}.html" in locs
    assert "https://news.example/pages/fact-checking-policy.html" in locs
    assert "https://news.example/" in locs


def test_self_contained_and_csp_friendly(out: Path) -> None:
    css = (out / "theme" / "css" / "style.css").read_text()
    assert "@import" not in css and "url(" not in css
    assert "prefers-color-scheme: dark" in css and "@media print" in css
    for page in out.rglob("*.html"):
        if page.parent.name == "sources":
            continue
        raw = page.read_text()
        assert "style=" not in raw, page
        for m in re.finditer(r'<(?:link|script|img)\b[^>]*(?:href|src)="([^"]+)"', raw):
            url = m.group(1)
            assert not url.startswith("//")
            assert not url.startswith("http") or url.startswith("https://news.example/"), url


def test_helpers() -> None:
    assert str(json_script({"a": "</script><!--&\u2028"})) == (
        '{"a": "\\u003c/script\\u003e\\u003c!--\\u0026\\u2028"}'
    )
    assert site_link("https://x.example/", "sources/a.html") == "https://x.example/sources/a.html"
    assert site_link("", "sources/a.html") == "/sources/a.html"
    assert site_link("..", "sources/a.html") == "../sources/a.html"
    assert site_link("https://x.example", "https://y.example/a") == "https://y.example/a"
    assert callable(news_article)


@pytest.mark.parametrize("theme", ["notmyidea", "simple"])
def test_pelican_themes_still_build(tmp_path: Path, theme: str) -> None:
    out = site.build(tmp_path, theme=theme)
    page = (out / "harbor-storm.html").read_text()
    assert "High winds tore the roof off" in page


def test_partials_can_be_included_by_another_theme(tmp_path: Path) -> None:
    """The recipe of docs/other-themes.md: extend notmyidea's article and include partials."""
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    (overrides / "article.html").write_text(
        '{% extends "!theme/article.html" %}\n'
        "{% block content %}{{ super() }}\n"
        '{% include "aibot/disclaimer.html" %}{% include "aibot/sources.html" %}\n'
        '{% include "aibot/author_box.html" %}{% include "aibot/related.html" %}\n'
        "{% endblock %}\n"
        '{% block head %}{{ super() }}{% include "aibot/jsonld.html" %}{% endblock %}\n',
        "utf-8",
    )
    out = site.build(
        tmp_path,
        theme="notmyidea",
        THEME_TEMPLATES_OVERRIDES=[str(overrides)],
    )
    root = parse(out / "hostile-story.html")
    assert by_class(root, "aside", "author-box") and by_class(root, "p", "ai-disclaimer")
    assert by_class(root, "nav", "related-posts")
    sources = by_class(root, "section", "sources")[0]
    assert sources.find(".//a").get("id") == "source-1"
    assert "</script><script>alert(3)</script>" in text_of(sources)
    assert jsonld(root)["headline"] == site.HOSTILE_TITLE


def test_index_has_website_jsonld_with_policies(out: Path) -> None:
    data = jsonld(parse(out / "index.html"))
    assert data["@type"] == "WebSite" and data["url"] == "https://news.example/"
    assert data["publisher"]["correctionsPolicy"].endswith("/pages/corrections-policy.html")
    assert not [s for s in parse(out / "tags.html").iter("script")]


def test_news_article_without_author_or_summary() -> None:
    from datetime import datetime
    from types import SimpleNamespace

    article = SimpleNamespace(
        title="A <b>plain</b> story", url="a.html", date=datetime(2024, 1, 1), lang="en"
    )
    data = news_article({"SITENAME": "Site", "SITEURL": ""}, article)
    assert data["author"] == {"@type": "Organization", "name": "Site"}
    assert data["headline"] == "A <b>plain</b> story"
    assert data["publisher"] == {"@type": "Organization", "name": "Site"}
    assert "description" not in data and "digitalSourceType" not in data
    bot = SimpleNamespace(**vars(article), aibot=True, aibot_backend="openai")
    data = news_article({"SITENAME": "Site", "AIBOT_AUTHOR": "Bot"}, bot)
    assert data["author"] == {"@type": "Organization", "name": "Bot"}
    assert data["digitalSourceType"].endswith("/TrainedAlgorithmicMediaDigitalSource")


DEMO = site.REPO / "content"


@pytest.fixture(scope="module")
def stub_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo site's stubs, built for real: reader, offline backend, cache in a temp dir."""
    if not list((DEMO / "stories").glob("*.yaml")):
        pytest.skip("the demo site has no stubs yet")
    return site.build_demo(tmp_path_factory.mktemp("stub-site"))


def test_real_stub_stories_carry_every_hook(stub_out: Path) -> None:
    pages = [p for p in stub_out.glob("*/*.html") if "ai-disclaimer" in p.read_text()]
    assert len(pages) >= len(list((DEMO / "stories").glob("*.yaml"))) - 1
    for page in pages:
        root = parse(page)
        assert len(by_class(root, "aside", "author-box")) == 1, page
        assert site.DISCLAIMER in text_of(by_class(root, "p", "ai-disclaimer")[0])
        links = [a for a in by_class(root, "section", "sources")[0].iter("a") if a.get("id")]
        ids = [a.get("id") for a in links]
        assert ids == [f"source-{n}" for n in range(1, len(ids) + 1)], page
        cites = {a.get("href")[1:] for s in by_class(root, "sup", "cite") for a in s.iter("a")}
        assert cites and cites <= set(ids), page
        assert by_class(root, "nav", "related-posts")[0].findall(".//a"), page
        assert by_class(root, "div", "fact-check"), page
        data = jsonld(root)
        assert data["digitalSourceType"] == "https://schema.org/AlgorithmicMediaDigitalSource"
        assert len(data["isBasedOn"]) == len(ids)
        for a in links:  # local-file sources are published next to the stories
            href = a.get("href")
            assert href.startswith("http") or (stub_out / href.lstrip("/")).is_file(), href


def test_relative_urls_site_works_from_disk(tmp_path: Path) -> None:
    """With RELATIVE_URLS every local link, stylesheet and source resolves to a file."""
    out = site.build(
        tmp_path,
        RELATIVE_URLS=True,
        ARTICLE_URL="{date:%Y}/{slug}.html",
        ARTICLE_SAVE_AS="{date:%Y}/{slug}.html",
    )
    checked = 0
    for page in [out / "2024" / "harbor-storm.html", out / "index.html", out / "tags.html"]:
        root = parse(page)
        for el in root.iter():
            ref = el.get("href") if el.tag in ("a", "link") else el.get("src")
            if not ref or ref.startswith(("http", "#", "mailto:")):
                continue
            target = (page.parent / ref.split("#")[0]).resolve()
            assert target.is_file() or (target / "index.html").is_file(), (page, ref)
            checked += 1
    assert checked > 30


@pytest.mark.parametrize("theme", ["notmyidea", "simple"])
def test_pelican_themes_build_real_stubs_with_the_plugin(tmp_path: Path, theme: str) -> None:
    if not list((DEMO / "stories").glob("*.yaml")):
        pytest.skip("the demo site has no stubs yet")
    out = site.build_demo(tmp_path, THEME=theme)
    stories = list(out.glob("20[0-9][0-9]/*.html"))
    assert stories
    for page in stories:
        assert by_class(parse(page), "sup", "cite"), page


def test_same_site_builds_byte_for_byte_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Related stories, JSON-LD and feeds do not depend on set/dict hash order."""
    import subprocess
    import sys

    outputs = []
    for seed in ("1", "2"):
        root = tmp_path / f"seed{seed}"
        root.mkdir()
        code = (
            "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]);"
            "from tests import _theme_site as s; s.build(Path(sys.argv[2]))"
        )
        env = {"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}
        subprocess.run([sys.executable, "-c", code, str(site.REPO), str(root)], env=env, check=True)
        out = root / "output"
        outputs.append({p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()})
    assert outputs[0].keys() == outputs[1].keys()
    different = [str(k) for k in outputs[0] if outputs[0][k] != outputs[1][k]]
    assert different == []
