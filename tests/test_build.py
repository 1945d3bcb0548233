"""End to end: real Pelican builds of stub sites, real servers on loopback, offline rebuilds."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import html5lib
import pytest

from tests._site import build, can_unshare_network, make_site, openai_env, output_files, stub_yaml

CANARY = "sk-canary-0123456789abcdefTESTKEY"

STORM_A = """<html><head><title>Storm tears roof off warehouse</title>
<meta property="og:site_name" content="Eastbrook Gazette"></head><body>
<nav>Home | News | Sport</nav><article><h1>Storm tears roof off warehouse</h1>
<p>A storm tore the roof off a warehouse on Harbor Road in Eastbrook on Saturday night,
the city's fire department said. Winds reached 110 kilometres per hour at the harbour.</p>
<p>Three workers were treated for minor injuries, according to fire chief Dana Morrow.
"We were lucky nobody was inside the loading bay," Morrow said on Sunday.</p>
<p>About 1,200 homes lost power for several hours, the utility Eastbrook Power reported.
Crews restored electricity to most streets by early Sunday afternoon.</p>
<p>The warehouse, owned by Linden Freight, stores building materials. The company said it
would assess the damage on Monday and expected to reopen within two weeks.</p>
</article><footer>Copyright Eastbrook Gazette. Sample material for tests.</footer></body></html>"""

STORM_B = """<html><head><title>Power back for most homes after Harbor Road storm</title>
<meta property="og:site_name" content="Radio Eastbrook"></head><body><article>
<h1>Power back for most homes after Harbor Road storm</h1>
<p>Eastbrook Power said on Sunday that electricity had been restored to most of the 1,200
homes that lost power during Saturday's storm. The outage lasted up to nine hours in the
harbour district.</p>
<p>The national weather office measured gusts of 110 kilometres per hour at the harbour,
the strongest this year. Forecasters expect calmer weather for the rest of the week.</p>
<p>Linden Freight said its damaged warehouse on Harbor Road would stay closed while
engineers inspect the building. Nobody was inside the loading bay when the roof came off.</p>
</article><footer>Sample material for tests.</footer></body></html>"""

BUDGET = """<html><head><title>Council passes budget</title></head><body><article>
<h1>Council passes 2026 budget</h1>
<p>Eastbrook city council approved a budget of 48 million dollars on Tuesday by a vote of
seven to two. The plan raises spending on road repairs by 12 percent.</p>
<p>Mayor Alina Okafor said the budget "puts repairs first" after a difficult winter.
Councillor Peter Vance, who voted against it, said the library cuts went too far.</p>
<p>The new budget takes effect on January 1 and includes funds for two new buses.</p>
</article></body></html>"""


def read_article(output: Path, slug: str) -> str:
    return (output / f"{slug}.html").read_text(encoding="utf-8")


@pytest.fixture
def local_site(tmp_path):
    """Two stories from committed local files, built by the offline backend."""
    return make_site(
        tmp_path,
        {
            "storm.yaml": stub_yaml(
                "Storm tears roof off Harbor Road warehouse",
                "2026-01-20",
                ["path:../sources/storm-a.html", "path:../sources/storm-b.html"],
                tags="[weather, eastbrook]",
                slug="harbor-road-storm",
            ),
            "budget.yaml": stub_yaml(
                "Council passes budget",
                "2026-02-03",
                ["path:../sources/budget.html"],
                slug="council-budget",
            ),
        },
        files={
            "sources/storm-a.html": STORM_A,
            "sources/storm-b.html": STORM_B,
            "sources/budget.html": BUDGET,
        },
    )


def test_local_sources_publish_cited_articles_and_rebuild_byte_identical(local_site):
    first = build(local_site)
    assert first.returncode == 0, first.stderr + first.stdout
    assert "aibot: 2 stories, 0 from the cache, 2 written, 0 failed" in first.stdout
    assert "estimated cost $0.0000" in first.stdout
    page = read_article(local_site / "output", "harbor-road-storm")
    tree = html5lib.parse(page, namespaceHTMLElements=False)
    cites = [a.get("href") for sup in tree.iter("sup") for a in sup.iter("a")]
    assert cites and set(cites) <= {"#source-1", "#source-2"}
    assert "Storm tears roof off Harbor Road warehouse" in page
    cache_files = sorted((local_site / "aibot-cache" / "articles").rglob("*.json"))
    assert len(cache_files) == 2
    # Local files are snapshotted by content, so a warm build does not extract them again.
    snapshots = list((local_site / "aibot-cache" / "sources").rglob("*.json"))
    assert len(snapshots) == 3
    entry = json.loads(cache_files[0].read_text(encoding="utf-8"))
    assert entry["backend"] == "extractive" and entry["grounding"]

    before = output_files(local_site / "output")
    second = build(local_site, env={"AIBOT_MODE": "frozen"})
    assert second.returncode == 0, second.stderr
    assert output_files(local_site / "output") == before


@pytest.mark.skipif(not can_unshare_network(), reason="needs `unshare -n` (root) to cut networking")
def test_frozen_rebuild_with_no_network_is_identical(local_site):
    assert build(local_site).returncode == 0
    before = output_files(local_site / "output")
    offline = build(local_site, env={"AIBOT_MODE": "frozen"}, no_network=True)
    assert offline.returncode == 0, offline.stderr
    assert output_files(local_site / "output") == before


def test_frozen_miss_fails_the_build_naming_the_fix(local_site):
    result = build(local_site, env={"AIBOT_MODE": "frozen"})
    assert result.returncode != 0
    log = result.stdout + result.stderr
    assert "aibot generate" in log and "stories/" in log
    assert "Traceback" not in log


def test_url_sources_with_openai_backend_then_offline_rebuild(tmp_path, news_server, fake_openai):
    news_server.add("/gazette/storm", STORM_A)
    news_server.add("/radio/storm", STORM_B)
    news_server.add("/city/budget", BUDGET)
    site = make_site(
        tmp_path,
        {
            "storm.yaml": stub_yaml(
                "Storm tears roof off Harbor Road warehouse",
                "2026-01-20",
                [news_server.url("/gazette/storm"), news_server.url("/radio/storm")],
                slug="harbor-road-storm",
            ),
            "budget.yaml": stub_yaml(
                "Council passes budget",
                "2026-02-03",
                [news_server.url("/city/budget")],
                slug="council-budget",
            ),
        },
    )
    env = openai_env(fake_openai.base_url, CANARY)
    first = build(site, env=env)
    assert first.returncode == 0, first.stderr + first.stdout
    assert len(fake_openai.requests) == 2
    storm = read_article(site / "output", "harbor-road-storm")
    tree = html5lib.parse(storm, namespaceHTMLElements=False)
    hrefs = {a.get("href") for a in tree.iter("a")}
    assert news_server.url("/gazette/storm") in hrefs
    assert news_server.url("/radio/storm") in hrefs
    assert "#source-1" in hrefs

    transparency = (site / "output" / "transparency.html").read_text(encoding="utf-8")
    rows = html5lib.parse(transparency, namespaceHTMLElements=False).findall(".//tbody/tr")
    assert len(rows) == 2
    cells = ["".join(td.itertext()).strip() for td in rows[0].findall("td")]
    assert "openai" in cells and "test-model" in cells
    assert "unknown" in cells  # no price known for this model: no made-up cost
    assert int(cells[4]) > 0  # tokens recorded from the model's usage

    before = output_files(site / "output")
    news_server.stop()
    fake_openai.stop()
    frozen = {k: v for k, v in env.items() if k != "OPENAI_API_KEY"}
    again = build(site, env={**frozen, "AIBOT_MODE": "frozen"})
    assert again.returncode == 0, again.stderr
    assert output_files(site / "output") == before

    for path in [*(site / "aibot-cache").rglob("*"), *(site / "output").rglob("*")]:
        if path.is_file():
            assert CANARY.encode() not in path.read_bytes(), path
    assert CANARY not in first.stdout + first.stderr


def test_bad_stubs_are_reported_and_good_ones_still_build(local_site):
    stories = local_site / "content" / "stories"
    (stories / "typo.yaml").write_text(
        'titel: "Oops"\ndate: 2026-01-01\nsources: [https://example.com/a]\n', encoding="utf-8"
    )
    (stories / "bad-date.yaml").write_text(
        'title: "Bad date"\ndate: 2026-02-30\nsources: [https://example.com/a]\n',
        encoding="utf-8",
    )
    (stories / "script.yaml").write_text(
        'title: "Script"\ndate: 2026-01-01\nsources: ["javascript:alert(1)"]\n', encoding="utf-8"
    )
    (stories / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    (stories / "bytes.yaml").write_bytes(b"title: \xff\xfe\n")
    (local_site / "content" / "menu.yaml").write_text("links:\n  - home\n", encoding="utf-8")

    result = build(local_site)
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    assert (local_site / "output" / "harbor-road-storm.html").exists()
    assert (local_site / "output" / "council-budget.html").exists()
    for name in ("typo.yaml", "bad-date.yaml", "script.yaml", "broken.yaml", "bytes.yaml"):
        assert name in log, name
    assert "did you mean" in log
    assert "menu.yaml" not in log
    assert "Traceback" not in log

    strict = build(local_site, args=("--fatal", "errors"))
    assert strict.returncode != 0


def test_dead_source_is_skipped_and_story_without_sources_is_not_published(tmp_path, news_server):
    news_server.add("/gazette/storm", STORM_A)
    news_server.add("/gone", "not here", status=404)
    site = make_site(
        tmp_path,
        {
            "storm.yaml": stub_yaml(
                "Storm",
                "2026-01-20",
                [news_server.url("/gazette/storm"), news_server.url("/gone")],
                slug="storm",
            ),
            "dead.yaml": stub_yaml("Dead", "2026-01-21", [news_server.url("/gone")], slug="dead"),
        },
        settings={"AIBOT_ALLOWED_PRIVATE_HOSTS": ["127.0.0.1"], "AIBOT_FETCH_RETRIES": 0},
    )
    result = build(site)
    log = result.stdout + result.stderr
    assert (site / "output" / "storm.html").exists(), log
    assert not (site / "output" / "dead.html").exists()
    assert "/gone" in log and "404" in log
    assert "dead.yaml" in log and "no usable source" in log
    page = read_article(site / "output", "storm")
    assert news_server.url("/gone") not in page


def test_corrupt_article_entry_is_reported_not_a_crash(local_site):
    assert build(local_site).returncode == 0
    victim = sorted((local_site / "aibot-cache" / "articles").rglob("*.json"))[0]
    victim.write_text('{"schema": 1, "body": "half-writ', encoding="utf-8")
    result = build(local_site)
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    assert victim.name in log and "corrupt cache entry" in log
    assert "Traceback" not in log
    built = {p.name for p in (local_site / "output").glob("*.html")}
    assert len(built & {"harbor-road-storm.html", "council-budget.html"}) == 1  # the other builds


def test_corrupt_source_snapshot_is_fetched_again(tmp_path, news_server):
    news_server.add("/gazette/storm", STORM_A)
    site = make_site(
        tmp_path,
        {"s.yaml": stub_yaml("Storm", "2026-01-20", [news_server.url("/gazette/storm")])},
        settings={"AIBOT_ALLOWED_PRIVATE_HOSTS": ["127.0.0.1"]},
    )
    assert build(site).returncode == 0
    snapshot = next((site / "aibot-cache" / "sources").rglob("*.json"))
    snapshot.write_bytes(b"\x00garbage")
    result = build(site)
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    assert "corrupt cache entry" in log and "Traceback" not in log
    assert news_server.hits("/gazette/storm") == 2
    assert json.loads(snapshot.read_text(encoding="utf-8"))["url"].endswith("/gazette/storm")


@pytest.mark.skipif(not can_unshare_network(), reason="needs `unshare -n` (root) to cut networking")
def test_demo_site_publishes_from_the_committed_cache_with_no_network(tmp_path):
    """`pelican content -s publishconf.py` on the demo site: frozen, offline, complete."""
    repo = Path(__file__).resolve().parent.parent
    for name in ("content", "aibot-cache", "theme"):
        shutil.copytree(repo / name, tmp_path / name)
    for name in ("pelicanconf.py", "publishconf.py"):
        shutil.copy(repo / name, tmp_path / name)
    command = ["unshare", "-n", "--", sys.executable, "-m", "pelican", "content"]
    command += ["-s", "publishconf.py", "-o", "out"]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    stubs = sorted((repo / "content" / "stories").glob("*.yaml"))
    pages = sorted((tmp_path / "out").glob("20*/*.html"))
    assert len(pages) == len(stubs) >= 4
    page = pages[0].read_text(encoding="utf-8")
    assert 'rel="canonical" href="https://' in page
    assert "ai-disclaimer" in page and 'class="sources"' in page


def test_cold_build_fetches_all_stubs_sources_concurrently(tmp_path, news_server):
    """The pre-pass fetches every stub's sources at once, not one stub after another."""
    stubs = {}
    for i in range(6):
        news_server.add(f"/story-{i}", STORM_A, delay=0.2)
        stubs[f"s{i}.yaml"] = stub_yaml(
            f"Storm {i}", "2026-01-20", [news_server.url(f"/story-{i}")]
        )
    site = make_site(
        tmp_path,
        stubs,
        settings={"AIBOT_ALLOWED_PRIVATE_HOSTS": ["127.0.0.1"], "AIBOT_PER_HOST_CONCURRENCY": 8},
    )
    result = build(site)
    assert result.returncode == 0, result.stdout + result.stderr
    assert news_server.peak_in_flight >= 4  # of 6 pages, each answered after 0.2 s


def test_refresh_that_writes_the_same_story_leaves_the_cache_file_alone(local_site):
    assert build(local_site).returncode == 0
    before = output_files(local_site / "aibot-cache")
    again = build(local_site, env={"AIBOT_MODE": "refresh"})
    assert again.returncode == 0, again.stderr
    assert output_files(local_site / "aibot-cache") == before  # no time-stamp-only diffs
