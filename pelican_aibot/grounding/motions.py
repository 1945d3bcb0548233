"""Who did what with a motion: proposed it, seconded it, voted against it, abstained,
or stood aside from it (declared an interest, took no part).

Minutes tell it in their own shorthand ("Cllr Rakhit proposed, and Cllr Quennell
seconded", "Proposed Cllr Mensah, seconded Cllr Rigby", "1 against (Cllr Pettifer),
1 abstention (Cllr Cowdrey)"); a story in full sentences ("moved by Cllr Owen
Brightwell", "Cllr Sarah Quennell, who proposed the objection", "with Cllr Barlow
against"). Both are read here into one role per name, so a story that gives the
proposal to the seconder, or the vote against to another member, can be caught.
"""

from __future__ import annotations

from . import normalize as N
from .facts import Mention
from .text import next_comma

PROPOSER, SECONDER, AGAINST, ABSTAINED = "proposer", "seconder", "against", "abstained"
# Stood aside: "Cllr Halloran declared an interest", "took no part", "did not vote".
DECLARED = "declared"
# What a meeting or a body does when it decides: "the cabinet agreed on Tuesday", "the
# parish council voted".
DECISION_VERBS = {
    "voted", "agreed", "approved", "decided", "resolved", "deferred", "refused", "rejected",
    "backed", "granted", "endorsed",
}  # fmt: skip

# A word right after a name ("Cllr Tranter proposed") or right before it, with "by"
# or a colon between ("proposed by Cllr Sowerby", "Seconded: Cllr Rigby").
_ROLE_WORDS = {
    "proposed": PROPOSER, "proposer": PROPOSER, "moved": PROPOSER, "mover": PROPOSER,
    "seconded": SECONDER, "seconder": SECONDER, "abstained": ABSTAINED,
    "abstention": ABSTAINED, "abstentions": ABSTAINED, "abstaining": ABSTAINED,
}  # fmt: skip
# "moved to the village hall", "moved away": a move, not a motion.
_MOVED_ELSEWHERE = {"to", "into", "from", "away", "out", "in", "on", "back", "house", "here"}
_VOTE_WORDS = {"vote", "voted", "voting", "votes"}
# What a proposer puts: "a proposal by", "the motion was tabled by", "an amendment put
# forward by" (a few words from the thing to the verb).
_PROPOSALS = {"proposal", "motion", "amendment"}
_PUT_FORWARD = {"made", "put", "forward", "tabled", "brought"}
PUT_REACH = 4
_DISSENT = {"dissenting", "dissented", "dissents"}  # the minority of a decision: against it
# Between a name and its role: "Cllr Rumbold, who voted against", "who had proposed".
_BETWEEN = {"who", "had", "has", "also", "then", "formally", "both"}
# What a list of names is made of: "Against: Cllrs Farrant, Hoskin and Voss".
_LIST_WORDS = {",", "and", "&", "cllr", "cllrs", "councillor", "councillors", "mr", "mrs", "ms"}
_ABSTENTIONS = {"abstention", "abstentions"}
# The sides whose members minutes list by name: "1 against (Cllr Pettifer)".
_SIDES = _ABSTENTIONS | {"against", "abstaining", "abstained"}
BRACKET_REACH = 6  # tokens of a bracket after a name: "(Orchard Ward)"
LIST_REACH = 12  # tokens of a list of names between a role word and a name


def _in_list(token) -> bool:
    return token.lower in _LIST_WORDS or (token.kind == "word" and token.text[:1].isupper())


def _role_after(tokens: list, k: int) -> str | None:
    """The role a name gets from the words after it, from token ``k``: "Cllr Tranter
    proposed", "Cllr Gedge (Orchard Ward) proposed", "Cllr Rumbold, who voted against",
    "DiNapoli voted no"; not "Proposed Cllr Mensah, seconded Cllr Rigby"."""
    if k < len(tokens) and tokens[k].text == "(":  # a ward or party in brackets
        close = next(
            (j for j in range(k, min(k + BRACKET_REACH, len(tokens))) if tokens[j].text == ")"),
            None,
        )
        k = close + 1 if close is not None else k
    start = k
    if k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].lower == "who":
        k += 2
    elif (declared := _declared_after_apposition(tokens, k)) is not None:
        k = declared
    while k < len(tokens) and tokens[k].lower in _BETWEEN:
        k += 1
    voted = k < len(tokens) and tokens[k].lower in _VOTE_WORDS
    k += voted
    if k >= len(tokens):
        return None
    word = tokens[k].lower
    following = tokens[k + 1].lower if k + 1 < len(tokens) else "."
    if word == "against" or (voted and word == "no"):
        # "with Cllr Barlow against." but not "spoke against the plan".
        return AGAINST if voted or (k == start and not following.isalpha()) else None
    if not voted and word in _DISSENT:
        return AGAINST  # "with Carys Medway dissenting", "(Cllr Hadleigh dissenting, as ...)"
    if not voted and _stands_aside(tokens, k):
        return DECLARED
    if voted or word not in ("proposed", "moved", "seconded", "abstained", "abstaining"):
        return None
    if word == "moved" and following in _MOVED_ELSEWHERE:
        return None
    if following == "by":
        return None  # "a proposal by Cllr Okoro seconded by Cllr Pryce": his, not hers
    return _ROLE_WORDS[word]


