"""Story stubs (contract 1): every accepted form loads, every bad input gives
one actionable ``path:line: field: message`` line and never a traceback."""

from __future__ import annotations

import hashlib
import os
import re
import tracemalloc
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from pelican_aibot.errors import StubError
from pelican_aibot.models import Correction, SourceRef, Stub
from pelican_aibot.stub import check_stub, load_stub, looks_like_stub, new_stub_text, slugify

FIXTURES = Path(__file__).parent / "fixtures" / "stubs"
HEAD = "title: Storm hits the coast\ndate: 2024-01-20\n"
ONE_SOURCE = "sources:\n  - https://example.com/news/storm\n"
GOOD = HEAD + ONE_SOURCE


def write(tmp_path: Path, text: str | bytes, name: str = "story.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def problems(tmp_path: Path, text: str | bytes, **kwargs: object) -> list[StubError]:
    path = write(tmp_path, text)
    stub, errors = check_stub(path, **kwargs)  # type: ignore[arg-type]
    assert stub is None, "a stub with problems must not be returned"
    assert errors
    for err in errors:
        line = str(err)
        assert "\n" not in line and "Traceback" not in line
        assert line.startswith(f"{path}:") or line.startswith(f"{path}: ")
    return errors


def one(tmp_path: Path, text: str | bytes, **kwargs: object) -> str:
    """The single problem of a stub, as the one line a writer sees."""
    errors = problems(tmp_path, text, **kwargs)
    assert len(errors) == 1, [str(e) for e in errors]
    return str(errors[0])


def at(line: int, field: str) -> str:
    """The ``:line: field:`` part of a message."""
    return f":{line}: {field}: "


# -- good stubs ---------------------------------------------------------------


def test_contract_example_loads_with_every_field() -> None:
    path = FIXTURES / "good" / "harbor-road-storm.yaml"
    stub = load_stub(path)
    assert isinstance(stub, Stub)
    assert stub.title == "Storm tears roof off Harbor Road warehouse"
    assert stub.date == datetime(2024, 1, 20)
    assert stub.date.tzinfo is None
    assert stub.sources == (
        SourceRef(url="https://example.com/news/storm", line=4),
        SourceRef(url="https://example.org/weather/jan-20", note="wind speeds", line=5),
        SourceRef(
            path="sources/press-release.html",
            resolved_path=(path.parent / "sources" / "press-release.html").resolve(),
            line=7,
        ),
    )
    assert stub.sources[2].resolved_path is not None
    assert stub.sources[2].resolved_path.is_absolute()
    assert stub.tags == ("weather", "eastbrook")
    assert stub.category == "Local"
    assert stub.author == "AiBot"
    assert stub.slug == "harbor-road-storm"
    assert stub.brief == "Focus on injuries and the power cuts."
    assert stub.status == "published"
    assert stub.reviewed_by == "Maria Lopez"
    assert stub.corrections == (
        Correction(
            date(2024, 1, 22), "An earlier version gave the wrong number of injured workers."
        ),
    )
    assert stub.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert check_stub(path) == (stub, [])


def test_minimal_stub_gets_defaults(tmp_path: Path) -> None:
    stub = load_stub(write(tmp_path, GOOD))
    assert stub.title == "Storm hits the coast"
    assert stub.tags == () and stub.corrections == ()
    assert stub.category is stub.author is stub.slug is stub.brief is stub.reviewed_by is None
    assert stub.status == "published"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2024-01-20", datetime(2024, 1, 20)),
        ('"2024-01-20"', datetime(2024, 1, 20)),
        ("'2024-02-29'", datetime(2024, 2, 29)),
        ("2024-01-20T09:30:00", datetime(2024, 1, 20, 9, 30)),
        ("2024-01-20 09:30", datetime(2024, 1, 20, 9, 30)),
        ("2024-01-20T09:30:00Z", datetime(2024, 1, 20, 9, 30, tzinfo=UTC)),
        (
            "2024-01-20T09:30:00+01:00",
            datetime(2024, 1, 20, 9, 30, tzinfo=timezone(timedelta(hours=1))),
        ),
        (
            '"2024-01-20T09:30:00.250-05:00"',
            datetime(2024, 1, 20, 9, 30, 0, 250000, tzinfo=timezone(timedelta(hours=-5))),
        ),
    ],
)
def test_date_forms(tmp_path: Path, written: str, expected: datetime) -> None:
    stub = load_stub(write(tmp_path, f"title: T\ndate: {written}\n{ONE_SOURCE}"))
    assert stub.date == expected
    assert stub.date.tzinfo == expected.tzinfo


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("tags: [weather, eastbrook]", ("weather", "eastbrook")),
        ("tags:\n  - weather\n  - Eastbrook Council", ("weather", "Eastbrook Council")),
        ('tags: "weather, eastbrook"', ("weather", "eastbrook")),
        ("tags: weather,  eastbrook ,, ", ("weather", "eastbrook")),
        ("tags: weather", ("weather",)),
        ("tags: [weather, Weather, rain]", ("weather", "rain")),
        ("tags: []", ()),
        ("tags: ''", ()),
        ("tags:", ()),
    ],
)
def test_tag_forms(tmp_path: Path, written: str, expected: tuple[str, ...]) -> None:
    assert load_stub(write(tmp_path, f"{GOOD}{written}\n")).tags == expected


