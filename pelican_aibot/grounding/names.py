"""Names in place: a name the sources give, given to the role, figure and passage they give it."""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import NamedTuple

from . import facts as F
from . import normalize as N
from . import swaps as S
from .committees import COUNCIL_TIERS, body_words, committees_of_others
from .compare import (
    _coverage,
    _dice,
    _distinctive,
    _same_value,
)
from .facts import Fact, Mention
from .motions import (
    AGAINST,
    DECISION_VERBS,
    PROPOSER,
    SECONDER,
    motion_role,
    tells_a_vote_against,
)
from .owners import charges_of_others
from .sources import (
    _ACRONYM,
    _LOOSE_BODY_WORDS,
    _RELATIONS,
    _attributed,
    _body_name,
    _Doc,
    _initials,
    _minutes,
    _neighbours,
    _of_meeting,
    _role_key,
    _Sources,
    _word_key,
    topic_stems,
)
from .text import COLUMNS, STOPWORDS, Token, content_stems, next_comma, stem, tokenize
from .weights import (
    ALIGN_GAP,
    ALIGN_SLACK,
    ALIGN_WEIGHT,
    CITE_BONUS,
    HIGH_ALIGN,
    NAME_MARGIN,
    RETOLD_BACK,
    RETOLD_STEMS,
    RETOLD_WHOLE,
    ROLE_REACH,
)

logger = logging.getLogger(__name__)


# "The guild's eldest member, Dorothy Ainsworth": one of many holders, picked out.
_SUPERLATIVES = {"oldest", "youngest", "eldest", "newest", "longest-serving"}
_POSSESSIVES = {"its", "his", "her", "their", "our"}
QUALIFIER_WORDS = 4  # "Askerby Parish Council chairman": the body before a role
_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "prof", "rev"}


def _same_place(tokens: list, f: Mention, theirs: list, m: Mention) -> bool:
    """Whether two names stand between the same words: the two words before each, or the
    two after (commas aside: "our school nurse, Helen Brightwell, will run"), are one and
    include a word that says something ("away in", "depot in", "said Colley"; not "said
    it")."""
    for mine, other in (
        (_words_beside(tokens, f.i0, -1), _words_beside(theirs, m.i0, -1)),
        (_words_beside(tokens, f.i1, 1), _words_beside(theirs, m.i1, 1)),
    ):
        if (
            len(mine) == 2
            and mine == other
            and any(w.isalpha() and w not in STOPWORDS for w in mine)
        ):
            return True
        if len(mine) == 2 and mine == other and f.i0 == m.i0 == 0:
            return True  # both open their sentences: "Sarne District Council said it would"
        # ("from Westley, won the" closes an apposition: its name is not the subject.)
        if _comma_after(theirs, m) and not _comma_after(tokens, f):
            break
    # "..., a total of $5,930, Mayor Denise Ortland said." for "..., city finance director
    # Raymond Ishii said.": the speaker a sentence ends on.
    return _ends_on_speaker(tokens, f) and _ends_on_speaker(theirs, m)


# A motion's passage the story's sentence tells: this share of its words at least, and
# this much more than the passage of the motion the name is given in the sources.
MOTION_ALIGN = 0.35
MOTION_MARGIN = 0.15
_MOTIONS = {PROPOSER, SECONDER}
VOTE_REACH = 10  # tokens from a name to its "voted against" ("the only member to vote against")


def _comma_after(tokens: list, m: Mention) -> bool:
    return m.i1 < len(tokens) and tokens[m.i1].text == ","


def _ends_on_speaker(tokens: list, m: Mention) -> bool:
    """Whether the name is followed only by a speech verb and the sentence's end."""
    rest = [t for t in tokens[m.i1 :] if t.text not in ".!?"]
    return len(rest) == 1 and rest[0].lower in F.SPEECH_VERBS


def _words_beside(tokens: list, k: int, way: int) -> list[str]:
    """The two words before token ``k`` (way -1) or from it (way 1), over commas and
    "the" ("warden of the Carrow Wildfowl Trust": "warden of")."""
    out: list[str] = []
    k = k - 1 if way < 0 else k
    while 0 <= k < len(tokens) and len(out) < 2:
        t = tokens[k]
        if t.text != "," and t.lower != "the":
            if t.kind != "word" and not t.text.isalnum():
                break
            out.append(t.lower)
        k += way
    return out[::-1] if way < 0 else out


_AGENT_BREAKS = {"from", "to", "of", "in", "at", "with", "for", "on"}  # "won by a head from"
_PARTICIPLES = {
    "lent", "run", "built", "made", "paid", "held", "won", "led", "bought", "sold", "set",
    "given", "shown", "taken", "written", "chosen", "drawn", "seen", "done", "kept", "brought",
    "found", "grown", "spent", "sent", "struck", "thrown", "beaten", "taught", "sung",
}  # fmt: skip
AGENT_ALIGN = 0.3  # share of an article sentence's words a source sentence of its doer tells
# A person's clause is short: its words must be told nearly all ("who seconded the
# byelaw"), not one of them ("won the title").
SUBJECT_ALIGN = 0.6
AGENT_REACH = 4  # words between "by" and its name ("designed by 15-year-old Tom Ashdown")


# A body that pays ("paid for by", "a grant from", "£900,000 from") or is paid ("a
# contract to"), however the sentence puts it: one slot, FUNDER or FUNDED.
FUNDER, FUNDED = "funder", "funded"
_FUNDING_VERBS = {
    "paid", "funded", "covered", "met", "financed", "sponsored", "backed", "lent",
    "donated", "bankrolled", "underwritten", "granted", "given",
}  # fmt: skip
ROLE_BODY_GAP = 6  # tokens from a role to its body: "chair of the 630-member Wendry ..."
_WHERE_WORDS = {"on", "in", "at", "near", "off", "beside", "opposite"}
_SCALES = {"m", "bn", "k", "million", "billion"}  # "£20m", "£1.2 million"
_RAISED = {"raised", "raise", "raises", "raising", "collected", "made"}
_MONEY_VERBS = {"paid", "funded", "financed", "sponsored", "bankrolled", "underwritten"}
_FUNDS = {
    "grant", "grants", "loan", "donation", "donations", "funding", "gift", "award",
    "bequest", "contribution", "sponsorship", "money", "cash", "contract",
}  # fmt: skip
_GIVES = {
    "gave", "awarded", "granted", "donated", "lent", "paid", "funded", "contributed",
    "pledged", "offered", "provided", "put", "covered", "sponsored", "met", "committed",
}  # fmt: skip
_GIVING = _GIVES | {"given", "gives"}  # a subject's giving verb, before its sum
# A giver's participle, right after its name: "from the Town Council offering £600".
_OFFERING = {"offering", "pledging", "giving", "donating", "promising", "contributing"}
_GETS = {"received", "receives", "got", "gets", "won", "wins", "secured", "was", "were"}
_SURVEYS = {"survey", "count", "study", "audit", "inspection", "review", "census"}


def _money_before(tokens: list, j: int) -> bool:
    """Whether a sum of money ends at token ``j``: "£7,500", "£20m", "£1.2 million"."""
    if j >= 0 and tokens[j].lower in _SCALES:
        j -= 1
    return j >= 1 and tokens[j].kind == "num" and tokens[j - 1].text in "£$€"


def _money_told(tokens: list) -> bool:
    """Whether a sentence speaks of money: a currency sign or a word for funds."""
    return any(t.text in N.CURRENCY_SYMBOLS or t.lower in _FUNDS for t in tokens)


def _agent_verb(tokens: list, k: int) -> str | None:
    """The slot a name at token ``k`` fills: the verb it is the doer of, in the passive
    ("owned by 16-year-old Jess Appleyard", "a survey by"), or the one who pays or is
    paid ("funded by", "paid for by", "a £7,500 grant from", "a contract to")."""
    j = k - 1
    if j > 0 and tokens[j].text == "," and F._role_word(tokens[j - 1].lower):
        j -= 1  # "seconded by the chairman, Richard Allonby"
    while j >= 0 and k - j <= AGENT_REACH and tokens[j].kind in ("word", "num"):
        word = tokens[j].lower
        if word == "by":
            verb = j - 1 - (j >= 2 and tokens[j - 1].lower == "for")
            before = tokens[verb].lower if verb >= 0 else ""
            if before in _FUNDING_VERBS:
                # "a field lent by the trust" is lent, not paid for: a verb that may give
                # things as well as money funds only beside money.
                return FUNDER if before in _MONEY_VERBS or _money_told(tokens) else before
            if before.endswith("ed") or before in _PARTICIPLES or before in _SURVEYS:
                return before
            if verb >= 0 and tokens[verb].kind == "num":
                # "39 were referred by the advice centre and 19 by the surgery": the verb
                # of the figure before, left out of the second.
                return _gapped_verb(tokens, verb)
            return None
        if word in ("from", "to"):
            # ("£11,000 came from the Small Grants scheme": a sum coming from it.)
            came = j >= 1 and tokens[j - 1].lower in ("came", "comes", "coming")
            funds = (j >= 1 and tokens[j - 1].lower in _FUNDS) or _money_before(
                tokens, j - 1 - came
            )
            return (FUNDER if word == "from" else FUNDED) if funds else None
        if word == "for" and j >= 1 and tokens[j - 1].lower in _RAISED:
            return None  # "raised money for": no sum told
        if word == "for" and _money_before(tokens, j - 1):
            # "raised £2,340 for Three Shires Air Ambulance", "raised £1.2m for": the cause.
            sign = j - 2 - (tokens[j - 1].lower in _SCALES)
            if sign >= 1 and tokens[sign - 1].lower in _RAISED:
                return FUNDED
        if word.endswith("ing") or word in _AGENT_BREAKS:
            return None  # "reached the final by beating Drayford"
        j -= 1
    return None


APPOSITION_TOKENS = 8  # "Linda Moyle, the commissioners' vice-chair, who seconded"


def _relative_verb(tokens: list, m: Mention) -> str | None:
    """The verb of a relative clause on a person, over a role set off by commas: "Linda
    Moyle, the commissioners' vice-chair, who seconded the byelaw"."""
    k = m.i1
    if k < len(tokens) and tokens[k].text == ",":
        close = next_comma(tokens, k + 1)
        if close is not None and close - k <= APPOSITION_TOKENS and tokens[k + 1].lower != "who":
            k = close
    if [t.lower for t in tokens[k : k + 2]] != [",", "who"]:
        return None
    k += 2
    while k < len(tokens) and tokens[k].lower in _BEFORE_VERB:
        k += 1
    if k >= len(tokens) or tokens[k].kind != "word" or not tokens[k].text.islower():
        return None
    word = tokens[k].text
    if word in F.SPEECH_VERBS or not (word.endswith("ed") or word in _PAST):
        return None
    return word


def _gapped_verb(tokens: list, k: int) -> str | None:
    """The passive verb an earlier figure of the sentence is told with ("39 were referred
    by"), for the figure at ``k`` that leaves it out ("and 19 by")."""
    for j in range(k - 1, 0, -1):
        if tokens[j].lower in (";", "."):
            return None
        before = tokens[j - 1].lower
        if tokens[j].lower == "by" and (before.endswith("ed") or before in _PARTICIPLES):
            return before
    return None


_BEFORE_VERB = {
    "has", "have", "had", "will", "would", "is", "was", "also", "then", "now", "today",
    "yesterday", "formally", "unanimously", "finally", "since", "already", "last", "week",
}  # fmt: skip
_PAST = _PARTICIPLES | {"gave", "took", "ran", "made", "went", "wrote", "chose", "drew", "rose"}
_PAST |= {"read", "cut", "began", "met", "lost", "left", "put", "won", "beat"}


def _subject_verb(tokens: list, m: Mention) -> str | None:
    """The verb a body is the subject of: "the Drainage Board approved", "the council
    has voted", "the Trust will pay"; none for a relative clause or a speech."""
    k, helped = m.i1, False
    if m.i0 > 0 and tokens[m.i0 - 1].text == "," and k < len(tokens) and tokens[k].text == ",":
        k += 1  # "The events officer, Jade Whitlam, read the proclamation"
    if k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].lower in ("which", "who"):
        # "Coldharbour Parish Council, which owns the common, voted": over the clause.
        # A clause ending the sentence is what the body did: "the Merrow Goose Scheme,
        # which paid out £236,700 to 31 farms".
        close = next_comma(tokens, k + 2)
        k = k + 2 if close is None else close + 1
    elif k < len(tokens) and tokens[k].text == "," and F.role_after_name(tokens, m.i1):
        # "Anita Gowrie, director of children's services, will write": over the role.
        close = next_comma(tokens, k + 1)
        k = k if close is None else close + 1
    while k < len(tokens) and tokens[k].lower in _BEFORE_VERB:
        helped |= tokens[k].lower in ("has", "have", "had", "will", "would")
        k += 1
    if k >= len(tokens) or tokens[k].kind != "word" or not tokens[k].text.isalpha():
        return None
    word = tokens[k].text
    if not word.islower() or word in STOPWORDS or word in F.SPEECH_VERBS:
        return None
    if not (helped or word.endswith(("ed", "s")) or word in _PAST):
        return None
    if word in _GIVING and _gift_after(tokens, k + 1):
        return FUNDER  # "the Trust has given a grant of £6,000", "the council put in £6,000"
    return word.lower()


# Words that end the clause a body's figure is told in.
_CLAUSE_ENDS = {",", ";", "but", "while", "whereas"}
# Words a source may use for a body it does not name in the sentence.
_STAND_INS = {"it", "its", "we", "our", "us", "they", "their"}
FIGURE_OWNER_REACH = 10  # tokens from a name to the figure it is told with
GIFT_REACH = 5  # words after a giving verb where its sum or grant stands
SUM_REACH = 8  # words between a funder's name and the sum it gives
_RAISED = {"raised", "raising", "raise", "raises", "collected"}


def _sum_beside(doc: _Doc, m: Mention) -> Mention | None:
    """The sum of money a name gives or is given in its sentence: the nearest one before
    a doer ("£600 came from the Lions Club"), after a subject ("the Trust gave £600"),
    else on the other side ("Grant from the Greener Parishes Trust: £14,500")."""
    toks = doc.sentences[m.sentence].tokens
    before, after = _sums_either_side(doc, m)
    doer = _agent_verb(toks, m.i0) is not None or _after_from(toks, m)
    sides = (before, after) if doer else (after, before)
    for side in sides:
        if side:
            return min(side, key=lambda pair: pair[0])[1]
    return None


def _labelled_from(doc: _Doc, m: Mention, v: Mention) -> bool:
    """Whether sum ``v`` is labelled as coming from name ``m``: "Grant from the
    Pellingford Rural Crafts Trust: £60,000"."""
    toks = doc.sentences[m.sentence].tokens
    between = [t.text for t in toks[m.i1 : v.i0]]
    return _after_from(toks, m) and between == [":"]


def _raised_for(doc: _Doc, m: Mention) -> Mention | None:
    """The sum raised for name ``m``: "raised £1,645 for the Larder", "Raised for
    Brindlecote Community Larder: £1,645"."""
    toks = doc.sentences[m.sentence].tokens
    k = m.i0 - (m.i0 > 0 and toks[m.i0 - 1].lower == "the")
    if k == 0 or toks[k - 1].lower != "for":
        return None
    before, after = _sums_either_side(doc, m)
    if [t.text for t in toks[m.i1 : m.i1 + 1]] == [":"] and after:
        raised_at = k - 2  # "Raised for X: £1,645"
        sum_ = min(after, key=lambda pair: pair[0])[1]
    elif before:
        sum_ = min(before, key=lambda pair: pair[0])[1]
        raised_at = sum_.i0 - 1  # "raised £1,645 for the X"
    else:
        return None
    if raised_at < 0 or toks[raised_at].lower not in _RAISED:
        return None
    return sum_


def _sums_either_side(doc: _Doc, m: Mention) -> tuple[list, list]:
    """The sums of money of name ``m``'s sentence within SUM_REACH words before it and
    after it, each with its distance."""
    sums = [
        v
        for v in doc.values
        if v.sentence == m.sentence and v.family == "num" and v.unit in N.CURRENCIES
    ]
    before = [(m.i0 - v.i1, v) for v in sums if v.i1 <= m.i0 and m.i0 - v.i1 <= SUM_REACH]
    after = [(v.i0 - m.i1, v) for v in sums if v.i0 >= m.i1 and v.i0 - m.i1 <= SUM_REACH]
    return before, after


def _after_from(tokens: list, m: Mention) -> bool:
    """ "£600 from the Trust", "funded by the Trust": a name the sum comes from."""
    return any(t.lower in ("from", "by") for t in tokens[max(0, m.i0 - 2) : m.i0])


_GIVER_BEFORE = {"from", "by", ",", "and", ";", ":", "-", "("}


def _giver_place(tokens: list, m: Mention) -> bool:
    """Whether name ``m`` stands where a giver does: opening its sentence, a clause or an
    item of a list, or after "from" or "by" ("£21,000 from the Friends of the Pellow
    Ferry"), not after a verb or "of" ("which owns the Recreation Ground")."""
    k = m.i0 - (m.i0 > 0 and tokens[m.i0 - 1].lower == "the")
    return k == 0 or tokens[k - 1].lower in _GIVER_BEFORE


_RECEIVING = {
    "receive", "receives", "received", "receiving", "won", "wins", "win", "gets", "got",
    "asked", "asks", "requested", "requests", "applied", "applies", "sought", "seeks",
}  # fmt: skip
# A sum asked, not given: "a quote of £2,750 from Tesdale District Council's contractor".
_PRICES = {"quote", "quotes", "quoted", "tender", "tenders", "estimate", "invoice", "bill"}
_PASSIVE = {"was", "were", "been", "is", "are", "be"}


def _receives(tokens: list, m: Mention) -> bool:
    """Whether name ``m`` is told receiving what follows: "the food bank will receive
    £25,000", "which won £300", "was awarded £4,000"."""
    after = [t.lower for t in tokens[m.i1 : m.i1 + 4]]
    for k, word in enumerate(after):
        if word in _RECEIVING or (word == "awarded" and k and after[k - 1] in _PASSIVE):
            return True
        if word not in _BEFORE_VERB and word not in _PASSIVE and word not in (",", "which", "who"):
            return False
    return False


def _gift_of(doc: _Doc, m: Mention) -> Mention | None:
    """The sum name ``m`` is told giving in its sentence, standing as a giver: the
    nearest after it ("the Trust gave £600", "the Trust £600"), or before it when it
    comes after "from" or "by" ("£600 from the Trust"); never the other side ("after a
    £1.46m restoration, the Council said"), nor a price asked of it."""
    toks = doc.sentences[m.sentence].tokens
    if not _giver_place(toks, m) or _receives(toks, m):
        return None
    before, after = _sums_either_side(doc, m)
    offering = m.i1 < len(toks) and toks[m.i1].lower in _OFFERING
    # ("a letter from Fernholt Town Council offering £600": the sum after it)
    side = before if _after_from(toks, m) and not offering else after
    gift = min(side, key=lambda pair: pair[0])[1] if side else None
    if gift is not None and {t.lower for t in toks[max(0, gift.i0 - 3) : gift.i0]} & _PRICES:
        return None
    return gift


