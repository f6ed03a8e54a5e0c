"""Noise corruptions: Gaussian, shot (Poisson), impulse (salt and pepper), speckle.

All four draw independent noise per pixel *and channel*, as the official code
does on H x W x 3 arrays; a grey image therefore gets noise of the official
per-channel strength on its single channel.
"""

from __future__ import annotations

import torch

from advaug.corruptions import constants as K


def gaussian_noise(x: torch.Tensor, severity: int, rng: torch.Generator) -> torch.Tensor:
    std = K.GAUSSIAN_NOISE_STD[severity - 1]
    return x + std * _randn_like(x, rng)


def shot_noise(x: torch.Tensor, severity: int, rng: torch.Generator) -> torch.Tensor:
    photons = K.SHOT_NOISE_PHOTONS[severity - 1]
    return torch.poisson(x * photons, generator=rng) / photons


def impulse_noise(x: torch.Tensor, severity: int, rng: torch.Generator) -> torch.Tensor:
    """skimage ``random_noise(mode='s&p')``: each value flips with prob ``amount``, half to 1, half to 0."""
    amount = K.IMPULSE_NOISE_AMOUNT[severity - 1]
    flipped = _rand_like(x, rng) <= amount
    salt = _rand_like(x, rng) <= 0.5
    x = torch.where(flipped & salt, torch.ones_like(x), x)
    return torch.where(flipped & ~salt, torch.zeros_like(x), x)


def speckle_noise(x: torch.Tensor, severity: int, rng: torch.Generator) -> torch.Tensor:
    std = K.SPECKLE_NOISE_STD[severity - 1]
    return x + x * std * _randn_like(x, rng)


def _randn_like(x: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
    return torch.randn(x.shape, generator=rng, device=x.device, dtype=x.dtype)


def _rand_like(x: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
    return torch.rand(x.shape, generator=rng, device=x.device, dtype=x.dtype)
