"""Fetch story sources concurrently, politely and safely.

Every URL gets its own budget (``AIBOT_FETCH_TIMEOUT`` seconds, retries
included), its own size cap and its own error: one dead or hostile source
never affects the others. Hosts are checked by the SSRF guard (``_guard``)
on every redirect hop, at connect time.
"""

from __future__ import annotations

import asyncio
import email.utils
import hashlib
import logging
import random
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from . import __version__
from ._guard import GuardedTransport, Resolver, checked_addresses
from .errors import FetchError
from .settings import AibotSettings

logger = logging.getLogger(__name__)

USER_AGENT = f"pelican-aibot/{__version__} (+https://github.com/pelican-aibot/pelican-aibot)"
ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8"
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
CONNECT_TIMEOUT = 10.0  # seconds; never more than the source's whole budget
READ_TIMEOUT = 15.0  # seconds of silence between two chunks
RETRY_AFTER_CAP = 60.0  # seconds; a longer Retry-After is waited as this much

OnDone = Callable[[str, "FetchedPage | FetchError"], None]


@dataclass(frozen=True)
class FetchedPage:
    """A fetched source: the body as served, and what the server said about it."""

    url: str  # as requested
    final_url: str  # after redirects
    status_code: int
    content_type: str  # e.g. "text/html"
    charset: str | None
    body: bytes
    fetched_at: str  # ISO 8601 UTC, seconds precision
    sha256: str  # of body


class _Retryable(FetchError):
    """A failure worth another attempt (connection error, 5xx, 429)."""

    def __init__(self, url: str, reason: str, retry_after: float | None = None) -> None:
        super().__init__(url, reason)
        self.retry_after = retry_after


def _seconds(value: float) -> str:
    return f"{value:g} s"


