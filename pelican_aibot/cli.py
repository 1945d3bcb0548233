"""The ``aibot`` command line (contract 3): writers' and editors' tools around the cache.

Every subcommand takes ``-s SETTINGS`` like ``pelican`` does, prints problems as
``path:line: message`` lines, and exits non-zero on failure.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.logging import RichHandler
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table
from rich.text import Text

from . import __version__
from .errors import AibotError, StubError
from .models import Stub
from .pipeline import Pipeline, Story, article_key, run_sync, shown
from .settings import AibotSettings, resolve

logger = logging.getLogger("pelican_aibot")
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

EXAMPLES = {
    "new": "aibot new 'Storm hits Harbor Road' https://example.com/storm --tags weather",
    "validate": "aibot validate      # every stub\n  aibot validate content/stories/a.yaml",
    "fetch": "aibot fetch         # every stub\n  aibot fetch --dry-run content/stories/a.yaml",
    "generate": "OPENAI_API_KEY=... aibot generate content/stories/storm.yaml",
    "refresh": "aibot refresh content/stories/storm.yaml",
    "status": "aibot status",
    "gc": "aibot gc --dry-run",
    "check-facts": "aibot check-facts story.md --source a.txt --source b.txt --date 2024-01-20",
}


class CliError(AibotError):
    """A user-facing failure of a subcommand (printed as one line, exit 1)."""


# Settings and stubs ----------------------------------------------------------


def load_settings(path: str) -> tuple[dict[str, Any], AibotSettings]:
    from pelican.settings import read_settings

    if not Path(path).is_file():
        raise CliError(f"{path}: settings file not found (use -s SETTINGS)")
    # Pelican warns about feeds and time zones while reading; that is the build's business.
    pelican_logger = logging.getLogger("pelican")
    level = pelican_logger.level
    pelican_logger.setLevel(logging.ERROR)
    try:
        pelican_settings = read_settings(path)
    except Exception as exc:  # pelican raises plain exceptions for bad settings
        raise CliError(f"{path}: {type(exc).__name__}: {exc}".replace("\n", " ")) from None
    finally:
        pelican_logger.setLevel(level)
    return pelican_settings, resolve(pelican_settings)


def all_stub_paths(pelican_settings: dict[str, Any]) -> list[Path]:
    from .discover import stub_files
    from .stub import looks_like_stub

    return [p for p in stub_files(pelican_settings) if looks_like_stub(p)]


def load_stubs(
    paths: Sequence[str], pelican_settings: dict[str, Any], settings: AibotSettings
) -> tuple[list[Stub], list[StubError]]:
    from .stub import check_stub

    files = [Path(p).resolve() for p in paths] if paths else all_stub_paths(pelican_settings)
    stubs: list[Stub] = []
    problems: list[StubError] = []
    for path in files:
        if not path.is_file():
            problems.append(StubError(shown(path), "no such file"))
            continue
        stub, errors = check_stub(path, content_root=settings.content_path)
        for error in errors:
            error.path = shown(Path(error.path))
        problems.extend(errors)
        if stub is not None and not errors:
            stubs.append(stub)
    return stubs, problems


def report_problems(problems: Sequence[StubError]) -> None:
    annotate = os.environ.get("GITHUB_ACTIONS") == "true"
    for problem in problems:
        out.print(str(problem), markup=False)
        if annotate:
            out.print(github_annotation(problem), markup=False)


def github_annotation(problem: StubError) -> str:
    """A workflow command that pins the problem on the pull request's diff."""

    def escape(value: str, *, prop: bool = False) -> str:
        value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return value.replace(":", "%3A").replace(",", "%2C") if prop else value

    props = f"file={escape(problem.path, prop=True)}"
    if problem.line:
        props += f",line={problem.line}"
    title = f"stub field {problem.field}" if problem.field else "story stub"
    message = f"{problem.field}: {problem.message}" if problem.field else problem.message
    return f"::error {props},title={escape(title, prop=True)}::{escape(message)}"


# Progress --------------------------------------------------------------------


class Reporter:
    """Counts pipeline events and drives a rich progress bar."""

    def __init__(self, total: int, description: str, *, quiet: bool = False) -> None:
        self.counts: dict[str, int] = {}
        self.progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[last]}"),
            console=err,
            transient=True,
            disable=quiet or not err.is_terminal,
        )
        self.task = self.progress.add_task(description, total=total, last="")

    def __call__(self, event: str, label: str) -> None:
        self.counts[event] = self.counts.get(event, 0) + 1
        self.progress.update(self.task, advance=1, last=Path(label).name[:40])

    def __enter__(self) -> Reporter:
        self.progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.__exit__(*exc)


