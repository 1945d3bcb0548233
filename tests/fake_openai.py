"""A small OpenAI-compatible server on 127.0.0.1 for tests, and its pytest fixture.

It implements ``POST /v1/chat/completions`` well enough for the real openai SDK:
each request is recorded (headers and JSON body), and answered from a queue of
scripted ``Reply`` objects, else by ``handler`` (request JSON -> content string or
Reply). The default handler writes a valid cited story from the prompt by
quoting the first sentence of every source with its ``[n]``, so end-to-end tests
of other modules get grounded articles without a model.

tests/conftest.py lists this module in ``pytest_plugins``, so every test can
ask for the ``fake_openai`` fixture by name.

The fixture also exports OPENAI_API_KEY (``FAKE_API_KEY``, a canary) and
OPENAI_BASE_URL pointing at the server, so ``AIBOT_BACKEND = "openai"`` with no
AIBOT_BASE_URL talks to it.
"""

from __future__ import annotations

import json
import re
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

FAKE_API_KEY = "sk-canary-7f3a9c1e5b-do-not-leak"

_BLOCK = re.compile(
    r"<<<(?P<marker>\S+) BEGIN SOURCE (?P<n>\d+)>>>\n(?P<inner>.*?)\n"
    r"<<<(?P=marker) END SOURCE (?P=n)>>>",
    re.S,
)
_FIRST_SENTENCE = re.compile(r"^(.+?[.!?])(?=\s|$)", re.S)


@dataclass
class Reply:
    """One scripted answer. ``raw`` replaces the whole HTTP body when given."""

    status: int = 200
    content: str | None = None
    finish_reason: str = "stop"
    refusal: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None
    error: str | None = None

    @classmethod
    def rate_limited(cls, retry_after: str = "0.05") -> Reply:
        return cls(status=429, headers={"Retry-After": retry_after}, error="Rate limit reached")

    @classmethod
    def server_error(cls, retry_after_ms: str = "10") -> Reply:
        # A tiny retry-after-ms keeps the SDK's backoff (0.5 s, 1 s, ...) out of tests.
        return cls(status=500, headers={"retry-after-ms": retry_after_ms}, error="Internal error")

    @classmethod
    def unsupported_format(cls, kind: str = "json_schema") -> Reply:
        return cls(
            status=400,
            error=f"Invalid parameter: 'response_format' of type '{kind}' is not supported.",
        )

    @classmethod
    def broken_json(cls) -> Reply:
        return cls(raw=b'{"id": "chatcmpl-broken", "choices": [{"index": 0, "mess')

    @classmethod
    def cut_off(cls, content: str = '{"headline": "Storm hits", "body": "The storm') -> Reply:
        return cls(content=content, finish_reason="length")

    @classmethod
    def empty(cls) -> Reply:
        return cls(content="")


@dataclass
class Recorded:
    """One request as the server saw it."""

    path: str
    headers: dict[str, str]  # lower-cased names
    body: bytes
    json: Any


def story_from_prompt(request: dict[str, Any]) -> str:
    """Default handler: a JSON story quoting each source's first sentence with [n]."""
    user = "\n".join(
        m.get("content") or "" for m in request.get("messages", []) if m.get("role") == "user"
    )
    paragraphs = []
    for block in _BLOCK.finditer(user):
        inner = block["inner"]
        text = inner.split("Text:\n", 1)[1] if "Text:\n" in inner else inner
        text = " ".join(text.split())
        match = _FIRST_SENTENCE.match(text)
        sentence = match.group(1) if match else text[:200]
        if sentence:
            paragraphs.append(f"{sentence} [{block['n']}]")
    headline = re.search(r"^Working headline from the editor: (.*)$", user, re.M)
    story = {
        "headline": headline.group(1) if headline else "News story",
        "summary": paragraphs[0].rsplit(" [", 1)[0] if paragraphs else "",
        "body": "\n\n".join(paragraphs),
    }
    return json.dumps(story, ensure_ascii=False)


