"""Batched colour and pixel operations with one parameter per sample.

Definitions follow ``torchvision.transforms.v2.functional`` on float images
(which in turn follow PIL's ImageEnhance/ImageOps), so that RandAugment,
AutoAugment, TrivialAugment and AugMix here mean what they mean there; the
tests compare each op with torchvision applied image by image. Blends are
written ``factor * image + (1 - factor) * degenerate`` so they stay
differentiable in the factor.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

from advaug.ops.geometric import Param, per_sample

# ITU-R 601-2 luma weights, as torchvision's rgb_to_grayscale and PIL's convert("L")
_LUMA = (0.2989, 0.587, 0.114)


def _column(value: Param, images: torch.Tensor) -> torch.Tensor:
    """A per-sample parameter shaped to broadcast over (N, C, H, W)."""
    return per_sample(value, images).view(-1, 1, 1, 1)


def _blend(images: torch.Tensor, degenerate: torch.Tensor, factor: Param) -> torch.Tensor:
    factor = _column(factor, images)
    return (factor * images + (1.0 - factor) * degenerate).clamp(0.0, 1.0)


def grayscale(images: torch.Tensor) -> torch.Tensor:
    """(N, 1, H, W) luma; a 1-channel image is its own luma."""
    if images.shape[1] == 1:
        return images
    weights = images.new_tensor(_LUMA).view(1, 3, 1, 1)
    return (images * weights).sum(dim=1, keepdim=True)


def brightness(images: torch.Tensor, factor: Param) -> torch.Tensor:
    """Scale intensities by ``factor`` (blend with black)."""
    return (images * _column(factor, images)).clamp(0.0, 1.0)


def color(images: torch.Tensor, factor: Param) -> torch.Tensor:
    """Saturation: blend with the image's own grey version; identity on 1-channel images."""
    if images.shape[1] == 1:
        return images
    return _blend(images, grayscale(images), factor)


def contrast(images: torch.Tensor, factor: Param) -> torch.Tensor:
    """Blend with a flat image at the mean luma of each sample."""
    mean = grayscale(images).mean(dim=(1, 2, 3), keepdim=True)
    return _blend(images, mean, factor)


def sharpness(images: torch.Tensor, factor: Param) -> torch.Tensor:
    """Blend with PIL's smoothing filter; border pixels keep their value, as in PIL/torchvision."""
    _, channels, height, width = images.shape
    if height <= 2 or width <= 2:
        return images
    # PIL's ImageFilter.SMOOTH kernel: ones with a 5 in the centre, normalised by 13
    kernel = images.new_ones(3, 3)
    kernel[1, 1] = 5.0
    kernel = (kernel / 13.0).expand(channels, 1, 3, 3)
    blurred = F.conv2d(images, kernel, groups=channels)
    degenerate = images.clone()
    degenerate[:, :, 1:-1, 1:-1] = blurred
    return _blend(images, degenerate, factor)


def posterize(images: torch.Tensor, bits: Param) -> torch.Tensor:
    """Keep ``bits`` bits per channel (torchvision's float definition: floor(x * 2^bits) / 2^bits)."""
    levels = torch.pow(2.0, _column(bits, images).round())
    return torch.minimum(torch.floor(images * levels), levels - 1.0).clamp_min(0.0) / levels


def solarize(images: torch.Tensor, threshold: Param) -> torch.Tensor:
    """Invert every value at or above ``threshold`` (in [0, 1])."""
    return torch.where(images >= _column(threshold, images), 1.0 - images, images)


def invert(images: torch.Tensor) -> torch.Tensor:
    return 1.0 - images


def autocontrast(images: torch.Tensor) -> torch.Tensor:
    """Stretch each channel of each image to span [0, 1]; flat channels stay as they are."""
    low = images.amin(dim=(2, 3), keepdim=True)
    high = images.amax(dim=(2, 3), keepdim=True)
    flat = high == low
    low = torch.where(flat, torch.zeros_like(low), low)
    span = torch.where(flat, torch.ones_like(high), high - low)
    return ((images - low) / span).clamp(0.0, 1.0)


def to_uint8_levels(images: torch.Tensor) -> torch.Tensor:
    """Integer levels 0..255 as torchvision's float->uint8 conversion computes them.

    Multiplying by 256 - 1e-3 and truncating maps [0, 1] onto 256 equal bins
    (torchvision's ``to_dtype_image``), so uint8-representable inputs round-trip.
    """
    return (images * (256.0 - 1e-3)).clamp(0.0, 255.0).long()