def test_source_forms_and_notes(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "release.txt").write_text("Statement from the council.")
    text = HEAD + (
        "sources:\n"
        "  - http://example.com/a\n"
        "  - url: https://example.org/b?id=1&x=2\n"
        "  - url: https://example.net/c\n"
        "    note: |\n"
        "      Wind speeds.\n"
        "      Second line.\n"
        "  - path: docs/release.txt\n"
        "    note: the council's statement\n"
        "  - https://bücher.example/d\n"
        "  - https://[2001:db8::1]:8443/e\n"
    )
    stub = load_stub(write(tmp_path, text))
    assert [ref.label for ref in stub.sources] == [
        "http://example.com/a",
        "https://example.org/b?id=1&x=2",
        "https://example.net/c",
        "docs/release.txt",
        "https://bücher.example/d",
        "https://[2001:db8::1]:8443/e",
    ]
    assert stub.sources[2].note == "Wind speeds.\nSecond line."
    assert stub.sources[3].is_file
    assert stub.sources[3].resolved_path == (tmp_path / "docs" / "release.txt").resolve()
    assert stub.sources[3].note == "the council's statement"
    assert [ref.line for ref in stub.sources] == [4, 5, 6, 10, 12, 13]


def test_every_optional_field_and_status(tmp_path: Path) -> None:
    text = GOOD + (
        "category: Local news\n"
        "author: Jane Doe\n"
        "slug: storm-2024\n"
        "brief: |\n  Focus on the damage.\n  Mention the power cuts.\n"
        "status: draft\n"
        "reviewed_by: Maria Lopez\n"
        "corrections:\n"
        "  - date: 2024-01-21\n    text: First fix.\n"
        "  - date: 2024-01-21\n    text: Second fix, same day.\n"
        "  - date: 2024-02-01T10:00:00Z\n    text: Third fix.\n"
    )
    stub = load_stub(write(tmp_path, text))
    assert (stub.category, stub.author, stub.slug, stub.status, stub.reviewed_by) == (
        "Local news",
        "Jane Doe",
        "storm-2024",
        "draft",
        "Maria Lopez",
    )
    assert stub.brief == "Focus on the damage.\nMention the power cuts."
    assert [c.date for c in stub.corrections] == [
        date(2024, 1, 21),
        date(2024, 1, 21),
        date(2024, 2, 1),
    ]
    assert load_stub(write(tmp_path, GOOD + "status: hidden\n")).status == "hidden"


def test_empty_optional_fields_mean_not_given(tmp_path: Path) -> None:
    text = GOOD + "category:\nauthor: ~\nbrief:\nslug:\nstatus:\nreviewed_by:\ncorrections:\n"
    stub = load_stub(write(tmp_path, text))
    assert stub.category is stub.author is stub.brief is stub.slug is None
    assert stub.status == "published" and stub.corrections == ()


def test_verified_facts_are_kept_as_typed(tmp_path: Path) -> None:
    text = GOOD + (
        "reviewed_by: Maria Lopez\n"
        "verified:\n  - taking its fleet to 100\n  - 100\n  - '2,300'\n  - 100\n"
    )
    stub = load_stub(write(tmp_path, text))
    assert stub.verified == ("taking its fleet to 100", "100", "2,300")  # a number as typed
    one_line = load_stub(write(tmp_path, GOOD + "reviewed_by: Jo\nverified: 45,000\n"))
    assert one_line.verified == ("45,000",)
    assert load_stub(write(tmp_path, GOOD)).verified == ()


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("verified:\n  - '100'\n", "needs reviewed_by: the editor who checked these facts"),
        ("reviewed_by: Jo\nverified:\n  - {a: 1}\n", "expected a list of the facts' texts"),
        ("reviewed_by: Jo\nverified:\n  - ''\n", "empty entry"),
        ("reviewed_by: Jo\nverified:\n  - [1, 2]\n", "expected a list of the facts' texts"),
    ],
)
def test_bad_verified_entries(tmp_path: Path, lines: str, expected: str) -> None:
    message = one(tmp_path, GOOD + lines)
    assert "verified: " in message and expected in message


def test_bom_is_fine_and_hashed_with_the_file() -> None:
    path = FIXTURES / "good" / "with-bom.yaml"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    stub = load_stub(path)
    assert stub.title == "Stub saved with a byte order mark"
    assert stub.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_hostile_title_is_kept_as_plain_text(tmp_path: Path) -> None:
    text = "title: '<img src=x onerror=alert(1)> x\" onmouseover=\"alert(1)'\n"
    stub = load_stub(write(tmp_path, text + "date: 2024-01-20\n" + ONE_SOURCE))
    assert stub.title == '<img src=x onerror=alert(1)> x" onmouseover="alert(1)'


def test_aliases_within_bounds_are_fine(tmp_path: Path) -> None:
    text = (
        "title: &t Storm hits the coast\n"
        "date: 2024-01-20\n"
        "sources:\n  - https://example.com/a\n"
        "tags: [*t, weather]\n"
    )
    assert load_stub(write(tmp_path, text)).tags == ("Storm hits the coast", "weather")


