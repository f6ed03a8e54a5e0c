"""UMAP picture of a model's test embeddings, clean beside perturbed.

One UMAP is fitted on the clean and perturbed embeddings stacked together, so
both panels live in the same 2-D coordinates and a class cluster that smears
or moves under perturbation shows as such. Embeddings are L2-normalised first,
the geometry the k-NN evaluation and angular loss use. umap-learn is imported
inside the function because numba makes its import take seconds.
"""

from __future__ import annotations

import functools
import importlib
import warnings
from pathlib import Path
from typing import Sequence

import numpy as np

from advaug.report.figures import save_figure

UMAP_NEIGHBORS = 15  # umap-learn's default
UMAP_SEED = 0
MAX_LEGEND_CLASSES = 20

#: umap-learn's numba kernels on umap_coordinates' path whose decorators lack ``cache=True``, so
#: every process compiled them again: 4.8 of the 5.4 s of a first fit of 720 points (AMD VM, one
#: thread), once per umap job and per test process. Only the serial layout epoch: its parallel
#: twin wraps the same Python function, and numba's cache does not tell the two apart.
UNCACHED_UMAP_KERNELS = (
    ("umap.umap_", "smooth_knn_dist"),
    ("umap.umap_", "compute_membership_strengths"),
    ("umap.layouts", "_nb_optimize_layout_euclidean_single_epoch"),
)


@functools.cache
def cache_umap_kernels() -> None:
    """Let numba keep umap-learn's uncached kernels in its on-disk cache, as it keeps the ones
    umap-learn marks ``cache=True`` (in umap's ``__pycache__``, or ``NUMBA_CACHE_DIR``): the same
    machine code, compiled once per environment instead of once per process, so the same layout
    (tests/test_knn_angular.py). A umap-learn without one of these kernels fails here, loudly,
    rather than compiling in every process unnoticed; requirements.lock pins the one checked."""
    for module_name, kernel_name in UNCACHED_UMAP_KERNELS:
        kernel = getattr(importlib.import_module(module_name), kernel_name, None)
        if not hasattr(kernel, "enable_caching"):
            raise RuntimeError(
                f"umap-learn has no numba kernel {module_name}.{kernel_name}; "
                "update advaug.report.embeddings.UNCACHED_UMAP_KERNELS for this umap-learn"
            )
        kernel.enable_caching()


def umap_coordinates(embeddings: np.ndarray, seed: int = UMAP_SEED) -> np.ndarray:
    """(N, 2) UMAP of L2-normalised embeddings; a fixed random_state makes it repeatable."""
    import umap

    cache_umap_kernels()
    embeddings = np.asarray(embeddings, dtype=np.float32)
    embeddings = embeddings / np.maximum(np.linalg.norm(embeddings, axis=1, keepdims=True), 1e-12)
    neighbours = max(2, min(UMAP_NEIGHBORS, len(embeddings) - 1))
    # n_jobs=1: a fixed random_state makes umap-learn single-threaded anyway
    reducer = umap.UMAP(n_neighbors=neighbours, n_components=2, random_state=seed, n_jobs=1,
                        precomputed_knn=exact_neighbours(embeddings, neighbours))
    with warnings.catch_warnings():
        # Without a search index umap-learn cannot transform new points; only the fit is used.
        warnings.filterwarnings("ignore", message=r"precomputed_knn\[2\]")
        return reducer.fit_transform(embeddings)


def exact_neighbours(points: np.ndarray, count: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices and Euclidean distances of each point's ``count`` nearest points (itself first).

    The exact neighbours umap-learn finds by itself below 4,096 points, computed in one matrix
    product: umap-learn gets there by calling its numba distance once per pair from Python
    (about 1 s per figure for 720 points, plus numba compiling; the digits umap job took 60 s,
    a quarter of it there). The fuzzy graph built from them is umap-learn's own to float
    rounding; the layout's random draws differ, so the picture is an equally faithful one,
    not the identical one (tests/test_knn_angular.py compares graph and trustworthiness).
    """
    points = np.asarray(points, dtype=np.float64)
    squared = (points * points).sum(1)
    distances = np.sqrt(np.maximum(squared[:, None] + squared[None, :] - 2.0 * points @ points.T, 0.0))
    np.fill_diagonal(distances, 0.0)
    indices = np.argsort(distances, axis=1, kind="stable")[:, :count]
    return indices.astype(np.int64), np.take_along_axis(distances, indices, axis=1).astype(np.float32)


def umap_figure(
    clean_embeddings: np.ndarray,
    perturbed_embeddings: np.ndarray,
    labels,
    class_names: Sequence[str],
    title: str,
    stem: str | Path,
) -> list[Path]:
    """Two panels (clean, perturbed) coloured by class; saved as ``stem``.png and .pdf."""
    import matplotlib.pyplot as plt
    import seaborn as sns

    clean_embeddings = np.asarray(clean_embeddings)
    perturbed_embeddings = np.asarray(perturbed_embeddings)
    labels = np.asarray(labels)
    if len(clean_embeddings) != len(labels) or len(perturbed_embeddings) != len(labels):
        raise ValueError("umap_figure: clean and perturbed embeddings need one label per row each")
    coordinates = umap_coordinates(np.concatenate([clean_embeddings, perturbed_embeddings]))
    halves = {"clean": coordinates[: len(labels)], "perturbed": coordinates[len(labels) :]}

    sns.set_theme(style="white", context="paper")
    palette = sns.color_palette("tab10" if len(class_names) <= 10 else "husl", len(class_names))
    figure, axes = plt.subplots(1, 2, figsize=(9, 4.2), sharex=True, sharey=True)
    for axis, (panel, points) in zip(axes, halves.items()):
        for index, name in enumerate(class_names):
            chosen = labels == index
            x, y = points[chosen, 0], points[chosen, 1]
            axis.scatter(x, y, s=3, color=palette[index], label=name, linewidths=0)
        axis.set_title(panel)
        axis.set_xticks([])
        axis.set_yticks([])
    if len(class_names) <= MAX_LEGEND_CLASSES:
        axes[1].legend(loc="center left", bbox_to_anchor=(1.02, 0.5), markerscale=4, frameon=False)
    figure.suptitle(title)
    return save_figure(figure, Path(stem))
