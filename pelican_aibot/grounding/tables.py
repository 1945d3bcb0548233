"""The column headers of tables in a source: a figure in a row is about its column.

"| Thu 11 Dec 7pm | 431 | 55 |" says nothing of seats sold or left until its header
("| Performance | Sold | Available |") is read; neither does "2024   96 km   19" until
"Year   Verge managed   Parishes taking part". A table is a block of two or more
lines cut into the same number of cells, by bars or by runs of spaces, whose first
line is a header: cells of words, none of them a figure alone.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from . import normalize as N
from .text import line_bounds

_SPACED = re.compile(r"\S+(?: \S+)*")  # cells set apart by runs of two or more spaces
_SPACED_OR_BAR = re.compile(r"[^\s|]+(?: [^\s|]+)*")  # or by a lone bar
_RULE = re.compile(r"^[\s|:+-]*$")  # "|---|:---:|": a Markdown table's rule
_FIGURE = re.compile(r"^[£$€]?[\d.,:%]+\w{0,3}$")  # "2,318", "48km", "£14,200", "95%"
_PLACE = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$", re.I)  # "1st", "2nd": a place, in a header

Cell = tuple[int, int]  # start and end offsets in the text
DESCRIPTIVE_NOTE_WORDS = 2  # words of a row label's note in brackets kept as its own
CORNER_SPACES = 2  # "      | 2025 | 2026": a blank corner cell, not a row's indent

# A league table's column headers, spelt out: "| P | W | L | Pts |" counts matches
# played, wins, defeats and points, as a story puts them.
_HEADER_WORDS = {
    "p": "played matches", "pld": "played matches", "gp": "games played",
    "w": "won wins", "d": "drawn draws", "l": "lost defeats", "otl": "overtime losses",
    "pts": "points", "gd": "goal difference", "f": "for", "a": "against",
    "gf": "goals for scored", "ga": "goals against conceded",
    "net": "net points",  # a regatta's score after its worst race is discarded
}  # fmt: skip


_PLACES = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


def _spelt_out(header: str) -> str:
    if _PLACE.match(header) and 0 < int(header[:-2]) <= len(_PLACES):
        return _PLACES[int(header[:-2]) - 1]  # "2nd": a story says "second"
    return _HEADER_WORDS.get(header.lower(), header)


def bar_row(line: str) -> bool:
    """Whether a line is set with bars, as a table's row: "| 2 | Callum Redfern | 17m 05s |"."""
    return line.count("|") >= 2


def _bar_cells(line: str, at: int) -> list[Cell] | None:
    """The cells between a row's bars, blank ones too: "| Total | | 30 | |" keeps its
    figure under the third header, as "|        | 2025 | 2026 |" its blank corner (or
    "         | 2025 | 2026", the corner left as spaces before the first bar)."""
    if not bar_row(line):
        return None
    bounds = [-1, *(k for k, c in enumerate(line) if c == "|"), len(line)]
    last = len(bounds) - 2
    # Each stretch between bars, and one before the first or after the last if written.
    cells = [
        (a + 1, b)
        for k, (a, b) in enumerate(itertools.pairwise(bounds))
        if 0 < k < last or line[a + 1 : b].strip() or (k == 0 and b - a > CORNER_SPACES)
    ]
    if sum(bool(line[a:b].strip()) for a, b in cells) < 2:
        return None
    return [(at + a, at + b) for a, b in cells]


def _spaced_cells(line: str, at: int) -> list[Cell] | None:
    if line.count("|") == 1:
        # "Children eligible      8,900   | 9,150" under "      Summer 2030 | Summer 2031":
        # columns set with spaces, the last two parted by a bar.
        cells = [(at + m.start(), at + m.end()) for m in _SPACED_OR_BAR.finditer(line)]
        return cells if len(cells) >= 2 and re.search(r"\S {2,}\S|\S \| \S", line) else None
    if not re.search(r"\S {2,}\S", line):
        return None
    cells = [(at + m.start(), at + m.end()) for m in _SPACED.finditer(line)]
    if len(cells) == 2 and re.search(r"\S {3,}\S", line):
        return cells  # "Jul - Sep 2025     61,900": two columns, set well apart
    return cells if len(cells) >= 3 else None


