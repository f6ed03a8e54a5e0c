"""Build a "<dataset>-C" set: every image under every (corruption, severity), as uint8 rows.

Each (corruption, severity) chunk gets its own generator, seeded from
``(seed, corruption, severity)`` by a hash, so any subset of chunks
regenerates bit-identically without generating the others. The output also
depends on ``batch_size`` (generators are consumed batch by batch) and on the
device (CPU and CUDA generators differ), so both belong to the recipe.

Float results become uint8 by truncation, as the official ``np.uint8(...)``
does (ImageMagick's 8-bit motion-blur output truncates too), except the
corruptions whose official output is PIL's rounded 8 bits (pixelate, JPEG),
which are rounded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np
import torch

from advaug.corruptions.apply import CORRUPTIONS, SEVERITIES, corrupt
from advaug.corruptions.frost_layers import FrostLayers
from advaug.errors import UserError

ROUNDED_OUTPUT = {"pixelate", "jpeg_compression"}


def chunk_seed(seed: int, name: str, severity: int) -> int:
    """A stable 63-bit seed per (seed, corruption, severity); Python's hash() is salted per process."""
    digest = hashlib.sha256(f"advaug-c:{seed}:{name}:{severity}".encode()).digest()
    return int.from_bytes(digest[:8], "little") & (2**63 - 1)


def make_corrupted_set(
    images: np.ndarray | torch.Tensor,
    names: Sequence[str] | None = None,
    severities: Sequence[int] = SEVERITIES,
    seed: int = 0,
    batch_size: int = 1000,
    device: str | torch.device = "cpu",
    labels: np.ndarray | torch.Tensor | None = None,
    frost: FrostLayers | None = None,
) -> dict[str, np.ndarray]:
    """Corrupt uint8 images (NHWC numpy or NCHW tensor) under each name x severity.

    Returns ``images`` (uint8 NHWC, one chunk of N rows per corruption x
    severity, names outer, severities inner), ``corruption`` (str),
    ``severity`` (int64), ``index`` (int64 row of the source image) and, when
    ``labels`` are given, ``labels`` (int64, ``labels[index]``). ``frost``:
    the frost images, required when ``names`` holds frost (see ``corrupt``).
    """
    clean = _as_nchw_uint8(images)
    names = list(CORRUPTIONS if names is None else names)
    severities = [int(s) for s in severities]
    if batch_size < 1:
        raise UserError(f"batch_size must be positive, got {batch_size}")
    device = torch.device(device)
    count, channels, height, width = clean.shape
    chunks = [(name, severity) for name in names for severity in severities]
    out = np.empty((len(chunks) * count, height, width, channels), dtype=np.uint8)
    for chunk_index, (name, severity) in enumerate(chunks):
        rng = torch.Generator(device=device).manual_seed(chunk_seed(seed, name, severity))
        offset = chunk_index * count
        for start in range(0, count, batch_size):
            batch = clean[start : start + batch_size].to(device).float() / 255
            corrupted = corrupt(batch, name, severity, rng, frost)
            out[offset + start : offset + start + len(batch)] = _to_uint8(corrupted, name)
    result = {
        "images": out,
        "corruption": np.repeat(np.array(names), len(severities) * count),
        "severity": np.tile(np.repeat(np.array(severities, dtype=np.int64), count), len(names)),
        "index": np.tile(np.arange(count, dtype=np.int64), len(chunks)),
    }
    if labels is not None:
        labels = np.asarray(labels.cpu() if isinstance(labels, torch.Tensor) else labels, dtype=np.int64)
        if labels.shape != (count,):
            raise UserError(
                f"labels must be 1-D with one label per image ({count}), got shape {labels.shape}"
            )
        result["labels"] = labels[result["index"]]
    return result


def _to_uint8(images: torch.Tensor, name: str) -> np.ndarray:
    scaled = images.clamp(0, 1) * 255
    # the small epsilon keeps float error (k - 1e-5) from truncating to k - 1
    scaled = scaled.round() if name in ROUNDED_OUTPUT else torch.floor(scaled + 1e-3)
    return scaled.to(torch.uint8).permute(0, 2, 3, 1).cpu().numpy()


def _as_nchw_uint8(images: np.ndarray | torch.Tensor) -> torch.Tensor:
    if isinstance(images, np.ndarray):
        if images.dtype != np.uint8 or images.ndim != 4 or images.shape[-1] not in (1, 3):
            raise UserError(
                f"numpy images must be uint8 NHWC with 1 or 3 channels, got {images.dtype} {images.shape}"
            )
        return torch.from_numpy(np.ascontiguousarray(images)).permute(0, 3, 1, 2)
    if isinstance(images, torch.Tensor):
        if images.dtype != torch.uint8 or images.ndim != 4 or images.shape[1] not in (1, 3):
            raise UserError(
                "tensor images must be uint8 NCHW with 1 or 3 channels, "
                f"got {images.dtype} {tuple(images.shape)}"
            )
        return images.cpu()
    raise UserError(
        f"images must be a uint8 numpy array (NHWC) or tensor (NCHW), got {type(images).__name__}"
    )