# -- bad input: one test per kind ------------------------------------------------


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    msg = one(tmp_path, HEAD + "sources: [https://example.com/a\ntags: x\n")
    assert re.search(r":\d+: invalid YAML: ", msg)
    msg = one(tmp_path, "title: Storm\ndate: 2024-01-20\n  sources: x\n")
    assert ":3: invalid YAML: mapping values are not allowed" in msg


def test_tab_indentation_gets_a_hint(tmp_path: Path) -> None:
    msg = one(tmp_path, HEAD + "sources:\n\t- https://example.com/a\n")
    assert ":4: invalid YAML: " in msg and "spaces, not tabs" in msg


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "---\n", "~\n"])
def test_empty_file(tmp_path: Path, text: str) -> None:
    msg = one(tmp_path, text)
    assert msg.endswith(": file is empty; a stub needs title, date and sources")


@pytest.mark.parametrize(
    ("text", "got"),
    [
        ("- title: x\n- date: 2024-01-20\n", "a list"),
        ("just a headline\n", "text"),
        ("42\n", "a number"),
    ],
)
def test_top_level_must_be_a_mapping(tmp_path: Path, text: str, got: str) -> None:
    msg = one(tmp_path, text)
    assert ":1: expected a mapping of fields" in msg and msg.endswith(f"got {got}")


@pytest.mark.parametrize("missing", ["title", "date", "sources"])
def test_missing_required_field(tmp_path: Path, missing: str) -> None:
    lines = {"title": "title: T\n", "date": "date: 2024-01-20\n", "sources": ONE_SOURCE}
    text = "# a comment\n" + "".join(v for k, v in lines.items() if k != missing)
    msg = one(tmp_path, text)
    assert at(2, missing) + "is missing" in msg


@pytest.mark.parametrize(
    ("key", "suggestion"),
    [
        ("titel", "title"),
        ("Title", "title"),
        ("soruces", "sources"),
        ("urls", "sources"),
        ("headline", "title"),
        ("tag", "tags"),
        ("reviewedby", "reviewed_by"),
        ("catgory", "category"),
    ],
)
def test_unknown_key_suggests_the_field(tmp_path: Path, key: str, suggestion: str) -> None:
    lines = {"title": "title: T", "date": "date: 2024-01-20", "sources": ONE_SOURCE.strip()}
    lines[suggestion] = lines.get(suggestion, f"{suggestion}: x").replace(suggestion, key, 1)
    text = "\n".join(lines.values()) + "\n"
    msg = one(tmp_path, text)  # and no second "title: is missing" for the typo
    line = 1 + [row.split(":")[0] for row in text.splitlines()].index(key)
    assert at(line, key) + f"unknown field; did you mean '{suggestion}'?" in msg


def test_unknown_key_without_a_close_match_lists_the_fields(tmp_path: Path) -> None:
    msg = one(tmp_path, GOOD + "zzz: 1\n")
    assert at(5, "zzz") + "unknown field; expected one of: title, date, sources" in msg


def test_odd_keys_stay_on_one_line(tmp_path: Path) -> None:
    msg = one(tmp_path, GOOD + '"two\\nlines": x\n')
    assert at(5, "'two\\nlines'") + "unknown field" in msg
    msg = one(tmp_path, GOOD + "k" * 1000 + ": x\n")
    assert at(5, "'" + "k" * 40 + "'...") + "unknown field" in msg and len(msg) < 400
    msg = one(tmp_path, GOOD + "[a, b]: x\n")
    assert ":5: field names must be plain words, not lists or mappings" in msg
    msg = one(tmp_path, GOOD + "2024: x\n")
    assert at(5, "2024") + "unknown field" in msg


def test_duplicate_key(tmp_path: Path) -> None:
    msg = one(tmp_path, GOOD + "title: Another title\n")
    assert at(5, "title") + "appears twice (first on line 1)" in msg


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("tags: 5", "tags: expected a list of strings or a comma-separated string, got a number"),
        (
            "tags: {a: 1}",
            "tags: expected a list of strings or a comma-separated string, got a mapping",
        ),
        (
            "tags: [ok, 2024]",
            "tags: expected a list of strings or a comma-separated string, got a number",
        ),
        ("category: [a, b]", "category: expected text, got a list"),
        ("author: 1984", "author: expected text, got a number; put it in quotes"),
        ("brief: yes", "brief: expected text, got true/false"),
        ("reviewed_by: {name: x}", "reviewed_by: expected text, got a mapping"),
        ("corrections: fixed", "corrections: expected a list of mappings"),
        ("corrections: [just text]", "corrections #1: expected a mapping with date: and text:"),
        ("status: 1", "status: expected text, got a number"),
    ],
)
def test_wrong_types_are_named(tmp_path: Path, line: str, expected: str) -> None:
    assert f":5: {expected}" in one(tmp_path, f"{GOOD}{line}\n")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("1984", "title: expected text, got a number; put it in quotes to make it text"),
        ("2024-01-20", "title: expected text, got a date"),
        ("[a, b]", "title: expected text, got a list"),
        ("", "title: is empty"),
        ("'   '", "title: is empty"),
        ("|\n  Line one\n  Line two", "title: must be a single line"),
        ('"Bell\\a here"', "title: contains the control character U+0007"),
        ('"tab\\there"', "title: contains the control character U+0009"),
        ('"sep\\Lhere"', "title: must be a single line"),
        ("x" * 201, "title: is 201 characters long; at most 200 are allowed"),
    ],
)
def test_bad_titles(tmp_path: Path, title: str, expected: str) -> None:
    assert f":1: {expected}" in one(tmp_path, f"title: {title}\ndate: 2024-01-20\n{ONE_SOURCE}")


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2024-02-30", "date: 2024-02-30 is not a real date (day is out of range for month)"),
        ("2023-02-29", "date: 2023-02-29 is not a real date"),
        ("'2024-13-01'", "date: 2024-13-01 is not a real date (month must be in 1..12)"),
        ("2024-01-20T25:00:00", "date: 2024-01-20T25:00:00 is not a real date"),
        ("January 20, 2024", "date: 'January 20, 2024' is not a date; use YYYY-MM-DD"),
        ("2024-1-5", "date: '2024-1-5' is not a date; use YYYY-MM-DD"),
        ("20/01/2024", "date: '20/01/2024' is not a date"),
        ("20240120", "date: expected a date as YYYY-MM-DD or an ISO datetime, got a number"),
        ("[2024, 1, 20]", "date: expected a date as YYYY-MM-DD or an ISO datetime, got a list"),
        ("", "date: is empty; use YYYY-MM-DD"),
    ],
)
def test_bad_dates(tmp_path: Path, written: str, expected: str) -> None:
    assert f":2: {expected}" in one(tmp_path, f"title: T\ndate: {written}\n{ONE_SOURCE}")


