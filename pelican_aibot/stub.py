"""Loading and validating story stubs (contract 1 in DESIGN.md).

A stub arrives by pull request, so every field is untrusted. ``check_stub``
reports every problem in a file at once, each as one ``path:line: field:
message`` line a writer can act on; ``load_stub`` is the strict form for the
build. Nothing here raises anything but StubError on bad input.
"""

from __future__ import annotations

import difflib
import hashlib
import ipaddress
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from . import _yaml
from .errors import StubError
from .models import Correction, SourceRef, Stub

logger = logging.getLogger(__name__)

__all__ = ["check_stub", "load_stub", "looks_like_stub", "new_stub_text", "slugify"]

MAX_FILE_BYTES = 1024 * 1024
MAX_SOURCE_FILE_BYTES = 5 * 1024 * 1024
MAX_SOURCES = 20
MAX_TITLE = 200
MAX_LINE_FIELD = 200  # category, author, reviewed_by
MAX_LONG_TEXT = 2000  # brief, notes, correction texts
MAX_URL = 2000
MAX_TAG = 100
MAX_TAGS = 50
MAX_SLUG = 100
STATUSES = ("published", "draft", "hidden")

REQUIRED = ("title", "date", "sources")
FIELDS = (
    *REQUIRED,
    "tags",
    "category",
    "author",
    "slug",
    "brief",
    "status",
    "reviewed_by",
    "verified",
    "corrections",
)
MAX_VERIFIED = 100
SOURCE_KEYS = ("url", "path", "note")
CORRECTION_KEYS = ("date", "text")
STUB_SUFFIXES = (".yaml", ".yml")

# Words writers reach for that difflib would not map to our field names.
_SYNONYMS = {
    "headline": "title",
    "name": "title",
    "urls": "sources",
    "links": "sources",
    "refs": "sources",
    "references": "sources",
    "published": "date",
    "pubdate": "date",
    "categories": "category",
    "keywords": "tags",
    "byline": "author",
    "authors": "author",
    "summary": "brief",
    "notes": "brief",
    "instructions": "brief",
    "state": "status",
    "editor": "reviewed_by",
    "reviewer": "reviewed_by",
    "reviewed-by": "reviewed_by",
    "correction": "corrections",
    "checked": "verified",
    "confirmed": "verified",
    "link": "url",
    "href": "url",
    "file": "path",
    "description": "note",
    "message": "text",
}

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME_RE = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:[Zz]|[+-]\d{2}:?\d{2})?"
)
_MERGE_TAG = "tag:yaml.org,2002:merge"
_SLUG_RE = re.compile(r"[a-z0-9-]+")
_HOST_RE = re.compile(r"[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.?")
# Characters never valid in a URL we would link to (browsers treat "\" as "/").
_URL_FORBIDDEN = frozenset('\\"<>`')
_DATE_HINT = "use YYYY-MM-DD or an ISO datetime such as 2024-01-20T09:30:00+01:00"

Node = yaml.Node
_Result = tuple[Stub | None, list[StubError]]


def _shown_key(key: str) -> str:
    """A field name as it can appear in a one-line message."""
    if key.isprintable() and 0 < len(key) <= 40:
        return key
    return repr(key[:40]) + ("..." if len(key) > 40 else "")


def _suggest(name: str, choices: Sequence[str]) -> str | None:
    """The field a misspelt name most likely meant."""
    lowered = name.strip().lower()
    if lowered in choices:
        return lowered
    synonym = _SYNONYMS.get(lowered)
    if synonym in choices:
        return synonym
    close = difflib.get_close_matches(lowered, choices, n=1, cutoff=0.6)
    return close[0] if close else None


