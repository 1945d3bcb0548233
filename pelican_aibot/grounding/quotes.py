"""Quotations: found word for word, and given to the speaker the sources give."""

from __future__ import annotations

import bisect
import functools
import re

from . import facts as F
from .facts import Fact, Mention
from .names import (
    _names_meet,
)
from .sources import (
    _APPOSITION_GAP,
    ELLIPSIS_GAP,
    _after_place_word,
    _body_name,
    _Doc,
    _initials,
    _minutes,
    _of_meeting,
    _role_key,
)
from .text import Token
from .weights import (
    JOIN_GAP,
    SPEAKER_GAP,
)

PRONOUN_REACH = 4  # sentences back a source's "she said" may point, past bodies named


def _keys(doc: _Doc, m: Mention) -> list[str]:
    """A speaker's name words, plus the initials of a long name ("CWC" for the council)."""
    text = doc.text[m.start : m.end]
    words = text.split()
    groups = F.name_groups(text) if " of " in text else []
    if len(groups) == 2 and len(groups[0]) > 1 and not _body_name(text.split(" of ")[0]):
        return list(groups[0])  # "Ifor Bellamy of High Scar Farm": the man, not his farm
    if len(m.value) == 1:
        # "Fiona said:" after "head coach, Fiona Maddox": the one full name it is part of.
        full = {tuple(n.value) for n in doc.names if len(n.value) > 1 and m.value[0] in n.value}
        return [*m.value, *next(iter(full))] if len(full) == 1 else m.value
    return [*m.value, _initials(doc.text[m.start : m.end])] if len(words) > 2 else m.value


def _relative_clauses(doc: _Doc, s0: int, s1: int) -> list[tuple[int, int, int]]:
    """(end of the name before, start, end) of each ", who ...," clause in the sentences."""
    out = []
    for s in doc.sentences[s0 : s1 + 1]:
        toks = s.tokens
        for k in range(1, len(toks) - 1):
            if toks[k].text != "," or toks[k + 1].lower not in ("who", "whose", "which"):
                continue
            close = next((j for j in range(k + 2, len(toks)) if toks[j].text == ","), None)
            if close is not None:
                out.append((toks[k - 1].end, toks[k + 1].start, toks[close - 1].end))
    return out


_SUBJECT_PRONOUNS = {"he", "she"}


