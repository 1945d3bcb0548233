"""Tokens, sentences and word stems with character offsets into the original text.

Markdown syntax and ``[n]`` citations are masked to spaces (never removed) so
that every offset computed later points into the caller's exact text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

CITATION = re.compile(r"\[(\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*)\]")
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\(([^)\n]*)\)")
_MD_BLOCK = re.compile(r"(?m)^[ \t]{0,3}(?:#{1,6}|>|[-*+]|\d{1,3}[.)])[ \t]")
_MD_INLINE = re.compile(r"<[^>\n]{1,200}>|`[^`\n]*`|\*+|(?<!\w)_+|_+(?!\w)")

TOKEN = re.compile(
    r"(?P<glued>(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?::\d\d){1,2}(?=[aApP][mM])|\d+)(?:\.\d+)?"
    r"[a-zA-Z]{1,3}(?![\w]))"
    r"|(?P<num>\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?(?![\w]))"
    r"|(?P<ampm>[ap]\.m\.|[AP]\.M\.)"
    r"|(?P<word>(?:(?i:non|ex|anti)-)?[^\W\d_]+(?:['’][^\W\d_]+)*\.?)"  # "non-food" is no food
    r"|(?P<sym>[$€£¥%])"
    r"|(?P<punct>[^\w\s])"
)
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt",
    "prof", "inc", "ltd", "co", "corp", "no", "vs", "jr", "sr", "mt", "ft", "approx",
    "est", "dept", "univ", "ave", "rd", "blvd", "mon", "tue", "tues", "wed", "thu",
    "thurs", "fri", "sat", "sun",
}  # fmt: skip

STOPWORDS = set(
    """a an the and or but of in on at for with by as is are was were be been being it its
    this that these those he she they them his her their we our you your i me my which who
    whom whose what when where why how there here than then so if not no nor also
    has have had do does did will would could should may might can must shall about into
    out over under again further once all any both each few most other some such only own
    same too very just s t said says say told tell added adds says according while
    """.split()
)  # "from", "to", "up", "down", "before", "after" stay: they tell values apart.

# Paraphrase-invariant stems for words news writers swap freely.
SYNONYMS = {
    "dead": "die", "died": "die", "dies": "die", "death": "die", "deaths": "die",
    "killed": "die", "kill": "die", "kills": "die", "killing": "die", "fatal": "die",
    "fatalities": "die", "fatally": "die", "lives": "die", "perished": "die",
    "hurt": "injur", "wounded": "injur", "wounds": "injur", "injured": "injur",
    "injuries": "injur", "injury": "injur", "injuring": "injur", "treated": "treat",
    "rose": "rise", "risen": "rise", "rising": "rise", "increased": "rise", "grew": "rise",
    "grown": "rise", "up": "rise", "fell": "fall", "fallen": "fall", "dropped": "fall",
    "declined": "fall", "down": "fall", "lost": "lose", "loses": "lose",
    "won": "win", "wins": "win", "winning": "win", "beat": "win", "defeated": "win",
    "employs": "worke", "employ": "worke", "employed": "worke", "employing": "worke",
    "employees": "worke", "work": "worke", "workers": "worke", "staff": "worke",
    "jobs": "worke", "unvaccinated": "vacci", "twice": "doubl", "double": "doubl",
    "shrank": "lose", "shrunk": "lose", "shrink": "lose", "shrinks": "lose",
    "previous": "earli", "prior": "earli", "earlier": "earli",
    "percent": "pct", "cent": "pct",
    # Abbreviations of results tables: "11 pts", "4 gls".
    "pts": "point", "pt": "point", "pnts": "point", "gls": "goal", "mins": "minut",
    "min": "minut", "sec": "secon", "secs": "secon", "hr": "hour", "hrs": "hour",
    "electorate": "elctr", "electorates": "elctr",  # no "elected"
    "children": "child", "kids": "child", "women": "woman", "men": "man",
    "people": "peopl", "persons": "peopl", "residents": "peopl", "locals": "peopl",
    "inhabitants": "peopl",
    # Words a paraphrase swaps for each other (news register).
    "clear": "ahead",
    "least": "minim", "minimum": "minim",  # "at least 16" / "Minimum age: 16"
    "daily": "day", "weekly": "week", "monthly": "month", "yearly": "year",
    "annual": "year", "annually": "year", "hourly": "hour",
    "homes": "home", "households": "home", "houses": "home", "properties": "home",
    "dwellings": "home", "household": "home", "house": "home", "property": "home",
    "power": "power", "electricity": "power", "blackout": "power",
    "shut": "close", "closed": "close", "closing": "close", "closes": "close",
    "closure": "close", "began": "start", "begun": "start", "begin": "start",
    "begins": "start", "started": "start", "starts": "start", "commenced": "start",
    "bought": "buy", "buys": "buy", "acquire": "buy", "acquired": "buy",
    "acquires": "buy", "acquisition": "buy", "purchase": "buy", "purchased": "buy",
    "sold": "sell", "sells": "sell", "sale": "sell", "sales": "sell", "revenue": "sell",
    "turnover": "sell", "jailed": "jail", "imprisoned": "jail", "prison": "jail",
    "sentenced": "jail", "cars": "vehic", "car": "vehic", "vehicles": "vehic",
    "vehicle": "vehic", "stuck": "stuck", "stranded": "stuck", "trapped": "stuck",
    "pupils": "stud", "students": "stud", "pupil": "stud", "student": "stud",
    "fans": "crowd", "spectators": "crowd", "attendance": "crowd",
    "income": "profit", "earnings": "profit", "profits": "profit",
    "stock": "share", "shares": "share", "approve": "approv", "approved": "approv",
    "passed": "approv", "backed": "approv", "supported": "approv", "backing": "approv",
    "balance": "remai", "remainder": "remai", "firm": "compan", "company": "compan",
    "firms": "compan", "companies": "compan", "forecast": "expect", "forecasts": "expect",
    "expected": "expect", "predicted": "expect", "projected": "expect",
    "detained": "arrest", "arrested": "arrest", "officers": "polic", "police": "polic",
    "lawmakers": "lawma", "legislators": "lawma", "ballots": "vote", "votes": "vote",
    "abstention": "absta", "abstentions": "absta", "kilo": "kg", "kilos": "kg",
    "kilogram": "kg", "kilograms": "kg",
    "requested": "ask", "request": "ask", "requests": "ask", "asking": "ask",
    "agreement": "deal", "deals": "deal", "rescuers": "rescu", "rescued": "rescu",
}  # fmt: skip


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # num | ampm | word | sym | punct
    lower: str = field(init=False, repr=False, compare=False)  # computed once: read very often

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", self.text.lower().rstrip("."))


@dataclass
class Sentence:
    start: int
    end: int
    tokens: list[Token]
    paragraph: int
    stems: frozenset[str] = frozenset()
    cites: frozenset[int] = frozenset()


_LEADER_DOTS = re.compile(r"(?<=\S )\.{3,}(?= +[£$€]?\d)")


def mask_markdown(
    text: str, ranks: bool = False
) -> tuple[str, list[tuple[int, int, tuple[int, ...]]]]:
    """Same-length copy of ``text`` with citations and Markdown syntax turned to spaces.
    With ``ranks`` (a source's results), "6. Pieter Dujardin" keeps its 6: a place."""
    chars = list(text)
    cites: list[tuple[int, int, tuple[int, ...]]] = []

    def blank(a: int, b: int) -> None:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "

    for m in _MD_LINK.finditer(text):
        blank(m.start(), m.start(1))
        blank(m.end(1), m.end())
    for m in CITATION.finditer(text):
        nums = tuple(int(n) for n in re.findall(r"\d+", m.group(1)))
        cites.append((m.start(), m.end(), nums))
        blank(m.start(), m.end())
    for pattern in (_MD_BLOCK, _MD_INLINE):
        for m in pattern.finditer("".join(chars)):
            if ranks and pattern is _MD_BLOCK and _RANK.match(text, m.start()):
                blank(m.end() - 2, m.end())  # only the dot: "6  Pieter Dujardin"
                continue
            blank(m.start(), m.end())
    # "Total ............... 6,150": dots leading the eye to a figure set out a column,
    # and end no sentence.
    for m in _LEADER_DOTS.finditer(text):
        blank(m.start(), m.end())
    # Cycling's times, 4h52'18" and at 1'10" or at 22", as 4:52:18, 1:10 and 22s (same
    # length): their marks are no quotation marks.
    for m in _RACE_MARKS.finditer(text):
        h, mi = m.group("h"), m.group("m") or m.group("m2")
        sec = m.group("s") or m.group("s2") or m.group("s3")
        new = f"{h}:{mi}:{sec}" if h else f"{mi}:{sec}" if mi else f"{sec}s"
        chars[m.start() : m.end()] = new.ljust(m.end() - m.start())
    return "".join(chars), cites


_RANK = re.compile(r"[ \t]{0,3}\d{1,3}\.[ \t][A-Z]")
_RACE_MARKS = re.compile(
    r"(?<![\w'’])(?:(?P<h>\d{1,2})h(?P<m>\d\d)['’](?P<s>\d\d)\"|(?P<m2>\d{1,3})['’](?P<s2>\d\d)\""
    r"|(?<=\sat )(?P<s3>\d{1,2})\")"
)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    out = []
    for m in TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        word = m.group()
        start = m.start() + offset
        if kind == "glued" and re.fullmatch(r"\d+(?:st|nd|rd|th)", word, re.IGNORECASE):
            kind = "num"  # an ordinal: "12th"
        if kind == "glued":  # "48m", "10km", "3pm": a number and its unit
            digits = re.match(r"[\d.,:]+", word).group()  # type: ignore[union-attr]
            out.append(Token(digits, start, start + len(digits), "num"))
            out.append(Token(word[len(digits) :], start + len(digits), start + len(word), "word"))
            continue
        # A trailing dot stays on abbreviations and initials ("Jan.", "M."), else ends a sentence.
        is_initial = len(word) == 2 and word[0].isupper()
        abbreviation = word[:-1].lower() in ABBREVIATIONS or is_initial
        if word[:-1].lower() == "no" and not re.match(r"\s?\d", text[m.end() : m.end() + 2]):
            abbreviation = False  # "No. 10", but "244 voted no. On a second question"
        if kind == "word" and word.endswith(".") and not abbreviation:
            out.append(Token(word[:-1], start, start + len(word) - 1, kind))
            out.append(Token(".", start + len(word) - 1, start + len(word), "punct"))
            continue
        out.append(Token(word, start, start + len(word), kind))
    return out


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    w = word.lower().replace("’", "'").rstrip(".")
    if w.endswith("'s"):
        w = w[:-2]
    w = SYNONYMS.get(w, w)
    for suffix in ("ing", "ed", "es", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            w = w[: -len(suffix)]
            if suffix in ("ing", "ed") and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]  # cutting -> cut
            break
    return w[:5]


def next_comma(tokens: list[Token], start: int, stop: int | None = None) -> int | None:
    """Where the first comma from token ``start`` (before ``stop``) is: the end of a
    clause or an apposition set off after a name."""
    end = len(tokens) if stop is None else min(stop, len(tokens))
    return next((j for j in range(start, end) if tokens[j].text == ","), None)


def outside_brackets(tokens: list[Token]) -> list[Token]:
    """The tokens not in brackets: a table row "2027 (to 14 Mar)   9   2,318" is a row
    of figures, its label "Clay (140 tonnes, delivered)" is "Clay"."""
    depth, out = 0, []
    for t in tokens:
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and t.text != ")":
            out.append(t)
    return out


def content_stems(tokens: list[Token]) -> frozenset[str]:
    return frozenset(stem(t.text) for t in tokens if t.kind == "word" and t.lower not in STOPWORDS)


_CLOSERS = "\"'”’)]"


_WRAP_WIDTH = 40  # a line this long that stops mid-sentence was wrapped, not ended
_WRAP_SLACK = 8  # hand-wrapped text breaks a little early; a list line is well short


def _wrapped(text: str, line_end: int, nxt: Token) -> bool:
    """Whether a single line break inside a paragraph only wraps a long line ("...goes
    in a\ncaddy, most families..."): then it is a space, as in Markdown."""
    line = text[line_bounds(text, line_end)[0] : line_end].strip()
    # "...the Emergency Care Workers'" / "Union, said": a plural's apostrophe, no quote.
    possessive = re.search(r"[a-z]s['’]$", line) and not re.search(r"(^|\s)['‘]", line)
    closed = line[-1:] in "\"”'’)" and not possessive
    if closed and line[-2:-1] == "," and nxt.text[:1].islower():
        return True  # '"...It felt like a county final,"' / 'said Moloney': one sentence
    if len(line) < _WRAP_WIDTH or line[-1:] in ".!?:;" or closed:
        return False  # a heading, a label, a list item or a finished sentence
    next_line = text[nxt.start : text.find("\n", nxt.start) % (len(text) + 1)]
    if COLUMNS.search(line) or COLUMNS.search(next_line):
        return False  # "Turnover        £38.6m       £35.2m": rows of a table
    if "|" in line and "|" in next_line:
        return False  # "Driver licence (3 years) | £298 | £352": rows of a table
    field = _FIELD.match(next_line)
    if field and _SPOKEN.search(field.group()):
        field = None  # "Fencing Union, said: "It was..."": a speaker, no field
    if field or all(_RANKED.match(x) for x in (line, next_line)):
        return False  # "Finish: Kessock Slip, 17:30:09" then "Elapsed time: 11 hr": fields
    # Wrapping breaks a line only where the next word would not have fitted: in a list
    # ("CRAWLEY, Alison (Independent): 967 votes" / "HOLLINS, Derek ...") it would have.
    top = text.rfind("\n\n", 0, line_end) + 2
    bottom = text.find("\n\n", line_end) % (len(text) + 1)
    width = max(len(x.rstrip()) for x in text[top:bottom].split("\n"))
    if len(line) + 1 + len(next_line.split(" ", 1)[0]) <= width - _WRAP_SLACK:
        return False
    if line.split()[-1] == next_line.split()[-1] or (
        _SURNAME_FIRST.match(line) and _SURNAME_FIRST.match(next_line)
    ):
        return False  # records: "...: 412 votes" / "...: 1,139 votes", "HOLLINS, Derek"
    return nxt.text[:1] not in "-*•#>|" and not re.match(r"\d+[.)]$", nxt.text)


COLUMN_GAP = 3  # spaces between two cells of a table set in columns
COLUMNS = re.compile(rf"\S {{{COLUMN_GAP},}}\S")  # text set in columns with runs of spaces


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Where the line holding ``text[start:end]`` begins and ends (its newline left out)."""
    after = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, after if after >= 0 else len(text)


_RANKED = re.compile(r"\d{1,3}[.)]?\s")  # "6  Pieter Dujardin": a results line
_SURNAME_FIRST = re.compile(r"[A-Z][A-Z'’-]+, [A-Z]")
# "Elapsed time: ", "Unemployment rate, aged 16 and over: ": a field of a table.
_FIELD = re.compile(r"[A-Z][\w'’ ,()/-]{0,45}:\s")
_SPOKEN = re.compile(r"\b(?:said|says|added|told \w+|explained|warned):\s$")


_INITIAL = re.compile(r"[A-Z]\.")
# Words that open a sentence and never go on a name after an initial ("Ward B. The").
_SENTENCE_OPENERS = {"The", "A", "An", "It", "Its", "This", "These", "They", "He", "She", "We"}


def split_sentences(masked: str) -> list[Sentence]:
    """Sentences of already-masked text; abbreviations, initials and a.m./p.m. don't split."""
    tokens = tokenize(masked)
    sentences: list[Sentence] = []
    current: list[Token] = []
    paragraph = 0

    def flush() -> None:
        if current:
            sentences.append(Sentence(current[0].start, current[-1].end, list(current), paragraph))
            current.clear()

    prev_end = 0
    for i, tok in enumerate(tokens):
        gap = masked[prev_end : tok.start]
        if "\n" in gap:
            blank = re.search(r"\n[ \t]*\n", gap)
            if blank or not _wrapped(masked, prev_end, tok):
                flush()  # a line break ends a sentence: headings, list items, paragraphs
            if blank:
                paragraph += 1
        current.append(tok)
        prev_end = tok.end
        if (
            _INITIAL.fullmatch(tok.text)
            and i + 1 < len(tokens)
            and tokens[i + 1].text in _SENTENCE_OPENERS
        ):
            flush()  # "a bladder scanner for Ward B. The Friends will meet": no initial
        elif tok.text in ".!?" and tok.kind == "punct":
            # Let closing quotes/brackets ride along, then split before a capital/quote/digit.
            j = i + 1
            while (
                j < len(tokens)
                and tokens[j].text in _CLOSERS
                and tokens[j].start == tokens[j - 1].end
            ):
                j += 1
            nxt = tokens[j] if j < len(tokens) else None
            if nxt is None:
                continue
            if j > i + 1:
                continue  # closers are appended first; decided when the last one comes
            if [t.lower for t in current[:2]] == ["for", ":"] and nxt.lower == "against":
                continue  # a minutes' vote: "For: 8. Against: 3."
            if nxt.text[:1].isupper() or nxt.text[:1].isdigit() or nxt.text in "\"“‘'":
                flush()
        elif tok.text in _CLOSERS and current and len(current) >= 2:
            k = len(current) - 2
            while k >= 0 and current[k].text in _CLOSERS:
                k -= 1
            if k >= 0 and current[k].text in ".!?" and current[k].kind == "punct":
                nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                if nxt is not None and nxt.text in _CLOSERS and nxt.start == tok.end:
                    continue
                if nxt is not None and (nxt.text[:1].isupper() or nxt.text in '"“'):
                    flush()
    flush()
    return sentences
