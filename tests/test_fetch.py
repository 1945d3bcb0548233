"""fetch_all against a real HTTP server on 127.0.0.1.

Refused hosts are resolved by stub resolvers, and ``loopback_only`` fails the
test on any connect or name lookup beyond loopback: nothing leaves the machine.
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from pelican_aibot import __version__
from pelican_aibot.errors import BlockedHostError, FetchError
from pelican_aibot.fetch import FetchedPage, fetch_all, parse_retry_after
from pelican_aibot.settings import AibotSettings
from tests.newsserver import PAGES, NewsServer, Reply

pytestmark = pytest.mark.usefixtures("loopback_only")

SETTINGS = AibotSettings(allowed_private_hosts=("127.0.0.1",), fetch_timeout=5.0)
FAST = 0.01  # first retry delay for tests, seconds


def fetch(urls, settings=SETTINGS, **kwargs):
    kwargs.setdefault("backoff", FAST)
    return asyncio.run(fetch_all(urls, settings, **kwargs))


def fetch_one(url, settings=SETTINGS, **kwargs):
    return fetch([url], settings, **kwargs)[url]


def no_dns(table: dict[str, list[str]] | None = None, calls: list[str] | None = None):
    """A resolver answering from ``table``; anything else does not exist."""

    async def resolve(host: str, port: int) -> list[str]:
        if calls is not None:
            calls.append(host)
        if table and host in table:
            return table[host]
        raise OSError(f"{host} is not in the test's table")

    return resolve


# -- success ---------------------------------------------------------------


def test_fetches_a_news_page(news_server: NewsServer) -> None:
    url = news_server.add_page("/news/2024/01/20/harbor-road-storm", "eastbrook-storm.html")
    page = fetch_one(url)
    body = (PAGES / "eastbrook-storm.html").read_bytes()
    assert isinstance(page, FetchedPage)
    assert page.url == page.final_url == url
    assert page.status_code == 200
    assert page.content_type == "text/html"
    assert page.charset == "utf-8"
    assert page.body == body
    assert page.sha256 == hashlib.sha256(body).hexdigest()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", page.fetched_at)


def test_sends_a_user_agent_naming_the_project(news_server: NewsServer) -> None:
    fetch_one(news_server.add("/a", "<p>a</p>"))
    headers = news_server.requests[0].headers
    assert headers["User-Agent"].startswith(f"pelican-aibot/{__version__} (+https://")
    assert "text/html" in headers["Accept"]


@pytest.mark.parametrize(
    ("name", "content_type", "media_type", "charset"),
    [
        ("northport-ferry-strike.xhtml", "application/xhtml+xml", "application/xhtml+xml", None),
        ("eastbrook-press-release.txt", "text/plain; charset=utf-8", "text/plain", "utf-8"),
        ("lakeside-bakery.html", "TEXT/HTML", "text/html", None),
        ("millford-council-budget.html", 'text/html; charset="UTF-8"', "text/html", "utf-8"),
    ],
)
def test_accepted_content_types(
    news_server: NewsServer, name: str, content_type: str, media_type: str, charset: str | None
) -> None:
    page = fetch_one(news_server.add_page("/p", name, content_type=content_type))
    assert isinstance(page, FetchedPage)
    assert (page.content_type, page.charset) == (media_type, charset)
    assert page.body == (PAGES / name).read_bytes()


def test_gzip_body_is_decoded(news_server: NewsServer) -> None:
    html = (PAGES / "millford-council-budget.html").read_bytes()
    url = news_server.add("/gz", gzip.compress(html), headers={"Content-Encoding": "gzip"})
    page = fetch_one(url)
    assert page.body == html


def test_duplicate_urls_are_fetched_once(news_server: NewsServer) -> None:
    url = news_server.add("/once", "<p>x</p>")
    results = fetch([url, url, url])
    assert list(results) == [url]
    assert news_server.hits("/once") == 1


# -- redirects -------------------------------------------------------------


def test_follows_relative_and_absolute_redirects(news_server: NewsServer) -> None:
    news_server.add_redirect("/old", "/moved", status=301)
    news_server.add_redirect("/moved", news_server.url("/final?id=7#top"), status=307)
    news_server.add("/final", "<p>here</p>")
    page = fetch_one(news_server.url("/old"))
    assert page.url == news_server.url("/old")
    assert page.final_url == news_server.url("/final?id=7")
    assert page.body == b"<p>here</p>"


def test_redirect_loop_stops_at_max_redirects(news_server: NewsServer) -> None:
    news_server.add_redirect("/loop", "/loop")
    result = fetch_one(news_server.url("/loop"), replace(SETTINGS, max_redirects=3))
    assert isinstance(result, FetchError)
    assert result.reason == "too many redirects (over 3)"
    assert news_server.hits("/loop") == 4


def test_redirect_to_another_scheme_is_refused(news_server: NewsServer) -> None:
    news_server.add_redirect("/r", "file:///etc/passwd")
    result = fetch_one(news_server.url("/r"))
    assert isinstance(result, FetchError)
    assert result.reason.startswith("refused: only http and https URLs are fetched")


def test_redirect_without_location_fails(news_server: NewsServer) -> None:
    url = news_server.add("/r", "", status=302)
    assert fetch_one(url).reason == "HTTP 302 without a Location header"


@pytest.mark.parametrize(
    ("location", "address"),
    [
        ("http://intranet.example/admin", "10.0.0.5"),  # a name that resolves privately
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),  # cloud metadata
        ("http://[::ffff:192.168.1.1]:8080/", "::ffff:c0a8:101"),
        ("http://localhost:631/", "127.0.0.1"),  # loopback, but not the allowed name
    ],
)
def test_redirect_from_allowed_host_to_refused_host(
    news_server: NewsServer, location: str, address: str
) -> None:
    """Each hop is checked: the allowed server cannot bounce us into the intranet."""
    calls: list[str] = []
    resolver = no_dns({"intranet.example": ["10.0.0.5"], "localhost": ["127.0.0.1"]}, calls)
    news_server.add_redirect("/go", location)
    result = fetch_one(news_server.url("/go"), resolver=resolver)
    assert isinstance(result, BlockedHostError)
    assert result.url == news_server.url("/go")
    assert result.reason.startswith(f"refused: {address} is a")
    assert news_server.hits("/go") == 1
    assert calls == [h for h in ("intranet.example", "localhost") if h in location]


# -- refused before any request ---------------------------------------------


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://10.1.2.3/", "refused: 10.1.2.3 is a private address"),
        ("http://172.16.5.4/", "refused: 172.16.5.4 is a private address"),
        ("http://192.168.0.1/", "refused: 192.168.0.1 is a private address"),
        ("http://169.254.169.254/", "refused: 169.254.169.254 is a link-local address"),
        ("http://100.64.0.9/", "refused: 100.64.0.9 is a shared (CGNAT) address"),
        ("http://[::1]/", "refused: ::1 is a loopback address"),
        ("http://[fc00::5]/", "refused: fc00::5 is a private address"),
        ("http://[fe80::1]/", "refused: fe80::1 is a link-local address"),
        (
            "http://[::ffff:10.0.0.1]/",
            "refused: ::ffff:a00:1 is an IPv6 form of a private address (10.0.0.1)",
        ),
        ("http://0.0.0.0:8080/", "refused: 0.0.0.0 is an unspecified address"),
        ("http://224.0.0.251/", "refused: 224.0.0.251 is a multicast address"),
        ("http://127.0.0.2/", "refused: 127.0.0.2 is a loopback address"),
        (
            "https://news.example/story",
            "refused: 10.20.30.40 is a private address (news.example resolves to it)",
        ),
    ],
)
def test_refused_hosts(url: str, reason: str) -> None:
    result = fetch_one(url, resolver=no_dns({"news.example": ["10.20.30.40"]}))
    assert isinstance(result, BlockedHostError)
    assert (result.url, result.reason) == (url, reason)
    assert str(result) == f"{url}: {reason}"


@pytest.mark.parametrize(
    "url", ["ftp://news.example/a", "file:///etc/passwd", "javascript:alert(1)", "gopher://x/"]
)
def test_only_http_and_https(url: str) -> None:
    result = fetch_one(url, resolver=no_dns())
    assert isinstance(result, FetchError)
    assert result.reason.startswith("refused: only http and https")


@pytest.mark.parametrize("url", ["not a url", "//10.0.0.1/x", "/relative/path"])
def test_not_absolute_urls(url: str) -> None:
    assert fetch_one(url).reason == f"invalid URL {url!r}: not an absolute http(s) URL"


def test_unresolvable_host() -> None:
    result = fetch_one("https://gone.example/", resolver=no_dns())
    assert isinstance(result, FetchError)
    assert result.reason.startswith("cannot resolve gone.example")


def test_custom_transport_gets_hosts_checked_before_each_hop() -> None:
    """With a transport that cannot check at connect time, hosts are checked up front."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path == "/start":
            return httpx.Response(302, headers={"Location": "http://wiki.internal.example/"})
        return httpx.Response(200, text="ok", headers={"Content-Type": "text/html"})

    resolver = no_dns({"news.example": ["93.184.215.14"], "wiki.internal.example": ["10.0.0.8"]})
    transport = httpx.MockTransport(handler)
    results = fetch(
        ["http://news.example/start", "http://news.example/fine"],
        transport=transport,
        resolver=resolver,
    )
    assert results["http://news.example/fine"].body == b"ok"
    refused = results["http://news.example/start"]
    assert isinstance(refused, BlockedHostError)
    assert "10.0.0.8 is a private address" in refused.reason
    assert "http://wiki.internal.example/" not in seen


