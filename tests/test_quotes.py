"""Unit tests of the quotes engine: marks, attribution forms, speakers, kinds."""

import pytest

from pnews.quotes import classify_mark, extract_quotes, find_quotes, name_key, plausible_speaker, strip_titles


def quotes(text, **kw):
    return extract_quotes(text, **kw)


def one(text, **kw):
    found = quotes(text, **kw)
    assert len(found) == 1, found
    return found[0]


def spans(text):
    return [q.words(text) for q in find_quotes(text)]


# --- quotation marks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “yes, we will” to them.", ["yes, we will"]),
        ('He said "yes, we will" to them.', ["yes, we will"]),
        ("Il a dit « oui, nous viendrons » hier.", ["oui, nous viendrons"]),
        ("Er sagte „ja, wir kommen“ gestern.", ["ja, wir kommen"]),
        ("The nation’s leader said ‘dozens’ would come.", ["dozens"]),
        ("The United States’ “enduring commitment” held.", ["enduring commitment"]),
        ("Music of the ’90s and rock ’n’ roll stayed “popular” then.", ["popular"]),
        ("It's the parents' choice and they said 'no way' to it.", ["no way"]),
        ("Minister promises 'dozens' of new schools", ["dozens"]),
    ],
)
def test_marks_and_apostrophes(text, expected):
    assert spans(text) == expected


def test_classify_apostrophes():
    text = "nation’s ’90s"
    assert classify_mark(text, text.index("’"))[1] == "apostrophe"
    assert classify_mark(text, text.rindex("’"))[1] == "apostrophe"


def test_multi_paragraph_quote_is_joined_with_single_spaces():
    text = "“We are working on it,” she said.\n\n“First paragraph goes on.\n\n“Second paragraph ends it.”"
    found = quotes(text)
    assert found[1]["text"] == "First paragraph goes on. Second paragraph ends it."
    assert found[1]["speaker_text"] == "she"
    assert text[found[1]["start"] : found[1]["end"]].startswith("First paragraph")
    assert text[found[1]["start"] : found[1]["end"]].endswith("ends it.")


def test_wrong_closing_glyph_at_paragraph_end():
    text = "“It is not enough. It’s a hint – it’s not enough.’\n\nNext paragraph."
    assert spans(text) == ["It is not enough. It’s a hint – it’s not enough."]


def test_no_closer_before_the_article_ends_is_recovered_at_the_paragraph():
    text = "The mayor said: “We will rebuild the bridge\n\nOfficials agreed. “Yes,” one said."
    assert spans(text) == ["We will rebuild the bridge", "Yes,"]


def test_a_quote_inside_a_quote_in_the_same_marks_is_nested():
    text = "“I would rather live in what he calls “hell” than in his world,” Jane Roe wrote."
    assert spans(text) == ["I would rather live in what he calls “hell” than in his world,", "hell"]
    outer, inner = quotes(text)
    assert outer["speaker"] == inner["speaker"] == "Jane Roe"  # the pronoun inside is hers to resolve
    # a named speaker inside keeps the inner quote
    text = "“Then Trump told the crowd “we will win” and walked off,” Jane Roe wrote."
    assert [q["speaker"] for q in quotes(text)] == ["Jane Roe", "Trump"]


def test_a_second_opening_mark_with_one_closer_after_it_ends_the_first_quote():
    text = "Jane Roe said “we will win. Then she added “Not today,” and left."
    assert spans(text) == ["we will win. Then she added", "Not today,"]


def test_a_straight_double_mark_between_spaces_closes_an_open_quote():
    text = "\"I've been insulted by the term 'outreach,' \" he told the group, adding more."
    q = one(text)
    assert (q["text"], q["speaker_text"]) == ("I've been insulted by the term 'outreach,'", "he")


def test_marks_glued_to_words():
    text = "Jane Doe, the former envoy, said Politics“He needs more support now.”"
    q = one(text)
    assert q["text"] == "He needs more support now."
    assert (q["speaker"], q["kind"]) == ("Jane Doe", "direct")


def test_thousands_of_unmatched_marks_do_not_break_anything():
    text = "“" * 10000 + " and “a real quote,” he said."
    assert quotes(text) is not None


