"""Would a learned recogniser beside the rules redact more? A token classifier trained on the development sets.

The redactor is rules over word lists (#12). The rival measured here is the usual learned one: a token tagger
(a linear-chain CRF, python-crfsuite) reading each word's shape, its name-, place- and word-list memberships, its
suffix, where it stands in its line, how many responses of its set write it, and the same of two words either side,
trained on the twenty development sets' marked details. It is scored on the same terms as ingest_bench:

- alone, and added to the rules (a word it scores over the threshold is redacted too), by 4-fold cross-validation
  over the development sets (each fold's sets are scored by a model that never saw them);
- as a veto (a NAME, ADDRESS or SCHOOL span whose words it all scores under the threshold is kept), the same way;
- on the eight held-out sets and Kent with the model trained on all development sets (totals only: their texts are
  never printed).
Run: python -m benchmarks.learned_redaction
"""

from __future__ import annotations

import json
import math
import re
import tempfile
import time
from collections import Counter

import numpy as np

from consult_nlp.language import _common_english
from consult_nlp.name_lists import name_lists
from consult_nlp.recognisers import _TITLE_WORDS
from consult_nlp.redaction import Redactor, Span
from consult_nlp.redaction_patterns import _HOUSE, _ORG_LAST, _REL_SET, _STREET, _TRADES

from . import REPO
from .ingest_bench import _occurrences, load_set, score_redaction, written_sets

# the sets these experiments were defined on (stops 37-38); later sets are scored by ingest_bench, which finds them all
DEV = ["dev"] + [f"dev{i}" for i in range(2, 21)]
HELD_OUT = ["eval"] + [f"eval{i}" for i in range(2, 9)]
TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|\S")
SOFT = {"NAME", "ADDRESS", "SCHOOL"}  # the kinds a veto may drop; shapes (emails, numbers) are never vetoed
FOLDS = 4
SEED = 0


def _lists() -> dict[str, frozenset[str]]:
    first, last = name_lists()
    words = lambda pattern: frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", pattern))  # noqa: E731
    return {
        "first": first, "last": last, "english": _common_english(), "keep": frozenset(Redactor()._keep()),
        "street": words(_STREET), "house": words(_HOUSE), "org": frozenset(w.lower() for w in {*_ORG_LAST, *_TRADES}),
        "relation": frozenset(w.lower() for w in _REL_SET), "title": frozenset(w.lower() for w in _TITLE_WORDS),
    }  # fmt: skip


def _shape(w: str) -> str:
    s = re.sub(r"\d", "d", re.sub(r"[^\W\d_]", lambda m: "X" if m.group().isupper() else "x", w))
    return re.sub(r"(.)\1{2,}", r"\1\1", s)


def _word(w: str, lists: dict) -> dict:
    lw, cap = w.lower(), w[:1].upper() + w[1:].lower()
    listed = {k for k in ("english", "street", "house", "org", "relation", "title") if lw in lists[k]}
    out = {"shape=" + _shape(w): 1.0, "word=" + (lw if listed else "<other>"): 1.0}
    out.update({k: 1.0 for k in listed})
    out.update({k: 1.0 for k in ("first", "last") if cap in lists[k]})
    if cap in lists["keep"] or w in lists["keep"]:
        out["keep"] = 1.0
    return out


def features(text: str, capitalised: Counter, n_texts: int, lists: dict) -> tuple[list[tuple[int, int]], list[dict]]:
    """Each word's features: its own, and two words' either side (no rule's verdict: the model reads the text)."""
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
    own = [_word(w, lists) for _, _, w in toks]
    out = []
    for i, (a, b, w) in enumerate(toks):
        f = {"bias": 1.0, "suffix=" + w.lower()[-3:]: 1.0, **own[i]}
        gap_before = text[toks[i - 1][1] : a] if i else "\n"
        if "\n" in gap_before:
            f["line_start"] = 1.0
        if not i or toks[i - 1][2] in ".!?:" or "\n" in gap_before:
            f["sentence_start"] = 1.0
        if b == len(text) or "\n" in text[b : b + 2]:
            f["line_end"] = 1.0
        if w[:1].isupper():  # a consultation's own places are written by many responses, a person by one
            df = capitalised[w.lower()]
            f[f"texts_log2={min(int(math.log2(df + 1)), 6)}"] = 1.0
            f[f"texts_share={min(int(10 * df / max(n_texts, 1)), 3)}"] = 1.0
        for d in (-2, -1, 1, 2):
            j = i + d
            f.update({f"{d}:{k}": v for k, v in own[j].items()} if 0 <= j < len(toks) else {f"{d}:none": 1.0})
        out.append(f)
    return [(a, b) for a, b, _ in toks], out


