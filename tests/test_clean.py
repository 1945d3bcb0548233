"""Meta-commentary removal: the model's talk about its own writing goes, reporting stays."""

from __future__ import annotations

import pytest

from pelican_aibot.clean import is_meta, strip_meta_commentary

STORY = (
    "A storm tore the roof off a warehouse on Harbor Road in Eastbrook early on Saturday, "
    "injuring four workers, police said [1].\n\n"
    '"It sounded like a freight train," said owner Gail Porter [1].\n\n'
    "About 2,300 homes lost power; by 9 p.m. all but 180 had been reconnected [2]."
)


def test_clean_story_is_untouched() -> None:
    cleaned, removed = strip_meta_commentary(STORY)
    assert cleaned == STORY
    assert removed == []


@pytest.mark.parametrize(
    "lead",
    [
        "Here is the article:",
        "Sure! Here's a news story based on the sources you provided:",
        "Certainly! Below is a concise news article about the storm.",
        "As an AI language model, I have written the following story from the sources.",
        "Headline: Storm tears roof off warehouse",
        "Write a news article about the storm in Eastbrook using the sources below.",
    ],
)
def test_leading_meta_is_removed(lead: str) -> None:
    cleaned, removed = strip_meta_commentary(lead + "\n\n" + STORY)
    assert cleaned == STORY
    assert removed == [lead]


@pytest.mark.parametrize(
    "tail",
    [
        "I hope this helps! Let me know if you'd like any changes.",
        "This breaking news story covers the key details of the event, including injuries "
        "and power cuts.",
        "The goal was to produce an engaging yet responsible piece that informs readers "
        "without sensationalism.",
        "In summary, this article provides an overview of the storm and its aftermath.",
        "Note: This article is based on the provided sources and should be verified.",
        "Word count: 412",
        "I have kept the tone neutral and attributed every figure to its source.",
        "Citations in brackets refer to the numbered sources.",
    ],
)
def test_trailing_meta_is_removed(tail: str) -> None:
    cleaned, removed = strip_meta_commentary(STORY + "\n\n" + tail)
    assert cleaned == STORY
    assert removed == [tail]


def test_meta_sentences_glued_to_the_story_are_cut_at_the_ends() -> None:
    text = (
        "Sure! Here is the article: A storm tore the roof off a warehouse [1].\n\n"
        "Power was restored by Monday [2]. I hope this helps!"
    )
    cleaned, removed = strip_meta_commentary(text)
    assert cleaned == (
        "A storm tore the roof off a warehouse [1].\n\nPower was restored by Monday [2]."
    )
    assert removed == ["Sure!", "Here is the article:", "I hope this helps!"]


def test_standalone_meta_paragraph_in_the_middle_is_removed() -> None:
    paragraphs = STORY.split("\n\n")
    meta = "This story aims to give readers a balanced view of the events."
    text = "\n\n".join([paragraphs[0], meta, *paragraphs[1:]])
    cleaned, removed = strip_meta_commentary(text)
    assert cleaned == STORY
    assert removed == [meta]


def test_real_world_closing_commentary() -> None:
    """The failure seen on a real AI news site: two closing paragraphs about the piece."""
    text = (
        STORY
        + "\n\n---\n\n"
        + "This breaking news story covers the key details of the incident, citing police "
        "and the utility.\n\n"
        + "The goal was to produce an engaging yet responsible piece, avoiding speculation "
        "about the cause."
    )
    cleaned, removed = strip_meta_commentary(text)
    assert cleaned == STORY
    assert len(removed) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 50 of the act says councils must publish a summary of their accounts.",
        "The council said in a summary of its findings that the roof was unsafe.",
        "The report highlights a 12 percent rise in road deaths.",
        "Here is what we know about the storm so far.",
        "Police said anyone with information should feel free to call the hotline.",
        "The article, published in Nature on Tuesday, found that the vaccine cut cases by 71%.",
        "Note: figures for 2024 are provisional, the agency said.",
        "Sure enough, the river rose again on Sunday night.",
        "The story of the bridge began in 1962, when it opened to traffic.",
        "Officers said the driver had given information to investigators.",
        '"I hope this helps the families," the mayor said.',
        '"I have written to the minister about this story," Porter said.',
        "Editor's note: An earlier version of this story misstated the number of injured.",
        "Details of the information provided by the police were not released.",
        "In summary, the agency said the dam held.",
    ],
)
def test_reporting_is_not_meta(sentence: str) -> None:
    assert not is_meta(sentence)
    text = STORY + "\n\n" + sentence
    cleaned, removed = strip_meta_commentary(text)
    assert removed == []
    assert cleaned == text


def test_quoted_meta_words_do_not_count() -> None:
    text = 'The mayor said: "As an AI researcher, I hope this helps the town."'
    assert strip_meta_commentary(text) == (text, [])


def test_only_meta_gives_empty_text() -> None:
    cleaned, removed = strip_meta_commentary("Sure! Here is the article:\n\nI hope this helps!")
    assert cleaned == ""
    assert removed == ["Sure! Here is the article:", "I hope this helps!"]


def test_trailing_newline_is_kept() -> None:
    cleaned, _ = strip_meta_commentary("Here is the story:\n\n" + STORY + "\n")
    assert cleaned == STORY + "\n"