def _gift_after(tokens: list, k: int) -> bool:
    """Whether a sum of money or a grant follows within a few words of token ``k``."""
    for j in range(k, min(k + GIFT_REACH, len(tokens))):
        if tokens[j].lower in _FUNDS or tokens[j].text in ("£", "$", "€"):
            return True
    return False


def _doer(tokens: list, m: Mention) -> str | None:
    """What a name does in its sentence, the same however it is put: the stem of the
    verb it is the passive's doer or the subject of ("approved by the Board", "the Board
    approved"), or the one who pays or is paid."""
    verb = _agent_verb(tokens, m.i0) or _subject_verb(tokens, m) or _staff_verb(tokens, m)
    return _key(verb) if verb else None


_STAFF_WORDS = 3  # "Wyre Vale District Council's street cleansing crews collected"


def _staff_verb(tokens: list, m: Mention) -> str | None:
    """What a body's people did, said as the body's: the past-tense verb after "the
    council's cabinet (last week) approved", a few plain words after the possessive."""
    if m.i1 < 1 or not tokens[m.i1 - 1].text.endswith(("'s", "’s")):
        return None
    k = m.i1
    while k < min(m.i1 + _STAFF_WORDS, len(tokens)) and _plain_noun(tokens[k]):
        k += 1
    if k == m.i1:
        return None
    while k < len(tokens) and tokens[k].lower in _BEFORE_VERB:
        k += 1
    verb = tokens[k].text if k < len(tokens) else ""
    return verb if verb.islower() and (verb.endswith("ed") or verb in _PAST) else None


def _council_word(token) -> bool:
    """ "council", or "council's" before what its people did."""
    return token.text in ("council", "council's", "council’s")


def _plain_noun(token) -> bool:
    return (
        token.kind == "word"
        and token.text.islower()
        and token.lower not in STOPWORDS
        and token.lower not in _BEFORE_VERB
        and not token.text.endswith("ed")
    )


# "who represents Harnby on", "who sits on", "a member of", "representing": a seat on
# the body after.
_SEAT_VERBS = {"represents", "sits", "serves"}
_SEAT_REACH = 6
_HEAD_VERBS = ("chairs", "heads", "leads")
_CELL = re.compile(r"\S+(?: \S+)*")  # a table's cell: words one space apart


ROW_REACH = 8  # tokens from a name to the cells told with it
# Words that set one row against another: "in 26:41, beating Polvean's Morwenna".
_COMPARING = {
    "ahead", "behind", "beat", "beating", "beaten", "than", "clear", "over", "against",
    "after", "before", "inside", "outside", "set", "record",
}  # fmt: skip


def _compared(tokens: list, a: int, b: int) -> bool:
    """Whether words between tokens ``a`` and ``b`` set one thing against another."""
    return any(t.lower in _COMPARING for t in tokens[a + 1 : b])


# Where a sentence turns to another row's things: "..., while Wharf Road carried".
_SEGMENT_BREAKS = {";", "while", "whereas", "but", "against", "compared"}
LABEL_SLACK = 1  # words a row's label may take in a story beyond its own: "the down breeds"


def _label_span(tokens: list, stems: frozenset[str]) -> tuple[int, int] | None:
    """Where a row's label is told in a sentence: all its words ("Down breeds" in "won
    the down breeds class"), or two of three ("Blanch leeks, pair" in "the blanch leek
    class"), within a run of about as many words; None when it is not."""
    width = len(stems) + LABEL_SLACK
    for a, t in enumerate(tokens):
        if t.kind != "word" or stem(t.text) not in stems:
            continue
        run = tokens[a : a + width]
        found = {stem(u.text) for u in run if u.kind == "word"} & stems
        if found == stems or (len(found) >= 2 and 3 * len(found) >= 2 * len(stems)):
            b = max(k for k, u in enumerate(run) if u.kind == "word" and stem(u.text) in stems)
            return a, a + b + 1
    return None


class _Row(NamedTuple):
    """A row of a source's table: its names, figures and cells of words, by column."""

    n: int
    si: int
    names: list[tuple[Mention, int]]
    values: list[tuple[Mention, int]]
    words: list[tuple[frozenset[str], int]]
    cells: list[str]  # each cell's text, lower case
    table: int  # the sentence its table starts at


# Words before a role that say nothing of which role it is: "the club's new secretary".
_ROLE_EPITHETS = {
    "new", "former", "acting", "interim", "joint", "current", "retired", "outgoing",
    "incoming", "longtime", "then", "honorary", "elected", "serving", "senior", "chief",
    "professional", "amateur", "local", "young", "veteran", "volunteer", "experienced",
}  # fmt: skip
_NAME_WORD = r"[A-Z][\w'’-]+"
_MOD_WORDS = r"(?:[A-Za-z]+\s+)?[a-z]+"  # "bat" or "Volunteer bat" of "bat recorder"
# Words before a role that are no part of it: "after postmaster Geoffrey Tamsin".
_NOT_QUALIFIERS = {"from", "after", "before", "to", "of", "at", "in", "on", "and", "or", "its"}
# What a role is for or where, told after it: "for resources", "at Tolcaster".
_AFTER_ROLE = r"for\s+[a-z]+|at\s+[A-Z][\w'’-]+"
_MODIFIED_ROLE_PATTERNS = (
    re.compile(rf"(?P<name>{_NAME_WORD})\s*\((?P<mod>{_MOD_WORDS})\s+(?P<head>[a-z]+)[,)]"),
    re.compile(
        rf"\b(?P<mod>{_MOD_WORDS})\s+(?P<head>[a-z]+),?\s+{_NAME_WORD}\s+(?P<name>{_NAME_WORD})"
    ),
    re.compile(
        rf"(?P<name>{_NAME_WORD}),\s+(?:the\s+[\w'’]+\s+|its\s+|their\s+)?"
        rf"(?P<mod>{_MOD_WORDS})\s+(?P<head>[a-z]+)[,.]"
    ),
    # "Councillor Philippa Searle, cabinet member for resources,"
    re.compile(
        rf"(?P<name>{_NAME_WORD}),\s+(?:the\s+)?(?:[a-z]+\s+)?(?P<head>[a-z]+)\s+"
        rf"(?P<mod>{_AFTER_ROLE})"
    ),
    re.compile(
        rf"\b(?P<head>[a-z]+)\s+(?P<mod>{_AFTER_ROLE}),?\s+(?:Cllr\s+|Councillor\s+)?"
        rf"{_NAME_WORD}\s+(?P<name>{_NAME_WORD})"
    ),
)


def _one_body(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two bodies' words may name one body: one's words among the other's, or
    one word of one the initials of the other's words ("Wyndlebridge KC", "Wyndlebridge
    Kayak Club")."""
    if a <= b or b <= a:
        return True
    for short, long in ((a - b, b - a), (b - a, a - b)):
        if len(short) == 1 and len(long) > 1:
            word = next(iter(short))
            if sorted(word) == sorted(w[0] for w in long):
                return True
    return False


def _told_after(word: str) -> str:
    """ "for" or "at" of a qualifier told after its role ("for resources"), else ""."""
    first, _, rest = word.partition(" ")
    return first if rest and first in ("for", "at") else ""


def _qualifier(word: str) -> bool:
    """Whether a word before a role may tell which role it is ("events" officer), not
    what any holder may be ("new", "professional") nor a word of the sentence's own."""
    if _told_after(word):
        word = word.partition(" ")[2]
    return (
        word.isalpha()
        and word not in STOPWORDS
        and word not in _ROLE_EPITHETS
        and word not in _NOT_QUALIFIERS
    )


def _seat_on(tokens: list, k: int) -> int | None:
    """The token index of the body a person is told to have a seat on, from ``k`` just
    after the name: "who represents Harnby on the Parish Council", "a member of"."""
    words = [t.lower for t in tokens[k : k + _SEAT_REACH + 2]]
    if words[:3] == ["a", "member", "of"]:
        at = k + 3
    elif words[:1] == ["representing"]:
        at = k + 1  # "Nadia Fenn, representing Kingsmere Town Council"
    elif words[:2] in (["who", w] for w in _HEAD_VERBS):
        at = k + 2  # "Malcolm Tuffin, who chairs the Friends of Three Vales Air Ambulance"
    elif words[:1] == ["who"] and len(words) > 1 and words[1] in _SEAT_VERBS:
        ons = [j for j, w in enumerate(words[2:], 2) if w == "on"]
        if not ons or any(t.kind != "word" for t in tokens[k : k + ons[0]]):
            return None
        at = k + ons[0] + 1
    else:
        return None
    return at + (at < len(tokens) and tokens[at].lower == "the")


def _body_told_at(tokens: list, k: int, by_role: bool) -> tuple[int | None, int | None]:
    """Where the body a full name is told of starts, from ``k`` just after the name, and
    where a seat on it does (or None): "who represents the town on North Wealdshire
    District Council", "of the Hollin Green Action Group"; ``by_role``: or the body of
    a role ("leader of the county council")."""
    seat = _seat_on(tokens, k)
    if seat is not None:
        return seat, seat
    link = _body_link(tokens, k, True)
    return (link[0] if link and (by_role or not link[1]) else None), None


_ROLE_LINKS = {"of", "at", "for"}
# The sorts of body a source may call one by after a role: "chair of the society".
_BODY_NOUNS = {"trust", "society", "club", "association", "charity", "partnership", "museum"}
_ROLE_REACH = 4  # words of a role: "principal planning officer", "head of visitor services"
_NOT_ROLE_WORDS = {"who", "which", "that", "said", "says", "and", "but", "with", "from", "in"}


def _words_of(name: str) -> frozenset[str]:
    """A body's words in lower case, without a possessive: "Haddenford District Council"."""
    return body_words(re.sub(r"['’]s\b", "", name))


def _person_of_body(text: str) -> tuple[str | None, tuple[str, ...], str] | None:
    """One name of a person and their body: "Aurelio Benassi of Kestrel Pro", as (the
    person's surname, None when the first part is a body's name; the body's name words;
    its text). None for a name of another shape."""
    groups = F.name_groups(text)
    if len(groups) != 2 or len(groups[0]) < 2 or " of " not in text:
        return None
    person, body = text.split(" of ", 1)
    return (None if _body_name(person) else groups[0][-1]), tuple(groups[1]), body


def _body_link(tokens: list, k: int, full: bool) -> tuple[int, bool] | None:
    """Where the body told as a person's starts, from ``k`` just past the comma after their
    name, and whether a role came between: "Reyburn, 29, of Westhaven Racquets", "Peter
    Aske, leader of the Haddenford District Council". ``full``: the name has a first name
    (without one, only an age says it is a person's)."""
    aged = k + 2 < len(tokens) and tokens[k].text.isdigit() and tokens[k + 1].text == ","
    k += 2 * aged
    if not (full or aged) or k >= len(tokens):
        return None
    by_role = tokens[k].lower != "of"
    if by_role and (k := _role_link(tokens, k)) is None:
        return None
    return k + 1 + (k + 1 < len(tokens) and tokens[k + 1].lower == "the"), by_role


def _role_link(tokens: list, k: int) -> int | None:
    """The index of "of", "at" or "for" after a role told right after a person's name:
    "Peter Aske, leader of", "Kieran Doyle, 19, an apprentice at", "Tessa Marlow, speaking
    for". The body that follows is the person's, as after a bare "of"."""
    j = k + (k < len(tokens) and tokens[k].lower in {"a", "an", "the"})
    for i in range(j, min(j + _ROLE_REACH, len(tokens) - 1)):
        t = tokens[i]
        if t.kind != "word" or not t.text.islower() or t.lower in _NOT_ROLE_WORDS:
            return None
        if tokens[i + 1].lower in _ROLE_LINKS and not _field_of(tokens, i + 1):
            return i + 1
    return None


def _field_of(tokens: list, k: int) -> bool:
    """Whether "of" at ``k`` names a role's field, not its body: "head of visitor
    services for the Callowmere Hall Trust"."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        tokens[k].lower == "of"
        and after is not None
        and after.kind == "word"
        and after.text.islower()
        and after.lower not in STOPWORDS
    )


def _the_name(doc: _Doc, m: Mention) -> bool:
    """Whether a name of more than one word follows "the" (not "the Ravens' Aaron Bex")."""
    if not m.i0 or len(m.value) < 2 or "'" in doc.text[m.start : m.end].replace("’", "'"):
        return False
    return doc.sentences[m.sentence].tokens[m.i0 - 1].lower == "the"


# The offices of a club, society or council, one holder each: a person holding one is
# not given another the sources never give them.
_OFFICES = {
    "chair", "vice-chair", "secretary", "treasurer", "president", "vice-president",
    "captain", "vice-captain", "clerk", "convener", "convenor", "mayor", "harbourmaster",
    "warden",
}  # fmt: skip
# Offices a source may give without naming their body there, a council's leader too:
# "Its leader, Cllr Gavin Threlfall".
_OFFICES_OF_BODIES = _OFFICES | {"leader"}
# A body's offices of one holder each: "the trust's chief executive" is one person.
_HEAD_OFFICES = _OFFICES_OF_BODIES | {"executive", "director"}
# Words a source may call its own body by: "chair of the group", "the society's".
HEADING_LINES = 3  # a newsletter's heading: its title, the body's name, the date
_PAGE_TITLE_WORDS = {"news", "newsletter", "bulletin", "blog", "diary", "update"}
_GROUP_WORDS = {"group", "society", "trust", "club", "association", "charity"}


def _full_body(doc: _Doc, m: Mention) -> frozenset[str]:
    """The words of a body's whole name, over an "&" that splits it in two mentions:
    "Pellworth & District Historical Society"."""
    end = m.end
    for o in doc.names:
        if o.start > end and doc.text[end : o.start].strip() == "&":
            end = o.end
    return _words_of(doc.text[m.start : end])


def _after_of(tokens: list, k: int) -> bool:
    """Whether the name at token ``k`` follows "of" or "of the": "chair of East Tallow
    District Council", not "runs a newsagent's near Market Cross" ("of the 630-member
    Wendry Chamber of Trade" too)."""
    if F.size_epithet(tokens, k - 3):
        k -= 3
    k -= k > 0 and tokens[k - 1].lower == "the"
    return k > 0 and tokens[k - 1].lower == "of"


@functools.lru_cache(maxsize=64)
def _table_rows(doc: _Doc) -> frozenset[int]:
    """The sentences of a source that are rows of a table: lines set in columns."""
    return frozenset(
        si
        for si, s in enumerate(doc.sentences)
        if "\n" not in doc.text[s.start : s.end] and COLUMNS.search(doc.text[s.start : s.end])
    )


def _after_of_role(tokens: list, k: int) -> bool:
    """Whether the name at token ``k`` is the body of a role: after "of" ("chair of East
    Tallow District Council") or, in a letter's address, after the role and a comma
    ("Chair, Hartwold Parish Council")."""
    after_comma = k >= 2 and tokens[k - 1].text == "," and F._role_word(tokens[k - 2].lower)
    return _after_of(tokens, k) or after_comma


OWN_FIGURE_REACH = 40  # characters after a name where its own figure stands, brackets too

# Words that say the name after them is a body's: "scaffolding firm Denholm Access".
_KINDS_OF_BODY = {"firm", "company", "charity", "group", "club", "trust", "society", "business"}

# A council's own parts: "the Economy and Place Committee voted" is the council's vote.
_PARTS_OF_COUNCILS = {"committee", "cabinet", "panel", "sub-committee"}


def _resolution(tokens: list) -> bool:
    """Whether a sentence of minutes is a resolution: "Resolved: to award the contract"."""
    return any(t.lower == "resolved" for t in tokens[:3])


def _key(verb: str) -> str:
    """A verb as compared across sentences: its stem ("approved", "approves")."""
    if verb in (FUNDER, FUNDED):
        return verb
    if verb.lower() in _WINS:
        return WON  # "Wexley Rope Club beat Ullacombe 2-1" is who won
    return DECIDED if verb.lower() in DECISION_VERBS else stem(verb)


WON = "won"
_WINS = {"won", "wins", "beat", "beats", "defeated", "defeats"}


# A body's decision, however it is put: "the parish council agreed" is its "voted".
DECIDED = "decided"
# What a meeting does with an item: "discussed the wall and agreed", "awarded the contract".
_MINUTED = {DECIDED, FUNDER} | {stem(w) for w in ("discussed", "considered", "awarded", "debated")}


# The sorts of council a source may name by sort alone: "the parish council agreed".
_COUNCIL_SORTS = {"parish", "town", "district", "county", "borough", "city", "community"}
_SORT_REACH = 5  # "leader of the Independent group on the district council"


def _council_sort_from(tokens: list, at: int, named: bool = True) -> tuple[int, str] | None:
    """The first council told by its sort a few words on from ``at``, past words only,
    with its token index: "the district council", "the Independent group on the town
    council"; ``named``: or by a name of that sort ("Tarnshire County Council")."""
    for j in range(at, min(at + _SORT_REACH, len(tokens) - 1)):
        word, after = tokens[j], tokens[j + 1]
        if word.lower in _COUNCIL_SORTS and after.lower == "council":
            return (j, word.lower) if named or word.text.islower() else None
        if word.kind != "word":
            return None
    return None


def _other_bodies(a: str, b: str) -> bool:
    """Whether two names sharing a place are two bodies: "Hartcombe District Council" and
    "Hartcombe Green Fund" (not "Hartcombe Council", nor "Kelham Estates Ltd")."""
    return _body_name(a) and _body_name(b) and (_two_names(a, b) or _two_tiers(a, b))


def _plain_words(name: str) -> list[str]:
    """A name's words, lower case, its possessive left off: "Wickerby Town Council's"."""
    return re.sub(r"['’]s$", "", name).lower().split()


def _two_tiers(a: str, b: str) -> bool:
    """Whether two councils are of two tiers: "Wickerby Town Council" and "Wickerby District
    Council" (not "Wickerby Council", which may be either)."""
    x, y = _plain_words(a), _plain_words(b)
    return (
        len(x) > 2
        and len(y) > 2
        and x[-1] == y[-1] == "council"
        and x[-2] in COUNCIL_TIERS
        and y[-2] in COUNCIL_TIERS
        and x[-2] != y[-2]
    )


def _two_names(a: str, b: str) -> bool:
    """Whether two names of a few words sharing some are two: they end differently and
    neither has all the other's words ("Wendmoor Community Transport", "Wendmoor
    Community Foundation")."""
    x, y = _plain_words(a), _plain_words(b)
    return (
        len(x) > 1 and len(y) > 1 and x[-1] != y[-1] and not (set(x) <= set(y) or set(y) <= set(x))
    )


def _headed(doc: _Doc, m: Mention, key: str) -> bool:
    """Whether a table gives the name the verb in its column's header: "| Brockley Fen |
    Marlshire Wildlife Trust |" under "| Site | Owner |" is the trust's "owned by"."""
    return any(
        a <= m.start < b and any(_verb_word(stem(t.text), key) for t in header)
        for a, b, header, *_ in doc.cells
    )


def _verb_word(word: str, key: str) -> bool:
    """ "owner" for "owned", "organ" for "organised": one verb, however the stemmer cut it."""
    return word == key or (word.startswith(key) and len(word) - len(key) <= 2)


def _does(tokens: list, m: Mention, verb: str) -> bool:
    """Whether the name is the doer of ``verb`` there: after it ("funded by the Trust") or
    as the subject just before it ("the Trust funded the repairs", "the Trust gave")."""
    if _doer(tokens, m) == _key(verb):
        return True
    if verb in (FUNDER, FUNDED):
        words = _GIVES if verb == FUNDER else _GETS
        return any(t.lower in words for t in tokens[m.i1 : m.i1 + 3])
    # (not "Proposed by Linda Moyle, seconded by Peter Rowe": his, not hers)
    return any(
        tokens[k].lower == verb and (k + 1 == len(tokens) or tokens[k + 1].lower != "by")
        for k in range(m.i1, min(m.i1 + 3, len(tokens)))
    )


_COURT_ROLES = {"prosecuting", "mitigating", "defending"}
_COUNCILLOR_TITLES = ("Cllr", "Councillor")
_PERSON_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", *_COUNCILLOR_TITLES)


_KIN_WORDS = {
    "partner", "wife", "husband", "son", "daughter", "brother", "sister", "mother",
    "father", "grandson", "granddaughter", "niece", "nephew", "fiancee", "fiance",
    "grandfather", "grandmother", "uncle", "aunt", "cousin",
}  # fmt: skip
_POSSESSORS = {"his", "her", "their", "its"}
_EACH_OTHERS = {"partner", "wife", "husband", "fiancee", "fiance"}  # kin both ways
KIN_REACH = 4  # tokens from a name to the name of its partner: "Garvey's partner, Shona"


def _kin_of(tokens: list, m: Mention) -> str | None:
    """The kin word a name is told as: "his partner, Lucy", "daughter Gwen", "Lucy, his
    partner"."""
    k = m.i0 - 1 - (m.i0 >= 2 and tokens[m.i0 - 1].text == ",")
    if k >= 0 and tokens[k].lower in _KIN_WORDS:
        if k >= 2 and tokens[k - 1].text == "-" and tokens[k - 2].lower == "great":
            return f"great-{tokens[k].lower}"  # "great-grandfather Reuben"
        return tokens[k].lower
    after = [t.lower for t in tokens[m.i1 : m.i1 + 3]]
    if len(after) == 3 and after[0] == "," and after[1] in _POSSESSORS and after[2] in _KIN_WORDS:
        return after[2]
    return None


def _court_role(tokens: list, m: Mention) -> str | None:
    """The court role set beside a name: "Simon Ashdown, mitigating," or "Mitigating,
    Simon Ashdown said"."""
    after = [t.lower for t in tokens[m.i1 : m.i1 + 2]]
    if after[:1] == [","] and after[1:] and after[1] in _COURT_ROLES:
        return after[1]
    before = [t.lower for t in tokens[max(0, m.i0 - 2) : m.i0]]
    if before[-1:] == [","] and len(before) == 2 and before[0] in _COURT_ROLES:
        return before[0]
    return None


def _nearest_figure(name: Mention, figures: list[Mention], reach: int = 0) -> Mention | None:
    """The one figure closest to a name in its sentence, within ``reach`` words
    (ZONE_WIDTH by default)."""
    gaps = sorted((max(f.i0 - name.i1, name.i0 - f.i1), k) for k, f in enumerate(figures))
    if (
        not gaps
        or gaps[0][0] > (reach or S.ZONE_WIDTH)
        or (len(gaps) > 1 and gaps[1][0] == gaps[0][0])
    ):
        return None
    return figures[gaps[0][1]]


_RELATIONS_BETWEEN = {
    "beat": "beat", "beats": "beat", "beaten": "beat", "beating": "beat", "defeated": "beat",
    "defeats": "beat", "ahead": "ahead", "behind": "behind", "succeeded": "succeed",
    "succeeds": "succeed", "replaced": "succeed", "replaces": "succeed", "moves": "move",
    "moved": "move", "moving": "move",
}  # fmt: skip


_REVERSED = {"behind": "ahead"}


def _relation(tokens: list, first: Mention, second: Mention) -> tuple[str, int] | None:
    """The word with a direction between two names of a sentence, and the direction:
    1 when the first name does it to the second ("A beat B"), -1 in the passive ("A was
    beaten by B", "A finished behind B"); "from A to B" is a move."""
    between = tokens[first.i1 : second.i0]
    if len(between) > RELATION_GAP:
        return None
    if (
        first.i0 > 0
        and tokens[first.i0 - 1].lower == "from"
        and any(t.lower == "to" for t in between)
    ):
        return ("move", 1)
    for k, t in enumerate(between):
        word = _RELATIONS_BETWEEN.get(t.lower)
        if word is None:
            continue
        passive = k + 1 < len(between) and between[k + 1].lower == "by"
        way = -1 if passive else 1
        if word in _REVERSED:
            word, way = _REVERSED[word], -way
        return (word, way)
    return None


RELATION_GAP = 6  # words between two names that one word relates


def _affiliation(tokens: list, a: Mention, b: Mention) -> bool:
    """Whether name ``b`` is where ``a`` is from ("Maisie Otway, 10, of Crabtree Lane
    Primary"): one entity, not two that could trade figures."""
    between = tokens[a.i1 : b.i0]
    return (
        bool(between)
        and between[-1].lower in {"of", "from"}
        and all(t.kind != "word" for t in between[:-1])
    )


def _any_same(f: Mention, found: list[Mention], src: _Sources) -> bool:
    return any(_same_value(f, o, src, set()) for o in found)


LINE_TOKENS = 12  # a results line: a name and its figure


LINE_REACH = 6  # words between an article's name and its figure, checked against lines


def _names_meet(a: set[str], b: set[str]) -> bool:
    return any(_name_word_match(x, y) for x in a for y in b)


def _stands_for(acronym: str, initials: str) -> bool:
    """Whether an acronym may be a body's whose name has these initials: "MHWU" for the
    "Harbour Workers' Union" of the "Maritime and Harbour Workers' Union"."""
    return (
        len(initials) > 1
        and acronym.isalpha()
        and acronym.isupper()
        and acronym.lower().endswith(initials)
    )


def _part_of(m: Mention, keys: Sequence[str]) -> bool:
    """Whether each word of mention ``m`` is one of the name ``keys``: "Northfell" of
    "Northfell OC" (not "Hollinbrook Community Hospital" of "Hollinbrook Riding Club")."""
    return all(any(_name_word_match(k, q) for k in keys) for q in m.value)


# The words before a place that make it where something happens: "at the Fleece Inn",
# "from The Bell Inn to", "on the steps of the Corn Exchange".
_VENUE_WORDS = {"at", "outside", "inside", "from", "to"}
VENUE_ALIGN = 0.5  # how much of the article's sentence the source sentence must cover


# Last words of a street's or square's name that are no one's surname.
_STREET_ENDS = {"street", "road", "avenue", "square", "crescent", "terrace", "mews", "parade"}
_PLACE_NOUNS = {
    "hall", "inn", "hotel", "centre", "center", "exchange", "pavilion", "street", "lane",
    "road", "park", "church", "chapel", "house", "arms", "green", "square", "field", "fields",
    "ground", "common", "library", "museum", "theatre", "gardens", "quay", "pier", "bridge",
    "castle", "abbey", "cathedral", "barn", "stadium", "arena", "rooms", "tavern", "lodge",
    "buttercross", "cross", "market", "yard", "wharf", "meadow", "meadows", "rec",
}  # fmt: skip


def _a_place(tokens: Sequence[Token], m: Mention) -> bool:
    """Whether a name is a building or a place one goes to: "the Fleece Inn", "Wexcombe
    Memorial Hall", "the Buttercross" (no council, club or society)."""
    return tokens[m.i1 - 1].lower in _PLACE_NOUNS


def _told_as_venue(tokens: Sequence[Token], m: Mention) -> bool:
    """Whether name ``m`` is a building or place told as where something happens."""
    return _at_a_venue(tokens, m.i0) and _a_place(tokens, m)


def _at_a_venue(tokens: Sequence[Token], i0: int) -> bool:
    """Whether the name starting at token ``i0`` is told as a venue."""
    k = i0 - 1
    if k >= 0 and tokens[k].lower == "the":
        k -= 1
    if k < 0:
        return False
    if tokens[k].lower == "of":
        return k >= 1 and tokens[k - 1].lower in ("steps", "front")
    return tokens[k].lower in _VENUE_WORDS


def _names(keys: Sequence[str], m: Mention) -> bool:
    """Whether mention ``m`` names the one that ``keys`` name: each key is one of its words."""
    return all(any(_name_word_match(k, q) for q in m.value) for k in keys)


_BRACKET_OPENS = re.compile(r"(?:,\s*\d{1,3})? *\(")


_CLUB_HEADERS = {"club", "team", "clubs", "teams", "school", "party", "county", "nation"}


def _club_cells(text: str, person: str) -> set[str]:
    """The words of the club column in the rows of a table ("Pos | Pilot | Club | Glider",
    one row a line, cells between bars) that name the person."""
    words: set[str] = set()
    header: list[str] = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) < 3:
            header = []
            continue
        if not header:
            header = [c.lower() for c in cells]
            continue
        col = next((i for i, h in enumerate(header) if h in _CLUB_HEADERS), None)
        if col is None or len(cells) != len(header):
            continue
        named = (w.lower() for i, c in enumerate(cells) if i != col for w in c.split())
        if any(_name_word_match(person, w.strip(".,'’")) for w in named):
            words.update(re.findall(r"[a-z]+", cells[col].lower()))
    return words


