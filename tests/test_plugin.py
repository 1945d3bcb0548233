"""The plugin inside a program that already runs an event loop (notebooks, Playwright)."""

from __future__ import annotations

import asyncio

from pelican import Pelican
from pelican.settings import read_settings

from tests._site import make_site, stub_yaml
from tests.test_build import STORM_A


def test_build_inside_a_running_event_loop(tmp_path, monkeypatch):
    site = make_site(
        tmp_path,
        {"storm.yaml": stub_yaml("Storm", "2026-01-20", ["path:../sources/a.html"], slug="s")},
        files={"sources/a.html": STORM_A},
    )
    monkeypatch.chdir(site)
    settings = read_settings(
        str(site / "pelicanconf.py"), override={"OUTPUT_PATH": str(site / "output")}
    )

    async def build_from_async_code() -> None:
        Pelican(settings).run()

    asyncio.run(build_from_async_code())
    assert (site / "output" / "s.html").exists()
    assert list((site / "aibot-cache" / "articles").rglob("*.json"))
