"""Agreement between predicted and human coding: per-category and overall F1, and count error."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .codebook import label_sets


@dataclass(frozen=True)
class Evaluation:
    per_category: pd.DataFrame  # category_id, precision, recall, f1, support, predicted, count_error
    micro_f1: float
    macro_f1: float
    n_responses: int

    def to_frame(self) -> pd.DataFrame:
        overall = pd.DataFrame(
            [
                {"category_id": "_micro", "f1": self.micro_f1, "support": self.per_category["support"].sum()},
                {"category_id": "_macro", "f1": self.macro_f1, "support": self.per_category["support"].sum()},
            ]
        )
        return pd.concat([self.per_category, overall], ignore_index=True)


def evaluate(pred: pd.DataFrame, gold: pd.DataFrame, categories: list[str] | None = None) -> Evaluation:
    """Score predictions on the responses the gold file codes (a response absent from pred has no category)."""
    gold_sets = label_sets(gold)
    pred_sets = label_sets(pred[pred["response_id"].isin(gold_sets)])
    cats = categories or sorted({c for s in gold_sets.values() for c in s} | {c for s in pred_sets.values() for c in s})
    rows = []
    tp_all = fp_all = fn_all = 0
    for c in cats:
        tp = fp = fn = 0
        for rid, g in gold_sets.items():
            p = pred_sets.get(rid, set())
            tp += (c in p) and (c in g)
            fp += (c in p) and (c not in g)
            fn += (c not in p) and (c in g)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        support, predicted = tp + fn, tp + fp
        rows.append(
            {
                "category_id": c,
                "precision": round(prec, 4),
                "recall": round(rec, 4),
                "f1": round(f1, 4),
                "support": support,
                "predicted": predicted,
                "count_error": round((predicted - support) / support, 4) if support else np.nan,
            }
        )
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
    per = pd.DataFrame(rows)
    micro = 2 * tp_all / (2 * tp_all + fp_all + fn_all) if tp_all + fp_all + fn_all else 0.0
    macro = float(per.loc[per["support"] > 0, "f1"].mean()) if len(per) else 0.0
    return Evaluation(per_category=per, micro_f1=round(micro, 4), macro_f1=round(macro, 4), n_responses=len(gold_sets))