def test_ignores_proxy_environment(
    news_server: NewsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through a proxy the guard would check the proxy, not the site: never use one."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, "http://10.9.9.9:3128")
    page = fetch_one(news_server.add("/direct", "<p>direct</p>"))
    assert page.body == b"<p>direct</p>"


# -- HTTP errors and retries --------------------------------------------------


def test_http_404_is_not_retried(news_server: NewsServer) -> None:
    result = fetch_one(news_server.url("/missing"))
    assert isinstance(result, FetchError)
    assert result.reason == "HTTP 404"
    assert news_server.hits("/missing") == 1


def test_retries_5xx_then_succeeds(news_server: NewsServer) -> None:
    url = news_server.add_sequence(
        "/flaky", [Reply("down", status=500), Reply("down", status=502), Reply("<p>up</p>")]
    )
    page = fetch_one(url)
    assert page.body == b"<p>up</p>"
    assert news_server.hits("/flaky") == 3


def test_gives_up_after_the_configured_retries(news_server: NewsServer) -> None:
    url = news_server.add("/down", "busy", status=503)
    result = fetch_one(url, replace(SETTINGS, fetch_retries=2))
    assert result.reason == "HTTP 503 (after 3 attempts)"
    assert news_server.hits("/down") == 3


def test_honours_retry_after_seconds(news_server: NewsServer) -> None:
    url = news_server.add_sequence(
        "/busy",
        [Reply("slow down", status=429, headers={"Retry-After": "0"}), Reply("<p>ok</p>")],
    )
    page = fetch_one(url, backoff=60.0)  # a backoff sleep would time the test out
    assert page.body == b"<p>ok</p>"
    assert news_server.hits("/busy") == 2


def test_honours_retry_after_http_date(news_server: NewsServer) -> None:
    past = format_datetime(datetime.now(UTC) - timedelta(minutes=5), usegmt=True)
    url = news_server.add_sequence(
        "/busy", [Reply("", status=503, headers={"Retry-After": past}), Reply("<p>ok</p>")]
    )
    assert fetch_one(url, backoff=60.0).body == b"<p>ok</p>"


def test_retry_after_beyond_the_deadline_gives_up_at_once(news_server: NewsServer) -> None:
    url = news_server.add("/later", "", status=429, headers={"Retry-After": "3600"})
    result = fetch_one(url)
    assert result.reason == "HTTP 429: Retry-After 3600 s exceeds the 5 s deadline"
    assert news_server.hits("/later") == 1


def test_connection_refused_is_retried_then_reported() -> None:
    with NewsServer() as server:
        url = server.url("/gone")  # the port is closed once the server stops
    result = fetch_one(url, replace(SETTINGS, fetch_retries=1))
    assert isinstance(result, FetchError)
    assert result.reason.startswith("connection failed:")
    assert result.reason.endswith("(after 2 attempts)")


def test_deadline_covers_retries(news_server: NewsServer) -> None:
    url = news_server.add("/down", "", status=500)
    settings = replace(SETTINGS, fetch_timeout=0.5, fetch_retries=50)
    result = fetch_one(url, settings, backoff=0.2)
    assert result.reason == "timed out after 0.5 s"
    assert news_server.hits("/down") < 10


def test_parse_retry_after() -> None:
    now = datetime(2024, 1, 20, 12, 0, tzinfo=UTC).timestamp()
    assert parse_retry_after("120", now) == 120
    assert parse_retry_after(" 7 ", now) == 7
    assert parse_retry_after("Sat, 20 Jan 2024 12:00:30 GMT", now) == 30
    assert parse_retry_after("Sat, 20 Jan 2024 11:00:00 GMT", now) == 0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after("-5", now) is None
    assert parse_retry_after(None, now) is None


# -- content type and size ----------------------------------------------------


@pytest.mark.parametrize(
    ("content_type", "shown"),
    [
        ("application/pdf", "application/pdf"),
        ("image/jpeg", "image/jpeg"),
        ("application/json; charset=utf-8", "application/json"),
        (None, "(none)"),
    ],
)
def test_unsupported_content_type(news_server: NewsServer, content_type, shown) -> None:
    url = news_server.add("/file", b"%PDF-1.7", content_type=content_type)
    result = fetch_one(url)
    assert isinstance(result, FetchError)
    assert result.reason == f"unsupported content type {shown}"


def test_size_cap_from_content_length(news_server: NewsServer) -> None:
    url = news_server.add_huge("/big", 3 * 1024 * 1024)
    result = fetch_one(url, replace(SETTINGS, fetch_max_bytes=1024 * 1024))
    assert result.reason == "too large: over 1 MiB"


def test_size_cap_while_streaming_chunked(news_server: NewsServer) -> None:
    url = news_server.add_huge("/big", 3 * 1024 * 1024, declare_length=False)
    result = fetch_one(url, replace(SETTINGS, fetch_max_bytes=200 * 1024))
    assert result.reason == "too large: over 200 KiB"


def test_endless_body_is_cut_off(news_server: NewsServer) -> None:
    result = fetch_one(news_server.add_endless("/forever"))
    assert result.reason == "too large: over 5 MiB"


def test_size_cap_applies_to_the_decompressed_body(news_server: NewsServer) -> None:
    bomb = gzip.compress(b" " * (4 * 1024 * 1024))  # a few KiB on the wire
    url = news_server.add("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    result = fetch_one(url, replace(SETTINGS, fetch_max_bytes=1024 * 1024))
    assert result.reason == "too large: over 1 MiB"


def test_body_exactly_at_the_cap_is_accepted(news_server: NewsServer) -> None:
    url = news_server.add_huge("/exact", 100_000, declare_length=False)
    page = fetch_one(url, replace(SETTINGS, fetch_max_bytes=100_000))
    assert isinstance(page, FetchedPage)
    assert len(page.body) == 100_000


# -- time -------------------------------------------------------------------


def test_slow_drip_hits_the_deadline(news_server: NewsServer) -> None:
    url = news_server.add_drip("/drip", "x" * 100_000, interval=0.05, chunk_size=10)
    result = fetch_one(url, replace(SETTINGS, fetch_timeout=0.4))
    assert isinstance(result, FetchError)
    assert result.reason == "timed out after 0.4 s"


def test_server_that_never_answers_hits_the_deadline(news_server: NewsServer) -> None:
    url = news_server.add("/hang", "<p>late</p>", delay=30)
    result = fetch_one(url, replace(SETTINGS, fetch_timeout=0.3))
    assert result.reason == "timed out after 0.3 s"


# -- many sources ---------------------------------------------------------------


def test_one_failure_never_affects_the_others(news_server: NewsServer) -> None:
    good = [news_server.add_page(f"/good/{i}", "eastbrook-storm.html") for i in range(5)]
    bad = [
        news_server.url("/missing"),
        news_server.add_endless("/endless"),
        news_server.add("/pdf", b"%PDF", content_type="application/pdf"),
        news_server.add("/slow", "x", delay=30),
        "http://10.0.0.1/",
        "not a url at all",
    ]
    done: list[str] = []
    urls = [u for pair in zip(good, bad, strict=False) for u in pair] + bad[len(good) :]
    settings = replace(SETTINGS, fetch_timeout=0.5, fetch_max_bytes=1024 * 1024)
    results = fetch(urls, settings, resolver=no_dns(), on_done=lambda u, r: done.append(u))
    assert list(results) == urls
    assert sorted(done) == sorted(urls)
    for url in good:
        assert isinstance(results[url], FetchedPage)
    for url in bad:
        assert isinstance(results[url], FetchError), url
        assert results[url].url == url


def test_per_host_concurrency_limit(news_server: NewsServer) -> None:
    urls = [news_server.add(f"/slow/{i}", "<p>x</p>", delay=0.2) for i in range(6)]
    fetch(urls, replace(SETTINGS, concurrency=10, per_host_concurrency=2))
    assert news_server.peak_in_flight == 2


def test_global_concurrency_limit(news_server: NewsServer) -> None:
    urls = [news_server.add(f"/slow/{i}", "<p>x</p>", delay=0.2) for i in range(6)]
    fetch(urls, replace(SETTINGS, concurrency=3, per_host_concurrency=10))
    assert news_server.peak_in_flight == 3


def test_empty_list() -> None:
    assert fetch([]) == {}


@pytest.mark.parametrize("custom_transport", [False, True])
def test_slow_resolver_is_bounded_by_the_deadline(custom_transport: bool) -> None:
    async def hanging(host: str, port: int) -> list[str]:
        await asyncio.sleep(30)
        return ["93.184.215.14"]

    transport = httpx.MockTransport(lambda r: httpx.Response(200)) if custom_transport else None
    settings = replace(SETTINGS, fetch_timeout=0.2)
    result = fetch_one("http://news.example/", settings, resolver=hanging, transport=transport)
    assert result.reason == "timed out after 0.2 s"
