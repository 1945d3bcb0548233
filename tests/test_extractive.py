"""The offline extractive writer and its sentence splitter."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import pytest

from pelican_aibot._text import split_sentences, terms
from pelican_aibot.backends import get_backend
from pelican_aibot.backends.extractive import ExtractiveBackend
from pelican_aibot.errors import BackendError
from pelican_aibot.extract import extract
from pelican_aibot.models import Draft, Source, Stub
from pelican_aibot.settings import AibotSettings

from .conftest import REPO
from .test_extract import corpus_extracted, needs_corpus

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
STORM_TITLE = "Storm tears roof off Harbor Road warehouse"
CITED = re.compile(r" ?(\S.*?) \[(\d+)\](?= |$)")


def make_stub(title: str = STORM_TITLE, brief: str | None = None) -> Stub:
    return Stub(
        path=Path("content/story.yaml"),
        title=title,
        date=datetime(2024, 1, 20),
        sources=(),
        brief=brief,
    )


def fixture_source(n: int, name: str) -> Source:
    extracted = extract((FIXTURES / name).read_bytes(), content_type="text/plain")
    return Source(n=n, url=f"https://news.example/{name}", text=extracted.text)


def storm_sources() -> list[Source]:
    names = ["storm-gazette.txt", "storm-weather.txt", "storm-police.txt"]
    return [fixture_source(i, name) for i, name in enumerate(names, 1)]


def write(
    sources: Sequence[Source], stub: Stub | None = None, settings: AibotSettings | None = None
) -> Draft:
    backend = ExtractiveBackend(settings or AibotSettings())
    return asyncio.run(backend.write(stub or make_stub(), sources))


def cited_sentences(draft: Draft) -> list[tuple[str, int]]:
    """(sentence, source number) for every sentence of the body, checking the layout."""
    found = []
    for paragraph in draft.body.strip().split("\n\n"):
        pieces = CITED.findall(paragraph)
        assert " ".join(f"{s} [{n}]" for s, n in pieces) == paragraph, paragraph
        found.extend((sentence, int(n)) for sentence, n in pieces)
    return found


def assert_verbatim_and_cited(draft: Draft, sources: Sequence[Source]) -> None:
    by_n = {s.n: s for s in sources}
    for sentence, n in cited_sentences(draft):
        assert n in by_n, f"citation [{n}] names no source"
        assert sentence in by_n[n].text, f"not verbatim from [{n}]: {sentence}"


# The draft


def test_draft_fields_and_shape() -> None:
    sources = storm_sources()
    draft = write(sources)
    assert draft.headline == STORM_TITLE
    assert draft.backend == "extractive"
    assert draft.model == "extractive-2"
    assert draft.usage.total_tokens == draft.usage.prompt_tokens == 0
    sentences = cited_sentences(draft)
    assert len(sentences) == 8  # AIBOT_SUMMARY_SENTENCES default
    assert 2 <= len(draft.body.strip().split("\n\n")) <= 5
    assert draft.summary == sentences[0][0]  # the dek is the lead, without its citation
    assert "[" not in draft.summary
    assert {n for _, n in sentences} == {1, 2, 3}
    assert_verbatim_and_cited(draft, sources)


def test_lead_is_the_story_and_the_rest_keeps_source_order() -> None:
    draft = write(storm_sources())
    sentences = cited_sentences(draft)
    # The dateline is dropped: the sentence must read on its own inside a story.
    assert sentences[0][0].startswith("A violent storm tore the roof off")
    rest = [n for _, n in sentences[1:]]
    assert rest == sorted(rest)


def test_same_fact_in_two_sources_appears_once() -> None:
    # storm-weather.txt repeats the Gazette's lead sentence word for word, minus the dateline.
    repeated = "A violent storm tore the roof off a warehouse on Harbor Road on Saturday night"
    sources = storm_sources()
    assert all(repeated in s.text for s in sources[:2])
    draft = write(sources)
    assert draft.body.count(repeated) == 1


def test_junk_sentences_are_skipped() -> None:
    body = write(storm_sources()).body
    for junk in ("Click here", "ADVERTISEMENT", "Photo:", "newsletter"):
        assert junk not in body


def test_sentences_with_markdown_syntax_are_not_copied() -> None:
    text = (
        "The council met on Monday to discuss the harbor storm damage and repairs. "
        "The mayor said the *emergency* fund would pay for the repairs to the pier. "
        "Engineers expect the pier to reopen in about three weeks, officials said. "
        "A report [PDF] on the damage was published by the city on Monday afternoon."
    )
    draft = write([Source(n=1, url="https://news.example/a", text=text)])
    assert "*" not in draft.body and "[PDF]" not in draft.body
    assert_verbatim_and_cited(draft, [Source(n=1, url="u", text=text)])


def test_title_decides_the_lead() -> None:
    sources = [fixture_source(1, "storm-gazette.txt"), fixture_source(2, "budget.txt")]
    storm = write(sources, make_stub(STORM_TITLE))
    budget = write(sources, make_stub("Eastbrook school board approves budget"))
    assert cited_sentences(storm)[0][1] == 1
    assert cited_sentences(budget)[0][1] == 2
    assert "school board approved" in budget.summary


def test_brief_steers_the_selection() -> None:
    sources = storm_sources()
    settings = AibotSettings(summary_sentences=3)
    plain = write(sources, make_stub(), settings)
    steered = write(
        sources, make_stub(brief="Focus on police, traffic signals and looting."), settings
    )
    assert "Officers directed traffic" not in plain.body
    assert "Officers directed traffic" in steered.body


def test_summary_sentences_setting_and_params() -> None:
    settings = AibotSettings(summary_sentences=3)
    backend = ExtractiveBackend(settings)
    assert backend.params() == {
        "algorithm": "centroid-title-position-dedupe",
        "version": 2,
        "sentences": 3,
    }
    assert len(cited_sentences(write(storm_sources(), settings=settings))) == 3
    assert isinstance(get_backend(AibotSettings()), ExtractiveBackend)


def test_short_sources_give_a_shorter_story() -> None:
    text = (
        "The harbor ferry will stop running on Sundays from next month, the operator said. "
        "Weekday sailings will not change, and the winter timetable starts on Monday. "
        "The operator blamed falling passenger numbers and rising fuel costs."
    )
    sources = [Source(n=1, url="https://news.example/ferry", text=text)]
    draft = write(sources, make_stub("Harbor ferry cuts Sunday sailings"))
    assert 2 <= len(cited_sentences(draft)) < 8
    assert_verbatim_and_cited(draft, sources)


def test_one_source_and_twenty_sources() -> None:
    one = [fixture_source(1, "storm-gazette.txt")]
    assert_verbatim_and_cited(write(one), one)
    names = ["storm-gazette.txt", "storm-weather.txt", "storm-police.txt", "budget.txt"]
    twenty = [fixture_source(i, names[(i - 1) % 4]) for i in range(1, 21)]
    draft = write(twenty)
    assert_verbatim_and_cited(draft, twenty)
    sentences = [s for s, _ in cited_sentences(draft)]
    assert len(sentences) == len(set(sentences)) == 8  # copies of a text are one text


@pytest.mark.parametrize(
    "texts",
    [
        [],
        [""],
        ["Too short.", "   "],
        ["SUBSCRIBE NOW FOR UNLIMITED ACCESS TO ALL OUR STORIES AND MORE.", "Click here."],
        ["Only one usable sentence is in this whole source text, sadly enough."],
    ],
)
def test_empty_or_short_sources_raise_backend_error(texts: list[str]) -> None:
    sources = [Source(n=i, url=f"https://x.example/{i}", text=t) for i, t in enumerate(texts, 1)]
    with pytest.raises(BackendError) as info:
        write(sources)
    assert STORM_TITLE in str(info.value)
    assert "\n" not in str(info.value)


def test_deterministic_within_and_across_processes() -> None:
    sources = storm_sources()
    first = write(sources)
    assert write(sources) == first
    script = textwrap.dedent(
        """
        import asyncio, sys
        from tests.test_extractive import ExtractiveBackend, AibotSettings, make_stub
        from tests.test_extractive import storm_sources
        draft = asyncio.run(ExtractiveBackend(AibotSettings()).write(make_stub(), storm_sources()))
        sys.stdout.write(draft.body)
        """
    )
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True
        )
        assert out.returncode == 0, out.stderr
        assert out.stdout == first.body


# On real news pages


CORPUS_EVENTS = {
    "Sweden drops Assange rape investigation": ["aeb-c7e39ac49fa1", "aeb-dc7ccccc1f34"],
    "Volker and Morrison testify in impeachment hearing": ["aeb-7a664e40d256", "aeb-c90731f051d0"],
    "Plague cases diagnosed in China": ["aeb-8b1945303082", "aeb-ea25dd7edff4"],
    "WeWork faces layoffs and a state inquiry": ["aeb-06e5123e4ef7", "aeb-bc13ff87b263"],
}


def corpus_sources(ids: list[str]) -> list[Source]:
    return [
        Source(n=i, url=f"https://corpus.example/{page}", text=corpus_extracted(page).text)
        for i, page in enumerate(ids, 1)
    ]


@needs_corpus
@pytest.mark.parametrize("title", sorted(CORPUS_EVENTS))
def test_corpus_events_verbatim_cited_and_without_repeats(title: str) -> None:
    sources = corpus_sources(CORPUS_EVENTS[title])
    draft = write(sources, make_stub(title))
    assert_verbatim_and_cited(draft, sources)
    sentences = cited_sentences(draft)
    assert len(sentences) == 8
    assert {n for _, n in sentences} == {1, 2}  # both reports contribute
    bags = [set(terms(s)) for s, _ in sentences]
    for i, a in enumerate(bags):
        for b in bags[i + 1 :]:
            assert len(a & b) / len(a | b) < 0.5


@needs_corpus
def test_assange_reports_give_the_news_once() -> None:
    bbc = "Prosecutors in Sweden have dropped an investigation into a rape allegation"
    albawaba = "Sweden has dropped its investigation into a 2010 rape allegation"
    sources = corpus_sources(CORPUS_EVENTS["Sweden drops Assange rape investigation"])
    assert bbc in sources[0].text and albawaba in sources[1].text
    body = write(sources, make_stub("Sweden drops Assange rape investigation")).body
    assert (bbc in body) + (albawaba in body) == 1


# Sentence splitting


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Mr. Smith went to Washington. He arrived on Jan. 5 at 3.5 p.m. local time.",
            ["Mr. Smith went to Washington.", "He arrived on Jan. 5 at 3.5 p.m. local time."],
        ),
        (
            "The U.S. economy grew 2.1% in the U.S. The Fed said so.",
            ["The U.S. economy grew 2.1% in the U.S.", "The Fed said so."],
        ),
        (
            "HAYWARD, Calif. (AP) — A man was stabbed. Police said he died.",
            ["HAYWARD, Calif. (AP) — A man was stabbed.", "Police said he died."],
        ),
        (
            '"We got her!" the officer shouted. \u201cIt was amazing.\u201d Then they left.',
            [
                '"We got her!" the officer shouted.',
                "\u201cIt was amazing.\u201d",
                "Then they left.",
            ],
        ),
        (
            "J. K. Rowling wrote it. Dr. Jones agreed... Really? Yes!",
            ["J. K. Rowling wrote it.", "Dr. Jones agreed...", "Really?", "Yes!"],
        ),
        (
            "Rep. Ilhan Omar spoke at No. 10 Downing St. on Friday. Shares rose to $12.90.",
            ["Rep. Ilhan Omar spoke at No. 10 Downing St. on Friday.", "Shares rose to $12.90."],
        ),
        ('He said: "Stop." She stopped.', ['He said: "Stop."', "She stopped."]),
        (
            "It was 5 p.m. Police arrived at the scene.",
            ["It was 5 p.m.", "Police arrived at the scene."],
        ),
        ("no final period here", ["no final period here"]),
    ],
)
def test_split_sentences(paragraph: str, expected: list[str]) -> None:
    assert split_sentences(paragraph) == expected
    assert all(s in paragraph for s in split_sentences(paragraph))