@pytest.mark.parametrize(
    "sources",
    ["sources: []", "sources:", "sources: ~"],
)
def test_no_sources(tmp_path: Path, sources: str) -> None:
    assert at(3, "sources") + "no sources" in one(tmp_path, f"{HEAD}{sources}\n")


def test_sources_must_be_a_list(tmp_path: Path) -> None:
    msg = one(tmp_path, HEAD + "sources: https://example.com/a\n")
    assert at(3, "sources") + "expected a list of URLs (one per '- ' line), got text" in msg


def test_too_many_sources(tmp_path: Path) -> None:
    urls = "".join(f"  - https://example.com/{n}\n" for n in range(21))
    msg = one(tmp_path, HEAD + "sources:\n" + urls)
    assert at(4, "sources") + "21 sources; at most 20 are allowed" in msg
    urls = "".join(f"  - https://example.com/{n}\n" for n in range(20))
    assert len(load_stub(write(tmp_path, HEAD + "sources:\n" + urls)).sources) == 20


@pytest.mark.parametrize(
    "second",
    [
        "https://example.com/news/storm",
        "https://EXAMPLE.com/news/storm",
        "https://example.com/news/storm/",
        "https://example.com/news/storm#comments",
        "http://example.com/news/storm",
        "https://example.com:443/news/storm",
        "url: https://example.com/news/storm\n    note: again",
    ],
)
def test_duplicate_sources(tmp_path: Path, second: str) -> None:
    msg = one(tmp_path, GOOD + f"  - {second}\n")
    assert at(5, "sources #2") + "duplicate of sources #1 (line 4)" in msg


def test_different_queries_are_not_duplicates(tmp_path: Path) -> None:
    text = HEAD + "sources:\n  - https://example.com/a?id=1\n  - https://example.com/a?id=2\n"
    assert len(load_stub(write(tmp_path, text)).sources) == 2


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("javascript:alert(1)", "javascript: URLs are not allowed"),
        ("JavaScript:alert(1)", "javascript: URLs are not allowed"),
        ("ftp://example.com/file", "ftp: URLs are not allowed"),
        ("file:///etc/passwd", "file: URLs are not allowed"),
        ("'data:text/html,<script>alert(1)</script>'", "data: URLs are not allowed"),
        ("mailto:desk@example.com", "mailto: URLs are not allowed"),
        ("example.com/news/storm", "is not a URL; write it in full, like https://example.com/news"),
        ("www.example.com:8080/x", "has no scheme; write it in full"),
        ("https:example.com/a", "URL has no host"),
        ("https:///a", "URL has no host"),
        ("https://user:secret@example.com/a", "must not contain a user name or password"),
        ("https://user@example.com/a", "must not contain a user name or password"),
        ("'https://example.com/a b'", "URL contains whitespace or a control character (U+0020)"),
        ('"https://example.com/\\x07"', "contains the control character U+0007"),
        ('"https://example.com/\\u200b"', "control character (U+200B)"),
        ("'https://example.com/ '", "URL contains whitespace"),
        ("https://evil.example\\@example.com/", "the character '\\\\', which is not allowed"),
        ("https://example.com/<script>", "the character '<', which is not allowed"),
        ("https://example.com:99999/", "URL is malformed (Port out of range"),
        ("https://example.com:abc/", "URL is malformed"),
        ("https://exa%6Dple.com/", "is not a valid host name"),
        ("https://[not-ipv6]/", "URL is malformed"),
        ("https://[fe80::1%25eth0]/", "URL host [fe80::1%25eth0] is not an IPv6 address"),
        ("https://example.com/" + "a" * 2000, "is 2020 characters long; at most 2000"),
    ],
)
def test_bad_urls(tmp_path: Path, url: str, expected: str) -> None:
    msg = one(tmp_path, HEAD + f"sources:\n  - https://example.org/ok\n  - {url}\n")
    assert at(5, "sources #2") in msg and expected in msg


