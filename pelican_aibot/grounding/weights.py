"""The tuned weights and margins of the fact check, in one place.

Each is a trade between catching planted errors and flagging faithful text,
measured on tests/eval (see its README for the history of each).
"""

# Tuned on tests/eval/dev only (the held-out cases were written first and never tuned on).
ALIGN_WEIGHT = 0.6
CITE_BONUS = 0.1
MIN_SCORE = 0.15  # an equal value in an unrelated passage is no support
MARGIN = 0.08  # how far an equal value may trail the best competing occurrence
LEAD_WEIGHT = 0.3
CONTEXT_MINE = 0.7  # weight of "article context found in the source one" vs the reverse
WORDS_SLACK = 0.1  # how much worse the next words of a competing value may fit
# Calibration of the precision/recall trade-off (third round, dev only):
ALIGN_SLACK = 0.15  # how much worse a rival's passage may align than the equal value's
WORDS_CLEAR = 0.3  # how much better a rival's next words must fit to count from afar
TOLD_SLACK = 0.3  # how much worse a figure telling a rival's sentence may fit its words
CLAIM_MARGIN = 0.2  # how clearly a fact must win its occurrence to take it from the others
REVERSED_PENALTY = 0.1  # a score read backwards ("6-4" for "4-6") is weaker evidence
# Derived values (fourth round): how closely a source sentence must match to lend its figures.
DERIVE_ALIGN = 0.3
DERIVE_SLACK = 0.15  # ... and how far behind the best-matching sentence it may be
DERIVE_SENTENCES = 2
WEEKDAY_REACH = 4  # tokens between a time and the named day it is on ("11pm on Friday")
RATIO_SLACK = 0.25  # "seven to one" for 287 to 41 (7.0), not for 300 to 41 (7.3)
RATIO_BASE_REACH = 9  # "twice as many as the previous tower record of 10,080": its base
MULTIPLE_STEP = 0.25  # "doubled" for 1.75 to 2.25 times; "more than doubled" up to 2.5
YEARS_SLACK = 0.3  # ... for the years since a source's year ("owned it for 58 years")
DERIVE_REACH = 2  # sentences either side of the best one whose figures may be set against it
NAME_MARGIN = 0.3  # how clearly another name's words must fit a name's place
RIVAL_ALIGN = 0.25  # a rival with no word in common needs a passage at least this close
ROUNDED_SHARE = 0.025  # how far "about 10,800" may be from the worked-out figure, at most
ANNOUNCE_REACH = 5  # words between "announced" and the weekday it was announced on
SMALL_COUNT = 12  # a count of listed names, at most
JOIN_GAP = 40  # characters of attribution between two joined pieces of a quotation
ROLE_REACH = 8  # words between a name and the role given beside it
PERSON_GAP = 6  # words between a value and the name it belongs to
UNIQUE_ALIGN = 0.3  # a value given once is explained by a fact told from its sentence
SLOT_WORDS = 0.8  # ... and a rival whose next words fit this well holds the figure's place
HIGH_ALIGN = 0.75  # a source sentence this like the article's is its passage ...
ALIGN_GAP = 0.25  # ... when no rival's sentence comes within this
FAR_APART = 50  # a figure fifty times another is not the other moved
OWNER_REACH = 15  # words back from an article's figure to the name it belongs to
RETOLD_STEMS = 4  # words besides the name an article sentence needs to be a retelling
RETOLD_BACK = 0.5  # ... and the share of the source sentence's words it tells again
RETOLD_WHOLE = 0.6  # ... or of them but its name, when no figure says otherwise
LINE_WORDS = 3  # words besides names in an item of a results list or table
SPEAKER_GAP = 7  # words between a speech verb and a name that may be its speaker
DERIVE_CUE_WINDOW = 3  # tokens either side of a value where its cue ("short of") must be
STORY_WEEK = 7  # days either side of the story's that a weekday told alone may be
