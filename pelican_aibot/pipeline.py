"""The pre-pass: stubs in, cache filled.

Fetches every missing source of every stub at once (concurrently), extracts
it, writes the missing articles, checks them against their sources and
stores the result. The Pelican reader afterwards only reads the cache, so a
warm build touches neither the network nor a model.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import hashlib
import logging
import mimetypes
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from .backends import Backend, get_backend
from .cache import SCHEMA, Cache, hash_key, source_key
from .errors import AibotError, ExtractError, FetchError
from .extract import extract
from .models import Draft, Source, SourceRef, Stub
from .render import plain_text
from .settings import AibotSettings

logger = logging.getLogger(__name__)

T = TypeVar("T")

# Events reported to ``on_event(event, label)``: for progress bars and summaries.
Event = Callable[[str, str], None]


@dataclass
class Story:
    """Everything known about one stub after the pre-pass (or a cache-only look)."""

    stub: Stub
    sources: list[Source] = field(default_factory=list)
    failed: list[tuple[SourceRef, str]] = field(default_factory=list)
    key: str | None = None
    article: dict[str, Any] | None = None
    error: str | None = None
    generated: bool = False  # written in this run (a model call, for the openai backend)
    cache_miss: bool = False  # frozen mode found no article: the build must fail

    @property
    def label(self) -> str:
        return shown(self.stub.path)


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion from synchronous code.

    Pelican's signals are synchronous; when Pelican itself runs inside an event
    loop (a notebook, Playwright's sync API), ``asyncio.run`` would refuse, so
    the coroutine then gets a loop of its own in a worker thread.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def _parse_date(value: str | None) -> date | None:
    """A source's YYYY-MM-DD date, or None when absent or not a date."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _relative(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` when inside it, else as given."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def shown(path: Path) -> str:
    """A path as a user would type it: relative to the working folder when inside it."""
    return _relative(path, Path.cwd())


def snapshot_entry(url: str, page: Any, text: Any) -> dict[str, Any]:
    """The pinned snapshot of one URL: extracted text and metadata, no raw body."""
    return {
        "url": url,
        "final_url": page.final_url,
        "content_type": page.content_type,
        "fetched_at": page.fetched_at,
        "body_sha256": page.sha256,
        "text": text.text,
        "title": text.title,
        "site": text.site,
        "author": text.author,
        "date": text.date,
    }


def _same_article(cache: Cache, key: str, entry: dict[str, Any]) -> bool:
    """Whether the cached entry says the same but for its time stamp: a refresh that
    writes the same story then leaves the file, and the pull request's diff, alone."""
    try:
        old = cache.get_article(key)
    except AibotError:
        return False
    if old is None:
        return False
    ignored = {"generated_at", "schema"}
    return {k: v for k, v in old.items() if k not in ignored} == {
        k: v for k, v in entry.items() if k not in ignored
    }


def source_from_snapshot(url: str, entry: dict[str, Any], note: str | None) -> Source:
    """A Source (numbered later) from a snapshot entry of the cache."""
    return Source(
        n=0,
        url=url,
        text=entry["text"],
        title=entry.get("title"),
        site=entry.get("site"),
        author=entry.get("author"),
        date=entry.get("date"),
        note=note,
        body_sha256=entry.get("body_sha256", ""),
        fetched_at=entry.get("fetched_at"),
    )


def file_snapshot_key(file_sha256: str) -> str:
    """Snapshots of local files are addressed by their content."""
    return hash_key({"schema": SCHEMA, "file_sha256": file_sha256})


def article_key(backend: Backend, stub: Stub, sources: Sequence[Source]) -> str:
    """Hash of everything that determines the article; never a secret or the clock."""
    return hash_key(
        {
            "schema": SCHEMA,
            "backend": backend.name,
            "model": backend.model,
            "params": backend.params(),
            "stub": stub.prompt_fields(),
            "sources": [
                {
                    "n": s.n,
                    "url": s.url,
                    "text_sha256": s.text_sha256,
                    "title": s.title,
                    "site": s.site,
                    "date": s.date,
                    "note": s.note,
                }
                for s in sources
            ],
        }
    )