def test_bad_url_in_a_mapping_names_the_subfield(tmp_path: Path) -> None:
    msg = one(tmp_path, HEAD + "sources:\n  - note: x\n    url: ftp://example.com/a\n")
    assert at(5, "sources #1.url") + "ftp: URLs are not allowed" in msg


@pytest.mark.parametrize(
    ("entry", "line", "expected"),
    [
        ("42", 4, "sources #1: expected a URL or a mapping with url: or path:, got a number"),
        ("[a, b]", 4, "sources #1: expected a URL or a mapping with url: or path:, got a list"),
        ("", 4, "sources #1: is empty"),
        ("note: only a note", 4, "sources #1: needs url: (a link) or path: (a local file)"),
        ("url: https://example.com/a\n    path: a.html", 4, "sources #1: give either url: or"),
        (
            "url: https://example.com/a\n    nte: typo",
            5,
            "sources #1.nte: unknown field; did you mean 'note'?",
        ),
        (
            "url: https://example.com/a\n    note: [x]",
            5,
            "sources #1.note: expected text, got a list",
        ),
        ("url:", 4, "sources #1.url: is empty"),
        ("url: 12", 4, "sources #1.url: expected a URL, got a number"),
    ],
)
def test_bad_source_entries(tmp_path: Path, entry: str, line: int, expected: str) -> None:
    assert f":{line}: {expected}" in one(tmp_path, f"{HEAD}sources:\n  - {entry}\n")


def test_path_sources_are_confined(tmp_path: Path) -> None:
    site = tmp_path / "content"
    stories = site / "stories"
    stories.mkdir(parents=True)
    (site / "shared.html").write_text("<p>shared</p>")
    (stories / "local.html").write_text("<p>local</p>")
    (tmp_path / "secret.txt").write_text("secret")
    (stories / "folder").mkdir()
    (stories / "link-out.html").symlink_to(tmp_path / "secret.txt")
    (stories / "link-in.html").symlink_to(site / "shared.html")
    big = stories / "big.html"
    with open(big, "wb") as fh:  # sparse: 5 MiB + 1 byte without writing them
        fh.truncate(5 * 1024 * 1024 + 1)

    def check(path: str, **kwargs: object) -> str:
        text = f"{HEAD}sources:\n  - path: {path}\n"
        stub_path = write(stories, text)
        stub, errors = check_stub(stub_path, **kwargs)  # type: ignore[arg-type]
        if stub is not None:
            return "ok"
        assert len(errors) == 1, errors
        assert at(4, "sources #1.path") in str(errors[0])
        return str(errors[0])

    assert check("local.html") == "ok"
    assert check("./local.html") == "ok"
    assert "points outside the content folder" in check("../shared.html")
    assert check("../shared.html", content_root=site) == "ok"
    assert "points outside the content folder" in check("../../secret.txt", content_root=site)
    assert "points outside the content folder" in check("link-out.html", content_root=site)
    assert "points outside the content folder" in check("link-in.html")
    assert check("link-in.html", content_root=site) == "ok"
    assert "must be relative to the stub's folder, not absolute" in check(str(tmp_path / "s.txt"))
    assert "must be relative" in check("~/secret.txt")
    assert "write paths with '/'" in check("'..\\\\secret.txt'")
    assert "'missing.html' does not exist" in check("missing.html")
    assert "'folder' is not a regular file" in check("folder")
    assert "'big.html' is 5.0 MiB; source files must be at most 5 MiB" in check("big.html")
    assert "looks like a link; use url:" in check("https://example.com/a")

    stub = load_stub(
        write(stories, f"{HEAD}sources:\n  - path: ../shared.html\n"), content_root=site
    )
    assert stub.sources[0].resolved_path == (site / "shared.html").resolve()
    assert stub.sources[0].path == "../shared.html"