def print_story_failures(stories: Sequence[Story]) -> int:
    failed = 0
    for story in stories:
        for ref, why in story.failed:
            err.print(f"{shown(story.stub.path)}: source {ref.label}: {why}", markup=False)
        if story.error:
            failed += 1
            message, where = story.error, str(story.stub.path)
            if message.startswith(where):
                message = shown(story.stub.path) + message[len(where) :]
            err.print(message, markup=False)
    return failed


# Subcommands -----------------------------------------------------------------


def cmd_new(args: argparse.Namespace) -> int:
    from .stub import check_stub, new_stub_text, slugify

    _, settings = load_settings(args.settings)
    story_date = args.date or date.today().isoformat()
    tags = [t.strip() for t in (args.tags or "").split(",") if t.strip()]
    try:
        text = new_stub_text(
            args.title, args.urls, date=story_date, tags=tags, category=args.category
        )
    except StubError as exc:
        what = f"{exc.field}: {exc.message}" if exc.field else exc.message
        raise CliError(what) from None
    folder = Path(args.dir) if args.dir else settings.content_path / "stories"
    path = folder / f"{slugify(args.title)}.yaml"
    if path.exists():
        raise CliError(f"{shown(path)}: already exists; choose another title or --dir")
    folder.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".yaml.tmp")
    tmp.write_text(text, encoding="utf-8")
    _, errors = check_stub(tmp, content_root=settings.content_path)
    if errors:
        tmp.unlink()
        for error in errors:
            error.path = shown(path)
        report_problems(errors)
        return 1
    tmp.replace(path)
    out.print(shown(path), markup=False)
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    pelican_settings, settings = load_settings(args.settings)
    stubs, problems = load_stubs(args.paths, pelican_settings, settings)
    report_problems(problems)
    if problems:
        bad = len({p.path for p in problems})
        err.print(f"{len(problems)} problem(s) in {bad} stub(s); {len(stubs)} stub(s) valid")
        return 1
    err.print(f"{len(stubs)} stub(s) valid")
    return 0


def _pipeline_for(args: argparse.Namespace, **overrides: Any):
    pelican_settings, settings = load_settings(args.settings)
    if overrides:
        settings = dataclasses.replace(settings, **overrides)
    stubs, problems = load_stubs(args.stubs, pelican_settings, settings)
    report_problems(problems)
    return settings, stubs, problems


def urls_to_fetch(pipeline: Pipeline, stubs: Sequence[Stub]) -> tuple[list[str], list[str]]:
    """(every URL of the stubs, the ones the mode will fetch), sorted."""
    urls = sorted({r.url for s in stubs for r in s.sources if r.url})
    mode = pipeline.settings.mode
    if mode == "frozen":
        return urls, []
    return urls, [u for u in urls if mode == "refresh" or not pipeline.has_snapshot(u)]


def fetch_summary(todo: Sequence[str], urls: Sequence[str], failures: dict[str, str]) -> str:
    fetched = len(todo) - len(failures)
    return f"fetched {fetched}, cached {len(urls) - len(todo)}, failed {len(failures)}"


def cmd_fetch(args: argparse.Namespace) -> int:
    settings, stubs, problems = _pipeline_for(args)
    pipeline = Pipeline(settings)
    urls, todo = urls_to_fetch(pipeline, stubs)
    if args.dry_run:
        for url in todo:
            out.print(f"would fetch {url}", markup=False)
        err.print(f"{len(todo)} to fetch, {len(urls) - len(todo)} cached")
        return 1 if problems else 0
    with Reporter(len(todo), "fetching") as reporter:
        pipeline.on_event = reporter
        failures = run_sync(pipeline.fetch(stubs))
    for url, why in sorted(failures.items()):
        err.print(f"{url}: {why}", markup=False)
    err.print(fetch_summary(todo, urls, failures))
    return 1 if failures or problems else 0


