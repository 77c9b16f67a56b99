from consult_nlp.text import MAX_WORDS, split_sentences


def test_paragraphs_and_bullets_are_boundaries(nlp):
    text = "I have two worries about this plan\n\n- the clusters are too big\n- nobody has explained the money"
    (sents,) = split_sentences([text], nlp)
    assert sents == [
        "I have two worries about this plan",
        "the clusters are too big",
        "nobody has explained the money",
    ]


def test_sentences_and_blank(nlp):
    out = split_sentences(["First point here. Second point there.", "", "   "], nlp)
    assert len(out[0]) == 2
    assert out[1] == [] and out[2] == []


def test_long_run_on_is_cut(nlp):
    text = " ".join(["word"] * (MAX_WORDS * 2 + 5))
    (sents,) = split_sentences([text], nlp)
    assert all(len(s.split()) <= MAX_WORDS for s in sents)
    assert sum(len(s.split()) for s in sents) == MAX_WORDS * 2 + 5


def test_placeholders_stay_whole(nlp):
    text = "Our daughter [NAME] is in year 5. [NAME] is in year 5 and loves it. Contact me at [EMAIL].[NAME] agrees"
    (sents,) = split_sentences([text], nlp)
    assert sents[:2] == ["Our daughter [NAME] is in year 5.", "[NAME] is in year 5 and loves it."]
    assert all(s.count("[") == s.count("]") and not s.startswith(("NAME]", "EMAIL]")) for s in sents)
    assert "".join(sents).replace(" ", "") == text.replace(" ", "")