def test_duplicate_path_sources(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<p>a</p>")
    text = HEAD + "sources:\n  - path: a.html\n  - path: ./a.html\n"
    assert at(5, "sources #2") + "duplicate of sources #1 (line 4)" in one(tmp_path, text)


def test_non_utf8_bytes_name_the_offset_and_line() -> None:
    path = FIXTURES / "bad" / "latin1.yaml"
    stub, errors = check_stub(path)
    assert stub is None and len(errors) == 1
    assert str(errors[0]) == (
        f"{path}:1: not UTF-8 text: byte 0xe9 at offset 10; save the file as UTF-8"
    )


def test_non_utf8_on_a_later_line(tmp_path: Path) -> None:
    msg = one(tmp_path, GOOD.encode() + b"brief: na\xefve\n")
    assert ":5: not UTF-8 text: byte 0xef at offset" in msg


def test_control_characters_in_the_file(tmp_path: Path) -> None:
    msg = one(tmp_path, GOOD + "brief: bell \x07 here\n")
    assert ":5: invalid YAML: control character U+0007 is not allowed" in msg


@pytest.mark.parametrize(
    ("entry", "tag"),
    [
        ('!!python/object/apply:os.system ["echo pwned"]', "!!python/object/apply:os.system"),
        ("!!python/name:os.system ''", "!!python/name:os.system"),
        ("!local thing", "!local"),
        ("!!binary aGVsbG8=", "!!binary"),
        ("!!set {a, b}", "!!set"),
    ],
)
def test_yaml_tags_that_build_objects_are_refused(tmp_path: Path, entry: str, tag: str) -> None:
    msg = one(tmp_path, f"{HEAD}sources:\n  - {entry}\n")
    assert at(4, "sources") + f"YAML tag {tag} is not allowed" in msg


def test_python_object_fixture(tmp_path: Path) -> None:
    stub, errors = check_stub(FIXTURES / "bad" / "python-object.yaml")
    assert stub is None
    assert [str(e).split(": ", 1)[1] for e in errors] == [
        "sources: YAML tag !!python/object/apply:os.system is not allowed; a stub holds only"
        " plain text, lists and mappings"
    ]
    assert ":4: " in str(errors[0])


def test_billion_laughs_is_refused_cheaply() -> None:
    path = FIXTURES / "bad" / "billion-laughs.yaml"
    tracemalloc.start()
    try:
        stub, errors = check_stub(path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert stub is None and len(errors) == 1
    assert "YAML aliases expand to more than 10000 values" in str(errors[0])
    assert peak < 5 * 1024 * 1024  # nothing was expanded


def test_too_many_aliases(tmp_path: Path) -> None:
    aliases = ", ".join(["*t"] * 101)
    msg = one(tmp_path, f"title: &t T\ndate: 2024-01-20\n{ONE_SOURCE}tags: [{aliases}]\n")
    assert ":5: too many YAML aliases (more than 100)" in msg


def test_recursive_alias(tmp_path: Path) -> None:
    msg = one(tmp_path, GOOD + "tags: &loop [a, *loop]\n")
    assert ":5: a YAML alias refers to itself" in msg


def test_undefined_alias(tmp_path: Path) -> None:
    msg = one(tmp_path, GOOD + "tags: *nothing\n")
    assert ":5: invalid YAML: an alias (*name) refers to no anchor" in msg


@pytest.mark.parametrize("depth", [40, 100_000])
def test_deep_nesting(tmp_path: Path, depth: int) -> None:
    msg = one(tmp_path, GOOD + "tags: " + "[" * depth + "]" * depth + "\n")
    assert ":5: YAML nesting is too deep" in msg


def test_merge_keys_are_refused(tmp_path: Path) -> None:
    text = HEAD + "sources:\n  - &s {url: https://example.com/a}\n  - <<: *s\n    note: x\n"
    assert at(5, "sources #2") + "YAML merge keys (<<) are not supported" in one(tmp_path, text)


def test_several_documents(tmp_path: Path) -> None:
    msg = one(tmp_path, GOOD + "---\n" + GOOD)
    assert ":5: a stub holds one YAML document; remove the extra '---'" in msg


def test_file_over_one_mib(tmp_path: Path) -> None:
    msg = one(tmp_path, GOOD + "brief: |\n" + ("  " + "x" * 98 + "\n") * 11_000)
    assert msg.endswith(": file is 1.1 MiB; a stub must be at most 1 MiB")
    assert re.match(r".*story\.yaml: file is", msg)


def test_unreadable_paths(tmp_path: Path) -> None:
    stub, errors = check_stub(tmp_path / "nope.yaml")
    assert stub is None and "cannot read the file (No such file or directory)" in str(errors[0])
    stub, errors = check_stub(tmp_path)
    assert stub is None and str(errors[0]) == f"{tmp_path}: is a folder, not a stub file"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "slug: Harbor Road",
            "slug: 'Harbor Road' may hold only lowercase letters, digits and hyphens"
            " (for example 'harbor-road')",
        ),
        ("slug: storm_2024", "slug: 'storm_2024' may hold only lowercase letters"),
        (
            "status: publish",
            "status: 'publish' is not one of: published, draft, hidden; did you mean 'published'?",
        ),
        ("status: live", "status: 'live' is not one of: published, draft, hidden"),
        ("brief: " + "x" * 2001, "brief: is 2001 characters long; at most 2000 are allowed"),
        ("category: 'a\\nb'", "category: expected text"),
        ('category: "a\\nb"', "category: must be a single line"),
        ("author: " + "x" * 201, "author: is 201 characters long; at most 200"),
        ('tags: ["ok", "bad\\ttag"]', "tags: 'bad\\ttag': contains the control character U+0009"),
        ("tags: [ok, '']", "tags: empty tag"),
    ],
)
def test_bad_optional_fields(tmp_path: Path, line: str, expected: str) -> None:
    if expected == "category: expected text":  # single quotes keep "\n" literal: fine
        assert load_stub(write(tmp_path, f"{GOOD}{line}\n")).category == "a\\nb"
        return
    assert f":5: {expected}" in one(tmp_path, f"{GOOD}{line}\n")


