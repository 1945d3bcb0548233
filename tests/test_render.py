"""Rendering: citations become contract-4 links; hostile model output never survives."""

from __future__ import annotations

import html5lib

from pelican_aibot.render import plain_text, render_body

URLS = ["https://news.example.com/a", "https://radio.example.org/b"]


def parse(fragment: str):
    return html5lib.parseFragment(fragment, namespaceHTMLElements=False)


def test_citations_link_to_numbered_sources():
    out = render_body("Roof torn off [1]. Power cut for 300 homes [1, 2].", URLS)
    tree = parse(out)
    links = [a.get("href") for a in tree.iter("a")]
    assert links == ["#source-1", "#source-1", "#source-2"]
    sups = list(tree.iter("sup"))
    assert all(s.get("class") == "cite" for s in sups)
    assert '<sup class="cite"><a href="#source-2">2</a></sup>' in out


def test_citation_to_a_missing_source_is_dropped():
    out = render_body("Invented [7].", URLS)
    assert "source-7" not in out and "[7]" not in out


def test_hostile_markup_is_removed():
    body = (
        "Text <script>alert(1)</script> <img src=x onerror=alert(2)> "
        '<a href="javascript:alert(3)">x</a> <iframe src="https://evil.example"></iframe> '
        '<p style="color:red" onclick="alert(4)">styled</p> <form><input></form> '
        "[link](https://evil.example/phish) [ok](https://news.example.com/a)"
    )
    out = render_body(body, URLS)
    tree = parse(out)
    for element in tree.iter():
        assert element.tag not in {"script", "img", "iframe", "form", "input", "style"}
        for attribute in element.attrib:
            assert not attribute.startswith("on") and attribute != "style"
    hrefs = {a.get("href") for a in tree.iter("a") if a.get("href")}
    assert hrefs == {"https://news.example.com/a"}
    assert "alert" not in out


def test_markdown_tables_and_lists_survive():
    out = render_body("| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n- two", URLS)
    assert "<table>" in out and "<li>one</li>" in out


def test_plain_text_drops_tags_and_folds_space():
    assert plain_text("<b>Storm</b>\n hits   <script>x()</script>town &amp; port") == (
        "Storm hits town & port"
    )
