"""The ``aibot`` command line through its installed entry point, on fresh sites in tmp_path.

Sources are served by the loopback news server; the openai backend talks to the
loopback fake OpenAI server through the real SDK. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests._site import FIXTURES, build, can_unshare_network, make_site, stub_yaml
from tests.fake_openai import FAKE_API_KEY

AIBOT = Path(sys.executable).parent / "aibot"
COMMANDS = ("new", "validate", "fetch", "generate", "refresh", "status", "gc", "check-facts")
LOOPBACK = {"AIBOT_ALLOWED_PRIVATE_HOSTS": "127.0.0.1"}

STORM = (FIXTURES / "pages" / "eastbrook-storm.html").read_bytes()
BUDGET = (FIXTURES / "pages" / "millford-council-budget.html").read_bytes()
FERRY = (FIXTURES / "pages" / "northport-ferry-strike.xhtml").read_bytes()


def aibot(
    site: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the installed console script (or the module, when not installed) in ``site``."""
    command = [str(AIBOT)] if AIBOT.exists() else [sys.executable, "-m", "pelican_aibot.cli"]
    full_env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("AIBOT_", "OPENAI_", "GITHUB_"))
    }
    full_env.update({"NO_COLOR": "1", "COLUMNS": "200"}, **(env or {}))
    return subprocess.run(
        [*command, *args], cwd=site, env=full_env, capture_output=True, text=True, timeout=120
    )


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def cache_files(site: Path, kind: str) -> set[str]:
    folder = site / "aibot-cache" / kind
    return {p.name for p in folder.glob("*/*.json")} if folder.is_dir() else set()


def status_json(site: Path, env: dict[str, str] | None = None) -> dict[str, dict[str, str]]:
    result = aibot(site, "status", "--json", env=env)
    assert result.returncode == 0, result.stderr
    return {row["stub"]: row for row in json.loads(result.stdout)}


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return make_site(tmp_path / "site", {})


@pytest.fixture
def news_site(site: Path, news_server) -> tuple[Path, object]:
    """A site with two stubs whose sources live on the loopback news server."""
    storm = news_server.add("/news/storm", STORM)
    budget = news_server.add("/news/budget", BUDGET)
    ferry = news_server.add("/news/ferry", FERRY, content_type="application/xhtml+xml")
    stories = site / "content" / "stories"
    (stories / "storm.yaml").write_text(
        stub_yaml("Storm tears roof off Harbor Road warehouse", "2024-01-20", [storm]),
        encoding="utf-8",
    )
    (stories / "budget.yaml").write_text(
        stub_yaml("Council passes budget", "2024-02-03", [budget, ferry]), encoding="utf-8"
    )
    return site, news_server


# new / validate / build -------------------------------------------------------


def test_new_writes_a_stub_that_validates_and_publishes(site: Path, news_server) -> None:
    url = news_server.add("/news/storm", STORM)
    title = 'Storm hits "Harbor Road" [bold]: 3 hurt'
    result = aibot(site, "new", title, url, "--tags", "weather, eastbrook", "--date", "2024-01-20")
    assert result.returncode == 0, result.stderr
    (printed,) = lines(result.stdout)
    path = site / printed
    assert path.is_file() and path.parent == site / "content" / "stories"
    assert path.name == "storm-hits-harbor-road-bold-3-hurt.yaml"

    check = aibot(site, "validate")
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout == ""
    assert "1 stub(s) valid" in check.stderr
    assert aibot(site, "validate", printed).returncode == 0

    built = build(site, env=LOOPBACK)
    assert built.returncode == 0, built.stderr[-3000:]
    pages = [p for p in (site / "output").rglob("*.html") if "harbor-road" in p.name]
    assert pages, sorted(p.name for p in (site / "output").rglob("*.html"))
    html = pages[0].read_text(encoding="utf-8")
    assert 'Storm hits "Harbor Road" [bold]: 3 hurt' in html.replace("&#34;", '"').replace(
        "&quot;", '"'
    )
    assert news_server.hits("/news/storm") == 1