@dataclass
class _Checker:
    """Collects every problem of one stub while reading its node tree."""

    path: Path
    content_root: Path | None
    errors: list[StubError] = field(default_factory=list)
    tagged: set[int] = field(default_factory=set)  # nodes with a refused YAML tag
    suggested: set[str] = field(default_factory=set)  # fields a typo was mapped to

    def error(self, where: Node | int | None, name: str | None, message: str) -> None:
        line = _yaml.line_of(where) if isinstance(where, Node) else where
        self.errors.append(StubError(self.path, message, line=line, field=name))

    def expected(self, node: Node, name: str, what: str) -> None:
        got = _yaml.describe(node)
        hint = "; put it in quotes to make it text" if _yaml.is_non_text_scalar(node) else ""
        self.error(node, name, f"expected {what}, got {got}{hint}")

    # -- generic shapes -------------------------------------------------

    def mapping_items(
        self, node: yaml.MappingNode, name: str | None, known: Sequence[str]
    ) -> dict[str, Node]:
        """Known keys to value nodes; reports unknown, duplicate and odd keys."""
        found: dict[str, Node] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.error(key_node, name, "field names must be plain words, not lists or mappings")
                continue
            key = str(key_node.value)
            shown = _shown_key(key)
            label = f"{name}.{shown}" if name else shown
            if key_node.tag == _MERGE_TAG:
                self.error(key_node, name or "<<", "YAML merge keys (<<) are not supported")
                continue
            if key not in known or key_node.tag != _yaml.STR:
                guess = _suggest(key[:100], known)
                if guess and not name:
                    self.suggested.add(guess)
                hint = (
                    f"did you mean '{guess}'?"
                    if guess and guess != key
                    else f"expected one of: {', '.join(known)}"
                )
                self.error(key_node, label, f"unknown field; {hint}")
                continue
            if key in found:
                self.error(key_node, label, f"appears twice (first on line {first_line[key]})")
                continue
            found[key] = value_node
            first_line[key] = _yaml.line_of(key_node)
        return found

    def text(
        self,
        node: Node,
        name: str,
        *,
        limit: int,
        multiline: bool = False,
        what: str = "text",
    ) -> str | None:
        """A non-empty string field, stripped; None (and an error) when unusable."""
        if id(node) in self.tagged:
            return None
        if not _yaml.is_text(node):
            if _yaml.is_null(node):
                self.error(node, name, "is empty")
            else:
                self.expected(node, name, what)
            return None
        value = node.value.strip()
        if not value:
            self.error(node, name, "is empty")
            return None
        problem = _text_problem(value, limit=limit, multiline=multiline)
        if problem:
            self.error(node, name, problem)
            return None
        return value

    # -- fields ----------------------------------------------------------

    def title(self, node: Node) -> str | None:
        return self.text(node, "title", limit=MAX_TITLE)

    def date(self, node: Node, name: str = "date") -> datetime | None:
        if id(node) in self.tagged:
            return None
        if not isinstance(node, yaml.ScalarNode) or node.tag not in (_yaml.STR, _yaml.TIMESTAMP):
            if _yaml.is_null(node):
                self.error(node, name, f"is empty; {_DATE_HINT}")
            else:
                got = _yaml.describe(node)
                self.error(
                    node, name, f"expected a date as YYYY-MM-DD or an ISO datetime, got {got}"
                )
            return None
        parsed, problem = parse_date(node.value)
        if problem:
            self.error(node, name, problem)
        return parsed

    def sources(self, node: Node) -> tuple[SourceRef, ...] | None:
        if id(node) in self.tagged:
            return None
        if not isinstance(node, yaml.SequenceNode):
            if _yaml.is_null(node):
                self.error(node, "sources", "no sources; list at least one URL, one per '- ' line")
            else:
                self.expected(node, "sources", "a list of URLs (one per '- ' line)")
            return None
        items = node.value
        if not items:
            self.error(node, "sources", "no sources; list at least one URL, one per '- ' line")
            return None
        if len(items) > MAX_SOURCES:
            self.error(node, "sources", f"{len(items)} sources; at most {MAX_SOURCES} are allowed")
        refs: list[SourceRef] = []
        seen: dict[str, tuple[int, int]] = {}
        ok = True
        for n, item in enumerate(items, start=1):
            ref = self.source(item, f"sources #{n}")
            if ref is None:
                ok = False
                continue
            key = _source_key(ref)
            if key in seen:
                first_n, first_line = seen[key]
                self.error(
                    item,
                    f"sources #{n}",
                    f"duplicate of sources #{first_n} (line {first_line}): {ref.label}",
                )
                ok = False
                continue
            seen[key] = (n, _yaml.line_of(item))
            refs.append(ref)
        return tuple(refs) if ok else None

    def source(self, node: Node, name: str) -> SourceRef | None:
        if id(node) in self.tagged:
            return None
        line = _yaml.line_of(node)
        if _yaml.is_text(node):
            url = self.url(node, name)
            return SourceRef(url=url, line=line) if url else None
        if not isinstance(node, yaml.MappingNode):
            if _yaml.is_null(node):
                self.error(node, name, "is empty; write a URL after the '- '")
            else:
                self.expected(node, name, "a URL or a mapping with url: or path:")
            return None
        before = len(self.errors)
        items = self.mapping_items(node, name, SOURCE_KEYS)
        note = None
        if "note" in items and not _yaml.is_null(items["note"]):
            note = self.text(items["note"], f"{name}.note", limit=MAX_LONG_TEXT, multiline=True)
        if "url" in items and "path" in items:
            self.error(node, name, "give either url: or path:, not both")
        elif "url" in items:
            url = self.url(items["url"], f"{name}.url")
            if url and len(self.errors) == before:
                return SourceRef(url=url, note=note, line=line)
        elif "path" in items:
            found = self.source_path(items["path"], f"{name}.path")
            if found and len(self.errors) == before:
                written, resolved = found
                return SourceRef(path=written, resolved_path=resolved, note=note, line=line)
        elif len(self.errors) == before:
            self.error(node, name, "needs url: (a link) or path: (a local file)")
        return None

    def url(self, node: Node, name: str) -> str | None:
        value = self.text(node, name, limit=MAX_URL, what="a URL")
        if value is None:
            return None
        problem = url_problem(node.value)
        if problem:
            self.error(node, name, problem)
            return None
        return node.value

    def source_path(self, node: Node, name: str) -> tuple[str, Path] | None:
        written = self.text(node, name, limit=1000, what="a file path")
        if written is None:
            return None
        if written != node.value:
            self.error(node, name, "must not start or end with spaces")
            return None
        resolved, problem = _resolve_source_path(written, self.path, self.content_root)
        if problem:
            self.error(node, name, problem)
            return None
        assert resolved is not None
        return written, resolved

    def tags(self, node: Node) -> tuple[str, ...] | None:
        if id(node) in self.tagged:
            return None
        if _yaml.is_null(node):
            return ()
        pieces: list[tuple[Node, str]] = []
        if _yaml.is_text(node):
            pieces = [(node, part) for part in node.value.split(",")]
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                if id(item) in self.tagged:
                    continue
                if not _yaml.is_text(item):
                    self.expected(item, "tags", "a list of strings or a comma-separated string")
                    continue
                pieces.append((item, item.value))
        else:
            self.expected(node, "tags", "a list of strings or a comma-separated string")
            return None
        result: list[str] = []
        seen: set[str] = set()
        failed = False
        for where, raw in pieces:
            tag = raw.strip()
            if not tag:
                if not _yaml.is_text(node):  # "a, , b" is forgiven; an empty "- " item is not
                    self.error(where, "tags", "empty tag")
                    failed = True
                continue
            problem = _text_problem(tag, limit=MAX_TAG)
            if problem:
                self.error(where, "tags", f"{tag[:40]!r}: {problem}")
                failed = True
            elif tag.casefold() not in seen:
                seen.add(tag.casefold())
                result.append(tag)
        if len(result) > MAX_TAGS:
            self.error(node, "tags", f"{len(result)} tags; at most {MAX_TAGS} are allowed")
            failed = True
        return None if failed else tuple(result)

    def slug(self, node: Node) -> str | None:
        value = self.text(node, "slug", limit=MAX_SLUG)
        if value is None:
            return None
        if value != node.value or not _SLUG_RE.fullmatch(value):
            self.error(
                node,
                "slug",
                f"{value[:40]!r} may hold only lowercase letters, digits and hyphens"
                f" (for example {slugify(value)!r})",
            )
            return None
        return value

    def status(self, node: Node) -> str | None:
        value = self.text(node, "status", limit=MAX_LINE_FIELD)
        if value is None:
            return None
        if value not in STATUSES:
            guess = _suggest(value, STATUSES)
            hint = f"; did you mean '{guess}'?" if guess else ""
            self.error(node, "status", f"{value[:40]!r} is not one of: {', '.join(STATUSES)}{hint}")
            return None
        return value

    def verified(self, node: Node) -> tuple[str, ...] | None:
        """Facts the check flagged that an editor confirmed, as the check printed them."""
        if id(node) in self.tagged:
            return None
        if _yaml.is_null(node):
            return ()
        items = node.value if isinstance(node, yaml.SequenceNode) else [node]
        result: list[str] = []
        ok = True
        for item in items:
            # "- 100" is a number to YAML; what the editor typed is what we match.
            if not isinstance(item, yaml.ScalarNode) or _yaml.is_null(item):
                self.expected(item, "verified", "a list of the facts' texts")
                ok = False
                continue
            value = item.value.strip()
            problem = _text_problem(value, limit=MAX_LINE_FIELD) if value else "empty entry"
            if problem:
                self.error(item, "verified", f"{value[:40]!r}: {problem}" if value else problem)
                ok = False
            elif value not in result:
                result.append(value)
        if len(result) > MAX_VERIFIED:
            self.error(node, "verified", f"{len(result)} entries; at most {MAX_VERIFIED}")
            ok = False
        return tuple(result) if ok else None

    def corrections(self, node: Node, story: datetime | None) -> tuple[Correction, ...] | None:
        if id(node) in self.tagged:
            return None
        if _yaml.is_null(node):
            return ()
        if not isinstance(node, yaml.SequenceNode):
            self.expected(node, "corrections", "a list of mappings with date: and text:")
            return None
        result: list[Correction] = []
        ok = True
        for n, item in enumerate(node.value, start=1):
            name = f"corrections #{n}"
            if id(item) in self.tagged:
                ok = False
                continue
            if not isinstance(item, yaml.MappingNode):
                self.expected(item, name, "a mapping with date: and text:")
                ok = False
                continue
            before = len(self.errors)
            items = self.mapping_items(item, name, CORRECTION_KEYS)
            for key in CORRECTION_KEYS:
                if key not in items:
                    self.error(item, f"{name}.{key}", "is missing")
            when = self.date(items["date"], f"{name}.date") if "date" in items else None
            text = (
                self.text(items["text"], f"{name}.text", limit=MAX_LONG_TEXT, multiline=True)
                if "text" in items
                else None
            )
            if len(self.errors) != before or when is None or text is None:
                ok = False
                continue
            day = when.date()
            if story is not None and day < story.date():
                self.error(
                    items["date"],
                    f"{name}.date",
                    f"{day} is before the story's date {story.date()}",
                )
                ok = False
            if result and day < result[-1].date:
                self.error(
                    items["date"],
                    f"{name}.date",
                    f"{day} is earlier than the correction above it; list corrections oldest first",
                )
                ok = False
            result.append(Correction(date=day, text=text))
        return tuple(result) if ok else None

    def refuse_tags(self, root: yaml.MappingNode) -> None:
        """Report YAML tags that would build something other than plain data."""
        seen: set[int] = set()
        for key_node, value_node in root.value:
            name = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else None
            for top in (key_node, value_node):
                for node in _yaml.unique_nodes(top):
                    if id(node) in seen or node.tag in _yaml.SAFE_TAGS or node.tag == _MERGE_TAG:
                        continue
                    seen.add(id(node))
                    self.tagged.add(id(node))
                    tag = _yaml.short_tag(node.tag)[:60]
                    self.error(
                        node,
                        name,
                        f"YAML tag {tag} is not allowed; a stub holds only plain text,"
                        " lists and mappings",
                    )