_TITLE_SEXES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_PRONOUN_SEXES = {"he": "m", "she": "f"}
_SEXED_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? ([A-Z][\w'’-]+)")
_TOPIC = re.compile(r",\s*(?:he|she|they)\s+(?:said|says|added|told)\b")


_BYLINE = re.compile(
    r"\b(?:[Pp]osted|[Ww]ritten)\b[^.\n]{0,40}?\bby ((?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+)"
)
BYLINE_REACH = 300  # characters from a source's start where its byline stands


def _author(doc: _Doc) -> set[str]:
    """The name words of the one a post says it is by: "posted 22 August 2027 by Marcus
    Feldane, shore officer"."""
    found = _BYLINE.search(doc.text[:BYLINE_REACH])
    return set(F.name_keys(found.group(1))) if found else set()


# A letter's sign-off and the name under it: "Yours sincerely,\n\nFiona Caldicott".
_SIGN_OFF = re.compile(
    r"^(?:yours (?:sincerely|faithfully|truly)|(?:with )?(?:best|kind) (?:wishes|regards)),?"
    r"\s*\n\s*((?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_SALUTATION = re.compile(r"^Dear [^\n]{1,60},?\s*$", re.MULTILINE)


def _signed_by(doc: _Doc, pos: int) -> set[str]:
    """The name words of the one who signs the letter ``pos`` is in, from its "Dear ..."
    to its sign-off: its own words, unquoted, are theirs (not the newsletter's around a
    letter it prints)."""
    found = list(_SIGN_OFF.finditer(doc.text))
    if len(found) != 1 or pos >= found[0].start():
        return set()
    opened = list(_SALUTATION.finditer(doc.text, 0, found[0].start()))
    if not opened or pos < opened[-1].end():
        return set()
    return set(F.name_keys(found[0].group(1)))


def _pronoun_next_to(words: list, verb: int) -> bool:
    """'she said', 'she told reporters', 'he added' (not 'said she had': reported speech)."""
    return verb > 0 and words[verb - 1].lower in _SUBJECT_PRONOUNS


def _after_article(tokens: list, m: Mention) -> bool:
    """Whether a name is an acronym right after "a" or "an": "a PSPO" (not "a Rivers
    Agency spokesperson", the agency's voice)."""
    return (
        m.i0 > 0
        and m.i1 == m.i0 + 1
        and tokens[m.i0].text.isupper()
        and tokens[m.i0 - 1].lower in ("a", "an")
    )


class QuoteChecks:
    """The checker's quotation rules, mixed into check._Checker.

    A quotation is found word for word (pieces joined across an attribution), then its
    speaker is read on both sides and must be one the sources give it to.
    """

    def quote_fact(self, a: int, b: int) -> tuple[Fact, bool]:
        fact = Fact("quote", self.art.text[a:b], a, b)
        frags = F.quote_key(self.art.text[a:b])
        if not frags:
            return fact, True
        # "My grandchildren think I'm mad. But the fencing keeps me young." for "My
        # grandchildren think I'm mad," she said. "But the fencing keeps me young.": two
        # pieces of one quotation joined where only the attribution stood between them.
        joined = F.quote_key(re.sub(r"(?<=[.!?])\s+(?=[A-Z])", " ... ", self.art.text[a:b]))
        tries = [(frags, ELLIPSIS_GAP)] + ([(joined, JOIN_GAP)] if len(joined) > len(frags) else [])
        for n, qi in enumerate(self.src.quote_text):
            short = sum(len(x.split()) for x in frags) < 3  # "reckless": no speaker to check
            for pieces, gap in tries:
                for pos in qi.find(pieces, gap):  # the same words may be quoted twice
                    if short or self.speaker_ok(a, b, n, pos):
                        return fact, True
            # Whole sentences of one quotation, one left out between them: "Our founders
            # put these troughs up ... streets. We are delighted to help."
            quotes = self.src.docs[n].quotes
            for pos, last in qi.spans(joined, ELLIPSIS_GAP) if len(joined) > len(frags) else ():
                one = any(x <= pos and last < y for x, y in quotes)
                if one and self.speaker_ok(a, b, n, pos):
                    return fact, True
        return fact, False

    def _speakers(self, doc: _Doc, qa: int, qb: int, need_verb: bool) -> tuple[set[str], set[str]]:
        """Who says the quote at [qa, qb): (the name closest to the nearest speech verb,
        all names within four words of it). Name words, lowercased."""
        s0, s1 = doc.sentence_at(qa), doc.sentence_at(max(qa, qb - 1))
        words = [
            t
            for s in doc.sentences[s0 : s1 + 1]
            for t in s.tokens
            if t.kind == "word" and not (qa <= t.start < qb)
        ]
        verbs = [i for i, t in enumerate(words) if F.is_speech_verb(t)]
        pool = doc.names + [m for m in doc.lone_names if m.value[0] in self.known_names]
        # "behind at Hammer Bend, said ...": a place is nobody's voice.
        pool = [m for m in pool if not _after_place_word(doc.sentences[m.sentence].tokens, m)]
        # "said a PSPO had to be justified": a thing, not a speaker.
        pool = [m for m in pool if not _after_article(doc.sentences[m.sentence].tokens, m)]
        names = [m for m in pool if s0 <= m.sentence <= s1 and not (qa <= m.start < qb)]
        if not verbs and not need_verb and s0 > 0 and not names:
            # '"...," Whitlock said. "Callum doesn't score many ..."' and 'Sunita Rao
            # said:\n"Most of my customers ..."': a quote opening its sentence goes on
            # from the sentence before, when that one gives a speaker.
            opening = doc.text[doc.sentences[s0].start : qa].strip() in "\"“‘'"
            prev = doc.sentences[s0 - 1].tokens
            verb = next((k for k, t in enumerate(prev) if F.is_speech_verb(t)), None)
            # Named there, not a pronoun: '"...," she said. "It\'s the hardest ..."' may
            # point anywhere back.
            if opening and verb is not None and not _pronoun_next_to(prev, verb):
                end = doc.sentences[s0 - 1].end
                return self._speakers(doc, end, end, need_verb=True)
            people = {
                tuple(_keys(doc, m))
                for m in pool
                if m.sentence == s0 - 1
                and len(m.value) > 1
                and self._name_sort(doc, m) == "person"
                and not doc.in_quote(m.start, m.end)
            }
            # A quote mark opens it, and it is no '"...," / Quayle said' whose speaker
            # comes after it.
            quoted = doc.text[doc.sentences[s0].start : qa].strip() != ""
            quoted &= not doc.text[qa:qb].rstrip("\"”’' ").endswith(",")
            # (in the paragraph of that person: a quote opening a paragraph may go on
            # from one above it)
            quoted &= doc.sentences[s0].paragraph == doc.sentences[s0 - 1].paragraph
            if opening and quoted and verb is None and doc is not self.art and len(people) == 1:
                # "Ifor Bellamy, 71, of High Scar Farm first sold lambs there in 1969. \"I
                # sold my first pen ...\"": a source's quote after the one person it
                # tells of, with no one said to say it, is theirs.
                every = set(next(iter(people)))
                return every, every
        if not verbs:
            every = set() if need_verb else {k for m in names for k in _keys(doc, m)}
            if not every and not need_verb and doc is not self.art:
                # A blog's own words, quoted with no one to say them: its author's.
                every = _author(doc)
            return every, every
        verb = min(verbs, key=lambda i: min(abs(words[i].start - qb), abs(qa - words[i].end)))
        before_quote = [i for i in verbs if words[i].end <= qa]
        if words[verb].start >= qb and verb and words[verb - 1].lower in ("and", "but"):
            # 'called the result "a historic night" and said the ward...': a second verb
            # of the same speaker, not an attribution of the quote.
            verb = before_quote[-1] if before_quote else verb
        starts = [t.start for t in words]
        # "Tomas Brenner, who farms near Vell and chairs the cooperative, said": the
        # relative clause is about the name before it, and its own names say nothing.
        clauses = _relative_clauses(doc, s0, s1)
        names = [m for m in names if not any(a <= m.start < b for _, a, b in clauses)]
        # "Helen Varga, the local Green Party's co-chair, called it": a body named in a
        # person's apposition is not the speaker.
        people = [
            p for p in names if len(p.value) > 1 and not _body_name(doc.text[p.start : p.end])
        ]
        # So is one right after the comma: "Councillor Fiona Redgrave, Eastwold County
        # Council's cabinet member", "the Rt Revd Andrew Callard, Bishop of Marchester".
        names = [
            m
            for m in names
            if not any(
                p.end < m.start
                and (
                    _APPOSITION_GAP.fullmatch(doc.text[p.end : m.start])
                    or (m not in people and re.fullmatch(r",\s+", doc.text[p.end : m.start]))
                )
                for p in people
            )
        ]
        # 'Brice called it "textbook" and said Ferrow "never looked in trouble"': a name
        # running straight into the quote is what it is about, not its speaker.
        about = [m for m in names if m.end <= qa and doc.text[m.end : qa].strip() in "\"“‘'"]
        if about and len(names) > len(about):
            names = [m for m in names if m not in about]
        reach = {end: b for end, _, b in clauses}
        near: list[tuple[int, Mention]] = []
        for m in names:
            first = bisect.bisect_left(starts, m.start)
            last = bisect.bisect_left(starts, reach.get(m.end, m.end)) - 1
            gap = max(first - verb, verb - last, 0)
            if gap <= SPEAKER_GAP:  # "Callum Fry, regional officer of the union, said"
                near.append((gap, m))
        if doc is self.art and (aged := self._epithet_speaker(s0, s1, qa, qb, words[verb])):
            return aged, aged
        if _pronoun_next_to(words, verb):
            # 'Ockley had no plans: "...," he said': the speaker is named before the quote,
            # in its sentence or in an earlier one ('"...," she said at Riverside Hall').
            # ('Reyes, he said, "started blinking ..."': the name set off before the
            # pronoun is what the quote is about.) A "he" is no one called "Ms".
            pronoun = words[verb - 1].lower
            # (With no one fitting near, still no one of the other sex: "The seed came from
            # Mrs Voss herself. '...,' he said" is not hers.)
            pool = [m for m in pool if self._may_be(m, pronoun)]
            names = [m for m in names if m in pool]
            before = {
                k
                for m in names
                if m.sentence == s0 and m.end <= qa and not _TOPIC.match(doc.text, m.end)
                for k in _keys(doc, m)
            }
            if before:
                return before, before
            # An article's pronoun may point further back than the last name: anyone
            # named in the two sentences before may be the one meant.
            recent = {k for m in pool if s0 - 3 < m.sentence < s0 for k in _keys(doc, m)}
            earlier: set[str] = set()
            person = False
            for back in range(s0 - 1, max(-1, s0 - 3), -1):
                named = [m for m in pool if m.sentence == back]
                earlier |= {k for m in named for k in _keys(doc, m)}
                # "Dartford warblers" is no one "she" may be: a sentence naming no one
                # surely a person leaves the one before it in play.
                if person := any(self._surely_person(doc, m) for m in named):
                    break
            if earlier and not person and doc is not self.art and pronoun in _PRONOUN_SEXES:
                # A source's "she said" after sentences naming only a body ("after
                # Castlemere Borough Council was accredited"): no council is "she"; the
                # person named before them may be.
                for back in range(s0 - 3, max(-1, s0 - 1 - PRONOUN_REACH), -1):
                    named = [m for m in pool if m.sentence == back and self._surely_person(doc, m)]
                    earlier |= {k for m in named for k in _keys(doc, m)}
                    if named:
                        break
            if earlier:  # the looser reading for the article's pronoun only
                return earlier, earlier | recent if need_verb else earlier
            if doc is not self.art and s0 > 0:
                # '7.6 The Chair thanked Mr Kettering ... She said: "..."': the role the
                # sentence before tells of, when one person holds it.
                prev = [t for t in doc.sentences[s0 - 1].tokens if t.kind == "word"]
                for i in range(1, len(prev) - 1):
                    if prev[i - 1].lower == "the" and (
                        held := self._role_speaker(doc, prev, i + 1, after_quote=False)
                    ):
                        return held, held
        if holder := self._role_speaker(doc, words, verb, words[verb].start >= qb):
            # '"You were warned, twice," the judge told Weddle': the role beside the verb
            # speaks, whoever else is named.
            return holder, holder
        if not near:
            every = {k for m in names for k in _keys(doc, m)}
            return every, every
        closest = min(g for g, _ in near)
        return (
            {k for g, m in near if g == closest for k in _keys(doc, m)},
            {k for _, m in near for k in _keys(doc, m)},
        )

    def _may_be(self, m: Mention, pronoun: str) -> bool:
        """Whether "he" or "she" may point to the person named ``m``: not when the article
        or a source calls them by a title of the other sex ("Ms Fenn" is no "he")."""
        sex = self._title_sexes.get(m.value[-1])
        return sex is None or sex == _PRONOUN_SEXES.get(pronoun, sex)

    @functools.cached_property
    def _title_sexes(self) -> dict[str, str]:
        """Surname -> "m" or "f", from the titles the texts give it (none when both)."""
        found: dict[str, set[str]] = {}
        firsts: dict[str, set[str]] = {}
        for doc in (self.art, *self.src.docs):
            for title, surname in _SEXED_TITLE.findall(doc.text):
                found.setdefault(surname.lower(), set()).add(_TITLE_SEXES[title.lower()])
            for m in doc.names:
                if len(m.value) > 1:
                    firsts.setdefault(m.value[-1], set()).add(m.value[0])
        # (A surname of a family, "Mr Corrigan" and Bernadette Corrigan, tells no one's.)
        return {
            name: next(iter(sexes))
            for name, sexes in found.items()
            if len(sexes) == 1 and len(firsts.get(name, ())) <= 1
        }

    def _surely_person(self, doc: _Doc, m: Mention) -> bool:
        """Whether a name is surely someone a "he" or "she" may point back to: a full
        name that names no body, or one word used as a person's first name or surname."""
        if len(m.value) > 1:
            return not _body_name(doc.text[m.start : m.end])
        return m.value[0] in self.surnames or m.value[0] in self.full_surnames

    def _epithet_speaker(self, s0: int, s1: int, qa: int, qb: int, verb: Token) -> set[str]:
        """'"...," said the 52-year-old': the one person the sources give that age (their
        surname), when the age stands right beside the speech verb."""
        text = self.art.text
        for v in self.art.values:
            if v.unit != "age" or not s0 <= v.sentence <= s1 or qa <= v.start < qb:
                continue
            if not text[v.start : v.end].endswith("old"):
                continue  # "aged 52", "52," are no epithet
            between = text[verb.end : v.start] if v.start >= verb.end else text[v.end : verb.start]
            if between.strip().lower() not in ("the", ""):
                continue
            people = {person for person, age in self._source_ages if age == v.value}
            if len(people) == 1:
                return people
        return set()

    def _role_speaker(self, doc: _Doc, words: list, verb: int, after_quote: bool) -> set[str]:
        """The one person the sources give a role that speaks by it: "the judge said",
        '"...," said the minister' (name words, lowercased; empty when not one person).
        Not 'said the retriever was "..."': there the role is what the quote is about.
        In minutes, "The chair said" is the meeting's chair ("Present: Mrs P. Hargreaves
        (chair)")."""
        for k in (verb - 1, verb + 2) if after_quote else (verb - 1,):
            if not (0 < k < len(words) and words[k - 1].lower == "the"):
                continue
            first, last = min(k - 1, verb), max(k, verb)
            if any(words[i + 1].start - words[i].end > 2 for i in range(first, last)):
                continue  # 'said: "..." The chief ...': not one phrase
            role = _role_key(words[k].lower)
            of_meeting = self.src.roles.get(_of_meeting(role), set())
            if doc is not self.art and len(of_meeting) == 1 and _minutes(doc):
                return set(next(iter(of_meeting)))
            holders = self.src.roles.get(role, set())
            if len(holders) > 1 and doc is not self.art:
                # "The chair said" in minutes whose list of those present names one of
                # the sources' chairs: that one.
                holders = holders & {tuple(m.value) for m in doc.names}
            if len(holders) == 1 and len(holder := next(iter(holders))) > 1:
                return set(holder)  # a person's full name ("Chief Veterinary" is none)
        return set()

    def speaker_ok(self, a: int, b: int, n: int, pos: int) -> bool:
        """The quote is given to the person the source gives it to (when both name one)."""
        mine, mine_near = self._speakers(self.art, a, b, need_verb=True)
        if not mine:
            return True
        doc = self.src.docs[n]
        quoted = next(((x, y) for x, y in doc.quotes if x <= pos < y), None)
        if quoted is None and (signed := _signed_by(doc, pos)):
            # "We cannot run a school of 61 children ..." in a letter: its writer's words.
            theirs = theirs_near = signed
        else:
            qa, qb = quoted or (pos, pos + 1)
            theirs, theirs_near = self._speakers(doc, qa, qb, need_verb=False)
        if not theirs:
            return True
        return _names_meet(mine, theirs_near) or _names_meet(theirs, mine_near)