def test_new_with_category_and_dir(site: Path) -> None:
    result = aibot(
        site, "new", "Bakery wins prize", "https://example.com/bakery",
        "--category", "Local", "--dir", "content/food", "--date", "2024-03-01",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = (site / "content" / "food" / "bakery-wins-prize.yaml").read_text(encoding="utf-8")
    assert "category: Local" in text and "date: 2024-03-01" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["Storm", "notaurl"], "sources #1: 'notaurl' is not a URL"),
        (["Storm", "https://example.com/a", "--date", "2024-02-30"], "date: 2024-02-30"),
        (["Storm", "ftp://example.com/a"], "sources #1"),
    ],
)
def test_new_refuses_bad_input_in_one_line(site: Path, args: list[str], message: str) -> None:
    result = aibot(site, "new", *args)
    assert result.returncode == 1
    (line,) = lines(result.stderr)
    assert line.startswith("aibot new: ") and message in line
    assert "Traceback" not in result.stderr
    assert not list((site / "content" / "stories").iterdir()), "nothing half-written"


def test_new_never_overwrites(site: Path) -> None:
    args = ("new", "Storm", "https://example.com/a", "--date", "2024-01-01")
    assert aibot(site, *args).returncode == 0
    again = aibot(site, *args)
    assert again.returncode == 1
    assert "already exists" in again.stderr


def test_validate_prints_path_line_message_per_problem(site: Path) -> None:
    stories = site / "content" / "stories"
    (stories / "good.yaml").write_text(
        stub_yaml("Fine story", "2024-01-01", ["https://example.com/a"]), encoding="utf-8"
    )
    (stories / "bad.yaml").write_text(
        "title: Bad story\ndate: 2024-13-01\nsoruces:\n  - https://example.com/a\n",
        encoding="utf-8",
    )
    result = aibot(site, "validate")
    assert result.returncode == 1
    problems = lines(result.stdout)
    assert len(problems) >= 2
    for line in problems:
        assert re.match(r"^content/stories/bad\.yaml:\d+: \S.*$", line), line
    assert "content/stories/bad.yaml:2: date:" in result.stdout
    assert "content/stories/bad.yaml:3: soruces: unknown field; did you mean 'sources'?" in (
        result.stdout
    )
    assert "::error" not in result.stdout
    assert "1 stub(s) valid" in result.stderr

    # Only the named stub.
    assert aibot(site, "validate", "content/stories/good.yaml").returncode == 0
    missing = aibot(site, "validate", "content/stories/nope.yaml")
    assert missing.returncode == 1
    assert "content/stories/nope.yaml: no such file" in missing.stdout


def test_validate_annotates_under_github_actions(site: Path) -> None:
    (site / "content" / "stories" / "bad.yaml").write_text(
        "title: Bad, story\ndate: 2024-01-01\nsources: []\ncolour: red\n", encoding="utf-8"
    )
    result = aibot(site, "validate", env={"GITHUB_ACTIONS": "true"})
    assert result.returncode == 1
    plain = [line for line in lines(result.stdout) if not line.startswith("::")]
    notes = [line for line in lines(result.stdout) if line.startswith("::error ")]
    assert plain and len(notes) == len(plain)
    for note in notes:
        assert re.match(r"^::error file=content/stories/bad\.yaml,line=\d+,title=[^:]+::\S", note)
    assert any("line=4" in note and "colour" in note for note in notes)


def test_validate_fixture_stubs(tmp_path: Path) -> None:
    """The committed bad stubs fail with lines, never a traceback; the good ones pass."""
    site = make_site(tmp_path, {})
    shutil.copytree(FIXTURES / "stubs" / "good", site / "content" / "stories", dirs_exist_ok=True)
    ok = aibot(site, "validate")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    bad = sorted((FIXTURES / "stubs" / "bad").glob("*.yaml"))
    result = aibot(site, "validate", *map(str, bad))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    named = {line.split(":", 1)[0] for line in lines(result.stdout)}
    assert named == {str(path) for path in bad}


# fetch / generate / refresh --------------------------------------------------------


