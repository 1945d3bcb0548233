"""A real HTTP server on 127.0.0.1 that plays "news sites" for the tests.

Dependency-free (http.server), threaded, on an ephemeral port. Routes are
registered per path; a path may serve a sequence of replies (500 then 200),
redirects, huge, endless or slowly dripped bodies. Every request is recorded,
so tests can count hits and read the headers that were sent.

    with NewsServer() as server:
        server.add("/news/storm", "<html>...</html>")
        url = server.url("/news/storm")

or use the ``news_server`` fixture. ``loopback_only`` is a fixture that makes
any connection or name lookup beyond loopback fail loudly, as a safety net for
tests that exercise refused hosts.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
HTML = "text/html; charset=utf-8"
_FILLER = b"<p>" + b"filler text of an oversized page. " * 1800 + b"</p>\n"  # ~64 KiB


@dataclass
class Reply:
    """One canned response.

    ``body`` is sent at once with a Content-Length, unless one of the streaming
    options is set: ``drip_interval`` sends it ``chunk_size`` bytes at a time
    with a pause between; ``length`` streams that many filler bytes (declared
    up front when ``declare_length``, else chunked); ``endless`` streams
    filler until the client hangs up. ``delay`` pauses before the status line.
    """

    body: bytes | str = b""
    status: int = 200
    content_type: str | None = HTML
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drip_interval: float = 0.0
    chunk_size: int = 64
    length: int | None = None
    declare_length: bool = True
    endless: bool = False

    @property
    def data(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes
    server: _Server
    timeout = 5  # idle keep-alive connections give up their thread quickly

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: pytest shows failures, not access logs."""

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def _serve(self, *, send_body: bool) -> None:
        owner = self.server.owner
        reply = owner._record_and_pick(self.command, self.path, dict(self.headers.items()))
        try:
            if reply.delay and owner._stopping.wait(reply.delay):
                return
            self._write(reply, send_body=send_body)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.close_connection = True  # the client hung up: that is what clients do
        finally:
            owner._finished()

    def _write(self, reply: Reply, *, send_body: bool) -> None:
        streamed = reply.endless or reply.length is not None or reply.drip_interval > 0
        chunked = reply.endless or (reply.length is not None and not reply.declare_length)
        self.send_response(reply.status)
        if reply.content_type is not None:
            self.send_header("Content-Type", reply.content_type)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            size = reply.length if reply.length is not None else len(reply.data)
            self.send_header("Content-Length", str(size))
        self.end_headers()
        if not send_body:
            return
        if not streamed:
            self.wfile.write(reply.data)
            return
        for piece in self._pieces(reply):
            if self.server.owner._stopping.is_set():
                self.close_connection = True
                return
            self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
            self.wfile.flush()
        if chunked:
            self.wfile.write(b"0\r\n\r\n")

    def _pieces(self, reply: Reply) -> Iterator[bytes]:
        stopping = self.server.owner._stopping
        if reply.endless:
            while True:
                yield _FILLER
        elif reply.length is not None:
            left = reply.length
            while left > 0:
                piece = _FILLER[:left]
                left -= len(piece)
                yield piece
        else:
            data = reply.data
            for start in range(0, len(data), reply.chunk_size):
                if start and stopping.wait(reply.drip_interval):
                    return
                yield data[start : start + reply.chunk_size]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: NewsServer