def _blocks(text: str) -> Iterator[tuple[str, list[list[Cell]]]]:
    """Runs of consecutive lines cut into cells the same way, rules left out (a run of
    one line too: a row under a heading of its own, below an earlier table's header)."""
    kind, rows = "", []
    at = 0
    for line in text.split("\n"):
        if _RULE.match(line) and "-" in line:
            at += len(line) + 1
            continue  # a rule between header and rows belongs to the block
        bars = _bar_cells(line, at)
        spaced = None if bars else _spaced_cells(line, at)
        this = "bars" if bars else "spaced" if spaced else ""
        if this != kind:
            if rows:
                yield kind, rows
            kind, rows = this, []
        if this:
            rows.append(bars or spaced)
        at += len(line) + 1
    if rows:
        yield kind, rows


_YEAR = re.compile(r"^(?:19|20)\d\d(?:[-/–]\d\d(?:\d\d)?)?$")  # "2026", "2025-26"
# A row label's note of the scale or currency of its figures: "(millions)", "(£m)".
_SCALE_NOTE = re.compile(r"\((?:[£$€]?(?:m|bn|k|000)|[£$€]|millions|thousands|billions)\)", re.I)


def _years(header: str) -> list[str]:
    """The years a column header names: "2026", "Active nests 2025", "2025-26"."""
    return [w for w in header.split() if _YEAR.match(w)]


_SEASONS = {"spring", "summer", "autumn", "winter", "easter", "christmas"}


_MONTH_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.I
)


def _year_named(header: str) -> int | None:
    """The one year a header of words names: "Entrants 2032" (not "From 3 Nov 2031",
    a date)."""
    named = _years(header)
    rest = [w for w in header.split() if w not in named]
    if len(named) != 1 or any(c.isdigit() for w in rest for c in w):
        return None
    if _MONTH_WORDS.search(" ".join(rest)):
        return None
    return int(named[0][:4])


def _a_year(cell: str) -> int | None:
    """The year a cell is, when it is a year alone: "2022"; a season or financial year,
    "2030/31", is its first year (told "last year" in May 2031, as a story tells it
    "2030-31")."""
    words = cell.split()
    if len(words) == 2 and words[0].lower() in _SEASONS and _YEAR.match(words[1]):
        return int(words[1][:4])  # "Summer 2031": a column of that year's summer
    if not words or not _YEAR.match(words[0]):
        return None
    if len(words) > 1 and not words[1].startswith("("):
        return None  # "2031/32 (proposed)" is a year; "2025 total" is no column of it
    return int(words[0][:4])


def _is_header(text: str, cells: list[Cell], corner: bool = False) -> bool:
    """Cells of words, or years or places after the first ("| Area | 2024 | 2025 |",
    "Event   1st   2nd   3rd"), the first maybe blank ("|      | 2025 | 2026 |");
    ``corner``: the blank corner of a table set with spaces is no cell, so its first may
    be a year too."""
    words = [text[a:b].strip() for a, b in cells]
    return all(
        (re.search(r"[A-Za-z]", w) and not _FIGURE.match(w))
        or ((k or corner) and (_YEAR.match(w) or _PLACE.match(w)))
        or (not k and not w)
        for k, w in enumerate(words)
    )


def _indent(text: str, cell: Cell) -> int:
    """How far into its line a cell set with spaces starts: the header of years over a
    column of row labels ("          2029    2030    2031") starts well past them."""
    return cell[0] - line_bounds(text, cell[0])[0]


