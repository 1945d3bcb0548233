"""The built site in headless Chromium: layouts, citations, console, accessibility.

Served on 127.0.0.1 with a strict Content-Security-Policy, so an inline script,
handler or style, or anything loaded from elsewhere, shows up as a console error.
Screenshots go to test-artifacts/ (look at them).
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from . import _theme_site as site

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = site.REPO / "test-artifacts"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'none'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
PAGES = ["index.html", "harbor-storm.html", "power-restored.html", "hostile-story.html"]
OTHER_PAGES = [
    "index2.html",
    "why-the-harbor-needs-a-sea-wall.html",
    "pages/publishing-principles.html",
    "category/politics.html",
    "tags.html",
    "archives.html",
    "404.html",
]
WIDTHS = [375, 1280]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"
    ),
]


class _Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", CSP)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def _serve(out: Path) -> Iterator[str]:
    handler = functools.partial(_Handler, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        thread.join()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The test site: hostile metadata, corrections, unsupported facts, plain articles."""
    yield from _serve(site.build(tmp_path_factory.mktemp("browser-site")))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[str]]]:
    """The demo site's real stubs, built by the plugin; yields its URL and story paths."""
    if not list((site.DEMO / "stories").glob("*.yaml")):
        pytest.skip("the demo site has no stubs yet")
    # In a thread: the plugin's pre-pass runs asyncio, and Playwright's sync API
    # already has an event loop running in this one.
    with ThreadPoolExecutor(1) as pool:
        out = pool.submit(site.build_demo, tmp_path_factory.mktemp("browser-demo")).result()
    stories = sorted(str(p.relative_to(out)) for p in out.glob("20[0-9][0-9]/*.html"))
    for url in _serve(out):
        yield url, stories


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


def _open(browser, base_url: str, path: str, width: int, scheme: str = "light"):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on(
        "request",
        lambda r: (
            problems.append(f"off-site request {r.url}") if not r.url.startswith(base_url) else None
        ),
    )
    page.goto(f"{base_url}/{path}", wait_until="load")
    return context, page, problems


CASES = [(p, w, "light") for p in PAGES for w in WIDTHS]
CASES += [(p, w, "dark") for p in PAGES[:2] for w in WIDTHS]
CASES += [(p, 375, "light") for p in OTHER_PAGES]


@pytest.mark.parametrize(("path", "width", "scheme"), CASES)
def test_page_renders_clean_and_accessible(browser, base_url, path, width, scheme) -> None:
    from axe_playwright_python.sync_playwright import Axe

    context, page, problems = _open(browser, base_url, path, width, scheme)
    try:
        ARTIFACTS.mkdir(exist_ok=True)
        name = path.removesuffix(".html").replace("/", "-")
        page.screenshot(path=str(ARTIFACTS / f"{name}-{width}-{scheme}.png"), full_page=True)
        assert problems == []
        overflow = page.evaluate("document.documentElement.scrollWidth")
        assert overflow <= width, f"horizontal scroll at {width}px: {overflow}px wide"
        results = Axe().run(page)
        bad = [
            f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
            for v in results.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert bad == []
    finally:
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_citations_land_on_their_sources(browser, base_url, width) -> None:
    context, page, problems = _open(browser, base_url, "harbor-storm.html", width)
    try:
        cites = page.locator("sup.cite a")
        assert cites.count() >= 2
        for i in range(cites.count()):
            link = cites.nth(i)
            target = link.get_attribute("href")
            link.click()
            page.wait_for_function("h => location.hash === h", arg=target)
            source = page.locator(target)
            assert source.evaluate("el => el.matches(':target')")
            assert source.evaluate("el => el.closest('section.sources') !== null")
            # Scrolling is smooth (unless the reader asks for reduced motion): wait for it.
            page.wait_for_function(
                "id => { const r = document.getElementById(id).getBoundingClientRect();"
                " return r.top >= 0 && r.bottom <= window.innerHeight; }",
                arg=target[1:],
            )
        page.screenshot(path=str(ARTIFACTS / f"citation-target-{width}.png"))
        assert problems == []
    finally:
        context.close()


def test_disclaimer_is_visible_and_links_to_about(browser, base_url) -> None:
    context, page, _ = _open(browser, base_url, "harbor-storm.html", 375)
    try:
        disclaimer = page.locator(".ai-disclaimer")
        assert disclaimer.is_visible()
        assert site.DISCLAIMER in disclaimer.inner_text()
        disclaimer.locator("a").click()
        page.wait_for_url("**/pages/about.html")
        assert page.locator("h1").inner_text() == "How this site works"
    finally:
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_demo_site_stories(browser, demo, width) -> None:
    """Every story of the demo site: clean console, accessible, citations land on sources."""
    from axe_playwright_python.sync_playwright import Axe

    url, stories = demo
    assert stories
    for path in ["index.html", *stories]:
        context, page, problems = _open(browser, url, path, width)
        try:
            name = "demo-" + path.removesuffix(".html").replace("/", "-")
            page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
            assert page.evaluate("document.documentElement.scrollWidth") <= width, path
            violations = Axe().run(page).response["violations"]
            bad = [v["id"] for v in violations if v["impact"] in ("serious", "critical")]
            assert bad == [], (path, bad)
            if path != "index.html":
                assert page.locator("nav.related-posts a").count() >= 1, path
                cite = page.locator("sup.cite a").last
                target = cite.get_attribute("href")
                cite.click()
                page.wait_for_function("h => location.hash === h", arg=target)
                assert page.locator(target).evaluate("el => el.matches('section.sources a')")
            assert problems == [], path
        finally:
            context.close()


def test_print_shows_the_story_and_source_addresses(browser, base_url) -> None:
    context, page, problems = _open(browser, base_url, "harbor-storm.html", 1280)
    try:
        page.emulate_media(media="print")
        assert not page.locator(".site-nav").is_visible()
        assert not page.locator(".related-posts").is_visible()
        assert page.locator(".ai-disclaimer").is_visible()
        after = page.locator("#source-1").evaluate("el => getComputedStyle(el, '::after').content")
        assert "https://example.com/harbor-storm" in after
        page.pdf(path=str(ARTIFACTS / "harbor-storm-print.pdf"))
        assert problems == []
    finally:
        context.close()