def _generate(args: argparse.Namespace, settings: AibotSettings, stubs: list[Stub]) -> int:
    from .summary import summarize

    pipeline = Pipeline(settings)
    urls, todo = urls_to_fetch(pipeline, stubs)
    if args.dry_run:
        for url in todo:
            out.print(f"would fetch {url}", markup=False)
        writes = 0
        for story in (pipeline.look_up(stub) for stub in stubs):
            if story.article is None or settings.mode == "refresh":
                writes += 1
                what = (
                    "no cached article (AIBOT_MODE=frozen writes nothing)"
                    if settings.mode == "frozen"
                    else f"would write with {backend_label(settings)}"
                )
                out.print(f"{shown(story.stub.path)}: {what}", markup=False)
        err.print(
            f"{len(todo)} source(s) to fetch; {writes} story(ies) to write, "
            f"{len(stubs) - writes} cached"
        )
        return 0
    with Reporter(len(todo) + len(stubs), "writing") as reporter:
        pipeline.on_event = reporter
        failures = run_sync(pipeline.fetch(stubs))
        stories = run_sync(pipeline.prepare(stubs, fetch=False))
    failed = print_story_failures(stories)
    if todo:
        err.print("sources: " + fetch_summary(todo, urls, failures))
    summary = summarize(stories, settings)
    err.print(summary.line().removeprefix("aibot: "))
    return 1 if failed else 0


def backend_label(settings: AibotSettings) -> str:
    """ "openai/gpt-4o-mini" or "extractive", without building the backend (no key needed)."""
    return settings.backend if settings.backend == "extractive" else f"openai/{settings.model}"


def cmd_generate(args: argparse.Namespace) -> int:
    settings, stubs, problems = _pipeline_for(args)
    code = _generate(args, settings, stubs)
    return 1 if problems else code


def cmd_refresh(args: argparse.Namespace) -> int:
    settings, stubs, problems = _pipeline_for(args, mode="refresh")
    args.dry_run = False
    code = _generate(args, settings, stubs)
    return 1 if problems else code


def stub_state(pipeline: Pipeline, story: Story, by_stub: dict[str, list[dict]]) -> str:
    """Whether the stub's article is cached and, when it is not, why an older one no longer
    fits: "stub changed", "backend changed" (another backend or model wrote it) or
    "sources changed" (a re-fetched snapshot); "missing" when the stub never had one."""
    if story.article is not None:
        if story.article.get("stub_sha256") not in (None, story.stub.sha256):
            return "cached (stub edited)"  # a field the story does not depend on, like tags
        return "cached"
    rel = story.stub.path.resolve()
    try:
        rel_name = rel.relative_to(pipeline.settings.content_path.resolve()).as_posix()
    except ValueError:
        rel_name = rel.as_posix()
    older = by_stub.get(rel_name)
    if not older:
        return "missing"
    if all(entry.get("stub_sha256") != story.stub.sha256 for entry in older):
        return "stub changed"
    backend = pipeline.backend
    if all(
        entry.get("backend") != backend.name
        or not str(entry.get("model", "")).startswith(backend.model)
        for entry in older
    ):
        return "backend changed"
    return "sources changed"


def articles_by_stub(pipeline: Pipeline) -> dict[str, list[dict]]:
    index: dict[str, list[dict]] = {}
    for key in pipeline.cache.keys("articles"):
        try:
            entry = pipeline.cache.get_article(key)
        except AibotError:
            continue
        if entry and entry.get("stub"):
            index.setdefault(entry["stub"], []).append(entry)
    return index


def cmd_status(args: argparse.Namespace) -> int:
    settings, stubs, problems = _pipeline_for(args)
    pipeline = Pipeline(settings)
    by_stub = articles_by_stub(pipeline)
    table = Table(title=f"{len(stubs)} stub(s), backend {settings.backend}")
    for column in ("stub", "sources", "article", "fact check", "title"):
        table.add_column(column, overflow="fold")
    rows = []
    for stub in stubs:
        story = pipeline.look_up(stub)
        total = len(stub.sources)
        live = len(story.sources)
        sources = f"{live}/{total} cached" + (f", {total - live} failed" if live < total else "")
        state = stub_state(pipeline, story, by_stub) if not story.error else "no source"
        check = "-"
        if story.article and story.article.get("grounding") is not None:
            from .reader import checked_report

            report = checked_report(story.article["grounding"], stub)
            assert report is not None
            check = f"{report.supported} of {report.total} found"
            if report.verified:
                check += f"; {len(report.verified)} verified by an editor"
            if report.unsupported:
                check += f"; {len(report.unsupported)} unsupported: " + "; ".join(
                    f.text for f in report.unsupported
                )
        rows.append((shown(stub.path), sources, state, check, stub.title))
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))  # stub text is never rich markup
    if args.json:
        keys = ("stub", "sources", "article", "fact_check", "title")
        records = [
            {**dict(zip(keys, row, strict=True)), "backend": settings.backend} for row in rows
        ]
        sys.stdout.write(json.dumps(records, indent=2, ensure_ascii=False) + "\n")
    elif out.is_terminal:
        out.print(table)
    else:  # a pipe or a CI log: no wrapping of paths
        Console(highlight=False, width=1000, no_color=True).print(table)
    return 1 if problems else 0


