"""Extraction: quality against the annotated news corpus, decoding, plain text, refusals."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from pelican_aibot.errors import ExtractError
from pelican_aibot.extract import Extracted, decode, extract, parse_content_type

from .conftest import CORPUS

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
MIN_MACRO_F1 = 0.95

needs_corpus = pytest.mark.skipif(
    not (CORPUS / "manifest.json").is_file(),
    reason=f"extraction corpus not found at {CORPUS} (test data kept outside the repo)",
)


def _tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def token_f1(predicted: str, expected: str) -> float:
    """Bag-of-words F1 between two texts (lower-cased word tokens)."""
    pred, gold = _tokens(predicted), _tokens(expected)
    overlap = sum((pred & gold).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(pred.values()), overlap / sum(gold.values())
    return 2 * precision * recall / (precision + recall)


@cache
def corpus_pages() -> list[dict]:
    return json.loads((CORPUS / "manifest.json").read_text("utf-8"))["pages"]


@cache
def corpus_extracted(page_id: str) -> Extracted:
    page = next(p for p in corpus_pages() if p["id"] == page_id)
    return extract((CORPUS / page["file"]).read_bytes(), url=page["url"])


# Quality against the corpus


@needs_corpus
def test_corpus_token_f1_macro_mean_is_at_least_095() -> None:
    scores = {}
    for page in corpus_pages():
        truth = page["ground_truth"]
        assert truth["type"] == "full_text", page["id"]
        scores[page["id"]] = token_f1(corpus_extracted(page["id"]).text, truth["article_body"])
    macro = sum(scores.values()) / len(scores)
    worst = min(scores, key=scores.__getitem__)
    assert macro >= MIN_MACRO_F1, f"macro F1 {macro:.4f}; worst {worst} at {scores[worst]:.3f}"
    assert min(scores.values()) > 0.75, scores


@needs_corpus
def test_corpus_pages_give_clean_paragraphs_and_metadata() -> None:
    for page in corpus_pages():
        result = corpus_extracted(page["id"])
        assert "\n\n\n" not in result.text
        for paragraph in result.text.split("\n\n"):
            assert paragraph == paragraph.strip() and paragraph, page["id"]
            assert "\n" not in paragraph
        assert result.title, page["id"]
        assert result.site, page["id"]
        assert result.date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", result.date)


@needs_corpus
def test_corpus_metadata_of_an_ap_story() -> None:
    result = corpus_extracted("aeb-82b6d780c792")
    assert result.title == "Unpredictable Sondland faces questions about Trump, Ukraine"
    assert result.date == "2019-11-20"
    assert result.author and "MASCARO" in result.author
    assert result.text.startswith("WASHINGTON (AP) — Ambassador Gordon Sondland")


@needs_corpus
def test_corpus_page_without_declared_charset_decodes_as_utf8() -> None:
    # aeb-06e5123e4ef7 (VentureBeat) declares no charset and holds non-ASCII text.
    raw = (CORPUS / "pages" / "aeb-06e5123e4ef7.html").read_bytes()
    assert b"charset" not in raw.lower()
    text = extract(raw).text
    assert "\u2014" in text  # the em dash of "(Reuters) — The New York ..."
    assert "\u00e2\u20ac" not in text  # no mojibake


# Our own fixtures


def test_article_page_text_and_metadata() -> None:
    result = extract(
        (FIXTURES / "article.html").read_bytes(),
        url="https://gazette.example/2024/storm",
        content_type="text/html; charset=utf-8",
    )
    assert result.title == "Storm tears roof off Harbor Road warehouse"
    assert result.site == "Eastbrook Gazette"
    assert result.author == "Ruth Alvarez"
    assert result.date == "2024-01-21"
    paragraphs = result.text.split("\n\n")
    assert paragraphs[0].startswith("EASTBROOK — A violent storm tore the roof off")
    assert paragraphs[-1].startswith("The city has closed Harbor Road")
    assert "Miller & Sons" in result.text
    assert "Section Sport" not in result.text  # navigation
    assert "Council debates plan" not in result.text  # teasers
    assert "About us" not in result.text  # footer


def test_extraction_is_deterministic_and_accepts_str() -> None:
    raw = (FIXTURES / "article.html").read_bytes()
    first = extract(raw, url="https://gazette.example/a")
    assert extract(raw, url="https://gazette.example/a") == first
    assert extract(raw.decode("utf-8"), url="https://gazette.example/a") == first


def test_site_falls_back_to_the_host() -> None:
    html = "<html><body><article>" + "<p>The harbor was calm today, officials said.</p>" * 12
    result = extract(html + "</article></body></html>", url="https://www.harbor.example/x")
    assert result.site == "harbor.example"


def test_navigation_only_page_is_refused() -> None:
    with pytest.raises(ExtractError, match="no article text found"):
        extract((FIXTURES / "nav-only.html").read_bytes(), url="https://gazette.example/")


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"", "text/html", "empty"),
        (b"   \n\t  ", None, "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, None, "binary"),
        (b"%PDF-1.7\n", "application/pdf", "unsupported content type"),
        (b"GIF89a", "image/gif", "unsupported content type"),
        (b'{"title": "x"}', "application/json", "unsupported content type"),
        (b"<html><body><p>Page not found.</p></body></html>", "text/html", "no article text"),
        (b"Too short to be a story.", "text/plain", "no article text"),
    ],
)
def test_unusable_content_raises_extract_error(
    body: bytes, content_type: str | None, message: str
) -> None:
    with pytest.raises(ExtractError, match=message) as info:
        extract(body, url="https://news.example/a", content_type=content_type)
    assert str(info.value).startswith("https://news.example/a: ")
    assert "\n" not in str(info.value)


# Plain text


def test_plain_text_paragraphs_title_and_hard_wraps() -> None:
    raw = (
        b"Harbor Road reopens\r\n\r\n"
        b"The city reopened Harbor Road on Tuesday after engineers\r\n"
        b"declared the damaged warehouse safe.\r\n\r\n\r\n"
        b"Crews removed the last of the debris overnight, and traffic was back to normal\n"
        b"by the morning rush hour, a city spokesman said on Tuesday afternoon.\n\n"
        b"   The warehouse owner said repairs to the roof would take about six weeks.  \n"
    )
    result = extract(raw, content_type="text/plain; charset=utf-8")
    assert result.title == "Harbor Road reopens"
    assert result.text.split("\n\n") == [
        "The city reopened Harbor Road on Tuesday after engineers declared the damaged "
        "warehouse safe.",
        "Crews removed the last of the debris overnight, and traffic was back to normal by the "
        "morning rush hour, a city spokesman said on Tuesday afternoon.",
        "The warehouse owner said repairs to the roof would take about six weeks.",
    ]
    assert result.site is None and result.date is None


def test_untyped_content_is_sniffed() -> None:
    text = (FIXTURES / "storm-police.txt").read_bytes()
    as_text = extract(text)  # no content type: sniffed as plain text
    assert as_text.text.startswith("Eastbrook Police asked residents")
    html = (FIXTURES / "article.html").read_bytes()
    assert extract(html, content_type="application/octet-stream").title == (
        "Storm tears roof off Harbor Road warehouse"
    )


# Decoding


PARAGRAPH = "Café owners in Zürich said the façade of the théâtre was damaged. " * 8


def _html(text: str, meta: str = "") -> str:
    head = f"<head>{meta}<title>T</title></head>"
    return f"<html>{head}<body><article><p>{text}</p></article></body></html>"


@pytest.mark.parametrize(
    ("body", "kwargs"),
    [
        (_html(PARAGRAPH).encode("iso-8859-1"), {"content_type": "text/html; charset=ISO-8859-1"}),
        (_html(PARAGRAPH, '<meta charset="windows-1252">').encode("cp1252"), {}),
        (
            _html(
                PARAGRAPH, '<meta http-equiv="Content-Type" content="text/html; charset=latin1">'
            ).encode("latin-1"),
            {},
        ),
        (_html(PARAGRAPH).encode("cp1252"), {"charset": "cp1252", "content_type": "text/html"}),
        (_html(PARAGRAPH).encode("utf-8"), {}),
        # Mislabelled: the header says Latin-1, the bytes are UTF-8.
        (_html(PARAGRAPH).encode("utf-8"), {"content_type": "text/html; charset=iso-8859-1"}),
        (b"\xef\xbb\xbf" + _html(PARAGRAPH).encode("utf-8"), {}),
        (_html(PARAGRAPH).encode("utf-16"), {"content_type": "text/html"}),
        (_html(PARAGRAPH).encode("utf-8"), {"content_type": "text/html; charset=no-such-codec"}),
        # Undeclared and not UTF-8: cp1252, the web's legacy default.
        (_html(PARAGRAPH).encode("cp1252"), {}),
    ],
)
def test_charsets_are_decoded(body: bytes, kwargs: dict) -> None:
    result = extract(body, **kwargs)
    assert "Café owners in Zürich said the façade of the théâtre was damaged." in result.text


def test_charset_argument_overrides_header() -> None:
    greek = "Η βουλή ψήφισε τον νέο προϋπολογισμό της πόλης σήμερα το απόγευμα. " * 6
    body = _html(greek).encode("iso-8859-7")
    result = extract(body, content_type="text/html; charset=utf-8", charset="iso-8859-7")
    assert greek.strip() in result.text
    assert parse_content_type('text/html; Charset="ISO-8859-7"') == ("text/html", "ISO-8859-7")
    assert parse_content_type(None) == ("", None)
    assert decode(body, "ISO-8859-7").count("προϋπολογισμό") == 6