@pytest.mark.parametrize(
    ("corrections", "line", "expected"),
    [
        (
            "  - date: 2024-01-25\n    text: Later.\n  - date: 2024-01-22\n    text: Earlier.",
            8,
            "corrections #2.date: 2024-01-22 is earlier than the correction above it;"
            " list corrections oldest first",
        ),
        (
            "  - date: 2024-01-19\n    text: Before the story.",
            6,
            "corrections #1.date: 2024-01-19 is before the story's date 2024-01-20",
        ),
        ("  - date: 2024-01-22", 6, "corrections #1.text: is missing"),
        ("  - text: No date.", 6, "corrections #1.date: is missing"),
        (
            "  - date: 2024-01-22\n    txt: x\n    text: y",
            7,
            "corrections #1.txt: unknown field; did you mean 'text'?",
        ),
        (
            "  - date: 2024-02-31\n    text: x",
            6,
            "corrections #1.date: 2024-02-31 is not a real date",
        ),
        ("  - date: 2024-01-22\n    text: ''", 7, "corrections #1.text: is empty"),
    ],
)
def test_bad_corrections(tmp_path: Path, corrections: str, line: int, expected: str) -> None:
    msg = one(tmp_path, f"{GOOD}corrections:\n{corrections}\n")
    assert f":{line}: {expected}" in msg


def test_every_problem_is_reported_in_file_order() -> None:
    path = FIXTURES / "bad" / "many-problems.yaml"
    stub, errors = check_stub(path)
    assert stub is None
    assert [str(e)[len(str(path)) :] for e in errors] == [
        ":1: titel: unknown field; did you mean 'title'?",
        ":2: date: 2024-02-30 is not a real date (day is out of range for month)",
        ":4: sources #1: javascript: URLs are not allowed;"
        " sources must be http:// or https:// links",
        ":6: sources #3: duplicate of sources #2 (line 5): https://EXAMPLE.com/budget/#vote",
        ":7: sources #4.url: ftp: URLs are not allowed; sources must be http:// or https:// links",
        ":8: sources #4.nte: unknown field; did you mean 'note'?",
        ":9: tags: expected a list of strings or a comma-separated string, got a number;"
        " put it in quotes to make it text",
        ":10: status: 'publish' is not one of: published, draft, hidden; did you mean 'published'?",
    ]
    with pytest.raises(StubError) as info:
        load_stub(path)
    assert info.value is not errors[0] and str(info.value) == str(errors[0])
    assert (info.value.line, info.value.field) == (1, "titel")


def test_load_stub_raises_the_first_problem(tmp_path: Path) -> None:
    path = write(tmp_path, "title: T\ndate: 2024-02-30\nsources: []\n")
    with pytest.raises(StubError) as info:
        load_stub(path)
    assert (
        str(info.value)
        == f"{path}:2: date: 2024-02-30 is not a real date (day is out of range for month)"
    )
    assert info.value.path == str(path) and info.value.line == 2 and info.value.field == "date"


# -- looks_like_stub ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.yaml", GOOD, True),
        ("a.yml", GOOD, True),
        ("a.YAML", GOOD, True),
        ("a.yaml", "title: only a title\n", True),
        ("a.yaml", "sources: [https://example.com]\n", True),
        ("a.yaml", "menu:\n  - home\n  - about\n", False),
        ("a.yaml", "site:\n  title: nested, not a stub key\n", False),
        ("a.yaml", "name: title\nvalue: sources\n", False),
        ("a.yaml", "{}\n", False),
        ("a.yaml", "", True),
        ("a.yaml", "# just a comment\n", True),
        ("a.yaml", "- a\n- b\n", True),
        ("a.yaml", "plain text\n", True),
        ("a.yaml", "title: [unclosed\n", True),
        ("a.yaml", "menu: [unclosed\n", True),
        ("a.yaml", "menu: x\n---\nother: y\n", True),
        ("a.yaml", b"menu: caf\xe9\n", True),
        ("a.yaml", "\ufefftitle: with BOM\n", True),
        ("a.md", GOOD, False),
        ("a.json", '{"title": "x"}', False),
    ],
)
def test_looks_like_stub(tmp_path: Path, name: str, content: str | bytes, expected: bool) -> None:
    assert looks_like_stub(write(tmp_path, content, name)) is expected


def test_looks_like_stub_never_raises(tmp_path: Path) -> None:
    assert looks_like_stub(tmp_path / "missing.yaml") is True
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    assert looks_like_stub(folder) is True
    assert looks_like_stub(FIXTURES / "bad" / "billion-laughs.yaml") is True
    big = "entries:\n" + "".join(f"  - id: {n}\n    name: item {n}\n" for n in range(50_000))
    assert looks_like_stub(write(tmp_path, big, "data.yaml")) is False


# -- new_stub_text ------------------------------------------------------------------

