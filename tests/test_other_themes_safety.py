"""Stub text from pull requests cannot inject HTML under Pelican's own themes either,
although they render without autoescape (see pelican_aibot/defang.py)."""

from __future__ import annotations

import html5lib
import pytest

from pelican_aibot.defang import defang
from tests._site import build, make_site, stub_yaml, yaml_quote
from tests.test_build import STORM_A

HOSTILE = [
    '<img src=x onerror="alert(1)">',
    'x" onmouseover="alert(2)',
    "&lt;script&gt;alert(3)&lt;/script&gt;",
]


def test_defang_keeps_ordinary_headlines_and_neutralises_markup():
    assert defang("Storm hits AT&T tower, 3 hurt") == "Storm hits AT&T tower, 3 hurt"
    assert defang('Mayor: "We will rebuild"') == "Mayor: \u201cWe will rebuild\u201d"
    assert defang("<b>x</b>") == "\u2039b\u203ax\u2039/b\u203a"
    assert "&lt;" not in defang("&lt;script&gt;") and "<" not in defang("&lt;")


@pytest.mark.parametrize("theme", ["notmyidea", "simple"])
def test_hostile_stub_text_is_inert_under_pelicans_themes(tmp_path, theme):
    stubs = {
        f"s{i}.yaml": stub_yaml(
            title,
            "2026-01-20",
            ["path:../sources/a.html"],
            slug=f"story-{i}",
            tags=f"[{yaml_quote(title)}]",
            category=yaml_quote(title),
            author=yaml_quote(title),
        )
        for i, title in enumerate(HOSTILE)
    }
    site = make_site(tmp_path, stubs, files={"sources/a.html": STORM_A}, settings={"THEME": theme})
    result = build(site)
    assert result.returncode == 0, result.stdout + result.stderr
    pages = sorted((site / "output").rglob("*.html"))
    assert (site / "output" / "story-0.html") in pages
    for page in pages:
        tree = html5lib.parse(page.read_text(encoding="utf-8"), namespaceHTMLElements=False)
        for element in tree.iter():
            assert element.tag != "img", page
            if element.tag == "script":
                assert element.get("type") == "application/ld+json", page
            for name in element.attrib:
                assert not name.lower().startswith("on"), (page, element.tag, name)
    story = (site / "output" / "story-0.html").read_text(encoding="utf-8")
    assert "\u2039img src=x onerror=" in story  # still readable, no longer markup
