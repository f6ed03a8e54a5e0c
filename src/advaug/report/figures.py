"""Seaborn figures, each saved as PNG (to look at) and PDF (for papers).

Every function takes data frames (or images, or paths) and an output stem,
writes ``stem``.png and ``stem``.pdf and returns the paths it wrote; one whose
data is absent writes nothing and returns []. Methods keep one order and one
colour everywhere (:mod:`advaug.report.style`); a "setting" is a data set and
model pair, drawn as its own panel.
"""

from __future__ import annotations

import math
import shutil
from pathlib import Path
from typing import Mapping

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from advaug.io import atomic_path  # noqa: E402
from advaug.report.style import method_palette, ordered_methods  # noqa: E402

# robust accuracy for the trade-off plot, strongest evaluation first
ROBUST_METRICS = {
    "robust_pgd_top1": "PGD top-1 accuracy (%)",
    "perturbed_top1": "perturbed top-1 accuracy (%)",
    "robust_fgsm_top1": "FGSM top-1 accuracy (%)",
}
PANEL_WRAP = 3


def save_figure(figure, stem: Path) -> list[Path]:
    paths = []
    for suffix in (".png", ".pdf"):
        final = Path(stem).with_suffix(suffix)
        with atomic_path(final, suffix=suffix) as tmp:
            figure.savefig(tmp, format=suffix[1:], dpi=150, bbox_inches="tight")
        paths.append(final)
    plt.close(figure)
    return paths