def _may_match(a: Sequence[str], b: Sequence[str]) -> bool:
    """A quick test before comparing two names word by word: some word of each may match
    the other's (the same first four letters, or a people's word for a country)."""
    return any(x[:4] == y[:4] or x in _DEMONYMS or y in _DEMONYMS for x in a for y in b)


def _name_word_match(a: str, b: str) -> bool:
    if a == b or _DEMONYMS.get(a) == b or _DEMONYMS.get(b) == a:
        return True
    short, long = sorted((a, b), key=len)
    # Kenya/Kenyan, Japan/Japanese: a suffix, not a different name (Ford/Forde).
    return len(short) >= 4 and long.startswith(short) and long[len(short) :] in _NAME_SUFFIXES


# People of a country whose word is not the country's plus a suffix: "the Scot".
_DEMONYMS = {
    "welsh": "wales", "scottish": "scotland", "english": "england", "irish": "ireland",
    "british": "britain", "french": "france", "dutch": "netherlands", "spanish": "spain",
    "danish": "denmark", "swedish": "sweden", "finnish": "finland", "polish": "poland",
    "turkish": "turkey",
    "scot": "scotland", "scots": "scotland", "swede": "sweden", "dane": "denmark",
    "briton": "britain", "finn": "finland", "pole": "poland", "turk": "turkey",
    "spaniard": "spain", "welshman": "wales", "welshwoman": "wales", "irishman": "ireland",
    "irishwoman": "ireland", "englishman": "england", "englishwoman": "england",
    "frenchman": "france", "frenchwoman": "france", "dutchman": "netherlands",
    "dutchwoman": "netherlands", "swiss": "switzerland", "greek": "greece", "kiwi": "zealand",
}  # fmt: skip


_DEMONYMS_OF: dict[str, set[str]] = defaultdict(set)


for _people, _country in _DEMONYMS.items():
    _DEMONYMS_OF[_country].add(_people)


_NAME_SUFFIXES = {"n", "an", "ian", "ese", "s", "es", "ish", "i", "ns", "ans", "ians"}


_REGION_WORDS = {"north", "south", "east", "west", "central", "latin", "new", "great", "upper"}


def _name_in(keys: list[str], pos: dict[str, list[int]], by_prefix: dict[str, list[str]]) -> bool:
    """Distinctive name words appear in order, close together, somewhere in the source."""

    def positions(key: str) -> list[int]:
        hits = list(pos.get(key, ()))
        # "Kenyan", "North American"; but "Ravi Chandra" is not Ravi Chandran.
        if len(key) >= 4 and (len(keys) == 1 or keys[0] in _REGION_WORDS):
            for w in by_prefix.get(key[:4], ()):
                if w != key and _name_word_match(key, w):
                    hits += pos[w]
            # "Welsh" / "Wales", "Dutch" / "Netherlands": no shared prefix.
            for w in _DEMONYMS_OF.get(key, set()) | {_DEMONYMS.get(key, "")}:
                hits += pos.get(w, [])
        return sorted(hits)

    starts = positions(keys[0])
    for p in starts:
        at, ok = p, True
        for key in keys[1:]:
            nxt = [q for q in positions(key) if at < q <= at + 5]
            if not nxt:
                ok = False
                break
            at = nxt[0]
        if ok:
            return True
    return False


# The council roles whose council a story may name by its tier alone: "County councillor
# Harriet Quayle", "the district council chair, Brenda Morley".
_TIER_ROLES = {
    "councillor": "councillors?", "chair": "chair(?:man|woman|person)?", "leader": "leader",
}  # fmt: skip


@functools.lru_cache(maxsize=256)
def _tier_pattern(role: str, surname: str) -> re.Pattern[str]:
    """ "District councillor Harriet Quayle", "Parish council chair Cllr Brenda Morley":
    a tier of council told before the role of the person of ``surname``."""
    return re.compile(
        rf"\b({'|'.join(COUNCIL_TIERS)})\s+(?:council\s+)?{_TIER_ROLES[role]}\s+"
        rf"(?:cllr\.?\s+|councillor\s+)?(?:[A-Z][\w'-]*\s+)?{re.escape(surname)}\b",
        re.I,
    )


def _council_tier(toks: list, k: int) -> str | None:
    """The tier of council told just before a role ("County councillor", "the district
    council chair"): ``k`` is the word right before the role."""
    if k >= 0 and toks[k].lower == "council":
        k -= 1
    return toks[k].lower if k >= 0 and toks[k].lower in COUNCIL_TIERS else None


def _among(person: Sequence[str], holders: Iterable[tuple[str, ...]]) -> bool:
    """Whether ``person`` is one of the holders of a role. "Chairman Finch" and "Chairman
    Gerald Finch" name the holder Gerald Finch, "Arthur Finch" not; a holder known by title
    and surname ("Cllr J. Orme, Chair of ...") is "Janet Orme", one known by a first name
    ("jammer Nadia "Nitro" Okafor") "Nadia Okafor"."""
    return any(
        all(any(_name_word_match(k, h) for h in holder) for k in person)
        or (len(holder) == 1 and any(_name_word_match(k, holder[0]) for k in person))
        for holder in holders
    )


# Words that say a name after them is a group's: "Cleasby crew Concrete Tide".
_GROUP_WORDS = {
    "crew", "team", "band", "choir", "squad", "troupe", "club", "firm", "company", "charity",
    "trust", "society",
}  # fmt: skip
GROUP_WORD_CHARS = 10  # characters before a name where its group's word may end
_YEAR_AFTER = re.compile(r" (?:19|20)\d\d\b")  # "Northgate Cypher 2033"
_WORD_BEFORE = re.compile(r"\b(\w+) $")  # the word right before a name, one space apart


