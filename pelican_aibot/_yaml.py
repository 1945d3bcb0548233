"""Safe, bounded YAML composition for story stubs.

Stubs arrive by pull request, so the YAML layer must never construct Python
objects, never expand aliases without limit and never recurse without limit.
We compose (not construct) with the safe loader, after a cheap event pass that
bounds aliases and nesting depth, then bound the size the aliases expand to.
Values are read straight from the nodes, which also keeps their line numbers.
"""

from __future__ import annotations

from collections.abc import Iterator

import yaml

try:  # libyaml is about 15 times faster; the pure-Python loader behaves the same.
    Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    Loader = yaml.SafeLoader

MAX_ALIASES = 100
MAX_DEPTH = 32
MAX_EXPANDED_NODES = 10_000

_STD = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL, TIMESTAMP, SEQ, MAP = (
    _STD + name for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
)
SAFE_TAGS = frozenset({STR, INT, FLOAT, BOOL, NULL, TIMESTAMP, SEQ, MAP})

_DESCRIPTIONS = {
    STR: "text",
    INT: "a number",
    FLOAT: "a number",
    BOOL: "true/false",
    NULL: "nothing (an empty value)",
    TIMESTAMP: "a date",
    SEQ: "a list",
    MAP: "a mapping",
}


class YamlProblem(Exception):
    """The text is not YAML we accept; ``line`` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        self.message = message
        self.line = line
        super().__init__(message)


def line_of(node: yaml.Node) -> int:
    """1-based line where a node starts."""
    return node.start_mark.line + 1


def short_tag(tag: str) -> str:
    return "!!" + tag[len(_STD) :] if tag.startswith(_STD) else tag


def describe(node: yaml.Node) -> str:
    """What a writer would call the node's type, for 'expected X, got Y' messages."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return _DESCRIPTIONS.get(node.tag, f"a value tagged {short_tag(node.tag)}")


def is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == NULL


def is_non_text_scalar(node: yaml.Node) -> bool:
    """A number, boolean or date that quotes would have made text."""
    return isinstance(node, yaml.ScalarNode) and node.tag in (INT, FLOAT, BOOL, TIMESTAMP)


def is_text(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == STR


def compose(text: str) -> yaml.Node | None:
    """The node tree of a single-document YAML text (None when it holds no document).

    Raises YamlProblem for syntax errors, several documents, too many aliases,
    too deep nesting, recursive aliases and aliases that expand too far.
    """
    try:
        aliases = _check_events(text)
        root = yaml.compose(text, Loader=Loader)
    except yaml.MarkedYAMLError as exc:
        raise _syntax_problem(exc, text) from None
    except yaml.reader.ReaderError as exc:
        raise _reader_problem(exc, text) from None
    except yaml.YAMLError as exc:  # pragma: no cover - PyYAML raises the two above
        raise YamlProblem(f"invalid YAML: {exc}".splitlines()[0]) from None
    except RecursionError:  # pragma: no cover - MAX_DEPTH stops this first
        raise YamlProblem("invalid YAML: nesting is too deep") from None
    if root is not None and aliases:
        _check_expansion(root)
    return root


def _check_events(text: str) -> int:
    """Bound aliases and depth before composing (composition is recursive).

    Returns the number of aliases: without any, the tree is no bigger than the text.
    """
    aliases = depth = 0
    for event in yaml.parse(text, Loader=Loader):
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise YamlProblem(
                    f"too many YAML aliases (more than {MAX_ALIASES}); write the values out",
                    event.start_mark.line + 1,
                )
        elif isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise YamlProblem(
                    f"YAML nesting is too deep (more than {MAX_DEPTH} levels)",
                    event.start_mark.line + 1,
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return aliases


def _check_expansion(root: yaml.Node) -> None:
    """Refuse recursive aliases and trees that aliases blow up (billion laughs)."""
    sizes: dict[int, int] = {}
    # Iterative post-order walk; a node on the current path seen again is a cycle.
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            on_path.discard(key)
            total = 1 + sum(sizes[id(child)] for child in _children(node))
            if total > MAX_EXPANDED_NODES:
                raise YamlProblem(
                    f"YAML aliases expand to more than {MAX_EXPANDED_NODES} values",
                    line_of(node),
                )
            sizes[key] = total
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise YamlProblem("a YAML alias refers to itself", line_of(node))
        on_path.add(key)
        stack.append((node, True))
        for child in _children(node):
            if id(child) in on_path:
                raise YamlProblem("a YAML alias refers to itself", line_of(child))
            if id(child) not in sizes:
                stack.append((child, False))


def _children(node: yaml.Node) -> Iterator[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        yield from node.value
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield key
            yield value


def unique_nodes(root: yaml.Node) -> Iterator[yaml.Node]:
    """Every distinct node once (aliases share nodes), parents before children."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        yield node
        stack.extend(reversed(list(_children(node))))


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str) -> YamlProblem:
    mark = exc.problem_mark or exc.context_mark
    problem = (exc.problem or "").strip()
    if exc.context and "single document" in exc.context:
        return YamlProblem("a stub holds one YAML document; remove the extra '---'", _line(mark))
    if "nesting depth" in problem:
        return YamlProblem("YAML nesting is too deep", _line(mark))
    if problem.startswith("found undefined alias"):
        return YamlProblem("invalid YAML: an alias (*name) refers to no anchor", _line(mark))
    message = f"invalid YAML: {problem}"
    if exc.context:
        message += f" ({exc.context.strip()})"
    if mark is not None and "\t" in _line_text(text, mark.line):
        message += "; indent with spaces, not tabs"
    return YamlProblem(message, _line(mark))


def _reader_problem(exc: yaml.reader.ReaderError, text: str) -> YamlProblem:
    code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or " ")
    # The reader stops at the first such character; its position may count bytes
    # (libyaml) or characters, so find the character itself for the line.
    index = text.find(chr(code))
    line = text.count("\n", 0, index) + 1 if index >= 0 else None
    return YamlProblem(f"invalid YAML: control character U+{code:04X} is not allowed", line)


def _line(mark: yaml.Mark | None) -> int | None:
    return None if mark is None else mark.line + 1


def _line_text(text: str, index: int) -> str:
    lines = text.splitlines()
    return lines[index] if 0 <= index < len(lines) else ""