def test_fetch_dry_run_then_fetch(news_site) -> None:
    site, server = news_site
    dry = aibot(site, "fetch", "--dry-run", env=LOOPBACK)
    assert dry.returncode == 0, dry.stderr
    assert sorted(lines(dry.stdout)) == sorted(
        f"would fetch {server.url(p)}" for p in ("/news/storm", "/news/budget", "/news/ferry")
    )
    assert "3 to fetch, 0 cached" in dry.stderr
    assert not server.requests and not cache_files(site, "sources")

    fetched = aibot(site, "fetch", env=LOOPBACK)
    assert fetched.returncode == 0, fetched.stderr
    assert "fetched 3, cached 0, failed 0" in fetched.stderr
    assert len(cache_files(site, "sources")) == 3

    again = aibot(site, "fetch", env=LOOPBACK)
    assert "fetched 0, cached 3, failed 0" in again.stderr
    assert server.hits("/news/storm") == 1

    # Only the named stub.
    server.add("/news/extra", STORM)
    (site / "content" / "stories" / "extra.yaml").write_text(
        stub_yaml("Extra", "2024-01-21", [server.url("/news/extra")]), encoding="utf-8"
    )
    one = aibot(site, "fetch", "--dry-run", "content/stories/storm.yaml", env=LOOPBACK)
    assert lines(one.stdout) == []


def test_fetch_reports_failures_and_refused_hosts(news_site) -> None:
    site, server = news_site
    server.add("/news/gone", "not here", status=404)
    (site / "content" / "stories" / "gone.yaml").write_text(
        stub_yaml("Gone", "2024-01-21", [server.url("/news/gone")]), encoding="utf-8"
    )
    result = aibot(site, "fetch", env=LOOPBACK)
    assert result.returncode == 1
    assert "failed 1" in result.stderr
    assert re.search(rf"{re.escape(server.url('/news/gone'))}: .*404", result.stderr)

    # Without the allow-list, loopback is refused before any request is sent.
    server.requests.clear()
    (site / "content" / "stories" / "gone.yaml").unlink()
    refused = aibot(site, "fetch", "content/stories/storm.yaml", env={"AIBOT_MODE": "refresh"})
    assert refused.returncode == 1
    assert "failed 1" in refused.stderr
    assert not server.requests


def test_generate_with_the_extractive_backend(news_site) -> None:
    site, server = news_site
    dry = aibot(site, "generate", "--dry-run", env=LOOPBACK)
    assert dry.returncode == 0, dry.stderr
    urls = sorted(server.url(p) for p in ("/news/budget", "/news/ferry", "/news/storm"))
    assert lines(dry.stdout) == [
        *(f"would fetch {url}" for url in urls),
        "content/stories/budget.yaml: would write with extractive",
        "content/stories/storm.yaml: would write with extractive",
    ]
    assert "3 source(s) to fetch; 2 story(ies) to write, 0 cached" in dry.stderr
    assert not server.requests and not cache_files(site, "articles")

    result = aibot(site, "generate", env=LOOPBACK)
    assert result.returncode == 0, result.stderr
    assert "sources: fetched 3, cached 0, failed 0" in result.stderr
    assert "2 stories, 0 from the cache, 2 written, 0 failed" in result.stderr
    assert len(cache_files(site, "articles")) == 2

    again = aibot(site, "generate", env=LOOPBACK)
    assert "2 stories, 2 from the cache, 0 written" in again.stderr
    assert aibot(site, "generate", "--dry-run").stdout == ""

    rows = status_json(site)
    assert {row["article"] for row in rows.values()} == {"cached"}
    assert rows["content/stories/budget.yaml"]["sources"] == "2/2 cached"

    if can_unshare_network():
        built = build(site, env={"AIBOT_MODE": "frozen"}, no_network=True)
    else:
        built = build(site, env={"AIBOT_MODE": "frozen"})
    assert built.returncode == 0, built.stderr[-3000:]
    assert list((site / "output").rglob("*storm*.html"))