# --- attribution forms


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("“The plan will work,” said Mr Smith.", "Smith", "said"),
        ("“The plan will work,” John Smith said on Tuesday.", "John Smith", "said"),
        ("John Smith added: “The plan will work.”", "John Smith", "added"),
        ("John Smith told reporters: “The plan will work.”", "John Smith", "told"),
        ("“The plan will work,” John Smith said in a statement.", "John Smith", "said"),
        ("“The plan will work,” the joint statement read.", "the joint statement", "read"),
        ("“The plan will work,” a senior official said.", "a senior official", "said"),
        ("“The plan will work,” officials said.", "officials", "said"),
        ("“The plan will work” — John Smith", "John Smith", "—"),
        ("“The plan will work.”― Jane Roe.", "Jane Roe", "—"),
        ("“The plan will work.” – J. R. Smith Jr.", "J. R. Smith Jr.", "—"),
        (
            "The system can stop “cruise missiles and drones,” according to Acme Defense Corp.",
            "Acme Defense Corp.",
            "according to",
        ),
        ("John Smith posted on Twitter that he hopes to “finish the job.”", "John Smith", "posted"),
    ],
)
def test_attribution_forms(text, speaker, cue):
    q = one(text)
    assert (q["speaker"], q["cue"]) == (speaker, cue)


def test_interrupted_quote():
    text = "Mary Jones spoke first. The focus, she said, “is going to be on schools.”"
    q = one(text)
    assert (q["speaker"], q["speaker_text"], q["kind"]) == ("Mary Jones", "she", "partial")


def test_quoted_as_saying_takes_the_quoted_person():
    text = "The Daily Planet quoted city spokesman, Tom Brown, as saying the city wants “more help from the state.”"
    q = one(text)
    assert (q["speaker"], q["cue"]) == ("Tom Brown", "quoted ... as saying")


def test_partial_quote_in_the_writers_sentence():
    text = "Jake Doe, the national security adviser, said Monday that the government wants to blunt “any effort” to gain ground."
    q = one(text)
    assert (q["kind"], q["speaker"], q["text"]) == ("partial", "Jake Doe", "any effort")


def test_participle_cue_takes_the_main_clause_subject():
    text = "The mayor went after his rival, calling him “a total stiff.”"
    assert one(text)["speaker_text"] == "The mayor"


# --- speakers


def test_pronoun_resolves_to_the_fullest_name_without_titles():
    text = (
        "President Volodymyr Zelensky spoke in Kyiv.\n\n"
        "In a call to leaders this week, Mr Zelenskyy repeated his request.\n\n"
        "“It would be right to begin now,” he said."
    )
    q = one(text)
    assert (q["speaker"], q["speaker_text"]) == ("Volodymyr Zelensky", "he")


def test_pronoun_skips_a_person_of_the_other_gender():
    text = (
        "Senator Mary Stone met Governor Tom Price on Monday.\n\n"
        "She later spoke to reporters after Price left. “We agreed on nothing,” she said."
    )
    assert one(text)["speaker"] == "Mary Stone"


def test_pronoun_prefers_the_subject_that_opens_its_sentence():
    text = "Ann Lee praised Maria Diaz, whom she called “a hero of this town.”"
    assert one(text)["speaker"] == "Ann Lee"


def test_a_titled_pronoun_referent_keeps_its_gender():
    text = "Mr. Grant and Ms. Hale argued.\n\nGrant left early. “It was unfair,” she said."
    assert one(text)["speaker"] == "Hale"


def test_a_name_does_not_run_across_a_full_stop():
    text = "The vote went to Hillary Clinton. Trump said “it was rigged” on Tuesday."
    assert one(text)["speaker"] == "Trump"
    text = "Gen. J. R. Smith met the troops. “We won,” he said."
    assert one(text)["speaker"] == "J. R. Smith"


def test_an_opening_participle_clause_is_not_the_subject():
    text = "Speaking to MSNBC on Monday, which he does often, Bush praised Rubio but called his plan a “work in progress.”"
    assert one(text)["speaker_text"] == "Bush"
    text = "Boreing said the club will still meet, but said, “It’s time we change how we do it.”"
    assert one(text)["speaker_text"] == "Boreing"