class NameChecks:
    """The checker's name rules, mixed into check._Checker.

    They read the article (``self.art``), the sources (``self.src``) and the checker's
    caches, and call its passage methods (``_aligned_sentences``, ``_shares_a_value``):
    a name is judged by the passage it stands in, as a figure is.
    """

    def name_supported(self, f: Mention) -> bool:
        """Every part of the name occurs, in order, in some source (names are shared freely)."""
        text = self.art.text[f.start : f.end]
        groups = F.name_groups(text)
        first_word = F.name_keys(text.split()[0])
        # A sentence's first word is capitalised anyway: "Sponsor Sen. Marcus Hale".
        # ... but only an ordinary word, or one before a person's surname ("Together Sandhu
        # took the title"): "Coastway Rail" is no "Rail" of the sources.
        first = text.split()[0].lower()
        ordinary = (
            first in self.src.lower_words
            or first in self.art_lower
            or first in F.TITLES
            or (
                bool(groups)
                and groups[0][-1] in self.surnames
                and not _body_name(text)
                # "Together Sandhu", "Teenager Niamh Carrow"; not "Hadden Hill Farm"
                and (len(groups[0]) == 2 or tuple(groups[0][1:]) in self.src.full_names)
            )
        )
        may_drop_first = (
            f.unit == "opens"
            and first_word
            and groups
            and len(groups[0]) > 1
            and ordinary
            and not self._source_name_word(first_word[0])
        )
        if may_drop_first and all(self._name_found(g) for g in [groups[0][1:], *groups[1:]]):
            return True
        if _initials(text) in self.src.acronyms and len(text.split()) > 1:
            return True  # "World Health Organization" for the sources' "WHO"
        known = {w.lower() for w in _ACRONYM.findall(text)} & self.src.initials
        groups = [kept for g in groups if (kept := [k for k in g if k not in known])]
        if not groups:
            return True  # "the VRA" for "Verano Rail Authority"
        generic = {w.lower() for w in text.split()} & (F.GENERIC_NAME_WORDS - F.OPTIONAL_NAME_WORDS)
        # A title word after the name's first word is part of the name: "Kestrel Lady",
        # "Northfell Farmers' Union".
        words = [_word_key(w) for w in re.findall(r"[^\W\d_]+", text)]
        first = next((i for i, w in enumerate(words) if w not in F.TITLES), len(words))
        generic |= {w for w in words[first + 1 :] if w in F.TITLES}
        if not generic <= self.src.all_words:
            return False  # "Norbridge General Hospital" when the sources only know an infirmary
        if all(self._name_found(g) for g in groups):
            return self._body_whole(text)
        if len(groups) == 1 and len(groups[0]) == 2 and self._surname_first(*groups[0]):
            return True  # results give "TREWIN Ellie" for Ellie Trewin
        return len(groups) == 1 and self._party_and_person(groups[0])

    def _surname_first(self, first: str, surname: str) -> bool:
        """Whether a source writes the name surname first, as results and lists do:
        "TREWIN Ellie", "Trewin, Ellie". Not any surname a few words before the first
        name: "Daniel Okafor and Megan Lusty" has no Megan Okafor."""
        pattern = re.compile(rf"\b(\w+)(,?)\s+{re.escape(first)}\b", re.IGNORECASE)
        return any(
            m[1].lower() == surname and (m[2] or m[1].isupper())
            for doc in self.src.docs
            for m in pattern.finditer(doc.text)
        )

    def _source_name_word(self, key: str) -> bool:
        """Whether the sources use ``key`` inside a name, not just to open a sentence:
        "Carnbrae" of "Carnbrae Fire and Rescue Service" is a name, "Sponsor" is not."""
        return any(
            key in o.value and (o.unit != "opens" or len(o.value) > 1)
            for doc in self.src.docs
            for o in doc.names
        )

    def _body_whole(self, text: str) -> bool:
        """A body's name is one name: "Carnbrae Fire and Rescue Service" is not found in a
        village called Carnbrae and the sources' "Moorland Fire and Rescue Service"."""
        person, of, body = text.partition(" of ")
        # "Group Manager Priya Castell of Brackenford and District Fire and Rescue Service":
        # a person (a name that does not end as a body's does) of a body.
        if of and not _body_name(" ".join(person.split()[-2:])):
            text = body
        if not _body_name(text):
            return True
        words = [
            w
            for t in text.split()
            if (w := _word_key(t.strip(",;:()\"'“”‘’")))
            and w.isalpha()
            and w not in STOPWORDS
            and w not in F.TITLES
            and w not in _LOOSE_BODY_WORDS
        ]
        if len(words) < 2:
            return True
        # All its words within a span hardly longer than the name ("Fire and Rescue
        # Service of Carnbrae" too): "Redbury primary school. The Northmoor Health
        # Protection Unit" holds no "Redbury Health Protection Unit".
        reach = len(words) + 3
        for pos in self.src.word_pos:
            for p in pos.get(words[0], ()):
                found = [p]
                for w in words[1:]:
                    near = [q for q in pos.get(w, ()) if abs(q - p) <= reach]
                    if not near:
                        break
                    # The one nearest the place after the word before it: "users" of
                    # "Bus Users' Group", not the "users" three words before the name.
                    found.append(min(near, key=lambda q: abs(q - found[-1] - 1)))
                else:
                    if max(found) - min(found) <= len(words) + 1:  # an "and", a "the"
                        return True
        return False

    def _party_and_person(self, keys: list[str]) -> bool:
        """ "Conservative Derek Hollins" for a results list's "HOLLINS, Derek (Conservative
        Party)": a party or body before a person's name, the name maybe surname first."""
        for k in range(1, len(keys) - 1):
            lead, person = keys[:k], keys[k:]
            plural = [*lead[:-1], lead[-1] + "s"]  # "Liberal Democrat" of the Liberal Democrats
            if (
                (self._name_found(lead) or self._name_found(plural))
                and (self._name_found(person) or self._name_found([person[-1], *person[:-1]]))
                and self._together(person[-1], lead[0], reach=0) is True
            ):
                return True
        return False

    def name_in_place(self, f: Mention) -> bool:
        """Whether the name stands where the sources put it: "Okoro led the Kings with 28
        points" is wrong when the sources' sentence has Quill leading the Kings.

        Like a value, each occurrence of the name is scored by how well its sentence
        matches the article's and how well the words around it match; a different name of
        the same sort in a passage as close, whose own words fit clearly better, wins.
        """
        kind = self._name_sort(self.art, f)
        if kind == "body" and _attributed(self.art.sentences[f.sentence].tokens, f):
            return self._body_speaks_there(f)
        if kind != "person" or len(f.value) < 2:
            return True  # teams, places and bodies turn up in too many roles
        toks = self.art.sentences[f.sentence].tokens
        mine = self.art.sentences[f.sentence].stems - content_stems(toks[f.i0 : f.i1])
        around = f.context
        if not around or not mine:
            return True
        here = {k for m in self._named_in(f.sentence) for k in m.value}
        cited = self.sentence_cites[f.sentence]
        equal = (-1.0, 0.0, 0.0)  # score, local, aligned
        rivals: list[tuple[float, float, float]] = []
        for n, doc in enumerate(self.src.docs):
            for o in doc.names:
                theirs = o.context
                same = _names(f.value, o)
                if not same and len(around & theirs) < 2:
                    continue  # one shared word ("coach") is no evidence
                other = not any(_name_word_match(k, q) for k in here for q in o.value)
                if not same and (not other or self._name_sort(doc, o) != kind):
                    continue
                if not same and doc.text[o.end - 2 : o.end] in ("'s", "’s"):
                    continue  # "Fenmoor Water's chief executive": an owner, not a holder
                aligned = _coverage(mine, doc.sentences[o.sentence].stems, self.src)
                local = _dice(around, theirs, self.src)
                score = ALIGN_WEIGHT * aligned + local + (CITE_BONUS if n in cited else 0.0)
                if same:
                    if self._shares_a_value(f.sentence, n, o.sentence):
                        return True  # "Kasia Wronska - 1,988 - ELECTED": her figure too
                    equal = max(equal, (score, local, aligned))
                else:
                    rivals.append((score, local, aligned))
                    logger.debug(
                        "  name %r: rival %r %s",
                        f.value,
                        doc.text[o.start : o.end],
                        (score, local, aligned),
                    )
        if equal[0] < 0:
            return True  # found only as parts (checked by name_supported)
        return not any(
            score > equal[0] + NAME_MARGIN
            and local > equal[1] + NAME_MARGIN
            and aligned >= equal[2] - ALIGN_SLACK
            for score, local, aligned in rivals
        )

    def _named_in(self, si: int) -> list[Mention]:
        """Every name of article sentence ``si``: its people (a lone surname included)
        and its bodies."""
        return [*self.art.names_in.get(si, ()), *(m for m in self.art.names if m.sentence == si)]

    def _body_speaks_there(self, f: Mention) -> bool:
        """ "Tarrow District Council said the overflow operated for 6 hours 40 minutes": a
        body given a statement is named by a source the sentence is told from (anywhere in
        it: a statement's heading names its author), unless no source it is told from
        names a body at all."""
        text = self.art.text[f.start : f.end]
        if " of " in text and not _body_name(text.split(" of ")[0]):
            return True  # "Marcus Feld of Ashby Road CC said": a person, with their club
        keep, _ = self._aligned_sentences(f)
        docs = {n for n, _ in keep}
        if not docs:
            return True
        # Named in full: "Tarrow" alone is also the "Tarrow catchment" and the "Tarrow coast".
        whole = " ".join(_plain_words(text))
        bodies = False
        for n in docs:
            doc = self.src.docs[n]
            if whole in " ".join(doc.text.lower().split()):
                return True
            named = [m for m in doc.names if self._name_sort(doc, m) == "body"]
            # ... or by the shorter name a report gives it: "The Lions Club said".
            if any(
                len(doc.text[m.start : m.end].split()) > 1 and set(m.value) < set(f.value)
                for m in named
            ):
                return True
            bodies |= bool(named)
        return not bodies

    def _name_sort(self, doc: _Doc, m: Mention) -> str:
        """person, body ("District Council") or other (a team or place named in one word)."""
        if _body_name(doc.text[m.start : m.end]):
            return "body"
        if _the_name(doc, m):
            return "body"  # "the Hollin Vale Ramblers": no person is "the" anyone
        if len(m.value) > 1 and m.value[-1] in _STREET_ENDS:
            return "other"  # "Market Square", "Sheep Street": a place
        if len(m.value) > 1 and (sort := self._sort_told(doc.text[m.start : m.end])):
            return sort
        if 1 < len(m.value) <= 3 or m.value[0] in self.surnames:
            return "person"
        return "other"

    @functools.cached_property
    def _sorts_told(self) -> dict[str, str | None]:
        return {}  # name -> what _sort_told found

    def _sort_told(self, name: str) -> str | None:
        """The sort the sources' words give a name of several words: an event's edition
        ("at Northgate Cypher 2033"), a group's ("Cleasby crew Concrete Tide"); no
        person is either."""
        if name in self._sorts_told:
            return self._sorts_told[name]
        sort = None
        for doc in self.src.docs:
            at = doc.text.find(name)
            while at != -1 and sort is None:
                end = at + len(name)
                if _YEAR_AFTER.match(doc.text, end):
                    sort = "other"
                elif (
                    word := _WORD_BEFORE.search(doc.text, max(0, at - GROUP_WORD_CHARS), at)
                ) and word[1].lower() in _GROUP_WORDS:
                    sort = "body"
                at = doc.text.find(name, end)
            if sort:
                break
        self._sorts_told[name] = sort
        return sort

    def _wrong_role(self, f: Mention) -> Mention | None:
        """The name with the role the sources do not give it, told before it or set off
        after it ("Her father, Mark Lusk, a joiner," when the joiner is Callum Rudd)."""
        if not self._role_ok(f):
            return f
        apposed = self.art.apposed_roles.get(id(f))
        if apposed and not self._role_ok(second := replace(f, lead=apposed)):
            return second
        after = F.role_after_name(self.art.sentences[f.sentence].tokens, f.i1)
        for lead in (f.lead, apposed or after):
            # "the club's events officer, Amrit Sandhu" or "Elise Marchant, the company's
            # planning director," when the sources make them its safety officer and its
            # project director: the word before the role (or after: "for resources")
            # tells which.
            head = _role_key((lead or "").partition(" of ")[0])
            if not head or " " in head:
                continue
            for word in self._role_qualifiers(f, head):
                if self._modified_role_of_another(word, head, f.value[-1]):
                    told = f"{head} {word}" if _told_after(word) else f"{word} {head}"
                    return replace(f, lead=told)
        return None

    def _role_ok(self, f: Mention) -> bool:
        """'captain Liam Carr' is wrong when the sources' captain is someone else."""
        if f.lead in _HONORIFICS:  # "Lady Anne College", "Sir Peter": a title, no role
            return True
        role = _role_key(f.lead or "")
        toks = self.art.sentences[f.sentence].tokens
        if f.i0 and toks[f.i0 - 1].lower in _KINDS_OF_BODY:
            return True  # "director of scaffolding firm Denholm Access": the firm's name
        if role in _RELATIONS or role == "owner":
            # "her partner, Lee Garvey", "owned by Liz and Ken Orchard": whose partner,
            # or owner of what, the words around say.
            return True
        # "who chairs Quieter Skies" may be its "chairman"; "the consortium's chief
        # executive" the "chief executive of the Haverland Retail Consortium".
        k = f.i0 - len((f.lead or "").split()) - 1
        if f.i0 > 0 and toks[f.i0 - 1].text == ",":
            k -= 1  # "The oldest ringer, Margaret Pelling": the words before the role
        body = toks[k].text if k >= 0 and toks[k].kind == "word" else ""
        if body.lower() in _SUPERLATIVES:
            return True  # "The oldest ringer, Margaret Pelling": one of the ringers
        groups = F.name_groups(self.art.text[f.start : f.end])
        person = groups[0] if len(groups) > 1 else f.value
        if f.i0 == 0 and len(person) > 2:
            # "Volunteer Bill Sowden, a retired engineer": a word opening the sentence
            # taken into the name.
            person = person[1:]
        # "Coldharbour chairman Sheila Marwood": the chairman of Coldharbour.
        if role and (of_body := self._role_of_body_before(toks, k, role, person)):
            role = of_body
        elif role and body.lower() in ("its", "their") and (of_its := self._role_of_its(f, role)):
            role = of_its  # "the Skelthorpe Sea Anglers Club opposed it. Its chair, ..."
        elif body.lower() in ("committee", "meeting") and _of_meeting(role) in self.src.roles:
            role = _of_meeting(role)  # "Committee chair Cllr R. Quint", from the minutes

        tier = _council_tier(toks, k)
        if tier and role in _TIER_ROLES and not self._tier_told(tier, role, person[-1]):
            return False  # "County councillor Harriet Quayle", a district councillor
        if role == "councillor" and self._titled(person[-1], _COUNCILLOR_TITLES):
            return True  # "Councillor Peter Hanlon", the minutes' "Cllr Peter Hanlon (Chair)"
        holders = self.src.roles.get(role)
        if holders and " of " not in role and self._holds_a_role_of(person, role, f):
            return True  # "who chairs the district council's planning committee"
        if not holders and role and " of " not in role:
            # "Leisure services manager Tamsin Roe" when the sources' "the council's
            # leisure services manager" is Karen Penwarden.
            holders = self._holders_of_bodies(role)
        head, _, of = role.partition(" of ")
        named = [
            m
            for m in self.art.names
            if of and m.sentence == f.sentence and m.value[0] == of and _after_of(toks, m.i0)
        ]
        if named and self._role_of_another_body(head, person, named[0]):
            return False  # "chair of the Tarrow Canal Trust", the canal society's chair
        if not holders and of:
            theirs = [
                key.split(" of ", 1)[1]
                for key in self._roles_of(person)
                if key.startswith(f"{head} of ")
            ]
            if named and theirs and not any(self._body_called(body, of) for body in theirs):
                return False  # "chair of East Tallow District Council", a parish's chair
            if not named and theirs and self._role_of_another_sort(of, theirs):
                return False  # "the trust's chief executive", the ICB's
            body_named = named and _body_name(self.art.text[named[0].start : named[0].end])
            if body_named and not theirs and self._in_other_sources(person[-1], of):
                return False  # "headteacher of Haddow Hill School", never named with her
            holders = set(self.src.roles.get(head, ())) | self._holders_of_bodies(head)
        if not holders and role and self._holds_another_office(person, role):
            return False  # "the association's president, Lorna Beaton", its secretary
        if not holders and self._another_role_of_its_body(person, role):
            return False  # "Nick Sorrell, the trust's chief executive", its head ranger
        # Whose role: the person, not the body after "of" ("Kirsty Lennard of Northmoor
        # Fire and Rescue Service").
        return not holders or _among(person, holders)

    def _role_qualifiers(self, f: Mention, head: str) -> list[str]:
        """The words that tell apart the role word nearest the name, within a few words
        of it: "events" of "the club's events officer, Amrit Sandhu", "for resources" of
        "Councillor Anwen Hale, cabinet member for resources"."""
        toks = self.art.sentences[f.sentence].tokens
        near = [
            j
            for j in range(max(1, f.i0 - ROLE_REACH), min(len(toks), f.i1 + ROLE_REACH))
            if not f.i0 <= j < f.i1 and _role_key(F.without_possessive(toks[j].lower)) == head
        ]
        if not near:
            return []
        j = min(near, key=lambda j: abs(j - f.i0))
        # (not the end of a compound: "the 21-year-old president")
        compound = j >= 2 and toks[j - 2].text == "-"
        out = [toks[j - 1].lower] if toks[j - 1].text.islower() and not compound else []
        if j + 2 < len(toks) and toks[j + 2].kind == "word":
            link, word = toks[j + 1].lower, toks[j + 2]
            if (link == "for" and word.text.islower()) or (link == "at" and word.text.istitle()):
                out.append(f"{link} {word.lower}")  # "for resources", "at Brenwick"
        return out

    def _modified_role_of_another(self, word: str, role: str, surname: str) -> bool:
        """ "the club's events officer, Amrit Sandhu" when the sources have "Amrit Sandhu
        (safety officer)": a role told with a word that tells it apart ("events"), when
        the sources tell the person's with other such words only."""
        if not _qualifier(word):
            return False
        after = _told_after(word)  # told after the role: only such words count
        theirs = {
            (who, mod)
            for who, mod, head in self._modified_roles
            if head == role and (mod.partition(" ")[0] if _told_after(mod) else "") == after
        }
        mine = {mod for who, mod in theirs if _name_word_match(surname, who)}
        return bool(mine) and word not in mine

    @functools.cached_property
    def _modified_roles(self) -> list[tuple[str, str, str]]:
        """Each source role of two words told right beside a name, as (surname, the first
        word, the role word): "Amrit Sandhu (safety officer)", "events officer Simon
        Fairclough", "Dr Rosa Venn, the trust's lead ecologist,"."""
        out = []
        for doc in self.src.docs:
            for pattern in _MODIFIED_ROLE_PATTERNS:
                for hit in pattern.finditer(doc.text):
                    head, name = hit["head"], F.name_keys(hit["name"])
                    if not F._role_word(head) or not name:
                        continue
                    words = hit["mod"].lower().split()
                    if words[0] in ("for", "at"):  # "for resources", whole
                        mods = [" ".join(words)]
                    else:  # the words right before the role: "bat" of "Volunteer bat
                        # recorder", none of "the dewpond with ranger Sally Brennock"
                        mods = list(itertools.takewhile(_qualifier, reversed(words)))
                    out += [(name[-1], m, _role_key(head)) for m in mods if _qualifier(m)]
        return out

    def _role_of_another_body(self, head: str, person: Sequence[str], body: Mention) -> bool:
        """Whether the sources give ``person`` the role ``head`` of bodies that all differ
        from the article's ``body``, though they may share its first word: the "chair of
        the Tarrow Canal Society" told as "chair of the Tarrow Canal Trust"."""
        theirs = self._role_bodies.get((head, tuple(person)))
        if not theirs:
            return False
        mine = _full_body(self.art, body)
        return all(not (mine <= other or other <= mine) for other in theirs)

    @functools.cached_property
    def _role_bodies(self) -> dict[tuple[str, tuple[str, ...]], list[frozenset[str]]]:
        """(role, person) -> the words of each body the sources give the person that role
        of by its full name: "Joanna Kitto, chair of Pennard Vale Milk Producers"."""
        out: dict[tuple[str, tuple[str, ...]], list[frozenset[str]]] = defaultdict(list)
        for doc in self.src.docs:
            for m in doc.names:
                head, of, first = _role_key(m.lead or "").partition(" of ")
                if not head:
                    continue
                toks = doc.sentences[m.sentence].tokens
                if not of:
                    # "Its chair, Cllr Martin Greaves", "chair of the society", "From the
                    # chair": an office of a body the source does not name there.
                    body = self._body_meant(doc, m) if head in _OFFICES_OF_BODIES else None
                    if body is not None:
                        out[(head, tuple(m.value))].append(body)
                    continue
                for o in doc.names:
                    if (
                        o.sentence == m.sentence
                        and o.value[0] == first
                        and _after_of_role(toks, o.i0)
                    ):
                        out[(head, tuple(m.value))].append(_full_body(doc, o))
        return out

    def _body_meant(self, doc: _Doc, m: Mention) -> frozenset[str] | None:
        """The body a role beside person ``m`` belongs to when the source does not name
        it there: the one named last before "its" ("Sutton Ambry Parish Council gave
        £2,000. Its chair, Cllr Martin Greaves"), the source's body of that sort for "the
        society", and the body its heading names for "our chair" or a newsletter's "From
        the chair"."""
        toks = doc.sentences[m.sentence].tokens
        before = [F.without_possessive(t.lower) for t in toks[max(0, m.i0 - 4) : m.i0]]
        after = [F.without_possessive(t.lower) for t in toks[m.i1 : m.i1 + 5]]
        if "its" in before:
            told = self._body_before(doc, m)
            return _full_body(doc, told) if told else None
        near = before + after
        sorts = [w for k, w in enumerate(near) if k and near[k - 1] == "the" and w in _GROUP_WORDS]
        if sorts:
            own = self._bodies_of_sort(doc, sorts[0])
        elif (
            "our" in before
            or before[:2] == ["from", "the"]
            or (before[-1:] == ["by"] and m.sentence < HEADING_LINES)  # "By Pete Ansell, chair"
        ):
            # (the last named, not the title of the page: "PARISH NEWS / Newsletter of the
            # Hollin Vale Society", "PENNYFOLD ORCHARD GROUP: NEWS FROM THE ORCHARD")
            own = [
                o
                for o in doc.names
                if o.sentence < HEADING_LINES
                and o.start < m.start
                and self._name_sort(doc, o) == "body"
                and not _PAGE_TITLE_WORDS & set(doc.text[o.start : o.end].lower().split())
            ][-1:]
        else:
            return None
        return _full_body(doc, own[0]) if own else None

    def _holds_another_office(self, person: Sequence[str], role: str) -> bool:
        """Whether the sources give ``person`` an office and never ``role``, which they
        give nobody: "the club's secretary, Bernadette Quigley" when its chair is she."""
        head = role.partition(" of ")[0]
        if head not in _OFFICES:
            return False
        offices = {key.partition(" of ")[0] for key in self._roles_of(person)}
        if not offices & _OFFICES or head in offices:
            return False
        # (the role word told beside the person anywhere in the sources)
        word = stem(head.rpartition(" ")[2])
        return not any(
            word in doc.sentences[m.sentence].stems
            for doc in self.src.docs
            for m in doc.names
            if _among(person, [tuple(m.value)])
        )

    def _another_role_of_its_body(self, person: Sequence[str], role: str) -> bool:
        """Whether the sources give ``person`` another role of the body of ``role``, an
        office (one holder) they give no one: "Nick Sorrell, the trust's chief executive"
        when he is "the trust's head ranger"."""
        head, _, body = role.partition(" of ")
        if not body or head not in _HEAD_OFFICES:
            return False
        return any(
            key.partition(" of ")[2] == body and key.partition(" of ")[0] != head
            for key in self._roles_of(person)
        )

    def _roles_of(self, person: Sequence[str]) -> list[str]:
        """The roles the sources give ``person``, as keyed: "ranger of trust"."""
        return [key for key, people in self.src.roles.items() if _among(person, people)]

    def _role_of_another_sort(self, sort: str, theirs: Sequence[str]) -> bool:
        """Whether a role of "the trust" is given to one the sources give that role of
        bodies (``theirs``, by first word) none of which is a trust, while they name a
        trust: "Rachel Maddox, the trust's chief executive", "chief executive of the
        ICB" (the Integrated Care Board)."""
        if not _body_name(sort.title()):
            return False
        bodies = [text for _, text in self._source_bodies]
        named = [b for b in bodies if sort in _words_of(b)]
        if not named:
            return False  # no body of that sort: a loose word for the person's own
        firsts = {b.lower().split()[0] for b in bodies}
        if not all(key in firsts or key in self.src.acronyms for key in theirs):
            return False  # "Director of Place", "manager of the meeting": no body's
        for key in theirs:
            if key == sort:
                return False
            for b in named:
                initials = _initials(b)
                if key in _words_of(b) or (len(key) > 1 and initials.endswith(key)):
                    return False
        return True

    def _tier_told(self, tier: str, role: str, surname: str) -> bool:
        """Whether the sources give the person of ``surname`` that role of a council of
        ``tier``, or of no tier at all ("Parish council chair Brenda Morley": no district
        council's chair)."""
        told = _tier_pattern(role, surname)
        tiers = {m.group(1).lower() for doc in self.src.docs for m in told.finditer(doc.text)}
        return not tiers or tier in tiers

    def _role_of_body_before(
        self, toks: list, k: int, role: str, person: Sequence[str]
    ) -> str | None:
        """The role of the body a story names in the few words before the role, keyed as
        the sources key it: "Askerby Parish Council chairman" and "Corvale chief
        executive" are the "chair of askerby" and "executive of corvale"; "trust
        director" the "director of lidden" when the sources' body is the Lidden River
        Trust."""
        bodies = [key for key in self.src.roles if key.startswith(f"{role} of ")]
        # "Parish council chairman Alan Nance": the sources' chair, no body inferred.
        holds_it = _among(person, self.src.roles.get(role, ()))
        for j in range(k, max(k - QUALIFIER_WORDS, -1), -1):
            t = toks[j]
            if t.kind != "word" or t.lower in STOPWORDS:
                break
            word = F.without_possessive(t.lower)
            if t.text[:1].isupper() and f"{role} of {word}" in bodies:
                return f"{role} of {word}"
            if holds_it:
                continue
            called = [key for key in bodies if self._body_called(key.split(" of ")[1], word)]
            if len(called) == 1:
                return called[0]
        return None

    def _role_of_its(self, f: Mention, role: str) -> str | None:
        """The role of the body a story named last before "its", keyed as the sources
        key it: "chair of skelthorpe"."""
        told = self._body_before(self.art, f)
        key = f"{role} of {told.value[0]}" if told else ""
        if key not in self.src.roles or told is None:
            return None
        # Not a body sharing only its first word: "Stannerby Air Watch", whose chair is
        # named beside it, for "Stannerby Parish Council. Its chairman, Derek Halsall".
        mine = _full_body(self.art, told)
        named_with = [
            _full_body(doc, o)
            for doc in self.src.docs
            for m in doc.names
            if _among(m.value, self.src.roles[key])
            for o in doc.names
            if o.sentence == m.sentence and o.value and o.value[0] == told.value[0]
        ]
        if named_with and not any(mine <= b or b <= mine for b in named_with):
            return None
        return key

    def _body_before(self, doc: _Doc, m: Mention) -> Mention | None:
        """The body named last before ``m``, in its sentence or the one before: the one
        "its" stands for ("Sutton Ambry Parish Council gave £2,000. Its chair, ...")."""
        told = [
            o
            for o in doc.names
            if m.sentence - 1 <= o.sentence
            and o.start < m.start
            and self._name_sort(doc, o) == "body"
        ]
        return told[-1] if told else None

    def _body_called(self, first: str, word: str) -> bool:
        """Whether a body the sources name opens with ``first`` and has ``word`` among its
        words ("Lidden River Trust": lidden, trust)."""
        return any(
            m.value[0] == first and word in text.lower().split() for m, text in self._source_bodies
        )

    @functools.cached_property
    def _source_bodies(self) -> list[tuple[Mention, str]]:
        """Each name the sources give that is a body's by its words, with its text."""
        return [
            (m, text)
            for doc in self.src.docs
            for m in doc.names
            if _body_name(text := doc.text[m.start : m.end])
        ]

    def _holds_a_role_of(self, person: Sequence[str], role: str, f: Mention) -> bool:
        """Whether the role of name ``f`` is told in a relative clause or an apposition
        naming no body ("Cllr Graham Selkirk, who chairs the district council's planning
        committee", "Sunil Varma, leader of the opposition") and the sources give
        ``person`` that role of some body ("chair of Harrowdale")."""
        toks = self.art.sentences[f.sentence].tokens
        after = [t.lower for t in toks[f.i1 : f.i1 + len(role.split()) + 3]]
        if after[1:2] and after[1] in _POSSESSIVES:
            del after[1]  # "Dr Anita Szabo, its director of accommodation services"
        # "Sunil Varma, leader of the opposition,", "Ray Colley, the 66-year-old chairman
        # of the parish council": a role of something named in no name.
        words = [
            toks[k].lower
            for k in F.apposition_words(toks, f.i1 + 1)
            if toks[k].lower not in ("the", "a", "an") and toks[k].lower not in _POSSESSIVES
        ]
        of = words.index("of") if "of" in words else 0
        apposed = after[:1] == [","] and of > 0 and _role_key(" ".join(words[:of])) == role
        if after[:2] != [",", "who"] and not apposed:
            return False
        if apposed and self._of_the_council(toks, f) and not _among(person, self.src.roles[role]):
            # "Laura Brennan, leader of the council" names the body: the sources' "the
            # council's leader, Councillor Martin Foyle", not their leader of a group.
            return False
        return any(
            key.startswith(f"{role} of ") and _among(person, holders)
            for key, holders in self.src.roles.items()
        )

    @staticmethod
    def _of_the_council(toks: Sequence[F.Token], f: Mention) -> bool:
        """Whether the role set off after name ``f`` is "of the council", in lower case:
        the council itself ("leader of the council"; not "chairman of the parish council",
        a council the sources name)."""
        k = next((k for k in F.apposition_words(toks, f.i1 + 1) if toks[k].lower == "of"), None)
        return k is not None and [t.text for t in toks[k + 1 : k + 3]] == ["the", "council"]

    def _titled(self, surname: str, titles: Sequence[str] = _PERSON_TITLES) -> bool:
        """Whether the sources call someone of that surname by a title ("Mrs Cotter",
        "Cllr Peter Hanlon"): a person's surname, not a place's word."""
        title = re.compile(
            rf"\b(?:{'|'.join(titles)})\.? (?:[A-Z][\w'.-]* ){{0,2}}{re.escape(surname)}\b", re.I
        )
        return any(title.search(doc.text) for doc in self.src.docs)

    def _holders_of_bodies(self, head: str) -> set[tuple[str, ...]]:
        """Who holds ``head`` of some body in the sources ("manager of leisure
        services"), the meeting's own holder left out: a chair of a meeting is no
        chair of the trust."""
        return {
            p
            for other, people in self.src.roles.items()
            if other.startswith(head + " of ") and other != _of_meeting(head)
            for p in people
        }

    def _with_role(self, f: Mention) -> Fact:
        """The name's fact widened to the role given beside it, the nearest mention of the
        role's first word within a few words either side."""
        toks = self.art.sentences[f.sentence].tokens
        # "coxswain of station"; "vice-chairman" is three tokens.
        words = [t.lower for t in tokenize((f.lead or "").partition(" of ")[0])]
        near = [
            k
            for k in range(max(0, f.i0 - ROLE_REACH), min(len(toks), f.i1 + ROLE_REACH))
            if words
            and words[0] in (F.without_possessive(toks[k].lower), F.ROLE_VERBS.get(toks[k].lower))
        ]
        if not near:
            return f.fact(self.art.text)
        k = min(near, key=lambda k: abs(k - f.i0))
        k1 = min(k + len(words), len(toks)) - 1
        verb = toks[k].lower in F.ROLE_VERBS  # "who chairs Wrenhaven Town Council"
        # The body of the role too, when told after it: "chair of Hartwold Wheelers".
        body = next(
            (
                m
                for m in self.art.names
                if m.sentence == f.sentence
                and m.i0 > k1
                and (_after_of(toks, m.i0) or (verb and m.i0 == k + 1))
                and m.i0 <= k1 + ROLE_BODY_GAP
            ),
            None,
        )
        if body is not None and " of " in (f.lead or ""):
            k1 = body.i1 - 1
        start, end = min(f.start, toks[k].start), max(f.end, toks[k1].end)
        return Fact("name", self.art.text[start:end], start, end)

    def _name_found(self, keys: list[str]) -> bool:
        return any(
            _name_in(keys, self.src.word_pos[n], self.src.word_prefix[n])
            for n in range(len(self.src.docs))
        )

    def _swapped_names(self) -> set[int]:
        """ "junction 9 at Ellisham and junction 12 at Brackenford" when the sources' one
        sentence has "junction 9 at Brackenford ... junction 12 at Ellisham": two names of
        one article sentence whose nearest figures there are each other's. Failing such a
        sentence, results as lines ("1. North Pool - 612") say whose figure is whose."""
        out: set[int] = set()
        for si in range(len(self.art.sentences)):
            names = [m for m in self.art.names if m.sentence == si]
            toks = self.art.sentences[si].tokens
            # (not "a Year 8 pupil": a label's number)
            figures = [
                m
                for m in self.art.values
                if m.sentence == si and m.family == "num" and not F.numbered_label(toks, m)
            ]
            for a, b in itertools.combinations(names, 2):
                if set(a.value) & set(b.value) or _affiliation(toks, a, b):
                    continue
                traded = self._traded_in_sentence(a, b, figures)
                if traded is None:
                    traded = self._traded_in_lines(a, b, figures)
                if traded:
                    out |= {id(a), id(b)}
        return out

    def _traded_in_sentence(self, a: Mention, b: Mention, figures: list[Mention]) -> bool | None:
        xa, xb = _nearest_figure(a, figures), _nearest_figure(b, figures)
        if xa is None or xb is None or xa is xb or xa.value == xb.value:
            return None
        crossed = straight = False
        for (n, sj), here in self._source_names.items():
            na = [m for m in here if _names(a.value, m)]
            nb = [m for m in here if _names(b.value, m)]
            if len(na) != 1 or len(nb) != 1 or na[0] is nb[0]:
                continue
            theirs = self.src.docs[n].sentences[sj].tokens
            mine = [o for o in self._source_figures[(n, sj)] if not F.numbered_label(theirs, o)]
            ya, yb = _nearest_figure(na[0], mine), _nearest_figure(nb[0], mine)
            if ya is None or yb is None or ya is yb:
                continue
            years = self._doc_years(n)
            same = functools.partial(_same_value, src=self.src, source_years=years)
            straight |= same(xa, ya) and same(xb, yb)
            crossed |= same(xa, yb) and same(xb, ya)
        return crossed and not straight if crossed or straight else None

    def _traded_in_lines(self, a: Mention, b: Mention, figures: list[Mention]) -> bool:
        xa = _nearest_figure(a, figures, LINE_REACH)
        xb = _nearest_figure(b, figures, LINE_REACH)
        if xa is None or xb is None or xa is xb or xa.value == xb.value:
            return False
        la, lb = self._line_figures(a), self._line_figures(b)
        straight = _any_same(xa, la, self.src) or _any_same(xb, lb, self.src)
        return not straight and _any_same(xa, lb, self.src) and _any_same(xb, la, self.src)

    def _reversed_names(self) -> set[int]:
        """ "Oscar Pelham beat Priya Sandhu" when the sources say "Priya Sandhu beat Oscar
        Pelham" and never the other way: two names of one sentence on either side of a
        word that has a direction (beat, ahead of, from ... to)."""
        out: set[int] = set()
        for si in range(len(self.art.sentences)):
            toks = self.art.sentences[si].tokens
            names = [m for m in self.art.names if m.sentence == si]
            figures = any(_distinctive(f) for f in self.art.values if f.sentence == si)
            for a, b in itertools.combinations(sorted(names, key=lambda m: m.i0), 2):
                relation = _relation(toks, a, b)
                if relation is None or set(a.value) & set(b.value):
                    continue
                told = set()
                for n, doc in enumerate(self.src.docs):
                    for m in doc.names:
                        if not _names(a.value, m):
                            continue
                        own = any(_distinctive(o) for o in doc.values if o.sentence == m.sentence)
                        if figures and own and not self._shares_a_value(si, n, m.sentence):
                            continue  # another meeting of the two, with another score
                        for o in self._source_names[(n, m.sentence)]:
                            if not _names(b.value, o):
                                continue
                            first, second = (m, o) if m.i0 < o.i0 else (o, m)
                            way = _relation(doc.sentences[m.sentence].tokens, first, second)
                            if way is not None and way[0] == relation[0]:
                                told.add(way[1] if first is m else -way[1])
                if told == {-relation[1]}:
                    out |= {id(a), id(b)}
        return out

    def _retold_names(self) -> set[int]:
        """ "Defending, Anita Sewell said Colley had run his yard" when a source sentence
        this one tells again reads "Defending, Martin Greaves said Colley had run his
        yard": another name stands in its place, between the same words, and no source
        sentence about as like the article's names this one."""
        out: set[int] = set()
        for f in self.art.names + self._opening_names:
            si = f.sentence
            toks = self.art.sentences[si].tokens
            mine = self.art.sentences[si].stems - content_stems(toks[f.i0 : f.i1])
            if len(mine) < RETOLD_STEMS:
                continue
            here = [m for m in self.art.names + self.art.lone_names if m.sentence == si]
            # A source sentence the article splits in two is told by both halves.
            split = mine | frozenset().union(
                *(
                    self.art.sentences[k].stems
                    for k in (si - 1, si + 1)
                    if 0 <= k < len(self.art.sentences)
                )
            )
            told: list[float] = []  # alignments of sentences naming another in its place
            named: list[float] = []  # ... and of sentences naming this one
            for n, sj in self._near(si):
                doc = self.src.docs[n]
                sent = doc.sentences[sj]
                aligned = _coverage(mine, sent.stems, self.src)
                if aligned < HIGH_ALIGN - ALIGN_GAP:
                    continue
                # A sentence beside it naming this one and giving one of the article
                # sentence's figures may be the half of a merged sentence that names it
                # ("She receives $2,500 ...; Marchetti receives $1,000").
                merged = [k for k in (sj - 1, sj + 1) if self._shares_a_value(si, n, k)]
                if any(
                    self._same_name(f, n, m)
                    for k in (sj, *merged)
                    for m in self._names_in_sentence(n, k)
                ):
                    named.append(aligned)
                    continue
                theirs = [
                    m
                    for m in self._names_in_sentence(n, sj)
                    if _same_place(toks, f, sent.tokens, m)
                    and not any(self._named_by(a, n, m) for a in here)  # "Fenmouth's Daniel Okoro"
                    and (self._two_bodies(f, n, m) or not self._one_name(f.value, m.value))
                ]
                if not theirs:
                    continue
                retold = aligned >= HIGH_ALIGN and (
                    _coverage(self._told_stems(n, sj), split, self.src) >= RETOLD_BACK
                )
                if not retold and self._figures_agree(si, n, sj):
                    # Or the article tells most of a source sentence's words but its
                    # name, with words of its own added ("the taxi rank outside the main
                    # entrance will move 120 metres to Market Street").
                    named_by = content_stems([t for m in theirs for t in sent.tokens[m.i0 : m.i1]])
                    told_stems = self._told_stems(n, sj) - named_by
                    retold = _coverage(told_stems, split, self.src) >= RETOLD_WHOLE
                if retold:
                    told.append(aligned)
            # (Told by no sentence, it may be by the name's own clause.)
            in_clause = not told and not named and self._retold_in_clause(f, here)
            retold = in_clause or (told and not any(a > max(told) - ALIGN_GAP for a in named))
            if retold and not self._named_with_a_figure(f):
                out.add(id(f))
        return out

    def _named_with_a_figure(self, f: Mention) -> bool:
        """Whether a source sentence names ``f`` and gives a distinctive figure of its
        article sentence: "Junior winner: Mason Firth, 14, in 4 minutes 41 seconds" for
        "the junior race was won by Mason Firth, 14, in 4 minutes 41 seconds", however
        like the men's race's sentence its words are."""
        return any(
            self._same_name(f, n, m) and self._shares_a_value(f.sentence, n, m.sentence)
            for n, doc in enumerate(self.src.docs)
            for m in doc.names
        )

    def _retold_in_clause(self, f: Mention, here: list[Mention]) -> bool:
        """ "Carrow won on board two, before Sam Ledger levelled with a win on board five"
        when a source sentence reads "Noah Farrant levelled ... with a win on board five":
        a sentence telling two of the sources' in one, the name's clause tells one of
        them again, its figures and its verb, with another name in its place."""
        toks = self.art.sentences[f.sentence].tokens
        a, b = F.clause_bounds(toks, f.i0, f.i1)
        while a < f.i0 and toks[a].lower in F.SUBORDINATORS | {"and"}:
            a += 1  # "before Sam Ledger levelled": the word that joins it on
        figures = [v for v in self.art.values if v.sentence == f.sentence and a <= v.i0 < b]
        words = [
            t
            for x, t in enumerate(toks[a:b], a)
            if not f.i0 <= x < f.i1 and not any(v.i0 <= x < v.i1 for v in figures)
        ]
        mine = content_stems(words)  # the figures are matched as figures
        verb = toks[f.i1].lower if f.i1 < b else ""
        if (
            len(mine) + len(figures) < RETOLD_STEMS
            or not figures
            or not verb.isalpha()
            or verb in STOPWORDS
        ):
            return False
        found = False
        for n, sj in self._near(f.sentence):
            sent = self.src.docs[n].sentences[sj]
            if _coverage(mine, sent.stems, self.src) < HIGH_ALIGN:
                continue
            names = self._names_in_sentence(n, sj)
            if any(self._same_name(f, n, m) for m in names):
                return False
            theirs = [
                m
                for m in names
                if m.i1 < len(sent.tokens)
                and sent.tokens[m.i1].lower == verb
                and not any(self._named_by(o, n, m) for o in here)
                and not self._one_name(f.value, m.value)
            ]
            values = [m for m in self.src.docs[n].values if m.sentence == sj]
            if theirs and all(any(self._same_figure(v, m) for m in values) for v in figures):
                # (its names aside: "levelled for St Aldwyn's" may leave out the team)
                named_by = content_stems([t for m in names for t in sent.tokens[m.i0 : m.i1]])
                told = self._told_stems(n, sj) - named_by
                found |= _coverage(told, mine, self.src) >= RETOLD_WHOLE
        return found

    @functools.cached_property
    def _opening_names(self) -> list[Mention]:
        """Lone capitalised words opening a sentence that the story or the sources use as
        names elsewhere ("Meridian will begin daily service"): checked only for standing
        where a sentence told again has another name."""
        return [m for m in self.art.lone_names if m.value[0] in self.known_names]

    def _told_stems(self, n: int, si: int) -> frozenset[str]:
        """A source sentence's words outside its quotations: an article's sentence is
        weighed without its own, which are checked as quotes."""
        key = (n, si)
        found = self._unquoted.get(key)
        if found is None:
            doc = self.src.docs[n]
            toks = [t for t in doc.sentences[si].tokens if not doc.in_quote(t.start, t.end)]
            found = self._unquoted[key] = topic_stems(toks)
        return found

    def _figures_agree(self, ai: int, n: int, si: int) -> bool:
        """Whether no figure says article sentence ``ai`` is another than source sentence
        ``si``: they share one, or the source sentence gives none."""
        return self._shares_a_value(ai, n, si) or not any(
            _distinctive(m) and m.kind != "derived"
            for m in self.src.docs[n].values
            if m.sentence == si
        )

    def _two_bodies(self, f: Mention, n: int, m: Mention) -> bool:
        """Whether the article's ``f`` and source ``n``'s ``m`` are two bodies of one place:
        "Sarne Bay Inshore Rescue" and "Sarne District Council"."""
        return _other_bodies(self.art.text[f.start : f.end], self.src.docs[n].text[m.start : m.end])

    def _same_name(self, f: Mention, n: int, m: Mention) -> bool:
        """Whether source ``n``'s ``m`` names the article's ``f``, one way or the other."""
        return (_names(f.value, m) or _names(m.value, f)) and not self._two_bodies(f, n, m)

    def _same_body(self, f: Mention, n: int, m: Mention) -> bool:
        """``_same_name``, and not two names of one place by their words."""
        theirs = self.src.docs[n].text[m.start : m.end]
        return self._same_name(f, n, m) and not _two_names(self.art.text[f.start : f.end], theirs)

    def _named_by(self, f: Mention, n: int, m: Mention) -> bool:
        """Whether all of source ``n``'s ``m`` is in the article's ``f`` (not two bodies of
        one place): "Fenmouth" in "Fenmouth's Daniel Okoro"."""
        return _names(m.value, f) and not self._two_bodies(f, n, m)

    def _one_name(self, a: Sequence[str], b: Sequence[str]) -> bool:
        """Whether ``a`` and ``b`` are parts of one name of the story ("the Mariners" and
        "Port Eldon" of the Port Eldon Mariners)."""
        return any(
            _names(a, m) and _names(b, m) for d in (self.art, *self.src.docs) for m in d.names
        )

    def _names_in_sentence(self, n: int, sj: int) -> list[Mention]:
        """All the names of a source sentence, a lone one opening it included."""
        return self._all_source_names.get((n, sj), [])

    @functools.cached_property
    def _all_source_names(self) -> dict[tuple[int, int], list[Mention]]:
        found: dict[tuple[int, int], list[Mention]] = defaultdict(list)
        for n, doc in enumerate(self.src.docs):
            for m in doc.names + doc.lone_names:
                found[(n, m.sentence)].append(m)
        return found

    def _line_figures(self, name: Mention) -> list[Mention]:
        """The figures of short source lines that give this name and one figure alone."""
        key = tuple(name.value)
        if key not in self._lines:
            self._lines[key] = self._find_line_figures(name)
        return self._lines[key]

    def _find_line_figures(self, name: Mention) -> list[Mention]:
        out = []
        for n, doc in enumerate(self.src.docs):
            for m in doc.names:
                sent = doc.sentences[m.sentence]
                if len(sent.tokens) > LINE_TOKENS or not _names(name.value, m):
                    continue
                if len(self._source_names[(n, m.sentence)]) != 1:
                    continue
                mine = [
                    o
                    for o in self._source_figures[(n, m.sentence)]
                    if o.unit != "ord" and not F.numbered_label(sent.tokens, o)
                ]
                if len(mine) == 1:
                    out.append(mine[0])
        return out

    def _wrong_agents(self) -> set[int]:
        """ "Repairs were funded by the Dales Well Dressing Association" when the sources'
        repairs were "funded by the Hollinsby Heritage Trust": the one a passive verb is
        done by, where a source sentence on the same thing has another after the same
        verb and the sources never give this name that verb."""
        out: set[int] = set()
        for f in self.art.names:
            toks = self.art.sentences[f.sentence].tokens
            body = self._name_sort(self.art, f) == "body"
            subject = False
            if self.art.text[f.end - 2 : f.end] in ("'s", "’s"):
                # "Shingleford Town Council's cabinet approved the contract"
                verb = _staff_verb(toks, f) if body else None
            else:
                verb = _agent_verb(toks, f.i0)
                if verb is None and (body or self._name_sort(self.art, f) == "person"):
                    verb = _subject_verb(toks, f)  # "the District Council approved"
                    if verb is None and not body:
                        verb = _relative_verb(toks, f)  # "Linda Moyle, who seconded"
                    subject = not body
            if verb is None:
                continue
            if subject:
                # A person's act is told in its own clause: "who seconded the byelaw".
                at = next((k for k in range(f.i1, len(toks)) if toks[k].lower == verb), f.i1)
                end = next_comma(toks, at) or len(toks)
                mine = content_stems(toks[at + 1 : end])
            else:
                mine = self.art.sentences[f.sentence].stems - content_stems(toks[f.i0 : f.i1])
            mine -= {stem(verb)}
            if subject and stem(verb) not in self._source_stems:
                continue  # no one in the sources does it: no one else's act
            if self._other_agent(f, verb, mine, bodies=body, subject=subject):
                out.add(id(f))
        return out

    @functools.cached_property
    def _source_stems(self) -> frozenset[str]:
        """The stem of every word of the sources."""
        return frozenset(stem(w) for w in self.src.all_words)

    def _sums_of_others(self) -> set[int]:
        """ "the Wendle Mills Society gave £18,000" where the sources' £18,000 is
        Easterwold District Council's: a body given a sum that the sources give another
        body, and that they never give this one nor leave without a giver beside it."""
        out: set[int] = set()
        for f in self.art.names:
            gift = _gift_of(self.art, f)
            if gift is None or not self._body_like(f):
                continue
            # (a fund of the body's own told with it: "Tamsford District Council's Green
            # Communities Fund")
            told = [
                o
                for o in self._named_in(f.sentence)
                if 0 <= o.i0 - f.i1 <= 1 or (o is not f and _sum_beside(self.art, o) is gift)
            ]
            rival = False
            for n, v, owners, givers, names in self._source_sums:
                if not self._same_figure(gift, v):
                    continue
                if any(self._same_body(f, n, m) for m in owners):
                    break  # the sources give this body the sum
                if not owners and any(self._same_name(f, n, m) for m in names):
                    break  # a sum and the body in one sentence, nobody else's
                rival |= any(not any(self._same_name(o, n, m) for o in told) for m in givers)
            else:
                if rival:
                    out.add(id(f))
        return out

    def _sums_for_others(self) -> set[int]:
        """ "raised £1,645 for the Brindlecote Community Trust" where the sources raise the
        £1,645 for the Brindlecote Community Larder ("Raised for Brindlecote Community
        Larder: £1,645"): a body told receiving what was raised for another."""
        out: set[int] = set()
        for f in self.art.names:
            raised = _raised_for(self.art, f)
            if raised is None or not self._body_like(f):
                continue
            if self.art.text[f.start : f.end].endswith(("'s", "’s")):
                continue  # "for the Scallingden Heritage Trust's Oast Roof Appeal": its own
            # By all its words: "Community Trust" and "Community Larder" are two bodies.
            words = _words_of(self.art.text[f.start : f.end])
            recipients = [
                _words_of(doc.text[m.start : m.end])
                for doc in self.src.docs
                for m in doc.names
                if (v := _raised_for(doc, m)) is not None and self._same_figure(raised, v)
            ]
            if recipients and not any(_one_body(words, r) for r in recipients):
                out.add(id(f))
        return out

    def _body_like(self, f: Mention, doc: _Doc | None = None, loose: bool = True) -> bool:
        """Whether name ``f`` (the story's, or ``doc``'s) is a body's, by its words, or by
        a last word no title goes with that the sources write in lower case ("Save
        Ashcombe Maternity") or never use alone, with the name given no role ("Wendmoor
        Community Transport"): no one's surname."""
        if self._name_sort(doc or self.art, f) == "body":
            return True
        last = f.value[-1]
        if len(f.value) < 2 or self._titled(last):
            return False
        if last in self.src.lower_words:
            return True
        if not loose:
            return False
        # Nor given a role, nor called by the last word alone ("Crewe said"), anywhere.
        return not any(tuple(f.value) in people for people in self.src.roles.values()) and not any(
            m.value == [last] for doc in self.src.docs for m in (*doc.names, *doc.lone_names)
        )

    def _venues_moved(self) -> set[int]:
        """Places told as where something happened that the sources put somewhere else:
        "the Highland Cow on the steps of the Buttercross" when the sentence it is told
        from has it on the steps of the Corn Exchange (and names the Buttercross only
        elsewhere)."""
        moved = set()
        for f in self.art.names:
            toks = self.art.sentences[f.sentence].tokens
            if not _told_as_venue(toks, f):
                continue
            keep, best = self._aligned_sentences(f)
            if best is None:
                continue
            here = [m for m in self._named_in(f.sentence) if m is not f]
            mine = self.art.sentences[f.sentence].stems - content_stems(toks[f.i0 : f.i1])
            n, si = best
            doc = self.src.docs[n]
            theirs = [o for o in doc.names if o.sentence == si]
            if any(
                _names(f.value, o)
                for n2, s2 in keep
                for o in self.src.docs[n2].names
                if o.sentence == s2
            ):
                continue
            venues = [
                o
                for o in theirs
                if _told_as_venue(doc.sentences[si].tokens, o)
                and not any(_names(o.value, m) for m in here)  # the sentence names it too
            ]
            if venues and _coverage(mine, doc.sentences[si].stems, self.src) >= VENUE_ALIGN:
                moved.add(id(f))
        return moved

    def _figures_of_others(self) -> set[int]:
        """ "Beckworth Town Council handed the committee a petition of 1,140 signatures"
        where the sources' 1,140 is presented by Martin Kettering of the Friends: a body
        told doing something with a figure that every source sentence giving it tells of
        others, with neither this body nor a word that could stand for it."""
        out: set[int] = set()
        for f in self.art.names:
            if self._name_sort(self.art, f) != "body":
                continue
            toks = self.art.sentences[f.sentence].tokens
            text = self.art.text[f.start : f.end]
            if " of " in text and not _body_name(text.partition(" of ")[0]):
                continue  # "Marcus Bell of Callender State University took": a person's
            if f.i1 < len(toks) and toks[f.i1].text == ",":
                continue  # "The Drowned Cathedral, which scored 94": of the clause's own
            k = f.i0 - 1 - (f.i0 > 1 and toks[f.i0 - 1].lower == "the")
            if k >= 0 and toks[k].lower in _WHERE_WORDS:
                continue  # "Greaves Pharmacy on the High Street will go": where, not who
            verb = _subject_verb(toks, f)
            if verb is None:
                continue
            end = next(
                (k for k in range(f.i1 + 1, len(toks)) if toks[k].lower in _CLAUSE_ENDS),
                len(toks),
            )
            # "A gave £40,000 and B contributed £12,500": past another subject, its figures
            subjects = [
                o.i0
                for o in self.art.names
                if o.sentence == f.sentence
                and f.i1 <= o.i0 < end
                and _subject_verb(toks, o) is not None
            ]
            end = min(subjects, default=end)
            figures = [
                v
                for v in self.art.values
                if v.sentence == f.sentence
                and f.i1 < v.i0 < end
                and v.family == "num"
                and _distinctive(v)
            ]
            sort = F.without_possessive(text.split()[-1].lower())
            for v in figures:
                homes = [
                    (n, m)
                    for n, doc in enumerate(self.src.docs)
                    for m in doc.values
                    if m.kind != "derived" and self._same_figure(v, m)
                ]
                if homes and all(self._figure_of_another(f, sort, n, m) for n, m in homes):
                    out.add(id(f))
                    break
        return out

    @functools.cached_property
    def _result_rows(self) -> list[_Row]:
        """Each row of the sources' tables set in columns, with its names, its figures
        and its cells of words ("Other hill breeds"), each by its column."""
        rows = []
        for n, doc in enumerate(self.src.docs):
            table = -1
            for si in sorted(in_rows := _table_rows(doc)):
                if si - 1 not in in_rows:
                    table = si  # a table is a run of rows: named by its first
                sent = doc.sentences[si]
                cells = [
                    (sent.start + c.start(), sent.start + c.end())
                    for c in _CELL.finditer(doc.text[sent.start : sent.end])
                ]

                def column(m: Mention, cells: list = cells) -> int:
                    # (by its last word: a name may run on over a gap, "Tuning Forks
                    # Harriet Pollexfen")
                    return next((k for k, (a, b) in enumerate(cells) if a < m.end <= b), -1)

                names = [(m, column(m)) for m in self._names_in_sentence(n, si)]
                values = [(m, column(m)) for m in doc.values if m.sentence == si]
                if not values:
                    continue  # a header's row
                words = []
                for k, (a, b) in enumerate(cells):
                    cell = doc.text[a:b]
                    if any(ch.isdigit() for ch in cell) or any(
                        c == k and m.end >= b for m, c in names
                    ):
                        continue  # a figure's or a name's cell ("Down breeds" is a label)
                    if len(stems := content_stems(tokenize(cell))) >= 2:
                        words.append((stems, k))  # (one word, "Other", fits too much)
                texts = [doc.text[a:b].lower() for a, b in cells]
                rows.append(_Row(n, si, names, values, words, texts, table))
        return rows

    def _cells_of_other_rows(self) -> tuple[set[int], list[Fact]]:
        """ "Dig It, captained by Ray Tennant, finished second with 298 worms", where the
        results table has Dig It, Graham Whitlow and 298 in one row and Ray Tennant in
        another: a name or a row's label whose two nearest cells told beside it are of
        one other row, and none of its own (nor of that row's cell in its column: two
        captains compared). A person in no row of the table told winning
        with a row's cells ("Norman Bewick won the blanch leek class with 94.7") when the
        row's own person is not told. Names by id, labels as facts."""
        ids: set[int] = set()
        facts: list[Fact] = []
        rows = self._result_rows
        if not rows:
            return ids, facts
        tables = {(r.n, r.si): (r.n, r.table) for r in rows}
        for ai, sentence in enumerate(self.art.sentences):
            items = self._row_items(ai, sentence)
            toks = sentence.tokens
            breaks = [
                k
                for k, t in enumerate(toks)
                if t.lower in _SEGMENT_BREAKS or (t.lower == "and" and toks[k - 1].text == ",")
            ]
            for kind, thing, cols, pos in items:
                if kind == "figure":
                    continue  # (a figure of another row is the number check's: results
                    # are told against each other too often to say which is moved)
                if kind == "name" and (
                    len(thing.value) < 2 or self._name_sort(self.art, thing) != "person"
                ):
                    continue  # a person's name (not a town: "Rory Teasdale of Kilbrannoch")
                # (its own part of the sentence: "Holt Street fell to 1,130 ..., while
                # Wharf Road carried 19,950", "in 58.42 seconds, 0.65 seconds ahead of
                # Fire & Fury")
                lo = max((k for k in breaks if k < pos), default=-1)
                hi = min((k for k in breaks if k > pos), default=len(toks))
                beside = [
                    x
                    for x in items
                    if x[1] is not thing
                    and x[2]
                    and lo < x[3] < hi
                    and abs(x[3] - pos) <= ROW_REACH
                    and not _compared(toks, min(x[3], pos), max(x[3], pos))
                ]
                near = sorted(
                    (x for x in beside if x[0] != "figure" or _distinctive(x[1]) or x[1].unit),
                    key=lambda x: abs(x[3] - pos),
                )[:2]
                if len(near) < 2 or any(set(x[2]) & set(cols) for x in near):
                    continue  # told with a cell of its own row
                shared = set(near[0][2]) & set(near[1][2])
                for key in shared:
                    if cols and tables[key] not in {tables[k] for k in cols}:
                        continue  # another table's
                    if any(x[2][key] in set(cols.values()) for x in near):
                        continue  # its column's own cell of that row is told too
                    if not cols and not self._won_with_row(thing, key, kind, near):
                        continue
                    if kind == "label":
                        facts.extend(self._label_fact(sentence, thing))
                    else:
                        ids.add(id(thing))
                    break
        return ids, facts

    def _row_items(self, ai: int, sentence) -> list[tuple[str, object, dict, int]]:
        """The names, figures and rows' labels of article sentence ``ai``, each with the
        table rows (source, sentence) it is a cell of, by column, and its token."""
        rows = self._result_rows
        items: list[tuple[str, object, dict, int]] = []
        for f in (f for f in self.art.names if f.sentence == ai):
            # (its cell by its own last word: "Dig It" of "Dig It   Graham Whitlow")
            at = {
                (r.n, r.si): next((k for k, cell in enumerate(r.cells) if f.value[-1] in cell), c)
                for r in rows
                for m, c in r.names
                if self._same_name(f, r.n, m)
            }
            items.append(("name", f, at, f.i0))
        for v in self.art.values:
            if v.sentence == ai and v.family == "num" and v.unit != "ord":
                at = {
                    (r.n, r.si): c
                    for r in rows
                    for m, c in r.values
                    if m.kind != "derived" and self._same_figure(v, m)
                }
                items.append(("figure", v, at, v.i0))
        labels: dict[frozenset[str], dict[tuple[int, int], int]] = defaultdict(dict)
        for r in rows:
            for stems, c in r.words:
                labels[stems][(r.n, r.si)] = c
        named = [(f.i0, f.i1) for kind, f, _, _ in items if kind == "name"]
        for stems, at in labels.items():
            span = _label_span(sentence.tokens, stems)
            if span is not None and not any(a < span[1] and span[0] < b for a, b in named):
                items.append(("label", span, at, span[0]))  # (not a name's own words)
        return items

    def _won_with_row(self, f: object, key: tuple[int, int], kind: str, near: list) -> bool:
        """Whether a person in no row of the table is told winning, and the row's own
        person is not told: "Norman Bewick won the blanch leek class with 94.7"."""
        if kind != "name" or not isinstance(f, Mention) or self._name_sort(self.art, f) != "person":
            return False
        toks = self.art.sentences[f.sentence].tokens
        if (_subject_verb(toks, f) or "").lower() not in _WINS:
            return False
        row = next(r for r in self._result_rows if (r.n, r.si) == key)
        return bool(row.names) and not any(x[0] == "name" for x in near)

    def _label_fact(self, sentence, span: tuple[int, int]) -> list[Fact]:
        """The article's words of a row's label: "down breeds"."""
        start, end = sentence.tokens[span[0]].start, sentence.tokens[span[1] - 1].end
        return [Fact("name", self.art.text[start:end], start, end)]

    def _figure_of_another(self, f: Mention, sort: str, n: int, m: Mention) -> bool:
        """Whether source ``n``'s figure ``m`` is told of a name before it that is not
        ``f``, in a sentence with no word that could stand for ``f``."""
        doc = self.src.docs[n]
        theirs = doc.sentences[m.sentence].tokens
        named = {k for o in self._names_in_sentence(n, m.sentence) for k in range(o.i0, o.i1)}
        if any(
            F.without_possessive(t.lower) in (*_STAND_INS, sort)
            for k, t in enumerate(theirs)
            if k not in named
        ):
            return False  # "the council", not the sort word of another name
        # (the body's own release or minutes, which name it once at the head)
        initials = _initials(self.art.text[f.start : f.end])
        for si in {0, m.sentence - 1, m.sentence}:
            for o in self._names_in_sentence(n, si):
                if self._same_name(f, n, o) or _stands_for(doc.text[o.start : o.end], initials):
                    return False
        before = [
            o
            for o in self._names_in_sentence(n, m.sentence)
            if o.i1 <= m.i0 and m.i0 - o.i1 <= FIGURE_OWNER_REACH
        ]
        if not before:
            return False
        nearest = max(before, key=lambda o: o.i1)
        return not any(t.text in (";", ":", "-", "|") for t in theirs[nearest.i1 : m.i0])

    @functools.cached_property
    def _source_sums(
        self,
    ) -> list[tuple[int, Mention, list[Mention], list[Mention], list[Mention]]]:
        """Each sum of money of the sources, with the bodies it is the sum of (see
        ``_sum_beside``), those told giving it (see ``_gift_of``) and all the names of
        its sentence."""
        found = []
        for n, doc in enumerate(self.src.docs):
            owners: dict[int, list[Mention]] = defaultdict(list)
            givers: dict[int, list[Mention]] = defaultdict(list)
            for m in doc.names:
                if self._name_sort(doc, m) != "body":
                    continue
                if (v := _sum_beside(doc, m)) is not None:
                    owners[id(v)].append(m)
                    if _labelled_from(doc, m, v):
                        givers[id(v)].append(m)
                if (v := _gift_of(doc, m)) is not None:
                    givers[id(v)].append(m)
            for v in doc.values:
                if v.family == "num" and v.unit in N.CURRENCIES:
                    names = self._names_in_sentence(n, v.sentence)
                    found.append((n, v, owners.get(id(v), []), givers.get(id(v), []), names))
        return found

    def _mixed_names(self) -> set[int]:
        """ "Edna Cotter" when the sources name Edna Marlow and Maureen Cotter, and no Edna
        Cotter: one person's first name with another's surname."""
        people = {
            tuple(m.value)
            for doc in self.src.docs
            for m in doc.names
            if len(m.value) == 2 and self._name_sort(doc, m) == "person"
        }
        out: set[int] = set()
        for f in self.art.names:
            if len(f.value) != 2 or tuple(f.value) in self.src.full_names:
                continue
            if self._name_sort(self.art, f) != "person":
                continue
            first, last = f.value
            if (
                any(n[0] == first and n[-1] != last for n in people)
                and any(n[-1] == last and n[0] != first for n in people)
                and self._titled(self.art.text[f.start : f.end].split()[-1])
            ):
                out.add(id(f))
        return out

    def _other_agent(
        self,
        f: Mention,
        verb: str,
        mine: frozenset[str],
        bodies: bool = False,
        subject: bool = False,
    ) -> bool:
        """Whether a source sentence like the article's (``mine``, its words) names
        another (a body, with ``bodies``) doing ``verb``, and no source gives ``f`` that
        verb."""
        rivals = False
        key = _key(verb)
        mentioned = self._named_in(f.sentence)
        # The sum a funder gives: "the Lions Club has given £600" funded the timber, and
        # nothing else the sources have it pay for.
        gift = _sum_beside(self.art, f) if key in (FUNDER, FUNDED) else None
        for n, doc in enumerate(self.src.docs):
            for m in doc.names + doc.lone_names:
                theirs = doc.sentences[m.sentence].tokens
                gives = _may_match(f.value, m.value) and self._same_body(f, n, m)
                if gives and (_does(theirs, m, verb) or _headed(doc, m, key)):
                    if gift is None or self._sum_told(gift, n, m) is not False:
                        return False  # the sources give this name the verb
                    continue
                if gives:
                    # (A body's sum, not its town's: "ever seen in Sallowby ... a £1.26
                    # million project" is no sum of Sallowby County Council's.)
                    place = bodies and self._name_sort(doc, m) != "body"
                    if (
                        verb in (FUNDER, FUNDED)
                        and not place
                        and self._shares_a_value(f.sentence, n, m.sentence)
                    ):
                        return False  # "developer Kelham Estates has committed £2.5 million"
                    continue
                if (
                    _agent_verb(theirs, m.i0) != verb
                    and not (
                        # a body's passive or active verb: "bought by the Mart", "the Mart bought"
                        bodies
                        and _doer(theirs, m) == key
                        and self._body_like(m, doc, loose=False)
                        and len(doc.text[m.start : m.end].split()) > 1  # not "Councillors voted"
                    )
                    and not (
                        # a person's: "The mayor, Cllr Helen Raistrick, will read"
                        subject and _doer(theirs, m) == key and self._name_sort(doc, m) == "person"
                    )
                ):
                    continue
                if any(self._named_by(o, n, m) for o in mentioned):
                    continue  # "£14,500 from the Trust ... and £2,000 from the council"
                if any(
                    _names(f.value, o)
                    and not _two_names(self.art.text[f.start : f.end], doc.text[o.start : o.end])
                    and _agent_verb(theirs, o.i0) in (None, verb)
                    for o in self._names_in_sentence(n, m.sentence)
                ):
                    # "first described by a Brackenford nurseryman, Samuel Coe"; not
                    # "Proposed by Linda Moyle, seconded by Peter Rowe"
                    continue
                told = doc.sentences[m.sentence].stems
                # A long sentence may tell all of a short source one: "Champion fleece
                # bought by Kelbeck Mill Yarns."
                rest = told - content_stems(theirs[m.i0 : m.i1]) - {key}
                told_all = len(rest & mine) > 1 and _coverage(rest, mine, self.src)
                same_sum = None if gift is None else self._sum_told(gift, n, m)
                if same_sum is False:
                    continue  # another sum is another gift: "£3,500 from the parish council"
                rivals |= (
                    bool(same_sum)
                    or self._shares_a_value(f.sentence, n, m.sentence)
                    or max(_coverage(mine, told, self.src), told_all)
                    >= (SUBJECT_ALIGN if subject else AGENT_ALIGN)
                )
        other = rivals or (
            bodies
            and (
                self._council_of_another_sort(f, key, mine)
                or self._minutes_of_another(f, key, mine)
            )
        )
        # Asked last, of a name with a rival only: its own figure on its own line.
        return other and not self._own_figure_told(f)

    def _minutes_of_another(self, f: Mention, key: str, mine: frozenset[str]) -> bool:
        """ "Sallowby County Council awarded the £1.26 million contract" where the
        decision ("Resolved: to award the contract ... for £1,260,000") is in the minutes
        of the Oldmere Internal Drainage Board: a body given a decision of another's
        minutes, in a sentence like the article's."""
        if key not in _MINUTED:
            return False  # "as the Pooh Sticks Race returned": nothing a meeting does
        if set(self.art.text[f.start : f.end].lower().split()) & _PARTS_OF_COUNCILS:
            return False  # "the Economy and Place Committee", the heading council's own
        for n, doc in enumerate(self.src.docs):
            heading = [m for m in doc.names if m.sentence == 0]
            if len(heading) != 1 or not _minutes(doc):
                continue
            (theirs,) = heading
            if self._name_sort(doc, theirs) != "body":
                continue
            if _names(f.value, theirs) or _names(theirs.value, f):
                continue  # the minutes are its own
            for si in range(1, len(doc.sentences)):
                if not _resolution(doc.sentences[si].tokens):
                    continue
                if self._shares_a_value(f.sentence, n, si) or (
                    _coverage(mine, doc.sentences[si].stems, self.src) >= AGENT_ALIGN
                ):
                    return True
        return False

    def _own_figure_told(self, f: Mention) -> bool:
        """Whether the sources give name ``f`` the article sentence's figure as its own,
        the first after it: "2. Westfield High Chamber Singers (dir. Paul Ferrante) 88.5"
        for "the Westfield High Chamber Singers, who scored 88.5"."""
        mine = [v for v in self.art.values if v.sentence == f.sentence and v.family == "num"]
        for n, doc in enumerate(self.src.docs):
            for m in doc.names:
                # (not another of its place's bodies: "Raised for the Gritherley Miners'
                # Welfare Trust: £2,740" is no figure of the Welfare Club's)
                if not _names(f.value, m) or not self._same_body(f, n, m):
                    continue
                after = min(
                    (v for v in doc.values if m.end <= v.start < m.end + OWN_FIGURE_REACH),
                    key=lambda v: v.start,
                    default=None,
                )
                if after is not None and any(self._same_figure(v, after) for v in mine):
                    return True
        return False

    def _sum_told(self, gift: Mention, n: int, m: Mention) -> bool | None:
        """Whether source ``n`` gives name ``m`` the article's sum ``gift``; None when
        it gives the name no sum."""
        theirs = _sum_beside(self.src.docs[n], m)
        return None if theirs is None else self._same_figure(gift, theirs)

    def _council_of_another_sort(self, f: Mention, key: str, mine: frozenset[str]) -> bool:
        """ "Tamsford District Council gave £350" where the sources' sentence has "the
        parish council gave £350": a council the sources name only by its sort, doing the
        verb in a sentence like the article's, of a sort the article's body is not."""
        told = {t.lower for t in self.art.sentences[f.sentence].tokens}
        # Or a council the sources call "the council" alone, when the article's body is
        # no council nor part of one and its sentence names none: "The council has
        # agreed" is no "The Hollin Vale Ramblers have agreed".
        own = {F.without_possessive(w) for w in self.art.text[f.start : f.end].lower().split()}
        # ("the Economy and Place Committee" is the council's own)
        any_council = "council" not in (told | own) and not (own & _PARTS_OF_COUNCILS)
        for n, doc in enumerate(self.src.docs):
            for si, sentence in enumerate(doc.sentences):
                toks = sentence.tokens
                for k in range(len(toks) - 2):
                    if toks[k].lower != "the":
                        continue
                    sort = toks[k + 1].text
                    if any_council and F.without_possessive(sort) == "council":
                        end = k + 2
                    elif sort in _COUNCIL_SORTS and sort not in told and _council_word(toks[k + 2]):
                        end = k + 3
                    else:
                        continue
                    council = Mention(
                        "name", "name", (), toks[k].start, toks[end - 1].end, i0=k + 1, i1=end
                    )
                    if _doer(toks, council) == key and (
                        self._shares_a_value(f.sentence, n, si)
                        or _coverage(mine, sentence.stems, self.src) >= AGENT_ALIGN
                    ):
                        return True
        return False

    def _bodies_of_others(self) -> tuple[set[int], list[Fact]]:
        """The article's bodies given another body's committee or charge ("Stenning
        Parish Council's highways committee" for Somerdown County Council's; "Eastwold
        County Council, which owns the trough" for the town council's): the name mentions
        among them, and the facts of those written in no name ("the district council's
        planning committee")."""
        texts = [d.text for d in self.src.docs]
        spans = committees_of_others(self.art.text, texts)
        spans += charges_of_others(self.art.text, texts)
        ids: set[int] = set()
        facts = []
        for start, end in spans:
            named = [f for f in self.art.names if f.start < end and start < f.end]
            ids |= {id(f) for f in named}
            if not named:
                facts.append(Fact("name", self.art.text[start:end], start, end))
        return ids, facts

    def _court_roles(self) -> set[int]:
        """ "Simon Ashdown, prosecuting" when the sources have him mitigating: a court
        role set beside a name must be one the sources set beside that name."""
        theirs: dict[str, set[str]] = defaultdict(set)
        for doc in self.src.docs:
            for m in doc.names:
                if role := _court_role(doc.sentences[m.sentence].tokens, m):
                    theirs[m.value[-1]].add(role)
        return {
            id(f)
            for f in self.art.names
            if (role := _court_role(self.art.sentences[f.sentence].tokens, f))
            and theirs.get(f.value[-1])
            and role not in theirs[f.value[-1]]
        }

    def _kin_ages(self, f: Mention) -> set[float]:
        """The ages the sources give the kin an article's age is told of: "Her husband, a
        66-year-old retired vet" against "her husband Graham, 66"."""
        toks = self.art.sentences[f.sentence].tokens
        k = f.i0 - 1
        while k >= 0 and toks[k].lower in (",", "a", "an"):
            k -= 1
        if k < 1 or toks[k].lower not in _KIN_WORDS or toks[k - 1].lower not in _POSSESSORS:
            return set()
        return {
            o.value
            for doc in self.src.docs
            for m in doc.names
            if _kin_of(doc.sentences[m.sentence].tokens, m) == toks[k].lower
            for o in doc.values
            # "her husband Graham, 66," or "her husband Graham, aged 66"
            if o.unit == "age" and o.sentence == m.sentence and 0 < o.i0 - m.i1 <= 2
        }

    def _kin_of_others(self) -> set[int]:
        """ "with his partner, Faye" when the sources' partner is Lucy, and Faye is the
        volunteer coordinator: a kin word set beside a name must be one the sources set
        beside that name, where they set it beside any."""
        theirs: dict[str, set[str]] = defaultdict(set)
        for doc in self.src.docs:
            for m in doc.names:
                if kin := _kin_of(doc.sentences[m.sentence].tokens, m):
                    theirs[kin].update(m.value)
                if kin in _EACH_OTHERS:
                    # "Mr Garvey's partner, Shona McBride": he is hers too.
                    theirs[kin].update(
                        w
                        for o in doc.names
                        if o.sentence == m.sentence and 0 <= m.i0 - o.i1 <= KIN_REACH
                        for w in o.value
                    )
        # "his grandfather Reuben" for the sources' "great-grandfather Reuben": the one
        # they tell with a kin word is told with another.
        told = {w for names in theirs.values() for w in names}
        return {
            id(f)
            for f in self.art.names
            if (kin := _kin_of(self.art.sentences[f.sentence].tokens, f))
            and (
                (theirs.get(kin) and not set(f.value) & theirs[kin])
                or (len(f.value) == 1 and f.value[0] in told and f.value[0] not in theirs[kin])
            )
        }

    def _repeated_names(self) -> set[int]:
        """ "Lomax beat Mick Fenn and Hartigan got past Mick Fenn": a person named twice in
        one sentence that no source sentence names twice; the second is flagged."""
        out: set[int] = set()
        seen: dict[tuple[int, tuple[str, ...]], list[Mention]] = defaultdict(list)
        for f in self.art.names:
            if len(f.value) > 1 and not _body_name(self.art.text[f.start : f.end]):
                seen[(f.sentence, tuple(f.value))].append(f)
        for same in seen.values():
            if len(same) < 2 or self._named_twice(same[0].value):
                continue
            # The one whose words fit the sources' mention less is the moved one; first by
            # its nearest neighbours, names and figures included ("Patel saw off Whitlock
            # 21-9"), then by the content words around it.
            fit = {id(f): (self._neighbour_fit(f), self._name_fit(f)) for f in same}
            keep = max(same, key=lambda f: fit[id(f)])
            out |= {id(f) for f in same if f is not keep}
        return out

    def _neighbour_fit(self, f: Mention, found: Iterable[tuple[int, Mention]] | None = None) -> int:
        """How many of its nearest neighbours a mention shares with the best of the
        sources' mentions of it (by default: of the same name)."""
        if found is None:
            found = self._mentions_of(f.value)
        near = _neighbours(self.art.sentences[f.sentence].tokens, f)
        return max(
            (
                len(near & _neighbours(self.src.docs[n].sentences[o.sentence].tokens, o))
                for n, o in found
            ),
            default=0,
        )

    def _name_fit(self, f: Mention) -> float:
        return max(
            (_dice(f.context, o.context, self.src) for _, o in self._mentions_of(f.value)),
            default=0.0,
        )

    def _in_other_sources(self, person: str, body: str) -> bool:
        """Whether the sources name both, and never in one source."""
        if self._together(person, body) is not None:
            return False
        return bool(self._mentions_of((person,)) and self._mentions_of((body,)))

    def _mentions_of(self, keys: Sequence[str]) -> list[tuple[int, Mention]]:
        """The sources' mentions of a name: (source index, mention)."""
        return [(n, o) for n, doc in enumerate(self.src.docs) for o in doc.names if _names(keys, o)]

    def _wrong_affiliations(self) -> set[int]:
        """ "Anthony Reeve of the Motorists' Alliance", "Leah Tranter, of Harlow Road Club":
        a person and the body given as theirs that no source names together (in one
        sentence or the next). Both are flagged: either may have been moved. (A council
        told by its sort alone is kept in ``sort_facts``.)"""
        self.sort_facts: list[Fact] = []
        out: set[int] = set()
        by_start = {(m.sentence, m.i0): m for m in self.art.names}
        for p in self.art.names:
            text = self.art.text[p.start : p.end]
            if (both := _person_of_body(text)) is not None:
                surname, words, body_text = both
                # The body by its name or a part of it: "Dawn Kibble of Hollinbrook Riding
                # Club" is not told by a Hollinbrook hospital beside her.
                together = self._together(surname, words, part=True) if surname else None
                if together is False:
                    out.add(id(p))
                elif together:
                    body = Mention("name", "name", words, p.start, p.end)
                    if self._of_another_body(surname, body, body_text):
                        out.add(id(p))
                continue
            person = by_start.get((p.sentence, p.i1))
            if (
                text.endswith(("'s", "’s"))
                and person is not None
                and len(person.value) > 1
                and not _body_name(self.art.text[person.start : person.end])
                and self._together(person.value[-1], p.value[0], reach=0) is False
            ):
                out.add(id(p))  # "Haddon Vale's Rhys Caddick" when he swims for Stourby
                continue
            if not _body_name(text):
                out |= self._person_of_body(p, by_start, full=len(p.value) > 1)
        for p in self.art.lone_names:
            out |= self._person_of_body(p, by_start, full=False)
        return out

    def _wrong_vote_sides(self) -> set[int]:
        """ "Councillor David Haskins, who voted against", "seconded by Cllr Fairweather":
        flagged when the sources name who voted against ("(Cllr Fennick against)"), who
        proposed or who seconded, and this one is not among them."""
        holders: dict[str, set[str]] = defaultdict(set)
        # Who proposed or seconded which motion: its passage (the sentence and the one
        # before), to tell apart the motions of one meeting.
        motions: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
        for doc in self.src.docs:
            for si, sent in enumerate(doc.sentences):
                against = tells_a_vote_against(sent.tokens, 0, len(sent.tokens))
                for m in doc.names_in.get(si, ()):
                    # (a name the sentence gives a part of its own, "abstained 1 (Cllr
                    # Abbott)", is not among those against)
                    if role := motion_role(sent.tokens, m):
                        holders[role].add(m.value[-1])
                        passage = sent.stems | (doc.sentences[si - 1].stems if si else set())
                        motions[role].append((m.value[-1], frozenset(passage)))
                    elif against:
                        holders[AGAINST].add(m.value[-1])
        if not holders:
            return set()
        out = set()
        for p in self.art.names:
            if _body_name(self.art.text[p.start : p.end]):
                continue
            toks = self.art.sentences[p.sentence].tokens
            later = [m.i0 for m in self.art.names_in.get(p.sentence, ()) if m.i0 >= p.i1]
            end = min([*later, p.i1 + VOTE_REACH, len(toks)])
            roles = {motion_role(toks, p)} | (
                {AGAINST} if tells_a_vote_against(toks, p.i1, end) else set()
            )
            wrong = any(
                not any(_name_word_match(p.value[-1], x) for x in holders[role])
                for role in roles & holders.keys()
            )
            wrong = wrong or any(self._motion_of_another(p, motions[r]) for r in roles & _MOTIONS)
            if wrong and not self._called_a_body(p):
                out.add(id(p))
        return out

    def _motion_of_another(self, p: Mention, told: list[tuple[str, frozenset[str]]]) -> bool:
        """Whether the story's sentence of ``p`` tells a motion that someone else proposed
        (or seconded) clearly better than any ``p`` did: "her amendment, seconded by Cllr
        Farida Noon" when Cllr Noon seconded the main motion and Cllr Bassey the
        amendment."""
        toks = self.art.sentences[p.sentence].tokens
        mine = self.art.sentences[p.sentence].stems - content_stems(toks[p.i0 : p.i1])
        own = [c for name, c in told if _name_word_match(p.value[-1], name)]
        others = [c for name, c in told if not _name_word_match(p.value[-1], name)]
        if not own or not others:
            return False
        fit = max(_coverage(mine, c, self.src) for c in own)
        rival = max(_coverage(mine, c, self.src) for c in others)
        return rival >= MOTION_ALIGN and rival >= fit + MOTION_MARGIN

    def _called_a_body(self, f: Mention) -> bool:
        """Whether a source names ``f`` as a body: "Northwind Renewables Ltd"."""
        return any(_names(f.value, m) for m, _ in self._source_bodies)

    def _person_of_body(self, p: Mention, bodies: dict, full: bool) -> set[int]:
        """ "Leah Tranter, of Harlow Road Club" or, with an age to say it is a person,
        "Reyburn, 29, of Westhaven Racquets": both names when no source has them together."""
        toks = self.art.sentences[p.sentence].tokens
        k = p.i1 + (p.i1 < len(toks) and toks[p.i1].text == ",")
        if full and (seat := _seat_on(toks, k)) is not None:
            # "Jean Ashdown, who represents Harnby on Little Harnby Parish Council": a
            # seat on a body is told in one sentence with the person ("a member of" may
            # be told in the next: "She is a member of the society").
            org = bodies.get((p.sentence, seat))
            reach = int(toks[k].lower == "a")
            # (also past a group: "who leads the Independent group on the town council")
            self._seat_of_another_sort(p, seat)
            if org is None:
                return set()
            owner = self.art.text[org.start : org.end].endswith(("'s", "’s"))
            if not owner and self._of_another_body(p.value[-1], org):
                # "Cllr Idris Pengelly of Hatherby Town Council" when the sources seat him
                # on the district council (the town council, in his sentence, is Cllr
                # Brady's): the body is flagged.
                return {id(org)}
            # (Not "who chairs the Friends of X", whose "Our chair, Malcolm Tuffin" in the
            # Friends' own newsletter is far from its name.)
            headed = toks[k + 1].lower in _HEAD_VERBS
            if not headed and self._together(p.value[-1], org.value[0], reach) is False:
                return {id(p), id(org)}
            return set()
        link = _body_link(toks, k, full)
        if link is None:
            return set()
        k, by_role = link
        org = bodies.get((p.sentence, k))
        if org is None:
            # "Cllr Frances Quayle, leader of the county council"
            return self._seat_of_another_sort(p, k) if by_role else set()
        if by_role:
            # "Peter Aske, leader of Haddenford Town Council": judged only against the
            # bodies the sources give him the same way (a role names people far from
            # their body: "the trust's chair").
            # (The body is flagged: the person is the sources'.)
            return {id(org)} if self._own_body(p.value[-1], org) is False else set()
        # A body by all its words ("Hallowmere Sailing Club" is not "Hallowmere Reservoir"),
        # but for an acronym the sources may spell out ("Northfell OC").
        written = self.art.text[org.start : org.end].split()
        whole = tuple(k for k, w in zip(org.value, written, strict=False) if not w.isupper())
        together = self._together(p.value[-1], whole) if len(whole) > 1 else None
        if together is None:  # not named in full anywhere: by its first word
            together = self._together(p.value[-1], org.value[0])
        if together and self._of_another_body(p.value[-1], org):
            # "Colin Ashby, 71, of Hollin Green Parish Council", named a sentence from him,
            # when the sources make him "of the Hollin Green Action Group".
            return {id(org)}
        if together and self._home_of_another(p.value[-1], org):
            # "Fairbrother, 33, of Hallam Cross" when the sources make her "of Pollerton"
            # (and name Hallam Cross beside her as her opponent's home).
            return {id(org)}
        if together is None:
            # "Edith Crann, 89, of Hobwick", no source naming both, when they make her
            # "Edith Crann, 89, of Pellowby".
            together = self._own_body(p.value[-1], org) is not False
        if together is False:
            return {id(p), id(org)}
        return set()

    def _home_of_another(self, person: str, org: Mention) -> bool:
        """Whether place ``org`` is told as the person's where the sources tell another
        place as theirs right after their name, and no results line's word says
        otherwise (bodies are for ``_of_another_body``)."""
        text = self.art.text[org.start : org.end]
        toks = self.art.sentences[org.sentence].tokens
        the = org.i0 > 0 and toks[org.i0 - 1].lower == "the"  # "of the Greens": a party
        if the or self._called_a_body(org) or _body_name(text) or self._bracketed(person):
            return False
        places = [b for b in self._own_bodies(person) if not _body_name(" ".join(b))]
        words = _words_of(text)
        return bool(places) and not any(_one_body(words, b) for b in places)

    def _of_another_body(self, person: str, org: Mention, text: str | None = None) -> bool:
        """Whether the sources tell the person with bodies of their own right after the
        name, ``org`` (a body they name) not among them: "Colin Ashby, 71, of Hollin Green
        Parish Council" when they make him "of the Hollin Green Action Group". (Only
        bodies by a body's name: "of Mill Lane" is an address.)"""
        if not self._called_a_body(org):
            return False
        own = [b for name, b in self._member_bodies if _name_word_match(person, name)]
        words = _words_of(text or self.art.text[org.start : org.end])
        return bool(own) and not any(_one_body(words, b) for b in own)

    def _own_body(self, person: str, org: Mention) -> bool | None:
        """Whether the story's body ``org`` is one the sources tell as the person's right
        after their name (by its words, either way round, or its initials); None when
        they tell none."""
        own = self._own_bodies(person)
        if not own:
            return None
        words = _words_of(self.art.text[org.start : org.end])
        return any(_one_body(words, b) for b in own)  # "Orvingham YFC" spelt out too

    def _seat_of_another_sort(self, p: Mention, seat: int) -> set[int]:
        """ "who represents Stannerby on the parish council", "leader of the county
        council" when the sources seat her on Brindlecombe Borough Council or make her
        leader of the borough council: a council told by its sort alone, of a sort none
        of the person's own councils is. Flagged as the words "parish council"."""
        toks = self.art.sentences[p.sentence].tokens
        told = _council_sort_from(toks, seat, named=False)
        if told is None:
            return set()
        j, sort = told
        own = {s for name, s in self._council_sorts if _name_word_match(p.value[-1], name)}
        if own and sort not in own:
            start, end = toks[j].start, toks[j + 1].end
            self.sort_facts.append(Fact("name", self.art.text[start:end], start, end))
        return set()

    @functools.cached_property
    def _council_sorts(self) -> list[tuple[str, str]]:
        """Each source person told with a seat on, or a role of, a council right after
        their name, with its sort: "Cllr Philip Dunmore, who represents Hollowmere East
        on the county council", "leader of Tarnshire County Council". As (surname,
        sort)."""
        out = []
        for _, m, toks, k, _ in self._names_and_what_follows():
            if len(m.value) < 2:
                continue
            at, _ = _body_told_at(toks, k, by_role=True)
            if at is not None and (told := _council_sort_from(toks, at)):
                out.append((m.value[-1], told[1]))
        return out

    def _own_bodies(self, person: str) -> list[frozenset[str]]:
        """The bodies the sources tell as the person's right after their name, with or
        without a role: "Peter Aske, leader of Haddenford District Council"."""
        return [body for name, body in self._linked_bodies if _name_word_match(person, name)]

    @functools.cached_property
    def _linked_bodies(self) -> list[tuple[str, frozenset[str]]]:
        """Each source person told with their body right after the name: (surname, the
        body's words in lower case)."""
        out = []
        for doc, m, toks, k, starts in self._names_and_what_follows():
            link = _body_link(toks, k, len(m.value) > 1)
            if not link or link[0] >= len(toks):
                continue
            if (body := starts.get((m.sentence, link[0]))) is not None:
                out.append((m.value[-1], _words_of(doc.text[body.start : body.end])))
            elif link[1] and (named := self._body_by_noun(doc, m.sentence, toks[link[0]])):
                out.append((m.value[-1], _words_of(named)))
        return out

    @functools.cached_property
    def _member_bodies(self) -> list[tuple[str, frozenset[str]]]:
        """Each source person told as of a body by its name right after theirs, or with a
        seat on one: "Colin Ashby, 71, of the Hollin Green Action Group", "Cllr Idris
        Pengelly, who represents the town on North Wealdshire District Council" (the
        place they represent too: "Castle ward"). As (surname, the body's words)."""
        out = []
        for doc in self.src.docs:
            for m in doc.names:
                # one name of both: "the winner was Rosalind Teague of Corvedge Flower Club"
                both = _person_of_body(doc.text[m.start : m.end])
                if both is not None and both[0] is not None:
                    out.append((both[0], _words_of(both[2])))
        for doc, m, toks, k, starts in self._names_and_what_follows():
            if len(m.value) < 2:
                continue
            at, seat = _body_told_at(toks, k, by_role=False)
            body = starts.get((m.sentence, at)) if at is not None else None
            if body is None:
                continue
            out.append((m.value[-1], _words_of(doc.text[body.start : body.end])))
            if seat is not None and (place := starts.get((m.sentence, k + 2))):
                out.append((m.value[-1], _words_of(doc.text[place.start : place.end])))
        return [(name, b) for name, b in out if _body_name(" ".join(b))]

    def _names_and_what_follows(self) -> Iterator[tuple[_Doc, Mention, list, int, dict]]:
        """Each source name with its sentence's tokens, the token its words run on from
        (past a comma: "Colin Ashby, 71, of"), and the sentence names by first token."""
        for doc in self.src.docs:
            starts = {(m.sentence, m.i0): m for m in doc.names}
            # (a surname opening a sentence too, with an age: "Fairbrother, 33, of
            # Pollerton, wins")
            aged = [
                m for m in doc.lone_names if F.age_apposed(doc.sentences[m.sentence].tokens, m.i1)
            ]
            for m in doc.names + aged:
                if m.value:
                    toks = doc.sentences[m.sentence].tokens
                    yield doc, m, toks, m.i1 + (m.i1 < len(toks) and toks[m.i1].text == ","), starts

    def _body_by_noun(self, doc: _Doc, si: int, token: Token) -> str | None:
        """The body a source calls by its sort alone after a role ("amphibian ecologist
        at the trust"): the last one named so far whose name ends in that word ("the
        Sedge Valley Wildlife Trust")."""
        if not token.text.islower() or token.lower not in _BODY_NOUNS:
            return None
        named = [m for m in self._bodies_of_sort(doc, token.lower) if m.sentence <= si]
        return doc.text[named[-1].start : named[-1].end] if named else None

    def _bodies_of_sort(self, doc: _Doc, sort: str) -> list[Mention]:
        """The bodies a source names whose name ends in ``sort`` ("the Sedge Valley
        Wildlife Trust" for "trust"), in its order."""
        return [
            m
            for m in doc.names
            if self._name_sort(doc, m) == "body"
            and F.without_possessive(doc.text[m.start : m.end].split()[-1].lower()) == sort
        ]

    def _together(
        self, person: str, body: str | tuple[str, ...], reach: int = 1, part: bool = False
    ) -> bool | None:
        """Whether a source names the person and the body in one sentence or the next
        (``reach``); None when no source names both. With ``part``, a name that is part
        of the body's counts for it ("Northfell" for "Northfell OC").

        A results line's own word wins: "2. Joanne Trewin (Tidemouth Tenpins)" makes her
        of Tidemouth however near another club is named, unless her line names the body
        too ("2. Rhys Aldwinckle (Corvan), Market Oakley": his machine, then his town)."""
        keys = (body,) if isinstance(body, str) else body
        first = keys[0]
        own = self._bracketed(person)
        if own:
            return any(_name_word_match(first, q) for q in own) or self._on_line(person, first)
        found_both = False
        for doc in self.src.docs:
            where: dict[str, set[int]] = {person: set(), first: set()}
            speaks = False  # the body heads the source: its own statement
            for m in doc.names + doc.lone_names:
                for key, words in ((person, (person,)), (first, keys)):
                    if _names(words, m) or (part and key == first and _part_of(m, keys)):
                        where[key].add(m.sentence)
                        # Not a wire service in a dateline: "ASHGROVE, Feb 4 (Beacon Newswire)".
                        outlet = doc.text[max(0, m.start - 1) : m.start] == "("
                        speaks |= key == first and m.sentence == 0 and not outlet
            if where[person] and where[first]:
                found_both = True
                rows = _table_rows(doc)
                # (A table's rows are records of their own: the next row's club is
                # another rider's.)
                if any(
                    abs(a - b) <= (0 if a in rows or b in rows else reach)
                    for a in where[person]
                    for b in where[first]
                ):
                    return True
                if reach and speaks:
                    # "Northmoor Fire and Rescue Service / Incident update ... Area manager
                    # Kirsty Lennard said": the body's own people speak in its statement.
                    return True
        return False if found_both else None  # one of them unknown: name_supported says so

    def _brackets_after(self, person: str) -> Iterator[tuple[_Doc, list[Mention], int, int]]:
        """Each source mention of the person followed by a bracket: the source, its names,
        and where the bracket's inside starts and ends ("Arjun Mehra (Dunmore Phoenix)")."""
        for doc in self.src.docs:
            names = doc.names + doc.lone_names
            for m in names:
                if not m.value or not _name_word_match(person, m.value[-1]):
                    continue
                rest = doc.text[m.end : m.end + 80]
                # "1. Isla Fairweather, 11 (Bramcote MBC)": an age may come first.
                opened = _BRACKET_OPENS.match(rest)
                shut = rest.find(")")
                if opened and shut >= 0:
                    yield doc, names, m.end + opened.end(), m.end + shut

    def _on_line(self, person: str, body: str) -> bool:
        """Whether a source's results line names the body right after the person's
        bracket: "2. Rhys Aldwinckle (Corvan), Market Oakley - 65 pts"."""
        for doc, names, _, hi in self._brackets_after(person):
            after = doc.text[hi + 1 : hi + 80]
            at = hi + 1 + len(after) - len(after.lstrip(", "))
            if any(
                n.start == at and any(_name_word_match(body, q) for q in n.value) for n in names
            ):
                return True
        return False

    def _bracketed(self, person: str) -> frozenset[str]:
        """The name words the sources put in brackets right after the person's name:
        their club, team or party in a results list ("Arjun Mehra (Dunmore Phoenix)")."""
        words: set[str] = set()
        for doc, names, lo, hi in self._brackets_after(person):
            if doc.text[lo:hi].isupper():
                continue  # "(NFOC)": a club's code, not its name
            inside = [n for n in names if lo == n.start and n.end <= hi]
            named = {w for n in inside for w in n.value}  # ("Pendower LYC" is no role)
            told = (w.strip(",;").lower() for w in doc.text[lo:hi].split())
            if any(F._role_word(w) and w not in named for w in told):
                continue  # "Anne Halloran (Music, panel chair)": her part, not her club
            for n in inside:  # not "(proposed Cllr S. Carver)"
                words.update(n.value)
        for doc in self.src.docs:
            words |= _club_cells(doc.text, person)
        return frozenset(words)

    def _named_twice(self, keys: Sequence[str]) -> bool:
        for doc in self.src.docs:
            count: dict[int, int] = defaultdict(int)
            for m in doc.names:
                if _names(keys, m):
                    count[m.sentence] += 1
            if any(c >= 2 for c in count.values()):
                return True
        return False
