"""Seaborn figures, each saved as PNG (to look at) and PDF (for papers)."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402

from advaug.io import atomic_path  # noqa: E402
from advaug.report.style import method_palette, ordered_methods  # noqa: E402


def save_figure(figure, stem: Path) -> list[Path]:
    paths = []
    for suffix in (".png", ".pdf"):
        final = stem.with_suffix(suffix)
        with atomic_path(final, suffix=suffix) as tmp:
            figure.savefig(tmp, format=suffix[1:], dpi=150, bbox_inches="tight")
        paths.append(final)
    plt.close(figure)
    return paths


def accuracy_bars(runs: pd.DataFrame, stem: Path) -> list[Path]:
    """Clean top-1 per method, one panel per data set x model, error bars = std over seeds."""
    frame = runs.assign(
        accuracy=runs["clean_top1"] * 100, setting=runs["dataset"] + " / " + runs["model"]
    )
    order = ordered_methods(frame["method"])
    sns.set_theme(style="whitegrid", context="paper")
    grid = sns.catplot(
        data=frame,
        kind="bar",
        x="method",
        y="accuracy",
        hue="method",
        order=order,
        hue_order=order,
        palette=method_palette(order),
        col="setting",
        col_wrap=min(3, frame["setting"].nunique()),
        errorbar="sd",
        legend=False,
        height=3.2,
        aspect=1.4,
        sharey=False,
    )
    low = max(0.0, frame["accuracy"].min() - 5)
    for ax in grid.axes.flat:
        ax.set_ylim(low, 100)
        ax.tick_params(axis="x", rotation=45)
        ax.set_xlabel("")
    grid.set_ylabels("clean top-1 accuracy (%)")
    grid.set_titles("{col_name}")
    grid.figure.suptitle("Clean accuracy (mean ± std over seeds)", y=1.02)
    return save_figure(grid.figure, stem)