def _size(n: int) -> str:
    for unit, factor in (("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= factor:
            return f"{n / factor:.3g} {unit}"
    return f"{n} bytes"


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _certificate_refused(exc: BaseException) -> bool:
    """Whether a connection failed on certificate verification (somewhere in its causes)."""
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc)


def _retryable_status(status: int) -> bool:
    return status == 429 or (500 <= status < 600 and status not in (501, 505))


class _Limiter:
    """Global and per-host concurrency: a request holds one slot of each.

    Per host name, whatever the port or scheme: politeness is owed to a site.
    """

    def __init__(self, total: int, per_host: int) -> None:
        self._total = asyncio.Semaphore(max(1, total))
        self._per_host_limit = max(1, per_host)
        self._hosts: dict[str, asyncio.Semaphore] = {}

    def host(self, name: str) -> asyncio.Semaphore:
        if name not in self._hosts:
            self._hosts[name] = asyncio.Semaphore(self._per_host_limit)
        return self._hosts[name]

    @property
    def total(self) -> asyncio.Semaphore:
        return self._total


class _Deadline:
    """A source's whole time budget; it starts with its first request, not while queued."""

    def __init__(self, budget: float) -> None:
        self.budget = budget
        self.when: float | None = None

    def start(self) -> float:
        """Start the clock if it has not started; return the loop time it runs out."""
        if self.when is None:
            self.when = asyncio.get_running_loop().time() + self.budget
        return self.when

    def remaining(self) -> float:
        return self.start() - asyncio.get_running_loop().time()


class _Fetcher:
    """One run of :func:`fetch_all`: shared client, limits and settings."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        settings: AibotSettings,
        *,
        check_hosts: bool,
        resolver: Resolver | None,
        backoff: float,
    ) -> None:
        self.client = client
        self.settings = settings
        self.check_hosts = check_hosts
        self.resolver = resolver
        self.backoff = backoff
        self.limiter = _Limiter(settings.concurrency, settings.per_host_concurrency)
        budget = settings.fetch_timeout
        self.timeout = httpx.Timeout(
            connect=min(CONNECT_TIMEOUT, budget),
            read=min(READ_TIMEOUT, budget),
            write=min(READ_TIMEOUT, budget),
            pool=budget,
        )

    async def fetch(self, url: str) -> FetchedPage:
        """Fetch one URL within its time budget, retrying what is worth retrying."""
        budget = self.settings.fetch_timeout
        deadline = _Deadline(budget)
        attempts = self.settings.fetch_retries + 1
        for attempt in range(1, attempts + 1):
            try:
                return await self._follow(url, deadline)
            except TimeoutError:
                raise FetchError(url, f"timed out after {_seconds(budget)}") from None
            except _Retryable as exc:
                if attempt == attempts:
                    raise FetchError(url, f"{exc.reason} (after {attempts} attempts)") from None
                remaining = deadline.remaining()
                if exc.retry_after is not None:
                    if exc.retry_after > remaining:
                        raise FetchError(
                            url,
                            f"{exc.reason}: Retry-After {_seconds(round(exc.retry_after))} "
                            f"exceeds the {_seconds(budget)} deadline",
                        ) from None
                    delay = min(exc.retry_after, RETRY_AFTER_CAP)
                else:
                    delay = self.backoff * 2 ** (attempt - 1) * random.uniform(0.5, 1.0)
                if delay >= remaining:
                    raise FetchError(url, f"timed out after {_seconds(budget)}") from None
                logger.info(
                    "retrying %s in %.2f s (attempt %d of %d): %s",
                    url,
                    delay,
                    attempt + 1,
                    attempts,
                    exc.reason,
                )
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _follow(self, url: str, deadline: _Deadline) -> FetchedPage:
        """One attempt: follow redirects by hand, checking every hop."""
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            target = self._parse(url, current)
            async with self.limiter.host(target.host), self.limiter.total:
                async with asyncio.timeout_at(deadline.start()):
                    if self.check_hosts:
                        port = target.port or (443 if target.scheme == "https" else 80)
                        await self._check(url, target.host, port)
                    result = await self._request(url, target)
            if isinstance(result, FetchedPage):
                return result
            current = result
        raise FetchError(url, f"too many redirects (over {self.settings.max_redirects})")

    @staticmethod
    def _parse(url: str, current: str) -> httpx.URL:
        try:
            target = httpx.URL(current)
        except (httpx.InvalidURL, TypeError) as exc:
            raise FetchError(url, f"invalid URL {current!r}: {exc}") from None
        if not target.scheme:
            raise FetchError(url, f"invalid URL {current!r}: not an absolute http(s) URL")
        if target.scheme not in ("http", "https"):
            raise FetchError(url, f"refused: only http and https URLs are fetched, not {current}")
        if not target.host:
            raise FetchError(url, f"invalid URL {current!r}: no host")
        return target.copy_with(fragment=None)

    async def _check(self, url: str, host: str, port: int) -> None:
        """Up-front host check, for transports that cannot check at connect time."""
        try:
            await checked_addresses(host, port, self.settings.allowed_private_hosts, self.resolver)
        except FetchError as exc:
            raise type(exc)(url, exc.reason) from None

    async def _request(self, url: str, target: httpx.URL) -> FetchedPage | str:
        """Send one GET; return the page, or the next URL when redirected."""
        request = self.client.build_request("GET", target, timeout=self.timeout)
        try:
            response = await self.client.send(request, stream=True)
        except FetchError as exc:  # the guard refused the host at connect time
            raise type(exc)(url, exc.reason) from None
        except httpx.TimeoutException as exc:
            raise _Retryable(url, f"{_timeout_kind(exc)} timed out") from None
        except httpx.TransportError as exc:
            if _certificate_refused(exc):  # the same certificate will be refused again
                raise FetchError(url, f"TLS certificate refused: {exc}") from None
            raise _Retryable(url, f"connection failed: {exc or type(exc).__name__}") from None
        try:
            return await self._handle(url, target, response)
        except httpx.TimeoutException as exc:
            raise _Retryable(url, f"{_timeout_kind(exc)} timed out") from None
        except httpx.TransportError as exc:
            raise _Retryable(url, f"connection broke: {exc or type(exc).__name__}") from None
        except httpx.HTTPError as exc:  # e.g. a body that does not decompress
            raise FetchError(url, f"bad response: {exc or type(exc).__name__}") from None
        finally:
            await response.aclose()

    async def _handle(
        self, url: str, target: httpx.URL, response: httpx.Response
    ) -> FetchedPage | str:
        status = response.status_code
        if status in REDIRECT_STATUSES:
            location = response.headers.get("location")
            if not location:
                raise FetchError(url, f"HTTP {status} without a Location header")
            try:
                nxt = str(target.join(location.strip()))
            except httpx.InvalidURL as exc:
                raise FetchError(url, f"bad redirect to {location!r}: {exc}") from None
            logger.debug("%s redirects (%d) to %s", target, status, nxt)
            return nxt
        if _retryable_status(status):
            after = parse_retry_after(response.headers.get("retry-after"))
            raise _Retryable(url, f"HTTP {status}", retry_after=after)
        if not 200 <= status < 300:
            raise FetchError(url, f"HTTP {status}")

        media_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
        if media_type not in ACCEPTED_TYPES:
            raise FetchError(url, f"unsupported content type {media_type or '(none)'}")

        cap = self.settings.fetch_max_bytes
        too_large = FetchError(url, f"too large: over {_size(cap)}")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise too_large
        body = bytearray()
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > cap:
                raise too_large
        data = bytes(body)
        logger.debug("fetched %s (HTTP %d, %d bytes)", target, status, len(data))
        return FetchedPage(
            url=url,
            final_url=str(target),
            status_code=status,
            content_type=media_type,
            charset=response.charset_encoding.lower() if response.charset_encoding else None,
            body=data,
            fetched_at=_now(),
            sha256=hashlib.sha256(data).hexdigest(),
        )


def _timeout_kind(exc: httpx.TimeoutException) -> str:
    if isinstance(exc, httpx.ConnectTimeout):
        return "connect"
    if isinstance(exc, httpx.PoolTimeout):
        return "pool"
    return "read" if isinstance(exc, httpx.ReadTimeout) else "write"


async def fetch_all(
    urls: Sequence[str],
    settings: AibotSettings,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    resolver: Resolver | None = None,
    on_done: OnDone | None = None,
    backoff: float = 0.5,
) -> dict[str, FetchedPage | FetchError]:
    """Fetch every URL concurrently; one failure never affects the others.

    ``transport`` defaults to a :class:`~pelican_aibot._guard.GuardedTransport`,
    which checks every address at connect time. Any other transport is not
    DNS-rebinding safe, so hosts are then checked (resolved) before each hop.
    ``resolver`` replaces the system resolver in both cases, except for hosts in
    ``AIBOT_ALLOWED_PRIVATE_HOSTS``, which are not checked and are resolved by the
    OS when connecting. ``backoff`` is the
    first retry delay in seconds (doubled each time, jittered).
    ``on_done(url, result)`` runs as each URL finishes, e.g. for a progress bar.
    """
    unique = list(dict.fromkeys(urls))
    results: dict[str, FetchedPage | FetchError] = {}
    if not unique:
        return results
    owned = transport is None
    if transport is None:
        transport = GuardedTransport(settings.allowed_private_hosts, resolver)
    client = httpx.AsyncClient(
        transport=transport,
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
        follow_redirects=False,
        trust_env=False,
    )
    fetcher = _Fetcher(
        client,
        settings,
        check_hosts=not isinstance(transport, GuardedTransport),
        resolver=resolver,
        backoff=backoff,
    )

    async def one(url: str) -> None:
        result: FetchedPage | FetchError
        try:
            result = await fetcher.fetch(url)
        except FetchError as exc:
            result = exc
            logger.info("could not fetch %s: %s", url, exc.reason)  # callers report it
        except Exception as exc:
            # A hostile server must not take the other sources down with it.
            logger.warning("could not fetch %s: unexpected error", url, exc_info=True)
            result = FetchError(url, f"unexpected error: {type(exc).__name__}: {exc}")
        results[url] = result
        if on_done is not None:
            on_done(url, result)

    try:
        async with asyncio.TaskGroup() as group:
            for url in unique:
                group.create_task(one(url))
    finally:
        # Closing the client closes its transport: only when we made it.
        if owned:
            await client.aclose()
    return {url: results[url] for url in unique}