HOSTILE_TITLES = [
    "Storm tears roof off Harbor Road warehouse",
    'Mayor says "no comment" on budget',
    "It's a 'quoted' story",
    "Council: budget approved: 5-4",
    "Key: value # not a comment",
    "<script>alert(1)</script>",
    '<img src=x onerror=alert(1)> x" onmouseover="alert(1)',
    "- starts with a dash",
    "? question mark first",
    "! bang first",
    "!!python/object/apply:os.system",
    "&anchor looks like an anchor",
    "*alias looks like an alias",
    "{a: 1}",
    "[1, 2]",
    "| pipe first",
    "> greater first",
    "% percent first",
    "@ at first",
    "` backtick first",
    "yes",
    "No",
    "null",
    "~",
    "123",
    "1e3",
    "0x1F",
    "2024-01-20",
    "back\\slash and \\n literal",
    "Ünïcödé headline — with dashes… and emoji 🌩",
    "#hashtag first",
    "trailing colon:",
    "--- document marker",
    "...",
]


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_new_stub_text_round_trips_hostile_titles(tmp_path: Path, title: str) -> None:
    urls = ["https://example.com/a?x=1&y=2#frag", "http://example.org/b: c"[:-3]]
    text = new_stub_text(title, urls, date="2024-01-20", tags=[title, "weather"], category=title)
    stub = load_stub(write(tmp_path, text))
    assert stub.title == title
    assert [ref.url for ref in stub.sources] == urls
    assert stub.date == datetime(2024, 1, 20)
    assert stub.tags == (title, "weather") and stub.category == title


def test_new_stub_text_is_readable(tmp_path: Path) -> None:
    text = new_stub_text(
        "Storm hits the coast",
        ["https://example.com/news/storm", "https://example.org/weather"],
        date="2024-01-20",
        tags=["weather", "eastbrook"],
        category="Local",
    )
    assert text == (
        "title: Storm hits the coast\n"
        "date: 2024-01-20\n"
        "sources:\n"
        "  - https://example.com/news/storm\n"
        "  - https://example.org/weather\n"
        "tags:\n"
        "  - weather\n"
        "  - eastbrook\n"
        "category: Local\n"
    )
    assert new_stub_text("T", ["https://example.com/"], date="2024-01-20T09:30:00+01:00").count(
        "date: 2024-01-20T09:30:00+01:00\n"
    )


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"title": "Line one\nLine two"}, "<new stub>:1: title: must be a single line"),
        ({"title": "Bell\x07"}, "title: contains the control character U+0007"),
        ({"title": "   "}, "title: is empty"),
        ({"urls": []}, "sources: no sources"),
        ({"urls": ["javascript:alert(1)"]}, "sources #1: javascript: URLs are not allowed"),
        ({"urls": ["https://a.example/x", "https://a.example/x/"]}, "duplicate of sources #1"),
        ({"date": "2024-02-30"}, "date: 2024-02-30 is not a real date"),
        ({"date": "tomorrow"}, "date: 'tomorrow' is not a date"),
        ({"tags": ["ok", "bad\ntag"]}, "tags: 'bad\\ntag': must be a single line"),
    ],
)
def test_new_stub_text_refuses_invalid_input(kwargs: dict, expected: str) -> None:
    args = {"title": "T", "urls": ["https://example.com/a"], "date": "2024-01-20", **kwargs}
    with pytest.raises(StubError) as info:
        new_stub_text(args.pop("title"), args.pop("urls"), **args)
    assert expected in str(info.value)


# -- slugify ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Storm tears roof off Harbor Road warehouse",
            "storm-tears-roof-off-harbor-road-warehouse",
        ),
        ("  Hello,   World!  ", "hello-world"),
        ("Café crème brûlée", "cafe-creme-brulee"),
        ("Straße in Øresund, Łódź", "strasse-in-oresund-lodz"),
        ("Mayor's 'big' plan & more", "mayors-big-plan-and-more"),
        ("<script>alert(1)</script>", "script-alert-1-script"),
        ("2024: year in review", "2024-year-in-review"),
        ("already-a-slug", "already-a-slug"),
        ("Ｆｕｌｌｗｉｄｔｈ", "fullwidth"),
    ],
)
def test_slugify(text: str, expected: str) -> None:
    assert slugify(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "!!!", "東京で地震", "🌩️🌩️", "\x00"])
def test_slugify_is_never_empty(text: str) -> None:
    slug = slugify(text)
    assert re.fullmatch(r"story-[0-9a-f]{8}", slug)
    assert slugify(text) == slug  # stable
    assert slugify("東京で地震") != slugify("大阪で地震")


def test_slugify_is_bounded_and_clean() -> None:
    long = "word " * 40
    slug = slugify(long)
    assert len(slug) <= 80 and slug == slug.strip("-") and slug.startswith("word-word")
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug)
    unbroken = slugify("x" * 200)
    assert unbroken == "x" * 80
    for text in HOSTILE_TITLES:
        slug = slugify(text)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) and len(slug) <= 80
        assert slug == slugify(slug)


def test_slug_suggestion_is_a_valid_slug(tmp_path: Path) -> None:
    msg = one(tmp_path, GOOD + "slug: Ünïcödé Headline!\n")
    suggested = re.search(r"for example '([^']+)'", msg)
    assert suggested and suggested.group(1) == "unicode-headline"
    assert load_stub(
        write(tmp_path, GOOD + f"slug: {suggested.group(1)}\n")
    ).slug == suggested.group(1)


def test_fixture_stubs_have_no_stray_files() -> None:
    # The good fixtures are loadable as a folder of stubs (as the build sees them).
    for path in sorted((FIXTURES / "good").glob("*.yaml")):
        assert looks_like_stub(path)
        load_stub(path)
    for path in sorted((FIXTURES / "bad").glob("*.yaml")):
        assert looks_like_stub(path)
        assert check_stub(path)[0] is None
    assert os.path.isdir(FIXTURES)
