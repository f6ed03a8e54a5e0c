"""``corrupt``: one entry point for the 19 corruptions, with the input checks and channel handling."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import torch

from advaug.corruptions import blur, digital, noise, spatter, weather
from advaug.corruptions._filters import luma
from advaug.corruptions.frost_layers import FrostLayers
from advaug.errors import UserError

CorruptionFn = Callable[[torch.Tensor, int, torch.Generator], torch.Tensor]

# The 15 benchmark corruptions in the order of the CIFAR-10-C release.
CORRUPTIONS: list[str] = [
    "gaussian_noise",
    "shot_noise",
    "impulse_noise",
    "defocus_blur",
    "glass_blur",
    "motion_blur",
    "zoom_blur",
    "snow",
    "frost",
    "fog",
    "brightness",
    "contrast",
    "elastic_transform",
    "pixelate",
    "jpeg_compression",
]
# The 4 held-out "extra" corruptions of the same release (for validation).
EXTRA_CORRUPTIONS: list[str] = ["speckle_noise", "gaussian_blur", "spatter", "saturate"]
SEVERITIES: tuple[int, ...] = (1, 2, 3, 4, 5)

_FUNCTIONS: dict[str, CorruptionFn] = {
    "gaussian_noise": noise.gaussian_noise,
    "shot_noise": noise.shot_noise,
    "impulse_noise": noise.impulse_noise,
    "speckle_noise": noise.speckle_noise,
    "defocus_blur": blur.defocus_blur,
    "glass_blur": blur.glass_blur,
    "motion_blur": blur.motion_blur,
    "zoom_blur": blur.zoom_blur,
    "gaussian_blur": blur.gaussian_blur,
    "snow": weather.snow,
    "frost": weather.frost,
    "fog": weather.fog,
    "spatter": spatter.spatter,
    "brightness": digital.brightness,
    "contrast": digital.contrast,
    "saturate": digital.saturate,
    "elastic_transform": digital.elastic_transform,
    "pixelate": digital.pixelate,
    "jpeg_compression": digital.jpeg_compression,
}
# Defined only through HSV: a grey image is replicated to RGB, corrupted, and
# turned back to grey with the BT.601 luma weights. Every other corruption works
# on the single channel directly (noise keeps its per-channel strength; colour
# constants -- frost images, snow's grey, spatter's water/mud -- use their luma).
_RGB_ONLY = {"brightness", "saturate"}


def corrupt(
    images: torch.Tensor,
    name: str,
    severity: int,
    rng: torch.Generator,
    frost: FrostLayers | None = None,
) -> torch.Tensor:
    """Apply corruption ``name`` at ``severity`` (1..5) to float (N, C, H, W) images in [0, 1].

    Returns the same shape and dtype, clipped to [0, 1], on the images' device;
    every random draw comes from ``rng`` (a generator on that device), so the
    same seed gives the same output on the same device. ``frost`` (needed for
    frost only) says what frost overlays: ``FrostLayers.official(cache_dir)``
    or ``FrostLayers.procedural()``; there is no default, so the choice is explicit.
    """
    _check(images, name, severity, rng)
    if name == "frost" and frost is None:
        raise UserError(
            "frost needs its frost images: pass frost=FrostLayers.official(cache_dir) "
            "or frost=FrostLayers.procedural() (advaug.corruptions.frost_layers)"
        )
    if images.shape[0] == 0:
        return images.clone()
    work = images if images.dtype == torch.float64 else images.to(torch.float32)
    function = partial(_FUNCTIONS[name], layers=frost) if name == "frost" else _FUNCTIONS[name]
    if name in _RGB_ONLY and work.shape[1] == 1:
        out = luma(function(work.expand(-1, 3, -1, -1).contiguous(), severity, rng))
    else:
        out = function(work, severity, rng)
    return out.clamp(0, 1).to(images.dtype)


def _check(images: torch.Tensor, name: str, severity: int, rng: torch.Generator) -> None:
    if name not in _FUNCTIONS:
        raise UserError(
            f"unknown corruption {name!r}; choose one of: {', '.join(CORRUPTIONS + EXTRA_CORRUPTIONS)}"
        )
    if isinstance(severity, bool) or not isinstance(severity, int) or severity not in SEVERITIES:
        raise UserError(f"corruption severity must be an integer 1..5, got {severity!r}")
    if not isinstance(images, torch.Tensor) or not images.is_floating_point():
        raise UserError("corrupt() needs float images in [0, 1]; convert uint8 with images.float() / 255")
    if images.ndim != 4 or images.shape[1] not in (1, 3):
        raise UserError(
            f"corrupt() needs images shaped (N, C, H, W) with C = 1 or 3, got {tuple(images.shape)}"
        )
    if min(images.shape[-2:]) < 4:
        raise UserError(f"corrupt() needs images of at least 4x4 pixels, got {tuple(images.shape[-2:])}")
    if rng.device.type != images.device.type:
        raise UserError(
            f"the generator is on {rng.device} but the images are on {images.device}; create it there"
        )