def test_a_verb_phrase_is_not_a_speaker():
    text = (
        "The complaint, which was filed in federal court, alleged that the party showed “reckless disregard.”"
    )
    assert one(text)["speaker_text"] == "The complaint"
    text = "Their words further “the mob mentality” fostered by rival candidates, the groups say."
    assert one(text)["speaker_text"] == "the groups"


def test_a_place_or_body_before_the_title_is_dropped():
    text = "“We will win,” said Texas Sen. Ted Cruz.\n\n“It is a mess,” said FBI Director James Comey."
    assert [q["speaker"] for q in quotes(text)] == ["Ted Cruz", "James Comey"]


def test_the_name_just_before_a_participle_speaks():
    text = "The ad cuts to footage of Jane Roe saying during the debate, “That makes me smart,” when Tom Ash objected."
    assert one(text)["speaker"] == "Jane Roe"
    text = "Mayor Tom Ash wrote to Governor Jane Roe asking her to stop the “fiasco.”"
    assert one(text)["speaker"] == "Tom Ash"


def test_a_noun_that_looks_like_a_cue_does_not_hide_the_verb():
    text = "Jane Roe says Tom Ash’s flurry of late-night tweets was “unhinged, even for him.”"
    assert one(text)["speaker"] == "Jane Roe"


def test_a_partial_quote_ending_on_a_full_stop_ends_its_sentence():
    text = "Japan branded it an “outlaw nation.” Russia insisted that the North “stop its escapades.”"
    assert [q["speaker"] for q in quotes(text)] == ["Japan", "Russia"]


def test_a_relative_clause_before_the_cue_is_not_the_subject():
    text = "Tom Ash, head of the union, which represents city teachers, said parents are “standing up.”"
    assert one(text)["speaker"] == "Tom Ash"


def test_a_cue_word_after_a_possessive_is_a_noun():
    text = "Jane Roe, an adviser to the campaign, called Mr. Ash's remarks “a true wake-up call” on Sunday."
    assert one(text)["speaker"] == "Jane Roe"
    text = "Name: Ann Roe Job: Waitress Why she’s protesting: “We never know what we will make.”"
    assert one(text)["cue"] == "protesting"  # "she’s" is "she is", not a possessive


def test_the_short_description_next_to_the_cue_is_the_speaker():
    text = (
        "As to whether Ash still senses anger and distrust among his many supporters, "
        "the Vermont senator acknowledged that there are still “some people” who feel that way."
    )
    assert one(text)["speaker"] == "the Vermont senator"


def test_the_listener_of_told_is_not_the_speaker():
    text = "Mook told CBS, “We are really focused on the voters.”"
    assert one(text)["speaker"] == "Mook"


def test_an_opening_participle_takes_the_subject_after_the_quote():
    text = "After saying her foot was “so swollen I could barely walk,” she was taken to hospital."
    assert one(text)["speaker_text"] == "she"


def test_a_quantified_description_opens_the_sentence():
    text = "In August, several environmental groups granted the firm more time, saying its cash was “less than expected.”"
    assert one(text)["speaker_text"] == "several environmental groups"


def test_a_colon_paragraph_lead_names_the_speaker_of_the_next_paragraph():
    text = (
        "“The rate is wrong,” the website said.\n\n"
        "On July 6, Sanders made the following comment:\n\n"
        "“For young people the unemployment rate is 33 percent.”"
    )
    assert [q["speaker"] for q in quotes(text)] == ["the website", "Sanders"]


def test_two_names_before_a_colon():
    text = "POLLS DIFFER - Frank Newport and Jim Harter: “We found that strengths matter.”"
    assert one(text)["speaker"] == "Frank Newport and Jim Harter"


def test_an_infinitive_phrase_or_a_subheading_is_not_a_speaker():
    text = "Ash accused them of “a con” and encourage voters to check out what he called her “sex tape.”"
    assert "encourage voters to check out what he" not in [q["speaker_text"] for q in quotes(text)]
    text = "A letter to committee members calls the threat “existential” for all."
    assert one(text)["speaker_text"] == "A letter to committee members"


