"""The logistic models under the classifier's views: one L2 logistic regression per category, solved for every
category in one problem, and kept as plain arrays that prediction needs and saving writes without pickle."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression


@dataclass(frozen=True)
class Linear:
    """A fitted logistic model as plain arrays: what prediction needs, and all that is saved.

    `coef` is (features,) for one output or (features, categories) for one model of every category at once."""

    coef: np.ndarray
    intercept: float | np.ndarray

    @functools.cached_property
    def coef64(self) -> np.ndarray:
        """The weights in float64, made once per model: a float32 product moves with the batch by ~1e-8, float64's
        by ~1e-16, which the rounding of probabilities (_steady) absorbs."""
        return np.asarray(self.coef, dtype=np.float64)

    def proba(self, x) -> np.ndarray:
        z = np.asarray(x @ self.coef64, dtype=np.float64) + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def _linear(model: LogisticRegression) -> Linear:
    return Linear(model.coef_[0].astype(np.float64), float(model.intercept_[0]))


def multi_lr(x, y: np.ndarray, C: float, sample_weight=None, max_iter: int = 300, tol: float = 1e-5) -> Linear:
    """One L2 logistic regression per column of y, all columns in one L-BFGS problem.

    Per column k it minimises scikit-learn's objective 0.5 ||w_k||^2 + C sum_i s_ik log(1 + exp(-y_ik z_ik)) with an
    unpenalised intercept and s_ik = sample weight x the 'balanced' class weight of column k (n / (2 n_class), with
    n counted in sample weights):
    the same models as K separate LogisticRegression(class_weight="balanced") fits, for a fraction of the cost,
    because every column shares each pass over x. A column with no positive (or no negative) gets a constant.
    Deterministic: a fixed start (zeros) and BLAS at one thread (see `CodebookClassifier.fit`)."""
    from scipy.optimize import minimize
    from scipy.special import expit

    y = np.asarray(y, dtype=np.float64)
    n, k = y.shape
    full = x.shape[1]
    used = None
    if sp.issparse(x):
        # a column no training row uses keeps a zero gradient from the zero start, so its weight stays exactly 0:
        # solving without it gives the same model, and L-BFGS's memory (2 x maxcor vectors of d x k) shrinks with
        # a vocabulary fitted on 20,000 uncoded texts, not just the coded ones
        x = x.tocsr()
        used = np.unique(x.indices)
        x = x[:, used].astype(np.float64)
    else:
        x = np.ascontiguousarray(x, dtype=np.float64)
    d = x.shape[1]
    xt = x.T.tocsr() if sp.issparse(x) else np.ascontiguousarray(x.T)
    sw = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    npos = y.sum(axis=0)
    live = (npos > 0) & (npos < n)
    wpos = sw @ y  # 'balanced' as scikit-learn counts it: classes weighed by the sample weights
    cw = np.where(y > 0, sw.sum() / (2 * np.maximum(wpos, 1e-12)), sw.sum() / (2 * np.maximum(sw.sum() - wpos, 1e-12)))
    s = cw * sw[:, None] * live[None, :]
    sign = 2 * y - 1
    inv = 1.0 / (C * n)  # the objective divided by C n: same minimiser, gradients of a usable size

    def f(theta):
        w = theta[: d * k].reshape(d, k)
        m = -sign * (np.asarray(x @ w) + theta[d * k :])
        loss = (s * np.logaddexp(0, m)).sum() / n + 0.5 * inv * (w * w).sum()
        g = -(s * sign * expit(m)) / n
        gw = np.asarray(xt @ g) + inv * w
        return loss, np.concatenate([gw.ravel(), g.sum(axis=0)])

    res = minimize(f, np.zeros(d * k + k), jac=True, method="L-BFGS-B",
                   options={"maxiter": max_iter, "gtol": tol, "maxcor": 20})  # fmt: skip
    coef = res.x[: d * k].reshape(d, k).astype(np.float32)
    if used is not None:
        coef = np.zeros((full, k), dtype=np.float32)
        coef[used] = res.x[: d * k].reshape(d, k)
    intercept = res.x[d * k :].copy()
    coef[:, ~live] = 0
    intercept[npos == 0] = -30.0
    intercept[npos == n] = 30.0
    return Linear(coef, intercept)