def _text_problem(value: str, *, limit: int, multiline: bool = False) -> str | None:
    """Why a string is not acceptable plain text, or None."""
    if len(value) > limit:
        return f"is {len(value)} characters long; at most {limit} are allowed"
    for ch in value:
        if ch in "\n\r" or unicodedata.category(ch) in ("Zl", "Zp"):
            if not multiline:
                return "must be a single line"
            continue
        if ch == "\t" and multiline:
            continue
        if unicodedata.category(ch) == "Cc" or ch in "\u2028\u2029":
            return f"contains the control character U+{ord(ch):04X}"
    return None


def parse_date(value: str) -> tuple[datetime | None, str | None]:
    """A stub date (YYYY-MM-DD or ISO datetime) as a datetime, or the problem with it.

    A bare date becomes a naive midnight; a datetime keeps its offset if given.
    """
    text = value.strip()
    shown = text[:40]
    try:
        if _DATE_RE.fullmatch(text):
            return datetime.combine(date.fromisoformat(text), datetime.min.time()), None
        if _DATETIME_RE.fullmatch(text):
            normal = text[:10] + "T" + text[11:]
            if normal.endswith(("Z", "z")):
                normal = normal[:-1] + "+00:00"
            return datetime.fromisoformat(normal), None
    except ValueError as exc:
        return None, f"{shown} is not a real date ({exc})"
    return None, f"{shown!r} is not a date; {_DATE_HINT}"