def prepare(names: list[str]) -> dict:
    """Each set ingested as ingest_bench does, with the rules' spans, each word's features and its gold label."""
    lists, out, sets = _lists(), {}, written_sets(REPO)
    for name in names:
        folder, held_out = sets[name]
        s = load_set(name, folder, held_out=held_out)
        rules = Redactor().find(s.texts, languages=list(s.responses["language"]))
        capitalised = Counter(w.lower() for t in s.texts for w in {m.group() for m in TOKEN.finditer(t)})
        by_id, truth = {r: i for i, r in enumerate(s.ids)}, {}
        for rid, detail in s.details[["response_id", "text"]].itertuples(index=False):
            if (i := by_id.get(rid)) is not None:
                truth.setdefault(i, []).extend(_occurrences(s.texts[i], detail))
        toks, feats, gold = [], [], []
        c0 = time.process_time()  # what the tagger would add to ingest: its features, read in Python
        for i, text in enumerate(s.texts):
            t, f = features(text, capitalised, len(s.texts), lists)
            toks.append(t)
            feats.append(f)
            gold.append([any(a < y and x < b for x, y in truth.get(i, [])) for a, b in t])
        out[name] = {"set": s, "rules": rules, "tokens": toks, "features": feats, "gold": gold,
                     "featurise_cpu_s": time.process_time() - c0}  # fmt: skip
    return out


def _crf_fit(parts: list[dict], path: str) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for p in parts:
        for feats, gold in zip(p["features"], p["gold"], strict=True):
            if feats:
                trainer.append(feats, ["P" if g else "O" for g in gold])
    trainer.set_params({"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True})
    trainer.train(path)


def _crf_scores(part: dict, path: str) -> list[np.ndarray]:
    import pycrfsuite

    tagger, out = pycrfsuite.Tagger(), []
    tagger.open(path)
    for feats in part["features"]:
        if feats:
            tagger.set(feats)
        out.append(np.array([tagger.marginal("P", i) for i in range(len(feats))]))
    tagger.close()
    return out


def cross_scores(parts: dict, train: list[str], score: list[str], tmp: str) -> dict:
    """Each word's score in each set of `score`, from a CRF fitted on the sets of `train`."""
    path = f"{tmp}/{len(train)}-{score[0]}.crf"
    _crf_fit([parts[n] for n in train], path)
    return {n: _crf_scores(parts[n], path) for n in score}


def combine(part: dict, scores: list[np.ndarray], rules: bool, add: float, veto: float) -> list[list[Span]]:
    """The rules' spans (less those vetoed) and runs of words scored over `add` (joined across spaces and
    punctuation), per text."""
    out = []
    for i, text in enumerate(part["set"].texts):
        toks, p = part["tokens"][i], scores[i]
        spans = []
        for x in part["rules"][i] if rules else ():
            inside = [j for j, (a, b) in enumerate(toks) if x.start < b and a < x.end]
            if not (x.kind in SOFT and inside and max(p[j] for j in inside) < veto):
                spans.append(x)
        run = None
        for j, (a, b) in enumerate(toks):
            if p[j] <= add:
                continue
            if run and a - run[1] < 3 and not any(c.isalnum() for c in text[run[1] : a]):
                run = (run[0], b)
            else:
                spans += [Span(*run, "LEARNED")] if run else []
                run = (a, b)
        spans += [Span(*run, "LEARNED")] if run else []
        out.append(sorted(spans, key=lambda z: (z.start, z.end)))
    return out


def total(parts: dict, names: list[str], scores: dict, **how) -> dict:
    found = details = false = responses = 0
    for n in names:
        r = score_redaction(parts[n]["set"], combine(parts[n], scores[n], **how), examples=False)
        found, details = found + r["redacted"], details + r["details"]
        false, responses = false + r["false_redactions"], responses + r["responses"]
    return {"recall": round(found / details, 4), "redacted": f"{found}/{details}", "false": false,
            "false_per_100": round(100 * false / responses, 2)}  # fmt: skip


SETTINGS = {
    "rules alone": dict(rules=True, add=1.1, veto=0.0),
    "learned alone, over 0.9": dict(rules=False, add=0.9, veto=0.0),
    "learned alone, over 0.5": dict(rules=False, add=0.5, veto=0.0),
    "rules + learned over 0.95": dict(rules=True, add=0.95, veto=0.0),
    "rules + learned over 0.8": dict(rules=True, add=0.8, veto=0.0),
    "rules + learned over 0.5": dict(rules=True, add=0.5, veto=0.0),
    "rules, vetoed under 0.02": dict(rules=True, add=1.1, veto=0.02),
    "rules, vetoed under 0.1": dict(rules=True, add=1.1, veto=0.1),
}


def main() -> dict:
    t0 = time.perf_counter()
    parts = prepare(["kent", *DEV, *HELD_OUT])
    scores: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(FOLDS):  # each development set scored by a CRF that never saw it
            fold = DEV[k::FOLDS]
            scores.update(cross_scores(parts, [n for n in DEV if n not in fold], fold, tmp))
        scores.update(cross_scores(parts, DEV, ["kent", *HELD_OUT], tmp))
    n_texts = sum(len(p["tokens"]) for p in parts.values())
    figures = {
        "model": "CRF (python-crfsuite) on words, lists and context",
        "development_sets_cross_validated": {k: total(parts, DEV, scores, **v) for k, v in SETTINGS.items()},
        "held_out_sets": {k: total(parts, HELD_OUT, scores, **v) for k, v in SETTINGS.items()},
        "kent": {k: total(parts, ["kent"], scores, **v) for k, v in SETTINGS.items()},
        "featurise_ms_per_text": round(1000 * sum(p["featurise_cpu_s"] for p in parts.values()) / n_texts, 3),
        "seconds": round(time.perf_counter() - t0, 1),
    }
    print(json.dumps(figures, indent=2))
    return figures


if __name__ == "__main__":
    main()