def _unbracketed(cell: str) -> str:
    """A cell's words, its notes in brackets left out: "Flood defence grant"."""
    return re.sub(r"\([^)]*\)", "", cell)


def _label(cell: str) -> str:
    """A row label's words: those of a note in brackets too when it has no figure
    ("Visitors (door count)"), not a dated or scaled one ("(awarded 29 October 2027)",
    "(millions)")."""
    kept = re.sub(r"\(([^)]*)\)", lambda m: m[1] if _descriptive(m[1]) else "", cell)
    return " ".join(kept.split())


def _descriptive(note: str) -> bool:
    """Whether a label's note in brackets says what is counted ("door count"), not its
    unit, scale or date ("cubic metres a year", "millions", "awarded 29 October 2027")."""
    words = note.lower().split()
    return (
        0 < len(words) <= DESCRIPTIVE_NOTE_WORDS
        and not re.search(r"\d", note)
        and not _SCALE_NOTE.fullmatch(f"({note})")
        and not any(w in N.MEASURE_UNITS or w in N.DURATION_UNITS for w in words)
    )


def _words_cell(text: str, cell: Cell) -> bool:
    """A cell of words only: "Golden Fleece", "Flood defence grant (awarded 29 October
    2027)" (a note in brackets aside), not "14" nor "96 km"."""
    words = _unbracketed(text[cell[0] : cell[1]]).split()
    return any(c.isalpha() for c in "".join(words)) and not any(
        _FIGURE.match(w) or w.isdigit() for w in words
    )


def _notes(text: str, cells: list[Cell]) -> bool:
    """Whether a line's cells are all notes in brackets: "(full year)   (to 31 Dec)"."""
    words = [text[a:b].strip() for a, b in cells]
    return all(w.startswith("(") and w.endswith(")") for w in words)


def _overlap(a: Cell, b: Cell) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _under(text: str, cell: Cell, header: list[Cell]) -> Cell:
    """The header cell a cell set in columns of spaces stands under: the one its
    characters overlap most, each measured from the start of its own line."""

    def columns(c: Cell) -> Cell:
        start = line_bounds(text, c[0])[0]
        return c[0] - start, c[1] - start

    mine = columns(cell)
    return max(header, key=lambda h: _overlap(mine, columns(h)))


def _caption(text: str, at: int) -> str:
    """The line that introduces a table, ending with a colon, right above its header
    (a blank line between them or not): "The treasurer presented estimated losses:"."""
    lines = text[: line_bounds(text, at)[0]].split("\n")[:-1]
    if len(lines) > 1 and not lines[-1].strip() and lines[-2].strip():
        lines.pop()  # one blank line
    last = lines[-1].strip() if lines else ""
    return last[:-1] if last.endswith(":") else ""