def url_problem(url: str) -> str | None:
    """Why a source URL is refused, or None. Scheme, host and characters only, no DNS."""
    if len(url) > MAX_URL:
        return f"URL is {len(url)} characters long; at most {MAX_URL} are allowed"
    for ch in url:
        if ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            return f"URL contains whitespace or a control character (U+{ord(ch):04X})"
    scheme, sep, _rest = url.partition(":")
    if not sep or not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*", scheme):
        return f"{url[:60]!r} is not a URL; write it in full, like https://{url[:40]}"
    scheme = scheme.lower()
    if scheme not in ("http", "https"):
        if re.fullmatch(r"[^/]+\.[a-z]{2,}", scheme) or scheme in ("localhost", "www"):
            return f"{url[:60]!r} has no scheme; write it in full, like https://{url[:40]}"
        return f"{scheme}: URLs are not allowed; sources must be http:// or https:// links"
    for ch in url:
        if ch in _URL_FORBIDDEN:
            return f"URL contains the character {ch!r}, which is not allowed in a link"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return f"URL is malformed ({exc})"
    if not url[len(scheme) + 1 :].startswith("//") or not parts.hostname:
        return "URL has no host; write it like https://example.com/page"
    if parts.username is not None or parts.password is not None:
        return "URL must not contain a user name or password"
    if port == 0:
        return "URL has port 0"
    host = parts.hostname
    if parts.netloc.rsplit("@", 1)[-1].startswith("["):
        try:
            if "%" in host:  # zone indexes name a local interface; never a news site
                raise ValueError(host)
            ipaddress.IPv6Address(host)
        except ValueError:
            return f"URL host [{host[:60]}] is not an IPv6 address"
        return None
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return f"URL host {host[:60]!r} is not a valid host name"
    if not _HOST_RE.fullmatch(ascii_host.lower()):
        return f"URL host {host[:60]!r} is not a valid host name"
    return None


