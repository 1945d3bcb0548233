"""Pelican wiring: the stub reader, and the pre-pass that fills the cache first.

Pelican aborts the whole build on an exception in a signal receiver, so the
pre-pass raises only for build-level failures (a frozen cache miss, a story
failing the grounding check under ``"fail"``); everything about a single stub
is kept and reported by the reader for that one file.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pelican import signals

from . import related, templates_support
from .discover import STUB_EXTENSIONS
from .errors import StubError
from .pipeline import Pipeline, Story, run_sync
from .settings import AibotSettings, resolve

logger = logging.getLogger(__name__)


@dataclass
class BuildState:
    """What the pre-pass learned, for the reader of the same build."""

    settings: AibotSettings
    pipeline: Pipeline
    stories: dict[Path, Story] = field(default_factory=dict)
    stub_errors: dict[Path, list[StubError]] = field(default_factory=dict)


_states: dict[int, BuildState] = {}


def state_for(pelican_settings: dict[str, Any]) -> BuildState:
    """The build state of these settings, created on first use."""
    state = _states.get(id(pelican_settings))
    if state is None:
        settings = resolve(pelican_settings)
        state = BuildState(settings=settings, pipeline=Pipeline(settings))
        _states.clear()  # one build at a time; a new settings dict means a new build
        _states[id(pelican_settings)] = state
    return state


def stub_paths(generator: Any) -> list[Path]:
    files = generator.get_files(
        generator.settings["ARTICLE_PATHS"],
        exclude=generator.settings["ARTICLE_EXCLUDES"],
        extensions=STUB_EXTENSIONS,
    )
    return sorted(Path(generator.path, f).resolve() for f in files)


def prepass(generator: Any) -> None:
    """Load every stub and fill the cache for all of them at once."""
    from .stub import check_stub, looks_like_stub
    from .summary import print_build_summary

    _states.pop(id(generator.settings), None)
    state = state_for(generator.settings)
    stubs = []
    for path in stub_paths(generator):
        if not looks_like_stub(path):
            continue
        stub, errors = check_stub(path, content_root=state.settings.content_path)
        if errors:
            state.stub_errors[path] = errors
        elif stub is not None:
            stubs.append(stub)
    if not stubs:
        return
    stories = run_sync(state.pipeline.prepare(stubs))
    state.stories = {story.stub.path.resolve(): story for story in stories}
    print_build_summary(stories, state.settings)

    problems = [s.error for s in stories if s.cache_miss and s.error]
    if problems:
        problems.append(f"{len(problems)} stub(s) have no cached article (AIBOT_MODE=frozen)")
    if state.settings.grounding == "fail":
        from .reader import checked_report

        for s in stories:
            report = checked_report(s.article.get("grounding"), s.stub) if s.article else None
            if report is not None and report.unsupported:
                problems.append(
                    f"{s.label}: {len(report.unsupported)} unsupported fact(s) under "
                    "AIBOT_GROUNDING=fail; check them against the sources and list them "
                    "under verified: in the stub, or run `aibot status` to see them"
                )
    if problems:
        abort(problems)


def abort(problems: list[str]) -> None:
    """Fail the build with one line per problem and no traceback.

    Pelican logs any exception from a signal receiver with its traceback; a
    SystemExit passes through its handler and ends the run with status 1.
    """
    for line in problems:
        logger.critical("%s", line)
    raise SystemExit(1)


def add_reader(readers: Any) -> None:
    from .reader import StubReader

    for ext in STUB_EXTENSIONS:
        readers.reader_classes[ext] = StubReader


def connect_signals() -> None:
    from .transparency import get_generators

    signals.readers_init.connect(add_reader)
    signals.article_generator_init.connect(prepass)
    signals.get_generators.connect(get_generators)
    related.register_signals()
    templates_support.register_signals()