def _with_setting(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.assign(setting=frame["dataset"].astype(str) + " / " + frame["model"].astype(str))


def _panels(count: int, width: float = 4.2, height: float = 3.2):
    """Axes for ``count`` panels, at most PANEL_WRAP per row; the spare ones hidden."""
    columns = min(PANEL_WRAP, count)
    rows = math.ceil(count / columns)
    figure, axes = plt.subplots(rows, columns, figsize=(width * columns, height * rows), squeeze=False)
    for axis in axes.flat[count:]:
        axis.set_visible(False)
    return figure, axes


def accuracy_bars(runs: pd.DataFrame, stem: Path) -> list[Path]:
    """Clean top-1 per method, one panel per data set x model, error bars = std over seeds."""
    if "clean_top1" not in runs or runs["clean_top1"].isna().all():
        return []
    frame = _with_setting(runs).assign(accuracy=runs["clean_top1"] * 100)
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
        col_wrap=min(PANEL_WRAP, frame["setting"].nunique()),
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


def robust_metric(runs: pd.DataFrame) -> str | None:
    return next((m for m in ROBUST_METRICS if m in runs and runs[m].notna().any()), None)


def tradeoff_scatter(runs: pd.DataFrame, stem: Path) -> list[Path]:
    """Clean vs robust accuracy per method (mean, with std over seeds as error bars on both axes)."""
    metric = robust_metric(runs)
    if metric is None or "clean_top1" not in runs:
        return []
    frame = _with_setting(runs)
    settings = list(dict.fromkeys(frame["setting"]))
    order = ordered_methods(frame["method"])
    palette = method_palette(order)
    sns.set_theme(style="whitegrid", context="paper")
    figure, axes = _panels(len(settings))
    for axis, setting in zip(axes.flat, settings):
        chosen = frame[frame["setting"] == setting]
        for method in order:
            points = chosen[chosen["method"] == method][["clean_top1", metric]].dropna() * 100
            if points.empty:
                continue
            std = points.std(ddof=1) if len(points) > 1 else pd.Series(0.0, index=points.columns)
            axis.errorbar(
                points["clean_top1"].mean(),
                points[metric].mean(),
                xerr=std["clean_top1"],
                yerr=std[metric],
                fmt="o",
                color=palette[method],
                label=method,
                capsize=2,
                markersize=6,
            )
        axis.set_title(setting)
        axis.set_xlabel("clean top-1 accuracy (%)")
        axis.set_ylabel(ROBUST_METRICS[metric])
    handles, labels = axes.flat[0].get_legend_handles_labels()
    figure.legend(handles, labels, loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False)
    figure.suptitle("Clean vs robust accuracy (mean ± std over seeds)")
    figure.tight_layout()
    return save_figure(figure, stem)


def corruption_heatmap(corruption: pd.DataFrame, stem: Path) -> list[Path]:
    """Error (%) by corruption x method, averaged over severities and seeds; a panel per setting."""
    if corruption is None or corruption.empty:
        return []
    frame = _with_setting(corruption)
    settings = list(dict.fromkeys(frame["setting"]))
    names = list(dict.fromkeys(frame["corruption"]))
    sns.set_theme(style="white", context="paper")
    methods_most = frame.groupby("setting")["method"].nunique().max()
    figure, axes = _panels(len(settings), width=0.7 * methods_most + 3.0, height=0.35 * len(names) + 1.8)
    for axis, setting in zip(axes.flat, settings):
        chosen = frame[frame["setting"] == setting]
        order = ordered_methods(chosen["method"])
        table = chosen.pivot_table(index="corruption", columns="method", values="error", aggfunc="mean") * 100
        table = table.reindex(index=[n for n in names if n in table.index], columns=order)
        sns.heatmap(
            table,
            ax=axis,
            cmap="viridis",
            annot=table.size <= 400,
            fmt=".0f",
            cbar_kws={"label": "error (%)"},
            linewidths=0.3,
        )
        axis.set_title(setting)
        axis.set_xlabel("")
        axis.set_ylabel("")
        axis.tick_params(axis="x", rotation=45)
        axis.tick_params(axis="y", rotation=0)
    figure.suptitle("Corruption error by corruption and method (mean over severities and seeds)")
    figure.tight_layout()
    return save_figure(figure, stem)


def severity_curves(corruption: pd.DataFrame, stem: Path) -> list[Path]:
    """Error (%) vs severity, averaged over corruptions; band = std over seeds."""
    if corruption is None or corruption.empty:
        return []
    per_run = corruption.groupby(["dataset", "model", "method", "seed", "severity"], sort=False)[
        "error"
    ].mean()
    frame = _with_setting(per_run.reset_index())
    frame["error"] *= 100
    settings = list(dict.fromkeys(frame["setting"]))
    order = ordered_methods(frame["method"])
    sns.set_theme(style="whitegrid", context="paper")
    figure, axes = _panels(len(settings))
    for axis, setting in zip(axes.flat, settings):
        chosen = frame[frame["setting"] == setting]
        sns.lineplot(
            data=chosen,
            x="severity",
            y="error",
            hue="method",
            hue_order=[m for m in order if m in set(chosen["method"])],
            palette=method_palette(order),
            errorbar="sd",
            marker="o",
            ax=axis,
            legend=axis is axes.flat[0],
        )
        axis.set_title(setting)
        axis.set_xlabel("severity")
        axis.set_ylabel("error (%), mean over corruptions")
        axis.set_xticks(sorted(chosen["severity"].unique()))
    _legend_outside(figure, axes.flat[0])
    figure.suptitle("Corruption error vs severity (band: std over seeds)")
    figure.tight_layout()
    return save_figure(figure, stem)


def training_curves(history: pd.DataFrame, stem: Path) -> list[Path]:
    """Test accuracy and training loss per epoch, mean over seeds with a ±std band; a column per setting."""
    if history is None or history.empty:
        return []
    rows = [m for m in ("test_top1", "train_loss") if m in history and history[m].notna().any()]
    if not rows:
        return []
    frame = _with_setting(history)
    if "test_top1" in frame:
        frame["test_top1"] = frame["test_top1"] * 100
    settings = list(dict.fromkeys(frame["setting"]))
    order = ordered_methods(frame["method"])
    labels = {"test_top1": "test top-1 accuracy (%)", "train_loss": "training loss"}
    sns.set_theme(style="whitegrid", context="paper")
    figure, axes = plt.subplots(
        len(rows), len(settings), figsize=(4.5 * len(settings), 3.0 * len(rows)), squeeze=False
    )
    for column, setting in enumerate(settings):
        chosen = frame[frame["setting"] == setting]
        for row, metric in enumerate(rows):
            axis = axes[row, column]
            sns.lineplot(
                data=chosen.dropna(subset=[metric]),
                x="epoch",
                y=metric,
                hue="method",
                hue_order=[m for m in order if m in set(chosen["method"])],
                palette=method_palette(order),
                errorbar="sd",
                ax=axis,
                legend=(row == 0 and column == 0),
            )
            axis.set_ylabel(labels[metric])
            axis.set_title(setting if row == 0 else "")
            axis.xaxis.set_major_locator(MaxNLocator(integer=True))
    _legend_outside(figure, axes[0, 0])
    figure.suptitle("Training curves (mean over seeds, band: std)")
    figure.tight_layout()
    return save_figure(figure, stem)


def augmentation_gallery(
    images, methods: Mapping[str, object], stem: Path, title: str | None = None
) -> list[Path]:
    """The same test images under every augmentation method: a row per method, a column per image.

    ``images`` and every ``methods`` value are float (N, C, H, W) in [0, 1]
    (torch tensors on any device, or NumPy arrays), C = 1 or 3; the first row
    shows the images as they are. The tiles are drawn as one mosaic image (one
    axis, not one per tile), so a gallery of many methods stays quick to draw.
    """
    original = _as_hwc(images)
    rows = {"original": original}
    for name in ordered_methods(methods):
        augmented = _as_hwc(methods[name])
        if augmented.shape != original.shape:
            raise ValueError(
                f"augmentation_gallery: {name} gives shape {augmented.shape}, the images {original.shape}"
            )
        rows[name] = augmented
    count, height, width, channels = original.shape
    pad = max(1, height // 16)
    mosaic = np.ones((len(rows) * (height + pad) + pad, count * (width + pad) + pad, 3), dtype=np.float32)
    for row, batch in enumerate(rows.values()):
        top = pad + row * (height + pad)
        for column in range(count):
            left = pad + column * (width + pad)
            mosaic[top : top + height, left : left + width] = (
                batch[column] if channels == 3 else batch[column][..., :1]
            )
    tile_inches = 0.8
    figure, axis = plt.subplots(
        figsize=(count * tile_inches + 1.5, len(rows) * tile_inches * height / width + 0.6)
    )
    axis.imshow(mosaic, interpolation="nearest")
    axis.set_xticks([])
    axis.set_yticks([pad + row * (height + pad) + height / 2 for row in range(len(rows))], list(rows))
    axis.tick_params(axis="y", length=0, labelsize=9)
    for spine in axis.spines.values():
        spine.set_visible(False)
    axis.set_title(title or "The same test images under each augmentation method", fontsize=10)
    return save_figure(figure, stem)


def copy_image(source: str | Path, stem: Path) -> list[Path]:
    """Put a PNG made elsewhere (GAN grids, UMAP panels) into the report, with its PDF if beside it."""
    source = Path(source)
    written = []
    for suffix in (".png", ".pdf"):
        origin = source.with_suffix(suffix)
        if origin.exists():
            final = Path(stem).with_suffix(suffix)
            with atomic_path(final, suffix=suffix) as tmp:
                shutil.copyfile(origin, tmp)
            written.append(final)
    return written


def _as_hwc(images) -> np.ndarray:
    if hasattr(images, "detach"):
        images = images.detach().float().cpu().numpy()
    array = np.asarray(images, dtype=np.float32)
    if array.ndim != 4 or array.shape[1] not in (1, 3):
        raise ValueError(f"expected images shaped (N, C, H, W) with C = 1 or 3, got {array.shape}")
    return np.clip(array, 0.0, 1.0).transpose(0, 2, 3, 1)


def _legend_outside(figure, axis) -> None:
    legend = axis.get_legend()
    if legend is None:
        return
    handles, labels = axis.get_legend_handles_labels()
    legend.remove()
    figure.legend(handles, labels, loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False)


def gan_training(history: pd.DataFrame, stem: Path) -> list[Path]:
    """Auxiliary-classifier accuracy on generated vs real images per GAN epoch, a panel per data set."""
    columns = {"aux_acc_fake": "generated images", "aux_acc_real": "real images"}
    present = [c for c in columns if c in history]
    if not present:
        return []
    frame = history.melt(id_vars=["dataset", "epoch"], value_vars=present, var_name="images", value_name="accuracy")
    frame["images"] = frame["images"].map(columns)
    frame["accuracy"] = frame["accuracy"] * 100
    sns.set_theme(style="whitegrid", context="paper")
    grid = sns.relplot(
        data=frame, kind="line", x="epoch", y="accuracy", hue="images", col="dataset",
        palette=sns.color_palette("colorblind", 2), height=3.0, aspect=1.4,
    )
    grid.set_ylabels("auxiliary classifier accuracy (%)")
    grid.set_titles("{col_name}")
    return save_figure(grid.figure, stem)


def controller_policy(history: pd.DataFrame, stem: Path) -> list[Path]:
    """Adversarial AutoAugment's controller per epoch: its mean op and magnitude-level
    probabilities (history columns ``method_op_<name>``/``method_level_<k>``), a row per advaa run."""
    if history is None or history.empty or "method" not in history:
        return []
    ops = [c for c in history.columns if c.startswith("method_op_")]
    levels = [c for c in history.columns if c.startswith("method_level_")]
    runs = history[history["method"] == "advaa"].dropna(subset=ops[:1]) if ops and levels else history.iloc[:0]
    if runs.empty:
        return []
    keys = list(dict.fromkeys(zip(runs["dataset"], runs["model"], runs["seed"])))
    sns.set_theme(style="white", context="paper")
    figure, axes = plt.subplots(len(keys), 2, figsize=(11, 3.4 * len(keys)), squeeze=False,
                                gridspec_kw={"width_ratios": [3, 2]})
    for row, (dataset, model, seed) in enumerate(keys):
        run = runs[(runs["dataset"] == dataset) & (runs["model"] == model) & (runs["seed"] == seed)]
        run = run.sort_values("epoch").set_index("epoch")
        for column, (names, label) in enumerate(((ops, "operation"), (levels, "magnitude level"))):
            table = run[names].T
            table.index = [name.split("_", 2)[2] for name in names]
            sns.heatmap(table, ax=axes[row, column], cmap="rocket_r", vmin=0.0,
                        cbar_kws={"label": "probability"})
            axes[row, column].set_xlabel("epoch")
            axes[row, column].set_ylabel(label)
            axes[row, column].set_title(f"{dataset} / {model} / seed {seed}: {label}")
    figure.suptitle("Adversarial AutoAugment controller: mean probability of each choice per epoch "
                    f"(uniform: {1 / len(ops):.3f} per op, {1 / len(levels):.2f} per level)")
    figure.tight_layout()
    return save_figure(figure, stem)


def time_per_rule_bars(table: pd.DataFrame, stem: Path) -> list[Path]:
    """Summed job wall time per Snakemake rule (from advaug.report.timing), longest first."""
    if table is None or table.empty:
        return []
    frame = table.assign(minutes=table["total_s"] / 60)
    sns.set_theme(style="whitegrid", context="paper")
    figure, axis = plt.subplots(figsize=(6.0, 0.45 * len(frame) + 1.2))
    sns.barplot(data=frame, y="rule", x="minutes", hue="rule", palette="colorblind", legend=False, ax=axis)
    for patch, (_, row) in zip(axis.patches, frame.iterrows()):
        axis.annotate(
            f" {row['jobs']} job{'s' if row['jobs'] != 1 else ''}, {row['share_pct']:.0f}%",
            (patch.get_width(), patch.get_y() + patch.get_height() / 2), va="center", fontsize=8,
        )
    axis.set_xlabel("job wall time, summed over the rule's jobs (min)")
    axis.set_ylabel("")
    axis.set_xlim(0, frame["minutes"].max() * 1.3)
    axis.set_title("Time per rule (Snakemake benchmark files)")
    return save_figure(figure, stem)
