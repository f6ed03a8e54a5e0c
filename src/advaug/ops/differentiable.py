"""Relaxed versions of ops whose parameters are otherwise discrete (pixel masks).

The adversarial Patch Gaussian (``dpg``) moves the patch's centre and size by
gradient ascent, which a hard integer mask cannot pass gradients to. Here the
square's edges are sigmoids of the signed distance to each edge, divided by a
temperature in pixels: as the temperature goes to zero the mask tends to the
hard square, and for any positive temperature it is smooth in the centre and
the side.
"""

from __future__ import annotations

import torch

from advaug.ops.geometric import Param, per_sample


def soft_square_mask(
    centre_xy: torch.Tensor, size: Param, height: int, width: int, temperature: float, reference: torch.Tensor
) -> torch.Tensor:
    """(N, 1, H, W) soft mask of an axis-aligned square per sample, in [0, 1].

    Coordinates are continuous with the image spanning [0, W] x [0, H], so pixel
    (row i, column j) sits at (j + 0.5, i + 0.5); ``centre_xy`` is (N, 2) float
    (x, y) and ``size`` the side in pixels. A pixel's weight is the product of
    four sigmoids, one per edge, so a square of side 0 still leaves a faint
    blob of peak 1/16 at its centre: the price of smoothness.
    """
    side = per_sample(size, reference)
    centre_xy = centre_xy.to(dtype=reference.dtype)
    half = side / 2.0
    cols = torch.arange(width, device=reference.device, dtype=reference.dtype) + 0.5
    rows = torch.arange(height, device=reference.device, dtype=reference.dtype) + 0.5
    in_cols = _band(cols, centre_xy[:, 0] - half, centre_xy[:, 0] + half, temperature)
    in_rows = _band(rows, centre_xy[:, 1] - half, centre_xy[:, 1] + half, temperature)
    return (in_rows[:, :, None] * in_cols[:, None, :]).unsqueeze(1)


def patch_mask(
    centre_xy: torch.Tensor, size: Param, height: int, width: int, temperature: float, reference: torch.Tensor
) -> torch.Tensor:
    """The hard square in the forward pass, the soft mask's gradient in the backward (straight-through).

    A pixel centre (j + 0.5, i + 0.5) is inside when it lies strictly between
    the edges, so an integer square of side s with corner c - s // 2 covers
    exactly the pixels :func:`advaug.ops.color.square_mask` covers.
    """
    soft = soft_square_mask(centre_xy, size, height, width, temperature, reference)
    side = per_sample(size, reference)
    centre_xy = centre_xy.to(dtype=reference.dtype)
    cols = torch.arange(width, device=reference.device, dtype=reference.dtype) + 0.5
    rows = torch.arange(height, device=reference.device, dtype=reference.dtype) + 0.5

    def inside(coords, middle):
        return ((coords[None] - (middle - side / 2)[:, None]) > 0) & (((middle + side / 2)[:, None] - coords[None]) > 0)

    hard = (inside(rows, centre_xy[:, 1])[:, :, None] & inside(cols, centre_xy[:, 0])[:, None, :]).unsqueeze(1)
    return hard.to(soft.dtype) + (soft - soft.detach())


def _band(coords: torch.Tensor, low: torch.Tensor, high: torch.Tensor, temperature: float) -> torch.Tensor:
    """(N, L) soft indicator of low <= coord <= high."""
    rise = torch.sigmoid((coords[None] - low[:, None]) / temperature)
    fall = torch.sigmoid((high[:, None] - coords[None]) / temperature)
    return rise * fall


def soft_gaussian_patch(
    images: torch.Tensor,
    centre_xy: torch.Tensor,
    size: Param,
    sigma: Param,
    noise: torch.Tensor,
    temperature: float = 0.5,
    hard: bool = False,
) -> torch.Tensor:
    """Patch Gaussian with a soft mask: clip(x + sigma * mask * eps, 0, 1).

    With ``hard`` the mask is :func:`patch_mask`'s hard square with
    straight-through gradients, so the pixels are exactly Patch Gaussian's.

    ``noise`` (standard normal, image-shaped) is an input, not drawn here, so
    the output is a deterministic, differentiable function of sigma, centre
    and size (the reparameterisation the ascent needs). The clip has zero
    gradient where it saturates, as the hard version's would.
    """
    _, _, height, width = images.shape
    masking = patch_mask if hard else soft_square_mask
    mask = masking(centre_xy, size, height, width, temperature, images)
    scale = per_sample(sigma, images).view(-1, 1, 1, 1)
    return (images + scale * mask * noise.to(images.dtype)).clamp(0.0, 1.0)
