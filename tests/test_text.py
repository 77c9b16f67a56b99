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


def test_spacy_is_imported_without_torch_and_finds_the_same_entities():
    """thinc imports torch only for wrappers these pipelines never use: spaCy's first import keeps it out (1.4 s of
    ingest), torch still loads afterwards, and the entities are the ones spaCy finds with torch loaded first."""
    import subprocess
    import sys

    read = ("from consult_nlp.text import load_spacy; doc = load_spacy(('ner',))('Mary Okafor met John in Leeds.'); "
            "ents = [(e.text, e.label_) for e in doc.ents]; ")  # fmt: skip
    first = subprocess.run([sys.executable, "-c", read + "import sys; print('torch' in sys.modules, ents); "
                            "import torch; print(torch.tensor([1.0]).sum().item())"],  # fmt: skip
                           capture_output=True, text=True, check=True).stdout.split("\n")  # fmt: skip
    torch_first = subprocess.run([sys.executable, "-c", "import torch; " + read + "print(ents)"],
                                 capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    assert first[0].startswith("False ") and first[1] == "1.0"
    assert first[0].removeprefix("False ") == torch_first and "Mary Okafor" in torch_first
