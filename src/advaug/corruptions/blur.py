"""Blur corruptions: defocus, glass, motion, zoom and (extra) Gaussian blur.

Motion blur: the official code calls ImageMagick's ``MotionBlurImage`` through
Wand; here that kernel (one-sided Gaussian taps along a line at a random angle,
edge borders) is reimplemented in torch -- see ``_filters.imagemagick_motion_blur``.

Glass blur: the official pixel shuffle is a sequential sweep of swaps in which
each swap can move a pixel that an earlier swap just moved, so it cannot be
done as one permutation. We keep the sweep (a loop over the H x W positions,
twice at most) but do each swap for the whole batch at once; all the random
offsets are drawn up front.
"""

from __future__ import annotations

from functools import cache

import torch

from advaug.corruptions import constants as K
from advaug.corruptions._filters import (
    correlate2d,
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
    count = K.ZOOM_BLUR_FACTOR_COUNT[severity - 1]
    total = x.clone()
    for step in range(count):
        total += zoom_center(x, 1.0 + step * K.ZOOM_BLUR_FACTOR_STEP)
    return total / (count + 1)


def glass_blur(x: torch.Tensor, severity: int, rng: torch.Generator) -> torch.Tensor:
    sigma, max_delta, passes = K.GLASS_BLUR[severity - 1]
    # official: np.uint8(gaussian(x) * 255) truncates before shuffling
    x = torch.floor(gaussian_filter(x, sigma).clamp(0, 1) * 255 + 1e-3) / 255
    x = _shuffle_pixels(x, max_delta, passes, rng)
    return gaussian_filter(x, sigma)


def _shuffle_pixels(x: torch.Tensor, max_delta: int, passes: int, rng: torch.Generator) -> torch.Tensor:
    """The official sweep: rows then columns from the far end, swap with (h + dy, w + dx).

    Offsets are np.random.randint(-d, d), i.e. in -d..d-1, with dx drawn
    before dy at each position.
    """
    n, c, height, width = x.shape
    positions = [
        (h, w)
        for h in range(height - max_delta, max_delta, -1)
        for w in range(width - max_delta, max_delta, -1)
    ]
    offsets = torch.randint(
        -max_delta, max_delta, (passes, len(positions), n, 2), generator=rng, device=x.device
    )
    pixels = x.permute(2, 3, 0, 1).reshape(height * width, n, c).clone()  # position-major: swaps touch rows
    images = torch.arange(n, device=x.device)
    rows = torch.tensor([h for h, _ in positions], device=x.device).reshape(1, -1, 1)
    cols = torch.tensor([w for _, w in positions], device=x.device).reshape(1, -1, 1)
    targets = (rows + offsets[..., 1]) * width + (cols + offsets[..., 0])  # (passes, positions, n)
    for sweep in range(passes):
        for index, (h, w) in enumerate(positions):
            source, target = h * width + w, targets[sweep, index]
            here = pixels[source].clone()
            pixels[source] = pixels[target, images]
            pixels[target, images] = here
    return pixels.reshape(height, width, n, c).permute(2, 3, 0, 1).contiguous()
