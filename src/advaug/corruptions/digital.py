"""Digital corruptions: brightness, contrast, saturate, pixelate, JPEG, elastic transform.

Brightness and saturate edit the HSV value / saturation as the official code
does with skimage's ``rgb2hsv``/``hsv2rgb``; the conversions below follow
skimage's conventions (ties in the max channel resolved blue > green > red).

Pixelate reproduces PIL's BOX resampling (down to ``int(size * c)``, then back
up), whose weights depend only on the sizes, as two small matrices applied to
the whole batch. PIL rounds to 8 bits after each pass; we do not, so results
may differ from PIL by at most a grey level.

JPEG is an encoder, so it runs PIL's (as the official code does) per image on
the CPU; the image is rounded to 8 bits first.

Elastic transform: OpenCV ``warpAffine`` (bilinear, coordinates quantised to
1/32 px as OpenCV does, border reflect101) then scipy ``map_coordinates``
(bilinear, border 'reflect'), both as batched gathers. Checked once against
OpenCV and scipy: equal on float64 input; OpenCV's float32 path (which the
official code takes) quantises its interpolation weights and differs by up to
0.012. The official constants are multiples of IMSIZE = 32; we use min(H, W).
"""

from __future__ import annotations

import io
from functools import cache

import numpy as np
import torch
from PIL import Image

from advaug.corruptions import constants as K
from advaug.corruptions._filters import gaussian_filter, sample_bilinear


# --- HSV (skimage conventions) -------------------------------------------------
def rgb_to_hsv(rgb: torch.Tensor) -> torch.Tensor:
    red, green, blue = rgb.unbind(1)
    value = rgb.amax(dim=1)
    delta = value - rgb.amin(dim=1)
    flat = delta == 0
    safe_delta = torch.where(flat, torch.ones_like(delta), delta)
    saturation = torch.where(
        flat, torch.zeros_like(delta), delta / torch.where(flat, torch.ones_like(value), value)
    )
    hue = (green - blue) / safe_delta
    hue = torch.where(green == value, 2 + (blue - red) / safe_delta, hue)
    hue = torch.where(blue == value, 4 + (red - green) / safe_delta, hue)
    hue = torch.where(flat, torch.zeros_like(hue), torch.remainder(hue / 6, 1.0))
    return torch.stack([hue, saturation, value], dim=1)


def hsv_to_rgb(hsv: torch.Tensor) -> torch.Tensor:
    hue, saturation, value = hsv.unbind(1)
    sector = torch.floor(hue * 6)
    frac = hue * 6 - sector
    sector = torch.remainder(sector, 6).long()
    p = value * (1 - saturation)
    q = value * (1 - frac * saturation)
    t = value * (1 - (1 - frac) * saturation)
    choices = {  # channel -> its value in sectors 0..5
        "r": (value, q, p, p, t, value),
        "g": (t, value, value, q, p, p),
        "b": (p, p, t, value, value, q),
    }
    channels = [torch.stack(options, dim=1).gather(1, sector.unsqueeze(1)) for options in choices.values()]
    return torch.cat(channels, dim=1)


def brightness(x: torch.Tensor, severity: int, rng: torch.Generator) -> torch.Tensor:
    hsv = rgb_to_hsv(x)
    hsv[:, 2] = (hsv[:, 2] + K.BRIGHTNESS_SHIFT[severity - 1]).clamp(0, 1)
    return hsv_to_rgb(hsv)


def saturate(x: torch.Tensor, severity: int, rng: torch.Generator) -> torch.Tensor:
    scale, shift = K.SATURATE[severity - 1]
    hsv = rgb_to_hsv(x)
    hsv[:, 1] = (hsv[:, 1] * scale + shift).clamp(0, 1)
    return hsv_to_rgb(hsv)


def contrast(x: torch.Tensor, severity: int, rng: torch.Generator) -> torch.Tensor:
    means = x.mean(dim=(2, 3), keepdim=True)  # per image and channel, as official
    return (x - means) * K.CONTRAST_FACTOR[severity - 1] + means


# --- pixelate -------------------------------------------------------------------
def pixelate(x: torch.Tensor, severity: int, rng: torch.Generator) -> torch.Tensor:
    factor = K.PIXELATE_FACTOR[severity - 1]
    height, width = x.shape[-2:]
    small_h, small_w = int(height * factor), int(width * factor)
    rows = _matrix(_pil_box_weights(height, small_h), x)
    cols = _matrix(_pil_box_weights(width, small_w), x)
    rows_back = _matrix(_pil_box_weights(small_h, height), x)
    cols_back = _matrix(_pil_box_weights(small_w, width), x)
    small = torch.einsum("oh,nchw,pw->ncop", rows, x, cols)
    return torch.einsum("oh,nchw,pw->ncop", rows_back, small, cols_back)


def _matrix(weights: np.ndarray, like: torch.Tensor) -> torch.Tensor:
    return torch.from_numpy(weights).to(device=like.device, dtype=like.dtype)