def test_generate_with_the_openai_backend(news_site, fake_openai) -> None:
    site, server = news_site
    env = {
        **LOOPBACK,
        "AIBOT_BACKEND": "openai",
        "AIBOT_BASE_URL": fake_openai.base_url,
        "OPENAI_API_KEY": FAKE_API_KEY,
    }
    dry = aibot(site, "generate", "--dry-run", "content/stories/storm.yaml", env=env)
    assert dry.returncode == 0, dry.stderr
    assert lines(dry.stdout) == [
        f"would fetch {server.url('/news/storm')}",
        "content/stories/storm.yaml: would write with openai/gpt-4o-mini",
    ]
    assert not fake_openai.requests

    result = aibot(site, "generate", env=env)
    assert result.returncode == 0, result.stderr
    assert "2 written, 0 failed; 2 model calls" in result.stderr
    assert re.search(r"[1-9]\d* tokens, estimated cost \$\d", result.stderr)
    assert len(fake_openai.requests) == 2
    assert all(
        r.headers.get("authorization") == f"Bearer {FAKE_API_KEY}" for r in fake_openai.requests
    )
    # The key is in no cache file and in no output.
    assert FAKE_API_KEY not in result.stdout + result.stderr
    for path in (site / "aibot-cache").rglob("*.json"):
        assert FAKE_API_KEY not in path.read_text(encoding="utf-8")
    rows = status_json(site, env=env)
    assert {row["backend"] for row in rows.values()} == {"openai"}
    assert {row["article"] for row in rows.values()} == {"cached"}
    # Under the site's own backend (extractive) nothing is cached yet, and status says why.
    assert {row["article"] for row in status_json(site).values()} == {"backend changed"}


def test_generate_failure_is_reported_and_nothing_is_written(news_site, fake_openai) -> None:
    site, _ = news_site
    from tests.fake_openai import Reply

    fake_openai.push(*[Reply(status=400, error="The model does not exist")] * 8)
    env = {
        **LOOPBACK,
        "AIBOT_BACKEND": "openai",
        "AIBOT_BASE_URL": fake_openai.base_url,
        "OPENAI_API_KEY": FAKE_API_KEY,
    }
    result = aibot(site, "generate", "content/stories/storm.yaml", env=env)
    assert result.returncode == 1
    assert "content/stories/storm.yaml" in result.stderr or "storm.yaml" in result.stderr
    assert "1 failed" in result.stderr
    assert "Traceback" not in result.stderr
    assert not cache_files(site, "articles")