def _normal_url(url: str) -> str:
    """Trivial normalisation for duplicate detection: same page, same key."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    path = parts.path.rstrip("/") or "/"
    query = f"?{parts.query}" if parts.query else ""
    # http and https of one page are the same source.
    return f"//{host}{path}{query}"


def _source_key(ref: SourceRef) -> str:
    if ref.resolved_path is not None:
        return f"file:{ref.resolved_path}"
    return f"url:{_normal_url(ref.url or '')}"


def _resolve_source_path(
    written: str, stub_path: Path, content_root: Path | None
) -> tuple[Path | None, str | None]:
    """The absolute file a ``path:`` source names, or why it is refused."""
    problem = _text_problem(written, limit=1000)
    if problem:
        return None, problem
    if "\\" in written or re.match(r"[A-Za-z]:", written):
        return None, f"{written!r}: write paths with '/' and relative to the stub's folder"
    if Path(written).is_absolute() or written.startswith("~"):
        return None, f"{written!r} must be relative to the stub's folder, not absolute"
    if "://" in written:
        return None, f"{written!r} looks like a link; use url: for links"
    stub_dir = Path(os.path.abspath(stub_path)).parent
    root = Path(os.path.abspath(content_root)) if content_root is not None else stub_dir
    try:
        root_real = root.resolve()
        resolved = (stub_dir / written).resolve()
    except (OSError, RuntimeError) as exc:  # symlink loops
        return None, f"{written!r} cannot be resolved ({exc.__class__.__name__})"
    if not resolved.is_relative_to(root_real):
        return None, f"{written!r} points outside the content folder"
    try:
        info = resolved.stat()
    except FileNotFoundError:
        return None, f"{written!r} does not exist"
    except OSError as exc:
        return None, f"{written!r} cannot be read ({exc.strerror or exc.__class__.__name__})"
    if not stat.S_ISREG(info.st_mode):
        return None, f"{written!r} is not a regular file"
    if info.st_size > MAX_SOURCE_FILE_BYTES:
        return None, f"{written!r} is {_mib(info.st_size)}; source files must be at most 5 MiB"
    return resolved, None


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MiB"


def _read(path: Path) -> tuple[bytes | None, StubError | None]:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        return None, StubError(path, "is a folder, not a stub file")
    except OSError as exc:
        return None, StubError(path, f"cannot read the file ({exc.strerror or exc})")
    if len(data) > MAX_FILE_BYTES:
        try:
            size = f"{_mib(path.stat().st_size)}"
        except OSError:
            size = "over 1 MiB"
        return None, StubError(path, f"file is {size}; a stub must be at most 1 MiB")
    return data, None


def _decode(data: bytes, path: Path) -> tuple[str | None, StubError | None]:
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        byte = data[exc.start]
        return None, StubError(
            path,
            f"not UTF-8 text: byte 0x{byte:02x} at offset {exc.start}; save the file as UTF-8",
            line=line,
        )


def _check_text(text: str, path: Path, content_root: Path | None, sha256: str) -> _Result:
    checker = _Checker(path, content_root)
    try:
        root = _yaml.compose(text)
    except _yaml.YamlProblem as exc:
        return None, [StubError(path, exc.message, line=exc.line)]
    if root is None or _yaml.is_null(root):
        return None, [StubError(path, "file is empty; a stub needs title, date and sources")]
    if not isinstance(root, yaml.MappingNode):
        return None, [
            StubError(
                path,
                "expected a mapping of fields (title:, date:, sources:),"
                f" got {_yaml.describe(root)}",
                line=_yaml.line_of(root),
            )
        ]
    checker.refuse_tags(root)
    items = checker.mapping_items(root, None, FIELDS)
    for name in REQUIRED:
        if name not in items and name not in checker.suggested:
            checker.error(
                _yaml.line_of(root), name, "is missing (a stub needs title, date and sources)"
            )

    def given(name: str) -> Node | None:
        node = items.get(name)
        return None if node is None or _yaml.is_null(node) else node

    title = checker.title(items["title"]) if "title" in items else None
    when = checker.date(items["date"]) if "date" in items else None
    sources = checker.sources(items["sources"]) if "sources" in items else None
    tags = checker.tags(items["tags"]) if "tags" in items else ()
    text_fields: dict[str, str | None] = {}
    for name in ("category", "author", "reviewed_by", "brief"):
        node = given(name)
        long = name == "brief"
        text_fields[name] = (
            None
            if node is None
            else checker.text(
                node, name, limit=MAX_LONG_TEXT if long else MAX_LINE_FIELD, multiline=long
            )
        )
    slug = checker.slug(node) if (node := given("slug")) is not None else None
    status = checker.status(node) if (node := given("status")) is not None else None
    corrections = checker.corrections(items["corrections"], when) if "corrections" in items else ()
    verified = checker.verified(items["verified"]) if "verified" in items else ()
    if verified and not text_fields["reviewed_by"] and "reviewed_by" not in items:
        checker.error(
            items["verified"], "verified", "needs reviewed_by: the editor who checked these facts"
        )

    if checker.errors:
        checker.errors.sort(key=lambda err: err.line or 0)
        return None, checker.errors
    assert title is not None and when is not None and sources is not None
    stub = Stub(
        path=path,
        title=title,
        date=when,
        sources=sources,
        tags=tags or (),
        category=text_fields["category"],
        author=text_fields["author"],
        slug=slug,
        brief=text_fields["brief"],
        status=status or "published",
        reviewed_by=text_fields["reviewed_by"],
        verified=verified or (),
        corrections=corrections or (),
        sha256=sha256,
    )
    return stub, []


def check_stub(
    path: Path, *, content_root: Path | None = None
) -> tuple[Stub | None, list[StubError]]:
    """Every problem in the file (not just the first); Stub only when there are none.

    ``content_root`` bounds where ``path:`` sources may point (default: the
    stub's own folder).
    """
    path = Path(path)
    data, problem = _read(path)
    if problem:
        return None, [problem]
    assert data is not None
    text, problem = _decode(data, path)
    if problem:
        return None, [problem]
    assert text is not None
    stub, errors = _check_text(text, path, content_root, hashlib.sha256(data).hexdigest())
    for err in errors:
        logger.debug("%s", err)
    return stub, errors


def load_stub(path: Path, *, content_root: Path | None = None) -> Stub:
    """The validated stub; raises the first StubError when the file has problems."""
    stub, errors = check_stub(path, content_root=content_root)
    if errors:
        raise errors[0]
    assert stub is not None
    return stub


def looks_like_stub(path: Path) -> bool:
    """Whether a .yaml/.yml file should be read (and reported) as a stub.

    Anything that is not a YAML mapping without 'title' and 'sources' counts:
    unreadable or broken files, empty files, lists and scalars get reported
    rather than silently skipped; other mappings are someone's data files.
    Streams parser events only, so it is cheap, and it never raises.
    """
    try:
        if Path(path).suffix.lower() not in STUB_SUFFIXES:
            return False
        with open(path, "rb") as fh:
            return _events_look_like_stub(yaml.parse(fh, Loader=_yaml.Loader))
    except Exception:  # any failure means "report it as a stub"
        return True


def _events_look_like_stub(events: object) -> bool:
    depth = 0
    documents = 0
    is_key = True
    for event in events:  # type: ignore[attr-defined]
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                return True
            continue
        if isinstance(event, yaml.NodeEvent):
            if depth == 0 and not isinstance(event, yaml.MappingStartEvent):
                return True
            if depth == 1:
                if (
                    is_key
                    and isinstance(event, yaml.ScalarEvent)
                    and event.value
                    in (
                        "title",
                        "sources",
                    )
                ):
                    return True
                is_key = not is_key
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return documents == 0


_TRANSLITERATE = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "Þ": "th",
        "ı": "i",
        "&": " and ",
        "'": "",
        "’": "",
    }
)


def slugify(text: str, *, max_length: int = 80) -> str:
    """An ascii, lowercase, hyphenated slug of at most ``max_length`` characters.

    Never empty: text with no latin letters or digits gets ``story-`` and a
    short hash, so it is still stable and distinct.
    """
    folded = unicodedata.normalize("NFKD", str(text).translate(_TRANSLITERATE))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[max_length // 2 :] else cut[:max_length]
        slug = slug.strip("-")
    if not slug:
        digest = hashlib.sha256(str(text).encode("utf-8", "surrogatepass")).hexdigest()
        slug = f"story-{digest[:8]}"
    return slug


def _yaml_scalar(value: str, context: str = "k: ") -> str:
    """``value`` as a YAML scalar that reads back as exactly the same string.

    Plain when the loader agrees it reads as this text in ``context`` (a
    mapping value or a list item), else double-quoted with every
    non-printable character escaped.
    """
    if value and value == value.strip() and value.isprintable() and len(value) < 500:
        expected = {"k": value} if context == "k: " else [value]
        try:
            if yaml.load(f"{context}{value}\n", Loader=_yaml.Loader) == expected:
                return value
        except yaml.YAMLError:
            pass
    out = ['"']
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch.isprintable() and ch not in "\u2028\u2029\u0085\ufeff":
            out.append(ch)
        elif ord(ch) <= 0xFF:
            out.append(f"\\x{ord(ch):02x}")
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    out.append('"')
    return "".join(out)


def new_stub_text(
    title: str,
    urls: Sequence[str],
    *,
    date: str,
    tags: Sequence[str] = (),
    category: str | None = None,
) -> str:
    """YAML text of a valid stub (for ``aibot new``).

    Every value is quoted as needed, so any title reads back unchanged; the
    text is checked like a stub on disk and the first StubError raised if it
    is not valid (a title with a newline, a bad URL, an impossible date...).
    """
    date_text = date.strip()
    plain_date = _DATE_RE.fullmatch(date_text) or _DATETIME_RE.fullmatch(date_text)
    lines = [
        f"title: {_yaml_scalar(title)}",
        f"date: {date_text if plain_date else _yaml_scalar(date)}",
        "sources:" if urls else "sources: []",
    ]
    lines += [f"  - {_yaml_scalar(url, '- ')}" for url in urls]
    if tags:
        lines.append("tags:")
        lines += [f"  - {_yaml_scalar(tag, '- ')}" for tag in tags]
    if category is not None:
        lines.append(f"category: {_yaml_scalar(category)}")
    text = "\n".join(lines) + "\n"
    where = Path("<new stub>")
    stub, errors = _check_text(text, where, None, "")
    if errors:
        raise errors[0]
    assert stub is not None
    if stub.title != title.strip() or [ref.url for ref in stub.sources] != list(urls):
        raise StubError(where, "does not read back as written", field="title")
    return text
