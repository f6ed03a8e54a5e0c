"""Summary statistics over seeds: mean, sample std, and t intervals for paired comparisons.

Seeds are few (3 to 5), so intervals use Student's t rather than the normal
approximation, and comparisons between two methods pair the runs that share a
seed: same data order and initialisation, so the seed's own luck cancels out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats as scipy_stats

CONFIDENCE = 0.95
MIN_PAIRED_SEEDS = 3


@dataclass(frozen=True)
class Interval:
    """A mean with its two-sided t confidence interval; bounds are NaN below two values."""

    mean: float
    low: float
    high: float
    n: int
    std: float

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high


def finite_values(values) -> np.ndarray:
    return np.asarray([v for v in values if v is not None and not _isnan(v)], dtype=float)


def mean_std(values) -> tuple[float, float]:
    """Mean and sample standard deviation (ddof=1; NaN with a single seed)."""
    array = finite_values(values)
    if array.size == 0:
        return math.nan, math.nan
    std = float(array.std(ddof=1)) if array.size > 1 else math.nan
    return float(array.mean()), std


def t_interval(values, confidence: float = CONFIDENCE) -> Interval:
    """mean ± t_{(1+c)/2, n-1} · s / sqrt(n): the interval for the mean of a few seeds."""
    array = finite_values(values)
    mean, std = mean_std(array)
    if array.size < 2:
        return Interval(mean, math.nan, math.nan, int(array.size), std)
    half = float(scipy_stats.t.ppf((1 + confidence) / 2, array.size - 1)) * std / math.sqrt(array.size)
    return Interval(mean, mean - half, mean + half, int(array.size), std)


def paired_differences(a: pd.Series, b: pd.Series) -> pd.Series:
    """a - b for the seeds both have (Series indexed by seed); unpaired seeds are dropped."""
    joined = pd.concat({"a": a, "b": b}, axis=1, join="inner").dropna()
    return (joined["a"] - joined["b"]).sort_index()


def paired_interval(a: pd.Series, b: pd.Series, confidence: float = CONFIDENCE) -> Interval:
    """The t interval of the mean paired difference a - b over shared seeds."""
    return t_interval(paired_differences(a, b), confidence)


def direction_verdict(interval: Interval, expect: str, min_seeds: int = MIN_PAIRED_SEEDS) -> str:
    """Whether the expected sign of a paired difference holds: the interval must exclude 0.

    ``expect`` is "higher" (a > b claimed) or "lower" (a < b claimed).
    """
    if expect not in ("higher", "lower"):
        raise ValueError(f"expect must be 'higher' or 'lower', not {expect!r}")
    if interval.n < min_seeds:
        return f"not enough seeds ({interval.n} paired < {min_seeds})"
    sign = 1 if expect == "higher" else -1
    low, high = sorted((sign * interval.low, sign * interval.high))
    if low > 0:
        return "holds"
    if high < 0:
        return "reversed"
    return "inconclusive (interval spans 0)"


def format_mean_std(mean: float, std: float, scale: float = 100.0, digits: int = 2) -> str:
    if _isnan(mean):
        return "–"
    if _isnan(std):
        return f"{mean * scale:.{digits}f}"
    return f"{mean * scale:.{digits}f} ± {std * scale:.{digits}f}"


def summarise(runs: pd.DataFrame, metrics: list[str], keys=("dataset", "model", "method")) -> pd.DataFrame:
    """One row per (dataset, model, method): mean, std and number of seeds of each metric."""
    rows = []
    for group, frame in runs.groupby(list(keys), sort=False):
        row = dict(zip(keys, group))
        row["seeds"] = int(frame["seed"].nunique())
        for metric in metrics:
            if metric in frame:
                row[f"{metric}_mean"], row[f"{metric}_std"] = mean_std(frame[metric])
        rows.append(row)
    return pd.DataFrame(rows)


def _isnan(value) -> bool:
    try:
        return math.isnan(value)
    except TypeError:
        return False
