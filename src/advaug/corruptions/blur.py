"""Blur corruptions: defocus, glass, motion, zoom and (extra) Gaussian blur.

Motion blur: the official code calls ImageMagick's ``MotionBlurImage`` through
Wand; here that kernel (one-sided Gaussian taps along a line at a random angle,
edge borders) is reimplemented in torch -- see ``_filters.imagemagick_motion_blur``.

Glass blur: the official "swap" is ``x[h, w], x[h', w'] = x[h', w'], x[h, w]``
on a NumPy array, whose right-hand side holds two *views*: the first
assignment copies the neighbour into (h, w), the second copies that same
value back, so each step copies the neighbour into place and nothing is ever
swapped. The released CIFAR-10-C was made that way, so we reproduce it (a
true swap moves pixels further and deviates from the released data by
+10..44 %). With the CIFAR offsets (dx, dy in {-1, 0}) and the sweep running
from the far corner, every step reads a pixel the sweep has not written yet in
that pass, so one pass is exactly one gather from the image as it was before
the pass; see ``_shuffle_pixels``.

Zoom blur: the factors are ``np.arange(1, stop, 0.01)`` computed by NumPy
itself, since its float steps decide the zoomed size (1.2500000000000002
zooms a 26 px crop to 33 px where 1.25 gives 32).
"""

from __future__ import annotations

from functools import cache

import numpy as np
import torch

from advaug.corruptions import constants as K
from advaug.corruptions._filters import (
    correlate2d,
    gather_pixels,
    gaussian_filter,
    imagemagick_motion_blur,
    pad2d,
    zoom_center,
)


def gaussian_blur(x: torch.Tensor, severity: int, rng: torch.Generator) -> torch.Tensor:
    return gaussian_filter(x, K.GAUSSIAN_BLUR_SIGMA[severity - 1])


def defocus_blur(x: torch.Tensor, severity: int, rng: torch.Generator) -> torch.Tensor:
    radius, alias_sigma = K.DEFOCUS_BLUR[severity - 1]
    return correlate2d(x, _disk_kernel(radius, alias_sigma), "reflect101")


@cache
def _disk_kernel(radius: float, alias_sigma: float) -> torch.Tensor:
    """The official ``disk``: a normalised aliased disk, anti-aliased by cv2.GaussianBlur.

    The disk lives on a 17x17 grid (radius <= 8) and is blurred with a 3x3
    Gaussian, as there; we crop the all-zero margin, which changes nothing.
    """
    half = 8 if radius <= 8 else int(radius)
    blur_size = 3 if radius <= 8 else 5
    offsets = torch.arange(-half, half + 1, dtype=torch.float64)
    disk = ((offsets[None, :] ** 2 + offsets[:, None] ** 2) <= radius**2).to(torch.float64)
    disk = disk / disk.sum()
    gauss = torch.exp(
        -((torch.arange(blur_size, dtype=torch.float64) - blur_size // 2) ** 2) / (2 * alias_sigma**2)
    )
    gauss = gauss / gauss.sum()
    padded = pad2d(disk[None, None], blur_size // 2, blur_size // 2, "reflect101")
    kernel = torch.nn.functional.conv2d(padded, (gauss[:, None] * gauss[None, :])[None, None])[0, 0]
    nonzero = torch.nonzero(kernel.abs() > 0)
    reach = int((nonzero - half).abs().max())
    return kernel[half - reach : half + reach + 1, half - reach : half + reach + 1].contiguous()


def motion_blur(x: torch.Tensor, severity: int, rng: torch.Generator) -> torch.Tensor:
    radius, sigma = K.MOTION_BLUR[severity - 1]
    low, high = K.MOTION_BLUR_ANGLE_RANGE
    angles = low + (high - low) * torch.rand(x.shape[0], generator=rng, device=x.device, dtype=torch.float64)
    return imagemagick_motion_blur(x, radius, sigma, angles)


def zoom_blur(x: torch.Tensor, severity: int, rng: torch.Generator) -> torch.Tensor:
    factors = zoom_blur_factors(severity)
    total = x.clone()
    for factor in factors:
        total += zoom_center(x, factor)
    return total / (len(factors) + 1)


def zoom_blur_factors(severity: int) -> list[float]:
    """The official zoom factors, bit for bit: NumPy's arange, not 1 + 0.01 k."""
    return np.arange(1, K.ZOOM_BLUR_STOPS[severity - 1], K.ZOOM_BLUR_STEP).tolist()


def glass_blur(x: torch.Tensor, severity: int, rng: torch.Generator) -> torch.Tensor:
    sigma, max_delta, passes = K.GLASS_BLUR[severity - 1]
    # official: np.uint8(gaussian(x) * 255) truncates before shuffling
    x = torch.floor(gaussian_filter(x, sigma).clamp(0, 1) * 255 + 1e-3) / 255
    x = _shuffle_pixels(x, max_delta, passes, rng)
    return gaussian_filter(x, sigma)


def _shuffle_pixels(x: torch.Tensor, max_delta: int, passes: int, rng: torch.Generator) -> torch.Tensor:
    """The official sweep as released: position (h, w) takes the value at (h + dy, w + dx).

    The sweep visits rows, then columns, from the far end; offsets are
    np.random.randint(-d, d), i.e. in -d..d-1, dx drawn before dy, drawn here
    up front as (passes, positions in sweep order, images, (dx, dy)).
    Exactness of the gather: with d = 1 the source lies above or left of (h, w),
    i.e. later in the sweep, so it still holds its value from before the pass.
    For d > 1 a source could already be overwritten, so that case is refused.
    """
    if max_delta != 1:
        raise ValueError("the one-gather-per-pass glass shuffle is exact only for max_delta = 1")
    n, _, height, width = x.shape
    rows = torch.arange(height - max_delta, max_delta, -1, device=x.device)
    cols = torch.arange(width - max_delta, max_delta, -1, device=x.device)
    offsets = torch.randint(
        -max_delta, max_delta, (passes, len(rows) * len(cols), n, 2), generator=rng, device=x.device
    )
    offsets = offsets.reshape(passes, len(rows), len(cols), n, 2).permute(0, 3, 1, 2, 4)
    x = x.clone()
    for sweep in range(passes):
        source_rows = rows.reshape(1, -1, 1) + offsets[sweep, ..., 1]
        source_cols = cols.reshape(1, 1, -1) + offsets[sweep, ..., 0]
        x[:, :, rows.reshape(-1, 1), cols.reshape(1, -1)] = gather_pixels(x, source_rows, source_cols)
    return x