def test_a_relative_pronoun_speaker_stands_for_its_antecedent():
    text = "They turned to the Chicago Police Department which reported “2,521 shooting incidents” this year."
    q = one(text)
    assert (q["speaker"], q["speaker_text"], q["cue"]) == ("Chicago Police Department", "which", "reported")


def test_it_resolves_to_the_last_organisation():
    text = (
        "The United Nations Security Council pledged sanctions over what it called “a clear threat to peace.”"
    )
    q = one(text)
    assert (q["speaker"], q["speaker_text"]) == ("United Nations Security Council", "it")


def test_a_quote_in_a_subordinate_clause_belongs_to_its_subject():
    text = "Gov. Tom Ash called Jane Roe a “disgrace” after she attacked officers and blamed shootings on “implicit bias.”"
    assert [q["speaker_text"] for q in quotes(text)] == ["Gov. Tom Ash", "she"]
    text = "Ash said Roe was “a lightweight” while Lee is “a basket case.”"
    assert [q["speaker"] for q in quotes(text)] == ["Ash", "Ash"]


def test_a_cue_noun_after_a_or_an_is_not_a_verb():
    text = "Jane Roe is describing as “unhinged” a Tom Ash tweet attacking a former aide."
    assert one(text)["speaker"] == "Jane Roe"


def test_a_party_tag_does_not_cut_the_subject():
    text = "House Speaker Paul D. Ryan (R-Wis.) said the protests demand “more listening.” Gov. Pat Roe (R) said “no.”"
    assert [q["speaker"] for q in quotes(text)] == ["Paul D. Ryan", "Pat Roe"]


def test_an_opening_participle_clause_names_its_subject_before_the_quote():
    text = "After blasting the report for its errors, Glenn Beck doubled down by urging voters to “turn away” from him."
    assert one(text)["speaker"] == "Glenn Beck"


@pytest.mark.parametrize(
    ("text", "speaker_text"),
    [
        # the dateline is no subject
        (
            "DECATUR, Ill. — Sen. Jane Roe (R-Texas) weighed in on the claims, calling the act a “fireable offense.”",
            "Sen. Jane Roe",
        ),
        (
            "WASHINGTON — The senator on Wednesday went after his rival, calling him “a total stiff.”",
            "The senator",
        ),
        # a place that ends the opening phrase is no subject either
        (
            "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”",
            "Trump",
        ),
        # a topic put first, then the pronoun that speaks
        (
            "Loyalty, he noted, has long been a core tenet of the party, and what keeps its “old guard” engaged.",
            "he",
        ),
    ],
)
def test_the_subject_is_found_past_a_dateline_a_place_or_a_topic(text, speaker_text):
    assert one(text)["speaker_text"] == speaker_text


def test_a_cue_inside_a_relative_clause_closed_before_the_quote_is_not_the_quotes():
    text = "The governor said the plan, which critics have called reckless, was “a model for the nation.”"
    assert one(text)["speaker_text"] == "The governor"
    # the clause still open at the quote keeps its cue
    text = (
        "Trump, who told reporters on Monday, in a rare press conference, that the vote was “rigged,” left."
    )
    assert one(text)["speaker"] == "Trump"


def test_a_person_described_before_who_speaks_for_the_relative_clause():
    quote = one("The former health minister, who told reporters the scheme was a “disaster,” resigned.")
    assert (quote["speaker_text"], quote["speaker"]) == ("who", "The former health minister")


def test_a_month_or_the_tail_of_a_party_tag_is_not_a_speaker():
    assert not plausible_speaker("Aug.")
    assert not plausible_speaker("D-MA)")
    assert plausible_speaker("Jane Roe")


def test_a_clause_ending_in_its_subject_or_running_through_an_ellipsis_is_not_a_speaker():
    assert not plausible_speaker("Hispanic woman....I’d rather live in what he")
    assert not plausible_speaker("a world in which they")
    assert not plausible_speaker("voters… who")
    assert plausible_speaker("the groups who wrote to her say they")  # trimmed to its subject later
    text = "“As a young woman....I’d rather live in what he calls “hell” than here,” she wrote."
    assert [q["speaker"] for q in extract_quotes(text) if q["text"] == "hell"] != [
        "young woman....I’d rather live in what he"
    ]


