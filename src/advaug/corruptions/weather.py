"""Weather corruptions: snow, frost, fog.

Snow: the official code motion-blurs its snow layer with ImageMagick; we use
the same reimplemented ImageMagick kernel as motion blur (``_filters.imagemagick_motion_blur``),
one random angle in [-135, -45] degrees per image, and round-trip the layer
through 8 bits as the official PNG encoding does (ImageMagick 6.9's 8-bit
output truncates; checked against Wand: 99.9 % of values equal, the rest off by one level).

Frost: blends a random crop of one of five frost images into the image: the
official photographs by default, or procedural textures when the config asks
for them (``frost_layers``).

Fog: the official diamond-square "plasma fractal" (including its quirk of
perturbing by wibble * U(-wibble, wibble)), one fractal per image, computed for
the whole batch at once.
"""

from __future__ import annotations

import math

import torch

from advaug.corruptions import constants as K
from advaug.corruptions._filters import imagemagick_motion_blur, luma, zoom_center
from advaug.corruptions.frost_layers import FrostLayers, crop_offsets


def snow(x: torch.Tensor, severity: int, rng: torch.Generator) -> torch.Tensor:
    mean, std, zoom, threshold, radius, sigma, image_weight = K.SNOW[severity - 1]
    n, channels, height, width = x.shape
    layer = mean + std * torch.randn((n, 1, height, width), generator=rng, device=x.device, dtype=x.dtype)
    layer = zoom_center(layer, zoom)
    layer = torch.where(layer < threshold, torch.zeros_like(layer), layer)
    layer = torch.floor(layer.clamp(0, 1) * 255) / 255  # official: astype(uint8) for the PNG
    low, high = K.SNOW_ANGLE_RANGE
    angles = low + (high - low) * torch.rand(n, generator=rng, device=x.device, dtype=torch.float64)
    blurred = imagemagick_motion_blur(layer, radius, sigma, angles)
    layer = torch.floor(blurred * 255 + 1e-3) / 255  # ImageMagick's 8-bit output truncates
    grey = luma(x) if channels == 3 else x
    x = image_weight * x + (1 - image_weight) * torch.maximum(x, grey * 1.5 + 0.5)
    return x + layer + layer.flip(-2, -1)


def frost(x: torch.Tensor, severity: int, rng: torch.Generator, layers: FrostLayers) -> torch.Tensor:
    image_weight, frost_weight = K.FROST[severity - 1]
    n, channels, height, width = x.shape
    stack, sizes = layers.stack(height, width, x.device)
    which = torch.randint(0, K.FROST_TEXTURE_COUNT, (n,), generator=rng, device=x.device)
    top = crop_offsets(sizes, which, height, 0, rng)
    left = crop_offsets(sizes, which, width, 1, rng)
    rows = top[:, None, None] + torch.arange(height, device=x.device)[None, :, None]
    cols = left[:, None, None] + torch.arange(width, device=x.device)[None, None, :]
    crops = stack[which[:, None, None], :, rows, cols].permute(0, 3, 1, 2).to(x.dtype)  # (n, 3, h, w)
    if channels == 1:
        crops = luma(crops)
    return image_weight * x + frost_weight * crops


def fog(x: torch.Tensor, severity: int, rng: torch.Generator) -> torch.Tensor:
    strength, decay = K.FOG[severity - 1]
    n, _, height, width = x.shape
    mapsize = 1 << math.ceil(math.log2(max(height, width, 2)))  # 32 for CIFAR, as official
    fractal = plasma_fractal(n, mapsize, decay, rng, x.device)[:, None, :height, :width].to(x.dtype)
    peak = x.amax(dim=(1, 2, 3), keepdim=True)
    return (x + strength * fractal) * peak / (peak + strength)


def plasma_fractal(
    n: int, mapsize: int, decay: float, rng: torch.Generator, device: torch.device
) -> torch.Tensor:
    """(n, mapsize, mapsize) diamond-square height maps scaled to [0, 1]."""
    maps = torch.zeros(n, mapsize, mapsize, device=device, dtype=torch.float64)
    wibble = K.FOG_INITIAL_WIBBLE
    step = mapsize

    def wibbled_mean(total: torch.Tensor) -> torch.Tensor:
        noise = torch.rand(total.shape, generator=rng, device=device, dtype=torch.float64)
        return total / 4 + wibble * wibble * (2 * noise - 1)

    while step >= 2:
        half = step // 2
        corners = maps[:, 0::step, 0::step]
        squares = corners + torch.roll(corners, -1, dims=1)
        squares = squares + torch.roll(squares, -1, dims=2)
        maps[:, half::step, half::step] = wibbled_mean(squares)
        centres = maps[:, half::step, half::step]
        corners = maps[:, 0::step, 0::step]
        left_sum = centres + torch.roll(centres, 1, dims=1) + corners + torch.roll(corners, -1, dims=2)
        maps[:, 0::step, half::step] = wibbled_mean(left_sum)
        top_sum = centres + torch.roll(centres, 1, dims=2) + corners + torch.roll(corners, -1, dims=1)
        maps[:, half::step, 0::step] = wibbled_mean(top_sum)
        step = half
        wibble /= decay
    maps = maps - maps.amin(dim=(1, 2), keepdim=True)
    return maps / maps.amax(dim=(1, 2), keepdim=True)