DECLARE_REACH = 3  # words after "declared" to its "interest": "declared a pecuniary interest"
APPOSITION_REACH = 10  # tokens of an apposition: ", a tenant of the Carrow Hill Estate,"


def _declared_after_apposition(tokens: list, k: int) -> int | None:
    """Where a standing aside follows an apposition after a name: "Councillor Mark
    Finnegan, a tenant of the Carrow Hill Estate, declared an interest"."""
    if k >= len(tokens) or tokens[k].text != ",":
        return None
    close = next_comma(tokens, k + 1, k + APPOSITION_REACH)
    if close is None or not _stands_aside(tokens, close + 1):
        return None
    return close + 1


def _stands_aside(tokens: list, k: int) -> bool:
    """Whether the words from token ``k`` say a member stood aside from the vote: "declared
    an interest", "declared that he is a member", "took no part", "did not vote"."""
    if k >= len(tokens):
        return False
    word, after = tokens[k].lower, [t.lower for t in tokens[k + 1 : k + 1 + DECLARE_REACH]]
    if word == "declared":
        return bool({"interest", "that"} & set(after))
    return (word, after[:2]) in (("took", ["no", "part"]), ("did", ["not", "vote"]))


def _role_before(tokens: list, k: int) -> str | None:
    """The role a name gets from the words before it, ending at token ``k`` - 1."""
    j = k - 1
    while j >= 0 and tokens[j].text in "(:":
        j -= 1
    if j < 0:
        return None
    word = tokens[j].lower
    if word == "by" and j >= 1:
        before = tokens[j - 1].lower
        role = _ROLE_WORDS.get(before)
        if role in (PROPOSER, SECONDER):
            return role
        # "on a proposal by Mrs Noakes", "The proposal was made by Cllr Frayne"
        told = before in _PROPOSALS or (
            before in _PUT_FORWARD
            and any(t.lower in _PROPOSALS for t in tokens[max(0, j - 1 - PUT_REACH) : j - 1])
        )
        return PROPOSER if told else None
    if word == "from" and j >= 1:
        # "one abstention, from Cllr Baines"
        k = j - 1 - (tokens[j - 1].text == "," and j >= 2)
        return ABSTAINED if tokens[k].lower in _ABSTENTIONS else None
    if word in ("proposed", "proposer", "seconded", "seconder"):
        return _ROLE_WORDS[word]
    # A list of members after its side: "1 against (Cllr Pettifer)", "Against: Cllrs
    # Farrant and Hoskin", "1 abstention (Cllr Cowdrey)".
    reach = 0
    while j >= 0 and reach < LIST_REACH and _in_list(tokens[j]):
        if tokens[j].lower in _SIDES:
            break
        j -= 1
        reach += 1
    while j >= 0 and tokens[j].text in "(:":
        j -= 1
    # The count of a side before its names: "abstentions 1: Cllr Baines".
    counted_after = j >= 1 and (tokens[j].kind == "num" or N.is_number_word(tokens[j].lower))
    if counted_after and tokens[j - 1].lower in _SIDES:
        return AGAINST if tokens[j - 1].lower == "against" else ABSTAINED
    if j < 0:
        return None
    word = tokens[j].lower
    if word in ("abstention", "abstentions", "abstained", "abstaining"):
        return ABSTAINED
    if word == "against":
        before = tokens[j - 1] if j else None
        counted = before is not None and (before.kind == "num" or N.is_number_word(before.lower))
        listed = tokens[j + 1].text in "(:" if j + 1 < len(tokens) else False
        voted = before is not None and before.lower in _VOTE_WORDS
        return AGAINST if listed and (counted or voted or j == 0) else None
    return None


def tells_a_vote_against(tokens: list, i: int, j: int) -> bool:
    """Whether tokens ``i`` to ``j`` say someone voted against: "voted against", "voting
    against", "vote against"; in minutes, "(Cllr Fennick against)" and "For 6, against 1
    (Cllr Dearlove)"."""
    words = [t.lower for t in tokens[i:j]]
    for k, w in enumerate(words):
        if w != "against":
            continue
        if k and words[k - 1] in _VOTE_WORDS:
            return True
        if k + 1 < len(words) and words[k + 1] == ")" and "(" in words[:k]:
            return True
        if words[k + 2 : k + 3] == ["("] and tokens[i + k + 1].kind == "num":
            return True
    return False


def motion_role(tokens: list, m: Mention) -> str | None:
    """The part the name ``m`` plays in a motion, as its sentence tells it, if any."""
    return _role_after(tokens, m.i1) or _role_before(tokens, m.i0)