class FakeOpenAI:
    """The server. ``push`` scripts replies; ``requests`` records what arrived."""

    def __init__(self, handler: Callable[[dict[str, Any]], str | Reply] = story_from_prompt):
        self.handler = handler
        self.replies: deque[Reply] = deque()
        self.requests: list[Recorded] = []
        # Flip these to act like an endpoint without structured output support.
        self.supports_json_schema = True
        self.supports_json_object = True
        self.system_fingerprint = "fp_fake_0001"
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._server.daemon_threads = True
        # A short poll interval makes shutdown (each test's teardown) quick.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def push(self, *replies: Reply | str) -> None:
        """Queue replies; a string is a 200 answer with that content."""
        with self._lock:
            for reply in replies:
                self.replies.append(Reply(content=reply) if isinstance(reply, str) else reply)

    @property
    def bodies(self) -> list[Any]:
        return [r.json for r in self.requests]

    def start(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving (idempotent: a test may stop it early to prove it is not needed)."""
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- answering ------------------------------------------------------------

    def answer(self, path: str, payload: Any) -> tuple[int, dict[str, str], bytes]:
        if path.rstrip("/") != "/v1/chat/completions":
            return _error(404, f"no route {path}")
        if not isinstance(payload, dict):
            return _error(400, "request body is not JSON")
        kind = (payload.get("response_format") or {}).get("type")
        if kind == "json_schema" and not self.supports_json_schema:
            return _error(400, Reply.unsupported_format("json_schema").error or "")
        if kind == "json_object" and not self.supports_json_object:
            return _error(400, Reply.unsupported_format("json_object").error or "")
        with self._lock:
            scripted = self.replies.popleft() if self.replies else None
        reply = scripted if scripted is not None else self.handler(payload)
        if isinstance(reply, str):
            reply = Reply(content=reply)
        if reply.raw is not None:
            return reply.status, {"Content-Type": "application/json", **reply.headers}, reply.raw
        if reply.status != 200:
            status, headers, body = _error(reply.status, reply.error or "error")
            return status, {**headers, **reply.headers}, body
        return (
            200,
            {"Content-Type": "application/json", **reply.headers},
            self._completion(payload, reply),
        )

    def _completion(self, payload: dict[str, Any], reply: Reply) -> bytes:
        prompt_chars = sum(len(str(m.get("content") or "")) for m in payload.get("messages", []))
        content = reply.content
        completion_tokens = len(content or "") // 4
        body = {
            "id": f"chatcmpl-fake-{len(self.requests)}",
            "object": "chat.completion",
            "created": 1700000000,
            "model": payload.get("model", "fake-model"),
            "system_fingerprint": self.system_fingerprint,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content, "refusal": reply.refusal},
                    "finish_reason": reply.finish_reason,
                    "logprobs": None,
                }
            ],
            "usage": {
                "prompt_tokens": prompt_chars // 4,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_chars // 4 + completion_tokens,
            },
        }
        return json.dumps(body).encode()


def _error(status: int, message: str) -> tuple[int, dict[str, str], bytes]:
    body = {"error": {"message": message, "type": "invalid_request_error", "code": None}}
    return status, {"Content-Type": "application/json"}, json.dumps(body).encode()


def _make_handler(fake: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            try:
                payload = json.loads(body)
            except ValueError:
                payload = None
            headers = {k.lower(): v for k, v in self.headers.items()}
            with fake._lock:
                fake.requests.append(Recorded(self.path, headers, body, payload))
            status, out_headers, out = fake.answer(self.path, payload)
            self.send_response(status)
            for name, value in out_headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)

        def log_message(self, format: str, *args: Any) -> None:
            """Silence the per-request stderr line."""

    return Handler


@pytest.fixture
def fake_openai(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAI]:
    """A running fake server; OPENAI_API_KEY and OPENAI_BASE_URL point the SDK at it."""
    with FakeOpenAI() as server:
        monkeypatch.setenv("OPENAI_API_KEY", FAKE_API_KEY)
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        yield server