def test_a_whole_sentence_with_nobody_named_is_kept_with_a_null_speaker():
    q = one("The hall went quiet.\n\n“We will not give up this fight, not now and not ever.”")
    assert (q["kind"], q["speaker"]) == ("direct", None)


def test_a_quote_signed_on_the_next_line():
    q = one("“Big firms pay zero taxes.”\n\n- Sanders.\n\nThis is a complex issue.")
    assert (q["speaker"], q["cue"]) == ("Sanders", "—")


def test_a_wrong_opening_glyph_as_closer():
    text = "“It is unusual,“ said Larry Noble, an attorney. “It is a hard thing to do.”"
    assert [q["speaker"] for q in quotes(text)] == ["Larry Noble", "Larry Noble"]


def test_the_sentence_before_a_quote_names_its_speaker():
    text = "The agency may wait while talks go on, Schiff said. “The other factor is the timing of it all.”"
    assert [q["speaker"] for q in quotes(text)] == ["Schiff"]
    text = "On “Meet the Press,” Sen. Jo Roe (Vt.), who lost the race, named fatigue as a reason. “People are tired.”"
    assert one(text)["speaker"] == "Jo Roe"


def test_titles_are_stripped_and_short_names_expanded():
    text = (
        "Defense Secretary Lloyd Austin met allies.\n\n"
        "“We will deliver,” Austin said.\n\n"
        "“Soon,” Defense Secretary Lloyd Austin added."
    )
    assert [q["speaker"] for q in quotes(text)] == ["Lloyd Austin", "Lloyd Austin"]


def test_continuation_paragraph_keeps_the_previous_speaker():
    text = "“The first part,” Jane Roe said.\n\n“The second part has no cue of its own.”"
    found = quotes(text)
    assert [q["speaker"] for q in found] == ["Jane Roe", "Jane Roe"]
    assert found[1]["cue"] is None


def test_never_takes_the_subject_from_inside_the_quote():
    text = "Anna Berg visited the front.\n\n“The guys handed over our flag to us,” she said in the video."
    q = one(text)
    assert q["speaker"] == "Anna Berg"


def test_document_and_anonymous_speakers():
    text = (
        "“The deal is done,” the statement said. "
        "The report noted that there would be “more funding this year.” "
        "“We are not sure,” a senior official told reporters."
    )
    assert [q["speaker"] for q in quotes(text)] == ["the statement", "The report", "a senior official"]


def test_name_variants():
    assert name_key("Zelenskyy") == name_key("Zelensky")
    assert strip_titles("US Secretary of State Antony Blinken") == "Antony Blinken"
    assert strip_titles("military contractor Raytheon Technologies Corp.") == "Raytheon Technologies Corp."


# --- scare quotes, titles, kinds


def test_scare_quotes_and_titles_are_hidden_unless_all():
    text = "Biden will announce a “significant” package. He told ABC’s “Good Morning America” it was ready."
    assert quotes(text) == []
    kinds = [q["kind"] for q in quotes(text, include_scare=True)]
    assert kinds == ["scare", "scare"]
    assert all(q["speaker"] is None for q in quotes(text, include_scare=True))


def test_offsets_cover_the_quoted_words():
    text = "Intro.\n\n“We will win,” she said. Mary Poe said it was “a good day.”"
    for q in quotes(text):
        assert q["text"] in text[q["start"] : q["end"]] or q["text"] == text[q["start"] : q["end"]]
        assert text[q["start"] - 1] in "“"


@pytest.mark.parametrize(
    ("text", "speaker_text"),
    [
        ("WASHINGTON — Jane Roe’s chief of staff said Tuesday: “We are ready.”", "Jane Roe’s chief of staff"),
        ("PORTLAND, Maine (AP) — Mayor Jane Doe said: “We are ready.”", "Mayor Jane Doe"),
        ("LONDON (Reuters) - Prime Minister Tom Ash said: “We are ready.”", "Prime Minister Tom Ash"),
    ],
)
def test_the_dateline_is_no_part_of_the_speaker(text, speaker_text):
    assert one(text)["speaker_text"] == speaker_text


