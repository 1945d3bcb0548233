"""The cache: content addresses, stable pretty JSON, atomic writes, corrupt files."""

from __future__ import annotations

import json
import os

import pytest

from pelican_aibot.cache import Cache, hash_key, source_key
from pelican_aibot.errors import CacheError


def test_entries_are_pretty_sorted_json_with_a_schema(tmp_path):
    cache = Cache(tmp_path)
    path = cache.put_source("https://example.com/a", {"text": "Body", "title": "T"})
    text = path.read_text(encoding="utf-8")
    assert text.endswith("}\n")
    assert text.index('"schema"') < text.index('"text"') < text.index('"title"')
    assert path.parent.name == path.stem[:2]
    assert path.relative_to(tmp_path).parts[0] == "sources"
    assert json.loads(text) == {"schema": 1, "text": "Body", "title": "T"}


def test_round_trip_through_a_fresh_cache_object(tmp_path):
    Cache(tmp_path).put_article("ab" * 32, {"body": "Ünïcode stays readable"})
    entry = Cache(tmp_path).get_article("ab" * 32)
    assert entry["body"] == "Ünïcode stays readable"
    raw = (tmp_path / "articles" / "ab" / ("ab" * 32 + ".json")).read_text(encoding="utf-8")
    assert "Ünïcode" in raw  # not \u-escaped: reviewers read the diff


def test_keys_are_stable_and_order_independent():
    assert hash_key({"a": 1, "b": [1, 2]}) == hash_key({"b": [1, 2], "a": 1})
    assert hash_key({"a": 1}) != hash_key({"a": 2})
    assert source_key("https://example.com/a") != source_key("https://example.com/b")
    assert len(source_key("https://example.com/a")) == 64


def test_missing_entry_is_none(tmp_path):
    assert Cache(tmp_path).get_article("cd" * 32) is None


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe", b"[1, 2]", b'{"schema": 99}'])
def test_corrupt_entry_is_a_cache_error_naming_the_file(tmp_path, content):
    cache = Cache(tmp_path)
    path = cache.path_for("articles", "ef" * 32)
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with pytest.raises(CacheError) as info:
        cache.get_article("ef" * 32)
    message = str(info.value)
    assert str(path) in message and "\n" not in message


def test_failed_write_leaves_no_partial_file(tmp_path, monkeypatch):
    cache = Cache(tmp_path)

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        cache.put_article("12" * 32, {"body": "x"})
    assert list((tmp_path / "articles").rglob("*")) == [tmp_path / "articles" / "12"]


def test_keys_lists_entries_and_delete_removes_them(tmp_path):
    cache = Cache(tmp_path)
    cache.put_article("aa" * 32, {})
    cache.put_article("bb" * 32, {})
    assert list(cache.keys("articles")) == ["aa" * 32, "bb" * 32]
    cache.delete("articles", "aa" * 32)
    assert list(cache.keys("articles")) == ["bb" * 32]
    assert not (tmp_path / "articles" / "aa").exists()


def test_bad_addresses_are_refused(tmp_path):
    with pytest.raises(ValueError):
        Cache(tmp_path).path_for("articles", "../../etc/passwd")