class Pipeline:
    """Fills and reads the cache for a set of stubs under one settings object."""

    def __init__(
        self,
        settings: AibotSettings,
        *,
        cache: Cache | None = None,
        backend: Backend | None = None,
        transport: Any = None,
        resolver: Any = None,
        on_event: Event | None = None,
    ) -> None:
        self.settings = settings
        self.cache = cache or Cache(settings.cache_path)
        self._backend = backend
        self.transport = transport
        self.resolver = resolver
        self.on_event = on_event or (lambda event, label: None)
        self.fetch_failures: dict[str, str] = {}

    @property
    def backend(self) -> Backend:
        if self._backend is None:
            self._backend = get_backend(self.settings)
        return self._backend

    # Sources ------------------------------------------------------------

    def has_snapshot(self, url: str) -> bool:
        """Whether a usable snapshot is pinned; a corrupt one counts as missing (and is
        reported), so ``auto`` mode fetches it again instead of crashing."""
        try:
            return self.cache.get_source(url) is not None
        except AibotError as exc:
            logger.warning("aibot: %s", exc)
            return False

    def _file_source(self, ref: SourceRef) -> Source:
        """A local ``path:`` source. Its extraction is cached by the file's content hash,
        so a warm build does not extract committed files again."""
        path = ref.resolved_path
        assert path is not None
        try:
            body = path.read_bytes()
        except OSError as exc:
            raise ExtractError(f"{ref.path}: cannot read: {exc.strerror}") from None
        digest = hashlib.sha256(body).hexdigest()
        key = file_snapshot_key(digest)
        try:
            entry = self.cache.get("sources", key)
        except AibotError as exc:
            logger.warning("aibot: %s", exc)
            entry = None
        if entry is None:
            content_type = mimetypes.guess_type(path.name)[0] or "text/plain"
            if path.suffix.lower() in {".md", ".markdown", ".txt"}:
                content_type = "text/plain"
            got = extract(body, url=None, content_type=content_type)
            entry = {
                "path": _relative(path, self.settings.content_path),
                "body_sha256": digest,
                "text": got.text,
                "title": got.title,
                "site": got.site,
                "author": got.author,
                "date": got.date,
            }
            if self.settings.mode != "frozen":
                self.cache.put("sources", key, entry)
        return source_from_snapshot(_relative(path, self.settings.content_path), entry, ref.note)

    def source_keys(self, stub: Stub) -> set[str]:
        """The cache keys of the snapshots a stub uses (for ``aibot gc``)."""
        keys = set()
        for ref in stub.sources:
            if ref.url is not None:
                keys.add(source_key(ref.url))
            elif ref.resolved_path is not None and ref.resolved_path.is_file():
                digest = hashlib.sha256(ref.resolved_path.read_bytes()).hexdigest()
                keys.add(file_snapshot_key(digest))
        return keys

    def _sources_for(self, story: Story) -> None:
        """Fill story.sources (renumbered 1..k in stub order) and story.failed."""
        story.sources, story.failed = [], []
        for ref in story.stub.sources:
            try:
                if ref.is_file:
                    source = self._file_source(ref)
                else:
                    assert ref.url is not None
                    entry = self.cache.get_source(ref.url)
                    if entry is None:
                        why = self.fetch_failures.get(ref.url, "not fetched yet (not in the cache)")
                        story.failed.append((ref, why))
                        continue
                    source = source_from_snapshot(ref.url, entry, ref.note)
            except AibotError as exc:
                story.failed.append((ref, str(exc)))
                continue
            story.sources.append(source)
        story.sources = [
            Source(**{**s.__dict__, "n": n}) for n, s in enumerate(story.sources, start=1)
        ]

    async def fetch(self, stubs: Sequence[Stub]) -> dict[str, str]:
        """Fetch and snapshot the URLs the mode asks for; return failures (url -> reason)."""
        from .fetch import fetch_all

        mode = self.settings.mode
        if mode == "frozen":
            return {}
        urls: list[str] = []
        for stub in stubs:
            for ref in stub.sources:
                if ref.url is None or ref.url in urls:
                    continue
                if mode == "refresh" or not self.has_snapshot(ref.url):
                    urls.append(ref.url)
        if not urls:
            return {}
        logger.info("aibot: fetching %d source(s)", len(urls))
        failures: dict[str, str] = {}

        def done(url: str, result: Any) -> None:
            if isinstance(result, FetchError):
                failures[url] = result.reason
                self.on_event("fetch-failed", url)
                return
            try:
                text = extract(
                    result.body,
                    url=result.final_url,
                    content_type=result.content_type,
                    charset=result.charset,
                )
            except ExtractError as exc:
                failures[url] = f"no usable article text ({exc})"
                self.on_event("fetch-failed", url)
                return
            self.cache.put_source(url, snapshot_entry(url, result, text))
            self.on_event("fetched", url)

        await fetch_all(
            urls,
            self.settings,
            transport=self.transport,
            resolver=self.resolver,
            on_done=done,
        )
        self.fetch_failures.update(failures)
        for url, reason in failures.items():
            pinned = self.has_snapshot(url)
            logger.warning(
                "aibot: source %s failed: %s%s",
                url,
                reason,
                " (keeping the pinned snapshot)" if pinned else "",
            )
        return failures

    # Articles -----------------------------------------------------------

    def look_up(self, stub: Stub) -> Story:
        """What the cache holds for a stub; no network, no model."""
        story = Story(stub=stub)
        self._sources_for(story)
        if not story.sources:
            story.error = self._no_source_message(story)
            return story
        story.key = article_key(self.backend, stub, story.sources)
        try:
            story.article = self.cache.get_article(story.key)
        except AibotError as exc:
            story.error = str(exc)
        return story

    def _no_source_message(self, story: Story) -> str:
        reasons = "; ".join(f"{ref.label}: {why}" for ref, why in story.failed)
        return f"{story.label}: no usable source, story not published ({reasons})"

    def _miss_message(self, story: Story) -> str:
        return (
            f"{story.label}: no cached article for this stub and its sources "
            f"(AIBOT_MODE=frozen); run `aibot generate {story.label}` and commit "
            f"{shown(self.settings.cache_path)}/"
        )

    async def _write(self, story: Story) -> None:
        from .clean import strip_meta_commentary
        from .grounding import check_facts

        stub = story.stub
        draft: Draft = await self.backend.write(stub, story.sources)
        body, removed = strip_meta_commentary(draft.body)
        if not body.strip():
            raise AibotError("the model's answer held no story once its commentary was removed")
        for passage in removed:
            logger.info("aibot: %s: removed meta-commentary: %.80s", story.label, passage)
        try:
            report = check_facts(
                body,
                [s.text for s in story.sources],
                stub.date.date(),
                source_dates=[d for s in story.sources if (d := _parse_date(s.date))],
            )
        except Exception as exc:  # a checker bug fails this story, not the whole run
            logger.debug("aibot: %s: the fact check crashed", story.label, exc_info=True)
            raise AibotError(
                f"the fact check crashed ({type(exc).__name__}: {exc}); "
                "this is a bug in pelican-aibot, please report it"
            ) from exc
        headline = plain_text(draft.headline) or stub.title
        assert story.key is not None
        story.article = {
            "key": story.key,
            "stub": _relative(stub.path, self.settings.content_path),
            "stub_sha256": stub.sha256,
            "backend": self.backend.name,
            "model": draft.model or self.backend.model,
            "params": self.backend.params(),
            "headline": headline,
            "summary": plain_text(draft.summary) if draft.summary else None,
            "body": body,
            "removed_meta_commentary": removed,
            "usage": draft.usage.__dict__,
            "system_fingerprint": draft.system_fingerprint,
            "sources": [
                {
                    "n": s.n,
                    "url": s.url,
                    "title": s.title,
                    "site": s.site,
                    "note": s.note,
                    "text_sha256": s.text_sha256,
                }
                for s in story.sources
            ],
            "grounding": report.to_dict(),
            "generated_at": _now(),
        }
        if not _same_article(self.cache, story.key, story.article):
            self.cache.put_article(story.key, story.article)
        story.generated = True

    async def prepare(
        self, stubs: Sequence[Stub], *, fetch: bool = True, generate: bool = True
    ) -> list[Story]:
        """Fill the cache for ``stubs`` according to the mode; one story per stub."""
        if fetch:
            await self.fetch(stubs)
        stories = [self.look_up(stub) for stub in stubs]
        if not generate:
            return stories
        mode = self.settings.mode
        todo = [
            s
            for s in stories
            if s.error is None and (s.article is None or mode == "refresh") and s.key
        ]
        if mode == "frozen":
            for story in todo:
                story.error = self._miss_message(story)
                story.cache_miss = True
                self.on_event("failed", story.label)
            todo = []
        limit = asyncio.Semaphore(max(1, self.settings.concurrency))

        async def run(story: Story) -> None:
            async with limit:
                try:
                    await self._write(story)
                except AibotError as exc:
                    story.article = None
                    story.error = f"{story.label}: {exc}"
                    self.on_event("failed", story.label)
                else:
                    self.on_event("generated", story.label)

        await asyncio.gather(*(run(s) for s in todo))
        for story in stories:
            if story.error is None and not story.generated:
                self.on_event("cached", story.label)
        return stories
