"""Build real Pelican sites in temporary folders, in a subprocess like a user would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"

BASE_SETTINGS: dict[str, Any] = {
    "SITENAME": "Test Ledger",
    "SITEURL": "",
    "PATH": "content",
    "TIMEZONE": "UTC",
    "DEFAULT_LANG": "en",
    "PLUGINS": ["pelican_aibot"],
    "FEED_ALL_ATOM": None,
    "CATEGORY_FEED_ATOM": None,
    "TRANSLATION_FEED_ATOM": None,
    "AUTHOR_FEED_ATOM": None,
    "AUTHOR_FEED_RSS": None,
    "ARTICLE_EXCLUDES": ["pages", "sources"],
    "STATIC_PATHS": ["sources"],
    "THEME": str(REPO / "theme"),
}


def make_site(
    root: Path,
    stubs: Mapping[str, str],
    *,
    files: Mapping[str, str | bytes] | None = None,
    settings: Mapping[str, Any] | None = None,
) -> Path:
    """A site folder: pelicanconf.py, content/stories/<name>.yaml, extra content files."""
    content = root / "content"
    (content / "stories").mkdir(parents=True, exist_ok=True)
    for name, text in stubs.items():
        (content / "stories" / name).write_text(text, encoding="utf-8")
    for name, data in (files or {}).items():
        path = content / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    conf = {**BASE_SETTINGS, **(settings or {})}
    lines = [f"{key} = {value!r}" for key, value in conf.items()]
    (root / "pelicanconf.py").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def build(
    root: Path,
    *,
    env: Mapping[str, str] | None = None,
    no_network: bool = False,
    args: tuple[str, ...] = (),
    output: str = "output",
) -> subprocess.CompletedProcess[str]:
    """Run ``pelican content -s pelicanconf.py`` in ``root``; optionally with no network."""
    command = [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py"]
    command += ["-o", output, "--delete-output-directory", *args]
    if no_network:
        command = ["unshare", "-n", "--", *command]
    full_env = {
        key: value for key, value in os.environ.items() if not key.startswith(("AIBOT_", "OPENAI_"))
    }
    full_env["COLUMNS"] = "400"  # rich wraps log lines at the terminal width
    full_env.update(env or {})
    return subprocess.run(
        command, cwd=root, env=full_env, capture_output=True, text=True, timeout=300
    )


def can_unshare_network() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-n", "--", "true"], capture_output=True)
    return probe.returncode == 0


def output_files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def stub_yaml(title: str, date: str, sources: list[str], **extra: Any) -> str:
    lines = ["title: " + yaml_quote(title), f"date: {date}", "sources:"]
    for source in sources:
        if source.startswith("path:"):
            lines.append(f"  - path: {source[5:]}")
        else:
            lines.append(f"  - {source}")
    for key, value in extra.items():
        lines.append(f"{key}: {value}")
    return "\n".join(lines) + "\n"


def yaml_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def openai_env(base_url: str, api_key: str, model: str = "test-model") -> dict[str, str]:
    """Environment for a build with the openai backend against a loopback endpoint,
    fetching sources from the loopback news server."""
    return {
        "AIBOT_BACKEND": "openai",
        "AIBOT_MODEL": model,
        "AIBOT_BASE_URL": base_url,
        "AIBOT_ALLOWED_PRIVATE_HOSTS": "127.0.0.1",
        "OPENAI_API_KEY": api_key,
    }
