"""Batched geometric operations with one parameter per sample.

Every warp goes through one inverse affine matrix per sample and
``F.affine_grid``/``F.grid_sample``, so the output is differentiable with
respect to the parameters (adversarial methods move rotation angles by
gradient ascent). Conventions follow ``torchvision.transforms.v2.functional``
(``rotate``, ``affine``) so the batched ops can be checked against it image by
image: pixel coordinates with x to the right and y down, a positive angle turns
the content counter-clockwise, a positive translation moves it right/down, and
shears pivot on the top-left corner as in PIL and torchvision's AutoAugment.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

Param = torch.Tensor | float


def per_sample(value: Param, images: torch.Tensor) -> torch.Tensor:
    """A (N,) parameter on the images' device and dtype; a Python number is broadcast.

    Keeps a tensor's autograd history so gradients reach the parameters.
    """
    batch = images.shape[0]
    value = torch.as_tensor(value, dtype=images.dtype, device=images.device)
    if value.ndim == 0:
        value = value.expand(batch)
    if value.shape != (batch,):
        raise ValueError(f"expected a per-sample parameter of shape ({batch},), got {tuple(value.shape)}")
    return value


def warp_affine(
    images: torch.Tensor,
    inverse: torch.Tensor,
    fill: float = 0.0,
    mode: str = "bilinear",
) -> torch.Tensor:
    """Resample each image through its own inverse affine map.

    ``inverse`` is (N, 2, 3) and maps an output pixel to the input pixel it reads,
    both in pixel units measured from the image centre (torchvision's convention).
    The map is rescaled into ``grid_sample``'s [-1, 1] coordinates here, once, so
    callers can think in pixels; ``align_corners=False`` is what torchvision uses.
    """
    batch, channels, height, width = images.shape
    half = inverse.new_tensor([width / 2.0, height / 2.0])
    # theta = S^-1 [A | t] diag(S, 1) with S = diag(W/2, H/2)
    linear = inverse[:, :, :2] * half.view(1, 1, 2) / half.view(1, 2, 1)
    shift = inverse[:, :, 2:] / half.view(1, 2, 1)
    theta = torch.cat([linear, shift], dim=2)
    grid = F.affine_grid(theta, [batch, channels, height, width], align_corners=False)
    if fill == 0.0:
        return F.grid_sample(images, grid, mode=mode, padding_mode="zeros", align_corners=False)
    # sample a ones channel too: it says how much of each output pixel came from inside
    ones = torch.ones_like(images[:, :1])
    sampled = F.grid_sample(
        torch.cat([images, ones], dim=1), grid, mode=mode, padding_mode="zeros", align_corners=False
    )
    warped, inside = sampled[:, :channels], sampled[:, channels:]
    if mode == "nearest":
        return torch.where(inside < 0.5, torch.full_like(warped, fill), warped)
    return (warped - fill) * inside + fill


def _inverse_from_linear(
    a: torch.Tensor, b: torch.Tensor, c: torch.Tensor, d: torch.Tensor, tx: torch.Tensor, ty: torch.Tensor
) -> torch.Tensor:
    """Stack per-sample entries into (N, 2, 3) matrices [[a, b, tx], [c, d, ty]]."""
    return torch.stack([torch.stack([a, b, tx], dim=1), torch.stack([c, d, ty], dim=1)], dim=1)


# Inverse maps, (N,) parameters -> (N, 2, 3): what each warp below resamples through, kept
# apart from the warp so that a batch mixing several geometric ops (the automatic-augmentation
# policies) resamples once through the matrix each sample chose.


def rotation_inverse(angle_deg: torch.Tensor, height: int, width: int) -> torch.Tensor:
    """Rotation about the centre by ``angle_deg`` (counter-clockwise)."""
    theta = torch.deg2rad(angle_deg)
    cos, sin = torch.cos(theta), torch.sin(theta)
    zero = torch.zeros_like(theta)
    # the output pixel p reads the input at R(angle) p (y points down, so this turns content CCW)
    return _inverse_from_linear(cos, -sin, sin, cos, zero, zero)


def shear_x_inverse(factor: torch.Tensor, height: int, width: int) -> torch.Tensor:
    """Output pixel (x, y) reads input (x + factor * y, y), y from the top edge."""
    one, zero = torch.ones_like(factor), torch.zeros_like(factor)
    # centred coordinates: x_in = x + m * (y + H/2)
    return _inverse_from_linear(one, factor, zero, one, factor * height / 2.0, zero)


def shear_y_inverse(factor: torch.Tensor, height: int, width: int) -> torch.Tensor:
    """Output pixel (x, y) reads input (x, y + factor * x), x from the left edge."""
    one, zero = torch.ones_like(factor), torch.zeros_like(factor)
    return _inverse_from_linear(one, zero, factor, one, zero, factor * width / 2.0)


def translate_x_inverse(pixels: torch.Tensor, height: int, width: int) -> torch.Tensor:
    one, zero = torch.ones_like(pixels), torch.zeros_like(pixels)
    return _inverse_from_linear(one, zero, zero, one, -pixels, zero)


def translate_y_inverse(pixels: torch.Tensor, height: int, width: int) -> torch.Tensor:
    one, zero = torch.ones_like(pixels), torch.zeros_like(pixels)
    return _inverse_from_linear(one, zero, zero, one, zero, -pixels)


def _warp_with(inverse_of, images: torch.Tensor, value: Param, fill: float, mode: str) -> torch.Tensor:
    height, width = images.shape[-2:]
    return warp_affine(images, inverse_of(per_sample(value, images), height, width), fill, mode)


def rotate(images: torch.Tensor, angle_deg: Param, fill: float = 0.0, mode: str = "bilinear") -> torch.Tensor:
    """Rotate each image about its centre by its own angle (degrees, counter-clockwise)."""
    return _warp_with(rotation_inverse, images, angle_deg, fill, mode)


def shear_x(images: torch.Tensor, factor: Param, fill: float = 0.0, mode: str = "bilinear") -> torch.Tensor:
    """Horizontal shear by ``factor`` (tan of the shear angle), pivoting on the top-left corner.

    Output pixel (x, y) reads input (x + factor * y, y), the PIL/AutoAugment
    definition that torchvision's AutoAugment reproduces with ``center=[0, 0]``.
    """
    return _warp_with(shear_x_inverse, images, factor, fill, mode)


def shear_y(images: torch.Tensor, factor: Param, fill: float = 0.0, mode: str = "bilinear") -> torch.Tensor:
    """Vertical shear: output pixel (x, y) reads input (x, y + factor * x), top-left pivot."""
    return _warp_with(shear_y_inverse, images, factor, fill, mode)


def translate_x(
    images: torch.Tensor, pixels: Param, fill: float = 0.0, mode: str = "bilinear"
) -> torch.Tensor:
    """Move the content right by ``pixels`` (fractional shifts interpolate)."""
    return _warp_with(translate_x_inverse, images, pixels, fill, mode)


def translate_y(
    images: torch.Tensor, pixels: Param, fill: float = 0.0, mode: str = "bilinear"
) -> torch.Tensor:
    """Move the content down by ``pixels``."""
    return _warp_with(translate_y_inverse, images, pixels, fill, mode)


def random_crop_flip(images: torch.Tensor, padding: int, hflip: bool, rng: torch.Generator) -> torch.Tensor:
    """The standard CIFAR base augmentation: zero-pad, random crop back to size, random mirror.

    One batched gather: each sample gets its own row/column index vectors into
    the padded batch, so a mirror is just a reversed column index.
    """
    batch, _, height, width = images.shape
    device = images.device
    padded = F.pad(images, (padding, padding, padding, padding)) if padding > 0 else images
    top = torch.randint(0, 2 * padding + 1, (batch,), generator=rng, device=device)
    left = torch.randint(0, 2 * padding + 1, (batch,), generator=rng, device=device)
    rows = top[:, None] + torch.arange(height, device=device)
    cols = torch.arange(width, device=device).expand(batch, width)
    if hflip:
        mirror = torch.rand(batch, generator=rng, device=device) < 0.5
        cols = torch.where(mirror[:, None], cols.flip(1), cols)
    cols = left[:, None] + cols
    sample = torch.arange(batch, device=device)
    # advanced indices separated by a slice: the result is (N, H, W, C)
    cropped = padded[sample[:, None, None], :, rows[:, :, None], cols[:, None, :]]
    return cropped.permute(0, 3, 1, 2).contiguous()