@cache
def _pil_box_weights(in_size: int, out_size: int) -> np.ndarray:
    """(out, in) weights of PIL's BOX filter (Resample.c ``precompute_coeffs``).

    PIL's box is 1 on (-0.5, 0.5], scaled by the reduction factor, and taps
    are rounded to whole input pixels; upscaling degenerates to nearest.
    """
    scale = in_size / out_size
    filter_scale = max(scale, 1.0)
    support = 0.5 * filter_scale
    weights = np.zeros((out_size, in_size))
    for out in range(out_size):
        centre = (out + 0.5) * scale
        first = max(int(centre - support + 0.5), 0)
        last = min(int(centre + support + 0.5), in_size)
        taps = np.arange(first, last)
        offsets = (taps - centre + 0.5) / filter_scale
        row = ((offsets > -0.5) & (offsets <= 0.5)).astype(np.float64)
        if row.sum() > 0:
            row /= row.sum()
        weights[out, first:last] = row
    return weights


# --- JPEG -------------------------------------------------------------------------
def jpeg_compression(x: torch.Tensor, severity: int, rng: torch.Generator) -> torch.Tensor:
    quality = K.JPEG_QUALITY[severity - 1]
    pixels = (x.clamp(0, 1) * 255).round().to(torch.uint8).permute(0, 2, 3, 1).cpu().numpy()
    decoded = np.stack([_jpeg_roundtrip(image, quality) for image in pixels])
    if decoded.ndim == 3:
        decoded = decoded[..., None]
    return torch.from_numpy(decoded).to(x.device).permute(0, 3, 1, 2).to(x.dtype) / 255


def _jpeg_roundtrip(image: np.ndarray, quality: int) -> np.ndarray:
    picture = Image.fromarray(image[..., 0] if image.shape[-1] == 1 else image)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    with Image.open(buffer) as decoded:
        return np.asarray(decoded)


# --- elastic transform ------------------------------------------------------------
def elastic_transform(x: torch.Tensor, severity: int, rng: torch.Generator) -> torch.Tensor:
    n, _, height, width = x.shape
    size = min(height, width)
    alpha, sigma, jitter = (size * f for f in K.ELASTIC[severity - 1])
    src = _affine_anchor_points(height, width).to(x.device)
    offsets = (2 * torch.rand((n, 3, 2), generator=rng, device=x.device, dtype=torch.float64) - 1) * jitter
    offsets = offsets.float().double()  # official: .astype(np.float32)
    dx = torch.rand((n, 1, height, width), generator=rng, device=x.device, dtype=x.dtype) * 2 - 1
    dy = torch.rand((n, 1, height, width), generator=rng, device=x.device, dtype=x.dtype) * 2 - 1
    warped = _warp_affine(x, src, src + offsets)
    dx = gaussian_filter(dx, sigma, mode="symmetric", truncate=K.ELASTIC_FIELD_TRUNCATE)[:, 0] * alpha
    dy = gaussian_filter(dy, sigma, mode="symmetric", truncate=K.ELASTIC_FIELD_TRUNCATE)[:, 0] * alpha
    rows, cols = _pixel_grid(n, height, width, x.device)
    return sample_bilinear(warped, rows.to(x.dtype) + dy, cols.to(x.dtype) + dx, "symmetric")


def _affine_anchor_points(height: int, width: int) -> torch.Tensor:
    """The official three (x, y) anchors around the centre (it uses (h, w) // 2 as (x, y))."""
    centre = torch.tensor([height // 2, width // 2], dtype=torch.float64)
    half = min(height, width) // 3
    return torch.stack([centre + half, torch.stack([centre[0] + half, centre[1] - half]), centre - half])


def _warp_affine(x: torch.Tensor, src: torch.Tensor, dst: torch.Tensor) -> torch.Tensor:
    """cv2.warpAffine with the transform taking ``src`` to ``dst`` (cv2.getAffineTransform).

    Source positions are computed the way OpenCV does: the inverse map in
    1/1024 px fixed point, rounded, then cut to 1/32 px (INTER_BITS = 5).
    """
    n, _, height, width = x.shape
    homogeneous = torch.cat([src, torch.ones(3, 1, dtype=src.dtype, device=src.device)], dim=1)
    forward = torch.linalg.solve(homogeneous.expand(n, 3, 3), dst).transpose(1, 2)  # (n, 2, 3)
    linear_inv = torch.linalg.inv(forward[:, :, :2])
    inverse = torch.cat([linear_inv, -linear_inv @ forward[:, :, 2:]], dim=2)  # (n, 2, 3)
    rows = torch.arange(height, device=x.device, dtype=torch.float64).reshape(1, height, 1)
    cols = torch.arange(width, device=x.device, dtype=torch.float64).reshape(1, 1, width)

    def source(axis: int) -> torch.Tensor:
        m = inverse[:, axis].reshape(n, 3, 1, 1)
        per_row = torch.round((m[:, 1] * rows + m[:, 2]) * 1024) + 16
        per_col = torch.round(m[:, 0] * cols * 1024)
        return (torch.floor((per_row + per_col) / 32) / 32).to(x.dtype)

    return sample_bilinear(x, source(1), source(0), "reflect101")


def _pixel_grid(n: int, height: int, width: int, device: torch.device) -> tuple[torch.Tensor, torch.Tensor]:
    rows = (
        torch.arange(height, device=device, dtype=torch.float64)
        .reshape(1, height, 1)
        .expand(n, height, width)
    )
    cols = (
        torch.arange(width, device=device, dtype=torch.float64).reshape(1, 1, width).expand(n, height, width)
    )
    return rows, cols
