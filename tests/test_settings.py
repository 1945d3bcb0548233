"""Contract 2: defaults, Pelican settings and environment overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelican_aibot.errors import AibotError
from pelican_aibot.pricing import estimate_cost
from pelican_aibot.settings import DEFAULTS, resolve


def test_documented_defaults():
    s = resolve({}, environ={})
    assert (s.backend, s.model, s.base_url, s.mode) == ("extractive", "gpt-4o-mini", None, "auto")
    assert s.cache_path == Path("aibot-cache")
    assert (s.author, dict(s.authors), s.grounding) == ("AiBot", {}, "warn")
    assert s.allowed_private_hosts == ()
    assert s.disclaimer == DEFAULTS["AIBOT_DISCLAIMER"]


def test_environment_overrides_settings():
    s = resolve(
        {"AIBOT_MODE": "auto", "AIBOT_MODEL": "a", "AIBOT_BACKEND": "extractive"},
        environ={
            "AIBOT_MODE": "frozen",
            "AIBOT_MODEL": "llama3.1",
            "AIBOT_BACKEND": "openai",
            "AIBOT_BASE_URL": "http://127.0.0.1:11434/v1",
            "AIBOT_ALLOWED_PRIVATE_HOSTS": "127.0.0.1, intranet.local,",
        },
    )
    assert (s.mode, s.model, s.backend) == ("frozen", "llama3.1", "openai")
    assert s.base_url == "http://127.0.0.1:11434/v1"
    assert s.allowed_private_hosts == ("127.0.0.1", "intranet.local")


def test_cache_path_is_relative_to_the_project(tmp_path):
    s = resolve({"PATH": str(tmp_path / "content")}, environ={})
    assert s.cache_path == tmp_path / "aibot-cache"
    assert s.content_path == tmp_path / "content"


@pytest.mark.parametrize(
    "name,value", [("AIBOT_MODE", "frozn"), ("AIBOT_BACKEND", "gpt"), ("AIBOT_GROUNDING", "x")]
)
def test_bad_choices_are_one_line_errors(name, value):
    with pytest.raises(AibotError, match=f"{name} is '{value}'; expected one of"):
        resolve({name: value}, environ={})


def test_cost_estimates():
    usage = {"prompt_tokens": 1_000_000, "completion_tokens": 100_000}
    assert estimate_cost("openai", "gpt-4o-mini", usage) == pytest.approx(0.21)
    assert estimate_cost("extractive", "extractive-1", None) == 0.0
    assert estimate_cost("openai", "llama3.1", usage) is None
    custom = {"llama3.1": {"input": 0.0, "output": 0.0}}
    assert estimate_cost("openai", "llama3.1", usage, custom) == 0.0