def equalize(images: torch.Tensor) -> torch.Tensor:
    """Histogram equalisation per image and channel, with PIL's lookup table.

    The image is quantised to 256 levels first, as in torchvision/PIL; one
    ``bincount`` over (row * 256 + level) builds every histogram at once.
    """
    batch, channels, height, width = images.shape
    # A channels_last batch (the GPU default), or a one-image slice of it, is not contiguous
    # in NCHW: make the (image, pixel) rows contiguous once, so every view below holds.
    levels = to_uint8_levels(images).reshape(batch * channels, height * width).contiguous()
    rows = batch * channels
    offsets = torch.arange(rows, device=images.device)[:, None] * 256
    hist = torch.bincount((levels + offsets).view(-1), minlength=rows * 256).view(rows, 256)
    # PIL's scheme: step = (pixels not at the image's top level) // 255,
    # lut[k] = (cumsum[k - 1] + step // 2) // step, lut[0] = 0
    top = levels.amax(dim=1, keepdim=True)
    step = (height * width - hist.gather(1, top)) // 255
    cumulative = hist.cumsum(dim=1)[:, :-1]
    lut = ((cumulative + step // 2) // step.clamp_min(1)).clamp(0, 255)
    lut = torch.cat([torch.zeros_like(lut[:, :1]), lut], dim=1)
    equalized = torch.where(step > 0, lut.gather(1, levels), levels)
    return (equalized.to(images.dtype) / 255.0).view(batch, channels, height, width)


def square_mask(
    centre_xy: torch.Tensor, size: Param, height: int, width: int, reference: torch.Tensor
) -> torch.Tensor:
    """(N, 1, H, W) boolean mask of an axis-aligned square per sample, clipped at the border.

    ``centre_xy`` holds integer pixel coordinates (x, y); a square of side s
    covers columns cx - s // 2 .. cx - s // 2 + s - 1 (so odd sides are centred).
    """
    side = per_sample(size, reference).round().long()
    centre_xy = centre_xy.to(device=reference.device).long()
    x0 = centre_xy[:, 0] - side // 2
    y0 = centre_xy[:, 1] - side // 2
    cols = torch.arange(width, device=reference.device)
    rows = torch.arange(height, device=reference.device)
    in_cols = (cols[None] >= x0[:, None]) & (cols[None] < (x0 + side)[:, None])
    in_rows = (rows[None] >= y0[:, None]) & (rows[None] < (y0 + side)[:, None])
    return (in_rows[:, :, None] & in_cols[:, None, :]).unsqueeze(1)


def random_centres(batch: int, height: int, width: int, rng: torch.Generator, device) -> torch.Tensor:
    """(N, 2) integer (x, y) centres uniform over the image (squares may hang over the edge)."""
    x = torch.randint(0, width, (batch,), generator=rng, device=device)
    y = torch.randint(0, height, (batch,), generator=rng, device=device)
    return torch.stack([x, y], dim=1)


def cutout(images: torch.Tensor, size: Param, rng: torch.Generator, fill: float = 0.0) -> torch.Tensor:
    """Cutout (DeVries & Taylor 2017): fill one square of side ``size`` at a uniform random centre."""
    batch, _, height, width = images.shape
    centres = random_centres(batch, height, width, rng, images.device)
    mask = square_mask(centres, size, height, width, images)
    return torch.where(mask, torch.full_like(images, fill), images)


def gaussian_patch(
    images: torch.Tensor,
    centre_xy: torch.Tensor,
    size: Param,
    sigma: Param,
    rng: torch.Generator | None = None,
    noise: torch.Tensor | None = None,
) -> torch.Tensor:
    """Patch Gaussian (Lopes et al. 2019): add N(0, sigma^2) noise inside a square, clip to [0, 1].

    ``noise`` (standard normal, image-shaped) may be given instead of ``rng`` so
    that sampling and applying can be separated; pixels outside the patch are
    returned bit for bit.
    """
    if noise is None:
        if rng is None:
            raise ValueError("gaussian_patch needs either rng or noise")
        noise = torch.randn(images.shape, generator=rng, device=images.device, dtype=images.dtype)
    _, _, height, width = images.shape
    noisy = (images + _column(sigma, images) * noise).clamp(0.0, 1.0)
    mask = square_mask(centre_xy, size, height, width, images)
    return torch.where(mask, noisy, images)
