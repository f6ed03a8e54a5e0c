"""Differentiable (adversarial) Patch Gaussian: noise level and patch pushed uphill on the loss.

Per sample, four parameters are drawn uniformly within their bounds: the noise
scale sigma in [0, sigma_max] (``sigma``), the patch side in [0, S] with
S = min(``patch_size``, image side), and the centre (x, y) anywhere in the
image, [0, side] in continuous pixel coordinates. The patch is a soft square
(:func:`advaug.ops.differentiable.soft_gaussian_patch`: sigmoids of the
distance to each edge over ``temperature`` pixels), so the image
clip(x + sigma * mask * eps, 0, 1) is differentiable in all four; the standard
normal noise eps is drawn once and held fixed during the ascent.

The ascent works on the parameters divided by their ranges,
(sigma / sigma_max, size / S, x / side, y / side), each in [0, 1], so that one
budget means the same for all of them: with ``norm: l2`` the bound is
||delta||_2 <= budget over the 4m numbers of the m attacked samples, with
``linf`` every normalised coordinate moves by at most ``budget``. After every
step the parameters are projected back into their box (sigma in [0, sigma_max],
size in [0, S], centre inside the image), then onto the ball.
See :mod:`advaug.methods._ascent` for the options shared with ``dr``.
"""

from __future__ import annotations

import torch

from advaug.methods._ascent import ASCENT_OPTIONS, AscentMethod
from advaug.methods.base import METHODS, Option
from advaug.ops.differentiable import soft_gaussian_patch

PARAMETERS = ("sigma", "size", "x", "y")


@METHODS.register("dpg")
class DifferentiablePatchGaussian(AscentMethod):
    # patch_size 25 px and sigma 1.0 as rpg (Lopes et al.'s CIFAR-10 values); the temperature
    # (pixels) and budget (normalised units) are this package's choices, not a paper's
    options = {
        "patch_size": Option(25, "largest patch side in pixels (as rpg)", low=0),
        "sigma": Option(1.0, "largest noise scale (as rpg)", low=0),
        "temperature": Option(0.5, "soft edge width in pixels; small values approach a hard square", low=0, low_open=True),
        "budget": Option(1.0, "B, the bound on the change of the normalised parameters", low=0),
        **ASCENT_OPTIONS,
    }
    units = {"sigma": "intensity (images in [0, 1])", "size": "pixels", "delta": "fraction of range"}

    @property
    def max_size(self) -> float:
        return float(min(int(self.params["patch_size"]), self.info.image_size))

    def histogram_ranges(self):
        return {"sigma": (0.0, float(self.params["sigma"])), "size": (0.0, self.max_size)}

    def sample_params(self, batch_size, rng, device) -> dict[str, torch.Tensor]:
        side = self.info.image_size
        draws = torch.rand(batch_size, 4, generator=rng, device=device)
        noise = torch.randn((batch_size, self.info.in_channels, side, side), generator=rng, device=device)
        return {
            "sigma": draws[:, 0] * float(self.params["sigma"]),
            "size": draws[:, 1] * self.max_size,
            "centre": draws[:, 2:] * side,
            "noise": noise,
        }

    def apply(self, images: torch.Tensor, params: dict[str, torch.Tensor]) -> torch.Tensor:
        if params["noise"].shape != images.shape:
            raise ValueError(
                f"dpg sampled noise for {tuple(params['noise'].shape)} images but got {tuple(images.shape)}"
            )
        return soft_gaussian_patch(
            images,
            params["centre"],
            params["size"],
            params["sigma"],
            params["noise"],
            float(self.params["temperature"]),
        )

    def _scales(self, reference: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Each coordinate's range, and the box upper bound (0 where a range is empty)."""
        side = float(self.info.image_size)
        ranges = reference.new_tensor([float(self.params["sigma"]), self.max_size, side, side])
        upper = (ranges > 0).to(reference.dtype)
        return torch.where(ranges > 0, ranges, torch.ones_like(ranges)), upper

    def to_vector(self, params):
        raw = torch.stack(
            [params["sigma"], params["size"], params["centre"][:, 0], params["centre"][:, 1]], 1
        )
        scales, upper = self._scales(raw)
        return raw / scales, torch.zeros_like(upper), upper

    def from_vector(self, params, vector):
        scales, _ = self._scales(vector)
        raw = vector * scales
        return {**params, "sigma": raw[:, 0], "size": raw[:, 1], "centre": raw[:, 2:]}

    def record(self, params, delta):
        self.stats.add("sigma", params["sigma"])
        self.stats.add("size", params["size"])
        if delta.numel():
            self.stats.add("delta", delta)
