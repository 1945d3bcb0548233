"""The grounding check: facts found, equivalent forms matched, moved values caught."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pelican_aibot.errors import AibotError
from pelican_aibot.grounding import Fact, GroundingReport, check_facts, check_facts_cli
from pelican_aibot.grounding import derive as D

from .conftest import CORPUS
from .eval.cases import EVAL_DIR, evaluate, load_case, load_part

SOURCE = (
    "A storm tore the roof off a warehouse on Harbor Road in Eastbrook early Saturday, "
    "injuring four workers, police said. Three people were killed and 12 were injured in a "
    "crash on Route 9 the same night. Wind gusts reached 94 mph, according to the National "
    "Weather Service.\n"
    'Warehouse owner Gail Porter said 30 employees were inside. "It sounded like a freight '
    'train," Porter said. Fire chief Tom Hale added: "The roof is simply gone."\n'
    "The warehouse opened in 1998 and was repaired in 2015."
)


def unsupported(article: str, sources: list[str] | None = None, **kw) -> list[tuple[str, str]]:
    report = check_facts(article, sources or [SOURCE], **kw)
    return [(f.kind, f.text) for f in report.unsupported]


def _flag_starts(article: str, sources: list[str], story_date=None) -> list[int]:
    return [f.start for f in check_facts(article, sources, story_date).unsupported]


def _eval_case(part: str, prefix: str):
    """One labelled case of ``tests/eval``: real material with its planted errors."""
    return next(c for c in load_part(part) if c.name.startswith(prefix))


def _flagged(case, text: str | None = None) -> set[str]:
    """The texts flagged in ``text`` (the case's faithful story by default)."""
    report = check_facts(case.faithful if text is None else text, case.sources, case.story_date)
    return {f.text for f in report.unsupported}


def _told_and_changed(case, told: str, changed: str, good: str, bad: str) -> None:
    """The faithful story tells ``told`` and its ``good`` value passes; with ``told``
    changed to ``changed``, the ``bad`` value is flagged."""
    assert told in case.faithful and good not in _flagged(case)
    assert bad in _flagged(case, case.faithful.replace(told, changed))


def _told_unflagged(part: str, prefix: str, told: str, good: str) -> None:
    """A case's faithful story tells ``told`` and its ``good`` value passes."""
    case = _eval_case(part, prefix)
    assert told in case.faithful and good not in _flagged(case)


def _planted(case, needle: str):
    """The planted error whose story contains ``needle``."""
    return next(c for c in case.corrupted if needle in c.text)


def _planted_caught(case, needle: str) -> bool:
    """Whether the planted error whose story contains ``needle`` is flagged in its span."""
    wrong = _planted(case, needle)
    found = check_facts(wrong.text, case.sources, case.story_date).unsupported
    return any(wrong.span[0] <= f.start < wrong.span[1] for f in found)


def test_faithful_paraphrase_is_fully_supported() -> None:
    article = (
        "Four workers were hurt when a storm ripped the roof from a Harbor Road warehouse in "
        "Eastbrook early on Saturday [1]. The National Weather Service measured gusts of 94 "
        'miles per hour [1]. "It sounded like a freight train," said owner Gail Porter [1].'
    )
    report = check_facts(article, [SOURCE])
    assert report.unsupported == ()
    assert report.supported >= 6
    assert report.score == 1.0


@pytest.mark.parametrize(
    ("article_form", "source_form"),
    [
        ("eleven people", "11 people"),
        ("11 people", "eleven people"),
        ("twenty-five people", "25 people"),
        ("on January 20", "on Jan. 20"),
        ("on Sept. 30", "on September 30"),
        ("on 20 January 2024", "on January 20, 2024"),
        ("a $48 million budget", "a 48 million dollar budget"),
        ("a 48 million dollars budget", "a $48m budget"),
        ("in 2 hours, 6 minutes and 31 seconds", "in 2:06:31"),
        ("a 5.2% rise", "a 5.2 percent rise"),
        ("a 5.2 per cent rise", "a 5.2% rise"),
        ("1,200 people", "1200 people"),
        ("at 3:15 p.m.", "at 3:15 pm"),
        ("at 8 p.m.", "at 8pm"),
        ("3 kilometres away", "3 km away"),
        ("the 58-year-old", "Pike, aged 58,"),
        ("a 3-1 win", "a 3–1 win"),
        ("at 9.40 a.m.", "at 9:40 a.m."),
        ("at 3,100m", "at 3,100 metres"),
        ("a 4-5 percent rise", "a rise of between 4% and 5%"),
        ("10-15cm of snow", "10 to 15 cm of snow"),
        ("1.5m nets", "1.5 million nets"),
        ("by seven votes to four", "a 7-4 vote"),
        ("voted 9 to 2", "by nine votes to two"),
        ("a goal after 12 minutes", "a goal in the 12th minute"),
        ("a time of 48:12", "a time of 48 minutes 12 seconds"),
        ("nearly three decades", "27 years"),
        ("about 1,200 people", "1,187 people"),
        ("more than 300 people", "312 people"),
    ],
)
def test_equivalent_forms_match(article_form: str, source_form: str) -> None:
    source = f"The council reported {source_form} in the town of Eastbrook."
    article = f"The council reported {article_form} in the town of Eastbrook [1]."
    report = check_facts(article, [source], date(2024, 1, 22))
    assert report.unsupported == (), report
    assert report.supported >= 1


def test_curly_and_straight_quotes_and_ellipsis_match() -> None:
    source = "“We will rebuild this town, whatever it costs,” Mayor Ana Ruiz said on Sunday."
    article = 'Mayor Ana Ruiz said: "We will rebuild this town ... whatever it costs." [1]'
    assert unsupported(article, [source]) == []


def test_wrong_number_is_flagged_with_its_exact_span() -> None:
    article = "Five workers were hurt when the storm hit the warehouse on Saturday [1]."
    report = check_facts(article, [SOURCE])
    assert [(f.kind, f.text) for f in report.unsupported] == [("number", "Five")]
    fact = report.unsupported[0]
    assert article[fact.start : fact.end] == fact.text


def test_value_moved_from_injured_to_dead_is_flagged() -> None:
    # 12 exists in the source, but it is the number of injured people.
    article = "Twelve people were killed and three were injured in a crash on Route 9 [1]."
    assert ("number", "Twelve") in unsupported(article)


def test_swapped_figures_are_flagged() -> None:
    source = "The budget includes $18.5 million for road repairs and $7 million for a library."
    article = "The plan sets aside $7 million for road repairs and $18.5 million for a library [1]."
    flagged = unsupported(article, [source])
    assert ("number", "$7 million") in flagged


def test_quote_given_to_the_wrong_speaker_is_flagged() -> None:
    article = '"The roof is simply gone," owner Gail Porter said [1].'
    assert unsupported(article) == [("quote", "The roof is simply gone,")]


def test_quote_given_by_pronoun_is_attributed_to_the_last_named_speaker() -> None:
    source = (
        'Mayor Ana Ruiz opened the bridge. "It took ten years," Ruiz said.\n'
        'Engineer Bo Lind disagreed. "It is still too narrow," he said.'
    )
    right = 'Ana Ruiz, the mayor, opened the bridge. "It took ten years," she said [1].'
    wrong = 'Ana Ruiz, the mayor, opened the bridge. "It is still too narrow," she said [1].'
    assert unsupported(right, [source]) == []
    assert unsupported(wrong, [source]) == [("quote", "It is still too narrow,")]


def test_a_speaker_before_a_relative_clause_is_the_speaker() -> None:
    source = (
        "Tomas Brenner, who farms near Vell and chairs the Lerrin Growers' Cooperative, said: "
        '"You cannot grow potatoes in dust." Minister Ada Kell said: "Aid will come."'
    )
    right = '"You cannot grow potatoes in dust," said Tomas Brenner [1].'
    wrong = '"You cannot grow potatoes in dust," said Ada Kell [1].'
    assert unsupported(right, [source]) == []
    assert unsupported(wrong, [source]) == [("quote", "You cannot grow potatoes in dust,")]


def test_hard_wrapped_sources_keep_their_sentences_and_quotes() -> None:
    source = (
        "Opposition leader Graham Tolley, an independent councillor, said the change\n"
        "would lead to more fly-tipping. Incidents in the borough rose from 2,140 in\n"
        "2024 to 2,610 in 2025.\n"
        "\n"
        '"People already dump mattresses in the lanes. Give them half the collections\n'
        'and you will see bin bags next to them," he said.\n'
        "\n"
        'Councillor Sunita Bhamra said: "Most families will manage."'
    )
    right = (
        "Fly-tipping rose to 2,610 incidents in 2025, said Graham Tolley [1]. "
        '"People already dump mattresses in the lanes," he said [1].'
    )
    assert unsupported(right, [source]) == []
    wrong = '"People already dump mattresses in the lanes," said Sunita Bhamra [1].'
    assert unsupported(wrong, [source]) == [
        ("quote", "People already dump mattresses in the lanes,")
    ]


def test_a_plural_apostrophe_at_a_wrapped_line_end_does_not_end_the_sentence() -> None:
    source = (
        "Darren Molloy, branch secretary of the Emergency Care Workers'\n"
        'Union, said staff were exhausted. "A 47-minute average for strokes\n'
        'is nothing to celebrate."\n\nChief executive Lorna Fairbairn was pleased.'
    )
    right = '"A 47-minute average for strokes is nothing to celebrate," said Darren Molloy [1].'
    assert unsupported(right, [source]) == []
    wrong = right.replace("Darren Molloy", "Lorna Fairbairn")
    assert unsupported(wrong, [source]) == [
        ("quote", "A 47-minute average for strokes is nothing to celebrate,")
    ]


def test_hedged_figure_outside_its_tolerance_is_flagged() -> None:
    source = "The firm employs 1,187 people at 12 sites."
    assert unsupported("The firm has about 1,200 staff [1].", [source]) == []
    assert unsupported("The firm has about 1,400 staff [1].", [source]) == [("number", "1,400")]
    assert unsupported("It has nearly 1,100 staff [1].", [source]) == [("number", "1,100")]


def test_acronyms_stand_for_the_sources_names() -> None:
    source = "The Verano Rail Authority said trains would run. The WHO sent nets."
    article = "The VRA said trains would run, and the World Health Organization sent nets [1]."
    assert unsupported(article, [source]) == []
    assert unsupported("The VRB said trains would run [1].", [source]) == [("name", "VRB")]


def test_altered_quote_is_flagged() -> None:
    article = '"It sounded like a bomb," Porter said [1].'
    assert unsupported(article) == [("quote", "It sounded like a bomb,")]


def test_year_moved_to_another_event_is_flagged() -> None:
    article = "The warehouse, which opened in 2015, was repaired in 2015 [1]."
    assert ("date", "2015") in unsupported(article)


def test_year_contradicting_the_story_date_is_flagged() -> None:
    source = "The council approved the budget on Tuesday."
    assert unsupported("The council approved the 2024 budget on Tuesday [1].", [source],
                       story_date=date(2024, 1, 20)) == []  # fmt: skip
    assert unsupported("The council approved the 2023 budget on Tuesday [1].", [source],
                       story_date=date(2024, 1, 20)) == [("date", "2023")]  # fmt: skip


def test_invented_name_is_flagged_known_names_are_not() -> None:
    article = "Police chief Maria Lopez and owner Gail Porter visited the warehouse [1]."
    assert unsupported(article) == [("name", "Maria Lopez")]


def test_weekday_is_checked_and_derived_from_dates() -> None:
    source = "The bridge will close on March 3, 2025, the department said."
    assert unsupported("The bridge will close on Monday, March 3 [1].", [source]) == []
    assert ("date", "Tuesday") in unsupported(
        "The bridge will close on Tuesday, the department said [1].",
        ["The bridge will close on Monday, the department said."],
    )


def test_cited_source_is_preferred() -> None:
    sources = ["Three people died in the fire.", "Three schools closed after the flood."]
    report = check_facts("Three people died in the fire [1].", sources)
    assert report.unsupported == ()


DERIVE_SOURCE = (
    "The food bank handed out 1,240 parcels in February, against a target of 1,500. "
    "Trams will run every 20 minutes from July. The wall is 2.4 metres high. "
    "Building it took the past year. The depot will open next year.\n"
    "Lena Ortiz won the half marathon in 1:04:52. The full marathon was won in 2:06:31 by Ken "
    "Oda. Ana Ruiz scored in the 52nd minute."
)


@pytest.mark.parametrize(
    "article",
    [
        "The food bank gave out 1,240 parcels, 260 short of its 1,500 target [1].",
        "Trams will run three an hour from July [1].",
        "Building the 2.4m wall took 12 months [1].",
        "The depot will open in 2026 [1].",
        "Ortiz won in one hour, four minutes and fifty-two seconds [1].",
        "Ruiz scored in the second half [1].",
    ],
)
def test_values_derived_from_their_passage_are_supported(article: str) -> None:
    assert unsupported(article, [DERIVE_SOURCE], story_date=date(2025, 3, 1)) == []


@pytest.mark.parametrize(
    ("article", "wrong"),
    [
        ("The food bank gave out 1,240 parcels, 280 short of its 1,500 target [1].", "280"),
        ("Trams will run four an hour from July [1].", "four"),
        ("Building the wall took 18 months [1].", "18 months"),
        ("The depot will open in 2027 [1].", "2027"),
        ("Ortiz won in two hours, six minutes and 31 seconds [1].", "two hours"),
        ("Ruiz scored in the first half [1].", "first"),
    ],
)
def test_wrong_or_moved_values_are_not_derived(article: str, wrong: str) -> None:
    flagged = unsupported(article, [DERIVE_SOURCE], story_date=date(2025, 3, 1))
    assert any(text.startswith(wrong) for _, text in flagged), flagged


WORKED_SOURCE = (
    "The operator is adding 12 electric buses to its fleet of 88. "
    "Ridership reached 14,200 a day, up from 11,900 a year earlier. "
    "The river peaked at 4.7 metres; the flood wall is 3.9 metres high. "
    "Of the 1,800 homes, 540 will be affordable. The strike will last 72 hours. "
    "His team analysed 212 images from nine nights. The club has 22 points, with two games left. "
    "Rescuers brought down 11 climbers and 3 guides. The port handles 40% of the trade. "
    "The new library will be three times the size of the old one. "
    "He was jailed for 30 months. The mirror travelled at 5 km per hour. The vote was 41 to 12."
)


WORKED_SOURCE_2 = (
    "The company first sought permission for 55 turbines. The plan approved on Monday is "
    "for 42 turbines, each rated at 5.5 megawatts.\n"
    "Officers seized 1.2 tonnes of cocaine. The drugs have a street value of £96 million."
)


@pytest.mark.parametrize(
    ("article", "how"),
    [
        ("The new buses take the fleet to 100 [1].", "88 + 12"),
        ("Ridership is 2,300 a day higher than a year earlier [1].", "14,200 - 11,900"),
        ("The river topped the 3.9m wall by 80cm [1].", "4.7 metres - 3.9 metres"),
        ("Some 30 percent of the 1,800 homes will be affordable [1].", "540 of 1,800"),
        ("The strike will last three days [1].", "72 hours"),
        ("The 42 turbines will give 231 megawatts [2].", "42 x 5.5 megawatts"),
        (
            "The 1.2 tonnes of cocaine were worth £80,000 a kilogram [2].",
            "£96 million / 1.2 tonnes",
        ),
        ("The scheme has 13 turbines fewer than first sought [2].", "55 - 42"),
    ],
)
def test_worked_out_values_are_supported_with_their_working(article: str, how: str) -> None:
    report = check_facts(article, [WORKED_SOURCE, WORKED_SOURCE_2])
    assert report.unsupported == ()
    assert how in [w for _, w in report.worked_out], report.worked_out


@pytest.mark.parametrize(
    ("article", "wrong"),
    [
        # One step from a figure and a small one next to it: a slip, not a sum (212 + 9).
        ("His team analysed 221 images from nine nights [1].", "221"),
        ("The club has 24 points, with two games left [1].", "24"),
        # Climbers and guides are no sum of climbers.
        ("Rescuers brought down 14 climbers [1].", "14"),
        # A small count is worked out only when a word says so.
        ("The club has two games left and four wins [1].", "four"),
        ("The fleet will grow to 110 [1].", "110"),
    ],
)
def test_slips_are_not_taken_for_worked_out_values(article: str, wrong: str) -> None:
    flagged = unsupported(article, [WORKED_SOURCE])
    assert any(text.startswith(wrong) for _, text in flagged), flagged


@pytest.mark.parametrize(
    "article",
    [
        "The port handles roughly two-fifths of the trade [1].",
        "The old library is a third of the size of the new one [1].",
        "He was sentenced to two and a half years [1].",
        "The mirror moved at up to 5km/h [1].",
        "Councillors voted 41-12 for the plan [1].",
    ],
)
def test_shares_halves_speeds_and_votes_in_other_words(article: str) -> None:
    assert unsupported(article, [WORKED_SOURCE]) == []


def test_what_is_left_of_a_whole_stated_earlier() -> None:
    sources = [
        "A pensions administrator who stole £1.34 million was jailed on Thursday.",
        "The fund said it had so far recovered £410,000 and would pursue the rest.",
    ]
    ok = (
        "An administrator who stole £1.34m has been jailed [1].\n\n"
        "The fund has recovered £410,000, leaving £930,000 to pursue [2]."
    )
    report = check_facts(ok, sources)
    assert report.unsupported == ()
    assert "£1.34 million - £410,000" in {how for _, how in report.worked_out}
    wrong = ok.replace("£930,000", "£950,000")
    assert unsupported(wrong, sources) == [("number", "£950,000")]


def test_a_share_given_as_a_bound() -> None:
    source = ["Road users lodged 1,940 claims in 2025, and the council paid out on 612."]
    ok = "Of 1,940 claims, fewer than a third succeeded [1]."
    report = check_facts(ok, source)
    assert report.unsupported == ()
    assert "612 of 1,940" in {how for _, how in report.worked_out}
    assert unsupported("Of 1,940 claims, fewer than a fifth succeeded [1].", source) == [
        ("number", "a fifth")
    ]
    # 1,912 of 6,480 is 29.5%: still "fewer than a third", as a writer would put it.
    race = ["Of the 6,480 starters, 1,912 had reached the finish when the race was stopped."]
    assert unsupported("Fewer than a third of the 6,480 starters finished [1].", race) == []


def test_wrong_shares_and_halves_are_flagged() -> None:
    assert unsupported("The port handles three-fifths of the trade [1].", [WORKED_SOURCE]) == [
        ("number", "three-fifths")
    ]
    flagged = unsupported("He was jailed for three and a half years [1].", [WORKED_SOURCE])
    assert flagged == [("number", "three and a half years")]


RESULTS_SOURCE = (
    "Vote: 7 for, 4 against, 1 abstention. Crews starting: 146. Did not finish: 9.\n"
    "Ashdown was the pick of the attack with 4 for 39, while Oduya took 3 for 41.\n"
    "The film took $41.3 million on 3,812 screens. The harvest was 18,400 tonnes, against "
    "23,000 tonnes last year. The museum's floor space has grown by a third. "
    "The 07:45 ferry was held in harbour and left at 11:20.\n"
    "Callum Fry, regional officer of the Shopworkers' Alliance, said: \"Staff found out from "
    "a notice.\" Women's eights: 1 Tamsford BC; 2 Lady Anne College BC."
)


@pytest.mark.parametrize(
    "article",
    [
        "The committee approved it by seven votes to four [1].",
        "Of the 146 crews that started, nine did not finish [1].",
        "Ashdown was the pick of the attack with four for 39 [1].",
        "The film averaged about $10,800 a screen [1].",
        "The harvest was a fifth less than last year's [1].",
        "Last year's harvest was a quarter more than this year's [1].",
        "The museum is a third larger than before [1].",
        "The ferry left 3 hours 35 minutes late [1].",
        '"Staff found out from a notice," said Callum Fry of the Shopworkers\' Alliance [1].',
        "Lady Anne College finished second [1].",
    ],
)
def test_results_tables_tallies_averages_and_changes(article: str) -> None:
    assert unsupported(article, [RESULTS_SOURCE]) == []


@pytest.mark.parametrize(
    ("article", "wrong"),
    [
        ("The committee approved it by seven votes to five [1].", "seven votes to five"),
        ("Ashdown was the pick of the attack with four for 41 [1].", "four for 41"),
        ("The film averaged about $12,800 a screen [1].", "$12,800"),
        ("The harvest was a quarter less than last year's [1].", "a quarter"),
        ("The ferry left 3 hours 25 minutes late [1].", "3 hours 25 minutes"),
    ],
)
def test_wrong_tallies_averages_and_changes_are_flagged(article: str, wrong: str) -> None:
    flagged = unsupported(article, [RESULTS_SOURCE])
    assert any(text.startswith(wrong) for _, text in flagged), flagged


BILLS_SOURCE = (
    "The average water bill will rise by £96 to £612 a year from October 1. The standing "
    "charge will go from 18.5p to 21.2p a day. The firm made 41 of its 50 leakage repairs on "
    "time, and 93% of customers paid by direct debit. The toll for cars will rise from £4.80 "
    "to £5.40."
)


@pytest.mark.parametrize(
    ("article", "how"),
    [
        ("The bill goes up £96, or £8 a month [1].", "£96 a year"),
        ("Drivers face a 60p rise in the car toll [1].", "£5.40 - £4.80"),
        ("It made 82 percent of its leakage repairs on time, 41 of 50 [1].", "41 of 50"),
    ],
)
def test_pence_periods_and_shares_given_beside_a_stated_percentage(article: str, how: str) -> None:
    report = check_facts(article, [BILLS_SOURCE])
    assert report.unsupported == ()
    assert how in [w for _, w in report.worked_out], report.worked_out


def test_times_of_day_a_stated_duration_apart_and_scheduled_meetings() -> None:
    source = [
        "Firefighters were called at 11.52pm on Tuesday. The woman was reached by crews 40 "
        "minutes after the first call. The report goes to the cabinet, which meets on "
        "Tuesday. Greyholm Point Lighthouse was built in 1871 and automated in 1989, when\n"
        "its last keepers left."
    ]
    day = date(2026, 2, 26)  # a Thursday
    ok = (
        "Crews reached her at 12.32am, 40 minutes after the call [1]. The report goes to the "
        "cabinet on March 3 [1]. The 155-year-old lighthouse was automated in 1989 [1]."
    )
    report = check_facts(ok, source, day)
    assert report.unsupported == ()
    assert "11.52pm + 40 minutes" in {how for _, how in report.worked_out}
    wrong = "Crews reached her at 12.42am, 40 minutes after the call [1]."
    assert unsupported(wrong, source, story_date=day) == [("number", "12.42am")]


@pytest.mark.parametrize(
    ("article", "wrong"),
    [
        # "31 more volunteers" counts volunteers: no sum of volunteers and centres.
        ("The trust needs 31 more volunteers to keep all nine centres open [1].", "31"),
        # "about 40" is no 26 + 9 (a rounded figure is close, not a bucket).
        ("Twenty-six engines and about 40 firefighters went to the scene [1].", "40"),
        # "four of them" is no part of a number; 18 months is no "two years".
        ("Seventeen were taken to hospital; four of them were seriously hurt [1].", "four"),
        ("The appeal ran for two years [1].", "two years"),
    ],
)
def test_loose_workings_are_refused(article: str, wrong: str) -> None:
    source = [
        "The trust said it needed another 40 volunteers to keep all nine centres open. "
        "Twenty-six engines and 50 firefighters attended, and nine crews stood by. "
        "Seventeen people were taken to hospital, 13 of them with minor injuries, and three "
        "were seriously hurt. The appeal ran for 18 months."
    ]
    assert ("number", wrong) in unsupported(article, source)


def test_ages_since_a_founding_year_and_gaps_between_race_times() -> None:
    source = [
        "Kellerby won the final on Sunday, beating Thornmere by a length. Kellerby finished "
        "in 6:12 and Thornmere in 6:16. The club, founded in 1887, has 410 members."
    ]
    day = date(2026, 7, 6)
    ok = (
        "Kellerby won the final, finishing four seconds ahead of Thornmere [1]. "
        "The 139-year-old club has 410 members [1]."
    )
    report = check_facts(ok, source, day)
    assert report.unsupported == ()
    assert {how for _, how in report.worked_out} == {"6:16 - 6:12", "2026 - 1887"}
    wrong = (
        "Kellerby won the final, finishing five seconds ahead of Thornmere [1]. "
        "The 137-year-old club has 410 members [1]."
    )
    flagged = unsupported(wrong, source, story_date=day)
    assert flagged == [("number", "five seconds"), ("number", "137-year-old")]


@pytest.mark.parametrize(
    ("article", "wrong"),
    [
        ("The bill goes up £96, or £9 a month [1].", "£9"),
        ("The daily standing charge rises to 18.5p [1].", "18.5p"),  # "a day" is "daily"
        ("Drivers face a 70p rise in the car toll [1].", "70p"),
    ],
)
def test_wrong_pence_and_periods_are_flagged(article: str, wrong: str) -> None:
    assert ("number", wrong) in unsupported(article, [BILLS_SOURCE])


HOCKEY_SOURCE = (
    "The Otters beat the Hawks 4-2 on Saturday. The Hawks led 2-0 after the first period. "
    "Otters captain Ruairi Dowd scored twice, and Aaron Melby found the empty net with 41 "
    "seconds left after Jack Ferns had made it 3-2. Project manager Kiran Mehra said the "
    "new ice plant cost £1.2 million. The owners run 26 gyms; seven will close."
)


def test_a_name_in_another_persons_place_is_flagged() -> None:
    faithful = "Aaron Melby found the empty net with 41 seconds left [1]."
    assert unsupported(faithful, [HOCKEY_SOURCE]) == []
    moved = "Jack Ferns found the empty net with 41 seconds left [1]."
    assert unsupported(moved, [HOCKEY_SOURCE]) == [("name", "Jack Ferns")]
    # Two names trading places inside one sentence are not told apart (a known limit).


def test_one_letter_surname_change_is_flagged() -> None:
    flagged = unsupported("Project manager Kiran Mehr praised the ice plant [1].", [HOCKEY_SOURCE])
    assert flagged == [("name", "Kiran Mehr")]


def test_merged_neighbour_sentences_and_partitives_are_supported() -> None:
    article = (
        "The Otters came from 2-0 down to beat the Hawks 4-2 [1]. "
        "The owners are closing seven of their 26 gyms [1]."
    )
    assert unsupported(article, [HOCKEY_SOURCE]) == []


def test_weekdays_of_future_events_resolve_ahead_of_the_story_date() -> None:
    source = [
        "The union said on Tuesday that the strike will start on Monday. "
        "The museum reopens next March. The old wing closed last Friday."
    ]
    day = date(2025, 6, 12)  # a Thursday
    ok = (
        "The union announced on June 10 that the strike would begin on June 16 [1]. "
        "The museum reopens in March 2026 [1]. The old wing closed on June 6 [1]."
    )
    assert unsupported(ok, source, story_date=day) == []
    wrong = "The museum reopens in March 2025 [1]. The old wing closed on June 13 [1]."
    assert unsupported(wrong, source, story_date=day) == [
        ("date", "March 2025"),
        ("date", "June 13"),
    ]


def test_relative_days_in_sources_resolve_against_the_story_date() -> None:
    source = [
        "The council approved the plan last Tuesday. Work starts this month. "
        "Mayor Jo Bell resigned yesterday."
    ]
    day = date(2025, 3, 14)  # a Friday
    ok = "The council approved the plan on March 11 [1]. Work starts in March [1]."
    assert unsupported(ok, source, story_date=day) == []
    assert unsupported("Jo Bell resigned on Thursday [1].", source, story_date=day) == []
    # A resolved day belongs to its own event: moved to another, it is flagged.
    moved = unsupported("Jo Bell resigned on March 11 [1].", source, story_date=day)
    assert moved == [("date", "March 11")]
    assert unsupported("Work starts in April [1].", source, story_date=day) == [("date", "April")]


def test_dates_relative_to_weeks_and_to_other_dates() -> None:
    source = [
        "The film opens in Japan on Dec. 4 and in South Korea a week later. "
        "The union will name strike dates next week. "
        "Picking is due to finish on Friday of next week. "
        "The next sale takes place on February 12. "
        "Their next match is at home to Brackley on Sunday."
    ]
    day = date(2025, 11, 27)  # a Thursday
    ok = (
        "It reaches South Korea on December 11 [1]. Strike dates come in the week beginning "
        "December 1 [1]. Picking ends on December 5 [1]. The next sale is on February 12, "
        "2026 [1]. They host Brackley on November 30 [1]."
    )
    assert unsupported(ok, source, story_date=day) == []
    wrong = (
        "It reaches South Korea on December 14 [1]. Picking ends on November 28 [1]. "
        "The next sale is on February 12, 2024 [1]."
    )
    assert unsupported(wrong, source, story_date=day) == [
        ("date", "December 14"),
        ("date", "November 28"),
        ("date", "February 12, 2024"),
    ]


def test_weekdays_of_sure_future_and_of_past_statements() -> None:
    source = [
        "The pensions committee will consider a divestment motion on Tuesday. "
        "The insurers said on Tuesday that the storm will cost them €640m."
    ]
    day = date(2026, 6, 3)  # a Wednesday
    ok = (
        "The committee will consider the motion on June 9 [1]. The insurers said on June 2 "
        "that the storm will cost €640m [1]."
    )
    assert unsupported(ok, source, story_date=day) == []
    wrong = "The committee will consider the motion on June 2 [1]."
    assert unsupported(wrong, source, story_date=day) == [("date", "June 2")]


def test_last_year_is_the_year_before_the_storys_whatever_else_the_sentence_names() -> None:
    source = [
        "Night flights rose to 1,940 last year from 1,610 in 2024. The show drew 94,300, up "
        "from 87,600 last year and the highest attendance since the record 101,200 of 2018."
    ]
    day = date(2026, 1, 16)
    ok = (
        "Night flights climbed to 1,940 in 2025 from 1,610 in 2024 [1]. Attendance was the "
        "highest since 2018, when a record 101,200 came [1]."
    )
    assert unsupported(ok, source, story_date=day) == []
    wrong = "Night flights climbed to 1,940 in 2023 [1]."
    assert unsupported(wrong, source, story_date=day) == [("date", "2023")]


def test_nationalities_and_present_tense_fixtures() -> None:
    source = [
        "Welsh qualifier Owen Pritchard beat Callum Dreyer 5-3. The dead were all Dutch "
        "nationals. Final-round matches are played on Monday."
    ]
    day = date(2025, 10, 25)  # a Saturday
    ok = (
        "Owen Pritchard, from Wales, beat Callum Dreyer 5-3 [1]. The dead were from the "
        "Netherlands [1]. He plays again on Monday, October 27 [1]."
    )
    assert unsupported(ok, source, story_date=day) == []
    assert unsupported("Owen Pritchard, from Scotland, won [1].", source) == [("name", "Scotland")]


def test_two_days_sharing_one_month_and_parts_including_a_figure() -> None:
    source = [
        "The railway will hold a 1940s weekend on 16 and 17 May. The deal values the club "
        "at about £14.5 million including debts of £3.2 million."
    ]
    ok = (
        "A 1940s weekend on May 16 and 17 will feature visiting engines [1]. The deal puts "
        "the club's value at about £14.5m, including £3.2m of debt [1]."
    )
    assert unsupported(ok, source) == []
    assert unsupported("A 1940s weekend on May 16 and 18 is planned [1].", source) == [
        ("date", "18")
    ]


def test_a_range_is_not_a_change() -> None:
    source = [
        "The bottle had been estimated at £60,000 to £80,000, with a 20% premium. "
        "The toll for cars will rise from £4.80 to £5.40, and 15% off for account holders."
    ]
    assert unsupported("The toll rises from £4.80 to £5.40, up 12.5% [1].", source) == []
    flagged = unsupported("It was estimated at £60,000-£80,000, with a 25% premium [1].", source)
    assert flagged == [("number", "25%")]


def test_a_change_is_between_figures_of_one_sentence() -> None:
    apart = [
        "The prison released 876 inmates early last year. Over the same months it "
        "admitted 1,095 people."
    ]
    assert unsupported("Admissions were up 25% on releases [1].", apart) == [("number", "25%")]
    together = ["The prison released 876 inmates last year, against 1,095 the year before."]
    assert unsupported("Releases fell 20% [1].", together) == []


def test_a_figure_given_once_is_not_two_facts_of_one_paragraph() -> None:
    source = [
        "Jonas Lindqvist scored at 17:52 of the first period and Marty Kowal at 18:40. "
        "His rounds were 69, 67, 66 and 66."
    ]
    ok = "Lindqvist scored at 17:52 and Kowal at 18:40 [1]. He shot 69, 67, 66 and 66 [1]."
    assert unsupported(ok, source) == []
    twice = "Lindqvist scored at 17:52, and Kowal added another at 17:52 [1]."
    assert unsupported(twice, source) == [("number", "17:52")]


def test_the_moved_one_of_two_equal_mentions_is_told_by_its_neighbours() -> None:
    source = [
        "In the semi-finals Lowry beat Hannah Crewe 21-17 and Patel defeated Joan Whitlock "
        "21-9. The Kings shot 44 percent from the field and committed 17 turnovers."
    ]
    moved = (
        "On the way to the final, Lowry beat Joan Whitlock, while Patel saw off "
        "Joan Whitlock 21-9 [1]."
    )
    flagged = unsupported(moved, source)
    assert ("name", "Joan Whitlock") in flagged and len(flagged) == 1
    assert moved.index("Joan") == _flag_starts(moved, source)[0]
    twice = (
        "They hit 44 percent of their three-point attempts, while the Kings shot 44 percent "
        "from the field [1]."
    )
    starts = _flag_starts(twice, source)
    assert twice.index("44") in starts and twice.rindex("44") not in starts


def test_roles_opening_a_sentence_in_brackets_and_in_clauses() -> None:
    source = [
        "Referee Glen Mottram stepped in after the third knockdown. Reyes's trainer, Colm "
        "Denny, said the early rounds were his. Councillor Fiona Dalgety (chair) noted the "
        "officer's advice. Isobel MacRae, chair of Carrow Community Council, will appeal.",
        "Its chairman, Howard Pym, said night flights had risen. Save Carrow Moor, chaired "
        "by retired vet Owen Pargeter, will seek a review. Cllr Hugh Drummond, cabinet "
        "member for communities, promised £20,000.",
    ]
    ok = (
        "The referee, Glen Mottram, stopped it after a third knockdown [1]. Committee chair "
        "Fiona Dalgety noted the officer's advice [1]. Isobel MacRae, who chairs Carrow "
        "Community Council, will appeal [1]. Howard Pym, who chairs the group, said night "
        "flights had risen [2]. Its chairman, Owen Pargeter, wants a review [2]. Cllr Hugh "
        "Drummond, the cabinet member for communities, promised £20,000 [2]."
    )
    assert unsupported(ok, source) == []
    for moved, name in [
        ("The referee, Colm Denny, stopped it after a third knockdown [1].", "referee, Colm Denny"),
        ("Committee chair Isobel MacRae noted the officer's advice [1].", "chair Isobel MacRae"),
        ("The trainer, Howard Pym, said night flights had risen [2].", "trainer, Howard Pym"),
    ]:
        assert unsupported(moved, source) == [("name", name)], moved


def test_clock_times_glued_to_am_pm_and_field_lines() -> None:
    source = [
        "Start: Gull Point, Isle of Tarn, 05:48\n"
        "Finish: Kessock Slip, Port Kessock, 17:30:09\n"
        "Elapsed time: 11 hr 42 min 09 sec\n\n"
        "Association secretary Alun Brice said: \"Nadia Ferrow's swim was textbook. She never "
        'looked in trouble, even when the tide turned."'
    ]
    ok = (
        "She set off from Gull Point at 5:48am and touched Kessock Slip at 5:30:09pm, an "
        "elapsed time of 11 hours 42 minutes 9 seconds [1]. Alun Brice called the swim "
        '"textbook" and said Ferrow "never looked in trouble, even when the tide turned" [1].'
    )
    assert unsupported(ok, source) == []
    assert unsupported("She set off at 5:58am [1].", source) == [("number", "5:58am")]
    wrong = "She touched Kessock Slip at 5:30:09pm, 11 hours 43 minutes 9 seconds after [1]."
    assert unsupported(wrong, source) == [("number", "11 hours 43 minutes 9 seconds")]


def test_results_list_lines_and_party_labels() -> None:
    source = [
        "DECLARATION OF RESULT OF POLL\n\n"
        "BRENNAN, Tomas (Green Party): 1,284 votes (elected)\n"
        "CRAWLEY, Alison (Independent): 967 votes\n"
        "HOLLINS, Derek (Conservative Party): 412 votes\n"
        "MANDAL, Priya (Labour Party): 1,139 votes\n"
        "OKAFOR, Ruth (Liberal Democrats): 238 votes\n\n"
        "- Completions were 2,702, up 4% on a year earlier.\n"
        "- Work started on 2,184 homes, down 6% on October to December (2,323)."
    ]
    ok = (
        "Conservative Derek Hollins received 412 votes and Liberal Democrat Ruth Okafor 238 "
        "[1]. Completions rose 4% on a year earlier, to 2,702 [1]."
    )
    assert unsupported(ok, source) == []
    assert unsupported("Conservative Derek Hollins received 238 votes [1].", source) == [
        ("number", "238")
    ]
    assert unsupported("Labour Derek Hollins received 412 votes [1].", source) == [
        ("name", "Labour Derek Hollins")
    ]


def test_speakers_in_apposition_coordination_and_by_first_name() -> None:
    source = [
        'Party co-chair Helen Varga said: "This is a historic night for Greens in Daleside." '
        "Mark Oduya, the Labour agent, conceded defeat.",
        'Akinde has been coached by head coach Fiona Maddox. Fiona said: "Joel has always '
        'had the shots. What he has added this year is the belief that he belongs here."',
    ]
    ok = (
        "Helen Varga, the local Green Party's co-chair, called the result \"a historic night "
        'for Greens in Daleside" and said the ward had never elected a Green councillor '
        'before [1]. "What he has added this year is the belief that he belongs here," '
        "Maddox said [2]."
    )
    assert unsupported(ok, source) == []
    moved = 'Mark Oduya called the result "a historic night for Greens in Daleside" [1].'
    assert unsupported(moved, source) == [("quote", "a historic night for Greens in Daleside")]


def test_cycling_time_marks_are_times_not_quotes() -> None:
    source = [
        "Stage result:\n1. Mattias Lorentz (Halvard-Oria) 4h52'18\"\n"
        '2. Aurelio Benassi (Vireo Cycling) at 14"\n'
        "6. Pieter Dujardin (Team Stanbridge) at 2'05\"\n\n"
        '"I waited and waited," said Lorentz.'
    ]
    ok = (
        "Lorentz won in 4 hours 52 minutes 18 seconds, 14 seconds ahead of Benassi [1]. "
        'Dujardin was sixth at 2:05 [1]. "I waited and waited," Lorentz said [1].'
    )
    assert unsupported(ok, source) == []
    assert unsupported("Lorentz won in 4 hours 52 minutes 28 seconds [1].", source) == [
        ("number", "4 hours 52 minutes 28 seconds")
    ]


def test_an_age_gap_is_worked_out_from_two_ages() -> None:
    source = ["The calf's mother, Tamu, 11, and its father, Jabari, 19, came from Verhoeven."]
    assert unsupported("Jabari is eight years older than Tamu [1].", source) == []
    assert unsupported("Jabari is nine years older than Tamu [1].", source) == [
        ("number", "nine years")
    ]


def test_a_person_of_a_body_in_one_name() -> None:
    source = [
        '1. Aurelio Benassi (Vireo Cycling) at 14"\n2. Kieran Moss (Team Stanbridge) at '
        '31"\n3. Tomas Echeverri (Vireo Cycling) at 48"\n4. Felix Brandauer (Kestrel Pro) '
        "at 1'02\""
    ]
    assert unsupported("Aurelio Benassi of Vireo Cycling was first [1].", source) == []
    assert unsupported("Aurelio Benassi of Kestrel Pro was first [1].", source) == [
        ("name", "Aurelio Benassi of Kestrel Pro")
    ]


def test_a_results_line_gives_a_person_their_club_over_a_club_named_nearby() -> None:
    source = [
        "Women's final\n1. Nadia Pell (Corbridge Spinners) beat Hana Lusk 226-198\n"
        "2. Hana Lusk (Westfold Tenpins)\n3. Ruth Dace (Marl Hill Rollers)\n"
        "Team event: 1. Kestrel Lanes (captain Hana Lusk)\nLusk, 27, took silver."
    ]
    assert unsupported("Hana Lusk of Westfold Tenpins was second [1].", source) == []
    for club in ("Marl Hill Rollers", "Corbridge Spinners"):  # next line; her own line
        wrong = f"Hana Lusk of {club} was second [1]."
        assert unsupported(wrong, source) == [("name", f"Hana Lusk of {club}")]
    # A surname alone is a person when an age follows it.
    aged = "Lusk, 27, of Westfold Tenpins took silver [1]."
    assert unsupported(aged, source) == []
    assert unsupported(aged.replace("Westfold Tenpins", "Marl Hill Rollers"), source) == [
        ("name", "Marl Hill Rollers")
    ]
    # A club's code or a bracket that is not a club leaves the old test in charge.
    coded = ["Men's elite: 1 Owen Greer (NFOC) 34:18. Owen Greer runs for Nether Fell OC."]
    assert unsupported("Owen Greer of Nether Fell OC won in 34:18 [1].", coded) == []
    minute = [
        "Cllr Ada Venn (proposed Cllr R. Hale) was elected. Her group, the Moor Alliance, "
        "backed its leader Ada Venn."
    ]
    assert unsupported("Ada Venn of the Moor Alliance was elected [1].", minute) == []


def test_a_table_with_a_club_column_gives_a_person_their_club() -> None:
    source = [
        "Final standings\nPos | Rider | Club | Time\n1 | Ann Bale | Hexford CC | 1:02:11\n"
        "2 | Jo Crane | Tarn Wheelers | 1:02:40\n3 | Sid Orme | Hexford CC | 1:03:05"
    ]
    assert unsupported("Ann Bale of Hexford CC won the race [1].", source) == []
    assert unsupported("Ann Bale of Tarn Wheelers won the race [1].", source) == [
        ("name", "Ann Bale of Tarn Wheelers")
    ]


def test_a_total_of_label_lines_is_worked_out() -> None:
    source = [
        "The businesses\nArden Creamery employees: 210\nArden Creamery supplying farms: 46\n"
        "Tollow Dairy employees: 85\nTollow Dairy supplying farms: 19\n"
        "Both firms make cheese from local milk."
    ]
    ok = "Together the two firms employ 295 people and take milk from 65 farms [1]."
    assert unsupported(ok, source) == []
    assert unsupported(ok.replace("295", "305"), source) == [("number", "305")]
    assert unsupported(ok.replace("65 farms", "56 farms"), source) == [("number", "56")]


def test_a_small_addition_is_worked_out_when_the_article_gives_where_it_starts() -> None:
    source = ["Old Mill in figures\nPubs owned: 16\nBuyer's estate before the deal: 187 pubs"]
    ok = "Old Mill owns 16 pubs, which will take the estate from 187 to 203 [1]."
    assert unsupported(ok, source) == []
    assert unsupported(ok.replace("203", "205"), source) == [("number", "205")]
    # Without "from" the guard stands: 203 may be a slip of 187 or of 203 itself.
    assert unsupported("Old Mill owns 16 pubs; the estate will have 203 [1].", source) == [
        ("number", "203")
    ]


def test_a_bare_race_time_is_not_added_to_itself_as_a_time_of_day() -> None:
    source = ["Results: 1. Tom Reed 20:58, 2. Ian Moss 21:02, 3. Sam Pike 21:14."]
    ok = "Reed won in 20:58 and Pike was third in 21:14 [1]."
    assert unsupported(ok, source) == []
    # 20:58 as a time of day plus 20:58 as 20 minutes 58 seconds is about 21:19.
    assert unsupported(ok.replace("21:14", "21:19"), source) == [("number", "21:19")]


def test_two_figures_of_one_sentence_traded_between_their_names() -> None:
    source = [
        "Neighbouring Easterby charges £3.10 for a school lunch, and Caldmoor £2.85. "
        "Saturday's sessions drew 1,200 spectators, and Sunday's crowd of 1,850 was a record."
    ]
    ok = "Easterby charges £3.10 and Caldmoor £2.85 [1]. Sunday's crowd of 1,850 followed "
    ok += "1,200 spectators on Saturday [1]."
    assert unsupported(ok, source) == []
    swapped = ok.replace("£3.10 and Caldmoor £2.85", "£2.85 and Caldmoor £3.10")
    assert unsupported(swapped, source) == [("number", "£2.85"), ("number", "£3.10")]
    swapped = ok.replace("1,850 followed 1,200", "1,200 followed 1,850")
    assert unsupported(swapped, source)  # (here the passage test already has one of them)
    # The same figures told the other way round, each with its own name, are no swap.
    grants = [
        "It was funded by a £4.2 million grant from the Heritage Legacy Fund, £1.5 million "
        "from Ashcombe City Council and £2.1 million raised by the Trust's public appeal."
    ]
    told = "The Heritage Legacy Fund gave £4.2m, Ashcombe City Council £1.5m and the "
    told += "Trust's appeal £2.1m [1]."
    assert unsupported(told, grants) == []


def test_two_names_of_one_sentence_traded_between_their_figures() -> None:
    source = [
        "Resurfacing will close the slip roads at junction 9 at Brackenford on Monday and "
        "junction 12 at Ellisham on Tuesday."
    ]
    ok = "The slip roads at junction 9 at Brackenford and junction 12 at Ellisham close [1]."
    assert unsupported(ok, source) == []
    swapped = ok.replace(
        "Brackenford and junction 12 at Ellisham", "Ellisham and junction 12 at Brackenford"
    )
    flagged = unsupported(swapped, source)
    assert ("name", "Ellisham") in flagged and ("name", "Brackenford") in flagged
    # Named the other way round with their own figures, they stand.
    told = "Junction 12 at Ellisham and junction 9 at Brackenford close this week [1]."
    assert unsupported(told, source) == []
    # Results as lines say whose figure is whose when no sentence has both names.
    lines = ["Flowering spikes by compartment:\n1. North Pool - 612\n2. Cotton Flush - 455\n"]
    ok = "North Pool had the most spikes, 612, followed by Cotton Flush with 455 [1]."
    assert unsupported(ok, lines) == []
    swapped = ok.replace("North Pool", "X").replace("Cotton Flush", "North Pool")
    flagged = unsupported(swapped.replace("X", "Cotton Flush"), lines)
    assert ("name", "Cotton Flush") in flagged and ("name", "North Pool") in flagged


def test_who_beat_whom_and_where_a_thing_moves_keep_their_direction() -> None:
    source = [
        "The closest race was for vice-president, where Priya Sandhu beat Oscar Pelham. "
        "The feed station at the Hollin Pass Inn moves to Scarrow Village Hall."
    ]
    for ok in (
        "Priya Sandhu beat Oscar Pelham for vice-president [1].",
        "Oscar Pelham was beaten by Priya Sandhu for vice-president [1].",
        "The feed station moves from the Hollin Pass Inn to Scarrow Village Hall [1].",
    ):
        assert unsupported(ok, source) == [], ok
    flagged = unsupported("Oscar Pelham beat Priya Sandhu for vice-president [1].", source)
    assert flagged == [("name", "Oscar Pelham"), ("name", "Priya Sandhu")]
    moved = "The feed station moves from Scarrow Village Hall to the Hollin Pass Inn [1]."
    assert unsupported(moved, source) == [
        ("name", "Scarrow Village Hall"),
        ("name", "Hollin Pass Inn"),
    ]
    # Two meetings of the same sides: the one with the article's score speaks.
    results = [
        "Singles: Jenny Penn (Brackley Vale) beat Mary Oda (Hollins Park) 21-12.\n"
        "Pairs: Hollins Park (Sue Gray, Mary Oda) beat Brackley Vale 17-15."
    ]
    pairs = "Mary Oda won the pairs for Hollins Park, beating Brackley Vale 17-15 [1]."
    assert unsupported(pairs, results) == []


def test_a_quote_that_goes_on_from_the_sentence_before_keeps_its_speaker() -> None:
    source = [
        '"We kept telling each other there was one more in us," head coach Dana Whitlock '
        'said. "Callum doesn\'t score many, but he picked a good night for it."\n\n'
        "Sunita Rao, who has run the pharmacy for 18 years, said:\n"
        '"Most of my customers are elderly."\n\nHuskies coach Gordon Pyle was glum.'
    ]
    ok = (
        '"Callum doesn\'t score many," said head coach Dana Whitlock [1]. '
        '"Most of my customers are elderly," said Sunita Rao [1].'
    )
    assert unsupported(ok, source) == []
    wrong = ok.replace("head coach Dana Whitlock", "Huskies coach Gordon Pyle")
    assert unsupported(wrong, source) == [("quote", "Callum doesn't score many,")]
    wrong = ok.replace("said Sunita Rao", "said Gordon Pyle")
    assert unsupported(wrong, source) == [("quote", "Most of my customers are elderly,")]
    # A name set off before "he said" is what the quote is about, not who speaks.
    fight = [
        'Achterberg stopped Reyes in the ninth. "I told everybody it would end in the ninth," '
        'Achterberg said. "He\'s tough, but he started blinking at my jab in the sixth."'
    ]
    told = 'Achterberg stopped Reyes in the ninth [1]. Reyes, he said, "started blinking at '
    told += 'my jab in the sixth" [1].'
    assert unsupported(told, fight) == []


def test_a_quote_given_by_role_belongs_to_the_one_person_with_that_role() -> None:
    source = [
        "Neha Sood, defending, said Weddle was ashamed. Judge Miriam Oakes imposed a "
        'suspended sentence. "You were warned, twice, and you did too little," the judge '
        "told Weddle."
    ]
    for ok in (
        '"You were warned, twice," the judge told Weddle [1].',
        '"You were warned, twice," said Judge Miriam Oakes [1].',
    ):
        assert unsupported(ok, source) == [], ok
    wrong = '"You were warned, twice," Neha Sood told Weddle [1].'
    assert unsupported(wrong, source) == [("quote", "You were warned, twice,")]
    # 'said the retriever was "..."': the role after the verb is what the quote is about.
    show = [
        "Best in Show went to the retriever Brackenlea Tide Runner. Judge Patricia "
        'Veldhuis said the retriever was "a beautifully balanced bitch who never stopped".'
    ]
    called = 'Judge Patricia Veldhuis called the winner "a beautifully balanced bitch" [1].'
    assert unsupported(called, show) == []


def test_the_two_ends_of_a_change_told_the_wrong_way_round() -> None:
    source = ["The charge for heavy goods vehicles will rise from £4.50 to £6.00 in April."]
    for ok in (
        "Heavy goods vehicles will pay £6.00 instead of £4.50 [1].",
        "The lorry charge goes from £4.50 to £6.00 [1].",
    ):
        assert unsupported(ok, source) == [], ok
    wrong = "Heavy goods vehicles will pay £4.50 instead of £6.00 [1]."
    assert unsupported(wrong, source) == [("number", "£4.50"), ("number", "£6.00")]


def test_a_change_whose_ends_go_against_its_verb() -> None:
    source = [
        "The county's libraries are open for a combined 1,046 hours a week; under the "
        "plan this falls to 812 hours. Air cargo totalled 2,140 tons, down from 2,305 tons."
    ]
    for ok in (
        "The council will reduce opening from 1,046 hours a week to 812 [1].",
        "Cargo fell to 2,140 tons from 2,305 tons [1].",
        "Opening hours go from 1,046 a week to 812 [1].",
    ):
        assert unsupported(ok, source) == [], ok
    wrong = "The council will reduce opening from 812 hours a week to 1,046 [1]."
    assert unsupported(wrong, source) == [("number", "812 hours"), ("number", "1,046")]
    wrong = "Cargo went the other way, falling to 2,305 tons from 2,140 tons [1]."
    assert unsupported(wrong, source) == [("number", "2,305 tons"), ("number", "2,140 tons")]
    # Two changes of one sentence are told apart: "up from X, while ... rose to Y".
    results = ["Sales were £71.3m, up from £63.8m. Profit rose by £1.3m to £4.9m."]
    told = "Sales were £71.3m, up from £63.8m, while profit rose by £1.3m to £4.9m [1]."
    assert unsupported(told, results) == []


def test_two_figures_that_change_places_while_their_words_stay() -> None:
    source = [
        "The cross carries the names of 57 men who died in the First World War and 14 "
        "who died in the Second World War.",
        "1. Kingsmere Kestrels - played 18, won 16, lost 2",
    ]
    for ok in (
        "The cross carries the names, 57 from the First World War and 14 from the Second [1].",
        "The cross carries the names, 14 from the Second World War and 57 from the First [1].",
        # "won 16" before its figure, "16 wins" after: the words do not say whose is whose.
        "The Kestrels topped the table with 16 wins from 18 games [2].",
    ):
        assert unsupported(ok, source) == [], ok
    wrong = "The cross carries the names, 14 from the First World War and 57 from the Second [1]."
    assert unsupported(wrong, source) == [("number", "14"), ("number", "57")]


def test_a_number_that_names_one_thing_is_no_count_of_them() -> None:
    source = [
        "Season Final results\n\nFormula: 2-litre Saloon Stock Cars\nEntry: 34 cars\n\n"
        "- Winner: Callum Brierley (car 217), Leek\n- 2nd: Darren Ashworth (car 48), Buxton\n"
        "- 3rd: Kieran Moss (car 105), Uttoxeter\n- 4th: Lewis Hardcastle (car 9), Cheadle"
    ]
    ok = "The final for 2-litre Saloon Stock Cars was run with 34 cars entered [1]."
    assert unsupported(ok, source) == []
    assert unsupported(ok.replace("34", "36"), source) == [("number", "36")]


def test_a_results_line_with_a_comma_gives_its_name_the_figure() -> None:
    source = [
        "Championship points (final standings)\n1. Darren Ashworth, 1,412\n"
        "2. Callum Brierley, 1,387\n3. Kieran Moss, 1,205",
        "Darren Ashworth's second place was enough to give him the season's championship "
        "by 25 points.",
    ]
    ok = "Ashworth finished the season on 1,412 points, with Brierley on 1,387 and Moss on 1,205."
    assert unsupported(ok + " [1]", source) == []
    wrong = ok.replace("1,387", "X").replace("1,205", "1,387").replace("X", "1,205")
    assert unsupported(wrong + " [1]", source) == [("number", "1,205"), ("number", "1,387")]


def test_a_rise_between_two_stated_figures_despite_a_far_percentage() -> None:
    source = [
        "Repairs to the cliff railway will cost £1,246,000, up from the original estimate "
        "of £785,000, the council has confirmed.",
        "Seafront traders say the closure has hit business. One cafe owner said her takings "
        "were down by about 40 per cent over the summer. The council's original estimate of "
        "£785,000 was published in May.",
    ]
    ok = (
        "The final figure of £1,246,000 is £461,000 more than the original estimate of "
        "£785,000, which was published in May - a rise of almost 59 per cent [1][2]."
    )
    assert unsupported(ok, source) == []
    wrong = ok.replace("almost 59", "almost 69")
    assert unsupported(wrong, source) == [("number", "69 per cent")]


def test_the_team_right_before_a_score_is_one_of_its_sides() -> None:
    source = [
        "Marshfield Sevens - results\n\nSemi-final: Tollbridge Tigers 24 Marshfield RFC 12\n"
        "Semi-final: Harcourt Nomads 21 Kestrel Park 17\n"
        "Final: Tollbridge Tigers 29 Harcourt Nomads 19"
    ]
    ok = (
        "The Tigers reached the final by beating the hosts, Marshfield RFC, 24-12, while the "
        "Nomads edged out Kestrel Park 21-17 in the other semi-final [1]."
    )
    assert unsupported(ok, source) == []
    wrong = ok.replace("the hosts, Marshfield RFC,", "Kestrel Park")
    assert unsupported(wrong, source) == [("name", "Kestrel Park")]


def test_abbreviated_units_read_as_their_words() -> None:
    source = [
        "Liam Fairbrother, 27, of Kingsmere Harriers won the 10K in 33 minutes 12 seconds. "
        "The 5K was won by 14-year-old Oscar Pemberton in 17 minutes 40 seconds."
    ]
    ok = "The 5K was won by 14-year-old Oscar Pemberton in 17min 40sec [1]."
    assert unsupported(ok, source) == []
    # "17min 40sec" is the sentence's "17 minutes 40 seconds": told again, with another
    # name in the winner's place (and so his age wrong too).
    wrong = ok.replace("Oscar Pemberton", "Liam Fairbrother")
    assert ("name", "Liam Fairbrother") in unsupported(wrong, source)


def test_a_role_of_a_field_set_before_a_name() -> None:
    source = [
        "E-scooter trial: final report\nReport of the Director of Place, Graham Okoye\n\n"
        "The trial attracted 31,870 registered users.",
        "Cabinet member for transport Bethan Morrow said the trial had worked.",
    ]
    ok = (
        "A report by the council's director of place, Graham Okoye, shows the trial "
        "attracted 31,870 registered users [1]."
    )
    assert unsupported(ok, source) == []
    wrong = ok.replace("Graham Okoye", "Bethan Morrow")
    assert unsupported(wrong, source) == [("name", "director of place, Bethan Morrow")]
    # Titles after the comma still leave the role to the name: "the Rt Revd ...".
    bishop = [
        "Bishop Gerald Fane retired in March. The Bishop of Harnley, the Rt Revd Simon "
        "Okafor-Bell, has been acting as caretaker bishop in the meantime."
    ]
    told = "The Bishop of Harnley, Simon Okafor-Bell, has been caretaker bishop [1]."
    assert unsupported(told, bishop) == []


def test_a_results_line_club_after_an_age() -> None:
    source = [
        "Summer Regatta results\n\nJunior tug towing\n1. Isla Fairweather, 11 (Bramcote MBC)"
        "\n2. Sam Pryor, 12 (Wyvernmere MBC)\n\nTeam trophy: Wyvernmere MBC, 61 points."
    ]
    ok = "Isla Fairweather, 11, of Bramcote MBC won the junior tug towing [1]."
    assert unsupported(ok, source) == []
    wrong = ok.replace("Bramcote", "Wyvernmere")
    assert ("name", "Wyvernmere MBC") in unsupported(wrong, source)


def test_a_name_in_anothers_place_in_a_sentence_told_in_two() -> None:
    source = [
        "Local GP Dr Kenneth Imrie gave the Immortal Memory, Callum Fraser proposed the Toast "
        "to the Lassies, and Jean Abernethy gave the reply. Club captain Morag Skinner said "
        "every ticket had gone."
    ]
    ok = (
        "Local GP Dr Kenneth Imrie gave the Immortal Memory [1]. Callum Fraser proposed the "
        "Toast to the Lassies, and Jean Abernethy gave the reply [1]."
    )
    assert unsupported(ok, source) == []
    wrong = ok.replace("Jean Abernethy", "Morag Skinner")
    assert unsupported(wrong, source) == [("name", "Morag Skinner")]
    # A name closing an apposition ("a 17-year-old from Westley, won") is not the subject.
    results = [
        "2.5km | Men | 1 | Oscar Pennock | Carrow Masters | 31:09",
        "Freya Sandhu, a 17-year-old from Westley, won the women's 2.5km in her first season "
        "of open water racing.",
    ]
    told = (
        "In the 2.5km, Oscar Pennock won the men's race in 31:09 and Freya Sandhu the "
        "women's [1][2]. Sandhu, 17, is in her first season of open water racing [2]."
    )
    assert unsupported(told, results) == []


def test_words_a_report_swaps_for_backing_and_the_rest() -> None:
    source = [
        "The £1,850,000 conversion was supported by a £400,000 loan from the Hexford "
        "Regeneration Fund, with the balance coming from private investors and a bank loan. "
        "The warehouse was built in 1898 for the Hexford Milling Company."
    ]
    ok = (
        "The conversion was backed by a £400,000 loan from the Hexford Regeneration Fund, "
        "with the remaining £1.45m coming from private investors and a bank loan [1]."
    )
    assert unsupported(ok, source) == []
    wrong = ok.replace("Hexford Regeneration Fund", "Hexford Milling Company")
    assert unsupported(wrong, source) == [("name", "Hexford Milling Company")]


def test_a_labels_bracket_words_describe_its_value() -> None:
    source = [
        "Hallowfield Court welcomed a record number of visitors to its three Snowdrop "
        "Weekends this month.\n\nVisitors\nWeekend 1 (7-8 February): 1,210\n"
        "Weekend 2 (14-15 February, half-term): 2,035\nWeekend 3 (21-22 February): 1,617"
    ]
    ok = (
        "The garden opened on three weekends in February, and the half-term weekend of 14 "
        "and 15 February was the busiest, drawing 2,035 visitors [1]."
    )
    assert unsupported(ok, source) == []
    assert ("number", "four") in unsupported(ok.replace("three", "four"), source)


def test_a_hedged_worked_out_figure_stays_on_its_side() -> None:
    source = ["Turnout was 24.9%, against 19.3% last year."]
    told = "Turnout was 24.9%, up {} percentage points on last year's 19.3% [1]."
    for ok in ("more than five", "almost six", "5.6"):
        assert unsupported(told.format(ok), source) == [], ok
    for wrong in ("more than six", "almost five"):
        assert unsupported(told.format(wrong), source) != [], wrong


def test_named_days_of_the_calendar_are_no_names() -> None:
    source = ["One window opened each evening from 1 December to 24 December."]
    for ok in (
        "One window was revealed each evening from December 1 to Christmas Eve [1].",
        "The last window opened on the day before Christmas, not on New Year's Eve [1].",
        "There was no window on Boxing Day [1].",
    ):
        assert unsupported(ok, source) == [], ok
    # A person called Eve is still a name to find.
    assert unsupported("Eve Rowlands opened the first window [1].", source) == [
        ("name", "Eve Rowlands")
    ]


def test_a_citation_of_a_missing_source_cites_nothing() -> None:
    # check_facts is public (and behind `aibot check-facts`): a story citing [3] of two
    # sources is checked against the sources there are, never an IndexError.
    sources = ["Total costs: £47,590. Entry: 34 cars.", "The final drew 2,600 people."]
    story = "Total costs came to £47,590, with 34 cars entered [3]. About 2,600 watched [7]."
    assert unsupported(story, sources) == []
    assert unsupported(story.replace("2,600", "2,900"), sources) == [("number", "2,900")]
    # Figures not found are worked out from the cited sources: none is there.
    assert unsupported("Total costs came to £48,000 in all [3].", sources) == [
        ("number", "£48,000")
    ]
    timed = "The race took 20 minutes, from 10.05am to 10.25am [3]."
    assert check_facts(timed, sources).total > 0


def test_an_abstention_is_one_abstaining() -> None:
    source = [
        "Planning committee, Tuesday 17 March 2026\nApplication 25/01842/FUL: approved\n"
        "Vote: 9 for, 2 against, 1 abstention"
    ]
    ok = "The committee approved it with 9 councillors voting for, 2 against and 1 abstaining [1]."
    assert unsupported(ok, source) == []
    # Among the other ones of a planning report, the abstention is still the "1 abstaining".
    case = next(c for c in load_part("final25a") if c.name.startswith("ea02"))
    report = check_facts(case.faithful, case.sources, case.story_date)
    assert "1" not in [f.text for f in report.unsupported]


def test_a_body_a_report_names_shortly_may_be_given_its_statement() -> None:
    sources = [
        "Press release, Brackenhythe Lions Club\n\nBoxing Day Swim 2025\n- Swimmers: 574",
        "The Lions Club said £48,730 had been raised so far. Brackenhythe Rugby Club sent 14 "
        "swimmers in fancy dress.",
    ]
    ok = "The swim has raised £48,730 so far, according to Brackenhythe Lions Club [2]."
    assert unsupported(ok, sources) == []
    # A body the sentence told does not name at all is still flagged.
    wrong = ok.replace("Brackenhythe Lions Club", "Brackenhythe Rotary Club")
    assert unsupported(wrong, sources) == [("name", "Brackenhythe Rotary Club")]


def test_a_quote_is_the_same_with_or_without_its_accents() -> None:
    plain = ['Ana Hale said: "The epee final could have gone either way."']
    accented = ['Ana Hale said: "The épée final could have gone either way."']
    quote = '"The épée final could have gone either way," said Ana Hale [1].'
    assert unsupported(quote, plain) == []
    assert unsupported(quote.replace("épée", "epee"), accented) == []
    assert unsupported(quote.replace("gone", "swung"), plain) == [
        ("quote", "The épée final could have swung either way,")
    ]
    # Names too: "Zoë Hartmann of Café Noir" is the sources' "Zoe Hartmann of Cafe Noir".
    source = ["Zoe Hartmann of Cafe Noir won the final."]
    assert unsupported("Zoë Hartmann of Café Noir won the final [1].", source) == []
    assert unsupported("Zoë Hartmann of Café Blanc won the final [1].", source) == [
        ("name", "Zoë Hartmann of Café Blanc")
    ]


def test_vote_counts_day_pairs_with_weekdays_and_non_words() -> None:
    source = [
        "On the question of strike action, 618 members voted yes and 244 voted no. On a "
        "second question, 733 members voted in favour.",
        "Saturday 21 and Sunday 22 February - summary of finals.\n\nFood sales rose 4.0% "
        "year on year, while non-food sales fell 0.6%. Online non-food sales grew 5.8%.",
    ]
    ok = (
        "Members backed strike action by 618 votes to 244 [1]. The finals were held on "
        "Saturday, February 21 [2]. Food sales rose 4.0% while non-food sales slipped 0.6% [2]."
    )
    assert unsupported(ok, source) == []
    assert unsupported("They backed strikes by 618 votes to 733 [1].", source) == [
        ("number", "618 votes to 733")
    ]
    assert unsupported("The finals ended on Sunday, February 23 [2].", source) == [
        ("date", "February 23")
    ]


def test_roles_of_a_body_of_a_relation_and_before_a_title() -> None:
    source = [
        "Harriet Lomasney, chief executive of the Haverland Retail Consortium, said sales "
        "rose. Petra Lindgard, chief executive, said the chain did well. Branch president "
        "Dr Nadia Okafor said members had spoken. Mr Garvey's partner, Shona McBride, was "
        "rescued. Lee Garvey, 41, escaped onto the roof."
    ]
    ok = (
        "Harriet Lomasney, the consortium's chief executive, said sales rose [1]. Dr Nadia "
        "Okafor, the branch president, said members had spoken [1]. Her partner, Lee "
        "Garvey, 41, escaped onto the roof [1]."
    )
    assert unsupported(ok, source) == []
    assert unsupported("The branch president, Petra Lindgard, said so [1].", source) == [
        ("name", "president, Petra Lindgard")
    ]


def test_a_name_with_its_own_figure_or_quote_is_in_place() -> None:
    source = [
        "Kasia Wronska - 1,988 - ELECTED\nLuke Ambrose - 1,705\n\n"
        'Petra Lindgard, chief executive, said: "Online had its best December ever."',
        "Amara Lindqvist-Obi won the presidency, with Kasia Wronska and Jordan Halloran "
        "elected vice-presidents. Luke Ambrose, who stood for education, thanked voters.",
    ]
    ok = (
        "Kasia Wronska won vice-president for education with 1,988 votes to Luke Ambrose's "
        '1,705 [1]. "Online had its best December ever," said chief executive Petra '
        "Lindgard [1]."
    )
    assert unsupported(ok, source) == []


def test_a_worked_out_figure_may_be_worked_on_again() -> None:
    source = [
        "The show drew 23,450 visitors on Saturday and 17,900 on Sunday. Last year's show "
        "was attended by 38,200 people."
    ]
    ok = (
        "The show drew 23,450 visitors on Saturday and 17,900 on Sunday, a total of 41,350, "
        "up 3,150 on last year's 38,200 [1]."
    )
    assert unsupported(ok, source) == []
    wrong = ok.replace("up 3,150", "up 3,450")
    assert unsupported(wrong, source) == [("number", "3,450")]


def test_a_figure_the_sentence_also_states_is_no_slot_for_another() -> None:
    source = [
        "The 27-year-old finished on 16 under par, two strokes clear of overnight leader "
        "Callum Frew, who could manage only a 70.",
        "1 Jonas Ekdahl 68 69 69 66 - 272 (-16)\n2 Callum Frew 70 66 68 70 - 274 (-14)",
    ]
    ok = (
        "The 27-year-old finished on 16 under par with a total of 272, two strokes clear of "
        "overnight leader Callum Frew, who closed with a 70 [1][2]."
    )
    assert unsupported(ok, source) == []
    assert unsupported(ok.replace("272", "275"), source) == [("number", "275")]


def test_today_is_the_day_a_dated_source_was_issued() -> None:
    source = ["BFWA NEWS - 22 April 2026\n\nThe company announced today that it will close."]
    ok = "The company announced on Wednesday, April 22, that it will close [1]."
    assert unsupported(ok, source, story_date=date(2026, 4, 23)) == []
    wrong = "The company announced on Tuesday that it will close [1]."
    assert unsupported(wrong, source, story_date=date(2026, 4, 23)) == [("date", "Tuesday")]


def test_a_passage_giving_two_of_the_sentences_figures_is_its_passage() -> None:
    source = [
        "The team was called out by Fellshire Police at 16:58 to a group of six walkers on "
        "the north ridge. One of the group, a 21-year-old woman, had fallen on wet rock "
        "while descending and could not put weight on her ankle.",
        "Fellshire Police said it received a 999 call at 4.50pm on Saturday from a walker.",
    ]
    ok = (
        "While descending the north ridge, a 21-year-old woman fell on wet rock and hurt her "
        "ankle, and the walkers called 999 at 4:50 p.m. [1][2]."
    )
    assert unsupported(ok, source) == []
    assert unsupported(ok.replace("4:50", "4:40"), source) == [("number", "4:40 p.m.")]


def test_a_hedged_figure_may_be_worked_out_from_stated_ones() -> None:
    source = [
        "At the peak of the storm 86,000 customers were without power. Since then our teams "
        "have reconnected 71,500 customers. More than 300 trees were brought down. 240 "
        "engineers came from other operators."
    ]
    ok = (
        "More than 14,000 customers were still without power [1]. The company said 86,000 "
        "customers lost supply and it had reconnected 71,500 of them [1]."
    )
    assert unsupported(ok, source) == []
    assert unsupported("More than 500 trees came down [1].", source) == [("number", "500")]


def test_a_results_line_is_a_score() -> None:
    source = ["Results (home team first):\nKings Arms 4 Railway Tavern 5\nThe Ship 5 Drovers 4\n"]
    assert unsupported("The Ship edged the Drovers 5-4 [1].", source) == []
    assert unsupported("The Ship edged the Drovers 5-3 [1].", source) == [("number", "5-3")]


def test_currency_codes_and_ranges_sharing_a_currency() -> None:
    source = [
        "Key figures, Q3 2026 (Q3 2025)\nRevenue: EUR 1,482m (EUR 1,356m)\nOperating profit: "
        "EUR 214m (EUR 241m)\n\nThe group now expects full-year operating profit of EUR "
        "390m-420m, compared with previous guidance of EUR 430m-460m."
    ]
    ok = (
        "Operating profit was €214m, down from €241m, on revenue of €1,482m [1]. It expects "
        "full-year operating profit of €390m-€420m, down from €430m-€460m [1]."
    )
    assert unsupported(ok, source) == []
    assert unsupported("Operating profit was €224m [1].", source) == [("number", "€224m")]


def test_table_fields_with_long_labels_are_lines_of_their_own() -> None:
    from pelican_aibot.grounding.sources import _Doc

    text = (
        "Young people, Northvale, July to September 2026 and the months before it\n"
        "Unemployed, aged 16 and over: 58,400 (April to June 2026: 52,900)\n"
        "Unemployment rate, aged 16 and over: 5.6% (April to June 2026: 5.1%)\n"
    )
    doc = _Doc(text, source=True)
    assert len(doc.sentences) == 3


def test_results_with_surnames_first_and_times_as_decimals() -> None:
    source = [
        "WOMEN'S C1 FINAL\n1. COURTOIS Maelle (FRA) 101.84 (0)\n2. LINDQVIST-BERG Hanna "
        "(SWE) 103.27 (2)\n3. MARCZAK Zofia (POL) 104.90 (0)\n4. TREWIN Ellie (GBR) 105.12 (2)"
        "\n\nSATURDAY 20 JUNE - FINALS\nWomen's K1: 1. MARCZAK Zofia (POL) 95.66"
    ]
    ok = (
        "Britain's Ellie Trewin finished fourth in 105.12 [1]. Poland's Zofia Marczak was "
        "third in 104.90, a day after winning the women's K1 in 95.66 [1]."
    )
    assert unsupported(ok, source) == []
    assert unsupported("Ellie Trewin finished fourth in 105.21 [1].", source) == [
        ("number", "105.21")
    ]


def test_a_name_made_of_two_people_is_not_a_name_written_surname_first() -> None:
    # "Daniel Okafor and Megan Lusty" has a surname just before "Megan", and a byline
    # "By Ravi Chandran" ends just before "Tony": neither writes anyone surname first.
    sources = [
        "Gullhaven Brewing Co, founded in 2019 by Daniel Okafor and Megan Lusty, brews "
        "4,200 litres of beer a week.",
        "By Ravi Chandran\nTony Beresford has been a flood warden since 2014.",
        "Wardens trained this year: Moss, Ella; Pardoe, Susan.",
    ]
    assert unsupported("Megan Okafor said the brewery was busy [1].", sources) == [
        ("name", "Megan Okafor")
    ]
    assert unsupported("Tony Chandran has been a warden since 2014 [2].", sources) == [
        ("name", "Tony Chandran")
    ]
    assert unsupported("Ella Moss and Susan Pardoe trained this year [3].", sources) == []


def test_a_repeated_figure_found_only_as_a_results_line_does_not_crash() -> None:
    source = [
        "SEMI-FINALS (Saturday 14 March)\n"
        "Ashby Harriers VC 3 Fennick Flyers 0 (25-18, 25-20, 25-16)\n"
        "Corran Bay VC 3 Stowley Park 1 (25-22, 19-25, 25-23, 25-17)\n\n"
        "FINAL (Sunday 15 March)\nAshby Harriers VC 3 Corran Bay VC 2\n"
    ]
    article = (
        "In Saturday's semi-finals, Ashby beat Fennick Flyers 3-1 and Corran Bay beat Stowley "
        "Park 3-1 [1]."
    )
    flagged = unsupported(article, source)  # a held-out case once raised TypeError here
    assert ("number", "3-1") in flagged


def test_a_pronoun_may_point_past_the_last_name() -> None:
    source = [
        "Dr Miriam Achterberg, 54, was introduced this morning, where she said she was "
        '"thrilled, and more than a little daunted" by the task ahead.'
    ]
    ok = (
        "Miriam Achterberg, 54, will be the diocese's first woman bishop [1]. She succeeds "
        "Gerald Fane, who retired in March [1]. Introduced in the chapter house, she said "
        'she was "thrilled, and more than a little daunted" [1].'
    )
    flagged = unsupported(ok, source)
    assert ("quote", "thrilled, and more than a little daunted") not in flagged


def test_two_years_of_one_source_sentence_outweigh_a_last_year_elsewhere() -> None:
    source = [
        "Makonde, 29, had been chasing a third Halverston crown after wins in 2022 and 2024. "
        "He had not dropped a game on his way to the final.\n\nIn the women's final, Saskia "
        "Brandt beat Noor el-Hadary to retain the title she won last year."
    ]
    ok = "Makonde, 29, had won the title in 2022 and 2024 [1]."
    assert unsupported(ok, source, story_date=date(2026, 3, 9)) == []


def test_a_role_is_held_by_the_sources_person_not_a_namesake() -> None:
    source = [
        "Chairman Gerald Finch said the chain had run out of road. The business was founded "
        "in 1886 by Arthur Finch."
    ]
    assert unsupported("Chairman Gerald Finch blamed rents [1].", source) == []
    assert unsupported("Chairman Finch blamed rents [1].", source) == []
    flagged = unsupported("Chairman Arthur Finch blamed rents [1].", source)
    assert flagged == [("name", "Chairman Arthur Finch")]


def test_roles_in_apposition_and_a_name_used_twice() -> None:
    source = [
        "Chief executive Paul Stenning said the company was sorry. Neil Barraclough, an area "
        "manager, said alarms had been switched off. In the semi-finals, Lomax beat Sian "
        "Roberts 6-2 and Hartigan got past Mick Fenn 6-5."
    ]
    ok = (
        "Paul Stenning, the chief executive, apologised [1]. Lomax beat Sian Roberts 6-2 and "
        "Hartigan got past Mick Fenn 6-5 [1]."
    )
    assert unsupported(ok, source) == []
    moved = "Neil Barraclough, the chief executive, apologised [1]."
    assert unsupported(moved, source) == [("name", "Neil Barraclough, the chief executive")]
    twice = "Lomax beat Mick Fenn 6-2 and Hartigan got past Mick Fenn 6-5 [1]."
    flagged = check_facts(twice, source).unsupported
    assert [(f.text, f.start) for f in flagged] == [("Mick Fenn", twice.index("Mick Fenn"))]


def test_a_wrong_role_is_reported_with_the_role() -> None:
    source = [
        "Dawn Kitto, the lifeboat operations manager, said the crew were tired. The "
        "coxswain, Mark Penrose, took the helm. Chief financial officer Tobias Renner said "
        "fares fell. The chief executive, Ruth Adams, was away. "
        "The cox, Isla Brennan, 20, was thrown into the river by her crew."
    ]
    ok = (
        "Dawn Kitto, the station's lifeboat operations manager, said the crew were tired "
        "[1]. Tobias Renner, the chief financial officer, said fares fell [1]. The cox, "
        "Isla Brennan, was thrown into the river by her crew [1]."
    )
    assert unsupported(ok, source) == []
    # The flag names the role: the pair is what is wrong, not the name alone.
    moved = "Dawn Kitto, the station's coxswain, said the crew were tired [1]."
    assert unsupported(moved, source) == [("name", "Dawn Kitto, the station's coxswain")]
    before = "Chief executive Tobias Renner said fares fell [1]."
    assert unsupported(before, source) == [("name", "executive Tobias Renner")]


def test_a_person_given_another_body() -> None:
    source = [
        "Councillor Anthony Reeve, cabinet member for highways, defended the record. "
        "The council paid 310 claims. "
        "Dev Khanna of the Motorists' Alliance said drivers were paying the price."
    ]
    ok = "Drivers are paying the price, said Dev Khanna of the Motorists' Alliance [1]."
    assert unsupported(ok, source) == []
    moved = "Drivers are paying the price, said Anthony Reeve of the Motorists' Alliance [1]."
    assert unsupported(moved, source) == [
        ("name", "Anthony Reeve"),
        ("name", "Motorists' Alliance"),
    ]


def test_the_figure_given_twice_is_flagged_where_it_is_not_the_persons() -> None:
    source = ["The Stags led through goals from Jonas Lindqvist at 6:14 and Marty Kowal at 17:52."]
    text = "The Stags led through Jonas Lindqvist, at 17:52, and Marty Kowal, at 17:52 [1]."
    flagged = check_facts(text, source).unsupported
    assert [(f.text, f.start) for f in flagged] == [("17:52", text.index("17:52"))]


def test_markdown_and_citations_are_not_facts() -> None:
    article = (
        "## Storm damage\n\n"
        "- **Four** workers were hurt [1][2].\n"
        "- See [the police statement](https://example.com/2024/01/20/storm-99) [1].\n"
    )
    report = check_facts(article, [SOURCE, SOURCE])
    assert report.unsupported == ()
    assert report.supported == 1


def test_empty_article_scores_one() -> None:
    report = check_facts("", [SOURCE])
    assert (report.total, report.score, report.to_json()) == (
        0,
        1.0,
        {"unsupported": [], "supported": 0},
    )


def test_report_shapes_and_round_trip() -> None:
    report = GroundingReport(3, (Fact("number", "Five", 0, 4), Fact("quote", "Hi", 10, 12)))
    assert report.total == 5
    assert report.score == pytest.approx(0.6)
    assert report.to_json() == {
        "unsupported": [{"kind": "number", "text": "Five"}, {"kind": "quote", "text": "Hi"}],
        "supported": 3,
    }
    assert GroundingReport.from_dict(json.loads(json.dumps(report.to_dict()))) == report
    assert report.summary() == "3 of 5 checkable facts found in the sources"


def test_check_facts_cli(tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text("Five workers were hurt in Eastbrook on Saturday [1].\n", encoding="utf-8")
    source = tmp_path / "source.txt"
    source.write_text(SOURCE, encoding="utf-8")
    result = check_facts_cli(article, [source], "2024-01-20")
    assert result == {"unsupported": [{"kind": "number", "text": "Five"}], "supported": 2}
    with pytest.raises(AibotError, match="YYYY-MM-DD"):
        check_facts_cli(article, [source], "20/01/2024")
    with pytest.raises(AibotError, match="cannot read"):
        check_facts_cli(article, [tmp_path / "missing.txt"], None)


@pytest.mark.parametrize("part", ["dev", "holdout"])
def test_eval_set_meets_the_target(part: str) -> None:
    """Recall >= 0.95 on planted errors, <= 1 false flag per 10 faithful stories."""
    result = evaluate(part)
    if result["cases"] == 0:
        pytest.skip(f"no cases in tests/eval/{part}")
    assert result["recall"] >= 0.95, result
    assert result["false_flags_per_story"] <= 0.1, result


_EVAL_PARTS = sorted(p.name for p in EVAL_DIR.iterdir() if p.is_dir() and p.name[0] not in "_.")


@pytest.mark.parametrize("part", _EVAL_PARTS)
def test_every_eval_text_is_checked_without_error(part: str) -> None:
    """Every faithful and corrupted story of every part (4,000+ texts) is a fuzz test:
    the check never raises, and every flag is a span of the story's own text."""
    for case in load_part(part):
        for text in [case.faithful, *(c.text for c in case.corrupted)]:
            report = check_facts(text, case.sources, case.story_date)
            assert report.total >= len(report.unsupported)
            for fact in report.unsupported:
                assert text[fact.start : fact.end] == fact.text, (case.name, fact)


def _corpus_bodies() -> list[str]:
    manifest = CORPUS / "manifest.json"
    if not manifest.exists():
        pytest.skip(f"real-news corpus not found at {CORPUS}")
    pages = json.loads(manifest.read_text(encoding="utf-8"))["pages"]
    return [p["ground_truth"]["article_body"] for p in pages if "article_body" in p["ground_truth"]]


def test_real_news_checked_against_itself_is_fully_supported() -> None:
    """2,000+ facts of 40 real articles: nothing a text shares verbatim is flagged."""
    total = 0
    for body in _corpus_bodies():
        report = check_facts(body, [body])
        assert report.unsupported == (), body[:80]
        total += report.total
    assert total > 1000


def test_a_bodys_name_is_one_name() -> None:
    source = [
        "A fire broke out at a wind farm near the village of Carnbrae on Tuesday. Moorland "
        "Fire and Rescue Service sent four appliances. Helen Strachan of the Rivers and Coast "
        "Agency said the burn was not affected. Ravi Odum studied at the University of "
        "Estmouth, and was born in Carrow."
    ]
    ok = (
        "Moorland Fire and Rescue Service sent four appliances to the farm near Carnbrae [1]. "
        "Helen Strachan, the Rivers and Coast Agency's officer, said the burn was safe [1]. "
        "Odum, born in Carrow, studied at the University of Estmouth [1]."
    )
    assert unsupported(ok, source) == []
    assert unsupported("Carnbrae Fire and Rescue Service sent four appliances [1].", source) == [
        ("name", "Carnbrae Fire and Rescue Service")
    ]
    assert unsupported("Odum studied at the University of Carrow [1].", source) == [
        ("name", "University of Carrow")
    ]


def test_a_figure_belongs_to_the_name_on_its_results_line() -> None:
    source = [
        "Club team (best three scores)\n1. Brackenford Bowmen 3,938\n2. Sallow Vale Archers "
        "3,851\n3. Ortonbury Toxophilites 3,790\n\nRecurve, senior men\n1. Tobias Rendell "
        "(Brackenford Bowmen) 1,291\n2. Kieran Matlock (Sallow Vale Archers) 1,274"
    ]
    ok = (
        "Home club Brackenford Bowmen won the team title for the third year in a row with "
        "3,938, ahead of Sallow Vale on 3,851 and Ortonbury Toxophilites on 3,790 [1]. Tobias "
        "Rendell won the senior men's recurve with 1,291 [1]. Sallow Vale were second [1]."
    )
    assert unsupported(ok, source) == []
    swapped = ok.replace(
        "3,938, ahead of Sallow Vale on 3,851", "3,851, ahead of Sallow Vale on 3,938"
    )
    assert {("number", "3,851"), ("number", "3,938")} & set(unsupported(swapped, source))
    assert unsupported(ok.replace("with 1,291", "with 1,274"), source) == [("number", "1,274")]


def test_report_paragraph_numbers_labels_with_dates_and_far_apart_figures() -> None:
    source = [
        "2. Waiting list\n2.1 Applicants on the waiting list at 31 March 2026: 2,214\n"
        "2.2 Average wait from application to offer of a plot: 4 years 2 months\n",
        "The federation wants the council to find land for five new sites.",
    ]
    ok = (
        "The number of people waiting for an allotment has risen to 2,214 [1]. The "
        "federation wants five new sites [2]."
    )
    assert unsupported(ok, source) == []
    assert unsupported("The waiting list reached 2.1 [1].", source) == [("number", "2.1")]
    assert unsupported("The waiting list reached 2,241 [1].", source) == [("number", "2,241")]


def test_a_total_of_three_parts_the_article_gives() -> None:
    source = [
        "Hallbrook will pay £3.8m towards education, £1.1m for highway improvements and "
        "£1.3m towards health care."
    ]
    ok = (
        "Hallbrook will pay £3.8m towards education, £1.1m for roads and £1.3m for health "
        "care, a total of £6.2m [1]."
    )
    assert unsupported(ok, source) == []
    assert unsupported(ok.replace("£6.2m", "£6.4m"), source) == [("number", "£6.4m")]


def test_a_club_given_to_a_person_by_a_possessive() -> None:
    source = ["50m freestyle\n1. Rhys Caddick (Stourby) 23.41\n2. Lucy Carver (Haddon Vale) 23.58"]
    assert unsupported("Stourby's Rhys Caddick won in 23.41 [1].", source) == []
    assert unsupported("Haddon Vale's Rhys Caddick won in 23.41 [1].", source) == [
        ("name", "Haddon Vale's")
    ]


def test_a_percentage_change_is_read_in_its_direction_and_between_its_ends() -> None:
    source = [
        "Volunteers counted 1,284 flowering spikes this summer, against 847 in 2025.",
        "Operating profit was €214m, down from €241m a year earlier. Revenue was €1,482m, "
        "against €1,316m.",
    ]
    ok = (
        "Volunteers counted 1,284 spikes, up from 847, a rise of about 52% [1]. Revenue rose "
        "12.6% to €1,482m [2]."
    )
    assert unsupported(ok, source) == []
    # 34% is the fall from 1,284 to 847, not the rise; 11.2% is the rise from €214m to
    # €241m, not a change that ends at €1,482m.
    assert unsupported(ok.replace("52%", "34%"), source) == [("number", "34%")]
    assert unsupported(ok.replace("12.6%", "11.2%"), source) == [("number", "11.2%")]


def test_a_difference_stated_on_a_figure_starts_from_it() -> None:
    source = [
        "This year 31 per cent of grades were A* or A, against 27 per cent last year. The "
        "pass rate was 84 per cent, against 79 per cent."
    ]
    ok = (
        "31 per cent of grades were A* or A, up four percentage points on last year's 27 per "
        "cent [1]."
    )
    assert unsupported(ok, source) == []
    assert unsupported(ok.replace("four", "five"), source) == [("number", "five percentage points")]


def test_a_less_precise_telling_of_a_figure_is_no_rival_and_last_month_is_a_date() -> None:
    source = [
        "Category 2 calls were reached in an average of 41 minutes 15 seconds. The longest "
        "single handover delay, at Ashcombe Royal Infirmary, was 11 hours 20 minutes.",
        "Heart attack patients waited an average of more than 41 minutes last month.",
    ]
    ok = (
        "Category 2 patients waited an average of 41 minutes 15 seconds [1][2]. The longest "
        "single delay, at Ashcombe Royal Infirmary, lasted 11 hours 20 minutes [1]."
    )
    assert unsupported(ok, source) == []


def test_a_sentence_told_again_is_the_passage_of_its_figure() -> None:
    source = [
        "Staff were told on Tuesday. One worker, who has been at the site for 22 years and "
        "asked not to be named, said the mood in the canteen was grim and people were in tears.",
        "Baker Tom Hale, who has worked at the bakery for 31 years, said he would retire.",
    ]
    ok = (
        "One worker, who has been at the bakery for 22 years and asked not to be named, said "
        "the mood in the canteen was grim and people were in tears [1]."
    )
    assert unsupported(ok, source) == []
    assert unsupported(ok.replace("22", "31"), source) == [("number", "31 years")]


def test_a_figure_the_sentence_gives_with_its_own_words_is_no_slot() -> None:
    # A route list: "31", the sources' route number, is no slot for the routes counted.
    case = next(c for c in load_part("final12b") if c.name.startswith("f11_"))
    report = check_facts(case.faithful, case.sources, case.story_date)
    assert not {"14", "58"} & {f.text for f in report.unsupported}


def test_a_figure_belongs_to_the_names_of_its_list_item() -> None:
    source = [
        "League table (top four after week 19): Red Lion A 32 pts, Railway Tavern 30, Bell "
        "Hotel 27, Crown & Anchor 25.\nTeam trophy: 1. Harlow Vale AC 164 pts; 2. Stainsby AC "
        "151 pts; 3. City of Marlby 128 pts.\n1. BRENNAN, Alisha - Progressive Union - 48,216 "
        "(38.4%)\n2. MARCHETTI, Colin - Heritage Party - 41,907 (33.4%)",
        "Red Lion A beat the Fox & Hounds 7-2 to stay top. Bell Hotel won 6-3 at the Plough.",
    ]
    ok = (
        "Red Lion A stay top on 32 points [1][2]. Bell Hotel, on 27 points, won 6-3 at "
        "the Plough [1][2]. Harlow Vale AC won the team trophy with 164 points, ahead of Stainsby "
        "AC on 151 [1]. Brennan won 48,216 votes, or 38.4%, and Marchetti had 41,907 [1]."
    )
    assert unsupported(ok, source) == []
    assert unsupported(ok.replace("or 38.4%", "or 33.4%"), source) == [("number", "33.4%")]


def test_a_source_speaks_from_the_date_in_its_heading_lines() -> None:
    source = [
        "ARSU - Academic and Related Staff Union\nWexcombe branch\nPress release, 25 September "
        "2026\n\nWEXCOMBE STAFF VOTE FOR STRIKES\n\nThe ballot closed at noon today."
    ]
    day = date(2026, 9, 26)
    assert unsupported("The ballot closed on Friday [1].", source, story_date=day) == []
    assert unsupported("The ballot closed on Thursday [1].", source, story_date=day) == [
        ("date", "Thursday")
    ]


def test_a_statement_announced_on_the_day_it_was_issued() -> None:
    source = [
        "FERNLEA FIELDS FESTIVAL - STATEMENT\nThursday 30 July 2026, 11am\n\nFernlea Fields, "
        "due to take place at Fernlea Park from Friday 31 July to Sunday 2 August, has been "
        "cancelled."
    ]
    day = date(2026, 7, 31)
    ok = (
        "Organisers announced at 11am on Thursday that the event at Fernlea Park, due to run "
        "until Sunday, August 2, could not go ahead [1]."
    )
    assert unsupported(ok, source, story_date=day) == []
    wrong = ok.replace("on Thursday", "on Wednesday")
    assert unsupported(wrong, source, story_date=day) == [("date", "Wednesday")]


def test_a_decision_on_the_day_of_the_meeting_its_minutes_record() -> None:
    # "voted six to one on Tuesday to defer", from minutes "of the meeting held on Tuesday
    # 22 September 2026" whose words are nothing like the story's.
    case = _eval_case("final31b", "kb10")
    assert "Tuesday" not in _flagged(case)
    assert _planted_caught(case, "on Thursday to defer")


def test_a_report_that_says_told_the_meeting_is_no_minutes_dated_by_that_meeting() -> None:
    # A newspaper of Wednesday 7 October opens "backed new charges last night" and
    # "told the meeting": its date is not the day the cabinet agreed (Tuesday, as the
    # committee report's heading says).
    case = _eval_case("final37a", "qa09")
    assert "Tuesday" not in _flagged(case)
    assert _planted_caught(case, "agreed on Wednesday")


def test_twice_as_many_is_a_ratio_worked_out_over_the_figure_it_names() -> None:
    sources = [
        "The depot holds 4,800 filled sandbags, up from 2,400 in November. During the storm "
        "of November 14, 2,300 bags were handed out. Stocks have doubled since the autumn."
    ]
    ok = "The depot holds 4,800 bags, about twice as many as the 2,300 handed out in the storm [1]."
    assert unsupported(ok, sources) == []
    # Over the 3,150 it names, not the sources' "doubled" from 2,400.
    wrong = ok.replace("2,300 handed", "3,150 handed")
    assert ("number", "twice") in unsupported(wrong, sources)
    # "Scored twice as Dunmore beat Kelso" is no ratio, nor "twice a week".
    goals = ["Ana Ruiz scored two goals as Dunmore beat Kelso 3-1. The club trains on Tuesdays."]
    assert unsupported("Ana Ruiz scored twice as Dunmore beat Kelso 3-1 [1].", goals) == []
    assert unsupported("The club trains twice a week [1].", goals) == []
    # From real cases: "twice the floor space", "twice as wide" put in place of the told one.
    assert _planted_caught(_eval_case("final30a", "ja04"), "twice the floor space")
    assert _planted_caught(_eval_case("final31b", "kb11"), "twice as wide")
    # "The number would need to double" is the sources' "twice as many".
    assert "twice" not in _flagged(_eval_case("final33a", "ma09"))


def test_a_decision_is_dated_by_the_meeting_its_minutes_record() -> None:
    minutes = (
        "MARKET COMMITTEE\nMinutes of the meeting held on Tuesday 12 January 2027\n\n"
        "Resolved: that the Tuesday stall fee rise from £18 to £21 from 1 April 2027."
    )
    traders = (
        "Statement from the Traders' Association, 14 January 2027. The association's "
        "committee met on Wednesday evening to discuss the council's fee decision."
    )
    day = date(2027, 1, 15)
    ok = "The stall fee will rise to £21, councillors decided on Tuesday [1]."
    assert unsupported(ok, [minutes, traders], story_date=day) == []
    # The traders met on Wednesday; the council did not decide then.
    wrong = ok.replace("on Tuesday", "on Wednesday")
    assert unsupported(wrong, [minutes, traders], story_date=day) == [("date", "Wednesday")]
    # A press release dated the day after the meeting is not its day either.
    assert _planted_caught(_eval_case("final38a", "ra09"), "cabinet agreed on Thursday")
    # A report whose councillor "told the meeting: ..." is no minutes of its own date.
    assert "Thursday" not in _flagged(_eval_case("final27a", "ga11"))
    # A weekday with its date says which day it is, whatever the week's minutes.
    town = (
        "Ashby Fenton Town Council agreed the payment at a meeting on Tuesday 12 January "
        "2027, by 9 votes to 2."
    )
    dated = "On Tuesday 12 January 2027, the town council voted by 9 votes to 2 to pay [2]."
    county = minutes.replace("Tuesday 12 January", "Thursday 14 January")
    assert unsupported(dated, [county, town], story_date=day) == []


def test_a_sources_today_is_its_day_of_issue() -> None:
    release = (
        "WEST MARLSHIRE COUNTY COUNCIL\nFor immediate release: 24 June 2026\n\n"
        "Average speeds fell on every road in the trial, according to a monitoring report "
        "published today by the county council."
    )
    told = "A monitoring report published on 24 June 2026 found speeds fell on every road [1]."
    assert unsupported(told, [release]) == []
    assert unsupported(told.replace("24 June", "26 June"), [release]) == [("date", "26 June 2026")]
    # Real material: the release's "published today" is the report's date.
    assert "24 June 2026" not in _flagged(_eval_case("final39b", "sb01"))


def test_yesterday_and_tomorrow_are_the_days_they_are_from_the_story_date() -> None:
    release = (
        "TARNSIDE COMMUNITY FOUNDATION\nPress release: Tuesday 26 May 2026\n\n"
        "Seven village halls will share £96,000 from the Village Buildings Fund, the "
        "foundation announced today."
    )
    day = date(2026, 6, 4)  # a Thursday: yesterday was Wednesday 3 June
    told = "Seven halls will share £96,000, the foundation announced last week [1]."
    assert unsupported(told, [release], story_date=day) == []
    wrong = told.replace("last week", "yesterday")
    assert unsupported(wrong, [release], story_date=day) == [("date", "yesterday")]
    # A figure "by yesterday" is as of a statement issued yesterday ("By yesterday it had
    # raised £9,480", from an update dated the day before the story).
    assert "yesterday" not in _flagged(_eval_case("final23b", "cb10"))
    # "A fortnight tomorrow" is 15 days on: no weekday to check.
    kiosk = ["The first kiosk opens on Friday 19 June 2026 at 11am."]
    assert (
        unsupported("The first kiosk opens a fortnight tomorrow [1].", kiosk, story_date=day) == []
    )


def test_a_hedged_percentage_is_no_bare_count_near_it() -> None:
    sources = [
        "Recorded fly-tipping incidents rose from 2,114 in 2023/24 to 2,931 in 2025/26. "
        "Farmers reported dumping on 58 farms."
    ]
    ok = "Incidents have risen by almost 40 per cent, from 2,114 to 2,931 [1]."
    assert unsupported(ok, sources) == []
    # "Almost 60 per cent" is not a table's bare count of 58, far off.
    assert _planted_caught(_eval_case("final38a", "ra09"), "almost 60 per cent")
    assert _planted_caught(_eval_case("final27a", "ga10"), "70 per cent")
    # A count still takes a hedged one: "almost 60 farms" for 58.
    assert unsupported("Dumping was reported on almost 60 farms [1].", sources) == []


def test_a_figure_in_the_table_row_its_sentence_names_last_before_it() -> None:
    # "North Splash was the busiest field, with 21 pairs of lapwing and 9 pairs of
    # redshank", from the row "| North Splash | 42 | 21 | 9 | 2 |", against "64 pairs of
    # lapwing" on the whole reserve; "marbled whites rose from 61 to 140" from the row
    # "Marbled white   61   140".
    assert not {"21", "9"} & _flagged(_eval_case("final38b", "rb01"))
    assert "140" not in _flagged(_eval_case("final38b", "rb12"))
    # Figures swapped between rows the sentence names are still caught: the row of
    # electrical services is named after "£420,000", not before it.
    assert _planted_caught(_eval_case("final19a", "s10"), "wave screen will cost £185,000")
    assert _planted_caught(_eval_case("final30a", "ja10"), "with 402 species")
    # A key fact ("Swimmers registered: 412") is no row of a table.
    assert _planted_caught(_eval_case("final24b", "db03"), "389 swimmers who registered, 412")


def test_months_ago_counts_back_to_a_month_the_sources_date() -> None:
    sources = ["Stocks ran out during the storm of November 2025, when 212 homes flooded."]
    day = date(2027, 2, 19)
    ok = "The town flooded 15 months ago, and 212 homes were hit [1]."
    assert unsupported(ok, sources, story_date=day) == []
    wrong = ok.replace("15 months", "18 months")
    assert unsupported(wrong, sources, story_date=day) == [("number", "18 months")]


def test_a_house_number_is_part_of_its_address() -> None:
    sources = ["The Old Rectory had 612 visitors and the garden at Church Lane had 488."]
    assert unsupported("The garden at 14 Church Lane had 488 visitors [1].", sources) == []
    assert unsupported("The garden at Church Lane had 588 visitors [1].", sources) == [
        ("number", "588")
    ]


def test_more_than_three_weeks_is_any_gap_of_three_weeks_and_some_days() -> None:
    sources = [
        "The meadow's first cut used to be on 20 June. It will now be no earlier than 15 July."
    ]
    day = date(2026, 6, 11)
    ok = "The cut will be no earlier than 15 July, more than three weeks later than 20 June [1]."
    assert unsupported(ok, sources, story_date=day) == []
    wrong = ok.replace("more than three weeks", "more than four weeks")
    assert unsupported(wrong, sources, story_date=day) == [("number", "four weeks")]


def test_a_vote_the_minutes_record_once_needs_no_passage() -> None:
    # "The vote was four to one" shares no words with the minutes' "For 4, against 1":
    # however few its votes, it is the one vote there.
    minutes = (
        "THORNFOLD TOWN COUNCIL\nMinutes of the meeting held on Tuesday 13 October 2026\n\n"
        "Resolved: to grant a lease of 4 Mill Yard to the studio at a rent of £7,200 a "
        "year. Proposed Cllr Haig, seconded Cllr Asante. For 4,\nagainst 1 (Cllr Cole)."
    )
    told = "The council agreed the lease at £7,200 a year. The vote was four to one [1]."
    assert unsupported(told, [minutes]) == []
    assert unsupported(told.replace("four to one", "three to one"), [minutes]) == [
        ("number", "three to one")
    ]
    # Two votes recorded ("6 votes for, 2 against" and an amendment's "3 votes to 5"):
    # the passage tells which is which.
    two = (
        "Cllr Boateng moved an amendment to increase the number of pitches to 12. The "
        "amendment fell, 3 votes to 5.\nRESOLVED (6 votes for, 2 against) that the busking "
        "code be adopted, to come into force on 1 June 2026."
    )
    code = "Councillors voted six to two to adopt the busking code from 1 June 2026 [1]."
    assert unsupported(code, [two]) == []
    assert ("number", "five to three") in unsupported(
        code.replace("six to two", "five to three"), [two]
    )


def test_a_table_whose_columns_are_years() -> None:
    # "| Area | 2024 | 2025 | 2026 |" is a header: the row's name tells its latest
    # year's figure, not an earlier year's.
    survey = (
        "Results: churring males by area\n\n"
        "| Area              | 2024 | 2025 | 2026 |\n"
        "| North Heath       | 6    | 7    | 9    |\n"
        "| Gibbet Hill       | 4    | 5    | 6    |\n"
        "| Furze Bottom      | 3    | 3    | 5    |\n"
        "| Total             | 14   | 17   | 23   |\n\n"
        "Income for the year:\n\n"
        "| Source       | 2026    | 2025    |\n"
        "|--------------|---------|---------|\n"
        "| Car parking  | £18,640 | £15,210 |\n"
        "| Total income | £36,205 | £30,970 |\n"
    )
    told = "North Heath had nine churring males, Gibbet Hill six and Furze Bottom five [1]."
    assert unsupported(told, [survey]) == []
    income = "Total income was £36,205 [1]."
    assert unsupported(income, [survey]) == []
    assert unsupported(income.replace("£36,205", "£30,970"), [survey]) == [("number", "£30,970")]


def test_a_column_header_naming_a_year_is_that_years() -> None:
    # "Active nests 2025" and "Active nests 2026": the row's name tells the later one.
    survey = (
        "| Farm type      | Farms surveyed | Active nests 2025 | Active nests 2026 |\n"
        "| Dairy          | 14             | 261               | 298               |\n"
        "| Arable         | 10             | 374               | 387               |\n"
    )
    told = "Arable farms had 387 active nests [1]."
    assert unsupported(told, [survey]) == []
    assert unsupported(told.replace("387", "374"), [survey]) == [("number", "374")]


def test_a_clerk_and_a_warden_are_roles() -> None:
    # "Mark Tolley, the town clerk," when the minutes' clerk is Fiona Gale.
    minutes = (
        "HARNBURY TOWN COUNCIL\nMinutes of the meeting held on Monday 6 July 2026\n\n"
        "In attendance: Fiona Gale (Town Clerk); Mark Tolley (Senior Traffic Engineer).\n"
        "Mr Tolley said journey times on route 12 had increased by two minutes."
    )
    told = "Fiona Gale, the town clerk, took the notes [1]."
    assert unsupported(told, [minutes]) == []
    wrong = "Mark Tolley, the town clerk, said journey times had increased [1]."
    assert [k for k, _ in unsupported(wrong, [minutes])] == ["name"]
    case = _eval_case("final39a", "sa02")
    wrong_role = next(c for c in case.corrupted if "a churchwarden" in c.text)
    assert any("churchwarden" in t for t in _flagged(case, wrong_role.text))


def test_one_persons_first_name_with_anothers_surname() -> None:
    sources = [
        "Among them was a knitted lighthouse made by 91-year-old Edna Marlow. Maureen "
        "Cotter, 68, who organises the group, said the thieves had upset everyone. Mrs "
        "Cotter thanked the council."
    ]
    told = "The lighthouse took Edna Marlow, 91, 40 hours to make [1]."
    assert unsupported(told.replace(" 40 hours", ""), sources) == []
    mixed = "The lighthouse was made by Edna Cotter, 91 [1]."
    assert ("name", "Edna Cotter") in unsupported(mixed, sources)
    # A place's words are no person's names: "Kelsall Magna" beside "Kelsall Parva".
    places = ["The kiosks are in Kelsall Parva and on Church Lane, Kelsall Magna."]
    assert unsupported("One kiosk is in Kelsall Magna [1].", places) == []


def test_a_week_on_monday_is_the_monday_after_next() -> None:
    notice = [
        "Hartsfold Lane will be closed to through traffic for three weeks from Monday "
        "17 August 2026 while passing places are built."
    ]
    day = date(2026, 8, 6)  # a Thursday: "a week on Monday" is 17 August
    told = "Hartsfold Lane will close for roadworks a week on Monday [1]."
    assert unsupported(told, notice, story_date=day) == []
    assert unsupported(told.replace("a week on Monday", "on Monday"), notice, story_date=day)


def test_who_proposed_and_who_seconded_are_who_the_minutes_say() -> None:
    # "Cllr Colley proposed and Cllr Hartigan seconded that the council ..."
    cemetery = _eval_case("final21a", "aa04")
    told = "seconded by Cllr J. Hartigan"
    _told_and_changed(
        cemetery, told, told.replace("J. Hartigan", "D. Fenwick"), told[13:], "Cllr D. Fenwick"
    )
    # "Cllr Rakhit proposed, and Cllr Quennell seconded, that the council formally objects"
    post_office = _eval_case("final36b", "pb07")
    told = "Cllr Dev Rakhit, who proposed the objection"
    wrong = told.replace("Dev Rakhit", "Sarah Quennell")
    _told_and_changed(post_office, told, wrong, "Cllr Dev Rakhit", "Cllr Sarah Quennell")


def test_minutes_shorthand_gives_each_member_one_part_in_a_motion() -> None:
    minutes = (
        "4. Bench on the green. Proposed Cllr Mensah, seconded Cllr Rigby, that the council "
        "buy a bench. Carried."
    )
    told = "The parish council agreed to buy a bench, seconded by Cllr {}."
    assert unsupported(told.format("Rigby"), [minutes]) == []
    assert unsupported(told.format("Mensah"), [minutes]) == [("name", "Cllr Mensah")]
    assert unsupported("Cllr Rigby proposed that the council buy a bench.", [minutes]) == [
        ("name", "Cllr Rigby")
    ]


def test_who_voted_against_is_read_from_the_minutes_brackets_and_from_voted_no() -> None:
    # "Resolved: carried, 6 for, 1 against (Cllr Pettifer), 1 abstention (Cllr Cowdrey)."
    ford = _eval_case("final39a", "sa07")
    told = "Cllr Graham Pettifer, who voted against"
    wrong = told.replace("Graham Pettifer", "Owen Marchant")
    _told_and_changed(ford, told, wrong, "Cllr Graham Pettifer", "Cllr Owen Marchant")
    # "Vote: 5 for, 1 against (Cllr Whitcombe)." told as "with Cllr Whitcombe against".
    baths = _eval_case("final17a", "o08")
    told = "with Cllr Whitcombe against"
    _told_and_changed(
        baths, told, told.replace("Whitcombe", "Barlow"), "Cllr Whitcombe", "Cllr Barlow"
    )
    # "Board member Frank DiNapoli voted no."
    orchard = _eval_case("final21a", "aa08")
    told = "with Frank DiNapoli voting against"
    wrong = told.replace("Frank DiNapoli", "Lydia Ostrander")
    _told_and_changed(orchard, told, wrong, "Frank DiNapoli", "Lydia Ostrander")


def test_a_company_a_plan_is_proposed_by_has_no_part_in_a_motion() -> None:
    # "The turbines, proposed by Northwind Renewables, ..." beside minutes where Cllr
    # Hollis proposed: the sources call it "Northwind Renewables Ltd", a body.
    _told_unflagged("diag5", "m03", "proposed by Northwind Renewables", "Northwind Renewables")


def test_a_totals_line_is_about_the_lines_it_sums() -> None:
    # "Entry fees (54 at £3): £162 / Ringside bucket collection: £1,298 / Total: £1,460"
    told = "Entry fees and a ringside bucket collection raised £1,460"
    _told_unflagged("final40a", "ta07", told, "£1,460")
    assert _planted_caught(_eval_case("final40a", "ta07"), "collection raised £1,298 for")
    # "| Raffle | £640 |" above "| Total | £2,328 |", set with bars.
    _told_unflagged("final40a", "ta09", "a raffle brought in £2,328 on the day", "£2,328")


def test_a_rise_on_last_year_is_worked_out_from_last_years_figure_anywhere() -> None:
    # "Raised for charity by the 2026 championship: £1,120" in the press release's key
    # facts; "Total: £1,460" on the results sheet of 2027.
    fair = _eval_case("final40a", "ta07")
    told = "£340 more than last year's championship"
    _told_and_changed(fair, told, told.replace("£340", "£440"), "£340", "£440")
    # "Visitors at the 2026 fair: 3,900" and "Fair gate attendance: 4,850".
    told = "almost 1,000 more than in 2026"
    _told_and_changed(fair, told, told.replace("1,000", "1,200"), "1,000", "1,200")


def test_the_year_a_figure_is_of_is_read_from_its_words() -> None:
    from pelican_aibot.grounding.check import _Checker, _Sources
    from pelican_aibot.grounding.years import told_year

    today = date(2026, 7, 15)

    def year_of(text: str, figure: str) -> int | None:
        checker = _Checker(text, _Sources([text], today, set()))  # parsed as checked
        f = next(m for m in checker.art.values if text[m.start : m.end] == figure)
        tokens = checker.art.sentences[f.sentence].tokens
        years = [m for m in checker.art.values if m.sentence == f.sentence and m.family == "year"]
        return told_year(tokens, f, years, today)

    told = "The wood held 67 nests, up from 59 last year and 35 a decade ago."
    assert (year_of(told, "67"), year_of(told, "59"), year_of(told, "35")) == (None, 2025, 2016)
    told = "Traps have doubled since 2022, when 40 were set and 3,120 crayfish were caught."
    assert (year_of(told, "40"), year_of(told, "3,120")) == (2022, 2022)
    assert year_of("The count was 12 five years ago.", "12") == 2021
    # The year of another figure, of a season, or of the figure the words go on to.
    assert year_of("Forges fell from 38 in 1990 to just 11.", "11") is None
    assert year_of("It cost £412,600 in 2025/26.", "£412,600") is None
    assert year_of("It had 1,604 in 2025, up from 1,026 the year before.", "1,026") is None
    told = "It reopened in 2024 after a £7.8m refit and last season sold 96,000 tickets."
    assert year_of(told, "£7.8m") == 2024


def test_a_figure_of_a_year_is_found_in_that_years_table_row() -> None:
    # "| Year | Grey heron | Little egret | Cattle egret | Total nests |" with a row a year:
    # "35 a decade ago" is the 2016 row's total, not any 35 of the table.
    _told_unflagged("final39b", "sb08", "up from 59 last year and 35 a decade ago", "35")
    # "| 2022 | 11 Jul - 30 Sep | 40 | 3,120 | 410 |"
    _told_unflagged("final40b", "tb11", "when 40 were set and 3,120 crayfish were caught", "3,120")
    # "| 2023 | 14 | 3 | 7 |": a story's "17 in 2023" is the 2022 row's figure.
    martins = _eval_case("final38b", "rb08")
    assert _planted_caught(martins, "17 in 2023") and _planted_caught(martins, "22 last year")


def test_a_person_of_a_body_is_of_the_body_named_in_full() -> None:
    # "Ian Prothero has been counting the great crested grebes on Hallowmere Reservoir":
    # beside him the sources name the reservoir, never Hallowmere Sailing Club.
    grebes = _eval_case("final40b", "tb12")
    _told_unflagged("final40b", "tb12", "Ian Prothero, of Middlemere Bird Club,", "Ian Prothero")
    assert _planted_caught(grebes, "Ian Prothero, of Hallowmere Sailing Club,")


def test_a_figure_the_sources_give_only_for_another_year_is_flagged() -> None:
    # "| 2024 | 1 Jul - 27 Sep | 60 | 3,950 | 390 |": told as last year's (2025) catch.
    crayfish = _eval_case("final40b", "tb11")
    told = "compares with 2,710 last year"
    _told_and_changed(crayfish, told, told.replace("2,710", "3,950"), "2,710", "3,950")
    # Told with its own year, it is 2024's figure.
    wrong = crayfish.faithful.replace("2,710 last year", "3,950 in 2024")
    assert "3,950" not in _flagged(crayfish, wrong)


def test_a_role_of_something_unnamed_is_the_role_the_sources_give() -> None:
    # "Cllr Sunil Varma (Leader of the Opposition)" while Cllr Roger Bastable is the leader.
    told = "Sunil Varma, leader of the opposition, said"
    _told_unflagged("final40b", "tb03", told, "Sunil Varma, leader")
    assert _planted_caught(_eval_case("final40b", "tb03"), "Varma, cabinet member for")


def test_a_body_that_decided_is_found_over_its_relative_clause() -> None:
    # "Tanbridge Borough Council, which owns the common, voted" where the sources'
    # "Coldharbour Parish Council, which owns the common, voted".
    case = _eval_case("final39a", "sa10")
    assert "Coldharbour Parish Council" not in _flagged(case)
    assert _planted_caught(case, "Tanbridge Borough Council, which owns")


def test_a_body_that_voted_is_the_one_the_sources_say_agreed() -> None:
    sources = [
        "The school hopes to add a second camera. At its meeting on 16 June, Lower Mardle "
        "Parish Council agreed to give £600 towards the camera, which is expected to cost "
        "around £1,100. Helen Raikes, biodiversity officer at Mardlebury District Council, "
        "said schools have a part to play."
    ]
    told = "{body} voted last month to put £600 towards the second camera [1]."
    assert unsupported(told.format(body="Lower Mardle Parish Council"), sources) == []
    wrong = unsupported(told.format(body="Mardlebury District Council"), sources)
    assert ("name", "Mardlebury District Council") in wrong


def test_a_body_that_gave_is_not_another_body_of_the_same_place() -> None:
    # "Penhallow Marine Partnership has given £3,500" where the sources' "Penhallow
    # District Council has given £3,500": one place, two bodies.
    case = _eval_case("final41a", "ua08")
    assert "Penhallow District Council" not in _flagged(case)
    assert _planted_caught(case, "Penhallow Marine Partnership has given")


def test_what_a_body_did_in_a_clause_ending_its_sentence_is_its_own() -> None:
    # "the Merrow Goose Scheme, which paid out £236,700 to 31 farms" is the scheme's
    # payment, not the farmers' forum's.
    case = _eval_case("final41a", "ua12")
    assert "Merrow Goose Scheme" not in _flagged(case)
    assert _planted_caught(case, "The Merrow Farmers' Forum paid out")


def test_a_council_named_only_by_its_sort_is_a_rival_doer() -> None:
    # "The parish council gave £350 in 2026" against the story's "Tamsford District
    # Council gave £350 towards them in 2026".
    case = _eval_case("final41a", "ua03")
    assert "Little Hembury Parish Council" not in _flagged(case)
    assert _planted_caught(case, "Tamsford District Council gave £350")


def test_a_row_is_named_before_its_figure_or_in_after_it() -> None:
    # "| Month | 2026 | 2027 |" heads columns by year and is no row named "Month"; "June
    # was the busiest month, with 127 sightings" is June's row, "41 sightings in May"
    # May's, and July's 17 told as May's is flagged.
    case = _eval_case("final41a", "ua06")
    assert not {"127", "41"} & _flagged(case)
    _told_and_changed(
        case, "There were 41 sightings in May", "There were 17 sightings in May", "41", "17"
    )


def test_a_table_column_headed_owner_gives_its_names_the_verb() -> None:
    # "| Brockley Fen | Marlshire Wildlife Trust |" under "| Site | Owner |": "Brockley
    # Fen, owned by the Marlshire Wildlife Trust" is told, though no sentence says so.
    case = _eval_case("final41a", "ua04")
    assert "Marlshire Wildlife Trust" not in _flagged(case)


def test_a_role_right_before_a_name_is_that_names_not_the_one_before_the_comma() -> None:
    # "Cathedral Close, run by volunteer coordinator Tom Ridley": his role, not the
    # Close's; another name in his place is still caught.
    case = _eval_case("final41a", "ua01")
    assert not any(text.startswith("Cathedral Close") for text in _flagged(case))
    assert _planted_caught(case, "volunteer coordinator Tom Marchbank")


def test_last_weekday_is_not_dated_by_a_reports_own_dateline() -> None:
    # "published ... last Friday" in a story of Wednesday 21 July 2027: the Friday the
    # sources write is a newspaper's "Friday 16 July 2027" above its report, no day of the
    # code's publication (14 July). A notice's "Hearing held: Thursday 15 October 2026"
    # still dates "heard the case last Thursday".
    case = _eval_case("final41a", "ua08")
    assert _planted_caught(case, "Penhallow Marine Partnership last Friday")
    _told_unflagged("final37a", "qa11", "heard the case last Thursday", "Thursday")


def test_who_stood_aside_from_a_vote_is_the_member_the_minutes_name() -> None:
    # Minutes: "Cllr Halloran declared that he is a member of Stanbury & District Angling
    # Club and took no part in item 4"; "Cllr Finnegan declared an interest". A story
    # giving that to another member, over an apposition, is caught.
    case = _eval_case("final41a", "ua07")
    assert _planted_caught(case, "Cllr Peter Ansty, a member of the angling club")
    case = _eval_case("final41a", "ua02")
    told = "Councillor Mark Finnegan, a tenant of the Carrow Hill Estate, declared an interest"
    changed = told.replace("Mark Finnegan", "Joan Castle")
    _told_and_changed(case, told, changed, "Councillor Mark Finnegan", "Councillor Joan Castle")


def test_last_week_and_a_week_tomorrow_are_the_week_and_day_they_are_from_the_story_date() -> None:
    release = (
        "FENBY HERITAGE TRUST\nPress release: Tuesday 12 May 2026\n\n"
        "The trust has given £48,000 to restore the tide mill's wheel. The mill will "
        "reopen to visitors on Saturday 6 June 2026."
    )
    day = date(2026, 5, 29)  # a Friday: last week began on Monday 18 May
    told = "The trust said a fortnight ago it would give £48,000 for the wheel [1]."
    assert unsupported(told, [release], story_date=day) == []
    wrong = told.replace("a fortnight ago", "last week")
    assert unsupported(wrong, [release], story_date=day) == [("date", "last week")]
    reopens = "The mill will reopen to visitors a week tomorrow [1]."
    assert unsupported(reopens, [release], story_date=day) == []  # Saturday 6 June
    later = date(2026, 5, 28)  # from a Thursday, a week tomorrow is Friday 5 June
    assert unsupported(reopens, [release], story_date=later) == [("date", "a week tomorrow")]
    # "the last week of May" and "over the next month" are no weeks or months from today.
    appeal = "The trust gave £48,000 in the last week of its appeal [1]."
    assert unsupported(appeal, [release], story_date=day) == []
    # A month is told by any day of it the sources give; none at all is the error.
    june = "The mill will reopen to visitors next month [1]."
    assert unsupported(june, [release], story_date=day) == []
    assert unsupported(june, [release], story_date=date(2026, 6, 20)) == [("date", "next month")]
    # In December, "next month, on 12 January" is next year's January.
    notice = ["Full council will debate the petition on Tuesday 12 January."]
    debate = "Full council will debate the petition next month, on 12 January [1]."
    assert unsupported(debate, notice, story_date=date(2026, 12, 10)) == []


def test_a_funder_is_told_by_the_sum_it_gives() -> None:
    minutes = (
        "The plan will cost about £18,500. Stoke Ambry Parish Council has given a grant "
        "of £6,000 and the rest will come from ticket sales. Wenlock Vale District "
        "Council's safety advisory group approved the plan yesterday."
    )
    told = "The plan will cost £18,500. Stoke Ambry Parish Council has put in £6,000 [1]."
    assert unsupported(told, [minutes]) == []
    wrong = told.replace("Stoke Ambry Parish Council", "Wenlock Vale District Council")
    assert unsupported(wrong, [minutes]) == [("name", "Wenlock Vale District Council")]
    # A list of who gave what: another line's sum is another gift, no rival of this one.
    _told_unflagged(
        "final27a", "ga03", "Westmoor District Council gave £4,000", "Westmoor District Council"
    )
    # "£11,000 came from the Small Grants scheme": a sum coming from a body.
    assert _planted_caught(_eval_case("final42a", "va12"), "an £11,000 grant from Brackendale")


def test_a_weekday_the_sources_give_an_event_dates_it_against_the_calendar() -> None:
    report = (
        "ASHBURY ECHO, 16 November 2026\n\nAbout 38mm of rain fell on the evening of "
        "Saturday 14 November. A county crew attended on 16 November and cleared eight gullies."
    )
    told = "About 38mm of rain fell on the evening of Saturday, November 14 [1]."
    assert unsupported(told, [report], story_date=date(2026, 11, 20)) == []
    # The weekday is the flood's, so its date is what moved (the crew's day, in real
    # material whose words fit that date's passage).
    assert _planted_caught(_eval_case("final42b", "vb09"), "Saturday, November 16")
    # "from Monday until April 18": no date written with the Monday.
    _told_unflagged("final32a", "la11", "from Monday until April 18", "Monday")
    # A source's own slip ("Saturday 31 May 2026", a Sunday) is told as it was given.
    _told_unflagged("final23a", "ca02", "Saturday 31 May 2026", "Saturday")
    # "Issued: Thursday 9 September 2027" dates its release, no event: "last Thursday"
    # for a breach on Tuesday 7 September is wrong.
    assert _planted_caught(_eval_case("final42a", "va08"), "at low tide last Thursday")


def test_a_seventh_and_a_ninth_are_shares() -> None:
    table = (
        "The mean September flow was 0.06 cubic metres a second, against a long-term "
        "average of 0.42."
    )
    told = (
        "The flow was just a seventh of the long-term average, 0.06 cubic metres a second "
        "against 0.42 [1]."
    )
    assert unsupported(told, [table]) == []
    assert unsupported(told.replace("a seventh", "a ninth"), [table]) == [("number", "a ninth")]


def test_days_after_an_event_count_from_the_day_the_sources_give_it() -> None:
    minutes = (
        "Residents described the flooding of Orchard Close on 14 November. The county "
        "crew that attended on 16 November found eight gullies packed with leaves."
    )
    told = "A county crew came two days after the flood and found eight gullies packed [1]."
    day = date(2026, 12, 1)
    assert unsupported(told, [minutes], story_date=day) == []
    wrong = told.replace("two days", "three days")
    assert unsupported(wrong, [minutes], story_date=day) == [("number", "three days")]


def test_a_role_is_read_with_the_body_named_before_it() -> None:
    show = [
        "Judges: Gwen Hollis (chief judge), Peter Oakden, chairman of Askerby Parish "
        "Council, and Sandra Quayle. Society chairman Richard Fenwick presented the cup."
    ]
    ok = "The judges included Askerby Parish Council chairman Peter Oakden [1]."
    # The chairman of Askerby, though the sources' chairman without a body is another.
    assert unsupported(ok, show) == []
    assert unsupported(ok.replace("Peter Oakden", "Richard Fenwick"), show)
    trust = [
        "Rachel Imrie, director of the Lidden River Trust, said the fish had died. Graham "
        "Tulley, the water company's director, apologised."
    ]
    ok = "The fish had died, said trust director Rachel Imrie [1]."
    # "trust director": the director of the one body of the sources called a trust.
    assert unsupported(ok, trust) == []
    firm = [
        "Ines Valcourt, chief executive of Corvale, said the plant would stay. The brewer's "
        "chief executive, Simon Hart, welcomed the deal."
    ]
    ok = "Corvale chief executive Ines Valcourt said the plant would stay [1]."
    assert unsupported(ok, firm) == []
    parish = [
        "Parish council chairman Alan Nance said the pool mattered. Lowenna Pascoe, chair "
        "of the Porthkellis Parish Council pool committee, thanked swimmers."
    ]
    ok = "Parish council chairman Alan Nance said the pool mattered [1]."
    # The sources give him the same role in the same words: no body is inferred.
    assert unsupported(ok, parish) == []


def test_a_role_holder_is_found_past_a_nickname_a_title_and_a_long_body() -> None:
    derby = [
        'The Hellcats\' jammer Nadia "Nitro" Okafor scored 23 points. Slammers jammer '
        "Becky Thornbury scored 19."
    ]
    ok = "Hellcats jammer Nadia Okafor scored 23 points [1]."
    # Known by her first name beside the role, she is the jammer of the sources.
    assert unsupported(ok, derby) == []
    hockey = [
        "Ryan Okafor scored with Stormbirds goalie Anders Fjelstad pulled. Huskies "
        "goaltender Marcus Oyelaran stopped 37 shots."
    ]
    ok = "Okafor scored with goaltender Anders Fjelstad pulled [1]."
    # "goalie" is a role as "goaltender" is.
    assert unsupported(ok, hockey) == []
    assert unsupported(ok.replace("Anders Fjelstad", "Marcus Oyelaran"), hockey)
    council = [
        "The Leader of Westmarch County Council, Councillor Judith Amberley, announced her "
        "cabinet. The opposition leader, Derek Keverne, called it a reshuffle."
    ]
    ok = "Westmarch County Council leader Judith Amberley announced her cabinet [1]."
    # A role of a body of three words, set off by commas before the name.
    assert unsupported(ok, council) == []


def test_a_role_beside_a_name_is_not_misread() -> None:
    mill = [
        "Bill Sowden, a retired engineer, surveyed the machinery. Volunteers led by "
        "engineer Bill Sowden cleaned the wheel."
    ]
    ok = "Volunteer Bill Sowden, a retired engineer, surveyed the machinery [1]."
    # "Volunteer" opening the sentence is no word of his name.
    assert unsupported(ok, mill) == []
    forge = [
        "Sarah Quaife, who runs Hollin Lane Forge, has taken on Kieran Budge. The scheme "
        "will also train Jade Ollivant."
    ]
    ok = "Sarah Quaife, who runs Hollin Lane Forge, will train Kieran Budge [1]."
    # "train" is a verb, not a role like "captain".
    assert unsupported(ok, forge) == []
    college = [
        "Present: Professor Martin Ebbs (Chair); Dr Anita Szabo, Director of Accommodation "
        "Services; Ms Priya Raman. Dr Szabo said rents had risen.",
        "Helen Sturridge, regional director for Northgate Student Living, said rents were fair.",
    ]
    ok = "Dr Anita Szabo, its director of accommodation services, said rents had risen [1]."
    # Her role of a field, told after "its".
    assert unsupported(ok, college) == []
    peal = [
        "The youngest ringer, Harriet Quenby, is 16. The oldest, Margaret Pelling, 81, has "
        "rung at All Saints since 1957."
    ]
    ok = "The oldest ringer, Margaret Pelling, 81, has rung there since 1957 [1]."
    # One of several ringers, picked out by age: no single post.
    assert unsupported(ok, peal) == []


def test_the_day_of_minutes_approved_is_no_day_of_a_decision() -> None:
    minutes = [
        "Minutes of the meeting of Scarrowby Parish Council held on Monday 8 March 2027 at "
        "7.30pm in the village hall.\n\n1. The minutes of the meeting held on Monday 8 "
        "February 2027 were approved and signed.\n\n2. Pinfold. The council approved an "
        "extra £3,300 from reserves for the pinfold, by six votes to none."
    ]
    ok = "At its meeting on Monday 8 March 2027, the council approved an extra £3,300 [1]."
    assert unsupported(ok, minutes) == []
    # The day of the last meeting, whose minutes were approved, is no day of this decision.
    bad = ok.replace("8 March", "8 February")
    assert ("date", "8 February 2027") in unsupported(bad, minutes)
    told = "The minutes of the meeting held on Monday 8 February 2027 were approved [1]."
    assert unsupported(told, minutes) == []


def test_a_table_with_a_blank_corner_gives_each_row_its_label_and_year() -> None:
    results = [
        "Sale results\n\n"
        "|              | 2025  | 2026  | 2027  |\n"
        "| Lots offered | 1,240 | 1,105 | 1,380 |\n"
        "| Lots sold    | 1,190 | 1,020 | 1,312 |\n"
        "| Holly, avg   | £21   | £24   | £29   |\n"
    ]
    ok = "A total of 1,312 lots were sold out of 1,380 offered [1]."
    assert unsupported(ok, results) == []
    ok = "In 2026, 1,020 lots were sold out of 1,105 [1]."
    # The other years' figures of the row are no rivals of 2026's.
    assert unsupported(ok, results) == []
    # Another year's figure, told for 2026, is still caught.
    assert ("number", "£21") in unsupported("Holly made £21 a lot in 2026 [1].", results)


def test_a_committee_is_given_to_the_body_whose_committee_it_is() -> None:
    minutes = [
        "SOMERDOWN COUNTY COUNCIL\nHighways and Transport Committee\n\nMinutes of the "
        "meeting held on Wednesday 24 November 2027 at County Hall.\n\n1. Millbrook Lane. "
        "The committee voted nine to two for a night closure. Stenning Parish Council had "
        "written in support."
    ]
    ok = "Somerdown County Council's highways committee voted nine to two for it [1]."
    assert unsupported(ok, minutes) == []
    assert unsupported(ok.replace("Somerdown County Council", "The county council"), minutes) == []
    # The minutes' heading says whose committee it was.
    bad = ok.replace("Somerdown County", "Stenning Parish")
    assert ("name", "Stenning Parish Council's") in unsupported(bad, minutes)
    bad = ok.replace("Somerdown County Council", "The district council")
    assert ("name", "district council") in unsupported(bad, minutes)
    # "the council's" names no body to tell apart.
    assert unsupported(ok.replace("Somerdown County Council", "The council"), minutes) == []
    release = [
        "The county council's cabinet will make a final decision on 16 July. Harnbury Town "
        "Council has asked for the limit to stay."
    ]
    ok = "The county council's cabinet will decide on 16 July [1]."
    assert unsupported(ok, release) == []
    bad = "Harnbury Town Council's cabinet will decide on 16 July [1]."
    assert ("name", "Harnbury Town Council's") in unsupported(bad, release)
    # "Aldermoor council" may be the borough council: neither names what the other lacks.
    news = ["NEWS RELEASE\n\nAldermoor council's cabinet met on Tuesday night."]
    assert unsupported("The borough council's cabinet met on Tuesday [1].", news) == []
    town = [
        "ASHWELL BRIDGE TOWN COUNCIL\nMinutes of the meeting of the Planning and Highways "
        "Committee held on Tuesday 8 September 2026.\n\nAshwell District Council's "
        "planning committee refused the plans in July."
    ]
    ok = "Ashwell Bridge Town Council's planning and highways committee objected [1]."
    # The heading's committee is the town council's, whatever the district's is.
    assert unsupported(ok, town) == []


def test_the_following_monday_is_of_the_week_of_the_day_before_it() -> None:
    source = [
        "Staff were called into the canteen on Friday 5 March and told the news. The "
        "company made the closure public on Monday 8 March."
    ]
    ok = (
        "Staff were told the news on Friday, March 5 [1]. The company made the closure "
        "public the following Monday [1]."
    )
    # Not the Monday of the story's week: the Monday after the day just told.
    assert unsupported(ok, source, story_date=date(2027, 3, 18)) == []
    bad = ok.replace("Monday", "Tuesday")
    assert unsupported(bad, source, story_date=date(2027, 3, 18)) == [("date", "Tuesday")]


def test_an_epithet_age_is_of_the_person_named_a_few_sentences_before() -> None:
    source = [
        'Helen Marsh, 66, who has co-ordinated the patrol since it started, said: "We '
        "stand in the rain with buckets. A closed road does in one night what we cannot "
        'do in a season." Delivery driver Tom Pell, 48, uses the lane every night. Mrs '
        "Marsh said the volunteers would still be out on closure nights."
    ]
    ok = (
        '"We stand in the rain with buckets," said Helen Marsh [1]. "A closed road does '
        'in one night what we cannot do in a season." [1]\n\nThe 66-year-old said the '
        "volunteers would still be out on closure nights [1]."
    )
    # Past the quotation's sentences, the one person named is Helen Marsh.
    assert unsupported(ok, source) == []
    assert unsupported(ok.replace("66-year-old", "48-year-old"), source) == [
        ("number", "48-year-old")
    ]
    firm = [
        "Rosalind Pike, 61, great-granddaughter of co-founder Josiah Pike, said the firm "
        'had fought for years. It made 3.1 million candles last year. "This is hard," she '
        "said. Union member Carol Dent, 66, said staff were shocked."
    ]
    ok = (
        "Managing director Rosalind Pike said the firm had fought for years [1]. It made "
        '3.1 million candles last year [1].\n\n"This is hard," said the 61-year-old [1].'
    )
    # Past a sentence naming nobody.
    assert unsupported(ok, firm) == []
    assert ("number", "66-year-old") in unsupported(ok.replace("61", "66"), firm)
    police = [
        "Detective Constable Rachel Ormsby, 38, said the thieves knew bees. A van was seen "
        "near the wood. A 41-year-old man from Pellingford was arrested on 28 August."
    ]
    told = (
        "Detective Constable Rachel Ormsby said the thieves knew bees [1]. A van was seen "
        "near the wood [1]. A 41-year-old man was arrested on 28 August [1]."
    )
    assert unsupported(told, police) == []
    # "A 38-year-old man" is someone new, not the detective named before.
    assert unsupported(told.replace("41", "38"), police) == [("number", "38-year-old")]


def test_a_quote_may_leave_out_a_sentence_of_its_quotation() -> None:
    source = [
        'Robert Meakin, chief executive of the society, said: "Our founders put these '
        "troughs up because horses were dying of thirst. The horses have gone, but the "
        "troughs remind us of a cause ordinary people once paid for. We are delighted to "
        'help give this one another century."'
    ]
    ok = (
        'Robert Meakin said: "Our founders put these troughs up because horses were dying '
        'of thirst. We are delighted to help give this one another century." [1]'
    )
    # Whole sentences of one quotation, in order: nothing is put in his mouth.
    assert unsupported(ok, source) == []
    assert unsupported(ok.replace("delighted", "sorry"), source)


def test_a_quote_speaker_is_read_past_a_body_or_a_title_in_apposition() -> None:
    release = [
        "Eastwold County Council will move the trough. Councillor Fiona Redgrave, cabinet "
        'member for highways, said: "We have listened to people who told us how much the '
        'old trough means to them."'
    ]
    ok = (
        "Councillor Fiona Redgrave, Eastwold County Council's cabinet member for highways, "
        'said: "We have listened to people who told us how much the old trough means to '
        'them." [1]'
    )
    assert unsupported(ok, release) == []
    parish = [
        "The Bishop of Marchester, the Rt Revd Andrew Callard, blessed the tree. The "
        'Diocese of Marchester paid for the plaque. Bishop Andrew said: "This tree has '
        'sheltered baptisms for longer than anyone can count."'
    ]
    ok = (
        'The Rt Revd Andrew Callard, Bishop of Marchester, said: "This tree has sheltered '
        'baptisms for longer than anyone can count." [1]'
    )
    # "The Rt Revd" is a title, not "the" before a place.
    assert unsupported(ok, parish) == []


def test_a_charge_is_given_to_the_body_the_sources_give_it() -> None:
    minutes = [
        "The clerk reported that Eastwold County Council's junction scheme requires the "
        "Victorian horse trough, which belongs to the Town Council, to be moved. The "
        "County Council will pay for the move."
    ]
    ok = "The trough, which belongs to the Town Council, will be moved [1]."
    assert unsupported(ok, minutes) == []
    bad = "Eastwold County Council, which owns the trough, will pay for the move [1]."
    assert ("name", "Eastwold County Council") in unsupported(bad, minutes)
    fen = [
        "Ashwell Fen is managed by Lowmere Wildlife Trust. Brackenmoor Bird Observatory "
        "fitted the tags."
    ]
    ok = "Lowmere Wildlife Trust, which manages the fen, fitted no tags [1]."
    assert unsupported(ok, fen) == []
    bad = "Brackenmoor Bird Observatory, which manages the fen, fitted the tags [1]."
    assert ("name", "Brackenmoor Bird Observatory") in unsupported(bad, fen)
    roads = [
        "Station Road is managed by Wealdshire County Council, which is responsible for "
        "roads in the area. Stenbury Borough Council ran the survey."
    ]
    bad = "Stenbury Borough Council, which is responsible for roads in the area, ran it [1]."
    assert ("name", "Stenbury Borough Council") in unsupported(bad, roads)
    # A name wrapped over two lines of a source is still the one name.
    hub = ["Customers can pay in cash at a counter run by the Post\nOffice in the hub."]
    assert unsupported("Customers can use a counter run by the Post Office [1].", hub) == []


def test_years_counted_to_a_year_to_come_and_since_a_year_within_a_hedge() -> None:
    told = [
        "The last of the old walnut trees was felled in 1962 after a gale. The first "
        "small harvest of the new orchard is expected in 2034."
    ]
    day = date(2028, 1, 13)
    ok = "The first harvest is not expected until 2034, six years away [1]."
    assert unsupported(ok, told, story_date=day) == []
    bad = "The first harvest is not expected until 2034, nine years away [1]."
    assert ("number", "nine years") in unsupported(bad, told, story_date=day)
    ok = "The orchard comes more than 60 years after the last old tree was felled [1]."
    assert unsupported(ok, told, story_date=day) == []
    bad = "The orchard comes more than 70 years after the last old tree was felled [1]."
    assert ("number", "70 years") in unsupported(bad, told, story_date=day)


def test_a_person_known_by_a_first_name_after_a_word_of_kin_has_her_age() -> None:
    # "his daughter Ellie, 27" is Ellie Aldridge, the one Ellie the sources name in full.
    told = [
        "Tom Aldridge, 58, farms the land. His daughter Ellie, 27, suggested the walnut "
        "orchard. Ellie Aldridge said walnuts were a long game."
    ]
    ok = "Ellie Aldridge, 27, suggested the walnut orchard [1]."
    assert unsupported(ok, told) == []
    bad = "Ellie Aldridge, 29, suggested the walnut orchard [1]."
    assert ("number", "29") in unsupported(bad, told)
    assert "27" not in _flagged(_eval_case("final44a", "xa07"))
    # A place's first word is nobody's first name: "the Carrowdale network" is no person.
    water = [
        "Westmarch Water said it had moved 9 megalitres a day into the Carrowdale "
        "network. Carrowdale Reservoir stood at 41%."
    ]
    ok = "The company moved 9 megalitres a day into the Carrowdale network [1]."
    assert unsupported(ok, water) == []


def test_a_sum_asked_for_is_the_sum_requested() -> None:
    # "had been asked for £8,600" where the minutes say "requested £7,500": the £8,600
    # is the trust's own appeal.
    assert _planted_caught(_eval_case("final44b", "xb09"), "had been asked for £8,600")


def test_she_points_back_past_a_sentence_that_names_no_person() -> None:
    # "Dartford warblers" in the sentence before names no one the quote's "she" may be.
    told = [
        "Commons warden Kate Rennison said the damage would be serious. The common is "
        "one of three sites where Dartford warblers breed.\n\n"
        '"The warblers live in the gorse all year round. Some birds may have got out," '
        "she said."
    ]
    ok = (
        "Warden Kate Rennison said the damage was serious [1]. "
        '"The warblers live in the gorse all year round," she said [1].'
    )
    assert unsupported(ok, told) == []
    other = [told[0].replace("common is", "common, said Owen Harte, is")]
    assert ("quote", "The warblers live in the gorse all year round,") in unsupported(ok, other)


def test_a_decision_told_by_the_month_of_its_meeting() -> None:
    minutes = [
        "EDDLESTOW PARISH COUNCIL\nMinutes of the meeting held on Monday 6 September 2027\n\n"
        "Present: Cllr Brenda Morley (chair), Cllr Hume, Cllr Pryce.\n\nApologies: none.\n\n"
        "1. The minutes of the previous meeting were approved.\n\n2. Bus shelter. The clerk "
        "will ask for quotes.\n\n3. Village pond. The clerk reported that three quotations "
        "had been received by 12 August 2027. Cllr Hume asked who would maintain the "
        "pond. Resolved: to accept the quotation of Greenreed Ponds Ltd for £18,400. "
        "For 6, against 1.\n\nWork is expected to begin on Monday 18 October 2027."
    ]
    day = date(2028, 2, 10)
    ok = "The parish council agreed in September to accept the £18,400 quotation [1]."
    assert unsupported(ok, minutes, story_date=day) == []
    bad = "The parish council agreed in August to accept the £18,400 quotation [1]."
    assert ("date", "August") in unsupported(bad, minutes, story_date=day)
    # The month of a decision, and the vote told in a line of its own ("For 7, against
    # 2"): "The vote was seven to two".
    assert not {"September", "Monday"} & _flagged(_eval_case("final44a", "xa11"))
    assert "seven to two" not in _flagged(_eval_case("final44a", "xa08"))


def test_a_weekday_told_of_last_week_or_before_last() -> None:
    told = [
        "POND GROUP NEWSLETTER - 3 February 2028\n\nOn the morning of Monday 31 January, "
        "Dennis Copley spotted the first clumps of frog spawn."
    ]
    day = date(2028, 2, 10)  # a Thursday: last week's Monday is 31 January
    ok = "Dennis Copley spotted the first spawn on Monday of last week [1]."
    assert unsupported(ok, told, story_date=day) == []
    bad = "Dennis Copley spotted the first spawn on Monday this week [1]."
    assert ("date", "Monday") in unsupported(bad, told, story_date=day)
    planted = [
        "COUNCIL NEWS RELEASE Issued: 20 January 2028\n\nThe final tree was planted on "
        "Friday 14 January 2028."
    ]
    day = date(2028, 1, 26)  # a Wednesday: last Friday is the 21st, the one before the 14th
    ok = "The last of the trees went in on Friday before last [1]."
    assert unsupported(ok, planted, story_date=day) == []


def test_a_table_row_labelled_with_a_note_in_brackets() -> None:
    minutes = [
        "Tenders: the lowest was £1,260,000.\n\nFunding:\n"
        "| Source                                        | Amount     |\n"
        "| Flood defence grant (awarded 29 October 2027) | £840,000   |\n"
        "| Board reserves                                | £420,000   |\n"
        "| Total                                         | £1,260,000 |\n"
    ]
    ok = "A national flood defence grant of £840,000 covers most of the cost [1]."
    assert unsupported(ok, minutes) == []


def test_a_figure_after_while_is_not_owned_by_the_name_before() -> None:
    results = [
        "| Species      | 2026  | 2025  | Change |\n"
        "| Red admiral  | 3,305 | 2,188 | +51%   |\n"
        "| Common blue  | 2,744 | 1,988 | +38%   |\n"
    ]
    ok = "Red admirals rose from 2,188 to 3,305, while common blues were up by 38% [1]."
    assert unsupported(ok, results) == []


def test_others_of_a_group_are_the_group_less_one() -> None:
    told = [
        "Rebecca Thornley, 44, was one of 12 members of the Aldcaster Wheelers on a "
        "Sunday morning ride when the accident happened."
    ]
    ok = "She was riding with 11 other members of Aldcaster Wheelers when she fell [1]."
    assert unsupported(ok, told) == []
    bad = "She was riding with 12 other members of Aldcaster Wheelers when she fell [1]."
    assert ("number", "12") in unsupported(bad, told)


def test_a_table_row_with_blank_cells_keeps_its_columns() -> None:
    # "| Total | | 30 | |": the 30 is under "Stiles", not lost with the row.
    notice = [
        "Works to replace stiles:\n\n"
        "| Parish        | Footpath | Stiles | Works begin  |\n"
        "| Ashby Tarrant | FP 12    | 7      | 7 June 2027  |\n"
        "| Coldharbour   | FP 4     | 3      | 14 June 2027 |\n"
        "| Total         |          | 10     |              |\n"
    ]
    ok = "In all, 10 stiles will be replaced [1]."
    assert unsupported(ok, notice) == []


def test_a_vice_chair_is_no_chair_and_a_council_tier_is_the_persons() -> None:
    minutes = ["Present: Cllr Derek Hollis (chair), Cllr Sarah Quayle (vice-chair), Cllr Abiodun."]
    ok = "Committee vice-chairman Cllr Sarah Quayle said the scheme was popular [1]."
    assert unsupported(ok, minutes) == []
    bad = "Committee vice-chairman Cllr Derek Hollis said the scheme was popular [1]."
    assert ("name", "vice-chairman Cllr Derek Hollis") in unsupported(bad, minutes)
    told = [
        "District councillor Harriet Quayle voted against. Parish council chair Brenda "
        "Morley said the bill was £19,150."
    ]
    ok = "District councillor Harriet Quayle and parish council chair Brenda Morley spoke [1]."
    assert unsupported(ok, told) == []
    bad = "County councillor Harriet Quayle voted against the rise [1]."
    assert ("name", "councillor Harriet Quayle") in unsupported(bad, told)
    bad = "The district council chair, Brenda Morley, said the bill had risen [1]."
    assert ("name", "chair, Brenda Morley") in unsupported(bad, told)


def test_a_body_told_by_its_kind_alone_did_it_not_another_body() -> None:
    newsletter = [
        "Marlshire County Council is replacing 146 stiles with gates. The Hollin Vale "
        "Ramblers fitted 52 of the gates. The council has agreed that the 9 stone stiles "
        "in the valley will be kept, with a gate fitted alongside where needed."
    ]
    ok = "Marlshire County Council has agreed that the 9 stone stiles will be kept [1]."
    assert unsupported(ok, newsletter) == []
    bad = "The Hollin Vale Ramblers have agreed that the 9 stone stiles will be kept [1]."
    assert ("name", "Hollin Vale Ramblers") in unsupported(bad, newsletter)


def test_a_seat_on_a_body_is_told_with_the_person() -> None:
    report = [
        "County councillor Jean Ashdown, who represents the Harnby division on Wealdmoor "
        "County Council, joined the campaigners. Little Harnby Parish Council will discuss "
        "the postbox at its meeting next week."
    ]
    ok = "Jean Ashdown, who represents Harnby on Wealdmoor County Council, backed them [1]."
    assert unsupported(ok, report) == []
    bad = "Jean Ashdown, who represents Harnby on Little Harnby Parish Council, backed them [1]."
    assert ("name", "Little Harnby Parish Council") in unsupported(bad, report)
    # "a member of" may be told in the next sentence.
    newsletter = [
        "The hop was found in 2021 by Edith Rawle, 81. She is a member of the Little "
        "Haddow History Society. Brookhurst Plants raised 300 young plants."
    ]
    ok = "Edith Rawle, a member of the Little Haddow History Society, found it [1]."
    assert unsupported(ok, newsletter) == []


def test_a_role_of_a_named_body_is_the_persons_role_of_that_body() -> None:
    minutes = [
        "Cllr Marian Dunstall, chair of Brackenholt Parish Council, addressed the "
        "committee. East Tallow District Council's planning committee approved 146 homes."
    ]
    ok = "Cllr Marian Dunstall, chair of Brackenholt Parish Council, spoke [1]."
    assert unsupported(ok, minutes) == []
    bad = "Cllr Marian Dunstall, chair of East Tallow District Council, spoke [1]."
    assert ("name", "Cllr Marian Dunstall, chair of East Tallow District Council") in unsupported(
        bad, minutes
    )
    # A body the sources never name with the person.
    told = [
        "Headteacher Jo Farrant said her pupils had brought 295 items.",
        "Haddow Hill School brought 385 items to the harvest festival.",
    ]
    bad = "Jo Farrant, headteacher of Haddow Hill School, said it was a record [1][2]."
    assert ("name", "Jo Farrant, headteacher of Haddow Hill School") in unsupported(bad, told)


def test_a_resolution_is_the_decision_of_the_body_whose_minutes_they_are() -> None:
    told = [
        "OLDMERE INTERNAL DRAINAGE BOARD\n\nMinutes of the meeting held on Wednesday "
        "17 November 2027\n\nPresent: Geoffrey Stannard (chairman), Janet Oakes.\n\n"
        "3. Sluice gate. Tenders: five received.\n\nResolved: to award the contract "
        "to Tennant Marsh Ltd for £1,260,000.",
        "Sallowby County Council has made an order closing Dyke Road for the work.",
    ]
    ok = "The Oldmere Internal Drainage Board awarded the £1.26 million contract [1]."
    assert unsupported(ok, told) == []
    bad = "Sallowby County Council awarded the £1.26 million contract [1][2]."
    assert ("name", "Sallowby County Council") in unsupported(bad, told)


def test_what_a_bodys_staff_did_is_the_bodys() -> None:
    release = [
        "Wyre Vale District Council's street cleansing crews collected 486 bags of litter "
        "on Monday 4 October. Pellingham Town Council thanked the volunteers."
    ]
    ok = "Wyre Vale District Council collected the 486 bags on Monday 4 October [1]."
    assert unsupported(ok, release) == []
    bad = "Pellingham Town Council collected the 486 bags on Monday 4 October [1]."
    assert ("name", "Pellingham Town Council") in unsupported(bad, release)


def test_a_figure_on_a_bodys_own_results_line_is_its_own() -> None:
    told = [
        "Youth Choir (under 18)\n1. St Ambrose Youth Choir (dir. Karen Lindahl) 93.0\n"
        "2. Westfield High Chamber Singers (dir. Paul Ferrante) 88.5",
        "The St Ambrose Youth Choir scored 93 out of 100, the best mark of the day.",
    ]
    ok = "St Ambrose won, ahead of the Westfield High Chamber Singers, who scored 88.5 [1][2]."
    assert unsupported(ok, told) == []


def test_a_rounded_figure_is_rounded_to_its_own_last_digit() -> None:
    report = ["The group checked 8,412 vehicles in 46 roadside sessions at three sites."]
    ok = "The group checked about 8,400 vehicles in 46 sessions [1]."
    assert unsupported(ok, report) == []
    ok = "The group checked about 8,000 vehicles in 46 sessions [1]."
    assert unsupported(ok, report) == []
    bad = "The group checked about 9,000 vehicles in 46 sessions [1]."
    assert ("number", "9,000") in unsupported(bad, report)
    told = ["The appeal has 243 backers so far."]
    assert unsupported("The appeal has about 250 backers [1].", told) == []


def test_a_lead_figure_told_below_counts_the_same_thing() -> None:
    told = [
        "The petition has 1,274 signatures. A count in March recorded 1,540 vehicles a "
        "day on Becket Road."
    ]
    bad = (
        "Parents have handed in a petition with more than 1,500 signatures [1].\n\n"
        "A count in March recorded 1,540 vehicles a day on Becket Road [1]."
    )
    assert ("number", "1,500") in unsupported(bad, told)


def test_a_month_alone_is_no_rival_of_a_day_in_it() -> None:
    told = [
        "Summer report: 1 June to 31 August 2027. Volunteers recorded 1,139 vehicles.",
        "Police bulletin. Volunteers passed us 1,139 vehicles recorded between June and August.",
    ]
    ok = "Volunteers recorded 1,139 vehicles between 1 June and 31 August 2027 [1]."
    assert unsupported(ok, told) == []


def test_a_seat_told_by_representing() -> None:
    report = [
        "MARSHFIELD COUNTY COUNCIL\n\nKingsmere Area Highways Forum\n\nAlso present: "
        "Cllr Sam Hartigan (Kingsmere Town Council); 23 members of the public.\n\n"
        "Cllr Hartigan said Kingsmere Town Council would offer £5,000 towards a crossing."
    ]
    ok = "Cllr Sam Hartigan, representing Kingsmere Town Council, backed it [1]."
    assert unsupported(ok, report) == []
    bad = "Cllr Sam Hartigan, representing Marshfield County Council, backed it [1]."
    assert ("name", "Marshfield County Council") in unsupported(bad, report)


def test_a_things_age_from_an_old_year_it_is_dated() -> None:
    entry = [
        "List entry. Mounting block, dated 1736. Local gritstone, three steps.",
        "The Drovers' Arms has stood on Market Street for centuries. Campaigners "
        "gathered 1,342 signatures.",
    ]
    day = date(2027, 10, 28)
    ok = "The village's 291-year-old mounting block is saved [2]."
    assert unsupported(ok, entry, story_date=day) == []
    bad = "The village's 219-year-old mounting block is saved [2]."
    assert ("number", "219-year-old") in unsupported(bad, entry, story_date=day)


def test_the_sum_of_a_table_column_without_a_total_row() -> None:
    newsletter = [
        "We are looking for volunteers for the sessions below.\n\n"
        "| Date            | Task                | Volunteers needed |\n"
        "| Saturday 6 May  | First training      | 20                |\n"
        "| Saturday 13 May | Training            | 20                |\n"
        "| Saturday 20 May | Training and weeding | 15               |\n"
        "| Saturday 3 June | Weeding             | 10                |\n"
    ]
    ok = "The brewery is looking for 65 helpers across the sessions [1]."
    assert unsupported(ok, newsletter) == []
    bad = "The brewery is looking for 75 helpers across the sessions [1]."
    assert ("number", "75") in unsupported(bad, newsletter)


def test_a_measure_converted_beats_a_stray_bare_number() -> None:
    told = [
        "Built in 1878 of pink granite, the fountain stands 4.5 metres high and weighs "
        "about 11 tonnes.",
        "Works will take 14 weeks. Item 15 was deferred.",
    ]
    ok = "The granite fountain, almost 15ft tall, was built in 1878 [1][2]."
    assert unsupported(ok, told) == []
    bad = "The granite fountain, almost 25ft tall, was built in 1878 [1][2]."
    assert ("number", "25ft") in unsupported(bad, told)


def test_a_share_that_fits_the_given_one_and_a_sum_short_of_a_total() -> None:
    # "More than three-fifths of the bill, £38,400" where the minutes give "62 per
    # cent"; "£6,900, nearly £1,500 short of its final total" of £8,350.
    flagged = _flagged(_eval_case("final45b", "yb10"))
    assert not {"three-fifths", "£1,500"} & flagged


def test_a_century_and_more_since_a_thing_was_made() -> None:
    sale = ["Aldercombe Manor has been in the same family since it was built in 1683."]
    day = date(2026, 5, 15)
    ok = "Aldercombe Manor, in the same family for 343 years, has been sold [1]."
    assert unsupported(ok, sale, story_date=day) == []
    bad = "Aldercombe Manor, in the same family for 334 years, has been sold [1]."
    assert ("number", "334 years") in unsupported(bad, sale, story_date=day)


def test_a_name_after_firm_is_the_firms_not_a_holder_of_the_role() -> None:
    told = [
        "Scaffolding was put up by Denholm Access. Sean Denholm, the firm's director, said "
        "the ladders were locked away."
    ]
    ok = (
        "Sean Denholm, director of scaffolding firm Denholm Access, said the ladders were "
        "locked away [1]."
    )
    assert unsupported(ok, told) == []


def test_a_day_word_with_its_date_in_brackets_is_that_date() -> None:
    release = [
        "CROSS SAFELY FERNHILL\nPress release\nFor immediate release: 15 October 2027\n\n"
        "Parents handed in a petition with 1,274 signatures at County Hall yesterday "
        "(Thursday 14 October 2027)."
    ]
    day = date(2027, 10, 26)
    ok = "The petition was handed in at County Hall on Thursday 14 October 2027 [1]."
    assert unsupported(ok, release, story_date=day) == []


def test_a_year_with_the_figure_a_table_row_of_that_year_gives() -> None:
    results = [
        "Results of the trust's surveys:\n\n"
        "| Year | Sites surveyed | Sites with otter signs | Per cent |\n"
        "| 1998 | 60             | 3                      | 5%       |\n"
        "| 2016 | 74             | 19                     | 26%      |\n"
        "| 2022 | 74             | 38                     | 51%      |\n"
        "| 2028 | 74             | 52                     | 70%      |\n",
        "In the trust's first survey, in 1998, signs were found at only three sites.",
    ]
    ok = "That is 70 per cent of sites, up from 51 per cent in 2022 and 26 per cent in 2016 [1][2]."
    assert unsupported(ok, results) == []
    bad = (
        "That is 70 per cent of sites, up from 51 per cent in 2022 and 26 per cent in 2010 [1][2]."
    )
    assert ("date", "2010") in unsupported(bad, results)
    # The real case: a table of years and a first survey "in 1998" told beside them.
    assert not {"2022", "2016"} & _flagged(_eval_case("final45a", "ya02"))


def test_a_part_and_what_is_left_tell_the_whole_no_rival() -> None:
    # "is paying £200 of the fee, leaving the club to pay £250": the £450 fee is told.
    case = _eval_case("final45a", "ya04")
    assert "£200" not in _flagged(case)
    assert _planted_caught(case, "is paying £250 of the fee")


def test_a_figure_as_of_the_day_a_source_was_issued() -> None:
    told = [
        "MID-WESSMOOR MERCURY, 7 April 2028\n\nMole catcher called in\n\nMr Brannock "
        "told the Mercury he had caught 13 moles since starting work last month.",
        "Club newsletter. Fixtures: Saturday 15 April at 2pm, Saturday 22 April at 1.30pm. "
        "Two nets sessions a week from 6pm to 9pm.",
    ]
    ok = "By 7 April the total was 13 [1][2]."
    assert unsupported(ok, told, story_date=date(2028, 4, 12)) == []


def test_no_working_from_a_range_end_or_a_hedge() -> None:
    # "numbers 5 to 10 of the 14 ... 4,200 tonnes" is no 10 x 420 tonnes.
    assert _planted_caught(_eval_case("final45a", "ya09"), "4,200 tonnes")
    # "17 of the avenue's 23 chestnuts - more than four-fifths": the hedge's "more" is no
    # rise from nine to 17.
    assert _planted_caught(_eval_case("final45a", "ya12"), "more than four-fifths")


def test_volumes_told_in_gallons_and_pints() -> None:
    newsletter = ["Last October we pressed 2,640 litres of juice from 118 trees."]
    ok = "Last October they pressed 2,640 litres of juice, about 580 gallons [1]."
    assert unsupported(ok, newsletter) == []
    bad = "Last October they pressed 2,640 litres of juice, about 580 pints [1]."
    assert ("number", "580 pints") in unsupported(bad, newsletter)


def test_two_figures_joined_as_the_source_joins_them() -> None:
    minutes = [
        "Three quotations had been received. Mr Achebe recommended the firm whose quotation "
        "was £38,400, against £41,250 and £44,900 from the other two firms.",
        "The church council accepted the quotation of £38,400 on Tuesday.",
    ]
    ok = "The two other quotations were £41,250 and £44,900 [1]."
    assert unsupported(ok, minutes) == []
    bad = "The two other quotations were £38,400 and £44,900 [1]."
    assert unsupported(bad, minutes)  # the pair is no longer the source's


def test_a_whole_its_own_sentence_splits_into_parts() -> None:
    case = _eval_case("final46a", "za01")
    assert "£7,400" not in _flagged(case)
    # Parts that traded places still add up: they are no evidence for each other.
    assert _planted_caught(_eval_case("final25b", "eb06"), "£3,000 for the church roof fund")
    # Nor are a difference's figures: "75p ... and 59p ..., a difference of 16p".
    assert _planted_caught(_eval_case("final26a", "fa10"), "75p per kWh on the fast")


def test_a_source_weeks_old_speaks_from_its_own_date() -> None:
    # "since Friday" in a paper of Thursday 18 May is 12 May, though the story is of 26 May.
    assert "12 May" not in _flagged(_eval_case("final46a", "za03"))
    # "said today" in a release of Tuesday 2 May is no Tuesday of the story's week.
    assert _planted_caught(
        _eval_case("final46a", "za07"), "apprenticeship under Gareth Pell on Tuesday"
    )
    # "on the equivalent Saturday last year" is no Saturday of this year.
    assert "Saturday" not in _flagged(_eval_case("final46a", "za08"))


def test_a_role_a_newsletter_masthead_gives() -> None:
    newsletter = [
        "The Dibber: newsletter, May 2028\n\nChairman: Trevor Pengelly. Secretary: Moira "
        "Tabb. Membership: 131.\n\nWe counted 140 people through the door in the first hour."
    ]
    ok = "Trevor Pengelly, the club's chairman, counted 140 people in the first hour [1]."
    assert unsupported(ok, newsletter) == []
    bad = "Trevor Pengelly, the club's secretary, counted 140 people in the first hour [1]."
    assert ("name", "Trevor Pengelly, the club's secretary") in unsupported(bad, newsletter)


def test_who_voted_against_in_a_count_with_names() -> None:
    minutes = [
        "Resolved: that the quotation be accepted. Proposed Cllr Kaur, seconded Cllr Brennan. "
        "For 6, against 1 (Cllr Dearlove).\n\nPresent: Cllr P. Dearlove, Cllr J. Whitlock."
    ]
    ok = "Cllr Dearlove, who voted against, said the county should pay [1]."
    assert ("name", "Cllr Dearlove") not in unsupported(ok, minutes)
    bad = "Cllr Whitlock, who voted against, said the county should pay [1]."
    assert ("name", "Cllr Whitlock") in unsupported(bad, minutes)


def test_a_share_of_the_whole_told_after_it() -> None:
    # "almost two-thirds of the 2,400 it started with": of 2,400, not of another pair.
    assert _planted_caught(_eval_case("final46a", "za12"), "almost two-thirds")
    # "more than three-quarters of the cost": of sums of money, not "seven of nine" presses.
    assert _planted_caught(_eval_case("final46a", "za09"), "more than three-quarters")
    # ... though the sources give another share ("more than a fifth of its notes").
    assert "four-fifths" not in _flagged(_eval_case("final27b", "gb10"))
    # A part changed a little still fits "almost three-quarters": the sources' part is
    # the working, and the changed one is no operand of it.
    assert _planted_caught(_eval_case("final33a", "ma09"), "£368,900")


def test_an_amount_for_another_period() -> None:
    minutes = [
        "Resolved: that a 25-year lease be granted from 1 January 2028 at a rent of £250 a year."
    ]
    ok = "The lease starts on 1 January 2028, at a rent of £250 a year [1]."
    assert unsupported(ok, minutes) == []
    bad = "The lease starts on 1 January 2028, at a rent of £250 a month [1]."
    # Reported with the period, which is what is wrong.
    assert ("number", "£250 a month") in unsupported(bad, minutes)


def test_a_figure_with_its_digits_swapped() -> None:
    results = [
        "Entries this year: 41 stations from three counties. Gold went to Pellingford "
        "with 188 points, silver to Ashcombe Road with 181 and bronze to Dunsley with 176."
    ]
    ok = "A total of 41 stations entered the contest [1]."
    assert unsupported(ok, results) == []
    bad = "A total of 14 stations entered the contest [1]."
    assert ("number", "14") in unsupported(bad, results)
    # The real case: "a total" would work 14 out of the results table's figures.
    assert _planted_caught(_eval_case("final46b", "zb04"), "A total of 14 stations")


def test_a_figure_a_release_repeats_in_its_key_facts_is_one_fact() -> None:
    # "380 wreaths" and "Wreaths supplied: 380" are one fact: "380 collectors ... 380
    # wreaths" tells it twice.
    assert _planted_caught(_eval_case("final46b", "zb07"), "This year 380 collectors")


def test_the_date_of_the_next_meeting_is_no_day_of_its_decisions() -> None:
    minutes = [
        "Minutes of the meeting of Hatherden Parish Council held on Monday 1 March 2027\n\n"
        "Resolved: that a grant of £750 be made to the trust. (For 4, Against 0.)\n\n"
        "Date of next meeting: Monday 5 April 2027."
    ]
    day = date(2027, 4, 20)
    ok = "At its meeting on Monday 1 March 2027, the council made the trust a grant of £750 [1]."
    assert unsupported(ok, minutes, story_date=day) == []
    bad = ok.replace("1 March", "5 April")
    assert ("date", "5 April 2027") in unsupported(bad, minutes, story_date=day)
    # The next meeting told as one still to come is that meeting.
    ahead = "The council will meet next on Monday 5 April 2027 [1]."
    assert unsupported(ahead, minutes, story_date=date(2027, 3, 10)) == []
    assert _planted_caught(_eval_case("final39a", "sa02"), "Wednesday 10 March 2027")


def test_a_share_of_a_cost_is_of_the_sums_its_sentence_gives() -> None:
    release = [
        "The £214,000 roof repair was paid for by a £120,000 grant from the Cotterell "
        "Heritage Foundation, £86,000 raised by Friends and £8,000 from the town council."
    ]
    ok = (
        "A £120,000 grant from the Cotterell Heritage Foundation covered more than half of "
        "the bill [1]."
    )
    assert unsupported(ok, release) == []
    # £86,000 of £120,000 is more than two-thirds, but the grant is the part told.
    bad = ok.replace("more than half", "more than two-thirds")
    assert ("number", "two-thirds") in unsupported(bad, release)
    # "of it" is of the sum just before; "the total" after a gift is of the whole cost.
    of_it = "The repair cost £214,000, more than half of it paid by a £120,000 grant [1]."
    assert unsupported(of_it, release) == []
    assert ("number", "three-quarters") in unsupported(
        of_it.replace("more than half", "more than three-quarters"), release
    )
    total = "Friends raised £86,000, about 40 per cent of the total [1]."
    assert unsupported(total, release) == []
    assert ("number", "60 per cent") in unsupported(total.replace("40", "60"), release)
    # Real cases: a share of a figure is of figures in its unit (no "7pm of 1,840
    # loads"), and parts "between them" add up.
    assert _planted_caught(_eval_case("final47b", "ad12"), "nearly two-thirds")
    assert _planted_caught(_eval_case("final47a", "ac10"), "more than 80 per cent")
    assert "85 per cent" not in _flagged(_eval_case("final40a", "ta10"))
    assert "nine-tenths" not in _flagged(_eval_case("final47a", "ac11"))


def test_an_issue_number_is_no_count() -> None:
    newsletter = [
        "Newsletter No 88 - issued 4 July 2028\n\nOf the 23 stones on the route, 21 were "
        "located by members of the society."
    ]
    ok = "Members of the history society located 21 of the 23 stones [1]."
    assert unsupported(ok, newsletter) == []
    assert "21" not in _flagged(_eval_case("final47a", "ac01"))


def test_figures_told_in_the_order_of_a_table_column() -> None:
    table = [
        "Who came, and when:\n\n"
        "| Weekend | Volunteers | Hours worked |\n"
        "|---|---|---|\n"
        "| 6-7 November | 31 | 248 |\n"
        "| 13-14 November | 24 | 206 |\n"
        "| 20-21 November | 19 | 158 |\n"
    ]
    ok = (
        "The first weekend drew the biggest turnout, 31 people, with 24 on the second and 19 "
        "on the third [1]."
    )
    assert not {"31", "24", "19"} & {text for _, text in unsupported(ok, table)}
    swapped = ok.replace("24 on the second and 19", "19 on the second and 24")
    assert {"19", "24"} & {text for _, text in unsupported(swapped, table)}


def test_a_building_year_moved_from_its_listing() -> None:
    facts = ["The meeting house was built in 1689 and was listed Grade II* in 1951."]
    ok = "The meeting house, built in 1689, is one of the oldest in the county [1]."
    assert unsupported(ok, facts) == []
    bad = ok.replace("1689", "1951")
    assert ("date", "1951") in unsupported(bad, facts)
    assert _planted_caught(_eval_case("final47a", "ac09"), "built in 1951")


def test_who_abstained_in_the_minutes_count() -> None:
    minutes = [
        "Present: Cllr R. Tebbutt (Chairman), Cllr H. Baines, Cllr T. Vickery.\n\n"
        "Resolved: to fund the recut up to £3,850 from the general reserve. "
        "(For 7, against 0, abstentions 1: Cllr Baines.)"
    ]
    ok = "The vote was seven in favour with one abstention, from Cllr Baines [1]."
    assert unsupported(ok, minutes) == []
    bad = ok.replace("Baines", "Vickery")
    assert any(kind == "name" for kind, _ in unsupported(bad, minutes))


def test_a_fund_given_to_another_body() -> None:
    notes = [
        "An application for £1,500 had been made to Breckhurst District Council's "
        "community heritage fund. Dr Fiona Quayle, county archaeologist at Breckshire "
        "County Council, praised the village."
    ]
    ok = "The £1,500 came from Breckhurst District Council's community heritage fund [1]."
    assert unsupported(ok, notes) == []
    bad = ok.replace("Breckhurst District", "Breckshire County")
    assert ("name", "Breckshire County Council's") in unsupported(bad, notes)


def test_a_partner_named_as_another_person() -> None:
    profile = [
        "He lives in Upper Caddon with his partner, Lucy, and their two children. "
        "Contact volunteer coordinator Faye Hollins for shifts."
    ]
    ok = "He will move into the lock cottage with his partner, Lucy [1]."
    assert unsupported(ok, profile) == []
    bad = ok.replace("Lucy", "Faye")
    assert ("name", "Faye") in unsupported(bad, profile)
    assert _planted_caught(_eval_case("final46b", "zb12"), "daughter, Gwen")
    # A partner is partner to both: "Mr Garvey's partner, Shona" makes him hers.
    assert "Lee Garvey" not in _flagged(_eval_case("final8a", "w10"))


def test_a_body_responsible_after_an_apposition() -> None:
    release = [
        "Northmoor County Council, as highways authority, is responsible for the bridge "
        "because it carries a public bridleway. Hawkridge Parish Council will put up a plaque."
    ]
    ok = (
        "Northmoor County Council is responsible for the bridge because it carries a bridleway [1]."
    )
    assert unsupported(ok, release) == []
    bad = ok.replace("Northmoor County", "Hawkridge Parish")
    assert ("name", "Hawkridge Parish Council") in unsupported(bad, release)


def test_years_counted_from_a_year_told_after_them() -> None:
    profile = [
        "Among those waiting was Len Treloar, 81, who served aboard LV44 as a deckhand "
        "and then a lamplighter from 1964 until 1972."
    ]
    day = date(2028, 1, 20)
    ok = "Len Treloar, 81, served aboard as a lamplighter for eight years from 1964 [1]."
    assert unsupported(ok, profile, story_date=day) == []
    bad = ok.replace("eight", "nine")
    assert ("number", "nine years") in unsupported(bad, profile, story_date=day)


def test_a_role_ties_a_person_to_the_body_the_sources_give_them_the_same_way() -> None:
    sources = [
        "Councillor Peter Aske, leader of Haddenford District Council, said the extra money "
        "was the right call. The arts centre opens in September.\n\nHaddenford Town Council "
        "gave £175,000 towards the work, and the Kilnhouse trust raised the rest.",
        "The trust's chair, Margaret Heyes, welcomed the decision.\n\nThe Kilnhouse Arts "
        "Centre Trust was set up in 2019.",
    ]
    good = "Councillor Peter Aske, leader of Haddenford District Council, said it was right."
    assert unsupported(good, sources) == []
    bad = "Councillor Peter Aske, leader of Haddenford Town Council, said it was right."
    assert ("name", "Haddenford Town Council") in unsupported(bad, sources)
    # A role the sources tell only through "the trust's chair" is not judged this way.
    told = "Margaret Heyes, chair of the Kilnhouse Arts Centre Trust, welcomed it."
    assert unsupported(told, sources) == []
    # Nor is a role of a place: "mayor of Haddenford" names no body of hers.
    assert (
        unsupported("Councillor Peter Aske, leader of Haddenford, said it was right.", sources)
        == []
    )


def test_a_planning_officer_is_not_moved_to_the_council_from_the_developer() -> None:
    case = _eval_case("final48b", "af03")
    assert _planted_caught(case, "principal planning officer at North Tamsworth")
    assert "North Tamsworth District Council" not in _flagged(case)


def test_a_bodys_team_or_office_is_not_given_to_another_body() -> None:
    sources = [
        "Brayford District Council's pest control team dealt with 1,486 wasp nests last "
        "year. The council's pest control team charges £75 a visit. Brayford Town Council, "
        "which runs the Lowfield allotments, has put up warning signs.",
        "Westmarch County Council, as highway authority, would make a temporary closure "
        "order. Elsby Cross Parish Council will give £2,000 towards replanting.",
    ]
    good = (
        "Calls to Brayford District Council's pest control team rose. Westmarch County "
        "Council, as highway authority, will make the order."
    )
    assert unsupported(good, sources) == []
    team = good.replace("Brayford District", "Brayford Town")
    assert unsupported(team, sources) == [("name", "Brayford Town Council's")]
    office = good.replace("Westmarch County Council", "Elsby Cross Parish Council")
    assert unsupported(office, sources) == [("name", "Elsby Cross Parish Council")]


def test_a_share_told_as_a_rise_is_worked_out_as_a_rise() -> None:
    # "up by more than a half on the 16,800": a rise from 16,800, not 16,800 of 30,000.
    sources = [
        "The museum had 21,500 visitors last year, up from 16,800 in 2024, and the trust "
        "says it needs 30,000 a year to break even."
    ]
    told = "The museum had 21,500 visitors last year, up by more than a quarter on the 16,800."
    assert unsupported(told, sources) == []
    wrong = told.replace("a quarter", "a half")
    assert unsupported(wrong, sources) == [("number", "a half")]


def test_a_count_is_the_total_of_the_table_column_that_counts_it() -> None:
    # "has recorded 412 trees" from "| Total | 412 | 37 |" under the header "Trees", though
    # a prose sentence ("58 of the 142 ash trees") fits its words better.
    case = _eval_case("final48a", "ae03")
    assert "412" not in _flagged(case)
    assert _planted_caught(case, "412 trees, 58 of them veterans")


def test_years_told_until_a_year_are_the_span_that_ends_there() -> None:
    # "worked at the brickworks for two decades until it closed in 1981" from "worked at
    # the brickworks from 1961 until it closed in 1981".
    case = _eval_case("final48a", "ae12")
    assert "two decades" not in _flagged(case)
    assert _planted_caught(case, "for three decades until")


def test_a_sentence_told_again_with_another_body_of_the_same_place_is_flagged() -> None:
    sources = [
        "Sarne District Council said it would put up 12 new warning signs at beach "
        "entrances before the school summer holidays. The Sarne Bay Inshore Rescue "
        "hovercraft reached the family at 5.19pm."
    ]
    told = (
        "Sarne District Council said it would put up 12 new warning signs at beach "
        "entrances before the school summer holidays."
    )
    assert unsupported(told, sources) == []
    wrong = told.replace("Sarne District Council", "Sarne Bay Inshore Rescue")
    assert unsupported(wrong, sources) == [("name", "Sarne Bay Inshore Rescue")]
    # "Hollinbrook Town Council said it has repaired 1,240 leaks" for Westmarch Water's.
    case = _eval_case("final34a", "na01")
    assert _planted_caught(case, "Hollinbrook Town Council said it has repaired")
    assert "Westmarch Water" not in _flagged(case)


def test_an_age_told_of_kin_is_the_age_the_sources_give_that_kin() -> None:
    sources = [
        "Mrs Vowles and her husband Graham, 66, planted the orchard in 2018. The dog, "
        "Pippin, is four. The farm has 450 trees, and 63 of them have produced truffles."
    ]
    told = "Her husband, a 66-year-old retired vet, admits he had doubts."
    assert unsupported(told, sources) == []
    wrong = told.replace("66-year-old", "63-year-old")
    assert unsupported(wrong, sources) == [("number", "63-year-old")]


def test_a_sum_the_sources_give_another_body_is_flagged_on_the_body() -> None:
    sources = [
        "The restoration cost £312,000. The Heritage Mills Fund gave £240,000 and "
        "Easterwold District Council gave £18,000 towards the work. The Wendle Mills "
        "Society provided 28 volunteers. Millbridge Food Bank will receive £25,000 from "
        "the council. Callowford Parish Council had a quote of £2,750 from Tesdale "
        "District Council's lighting contractor."
    ]
    wrong = (
        "The Heritage Mills Fund gave £240,000 and the Wendle Mills Society gave £18,000 "
        "towards the £312,000 restoration. [1]"
    )
    assert ("name", "Wendle Mills Society") in unsupported(wrong, sources)
    right = wrong.replace("the Wendle Mills Society", "Easterwold District Council")
    assert unsupported(right, sources) == []
    # The one who receives a sum is no rival giver of it, nor is a contractor quoting a
    # price: "to give the food bank £25,000", "spend £2,750".
    given = "Easterwold District Council agreed to give the food bank £25,000. [1]"
    assert not [f for f in unsupported(given, sources) if f[0] == "name"]
    spent = "Callowford Parish Council agreed to spend up to £2,750 on amber shields. [1]"
    assert not [f for f in unsupported(spent, sources) if f[0] == "name"]


def test_a_figure_of_a_table_row_the_sentence_does_not_name() -> None:
    source = (
        "Where the money went:\n\n"
        "Item                              Cost (£)\n"
        "Excavation and silt removal         4,200\n"
        "Clay (140 tonnes, delivered)        9,600\n"
        "Straw, lime and chalk               1,900\n"
        "Total                              15,700\n"
    )
    told = "The work cost £15,700, of which the clay cost £{}. [1]"
    assert ("number", "£4,200") in unsupported(told.format("4,200"), [source])
    assert unsupported(told.format("9,600"), [source]) == []
    # A row named after the figure, or the whole a part is of, is no other row's.
    after = "The remaining £4,200 paid for excavation and silt removal. [1]"
    assert unsupported(after, [source]) == []


def test_a_table_row_labelled_with_a_bracket_is_a_row_of_figures() -> None:
    # "2027 (to 14 Mar)   9   2,318   96   41   17": its figures are about their headers.
    case = _eval_case("final49b", "ah08")
    assert not {"41", "17", "96", "nine"} & _flagged(case)


def test_a_part_and_its_whole_are_no_rivals_of_each_other() -> None:
    # "22 of the creamery's 148 staff" beside key facts giving 148 and 22 in one line.
    case = _eval_case("final49a", "ag09")
    assert "148" not in _flagged(case)
    # Two figures traded in a partitive still are: "16 of its 11".
    assert _planted_caught(_eval_case("final32a", "la01"), "16 of its 11")


def test_a_role_at_a_body_the_source_calls_by_its_sort() -> None:
    sources = [
        "The Sedge Valley Wildlife Trust paid for the closure. Records before 2023 are "
        "held by the Sedge Valley Naturalists' Society. Dr Martin Oakes, amphibian "
        "ecologist at the trust, said the counts had fallen by 41% since 2016."
    ]
    story = (
        "Dr Martin Oakes, amphibian ecologist at the {}, said the counts had fallen by "
        "41% since 2016. [1]"
    )
    assert unsupported(story.format("Sedge Valley Wildlife Trust"), sources) == []
    wrong = unsupported(story.format("Sedge Valley Naturalists' Society"), sources)
    assert ("name", "Sedge Valley Naturalists' Society") in wrong


def test_an_age_worked_out_from_a_birth_the_sources_give() -> None:
    sources = [
        "Father Christmas was played by Colin Partridge, a retired blacksmith born in "
        "March 1949, whose grandfather played the Doctor in 1938."
    ]
    story = "Father Christmas was played by Colin Partridge, {}, a retired blacksmith. [1]"
    day = date(2028, 12, 15)
    assert unsupported(story.format(79), sources, story_date=day) == []
    assert ("number", "75") in unsupported(story.format(75), sources, story_date=day)
    # Born in the story's own month: either age may be right.
    assert unsupported(story.format(78), sources, story_date=date(2027, 3, 2)) == []
    # As an epithet: '"...," the 79-year-old said.'
    assert "79-year-old" not in _flagged(_eval_case("final49a", "ag07"))
    assert "44-year-old" not in _flagged(_eval_case("final49b", "ah12"))


def test_a_share_of_the_sentence_own_sums_is_worked_out_from_them() -> None:
    sources = [
        "The new jetty cost £94,000. Wennetdale District Council gave £40,000 and the "
        'Friends of the Ferry gave £21,000. "The ferry is how half of the village gets '
        'to the surgery," said Cllr Gwen Holloway.'
    ]
    story = (
        "The £94,000 jetty was paid for with £40,000 from Wennetdale District Council, "
        "a little over {} of the cost, and £21,000 from the Friends of the Ferry. [1]"
    )
    assert unsupported(story.format("two-fifths"), sources) == []
    # The source's "half" is of the village, not of the cost.
    flagged = unsupported(story.format("half"), sources)
    assert [text for kind, text in flagged if "half" in text]


def test_a_role_at_a_body_a_source_names_only_in_its_heading_or_before_its() -> None:
    # "From the chair, Malcolm Edey" under a newsletter's "Tarrow Canal Society
    # newsletter"; "Its chair, Cllr Martin Greaves" after the parish council's grant.
    for part, prefix, needle, flag in (
        ("final49a", "ag01", "chair of the Tarrow Canal Trust", "Malcolm Edey, chair"),
        ("final49a", "ag04", "chair of the Friends of Ambry", "Cllr Martin Greaves, chair"),
        ("final50a", "ai02", "chair of the Portskerrow Harbour", "Dr Helen Ashworth, chair"),
        # A body split at its "&": "chairman of the Pellworth & District Historical
        # Society" is no chairman of Pellworth Town Council.
        ("final48b", "af02", "chairman of Pellworth Town", "Dr Keith Abbot, chairman"),
    ):
        case = _eval_case(part, prefix)
        # (reported with the body told after the role: "Malcolm Edey, chair of the ...")
        assert not [t for t in _flagged(case) if t.startswith(flag)]
        wrong = _planted(case, needle).text
        assert [t for t in _flagged(case, wrong) if t.startswith(flag)]
    sources = [
        "PARISH NEWS\nNewsletter of the Hollin Vale Society, May 2028\n\n"
        "From the chair, Dr Ruth Amble\n\nThe Hollin Vale Trust has given us £900 for "
        "the new benches, which were fitted on Saturday."
    ]
    story = "Dr Ruth Amble, chair of the Hollin Vale {}, thanked volunteers. [1]"
    assert unsupported(story.format("Society"), sources) == []
    assert ("name", "Dr Ruth Amble, chair of the Hollin Vale Trust") in unsupported(
        story.format("Trust"), sources
    )


def test_one_office_of_a_body_given_for_another() -> None:
    sources = [
        "The Association's secretary, Lorna Beaton, said the committee would meet on "
        "Friday. Its president, Alasdair Fyfe, presented the cup."
    ]
    story = "The association's {}, Lorna Beaton, said the committee would meet. [1]"
    assert unsupported(story.format("secretary"), sources) == []
    wrong = unsupported(story.format("treasurer"), sources)
    assert ("name", "treasurer, Lorna Beaton") in wrong
    # A description is no office: "Lorna Beaton, a retired teacher".
    plain = "Lorna Beaton, a retired teacher, said the committee would meet. [1]"
    assert unsupported(plain, sources) == []


def test_a_passive_verb_left_out_of_a_second_figure() -> None:
    # "39 were referred by Marchdale Advice Centre and 19 by Hollinsfold Surgery".
    case = _eval_case("final50a", "ai03")
    assert "Hollinsfold Surgery" not in _flagged(case)
    assert _planted_caught(case, "19 by Hollinsfold Parish Council")


def test_a_person_given_another_person_act() -> None:
    # "The events officer, Jade Whitlam, read the proclamation" for the mayor's reading.
    assert _planted_caught(_eval_case("final50a", "ai10"), "Jade Whitlam, read")
    # In a relative clause: "Linda Moyle, the commissioners' vice-chair, who seconded the
    # byelaw", which she proposed ("Proposed by Linda Moyle, seconded by Peter Rowe").
    case = _eval_case("final50b", "aj07")
    assert not {"Linda Moyle", "Peter Rowe"} & _flagged(case)
    wrong = _planted(case, "who seconded the byelaw").text
    assert "Linda Moyle" in _flagged(case, wrong)
    # After a role set off by a comma: "seconded by the chairman, Richard Allonby".
    assert _planted_caught(_eval_case("final50b", "aj09"), "seconded by the chairman")


def test_a_body_told_doing_what_the_sources_tell_of_another_with_its_figure() -> None:
    sources = [
        "Mr Martin Kettering, chairman of the Friends of Chantry Avenue, addressed the "
        "committee and presented a petition of 1,140 signatures. Beckworth Town Council "
        "passed a motion last month asking for a second opinion."
    ]
    story = "{} handed the committee a petition of 1,140 signatures. [1]"
    wrong = unsupported(story.format("Beckworth Town Council"), sources)
    assert ("name", "Beckworth Town Council") in wrong
    assert unsupported(story.format("The Friends of Chantry Avenue"), sources) == []


def test_a_figure_told_with_no_year_is_the_latest_column_of_its_row() -> None:
    source = (
        "The association presented its costs for the last two processions:\n\n"
        "Item                      2027        2028\n"
        "Barriers and fencing    £19,800     £21,600\n"
        "Insurance                £8,700      £9,300\n"
    )
    story = "Barriers and fencing cost {} and insurance {}. [1]"
    assert unsupported(story.format("£21,600", "£9,300"), [source]) == []
    # Told with its year, or as where a change started, an earlier column's figure is
    # that year's.
    dated = "Barriers and fencing cost £19,800 in 2027. [1]"
    assert unsupported(dated, [source]) == []
    change = "Insurance rose from £8,700 to £9,300. [1]"
    assert unsupported(change, [source]) == []


def test_a_quote_given_to_someone_the_pronoun_cannot_be() -> None:
    sources = [
        "Surveyor Craig Tullett, who walked the route twice with fellow surveyor Lydia "
        'Fenn, said the readings differed by less than a metre. "We measured it flat," '
        "he said."
    ]
    story = 'The surveyors agreed. "We measured it flat," said {}. [1]'
    assert unsupported(story.format("Mr Tullett"), sources) == []
    assert ("quote", "We measured it flat,") in unsupported(story.format("Ms Fenn"), sources)


def test_a_quote_of_a_post_with_no_speaker_is_its_author() -> None:
    case = _eval_case("final50b", "aj06")
    assert not [t for t in _flagged(case) if "94 species" in t]
    assert _planted_caught(case, 'Mr Loosemore said: "Every one')


def test_the_chair_of_minutes_naming_one_of_two_chairs() -> None:
    # "The chair said" in minutes listing "Cllr Patricia Winstanley (chair)", while
    # another source names another chair.
    assert _planted_caught(_eval_case("final50b", "aj05"), 'Ms Linacre said: "We are not')


def test_an_attribution_wrapped_onto_the_next_line_is_the_quote_own() -> None:
    # '"... It felt like a county final,"\nsaid Moloney, 29, ...'
    case = _eval_case("final50b", "aj11")
    assert not [t for t in _flagged(case) if "county final" in t]
    assert _planted_caught(case, "said Pádraig Hession, the Carrigmore manager")


def test_a_table_row_opening_with_a_month_is_no_date() -> None:
    # "July          21 ..." is the row of July and its first figure, not "July 21".
    source = (
        "Summary of call-outs, April to July 2027\n\n"
        "Month    All call-outs   Coasteering groups\n"
        "April          9                 1\n"
        "May           12                 2\n"
        "July          21                 7\n"
        "Total         42                10\n\n"
        "The busiest single day was Saturday 24 July, with three call-outs in six hours."
    )
    story = "July was the busiest month, with {} call-outs. [1]"
    assert unsupported(story.format(21), [source], story_date=date(2027, 8, 16)) == []
    assert ("number", "12") in unsupported(story.format(12), [source], story_date=date(2027, 8, 16))


def test_a_total_row_under_the_column_its_sentence_names() -> None:
    # "called to coasteering groups 14 times" is the Total row's "Coasteering groups".
    case = _eval_case("final50b", "aj05")
    flagged = _flagged(case)
    assert "14" not in flagged
    # "from April to July 2027": the span of a title, told as a span.
    assert not {"April", "July 2027"} & flagged
    # "takes groups on Saturdays" is a habit, no day to rival "1 September 2027".
    assert "1 September 2027" not in flagged
    assert _planted_caught(case, "groups 21 times")
    assert _planted_caught(case, "take effect on 1 October 2027")


def test_a_list_of_years_told_with_one_changed() -> None:
    sources = [
        "Glenroskie won the cup in 2025, 2026 and 2028, and went into the final as "
        "holders. Dunmallie won it in 2027, beating Glenroskie 2-1."
    ]
    story = "Glenroskie had won the cup in 2025, 2026 and {}. [1]"
    assert unsupported(story.format(2028), sources) == []
    assert ("date", "2027") in unsupported(story.format(2027), sources)
    # 2027 is in the sources, as a row of a table of finals Glenroskie lost.
    assert _planted_caught(_eval_case("final50a", "ai11"), "2026 and 2027")
    # A list a source gives in full is told as it is, whatever other lists say.
    other = [*sources, "The club's juniors won their league in 2025, 2026 and 2027."]
    juniors = "The juniors won their league in 2025, 2026 and 2027. [2]"
    assert unsupported(juniors, other) == []


def test_a_share_is_of_the_sum_right_beside_it() -> None:
    sources = [
        "The £182,000 conversion was funded by the borough council (£60,000), the town "
        "trust (£45,000), the community foundation (£35,000) and the club's own "
        "fundraising (£42,000)."
    ]
    story = (
        "The £182,000 conversion was funded by the borough council, which gave £60,000, "
        "just under {} of the cost, the town trust with £45,000, the community foundation "
        "with £35,000, and £42,000 raised by the club itself. [1]"
    )
    assert unsupported(story.format("a third"), sources) == []
    # A quarter is the club's £42,000, not the council's sum it stands beside.
    assert ("number", "a quarter") in unsupported(story.format("a quarter"), sources)


def test_a_table_of_pounds_under_its_caption() -> None:
    # "186,000" under "Estimate (£)" is £186,000, and the rows are of the losses the
    # line above the table names.
    source = (
        "The treasurer presented estimated losses:\n\n"
        "  Item                                Estimate (£)\n"
        "  Marquee and structure damage            94,000\n"
        "  Refunds of Sunday advance tickets       58,500\n"
        "  Refunds of Sunday trade stand fees      33,500\n"
        "  Total                                  186,000\n\n"
        "The society's cancellation policy covers up to £150,000, with a £5,000 excess."
    )
    story = "The show has been left facing losses of about {}. [1]"
    assert unsupported(story.format("£186,000"), [source]) == []
    assert ("number", "£150,000") in unsupported(story.format("£150,000"), [source])


def test_a_figure_of_one_row_told_for_a_span_of_rows() -> None:
    # "on 8 test days between January and March": 8 is March's row, the span's is 18.
    source = (
        "Here are the results of our test milling:\n\n"
        "Month       Milling days   Flour out (kg)\n"
        "January           4              610\n"
        "February          6              915\n"
        "March             8            1,220\n"
        "Total            18            2,745\n"
    )
    story = "Volunteers ran the mill on {} test days between January and March. [1]"
    assert unsupported(story.format(18), [source]) == []
    assert ("number", "8") in unsupported(story.format(8), [source])
    # One month's row, named, is that month's.
    assert unsupported("In March the mill ran on 8 days. [1]", [source]) == []


def test_a_role_of_its_body_and_a_body_of_so_many_members() -> None:
    sources = [
        "The Skelthorpe Sea Anglers Club, which has 180 members, opposed it. The chair, "
        "Gwen Attwater, welcomed the ban.",
        "Roy Blenkiron, 66, chair of the Skelthorpe Sea Anglers Club, told us the walk "
        "was too far for some members.",
    ]
    story = (
        "The 180-member Skelthorpe Sea Anglers Club opposed the ban. Its chair, {}, "
        "said the walk was too far for some members. [1][2]"
    )
    assert unsupported(story.format("Roy Blenkiron"), sources) == []
    assert ("name", "chair, Gwen Attwater") in unsupported(story.format("Gwen Attwater"), sources)
    # "the 340-member Tolvane Angling Association": its size, no "member" role.
    case = _eval_case("final51a", "ak07")
    assert not [t for t in _flagged(case) if "Tolvane Angling" in t]
    # ... nor does it hide the body of the role it stands in: "chair of the 630-member
    # Wendry Chamber of Trade", the users' group's chair.
    case = _eval_case("final51a", "ak10")
    wrong = _planted(case, "630-member Wendry Chamber").text
    assert [t for t in _flagged(case, wrong) if t.endswith("Wendry Chamber of Trade")]


def test_a_field_lent_is_no_money_lent() -> None:
    # "lent by Pennyfold Parish Council" when the trust lent the field; the parish
    # council gives money elsewhere, which is no lending of a field.
    case = _eval_case("final51a", "ak06")
    assert _planted_caught(case, "lent by Pennyfold Parish Council")
    assert not [t for t in _flagged(case) if "Orchard Trust" in t]


def test_a_byline_role_is_of_the_body_its_heading_names() -> None:
    # "PENNYFOLD ORCHARD GROUP: NEWS FROM THE ORCHARD / By Pete Ansell, chair": the
    # group's chair, not the Pennyfold Orchard Trust's.
    case = _eval_case("final51a", "ak06")
    wrong = _planted(case, "chair of the Pennyfold Orchard Trust").text
    assert "Pete Ansell, chair of the Pennyfold Orchard Trust" in _flagged(case, wrong)
    assert not [t for t in _flagged(case) if "Ansell" in t]


def test_a_role_with_a_field_is_of_the_body_after_it() -> None:
    # "head of visitor services for the Friends of Callowmere Hall", the trust's.
    case = _eval_case("final51a", "ak02")
    assert _planted_caught(case, "visitor services for the Friends of Callowmere Hall")
    assert not [t for t in _flagged(case) if "Chandra" in t or "Hall Trust" in t]


def test_a_figure_found_as_another_is_no_sum_of_a_column() -> None:
    # "Ms Saltmarsh ... scored 134 marks": the runner-up's 134, which one judge's
    # column (46, 44, 44) happens to add up to.
    case = _eval_case("final51a", "ak03")
    assert _planted_caught(case, "scored 134 marks")
    assert "139" not in _flagged(case)


def test_words_framing_two_values_do_not_vouch_for_either() -> None:
    sources = [
        "Races over 3 miles will be run over 17 fences instead of 18. The Hunt Members' "
        "Race will be run over 14 fences instead of 15."
    ]
    story = "Races over 3 miles were run over {} fences instead of 18. [1]"
    assert unsupported(story.format(17), sources) == []
    assert ("number", "14") in unsupported(story.format(14), sources)


def test_a_sum_raised_for_another_cause() -> None:
    sources = [
        "A bucket collection raised £2,340 for Three Shires Air Ambulance. Thanks also "
        "to St John Ambulance and to the stewards."
    ]
    story = "A bucket collection raised £2,340 for {}. [1]"
    assert unsupported(story.format("Three Shires Air Ambulance"), sources) == []
    assert ("name", "St John Ambulance") in unsupported(story.format("St John Ambulance"), sources)


def test_a_kin_word_the_sources_give_another_way() -> None:
    sources = ["Roger Tarrant writes: my great-grandfather Reuben planted the first bines in 1911."]
    story = "Roger Tarrant wrote that his {} Reuben planted the first bines in 1911. [1]"
    assert unsupported(story.format("great-grandfather"), sources) == []
    assert ("name", "Reuben") in unsupported(story.format("grandfather"), sources)


def test_a_role_after_an_age_told_as_an_epithet() -> None:
    sources = [
        "Brian Tolley, 68, secretary of the Medwin Vale Chess League, said the final was "
        "tense. Thanks go to the Medwin Vale Chess Club and its president, Celia Marsh."
    ]
    story = "Brian Tolley, the league's 68-year-old {}, said the final was tense. [1]"
    assert unsupported(story.format("secretary"), sources) == []
    assert unsupported(story.format("president"), sources) != []


def test_roles_in_a_letter_address_and_a_heading() -> None:
    # "Mr Dev Ramsay / Chair, Hartwold Cycling Club / Copy to: Mrs Margaret Lowes,
    # Chair, Hartwold Parish Council"; "A message from the club chair / Dev Ramsay".
    case = _eval_case("final51b", "al09")
    assert not [t for t in _flagged(case) if "Ramsay" in t]
    wrong = _planted(case, "chair of Hartwold Wheelers").text
    assert "Margaret Lowes, chair of Hartwold Wheelers" in _flagged(case, wrong)
    wrong = _planted(case, "the race director, Dev Ramsay").text
    assert "director, Dev Ramsay" in _flagged(case, wrong)


def test_a_role_of_a_body_named_by_its_sort_after_an_age() -> None:
    # "Ray Colley, the 66-year-old chairman of the parish council": the sources' chairman
    # of Upper Wendle Parish Council, though another chair is named.
    assert "Ray Colley" not in " ".join(_flagged(_eval_case("final37b", "qb09")))


def test_a_quote_after_the_one_person_a_paragraph_tells_of() -> None:
    # 'Ifor Bellamy, 71, of High Scar Farm first sold lambs ... "I sold my first pen of
    # lambs here ..."': his, not Gwen Askew's (nor anyone's "of High Scar Farm").
    case = _eval_case("final51b", "al07")
    assert _planted_caught(case, "said Gwen Askew of High Scar Farm")
    assert not [t for t in _flagged(case) if "first pen" in t]


def test_a_proposal_by_one_seconded_by_another() -> None:
    # "on a proposal by Cllr Sandra Okoro seconded by Cllr Ian Pryce": she proposed.
    case = _eval_case("final51b", "al12")
    assert "Cllr Sandra Okoro" not in _flagged(case)


def test_a_street_is_where_a_figure_is_not_whose() -> None:
    # "Greaves Pharmacy on the High Street will go from 52 to 40 hours".
    flagged = _flagged(_eval_case("final51b", "al12"))
    assert not {"High Street", "Station Road"} & flagged


def test_the_friends_of_a_hall_are_not_the_hall() -> None:
    # "Brayminster's Market Hall will close ... for a £1.46 million repair", where a
    # funding table has a row "Friends of Brayminster Market Hall  £200,000".
    flagged = _flagged(_eval_case("final51a", "ak09"))
    assert not {"£1.46m", "£1.46 million"} & flagged


def test_a_speaker_with_an_age_before_the_body_of_their_role() -> None:
    sources = [
        "Peter Quillan, chair of the Wendry Ferry Users' Group, which has 630 members, "
        'said: "For people here the ferry is the road."'
    ]
    story = (
        "{}, 74, chair of the 630-member Wendry Ferry Users' Group, said: \"For people "
        'here the ferry is the road." [1]'
    )
    assert [k for k, _ in unsupported(story.format("Peter Quillan"), sources)] == ["number"]
    assert ("quote", "For people here the ferry is the road.") in unsupported(
        story.format("Moira Kettleby"), sources
    )


def test_a_village_is_not_the_firm_named_after_it() -> None:
    # "Wrenfold's harvest supper and produce auction raised £5,076" beside a table of
    # lots with a row "Wheatsheaf harvest loaf  Wrenfold Bakery  £120".
    flagged = _flagged(_eval_case("final51b", "al06"))
    assert not {"£5,076", "£3,215"} & flagged


def test_an_age_from_a_results_table() -> None:
    source = (
        "Pos  Rider            Age  Club                   Time\n"
        "1    Callum Ashdown    29  Pellerby Velo          3:41:12\n"
        "2    Ben Hollis        33  Hartwold Wheelers      3:42:40\n"
        "3    Tom Edey          41  Unattached             3:44:58\n"
    )
    story = "Ben Hollis was second and Tom Edey, {}, took third in 3:44:58. [1]"
    assert unsupported(story.format(41), [source]) == []
    assert ("number", "33") in unsupported(story.format(33), [source])


def test_the_next_row_of_a_table_is_another_record() -> None:
    source = (
        "Women\n"
        "1    Nadia Okafor      35  Wendlesham Road Club   4:09:55\n"
        "2    Lucy Varga        27  Pellerby Velo          4:16:31\n"
    )
    story = "Nadia Okafor, of {}, won the women's race in 4:09:55. [1]"
    assert unsupported(story.format("Wendlesham Road Club"), [source]) == []
    assert ("name", "Pellerby Velo") in unsupported(story.format("Pellerby Velo"), [source])


def test_a_name_in_the_clause_of_a_sentence_told_two_in_one() -> None:
    # The article joins two source sentences; the clause after "before" tells the second
    # again, its verb and its figure, with another player of the team in its place.
    source = [
        "Harwick took the lead when Ellen Marsh won on board two in 31 moves.\n\n"
        "Tom Birtle levelled for Kestle Grammar with a win on board five.\n\n"
        "The Kestle team was Amir Rahal, Tom Birtle and Josie Penn."
    ]
    ok = (
        "Harwick took the lead when Ellen Marsh won on board two in 31 moves, before Tom "
        "Birtle levelled with a win on board five [1]."
    )
    assert unsupported(ok, source) == []
    wrong = ok.replace("Tom Birtle", "Josie Penn")
    assert unsupported(wrong, source) == [("name", "Josie Penn")]


def test_an_age_the_sources_give_only_to_the_person_beside_him() -> None:
    # The table gives the champion's age; the runner-up has none. "Luke Opie, 22," takes
    # the champion's, and is reported with the name.
    source = [
        "County wrestling results\n\n"
        "Class          Champion        Age   Runner-up\n"
        "Heavyweight    Jory Pengelly    27   Mark Tonkin\n"
        "Under 85kg     Ben Carne        22   Luke Opie\n\n"
        "Both champions took home £150."
    ]
    ok = "Ben Carne, 22, won the under-85kg class, beating Luke Opie, and took home £150 [1]."
    assert unsupported(ok, source) == []
    wrong = "Luke Opie, 22, won the under-85kg class, beating Ben Carne, and took home £150 [1]."
    assert ("number", "Luke Opie, 22") in unsupported(wrong, source)


def test_who_was_abstaining_in_the_minutes() -> None:
    # "abstaining 1 (Cllr Pilling)": the minutes' side with its count and its member;
    # "with Cllr Hollis abstaining" gives it to another.
    minutes = [
        "Present: Cllr Dora Fenn (Leader), Cllr Ravi Hollis, Cllr Ted Pilling.\n\n"
        "Resolved: to grant £40,000 to the boxing club. For 6; against 0; "
        "abstaining 1 (Cllr Pilling)."
    ]
    ok = (
        "The cabinet approved the £40,000 grant by six votes, with Cllr Ted Pilling abstaining [1]."
    )
    assert unsupported(ok, minutes) == []
    bad = ok.replace("Ted Pilling", "Ravi Hollis")
    assert unsupported(bad, minutes) == [("name", "Cllr Ravi Hollis")]


def test_a_person_of_a_body_told_with_the_whole_of_its_name() -> None:
    # The Farnley hospital named beside the first-aider is no "Farnley Riding Club".
    source = [
        "A rider was treated in the ring by Carol Peck of Dale First Aid Volunteers "
        "before an ambulance took him to Farnley Community Hospital.\n\n"
        "The show raised £3,480 for the pony club.\n\n"
        "The meeting thanked Farnley Riding Club, which lent 12 stewards for the day."
    ]
    ok = "He was treated by Carol Peck of Dale First Aid Volunteers [1]."
    assert unsupported(ok, source) == []
    bad = ok.replace("Dale First Aid Volunteers", "Farnley Riding Club")
    assert ("name", "Carol Peck of Farnley Riding Club") in unsupported(bad, source)


def test_a_figure_of_a_body_told_by_its_acronym() -> None:
    # "The MHWU represents 146": the union's own figure, by its initials, though the
    # story's name leaves out the first word ("Maritime and").
    source = [
        "FOR IMMEDIATE RELEASE 3 April 2029\n\n"
        "The Maritime and Harbour Workers' Union (MHWU) said crews had voted to strike.\n\n"
        "Of those balloted, 118 returned papers.\n\n"
        "The company's offer was 3.5% for 2029.\n\n"
        "Notes to editors. The MHWU represents 146 of the 171 staff on the two ferries."
    ]
    ok = (
        "The Maritime and Harbour Workers' Union balloted 146 members among the 171 staff "
        "on the two ferries [1]."
    )
    assert unsupported(ok, source) == []


def test_the_base_of_a_rate_is_part_of_its_unit() -> None:
    # "per 100ml" four times in one paragraph is one unit told four times, not four
    # counts of 100; nor is the table's "(cfu/100ml)" a rival of the 38 beside it.
    source = [
        "Bathing water update, issued 12 November.\n\n"
        "Sample date    E. coli (cfu/100ml)    Enterococci (cfu/100ml)\n"
        "1 Nov          140                    44\n"
        "8 Nov          96                     38\n\n"
        "Our advice threshold is 500 cfu per 100ml for E. coli and 200 cfu per 100ml "
        "for enterococci."
    ]
    ok = (
        "The latest sample showed 96 cfu per 100ml of E. coli and 38 "
        "cfu per 100ml of enterococci. The advice threshold is 500 cfu per 100ml for E. coli "
        "and 200 cfu per 100ml for enterococci [1]."
    )
    assert unsupported(ok, source) == []
    assert ("number", "72") in unsupported(ok.replace("38", "72"), source)


def test_a_lost_vote_told_the_other_way_round() -> None:
    # Minutes count for, then against; a story tells a defeat biggest first. The
    # carried vote beside it is no better fit for "lost by six votes to three".
    minutes = [
        "Cllr Owen Tully moved an amendment to end the contract immediately. The amendment "
        "was lost, 3 votes to 6. The recommendation was then carried, 7 votes to 1."
    ]
    ok = (
        "An amendment from Councillor Owen Tully to end the contract at once was lost by six "
        "votes to three [1]."
    )
    assert unsupported(ok, minutes) == []


def test_a_councillor_after_from_is_a_speaker_not_a_place() -> None:
    # "An amendment from Councillor Owen Tully": "from" leads to a person here, whom
    # the "he" of the next sentence's quote points back to.
    minutes = [
        "Northway Travel took over the routes in September.\n\n"
        'Cllr Owen Tully moved an amendment to end the contract immediately. "Twelve more '
        'weeks is twelve more weeks of children walking into lessons late," he said.'
    ]
    ok = (
        "Northway Travel took over the routes in September. An amendment from Councillor Owen "
        'Tully to end the contract at once failed. "Twelve more weeks is twelve more weeks of '
        'children walking into lessons late," he said [1].'
    )
    assert unsupported(ok, minutes) == []


def test_a_letters_own_words_are_its_signers() -> None:
    # Unquoted in the letter, the sentence is its writer's: told as hers it stands, as
    # another's (the chair whose words she quotes) it does not.
    letter = [
        "Dear parents and carers,\n\n"
        "The reasons are set out in the document.\n\n"
        "We cannot run a school of 61 children in three classes on a budget built for a "
        "much bigger school.\n\n"
        'Our chair of governors, Derek Ollerton, asked me to add: "Governors did not take '
        'this decision lightly."\n\n'
        "Yours sincerely,\n\nFiona Caldicott\nExecutive Headteacher\n"
    ]
    ok = (
        '"We cannot run a school of 61 children in three classes on a budget built for a '
        'much bigger school," Fiona Caldicott wrote in a letter to parents [1].'
    )
    assert unsupported(ok, letter) == []
    bad = ok.replace("Fiona Caldicott", "Derek Ollerton")
    assert [kind for kind, _ in unsupported(bad, letter)] == ["quote"]


def test_a_year_a_table_heads_the_column_of_its_figure() -> None:
    # "Forecast 2033" heads the column holding 176; the 2031 of the deficit's forecast,
    # though its words are closer, is another year.
    source = [
        "School                 Places   Pupils (Jan 2029)   Forecast 2033\n"
        "Kettlewick Primary       210          148                131\n"
        "Marrowfield CE           105           61                 45\n"
        "Total                    315          209                176\n\n"
        "The deficit is forecast to reach £142,000 by 2031 if nothing changes."
    ]
    ok = "The schools have 209 pupils, and numbers are forecast to fall to 176 by 2033 [1]."
    assert unsupported(ok, source) == []
    assert ("date", "2031") in unsupported(ok.replace("2033", "2031"), source)


def test_a_dissenting_member_voted_against() -> None:
    # A panel's minority "dissented": another member told as dissenting is flagged.
    letter = [
        "The disputes panel (Helen Strudwick, chair; Raymond Oyelaran; Carys Medway) met "
        "on Thursday to hear the protest. The panel dismissed it by 2 votes to 1. "
        "Carys Medway dissented."
    ]
    ok = "The panel dismissed the protest by 2 votes to 1, with Carys Medway dissenting [1]."
    assert unsupported(ok, letter) == []
    bad = ok.replace("Carys Medway", "Raymond Oyelaran")
    assert unsupported(bad, letter) == [("name", "Raymond Oyelaran")]


def test_an_abstainer_listed_beside_those_against_is_none_of_them() -> None:
    # "For 6, against 1 (Cllr Haverill), abstained 1 (Cllr Abbott)": the sentence tells
    # of a vote against, but Cllr Abbott's own part is to abstain.
    minutes = [
        "Present: Cllr Janet Fairclough (chair), Cllr Tom Haverill, Cllr Glenys Abbott.\n\n"
        "Resolved: to lease the field to the quoits club. For 6, against 1 (Cllr Haverill), "
        "abstained 1 (Cllr Abbott)."
    ]
    ok = "The lease was agreed, with Cllr Tom Haverill voting against [1]."
    assert unsupported(ok, minutes) == []
    bad = ok.replace("Tom Haverill", "Glenys Abbott")
    assert unsupported(bad, minutes) == [("name", "Cllr Glenys Abbott")]


def test_its_leader_is_the_leader_of_the_body_before() -> None:
    source = [
        "Funding came from Lusk Valley District Council (£20,000) and Wethercombe Parish "
        "Council (£8,000).\n\n"
        "Lusk Valley District Council gave £20,000 to the project. Its leader, Cllr Gavin "
        'Threlfall, said: "We gave a modest sum."'
    ]
    ok = (
        'Cllr Gavin Threlfall, leader of Lusk Valley District Council, said: "We gave a '
        'modest sum." [1]'
    )
    assert unsupported(ok, source) == []
    bad = ok.replace("Lusk Valley District", "Wethercombe Parish")
    wrong = "Cllr Gavin Threlfall, leader of Wethercombe Parish Council"
    assert unsupported(bad, source) == [("name", wrong)]


def test_a_figure_on_its_row_of_a_table_in_columns_is_its_names() -> None:
    # "Owen Tully   71" on the Under-21 row: his 71 points, whatever other "points"
    # figures the prose around the table gives.
    source = [
        "Class          Entrants   Length each   Winner            Points\n"
        "Open                 12   10 m          Tamsin Royle          91\n"
        "Intermediate          9   8 m           Martin Oduya          82\n"
        "Under-21              6   6 m           Owen Tully            71\n\n"
        "Judges marked each length out of 100 points.",
        "Gareth Penhallow was second in the Open class with 88 points.",
    ]
    ok = (
        "The other class winners were Martin Oduya in the Intermediate class with 82 points "
        "and Owen Tully in the Under-21 class with 71 points [1]."
    )
    assert ("number", "71") not in unsupported(ok, source)
    assert ("number", "81") in unsupported(ok.replace("71", "81"), source)
    # Among a prize-giving's other "points" in prose, the row still says whose it is.
    assert "71" not in _flagged(_eval_case("final52a", "am01"))


def test_a_pronoun_after_the_chair_in_minutes_is_the_chair() -> None:
    # "The Chair thanked Mr Kettering ... She said:": not Mr Kettering (a "she" is no
    # "Mr"), but the meeting's chair, Cllr Diane Orrell.
    minutes = [
        "Environment Committee. Minutes of the meeting held on Thursday 13 April 2028. "
        "Present: Cllr Diane Orrell (Chair), Cllr Tom Ashcroft, Cllr Bev Kinsella.\n\n"
        "7.4 The tree officer's survey found bleeding canker in 17 of the trees.\n\n"
        "7.6 The Chair thanked Mr Kettering and the residents for the manner in which they "
        'had made their case. She said: "Nobody on this committee wants to fell a single '
        'one of these trees."'
    ]
    ok = (
        '"Nobody on this committee wants to fell a single one of these trees," said Cllr '
        "Diane Orrell, who chaired the meeting [1]."
    )
    assert unsupported(ok, minutes) == []
    bad = ok.replace("Cllr Diane Orrell, who chaired the meeting", "Cllr Bev Kinsella")
    assert [kind for kind, _ in unsupported(bad, minutes)] == ["quote"]


def test_a_role_set_off_after_a_name_with_a_role_before_it_is_checked_too() -> None:
    # "Her father, Mark Lusk, a joiner,": the role before the name ("father") is his,
    # the one after it is Callum Rudd's.
    source = [
        "Freya Lusk, 12, won the under-16 class. Her father, Mark Lusk, a fisherman, "
        "taught her on the harbour steps. The open class went to Callum Rudd, a joiner "
        "from Wexcombe."
    ]
    ok = "Her father, Mark Lusk, a fisherman, taught her on the harbour steps [1]."
    assert unsupported(ok, source) == []
    bad = ok.replace("fisherman", "joiner")
    assert unsupported(bad, source) == [("name", "Mark Lusk, a joiner")]


def test_a_role_in_brackets_of_three_words_is_read() -> None:
    # "Janet Crewe (Electoral Services Manager)": the role is hers, not the chief
    # executive's, whatever other role the story gives him first.
    minutes = [
        "Officers: Marcus Dellow (Chief Executive), Janet Crewe (Electoral Services "
        "Manager).\n\nThe Electoral Services Manager reported that 38 objections were "
        "received."
    ]
    ok = (
        "Returning officer Marcus Dellow, the council's chief executive, said 38 objections "
        "came in [1]."
    )
    assert unsupported(ok, minutes) == []
    bad = ok.replace("chief executive", "electoral services manager")
    assert [kind for kind, _ in unsupported(bad, minutes)] == ["name"]


def test_the_role_of_a_body_with_an_apostrophe_in_its_name() -> None:
    source = [
        "The cup was presented by the Mayor of Kestonbury, Councillor Janet Moorcroft. "
        "The contest is run by the butchers' association, whose chair is Robert Danvers. "
        "Kestonbury Traders' Association gave £1,200. Its chair, Robert Danvers, thanked "
        "the judges."
    ]
    ok = "The cup was presented by the Mayor of Kestonbury, Councillor Janet Moorcroft [1]."
    assert unsupported(ok, source) == []
    bad = (
        "The cup was presented by the chair of Kestonbury Traders' Association, Janet "
        "Moorcroft [1]."
    )
    wrong = "chair of Kestonbury Traders' Association, Janet Moorcroft"
    assert unsupported(bad, source) == [("name", wrong)]


def test_who_chairs_another_body_is_reported_with_the_body() -> None:
    source = [
        '"Our school has 41 pupils," said Martha Quint, who chairs Tidesham Parish Council. '
        "Julian Crabtree, chair of Wrenhaven Town Council, backed the premium."
    ]
    ok = '"Our school has 41 pupils," said Martha Quint, who chairs Tidesham Parish Council [1].'
    assert unsupported(ok, source) == []
    bad = ok.replace("Tidesham Parish", "Wrenhaven Town")
    assert unsupported(bad, source) == [("name", "Martha Quint, who chairs Wrenhaven Town Council")]


def test_a_grant_given_to_a_body_named_without_a_body_word() -> None:
    # "Wendmoor Community Transport" is no person's name, though no word of it says
    # "body": the grant was the Community Foundation's.
    source = [
        "The pilot was paid for by a grant of £38,500 from Wendmoor Community Foundation. "
        "Wendmoor Community Transport brought 40 patients to the van from outlying farms."
    ]
    ok = "The pilot was paid for by a grant of £38,500 from Wendmoor Community Foundation [1]."
    assert unsupported(ok, source) == []
    bad = ok.replace("Foundation", "Transport")
    assert unsupported(bad, source) == [("name", "Wendmoor Community Transport")]


def test_a_sum_offered_in_a_letter_from_a_body_is_its_gift() -> None:
    minutes = [
        "The Chair reported a letter from Fernholt Town Council offering £600 to fund "
        "Fernholt Community Transport to run a minibus on polling day. Fernholt Borough "
        "Council approved the four changes."
    ]
    ok = "Fernholt Town Council has offered £600 to pay for a minibus on polling day [1]."
    assert unsupported(ok, minutes) == []
    bad = ok.replace("Town", "Borough")
    assert unsupported(bad, minutes) == [("name", "Fernholt Borough Council")]


def test_the_seconder_of_one_motion_is_not_the_seconder_of_another() -> None:
    # Cllr Noon seconded the main motion; the amendment to freeze allowances was
    # Cllr Bassey's to second.
    minutes = [
        "Cllr Rosalind Pike moved an amendment that allowances be frozen for another year. "
        "The amendment was seconded by Cllr Owen Bassey. On being put to the vote the "
        "amendment was lost by 26 votes to 14.\n\n"
        "It was proposed by Cllr Malcolm Ridgeway and seconded by Cllr Farida Noon that "
        "the panel's recommendations be adopted in full."
    ]
    ok = (
        "Cllr Rosalind Pike tried to freeze allowances for another year, but her amendment, "
        "seconded by Cllr Owen Bassey, was lost by 26 votes to 14 [1]."
    )
    assert unsupported(ok, minutes) == []
    bad = ok.replace("Owen Bassey", "Farida Noon")
    assert unsupported(bad, minutes) == [("name", "Cllr Farida Noon")]


def test_a_proposal_made_by_a_member_is_theirs_to_propose() -> None:
    minutes = [
        "Present: Cllr Jane Whitcombe (chair), Cllr Leonard Frayne, Cllr Gwen Tolley.\n\n"
        "Cllr Frayne proposed that the council contribute £750 towards a passing place on "
        "Stonepit Lane. Seconded by Cllr Tolley. Carried 5-2."
    ]
    for ok in (
        "The proposal was made by Cllr Leonard Frayne [1].",
        "The council voted 5-2 for the passing place, on a proposal by Cllr Frayne [1].",
    ):
        assert unsupported(ok, minutes) == []
        bad = ok.replace("Leonard Frayne", "Gwen Tolley").replace("Frayne", "Tolley")
        assert [kind for kind, _ in unsupported(bad, minutes)] == ["name"]


def test_a_body_that_raised_concerns_is_not_another_of_its_place() -> None:
    # The Harbour Trust runs the contest; the Harbour Commissioners raised concerns.
    source = [
        "Posted by Tamsin Pellow, chair of Wexcombe Harbour Trust. Thank you to Wexcombe "
        "Harbour Commissioners for letting us use the harbour wall.",
        "The contest had been in doubt in May after Wexcombe Harbour Commissioners raised "
        "concerns about crowd safety on the harbour wall. The commissioners agreed to let "
        "it go ahead with 40 marshals.",
    ]
    ok = (
        "The contest had been in doubt after Wexcombe Harbour Commissioners raised concerns "
        "about crowd safety on the harbour wall [2]."
    )
    assert unsupported(ok, source) == []
    bad = ok.replace("Commissioners", "Trust")
    assert unsupported(bad, source) == [("name", "Wexcombe Harbour Trust")]


def test_what_a_person_will_do_after_their_role_is_theirs() -> None:
    # "Anita Gowrie, director of children's services, will write": she writes, not the
    # forum's co-chair.
    source = [
        "Anita Gowrie, director of children's services, will write to all affected "
        "families by 31 March 2030.",
        "Posted by Lisa Crombie, co-chair. We met Anita Gowrie on 14 February.",
    ]
    ok = "Ms Gowrie will write to all affected families by 31 March [1]."
    assert unsupported(ok, source) == []
    bad = ok.replace("Gowrie", "Crombie")
    assert unsupported(bad, source) == [("name", "Ms Crombie")]


def test_the_trusts_chief_executive_is_not_the_chief_executive_of_another_body() -> None:
    source = [
        "The board of Vale and Downs Integrated Care Board (ICB) approved the plan. The "
        "unit is run by Carrowmere and Lenfield Hospitals NHS Trust. Rachel Maddox, chief "
        "executive of the ICB, said the evidence was clear. Nick Sorrell, the trust's head "
        "of estates, said the building was ready."
    ]
    ok = "Rachel Maddox, the ICB's chief executive, said the evidence was clear [1]."
    assert unsupported(ok, source) == []
    bad = ok.replace("ICB's", "trust's")
    assert unsupported(bad, source) == [("name", "Rachel Maddox, the trust's chief executive")]


def test_a_body_office_given_to_one_with_another_role_of_that_body() -> None:
    # The trust's head ranger told as its chief executive, an office no one is given.
    source = [
        "Nick Sorrell, the trust's head ranger, said: \"The club leaves the tracks in better "
        'order than it finds them."'
    ]
    ok = (
        "Nick Sorrell, the trust's head ranger, said the club \"leaves the tracks in better "
        'order than it finds them" [1].'
    )
    assert unsupported(ok, source) == []
    bad = ok.replace("head ranger", "chief executive")
    assert unsupported(bad, source) == [("name", "Nick Sorrell, the trust's chief executive")]


def test_a_persons_home_told_as_another_place_of_the_sources() -> None:
    # No source names Edith Crann with Hobwick (a row of the clinic's table), and one
    # makes her "of Pellowby".
    source = [
        "Village    Visit days   Sight tests\nPellowby            3            61\n"
        "Hobwick             2            39\n",
        "One of the patients we met was Edith Crann, 89, of Pellowby, who had given up reading.",
    ]
    ok = "Edith Crann, 89, of Pellowby, had given up reading [2]."
    assert unsupported(ok, source) == []
    bad = ok.replace("Pellowby", "Hobwick")
    assert ("name", "Hobwick") in unsupported(bad, source)


def test_a_team_that_beat_another_is_the_team_that_won() -> None:
    # "Wexley Rope Club beat Ullacombe 2-1" tells who won the women's final, whatever
    # else Ullacombe Farmers (a body, by its lower-case "farmers") won.
    source = [
        "Ullacombe Farmers won the men's 640kg title, beating Marrick Lane 2-1. In the "
        "women's 500kg final, Wexley Rope Club beat Ullacombe 2-1. Most of the pullers "
        "are farmers."
    ]
    ok = "Wexley Rope Club won the women's 500kg final 2-1 against Ullacombe [1]."
    assert unsupported(ok, source) == []


def test_a_part_of_a_whole_with_a_word_before_the_whole_counts_what_it_counts() -> None:
    # "7 of the existing 31 parishes": the 31 is the whole of the 7, no slot of its.
    source = [
        "In Marlow Vale, 7 of the existing 31 parishes are more than 10% away from the "
        "district average."
    ]
    ok = "Seven of the existing parishes are more than 10 per cent away from the average [1]."
    assert unsupported(ok, source) == []
    assert ("number", "Eleven") in unsupported(ok.replace("Seven", "Eleven"), source)


def test_the_whole_a_source_gives_its_part_is_no_rival_when_left_out() -> None:
    # "198 of the KB1 electors" for "198 of the 712 electors in polling district KB1".
    source = [
        "Officers: Marcus Dellow (Returning Officer), Janet Crewe (Electoral Services "
        "Manager).\n\nShe reported that 198 of the 712 electors in polling district KB1 "
        "already hold postal votes.",
        "District  Old station  New station  Electors\nKB1  Plough Inn  Village Hall  712\n"
        "KB2  Scout Hut  Pavilion  1,087\n",
    ]
    ok = (
        "Janet Crewe, the council's electoral services manager, told the committee that 198 "
        "of the KB1 electors already vote by post [1][2]."
    )
    assert unsupported(ok, source) == []
    assert ("number", "189") in unsupported(ok.replace("198", "189"), source)


def test_every_figure_of_a_sentence_in_a_sources_order_is_its_passage() -> None:
    # Small figures' words fit any of them; the order tells which is which.
    source = [
        "Under the draft plan, four leagues would each be represented by three teams and the "
        "remaining 10 leagues by two teams each. By 2031 each team would play an average of "
        "24 games."
    ]
    ok = (
        "Four of the new leagues would send three teams each and the other 10 would send two. "
        "By 2031 each team would play 24 games on average [1]."
    )
    assert unsupported(ok, source) == []
    assert ("number", "five") in unsupported(ok.replace("three", "five"), source)


def test_cut_in_two_is_no_count() -> None:
    # "proposals that would cut their community in two": an idiom, whatever "two" the
    # sources give ("between two wards") or rival ("cut nine seats").
    case = _eval_case("final53b", "ap07")
    at = case.faithful.index("community in two") + len("community in ")
    assert at not in _flag_starts(case.faithful, case.sources, case.story_date)
    # "split into three wards" counts wards.
    source = ["The plan would divide the village of Ashby between the Ashby and Leire wards."]
    bad = "Villagers say the plan would split Ashby into three wards [1]."
    assert ("number", "three") in unsupported(bad, source)


def test_a_difference_of_a_change_the_sources_tell_from_and_to() -> None:
    # "seven fewer councillors" from "from 52 to 45", though a stray "seven" is elsewhere.
    source = [
        "The draft would reduce the number of district councillors from 52 to 45.",
        "Residents of the seven parishes were consulted.",
    ]
    ok = "The district council would have seven fewer councillors under the draft [1][2]."
    assert unsupported(ok, source) == []
    assert ("number", "eight") in unsupported(ok.replace("seven", "eight"), source)


def test_the_others_of_one_told_apart_count_one_less() -> None:
    # "four polling stations" against "Three other polling stations are also moving".
    source = [
        "The Plough Inn's polling station is moving to the village hall. Three other polling "
        "stations are also moving, including St Anne's Hall.",
        "Four polling stations were recommended to change in the officers' report.",
    ]
    ok = "Voters face a longer trip as four polling stations move [1][2]."
    assert unsupported(ok, source) == []
    assert ("number", "five") in unsupported(ok.replace("four", "five"), source)


def test_a_financial_year_with_a_slash_is_one_year() -> None:
    # "2028/29" is no stray 29 to rival the 612 told beside it, nor "2028/2029" a year
    # the sources must give.
    source = [
        "In 2028/29 the Marsh unit (18 beds) treated 612 stroke patients and the Hill unit "
        "(24 beds) treated 874."
    ]
    ok = "In 2028/29, 612 stroke patients were treated at Marsh [1]."
    assert unsupported(ok, source) == []
    assert ("number", "712") in unsupported(ok.replace("612", "712"), source)
    assert unsupported("The Marsh unit treated 612 stroke patients in 2028/2029 [1].", source) == []


def test_a_persons_own_body_beats_another_named_beside_them() -> None:
    # The parish council is named in the sentence before Colin Ashby's, but the sources
    # make him "of the Marsh End Action Group".
    source = [
        "Letters of objection: 214. Marsh End Parish Council objected.\nColin Ashby (Marsh "
        "End Action Group) spoke against the application.",
        'But Colin Ashby, 71, of the Marsh End Action Group, said: "We were ignored."',
    ]
    ok = 'Colin Ashby, 71, of the Marsh End Action Group, said: "We were ignored." [1][2]'
    assert unsupported(ok, source) == []
    bad = ok.replace("the Marsh End Action Group", "Marsh End Parish Council")
    assert ("name", "Marsh End Parish Council") in unsupported(bad, source)


def test_a_councillors_seat_is_the_body_the_sources_seat_them_on() -> None:
    source = [
        "The petition was organised by Cllr Rhona Brady, of Hatherby Town Council, and Cllr "
        "Idris Pengelly, who represents the town on North Wealdshire District Council."
    ]
    ok = (
        "The petition was organised by Cllr Rhona Brady of Hatherby Town Council and Cllr "
        "Idris Pengelly of North Wealdshire District Council [1]."
    )
    assert unsupported(ok, source) == []
    bad = ok.replace("North Wealdshire District", "Hatherby Town")
    assert unsupported(bad, source) != []


def test_a_seat_on_a_council_told_by_its_sort_alone() -> None:
    source = [
        "Cllr Jean Mallory, who represents Stannerby on Brindlecombe Borough Council, said "
        "she would ask for the application to go to committee. Stannerby Parish Council "
        "voted 9-0 to object."
    ]
    ok = (
        "Cllr Jean Mallory, who represents Stannerby on the borough council, said she would "
        "ask for the application to go to committee [1]."
    )
    assert unsupported(ok, source) == []
    bad = ok.replace("borough council", "parish council")
    assert ("name", "parish council") in unsupported(bad, source)


def test_the_word_that_tells_a_role_apart_must_be_the_persons() -> None:
    source = [
        "Present: Pauline Etherington (chair), Simon Fairclough (events officer), Amrit "
        "Sandhu (safety officer).\nAmrit Sandhu reported that three spectators had been hit.",
        "Elise Marchant (project director, Greystowe Energy Storage) spoke in support.",
    ]
    ok = "The club's safety officer, Amrit Sandhu, reported that three spectators were hit [1]."
    assert unsupported(ok, source) == []
    assert unsupported(ok.replace("safety", "new safety"), source) == []
    flagged = unsupported(ok.replace("safety", "events"), source)
    assert any(kind == "name" and "events officer" in text for kind, text in flagged)
    ok = "Elise Marchant, the company's project director, spoke in support [2]."
    assert unsupported(ok, source) == []
    flagged = unsupported(ok.replace("project", "planning"), source)
    assert any(kind == "name" and "planning director" in text for kind, text in flagged)
    # After the role: "cabinet member for resources" is Cllr Searle's.
    source = [
        "Councillor Anwen Hale, cabinet member for environment, voted against. Councillor "
        "Philippa Searle, cabinet member for resources, proposed the sale."
    ]
    ok = "Councillor Anwen Hale, cabinet member for environment, voted against [1]."
    assert unsupported(ok, source) == []
    flagged = unsupported(ok.replace("environment", "resources"), source)
    assert any(kind == "name" and "member for resources" in text for kind, text in flagged)
    # Where: "the union's representative at Tolcaster".
    source = [
        "Sophie Nairn, a paramedic and the union's representative at Tolcaster, said the "
        "station mattered. Brenwick station will also close."
    ]
    ok = "Sophie Nairn, the union's representative at Tolcaster, said the station mattered [1]."
    assert unsupported(ok, source) == []
    assert unsupported(ok.replace("at Tolcaster", "at Brenwick"), source) != []


def test_a_name_told_with_another_rows_cells_is_flagged() -> None:
    # Dig It, Graham Whitlow and 298 are one row; Ray Tennant is another row's captain.
    table = (
        "Place  Team               Captain             Worms\n"
        "1      Tuning Forks       Harriet Pollexfen     412\n"
        "2      Dig It             Graham Whitlow        298\n"
        "3      Wormwood Three     Ray Tennant           251\n"
    )
    ok = "Dig It, captained by Graham Whitlow, finished second with 298 worms [1]."
    assert unsupported(ok, [table]) == []
    assert ("name", "Ray Tennant") in unsupported(
        ok.replace("Graham Whitlow", "Ray Tennant"), [table]
    )
    # Two captains compared: each with a cell of their own row.
    both = "Harriet Pollexfen's team raised 412 worms, Graham Whitlow's 298 [1]."
    assert unsupported(both, [table]) == []


def test_a_rows_cells_are_read_in_their_own_part_of_a_sentence() -> None:
    # Wharf Road's figures come after "while": Pinder Lane's, just before, are no cells
    # told with it.
    table = (
        "Street           Before    After    Change\n"
        "Holt Street       4,820    1,130     -77%\n"
        "Pinder Lane       3,150      940     -70%\n"
        "Wharf Road       18,400   19,950      +8%\n"
    )
    ok = (
        "Weekday traffic on Holt Street fell from 4,820 vehicles to 1,130 and on Pinder Lane "
        "from 3,150 to 940, while Wharf Road, on the edge of the area, carried 1,550 more "
        "vehicles each weekday, up 8 per cent to 19,950 [1]."
    )
    assert unsupported(ok, [table]) == []


def test_a_rows_label_told_with_another_rows_winner_is_flagged() -> None:
    table = (
        "Class                 Fleeces   Winner              Fleece weight\n"
        "Longwool                   22   Hannah Birkett      6.8 kg\n"
        "Other hill breeds          19   Tom Scaife          2.7 kg\n"
        "Down breeds                17   Margaret Ibbotson   3.2 kg\n"
    )
    ok = "Tom Scaife won the other hill breeds class with a fleece of 2.7 kg [1]."
    assert unsupported(ok, [table]) == []
    bad = ok.replace("other hill breeds", "down breeds")
    assert ("name", "down breeds") in unsupported(bad, [table])


def test_a_winner_in_no_row_of_the_table_told_with_a_rows_cells() -> None:
    source = [
        "Class  Description          Place  Exhibitor        Cu in\n"
        "1      Pot leeks, pair      1st    Maureen Heslop   158.4\n"
        "2      Blanch leeks, pair   1st    Derek Stobart     94.7\n",
        'Norman Bewick, secretary of the leek club, said: "It was a fine show."',
    ]
    ok = "Derek Stobart won the blanch leek class with 94.7 cubic inches [1]."
    assert unsupported(ok, source) == []
    bad = ok.replace("Derek Stobart", "Norman Bewick")
    assert ("name", "Norman Bewick") in unsupported(bad, source)


def test_its_chair_is_of_the_body_named_not_another_sharing_its_first_word() -> None:
    source = [
        "Dr Fiona Gale, 64, who chairs the campaign group Stannerby Air Watch, said it had "
        "collected 640 objections.\n\nStannerby Parish Council voted 9-0 to object. Its "
        'chairman, Derek Halsall, said: "We are not anti-jobs."'
    ]
    ok = (
        'Stannerby Parish Council voted 9-0 to object. Its chairman, Derek Halsall, said: "We '
        'are not anti-jobs." [1]'
    )
    assert unsupported(ok, source) == []
    bad = ok.replace("Derek Halsall", "Fiona Gale")
    assert any(kind == "name" and "Fiona Gale" in text for kind, text in unsupported(bad, source))


def test_a_role_as_a_label_before_a_titled_name() -> None:
    # "Chief adjudicator: Dr Imogen Saltash" makes her an adjudicator, as an untitled
    # name after a label would be; a minutes' "Present:" is no role.
    source = [
        "Chief adjudicator: Dr Imogen Saltash\nAdjudicator: Bernard Ellacott\n\nEach piece "
        "was marked out of 100.\n\nPresent: Cllr Ruth Amberley, Cllr Rob Tennant."
    ]
    ok = (
        "Each piece was marked out of 100 by the chief adjudicator, Dr Imogen Saltash, and a "
        "second adjudicator, Bernard Ellacott [1]."
    )
    assert unsupported(ok, source) == []


def test_a_plural_role_in_brackets_after_a_list_is_each_names() -> None:
    source = [
        "Present: Rosemary Quill (Chair), Janine Corrigan (Chief Executive), Mark Tennant "
        "(Director of Operations), Alan Pryce, Gail Ormerod and Hugh Landon (Non-Executive "
        "Directors).\n\nRESOLVED: to approve the business case. Against: 1 (Mr Pryce)."
    ]
    ok = "Alan Pryce, the non-executive director who voted against, wanted more [1]."
    assert ("name", "Alan Pryce, the non-executive director") not in unsupported(ok, source)
    # After a label, and in a story after "as".
    source = [
        "Head stickler: Rosalind Pegge. Assistant sticklers: Gareth Nye and Faye Lumsden.\n\n"
        "Seconded by Colin Rudd."
    ]
    ok = (
        "Rosalind Pegge was head stickler, with Gareth Nye and Faye Lumsden as assistant "
        "sticklers [1]."
    )
    assert unsupported(ok, source) == []
    bad = ok.replace("Faye Lumsden", "Colin Rudd")
    assert any("Colin Rudd" in text for _, text in unsupported(bad, source))


def test_a_name_told_with_its_own_figure_is_no_other_sentences_name_retold() -> None:
    # The story's sentence reads like the men's race's, but the junior winner's own
    # line gives its time.
    source = [
        "The men's race, in which competitors carry a 50kg sack, was won by Kieran Holroyd "
        "in 4 minutes 19 seconds.\n\nKey facts\n- Sack weights: men 50kg, juniors (under 16) "
        "10kg\n- Junior winner: Mason Firth, 14, in 4 minutes 41 seconds\n- Prize: £100\n"
    ]
    ok = (
        "Juniors, who are under 16, carry 10kg sacks, and the junior race was won by Mason "
        "Firth, 14, in 4 minutes 41 seconds [1]."
    )
    assert ("name", "Mason Firth") not in unsupported(ok, source)


def test_an_initial_before_the_ends_a_sentence() -> None:
    # "for Ward B. The Friends will hold": "B." closes a sentence, no name runs on.
    source = [
        "Last year's race raised £12,300, which paid for a bladder scanner for Ward B.\n\n"
        "The Friends of Sallowford Community Hospital will hold their annual general meeting "
        "on Thursday 27 June."
    ]
    ok = (
        "Last year's race raised £12,300, which paid for a bladder scanner for Ward B. The "
        "Friends will hold their annual general meeting on Thursday 27 June [1]."
    )
    assert unsupported(ok, source, story_date=date(2030, 6, 4)) == []


def test_a_minutes_vote_with_a_full_stop_between_its_sides() -> None:
    source = [
        "RESOLVED: to approve the business case.\nFor: 9. Against: 1 (Mr Pryce).\n\nItem 8: "
        "Fleet replacement - noted."
    ]
    ok = "The board voted 9-1 to approve the business case [1]."
    assert unsupported(ok, source) == []
    assert ("number", "8-2") in unsupported(ok.replace("9-1", "8-2"), source)


def test_the_ends_of_a_change_in_a_year_are_the_years_around_it() -> None:
    source = [
        "Year    Counter visits    Opening hours a week\n2019         6,410                 84\n"
        "2023         3,950                 44\n2029         2,870                 44\n",
        "Hatherby police station was built in 1968. The counter's hours were reduced in 2020.",
    ]
    ok = "Its hours were cut in 2020 from 84 a week to 44 [1][2]."
    assert unsupported(ok, source) == []
    assert ("number", "84") in unsupported(ok.replace("from 84 a week to 44", "to 84"), source)


def test_closing_after_years_counts_them_from_the_making() -> None:
    source = ["Hatherby police station was built in 1968."]
    ok = "Police counter to close after 62 years\n\nThe station was built in 1968 [1]."
    assert unsupported(ok, source, story_date=date(2030, 4, 17)) == []
    bad = ok.replace("62", "52")
    assert ("number", "52 years") in unsupported(bad, source, story_date=date(2030, 4, 17))


def test_a_megawatt_is_an_mw_and_megawatt_hours_mwh() -> None:
    source = [
        "It would have a capacity of 120 MW and store 240 MWh.",
        "Greystowe will pay £120,000 a year into a community fund.",
    ]
    assert unsupported("A 120-megawatt battery site has been approved [1].", source) == []
    assert unsupported("The site will store 240 megawatt-hours [1].", source) == []
    assert ("number", "240-megawatt") in unsupported(
        "A 240-megawatt battery site has been approved [1].", source
    )


def test_hours_between_two_times_over_midnight_are_worked_out() -> None:
    source = [
        "The unit will open from 8am to 10pm every day. Between 10pm and 8am it is staffed "
        "by two nurses."
    ]
    ok = "The unit will close for ten hours every night, between 10pm and 8am [1]."
    assert unsupported(ok, source) == []
    assert ("number", "12 hours") in unsupported(ok.replace("ten hours", "12 hours"), source)


def test_a_share_a_little_under_its_fraction_is_less_than_it() -> None:
    # 18 of 212 acres is 8.5%: "less than a tenth".
    source = ["The site would cover 18 acres of the 212-acre Oxlease Farm."]
    ok = "The site will take up 18 acres, less than a tenth of the 212-acre farm [1]."
    assert unsupported(ok, source) == []
    assert ("number", "a fifth") in unsupported(ok.replace("a tenth", "a fifth"), source)


def test_a_difference_from_an_amount_in_its_unit_anywhere_in_the_sources() -> None:
    # "requiring 250,000 litres of water, 22,000 litres more than the fire service
    # advised": its 228,000 litres is in a letter far from the council's 250,000.
    _told_unflagged("final54a", "aq08", "22,000 litres more", "22,000 litres")
    case = _eval_case("final54a", "aq08")
    wrong = case.faithful.replace("22,000 litres more", "20,000 litres more")
    assert "20,000 litres" in _flagged(case, wrong)


def test_a_hedged_share_vouches_for_its_whole_not_for_a_changed_part() -> None:
    source = [
        "In 2029 the counter recorded 2,870 visitors, compared with 6,410 in 2019. In an "
        "emergency, call 999.",
        "Councillors handed in a petition signed by 2,316 people.",
    ]
    ok = "The counter had 2,870 visitors last year, fewer than half the 6,410 it had in 2019 [1]."
    assert unsupported(ok, source, story_date=date(2030, 4, 17)) == []
    bad = ok.replace("2,870", "2,316")
    assert ("number", "2,316") in unsupported(bad, source, story_date=date(2030, 4, 17))


def test_the_figure_told_after_a_rows_label_is_that_rows() -> None:
    source = [
        "Survey results\n\n"
        "                               Keep   Remove   Not sure\n"
        "All responses                  54%     41%       5%\n"
        "Residents inside the area      63%     33%       4%\n",
        "The share of pupils walking to school rose from 38 per cent to 51 per cent.",
    ]
    ok = (
        "Of the people who answered the survey, 54 per cent wanted the scheme kept; among "
        "residents inside the area, 63 per cent backed it [1]."
    )
    assert unsupported(ok, source) == []
    assert ("number", "51 per cent") in unsupported(ok.replace("63 per", "51 per"), source)


def test_a_sum_on_the_line_of_another_body_of_its_place_is_not_its_own() -> None:
    # The trust's key fact is no figure of the club's, whose words it shares but its
    # last.
    source = [
        "Key facts\n- Entrants: 64 men, 29 women\n- Raised for the Gritherley Miners' Welfare "
        "Trust: £2,740\n\nPrizes were presented at the Gritherley Miners' Welfare Club after "
        "the race. The Gritherley Miners' Welfare Trust, a separate charity, supports retired "
        "mineworkers.",
        "Mrs Horsfall reported that the race had raised £2,740 for the Gritherley Miners' "
        "Welfare Trust.",
    ]
    ok = (
        "Each winner received a prize, and the race raised £2,740 for the Gritherley Miners' "
        "Welfare Trust, a charity that supports retired mineworkers [1][2]."
    )
    assert unsupported(ok, source) == []
    bad = ok.replace("Welfare Trust", "Welfare Club")
    assert ("name", "Gritherley Miners' Welfare Club") in unsupported(bad, source)


def test_a_name_stops_at_a_tables_cell_gap() -> None:
    # "Tolcaster   Brenwick   New hub" is three cells, not one name that makes the two
    # stations one.
    source = [
        "                  Tolcaster   Brenwick   New hub\nOpened                 1964       "
        "1971      2030\nStaff                    52         34        86\n\nTo offset this, a "
        "standby point staffed from 10am to 10pm would be set up at Brenwick fire station."
    ]
    ok = "A standby point staffed from 10am to 10pm will be set up at Brenwick fire station [1]."
    assert unsupported(ok, source) == []
    assert ("name", "Tolcaster") in unsupported(ok.replace("Brenwick", "Tolcaster"), source)


def test_twice_as_many_as_in_a_year_is_a_ratio_to_that_years_figure() -> None:
    sources = [
        "The annual report records 9 occasions in 2029 when the half-hourly limit for "
        "nitrogen oxides was exceeded, compared with 3 in 2028. The plant burned 4.6 tonnes "
        "of ash a day."
    ]
    ok = "The limit was exceeded on nine occasions in 2029, three times as many as in 2028 [1]."
    assert unsupported(ok, sources) == []
    # Nine over 4.6 is about two, but the figure told for 2028 is three.
    wrong = ok.replace("three times", "twice")
    assert ("number", "twice") in unsupported(wrong, sources)
    # "As last winter" likewise: a ratio to last winter's figure, not to any figure near.
    assert _planted_caught(_eval_case("final42a", "va09"), "almost twice as many")


def test_a_ratios_base_may_come_a_few_words_on_in_its_clause() -> None:
    sources = [
        "The band rang 15,120 changes of Plain Bob Major, beating the previous tower record "
        "of 10,080 changes set in 1953. Eight ringers took part and 17 visitors listened."
    ]
    ok = (
        "The band rang 15,120 changes, half as many again as the previous tower record of "
        "10,080 changes [1]."
    )
    assert unsupported(ok, sources) == []
    wrong = ok.replace("half as many again", "twice as many")
    assert ("number", "twice") in unsupported(wrong, sources)


def test_a_share_told_beside_a_figure_is_that_figures_share_of_the_total() -> None:
    sources = [
        "The creamery takes in around 310,000 litres of milk a day from 87 farms. The "
        "contracts of 52 farms, supplying 214,000 litres a day, move to Gannock Cross; the "
        "other 35 farms, supplying 96,000 litres, get notice. About 40 of the staff will go.",
        "Half of them have never worked anywhere else.",
    ]
    ok = (
        "The creamery takes in 310,000 litres of milk a day from 87 farms. The 35 farms "
        "given notice supply 96,000 litres a day, nearly a third of the total [1][2]."
    )
    assert unsupported(ok, sources) == []
    # Not the "Half" a source says of the staff, nor 40 of the 87 farms.
    wrong = ok.replace("nearly a third", "nearly half")
    assert ("number", "half") in unsupported(wrong, sources)
    assert _planted_caught(_eval_case("final49a", "ag09"), "nearly half")


def test_a_sum_the_sources_label_with_another_body_is_flagged_on_the_body() -> None:
    sources = [
        "Key facts\n\n- New workshop: 18 metres by 9 metres, total cost £142,000\n"
        "- Grant from the Pellingford Rural Crafts Trust: £60,000\n"
        "- Friends of Ambry Mead: £8,000\n"
        "- Crowdfunding: £35,000 from 412 backers\n\n"
        "The Pellingford Crafts Society runs the village show. The Callow Valley Local "
        "History Society recorded the meadow's hatches."
    ]
    right = (
        "The workshop will cost £142,000. The Pellingford Rural Crafts Trust has given a "
        "grant of £60,000 and the Friends of Ambry Mead gave £8,000 [1]."
    )
    assert unsupported(right, sources) == []
    # A label's "Grant from X: £60,000" gives the sum to X; "Friends of ..." is a body.
    wrong = right.replace("Pellingford Rural Crafts Trust", "Pellingford Crafts Society")
    assert ("name", "Pellingford Crafts Society") in unsupported(wrong, sources)
    wrong = right.replace("Friends of Ambry Mead", "Callow Valley Local History Society")
    assert ("name", "Callow Valley Local History Society") in unsupported(wrong, sources)


def test_last_week_or_last_month_of_a_decision_is_its_meetings_week_or_month() -> None:
    minutes = (
        "ENVIRONMENT COMMITTEE\nMinutes of the meeting held on Thursday 13 April 2028\n\n"
        "Resolved: that the nine high-risk trees be felled. Voting: 7 for, 3 against."
    )
    release = (
        "NEWS RELEASE. Issued: Tuesday 18 April 2028. Nine horse chestnut trees on Chantry "
        "Avenue will be felled for safety after a survey found bleeding canker."
    )
    day = date(2028, 4, 21)
    ok = "The committee voted seven to three last week to fell nine trees [1][2]."
    assert unsupported(ok, [minutes, release], story_date=day) == []
    # A week later the vote was a fortnight back, whatever the release's date says.
    later = date(2028, 4, 27)
    assert ("date", "last week") in unsupported(ok, [minutes, release], story_date=later)
    # "At its meeting last month": the month of the meeting whose minutes record it.
    board = (
        "HARBOUR BOARD\nMinutes of the meeting held on Tuesday 14 December 2027\n\n"
        "Resolved: to grant the trust a 25-year licence for the Old Quay berth at £9,500 "
        "a year."
    )
    trust = "Press release. Issued: Thursday 17 January 2028. The lightship comes home."
    told = (
        "The board granted the trust a 25-year licence for the berth, at £9,500 a year, "
        "at its meeting last month [1][2]."
    )
    assert unsupported(told, [board, trust], story_date=date(2028, 1, 20)) == []
    wrong = unsupported(told, [board, trust], story_date=date(2028, 2, 22))
    assert ("date", "last month") in wrong


def test_a_council_told_by_its_sort_in_a_role_or_past_a_group() -> None:
    source = [
        "Cllr Philip Dunmore, who represents Hollowmere East on the county council, said he "
        "would call the plan in. Hollowmere Town Council voted unanimously to oppose it.",
        "Cllr Graham Pettifer, leader of the Independent group on the district council, "
        "said he had been told of waste dumped in lay-bys. Cllr Yvonne Strand, leader of "
        "Tarnshire County Council, welcomed the figures.",
    ]
    ok = (
        "Cllr Philip Dunmore, who represents Hollowmere East on the county council, said "
        "he would call the plan in [1]. Cllr Graham Pettifer, who leads the Independent "
        "group on the district council, said waste had been dumped in lay-bys [2]. Cllr "
        "Yvonne Strand, leader of the county council, welcomed the figures [2]."
    )
    assert unsupported(ok, source) == []
    # The sort of council (lower case) the sources seat them on, or make them a leader of.
    wrong = ok.replace("East on the county council", "East on the town council")
    assert ("name", "town council") in unsupported(wrong, source)
    wrong = ok.replace("group on the district council", "group on the town council")
    assert ("name", "town council") in unsupported(wrong, source)
    wrong = ok.replace("leader of the county council", "leader of the district council")
    assert ("name", "district council") in unsupported(wrong, source)


def test_a_sum_raised_for_another_body_is_flagged_on_the_body() -> None:
    sources = [
        "Key facts\n\n- Entrants: 56\n- Raised for Brindlecote Community Larder: £1,645\n"
        "- Entry fee: £10\n\nThe championship is hosted by the Brindlecote Community "
        "Trust, which owns the Market Hall."
    ]
    ok = "The championship raised £1,645 for the Brindlecote Community Larder [1]."
    assert unsupported(ok, sources) == []
    wrong = ok.replace("Community Larder", "Community Trust")
    assert ("name", "Brindlecote Community Trust") in unsupported(wrong, sources)


def test_formal_capitalised_roles_after_a_name_or_in_brackets() -> None:
    minutes = (
        "In attendance: Cllr Miriam Oakhurst (Cabinet Member for Children and Families); "
        "Yvonne Tarrant (Director of Children's Services); Kerry Mottram (lead petitioner).\n"
        "Seconded by Cllr Neil Aspinwall, Cabinet Member for Housing.\n"
        "Janet Lowry, the trust's chief executive, said staff had had no word."
    )
    ok = (
        "Yvonne Tarrant, director of children's services, told the committee it would cost "
        "more [1]. Cllr Neil Aspinwall, cabinet member for housing, seconded it [1]."
    )
    assert unsupported(ok, [minutes]) == []
    wrong = ok.replace("Yvonne Tarrant, director", "Janet Lowry, director")
    assert ("name", "Janet Lowry, director") in unsupported(wrong, [minutes])
    wrong = ok.replace("Neil Aspinwall, cabinet", "Miriam Oakhurst, cabinet")
    assert any(f[1].startswith("Cllr Miriam Oakhurst") for f in unsupported(wrong, [minutes]))


def test_a_count_told_at_a_row_named_right_after_it() -> None:
    report = (
        "Prepared by Sarah Lusk, safety officer\n\n1. Barrels\n\n"
        "Location        Start     Class                    Barrels\n"
        "Mill Street     4.00pm    Boys (under 16)          3\n"
        "Fore Street     6.30pm    Women                    4\n"
        "Church Hill     8.00pm    Men                      5\n"
        "Market Square   10.30pm   Men (incl. Great Barrel) 5\n"
        "Total                                              17\n\n"
        "2. First aid\nVolunteers treated 23 people at their four posts."
    )
    ok = (
        "Three barrels were carried in Mill Street, four in Fore Street, five on Church "
        "Hill and five in Market Square [1]."
    )
    assert unsupported(ok, [report]) == []
    # Four is Fore Street's, not Church Hill's; nor is it a count of the four streets.
    wrong = ok.replace("five on Church", "four on Church")
    assert ("number", "four") in unsupported(wrong, [report])
    assert _planted_caught(_eval_case("final55b", "at02"), "four on Church Hill")
    # Each figure in the row named right after it, the sentence naming the others too.
    clinic = (
        "Village              Visit days  Sight tests  Glasses made\n"
        "Thrandle                  4           78           35\n"
        "Pellowby                  3           61           27\n"
        "Quarnby Cross             3           55           24\n"
    )
    told = (
        "The clinic carried out 78 sight tests in Thrandle, 61 in Pellowby and 55 in "
        "Quarnby Cross [1]."
    )
    assert unsupported(told, [clinic]) == []


def test_a_tables_column_headed_in_millions_of_pounds() -> None:
    report = (
        "The money came from:\n\n"
        "Funder                                        £ million\n"
        "Reconnecting Communities Fund (government)         24.0\n"
        "Tarnshire County Council                            9.6\n"
        "Wickerby District Council                           3.2\n"
        "Total                                              38.4\n"
    )
    ok = (
        "The Reconnecting Communities Fund paid £24 million, Tarnshire County Council £9.6 "
        "million and Wickerby District Council £3.2 million [1]."
    )
    assert unsupported(ok, [report]) == []
    assert ("number", "£4.2 million") in unsupported(ok.replace("£3.2", "£4.2"), [report])


def test_a_decision_dated_by_another_bodys_decision_is_no_help() -> None:
    release = (
        "FOR IMMEDIATE RELEASE\n27 November 2030\n\nThe cabinet proposes to cut the maximum "
        "discount from 85 per cent to 75 per cent.\n\nThe recommendation was agreed by "
        "cabinet on Tuesday 26 November."
    )
    minutes = (
        "RESOURCES SCRUTINY PANEL\nMinutes of the meeting held on Monday 2 December 2030\n\n"
        "The panel discussed the cabinet's plan to cut the discount from 85 per cent to 75 "
        "per cent. Resolved: to recommend 80 per cent. Voting: 5 for, 4 against."
    )
    day = date(2030, 12, 5)
    ok = (
        "The cabinet agreed last week to cut the maximum discount from 85 per cent to 75 "
        "per cent [1]. On Monday the scrutiny panel voted 5 to 4 to recommend 80 per cent "
        "instead [2]."
    )
    assert unsupported(ok, [release, minutes], story_date=day) == []
    # The cabinet's decision last week dates no vote of the panel, whose minutes are of
    # this week's Monday.
    wrong = ok.replace("On Monday the scrutiny", "Last week the scrutiny")
    assert ("date", "Last week") in unsupported(wrong, [release, minutes], story_date=day)


def test_next_weekday_is_the_coming_one_not_one_gone() -> None:
    paper = (
        "Brindlecombe Advertiser, 22 November 2030\n\nParents yesterday handed the county "
        "council a petition to keep the patrol."
    )
    review = (
        "Crossing Patrol Review, published 15 November 2030.\n\nNext steps: Cabinet will "
        "take a decision on 3 December 2030."
    )
    day = date(2030, 11, 28)  # a Thursday
    ok = "The cabinet will take a decision next Tuesday [2]."
    assert unsupported(ok, [paper, review], story_date=day) == []
    # The petition's Thursday (the paper's "yesterday") is no coming Thursday.
    wrong = ok.replace("next Tuesday", "next Thursday")
    assert ("date", "Thursday") in unsupported(wrong, [paper, review], story_date=day)
    assert _planted_caught(_eval_case("final55b", "at10"), "next Thursday")


def test_a_figure_told_with_the_year_of_another_row() -> None:
    faq = (
        "Why is it closing?\nPassenger numbers have fallen every year since 2018/19, when "
        "the service carried 412,000 journeys.\n\n"
        "Year        Passenger journeys    Council subsidy\n"
        "2018/19          412,000             £210,000\n"
        "2022/23          236,000             £320,000\n"
        "2029/30          168,000             £385,000\n"
    )
    ok = (
        "The service carried 168,000 passenger journeys in 2029/30, fewer than half the "
        "412,000 it carried in 2018/19 [1]."
    )
    assert unsupported(ok, [faq]) == []
    # The table's row of 2022/23 gives 236,000, not 412,000.
    wrong = ok.replace("it carried in 2018/19", "it carried in 2022/23")
    assert ("date", "2022") in unsupported(wrong, [faq])
    # So too a figure told after it: "than in 2028/29, when 71 families used it".
    assert _planted_caught(_eval_case("final55a", "as11"), "2028/29")


def test_a_role_told_as_a_predicate_or_before_a_list_of_names() -> None:
    letter = (
        "Dear parents, several of you pushed barrows, and two of our teachers, Mr Penrose "
        "and Miss Kaur, were in teams. Mr Penrose's team, the Barrow Boys, won."
    )
    report = "The Barrow Boys - Connor Walsh, Ellie Marr and Josh Penrose - won the race."
    ok = "Mr Penrose is one of the school's teachers [1]."
    assert unsupported(ok, [letter, report]) == []
    wrong = ok.replace("Penrose", "Walsh")
    assert ("name", "Mr Walsh") in unsupported(wrong, [letter, report])


def test_a_persons_body_by_its_initials() -> None:
    sources = [
        "Place  Name             Club             Height\n"
        "1      Callum Rennard   Orvingham YFC    7.75 m\n"
        "2      Tom Ashby        Kelderby YFC     7.50 m\n"
        "3      Danny Mulroy     Orvingham YFC    7.25 m\n",
        "Danny Mulroy, of Orvingham Young Farmers' Club, was third. Tom Ashby, of Kelderby "
        "Young Farmers' Club, was second.",
    ]
    # The club's initials are the name the sources spell out after his.
    ok = (
        "Callum Rennard won, Tom Ashby of Kelderby YFC was second and Danny Mulroy, also "
        "of Orvingham YFC, third [1][2]."
    )
    assert unsupported(ok, sources) == []


def test_a_span_of_years_since_a_year_is_worked_out_past_a_bare_count_in_a_table() -> None:
    # "for 19 years" from "since 2011" in 2030, where a table's 19 counts something else.
    sources = [
        "Brindlecombe Advertiser, 22 November 2030\n\nDennis Farrow, 76, has patrolled the "
        "crossing outside Hollins Lane Primary School since 2011. He said he would miss "
        "the children.",
        "Sites by area\n\nArea              Patrols    Kept    Cut\nHarwick Vale      30"
        "         19      11\nCoombe Marsh      25         12      13\n",
    ]
    article = (
        "Dennis Farrow has been the lollipop man at Hollins Lane Primary School for 19 years. [1]"
    )
    assert unsupported(article, sources, story_date=date(2030, 11, 28)) == []
    wrong = article.replace("for 19 years", "for 25 years")
    assert ("number", "25 years") in unsupported(wrong, sources, story_date=date(2030, 11, 28))


def test_a_table_set_with_spaces_under_a_header_of_years_over_a_blank_corner() -> None:
    # "                 2029   2030   2031": the row labels' column has no header; each
    # figure is its column's year's, and the latest is the one a story tells bare.
    sources = [
        "Treasurer's report\n\n"
        "                      2029    2030    2031\n"
        "Adult tickets sold     148     182     241\n"
        "Under-16s (free)        62      78      99\n"
        "Total attendance       210     260     340\n"
    ]
    article = "Adult tickets sold rose to 241, and 99 under-16s went free. [1]"
    assert unsupported(article, sources) == []
    assert ("number", "182") in unsupported(article.replace("241", "182"), sources)


def test_a_results_sheet_heads_only_its_first_table() -> None:
    # Each class has its own table of the same columns, headed once at the top; a class
    # of one finisher is a table of one row.
    sources = [
        "PROVISIONAL RESULTS\n\n"
        "Six-dog rig (7.2km, two runs)\n"
        "Pos | Musher          | Day 1 | Day 2 | Total\n"
        "1   | Freya Aldous    | 17:20 | 16:52 | 34:12\n"
        "2   | Martin Keogh    | 17:05 | 17:58 | 35:03\n\n"
        "Four-dog rig (4.8km, two runs)\n"
        "1   | Tomasz Wrobel   | 12:14 | 12:02 | 24:16\n"
        "2   | Hannah Leigh    | 12:30 | 12:21 | 24:51\n\n"
        "Bikejoring (4.8km, two runs)\n"
        "1   | Rhys Garland    | 11:02 | 10:55 | 21:57\n"
    ]
    article = (
        "Tomasz Wrobel won the four-dog rig in 24 minutes 16 seconds, ahead of Hannah "
        "Leigh in 24 minutes 51 seconds, and Rhys Garland won the bikejoring in 21 "
        "minutes 57 seconds. [1]"
    )
    assert unsupported(article, sources) == []
    wrong = article.replace("21 minutes 57 seconds", "22 minutes 2 seconds")
    assert ("number", "22 minutes 2 seconds") in unsupported(wrong, sources)


def test_a_year_told_after_since_is_no_year_of_the_figure_after_it() -> None:
    # "the most since it began in 1989, and 131 players were registered": 131 is this
    # season's, not 1989's.
    sources = [
        "Key facts\n\nSeason  | Teams | Registered players\n2028-29 | 10    | 96\n"
        "2029-30 | 12    | 118\n2030-31 | 14    | 131\n\nFourteen teams took part this "
        "season, the most since the league began in 1989."
    ]
    article = (
        "Fourteen teams played in the league this season, the most since it began in "
        "1989, and 131 players were registered. [1]"
    )
    assert unsupported(article, sources, story_date=date(2031, 2, 12)) == []
    wrong = article.replace("131 players", "141 players")
    assert ("number", "141") in unsupported(wrong, sources, story_date=date(2031, 2, 12))


def test_a_value_takes_the_words_before_a_bracket_it_stands_in_or_after() -> None:
    # "Four-dog rig (4.8km, two runs)" tells the four-dog class's distance; "Marcia
    # Feeney (Fleece) 121-98" the score of her game, the club's name between them.
    sources = [
        "RESULTS\n\nSix-dog rig (7.2km, two runs)\n\nFour-dog rig (4.8km, two runs)\n\n"
        "The six-dog class runs a 7.2km loop. Tomasz Wrobel won the four-dog rig.",
        "Singles (1 point each)\nDerek Amos (Plough) beat Marcia Feeney (Fleece) 121-98\n"
        "Kath Bibby (Plough) lost to Bert Ollerenshaw (Fleece) 104-121\n",
    ]
    article = "Tomasz Wrobel won the four-dog rig class over 4.8km. [1]"
    assert unsupported(article, sources) == []
    article = "Plough captain Derek Amos beat Marcia Feeney 121-98 in the singles. [2]"
    assert unsupported(article, sources) == []
    wrong = article.replace("121-98", "104-121")
    assert ("number", "104-121") in unsupported(wrong, sources)
    _told_unflagged("final56a", "au03", "beat Marcia Feeney 121-98", "121-98")


def test_a_row_labels_note_gives_the_scale_of_its_figures() -> None:
    # "Visitor nights (millions)   1.41   1.52   1.63" under years: 1.41 million in 2028.
    sources = [
        "Table 1: Overnight stays\n\n"
        "                                      2028    2029    2030\n"
        "Visitor nights (millions)             1.41    1.52    1.63\n"
        "Average room rate per night            £84     £91     £96\n"
    ]
    article = (
        "The number of visitor nights has climbed from 1.41 million in 2028 to 1.63 "
        "million last year. [1]"
    )
    assert unsupported(article, sources, story_date=date(2031, 4, 25)) == []
    wrong = article.replace("1.41 million", "1.52 million")
    assert ("number", "1.52 million") in unsupported(wrong, sources, story_date=date(2031, 4, 25))


def test_leader_of_the_council_is_the_councils_leader_not_a_groups() -> None:
    # "Laura Brennan, leader of the council" when the sources make her leader of the
    # Green group and Martin Foyle "the council's leader".
    sources = [
        "Councillor Laura Brennan, leader of the Green group on the district council, "
        "called the cut a false economy. The council's leader, Councillor Martin Foyle, "
        "said the cabinet had been forced to find savings."
    ]
    right = (
        "Councillor Laura Brennan, leader of the Green group, called the cut a false economy. [1]"
    )
    assert unsupported(right, sources) == []
    foyle = "Councillor Martin Foyle, leader of the council, said savings were needed. [1]"
    assert unsupported(foyle, sources) == []
    wrong = right.replace("leader of the Green group", "leader of the council")
    assert ("name", "Councillor Laura Brennan, leader") in unsupported(wrong, sources)


def test_a_venue_moved_from_another_fact_of_the_sources() -> None:
    # The show was at the Memorial Hall; the Leisure Centre is where next year's will be.
    sources = [
        "Pepper, bred by Anita Gosling, was named Best in Show at the society's spring "
        "show at Wexcombe Memorial Hall on Saturday 19 April.",
        "The committee agreed that the 2032 spring show move to the sports hall at "
        "Wexcombe Leisure Centre, at a hire cost of £380.",
    ]
    right = (
        "Pepper, bred by Anita Gosling, was named Best in Show at the spring show at "
        "Wexcombe Memorial Hall on Saturday 19 April. [1]"
    )
    assert unsupported(right, sources) == []
    wrong = right.replace("Memorial Hall", "Leisure Centre")
    assert any("Wexcombe Leisure" in text for _, text in unsupported(wrong, sources))
    assert _planted_caught(_eval_case("final56b", "av06"), "show at Wexcombe Leisure Centre")
    assert _planted_caught(_eval_case("final56a", "au01"), "on the steps of the Buttercross")


def test_a_figure_of_an_earlier_years_column_told_with_its_year() -> None:
    # "186 rabbits from 31 exhibitors in 2030": both of 2030's column, the row's label
    # their words, though a story telling them bare would mean this year's.
    sources = [
        "Pepper was chosen from 214 rabbits entered by 37 exhibitors.",
        "Entries by section:\n\nSection | 2029 | 2030 | 2031\nFancy | 71 | 80 | 92\n"
        "Total rabbits | 158 | 186 | 214\nExhibitors | 28 | 31 | 37\n",
    ]
    article = (
        "Pepper was chosen from 214 rabbits entered by 37 exhibitors. The society's "
        "figures show 186 rabbits from 31 exhibitors in 2030. [1][2]"
    )
    assert unsupported(article, sources) == []
    wrong = article.replace("from 31 exhibitors", "from 28 exhibitors")
    assert ("number", "28") in unsupported(wrong, sources)
    _told_unflagged("final56b", "av06", "186 rabbits from 31 exhibitors in 2030", "31")


def test_a_labels_words_run_past_a_comma_after_its_figures() -> None:
    # "Standard stall, 6 to 12 square metres: £104 (£95)": the label is the stall's, not
    # its size; "up to 6 square metres" is no rise.
    sources = [
        "Weekly rents from 1 March 2031 (current rent in brackets):\n"
        "- Small stall, up to 6 square metres: £68 (£62)\n"
        "- Standard stall, 6 to 12 square metres: £104 (£95)\n"
        "- Corner stall: £155 (£140)\n"
    ]
    article = (
        "The rent for a standard stall of six to 12 square metres goes up from £95 to "
        "£104, £9 a week more. [1]"
    )
    assert unsupported(article, sources) == []
    assert ("number", "£68") in unsupported(article.replace("£104", "£68"), sources)


def test_the_weekday_a_paper_came_out_is_no_day_of_what_it_reports() -> None:
    # "Castlebrook Gazette / Wednesday 5 March 2031": the cabinet met on Tuesday.
    sources = [
        "Castlebrook Gazette\nWednesday 5 March 2031\n\nThe council's cabinet approved a "
        "selective licensing scheme on Tuesday after a long debate."
    ]
    right = "The cabinet approved a selective licensing scheme on Tuesday. [1]"
    assert unsupported(right, sources, story_date=date(2031, 3, 7)) == []
    assert _planted_caught(_eval_case("final56b", "av07"), "licensing scheme on Wednesday")


def test_a_sum_told_after_a_share_is_that_share_of_a_sum_of_the_sources() -> None:
    # "40 per cent of the money, about £1.28 million a year": 40% of £3.2m a year.
    sources = [
        "Key facts\n- Estimated income: £3.2m a year\n- Spending: 40 per cent visitor "
        "services; 35 per cent events and marketing; 25 per cent transport\n"
    ]
    article = (
        "Under the plans, 40 per cent of the money, about £1.28 million a year, would "
        "go on visitor services. [1]"
    )
    assert unsupported(article, sources) == []
    wrong = article.replace("£1.28 million", "£1.12 million")
    assert ("number", "£1.12 million") in unsupported(wrong, sources)


def test_a_result_written_out_after_a_win_is_a_score_of_a_results_sheet() -> None:
    # "beat Isaac Thornbury by 49 to 44" of a sheet's "B. Rowsell 49 bt I. Thornbury 44",
    # where the two counts are also two winning scores of other years and a rank "4.".
    sources = [
        "Top qualifiers\n1. Marek Szulc: 58\n3. Kemi Adeyinka: 53\n4. Isaac Thornbury: 51\n\n"
        "Semi-finals\n"
        "B. Rowsell 49 bt I. Thornbury 44\nM. Szulc 46 bt K. Adeyinka 45\n\n"
        "Winners\nYear | Winner | Score\n2029 | Owen Birtles | 44\n2030 | Owen Birtles | 49\n"
    ]
    article = (
        "In the semi-finals Ms Rowsell beat Isaac Thornbury by 49 to 44, and Mr Szulc beat "
        "Kemi Adeyinka by 46 to 45. [1]"
    )
    assert unsupported(article, sources) == []
    wrong = article.replace("by 46 to 45", "by 46 to 44")
    assert ("number", "46 to 44") in unsupported(wrong, sources)
    # A change is no result: "losing the lane from 6 to 17" stays two figures.
    case = _eval_case("final57a", "aw05")
    assert _flagged(case) == set()
    assert _planted_caught(case, "by 52 points to 45")


def test_a_word_ending_in_ment_is_no_role_before_a_name() -> None:
    # "After the tournament Dr Alderholt's handicap": no tournament's holder.
    case = _eval_case("final57a", "aw02")
    assert "After the tournament Dr Alderholt's handicap" in case.faithful
    assert not any("Alderholt" in text for text in _flagged(case))


def test_every_quarter_is_every_three_months() -> None:
    sources = [
        "Hotels would collect the levy from guests and pay it to the council every quarter. "
        "A quarter of the money would go on transport."
    ]
    article = "Hotels would collect the levy and pay it to the council every three months. [1]"
    assert unsupported(article, sources) == []
    assert ("number", "four months") in unsupported(article.replace("three", "four"), sources)


def test_a_difference_told_after_a_figure_is_a_change_of_that_figure() -> None:
    # "701 open cases, 163 more than a year earlier": 701 - 538, not 538 - 412 (126).
    sources = [
        "Position at 31 March | 2029 | 2030 | 2031\nOpen enforcement cases | 412 | 538 | 701\n"
    ]
    article = (
        "There were 701 open enforcement cases at the end of March, 163 more than a year "
        "earlier and up from 412 two years before. [1]"
    )
    assert unsupported(article, sources, story_date=date(2031, 5, 20)) == []
    wrong = article.replace("163 more", "126 more")
    assert ("number", "126") in unsupported(wrong, sources, story_date=date(2031, 5, 20))
    # Any figure told before it may be the one changed: "22 teams in three divisions,
    # four more than last year".
    _told_unflagged("final21a", "aa09", "four more than last year", "four")
    # The figure it is changed from may be one a note says is in brackets: "87 (81)"
    # after "Figures for the previous survey, in 2021, are given in brackets."
    _told_unflagged("final8b", "x10", "six more than in 2021", "six")
    assert _planted_caught(_eval_case("final57a", "aw08"), "430 fewer than two years earlier")
    # A figure told after "than" is the one changed: "ten more than last year's 38" of 46.
    assert _planted_caught(_eval_case("final20a", "u09"), "ten more than last year's 38")
    # ... of its own sort: "300 more than the two practices provide now" (2,900 - 2,600).
    _told_unflagged("final52a", "am07", "300 more than the two practices", "300")


def test_a_table_of_financial_years_with_a_corner_of_spaces_dates_its_columns() -> None:
    # "                 | 2029/30 | 2030/31 | 2031/32 (proposed)": the corner is spaces
    # before the first bar; each column is of its first year, so "116 more than last year"
    # (in May 2031) is no change from 2029/30's 214 (330 - 214), only from 238.
    sources = [
        "The scheme to date\n"
        "                             | 2029/30 | 2030/31 | 2031/32 (proposed)\n"
        "Businesses receiving relief  | 214     | 238     | 330 (estimate)\n"
        "Total relief awarded         | £398,000 | £441,000 | £790,000 (estimate)\n"
    ]
    article = "The council expects about 330 businesses to benefit, 92 more than last year. [1]"
    day = date(2031, 5, 29)
    assert unsupported(article, sources, story_date=day) == []
    wrong = article.replace("92 more", "116 more")
    assert ("number", "116") in unsupported(wrong, sources, story_date=day)
    assert _planted_caught(_eval_case("final57a", "aw09"), "116 more than last year")
    assert _planted_caught(_eval_case("final56a", "au12"), "from £1.31 million this year")
    # The year after "than" is the one compared with, no year of the figures after it.
    _told_unflagged("final30a", "ja08", "more than in 2024-25, from 14,870 bags", "14,870")


def test_a_date_told_of_an_event_a_fact_sheet_dates_otherwise_is_flagged() -> None:
    # "in the final on Friday 13 June" where the sheet has "Finals: Saturday 14 June 2031"
    # (and the show, over both days, is "held on Friday 13 and Saturday 14 June").
    sources = [
        "Bethan Rowsell won the contest, held at Ridley Park on Friday 13 and Saturday 14 "
        "June.\n\n"
        "Heats and qualifying: Friday 13 June 2031\nFinals: Saturday 14 June 2031\n"
    ]
    article = "Ms Rowsell won the final on Saturday 14 June. [1]"
    assert unsupported(article, sources, story_date=date(2031, 6, 16)) == []
    wrong = article.replace("Saturday 14 June", "Friday 13 June")
    flagged = unsupported(wrong, sources, story_date=date(2031, 6, 16))
    assert any(kind == "date" and "13 June" in text for kind, text in flagged)
    heats = "The heats were held on Friday 13 June. [1]"
    assert unsupported(heats, sources, story_date=date(2031, 6, 16)) == []
    # A sheet's "Next release: 10 June 2026" is another time, not another event's date.
    _told_unflagged("final20b", "v02", "due to be published on June 10", "June 10")


def test_the_years_a_change_is_told_over_are_two_years_of_the_sources_that_far_apart() -> None:
    # "138 notices last year, 49 fewer than two years earlier": columns 2028/29 and
    # 2030/31 are two years apart; no two of the sources' years are five apart.
    sources = ["Notices issued | 2028/29 | 2029/30 | 2030/31\nTotal | 187 | 162 | 138\n"]
    article = "The council issued 138 notices last year, 49 fewer than two years earlier. [1]"
    day = date(2031, 6, 25)
    assert unsupported(article, sources, story_date=day) == []
    wrong = article.replace("two years earlier", "five years earlier")
    assert ("number", "five years") in unsupported(wrong, sources, story_date=day)
    _told_unflagged("final14b", "j10", "than they did five years ago", "five years")


def test_a_possessives_figure_after_another_counts_what_the_first_counts() -> None:
    # "with 38 points to Mrs Tillbrook's 31": the 38 is not hers (her 31 is after her
    # name), and her 31 counts points too.
    source = [
        "Trophies\n\nHendry Cup (Best in Show): M. Tillbrook\n"
        "Barton Shield (most points, all classes): C. Redgrave, 38 points\n"
        "Runner-up on points: M. Tillbrook, 31 points\n",
        "Marjorie Tillbrook, 74, won Best in Show with a giant decorative variety she bred "
        "herself.\n\nColin Redgrave, 58, of Mill Road, took the Barton Shield for the most "
        "points across all classes for the third year running.",
    ]
    ok = (
        "Colin Redgrave, 58, of Mill Road, won the Barton Shield for the most points "
        "across all classes, with 38 points to Mrs Tillbrook's 31 [1][2]."
    )
    assert unsupported(ok, source) == []
    bad = ok.replace("Tillbrook's 31", "Tillbrook's 33")
    assert unsupported(bad, source) == [("number", "33")]


def test_a_class_table_row_is_read_past_its_number_and_its_winners() -> None:
    # "| 1 | Three giant decorative blooms | 12 | M. Tillbrook | C. Redgrave |": the
    # class number is a name, and the 12 entries are no winner's figure.
    source = [
        "Class | Description                   | Entries | First        | Second\n"
        "1     | Three giant decorative blooms | 12      | M. Tillbrook | C. Redgrave\n"
        "2     | Five medium cactus blooms     | 14      | C. Redgrave  | P. Anand\n"
        "3     | Three pompon blooms           | 21      | C. Redgrave  | H. Lomax",
        "Colin Redgrave took the shield again, and Marjorie Tillbrook won Best in Show.",
    ]
    ok = (
        "Mrs Tillbrook's winning bloom came from the class for three giant decorative "
        "blooms, which had 12 entries and in which Colin Redgrave was second [1]."
    )
    assert unsupported(ok, source) == []
    bad = ok.replace("had 12 entries", "had 14 entries")
    assert unsupported(bad, source) == [("number", "14")]


def test_a_league_table_row_opening_with_its_position_is_named_by_its_team() -> None:
    source = [
        "Final table (win 3 points, loss 0)\n"
        "Pos | Team                 | P  | W  | L  | Pts\n"
        "1   | Tidewater Flyers     | 14 | 12 | 2  | 36\n"
        "2   | Kestrel Ultimate     | 14 | 11 | 3  | 33\n"
        "3   | Northgate Spin       | 14 | 9  | 5  | 27",
    ]
    ok = "Tidewater Flyers finished with 36 points from 14 matches, winning 12 and losing 2 [1]."
    assert unsupported(ok, source) == []
    bad = ok.replace("winning 12 and losing 2", "winning 11 and losing 3")
    assert ("number", "11") in unsupported(bad, source)


def test_a_results_line_with_a_label_and_a_note_in_brackets_is_a_score() -> None:
    source = [
        "Final round\n"
        "Pitch 1: Tidewater Flyers 15 Kestrel Ultimate 13 (half-time 6-8)\n"
        "Pitch 2: Northgate Spin 15 Old Mill Discs 9 (half-time 8-5)\n"
        "Pitch 3: Brackley Zephyrs 12 Canal Street Comets 15 (half-time 7-8)\n"
    ]
    ok = (
        "In the other match, Canal Street Comets beat Brackley Zephyrs 15-12 [1]. "
        "Northgate Spin won 15-9 against Old Mill Discs [1]."
    )
    assert unsupported(ok, source) == []
    bad = ok.replace("15-12", "15-11")
    assert unsupported(bad, source) == [("number", "15-11")]


def test_a_figure_told_beside_a_score_is_no_side_of_that_score() -> None:
    # "third on 27 after a 15-9 win": the result line's 15 and 9 are the score's, no
    # rivals of the 27 of the table's row.
    source = [
        "Pitch 2: Northgate Spin 15 Old Mill Discs 9\n\n"
        "Pos | Team           | P  | W | Pts\n"
        "2   | Kestrel Ultimate | 14 | 11 | 33\n"
        "3   | Northgate Spin | 14 | 9 | 27\n"
        "4   | Old Mill Discs | 14 | 7 | 21",
    ]
    ok = (
        "Kestrel Ultimate were second on 33 points, and Northgate Spin third on 27 "
        "after a 15-9 win over Old Mill Discs [1]."
    )
    assert unsupported(ok, source) == []
    bad = ok.replace("third on 27", "third on 33")
    assert unsupported(bad, source) == [("number", "33")]


def test_a_change_over_years_is_from_the_figure_of_the_year_that_far_back() -> None:
    source = [
        "1. Key figures (at 31 March each year)\n\n"
        "                                   2029   2030   2031\n"
        "Children in the council's care      412    438    465\n"
        "Council fostering households        168    157    149\n"
    ]
    ok = (
        "The council had 149 fostering households at the end of March, 19 fewer than "
        "two years earlier [1]."
    )
    assert unsupported(ok, source, story_date=date(2031, 9, 19)) == []
    bad = ok.replace("19 fewer", "8 fewer")
    assert unsupported(bad, source, story_date=date(2031, 9, 19)) == [("number", "8")]


def test_a_change_is_anchored_only_by_a_figure_of_its_own_kind() -> None:
    # "28 wins, 5 more than": the anchor 28 is a count of wins, not a player's age of 28.
    target = D.Target(5.0, None, 1.0, cued=True, worded=True, anchors=(28.0,))
    age = D.Operand(28.0, "age", "28", (0, 1), None, False)
    wins, before = (D.Operand(v, None, f"{v:.0f}", (0, 2), None, False) for v in (33.0, 38.0))
    assert D.working(target, [age, wins, before]) == "38 - 33"


def test_a_party_groups_role_and_a_head_of_service_set_off_after_a_councillor() -> None:
    # "Councillor Leon Whitcombe, Green group leader," when the sources make him a cabinet
    # member and give the group's lead to Cllr Haynes; "head of waste and recycling" of
    # a councillor when it is an officer's post.
    source = [
        "Green group leader Cllr Bridget Haynes asked the cabinet to keep rat treatments "
        "free. Councillor Leon Whitcombe, cabinet member for finance and resources, said: "
        '"We have held off charging for rats." Councillor Gavin Rusk, portfolio holder for '
        'environment, said: "Nobody likes a new charge." Helen Tranter, the council\'s head '
        'of waste and recycling, said: "We will monitor it."'
    ]
    ok = (
        'Councillor Leon Whitcombe, cabinet member for finance, said: "We have held off '
        'charging for rats." [1] Councillor Gavin Rusk, portfolio holder for environment, '
        'said: "Nobody likes a new charge." [1]'
    )
    assert unsupported(ok, source) == []
    bad = ok.replace("cabinet member for finance", "Green group leader")
    assert unsupported(bad, source) == [("name", "Councillor Leon Whitcombe, Green group leader")]
    bad = ok.replace("portfolio holder for environment", "head of waste and recycling")
    assert unsupported(bad, source) == [("name", "Councillor Gavin Rusk, head")]


def test_a_part_in_brackets_after_a_judges_name_is_no_club_of_hers() -> None:
    # "Panel: Anne Halloran (Music, panel chair)" tells her part on the panel; the paper
    # names her guild.
    source = [
        "Panel: Anne Halloran (Music, panel chair), Roger Quint (Performance)",
        "Chief judge Anne Halloran, of the British Harmony Judges' Guild, said the ballad "
        "was the best of the day.",
    ]
    ok = (
        "Chief judge Anne Halloran, of the British Harmony Judges' Guild, said the ballad "
        "was the best of the day [1][2]."
    )
    assert unsupported(ok, source) == []
    bad = ok.replace("Anne Halloran", "Roger Quint")
    assert ("name", "judge Roger Quint") in unsupported(bad, source)


def test_people_over_an_age_are_an_age_band() -> None:
    source = ["4.2 Around a third of the council's foster carers are aged over 60."]
    ok = "Around a third of the council's foster carers are over 60 [1]."
    assert unsupported(ok, source) == []
    assert unsupported(ok.replace("60", "65"), source) == [("number", "65")]


def test_a_rounds_heading_is_no_row_of_a_results_list() -> None:
    # "Round 1 (all eight finalists)" heads the list: "after the first round with 28.9"
    # names no row other than Marchetti's.
    source = [
        "Round 1 (all eight finalists)\n"
        "1. Theo Marchetti       28.9\n"
        "2. Naomi Castellanos    28.6\n"
        "3. Keisha Odom          28.3\n\n"
        "Round 2 (top three; scores reset to zero)\n"
        "1. Naomi Castellanos    29.4\n"
        "2. Theo Marchetti       29.1\n"
    ]
    ok = (
        "Marchetti, a bike courier, had led after the first round with 28.9, ahead of "
        "Castellanos on 28.6 [1]."
    )
    assert unsupported(ok, source) == []
    bad = ok.replace("with 28.9", "with 29.4")
    assert ("number", "29.4") in unsupported(bad, source)


def test_a_share_told_after_so_many_of_them_is_of_the_figure_before() -> None:
    # "2,300 HMOs ..., and only 610 of them - just over a quarter -": of the 2,300, not
    # any pair of the passage's small counts ("two or more households", "five years").
    source = [
        "Officers estimate that there are 2,300 HMOs in the four wards, of which 610 are "
        "licensed. The new scheme covers homes shared by three or four people who form two "
        "or more households, and licences last five years."
    ]
    ok = (
        "The scheme covers homes shared by people who form two or more households, for "
        "five years [1]. Officers estimate there are 2,300 HMOs in the four wards, and only "
        "610 of them - just over a quarter - are licensed at present [1]."
    )
    assert unsupported(ok, source) == []
    bad = ok.replace("just over a quarter", "just over a third")
    assert unsupported(bad, source) == [("number", "a third")]
    # In the blind case the "two" and "five" of other sentences made a third of a pair.
    case = _eval_case("final58a", "ay10")
    assert "a quarter" not in _flagged(case)
    assert _planted_caught(case, "just over a third")


def test_a_share_told_again_for_a_cut_is_of_what_there_was() -> None:
    # "a cut of £900,000, or more than a quarter": £900,000 of the £3.4m, not of the
    # £2.5m left (36 per cent) nor from the £3.9m of two years before.
    source = [
        "Supported bus budget: 2029/30 £3.9m; 2030/31 £3.4m; 2031/32 (proposed) £2.5m. "
        "The reduction of £900,000 would be made by withdrawing support from nine routes."
    ]
    ok = (
        "The budget for supported buses, which was £3.9 million two years ago and stands "
        "at £3.4 million this year, will fall to £2.5 million next year - a cut of "
        "£900,000, or more than a quarter [1]."
    )
    assert unsupported(ok, source, story_date=date(2031, 9, 30)) == []
    bad = ok.replace("more than a quarter", "more than a third")
    assert unsupported(bad, source, story_date=date(2031, 9, 30)) == [("number", "a third")]


def test_a_home_town_of_another_person_named_beside_is_flagged() -> None:
    # "Fairbrother, 33, of Hallam Cross" when the sources make her "of Pollerton": the
    # source that names both has Hallam Cross as her opponent's home.
    source = [
        "Primary school teacher Lydia Fairbrother is the new Pollerton Open champion.\n\n"
        "Fairbrother, 33, of Pollerton, wins £250 and the Golden Fist trophy.",
        "Lydia Fairbrother, 33, beat last year's winner Gavin Rudd, a 47-year-old taxi "
        "driver from Hallam Cross, by three games to two in Saturday night's final.",
    ]
    ok = "Fairbrother, 33, of Pollerton, won £250 and the Golden Fist trophy [1][2]."
    assert unsupported(ok, source) == []
    bad = ok.replace("of Pollerton", "of Hallam Cross")
    assert unsupported(bad, source) == [("name", "Hallam Cross")]


def test_results_lines_with_a_comma_between_the_sides_are_scores() -> None:
    # "Holmsey Barracudas 2, Brackenmoor Orcas 1" under its heading, and two such lines
    # read as one sentence: each line is a score.
    case = _eval_case("final59a", "bc01")
    assert "2-1" not in _flagged(case)
    sources = [
        "Open division, semi-finals\n"
        "Tarnbridge Stingrays 3, Holmsey Barracudas 0\n"
        "Kestrelford Narwhals 5, Brackenmoor Orcas 4 (golden goal)\n"
    ]
    assert unsupported("Kestrelford Narwhals beat Brackenmoor Orcas 5-4 [1].", sources) == []


def test_two_counts_told_of_one_year_with_and_are_both_of_that_year() -> None:
    # "against 11 teams and 101 players in 2031": the 11 is of 2031's column too, as is
    # "14 teams and 268 registered players in 2031".
    flagged = _flagged(_eval_case("final59a", "bc01"))
    assert not {"11", "9"} & flagged
    assert "14" not in _flagged(_eval_case("final59a", "bc02"))


def test_a_date_told_as_planned_is_the_planned_lines_date() -> None:
    # "first due to be played on Sunday 19 October 2031" against "Date played: Saturday
    # 10 January 2032" and "Originally scheduled: Sunday 19 October 2031".
    assert "19 October 2031" not in _flagged(_eval_case("final59a", "bc02"))


def test_a_figure_whose_own_noun_names_its_row_is_of_that_row() -> None:
    # "79 exhibits from 15 clubs in 2031": 15 stands in the "Clubs entering" row, whatever
    # row "exhibits from" names before it.
    assert "15" not in _flagged(_eval_case("final59a", "bc05"))


def test_a_table_headed_by_places_reads_its_places_as_words() -> None:
    from pelican_aibot.grounding.tables import column_headers

    text = (
        "Event            1st                  2nd\n"
        "Hammer (22lb)    F. Dunleavy, 118ft   A. Tolmie, 109ft\n"
        "Stone put        F. Dunleavy, 41ft    A. Tolmie, 38ft\n"
    )
    heads = {text[a:b].strip(): h for a, b, h, *_ in column_headers(text)}
    assert heads["A. Tolmie, 109ft"] == "second"


def test_the_whole_of_a_labelled_part_is_of_the_labels_things() -> None:
    # "Members entering: 38 of 61": the club's 61 members; but "Commercial permits
    # issued: 34 of 40" makes 40 no count of permits issued.
    assert "61" not in _flagged(_eval_case("final59a", "bc06"))
    assert _planted_caught(_eval_case("final47a", "ac05"), "40 commercial permits")


def test_the_one_figure_ending_a_labelled_list_line_is_about_the_whole_line() -> None:
    # "Nature projected image: Heron at Sunrise, Barry Treadgold, 19" under "Runners-up".
    assert "19" not in _flagged(_eval_case("final59a", "bc06"))


def test_a_motions_vote_is_known_from_an_amendments() -> None:
    # "voted 7 to 2 for the new model" where the amendment to defer it was lost 3 votes
    # to 6; "6 to 3" is still the amendment's reversed, and a motion and an amendment of
    # one tally are both that vote.
    case = _eval_case("final59a", "bc07")
    assert "7 to 2" not in _flagged(case)
    assert _planted_caught(case, "voted 6 to 3")
    assert "five votes to four" not in _flagged(_eval_case("final33b", "mb10"))


def test_a_change_from_a_columns_first_figure_to_its_last() -> None:
    # "climbed from £12.20 to £15.55" from a cost column running 2029 to 2031; not where
    # a source tells the change from another start ("from 38 minutes in May to 6"), nor
    # a timetable's first and last times against "from 3.30pm to 5pm".
    flagged = _flagged(_eval_case("final59a", "bc07"))
    assert not {"£12.20", "£15.55"} & flagged
    assert _planted_caught(_eval_case("final32b", "lb08"), "fell from 35 minutes")
    assert _planted_caught(_eval_case("final46b", "zb05"), "from 3.30pm to 5.30pm")


def test_a_relative_clause_after_a_counted_noun_says_what_it_counts() -> None:
    # "Of the 1,148 people who responded" is the consultation's 1,148 responses, not the
    # "more than 500 people" the service was built for.
    assert "1,148" not in _flagged(_eval_case("final59a", "bc07"))


def test_a_span_of_months_is_that_many_months() -> None:
    # "2031/32 (April to December) | 355 | 47 | 238" for "In the nine months to December,
    # 238 more were turned away".
    assert "nine months" not in _flagged(_eval_case("final59a", "bc08"))
    sources = ["Survey period: April to December 2031. Nests found: 42."]
    assert unsupported("Over nine months, volunteers found 42 nests [1].", sources) == []
    assert ("number", "eight months") in unsupported(
        "Over eight months, volunteers found 42 nests [1].", sources
    )


def test_a_place_told_with_a_figure_is_its_rank_in_the_table() -> None:
    # "came third with 517 votes" from a votes table (its total left out), and a place
    # that does not match its figure's rank is still flagged.
    case = _eval_case("final59a", "bc10")
    assert not {"third", "fourth"} & _flagged(case)
    sources = [
        "Design | Artist | Votes\nNetmenders | Kettering | 1,211\nTide Clock | Okonedo | 902\n"
        "Silver Darlings | Abernethy | 517\nTotal | | 2,630\n"
    ]
    assert unsupported("Silver Darlings came third with 517 votes [1].", sources) == []
    assert ("number", "fourth") in unsupported(
        "Silver Darlings came fourth with 517 votes [1].", sources
    )
    assert "fourth" not in _flagged(_eval_case("final18b", "r05"))


def test_a_total_of_a_lists_items() -> None:
    # "will cost £148,000 in all" from "Funding" over three items of £90,000, £40,000
    # and £18,000.
    assert "£148,000" not in _flagged(_eval_case("final59a", "bc10"))
    sources = [
        "Funding\n- Culture fund: £90,000\n- Developer (section 106): £40,000\n"
        "- Council reserves: £18,000\n"
    ]
    assert unsupported("The sculpture will cost £148,000 in all [1].", sources) == []
    assert ("number", "£158,000") in unsupported(
        "The sculpture will cost £158,000 in all [1].", sources
    )


def test_a_figure_costing_after_a_comma_is_the_things_before_it() -> None:
    from pelican_aibot.grounding import facts as F
    from pelican_aibot.grounding.text import tokenize

    toks = tokenize("The netting, costing £11,800, will go up next month.")
    (money,) = [m for m in F.find_values(toks, False) if m.unit == "gbp"]
    assert "netti" in F.local_context(toks, money.i0, money.i1, set()) or any(
        s.startswith("net") for s in F.local_context(toks, money.i0, money.i1, set())
    )


def test_a_square_or_a_street_is_a_place_not_a_person() -> None:
    assert "Market Square" not in _flagged(_eval_case("final59a", "bc11"))


def test_an_acronym_after_a_is_no_speaker() -> None:
    # 'said a PSPO had to be justified by evidence, "and the figures ... will help"' is
    # Cllr Rhys's quote; "A Rivers Agency spokesperson said" still speaks for the agency.
    case = _eval_case("final59a", "bc11")
    assert "and the figures Kelbridge has collected will help" not in _flagged(case)
    assert _planted_caught(_eval_case("final42a", "va04"), "Dr Oduya said:")


def test_a_two_row_table_gives_a_score_a_column() -> None:
    # "Set 1  Set 2" over Brindle Street Regu 21 21 and Ostley Sparks 15 12.
    flagged = _flagged(_eval_case("final59b", "bd01"))
    assert not {"21-15", "21-12"} & flagged
    sources = [
        "WOMEN'S FINAL\n"
        "Team                  Set 1  Set 2  Sets\n"
        "Brindle Street Regu     21     21     2\n"
        "Ostley Sparks           15     12     0\n"
    ]
    story = "Brindle Street Regu beat Ostley Sparks 21-15, {} [1]."
    assert unsupported(story.format("21-12"), sources) == []
    assert ("number", "21-13") in unsupported(story.format("21-13"), sources)


def test_a_results_line_may_have_a_long_label() -> None:
    # "Game 1, Saturday 27 March: Millers 7, Owls 4".
    assert "7-4" not in _flagged(_eval_case("final59b", "bd03"))


def test_a_weekday_after_the_is_a_day_of_what_was_decided() -> None:
    # "Mr Penhallow agreed that music on the Sunday would finish by 6pm".
    assert "Sunday" not in _flagged(_eval_case("final59b", "bd02"))


def test_a_capitalised_tomorrow_in_a_title_is_no_date() -> None:
    assert "Tomorrow" not in _flagged(_eval_case("final59b", "bd05"))


def test_a_category_of_a_list_or_table_is_an_age_band() -> None:
    # "Categories: under 8; 8 to 11" and a row "Under 8   38" for "the under-8 category".
    assert "8" not in _flagged(_eval_case("final59b", "bd05"))


def test_a_change_the_sources_tell_with_both_its_ends() -> None:
    # "a collector licence £220, up from £198" from "the collector licence fee from £198
    # to £220", however like the site licence's £412 its words are.
    assert "£198" not in _flagged(_eval_case("final59b", "bd07"))
    sources = ["The site fee will rise from £412 to £465 and the collector fee from £198 to £220."]
    story = "A site licence will cost £465 and a collector licence £220, up from £198 [1]."
    assert unsupported(story, sources) == []


def test_at_least_is_a_minimum() -> None:
    # "collectors must be at least 16 rather than 14" for "Minimum age of collectors: 16".
    assert "16" not in _flagged(_eval_case("final59b", "bd08"))


def test_a_ratio_of_two_sums_told_in_the_next_sentence() -> None:
    # "outstripped the money on offer by more than four to one. ... groups asked for
    # more than £412,000" against the £95,000 on offer.
    assert "four" not in _flagged(_eval_case("final59b", "bd12"))


def test_a_labelled_list_line_ends_a_figures_words() -> None:
    # "Riverside Murals Collective (three murals, Eastgate underpass): £6,500" in a list
    # with no full stops: the next line's carnival is none of its words.
    assert "£6,500" not in _flagged(_eval_case("final59b", "bd12"))


def test_a_vote_told_on_another_weekday_than_the_sources_give_it() -> None:
    # "voted 7 to 2 last Friday" where the sources' "Members voted 7 to 2 on Thursday
    # evening"; a weekday of the decision's effect in the vote's sentence ("with effect
    # from Wednesday 1 April") is no day of the vote.
    assert _planted_caught(_eval_case("final59b", "bd07"), "voted 7 to 2 last Friday")
    assert "Tuesday" not in _flagged(_eval_case("final28b", "hb08"))


def test_a_decision_last_week_by_a_committee_whose_minutes_date_it_otherwise() -> None:
    # "a plan backed by its licensing committee last week" against "Minutes of the
    # Licensing Committee held on Monday 23 February 2032", in the story's own week.
    assert _planted_caught(_eval_case("final59a", "bc12"), "licensing committee last week")


def test_a_person_of_a_body_told_in_one_name_by_the_sources() -> None:
    # "the winner was Rosalind Teague of Corvedge Flower Club" (one name of both) for
    # "Rosalind Teague of Marlham Flower Club won the petite class", Marlham's club
    # named in the next sentence of the sources.
    case = _eval_case("final59a", "bc05")
    wrong = _planted(case, "Rosalind Teague of Marlham Flower Club")
    assert any("Marlham Flower Club" in text for text in _flagged(case, wrong.text))
    assert not any("Corvedge" in text for text in _flagged(case))
    # (an owner after "who leads" is no body of hers: "Inspector Claire Hembury, who leads
    # Cobbleham's neighbourhood team", of Westmarch Police in the sources)
    assert "Cobbleham's" not in _flagged(_eval_case("final52a", "am08"))


def test_a_town_council_is_not_the_district_council_of_the_same_town() -> None:
    sources = [
        "The money came from:\n\nFunder                      £ million\n"
        "Tarnshire County Council          9.6\nWickerby District Council         3.2\n"
        "Orchard Meadow developers         1.6\n",
        "Wickerby Town Council, which is separate from Wickerby District Council, had asked "
        "for at least 200 parking spaces.",
    ]
    good = "Wickerby District Council gave £3.2 million to the station [1]."
    assert unsupported(good, sources) == []
    assert ("name", "Wickerby Town Council") in unsupported(
        good.replace("District", "Town"), sources
    )
    case = _eval_case("final55a", "as10")
    assert _planted_caught(case, "Wickerby Town Council gave")


def test_a_figure_after_another_subject_of_the_sentence_is_that_ones() -> None:
    case = _eval_case("final25b", "eb03")
    assert "Porthkellis Parish Council contributed £12,500" in case.faithful
    assert not {t for t in _flagged(case) if "Sea County" in t or t == "£12,500"}


def test_a_hyphened_compound_after_a_figure_leaves_it_its_noun() -> None:
    from pelican_aibot.grounding import facts as F
    from pelican_aibot.grounding.text import tokenize

    toks = tokenize("The commission wants 15 three-member wards in all.")
    values = F.find_values(toks, False)
    fifteen = next(m for m in values if m.value == 15)
    taken = {k for m in values for k in range(m.i0, m.i1)}
    assert "ward" in F.local_context(toks, fifteen.i0, fifteen.i1, taken)
    # (not across a line's end: "38:20" then "Two-dog class" on the next line)
    case = _eval_case("final53b", "ap04")
    assert "29:52" not in _flagged(case)


def test_a_change_told_as_a_figure_down_from_another_names_both_ends() -> None:
    sources = [
        "Councillor Sheila Ramsbottom said the commission's proposal for 45 councillors, "
        "down from 54, took no account of the work councillors do.",
        "The commission proposes that the council should have 45 councillors. The council "
        "now has 54 councillors, and a neighbouring council 48.",
    ]
    assert (
        unsupported(
            "The council says cutting the number of councillors from 54 to 45 would go too far "
            "[1].",
            sources,
        )
        == []
    )
    case = _eval_case("final60a", "be12")
    assert "45" not in _flagged(case)


def test_a_change_with_one_end_of_the_sources_and_another_start_is_flagged() -> None:
    case = _eval_case("final60a", "be06")
    assert _planted_caught(case, "up from 52 in 2031")
    assert "87" not in _flagged(case)


def test_a_hedge_between_a_label_and_its_figure_keeps_the_label() -> None:
    from pelican_aibot.grounding import facts as F
    from pelican_aibot.grounding.text import tokenize

    toks = tokenize("Children eligible: about 9,400")
    (count,) = [m for m in F.find_values(toks, False) if m.value == 9400]
    assert {"child", "eligi"} <= F.local_context(toks, count.i0, count.i1, set())
    case = _eval_case("final60a", "be09")
    assert "9,400" not in _flagged(case)


def test_a_table_of_spaced_columns_with_a_lone_bar_and_season_headers() -> None:
    from pelican_aibot.grounding.tables import column_headers

    text = (
        "Key figures:\n\n"
        "                                   Summer 2030 | Summer 2031\n"
        "Children eligible                  8,900       | 9,150\n"
        "Children attending at least once   3,560       | 4,210\n"
    )
    cells = {text[a:b].strip(): (h, y) for a, b, h, _, y, *_ in column_headers(text)}
    assert cells["4,210"] == ("Summer 2031", 2031)
    assert cells["3,560"] == ("Summer 2030", 2030)
    case = _eval_case("final60a", "be09")
    assert not {"4,210", "650"} & _flagged(case)


def test_a_name_filling_a_cell_of_a_barred_row_owns_its_figure() -> None:
    case = _eval_case("final60a", "be11")
    assert "1,450" not in _flagged(case)
    assert _planted_caught(case, "under plans for 1,100 homes")


def test_a_lists_total_is_no_slot_for_one_of_its_items() -> None:
    sources = [
        "ENTRANTS BY CATEGORY\nOpen: 31\nWomen's: 14\nUnder-16: 13\nTotal: 58\n",
        "There were 58 entrants in the speed contest.",
    ]
    article = (
        "There were 58 entrants in the speed contest: 31 in the open category, 14 in the "
        "women's and 13 in the under-16 [1][2]."
    )
    assert unsupported(article, sources) == []
    case = _eval_case("final60b", "bf05")
    assert "31" not in _flagged(case)
    # (told with another item's words too, it is the total's: "Entry fees and a bucket
    # collection raised" the collection's figure)
    assert _planted_caught(_eval_case("final40a", "ta07"), "raised £1,298 for the Upper Dale")


def test_a_name_ahead_of_a_figure_is_a_rival_not_a_place_nor_its_owner() -> None:
    case = _eval_case("final60b", "bf05")
    assert "ahead of Nia Holloway in 46.12" in case.faithful
    assert "46.12" not in _flagged(case)
    for part, prefix, figure in (("final18a", "q05", "3:31:19"), ("final22b", "bb01", "6:01.4")):
        assert figure not in _flagged(_eval_case(part, prefix))


def test_a_surname_names_its_row_of_a_results_table() -> None:
    case = _eval_case("final60a", "be06")
    assert not {"11", "15", "21"} & _flagged(case)
    assert _planted_caught(case, "finished on 15 points")
    # (only in a column the sentence's words name: a sheep's heat time in its row is no
    # time of its final)
    assert _planted_caught(_eval_case("final55a", "as05"), "in 32.9 seconds")


def test_a_share_told_together_after_two_counts_is_of_their_sum() -> None:
    sources = [
        "A survey found 148 stands of the plant. Parks and open spaces had 52 stands, "
        "highway verges 41, housing land 33, car parks 13 and cemeteries nine."
    ]
    told = (
        "Parks and open spaces had 52 stands and highway verges 41, together more than six "
        "in ten of the total [1]."
    )
    assert unsupported(told, sources) == []
    assert ("number", "seven in ten") in unsupported(
        told.replace("six in ten", "seven in ten"), sources
    )
    assert _planted_caught(_eval_case("final60a", "be10"), "more than seven in ten")


def test_a_share_as_the_size_of_a_change_is_read_and_checked() -> None:
    sources = [
        "The fixed penalty for breaking the order will rise from £100 to £150. About a "
        "third of fines were paid late."
    ]
    told = "The fixed penalty goes up from £100 to £150, a rise of half [1]."
    assert unsupported(told, sources) == []
    assert ("number", "a third") in unsupported(told.replace("half", "a third"), sources)
    assert _planted_caught(_eval_case("final60b", "bf09"), "a rise of a third")


def test_the_count_of_a_list_is_no_slot_of_a_figure_of_one_of_its_items() -> None:
    sources = [
        "A record 87 windsurfers entered, up from 64 last year, racing in four fleets: "
        "raceboard, slalom, youth (under 17) and novice.",
        "Raceboard entries: 31. Slalom (24 entries). Novice (14 entries).",
    ]
    story = "A record 87 windsurfers entered, with {} in the raceboard fleet. [1][2]"
    assert unsupported(story.format(31), sources) == []
    assert ("number", "24") in unsupported(story.format(24), sources)
    # The count of the fleets itself is still checked against it.
    wrong = "A record 87 windsurfers entered, racing in five fleets. [1]"
    assert ("number", "five") in unsupported(wrong, sources)
    case = _eval_case("final60a", "be06")
    assert not {"31", "14"} & _flagged(case)


def test_a_lot_named_by_its_number_is_moved_from_no_count() -> None:
    sources = [
        "Lot | Description | Hammer\n47 | 1893 Tarrant Isles 4d, inverted frame | £8,400\n"
        "12 | 1911 airmail cover | £2,950\n\n"
        "Of 148 lots offered, 131 found buyers and 104 sold last year."
    ]
    story = (
        "The 1893 Tarrant Isles stamp, lot {} in the sale, fetched £8,400. "
        "Of 148 lots, 131 found buyers. [1]"
    )
    assert unsupported(story.format(47), sources) == []
    assert ("number", "48") in unsupported(story.format(48), sources)
    # "the junior class 14" is a count, written small: still checked as one.
    case = _eval_case("final40a", "ta07")
    assert _planted_caught(case, "the ladies' class nine and the junior class 14")
    assert "47" not in _flagged(_eval_case("final60a", "be04"))


def test_a_line_giving_a_figure_by_its_year_is_about_the_heading_over_its_list() -> None:
    sources = [
        "Head judge Tamsin Hale said the panel handed out fewer deductions than ever.",
        "RESULTS\nSenior club: Kestrel Vale Allstars, 91.40\n\nDEDUCTIONS RECORDED\n"
        "2031: 23\n2032: 14\n\nENTRIES\n2031: 31\n2032: 38",
    ]
    story = "The official results record {} deductions, against 23 in 2031. [1][2]"
    assert unsupported(story.format(14), sources, story_date=date(2032, 7, 1)) == []
    wrong = unsupported(story.format(38), sources, story_date=date(2032, 7, 1))
    assert ("number", "38") in wrong
    # A note in brackets after the year: "2031/32 (to 30 September): 29".
    assert "29" not in _flagged(_eval_case("final58b", "az07"))
    assert "14" not in _flagged(_eval_case("final60b", "bf01"))


def test_a_count_told_of_each_thing_is_no_slot_of_the_total_in_all() -> None:
    sources = [
        "The top two squads in each division qualify for the national finals.",
        "National finals: the first and second placed squads in each division (8 squads) qualify.",
    ]
    story = "The first and second placed squads in each division, {} squads in all, qualify. [1][2]"
    assert unsupported(story.format(8), sources) == []
    assert ("number", "7") in unsupported(story.format(7), sources)
    assert "8" not in _flagged(_eval_case("final60b", "bf01"))


def test_an_age_worked_out_from_a_full_date_of_birth_needs_no_other_figure() -> None:
    sources = [
        "The proposal was carried by 11 votes to 4, with 1 abstention.",
        "Cllr Elaine Fothergill, a retired midwife who was born in Ravensby on "
        "2 February 1961, became mayor in May.",
    ]
    story = (
        "The cut was carried by 11 votes to 4. "
        "Cllr Elaine Fothergill, {}, became mayor in May. [1][2]"
    )
    day = date(2032, 8, 27)
    assert unsupported(story.format(71), sources, story_date=day) == []
    assert ("number", "70") in unsupported(story.format(70), sources, story_date=day)
    # Before her birthday in the year she is a year younger.
    assert unsupported(story.format(70), sources, story_date=date(2032, 1, 20)) == []
    assert "71" not in _flagged(_eval_case("final60b", "bf12"))


def test_years_between_two_figures_are_those_the_sources_give_them() -> None:
    sources = [
        "Backlog at 31 March\n\n"
        "Measure                 2029/30   2030/31   2031/32\n"
        "Backlog at 31 March     7,950     12,100    16,380\n"
        "Repairs within 28 days  84%       79%       71%"
    ]
    story = "The backlog reached 16,380 at the end of March, up from 7,950 {} years earlier. [1]"
    assert unsupported(story.format("two"), sources, story_date=date(2032, 9, 27)) == []
    wrong = unsupported(story.format("three"), sources, story_date=date(2032, 9, 27))
    assert ("number", "three years") in wrong
    # "720 litres in 2031/32, down from 1,840 litres two years earlier"
    assert "two years" not in _flagged(_eval_case("final61a", "bg07"))


def test_a_figure_told_in_all_is_the_sum_of_its_sentence_figures() -> None:
    sources = [
        "The extra crews, hired from contractors, will join the council's 22 existing "
        "crews, and 14 additional crews start in October. The council has 36 depots."
    ]
    story = "Some 14 contractor crews will join its own 22, making {} in all. [1]"
    assert unsupported(story.format(36), sources) == []
    assert ("number", "38") in unsupported(story.format(38), sources)
    assert "36" not in _flagged(_eval_case("final61a", "bg09"))


def test_a_span_since_a_year_the_article_states_may_be_hedged() -> None:
    sources = ["The library, which opened in 1961, is open for 35 hours a week."]
    story = "The library opened in 1961 and has served the village for more than {} years. [1]"
    day = date(2032, 10, 6)
    assert unsupported(story.format(70), sources, story_date=day) == []
    assert ("number", "80 years") in unsupported(story.format(80), sources, story_date=day)
    assert "70 years" not in _flagged(_eval_case("final61a", "bg10"))


def test_a_weekday_before_a_date_keeps_the_word_that_opens_or_closes_a_period() -> None:
    sources = [
        "A public consultation ran from 12 July to 5 September 2032. The new hours will "
        "take effect from Monday 3 January 2033.",
        "| Section | Closed from | Closed until |\n| A | Monday 24 April | Friday 16 June |\n"
        "| B | Monday 12 June | Friday 11 August |\n\n"
        "The lifeguard patrol will operate from Saturday 27 May.",
    ]
    story = "The libraries will open for fewer hours from {} under the plans. [1]"
    day = date(2032, 10, 6)
    assert unsupported(story.format("January"), sources, story_date=day) == []
    assert ("date", "July") in unsupported(story.format("July"), sources, story_date=day)
    beach = "Section B closes from June 12 to August 11. [2]"
    assert unsupported(beach, sources, story_date=date(2028, 4, 3)) == []
    assert "17 December 2027" not in _flagged(_eval_case("final46b", "zb05"))
    assert "30 October" not in _flagged(_eval_case("final29a", "ia08"))
    assert _planted_caught(_eval_case("final29a", "ia08"), "to find by 1 August")


def test_plans_told_as_a_noun_put_no_weekday_ahead() -> None:
    sources = [
        "Ashcombe Advertiser, Thursday 30 September 2032\n\n"
        "About 120 people packed into Sutton Parva Library on Saturday for a read-in "
        "against plans to cut its opening hours."
    ]
    story = "About 120 people packed into the library for a read-in protest on {}. [1]"
    day = date(2032, 10, 6)
    assert unsupported(story.format("25 September"), sources, story_date=day) == []
    assert ("date", "2 October") in unsupported(story.format("2 October"), sources, story_date=day)


def test_the_months_a_figure_is_told_over_pick_its_row() -> None:
    sources = [
        "Visits to the hub in each quarter of its first year were:\n\n"
        "Quarter | Months | Visits\nQ1 | Nov 2031 - Jan 2032 | 1,402\n"
        "Q2 | Feb - Apr 2032 | 1,180\nQ3 | May - Jul 2032 | 986\n"
        "Q4 | Aug - Oct 2032 | 1,244\nTotal | | 4,812"
    ]
    story = "Visits were highest at first, and fell to {} between May and July. [1]"
    day = date(2032, 11, 20)
    assert unsupported(story.format(986), sources, story_date=day) == []
    assert ("number", "1,180") in unsupported(story.format("1,180"), sources, story_date=day)
    # One month alone is more often a prose sentence's: "against 58 in June 2026".
    assert not {"58", "41"} & _flagged(_eval_case("final41a", "ua06"))


def test_a_weekday_before_the_council_is_no_part_of_its_name() -> None:
    sources = ["The council's cabinet agreed on Monday to keep the hub open until March 2035."]
    story = "On Monday the council's cabinet agreed to keep the hub open until March 2035. [1]"
    assert unsupported(story, sources, story_date=date(2032, 11, 20)) == []
    assert "Monday the council" not in _flagged(_eval_case("final61b", "bh07"))


def test_minutes_of_the_week_before_the_story_date_its_decision() -> None:
    sources = [
        "MERROWBY CITY COUNCIL\nEnvironment Scrutiny Committee\nMinutes of the meeting "
        "held on Thursday 18 November 2032 at 2pm\n\nMembers voted 7 to 2 to recommend "
        "raising the fixed penalty to £400.",
        "The city council said on Monday that 8,600 posters had been torn down.",
    ]
    story = "On {} the council's scrutiny committee voted 7 to 2 to back a £400 penalty. [1]"
    day = date(2032, 11, 26)
    assert ("date", "Monday") in unsupported(story.format("Monday"), sources, story_date=day)
    case = _eval_case("final61b", "bh09")
    assert _planted_caught(case, "On Monday the council's environment scrutiny committee")
    # No vote of the minutes told: "agreed at a packed meeting on Monday night".
    assert "Monday" not in _flagged(_eval_case("final36a", "pa08"))


def test_a_club_in_brackets_may_end_like_a_role() -> None:
    sources = [
        "Class 5 (17 starters), points after 8 races\n"
        "1  Rowan Tulliver (Corrow Bay LYC)        7\n"
        "2  Imogen Strake (Pendower LYC)          11",
        "Corrow Bay Land Yacht Club was formed in 1979 and has 85 members. Round five "
        "will be held at Pendower Strand.",
    ]
    story = "Rowan Tulliver won Class 5 with 7 points, ahead of Imogen Strake, of {}, on 11. [1]"
    wrong = unsupported(story.format("Corrow Bay Land Yacht Club"), sources)
    assert ("name", "Imogen Strake") in wrong
    flagged = _flagged(_eval_case("final61b", "bh05"))
    assert not {"Imogen Strake", "Pendower Land Yacht Club"} & flagged


def test_a_figure_told_years_before_another_is_of_that_year() -> None:
    sources = [
        "Backlog at 31 March\n\n"
        "Measure                 2029/30   2030/31   2031/32\n"
        "Backlog at 31 March     7,950     12,100    16,380\n"
        "Repairs within 28 days (target 90%)  84%   79%   71%"
    ]
    story = "The backlog reached 16,380 at the end of March, up from {} two years earlier. [1]"
    day = date(2032, 9, 27)
    assert unsupported(story.format("7,950"), sources, story_date=day) == []
    assert ("number", "12,100") in unsupported(story.format("12,100"), sources, story_date=day)
    # "71 per cent ..., short of the 90 per cent target and down from 84 per cent two
    # years before": two figures of its unit, of two years, before it: no one to count from.
    assert "84 per cent" not in _flagged(_eval_case("final61a", "bg09"))
    assert _planted_caught(_eval_case("final61a", "bg07"), "down from 1,310 litres")


def test_a_table_column_headed_by_a_role_names_its_holders() -> None:
    sources = [
        "The Early Birders, captained by Oliver Strand, won. Results were compiled by the "
        "race recorder, Tim Fairbrother.",
        "Pos | Team | Captain | Species\n1 | The Early Birders | Oliver Strand | 143\n"
        "4 | Marsh Harriers | Keith Dunmore | 128",
    ]
    story = "The Marsh Harriers, captained by {}, were fourth with 128 species. [1][2]"
    assert unsupported(story.format("Keith Dunmore"), sources) == []
    assert ("name", "Tim Fairbrother") in unsupported(story.format("Tim Fairbrother"), sources)
    assert "Keith Dunmore" not in _flagged(_eval_case("final61a", "bg05"))
    # A column of those who did a thing ("Whistler") holds no office.
    assert "Lena Hargreaves, marking each whistler" not in _flagged(_eval_case("final56b", "av05"))


def test_a_weekday_a_dated_report_tells_after_a_past_verb_is_of_its_week() -> None:
    sources = [
        "Millbrook Mercury, Friday 22 October 2032\n\nShoplifting rose to 845 last year, "
        "according to a safety plan approved on Monday by the partnership board."
    ]
    story = "The partnership board approved the plan on Monday. [1]"
    # Told on Tuesday 26 October, "on Monday" is the 25th: the paper's Monday was the 18th.
    assert ("date", "Monday") in unsupported(story, sources, story_date=date(2032, 10, 26))
    assert unsupported(story, sources, story_date=date(2032, 10, 23)) == []
    assert _planted_caught(_eval_case("final61a", "bg12"), "at a board meeting on Monday")


def test_a_school_year_or_a_court_is_no_name() -> None:
    sources = [
        "Speaker points\nSpeaker          | School                 | Year | Points\n"
        "Daniel Frost     | Marlcombe High School  | 13   | 76\n"
        "Leila Mansour    | Marlcombe High School  | 12   | 75"
    ]
    story = "The team was captain Daniel Frost, of Year 13, and Leila Mansour, of Year 12. [1]"
    assert unsupported(story, sources) == []
    assert not {"Year", "Daniel Frost"} & _flagged(_eval_case("final62a", "bi05"))


def test_a_list_line_of_several_figures_is_a_row_named_by_its_label() -> None:
    sources = [
        "Library of Things: year one\n\nLoans in the first year: 3,612\n\n"
        "Most borrowed items (loans, charge per loan)\n- Carpet cleaner: 214, £6\n"
        "- Pressure washer: 187, £5\n- Hedge trimmer: 91, £3",
        'Harold Benn said: "I\'ve borrowed the hedge trimmer four times this year."',
    ]
    story = (
        "A carpet cleaner is the most borrowed item, with {} loans, and a hedge trimmer "
        "went out 91 times. [1]"
    )
    assert unsupported(story.format("214"), sources) == []
    assert ("number", "187") in unsupported(story.format("187"), sources)
    flagged = _flagged(_eval_case("final62a", "bi11"))
    assert not {"214", "91"} & flagged


def test_a_span_of_months_from_a_table_row_or_column() -> None:
    sources = [
        "Loans and members by quarter\n\n"
        "    Quarter               Loans   New members\n"
        "    Feb-Apr 2032            612           401\n"
        "    Nov 2032-Jan 2033     1,045           163\n"
        "    Total                 3,612         1,034",
    ]
    story = "The library made {} loans in the three months to the end of January. [1]"
    assert unsupported(story.format("1,045"), sources) == []
    assert ("number", "612") in unsupported(story.format("612"), sources)
    # "1 April to 31 December 2032": nine whole months; "2031 (Sep-Dec)": four.
    key = ["Applications, 1 April to 31 December 2032: 1,106"]
    assert unsupported("It had 1,106 applications in the nine months to December. [1]", key) == []
    assert ("number", "eight months") in unsupported(
        "It had 1,106 applications in the eight months to December. [1]", key
    )
    assert "four months" not in _flagged(_eval_case("final62a", "bi07"))


def test_a_header_with_notes_below_it_dates_its_columns() -> None:
    sources = [
        "3. Activity\n\n"
        "                                    2031-32          2032-33\n"
        "                                    (full year)      (to 31 Dec)\n"
        "      Applications received            1,312            1,106\n"
        "      Applications refused               476              371\n"
        "      Average award                     £496             £569\n"
    ]
    story = "So far {} applications have been refused, and the average award has risen to £569. [1]"
    assert unsupported(story.format("371"), sources, story_date=date(2033, 1, 25)) == []
    flagged = _flagged(_eval_case("final62a", "bi09"))
    assert not {"£389,450", "371", "51", "£569", "nine months"} & flagged
    assert _planted_caught(_eval_case("final62a", "bi09"), "spent or committed £398,100")


def test_the_figures_of_a_row_are_no_rivals_of_their_sum() -> None:
    sources = [
        "Applications received: 2,318",
        "                           2031 (Sep-Dec)    2032\n"
        "      Applications received       744         1,574\n"
        "      Homes insulated             334           712\n",
    ]
    story = "The council has received {} applications for the scheme. [1][2]"
    assert unsupported(story.format("2,318"), sources) == []
    assert "2,318" not in _flagged(_eval_case("final62a", "bi07"))


def test_a_sources_she_said_past_a_body_is_the_person_named_before() -> None:
    sources = [
        "Castlemere Observer\n\nBernadette Quayle has cooked school dinners at Hollyfield "
        "Primary for 19 years. Next month her pay will reach the real living wage.\n\n"
        "The 58-year-old is one of 186 staff who will get a rise after Castlemere Borough "
        "Council was accredited as a living wage employer.\n\n"
        '"I do a Saturday job on top of this one," she said.'
    ]
    story = 'Bernadette Quayle, 58, will benefit. "I do a Saturday job on top of this one," {}. [1]'
    assert unsupported(story.format("she said"), sources) == []
    wrong = unsupported(story.format("said Ann Croft").replace("Quayle, 58", "Quayle"), sources)
    assert ("quote", "I do a Saturday job on top of this one,") in wrong
    assert _flagged(_eval_case("final62b", "bj11")) <= {"three years"}
    # (A minutes' "She said:" after "The Chair said ..." is still the chair's.)
    assert not any("ford" in t for t in _flagged(_eval_case("final39a", "sa07")))


def test_an_epithet_age_is_the_one_person_named_before() -> None:
    sources = [
        "Bernadette Quayle has cooked school dinners for 19 years.\n\nThe 58-year-old is "
        "one of 186 council staff who will get a rise."
    ]
    story = "Bernadette Quayle, {}, has cooked school dinners for 19 years. [1]"
    assert unsupported(story.format("58"), sources) == []
    assert ("number", "57") in unsupported(story.format("57"), sources)
    assert "58" not in _flagged(_eval_case("final62b", "bj11"))
    # A surname two people share says whose age it is no more.
    assert _planted_caught(_eval_case("final33a", "ma05"), "Tessa Marchbank, 51")


def test_a_total_worked_out_from_a_column_is_no_sum_of_the_sentence() -> None:
    sources = [
        "Year        Council staff   Contractors   Additional cost\n"
        "2033-34     £310,000        nil           £310,000\n"
        "2034-35     £325,000        £135,000      £460,000\n"
        "2035-36     £340,000        £300,000      £640,000\n"
    ]
    story = (
        "The change will cost £310,000 this year, rising to £640,000 in 2035-36, a total of "
        "{} over the first three years. [1]"
    )
    assert ("number", "£1.41 million") not in unsupported(story.format("£1.41 million"), sources)
    assert ("number", "£1.51 million") in unsupported(story.format("£1.51 million"), sources)
    assert "£1.41 million" not in _flagged(_eval_case("final62b", "bj11"))
    # Sums a sentence makes itself are still checked: "a total of £17,700".
    assert _planted_caught(_eval_case("final37a", "qa12"), "£17,700")


def test_a_school_year_is_no_figure_of_whose_names_trade_places() -> None:
    flagged = _flagged(_eval_case("final62b", "bj06"))
    assert not {"Aarav Menon", "St Brannoc's", "Academy"} & flagged


def test_the_name_after_from_is_no_owner_of_the_figure() -> None:
    sources = [
        "Nine community projects will share £75,000 after a record vote.\n\n"
        "Skatepark lighting (Fairbank Skate Collective)   612   £14,500\n"
        "Money available: £75,000 (2032: £60,000)"
    ]
    story = "Nine projects will share {} from the Your Fairbank, Your Say scheme. [1]"
    assert unsupported(story.format("£75,000"), sources) == []
    assert ("number", "£60,000") in unsupported(story.format("£60,000"), sources)
    assert not {"£75,000"} & _flagged(_eval_case("final62b", "bj10"))


def test_a_change_whose_ends_and_size_do_not_agree() -> None:
    sources = [
        "Month       Users\nOctober     8,420\nNovember    9,910\nDecember   14,260\n"
        "January    10,380",
        "Users rose by 5,840 between October and December.",
    ]
    story = "Users rose from {} in October to 14,260 in December, 5,840 more. [1][2]"
    assert unsupported(story.format("8,420"), sources) == []
    # 14,260 less 5,840 is the 8,420 the sources give October: the 9,910 moved there.
    assert ("number", "9,910") in unsupported(story.format("9,910"), sources)
    assert _planted_caught(_eval_case("final62a", "bi12"), "rose from 9,910 in October")


def test_an_age_group_written_with_a_plus_is_a_band() -> None:
    sources = [
        "Race            | Entries | Winner          | Time\n"
        "Veteran Women 40+ | 41    | Linda Marchetti | 22:15\n"
        "Veteran Men 40+   | 33    | Graham Tulley   | 20:37"
    ]
    story = "Linda Marchetti won the veteran women's {} race in 22:15. [1]"
    assert unsupported(story.format("40+"), sources) == []
    assert ("number", "50+") in unsupported(story.format("50+"), sources)
    assert "40" not in _flagged(_eval_case("final62a", "bi01"))


def test_a_ratio_of_two_figures_the_sentence_gives() -> None:
    sources = [
        "                 2031 (Sep-Dec)    2032\nHomes insulated        334           712\n"
        "Applications           744         1,574\nHomes insulated to date: 1,046"
    ]
    story = "Last year 712 homes were insulated, {} as many as the 334 done in 2031. [1]"
    assert unsupported(story.format("more than twice"), sources) == []
    # 712 is 2.1 times 334, whatever other pair of figures makes three (1,046 / 334).
    assert ("number", "three") in unsupported(story.format("three times"), sources)
    assert _planted_caught(_eval_case("final62a", "bi07"), "three times as many as the 334")


def test_an_announcement_is_of_the_sources_the_sentence_cites() -> None:
    case = _eval_case("final62b", "bj09")
    # Released on Monday [1]; a paper of Tuesday [3] is no announcement of Tuesday.
    assert _planted_caught(case, "announced on Tuesday")
    assert _planted_caught(_eval_case("final61a", "bg09"), "announced on Wednesday")
    assert "Monday" not in _flagged(case)


def test_a_part_told_with_its_whole_as_a_source_line_gives_them() -> None:
    sources = [
        "The plan will offer pop-up traders 12 months rent-free in six empty units on "
        "Market Place.",
        "Vacancy by street, March 2033\n\nHigh Street: 14 empty out of 82 units\n"
        "Market Place: 11 empty out of 58 units\nBridge Street: 8 empty out of 46 units",
    ]
    story = "Market Place is the worst affected street, with {} of its 58 units empty. [1][2]"
    assert unsupported(story.format("11"), sources) == []
    assert ("number", "14") in unsupported(story.format("14"), sources)
    assert "11" not in _flagged(_eval_case("final62b", "bj12"))


def test_names_ranked_against_a_figure_share_its_noun() -> None:
    sources = [
        "Team trophy (top four)\n1  Amberley Rope Academy    1,276 pts\n"
        "2  Northmoor Skip Club      1,140 pts\n3  Hebdon Hoppers             987 pts",
        "Results\nJr boys 30s speed     Nathan Obi     Hebdon Hoppers     87 steps",
    ]
    story = (
        "Amberley Rope Academy won the team trophy with 1,276 points, ahead of Northmoor "
        "Skip Club on 1,140 and Hebdon Hoppers on {}. [1][2]"
    )
    assert unsupported(story.format("987"), sources) == []
    assert ("number", "87") in unsupported(story.format("87"), sources)
    assert "987" not in _flagged(_eval_case("final62b", "bj04"))


def test_a_year_compared_with_after_as_is_no_year_of_the_figures_after() -> None:
    sources = [
        "                          2030     2031     2032\n"
        "Older people supported     141      176      212\n"
        "Calls and visits made    6,420    8,015    9,860"
    ]
    story = (
        "Last year it supported 212 older people, half as many again as in 2030, and made "
        "nearly {} calls and visits. [1]"
    )
    day = date(2033, 3, 24)
    assert unsupported(story.format("9,900"), sources, story_date=day) == []
    assert ("number", "8,015") in unsupported(story.format("8,015"), sources, story_date=day)
    assert "9,900" not in _flagged(_eval_case("final62b", "bj09"))


def test_a_figure_against_another_counts_its_things_and_a_column_names_its_year() -> None:
    table = (
        "RACE RESULTS\n\n"
        "Category          | Entrants 2033 | Entrants 2032 | Winner\n"
        "Senior Women      | 68            | 51            | Freya Galloway\n"
        "Senior Men        | 57            | 44            | Rhys Okonedo\n"
        "Total             | 125           | 95            |\n"
    )
    story = "The senior women's race had 68 entrants, against 51 in 2032. [1]"
    assert unsupported(story, [table], story_date=date(2033, 1, 5)) == []
    assert "51" not in _flagged(_eval_case("final62a", "bi01"))
    wrong = story.replace("against 51", "against 44")
    assert ("number", "44") in unsupported(wrong, [table], story_date=date(2033, 1, 5))


def test_a_row_opening_with_a_range_is_named_by_it() -> None:
    table = (
        "Round 3 age group winners\n"
        "Age group | Starters | Women's winner\n"
        "20-39     | 71       | Anya Forsyth 1:10:03\n"
        "40-49     | 52       | Ruth Penhale 1:09:15\n"
        "50-59     | 38       | Gillian Roe 1:14:28\n"
    )
    release = "A record 193 athletes started Round 3. Starters: 193"
    story = (
        "Ruth Penhale won the women's race in the 40-49 age group, which had 52 starters, "
        "ahead of Anya Forsyth, who won the 20-39 group in 1:10:03. [1][2]"
    )
    assert unsupported(story, [release, table]) == []
    assert "52" not in _flagged(_eval_case("final62a", "bi02"))
    wrong = story.replace("which had 52", "which had 71")
    assert ("number", "71") in unsupported(wrong, [release, table])


def test_days_are_counted_between_dates_of_a_source_sentence_telling_the_event() -> None:
    release = (
        "Residents aged 11 and over could vote online from Monday 14 March to Sunday 27 "
        "March, or in person on Saturday 26 March.\n\n"
        "- Grant agreements issued from: Tuesday 19 April 2033"
    )
    story = (
        "A total of 2,964 residents aged 11 and over took part in the vote, held over two "
        "weeks last month. [1] Grant agreements will go out to the winning projects in two "
        "weeks' time. [1]"
    )
    sources = [release + "\n\nA total of 2,964 people voted."]
    assert unsupported(story, sources, story_date=date(2033, 4, 5)) == []
    wrong = story.replace("over two weeks", "over three weeks")
    assert ("number", "three weeks") in unsupported(wrong, sources, story_date=date(2033, 4, 5))


def test_an_event_or_a_crew_named_like_a_person_is_no_person() -> None:
    case = _eval_case("final62b", "bj03")
    assert not {"Marcus Adeyemi", "Floor Theory", "third"} & _flagged(case)


def test_an_ordinal_inside_a_name_is_no_rank() -> None:
    source = (
        "Results\n"
        "Third place:  Kat Mulvey (Concrete Tide)\n"
        "Semi-final:   Jordan Pell (Sixth Step) bt Sam Fairley 2-1\n"
    )
    story = "Jordan Pell of Sixth Step reached the final, with Kat Mulvey of Concrete Tide third."
    assert unsupported(story + " [1]", [source]) == []
    from pelican_aibot.grounding import facts as F
    from pelican_aibot.grounding.text import tokenize

    (rank,) = F.find_values(tokenize(story), False)  # "third" alone, no "Sixth"
    assert rank.unit == "ord" and rank.value == 3
    headline = "Ninth Carrow Vale Harp Festival unveils its programme"
    assert unsupported("The ninth festival unveils its programme. [1]", [headline]) == []


def test_a_league_table_row_giving_most_of_a_sentence_is_its_passage() -> None:
    table = (
        "Final table\n"
        "Pos  Team                   P   W   D   L   GF  GA  Pts\n"
        "1    Kestlebrook Comets     10  7   3   0   61  30  24\n"
        "2    Orrin Valley Vipers    10  7   2   1   57  33  23\n"
        "3    Dunscombe Ravens       10  5   1   4   48  41  16\n\n"
        "Points: 3 for a win, 1 for a draw.\n"
    )
    story = (
        "Kestlebrook Comets won the league. Their record was seven wins and three draws, "
        "with 61 goals scored and 30 conceded. [1]"
    )
    assert unsupported(story, [table]) == []
    wrong = story.replace("30 conceded", "33 conceded")
    assert ("number", "33") in unsupported(wrong, [table])


def test_a_row_shared_no_better_than_another_is_no_passage() -> None:
    case = _eval_case("final60a", "be03")
    assert _planted_caught(case, "with 11 wins and two defeats")


def test_a_name_after_beating_is_the_loser_not_the_owner() -> None:
    case = _eval_case("final63a", "bk01")
    assert not {"16", "13", "seven", "61", "30"} & _flagged(case)


def test_a_forecast_column_is_no_latest_year() -> None:
    case = _eval_case("final60a", "be12")
    assert not {"6,500", "151,300"} & _flagged(case)


def test_a_year_a_few_words_after_a_figure_dates_it() -> None:
    case = _eval_case("final63a", "bk09")
    assert not {"2031", "37", "70", "11am", "twice"} & _flagged(case)


def test_a_change_from_a_rows_column_before_to_its_latest() -> None:
    table = (
        "                                         2031    2032    2033\n"
        "Exhibitors                                 48      61      84\n"
        "Interviews arranged on the day              -      37      58\n"
    )
    story = "At the 2033 fair, 58 interviews were arranged on the day, up from 37. [1]"
    assert unsupported(story, [table], story_date=date(2033, 5, 27)) == []
    case = _eval_case("final58a", "ay08")
    assert _planted_caught(case, "rise from £275 to £420")
    assert _planted_caught(_eval_case("final62a", "bi10"), "cancel 31 for lack of numbers")


def test_a_source_sentence_going_on_from_the_one_before_is_no_retelling() -> None:
    source = (
        "Of the 84 exhibitors, 77 returned the feedback form. Of those, 70 said they would "
        "book again in 2034."
    )
    story = "Of the 77 exhibitors who returned feedback forms, 70 said they would book again. [1]"
    assert unsupported(story, [source]) == []
    assert _planted_caught(_eval_case("final13a", "g01"), "The 19-year-old, seeded third")


def test_one_time_of_two_sources_told_twice_in_a_sentence() -> None:
    sources = [
        "Visitor numbers peaked between 11am and 12.30pm, when the door count reached 1,140.",
        "The CV clinic run by Kettleby College had a waiting list by 11am.",
    ]
    story = (
        "Numbers peaked between 11am and 12.30pm, when 1,140 people came through the doors, "
        "and the CV clinic run by Kettleby College had a waiting list by 11am. [1][2]"
    )
    assert unsupported(story, sources) == []


def test_twice_as_many_as_years_ago_is_no_ratio_to_the_years() -> None:
    table = (
        "                                         2031    2032    2033\n"
        "Apprenticeship and trainee vacancies       95     140     212\n"
    )
    story = (
        "Employers advertised 212 apprenticeship and trainee vacancies, more than twice as "
        "many as two years ago. [1]"
    )
    assert unsupported(story, [table], story_date=date(2033, 5, 27)) == []


def test_years_since_a_thing_was_begun() -> None:
    source = "Oldest record digitised: Holcombe St Giles parish register, begun 1547"
    story = "The oldest document online is the Holcombe St Giles register, begun 486 years ago. [1]"
    assert unsupported(story, [source], story_date=date(2033, 7, 7)) == []
    wrong = story.replace("486 years", "468 years")
    assert unsupported(wrong, [source], story_date=date(2033, 7, 7)) != []


def test_a_hedged_fraction_found_by_its_clause() -> None:
    source = (
        "The archive's own figures show that 31 per cent of online sessions last year came "
        "from outside the UK."
    )
    story = "Nearly a third of last year's sessions came from outside the UK. [1]"
    assert unsupported(story, [source], story_date=date(2033, 7, 7)) == []


def test_a_figure_of_this_month_and_the_figures_of_another_year() -> None:
    case = _eval_case("final63a", "bk12")
    assert "8,850" not in _flagged(case)


def test_each_figure_of_a_labelled_line_counts_the_label() -> None:
    source = (
        "3. Enforcement\n"
        "Warning letters sent: 1,040 (2031/32), 1,236 (2032/33)\n"
        "Noise abatement notices served: 58 (2031/32), 87 (2032/33)\n"
    )
    story = "Officers served 87 noise abatement notices and sent 1,236 warning letters. [1]"
    assert unsupported(story, [source], story_date=date(2033, 6, 7)) == []
    wrong = story.replace("served 87", "served 1,236").replace("sent 1,236", "sent 87")
    assert unsupported(wrong, [source], story_date=date(2033, 6, 7)) != []


def test_a_source_figure_rounded_finer_is_rounded_again() -> None:
    source = "3. Cost of the scheme\n2030/31: £9.42m\n2031/32: £10.18m\n2032/33: £11.06m"
    story = "The scheme cost £9.4 million in 2030/31. [1]"
    assert unsupported(story, [source], story_date=date(2033, 6, 7)) == []


def test_a_row_named_gives_its_latest_figure_to_a_change_told_without_a_year() -> None:
    table = (
        "2. Claimants (at 31 March)\n"
        "                  2031     2032     2033\n"
        "Working age      6,842    7,315    7,908\n"
        "Pension age      4,120    3,985    3,861\n"
    )
    story = "Pension-age claimants, who are covered by national rules, fell to 3,861. [1]"
    assert unsupported(story, [table], story_date=date(2033, 6, 7)) == []
    wrong = story.replace("3,861", "3,985")
    assert ("number", "3,985") in unsupported(wrong, [table], story_date=date(2033, 6, 7))


def test_last_years_figure_in_brackets_keeps_its_own_words() -> None:
    case = _eval_case("final10b", "b11")
    assert _planted_caught(case, "expected quarterly operating profit of €241m")
    assert _planted_caught(_eval_case("final11b", "d07"), "Tollan averaged £1,160")


def test_the_age_of_the_one_person_just_named_beats_a_sentence_of_few_words() -> None:
    # '"I went out ...," the 81-year-old said.' after "Neighbour Eileen Fosdyke ...": the
    # sentence's own words are so few that it aligns with "a 240-year-old oak".
    case = _eval_case("final31b", "kb10")
    assert "81-year-old" not in _flagged(case)
    assert _planted_caught(case, "the 49-year-old said")
    # Two people just named: the age may be the other's ("The 19-year-old, seeded third").
    assert _planted_caught(_eval_case("final13a", "g01"), "The 19-year-old, seeded third")


def test_the_chair_of_a_meeting_from_the_minutes_attendance_list() -> None:
    minutes = (
        "PLANNING COMMITTEE\nMinutes of the meeting held on Tuesday 22 September 2026\n\n"
        "Present: Cllr R. Quint (chair), Cllr D. Amos, Cllr H. Baptiste (vice-chair), "
        "Cllr J. Moult.\n\nCllr Amos proposed deferral. Seconded by Cllr Baptiste. Resolved: "
        "that the application be deferred."
    )
    trust = (
        "Pauline Ridsdale, who chairs the Castlegate Baths Trust, said the trust would "
        "launch an appeal. Cllr Amos said the council would not underwrite the costs."
    )
    sources = [minutes, trust]
    ok = "Committee chair Cllr R. Quint said the plan was deferred [1]."
    assert unsupported(ok, sources) == []
    wrong = ok.replace("Cllr R. Quint", "Cllr H. Baptiste")
    assert unsupported(wrong, sources) == [("name", "chair Cllr H. Baptiste")]
    # The vice-chair is no chair; the meeting's chair is not every chair of the story.
    assert unsupported("Committee vice-chair Cllr H. Baptiste seconded it [1].", sources) == []
    assert unsupported("Pauline Ridsdale, who chairs the trust, spoke [2].", sources) == []
    # A holder the minutes know by title and surname only.
    finance = ["7.1 Cllr J. Orme, Chair of the Finance Committee, presented the budget."]
    told = "Janet Orme, who chairs the finance committee, presented the budget [1]."
    assert unsupported(told, finance) == []


def test_a_table_row_of_figures_only_is_near_the_sentence_telling_two_of_them() -> None:
    table = (
        "Parcels handed out, by quarter\n\n| Quarter | Parcels | Adults fed |\n|---|---|---|\n"
        "| Sep-Nov 2025 | 1,034 | 1,620 |\n| Dec 2025-Feb 2026 | 1,297 | 1,988 |\n"
        "| Mar-May 2026 | 1,021 | 1,577 |"
    )
    notes = "The foodbank opens on Tuesdays. Its appeal closes on 31 December 2026."
    ok = (
        "The busiest quarter was December 2025 to February 2026, when the foodbank gave out "
        "1,297 parcels and fed 1,988 adults [1]."
    )
    assert unsupported(ok, [table, notes]) == []
    moved = ok.replace("December 2025 to February 2026", "March to May 2026")
    assert ("date", "March") in unsupported(moved, [table, notes])


def test_a_span_of_abbreviated_months_dates_its_first_month() -> None:
    table = "| Quarter | Parcels |\n|---|---|\n| Mar-May 2026 | 1,021 |\n| Jun-Aug 2026 | 966 |"
    assert unsupported("From June to August it handed out 966 parcels [1].", [table]) == []
    wrong = "From July to August it handed out 966 parcels [1]."
    assert ("date", "July") in unsupported(wrong, [table])


def test_the_chair_who_speaks_in_minutes_is_the_meetings_chair() -> None:
    minutes = (
        "HEALTH SCRUTINY COMMITTEE\nMinutes of the meeting held on 8 October 2026\n\nPresent: "
        "Mrs P. Hargreaves (chair), Dr S. Fenwick, Ms C. Rudd.\n\nMs Rudd reported on the "
        'merger. The chair said: "This is the kind of merger we want to see, but it will be '
        'judged on the phones."'
    )
    parish = "Parish council chair Gillian Okafor said the bus stop had still not been agreed."
    told = (
        '"This is the kind of merger we want to see, but it will be judged on the phones," '
        "said committee chair Mrs P. Hargreaves [1]."
    )
    assert unsupported(told, [minutes, parish]) == []
    moved = told.replace("committee chair Mrs P. Hargreaves", "Ms C. Rudd")
    assert [kind for kind, _ in unsupported(moved, [minutes, parish])] == ["quote"]


def test_a_quote_given_to_the_epithet_of_its_speakers_age() -> None:
    sources = [
        "The Print Workers' Alliance represents 128 of the staff. Branch secretary Kevin "
        'Ashdown, 52, said: "People who have given thirty years to this company deserve better '
        'than that." Jack Threlkeld, 81, said: "It is a sad day."'
    ]
    told = (
        '"People who have given thirty years to this company deserve better than that," said '
        "the 52-year-old, whose Print Workers' Alliance represents 128 of the staff [1]."
    )
    assert unsupported(told, sources) == []
    moved = told.replace("the 52-year-old", "the 81-year-old")
    assert ("quote", told[1:77]) in unsupported(moved, sources)


def test_a_titled_name_after_the_is_a_speaker_not_a_place() -> None:
    source = [
        "The oldest, Margaret Pelling, 81, has rung since 1957. \"I never thought I'd be in one "
        'like this," Mrs Pelling said.\n\nThe vicar of Thornleigh, the Rev Simon Achterberg, '
        'said the church had one complaint. "Most people stopped in the street to listen," he '
        "said."
    ]
    told = 'Mr Achterberg said: "Most people stopped in the street to listen." [1]'
    assert unsupported(told, source) == []
    moved = told.replace("Mr Achterberg", "Mrs Pelling")
    assert [kind for kind, _ in unsupported(moved, source)] == ["quote"]


def test_a_meetings_decision_is_dated_by_its_minutes() -> None:
    # "agreed the money unanimously on March 3", from minutes "of committee meeting, Tuesday
    # 3 March 2026" whose other dates have the words ("confirmed a grant ... on 24 February").
    case = _eval_case("final32a", "la07")
    assert "March 3" not in _flagged(case)
    assert _planted_caught(case, "unanimously on April 14,")
    # "voted by seven votes to two on 28 October": the verb further back.
    assert "28 October" not in _flagged(_eval_case("final32b", "lb08"))


def test_a_role_told_in_a_relative_clause_after_an_apposition() -> None:
    sources = [
        "Linda Caddick, 63, a retired teacher who chairs Pelverton Mast Action Group, said the "
        "petition had 1,000 names. Daniel Marsh-Kitto, who chairs the planning committee, "
        "welcomed the ruling."
    ]
    ok = "Linda Caddick, who chairs Pelverton Mast Action Group, said 1,000 had signed [1]."
    assert unsupported(ok, sources) == []
    moved = ok.replace("Linda Caddick", "Daniel Marsh-Kitto")
    assert [kind for kind, _ in unsupported(moved, sources)] == ["name"]


def test_an_age_epithet_after_a_quotation_of_several_sentences() -> None:
    # 'Stuart Kemble said: "... at two in the morning. The people of Ravensby have proved
    # that wrong ..." The 52-year-old told councillors ...'
    case = _eval_case("final32b", "lb10")
    assert "52-year-old" not in _flagged(case)


def test_a_vote_recorded_in_minutes_with_each_side_first() -> None:
    source = ["Resolved: that the application be DEFERRED for up to eight weeks. For 6, against 1."]
    assert unsupported("The committee voted 6-1 to defer it [1].", source) == []
    assert unsupported("The committee voted five to two to defer it [1].", source) == [
        ("number", "five to two")
    ]
    # "one" is a count here, not the "one of" it is too ambiguous to check as elsewhere.
    assert unsupported("The committee voted six to one to defer it [1].", source) == []
    two = [source[0].replace("against 1", "against 2")]
    assert unsupported("The committee voted six to one to defer it [1].", two) == [
        ("number", "six to one")
    ]
    colons = ["Resolved: that the plan be approved. For: 9; Against: 2."]
    assert unsupported("Councillors backed it by nine votes to two [1].", colons) == []


def test_a_vote_score_from_a_results_list_and_the_electorate() -> None:
    source = [
        "LYLE, Hannah (Liberal Reform) - 39,866\nOKONJO, Rachel (Community First) - 98,412 - "
        "ELECTED\nSTOTT, Graham (Forward Party) - 91,207\n\nElectorate: 1,184,302\nTurnout: "
        "21.4%"
    ]
    ok = (
        "Okonjo won 98,412 votes to 91,207 for Stott [1]. Turnout was 21.4% of an electorate "
        "of 1,184,302 [1]."
    )
    assert unsupported(ok, source) == []
    assert unsupported("Okonjo won 98,412 votes to 39,686 [1].", source) == [
        ("number", "98,412 votes to 39,686")
    ]


def test_a_role_is_the_persons_not_the_body_after_of() -> None:
    source = [
        "Group Manager Priya Castell said crews had worked in extreme heat. The Brackenford "
        "and District Fire and Rescue Service sent ten engines.\n\nHome rider Callum Stead "
        "finished second. The Stormbirds' goalie Anders Fjelstad made 31 saves."
    ]
    ok = (
        "Group Manager Priya Castell of Brackenford and District Fire and Rescue Service "
        "praised the crews [1]. Callum Stead, a rider, was second [1]. Goaltender Anders "
        "Fjelstad made 31 saves [1]."
    )
    assert unsupported(ok, source) == []
    moved = "Group Manager Callum Stead of Brackenford praised the crews [1]."
    assert ("name", "Group Manager Callum Stead of Brackenford") in unsupported(moved, source)


def test_a_change_between_the_figures_the_article_gives_from_and_to() -> None:
    source = [
        "The average room rate was £96.40 a night and occupancy rose to 78.4%. Last year "
        "the average room rate was £91.20."
    ]
    ok = (
        "Occupancy rose to 78.4% [1]. The average room rate rose from £91.20 to £96.40 a "
        "night, an increase of about 5.7% [1]."
    )
    assert unsupported(ok, source) == []
    wrong = ok.replace("5.7%", "5.4%")  # the fall from £96.40 to £91.20, the wrong way
    assert unsupported(wrong, source) == [("number", "5.4%")]


def test_days_between_a_date_the_sentence_gives_and_one_of_the_sources() -> None:
    source = [
        "HAVERLEIGH MUSEUM - 2 June 2026\n\nThieves broke into the gallery in the early hours "
        "of Saturday 16 May. Two men were arrested on Monday 1 June. The gallery reopens on "
        "Saturday 13 June."
    ]
    ok = (
        "Two men were arrested on Monday, June 1, 16 days after the raid [1]. The gallery "
        "reopens on Saturday, June 13, 11 days after the museum's statement [1]."
    )
    assert unsupported(ok, source, story_date=date(2026, 6, 2)) == []
    wrong = ok.replace("16 days after", "15 days after")
    assert unsupported(wrong, source, story_date=date(2026, 6, 2)) == [("number", "15 days")]
    before = ok.replace("16 days after", "16 days before")
    assert unsupported(before, source, story_date=date(2026, 6, 2)) == [("number", "16 days")]


def test_years_counted_from_a_year_the_article_states() -> None:
    source = [
        "The oak roof structure dates from 1480. Hawthorn Rise joined the Partnership in "
        "2021. Norland bought Bramwell Brewery in 2021 and closed it in 2023."
    ]
    ok = (
        "The roof dates from 1480, making it 546 years old [1]. The school joined the "
        "Partnership in 2021, five years ago [1]. Norland bought Bramwell Brewery in 2021 "
        "and closed it two years later [1]."
    )
    day = date(2026, 8, 13)
    assert unsupported(ok, source, story_date=day) == []
    for wrong, flagged in (("546 years", "564 years old"), ("five years", "six years")):
        text = ok.replace(wrong, flagged.split(" old")[0])
        assert unsupported(text, source, story_date=day) == [("number", flagged)]
    later = ok.replace("two years later", "three years later")
    assert unsupported(later, source, story_date=day) == [("number", "three years")]


def test_a_difference_of_two_figures_its_own_sentence_gives() -> None:
    source = [
        "Members voted 618 to 244 for strikes. The Kestrels beat Aldmoor Wolves 49-41. "
        "Nine riders took part. Fenmouth outshot the Steelers 38-29."
    ]
    ok = (
        "Members backed strikes by 618 votes to 244, a majority of 374 [1]. The Kestrels "
        "beat Aldmoor Wolves 49-41, an eight-point margin [1]. Fenmouth outshot the Steelers "
        "38-29, nine more shots [1]."
    )
    report = check_facts(ok, source)
    assert report.unsupported == ()
    assert ("374", "618 votes to 244") in [(f.text, how) for f, how in report.worked_out]
    wrong = ok.replace("nine more", "eleven more")
    assert unsupported(wrong, source) == [("number", "eleven")]


def test_a_date_a_stated_number_of_days_after_the_sources_date_of_issue() -> None:
    source = [
        "STATEMENT FROM THE ORGANISERS\nSunday 6 September 2026\n\nToday's show is cancelled "
        "because of fog. Ticket holders will be refunded within 14 days. The show returns "
        "on Saturday 12 September."
    ]
    day = date(2026, 9, 6)
    ok = "Ticket holders will be refunded within 14 days, by September 20 [1]."
    assert unsupported(ok, source, story_date=day) == []
    # Two weeks after another date of the sources is no such date.
    wrong = "Ticket holders will be refunded within 14 days, by September 26 [1]."
    assert unsupported(wrong, source, story_date=day) == [("date", "September 26")]


def test_a_body_split_at_and_in_a_speakers_apposition_is_not_the_speaker() -> None:
    source = [
        "Karen Tulloch, regional organiser for the Food and Drink Workers' Union, said: "
        '"Five years is not a long time in brewing." Chief executive Tom Hale said the '
        "deal was good for staff."
    ]
    ok = '"Five years is not a long time in brewing," said regional organiser Karen Tulloch [1].'
    assert unsupported(ok, source) == []
    wrong = '"Five years is not a long time in brewing," said chief executive Tom Hale [1].'
    assert [kind for kind, _ in unsupported(wrong, source)] == ["quote"]


def test_a_clause_after_a_speakers_name_is_no_apposition() -> None:
    source = [
        'Riverton manager Helen Crowe said: "We showed real character." Castlegate manager '
        'Ian Pollard said his side had been "punished for one bad spell".'
    ]
    ok = (
        '"We showed real character," said manager Helen Crowe, while Castlegate\'s Ian '
        'Pollard felt his team had been "punished for one bad spell" [1].'
    )
    assert unsupported(ok, source) == []


def test_a_date_without_a_year_has_its_weekday_despite_years_of_history() -> None:
    source = [
        "Issued 6 May 2026. The boatyard, founded in 1987, has closed. The council said "
        "it would hold a jobs fair for the workers at the town hall on 14 May."
    ]
    day = date(2026, 5, 8)  # a Friday: 14 May is next Thursday
    ok = "The council will hold a jobs fair at the town hall next Thursday [1]."
    assert unsupported(ok, source, story_date=day) == []
    wrong = ok.replace("Thursday", "Wednesday")
    assert ("date", "Wednesday") in unsupported(wrong, source, story_date=day)


def test_a_weekday_before_a_date_and_to_is_checked_unless_a_range_follows() -> None:
    source = ["A beacon will be lit on Saturday 6 June 2026. The report is dated 7 June 2026."]
    day = date(2026, 6, 9)
    ok = "People climbed the hill on Saturday 6 June to watch the beacon [1]."
    assert unsupported(ok, source, story_date=day) == []
    # 7 June 2026 was a Sunday: "to watch" is no range of days.
    wrong = ok.replace("6 June", "7 June")
    assert unsupported(wrong, source, story_date=day)
    assert _planted_caught(_eval_case("final33a", "ma03"), "on Saturday 7 June")
    # "Saturday 6 June to Monday 8 June" is one: the weekday is not the date's alone.
    span = ["The fair runs from Saturday 6 June 2026 to Monday 8 June 2026."]
    told = "The fair runs from Saturday 6 June to Monday 8 June [1]."
    assert unsupported(told, span, story_date=day) == []


def test_a_label_with_a_bracket_a_coarser_date_and_the_calendars_weekday() -> None:
    source = [
        "Key figures (received by 6pm on Wednesday 28 January 2026):\n"
        "1. Total applicants: 612,400.\n"
        "2. Mature applicants (aged 21 and over): 88,150.\n\n"
        "Applicants who missed the January deadline can still apply until 30 June."
    ]
    day = date(2026, 2, 5)
    ok = (
        "There were 612,400 applicants by the January 28 deadline, 88,150 of them mature "
        "applicants aged 21 or over [1]. Those who missed the deadline, which fell on "
        "Wednesday, January 28, can still apply until June 30 [1]."
    )
    assert unsupported(ok, source, story_date=day) == []
    wrong = ok.replace("Wednesday, January 28", "Thursday, January 28")
    assert unsupported(wrong, source, story_date=day) == [("date", "Thursday")]


def test_a_label_whose_bracket_lists_many_words() -> None:
    source = [
        "Festival figures\n\nAttendance (paid admissions): 4,860\nGross bar takings: £61,240\n"
        "Admission and glass sales: £18,730\n"
        "Total costs (beer, cider, hall hire, staging, security): £47,590\n"
        "Surplus for charity: £32,380\n\n"
        "The surplus will be shared equally between the responders and the hospice."
    ]
    ok = (
        "The festival took £61,240 over the bar and £18,730 from admission and glass sales, "
        "a total income of £79,970. After costs of £47,590, the surplus will be split "
        "equally, giving £16,190 each to the responders and the hospice [1]."
    )
    # The costs figure moved to the bar: of its two mentions, the one by "costs" is
    # the label's, so the other is flagged.
    moved = ok.replace("took £61,240", "took £47,590")
    starts = _flag_starts(moved, source)
    assert moved.index("£47,590") in starts
    assert moved.rindex("£47,590") not in starts


def test_of_two_equal_figures_the_one_with_its_lines_companions_stays() -> None:
    source = [
        "Tourism in 2025\n\nOvernight trips: 2.1 million, spending £389 million\n"
        "Day visits: 5.8 million, spending £223 million\nHotel occupancy: 74 per cent",
        "A former treasurer was jailed for six years on Thursday for stealing £1.3 million "
        "from Westbury over nine years.",
    ]
    ok = (
        "2.1 million overnight trips accounted for £389m, while 5.8 million day trips "
        "brought in £223m [1]. Hotel occupancy averaged 74 per cent [1]. The treasurer, "
        "who took £1.3m over nine years, was jailed for six years on Thursday [2]."
    )
    assert unsupported(ok, source) == []
    # The day trips' spending moved to the overnight trips: the figure beside "5.8
    # million", as on its line, is the right one.
    moved = ok.replace("accounted for £389m", "accounted for £223m")
    assert _flag_starts(moved, source) == [moved.index("£223m")]
    # A source sentence giving both facts says nothing about which mention is right.
    both = ok.replace("over nine years", "over six years")
    assert _flag_starts(both, source) == [both.index("six years")]


def test_a_small_count_of_the_names_a_sentence_lists() -> None:
    source = [
        "Storm Ilse suspended sailings to Inchmore, Skellan and Fadda on Thursday, cutting "
        "off 2,145 people. Four fire engines from Callow, Mintern and Hadfield attended."
    ]
    ok = (
        "Ferry services to three islands were suspended on Thursday, leaving the 2,145 "
        "people who live on Inchmore, Skellan and Fadda without a boat [1]. Four fire "
        "engines from Callow, Mintern and Hadfield attended [1]."
    )
    assert unsupported(ok, source) == []
    assert unsupported(ok.replace("three islands", "four islands"), source) == [("number", "four")]
    # The sources count the engines: three places they came from are no count of them.
    assert unsupported(ok.replace("Four fire", "Three fire"), source) == [("number", "Three")]


def test_a_share_in_words_beside_a_zero_and_no_bare_number() -> None:
    source = [
        "The heronry had 47 occupied nests this spring, up from 38 last year. Little "
        "egrets, which had 0 nests in 2022, now have 12. The count was 31 in 2021."
    ]
    # A zero among the passage's figures is no base for a change (it raised
    # ZeroDivisionError), and "almost a third" is no bare 31 of the sources.
    ok = "This year's 47 nests are nine more than last year's 38, a rise of almost a quarter [1]."
    assert unsupported(ok, source) == []
    wrong = ok.replace("a quarter", "a third")
    assert unsupported(wrong, source) == [("number", "a third")]


def test_a_name_in_the_place_of_another_in_a_sentence_told_again() -> None:
    source = [
        "Defending, Martin Greaves said Colley, a father of three, had run his yard "
        "legitimately for 19 years. The court heard from prosecutor Anita Sewell.",
        "The village shop closed in March. The nearest other shop is 4.5 miles away in "
        "Hatherby. The nearest supermarket is in Wendlebury.",
        "Tomasz Reid won the men's 5km in 1:04:37, 43 seconds ahead of Daniel Okoro.\n\n"
        "5km | Men | 2 | Daniel Okoro | Fenmouth SC | 1:05:20\n\n"
        "Castellanos receives $2,500 and publication of a chapbook by Tidewater Ink Press this "
        "fall. Runner-up Theo Marchetti receives $1,000 and third-placed Keisha Odom $500.",
        "The Port Eldon Mariners won 104-97. Whitlock is in his second season with Port Eldon "
        "after joining from Valmont.",
        "The fund was set up in 2019 by Kelby Rotary Club, which raised the first £5,000 with "
        "a sponsored walk. Its first grant went to Harlow Scouts.",
        "The delay added $3,750 in crew and barge costs and $2,180 in police overtime, city "
        "finance director Raymond Ishii said. Mayor Denise Ortland thanked residents.",
        "Meridian Airways will begin daily nonstop service to Ridgeport on Monday. The "
        "airport's other carrier, SkyPine, carried 41,200 passengers.",
    ]
    ok = (
        "Defending, Martin Greaves said Colley, a father of three, had run his yard "
        "legitimately for 19 years [1]. The nearest other shop is 4.5 miles away in Hatherby "
        "[2]. Tomasz Reid won the men's 5km in 1:04:37, 43 seconds ahead of Fenmouth's Daniel "
        "Okoro [3]. She receives $2,500 and publication of a chapbook by Tidewater Ink Press "
        "this fall; Marchetti receives $1,000 and Odom $500 [3]. "
        "Whitlock is in his second season with the Mariners after joining from Valmont [4]. "
        "The fund was set up in 2019 by Kelby Rotary Club, which raised the first £5,000 with "
        "a sponsored walk [5]. The delay added $3,750 in crew and barge costs and $2,180 in "
        "police overtime, city finance director Raymond Ishii said [6]. Meridian will begin "
        "daily nonstop service to Ridgeport on Monday [7]."
    )
    assert unsupported(ok, source) == []
    for good, moved in [
        ("Defending, Martin Greaves", "Defending, Anita Sewell"),
        ("away in Hatherby", "away in Wendlebury"),
        ("by Kelby Rotary Club", "by Harlow Scouts"),  # ", which raised": the same words
        ("city finance director Raymond Ishii", "Mayor Denise Ortland"),  # ends on its speaker
        ("Meridian will", "SkyPine will"),  # a lone name opening the sentence
    ]:
        wrong = ok.replace(good, moved)
        name = moved.split(", ")[-1].split(" in ")[-1].removeprefix("by ").removesuffix(" will")
        assert unsupported(wrong, source) == [("name", name)]


def test_a_wrapped_line_that_ends_inside_a_speakers_body() -> None:
    # "Fencing Union, said:" opening the next line is no "Label: value" field: the line
    # was wrapped, and Ruth Eaves of the Union is the speaker.
    source = [
        "The championships drew 107 fencers from 11 clubs, the biggest entry, according\n"
        "to organisers, since 2019. Ruth Eaves, secretary of the Saltmere County\n"
        'Fencing Union, said: "It was a long day, the last bout finished at\n'
        '7.40pm, but the standard in the finals was as high as I can remember."\n\n'
        "Club chairman Denise Whitcombe said the club now had 64 members."
    ]
    ok = (
        "Ruth Eaves, secretary of the Saltmere County Fencing Union, said the last bout "
        'finished at 7.40pm. "The standard in the finals was as high as I can remember," '
        "she said [1]."
    )
    assert unsupported(ok, source) == []
    moved = ok.replace(
        "Ruth Eaves, secretary of the Saltmere County Fencing Union,",
        "Club chairman Denise Whitcombe",
    )
    assert unsupported(moved, source) == [
        ("quote", "The standard in the finals was as high as I can remember,")
    ]


def test_two_pieces_of_a_quotation_joined_over_its_attribution() -> None:
    source = [
        'Tolland took up the sport at 50. "My grandchildren think I\'m mad," she said. '
        '"But the fencing keeps me young." The club has 64 members, and Tolland trains '
        'twice a week. "I never miss a Tuesday," she added.'
    ]
    ok = (
        "Tolland, who took up the sport at 50, said: \"My grandchildren think I'm mad. But "
        'the fencing keeps me young." [1]'
    )
    assert unsupported(ok, source) == []
    changed = ok.replace("keeps me young", "keeps me sane")
    assert unsupported(changed, source) == [
        ("quote", "My grandchildren think I'm mad. But the fencing keeps me sane.")
    ]
    # Pieces with more than an attribution between them are no one quotation.
    far = 'Tolland said: "My grandchildren think I\'m mad. I never miss a Tuesday." [1]'
    assert unsupported(far, source) == [
        ("quote", "My grandchildren think I'm mad. I never miss a Tuesday.")
    ]


def test_rows_of_a_table_set_in_columns_are_not_wrapped_prose() -> None:
    source = [
        "Annual report and financial statements, year ended 31 March 2026\n"
        "(extract). Filed 13 July 2026.\n\n"
        "                                     2026         2025\n"
        "  Turnover                         £38.6m       £35.2m\n"
        "    of which concessionary fares    £7.4m        £7.1m\n"
        "  Fuel costs                        £6.1m        £6.9m\n"
        "  Staff costs                      £21.3m       £19.8m\n"
        "  Operating profit                 £1.86m       £0.12m\n"
    ]
    ok = (
        "Turnover rose by £3.4m to £38.6m in the year to 31 March 2026 [1]. The fuel bill "
        "fell by £800,000 to £6.1m, while staff costs rose from £19.8m to £21.3m [1]."
    )
    assert unsupported(ok, source) == []
    moved = ok.replace("to £6.1m", "to £6.9m")
    assert ("number", "£6.9m") in unsupported(moved, source)


def test_a_new_name_opening_a_sentence_and_a_body_pieced_together() -> None:
    source = [
        "Measles cases linked to Redbury primary school\n\nThe Northmoor Health Protection "
        "Unit is investigating. Coastline Rail recorded the highest punctuality of any "
        "operator, at 91.2%."
    ]
    ok = (
        "The Northmoor Health Protection Unit is investigating cases at a Redbury school [1]. "
        "Coastline Rail was the most punctual operator, at 91.2% [1]."
    )
    assert unsupported(ok, source) == []
    made_up = ok.replace("Coastline Rail", "Coastway Rail")
    assert unsupported(made_up, source) == [("name", "Coastway Rail")]
    pieced = ok.replace("Northmoor Health", "Redbury Health")
    assert unsupported(pieced, source) == [("name", "Redbury Health Protection Unit")]


def test_a_surname_that_is_also_a_common_proper_word() -> None:
    source = ['"We have listened," said Councillor Farida Noon, cabinet member for transport.']
    ok = '"We have listened," said Councillor Farida Noon [1].'
    assert unsupported(ok, source) == []
    wrong = '"We have listened," said Councillor Farida Moon [1].'
    assert ("name", "Councillor Farida Moon") in unsupported(wrong, source)


def test_a_percentage_of_a_count_and_a_count_times_a_price() -> None:
    source = [
        "The plan was backed by 81% of the 2,300 members who took part. The council had "
        "sold 3,200 grandstand seats for Sunday at £18 each."
    ]
    ok = (
        "The plan was backed by 81% of the 2,300 members who took part, or about 1,860 "
        "people [1]. The council had sold 3,200 seats at £18 each, worth £57,600 [1]."
    )
    report = check_facts(ok, source)
    assert report.unsupported == ()
    assert {"81% of 2,300", "3,200 x £18"} <= {how for _, how in report.worked_out}
    wrong = ok.replace("1,860", "1,680").replace("£57,600", "£56,700")
    assert unsupported(wrong, source) == [("number", "1,680"), ("number", "£56,700")]


def test_a_share_after_a_partitive_is_that_partitives_share() -> None:
    source = [
        "Records for nine of the 20 people whose medicines were checked had gaps. Staffing "
        "was short on 11 of the 28 nights reviewed. At Dunmere, 19.5% of grades were A* or "
        "A, up from 16.8% in 2024."
    ]
    ok = (
        "Records for nine of the 20 people whose medicines inspectors checked had gaps or "
        "errors - 45 per cent [1]. Staffing was short on 11 of the 28 nights reviewed, more "
        "than a third [1]. At Dunmere, 19.5% of grades were A* or A, up from 16.8% - an "
        "improvement of 2.7 points [1]."
    )
    assert unsupported(ok, source) == []
    # 55% is 11 of 20, or a fall from 20 to nine: neither is what the sentence says.
    wrong = ok.replace("45 per cent", "55 per cent")
    assert unsupported(wrong, source) == [("number", "55 per cent")]


def test_a_rival_the_next_sentence_of_the_article_gives_is_no_slot() -> None:
    # The netball case of the eval set: "won 15 of their 18 matches" after a sentence
    # giving the table's points; the 18 of the other table rows is no slot for it.
    case = load_case(EVAL_DIR / "final10a" / "a02_netball_league_title.yaml")
    flagged = check_facts(case.faithful, case.sources, case.story_date).unsupported
    assert "18" not in [f.text for f in flagged]


def test_a_time_between_two_clock_times_of_the_sources() -> None:
    source = [
        "Crews were called at 2:47am to a fire in Hallbrook Road. The first engine arrived "
        "at 2:53am. Four engines and 28 firefighters attended. A man was treated for smoke "
        "inhalation at the scene. The fire was under control at 4:10am."
    ]
    ok = "The fire was under control at 4:10am, an hour and 23 minutes after the first call [1]."
    assert unsupported(ok, source) == []
    wrong = ok.replace("23 minutes", "33 minutes")
    assert unsupported(wrong, source) == [("number", "an hour and 33 minutes")]
    # A duration in words is as precise as its last unit: "just over five hours".
    walk = [
        "The group set off from the car park at 11:45 a.m. on Saturday. Police received a "
        "999 call at 4.50pm after a woman hurt her ankle on the ridge."
    ]
    told = (
        "The walkers set off at 11:45 a.m. [1]. They called 999 at 4:50 p.m., just over "
        "five hours after setting off [1]."
    )
    assert unsupported(told, walk) == []
    assert unsupported(told.replace("five hours", "seven hours"), walk) == [
        ("number", "seven hours")
    ]


def test_an_ordinal_naming_a_part_of_the_match_as_a_source_names_it() -> None:
    # A scoring table's "2nd period" heading names the period of the goals under it;
    # the other headings and the goal times of the sentence are no rival to "second".
    case = next(c for c in load_part("final15b") if c.name.startswith("l09"))
    flagged = [
        f.text for f in check_facts(case.faithful, case.sources, case.story_date).unsupported
    ]
    assert "second" not in flagged
    # Which period the goals fell in is not checked: that needs the goal times read
    # against the headings (before this rule the true "second" was flagged and a moved
    # "first" was not).


def test_what_is_left_of_a_whole_after_its_parts() -> None:
    source = [
        "The Monsoon Forest will cost £6.8m. The city council approved a £2.5m grant on "
        "March 17. A public appeal has raised £1.9m from more than 9,400 donors. The rest "
        "will come from the zoo's reserves."
    ]
    ok = (
        "The £6.8m Monsoon Forest is the zoo's biggest project [1]. The council approved a £2.5m "
        "grant, and an appeal has raised £1.9m, leaving £2.4m to come from the zoo's "
        "reserves [1]."
    )
    assert unsupported(ok, source) == []
    wrong = ok.replace("leaving £2.4m", "leaving £2.9m")
    assert unsupported(wrong, source) == [("number", "£2.9m")]
    # Four parts the article gives add up to its total.
    funds = [
        "The barrier will cost £46.5 million. The Environment Agency has granted £31.2 "
        "million. The town council will give £6 million, the local levy £2.8 million and "
        "the developer £1.5 million."
    ]
    total = (
        "The agency has granted £31.2 million towards the £46.5 million barrier [1]. With "
        "£6 million from the town council, £2.8 million from the levy and £1.5 million from "
        "the developer, that brings the total to £41.5 million, leaving £5 million to "
        "find [1]."
    )
    assert unsupported(total, funds) == []
    assert unsupported(total.replace("£41.5 million", "£42.5 million"), funds) == [
        ("number", "£42.5 million")
    ]


def test_bare_counts_are_no_four_part_sum() -> None:
    source = [
        "Westsound Ferries cancelled 17 return sailings on Thursday: eight between Carrow "
        "Point and Inchmore, three to Skellan and six between Skellan and Fadda. Two "
        "sailings on Wednesday were also called off."
    ]
    wrong = (
        "Westsound Ferries cancelled all 19 return sailings on its routes: eight between "
        "Carrow Point and Inchmore, three to Skellan and six between Skellan and Fadda [1]. "
        "Two sailings on Wednesday were also called off [1]."
    )
    assert ("number", "19") in unsupported(wrong, source)


def test_a_figure_for_each_one_and_an_average_speed() -> None:
    source = [
        "Staying visitors fell to 550,000 and spent 1.98 million nights in the town. "
        "Medicine drew 4,118 applications for 265 places. Dahl covered the 186.4 km stage "
        "in 4 hours 52 minutes 18 seconds."
    ]
    ok = (
        "The 550,000 staying visitors spent 1.98 million nights in the town, an average of "
        "3.6 nights each [1]. Medicine drew 4,118 applications for 265 places, more than 15 "
        "for every place [1]. Dahl covered the 186.4 km in 4 hours 52 minutes 18 seconds, "
        "an average of 38.3 km/h [1]."
    )
    assert unsupported(ok, source) == []
    for right, wrong in (("3.6", "4.6"), ("than 15", "than 19"), ("38.3", "39.3")):
        flagged = [text for _, text in unsupported(ok.replace(right, wrong), source)]
        assert flagged == [wrong.split()[-1] + (" km/h" if right == "38.3" else "")]
    # A small figure "an hour" is no difference of two others.
    buses = ["Route 7 will run four buses an hour, up from three. The fleet grows from 7 to 12."]
    told = "Route 7 will run five buses an hour, up from three [1]. The fleet grows to 12 [1]."
    assert ("number", "five") in unsupported(told, buses)


def test_a_share_in_words_told_again_beside_its_percentage() -> None:
    source = [
        "Inspectors found 41 per cent of prisoners locked in their cells during the working "
        "day. Some 27 per cent of officers had less than a year in the job. The trust's grant "
        "will be cut from £310,000 to £248,000."
    ]
    ok = (
        "During the working day 41 per cent of prisoners were locked in their cells [1]. "
        "More than a quarter of officers, 27 per cent, had less than a year in the job [1]. "
        "The grant falls from £310,000 to £248,000, a reduction of £62,000, or a fifth [1]."
    )
    assert unsupported(ok, source) == []
    # The percentage of the sentence before is not the one it tells again.
    wrong = ok.replace("More than a quarter", "More than a third")
    assert unsupported(wrong, source) == [("number", "a third")]
    assert unsupported(ok.replace("or a fifth", "or a third"), source) == [("number", "a third")]


def test_days_from_one_date_of_the_sentence_to_another() -> None:
    source = [
        "The orchid count took place from July 14 to July 25. Thirty-eight volunteers took part."
    ]
    ok = "The count was carried out over 12 days, from July 14 to 25, by 38 volunteers [1]."
    assert unsupported(ok, source, story_date=date(2026, 8, 1)) == []
    wrong = ok.replace("12 days", "14 days")
    assert unsupported(wrong, source, story_date=date(2026, 8, 1)) == [("number", "14 days")]
    # A gap counts one end only: June 9 to June 11 is "two days later", never three.
    fall = ["He fell on Tuesday 9 June and died in hospital on 11 June."]
    later = "He fell on Tuesday, June 9, and died three days later, on June 11 [1]."
    assert ("number", "three days") in unsupported(later, fall, story_date=date(2026, 10, 14))
    right = later.replace("three days", "two days")
    assert unsupported(right, fall, story_date=date(2026, 10, 14)) == []
    # A gap in weeks from a source's date needs no figure of its passage.
    semi = [
        "THORNCLIFFE, May 10 - Kirkwell beat Dunmere 30-18 on Sunday to reach the final.",
        "The final will be played at Crossfield Stadium on June 7.",
    ]
    told = (
        "Kirkwell beat Dunmere 30-18 on Sunday [1]. They play the final at Crossfield "
        "Stadium four weeks later, on Sunday, June 7 [2]."
    )
    assert unsupported(told, semi, story_date=date(2026, 5, 11)) == []
    assert unsupported(
        told.replace("four weeks", "three weeks"), semi, story_date=date(2026, 5, 11)
    ) == [("number", "three weeks")]


def test_a_person_speaking_in_a_statement_their_body_heads() -> None:
    sources = [
        "Northmoor Fire and Rescue Service\nIncident update: Blackstane Moor wildfire\n\n"
        "Crews remain at the scene. No one has been injured. The fire covers 320 hectares."
        '\n\nArea manager Kirsty Lennard said: "Our crews have worked in extremely difficult '
        'conditions."',
        "ASHGROVE, May 4 (Beacon Newswire) - The Blackstane Moor fire is still burning. "
        "Residents returned home on Monday. Walkers were asked to stay away. "
        '"It will take weeks to recover," said Hamish Teale, a ranger.',
    ]
    ok = (
        "Area manager Kirsty Lennard of Northmoor Fire and Rescue Service said crews had "
        'worked "in extremely difficult conditions" [1].'
    )
    assert unsupported(ok, sources) == []
    # A wire service in a source's dateline speaks for none of the people it quotes.
    wire = 'Hamish Teale of Beacon Newswire said it would "take weeks to recover" [2].'
    assert unsupported(wire, sources) == [("name", "Hamish Teale of Beacon Newswire")]


def test_abbreviations_of_a_results_table_count_the_same_thing() -> None:
    source = [
        "HOLM BAY SAILING CLUB\nTern 16 National Championship - Final results\n\n"
        "Seven races sailed of nine scheduled. One discard.\n\n"
        "1. Windrush (4127), Jonah Pemberton / Ailsa Dunne, Holm Bay SC - 1, 2, 1, (6), 3, 1, "
        "3 - 11 pts\n"
        "2. Quicksilver (3988), Marta Kowal / Ben Tiernan, Caddon Water SC - 2, 1, 4, 3, (9), "
        "2, 5 - 17 pts\n"
        "3. Blue Heron (4050), Felix Arundel / Sophie Arundel, Holm Bay SC - 5, 4, 3, 1, 7, "
        "(12), 4 - 24 pts\n"
    ]
    ok = (
        "Jonah Pemberton and Ailsa Dunne finished on 11 points, with Marta Kowal and Ben "
        "Tiernan second on 17 points [1]. Felix and Sophie Arundel were third on 24 points [1]."
    )
    assert unsupported(ok, source) == []
    assert unsupported(ok.replace("on 17 points", "on 19 points"), source) == [("number", "19")]


def test_a_sentence_merging_neighbouring_lines_of_a_list() -> None:
    # "Stays of two to four hours will cost £6.80 instead of £5.50, and anything over four
    # hours £11.50 instead of £9" tells two lines of the trust's price list; the lines'
    # passage gives more of the sentence's figures than any rival's does.
    case = next(c for c in load_part("final9a") if c.name.startswith("y11"))
    report = check_facts(case.faithful, case.sources, case.story_date)
    flagged = [f.text for f in report.unsupported]
    assert "£6.80" not in flagged and "£5.50" not in flagged
    for corrupted in case.corrupted:
        if corrupted.text[corrupted.span[0] : corrupted.span[1]] == "£5.50":
            found = check_facts(corrupted.text, case.sources, case.story_date).unsupported
            assert any(f.start < corrupted.span[1] and corrupted.span[0] < f.end for f in found)


def test_a_body_given_a_statement_is_named_by_the_source_it_comes_from() -> None:
    sources = [
        "Statement from Wessmoor Water, 20 July 2026\n\nWe are aware of the advice against "
        "bathing issued today by the Coastal Waters Authority. We can confirm that the storm "
        "overflow at our Pennick Lane pumping station operated for 6 hours 40 minutes on "
        "Sunday 19 July. We are investing £46 million in the Tarrow catchment by 2030.",
        "Councillor Jenna Morrow, cabinet member for the environment at Tarrow District "
        "Council, said she had written to the company demanding a full account.",
    ]
    ok = (
        "Wessmoor Water said the overflow at its Pennick Lane pumping station operated for "
        "6 hours 40 minutes on Sunday, July 19 [1]."
    )
    assert unsupported(ok, sources, story_date=date(2026, 7, 20)) == []
    moved = ok.replace("Wessmoor Water said", "Tarrow District Council said")
    assert unsupported(moved, sources, story_date=date(2026, 7, 20)) == [
        ("name", "Tarrow District Council")
    ]


def test_a_share_in_words_is_a_change_only_where_the_words_say_so() -> None:
    source = [
        "Skerryline has cancelled 47 sailings since Thursday: 29 between Port Ardmore and "
        "Hesta, 12 between Port Ardmore and Faray and six on the inter-island route."
    ]
    ok = (
        "Skerryline has cancelled 47 sailings since Thursday: 29 between Port Ardmore and "
        "Hesta, 12 between Port Ardmore and Faray and six on the inter-island route [1]. The "
        "Hesta route alone accounts for more than 60% of the cancellations [1]."
    )
    assert unsupported(ok, source) == []
    wrong = ok.replace("more than 60%", "nearly three-quarters")
    assert unsupported(wrong, source) == [("number", "three-quarters")]


def test_a_duration_in_years_and_months_without_and() -> None:
    source = [
        "Average wait from application to offer of a plot: 4 years 2 months (2024-25: 3 years "
        "7 months). The list stood at 2,214 on 31 March 2026."
    ]
    ok = "The average wait for a plot is now more than four years, up from 3 years 7 months [1]."
    assert unsupported(ok, source) == []
    wrong = "The average wait for a plot is now 4 years 5 months, up from 3 years 7 months [1]."
    assert unsupported(wrong, source) == [("number", "4 years 5 months")]


def test_a_running_score_from_the_periods_a_line_lists() -> None:
    source = [
        "Caldermoor Comets 87 Ashfield Raiders 79\n\nQuarter by quarter (Comets first): "
        "21-18, 19-24, 25-17, 22-20\nHalf-time: Comets 40 Raiders 42",
        "Kirkwell beat Dunmere 30-18 at Garside Park on Sunday.\n\nHalf-time: 12-12\n"
        "Attendance: 9,412",
    ]
    ok = (
        "The Comets trailed 40-42 at half-time and led 65-59 "
        "going into the last [1]. Kirkwell outscored Dunmere 18-6 after the break [2]."
    )
    assert unsupported(ok, source) == []
    assert unsupported(ok.replace("65-59", "66-59"), source) == [("number", "66-59")]
    assert unsupported(ok.replace("18-6", "18-8"), source) == [("number", "18-8")]


def test_a_wire_storys_dateline_is_no_slot_for_an_events_date() -> None:
    sources = [
        "NOTICE OF RESULT OF POLL\n\nI, the Returning Officer at the above election held on "
        "Thursday 16 July 2026, give notice that Helen Ashworth is duly elected.",
        "MEREFORD, July 17 - The Civic Party gained the Tarrow Vale seat on Westmere County "
        "Council from the ruling Unity Party in a by-election, officials said on Friday.",
    ]
    ok = (
        "The Civic Party has won the Tarrow Vale seat on Westmere County Council from the "
        "ruling Unity Party in a by-election held on Thursday, July 16 [1][2]."
    )
    assert unsupported(ok, sources, story_date=date(2026, 7, 17)) == []
    wrong = ok.replace("Thursday, July 16", "Wednesday, July 15")
    assert ("date", "July 15") in unsupported(wrong, sources, story_date=date(2026, 7, 17))


def test_a_weekday_before_a_date_written_day_first_is_that_dates() -> None:
    sources = [
        "Hexley Town Centre BID - Footfall report, March 2026\nPublished: 8 April 2026\n\n"
        "Total visits, March 2026: 1,284,000\n"
        "Busiest day: Saturday 28 March (61,400 visits)\n"
        "Quietest day: Tuesday 3 March (29,800 visits)\n",
        "Riverways Agency - Drought status update, 8 July 2026\n\nThe agency moved the "
        "Wealdmere area into drought status on Friday 3 July, following the driest spring in "
        "50 years. The agency will next review the area's drought status on 31 July.",
    ]
    ok = (
        "Saturday, March 28 was the busiest day, with 61,400 visits, and Tuesday, March 3 "
        "the quietest, with 29,800 [1]. The agency put the area into drought status on "
        "July 3 [2]."
    )
    # "Saturday 28 March" is no Saturday near the story's date, and "Friday 3 July"
    # keeps the words before its weekday.
    assert unsupported(ok, sources, story_date=date(2026, 4, 9)) == []
    wrong = ok.replace("Saturday, March 28", "Saturday, March 21")
    assert ("date", "March 21") in unsupported(wrong, sources, story_date=date(2026, 4, 9))


def test_a_gap_in_weeks_is_worked_out_though_a_bare_three_is_elsewhere() -> None:
    # "the club's dinner on May 30, three weeks after the final" (May 9): a bare 3 of the
    # sources (a quarter's 3-5, a scorer's 3) is no "three weeks" moved here.
    case = next(c for c in load_part("final17a") if c.name.startswith("o09"))
    report = check_facts(case.faithful, case.sources, case.story_date)
    assert "three weeks" not in [f.text for f in report.unsupported]
    wrong = case.faithful.replace("three weeks after", "four weeks after")
    found = check_facts(wrong, case.sources, case.story_date).unsupported
    assert "four weeks" in [f.text for f in found]


def test_short_weekdays_and_months_of_a_results_list() -> None:
    source = [
        "Daily winners\n"
        "Day 1 (Sat 25 Jul) - 286km - Joachim Lessing - 88.4 km/h\n"
        "Day 2 (Mon 27 Jul) - 241km - Ewan Tarrant - 71.9 km/h\n"
        "Day 5 (Sat 1 Aug) - 198km - Niamh Corrie - 68.2 km/h\n"
    ]
    ok = "Tarrant won on Monday, July 27, and Corrie on Saturday, August 1 [1]."
    assert unsupported(ok, source, story_date=date(2026, 8, 3)) == []
    wrong = ok.replace("Monday, July 27", "Monday, July 20")
    assert ("date", "July 20") in unsupported(wrong, source, story_date=date(2026, 8, 3))
    # "The Sun 24" is no weekday: a short one needs a day and a month after it.
    assert unsupported("The Sun 24 readers' poll was published [1].", ["The Sun 24 poll."]) == []


def test_a_weekday_explained_by_the_article_is_no_rival_as_a_date() -> None:
    # The source's "Monday" is also a date once resolved; the article's own "Monday"
    # takes it, so it no longer competes with "April 1" for the same slot.
    source = [
        "HARNLEY, Jan 12 - Drivers crossing the toll bridge will pay £1.60 a trip from "
        "April 1, up from £1.20, after the bridge's trustees voted on Monday to raise charges."
    ]
    ok = (
        "The toll for cars will rise from £1.20 to £1.60 on April 1 after the bridge's "
        "board voted for the increase on Monday [1]."
    )
    assert unsupported(ok, source, story_date=date(2026, 1, 13)) == []
    wrong = ok.replace("April 1", "April 8")
    assert ("date", "April 8") in unsupported(wrong, source, story_date=date(2026, 1, 13))


def test_a_deadline_worked_out_from_the_sentences_own_date() -> None:
    source = [
        "Two improvement notices were served on the landlord, Raymond Foulkes, on 2 April "
        "2025, giving him 28 days to carry out the work. When officers re-inspected the "
        "flat on 19 June 2025, none of the work had been done."
    ]
    ok = (
        "Notices served on April 2, 2025, gave Foulkes 28 days to do the work, a deadline "
        "that ran out on April 30 [1]."
    )
    today = date(2026, 11, 6)
    assert unsupported(ok, source, story_date=today) == []
    wrong = ok.replace("April 30", "May 2")
    assert ("date", "May 2") in unsupported(wrong, source, story_date=today)


def test_an_age_after_a_name_at_the_end_of_a_sentence() -> None:
    source = [
        "Among the boats lost was Curlew, a 32-foot yacht owned by Ray Gallimore, 63, who "
        "has moored at the marina for twenty years."
    ]
    ok = "Among the boats lost was Curlew, the 32-foot yacht of Ray Gallimore, 63 [1]."
    assert unsupported(ok, source) == []
    # 32 is the yacht's length, not his age.
    assert ("number", "32") in unsupported(ok.replace(", 63", ", 32"), source)


def test_an_age_beside_a_name_is_that_persons_age() -> None:
    # "Isla Brannock, 31," when the sources make her 27: their 31 (the festival's 31st
    # year, in a passage sharing the article's dates) is no age of hers.
    case = next(c for c in load_part("final16a") if c.name.startswith("m03"))
    report = check_facts(case.faithful, case.sources, case.story_date)
    assert "27" not in [f.text for f in report.unsupported]
    wrong = case.faithful.replace("Isla Brannock, 27,", "Isla Brannock, 31,")
    assert "31" in [f.text for f in check_facts(wrong, case.sources, case.story_date).unsupported]
    # An age before a name is not read as that name's: "her four-year-old dog Fly".
    trial = [
        "Gwen Atherley won the trial with her dog Fly. Atherley, 58, who keeps 400 ewes, "
        "said Fly was only four."
    ]
    told = "Gwen Atherley and her four-year-old dog Fly won the trial [1]."
    assert unsupported(told, trial) == []


def test_an_age_after_a_name_and_an_article() -> None:
    # "Drysdale, a 16-year-old" when the sources make him 22 (16 is another skater's age).
    case = next(c for c in load_part("final18a") if c.name.startswith("q09"))
    wrong = case.faithful.replace("Drysdale, a 22-year-old", "Drysdale, a 16-year-old")
    found = check_facts(wrong, case.sources, case.story_date).unsupported
    assert "16-year-old" in [f.text for f in found]
    # "Most 180s: Ryan Thwaite, 9" on an awards line is a count, not his age: it does not
    # make "Thwaite, a 31-year-old roofer" wrong.
    case = next(c for c in load_part("final15a") if c.name.startswith("k01"))
    report = check_facts(case.faithful, case.sources, case.story_date)
    assert "31-year-old" not in [f.text for f in report.unsupported]


def test_a_figure_in_millions_is_the_sources_figure_rounded() -> None:
    source = ["Trading figures for 2025\n\nTotal sales: £1,284,000 (2024: £1,107,000)\n"]
    ok = "Sales rose to £1.28m in 2025, up from £1.11m the year before [1]."
    assert unsupported(ok, source) == []
    # Rounded wrongly, or to a precision the figure does not have.
    assert ("number", "£1.29m") in unsupported(ok.replace("£1.28m", "£1.29m"), source)
    assert ("number", "£1.3m") not in unsupported(ok.replace("£1.28m", "£1.3m"), source)
    assert ("number", "£1.2m") in unsupported(ok.replace("£1.28m", "£1.2m"), source)
    # "1.6m" of water is a measure, not a rounded million.
    flood = ["The river peaked at 1.64m on Tuesday."]
    assert ("number", "1.6m") in unsupported("The river peaked at 1.6m on Tuesday [1].", flood)


def test_a_sentence_told_again_needs_the_rivals_words_to_fit() -> None:
    sources = [
        "Offence 1: Fine: £7,500.\nOffence 2: Fine: £7,500.\nOffence 3: Fine: £1,200.\n\n"
        "Prosecution costs: £3,842.\nVictim surcharge: £2,000.\n",
        "Foulkes was fined £16,200 and ordered to pay costs and a victim surcharge.",
    ]
    ok = (
        "He was fined £7,500 for each of the notice offences and £1,200 for the third, and "
        "must also pay £3,842 in costs and a £2,000 victim surcharge [1][2]."
    )
    # The second source's sentence is much like this one, but its £16,200 is the fine:
    # nothing next to it fits the costs' place.
    assert unsupported(ok, sources) == []
    assert ("number", "£3,942") in unsupported(ok.replace("£3,842", "£3,942"), sources)


def test_a_title_word_inside_a_name_and_a_plurals_apostrophe() -> None:
    sources = [
        "His blue chequer hen Kestrel Lass was best bird in the club.",
        "Alison Bray, a spokesperson for the Northfell Farmers' Network, urged farmers to "
        "have wiring checked.",
    ]
    ok = (
        "His hen Kestrel Lass was the club's best bird [1]. Alison Bray of the Northfell "
        "Farmers' Network urged farmers to have wiring checked [2]."
    )
    assert unsupported(ok, sources) == []
    # "Lady" and "Union" are title words, but inside a name they are the name.
    assert ("name", "Kestrel Lady") in unsupported(ok.replace("Lass", "Lady"), sources)
    wrong = ok.replace("Farmers' Network", "Farmers' Union")
    assert ("name", "Northfell Farmers' Union") in unsupported(wrong, sources)


def test_a_comma_before_on_and_a_date_does_not_cut_its_words() -> None:
    source = [
        "RESOLVED (4 for, 1 against) to accept quotation (a). Works to start on 30 March.\n\n"
        "Cllr Mallinder asked that two more CCTV cameras, at an estimated cost of £3,200, be "
        "considered. RESOLVED that the Clerk obtain quotations for report to the next "
        "meeting, on 20 April."
    ]
    ok = (
        "Works start on March 30, and quotes for two more CCTV cameras, costing about "
        "£3,200, will go to the next meeting on April 20 [1]."
    )
    assert unsupported(ok, source) == []
    wrong = ok.replace("meeting on April 20", "meeting on March 30")
    assert ("date", "March 30") in unsupported(wrong, source)


def test_a_weight_in_pounds_and_ounces_is_one_measure() -> None:
    source = [
        "RESULT\n1. Gary Threader (Peg 31) - 18 lb 6 oz - chub and roach\n"
        "2. Mick Ostler (Peg 12) - 15 lb 14 oz - bream\n3. Sam Yelland (Peg 40) - 14 lb 2 oz\n"
    ]
    ok = "Threader won with 18lb 6oz, ahead of Ostler with 15lb 14oz and Yelland with 14lb 2oz [1]."
    assert unsupported(ok, source) == []
    assert ("number", "14lb 12oz") in unsupported(ok.replace("14lb 2oz", "14lb 12oz"), source)
    tall = ["The keeper is 6ft 2in tall; the ball weighed 12oz."]
    assert unsupported("The keeper is 6ft 2in tall [1].", tall) == []
    assert unsupported("The keeper is 6ft 4in tall [1].", tall) == [("number", "6ft 4in")]
    assert unsupported("The ball weighed 14oz [1].", tall) == [("number", "14oz")]


def test_a_value_given_once_is_explained_by_the_fact_told_from_its_sentence() -> None:
    # "Entry fees of £35 a car": the sources' one "35 pounds per car" is this fact's, so
    # it is no rival to the article's other figures, and they no rival to it.
    case = next(c for c in load_part("final20b") if c.name.startswith("v09"))
    report = check_facts(case.faithful, case.sources, case.story_date)
    assert "£35" not in [f.text for f in report.unsupported]
    # Two figures traded in one sentence are not: each is told in the other's place.
    case = next(c for c in load_part("dev") if c.name.startswith("k06"))
    swapped = case.faithful.replace(
        "treat 25,000 patients a year but saw 71,000", "treat 71,000 patients a year but saw 25,000"
    )
    assert swapped != case.faithful
    found = check_facts(swapped, case.sources, case.story_date).unsupported
    assert "71,000" in {f.text for f in found}


def test_a_court_role_beside_a_name_is_the_one_the_sources_give() -> None:
    source = [
        "Prosecuting, Laura Penhallow said the practice had failed basic infection control. "
        "Mitigating, Simon Ashdown said the company's director had been seriously ill."
    ]
    ok = (
        "Laura Penhallow, prosecuting, said infection control had failed, and Simon "
        "Ashdown, mitigating, said the director had been ill [1]."
    )
    assert unsupported(ok, source) == []
    wrong = ok.replace("Ashdown, mitigating", "Ashdown, prosecuting")
    assert ("name", "Simon Ashdown") in unsupported(wrong, source)


def test_a_town_after_a_results_lines_bracket_is_the_persons_too() -> None:
    source = [
        "MX1 Open\n1. Dale Pennock (Ridgeback), Bransby - 72 pts\n"
        "2. Rhys Aldwinckle (Corvan), Market Oakley - 65 pts\n"
        "3. Tomas Vereker (Talvik), Holme St Giles - 60 pts\n"
    ]
    ok = "Rhys Aldwinckle of Market Oakley was runner-up on 65 points [1]."
    # The bracket is his machine; the town after it is his.
    assert unsupported(ok, source) == []
    wrong = ok.replace("Market Oakley", "Holme St Giles")
    assert unsupported(wrong, source) != []


def test_a_posted_date_without_a_year_is_the_day_a_source_speaks_from() -> None:
    source = [
        "Walk for the Hogs - thank you!\n\nPosted by Jamie Ferrar, walk organiser, Monday 6 "
        "July\n\nWhat a day! 214 of you turned up at Tarrow Reservoir yesterday and walked "
        "the 10k route in blazing sunshine."
    ]
    ok = "The walk around Tarrow Reservoir on July 5 drew 214 walkers [1]."
    today = date(2026, 7, 9)
    # "yesterday" is July 5 from the post's Monday 6 July, not July 8 from the story's date.
    assert unsupported(ok, source, story_date=today) == []
    assert ("date", "July 8") in unsupported(
        ok.replace("July 5", "July 8"), source, story_date=today
    )


def test_a_weekday_before_a_date_does_not_cut_its_words() -> None:
    source = [
        "DUNMERE HEALTH BOARD - OFFICIAL STATISTICS\nDental Access List\nPublished: 11 March "
        "2026\nNext release: 10 June 2026\n\n- 14,862 patients were waiting for a place."
    ]
    ok = (
        "The list rose to 14,862, according to official figures published on Wednesday, "
        "March 11 [1]. The next figures are due on June 10 [1]."
    )
    today = date(2026, 3, 12)
    assert unsupported(ok, source, story_date=today) == []
    # "published on Wednesday, June 10": the weekday no longer hides "published".
    wrong = ok.replace("Wednesday, March 11", "Wednesday, June 10")
    found = check_facts(wrong, source, today).unsupported
    assert any(f.text == "June 10" and f.start < wrong.index("[1]") for f in found)


def test_a_figure_nowhere_in_the_sources_in_anothers_place_is_not_worked_out() -> None:
    # "rise from £7 to £9" when the minute says "from £7.00 to £8.00": no "4 x £2.20".
    case = next(c for c in load_part("final20a") if c.name.startswith("u04"))
    wrong = case.faithful.replace("rise from £7 to £8", "rise from £7 to £9")
    assert wrong != case.faithful
    found = check_facts(wrong, case.sources, case.story_date).unsupported
    assert "£9" in [f.text for f in found]
    # A word that says it was worked out still lets it be: "rose by 2 minutes 36 seconds".
    case = next(c for c in load_part("final16b") if c.name.startswith("n10"))
    report = check_facts(case.faithful, case.sources, case.story_date)
    assert "2 minutes 36 seconds" not in [f.text for f in report.unsupported]


def test_a_figure_belongs_to_the_person_not_the_place_they_come_from() -> None:
    source = [
        "Crabbing Championship - Results\n\nUnder-8s\n1st Poppy Ashdown (age 7) - 31 crabs\n"
        "2nd Ruby Kaur (age 6) - 27 crabs\n\n8 to 12s\n1st Alfie Brennan (age 11) - 43 crabs\n"
        "2nd Leo Whitfield (age 12) - 38 crabs\n\nAdults\n1st Dean Whitcombe - 57 crabs\n"
        "2nd Sasha Novak - 49 crabs",
        'Adult champion Dean Whitcombe, a fisherman from nearby Polwenna, said: "The secret '
        'is bacon."',
    ]
    ok = (
        "Fisherman Dean Whitcombe, from nearby Polwenna, won the adult title with 57 crabs "
        "[1][2]. Sasha Novak was second [1]."
    )
    assert unsupported(ok, source) == []


def test_an_age_band_is_no_count_and_no_time() -> None:
    source = [
        "Entry fee: £5 under-16s, £8 adults\n\nUnder-8s\n1st Poppy Ashdown (age 7) - 31 "
        "crabs\n\n8 to 12s\n1st Alfie Brennan (age 11) - 43 crabs\n\nAdults\n"
        "1st Dean Whitcombe - 57 crabs\n2nd Sasha Novak - 49 crabs",
        "Prices from reopening: adults £18, juniors (under 16) £13. Six of "
        "the cases are children under the age of 10.",
    ]
    ok = (
        "Entry cost £5 for under-16s and £8 for adults [1]. In the 8 to 12s, Alfie Brennan "
        "landed 43 crabs, and Poppy Ashdown won the under-8s with 31 [1]. Dean Whitcombe won "
        "with 57 crabs, eight more than Sasha Novak [1].\n\nJuniors under 16 pay £13, and "
        "six of the cases are children under 10 [2]."
    )
    # "16s" is no 16 seconds, nor "under-16s" a £16 range; "the under-8s" is no count of
    # eight, so the eight crabs between 57 and 49 are worked out.
    assert unsupported(ok, source) == []
    assert unsupported(ok.replace("under-16s", "under-14s"), source) == [("number", "14s")]
    assert ("number", "nine") in unsupported(ok.replace("eight more", "nine more"), source)


def test_a_source_sentence_told_with_words_added_keeps_its_name() -> None:
    source = [
        "Work is due to start in October. During the works, buses will use temporary stops "
        "on Station Road and Market Street.",
        "The committee backed the plans by 9 votes to 2. Under the plans, the rank will move "
        "120 metres to Corn Street.",
    ]
    ok = (
        "Buses will use temporary stops on Station Road and Market Street during the works "
        "[1]. Under the plans, the taxi rank outside the station will move 120 metres "
        "to Corn Street [2]."
    )
    assert unsupported(ok, source) == []
    moved = ok.replace("to Corn Street", "to Market Street")
    assert unsupported(moved, source) == [("name", "Market Street")]


def test_a_rival_whose_whole_sentence_the_article_tells_is_no_slot() -> None:
    source = [
        "Swarm calls received: 214\nSwarms collected: 87\n\n"
        "Last season (2025) we received 162 calls and collected 64 swarms."
    ]
    ok = "Its volunteers collected 87 swarms, compared with 64 swarms from 162 calls in 2025 [1]."
    assert unsupported(ok, source) == []
    # Told apart, last season's sentence is still the slot of its own figure.
    moved = (
        "This year volunteers collected 64 swarms. Last season they collected 87 swarms "
        "from 162 calls [1]."
    )
    assert unsupported(moved, source) == [("number", "87")]


def test_a_kilo_is_a_kg() -> None:
    source = [
        "Prices: strawberries £4.50 per kg, raspberries £7 per kg. Please remember that "
        "dogs are not allowed in the fruit fields.",
        "Raspberries should follow, with plums and blackberries from mid-August.",
    ]
    ok = "Raspberries, at £7 a kilo, should follow, with plums and blackberries from mid-August."
    assert unsupported(ok, source) == []


def test_each_row_of_a_pipe_table_is_its_own_line() -> None:
    source = [
        "Licensing Committee, Tuesday 13 October 2026\n\nLicence | Current fee | Proposed fee\n"
        "Hackney carriage vehicle (1 year) | £212 | £268\n"
        "Private hire vehicle (1 year) | £189 | £231\n"
        "Driver licence (3 years) | £298 | £352\n"
        "Private hire operator (5 years) | £1,450 | £1,625"
    ]
    ok = (
        "The annual licence for a hackney carriage will go up by £56, from £212 to £268, "
        "while a private hire vehicle licence will rise from £189 to £231 [1]. A three-year "
        "driver's licence will cost £352, up from £298, and a five-year operator's licence "
        "will go from £1,450 to £1,625 [1]."
    )
    assert unsupported(ok, source) == []
    moved = ok.replace("from £189 to £231", "from £189 to £298")
    assert unsupported(moved, source) == [("number", "£298")]


def test_a_date_without_its_year_takes_the_year_the_sources_give_that_day() -> None:
    source = [
        "Requirement: the provider must cease treatment with effect from 17 January 2026.\n"
        "Follow-up: the practice resumed treatment on 28 January 2026. The notice was "
        "lifted on 3 March 2026."
    ]
    ok = "The practice stopped treatment. It resumed 11 days later, on January 28 [1]."
    # Told in November, "January 28" is last January's, as the report says, not next.
    assert unsupported(ok, source, story_date=date(2026, 11, 6)) == []
    wrong = ok.replace("11 days later", "12 days later")
    assert unsupported(wrong, source, story_date=date(2026, 11, 6)) == [("number", "12 days")]


def test_days_between_two_dates_of_the_source_sentence_it_tells() -> None:
    source = [
        "The Summer Reading Challenge launches on Saturday 11 July and runs until Saturday "
        "5 September at all 14 of the borough's libraries."
    ]
    ok = "The challenge runs for eight weeks at all 14 of the borough's libraries [1]."
    assert unsupported(ok, source, story_date=date(2026, 7, 1)) == []
    wrong = ok.replace("eight weeks", "ten weeks")
    assert unsupported(wrong, source, story_date=date(2026, 7, 1)) == [("number", "ten weeks")]


def test_months_between_two_dates() -> None:
    source = [
        "Rusholme ran the Aurevo Capital website from March 2022 to October 2024, "
        "promising investors returns of 4% a week."
    ]
    ok = (
        "For two years and seven months, from March 2022 to October 2024, Rusholme ran a "
        "website called Aurevo Capital [1]."
    )
    today = date(2026, 3, 1)
    assert unsupported(ok, source, story_date=today) == []
    wrong = ok.replace("seven months", "nine months")
    assert unsupported(wrong, source, story_date=today) == [("number", "two years and nine months")]
    closed = [
        "The funicular closed on 9 March 2025 after a cable failed. It is expected to "
        "reopen on 22 May 2026."
    ]
    later = "It should reopen on 22 May 2026, more than 14 months after it closed [1]."
    assert unsupported(later, closed, story_date=today) == []
    assert unsupported(later.replace("14 months", "16 months"), closed, story_date=today) == [
        ("number", "16 months")
    ]


def test_years_since_a_year_of_a_sentence_further_behind() -> None:
    # "The market, founded 22 years ago in 2004, runs from 9am to 1pm": its hours'
    # sentence matches best, the founding year's sentence less well but still well.
    case = next(c for c in load_part("final25a") if c.name.startswith("ea12"))
    report = check_facts(case.faithful, case.sources, case.story_date)
    assert "22 years" not in [f.text for f in report.unsupported]
    wrong = case.faithful.replace("founded 22 years ago", "founded 23 years ago")
    assert wrong != case.faithful
    found = check_facts(wrong, case.sources, case.story_date).unsupported
    assert "23 years" in [f.text for f in found]


def test_one_figure_told_twice_from_two_reports() -> None:
    source = [
        "Tree works schedule\n- Elmstead Road: 38 limes to be felled, 45 trees to be planted",
        "The group's spokesperson, Imogen Quarrie, said a survey found only 6 of the road's "
        "38 limes were in poor condition.",
    ]
    ok = (
        "On Elmstead Road, 38 limes are to be felled and 45 trees planted [1]. Imogen "
        "Quarrie said a survey found only 6 of the road's 38 limes were in poor condition [2]."
    )
    assert unsupported(ok, source) == []
    # Both from one report that gives it once: one of the two is another figure.
    once = ok.replace("[2]", "[1]")
    assert ("number", "38") in unsupported(once, [source[0]])


def test_a_sentence_told_again_is_weighed_without_its_quotation() -> None:
    source = [
        "The council will cut 38 of its 96 mobile library stops, including Owlthorpe and "
        "Little Saxby.",
        "Edith Marchbank, 84, who has used the mobile library at Little Saxby for 31 years, "
        'said: "The van is the only time some of us see another face all week, and losing '
        'it would leave the villages lonelier than they have ever been."',
    ]
    ok = (
        "Edith Marchbank, 84, who has used the mobile library at Little Saxby for 31 years, "
        'said: "The van is the only time some of us see another face all week." [2]'
    )
    assert unsupported(ok, source) == []
    moved = ok.replace("Little Saxby", "Owlthorpe")
    assert unsupported(moved, source) == [("name", "Owlthorpe")]


def test_an_age_band_found_needs_no_passage() -> None:
    # "Isla Penrose, 10, won the under-12s category" from a results heading
    # "Under-12s (solo)": a label, with no words of a passage around it.
    for part, name, band in (("final26a", "fa05", "12s"), ("final25a", "ea07", "8")):
        case = next(c for c in load_part(part) if c.name.startswith(name))
        report = check_facts(case.faithful, case.sources, case.story_date)
        assert band not in [f.text for f in report.unsupported]
    wrong = case.faithful.replace("the under-8s", "the under-7s")
    assert wrong != case.faithful
    assert "7s" in [f.text for f in check_facts(wrong, case.sources, case.story_date).unsupported]


def test_a_ratio_told_n_to_one() -> None:
    source = [
        "Representations: 287 objections, 41 letters of support\nProposal: replacing two "
        "existing hard tennis courts.",
        "The council received 112 letters backing the plans and 47 against.",
    ]
    ok = (
        "Objections outnumbered the 41 letters of support by seven to one [1]. Supporters "
        "outnumbered objectors by more than two to one: 112 letters backed the plans and 47 "
        "opposed them [2]."
    )
    assert unsupported(ok, source) == []
    assert unsupported(ok.replace("seven to one", "nine to one"), source) == [("number", "nine")]
    wrong = ok.replace("more than two to one", "more than three to one")
    assert unsupported(wrong, source) == [("number", "three")]


def test_hours_from_a_time_on_one_named_day_to_a_time_on_another() -> None:
    source = [
        "The line between Caldermoor and Hebble Junction was closed from 11pm on Friday 23 "
        "October until 5am on Monday 26 October while around 140 engineers replaced the "
        "footbridge."
    ]
    ok = (
        "The line was shut from 11pm on Friday until 5am on Monday, a 54-hour closure, "
        "while around 140 workers replaced the bridge [1]."
    )
    today = date(2026, 10, 27)
    assert unsupported(ok, source, story_date=today) == []
    wrong = ok.replace("54-hour", "58-hour")
    assert unsupported(wrong, source, story_date=today) == [("number", "58-hour")]


def test_a_place_word_before_a_name_is_no_role() -> None:
    source = [
        "Bramwick River Festival - Raft Race 2026 Official Results\nCourse: River Tarrant, "
        "Abbey Meadows to Town Bridge, 2.4km\nWinners: Bramwick Young Farmers, 24 minutes 18 "
        "seconds\nThank you to the river safety team."
    ]
    ok = (
        "A crew from Bramwick Young Farmers won the River Festival raft race, completing "
        "the 2.4km course from Abbey Meadows to Town Bridge in 24 minutes 18 seconds [1]."
    )
    # "River" is no role held by Tarrant, so "River Festival" is no other holder of it.
    assert unsupported(ok, source) == []


def test_belonging_to_someone_makes_them_its_owner() -> None:
    source = [
        "The winning duck belonged to Harriet Oyelaran, 9, of Fenwick Road, who receives a "
        "£250 voucher. Second place went to duck 0318, owned by Gordon Pike."
    ]
    ok = "Its owner, Harriet Oyelaran, 9, of Fenwick Road, receives a £250 voucher [1]."
    # Not only Gordon Pike, whose duck was "owned by" him, is an owner.
    assert unsupported(ok, source) == []


def test_yards_are_a_length_of_their_own() -> None:
    source = ["The ducks floated 650 metres from Millbrook footbridge to the weir."]
    ok = "The ducks floated 650 metres from the footbridge to the weir [1]."
    assert unsupported(ok, source) == []
    wrong = ok.replace("650 metres", "650 yards")
    assert unsupported(wrong, source) == [("number", "650 yards")]


def test_a_misspelt_first_word_of_a_place_opening_a_sentence() -> None:
    source = [
        "Haddon Hill Farm has had its best strawberry season, with 14,600 visitors. "
        "Farm manager Ellie Stroud said the fields closed on Sunday."
    ]
    ok = "Haddon Hill Farm has had its best strawberry season, with 14,600 visitors [1]."
    assert unsupported(ok, source) == []
    # "Farm" ends a name of the sources, as a surname ends a person's, but "Hadden" is
    # no ordinary word that merely opens the sentence.
    wrong = ok.replace("Haddon", "Hadden")
    assert unsupported(wrong, source) == [("name", "Hadden Hill Farm")]
    # A word before a full name the sources give is still only the sentence's opening.
    person = ["Niamh Carrow, 17, won the girls' title at Hebble Squash Club."]
    teen = "Teenager Niamh Carrow, 17, won the girls' title at Hebble Squash Club [1]."
    assert unsupported(teen, person) == []


def test_a_rival_told_through_a_worked_out_difference() -> None:
    source = [
        "The Snow Queen has sold 2,318 tickets ahead of the opening night, the best in "
        "the school's history.\n\nComparison - Coppelia, December 2024 (4 performances)\n"
        "Tickets sold: 1,702 of 1,944"
    ]
    ok = (
        "The box office had sold 2,318 tickets, 616 more than last year's "
        "Coppelia managed over four performances [1]."
    )
    # The 1,702 "tickets sold" is told through the 616: no slot the 2,318 was moved into.
    assert unsupported(ok, source) == []
    # Only when the difference runs the way its words say: 2,318 is not 616 fewer.
    wrong = ok.replace("more", "fewer")
    assert ("number", "2,318") in unsupported(wrong, source)


def test_a_role_given_to_another_whose_source_names_its_body() -> None:
    source = [
        "Karen Penwarden, the council's leisure services manager, said the lido would "
        "open late. Lifeguard Tamsin Roe, 19, is coming back for her fourth season."
    ]
    ok = "Leisure services manager Karen Penwarden said the lido would open late [1]."
    assert unsupported(ok, source) == []
    # The sources' manager (of the council) is Karen Penwarden, not Tamsin Roe.
    wrong = ok.replace("Karen Penwarden", "Tamsin Roe")
    assert unsupported(wrong, source) == [("name", "manager Tamsin Roe")]


def test_a_person_and_where_they_are_from_trade_no_figures() -> None:
    source = [
        "Final placings\n1. Priya Sandhu, 10 - Millbrook Primary\n"
        "2. Oliver Knaggs, 11 - St Aldhelm's Primary\n"
        "3. Maisie Otway, 10 - Crabtree Lane Primary (out in round 17)\n"
        "4. Kofi Asante, 11 - Millbrook Primary (out in round 15)"
    ]
    ok = (
        "Maisie Otway, 10, of Crabtree Lane Primary was third, going out in round 17. "
        "Kofi Asante, 11, of Millbrook Primary was fourth [1]."
    )
    # Her school is no second name whose figure ("third", the line's "3.") she took.
    assert unsupported(ok, source) == []


def test_column_headers_of_tables_set_with_bars_or_spaces() -> None:
    from pelican_aibot.grounding.tables import column_headers

    bars = "| Performance | Sold | Available |\n|---|---|---|\n| Total | 2,318 | 112 |\n"
    cells = {bars[a:b].strip(): h for a, b, h, *_ in column_headers(bars)}
    assert cells == {"Total": "Performance", "2,318": "Sold", "112": "Available"}
    # What a cell is about: its own words and the row's label, never its figures.
    about = {bars[a:b].strip(): w for a, b, _, w, *_ in column_headers(bars)}
    assert about == {"Total": "Total", "2,318": "Total", "112": "Total"}
    spaced = (
        "Year   Verge managed   Parishes taking part\n"
        "2023   48 km           11\n"
        "2024   96 km           19\n"
    )
    cells = {spaced[a:b]: h for a, b, h, *_ in column_headers(spaced)}
    assert cells["19"] == "Parishes taking part" and cells["96 km"] == "Verge managed"
    # No header line (a figure in the first line): no columns to name.
    assert column_headers("2023   48 km   11\n2024   96 km   19\n") == []


def test_minutes_give_roles_in_brackets_and_who_seconded_a_motion() -> None:
    minutes = [
        "Present: Cllr Margaret Sowerby (chair), Cllr Peter Dunmore (vice-chair).\n"
        "In attendance: Colin Fairweather (treasurer, Harrowby Cricket Club).\n\n"
        "Cllr Kettle moved that the lane be removed. Seconded Cllr Prosser. Carried 5-4.\n\n"
        "Mr Fairweather reported that the appeal stood at £9,870."
    ]
    ok = "The appeal stood at £9,870, according to treasurer Colin Fairweather [1]."
    assert unsupported(ok, minutes) == []
    moved = ok.replace("Colin Fairweather", "Peter Dunmore")
    assert ("name", "treasurer Peter Dunmore") in unsupported(moved, minutes)
    motion = "Cllr Kettle proposed removal, seconded by Cllr Prosser [1]."
    assert unsupported(motion, minutes) == []
    wrong = motion.replace("Cllr Prosser", "Cllr Dunmore")
    assert ("name", "Cllr Dunmore") in unsupported(wrong, minutes)


def test_a_role_of_a_few_words_in_brackets() -> None:
    minutes = [
        "Present: Rev Geoffrey Pell (chair), Dr Amanda Kershaw (principal), Samuel Oduya "
        "(parent governor), Lorraine Beck.\n\nMr Oduya said the survey left the governors "
        "no room to argue."
    ]
    ok = "Parent governor Samuel Oduya was at the meeting [1]."
    assert unsupported(ok, minutes) == []
    moved = ok.replace("Samuel Oduya", "Geoffrey Pell")
    assert ("name", "governor Geoffrey Pell") in unsupported(moved, minutes)
    case = _eval_case("final33b", "mb08")
    wrong = _planted(case, "officer, Nigel Trewin").text
    assert any("Nigel Trewin" in flag for flag in _flagged(case, wrong))


def test_a_head_of_department_is_a_role() -> None:
    source = [
        "Karen Lightfoot, head of planning at North Wendle District Council, confirmed "
        "the notice had been served. Tom Yelland, the parish clerk, said the council "
        "had applied for the listing."
    ]
    ok = "Head of planning Karen Lightfoot confirmed the notice had been served [1]."
    assert unsupported(ok, source) == []
    moved = ok.replace("Karen Lightfoot", "Tom Yelland")
    assert ("name", "Head of planning Tom Yelland") in unsupported(moved, source)
    # In brackets too: "Helen Strudwick (Head of Countryside Services)".
    officers = ["Officers: Helen Strudwick (Head of Countryside Services), Amy Cole (clerk)."]
    ok = "Helen Strudwick, the council's head of countryside, presented it [1]."
    assert unsupported(ok, officers) == []
    moved = ok.replace("Helen Strudwick", "Amy Cole")
    assert any("Amy Cole" in text for _, text in unsupported(moved, officers))
    # "ahead of" is no head's role.
    race = ["Amy Cole finished ahead of Karen Lightfoot. Lightfoot is head of planning."]
    assert unsupported("Amy Cole finished ahead of Karen Lightfoot [1].", race) == []
    case = _eval_case("final27b", "gb02")
    wrong = _planted(case, "highways Helen Craddock").text
    assert "head of highways Helen Craddock" in _flagged(case, wrong)


def test_a_difference_is_worked_out_around_the_distinctive_figure_stated_beside_it() -> None:
    # "7,542 people travelled over the three days ..., 1,632 more than last year": the
    # 5,910 of last year is beside the 7,542, not beside any of the sources' many 3s.
    case = _eval_case("final33b", "mb12")
    assert "1,632" not in _flagged(case)
    assert _planted_caught(case, "show 7,452 people")


def test_the_figures_a_share_was_worked_out_from_are_right() -> None:
    # "More than a quarter of the academy's 1,140 pupils" is 312 of 1,140: the whole
    # the working needs is the one the article states, whatever else the 312 fits.
    assert "1,140" not in _flagged(_eval_case("final33b", "mb09"))
    assert "£31,200" not in _flagged(_eval_case("final33a", "ma08"))
    # Not a figure with another of its sort between it and the share: "a £20,000 grant
    # ..., £25,000 from the parish council - just under 30 per cent" is still wrong.
    assert _planted_caught(_eval_case("final24a", "da08"), "a £20,000 grant from")


def test_a_line_of_minutes_recording_a_vote_is_about_the_motion_before_it() -> None:
    minutes = [
        "Minutes of the parish council meeting.\n\n"
        "2. Grant to the cricket club. Cllr Dunmore proposed a grant of £5,000 from the\n"
        "parish's reserves towards the club's uninsured losses. Seconded Cllr Okafor.\n"
        "Carried 4-1 (Cllr Hale against).\n\n"
        "3. Allotments. The clerk reported that rents were unchanged."
    ]
    ok = "Last night the parish council voted 4-1 to give the cricket club £5,000 [1]."
    assert unsupported(ok, minutes) == []
    assert ("number", "3-2") in unsupported(ok.replace("4-1", "3-2"), minutes)
    assert "4-1" not in _flagged(_eval_case("final33b", "mb07"))


def test_british_twenty_four_hour_times_are_times_of_day() -> None:
    notes = ["Saturday's 14.45 departure was cancelled after the engine failed."]
    ok = "The 2.45pm departure was cancelled on Saturday after the engine failed [1]."
    assert unsupported(ok, notes) == []
    assert ("number", "3.45pm") in unsupported(ok.replace("2.45pm", "3.45pm"), notes)
    # A decimal that is no time stays a decimal: 14.45 tonnes is not 2.45pm.
    tonnes = ["The barge carried 14.45 tonnes of coal."]
    assert unsupported("The barge carried 14.45 tonnes of coal [1].", tonnes) == []
    # A race card's "Time" column, and the article's "at 14.10".
    assert {"14.10", "16.00"}.isdisjoint(_flagged(_eval_case("final31a", "ka04")))
    assert "2.45pm" not in _flagged(_eval_case("final33b", "mb12"))


def test_the_age_of_a_thing_is_the_story_year_less_the_year_it_was_made() -> None:
    source = [
        "The Ascension window was made in 1893 by the studio of Whitcombe & Lowe. "
        "Repairs will cost £23,400, the vicar said."
    ]
    story = "Replacing the {} window is expected to cost £23,400 [1]."
    day = date(2026, 3, 2)
    assert unsupported(story.format("133-year-old"), source, story_date=day) == []
    assert unsupported(story.format("131-year-old"), source, story_date=day)
    # Only from the year a thing was made: not from a year something else happened.
    sold = ["The Ascension window was sold in 1893. Repairs will cost £23,400."]
    assert unsupported(story.format("133-year-old"), sold, story_date=day)
    # Headlines and tables: "a 73-year-old record" set in 1953, a club "(est. 1903)".
    assert "73-year-old" not in _flagged(_eval_case("final33a", "ma08"))
    assert "123-year-old" not in _flagged(_eval_case("final27b", "gb12"))


def test_a_league_table_row_is_about_its_team_and_spelt_out_columns() -> None:
    from pelican_aibot.grounding.tables import column_headers

    table = (
        "Pos | Team              | P  | W  | L  | Pts\n"
        "1   | Golden Fleece     | 14 | 11 | 3  | 33\n"
        "2   | Ropemakers Arms A | 14 | 10 | 4  | 30\n"
    )
    cells = {table[a:b].strip(): (h, w) for a, b, h, w, *_ in column_headers(table)}
    # The row's label is its first cell of words, not its position; "Pts" is points.
    assert cells["33"] == ("points", "Golden Fleece")
    assert cells["11"] == ("won wins", "Golden Fleece")
    assert cells["4"] == ("lost defeats", "Ropemakers Arms A")
    # A race's results set in columns: the winner's time is about the winning crew.
    assert _planted_caught(_eval_case("final19b", "t05"), "1:02.36")


def test_a_figure_in_a_row_of_figures_is_about_its_column() -> None:
    source = [
        "Progress of the scheme\n\n"
        "Year   Verge managed for wildlife   Parishes taking part   Mowing cost saving\n"
        "2023   48 km                        11                     £14,200\n"
        "2024   96 km                        19                     £26,500\n"
        "2025   142 km                       31                     £38,000\n\n"
        "The scheme now covers 142km of roadside, with 31 parishes taking part."
    ]
    ok = "The number of parishes taking part has risen from 19 to 31 [1]."
    assert unsupported(ok, source) == []


def test_roles_read_past_an_age_a_body_and_a_sentence_opening() -> None:
    club = [
        "Sheila Marwood, 67, chairman of Coldharbour, said the vote was close. "
        "Hatherley Park chairman Roger Penhallow said the clubs had been competing."
    ]
    ok = "Coldharbour chairman Sheila Marwood said the vote was close [1]."
    # Her role is read past her age, and "Coldharbour chairman" is Coldharbour's.
    assert unsupported(ok, club) == []
    assert unsupported(ok.replace("Coldharbour chairman", "Hatherley Park chairman"), club)
    festival = [
        "The soloist, Sorcha Dunleavy, will perform with the orchestra. Breton harpist "
        "Maelle Corrigan gives a recital on Friday.\n\nHarpist Sorcha Dunleavy has spent the "
        "winter learning the concerto. Dunleavy grew up in Carrowford."
    ]
    ok = "Sorcha Dunleavy, a harpist who grew up in Carrowford, will perform [1]."
    # "Harpist" opening the sentence is her role, not a word of her name.
    assert unsupported(ok, festival) == []
    bee = [
        "The pupils were thanked by head teacher Daniel Orme. Pronouncer Margaret Fenwick, "
        "74, a retired head teacher who has read the words at every final, praised them."
    ]
    ok = "Pronouncer Margaret Fenwick, 74, a retired head teacher, has read the words [1]."
    # A role before "who" ends the apposition: the sources make her a teacher too.
    assert unsupported(ok, bee) == []


def test_an_owner_is_no_office_held_by_one() -> None:
    source = [
        "Best dressed boat: Marigold Lass (Liz and Ken Orchard, Wexley). The oldest boat, "
        "Kestrel, owned by Bernard Loach, was built in 1912."
    ]
    ok = "Marigold Lass, owned by Liz and Ken Orchard of Wexley, was named best dressed boat [1]."
    # Bernard Loach owns another boat: owning is no role only one person holds.
    assert unsupported(ok, source) == []


def test_minutes_and_seconds_written_short_in_a_table_row_and_whose_they_are() -> None:
    source = [
        "| Place | Shearer | Club | Time | Points |\n"
        "| 1 | Gareth Prothero | Tywi Vale Shearers | 16m 42s | 71.35 |\n"
        "| 2 | Callum Redfern | Edenthwaite YFC | 17m 05s | 73.10 |\n"
        "| 3 | Ieuan Baines | Tywi Vale Shearers | 17m 38s | 74.85 |\n"
    ]
    ok = "Ieuan Baines, also of Tywi Vale Shearers, was third in 17 minutes 38 seconds [1]."
    # "17m 38s" is a time, not 17 million (or metres) and 38 seconds.
    assert unsupported(ok, source) == []
    # The row's time is its shearer's, whatever names stand between them.
    wrong = ok.replace("17 minutes 38 seconds", "17 minutes 5 seconds")
    assert unsupported(wrong, source) == [("number", "17 minutes 5 seconds")]


def test_the_margin_of_a_score_told_in_its_sentence() -> None:
    source = [
        "Tollbridge Tigers beat Harcourt Nomads 29-19 in the Cup final on Saturday in "
        "front of a record crowd."
    ]
    ok = "Tollbridge Tigers beat Harcourt Nomads 29-19 in the Cup final, a ten-point win [1]."
    # The ten is the score's margin, worked out in the sentence that gives the score.
    assert unsupported(ok, source) == []
    wrong = ok.replace("ten-point", "twelve-point")
    assert unsupported(wrong, source) == [("number", "twelve")]


def test_almost_or_nearly_a_share_is_close_to_it() -> None:
    source = [
        "The run raised £7,830 towards a new sensory garden, which is expected to cost "
        "£12,000. Of 40 call bell responses checked, nine took longer than ten minutes."
    ]
    ok = (
        "The run raised £7,830 towards a £12,000 sensory garden, almost two-thirds of the "
        "cost. Of 40 call bell responses, nine, or nearly a quarter, took over ten minutes [1]."
    )
    assert unsupported(ok, source) == []
    # 65% is "almost two-thirds", never "almost three-quarters".
    wrong = ok.replace("almost two-thirds", "almost three-quarters")
    assert unsupported(wrong, source) == [("number", "three-quarters")]


def test_a_hedged_share_of_a_rise_is_the_rise() -> None:
    source = [
        "Complaints about dog fouling rose sharply last year, from 742 in 2024 to 1,126 in "
        "2025. The council issued 23 fines, and 19 of them were paid."
    ]
    ok = "Complaints about dog fouling rose by more than half last year, from 742 to 1,126 [1]."
    assert unsupported(ok, source) == []
    # A rise of 52% is no "more than three-quarters", whatever 19 of 23 makes.
    wrong = ok.replace("more than half", "more than three-quarters")
    assert unsupported(wrong, source) == [("number", "three-quarters")]


def test_a_hedged_share_in_words_is_a_percentage_of_the_sources() -> None:
    source = [
        "The Bridge Street Traders' Association says footfall on the street fell by 38 per "
        "cent while the works were going on. It wants £4,000 for each business, and the "
        "water company has offered £1,500."
    ]
    ok = "Traders say footfall fell by more than a third while the street was dug up [1]."
    assert unsupported(ok, source) == []
    wrong = ok.replace("more than a third", "more than two-fifths")
    assert unsupported(wrong, source) == [("number", "two-fifths")]


def test_a_figure_in_a_table_row_is_about_its_row_label_and_cell() -> None:
    source = [
        "Class results\n\n"
        "| Class | Winner | Tree |\n"
        "| Best conifer | Patricia Hellier | Scots pine, 68cm tall |\n"
        "| Best shohin (under 20cm) | Amrit Sandhu | Cotoneaster, 16cm tall |\n"
        "| Best novice | Ellie Burgoyne | Chinese elm, 3 years in training |\n"
    ]
    ok = "Amrit Sandhu won the shohin class with a 16cm cotoneaster [1]."
    # The class's 20cm limit is in the row too; the cell and its label tell them apart.
    assert unsupported(ok, source) == []
    wrong = ok.replace("16cm", "68cm")  # the Scots pine's height
    assert unsupported(wrong, source) == [("number", "68cm")]


def test_what_is_left_after_parts_in_an_article_full_of_figures() -> None:
    case = _eval_case("final29a", "ia08")
    # "has £9,500 in pledges, leaving £26,500 to find": every figure of the article is
    # stated, so many places of the sources are its passage; the sentence's own £36,000
    # and £9,500 come first.
    assert "£26,500" not in _flagged(case)
    assert "£27,500" in _flagged(case, case.faithful.replace("£26,500", "£27,500"))


def test_years_between_two_old_years_of_one_source_sentence() -> None:
    source = [
        "Archaeologists have found the walls of the town's Whitefriars friary, which was "
        "founded in 1267 and closed in 1538."
    ]
    ok = "The walls belong to the friary, founded in 1267 and closed 271 years later, in 1538 [1]."
    assert unsupported(ok, source, story_date=date(2026, 4, 16)) == []
    wrong = ok.replace("271 years", "217 years")
    assert unsupported(wrong, source, story_date=date(2026, 4, 16)) == [("number", "217 years")]


def test_a_difference_from_the_row_of_the_person_the_sentence_names() -> None:
    case = _eval_case("final29b", "ib08")
    # "Sir Nibbles won the final in 14.2 seconds, 1.6 seconds slower than in his heat":
    # his heat time is in his row of the results, far from any sentence like this one.
    assert "1.6 seconds" not in _flagged(case)
    assert "2.1 seconds" in _flagged(case, case.faithful.replace("1.6 seconds", "2.1 seconds"))


def test_more_than_half_without_of_is_a_share() -> None:
    source = [
        "Swifts used 14 of the 40 boxes at the Mill Street flats. The grant from Greenway "
        "Homes covered £2,800 of the £5,000 cost."
    ]
    ok = (
        "Swifts used 14 of the 40 boxes at the Mill Street flats, more than a third [1]. "
        "The grant covered more than half the cost [1]."
    )
    assert unsupported(ok, source) == []
    wrong = ok.replace("more than a third", "more than half")
    assert unsupported(wrong, source) == [("number", "half")]
    # "half a percentage point", "half as many", "half last year's crop": no share.
    for text in ("The rate rose by half a point.", "Fewer than half as many came."):
        assert unsupported(text, source) == []


def test_so_many_times_as_many_is_a_ratio_not_a_count() -> None:
    source = [
        "Six volunteers from the bird club found 12 little egret nests in the heronry, "
        "against two nests in 2023, when egrets first nested there."
    ]
    ok = "The volunteers found 12 little egret nests, six times as many as in 2023 [1]."
    # The six volunteers are no ratio: six times two nests is twelve.
    assert unsupported(ok, source) == []
    wrong = ok.replace("12 little egret nests, six", "12 little egret nests, five")
    assert unsupported(wrong, source) == [("number", "five")]
    # Found as a count only, a ratio is no more than that count.
    source = ["The choir won the contest for the third year running and took £500."]
    assert unsupported("The choir took £500, three times the prize [1].", source) == [
        ("number", "three")
    ]


def test_a_headline_figure_explains_nothing_the_story_does_not_tell() -> None:
    case = _eval_case("final29a", "ia07")
    # "Skatepark draws 1,800 in opening weekend" over a story that says "drew an estimated
    # 1,100 visitors": the headline's 1,800 takes the sources' 1,800 only when the story
    # tells it too, and here it is the 1,100's rival.
    assert _planted_caught(case, "1,100 visitors")
    assert "1,800" not in _flagged(case)


def test_a_headline_figure_is_not_stated_beside_the_story() -> None:
    case = _eval_case("final29a", "ia12")
    # "4,600 journeys as vintage buses take to Grantley's roads" over "carried about 3,900
    # passenger journeys": the headline's 4,600 tells the sources' 4,600 only when the
    # story tells it too.
    assert _planted_caught(case, "about 3,900")


def test_a_headline_rounds_its_figures() -> None:
    source = ["Kelsbury Hospice's Market Street shop took £312,480 in the year to March."]
    ok = (
        "Hospice shop has record £312,000 year\n\n"
        "The hospice's Market Street shop took £312,480 in the year to March [1]."
    )
    assert unsupported(ok, source) == []
    # To the headline's own precision only: £312,480 is no £313,000, nor £311,000.
    for wrong in ("£313,000", "£311,000"):
        assert unsupported(ok.replace("£312,000", wrong), source) == [("number", wrong)]
    # In the story itself, a figure is the sources' figure.
    assert unsupported("The shop took £312,000 in the year to March [1].", source) == [
        ("number", "£312,000")
    ]


def test_dots_leading_to_a_figure_end_no_sentence() -> None:
    source = [
        "Visitor figures for the centenary weekend:\n\n"
        "Saturday 18 July .... 3,420\n"
        "Sunday 19 July ...... 2,730\n"
        "Total ............... 6,150\n\n"
        "This beats the museum's previous best weekend, 4,880 visitors in August 2019."
    ]
    from pelican_aibot.grounding.sources import _Doc

    doc = _Doc(source[0], source=True)
    lines = [source[0][s.start : s.end] for s in doc.sentences]
    assert "Total ............... 6,150" in lines
    ok = "The weekend's total of 6,150 visitors beat the record of 4,880 [1]."
    assert unsupported(ok, source) == []
    wrong = ok.replace("6,150", "2,730")
    assert unsupported(wrong, source) == [("number", "2,730")]


def test_a_rounded_figure_of_the_lead_told_precisely_below() -> None:
    case = _eval_case("final30b", "jb12")
    # "The Orchard Vale Cider Festival took almost £150,000 last weekend", and further down
    # "Gross takings ... were £148,600": the lead's figure is that one, rounded.
    assert "£150,000" not in _flagged(case)
    # Only to its own last digit, on the hedge's side.
    lead = "took almost £150,000 last weekend"
    assert lead in case.faithful
    wrong = case.faithful.replace(lead, "took more than £150,000 last weekend")
    assert "£150,000" in _flagged(case, wrong)


def test_the_year_of_a_figure_is_the_line_giving_that_figure() -> None:
    # 1976 is in the sources, but as a blacksmith's first year at the forge: the line
    # "Working forges in the county: 11 (38 in 1990)" dates the 38.
    told = "fallen from 38 in 1990 to just 11"
    wrong = "fallen from 38 in 1976 to just 11"
    _told_and_changed(_eval_case("final33a", "ma12"), told, wrong, "1990", "1976")
    # "Pre-tax profit: £612,000 (2024: £188,000)": a year in brackets is the other
    # figure's, so "£612,000 in 2025 from £188,000" is no 2024 changed.
    _told_unflagged("final20a", "u11", "£612,000 in 2025 from £188,000", "2025")


def test_a_decision_is_dated_by_the_meeting_that_took_it() -> None:
    # 21 March is in the sources (the day the trail was tested), but the minutes
    # recording the 5-2 vote are of the meeting held on Monday 16 March.
    told, wrong = "voted 5 to 2 on 16 March", "voted 5 to 2 on 21 March"
    _told_and_changed(_eval_case("final34a", "na04"), told, wrong, "16 March", "21 March")
    # So is a grant agreed at a committee, not on the day a press release gave it out.
    told, wrong = "venue hire on 15 September", "venue hire on 12 October"
    _told_and_changed(_eval_case("final34b", "nb06"), told, wrong, "15 September", "12 October")


def test_a_decision_opening_its_sentence_is_dated_by_its_meeting() -> None:
    told = "On 12 March the county council's cabinet"
    wrong = told.replace("12 March", "24 March")
    _told_and_changed(_eval_case("final34a", "na03"), told, wrong, "12 March", "24 March")
    # 24 September is in the cabinet's own minutes, as the night of the count it heard
    # about, not as the day of anything it decided.
    told = "On October 27 the council's cabinet"
    wrong = told.replace("October 27", "September 24")
    shelter = _eval_case("final34b", "nb11")
    _told_and_changed(shelter, told, wrong, "October 27", "September 24")
    # A date further on is another event's: "from Monday, November 2, after the
    # district council's cabinet approved a review".
    _told_unflagged("final20a", "u04", "from Monday, November 2, after", "November 2")


def test_a_difference_from_a_year_is_worked_out_from_that_years_figure() -> None:
    # Six is 11 less the "5k" of the run's name; the 2021 figure is 19.
    told, wrong = "eight fewer than in 2021", "six fewer than in 2021"
    _told_and_changed(_eval_case("final34a", "na09"), told, wrong, "eight", "six")
    # The year's figure may be told as "last year", under a heading giving the years,
    # or in a table column headed by the year.
    for part, prefix, figure in (
        ("final6b", "s10", "6,700"),
        ("final16a", "m07", "£64m"),
        ("final30a", "ja08", "15,150"),
    ):
        other = _eval_case(part, prefix)
        assert f"{figure} more than in 20" in other.faithful
        assert figure not in _flagged(other)


def test_a_board_role_before_a_name() -> None:
    case = _eval_case("final34a", "na03")
    told = "Chair of trustees Alastair McCrindle"
    assert told in case.faithful and not any("McCrindle" in x for x in _flagged(case))
    # Cllr Pomfret chaired the council's cabinet meeting; the trustees' chair is another.
    wrong = case.faithful.replace(told, "Chair of trustees Gareth Pomfret")
    assert any("Gareth Pomfret" in x for x in _flagged(case, wrong))
    # A school's name after "headteacher of" is no board: "St Aldric's CE Primary".
    school = _eval_case("final21b", "ab06")
    assert "headteacher of St Aldric's CE Primary" in school.faithful
    assert not any("Primary" in x for x in _flagged(school))


def test_a_figure_dated_by_a_year_is_that_years_figure() -> None:
    case = _eval_case("final34a", "na03")
    told = "had 38,500 visitors in 2023"
    # The line dating 38,500 with 2023 is its passage, however the words of another
    # line fit ("aims for 55,000 a year").
    assert told in case.faithful and "38,500" not in _flagged(case)
    # 45,000 is the visitors the museum must draw a year; a key-facts line gives 2023's:
    # "Visitors in last full year before closure (2023): 38,500".
    wrong = case.faithful.replace(told, "had 45,000 visitors in 2023")
    assert "45,000" in _flagged(case, wrong)
    # "compared with 31 in 2024" from "compared with 31 the year before".
    coast = _eval_case("final6b", "s05")
    assert "compared with 31 in 2024" in coast.faithful
    assert "31" not in _flagged(coast)


def test_a_multiple_in_words_is_worked_out_from_its_passage() -> None:
    # "Its deficit more than doubled in 2025-26, to £870,000": from £410,000.
    for part, prefix in (("final34b", "nb07"), ("final34a", "na08"), ("final34b", "nb11")):
        case = _eval_case(part, prefix)
        assert "more than doubled" in case.faithful
        assert "doubled" not in _flagged(case)
    # "Season ticket sales doubled to 1,240" is no "trebled" from 3,106 / 1,240 = 2.5.
    lido = _eval_case("final30b", "jb08")
    wrong = lido.faithful.replace("Season ticket sales doubled", "Season ticket sales trebled")
    assert "trebled" in _flagged(lido, wrong)


def test_the_end_of_a_period_is_no_slot_of_its_start() -> None:
    case = _eval_case("final34b", "nb07")
    # "a public consultation that opens on 5 October and closes on 13 November 2026":
    # the article's "until November 13" is the closing date, whatever the words of the
    # opening one share with it.
    assert "consultation until November 13" in case.faithful
    assert "November 13" not in _flagged(case)
    wrong = case.faithful.replace("until November 13", "until November 12")
    assert "November 12" in _flagged(case, wrong)


def test_a_difference_from_its_own_sentences_figure_is_worked_out() -> None:
    # "nine species on the reserve last year, two more than in 2024": 9 - 7, from
    # "Species recorded: 9 (up from 7 in 2024)", although a stray "two" of another
    # passage is the only equal figure.
    bats = _eval_case("final29a", "ia11")
    told = "last year, two more than in 2024"
    at = bats.faithful.index(told) + len("last year, ")
    assert at not in _flag_starts(bats.faithful, bats.sources, bats.story_date)
    assert "three" in _flagged(
        bats, bats.faithful.replace(told, "last year, three more than in 2024")
    )
    # A hedge is no difference: "more than 20 for every place" is no 8% of 265.
    applications = _eval_case("final14b", "j07")
    assert _planted_caught(applications, "more than 20 for every place")


def test_a_difference_from_last_year_is_worked_out_from_last_years_figure() -> None:
    # "22 beds on Monday, six more than last year" (up from 16 last year); the hostel's
    # 34 permanent beds are no figure of last year, so "12 more" is no 34 - 22.
    shelter = _eval_case("final34b", "nb11")
    told = "22 beds on Monday, six more than last year"
    assert told in shelter.faithful and "six" not in _flagged(shelter)
    # (The hostel's "extra 12 emergency beds" are too far off to be its figure.)
    assert _planted_caught(shelter, "12 more than last year")
    # Last winter's figure may be under a heading of its own: "Last winter at a glance
    # (2025-26)" above "Registered volunteers: 41", for "63 volunteers, 22 more".
    _told_unflagged("final30b", "jb07", "63 volunteers, 22 more than last winter", "22")
    # ... or in the line itself, of the winter two years back: "27 (2024-25: 21)".
    _told_unflagged("final24b", "db09", "27 spaces this year, six more than last winter", "six")


def test_a_difference_may_take_a_figure_two_sentences_off() -> None:
    # The minutes: "an application ... for £12,000", "The council awarded the festival
    # £5,000 in 2025.", then "The Chair proposed an award of £7,500."
    jazz = _eval_case("final35a", "oa08")
    told = "£4,500 less than the festival had asked for"
    wrong = told.replace("£4,500", "£5,500")
    _told_and_changed(jazz, told, wrong, "£4,500", "£5,500")


def test_councillor_before_a_name_is_a_title() -> None:
    # "Councillor Peter Hanlon" is the minutes' "Cllr Peter Hanlon (Chair)", whoever
    # else the sources call "Councillor".
    _told_unflagged("final35b", "ob11", "Councillor Peter Hanlon", "Councillor Peter Hanlon")


def test_who_voted_against_is_who_the_minutes_say() -> None:
    # "Resolved: approved by 4 votes to 1 (Cllr Fennick against)."
    yard = _eval_case("final33b", "mb01")
    assert "Councillor Robert Fennick, who voted against" in yard.faithful
    assert not any("Fennick" in x for x in _flagged(yard))
    wrong = yard.faithful.replace("Robert Fennick, who voted", "David Haskins, who voted")
    assert any("Haskins" in x for x in _flagged(yard, wrong))


def test_a_thing_done_on_a_day_still_to_come_is_flagged() -> None:
    # A story of 23 February: "Next meeting: Tuesday 10 March 2026" in the minutes.
    told = "told the parish council on Tuesday 10 February"
    wrong = told.replace("February", "March")
    _told_and_changed(
        _eval_case("final35b", "ob06"), told, wrong, "Tuesday 10 February", "10 March"
    )
    # Another clause's verb says nothing of the day: "The race, first held in 2016,
    # returns on June 5, 2027".
    _told_unflagged(
        "final22a", "ba05", "first held in 2016, returns on June 5, 2027", "June 5, 2027"
    )


def test_a_bodys_words_are_found_in_their_order() -> None:
    # "A survey of 214 users by the Fennick Vale Bus Users' Group": the "users" of the
    # name, not the one three words before it.
    told = "the Fennick Vale Bus Users' Group"
    _told_unflagged("final35a", "oa12", told, "Fennick Vale Bus Users' Group")


def test_a_weekday_told_alone_is_of_the_storys_week() -> None:
    # A story of Thursday 14 May: the press release is of Monday 11 May; the minutes'
    # "meeting held on Tuesday 28 April" is no support for "announced on Tuesday".
    told = "organisers announced on Monday"
    wrong = told.replace("Monday", "Tuesday")
    _told_and_changed(_eval_case("final35a", "oa08"), told, wrong, "Monday", "Tuesday")
    # "on the Saturday afternoon" of a festival, "on Tuesday last week": not this week's.
    _told_unflagged("final18a", "q03", "follows on the Saturday afternoon", "Saturday")
    _told_unflagged("final27b", "gb12", "meeting on Tuesday last week", "Tuesday")


def test_an_age_epithet_is_the_age_of_someone_just_named() -> None:
    sources = [
        "Rohan Varghese, 24, made 112 from 118 balls. Oakhaven, led by 33-year-old "
        "captain Will Ebbsworth, were all out for 263.",
        "Harold Quince, 74, chairs the Kenningbury Access Forum, which has collected "
        "340 photographs.",
    ]
    told = "Rohan Varghese made 112 [1]. It was the 24-year-old's second century [1]."
    assert unsupported(told, sources) == []
    assert unsupported(told.replace("24-year", "33-year"), sources) == [("number", "33-year-old's")]
    # "the 74-year-old's forum" is an age, not 74 years.
    forum = "Harold Quince chairs the forum [2]. The 74-year-old's forum has 340 photographs [2]."
    assert unsupported(forum, sources) == []
    # Someone it may be has no age in the sources: no judgement ("The 24-year-old" of a
    # winner whose age the sources give only as an epithet).
    final = [
        "Tomas Ferreira-Lund beat Idris Makonde in the final. The 24-year-old saved two "
        "game balls. Makonde, 29, had won twice."
    ]
    won = "Tomas Ferreira-Lund beat Idris Makonde [1]. The 24-year-old saved two game balls [1]."
    assert unsupported(won, final) == []


def test_short_months_and_a_two_column_table_of_periods() -> None:
    # "Period / Trips" set in two columns of spaces, with short months: "Jul - Sep 2025"
    # is July to September, its 61,900 the summer's trips.
    told = "with 61,900 trips between July and September"
    case = _eval_case("final36b", "pb11")
    assert told in case.faithful
    assert {"61,900", "July", "September"}.isdisjoint(_flagged(case))
    from pelican_aibot.grounding.sources import _Doc

    doc = _Doc("14 Apr - 30 Jun 2025     38,200", source=True)
    assert [m.value for m in doc.values if m.family == "date"] == [(4, 14, None), (6, 30, 2025)]


def test_years_since_a_thing_was_made_are_worked_out_wherever_the_year_is() -> None:
    # "more than 150 years after it opened", the branch having opened in 1872 (the last
    # line of the bank's notice): 2026 - 1872, within the hedge.
    case = _eval_case("final36a", "pa09")
    told = "more than 150 years after it opened"
    assert told in case.faithful and "150 years" not in _flagged(case)
    wrong = case.faithful.replace(told, "more than 170 years after it opened")
    assert "170 years" in _flagged(case, wrong)


def test_the_time_to_a_day_still_to_come_is_counted_from_the_story_date() -> None:
    source = ["Castlegate Bank will close its Kettlewick branch on Friday 25 September 2026."]
    day = date(2026, 8, 5)
    told = (
        "The town's last bank will shut in just over seven weeks [1]. Castlegate Bank will "
        "close its branch on Friday, September 25 [1]."
    )
    report = check_facts(told, source, day)
    assert report.unsupported == ()
    assert ("seven weeks", "September 25 - August 5") in {
        (f.text, how) for f, how in report.worked_out
    }
    assert unsupported(told.replace("seven weeks", "nine weeks"), source, story_date=day) == [
        ("number", "nine weeks")
    ]


def test_halved_is_worked_out_as_a_ratio_of_one_to_two() -> None:
    source = ["Sheep Street has four serving positions; Fenwick Road will have two."]
    told = "Serving positions will be halved at Fenwick Road, to two [1]."
    report = check_facts(told, source)
    assert report.unsupported == ()
    assert ("halved", "two / four") in {(f.text, how) for f, how in report.worked_out}
    fewer = [source[0].replace("have two", "have three")]
    assert unsupported(told.replace("to two", "to three"), fewer) == [("number", "halved")]


def test_a_role_told_in_a_relative_clause_without_its_body() -> None:
    sources = [
        "Cllr Graham Selkirk, who chairs Harrowdale District Council's planning committee, "
        "said the decision was disappointing. Parish council chair Anil Mistry welcomed it. "
        "Rosalind Petch, 63, who chairs the Keep Cressby Green campaign, said 212 people had "
        "objected. Inspector Karen Ellery allowed the appeal."
    ]
    told = (
        "Cllr Graham Selkirk, who chairs the district council's planning committee, said "
        "the decision was disappointing [1]."
    )
    assert unsupported(told, sources) == []
    # Only his: the parish council's chair chairs no planning committee of the sources.
    other = told.replace("Cllr Graham Selkirk", "Cllr Anil Mistry")
    assert unsupported(other, sources) == [("name", "Cllr Anil Mistry")]
    # "the chair of Keep Cressby Green, told the inspector": no apposition of "inspector".
    petch = (
        "Rosalind Petch, the 63-year-old chair of Keep Cressby Green, told the inspector "
        "that 212 people had objected [1]."
    )
    assert unsupported(petch, sources) == []


def test_the_doer_of_a_passive_verb_is_the_one_the_sources_give_it() -> None:
    sources = [
        "Repairs to the Millpond Well stonework cost £1,860, funded by the Hollinsby "
        "Heritage Trust. The dressings were blessed at a service led by the Rev Canon "
        "Margaret Ibbotson. The Dales Well Dressing Association gave £750 towards prizes.",
        "Pickle, owned by Ava Sykes, aged nine, came third. The Silver Band played.",
    ]
    told = (
        "Repairs to its stonework cost £1,860 and were funded by the Hollinsby Heritage Trust [1]."
    )
    assert unsupported(told, sources) == []
    # Another body the sources name funded something else: not these repairs.
    wrong = told.replace("Hollinsby Heritage Trust", "Dales Well Dressing Association")
    assert unsupported(wrong, sources) == [("name", "Dales Well Dressing Association")]
    # A name the sources give the verb itself ("Ava Sykes" owns Pickle) is left alone.
    assert unsupported("Pickle, owned by Ava Sykes, came third [2].", sources) == []
    # Real material: the planted funder of pa03 is caught, its faithful story passes.
    case = _eval_case("final36a", "pa03")
    assert _planted_caught(case, "funded by the Dales Well Dressing Association")
    assert "Hollinsby Heritage Trust" not in _flagged(case)


def test_the_one_who_pays_is_the_one_the_sources_give_the_money() -> None:
    # "paid for by", "a grant from" and "£7,500 from" are one slot, however put.
    sources = [
        "Key facts:\n- Scrub clearance grant: £7,500 from the Hartcombe Green Fund\n"
        "- Survey volunteers: 31",
        "Hartcombe District Council switched off 14 streetlights on Fallow Lane.",
        "A minibus for juniors, at a cost of about £1,400, will be covered by a grant from "
        "the Marlbridge Round Table. Developer Kelham Estates has committed £2.5 million.",
    ]
    told = "The clearance was paid for by a £7,500 grant from the Hartcombe Green Fund [1]."
    assert unsupported(told, sources) == []
    wrong = told.replace("the Hartcombe Green Fund", "Hartcombe District Council")
    assert unsupported(wrong, sources) == [("name", "Hartcombe District Council")]
    minibus = (
        "The minibus, costing about £1,400, will be paid for by the Marlbridge Round Table [3]."
    )
    assert unsupported(minibus, sources) == []
    # A body the sources give the same sum pays it: "has committed £2.5 million".
    assert unsupported("It has £2.5m from the developer Kelham Estates [3].", sources) == []
    # Each funder of a list has its own sum: the others are no rivals.
    funders = [
        "It cost £19,700: £14,500 from the Greener Parishes Trust and the rest from donors.",
        "SHILLINGWORTH TOWN COUNCIL\nMinutes of the meeting held on 3 March 2027\n\n"
        "Resolved: to make a grant of £2,000 from the community projects budget.",
    ]
    paid = (
        "It was paid for with £14,500 from the Greener Parishes Trust and £2,000 from "
        "Shillingworth Town Council [1][2]."
    )
    assert unsupported(paid, funders) == []
    # Real material: the planted funders of ka03 and ka07 are caught.
    assert _planted_caught(_eval_case("final31a", "ka03"), "Brinscombe Astronomical Society")
    assert _planted_caught(_eval_case("final31a", "ka07"), "paid for by the Marlbridge Leisure")


def test_a_body_doing_what_the_sources_have_another_body_do() -> None:
    sources = [
        "Last week the Kettlesham Internal Drainage Board approved a three-year trial of "
        "higher spring water levels on the marsh. Cllr Maureen Ogden (East Fenmoor District "
        "Council) attended.",
        "Champion fleece bought by Kelbeck Mill Yarns.\n\nStephen Oakley of Dalebridge "
        "Auction Mart conducted the auction.",
    ]
    told = (
        "Earlier this month the Kettlesham Internal Drainage Board approved a three-year "
        "trial of holding water higher in spring, when crane chicks feed on the marsh [1]."
    )
    assert unsupported(told, sources) == []
    wrong = told.replace("the Kettlesham Internal Drainage Board", "East Fenmoor District Council")
    assert unsupported(wrong, sources) == [("name", "East Fenmoor District Council")]
    # A short source line told in full by a long sentence is on the same thing.
    fleece = (
        "The champion fleece, from a Kelbeck farm, fetched the top price at the afternoon auction "
        "and was bought by Kelbeck Mill Yarns [2]."
    )
    assert unsupported(fleece, sources) == []
    moved = fleece.replace("Kelbeck Mill Yarns", "Dalebridge Auction Mart")
    assert ("name", "Dalebridge Auction Mart") in unsupported(moved, sources)


def test_a_name_told_after_the_same_words_but_for_the() -> None:
    # "senior warden of the Carrow Estuary Partnership" where the sources' sentence has
    # "senior warden of the Carrow Wildfowl Trust": "of the" says nothing, "warden of" does.
    sources = [
        "The Carrow Estuary Partnership commissioned the tidal barrage study, which says "
        "the mudflat exposed at low tide would shrink by 35 per cent.",
        'Dr Imogen Vell, 39, senior warden of the Carrow Wildfowl Trust, said: "You cannot '
        'build a power station on top of a feeding ground and call it green."',
    ]
    told = (
        "Dr Imogen Vell, senior warden of the Carrow Wildfowl Trust, said the barrage would "
        "cover a feeding ground [2]."
    )
    assert unsupported(told, sources) == []
    wrong = told.replace("Wildfowl Trust", "Estuary Partnership")
    # (the role told with her is the trust's too: "senior warden" of another body, one
    # error reported once, with the body)
    assert set(unsupported(wrong, sources)) == {
        ("name", "Dr Imogen Vell, senior warden of the Carrow Estuary Partnership"),
    }


def test_a_statement_on_a_weekday_is_the_day_its_source_was_issued() -> None:
    # "In a statement on Tuesday, Trounce Events said" from its statement dated Tuesday
    # 20 October; another weekday is not that statement's.
    told = "In a statement on Tuesday, Trounce Events said"
    wrong = told.replace("Tuesday", "Wednesday")
    _told_and_changed(_eval_case("final37a", "qa11"), told, wrong, "Tuesday", "Wednesday")
    _told_unflagged("final35b", "ob08", "In a statement last Friday", "Friday")


def test_a_count_opening_a_name_is_not_part_of_it() -> None:
    # "One of Pennyford's biggest car boot sales": the name is Pennyford's.
    sources = ["Pennyford's biggest car boot sale will run on 16 Sundays a year."]
    told = "One of Pennyford's biggest car boot sales will run on 16 Sundays a year [1]."
    assert unsupported(told, sources) == []
    wrong = told.replace("Pennyford", "Kelbrook")
    assert unsupported(wrong, sources) == [("name", "Kelbrook's")]


def test_a_share_of_figures_its_own_sentence_gives() -> None:
    # "hopes to sign up 140 households ..., and 87 have already joined, well over half
    # its target": 87 of 140, whatever stray "half" the sources have; 57 is no half.
    told = "87 have already joined, well over half"
    wrong = told.replace("87", "57")
    _told_and_changed(_eval_case("final37a", "qa12"), told, wrong, "half", "half")
    # Not from a figure of another sentence: "£12.30" earlier is no part of this "half".
    assert _planted_caught(_eval_case("final35b", "ob11"), "nearly half of it")


def test_a_sum_the_article_adds_up_wrongly() -> None:
    sources = [
        "The compost site cost £19,700. Grant from the Greener Parishes Trust: £14,500. "
        "Donations: £3,200 from 146 donors. The town council gave £2,000. The group has "
        "raised £17,700 towards its next site. Tickets cost £6 for adults and £3 for "
        "children; 352 adults and 128 children came, and £2,496 will be refunded."
    ]
    told = (
        "It was paid for with £14,500 from the Greener Parishes Trust, £3,200 from 146 "
        "donors and £2,000 from the town council, a total of £19,700 [1]."
    )
    assert unsupported(told, sources) == []
    # £17,700 is in the sources, but not the sum of these three.
    wrong = told.replace("£19,700", "£17,700")
    assert ("number", "£17,700") in unsupported(wrong, sources)
    # Prices are no parts of a sum: "352 at £6 and 128 at £3, a total of £2,496".
    prices = "352 adults at £6 and 128 children at £3 will be refunded, a total of £2,496 [1]."
    assert ("number", "£2,496") not in unsupported(prices, sources)
    # Real material: with the planted £8,400 of qb03, its right total no longer adds up.
    case = _eval_case("final37b", "qb03")
    planted = _planted(case, "quoted £8,400 for cleaning").text
    assert "£7,990" in _flagged(case, planted) and "£7,990" not in _flagged(case)


# Real material: the faithful story of a labelled case tells ``told`` and its ``good``
# value passes; with ``told`` changed to ``wrong``, the ``bad`` value is flagged.
_TOLD_AND_CHANGED = [
    # "Public meetings: 14 October" in a source giving dates in 2026 and 2027: the
    # story of Friday 9 October 2026 calls it "next Wednesday".
    pytest.param(
        "final34b", "nb07", "Kestleton Guildhall next Wednesday",
        "Kestleton Guildhall next Thursday", "Wednesday", "Thursday",
        id="date-without-year",
    ),
    # "Also present: Cllr Brian Tolley (Leader of the Opposition, non-voting)": the
    # opposition's leader, not the council's (Cllr Janet Okoro).
    pytest.param(
        "final35b", "ob10", "Opposition leader Brian Tolley",
        "Opposition leader Janet Okoro", "Opposition leader Brian Tolley", "leader Janet Okoro",
        id="role-in-brackets-of-its-body",
    ),
    # "Present: Cllr Margaret Hollis (Chair), Cllr Ian Fensome (Vice-Chair)".
    pytest.param(
        "final35a", "oa07", "vice-chair, Ian Fensome",
        "vice-chair, Margaret Hollis", "Ian Fensome", "vice-chair, Margaret Hollis",
        id="hyphenated-role-in-brackets",
    ),
    # "compared with 14 in 2024 and 11 in 2023": "up from 11 in 2024" is 2023's figure.
    pytest.param(
        "final35a", "oa10", "up from 14 in 2024",
        "up from 11 in 2024", "14", "11",
        id="figure-of-another-year",
    ),
    # Minutes "of the extraordinary meeting held on Monday 3 August 2026", in a story of
    # Wednesday 5 August: "On Monday night the town council voted" is that meeting's.
    pytest.param(
        "final36a", "pa09", "On Monday night the town council voted",
        "On Tuesday night the town council voted", "Monday", "Tuesday",
        id="decision-weekday-opens",
    ),
    # "JOINT NEWS RELEASE - Ferrowby Sixth Form College and Castlemoor College\n9 April
    # 2026": the heading's words are not the issue date's, so it is no rival to the
    # merger's "1 August 2026".
    pytest.param(
        "final36b", "pb10", "Castlemoor College on August 1",
        "Castlemoor College on August 8", "August 1", "August 8",
        id="issue-date-no-slot",
    ),
    # "38 written comments, all but three of them opposed": 38 - 35, though a stray "3"
    # stands far off in the minutes.
    pytest.param(
        "final36b", "pb07", "all but three of them opposed",
        "all but five of them opposed", "three", "five",
        id="all-but-a-few",
    ),
    # "137 were over the 30mph limit, roughly one driver in 35": 4,812 / 137, though a
    # stray "35" stands elsewhere in the sources.
    pytest.param(
        "final36a", "pa10", "roughly one driver in 35",
        "roughly one driver in 25", "35", "25",
        id="one-in-so-many",
    ),
    # "started the sale in 2009 and moved it to Long Acre Field five years later": 2014 -
    # 2009, where the sources' one sentence gives both years.
    pytest.param(
        "final37a", "qa11", "moved it to Long Acre Field five years later",
        "moved it to Long Acre Field six years later", "five years", "six years",
        id="years-later",
    ),
    # "Car boot sale's season almost halved" over "16 Sundays a year instead of 30".
    pytest.param(
        "final37a", "qa11", "season almost halved",
        "season almost tripled", "halved", "tripled",
        id="headline-halved",
    ),
    # "heard the case last Thursday" in a story of Thursday 22 October: the notice's
    # "Hearing held: Thursday 15 October 2026".
    pytest.param(
        "final37a", "qa11", "heard the case last Thursday",
        "heard the case last Wednesday", "Thursday", "Wednesday",
        id="last-weekday",
    ),
    # "gritting network is cut by a sixth" over the story's "a cut of about a sixth",
    # worked out from 1,420 and 1,185 miles.
    pytest.param(
        "final37b", "qb09", "gritting network is cut by a sixth",
        "gritting network is cut by a fifth", "a sixth", "a fifth",
        id="headline-sixth",
    ),
    # "£250,000 a year, worth £6.25m over the wind farm's 25-year life": 25 x £250,000.
    pytest.param(
        "final37a", "qa08", "worth £6.25m over",
        "worth £7.25m over", "£6.25m", "£7.25m",
        id="a-year-over-years",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("part", "prefix", "told", "wrong", "good", "bad"), _TOLD_AND_CHANGED)
def test_a_value_told_passes_and_one_put_in_its_place_is_flagged(
    part: str, prefix: str, told: str, wrong: str, good: str, bad: str
) -> None:
    _told_and_changed(_eval_case(part, prefix), told, wrong, good, bad)