def cmd_gc(args: argparse.Namespace) -> int:
    pelican_settings, settings = load_settings(args.settings)
    stubs, problems = load_stubs([], pelican_settings, settings)
    if problems:
        report_problems(problems)
        raise CliError("fix the stubs above first: gc keeps only what valid stubs use")
    pipeline = Pipeline(settings)
    keep = {"sources": set(), "articles": set()}
    for stub in stubs:
        keep["sources"] |= pipeline.source_keys(stub)
        story = pipeline.look_up(stub)
        if story.sources:
            keep["articles"].add(article_key(pipeline.backend, stub, story.sources))
    removed = 0
    for kind, used in keep.items():
        for key in list(pipeline.cache.keys(kind)):
            if key in used:
                continue
            removed += 1
            path = pipeline.cache.path_for(kind, key)
            verb = "would remove" if args.dry_run else "removed"
            out.print(f"{verb} {shown(path)}", markup=False)
            if not args.dry_run:
                pipeline.cache.delete(kind, key)
    err.print(f"{removed} unused cache entr{'y' if removed == 1 else 'ies'}")
    return 0


def cmd_check_facts(args: argparse.Namespace) -> int:
    from .grounding import check_facts_cli

    report = check_facts_cli(args.article, args.source, args.date, working=args.show_working)
    sys.stdout.write(json.dumps(report, ensure_ascii=False) + "\n")
    return 0


# Parser ----------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aibot",
        description="Story stubs in, grounded cited articles out: manage a pelican-aibot site.",
    )
    parser.add_argument("--version", action="version", version=f"pelican-aibot {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    parser.add_argument(
        "-s",
        "--settings",
        default="pelicanconf.py",
        metavar="SETTINGS",
        help="the Pelican settings file (default: pelicanconf.py)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str, func) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=f"example:\n  {EXAMPLES[name]}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        p.add_argument(
            "-s",
            "--settings",
            default=argparse.SUPPRESS,  # else the top-level -s (or its default) holds
            metavar="SETTINGS",
            help="the Pelican settings file (default: pelicanconf.py)",
        )
        p.set_defaults(func=func)
        return p

    p = command("new", "write a new story stub and print its path", cmd_new)
    p.add_argument("title", help="the headline")
    p.add_argument("urls", nargs="+", metavar="URL", help="the reports the story is based on")
    p.add_argument("--tags", help="comma-separated tags")
    p.add_argument("--category", help="the category")
    p.add_argument("--date", help="the story's date, YYYY-MM-DD (default: today)")
    p.add_argument("--dir", help="folder for the stub (default: CONTENT/stories)")

    p = command("validate", "check stubs; print path:line: message per problem", cmd_validate)
    p.add_argument("paths", nargs="*", metavar="PATH", help="stubs to check (default: all)")

    for name, help_text, func in (
        ("fetch", "fetch and snapshot the sources of stubs into the cache", cmd_fetch),
        ("generate", "fetch sources and write missing articles into the cache", cmd_generate),
    ):
        p = command(name, help_text, func)
        p.add_argument("stubs", nargs="*", metavar="STUB", help="stubs (default: all)")
        p.add_argument("--dry-run", action="store_true", help="show what would be done")

    p = command("refresh", "re-fetch the sources of stubs and rewrite their stories", cmd_refresh)
    p.add_argument("stubs", nargs="+", metavar="STUB")

    p = command("status", "a table of every stub: sources, article, fact check", cmd_status)
    p.add_argument("stubs", nargs="*", metavar="STUB", help="stubs (default: all)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")

    p = command("gc", "remove cache entries that no stub uses", cmd_gc)
    p.add_argument("--dry-run", action="store_true", help="only list what would be removed")

    p = command(
        "check-facts",
        "print the grounding report of an article against plain-text sources as JSON",
        cmd_check_facts,
    )
    p.add_argument("article", metavar="ARTICLE", help="a Markdown or text article")
    p.add_argument("--source", action="append", required=True, metavar="FILE", help="a source text")
    p.add_argument("--date", help="the story's date, YYYY-MM-DD")
    p.add_argument(
        "--show-working",
        action="store_true",
        help='add "worked_out": the facts no source states but its figures give, and how',
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(message)s",
        handlers=[RichHandler(console=err, show_time=False, show_path=False, markup=False)],
    )
    try:
        return args.func(args)
    except AibotError as exc:
        err.print(f"aibot {args.command}: {exc}", markup=False)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