def test_a_crash_in_the_fact_check_fails_that_story_only(news_site) -> None:
    """A bug in the checker (it once divided by a zero of a table) is one story's error,
    in one line: the other stories are still written and cached."""
    site, _ = news_site
    crash = (
        "import sys, pelican_aibot.grounding as g\n"
        "real = g.check_facts\n"
        "def check(body, *a, **k):\n"
        "    if 'Harbor Road' in body:  # the storm story\n"
        "        raise ZeroDivisionError('float division by zero')\n"
        "    return real(body, *a, **k)\n"
        "g.check_facts = check\n"
        "from pelican_aibot.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {key: v for key, v in os.environ.items() if not key.startswith(("AIBOT_", "OPENAI_"))}
    env.update(LOOPBACK, NO_COLOR="1", COLUMNS="200")
    result = subprocess.run(
        [sys.executable, "-c", crash, "generate"],
        cwd=site,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if "fact check crashed" in line]
    assert len(errors) == 1
    assert "storm.yaml" in errors[0] and "ZeroDivisionError" in errors[0]
    assert "2 stories, 0 from the cache, 1 written, 1 failed" in result.stderr
    assert len(cache_files(site, "articles")) == 1


def test_refresh_refetches_and_rewrites(news_site) -> None:
    site, server = news_site
    assert aibot(site, "generate", env=LOOPBACK).returncode == 0
    before = cache_files(site, "articles")
    sources_before = cache_files(site, "sources")
    updated = STORM.replace(b"Harbor Road", b"Harbour Road")
    assert updated != STORM
    server.add("/news/storm", updated)

    # A re-fetched snapshot alone leaves the story unwritten, and status says why.
    refetch = aibot(
        site, "fetch", "content/stories/storm.yaml", env={**LOOPBACK, "AIBOT_MODE": "refresh"}
    )
    assert refetch.returncode == 0, refetch.stderr
    assert status_json(site)["content/stories/storm.yaml"]["article"] == "sources changed"

    result = aibot(site, "refresh", "content/stories/storm.yaml", env=LOOPBACK)
    assert result.returncode == 0, result.stderr
    assert "1 story, 0 from the cache, 1 written" in result.stderr
    assert server.hits("/news/storm") == 3
    assert server.hits("/news/budget") == 1, "only the named stub is refreshed"
    assert status_json(site)["content/stories/storm.yaml"]["article"] == "cached"
    assert cache_files(site, "sources") == sources_before  # same URLs, new snapshot
    snapshot = next((site / "aibot-cache" / "sources").glob("*/*.json"))
    texts = [json.loads(p.read_text())["text"] for p in snapshot.parent.parent.glob("*/*.json")]
    assert any("Harbour Road" in text for text in texts)
    after = cache_files(site, "articles")
    assert len(after - before) == 1, "the storm story was rewritten under a new key"
    assert aibot(site, "refresh").returncode == 2, "refresh names its stubs"


# status / gc -------------------------------------------------------------------------


def test_status_lists_every_stub_and_spots_edited_stubs(news_site) -> None:
    site, _ = news_site
    rows = status_json(site)
    assert set(rows) == {"content/stories/budget.yaml", "content/stories/storm.yaml"}
    assert {row["article"] for row in rows.values()} == {"no source"}

    assert aibot(site, "generate", env=LOOPBACK).returncode == 0
    table = aibot(site, "status")
    assert table.returncode == 0, table.stderr
    for name in ("content/stories/budget.yaml", "content/stories/storm.yaml"):
        row = next(line for line in table.stdout.splitlines() if name in line)
        assert "cached" in row and "found" in row

    storm = site / "content" / "stories" / "storm.yaml"
    storm.write_text(
        storm.read_text(encoding="utf-8").replace("Storm tears roof", "Gale rips roof"),
        encoding="utf-8",
    )
    rows = status_json(site)
    assert rows["content/stories/storm.yaml"]["article"] == "stub changed"
    assert rows["content/stories/budget.yaml"]["article"] == "cached"
    assert rows["content/stories/storm.yaml"]["title"] == "Gale rips roof off Harbor Road warehouse"
    table = aibot(site, "status")
    assert "stub changed" in table.stdout

    # The fact-check column holds the grounding result.
    fact = rows["content/stories/budget.yaml"]["fact_check"]
    assert re.match(
        r"^\d+ of \d+ found(; \d+ verified by an editor)?(; \d+ unsupported: .+)?$", fact
    ), fact


def test_gc_removes_what_no_stub_uses(news_site) -> None:
    site, _ = news_site
    assert aibot(site, "generate", env=LOOPBACK).returncode == 0
    articles, sources = cache_files(site, "articles"), cache_files(site, "sources")
    assert len(articles) == 2 and len(sources) == 3

    nothing = aibot(site, "gc")
    assert nothing.returncode == 0 and "0 unused cache entries" in nothing.stderr

    (site / "content" / "stories" / "budget.yaml").unlink()
    dry = aibot(site, "gc", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    listed = lines(dry.stdout)
    assert len(listed) == 3  # the budget article and its two sources
    assert all(line.startswith("would remove aibot-cache/") for line in listed)
    assert cache_files(site, "articles") == articles and cache_files(site, "sources") == sources

    done = aibot(site, "gc")
    assert done.returncode == 0, done.stderr
    assert "3 unused cache entries" in done.stderr
    assert len(cache_files(site, "articles")) == 1 and len(cache_files(site, "sources")) == 1
    for line in listed:
        assert not (site / line.removeprefix("would remove ")).exists()
    built = build(site, env={"AIBOT_MODE": "frozen"})
    assert built.returncode == 0, built.stderr[-3000:]


def test_gc_refuses_while_a_stub_is_invalid(news_site) -> None:
    site, _ = news_site
    assert aibot(site, "generate", env=LOOPBACK).returncode == 0
    (site / "content" / "stories" / "storm.yaml").write_text("title: [\n", encoding="utf-8")
    result = aibot(site, "gc")
    assert result.returncode == 1
    assert "fix the stubs above first" in result.stderr
    assert len(cache_files(site, "articles")) == 2


# check-facts -----------------------------------------------------------------------


def test_check_facts_prints_the_contract_json(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text(
        'A storm hit Eastbrook on Saturday. "We were lucky," said Dana Morrow [1]. '
        "About 1,200 homes lost power [1]. Repairs will cost 9 million dollars.\n",
        encoding="utf-8",
    )
    (tmp_path / "a.txt").write_text(
        'Fire chief Dana Morrow said: "We were lucky." About 1,200 homes lost power on '
        "Saturday in Eastbrook.\n",
        encoding="utf-8",
    )
    result = aibot(tmp_path, "check-facts", "story.md", "--source", "a.txt", "--date", "2024-01-20")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {"unsupported", "supported"}
    assert isinstance(report["supported"], int) and report["supported"] >= 1
    story = (tmp_path / "story.md").read_text(encoding="utf-8")
    for item in report["unsupported"]:
        assert set(item) == {"kind", "text"}
        assert item["kind"] in {"number", "date", "quote", "name"}
        assert item["text"] in story
    assert any("9 million" in item["text"] for item in report["unsupported"])
    assert len(lines(result.stdout)) == 1


def test_check_facts_can_show_its_working(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "The operator is adding 12 electric buses to its fleet of 88.\n", encoding="utf-8"
    )
    (tmp_path / "story.md").write_text("The fleet grows to 100 buses [1].\n", encoding="utf-8")
    result = aibot(tmp_path, "check-facts", "story.md", "--source", "a.txt", "--show-working")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["unsupported"] == []
    assert report["worked_out"] == [{"kind": "number", "text": "100", "how": "88 + 12"}]


def test_check_facts_errors_are_one_line(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text("Text.\n", encoding="utf-8")
    missing = aibot(tmp_path, "check-facts", "story.md", "--source", "nope.txt")
    assert missing.returncode == 1
    (line,) = lines(missing.stderr)
    assert line.startswith("aibot check-facts: nope.txt: cannot read")
    bad_date = aibot(
        tmp_path, "check-facts", "story.md", "--source", "story.md", "--date", "20/01/2024"
    )
    assert bad_date.returncode == 1 and "expected YYYY-MM-DD" in bad_date.stderr


# help and settings -----------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_every_subcommand_has_help_with_an_example(tmp_path: Path, command: str) -> None:
    result = aibot(tmp_path, command, "--help")
    assert result.returncode == 0
    assert "-s SETTINGS" in result.stdout
    example = result.stdout.split("example", 1)[1]
    assert f"aibot {command}" in example


def test_top_level_help_lists_every_subcommand(tmp_path: Path) -> None:
    result = aibot(tmp_path, "--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert command in result.stdout


@pytest.mark.parametrize("command", ["validate", "status", "gc", "fetch", "generate"])
def test_bad_settings_path_is_one_line(tmp_path: Path, command: str) -> None:
    result = aibot(tmp_path, command, "-s", "missing.py")
    assert result.returncode != 0
    (line,) = lines(result.stderr)
    assert line == f"aibot {command}: missing.py: settings file not found (use -s SETTINGS)"
    # Before the subcommand too, as with pelican.
    before = aibot(tmp_path, "-s", "missing.py", command)
    assert before.returncode != 0 and "missing.py: settings file not found" in before.stderr


def test_broken_settings_are_one_line(tmp_path: Path) -> None:
    (tmp_path / "broken.py").write_text("SITENAME = (\n", encoding="utf-8")
    result = aibot(tmp_path, "status", "-s", "broken.py")
    assert result.returncode == 1
    (line,) = lines(result.stderr)
    assert line.startswith("aibot status: broken.py: SyntaxError")

    site = make_site(tmp_path / "site", {}, settings={"AIBOT_MODE": "sometimes"})
    bad = aibot(site, "validate")
    assert bad.returncode == 1
    (line,) = lines(bad.stderr)
    assert "AIBOT_MODE is 'sometimes'; expected one of: auto, frozen, refresh" in line


def test_settings_file_elsewhere(site: Path, tmp_path: Path) -> None:
    (site / "content" / "stories" / "a.yaml").write_text(
        stub_yaml("A story", "2024-01-01", ["https://example.com/a"]), encoding="utf-8"
    )
    result = aibot(tmp_path, "validate", "-s", str(site / "pelicanconf.py"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 stub(s) valid" in result.stderr


def test_openai_dry_run_needs_no_key_and_a_missing_key_fails_cleanly(news_site) -> None:
    site, _ = news_site
    env = {**LOOPBACK, "AIBOT_BACKEND": "openai"}
    dry = aibot(site, "generate", "--dry-run", env=env)
    assert dry.returncode == 0, dry.stderr
    assert "would write with openai/gpt-4o-mini" in dry.stdout

    result = aibot(site, "generate", "content/stories/storm.yaml", env=env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    (line,) = [line for line in lines(result.stderr) if "OPENAI_API_KEY" in line]
    assert line.startswith("content/stories/storm.yaml: ")
    assert not cache_files(site, "articles")
