"""Synthetic frost textures for the frost corruption.

Deviation from the official generator: CIFAR-10-C overlays random crops of
five frost *photographs* (``frost1.png`` .. ``frost5.jpg``, shrunk to 20 %),
which are not redistributable with this package. We generate five frost-like
RGB textures instead, by a fixed procedure with fixed seeds, so they are the
same on every machine and every run:

1. Ice dendrites: per texture, 14 crystals, each a straight stem (random start,
   direction, length 0.15-0.45 of the texture side) with side branches every
   2-4 px at +-60 degrees (the hexagonal angle of ice), their length tapering
   along the stem; plus 500 short, dimmer random needles (frost grains).
   Every segment is drawn as a Gaussian ridge of its distance to the pixel;
   intensities add up and saturate as ``1 - exp(-sum)``.
2. Haze: ridged multi-octave value noise ``(1 - |2 n - 1|)^3`` on 4..32-cell
   grids, for the frosted film between crystals.
3. ``0.75 * dendrites + 0.25 * haze``, blurred (sigma 0.5 px at 128 px),
   stretched to [0, 1] (0.5 % brightest saturate), and coloured from dark
   blue-grey (0.10, 0.14, 0.20) to ice white (0.93, 0.97, 1.0).

Textures are square with side 4 x the image side (128 px for 32 x 32 images,
where the official 20 %-shrunk photos are a few hundred px), so random crops
differ; feature sizes scale with the side. The mean intensity (~0.4) and the
contrast were chosen by eye to resemble the official overlays; frost numbers
are therefore comparable to, not equal to, published CIFAR-10-C frost numbers.
Textures are computed on the CPU once per size and cached (per device).
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F

from advaug.corruptions._filters import gaussian_filter
from advaug.corruptions.constants import FROST_TEXTURE_COUNT

FROST_TEXTURE_SEED = 2019  # fixed: textures are part of the benchmark definition
BASE_RGB = (0.10, 0.14, 0.20)
ICE_RGB = (0.93, 0.97, 1.0)

_CACHE: dict[tuple[int, str], torch.Tensor] = {}


def frost_textures(side: int, device: torch.device | str) -> torch.Tensor:
    """(FROST_TEXTURE_COUNT, 3, side, side) float32 textures in [0, 1] on ``device``."""
    key = (side, str(device))
    if key not in _CACHE:
        cpu_key = (side, "cpu")
        if cpu_key not in _CACHE:
            _CACHE[cpu_key] = torch.stack(
                [_texture(side, FROST_TEXTURE_SEED + k) for k in range(FROST_TEXTURE_COUNT)]
            )
        _CACHE[key] = _CACHE[cpu_key].to(device)
    return _CACHE[key]


def texture_side(height: int, width: int) -> int:
    return 4 * max(height, width)


def _texture(side: int, seed: int) -> torch.Tensor:
    rng = torch.Generator().manual_seed(seed)
    unit = side / 128.0
    dendrites = _render_segments(side, _dendrite_segments(side, unit, rng))
    haze = _ridged_noise(side, rng)
    value = 0.75 * dendrites + 0.25 * haze
    value = gaussian_filter(value[None, None], 0.5 * unit)[0, 0]
    low, high = value.min(), torch.quantile(value.flatten(), 0.995)
    value = ((value - low) / (high - low)).clamp(0, 1)
    base = torch.tensor(BASE_RGB, dtype=torch.float64).reshape(3, 1, 1)
    ice = torch.tensor(ICE_RGB, dtype=torch.float64).reshape(3, 1, 1)
    return (base + value * (ice - base)).to(torch.float32)


def _uniform(rng: torch.Generator, low: float, high: float, size: int = 1) -> torch.Tensor:
    return low + (high - low) * torch.rand(size, generator=rng, dtype=torch.float64)


def _dendrite_segments(side: int, unit: float, rng: torch.Generator) -> torch.Tensor:
    """Rows (x0, y0, x1, y1, width, brightness) for crystal stems, branches and grains."""
    segments = []
    for _ in range(14):
        start = _uniform(rng, 0, side, 2)
        angle = float(_uniform(rng, 0, 2 * math.pi))
        length = float(_uniform(rng, 0.15, 0.45)) * side
        direction = torch.tensor([math.cos(angle), math.sin(angle)], dtype=torch.float64)
        end = start + length * direction
        segments.append(torch.cat([start, end, torch.tensor([0.9 * unit, 1.6], dtype=torch.float64)]))
        along = float(_uniform(rng, 2, 4)) * unit
        while along < length:
            root = start + along * direction
            taper = 0.45 * length * (1 - along / length)
            for turn in (math.pi / 3, -math.pi / 3):
                branch = angle + turn + float(_uniform(rng, -0.15, 0.15))
                tip = root + taper * float(_uniform(rng, 0.6, 1.0)) * torch.tensor(
                    [math.cos(branch), math.sin(branch)], dtype=torch.float64
                )
                segments.append(torch.cat([root, tip, torch.tensor([0.6 * unit, 0.9], dtype=torch.float64)]))
            along += float(_uniform(rng, 2, 4)) * unit
    grains = 500
    starts = _uniform(rng, 0, side, 2 * grains).reshape(grains, 2)
    angles = _uniform(rng, 0, 2 * math.pi, grains)
    lengths = _uniform(rng, 1, 4, grains) * unit
    ends = starts + lengths[:, None] * torch.stack([torch.cos(angles), torch.sin(angles)], dim=1)
    grain_rows = torch.cat(
        [
            starts,
            ends,
            torch.full((grains, 1), 0.5 * unit, dtype=torch.float64),
            _uniform(rng, 0.3, 0.8, grains)[:, None],
        ],
        dim=1,
    )
    return torch.cat([torch.stack(segments), grain_rows])


def _render_segments(side: int, segments: torch.Tensor) -> torch.Tensor:
    """Sum of Gaussian ridges; each segment only touches pixels within 4 widths of it."""
    total = torch.zeros(side, side, dtype=torch.float64)
    for x0, y0, x1, y1, width, brightness in segments.tolist():
        reach = 4 * width
        left, right = max(0, int(min(x0, x1) - reach)), min(side, int(max(x0, x1) + reach) + 1)
        top, bottom = max(0, int(min(y0, y1) - reach)), min(side, int(max(y0, y1) + reach) + 1)
        if left >= right or top >= bottom:
            continue
        ys = torch.arange(top, bottom, dtype=torch.float64)[:, None] + 0.5
        xs = torch.arange(left, right, dtype=torch.float64)[None, :] + 0.5
        span_x, span_y = x1 - x0, y1 - y0
        t = ((xs - x0) * span_x + (ys - y0) * span_y) / max(span_x**2 + span_y**2, 1e-12)
        t = t.clamp(0, 1)
        distance2 = (xs - x0 - t * span_x) ** 2 + (ys - y0 - t * span_y) ** 2
        total[top:bottom, left:right] += brightness * torch.exp(-distance2 / (2 * width**2))
    return 1 - torch.exp(-total)


def _ridged_noise(side: int, rng: torch.Generator) -> torch.Tensor:
    total = torch.zeros(side, side, dtype=torch.float64)
    weight_sum = 0.0
    for octave, cells in enumerate((4, 8, 16, 32)):
        grid = torch.rand(1, 1, cells + 1, cells + 1, generator=rng, dtype=torch.float64)
        noise = F.interpolate(grid, size=(side, side), mode="bicubic", align_corners=True)[0, 0]
        weight = 0.5**octave
        total += weight * (1 - (2 * noise - 1).abs()).clamp(0, 1) ** 3
        weight_sum += weight
    return total / weight_sum