def column_headers(text: str) -> list[tuple[int, int, str, str, int | None, str]]:
    """Each cell of a table row below a header, as (start, end, its column's header,
    the words that say what it is about, the year it is of): its own cell's and the
    row's label, when the row opens with one ("| Best shohin | Amrit Sandhu | 16cm |");
    the row's year, when it opens with one ("| 2022 | 40 | 3,120 |"), else its column's,
    when that is headed by a year alone ("| Reach | 2025 | 2026 |"); and the row's label
    when the cell's column is an earlier year's, for a story naming that year. A total
    is about what the table's caption counts ("The treasurer presented estimated
    losses:")."""
    out = []
    last: tuple[str, list[Cell]] | None = None
    for kind, rows in _blocks(text):
        header, *body = rows
        # A header with notes below it: "2031-32   2032-33" over "(full year)   (to 31
        # Dec)".
        below: dict[Cell, str] = {}
        if kind == "spaced" and len(body) > 1 and _notes(text, body[0]):
            for cell in body.pop(0):
                h = _under(text, cell, header)
                below[h] = f"{below.get(h, '')} {text[cell[0] : cell[1]].strip()}"
        corner = (
            kind == "spaced"
            and bool(body)
            and _indent(text, header[0]) >= _indent(text, body[0][0]) + CORNER_SPACES
        )
        if body and _is_header(text, header, corner):
            last = kind, header
        elif last and last[0] == kind and all(len(row) == len(last[1]) for row in rows):
            # A results sheet heads only its first table: "Four-dog rig" below it has
            # rows of the same columns and no header of its own.
            header, body = last[1], rows
        else:
            continue
        # Columns of an earlier year than the table's latest: "Active nests 2025".
        latest = max((y for a, b in header for y in _years(text[a:b])), default="")
        earlier = {(a, b) for a, b in header if any(y < latest for y in _years(text[a:b]))}
        caption = _caption(text, header[0][0])
        # "Visits by venue   2032   2033": over columns of years, a first header of what
        # by what says what every figure counts (not "Size needed": what the rows are).
        counted = ""
        if len(header) > 2 and all(_a_year(text[a:b].strip()) for a, b in header[1:]):
            what, by, _ = _label(text[header[0][0] : header[0][1]]).partition(" by ")
            counted = what if by else ""
        for row in body:
            if kind == "bars":
                if len(row) != len(header):
                    continue
                pairs = list(zip(row, header, strict=True))
            else:
                pairs = [(cell, _under(text, cell, header)) for cell in row]
            # The row's label: its first cell of words ("| 1 | Golden Fleece | 14 |").
            labelled = next((c for c in row if _words_cell(text, c)), None)
            label = _label(text[labelled[0] : labelled[1]]) if labelled else ""
            # "Visitor nights (millions)   1.41   1.52": the label's note gives the scale.
            scale = _SCALE_NOTE.search(text[labelled[0] : labelled[1]]) if labelled else None
            row_year = _a_year(text[row[0][0] : row[0][1]])
            for (a, b), (h0, h1) in pairs:
                own = " ".join(w for w in text[a:b].split() if not _FIGURE.match(w))
                # Under an earlier year's column the row's figure is not the one a story
                # tells by the row's name alone: "Total income was £36,205" is this year's.
                mine = label if (a, b) != labelled and (h0, h1) not in earlier else ""
                # A total is of what the caption counts: "estimated losses", "Total 186,000".
                whole = caption if label.lower().startswith("total") else ""
                about = " ".join(w for w in (own, mine, whole, counted) if w)
                head = (text[h0:h1] + below.get((h0, h1), "")).strip()
                # "Entrants 2032": a column of that year's figures, as "2032" alone is.
                year = row_year or _a_year(head) or _year_named(head)
                head = f"{head} {scale[0]}" if scale and (a, b) != labelled else head
                row = label if (a, b) != labelled and not mine else ""
                out.append((a, b, _spelt_out(head), about, year, row))
    return out


def _trimmed(text: str, cell: Cell) -> Cell:
    """A cell's bounds without the spaces around its words ("| 21 |" is "21")."""
    a, b = cell
    words = text[a:b]
    return a + len(words) - len(words.lstrip()), b - len(words) + len(words.rstrip())


def head_to_head(text: str) -> list[tuple[Cell, Cell]]:
    """The cells of a two-row table side by side, column by column, trimmed: "Set 1" of
    "Brindle Street Regu   21   21" over "Ostley Sparks   15   12" is a set won 21-15."""
    out: list[tuple[Cell, Cell]] = []
    for kind, rows in _blocks(text):
        header, *body = rows
        if len(body) != 2 or not _is_header(text, header):
            continue
        if kind == "bars":
            if all(len(row) == len(header) for row in body):
                out.extend(zip(body[0], body[1], strict=True))
            continue
        first, second = ({_under(text, c, header): c for c in row} for row in body)
        out.extend((first[h], second[h]) for h in header if h in first and h in second)
    return [(_trimmed(text, a), _trimmed(text, b)) for a, b in out]
