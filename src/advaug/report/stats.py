"""Summary statistics over seeds."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd


def mean_std(values) -> tuple[float, float]:
    """Mean and sample standard deviation (ddof=1; NaN with a single seed)."""
    array = np.asarray([v for v in values if v is not None and not _isnan(v)], dtype=float)
    if array.size == 0:
        return math.nan, math.nan
    std = float(array.std(ddof=1)) if array.size > 1 else math.nan
    return float(array.mean()), std


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