class NewsServer:
    """Threaded HTTP server on 127.0.0.1 with scripted routes; a context manager."""

    def __init__(self) -> None:
        self._routes: dict[str, list[Reply]] = {}
        self._served: dict[str, int] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.requests: list[RecordedRequest] = []
        self._in_flight = 0
        self.peak_in_flight = 0  # most requests being answered at the same time
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------
    def start(self) -> NewsServer:
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.01},
            name="newsserver",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes delayed, dripping and endless replies
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=2)
        self._httpd = self._thread = None

    def __enter__(self) -> NewsServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- addresses -----------------------------------------------------------
    @property
    def host(self) -> str:
        return "127.0.0.1"

    @property
    def port(self) -> int:
        assert self._httpd is not None, "NewsServer is not started"
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    # -- routes --------------------------------------------------------------
    def add(
        self,
        path: str,
        body: bytes | str,
        *,
        status: int = 200,
        content_type: str | None = HTML,
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
    ) -> str:
        """Serve ``body`` at ``path``; returns the full URL."""
        reply = Reply(body, status, content_type, dict(headers or {}), delay)
        return self.add_sequence(path, [reply])

    def add_sequence(self, path: str, replies: Sequence[Reply]) -> str:
        """Serve ``replies`` in turn at ``path``; the last one repeats."""
        if not replies:
            raise ValueError("add_sequence needs at least one reply")
        with self._lock:
            self._routes[path] = list(replies)
            self._served[path] = 0
        return self.url(path)

    def add_redirect(self, path: str, location: str, status: int = 302) -> str:
        """Redirect ``path`` to ``location`` (absolute, or relative to this server)."""
        return self.add_sequence(path, [Reply(b"", status, None, {"Location": location})])

    def add_page(self, path: str, name: str, *, content_type: str = HTML) -> str:
        """Serve the fixture page ``tests/fixtures/pages/<name>`` at ``path``."""
        return self.add(path, (PAGES / name).read_bytes(), content_type=content_type)

    def add_huge(
        self, path: str, size: int, *, declare_length: bool = True, content_type: str = HTML
    ) -> str:
        """Stream ``size`` bytes of filler, with a Content-Length or chunked."""
        reply = Reply(content_type=content_type, length=size, declare_length=declare_length)
        return self.add_sequence(path, [reply])

    def add_endless(self, path: str, *, content_type: str = HTML) -> str:
        """Stream filler (chunked, no length) until the client hangs up."""
        return self.add_sequence(path, [Reply(content_type=content_type, endless=True)])

    def add_drip(
        self,
        path: str,
        body: bytes | str,
        *,
        interval: float = 0.1,
        chunk_size: int = 64,
        content_type: str = HTML,
    ) -> str:
        """Send ``body`` ``chunk_size`` bytes at a time, ``interval`` seconds apart."""
        reply = Reply(
            body, content_type=content_type, drip_interval=interval, chunk_size=chunk_size
        )
        return self.add_sequence(path, [reply])

    # -- what happened -------------------------------------------------------
    def hits(self, path: str) -> int:
        """How many requests asked for ``path`` (query string ignored)."""
        with self._lock:
            return sum(1 for r in self.requests if r.path.partition("?")[0] == path)

    def _finished(self) -> None:
        with self._lock:
            self._in_flight -= 1

    def _record_and_pick(self, method: str, raw_path: str, headers: dict[str, str]) -> Reply:
        with self._lock:
            self.requests.append(RecordedRequest(method, raw_path, headers))
            self._in_flight += 1
            self.peak_in_flight = max(self.peak_in_flight, self._in_flight)
            path = raw_path if raw_path in self._routes else raw_path.partition("?")[0]
            replies = self._routes.get(path)
            if replies is None:
                return Reply("<html><body><h1>Not found</h1></body></html>", status=404)
            index = min(self._served[path], len(replies) - 1)
            self._served[path] += 1
            return replies[index]


@pytest.fixture
def news_server() -> Iterator[NewsServer]:
    """A started :class:`NewsServer`, stopped after the test."""
    with NewsServer() as server:
        yield server


def _is_loopback(host: object) -> bool:
    if host in ("localhost", b"localhost"):
        return True
    text = host.decode() if isinstance(host, bytes) else str(host)
    try:
        return ipaddress.ip_address(text.partition("%")[0]).is_loopback
    except ValueError:
        pass
    try:  # the numeric forms getaddrinfo reads without DNS: 2130706433, 0x7f000001, 127.1
        return ipaddress.IPv4Address(socket.inet_aton(text)).is_loopback
    except OSError:
        return False


@pytest.fixture
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any connect or name lookup beyond loopback, so a guard bug sends nothing."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def refuse(what: str) -> AssertionError:
        return AssertionError(f"test tried to reach {what} (only loopback is allowed)")

    def connect(self: socket.socket, address: Any) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0]):
            raise refuse(str(address))
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0]):
            raise refuse(str(address))
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host is not None and not _is_loopback(host):
            raise refuse(f"name lookup of {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