@pytest.mark.parametrize("adverb", ["Perhaps", "Maybe", "Publicly", "Hastily"])
def test_a_sentence_adverb_is_not_a_speaker(adverb):
    text = f"Tom Ash spoke in Ohio. {adverb}, he said, the “small town has gotten too big.”"
    q = one(text)
    assert (q["speaker"], q["speaker_text"]) == ("Tom Ash", "he")


def test_an_adverb_before_the_subject_is_dropped_from_it():
    text = "Jane Roe wrote a post. Recently she announced on her page, in capitals, “I am leaving the party!”"
    q = one(text)
    assert (q["speaker"], q["speaker_text"]) == ("Jane Roe", "she")


def test_no_one_keeps_its_no():
    assert one("No one said: “It is over.”")["speaker_text"] == "No one"


def test_an_aside_set_off_by_dashes_is_not_the_subject():
    text = "The minister — who resigned in May — said: “We are going home now.”"
    assert one(text)["speaker"] == "The minister"


@pytest.mark.parametrize(
    ("text", "speaker_text"),
    [
        # a noun-like cue before a title is the noun ("state Sen."); the verb comes after the name
        (
            "“We are tying their hands,” state Sen. Jo Holt (D) said about halfway through the debate.",
            "state Sen. Jo Holt",
        ),
        ("“It is over,” state prosecutor Ana Ruiz told reporters.", "state prosecutor Ana Ruiz"),
        ("“The rules are clear,” states the report, which came out on Monday.", "the report"),
        ("“It is over,” notes Sen. Tom Ash, who voted against it.", "Sen. Tom Ash"),
        # the name after the cue ends where a clause about it starts
        ("“We really can win on Tuesday,” said Sanders as he closed out.", "Sanders"),
        ("“It is over,” said a woman who declined to give her name.", "a woman"),
        ("“It is over,” said Tom Ash when asked about the vote.", "Tom Ash"),
        (
            "“There never was an order,” said the base chief known as Bob, speaking for the first time.",
            "the base chief known as Bob",
        ),
    ],
)
def test_the_speaker_after_the_cue_is_the_name_alone(text, speaker_text):
    assert one(text)["speaker_text"] == speaker_text


def test_a_quote_whose_sentence_goes_on_is_given_to_the_speaker_after_the_cue():
    text = "“He can assert it, but it seems unlikely” that Sanders can catch Clinton, said Steve Elmendorf, a strategist."
    assert one(text)["speaker"] == "Steve Elmendorf"
    # no comma before the cue: "that Ben Carson accused …" is a relative clause, and who speaks is its subject
    text = "The “dirty tricks” that Ben Carson accused Ted Cruz’s campaign of are not the same, he said."
    assert [q["speaker"] for q in quotes(text, include_scare=True)] == ["Ben Carson"]


def test_a_participle_after_the_determiner_is_part_of_the_subject():
    text = (
        "Ben Carson spoke on Monday. The retired neurosurgeon has given no details about his plans, "
        "saying only that he was “refining some operational practices.”"
    )
    assert one(text)["speaker_text"] == "The retired neurosurgeon"


def test_the_subject_after_a_long_opening_clause_may_be_a_pronoun():
    text = (
        "Donald Trump spoke last. And although he thanked the evangelical community for supporting him, "
        "he sounded a rare note of self-deprecation, saying, “I'm not sure I really deserve it.”"
    )
    q = one(text)
    assert (q["speaker"], q["speaker_text"]) == ("Donald Trump", "he")
    # never a pronoun from inside a quotation
    text = (
        "“In a lot of weeks, we would speak three times,” Mr Ebbers said, adding that talks were held "
        "by a “group of people” instead."
    )
    assert [q["speaker_text"] for q in quotes(text)] == ["Mr Ebbers", "Mr Ebbers"]


def test_a_pronoun_stands_for_a_name_before_it_not_one_between_it_and_the_cue():
    text = (
        "Sheldon Adelson met the candidate on Friday. He did say he found Donald Trump “very charming” "
        "and called his standing in the field “unheard of.”"
    )
    assert [q["speaker"] for q in quotes(text)] == ["Sheldon Adelson", "Sheldon Adelson"]
