"""Mentions per category, with 95% intervals that carry the classifier's measured error.

Human codes are taken as true. For model codes, the cross-validated confusion counts of each category give Beta
posteriors on two rates: precision among the responses the model assigned the category, and the false-omission rate
among those it did not. A seeded bootstrap draws the true mentions in each group, so the interval is for the true
count (an adjusted classify-and-count). The omission rate is estimated from the many responses without the category,
so a rare category's interval stays usable; dividing by a recall learnt from a handful of coded examples does not.

`mentions` is what was coded, response by response, so every one can be traced and reviewed. `estimated_mentions`,
the bootstrap's median, corrects it for the model's measured errors: where a model is weak for a category (noisy
coding, few examples), its assignments over- or under-count, and the estimate is the better figure for the total.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .codebook import Codebook

COUNT_COLUMNS = [
    "category_id",
    "title",
    "section",
    "mentions",
    "estimated_mentions",
    "low",
    "high",
    "mentions_without_campaign_copies",
]


def _unique_mentions(assignments: pd.DataFrame, respondents: pd.Series | None = None) -> pd.DataFrame:
    """One row per (response, category); with `respondents` (response_id -> respondent_id), one per respondent.

    A respondent who raises a concern under several questions of one consultation is one mention of it.
    """
    a = assignments[assignments["category_id"].astype(str) != ""]
    if "coded_by" not in a.columns:  # labels.csv format: every code is a person's
        a = a.assign(coded_by="human")
    # a response counts once per category; if a human coded it, that code stands
    a = a.assign(_h=(a["coded_by"] == "human").astype(int)).sort_values("_h", ascending=False, kind="stable")
    key = "response_id"
    if respondents is not None and len(respondents):
        who = a["response_id"].map(respondents).fillna("")
        a = a.assign(_who=who.where(who != "", a["response_id"]))
        key = "_who"
    return a.drop_duplicates([key, "category_id"])[["response_id", "category_id", "coded_by"]]


def respondents_of(responses: pd.DataFrame) -> pd.Series | None:
    """response_id -> respondent_id where ingest split one respondent's answers into several questions."""
    if "respondent_id" not in responses.columns or not responses["respondent_id"].ne("").any():
        return None
    return responses.set_index("response_id")["respondent_id"]


def count_units(response_ids, respondents: pd.Series | None = None) -> int:
    """How many counting units these responses make: respondents where one answered several questions."""
    ids = pd.Series(list(response_ids), dtype=str)
    if respondents is not None and len(respondents):
        who = ids.map(respondents).fillna("")
        ids = who.where(who != "", ids)
    return int(ids.nunique())


def campaign_copies(responses: pd.DataFrame) -> pd.Series:
    """response_id -> campaign_id for a campaign's standard copies (template and exact), '' for the rest.

    mentions_without_campaign_copies counts each campaign's standard text once and every edited copy on its own:
    an edited copy adds the writer's own words, which are theirs to be counted."""
    camp = responses.set_index("response_id")["campaign_id"].astype(str)
    if "campaign_role" in responses.columns:
        role = responses.set_index("response_id")["campaign_role"].astype(str)
        camp = camp.where(role != "edited", "")
    return camp


def count_mentions(
    assignments: pd.DataFrame,
    codebook: Codebook,
    *,
    error_counts: dict[str, tuple[int, int, int, int]] | None = None,
    model_coded: int | None = None,
    campaigns: pd.Series | None = None,
    respondents: pd.Series | None = None,
    n_boot: int = 4000,
    seed: int = 0,
) -> pd.DataFrame:
    """One row per codebook category, in codebook order.

    error_counts: category -> (tp, fp, fn, tn) from cross-validation of the model that made the 'model' rows.
    model_coded: how many responses (respondents, with `respondents`) the model coded, with or without a category;
        the ones it gave no category can still hold mentions it missed. Needed with error_counts.
    campaigns: response_id -> campaign_id ('' when the response is in no campaign).
    respondents: response_id -> respondent_id, when one respondent answered several questions.
    """
    a = _unique_mentions(assignments, respondents)
    unknown = sorted(set(a["category_id"]) - set(codebook.ids))
    if unknown:
        raise ValueError(f"assignments name categories not in the codebook: {unknown}")
    if error_counts:
        bad = sorted(c for c, v in error_counts.items() if len(v) != 4)
        if bad:
            raise ValueError(
                f"error counts for {bad[:3]} are not (tp, fp, fn, tn); classifier_errors.json from an older version "
                "has three numbers per category. Re-run `consult-nlp run` to write it again."
            )
        if model_coded is None:
            raise ValueError("error_counts needs model_coded: how many responses the model coded")
    camp = campaigns if campaigns is not None else pd.Series(dtype=str)
    rng = np.random.default_rng(seed)
    rows = []
    for c in codebook.categories:
        ac = a[a["category_id"] == c.id]
        n_h = int((ac["coded_by"] == "human").sum())
        n_m = int((ac["coded_by"] != "human").sum())
        low = high = mid = float(n_h + n_m)
        if error_counts and c.id in error_counts:
            tp, fp, fn, tn = error_counts[c.id]
            prec = rng.beta(tp + 1, fp + 1, n_boot)
            omit = rng.beta(fn + 1, tn + 1, n_boot)
            true_pos = rng.binomial(n_m, prec)
            missed = rng.binomial(max(int(model_coded) - n_m, 0), omit)  # among responses the model left out
            est = n_h + true_pos + missed
            low, mid, high = (float(v) for v in np.percentile(est, [2.5, 50, 97.5]))
        ids = ac["response_id"]
        in_camp = ids.map(camp).fillna("") if len(camp) else pd.Series("", index=ids.index)
        without = int((in_camp == "").sum() + in_camp[in_camp != ""].nunique())
        rows.append(
            {
                "category_id": c.id,
                "title": c.title,
                "section": c.section,
                "mentions": n_h + n_m,
                "estimated_mentions": int(np.round(mid)),
                "low": int(np.floor(low)),
                "high": int(np.ceil(high)),
                "mentions_without_campaign_copies": without,
            }
        )
    return pd.DataFrame(rows, columns=COUNT_COLUMNS)


def breakdown(assignments: pd.DataFrame, responses: pd.DataFrame, by: str = "respondent_type") -> pd.DataFrame:
    """Mentions per category and respondent type (or any other response column), long format."""
    a = _unique_mentions(assignments)
    col = responses.set_index("response_id")[by] if by in responses.columns else pd.Series(dtype=str)
    grp = a.assign(**{by: a["response_id"].map(col).fillna("").replace("", "Not stated")})
    out = grp.groupby(["category_id", by]).size().rename("mentions").reset_index()
    return out.sort_values(["category_id", by], kind="stable").reset_index(drop=True)
