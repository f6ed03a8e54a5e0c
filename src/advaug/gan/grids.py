"""Image grids: raw PNG tiles for training snapshots, labelled PNG + PDF figures for the report."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np
import torch

from advaug.io import atomic_path


def grid_array(images: torch.Tensor, nrow: int, padding: int = 2) -> np.ndarray:
    """(N, C, H, W) floats in [0, 1] -> one uint8 HxWx3 tile image, ``nrow`` images per row."""
    from torchvision.utils import make_grid

    images = images.detach().float().clamp(0, 1).cpu()
    if images.shape[1] == 1:
        images = images.expand(-1, 3, -1, -1)
    grid = make_grid(images, nrow=nrow, padding=padding, pad_value=1.0)
    return (grid.mul(255).round().to(torch.uint8).permute(1, 2, 0).numpy()).copy()


def save_grid_png(images: torch.Tensor, path: str | Path, nrow: int) -> Path:
    """Write the tiled images at their pixel size: exact and small, for per-epoch snapshots."""
    from PIL import Image

    path = Path(path)
    with atomic_path(path, suffix=".png") as tmp:
        Image.fromarray(grid_array(images, nrow)).save(tmp, format="PNG")
    return path


def save_figure(figure, path_png: str | Path, dpi: int = 200) -> list[Path]:
    """Save a matplotlib figure as PNG and, beside it, PDF (vector text for the paper)."""
    path_png = Path(path_png)
    written = []
    for path, kwargs in ((path_png, {"dpi": dpi}), (path_png.with_suffix(".pdf"), {})):
        with atomic_path(path, suffix=path.suffix) as tmp:
            figure.savefig(tmp, format=path.suffix[1:], bbox_inches="tight", **kwargs)
        written.append(path)
    return written


def labelled_grid_figure(
    images: torch.Tensor,
    nrow: int,
    row_labels: Sequence[str],
    column_labels: Sequence[str] | None = None,
    title: str | None = None,
):
    """A tile grid with a label per row (classes) and optionally per column, for figures."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import seaborn as sns

    sns.set_theme(style="white", context="paper")
    tiles = grid_array(images, nrow)
    rows = int(np.ceil(len(images) / nrow))
    size = images.shape[-1] + 2  # make_grid's tile pitch with padding 2
    height = max(2.0, 0.45 * rows)
    figure, axis = plt.subplots(figsize=(max(2.0, 0.45 * nrow) + 0.8, height + 0.4))
    axis.imshow(tiles, interpolation="nearest")
    axis.set_yticks([2 + size * i + size / 2 - 1 for i in range(rows)])
    axis.set_yticklabels(list(row_labels)[:rows])
    if column_labels is not None:
        axis.set_xticks([2 + size * j + size / 2 - 1 for j in range(nrow)])
        axis.set_xticklabels(list(column_labels)[:nrow], rotation=90)
        axis.xaxis.set_ticks_position("top")
    else:
        axis.set_xticks([])
    axis.tick_params(length=0)
    for spine in axis.spines.values():
        spine.set_visible(False)
    if title:
        axis.set_title(title)
    return figure


def save_labelled_grid(path_png: str | Path, images: torch.Tensor, nrow: int, **labels) -> list[Path]:
    import matplotlib.pyplot as plt

    figure = labelled_grid_figure(images, nrow, **labels)
    try:
        return save_figure(figure, path_png)
    finally:
        plt.close(figure)
